#!/usr/bin/env bash
# Installs LibreOffice Calc (headless conversion of the report workbooks) and poppler-utils (pdftoppm).
# (the chart tests render PDF pages with pdftoppm and read their text with pdftotext), and Liberation Sans
# (fonts-liberation2, only recommended by LibreOffice): the metric twin of Arial, the centre template's font, so that its
# printed pages hold the same text as in Excel (the template print tests).
# Idempotent: does nothing when soffice, pdftoppm and Liberation Sans are already there. Needs root (apt-get); retries while dpkg is locked.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
  && [ -n "$(fc-list 'Liberation Sans' 2>/dev/null)" ]; then
  echo "soffice, pdftoppm and Liberation Sans already installed: $(command -v soffice) $(command -v pdftoppm)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if apt-get update && apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-liberation2; then
    command -v soffice
    exit 0
  fi
  echo "apt-get failed (dpkg may be locked by another install), attempt ${attempt}; retrying in 15 s" >&2
  sleep 15
done
echo "could not install LibreOffice" >&2
exit 1
