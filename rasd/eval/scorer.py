"""Scoring of predictions against gold, exactly as SCHEMA.md defines it.

Both sides are JSON Lines in the SCHEMA.md layout, one object per article
keyed by `id`.  Every quality figure Rasd reports comes from here.
"""
from __future__ import annotations

import json
import math
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.text.normalise import norm as _norm
from rasd.text.normalise import strip_article


def norm(s: Any) -> str:
    """SCHEMA.md's comparison form (Rasd's normaliser plus lower-casing)."""
    return _norm(str(s)).lower() if s else ""


def names_match(pred: str | None, gold_names: Iterable[str | None]) -> bool:
    """The place rule: equal after norm, or equal once the article ال is dropped."""
    p = norm(pred)
    if not p:
        return False
    for g in gold_names:
        g = norm(g)
        if g and (p == g or strip_article(p) == strip_article(g)):
            return True
    return False


def _gold_place_names(place: dict) -> list[str]:
    return [place.get("name")] + list(place.get("aliases") or [])


def _aliases_of_named_place(name: str | None, gold_places: list[dict]) -> list[str]:
    """A place name of an event/route plus the aliases of the gold place of that name."""
    out = [name]
    for gp in gold_places:
        if norm(gp.get("name")) == norm(name):
            out += list(gp.get("aliases") or [])
    return out


