#!/usr/bin/env bash
# Checks every model in Models/, renders its maps into Diagrams/<model>/ and writes its static
# site into Diagrams/<model>/site/.
# Usage: Scripts/render-maps.sh ENGAGEMAP_BINARY
# A model with errors stops the run. When Models/<model>/data/measures.csv exists, the maps are
# also rendered with measure status into Diagrams/<model>/status/, with an HTML measure report,
# and the site shows each measure's status and trend.
# Each model is rendered into a fresh directory that then replaces Diagrams/<model>, so maps of
# processes that no longer exist do not linger, and a failed run leaves the old maps in place.
set -euo pipefail

engagemap="$1"
cd "$(dirname "$0")/.."

for model_dir in Models/*/; do
  model="$(basename "$model_dir")"
  model_path="Models/$model"
  out="Diagrams/$model"
  fresh="Diagrams/.$model.new"
  rm -rf "$fresh"
  trap 'rm -rf "$fresh"' EXIT
  echo "== $model"
  "$engagemap" check "$model_path"
  "$engagemap" render "$model_path" -o "$fresh"

  data="$model_path/data/measures.csv"
  data_args=()
  if [ -f "$data" ]; then
    data_args=(--data "$data")
    "$engagemap" render "$model_path" --data "$data" -o "$fresh/status"
    # Exit 1 only says that some measures missed their targets; the report is still complete.
    status=0
    "$engagemap" measures "$model_path" --data "$data" --format html -o "$fresh/measures.html" || status=$?
    if [ "$status" -gt 1 ]; then exit "$status"; fi
  fi
  "$engagemap" site "$model_path" ${data_args[@]+"${data_args[@]}"} -o "$fresh/site"
  rm -rf "$out"
  mv "$fresh" "$out"
  trap - EXIT
done
