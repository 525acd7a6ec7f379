#!/usr/bin/env bash
# `engagemap check` on synthetic models of growing size (docs/PERFORMANCE.md, "Rules: checking
# large models"). Builds release, generates the models with Scripts/generate-model.py, and times
# each size with hyperfine.
#
#   Benchmarks/check-scaling.sh                 # 1,000 / 5,000 / 10,000 / 20,000 processes
#   SIZES="10000" RUNS=20 Benchmarks/check-scaling.sh
#
# Environment: SCRATCH (build directory, default .build-engagement), WORK (where models and the
# markdown table go, default a new temporary directory), SIZES, RUNS (default 10).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${SCRATCH:-$root/.build-engagement}
work=${WORK:-$(mktemp -d)}
sizes=${SIZES:-"1000 5000 10000 20000"}
runs=${RUNS:-10}

for tool in swift python3 hyperfine; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 2; }
done

swift build -c release --scratch-path "$scratch" --product engagemap >&2
binary="$scratch/release/engagemap"

commands=()
for size in $sizes; do
  python3 "$root/Scripts/generate-model.py" --processes "$size" --out "$work/model-$size" --force >&2
  # The benchmark measures the real path: every model must check clean first.
  "$binary" check "$work/model-$size" --strict >&2
  commands+=("$binary check $work/model-$size")
done

hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/check.md" "${commands[@]}"
cat "$work/check.md"