def _coords(x: dict) -> tuple[float, float] | None:
    lat, lon = x.get("lat"), x.get("lon")
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = (math.radians(v) for v in (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _forms_of(label: Any) -> list[str]:
    if isinstance(label, dict):
        return [x for x in (label.get("canonical"), label.get("name")) if x]
    return [label] if label else []


def actor_matches(pred: Any, gold_label: str | None, gold_actors: list[dict]) -> bool:
    """The actor rule: Arabic name (normalised) equals a gold name/alias, or canonical equals (case-insensitive)."""
    if pred is None or gold_label is None:
        return pred is None and gold_label is None
    gold_forms: list[str] = [gold_label]
    for a in gold_actors:
        if gold_label in (a.get("canonical"), a.get("name")):
            gold_forms += [x for x in [a.get("canonical"), a.get("name"), *(a.get("aliases") or [])] if x]
    lowered = {g.strip().lower() for g in gold_forms}
    for form in _forms_of(pred):
        if form.strip().lower() in lowered or names_match(form, gold_forms):
            return True
    return False


def source_matches(pred: Any, gold: Any, gold_actors: list[dict]) -> bool:
    """Claim source: the actor rule, or one name contained word for word in the other."""
    if isinstance(pred, list):
        return any(source_matches(p, gold, gold_actors) for p in pred) if pred else gold in (None, [])
    if isinstance(gold, list):
        return any(source_matches(pred, g, gold_actors) for g in gold) if gold else pred is None
    if actor_matches(pred, gold, gold_actors):
        return True
    if pred is None or gold is None:
        return False
    g = norm(gold)
    for form in _forms_of(pred):
        p = norm(form)
        shorter = p if len(p) <= len(g) else g
        if len(shorter.split()) >= 2 and (f" {p} " in f" {g} " or f" {g} " in f" {p} "):
            return True
    return False


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_span(date: Any) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    m = _DATE.match(str(date)) if date else None
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = (y, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        return (y, int(m.group(2)), 1), (y, int(m.group(2)), 31)
    return (y, 1, 1), (y, 12, 31)


def dates_compatible(a: Any, b: Any) -> bool:
    sa, sb = date_span(a), date_span(b)
    if sa is None or sb is None:
        return True
    return sa[0] <= sb[1] and sb[0] <= sa[1]


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


@dataclass
class Scores:
    places: Tally = field(default_factory=Tally)
    actors: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    movements: Tally = field(default_factory=Tally)
    claims: Tally = field(default_factory=Tally)
    place_errors_km: list[float] = field(default_factory=list)
    event_fields: dict[str, int] = field(default_factory=lambda: {"sub_type": 0, "actor1": 0, "fatalities": 0, "date": 0})
    claim_sources: int = 0

    def as_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k).prf() for k in ("places", "actors", "events", "movements", "claims")}
        errs = self.place_errors_km
        out["places"]["acc161"] = round(sum(e <= 161 for e in errs) / len(errs), 3) if errs else None
        out["places"]["median_km"] = round(statistics.median(errs), 1) if errs else None
        n = self.events.tp
        out["events"]["matched_field_acc"] = {k: (round(v / n, 3) if n else None) for k, v in self.event_fields.items()}
        c = self.claims.tp
        out["claims"]["source_acc"] = round(self.claim_sources / c, 3) if c else None
        return out


def _score_places(gold: dict, pred: dict, s: Scores) -> None:
    gp, pp = gold.get("places") or [], pred.get("places") or []
    taken: set[int] = set()
    for place in pp:
        for i, g in enumerate(gp):
            if i not in taken and names_match(place.get("name"), _gold_place_names(g)):
                taken.add(i)
                s.places.tp += 1
                a, b = _coords(place), _coords(g)
                if a and b:
                    s.place_errors_km.append(haversine_km(a, b))
                break
    s.places.pred += len(pp)
    s.places.gold += len(gp)


def _score_actors(gold: dict, pred: dict, s: Scores) -> None:
    ga, pa = gold.get("actors") or [], pred.get("actors") or []
    taken: set[int] = set()
    for actor in pa:
        for i, g in enumerate(ga):
            if i not in taken and actor_matches(actor, g.get("canonical"), ga):
                taken.add(i)
                s.actors.tp += 1
                break
    s.actors.pred += len(pa)
    s.actors.gold += len(ga)


def match_events(gold: dict, pred: dict) -> list[tuple[dict, dict | None]]:
    """Each gold event with the predicted event it matches (or None): one-to-one, greedy in the
    order of the gold events, each taking the first unmatched prediction of the same type, a
    matching place (names or within 50 km) and compatible dates."""
    ge, pe = gold.get("events") or [], pred.get("events") or []
    gp = gold.get("places") or []
    taken: set[int] = set()
    pairs: list[tuple[dict, dict | None]] = []
    for g in ge:
        hit = None
        for j, p in enumerate(pe):
            if j in taken or p.get("type") != g.get("type"):
                continue
            same_place = names_match(p.get("place"), _aliases_of_named_place(g.get("place"), gp))
            if not same_place:
                a, b = _coords(p), _coords(g)
                same_place = bool(a and b and haversine_km(a, b) <= 50)
            if same_place and dates_compatible(p.get("date"), g.get("date")):
                hit = j
                break
        if hit is not None:
            taken.add(hit)
        pairs.append((g, pe[hit] if hit is not None else None))
    return pairs


def _score_events(gold: dict, pred: dict, s: Scores) -> None:
    ga = gold.get("actors") or []
    for g, p in match_events(gold, pred):
        if p is None:
            continue
        s.events.tp += 1
        s.event_fields["sub_type"] += p.get("sub_type") == g.get("sub_type")
        s.event_fields["actor1"] += actor_matches(p.get("actor1"), g.get("actor1"), ga)
        s.event_fields["fatalities"] += p.get("fatalities") == g.get("fatalities")
        s.event_fields["date"] += (p.get("date") or None) == (g.get("date") or None)
    s.events.pred += len(pred.get("events") or [])
    s.events.gold += len(gold.get("events") or [])


def _score_movements(gold: dict, pred: dict, s: Scores) -> None:
    gm, pm = gold.get("movements") or [], pred.get("movements") or []
    gp, ga = gold.get("places") or [], gold.get("actors") or []
    taken: set[int] = set()
    for mv in pm:
        path = mv.get("path") or []
        for i, g in enumerate(gm):
            if i in taken:
                continue
            if g.get("actor") is not None and not actor_matches(mv.get("actor"), g.get("actor"), ga):
                continue
            hits = sum(1 for gplace in g["path"]
                       if any(names_match(x, _aliases_of_named_place(gplace, gp)) for x in path))
            if 2 * hits >= len(g["path"]):
                taken.add(i)
                s.movements.tp += 1
                break
    s.movements.pred += len(pm)
    s.movements.gold += len(gm)


def _values(c: dict) -> set:
    return {c.get(k) for k in ("value", "low", "high")} - {None}


def _score_claims(gold: dict, pred: dict, s: Scores) -> None:
    gc, pc = gold.get("claims") or [], pred.get("claims") or []
    ga = gold.get("actors") or []
    taken: set[int] = set()
    for c in pc:
        for i, g in enumerate(gc):
            if i in taken or c.get("quantity") != g.get("quantity"):
                continue
            if _values(c) & _values(g):
                taken.add(i)
                s.claims.tp += 1
                s.claim_sources += source_matches(c.get("source"), g.get("source"), ga)
                break
    s.claims.pred += len(pc)
    s.claims.gold += len(gc)


def score(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> dict[str, Any]:
    """Micro-averaged scores over every gold article (a missing prediction counts as empty)."""
    s = Scores()
    for doc_id, gold in gold_docs.items():
        pred = pred_docs.get(doc_id, {})
        _score_places(gold, pred, s)
        _score_actors(gold, pred, s)
        _score_events(gold, pred, s)
        _score_movements(gold, pred, s)
        _score_claims(gold, pred, s)
    return s.as_dict()


def load_jsonl(path: str | Path) -> dict[str, dict]:
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
