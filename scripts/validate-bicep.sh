#!/usr/bin/env bash
# Validates the Bicep templates under infra/ with the pinned Bicep CLI (NuGet package
# Azure.Bicep.CommandLine.linux-x64, restored by infra/tools/bicep-tools.csproj into .tools/packages):
# `bicep build` and `bicep lint` on every template; fails on any Warning or Error in their output
# (bicep exits 0 on warnings). Writes the compiled main template to infra/.build/main.json.
#
#   scripts/validate-bicep.sh              validate every template under infra/
#   scripts/validate-bicep.sh DIR          validate every template under DIR (compiled main to DIR/.build/main.json)
#   scripts/validate-bicep.sh --bicep-path restore the CLI if needed and print the binary's path only
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bicep_version="0.49.2"
packages_dir="$root/.tools/packages"
bicep="$packages_dir/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"

if [ ! -f "$bicep" ]; then
  if ! restore_log="$(dotnet restore infra/tools/bicep-tools.csproj --packages "$packages_dir" 2>&1)"; then
    echo "$restore_log" >&2
    echo "Could not restore the Bicep CLI $bicep_version" >&2
    exit 1
  fi
fi
if [ ! -f "$bicep" ]; then
  echo "Bicep CLI not found at $bicep after restore" >&2
  exit 1
fi
[ -x "$bicep" ] || chmod +x "$bicep"

if [ "${1:-}" = "--bicep-path" ]; then
  echo "$bicep"
  exit 0
fi

templates_root="${1:-infra}"
[ -d "$templates_root" ] || { echo "No template folder $templates_root" >&2; exit 1; }
build_dir="$templates_root/.build"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$build_dir"

echo "Bicep CLI: $("$bicep" --version)"
failures=0
mapfile -t templates < <(find "$templates_root" -name '*.bicep' -not -path '*/.build/*' | sort)
[ "${#templates[@]}" -gt 0 ] || { echo "No .bicep template under $templates_root" >&2; exit 1; }
for template in "${templates[@]}"; do
  name="$(basename "$template" .bicep)"
  out_dir="$scratch/$(dirname "${template#"$templates_root"}")"
  mkdir -p "$out_dir"
  build_output="$("$bicep" build "$template" --outfile "$out_dir/$name.json" 2>&1)" && build_status=0 || build_status=$?
  lint_output="$("$bicep" lint "$template" 2>&1)" && lint_status=0 || lint_status=$?
  if [ "$build_status" -ne 0 ] || [ "$lint_status" -ne 0 ] \
    || grep -Eq '(Warning|Error)' <<<"$build_output$lint_output"; then
    echo "FAIL $template"
    [ -n "$build_output" ] && echo "$build_output"
    [ -n "$lint_output" ] && echo "$lint_output"
    failures=$((failures + 1))
  else
    echo "ok   $template"
  fi
done

if [ -f "$scratch/main.json" ]; then
  cp "$scratch/main.json" "$build_dir/main.json"
  echo "Compiled ARM template: $build_dir/main.json"
fi

if [ "$failures" -ne 0 ]; then
  echo "Bicep validation failed: $failures of ${#templates[@]} templates have warnings or errors"
  exit 1
fi
echo "Bicep validation passed: ${#templates[@]} templates, no warning"
