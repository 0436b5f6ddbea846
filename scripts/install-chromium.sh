#!/usr/bin/env bash
# Installs Debian's Chromium, which the browser tests drive with Playwright for .NET (ExecutablePath=/usr/bin/chromium:
# Playwright's own browser download is not used). Idempotent; needs root (apt-get); retries while dpkg is locked.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: /usr/bin/chromium"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core; then
    ls -l /usr/bin/chromium
    exit 0
  fi
  echo "apt-get failed (dpkg may be locked by another install), attempt ${attempt}; retrying in 15 s" >&2
  sleep 15
done
echo "could not install chromium" >&2
exit 1
