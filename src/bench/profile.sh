#!/usr/bin/env bash
# Where newstidy spends its time on the main path: runs `./newstidy clean --quiet --output - DUMP`
# on a generated dump (default 200 MB) under Java Flight Recorder, with the launcher's own JVM
# options, and prints the hottest methods (self time) and the newstidy methods on the stack most
# often (total time).   src/bench/profile.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-200}
. src/bench/lib.sh
build_harness
./newstidy --version >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/newstidy-profile.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -cp "$CP" dev.newstidy.eval.DumpGenerator --size-mb "$size" --out "$work/dump.txt"
NEWSTIDY_JAVA_OPTS="-XX:+UseSerialGC -Xss4m -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:StartFlightRecording=filename=$work/run.jfr,settings=profile" \
  ./newstidy clean --quiet --output - "$work/dump.txt" >/dev/null
java -cp "$CP" dev.newstidy.eval.ProfileSummary "$work/run.jfr" 25
