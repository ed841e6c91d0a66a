"""Developer aid: per-article place/actor differences between gold and predictions."""
import sys

from rasd.eval.scorer import load_jsonl, names_match, actor_matches

gold = load_jsonl(sys.argv[1])
pred = load_jsonl(sys.argv[2])
what = sys.argv[3] if len(sys.argv) > 3 else "places"
for gid, g in gold.items():
    p = pred.get(gid, {})
    if what == "places":
        gp = g.get("places") or []
        pp = p.get("places") or []
        fn = [x["name"] for x in gp if not any(names_match(y["name"], [x["name"]] + (x.get("aliases") or [])) for y in pp)]
        fp = [(y["name"], y.get("name_en"), y.get("country"), y.get("source")) for y in pp if not any(names_match(y["name"], [x["name"]] + (x.get("aliases") or [])) for x in gp)]
    else:
        ga = g.get("actors") or []
        pa = p.get("actors") or []
        fn = [x["name"] + "/" + str(x.get("canonical")) for x in ga if not any(actor_matches(y, x.get("canonical"), ga) for y in pa)]
        fp = [(y["name"], y.get("canonical")) for y in pa if not any(actor_matches(y, x.get("canonical"), ga) for x in ga)]
    print(gid, "MISSED:", fn)
    print(gid, "EXTRA :", fp)
