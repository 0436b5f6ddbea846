#!/usr/bin/env bash
# Checks that LibreOffice opens a workbook: converts FILE.xlsx to PDF headless, with a private profile so that
# parallel runs and a user's own LibreOffice never interfere. Exit 0 when soffice succeeds and the PDF is non-empty.
# Usage: scripts/check-report-opens.sh FILE.xlsx [OUTPUT_DIR]   (the PDF is left in OUTPUT_DIR, default a temp dir)
set -euo pipefail
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 FILE.xlsx [OUTPUT_DIR]" >&2
  exit 2
fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not found: run scripts/install-libreoffice.sh" >&2
  exit 3
fi
input="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
outdir="${2:-$(mktemp -d)}"
mkdir -p "$outdir"
profile="$(mktemp -d /tmp/lo-profile.XXXXXX)"
trap 'rm -rf "$profile"' EXIT
status=0
timeout 180 soffice -env:UserInstallation="file://${profile}" --headless --norestore --nolockcheck \
  --convert-to pdf --outdir "$outdir" "$input" >"$profile/soffice.log" 2>&1 || status=$?
pdf="$outdir/$(basename "${input%.*}").pdf"
if [ "$status" -ne 0 ]; then
  echo "soffice failed with exit status $status:" >&2
  cat "$profile/soffice.log" >&2
  exit "$status"
fi
if [ ! -s "$pdf" ]; then
  echo "no PDF produced for $input:" >&2
  cat "$profile/soffice.log" >&2
  exit 4
fi
echo "$pdf"
