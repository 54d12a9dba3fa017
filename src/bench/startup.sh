#!/usr/bin/env bash
# Start-up benchmark (not a timed test): medians of N alternating runs of `java -version`,
# `./newstidy --version` and `./newstidy clean` on a ~20 KB dump (samples/ twice over), and their
# ratios to `java -version`, in wall time and in CPU time. Usage: bash src/bench/startup.sh [N [BEFORE]],
# from the repository root; BEFORE, another launcher (say an earlier commit's ./newstidy with its
# target/ beside it), is measured in the same alternating runs, for before/after figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
before=${2:-}
./newstidy --version >/dev/null # build the jar and its class-data archive first
dump=$(mktemp --suffix=.txt)
trap 'rm -f "$dump"' EXIT
cat samples/*.txt samples/*.txt >"$dump"

# Wall time and CPU time (user + system) of one run of "$@", in seconds: on a shared machine the
# CPU time moves far less than the wall time from one minute to the next.
seconds() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  echo "$t" | awk '{printf "%s %.3f\n", $1, $2 + $3}'
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

java_v=() version=() clean=() version_b=() clean_b=()
for _ in $(seq "$runs"); do
  java_v+=("$(seconds java -version)")
  if [ -n "$before" ]; then
    version_b+=("$(seconds "$before" --version)")
    clean_b+=("$(seconds "$before" clean -q -o - "$dump")")
  fi
  version+=("$(seconds ./newstidy --version)")
  clean+=("$(seconds ./newstidy clean -q -o - "$dump")")
done
col() { printf '%s\n' "${@:2}" | awk -v c="$1" '{print $c}' | median; }
report() { # label, wall, cpu
  printf '%-26s wall %.3f s (%.1fx)   cpu %.3f s (%.1fx)\n' "$1" "$2" "$(echo "$2 / $jw" | bc -l)" "$3" "$(echo "$3 / $jc" | bc -l)"
}
jw=$(col 1 "${java_v[@]}") jc=$(col 2 "${java_v[@]}")
report "java -version" "$jw" "$jc"
if [ -n "$before" ]; then
  report "before: --version" "$(col 1 "${version_b[@]}")" "$(col 2 "${version_b[@]}")"
  report "before: clean ($(wc -c <"$dump") B)" "$(col 1 "${clean_b[@]}")" "$(col 2 "${clean_b[@]}")"
fi
report "newstidy --version" "$(col 1 "${version[@]}")" "$(col 2 "${version[@]}")"
report "newstidy clean ($(wc -c <"$dump") B)" "$(col 1 "${clean[@]}")" "$(col 2 "${clean[@]}")"
