#!/usr/bin/env bash
# Speed benchmark: newstidy against cat, an awk paragraph dedup and ParaDedupBytes (a raw-byte JVM
# paragraph dedup, the ceiling for a JVM pass) on the same dump, in one run, the commands
# alternating round by round, all writing to /dev/null; then per-article files against a plain
# Java loop that writes the same files the same atomic way.
#   src/bench/run.sh [SIZE_MB]        default 100; `src/bench/run.sh 10` is a smoke run (< 2 min)
#   ROUNDS=5 FILES_MB=20              rounds of each command; size of the per-article files dump
#   BEFORE=DIR                        also alternate DIR/newstidy (a checkout of an earlier commit,
#                                     built), default and --near paragraph: before and after in one run
#   NEAR=0                            leave the --near paragraph runs out (they take the longest)
#   SMALL_MB=100                      with SIZE_MB above it, also time the default mode on a dump of
#                                     this size, and print its MB/s over the big dump's
# The dump comes from ../shared/bench/gen_dump.py built from the reference seed dump, as the speed
# issue measures; where ../shared is missing, from the harness's DumpGenerator (and without
# ParaDedupBytes). ParaDedupBytes is compiled from ../shared/bench into the temporary folder.
# Nothing is written into the repository: dumps and outputs live in a temporary folder under
# ${TMPDIR:-/tmp} that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-100}
rounds=${ROUNDS:-5}
files_mb=${FILES_MB:-20}
if awk -v a="$size" -v b="$files_mb" 'BEGIN{exit !(a < b)}'; then files_mb=$size; fi
shared_bench=../shared/bench
seed_dump=../shared/seeds/000_76d1ea9befcd34c7.txt

. src/bench/lib.sh
build_harness
./newstidy --version >/dev/null   # builds the jar and its CDS archive now, not inside a timing

work=$(mktemp -d "${TMPDIR:-/tmp}/newstidy-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
results=$work/results.txt
: >"$results"

if [ -x /usr/bin/time ]; then
  gnu_time=1
else
  gnu_time=0
  echo "note: /usr/bin/time is missing: peak RSS is reported as n/a" >&2
fi

# measure NAME COMMAND... : runs COMMAND (stdout as the caller redirected it), appends
# "NAME seconds peak_rss_kib cpu_seconds round" to the results; wall time from bash's microsecond clock,
# CPU time (user + system, all threads) from GNU time: on a shared machine CPU time varies far
# less than wall time.
measure() {
  local name=$1
  shift
  local start end rss=na cpu=na
  start=$EPOCHREALTIME
  if [ "$gnu_time" = 1 ]; then
    /usr/bin/time -f '%M %U %S' -o "$work/time.txt" "$@"
    read -r rss cpu_user cpu_sys < <(tail -n 1 "$work/time.txt")
    cpu=$(awk -v u="$cpu_user" -v s="$cpu_sys" 'BEGIN{printf "%.2f", u + s}')
  else
    "$@"
  fi
  end=$EPOCHREALTIME
  echo "$name $(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.3f", e - s}') $rss $cpu $round" >>"$results"
}

