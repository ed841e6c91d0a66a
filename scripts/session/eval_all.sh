#!/usr/bin/env bash
# The reference scorer (../shared/tools/score.py) on `rasd extract` of seeds, dev and dev-snn, from this checkout.
#   bash scripts/session/eval_all.sh TAG      (outputs in ${OUT:-/tmp/rasd/ev}/GOLD.TAG.jsonl)
# Give every run its own TAG: a shared tag lets one run overwrite another's base.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd); SHARED=$ROOT/../shared; TAG=$1; OUT=${OUT:-/tmp/rasd/ev}
mkdir -p "$OUT"
for g in seeds dev dev-snn; do
  in=$OUT/$g.input.jsonl
  [ -f "$in" ] || python3 -c 'import json,sys
with open(sys.argv[2],"w",encoding="utf-8") as f:
    for l in open(sys.argv[1],encoding="utf-8"):
        d=json.loads(l); f.write(json.dumps({k:d.get(k) for k in ("id","text","url","outlet","published")},ensure_ascii=False)+"\n")' "$SHARED/gold/$g.jsonl" "$in"
  (cd "$ROOT" && .venv/bin/rasd extract "$in" -o "$OUT/$g.$TAG.jsonl" >/dev/null 2>&1) || echo "extract failed on $g"
  echo "== $g ($TAG)"
  python3 "$SHARED/tools/score.py" "$SHARED/gold/$g.jsonl" "$OUT/$g.$TAG.jsonl" | grep -E '^(events|places|actors|movements|claims)'
done
