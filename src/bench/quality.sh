#!/usr/bin/env bash
# newstidy's measured quality on a seeded damaged dump, as a markdown table (zh, en, all).
#   src/bench/quality.sh [ARTICLES] [SEED] [--rate NAME=VALUE]...   default 2000 articles, seed 6
# The dump is generated in memory, cleaned in-process (clean --quiet --output -) and scored against
# its truth; see dev.newstidy.eval.QualityScorer for what each figure counts.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-2000}
seed=${2:-6}
shift $(($# < 2 ? $# : 2))
. src/bench/lib.sh
build_harness
exec java -cp "$CP" dev.newstidy.eval.QualityReport --articles "$articles" --seed "$seed" "$@"
