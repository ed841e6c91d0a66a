#!/usr/bin/env python3
"""A structural count of event errors by the reference scorer's own pairing, printing no article text: which
fields of matched events differ (and whether Rasd gave none), and what the unmatched predictions are — another place
than an unmatched gold event of the same type and date, another date, another type, or extra.  For choosing what to
work on without reading a check set.

    python scripts/session/error_classes.py GOLD.jsonl PRED.jsonl"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "tools"))
import score as S  # the reference scorer beside the repository


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, fh)}


def field_errors(pairs, actors, fields: collections.Counter) -> None:
    for g, p in pairs:
        if not S.actor_ok(p.get("actor1"), g.get("actor1"), actors):
            fields["actor1 " + ("none given" if not p.get("actor1") else "gold none" if not g.get("actor1") else "other")] += 1
        if (p.get("date") or None) != (g.get("date") or None):
            fields["date " + ("none given" if not p.get("date") else "gold none" if not g.get("date") else "other")] += 1
        if p.get("fatalities") != g.get("fatalities"):
            fields["fatalities " + ("none given" if p.get("fatalities") is None else
                                    "gold none" if g.get("fatalities") is None else "other")] += 1


def _place_kind(e: dict, x: dict, gold_places, preds_places) -> str:
    """Why the place differs, by names only: the gold event's place is among the places Rasd recognised in the
    article (chosen wrongly) or not (not recognised); and how far apart the two points are."""
    aliases = [a for y in gold_places if S.norm(y.get("name")) == S.norm(x.get("place")) for a in (y.get("aliases") or [])]
    known = any(S.name_match(q.get("name"), [x.get("place")] + aliases) for q in preds_places)
    a, b = S.coords(e), S.coords(x)
    dist = "no point" if not (a and b) else "<161 km" if S.km(a, b) <= 161 else ">161 km"
    names = [S.norm(n) for n in [x.get("place")] + aliases if n]
    said = S.norm(e.get("evidence") or "")
    where = "gold place in its sentence" if any(n and (n in said or n.removeprefix("ال") in said) for n in names) \
        else "gold place not in its sentence"
    own = S.norm(e.get("place") or "")
    where += ", its own place " + ("in" if own and (own in said or own.removeprefix("ال") in said) else "not in") + \
        " its sentence"
    kind = next((q.get("kind") for q in preds_places if S.norm(q.get("name")) == own), None)
    gold_kind = next((q.get("kind") for q in preds_places if S.name_match(q.get("name"), [x.get("place")] + aliases)),
                     None)
    return ("recognised, not chosen" if known else "not recognised") + ", " + dist + ", " + where + \
        f", its kind {kind}, the gold's {gold_kind}"


def near_miss(e: dict, unmatched_gold: list[dict], places, preds_places=()) -> str | None:
    for x in unmatched_gold:
        same_type = x["type"] == e["type"]
        place_ok = S.event_eligible(dict(x, type=e["type"]), dict(e, date=x.get("date")), places)
        date_ok = S.dates_ok(e.get("date"), x.get("date"), e.get("date_precision"), x.get("date_precision"))
        if same_type and date_ok and not place_ok:
            return "another place: " + _place_kind(e, x, places, preds_places)
        if same_type and place_ok and not date_ok:
            return "another date"
        if not same_type and place_ok and date_ok:
            return f"another type ({e['type']} for {x['type']})"
    return None


def missed_kind(x: dict, preds: list[dict], pred_places, gold_places, matched: set = frozenset()) -> str:
    """Why a gold event found no partner, by structure only: whether any prediction's evidence shares its sentence
    (an event was read there, of another type or merged elsewhere) or none does (nothing read there), and whether
    Rasd recognised the gold's place anywhere in the article."""
    aliases = [a for y in gold_places if S.norm(y.get("name")) == S.norm(x.get("place")) for a in (y.get("aliases") or [])]
    known = any(S.name_match(q.get("name"), [x.get("place")] + aliases) for q in pred_places)
    said = S.norm(x.get("evidence") or "")
    words = set(said.split())
    def overlaps(e):
        theirs = set(S.norm(e.get("evidence") or "").split())
        return words and len(words & theirs) >= 0.6 * min(len(words), len(theirs) or 1)
    same = [e for e in preds if overlaps(e)]
    kin = [e for e in same if e["type"] == x["type"]] or same
    where = ("read there as " + ("same type" if kin[0]["type"] == x["type"] else "another type") +
             (" (paired with another gold event)" if all(id(e) in matched for e in kin) else " (left unpaired)")
             if same else "nothing read in its sentence")
    return f"{x.get('sub_type')}: {where}, its place " + ("recognised" if known else "not recognised")


def main() -> int:
    gold, pred = load(sys.argv[1]), load(sys.argv[2])
    kinds, fields, missed = collections.Counter(), collections.Counter(), collections.Counter()
    for gid, g in gold.items():
        ge, pe = g.get("events") or [], pred.get(gid, {}).get("events") or []
        pairs = S.match_events(ge, pe, g.get("places") or [], g.get("actors") or [])
        field_errors(pairs, g.get("actors") or [], fields)
        matched = {id(x) for pair in pairs for x in pair}
        unmatched_gold = [x for x in ge if id(x) not in matched]
        kinds["gold events unmatched"] += len(unmatched_gold)
        for x in unmatched_gold:
            missed[missed_kind(x, pe, pred.get(gid, {}).get("places") or [], g.get("places") or [], matched)] += 1
        for e in (e for e in pe if id(e) not in matched):
            kinds[near_miss(e, unmatched_gold, g.get("places") or [], pred.get(gid, {}).get("places") or []) or
                  ("extra, beside unmatched gold" if unmatched_gold else "extra, every gold event matched")] += 1
    print("unmatched predictions and gold:", json.dumps(kinds, ensure_ascii=False, indent=1))
    print("unmatched gold, by sub-type and what was read in its sentence:",
          json.dumps(dict(missed.most_common()), ensure_ascii=False, indent=1))
    print("matched events, fields that differ:", json.dumps(fields, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