# rotated ROUND WORDS... : the words from the ROUND-th on, wrapping round, forwards in the odd
# rounds and backwards in the even ones (round 1 as given), so that a different command opens each
# round and none runs right after the same one in every round: a command's place in a round (after
# awk's 827 MiB, after a long JVM run) would otherwise weigh on it in every round alike.
rotated() {
  local round=$1
  shift
  local words=("$@")
  local n=${#words[@]} i
  for ((i = 0; i < n; i++)); do
    if ((round % 2 == 1)); then
      echo "${words[(round - 1 + i) % n]}"
    else
      echo "${words[(round - 1 - i + n * round) % n]}"
    fi
  done
}

median() { # NAME FIELD: the median of a field over the rounds of NAME
  awk -v n="$1" -v f="$2" '$1 == n {print $f}' "$results" | sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'
}

# make_dump FILE MB: a dump of MB megabytes in FILE, from gen_dump.py and the reference seed dump
# where ../shared has them, else from the harness's DumpGenerator; what the generator reports goes
# to stdout and stderr.
gen_dump=0
if [ -f "$shared_bench/gen_dump.py" ] && [ -f "$seed_dump" ]; then gen_dump=1; fi
make_dump() {
  if [ "$gen_dump" = 1 ]; then
    python3 "$shared_bench/gen_dump.py" "$seed_dump" "$1" "$(($2 * 1000000))"
  else
    java -cp "$CP" dev.newstidy.eval.DumpGenerator --size-mb "$2" --out "$1"
  fi
}

dump=$work/dump.txt
paradedup=0
make_dump "$dump" "$size" >"$work/generated.txt" 2>&1
if [ "$gen_dump" = 1 ]; then
  sed -i 's/^/gen_dump.py (default seed) from the reference seed dump: /' "$work/generated.txt"
  if mkdir -p "$work/pd" && javac -d "$work/pd" "$shared_bench/ParaDedup.java" "$shared_bench/ParaDedupBytes.java" 2>"$work/javac.txt"; then
    paradedup=1
  else
    echo "note: ParaDedupBytes did not compile; its row is left out" >&2
  fi
else
  echo "note: ../shared/bench is missing: DumpGenerator's dump, no ParaDedupBytes row" >&2
fi
bytes=$(stat -c %s "$dump")
mb=$(awk -v b="$bytes" 'BEGIN{printf "%.1f", b / 1e6}')
# A smaller dump of the same kind, for the speed issue's bound on the MB/s of a short run against a
# long one (the JVM's warm-up weighs on the short one).
small_mb=${SMALL_MB:-100}
small=""
if [ "$small_mb" -gt 0 ] && [ "$size" -gt "$small_mb" ]; then
  small=$work/small.txt
  make_dump "$small" "$small_mb" >/dev/null 2>&1
fi

echo "## newstidy speed"
echo
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/{print $2}') memory, $(java -version 2>&1 | head -n 1)."
echo "Dump: $(sed 's/^generated [^:]*: //' "$work/generated.txt"). Rounds: $rounds, commands alternating, each round opening with the next and running forwards or backwards by turns."
echo

names="cat awk"
[ "$paradedup" = 1 ] && names="$names paradedup"
near=${NEAR:-1}
names="$names newstidy one-thread"
[ "$near" != 0 ] && names="$names near"
before=${BEFORE:-}
[ -n "$before" ] && names="$names before"
[ -n "$before" ] && [ "$near" != 0 ] && names="$names before-near"
[ -n "$small" ] && names="$names small"
# run_command NAME: one measured run of the command NAME, writing to /dev/null.
run_command() {
  case $1 in
    cat) measure cat cat "$dump" >/dev/null ;;
    awk) measure awk awk 'BEGIN{RS=""} !seen[$0]++' "$dump" >/dev/null ;;
    paradedup) measure paradedup java -cp "$work/pd" ParaDedupBytes "$dump" /dev/null >/dev/null 2>&1 ;;
    newstidy) measure newstidy ./newstidy clean --quiet --output - "$dump" >/dev/null ;;
    one-thread) measure one-thread ./newstidy clean --quiet --threads 1 --output - "$dump" >/dev/null ;;
    near) measure near ./newstidy clean --quiet --near paragraph --output - "$dump" >/dev/null ;;
    before) measure before "$before/newstidy" clean --quiet --output - "$dump" >/dev/null ;;
    before-near) measure before-near "$before/newstidy" clean --quiet --near paragraph --output - "$dump" >/dev/null ;;
    small) measure small ./newstidy clean --quiet --output - "$small" >/dev/null ;;
    *) echo "run.sh: no command named $1" >&2; exit 1 ;;
  esac
}
round=0
for round in $(seq "$rounds"); do
  echo "round $round of $rounds..." >&2
  for name in $(rotated "$round" $names); do
    run_command "$name"
  done
done
out_mb=$(./newstidy clean --quiet --output - "$dump" | wc -c | awk '{printf "%.1f", $1 / 1e6}')
awk_s=$(median awk 2)

