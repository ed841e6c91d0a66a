"""Scoring of predictions against gold, exactly as SCHEMA.md ("Scoring") defines it.

Both sides are JSON Lines in the SCHEMA.md layout, one object per article
keyed by `id`; a gold article without a prediction counts as predicting
nothing.  Every quality figure Rasd reports comes from here, and
tests/unit/test_scorer.py checks it against the team's reference scorer
(../shared/tools/score.py) on every gold file.

The comparison rules (name form, places, actors, sources, dates) are in
rasd/eval/rules.py; the optimal pairing of events in rasd/eval/assignment.py.
"""
from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.eval.assignment import best_pairing
from rasd.eval.rules import (
    actor_matches,
    coords,
    dates_compatible,
    gold_actor_label,
    named_place_forms,
    names_match,
    place_names,
    source_matches,
)
from rasd.geo import haversine_km

__all__ = ["EVENT_FIELDS", "actor_matches", "dates_compatible", "load_jsonl", "match_events", "names_match",
           "score", "source_matches"]

ACC_KM = 161.0          # SCHEMA.md: a resolved place within 161 km (100 miles) of gold is correct
EVENT_PLACE_KM = 50.0   # SCHEMA.md: an event's place may instead be within 50 km of gold's
EVENT_FIELDS = ("sub_type", "actor1", "fatalities", "date")   # compared on matched events, in this order
PARTS = ("places", "actors", "events", "movements", "claims")


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> dict[str, Any]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


def _share(n: int, of: int, places: int = 3) -> float | None:
    return round(n / of, places) if of else None


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in PARTS})
    place_errors_km: list[float] = field(default_factory=list)
    event_fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EVENT_FIELDS, 0))
    claim_sources: int = 0

    def as_dict(self) -> dict[str, Any]:
        out = {k: t.prf() for k, t in self.tallies.items()}
        errs = self.place_errors_km
        out["places"]["acc161"] = _share(sum(e <= ACC_KM for e in errs), len(errs))
        out["places"]["median_km"] = round(statistics.median(errs), 1) if errs else None
        n = self.tallies["events"].tp
        out["events"]["matched_field_acc"] = {k: _share(v, n) for k, v in self.event_fields.items()}
        out["claims"]["source_acc"] = _share(self.claim_sources, self.tallies["claims"].tp)
        return out


def _items(doc: dict, key: str) -> list:
    return doc.get(key) or []


def _score_places(gold: dict, pred: dict, s: Scores) -> None:
    """Per article, as sets: each predicted place takes the first gold place it matches."""
    gp, pp = _items(gold, "places"), _items(pred, "places")
    taken: set[int] = set()
    for place in pp:
        for i, g in enumerate(gp):
            if i not in taken and names_match(place.get("name"), place_names(g)):
                taken.add(i)
                a, b = coords(place), coords(g)
                if a and b:
                    s.place_errors_km.append(haversine_km(a, b))
                break
    s.tallies["places"].tp += len(taken)
    s.tallies["places"].pred += len(pp)
    s.tallies["places"].gold += len(gp)


def _score_actors(gold: dict, pred: dict, s: Scores) -> None:
    """Per article, as sets: each predicted actor takes the first gold actor it matches."""
    ga, pa = _items(gold, "actors"), _items(pred, "actors")
    taken: set[int] = set()
    for actor in pa:
        hit = next((i for i, g in enumerate(ga)
                    if i not in taken and actor_matches(actor, gold_actor_label(g), ga)), None)
        if hit is not None:
            taken.add(hit)
    s.tallies["actors"].tp += len(taken)
    s.tallies["actors"].pred += len(pa)
    s.tallies["actors"].gold += len(ga)


def event_place(g: dict, p: dict, gold_places: list[dict]) -> str | None:
    """How a predicted event's place matches a gold event's: "name" (the place rule), "near"
    (coordinates within 50 km), or None."""
    if names_match(p.get("place"), named_place_forms(g.get("place"), gold_places)):
        return "name"
    a, b = coords(p), coords(g)
    return "near" if a and b and haversine_km(a, b) <= EVENT_PLACE_KM else None


def event_eligible(g: dict, p: dict, gold_places: list[dict]) -> bool:
    """SCHEMA.md's event rule: the same type, the same place (place rule, or within 50 km), and
    compatible dates."""
    return (p.get("type") == g.get("type") and event_place(g, p, gold_places) is not None
            and dates_compatible(p.get("date"), g.get("date"), p.get("date_precision"), g.get("date_precision")))


