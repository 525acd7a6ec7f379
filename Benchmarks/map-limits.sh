#!/usr/bin/env bash
# How long `engagemap render` takes to lay out one very large process map, and whether Graphviz
# finishes at all (docs/PERFORMANCE.md, "Map size limits"). For each shape and size it generates
# a model with Benchmarks/generate-large-process.py, renders the process map to SVG under
# `timeout`, and prints one markdown row: shape, steps, roles, outcome, wall seconds, max RSS.
#
#   Benchmarks/map-limits.sh                        # every shape at 250 500 1000 2000 steps
#   SHAPES="linear" SIZES="5000 20000" TIMEOUT=900 Benchmarks/map-limits.sh
#   ENGAGEMAP=.build/release/engagemap ARGS="--format svg" Benchmarks/map-limits.sh
#
# Environment: ENGAGEMAP (binary, default: a release build of this package), SHAPES, SIZES,
# ROLES (default 4; the `lanes` shape uses LANE_ROLES, default 40), TIMEOUT (seconds, default
# 600), WORK (default a new temporary directory), ARGS (extra render arguments).
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${ENGAGEMAP:-}" ]; then
  swift build -c release --package-path "$root" --product engagemap >&2 || exit 2
  ENGAGEMAP="$(swift build -c release --package-path "$root" --show-bin-path)/engagemap"
fi
work=${WORK:-$(mktemp -d)}
shapes=${SHAPES:-"linear branching decisions lanes"}
sizes=${SIZES:-"250 500 1000 2000"}
limit=${TIMEOUT:-600}

echo "| shape | steps | roles | outcome | wall (s) | max RSS (MB) |"
echo "| --- | ---: | ---: | --- | ---: | ---: |"
for shape in $shapes; do
  roles=${ROLES:-4}
  [ "$shape" = lanes ] && roles=${LANE_ROLES:-40}
  for steps in $sizes; do
    model="$work/$shape-$steps.engage"
    python3 "$root/Benchmarks/generate-large-process.py" --shape "$shape" --steps "$steps" --roles "$roles" --out "$model"
    rm -rf "$work/out-$shape-$steps"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %M' -o "$work/time" timeout --signal=KILL "$limit" \
      "$ENGAGEMAP" render "$model" --process big -o "$work/out-$shape-$steps" ${ARGS:-} >"$work/stdout" 2>"$work/stderr"
    status=$?
    read -r wall rss < <(tail -n 1 "$work/time" 2>/dev/null || echo "- 0")
    case $status in
      0) outcome="rendered" ;;
      137) outcome="killed after ${limit} s (no result)" ;;
      139) outcome="segmentation fault" ;;
      134) outcome="abort" ;;
      *) outcome="exit $status: $(grep -m1 -o 'error: .*' "$work/stderr" | cut -c1-80)" ;;
    esac
    [ "$status" = 137 ] && wall=">$limit"
    echo "| $shape | $steps | $roles | $outcome | $wall | $(( ${rss:-0} / 1024 )) |"
  done
done
