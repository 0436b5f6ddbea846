#!/usr/bin/env bash
# Installs LibreOffice Calc (headless conversion of the report workbooks) and poppler-utils (pdftoppm).
# (the chart tests render PDF pages with pdftoppm and read their text with pdftotext).
# Idempotent: does nothing when soffice and pdftoppm are already on the PATH. Needs root (apt-get); retries while dpkg is locked.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  echo "soffice and pdftoppm already installed: $(command -v soffice) $(command -v pdftoppm)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if apt-get update && apt-get install -y --no-install-recommends libreoffice-calc poppler-utils; then
    command -v soffice
    exit 0
  fi
  echo "apt-get failed (dpkg may be locked by another install), attempt ${attempt}; retrying in 15 s" >&2
  sleep 15
done
echo "could not install LibreOffice" >&2
exit 1
