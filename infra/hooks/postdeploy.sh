#!/usr/bin/env bash
# azd postdeploy hook: connects blob uploads to the deployed code. Waits for the Functions host, reads its
# blobs_extension system key (it exists only once the host has started with an Event Grid blob trigger; the host
# answers "ServiceUnavailable" while starting), then creates or updates the two Event Grid subscriptions
# (infra/event-grid-subscriptions.bicep: BlobCreated of uploads/ and reference/ to the blob extension's webhook,
# dead-lettered to a container). Run again with the same code and settings, it changes nothing.
set -euo pipefail
hook_name=postdeploy
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=common.sh
source "$root/infra/hooks/common.sh"

require_env AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOSTNAME AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME \
  AZURE_STORAGE_ACCOUNT_NAME FEDERATION_UPLOADS_CONTAINER FEDERATION_REFERENCE_CONTAINER FEDERATION_DEAD_LETTER_CONTAINER
require_az

# 1. The host and its key. Any HTTPS request starts an instance on Flex Consumption.
attempt=0
key=""
while :; do
  attempt=$((attempt + 1))
  curl --silent --output /dev/null --max-time 30 "https://${AZURE_FUNCTION_APP_HOSTNAME}/" 2>/dev/null || true
  if key="$(run_az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" \
        --name "$AZURE_FUNCTION_APP_NAME" --query systemKeys.blobs_extension --output tsv 2>"$hook_errors")" \
     && [ -n "$key" ] && [ "$key" != "null" ] && [ "$key" != "None" ]; then
    say "blobs_extension key read (attempt $attempt)"
    break
  fi
  [ -s "$hook_errors" ] || echo "the host has no blobs_extension key yet" >"$hook_errors"
  wait_before_retry "waiting for the host's blobs_extension key" "$attempt" || exit 1
done

# 2. The subscriptions. The key goes through a private parameters file, never on a command line.
parameters="$(private_file)"
printf '{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#","contentVersion":"1.0.0.0","parameters":{"blobsExtensionKey":{"value":"%s"}}}\n' "$key" >"$parameters"
attempt=0
while :; do
  attempt=$((attempt + 1))
  # Event Grid validates the webhook while creating a subscription: a cold or restarting host can fail it once.
  if run_az deployment group create --resource-group "$AZURE_RESOURCE_GROUP" \
       --name event-grid-subscriptions --template-file "$root/infra/event-grid-subscriptions.bicep" \
       --parameters "@$parameters" \
       --parameters systemTopicName="$AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME" \
         functionAppHostName="$AZURE_FUNCTION_APP_HOSTNAME" storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
         uploadsContainerName="$FEDERATION_UPLOADS_CONTAINER" referenceContainerName="$FEDERATION_REFERENCE_CONTAINER" \
         deadLetterContainerName="$FEDERATION_DEAD_LETTER_CONTAINER" \
       --output none 2>"$hook_errors"; then
    say "Event Grid subscriptions created or updated (attempt $attempt): uploads and reference deliver to ${AZURE_FUNCTION_APP_HOSTNAME}"
    exit 0
  fi
  wait_before_retry "creating the Event Grid subscriptions" "$attempt" || exit 1
done
