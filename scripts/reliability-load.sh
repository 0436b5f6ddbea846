#!/usr/bin/env bash
# The full load and fault run of docs/reliability.md: 500 uploads on 180 structures (10 % rejected, 10 % changed
# re-uploads, identical re-uploads in both orders, poison files) while sweeps, triggers and consolidations run, then a
# storage fault at every storage call of an ingestion in turn. Prints the figures (uploads per second, retries, peak memory).
# Usage: scripts/reliability-load.sh   (starts its own Azurite unless AZURITE_CONNECTION_STRING is set)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet build tests/FederationFunctions.IntegrationTests/FederationFunctions.IntegrationTests.csproj -c Release -nologo -v q -clp:ErrorsOnly
FEDERATION_RELIABILITY_FULL=1 dotnet test tests/FederationFunctions.IntegrationTests/FederationFunctions.IntegrationTests.csproj \
  -c Release --no-build --filter "FullyQualifiedName~FederationFunctions.IntegrationTests.Reliability" \
  --logger "console;verbosity=detailed"
