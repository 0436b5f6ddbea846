#!/usr/bin/env bash
# Stops the Azurite started by azurite-start.sh, by its recorded PID only.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
state="${1:-${AZURITE_STATE:-$root/.azurite}}"
[ -f "$state/pid" ] || exit 0
pid="$(cat "$state/pid")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
fi
rm -f "$state/pid" "$state/connection"
