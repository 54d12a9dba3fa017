#!/usr/bin/env bash
# JMH benchmarks of newstidy's hot stages on a generated 10 MB dump held in memory
# (src/eval/java/dev/newstidy/eval/jmh). Each score is milliseconds for the whole dump, so MB/s is
# 10000 / score. Arguments go to JMH; without any, every benchmark runs with its own settings
# (1 fork, 3 warm-up and 5 measured iterations of 2 s: about 3 minutes in all).
#   src/bench/jmh.sh                               every benchmark
#   src/bench/jmh.sh 'PipelineBenchmark.oddity'    one (a regular expression)
#   src/bench/jmh.sh -prof gc                      with allocation rates
#   src/bench/jmh.sh 'StageBenchmark|PipelineBenchmark.(segmenter|repeated)'   each stage alone
# After JMH's own table it prints each score as MB/s of the 10 MB dump (RepeatsBenchmark aside,
# whose unit is one article), with the bytes allocated per input byte where -prof gc gave them.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
build_harness
results=$(mktemp "${TMPDIR:-/tmp}/newstidy-jmh.XXXXXX")
trap 'rm -f "$results"' EXIT
java -cp "$CP" org.openjdk.jmh.Main "$@" -rf json -rff "$results"
# -l and -h list or explain and run nothing: no results to print.
[ -s "$results" ] || exit 0
python3 - "$results" <<'PY'
import json, sys
MEGABYTES = 10  # BenchmarkDump.MEGABYTES: each score is milliseconds for the whole dump
rows = json.load(open(sys.argv[1]))
print(f"\n{'benchmark':<60} {'ms per 10 MB':>14} {'MB/s':>8} {'B alloc / B in':>15}")
for row in rows:
    name = row["benchmark"].rsplit(".", 2)
    name = name[-2] + "." + name[-1]
    if name.startswith("RepeatsBenchmark"):
        continue
    params = row.get("params") or {}
    if params:
        name += " " + ",".join(params.values())
    primary = row["primaryMetric"]
    score, error = primary["score"], primary["scoreError"]
    alloc = row.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    per_byte = f"{alloc['score'] / (MEGABYTES * 1e6):.2f}" if alloc else "-"
    print(f"{name:<60} {score:>8.1f} ± {error:<5.0f} {MEGABYTES * 1000 / score:>6.0f} {per_byte:>15}")
PY
