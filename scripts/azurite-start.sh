#!/usr/bin/env bash
# Starts the pinned Azurite (package.json) on 127.0.0.1, on free ports, in memory.
# Writes its PID to $AZURITE_STATE/pid and its connection string to $AZURITE_STATE/connection,
# waits until every service answers, and prints the connection string.
# With --persist, the data is kept on disk in STATE_DIR/data and the ports in STATE_DIR/ports: a stop
# (azurite-stop.sh) then a start again with the same STATE_DIR give back the same data on the same ports, so
# clients' connection strings stay valid (the fault tests restart Azurite this way).
# Usage: scripts/azurite-start.sh [STATE_DIR] [--persist]   (default STATE_DIR: .azurite in the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
state="${1:-${AZURITE_STATE:-$root/.azurite}}"
persist="${2:-}"
mkdir -p "$state"
bin="$root/node_modules/.bin/azurite"
if [ ! -x "$bin" ]; then
  echo "Azurite n'est pas installé : lancez 'npm ci' à la racine du dépôt." >&2
  exit 1
fi
if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
  cat "$state/connection"
  exit 0
fi
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage=(--inMemoryPersistence)
if [ "$persist" = "--persist" ]; then
  mkdir -p "$state/data"
  storage=(--location "$state/data")
fi
# A port chosen free can be taken by another process before Azurite binds it (Azurite then stops with EADDRINUSE):
# three attempts, each on new ports, unless the ports are those of a previous start (--persist).
for attempt in 1 2 3; do
  # Three free loopback ports, chosen by the OS (with --persist, those of the previous start when there was one).
  if [ "$persist" = "--persist" ] && [ -f "$state/ports" ]; then
    read -r blob queue table <"$state/ports"
  else
    read -r blob queue table < <(node -e '
const net = require("net");
const ports = []; let open = 0;
for (let i = 0; i < 3; i++) { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { ports.push(s.address().port); if (++open === 3) { console.log(ports.join(" ")); process.exit(0); } }); }')
  fi
  "$bin" --silent --disableTelemetry "${storage[@]}" --skipApiVersionCheck --disableProductStyleUrl \
    --blobHost 127.0.0.1 --blobPort "$blob" \
    --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" \
    >"$state/azurite.log" 2>&1 &
  pid=$!
  echo "$pid" >"$state/pid"
  conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
  for _ in $(seq 1 150); do
    if ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    # Ready when this Azurite says that each service listens (a port answering could be another process's).
    if [ "$(grep -c 'service is successfully listening' "$state/azurite.log" 2>/dev/null)" = 3 ] && kill -0 "$pid" 2>/dev/null; then
      echo "$conn" >"$state/connection"
      [ "$persist" = "--persist" ] && echo "$blob $queue $table" >"$state/ports"
      echo "$conn"
      exit 0
    fi
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Azurite ne répond pas après 30 s ; voir $state/azurite.log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  if [ "$persist" = "--persist" ] && [ -f "$state/ports" ]; then
    break
  fi
done
rm -f "$state/pid"
echo "Azurite s'est arrêté au démarrage ; voir $state/azurite.log" >&2
cat "$state/azurite.log" >&2 || true
exit 1
