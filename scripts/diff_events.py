"""Developer aid: per-article event matching between gold and predictions (the scorer's pairing).

    python scripts/diff_events.py GOLD.jsonl PRED.jsonl [ARTICLE_ID ...] [-v]
"""
import sys

from rasd.eval.scorer import load_jsonl, match_events

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
VERBOSE = "-v" in sys.argv
only = {a for a in sys.argv[3:] if a != "-v"}
for gid, g in gold.items():
    if only and gid not in only:
        continue
    p = pred.get(gid, {})
    print("=" * 20, gid)
    pairs = match_events(g, p)
    for gev, pv in pairs:
        if pv is None:
            print("  MISS", gev["type"], "/", gev["sub_type"], "@", gev.get("place"), gev.get("date"),
                  "a1=", gev.get("actor1"), "f=", gev.get("fatalities"), "|", gev["evidence"][:90])
            continue
        flags = []
        if pv.get("sub_type") != gev.get("sub_type"):
            flags.append(f"sub {pv.get('sub_type')}!={gev.get('sub_type')}")
        if pv.get("fatalities") != gev.get("fatalities"):
            flags.append(f"fat {pv.get('fatalities')}!={gev.get('fatalities')}")
        flags.append(f"a1 {pv.get('actor1')} vs {gev.get('actor1')}")
        print("  OK  ", gev["sub_type"], "@", gev.get("place"), "|", "; ".join(flags))
        if VERBOSE and (len(flags) > 1 or str(gev.get("actor1")) not in flags[-1]):
            print("        gold:", gev["evidence"][:160])
            print("        pred:", pv.get("evidence", "")[:160], "| T=", pv.get("trigger"))
    matched = [id(pv) for _, pv in pairs if pv is not None]
    for pev in p.get("events") or []:
        if id(pev) not in matched:
            print("  EXTRA", pev["type"], "/", pev["sub_type"], "@", pev.get("place"), pev.get("date"),
                  "a1=", pev.get("actor1"), "a2=", pev.get("actor2"), "f=", pev.get("fatalities"),
                  "| T=", pev.get("trigger"), "|", pev["evidence"][:100])
