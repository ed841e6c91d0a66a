"""Developer aid: gold vs predicted claims per article."""
import sys

from rasd.eval.scorer import load_jsonl

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
for k, g in gold.items():
    gc, pc = g.get("claims") or [], pred.get(k, {}).get("claims") or []
    if not gc and not pc:
        continue
    print(k)
    for c in gc:
        print("   GOLD", c["quantity"], c.get("value"), c.get("low"), c.get("high"), "| actor", c.get("actor"), "| src", c.get("source"), "|", c["evidence"][:60])
    for c in pc:
        a = c.get("actor") or {}
        src = c.get("source")
        src = [x.get("canonical") or x.get("name") for x in src] if isinstance(src, list) else (src or {}).get("canonical") or (src or {}).get("name") if src else None
        print("   PRED", c["quantity"], c.get("value"), c.get("low"), c.get("high"), "| actor", a.get("canonical") or a.get("name"), "| src", src)
