"""Developer aid: matched event pairs whose sub_type, actor1, fatalities or date differ (the scorer's pairing)."""
import sys

from rasd.eval.scorer import actor_matches, load_jsonl, match_events

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
for gid, g in gold.items():
    ga = g.get("actors") or []
    for gev, p in match_events(g, pred.get(gid, {})):
        if p is None:
            continue
        bad = []
        if p.get("sub_type") != gev.get("sub_type"):
            bad.append(f"SUB {p.get('sub_type')} != {gev.get('sub_type')}")
        if not actor_matches(p.get("actor1"), gev.get("actor1"), ga):
            a1 = p.get("actor1") or {}
            bad.append(f"A1 {a1.get('canonical') or a1.get('name')} != {gev.get('actor1')}")
        if p.get("fatalities") != gev.get("fatalities"):
            bad.append(f"FAT {p.get('fatalities')} != {gev.get('fatalities')}")
        if p.get("date") != gev.get("date"):
            bad.append(f"DATE {p.get('date')} != {gev.get('date')} (published {g.get('published')})")
        if bad:
            same = gev["evidence"][:40] in p.get("evidence", "")
            print(gid, "|", "; ".join(bad), "| same-sentence" if same else "| OTHER-SENTENCE")
            print("    gold:", gev["evidence"][:150])
            if not same:
                print("    pred:", p.get("evidence", "")[:150])
