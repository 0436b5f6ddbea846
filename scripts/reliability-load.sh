#!/usr/bin/env bash
# The full load and fault run of docs/reliability.md: 500 uploads on 180 structures (10 % rejected, 10 % changed
# re-uploads, identical re-uploads in both orders, poison files) while sweeps, triggers and consolidations run, then a
# storage fault at every storage call of an ingestion in turn, Azurite stopped and restarted mid-sweep and at each write of
# a consolidation, and `federation ingest` killed mid-sweep. Prints the figures (uploads per second, retries, recovery
# time, peak memory) and the machine's load average before and after.
# Usage: scripts/reliability-load.sh
# Works from a clean clone: installs the pinned Azurite (npm ci) when missing, starts it in memory on free loopback ports
# in a temporary state directory, and stops it on exit. An Azurite already given in AZURITE_CONNECTION_STRING is used instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${AZURITE_CONNECTION_STRING:-}" ]; then
  [ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund >/dev/null
  state="$(mktemp -d)"
  trap 'scripts/azurite-stop.sh "$state"; rm -rf "$state"' EXIT
  AZURITE_CONNECTION_STRING="$(scripts/azurite-start.sh "$state")"
  export AZURITE_CONNECTION_STRING
fi
project=tests/FederationFunctions.IntegrationTests/FederationFunctions.IntegrationTests.csproj
dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly
echo "before: $(uptime)"
status=0
FEDERATION_RELIABILITY_FULL=1 dotnet test "$project" -c Release --no-build \
  --filter "FullyQualifiedName~FederationFunctions.IntegrationTests.Reliability.LoadTests|FullyQualifiedName~FederationFunctions.IntegrationTests.Reliability.StorageFaultTests|FullyQualifiedName~FederationFunctions.IntegrationTests.Reliability.StorageRestartTests|FullyQualifiedName~FederationFunctions.IntegrationTests.Reliability.ProcessKillTests" \
  --logger "console;verbosity=detailed" || status=$?
echo "after: $(uptime)"
exit "$status"
