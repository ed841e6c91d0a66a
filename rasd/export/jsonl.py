"""Predictions in the SCHEMA.md layout (one JSON object per article)."""
from __future__ import annotations

from typing import Any

from rasd.model import ActorRef, Claim, Event, Extraction, Movement, PlaceRef


def _actor(a: ActorRef | None) -> Any:
    """An actor as SCHEMA.md's scorer reads it: Arabic name and, when known, English canonical name."""
    if a is None:
        return None
    return {"name": a.name, "canonical": a.canonical}


def _place_name(p: PlaceRef | None) -> str | None:
    return p.name if p else None


def event_record(e: Event) -> dict[str, Any]:
    p = e.place
    return {
        "type": e.type, "sub_type": e.sub_type,
        "date": e.date, "date_precision": e.date_precision,
        "place": _place_name(p), "country": p.country if p else None,
        "lat": p.lat if p else None, "lon": p.lon if p else None,
        "actor1": _actor(e.actor1), "actor2": _actor(e.actor2),
        "fatalities": e.fatalities, "evidence": e.evidence.text,
        "note": e.note, "trigger": e.trigger.text if e.trigger else None,
        "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
    }


def movement_record(m: Movement) -> dict[str, Any]:
    return {
        "actor": _actor(m.actor),
        "path": [p.name for p in m.path],
        "path_coords": [[p.lat, p.lon] for p in m.path],
        "evidence": m.evidence.text,
        "evidence_start": m.evidence.start, "evidence_end": m.evidence.end,
    }


def claim_record(c: Claim) -> dict[str, Any]:
    if isinstance(c.source, list):
        source: Any = [_actor(s) for s in c.source]
    else:
        source = _actor(c.source)
    return {
        "quantity": c.quantity, "actor": _actor(c.actor),
        "value": c.value, "low": c.low, "high": c.high, "approx": c.approx,
        "place": _place_name(c.place), "source": source,
        "evidence": c.evidence.text,
        "evidence_start": c.evidence.start, "evidence_end": c.evidence.end,
    }


def prediction_record(ex: Extraction) -> dict[str, Any]:
    """One article's predictions with SCHEMA.md's field names (plus offsets)."""
    a = ex.article
    return {
        "id": a.id, "url": a.url, "outlet": a.outlet, "language": a.language, "published": a.published,
        "places": [
            {"name": p.name, "name_en": p.name_en, "country": p.country, "lat": p.lat, "lon": p.lon,
             "kind": p.kind, "aliases": p.aliases, "id": p.id, "source": p.source,
             "mentions": [[s.start, s.end] for s in p.mentions]}
            for p in ex.places
        ],
        "actors": [
            {"name": x.name, "canonical": x.canonical, "aliases": x.aliases, "id": x.actor_id,
             "kind": x.kind, "country": x.country, "mentions": [[s.start, s.end] for s in x.mentions]}
            for x in ex.actors
        ],
        "events": [event_record(e) for e in ex.events],
        "movements": [movement_record(m) for m in ex.movements],
        "claims": [claim_record(c) for c in ex.claims],
    }
