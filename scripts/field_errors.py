"""Developer aid: matched event pairs whose sub_type, actor1 or fatalities differ (scorer's pairing)."""
import sys

from rasd.eval.scorer import (_aliases_of_named_place, _coords, actor_matches, dates_compatible, haversine_km,
                              load_jsonl, names_match)

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
for gid, g in gold.items():
    pe = pred.get(gid, {}).get("events") or []
    gp, ga = g.get("places") or [], g.get("actors") or []
    taken = set()
    for gev in g.get("events") or []:
        for j, p in enumerate(pe):
            if j in taken or p.get("type") != gev.get("type"):
                continue
            ok = names_match(p.get("place"), _aliases_of_named_place(gev.get("place"), gp))
            if not ok:
                a, b = _coords(p), _coords(gev)
                ok = bool(a and b and haversine_km(a, b) <= 50)
            if not ok or not dates_compatible(p.get("date"), gev.get("date")):
                continue
            taken.add(j)
            bad = []
            if p.get("sub_type") != gev.get("sub_type"):
                bad.append(f"SUB {p.get('sub_type')} != {gev.get('sub_type')}")
            if not actor_matches(p.get("actor1"), gev.get("actor1"), ga):
                a1 = p.get("actor1") or {}
                bad.append(f"A1 {a1.get('canonical') or a1.get('name')} != {gev.get('actor1')}")
            if p.get("fatalities") != gev.get("fatalities"):
                bad.append(f"FAT {p.get('fatalities')} != {gev.get('fatalities')}")
            if bad:
                same = p.get("evidence", "")[:60] in g["text"] and gev["evidence"][:40] in p.get("evidence", "")
                print(gid, "|", "; ".join(bad), "| same-sentence" if same else "| OTHER-SENTENCE")
                print("    gold:", gev["evidence"][:150])
                if not same:
                    print("    pred:", p.get("evidence", "")[:150])
            break
