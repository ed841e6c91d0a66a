#!/usr/bin/env bash
# Refresh the repository's copies of the team's shared material (../shared):
# the gold files and SCHEMA.md the tests and README use, and the sample articles the demo ingests.
#
# samples/seeds.jsonl holds the five seed articles (the texts of gold/seeds.jsonl) with the
# publication dates the demo needs: no seed states its date, so each record carries an estimate
# and, in "published_basis", the clues in its text it was read from.  A refresh takes the texts
# and page metadata from the gold and keeps those dates (a date the gold itself gives wins).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
cp "$SHARED"/gold/seeds.jsonl "$SHARED"/gold/dev.jsonl "$SHARED"/gold/dev-snn.jsonl "$SHARED"/gold/SCHEMA.md \
   tests/data/gold/
python3 - "$SHARED/gold/seeds.jsonl" samples/seeds.jsonl <<'PY'
import json
import sys

gold_path, samples_path = sys.argv[1:3]


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


try:
    kept = {r["id"]: r for r in records(samples_path)}
except FileNotFoundError:
    kept = {}
with open(samples_path, "w", encoding="utf-8") as out:
    for g in records(gold_path):
        old = kept.get(g["id"], {})
        stated = g.get("published")
        rec = {"id": g["id"], "url": g.get("url"), "outlet": g.get("outlet"), "language": g.get("language") or "ar",
               "published": stated or old.get("published"),
               "published_basis": "stated by the article or its page (gold)" if stated
               else old.get("published_basis", "unknown: no date in the text"),
               "text": g["text"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
PY
echo "refreshed samples/seeds.jsonl and tests/data/gold/ from $SHARED"