echo "### One dump through each command ($mb MB in, newstidy writes $out_mb MB of JSON Lines; every command writes to /dev/null)"
echo
echo "| command | median wall time | MB/s | peak RSS | median CPU (user + sys) | time ÷ awk's | speed × awk's |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for name in $names; do
  case $name in
    cat) label='`cat FILE`' ;;
    awk) label="\`awk 'BEGIN{RS=\"\"} !seen[\$0]++' FILE\`" ;;
    paradedup) label='`java ParaDedupBytes FILE /dev/null` (raw bytes, first copy wins)' ;;
    newstidy) label='`./newstidy clean --quiet --output - FILE`' ;;
    one-thread) label='`./newstidy clean --quiet --threads 1 --output - FILE`' ;;
    near) label='`./newstidy clean --quiet --near paragraph --output - FILE`' ;;
    before) label='the same, `$BEFORE/newstidy` (earlier commit)' ;;
    before-near) label='the same with `--near paragraph`, `$BEFORE/newstidy`' ;;
    small) continue ;;
  esac
  s=$(median $name 2)
  rss=$(median $name 3)
  cpu=$(median $name 4)
  awk -v l="$label" -v s="$s" -v r="$rss" -v c="$cpu" -v mb="$mb" -v a="$awk_s" 'BEGIN{
    rate = s > 0 ? sprintf("%.0f", mb / s) : "n/a";
    mem = r == "na" ? "n/a" : sprintf("%.0f MiB", r / 1024);
    time = c == "na" ? "n/a" : sprintf("%.2f s", c);
    printf "| %s | %.2f s | %s | %s | %s | %.2f | %.2f |\n", l, s, rate, mem, time, s / a, a / s }'
done
echo
if [ "$near" != 0 ]; then
  awk -v d="$(median newstidy 2)" -v n="$(median near 2)" 'BEGIN{
    printf "Near mode (`--near paragraph`) runs at %.2f× the default mode'"'"'s throughput in this run.\n", d / n }'
fi
if [ -n "$before" ]; then
  awk -v a="$(median newstidy 2)" -v b="$(median before 2)" -v ac="$(median newstidy 4)" -v bc="$(median before 4)" 'BEGIN{
    printf "The default mode after ÷ before: %.2f of the wall time, %.2f of the CPU time (medians).\n", a / b, ac / bc }'
fi
awk -v d="$(median newstidy 2)" -v o="$(median one-thread 2)" 'BEGIN{
  printf "Two threads (the default) run at %.2f× the throughput of `--threads 1`.\n", o / d }'
# by_round NAME OVER: OVER's wall time over NAME's in each round (NAME's speed × OVER's).
by_round() {
  awk -v a="$1" -v b="$2" -v rounds="$rounds" '$1 == a {x[$5] = $2} $1 == b {y[$5] = $2}
    END {for (r = 1; r <= rounds; r++) if (r in x && r in y && x[r] > 0) printf " %.2f", y[r] / x[r]; else printf " n/a"}' "$results"
}
echo "Round by round, the default mode's speed × awk's:$(by_round newstidy awk)."
if [ "$near" != 0 ]; then
  echo "Round by round, near mode's speed × the default mode's:$(by_round near newstidy)."
fi
if [ -n "$small" ]; then
  awk -v sb="$(stat -c %s "$small")" -v ss="$(median small 2)" -v b="$bytes" -v s="$(median newstidy 2)" \
    -v sm="$small_mb" -v m="$mb" 'BEGIN{
    small_rate = sb / 1e6 / ss; rate = b / 1e6 / s;
    printf "The default mode on a %s MB dump of the same kind: %.2f s, %.0f MB/s, %.2f of its MB/s on the %s MB dump (the speed issue asks for at least 0.85).\n", sm, ss, small_rate, small_rate / rate, m }'
fi
echo

