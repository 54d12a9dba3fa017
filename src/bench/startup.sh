#!/usr/bin/env bash
# Start-up benchmark (not a timed test): medians of N alternating runs of `java -version`,
# `./newstidy --version` and `./newstidy clean` on a ~20 KB dump (samples/ twice over), and their
# ratios to `java -version`. Usage: bash src/bench/startup.sh [N], from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
./newstidy --version >/dev/null # build the jar and its class-data archive first
dump=$(mktemp --suffix=.txt)
trap 'rm -f "$dump"' EXIT
cat samples/*.txt samples/*.txt >"$dump"

seconds() { # wall time of one run of "$@", in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

java_v=() version=() clean=()
for _ in $(seq "$runs"); do
  java_v+=("$(seconds java -version)")
  version+=("$(seconds ./newstidy --version)")
  clean+=("$(seconds ./newstidy clean -q -o - "$dump")")
done
j=$(printf '%s\n' "${java_v[@]}" | median)
v=$(printf '%s\n' "${version[@]}" | median)
c=$(printf '%s\n' "${clean[@]}" | median)
printf 'java -version          %.3f s\n' "$j"
printf 'newstidy --version     %.3f s  (%.1fx)\n' "$v" "$(echo "$v / $j" | bc -l)"
printf 'newstidy clean (%s B) %.3f s  (%.1fx)\n' "$(wc -c <"$dump")" "$c" "$(echo "$c / $j" | bc -l)"
