# Shared by the azd hooks (sourced, not run). azd passes its environment (the outputs of infra/main.bicep and
# AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP) as environment variables. The hooks call the Azure CLI, which has its
# own sign-in (`az login`). Every wait is bounded: FEDERATION_HOOK_TIMEOUT_SECONDS in all (default 900) and
# FEDERATION_HOOK_RETRY_SECONDS between attempts (default 15).

hook_name="${hook_name:-hook}"
hook_timeout="${FEDERATION_HOOK_TIMEOUT_SECONDS:-900}"
hook_interval="${FEDERATION_HOOK_RETRY_SECONDS:-15}"
hook_deadline=$(( $(date +%s) + hook_timeout ))
hook_errors="$(mktemp)"
hook_files=("$hook_errors")
trap 'rm -f "${hook_files[@]}"' EXIT

say() { echo "$hook_name: $*"; }
fail() { echo "$hook_name: $*" >&2; exit 1; }

require_env() {
  local name
  for name in "$@"; do
    [ -n "${!name:-}" ] || { echo "$hook_name: $name is not set; run this hook through azd (azd env get-values lists the values)." >&2; exit 2; }
  done
}

# The Azure CLI in the subscription azd deploys to, whatever the CLI's default subscription is.
# (No arrays expanded under `set -u`: macOS ships bash 3.2.)
run_az() { az "$@" ${AZURE_SUBSCRIPTION_ID:+--subscription "$AZURE_SUBSCRIPTION_ID"}; }

require_az() {
  command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is required: https://learn.microsoft.com/cli/azure/install-azure-cli"
  run_az account show --output none 2>"$hook_errors" \
    || fail "the Azure CLI is not signed in to the subscription (run: az login). $(last_error)"
}

# The last lines the Azure CLI wrote on stderr, on one line.
last_error() { tail -n 3 "$hook_errors" | tr '\n' ' ' | cut -c1-400; }

# After failed attempt $2 of "$1": wait and return 0, or return 1 when the next attempt would pass the deadline.
wait_before_retry() {
  local what="$1" attempt="$2"
  if [ $(( $(date +%s) + hook_interval )) -gt "$hook_deadline" ]; then
    say "$what: gave up after $attempt attempts (${hook_timeout} s in all). Last error: $(last_error)" >&2
    return 1
  fi
  say "$what: attempt $attempt failed ($(last_error)); next in ${hook_interval} s"
  sleep "$hook_interval"
}

# A file only this user can read, removed on exit.
private_file() {
  local file
  file="$(mktemp)"
  chmod 600 "$file"
  hook_files+=("$file")
  echo "$file"
}