def field_agreement(g: dict, p: dict, gold_actors: list[dict]) -> dict[str, bool]:
    """Which of the compared fields a matched pair agrees on (the actor rule for actor1)."""
    return {"sub_type": p.get("sub_type") == g.get("sub_type"),
            "actor1": actor_matches(p.get("actor1"), g.get("actor1"), gold_actors),
            "fatalities": p.get("fatalities") == g.get("fatalities"),
            "date": (p.get("date") or None) == (g.get("date") or None)}


# one more pair outweighs any agreement a pair can add (at most one per compared field)
PAIR_BONUS = 100


def match_events(gold: dict, pred: dict) -> list[tuple[dict, dict | None]]:
    """Each gold event of an article with the predicted event paired with it (or None).

    One-to-one, by SCHEMA.md's rule: the most pairs; among pairings with that many, the most
    agreeing fields (sub_type, actor1, fatalities, date) -- the Hungarian algorithm over
    PAIR_BONUS + agreement for every eligible pair, as the reference scorer runs it, so that both
    choose the same pairing where two weigh the same.
    """
    ge, pe = _items(gold, "events"), _items(pred, "events")
    if not ge or not pe:
        return [(g, None) for g in ge]
    gp, ga = _items(gold, "places"), _items(gold, "actors")
    weights = [[PAIR_BONUS + sum(field_agreement(g, p, ga).values()) if event_eligible(g, p, gp) else 0
                for p in pe] for g in ge]
    partner = {i: j for i, j in best_pairing(weights) if weights[i][j] > 0}
    return [(g, pe[partner[i]] if i in partner else None) for i, g in enumerate(ge)]


def _score_events(gold: dict, pred: dict, s: Scores) -> None:
    ga = _items(gold, "actors")
    for g, p in match_events(gold, pred):
        if p is None:
            continue
        s.tallies["events"].tp += 1
        for k, ok in field_agreement(g, p, ga).items():
            s.event_fields[k] += ok
    s.tallies["events"].pred += len(_items(pred, "events"))
    s.tallies["events"].gold += len(_items(gold, "events"))


def movement_matches(mv: dict, g: dict, gold_places: list[dict], gold_actors: list[dict]) -> bool:
    """The actor matches (any actor where gold names none) and at least half of the gold path's
    places are on the predicted path (place rule)."""
    if g.get("actor") is not None and not actor_matches(mv.get("actor"), g.get("actor"), gold_actors):
        return False
    path = mv.get("path") or []
    gold_path = g.get("path") or []
    hits = sum(1 for stop in gold_path if any(names_match(x, named_place_forms(stop, gold_places)) for x in path))
    return 2 * hits >= len(gold_path)


def _score_movements(gold: dict, pred: dict, s: Scores) -> None:
    gm, pm = _items(gold, "movements"), _items(pred, "movements")
    gp, ga = _items(gold, "places"), _items(gold, "actors")
    taken: set[int] = set()
    for mv in pm:
        hit = next((i for i, g in enumerate(gm) if i not in taken and movement_matches(mv, g, gp, ga)), None)
        if hit is not None:
            taken.add(hit)
    s.tallies["movements"].tp += len(taken)
    s.tallies["movements"].pred += len(pm)
    s.tallies["movements"].gold += len(gm)


def _values(c: dict) -> set:
    return {c.get(k) for k in ("value", "low", "high")} - {None}


def _score_claims(gold: dict, pred: dict, s: Scores) -> None:
    """A claim matches on quantity and any shared value among value/low/high; then its source."""
    gc, pc = _items(gold, "claims"), _items(pred, "claims")
    ga = _items(gold, "actors")
    taken: set[int] = set()
    for c in pc:
        hit = next((i for i, g in enumerate(gc) if i not in taken and c.get("quantity") == g.get("quantity")
                    and _values(c) & _values(g)), None)
        if hit is not None:
            taken.add(hit)
            s.claim_sources += source_matches(c.get("source"), gc[hit].get("source"), ga)
    s.tallies["claims"].tp += len(taken)
    s.tallies["claims"].pred += len(pc)
    s.tallies["claims"].gold += len(gc)


def score(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> dict[str, Any]:
    """Micro-averaged scores over every gold article (a missing prediction counts as empty)."""
    s = Scores()
    for doc_id, gold in gold_docs.items():
        pred = pred_docs.get(doc_id) or {}
        _score_places(gold, pred, s)
        _score_actors(gold, pred, s)
        _score_events(gold, pred, s)
        _score_movements(gold, pred, s)
        _score_claims(gold, pred, s)
    return s.as_dict()


def load_jsonl(path: str | Path) -> dict[str, dict]:
    """A gold or prediction file: {id: record}; a line that is not an object with an "id" is an error."""
    docs: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
            if not isinstance(d, dict) or "id" not in d:
                raise ValueError(f'{path}:{lineno}: each line must be a JSON object with an "id" (SCHEMA.md)')
            docs[str(d["id"])] = d
    return docs