# Per-article files: newstidy's folder output against the same run to stdout and against plain
# Java loops writing the same sizes (../shared/bench/FileLoop.java where it is, and the harness's
# AtomicFileWriteLoop). Every round writes into new folders, removed only at the end: creating
# files right after an rm -rf of a large folder measures ext4 reclaiming inodes instead.
fdump=$work/files-dump.txt
java -cp "$CP" dev.newstidy.eval.DumpGenerator --size-mb "$files_mb" --seed 7 --out "$fdump" 2>/dev/null
fileloop=0
if [ -f "$shared_bench/FileLoop.java" ] && mkdir -p "$work/fl" && javac -d "$work/fl" "$shared_bench/FileLoop.java" 2>>"$work/javac.txt"; then
  fileloop=1
fi
file_names="newstidy-files newstidy-stdout"
[ "$fileloop" = 1 ] && file_names="$file_names file-loop"
file_names="$file_names java-loop"
# The names and sizes the loops write come from one run made first, not timed, so that any of the
# commands may open a round.
./newstidy clean --quiet --output "$work/out0" "$fdump"
find "$work/out0" -type f -name '*.md' -printf '%s\n' >"$work/sizes.txt"
find "$work/out0" -type f -name '*.md' -printf '%s %f\n' | sort -k 2 >"$work/named-sizes.txt"
# run_file_command NAME: one measured run of NAME, into this round's own folder.
run_file_command() {
  case $1 in
    newstidy-files) measure newstidy-files ./newstidy clean --quiet --output "$work/out$round" "$fdump" ;;
    newstidy-stdout) measure newstidy-stdout ./newstidy clean --quiet --output - "$fdump" >/dev/null ;;
    file-loop)
      measure file-loop java -XX:+UseSerialGC -cp "$work/fl" FileLoop "$work/named-sizes.txt" "$work/fileloop$round" 2>/dev/null ;;
    java-loop)
      measure java-loop java -XX:+UseSerialGC -cp target/test-classes dev.newstidy.eval.AtomicFileWriteLoop \
        --sizes "$work/sizes.txt" --out "$work/loop$round" 2>/dev/null ;;
    *) echo "run.sh: no command named $1" >&2; exit 1 ;;
  esac
}
for round in $(seq "$rounds"); do
  echo "files round $round of $rounds..." >&2
  for name in $(rotated "$round" $file_names); do
    run_file_command "$name"
  done
done
files=$(wc -l <"$work/sizes.txt")
files_s=$(median newstidy-files 2)
loop_s=$(median java-loop 2)
# The target: --output DIR within 1.25x the larger of the stdout run and FileLoop's.
bound_s=$(median newstidy-stdout 2)
if [ "$fileloop" = 1 ]; then
  bound_s=$(awk -v a="$bound_s" -v b="$(median file-loop 2)" 'BEGIN{print (a > b ? a : b)}')
fi

echo "### Per-article files ($files files from a $files_mb MB dump, written to $(df -T "$work" | awk 'NR==2{print $2}'))"
echo
echo "| command | median wall time | files/s | peak RSS | time ÷ plain loop's | time ÷ max(stdout run, FileLoop) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for name in $file_names; do
  case $name in
    newstidy-files) label='`./newstidy clean --quiet --output DIR FILE`' ;;
    newstidy-stdout) label='`./newstidy clean --quiet --output - FILE` (same dump, no files)' ;;
    file-loop) label='`java FileLoop SIZES DIR` (../shared/bench: same names and sizes, temp file + rename)' ;;
    java-loop) label='plain Java loop, same sizes, temp file + atomic rename (`AtomicFileWriteLoop`)' ;;
  esac
  s=$(median $name 2)
  rss=$(median $name 3)
  awk -v l="$label" -v s="$s" -v r="$rss" -v n="$files" -v b="$loop_s" -v m="$bound_s" 'BEGIN{
    mem = r == "na" ? "n/a" : sprintf("%.0f MiB", r / 1024);
    printf "| %s | %.2f s | %.0f | %s | %.2f | %.2f |\n", l, s, n / s, mem, s / b, s / m }'
done
echo
echo "Every run, in the order run (command, wall seconds, peak RSS KiB, CPU seconds, round):"
echo
echo '```'
cat "$results"
echo '```'
