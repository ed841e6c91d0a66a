#!/usr/bin/env bash
# False events on the feed's quiet pages (sports, economy, technology) by ../shared/tools/stream_check.py.
#   bash scripts/session/quiet_pages.sh TAG
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd); SHARED=$ROOT/../shared; TAG=$1; OUT=${OUT:-/tmp/rasd}
feed=$SHARED/corpus/saudinewsnet/articles.jsonl.gz; in=$OUT/quiet.input.jsonl; out=$OUT/quiet.$TAG.jsonl
mkdir -p "$OUT"
[ -f "$in" ] || python3 -c 'import gzip,json,sys
with open(sys.argv[2],"w",encoding="utf-8") as f:
    for l in gzip.open(sys.argv[1],"rt",encoding="utf-8"):
        if json.loads(l).get("section") in ("sports","economy","technology"): f.write(l)' "$feed" "$in"
(cd "$ROOT" && .venv/bin/rasd extract "$in" -o "$out" >/dev/null 2>&1) || echo "extract failed"
python3 "$SHARED/tools/stream_check.py" "$feed" "$out" --sample 5
