#!/usr/bin/env bash
# Where a short run's CPU goes (not a timed test): N cold JVMs (default 10) of the probe
# dev.newstidy.cli.StartupPhases over a ~25 KB dump (samples/ twice over), with the launcher's JVM
# options for a small input and its class-data archive, and the median of each phase in
# milliseconds of CPU: the JVM up to main, the word lists and tables, the chain's set-up, picocli's
# model and parse, the command itself; then each kind of thread's total (main, the JIT's compiler
# threads, GC, other JVM threads). The phases run in turn on the main thread (in a real run the
# lists and the set-up run beside the model). Linux only. Usage: bash src/bench/startup-phases.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
. src/bench/lib.sh
build_harness
./newstidy --version >/dev/null # build the jar and its class-data archive first
dump=$(mktemp --suffix=.txt)
trap 'rm -f "$dump"' EXIT
cat samples/*.txt samples/*.txt >"$dump"
# The launcher's options for an input under 32 MiB (see ./newstidy); the probe's own classes come
# after the jar, which a static archive allows.
opts=(-Xss4m -Xms32m -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/newstidy.jsa)
lines=$(for _ in $(seq "$runs"); do
  java "${opts[@]}" -cp target/newstidy.jar:target/test-classes dev.newstidy.cli.StartupPhases clean -q -o - "$dump"
done)
echo "medians of $runs cold JVMs, ms of CPU, $(wc -c <"$dump") B dump, load average $(cut -d' ' -f1 /proc/loadavg):"
for phase in jvm lists chain model command main compiler gc vm total; do
  printf '%s\n' "$lines" | tr ' ' '\n' | awk -F= -v p="$phase" '$1 == p {print $2}' | sort -g |
    awk -v p="$phase" '{a[NR]=$1} END {printf "  %-9s %6.1f\n", p, (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'
done
