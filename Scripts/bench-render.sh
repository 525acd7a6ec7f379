#!/usr/bin/env bash
# Measures the pipeline's overhead over Graphviz on a synthetic model (issue 4, point 6):
#   engagemap render MODEL --view landscape --format svg -o DIR
# against
#   dot -Tsvg on the DOT that `engagemap render MODEL --view landscape --format dot` emits,
# with hyperfine on a release build, and prints the ratio of the medians (limit: 1.10).
#
# Usage: Scripts/bench-render.sh [PROCESSES] [RUNS]     (defaults: 1000 processes, 15 runs)
# Needs: swift, python3, hyperfine, dot. Set SCRATCH_PATH to build somewhere other than .build.
set -euo pipefail
cd "$(dirname "$0")/.."

processes="${1:-1000}"
runs="${2:-15}"
limit="1.10"
build_flags=(-c release)
if [ -n "${SCRATCH_PATH:-}" ]; then build_flags+=(--scratch-path "$SCRATCH_PATH"); fi

for tool in hyperfine dot python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench-render: $tool is not on PATH" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build "${build_flags[@]}" --product engagemap >&2
engagemap="$(swift build "${build_flags[@]}" --show-bin-path)/engagemap"

python3 Scripts/generate-model.py --processes "$processes" --out "$work/model" >&2
"$engagemap" check "$work/model" >&2

"$engagemap" render "$work/model" --view landscape --format dot -o "$work/dot-out"
dot_file="$(find "$work/dot-out" -name '*.dot' | sort | head -n 1)"
[ -n "$dot_file" ] || { echo "bench-render: no DOT file written to $work/dot-out" >&2; exit 2; }

echo "model: $processes processes, $(cat "$work"/model/*.engage | wc -l) lines; landscape DOT: $(wc -c < "$dot_file") bytes"

hyperfine --warmup 3 --runs "$runs" --export-json "$work/bench.json" \
  -n engagemap "$engagemap render $work/model --view landscape --format svg -o $work/svg-out" \
  -n dot "dot -Tsvg $dot_file -o $work/dot.svg"

svg_file="$(find "$work/svg-out" -name '*.svg' | sort | head -n 1)"
if cmp -s "$svg_file" "$work/dot.svg"; then
  echo "SVG from engagemap is byte-identical to dot -Tsvg on its DOT"
else
  echo "SVG from engagemap differs from dot -Tsvg on its DOT"
fi

python3 - "$work/bench.json" "$limit" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
limit = float(sys.argv[2])
engagemap, dot = results["engagemap"]["median"], results["dot"]["median"]
ratio = engagemap / dot
print(f"median engagemap {engagemap * 1000:.1f} ms, dot {dot * 1000:.1f} ms, ratio {ratio:.3f} (limit {limit:.2f})")
sys.exit(0 if ratio <= limit else 1)
PY
