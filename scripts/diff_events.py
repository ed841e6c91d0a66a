"""Developer aid: per-article event matching between gold and predictions."""
import sys

from rasd.eval.scorer import load_jsonl, names_match, _aliases_of_named_place, _coords, haversine_km, dates_compatible

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
VERBOSE = "-v" in sys.argv
only = set(a for a in sys.argv[3:] if a != "-v")
for gid, g in gold.items():
    if only and gid not in only:
        continue
    p = pred.get(gid, {})
    ge, pe = g.get("events") or [], p.get("events") or []
    gp = g.get("places") or []
    used = set()
    print("=" * 20, gid)
    for gev in ge:
        hit = None
        for j, pev in enumerate(pe):
            if j in used or pev.get("type") != gev.get("type"):
                continue
            ok = names_match(pev.get("place"), _aliases_of_named_place(gev.get("place"), gp))
            if not ok:
                a, b = _coords(pev), _coords(gev)
                ok = bool(a and b and haversine_km(a, b) <= 50)
            if ok and dates_compatible(pev.get("date"), gev.get("date")):
                hit = j
                break
        if hit is None:
            print("  MISS", gev["type"], "/", gev["sub_type"], "@", gev.get("place"), gev.get("date"), "a1=", gev.get("actor1"), "f=", gev.get("fatalities"), "|", gev["evidence"][:90])
        else:
            used.add(hit)
            pv = pe[hit]
            flags = []
            if pv.get("sub_type") != gev.get("sub_type"): flags.append(f"sub {pv.get('sub_type')}!={gev.get('sub_type')}")
            if pv.get("fatalities") != gev.get("fatalities"): flags.append(f"fat {pv.get('fatalities')}!={gev.get('fatalities')}")
            flags.append(f"a1 {pv.get('actor1')} vs {gev.get('actor1')}")
            print("  OK  ", gev["sub_type"], "@", gev.get("place"), "|", "; ".join(flags))
            if VERBOSE and len(flags) > 1 or VERBOSE and "vs" in flags[-1] and str(gev.get("actor1")) not in flags[-1]:
                print("        gold:", gev["evidence"][:160])
                print("        pred:", pv.get("evidence", "")[:160], "| T=", pv.get("trigger"))
    for j, pev in enumerate(pe):
        if j not in used:
            print("  EXTRA", pev["type"], "/", pev["sub_type"], "@", pev.get("place"), pev.get("date"), "a1=", pev.get("actor1"), "a2=", pev.get("actor2"), "f=", pev.get("fatalities"), "| T=", pev.get("trigger"), "|", pev["evidence"][:100])
