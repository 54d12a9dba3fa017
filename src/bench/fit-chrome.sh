#!/usr/bin/env bash
# Fits the thresholds of the page-chrome triage on the labelled corpus pages (../shared/corpus) and
# checks them by leave-one-site-out; writes
# src/main/resources/dev/newstidy/stage/furniture/chrome-model.properties.
#   src/bench/fit-chrome.sh
# The pages are assembled by the corpus's build.py in a temporary folder: none of their text is
# copied into the repository, only the fitted thresholds and the figures they give.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${NEWSTIDY_CORPUS:-../shared/corpus}
. src/bench/lib.sh
build_harness
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$corpus/build.py" "$work" 1 >/dev/null
exec java -cp "$CP" dev.newstidy.eval.ChromeFit \
  src/main/resources/dev/newstidy/stage/furniture/chrome-model.properties \
  "$work/pages.jsonl" "$work/pages.truth.json"
