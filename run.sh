#!/usr/bin/env bash
# The main command: a complete collection year on this machine, from nothing to the consolidated report.
#   1. installs the pinned Azurite if needed (npm ci) and starts it in memory (.azurite/);
#   2. builds the solution (Release);
#   3. generates a realistic sample year (out/sample): a reference and one workbook per structure, and the year
#      before (out/sample-YEAR-1: the same network, a few members fewer, figures moving by a few percent);
#   4. uploads them as centres and staff would, following the samples' manifests, and ingests them;
#   5. consolidates the year before, then the year (out/consolidation-YEAR.xlsx, last year beside this year) and
#      copies a few feedback reports (out/feedback/);
#   6. prints a short summary; Azurite is stopped on exit, whatever happens.
# Settings (environment): YEAR (default 2025), STRUCTURES (default 180), SEED (default 2025).
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
year="${YEAR:-2025}"
structures="${STRUCTURES:-180}"
seed="${SEED:-2025}"
state="$root/.azurite"
out="$root/out"

step() { printf '\n== %s\n' "$*"; }

if [ ! -x node_modules/.bin/azurite ]; then
  step "Installation d'Azurite (npm ci)"
  npm ci --no-audit --no-fund
fi

# A previous run interrupted hard may have left its Azurite: stop it (by its recorded PID only).
scripts/azurite-stop.sh "$state"
trap 'scripts/azurite-stop.sh "$state"' EXIT
trap 'exit 130' INT TERM
step "Démarrage d'Azurite (en mémoire)"
AzureWebJobsStorage="$(scripts/azurite-start.sh "$state")"
export AzureWebJobsStorage

step "Compilation (Release)"
dotnet build FederationFunctions.sln -c Release -nologo -v q -clp:ErrorsOnly
federation() { dotnet "$root/src/FederationFunctions.Cli/bin/Release/net10.0/federation.dll" "$@"; }

previous=$((year - 1))
step "Années d'exemple $previous et $year ($structures structures, graine $seed)"
rm -rf "$out/sample" "$out/sample-$previous" "$out/feedback"
mkdir -p "$out"
federation sample --year "$previous" --structures "$structures" --seed "$seed" --years-before 1 --out "$out/sample-$previous"
federation sample --year "$year" --structures "$structures" --seed "$seed" --out "$out/sample"

step "Envoi des référentiels et des classeurs (étape 1), puis intégration"
federation upload --manifest "$out/sample-$previous/manifest.json" --step 1
federation upload --manifest "$out/sample/manifest.json" --step 1
federation ingest | tee "$out/ingest-1.log"

step "Envoi de versions corrigées et de doublons (étape 2), puis intégration"
federation upload --manifest "$out/sample-$previous/manifest.json" --step 2
federation upload --manifest "$out/sample/manifest.json" --step 2
federation ingest | tee "$out/ingest-2.log"

step "Consolidation $previous (l'année précédente, pour la comparaison)"
federation consolidate --year "$previous" --out "$out/consolidation-$previous.xlsx" | tee "$out/consolidation-$previous.log"

step "Consolidation $year"
federation consolidate --year "$year" --out "$out/consolidation-$year.xlsx" | tee "$out/consolidation.log"

step "Quelques rapports de retour (les rejetés, puis quelques autres)"
federation feedback --out "$out/feedback" --rejected
federation feedback --out "$out/feedback" --max 5

step "Résumé"
grep -h "Classeurs de centre au registre" "$out/ingest-2.log" || true
grep -E "adhérentes|reçus|Rejetés|Manquants|Salariés|FOSFORA|Anomalies" "$out/consolidation.log" || true
echo "  Rapport consolidé : $out/consolidation-$year.xlsx (avec $previous à côté : $out/consolidation-$previous.xlsx)"
echo "  Rapports de retour : $out/feedback/"
echo "  Données d'exemple : $out/sample/ (manifest.json, expected-indicators.json)"
