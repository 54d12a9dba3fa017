#!/usr/bin/env bash
# Fits the segmenter's boundary weights on the labelled corpus (../shared/corpus) and checks them by
# leave-one-site-out; writes src/main/resources/dev/newstidy/segment/boundary-weights.properties.
#   src/bench/fit-boundaries.sh [SEEDS]      default 1-10; mixed, zh and en dumps of each seed
# One run gives the shipped weights (each candidate is decided by the truth while the cases are
# read). FIT_OPTS passes JVM options: FIT_OPTS=-Dfit.cases=cases.tsv also writes the cases.
# The corpus text is read from its own folder and assembled in a temporary folder: none of it is
# copied into the repository, only the fitted weights.
set -euo pipefail
cd "$(dirname "$0")/../.."
seeds=${1:-1-10}
corpus=${NEWSTIDY_CORPUS:-../shared/corpus}
. src/bench/lib.sh
build_harness
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dirs=()
for seed in $(seq "${seeds%-*}" "${seeds#*-}"); do
  for lang in all zh en; do
    dir="$work/$lang-$seed"
    if [ "$lang" = all ]; then
      python3 "$corpus/build.py" "$dir" "$seed" >/dev/null
    else
      python3 "$corpus/build.py" "$dir" "$seed" --lang "$lang" >/dev/null
    fi
    dirs+=("$dir")
  done
done
exec java ${FIT_OPTS:-} -cp "$CP" dev.newstidy.eval.BoundaryFit \
  src/main/resources/dev/newstidy/segment/boundary-weights.properties "${dirs[@]}"
