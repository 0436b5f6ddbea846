#!/usr/bin/env bash
# azd postprovision hook: makes sure the centre-link secret exists in Key Vault. Creates it (64 random characters)
# when missing and never overwrites it: every centre's link is an HMAC under this secret, so replacing it revokes
# every link (docs/deploy.md, "Rotating the centre-link secret"). The deploying principal's Key Vault Secrets Officer
# role can take a few minutes to apply after the first provision: the hook retries within its time bound.
set -euo pipefail
hook_name=postprovision
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=common.sh
source "$root/infra/hooks/common.sh"

require_env AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_KEY_VAULT_NAME FEDERATION_LINK_SECRET_NAME
require_az

attempt=0
while :; do
  attempt=$((attempt + 1))
  if run_az keyvault secret show --vault-name "$AZURE_KEY_VAULT_NAME" \
       --name "$FEDERATION_LINK_SECRET_NAME" --query id --output tsv >/dev/null 2>"$hook_errors"; then
    say "centre-link secret $FEDERATION_LINK_SECRET_NAME already in $AZURE_KEY_VAULT_NAME: unchanged"
    exit 0
  fi
  if grep -q "SecretNotFound" "$hook_errors"; then
    value="$(private_file)"
    head -c 48 /dev/urandom | base64 | tr -d '\n' >"$value"
    if run_az keyvault secret set --vault-name "$AZURE_KEY_VAULT_NAME" \
         --name "$FEDERATION_LINK_SECRET_NAME" --file "$value" --encoding utf-8 --output none 2>"$hook_errors"; then
      say "centre-link secret $FEDERATION_LINK_SECRET_NAME created in $AZURE_KEY_VAULT_NAME"
      # The app resolved its Key Vault reference before the secret existed: a restart resolves it now.
      run_az functionapp restart --resource-group "$AZURE_RESOURCE_GROUP" \
        --name "$AZURE_FUNCTION_APP_NAME" --output none 2>"$hook_errors" \
        || say "restart of $AZURE_FUNCTION_APP_NAME failed ($(last_error)); the deployment that follows restarts it"
      exit 0
    fi
  fi
  wait_before_retry "reading or creating the centre-link secret" "$attempt" || exit 1
done
