#!/usr/bin/env bash
# The test command (README): builds and runs every test project, then prints "N passed, N failed".
# Integration tests need Azurite: when AZURITE_CONNECTION_STRING is not set, this script starts the
# pinned Azurite itself (npm ci first if needed) and stops it on exit.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${AZURITE_CONNECTION_STRING:-}" ]; then
  [ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund >/dev/null
  state="$(mktemp -d)"
  trap 'scripts/azurite-stop.sh "$state"; rm -rf "$state"' EXIT
  AZURITE_CONNECTION_STRING="$(scripts/azurite-start.sh "$state")" || exit 1
  export AZURITE_CONNECTION_STRING
fi
# The report and template tests convert workbooks with LibreOffice and read the PDF pages with poppler (they fail
# without them; the template's print tests also need Liberation Sans): install what is missing (the script checks).
scripts/install-libreoffice.sh >/dev/null || echo "LibreOffice could not be installed: report tests will fail" >&2
# The page tests drive Debian's Chromium with Playwright (they fail without it): install it when missing.
[ -x /usr/bin/chromium ] || scripts/install-chromium.sh >/dev/null || echo "Chromium could not be installed: browser tests will fail" >&2
log="$(mktemp)"
dotnet test FederationFunctions.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" \
  | grep -E --line-buffered '^\s*(Failed|Passed!|Failed!|Skipped) |error|Total tests|Test Run'
status=${PIPESTATUS[0]}
# Each test assembly ends with "Total tests: N", "     Passed: N" and, when any failed, "     Failed: N".
passed=$(awk '/^ +Passed: +[0-9]+ *$/{ n+=$2 } END{print n+0}' "$log")
failed=$(awk '/^ +Failed: +[0-9]+ *$/{ n+=$2 } END{print n+0}' "$log")
rm -f "$log"
passed=${passed:-0}; failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed"
exit "$status"
