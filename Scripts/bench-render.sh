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

"$engagemap" render "$work/model" --view landscape --format dot -o "$work/dot-out" >&2
# Above the collapse threshold the landscape view also writes one full map per mega-process, so
# the same work for dot is every DOT file the view emits, laid out in one dot process.
dot_files=()
while IFS= read -r file; do dot_files+=("$file"); done < <(cd "$work/dot-out" && find . -name '*.dot' | sort)
[ "${#dot_files[@]}" -gt 0 ] || { echo "bench-render: no DOT written to $work/dot-out" >&2; exit 2; }

echo "model: $processes processes, $(cat "$work"/model/*.engage | wc -l) lines;" \
  "landscape view: ${#dot_files[@]} DOT files, $(cd "$work/dot-out" && cat "${dot_files[@]}" | wc -c) bytes"

hyperfine --warmup 2 --runs "$runs" --export-json "$work/bench.json" \
  -n engagemap "$engagemap render $work/model --view landscape --format svg -o $work/svg-out" \
  -n dot "cd $work/dot-out && dot -Tsvg -O ${dot_files[*]}"

# The SVG should be byte for byte what `dot -Tsvg FILE` writes, one process per file (dot given
# several graphs prefixes ids with "page0,1_"), except that the DOT for --format dot links the
# other maps as .dot where the SVG render links them as .svg.
identical=0
for file in "${dot_files[@]}"; do
  dot -Tsvg "$work/dot-out/$file" | sed -E 's/(xlink:href="[^"]*)\.dot"/\1.svg"/g' > "$work/expected.svg"
  if cmp -s "$work/expected.svg" "$work/svg-out/${file%.dot}.svg"; then identical=$((identical + 1)); fi
done
echo "SVG byte-identical to dot -Tsvg (links aside): $identical of ${#dot_files[@]} files"

python3 - "$work/bench.json" "$limit" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
limit = float(sys.argv[2])
ours, theirs = results["engagemap"], results["dot"]
ratio = ours["median"] / theirs["median"]
cpu = lambda r: r["user"] + r["system"]
print(f"median wall: engagemap {ours['median'] * 1000:.0f} ms, dot {theirs['median'] * 1000:.0f} ms, ratio {ratio:.2f} (limit {limit:.2f})")
print(f"mean CPU (user+sys): engagemap {cpu(ours) * 1000:.0f} ms, dot {cpu(theirs) * 1000:.0f} ms, ratio {cpu(ours) / cpu(theirs):.2f}")
sys.exit(0 if ratio <= limit else 1)
PY
