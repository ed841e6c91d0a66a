#!/usr/bin/env bash
# ../shared/tools/ner_check.py on ANERcorp and IDRISI.   bash scripts/session/ner_all.sh TAG
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd); SHARED=$ROOT/../shared; TAG=$1; OUT=${OUT:-/tmp/rasd}
mkdir -p "$OUT"
for c in anercorp idrisi; do
  out=$OUT/ner.$c.$TAG.jsonl
  (cd "$ROOT" && .venv/bin/rasd extract "$SHARED/external/$c/input.jsonl" -o "$out" >/dev/null 2>&1) || echo "extract failed on $c"
  echo "== $c ($TAG)"; python3 "$SHARED/tools/ner_check.py" "$SHARED/external/$c/gold.jsonl" "$out" | head -30
done
