#!/usr/bin/env bash
# JMH benchmarks of newstidy's hot stages on a generated 10 MB dump held in memory
# (src/eval/java/dev/newstidy/eval/jmh). Each score is milliseconds for the whole dump, so MB/s is
# 10000 / score. Arguments go to JMH; without any, every benchmark runs with its own settings
# (1 fork, 3 warm-up and 5 measured iterations of 2 s: about 3 minutes in all).
#   src/bench/jmh.sh                               every benchmark
#   src/bench/jmh.sh 'PipelineBenchmark.oddity'    one (a regular expression)
#   src/bench/jmh.sh -prof gc                      with allocation rates
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
build_harness
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
