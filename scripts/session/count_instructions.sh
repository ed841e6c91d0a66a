#!/usr/bin/env bash
# Instructions per feed article by cachegrind: (I(200) - I(50)) / 150 over the same feed articles, so start-up and
# warm-up cancel out.  Counts, unlike seconds, do not depend on the machine's load.
#   bash scripts/session/count_instructions.sh ARTICLES.jsonl full|rec TAG
# ARTICLES: 200 or more articles (sample_feed.py).  rec = recognition alone (segmentation, numbers, dates, places,
# actors).  Build the resources first (`rasd compile`): built under valgrind they take an hour.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd); ARTS=$1; MODE=$2; TAG=$3; OUT=${OUT:-/tmp/rasd/cg}
mkdir -p "$OUT"
for k in 50 200; do
  # a fixed hash seed: sets and dicts of strings iterate in one order, so one code counts the same on any day
  (cd "$ROOT" && PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$OUT/$TAG.$MODE.$k.out" \
     .venv/bin/python scripts/session/run_articles.py "$ARTS" "$MODE" "$k" > "$OUT/$TAG.$MODE.$k.log" 2>&1)
done
a=$(grep -m1 '^summary' "$OUT/$TAG.$MODE.50.out" | awk '{print $2}')
b=$(grep -m1 '^summary' "$OUT/$TAG.$MODE.200.out" | awk '{print $2}')
python3 -c "print('$TAG $MODE', round(($b - $a) / 150 / 1e6, 2), 'M instructions per article')"
