"""One incident, several reports: find the stored event a new report describes.

Two reports describe the same incident when they have the same event type,
the same or a nearby place (same place id, or within NEAR_KM), dates whose
spans overlap (an unknown date overlaps nothing: too weak to merge on), and
actors that do not contradict each other (equal, one side unknown, or the
state forces of one country: one outlet names the army where another names
the police or "security forces").
"""
from __future__ import annotations

import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from rasd.datespan import span_iso as date_span
from rasd.geo import NEAR_ACROSS_REPORTS_KM, haversine_km
from rasd.model import Event
from rasd.store.schema import ActorRow, EventRow

NEAR_KM = NEAR_ACROSS_REPORTS_KM  # how it was chosen: rasd/geo.py
# degrees of latitude spanning NEAR_KM, for a cheap bounding box before the exact distance
_DEG = NEAR_KM / 111.0

GEO_PRECISION = {"country": 3, "region": 3, "continent": 3, "province": 2, "district": 2, "wadi": 2}


def _year_before(day: str) -> str:
    try:
        return (datetime.date.fromisoformat(day) - datetime.timedelta(days=366)).isoformat()
    except (ValueError, OverflowError):
        return "0000"


STATE_KINDS = {"state force", "military", "police", "government", "government body"}


def _actors_agree(s: Session, stored: str | None, new: str | None) -> bool:
    if stored is None or new is None or stored == new:
        return True
    a, b = s.get(ActorRow, stored), s.get(ActorRow, new)
    return bool(a and b and a.country and a.country == b.country
                and a.kind in STATE_KINDS and b.kind in STATE_KINDS)


def find_same_incident(s: Session, e: Event, actor1: str | None, actor2: str | None) -> EventRow | None:
    start, end = date_span(e.date, e.date_precision)
    if start is None:
        return None
    p = e.place
    if p is None or (p.id is None and p.lat is None):
        return None
    q = select(EventRow).where(
        EventRow.event_type == e.type,
        EventRow.date_start <= end, EventRow.date_end >= start,
        # the same condition as a range the (type, date_start) indexes can read: no span is longer than a year
        EventRow.date_start >= _year_before(start),
    )
    if p.lat is not None:
        q = q.where(or_(EventRow.place_id == p.id, and_(
            EventRow.lat.between(p.lat - _DEG, p.lat + _DEG),
            EventRow.lon.between(p.lon - _DEG * 2, p.lon + _DEG * 2))))
    else:
        q = q.where(EventRow.place_id == p.id)
    for row in s.scalars(q.limit(50)):
        if p.lat is not None and row.lat is not None and row.place_id != p.id:
            if haversine_km((p.lat, p.lon), (row.lat, row.lon)) > NEAR_KM:
                continue
        if _actors_agree(s, row.actor1_id, actor1) and _actors_agree(s, row.actor2_id, actor2):
            return row
    return None


def search_text(*parts: str | None) -> str:
    """The matching form of an event's words, for free-text search (أجدابيا = اجدابيا)."""
    from rasd.text.normalise import norm

    return " ".join(norm(p).lower() for p in parts if p)


def geo_precision(e: Event) -> int | None:
    p = e.place
    if p is None:
        return None
    if p.relation:
        return 2
    return GEO_PRECISION.get(p.kind or "", 1)


def new_event_row(e: Event, actor1: str | None, actor2: str | None) -> EventRow:
    start, end = date_span(e.date, e.date_precision)
    p = e.place
    return EventRow(
        event_type=e.type, sub_event_type=e.sub_type, event_date=e.date, time_precision=e.date_precision,
        date_start=start, date_end=end, place_id=p.id if p else None, location=p.name if p else None,
        location_en=p.name_en if p else None, country=p.country if p else None, admin1=p.admin1 if p else None,
        lat=p.lat if p else None, lon=p.lon if p else None, geo_precision=geo_precision(e),
        actor1_id=actor1, actor1=e.actor1.label if e.actor1 else None,
        actor2_id=actor2, actor2=e.actor2.label if e.actor2 else None,
        fatalities=e.fatalities, notes=e.note, evidence=e.evidence.text, n_sources=1,
        search=search_text(e.evidence.text, p.name if p else None, p.name_en if p else None,
                           e.actor1.label if e.actor1 else None, e.actor1.name if e.actor1 else None,
                           e.actor2.label if e.actor2 else None, e.actor2.name if e.actor2 else None, e.note),
    )


def merge_report(row: EventRow, e: Event, actor1: str | None, actor2: str | None) -> None:
    """Fold a further report into a stored incident (lowest toll, filled gaps, more precise date)."""
    row.n_sources = (row.n_sources or 1) + 1
    row.search = f"{row.search or ''} {search_text(e.evidence.text)}"  # every report's words can be found
    if e.fatalities is not None:
        row.fatalities = e.fatalities if row.fatalities is None else min(row.fatalities, e.fatalities)
    if row.actor1_id is None and actor1:
        row.actor1_id, row.actor1 = actor1, e.actor1.label if e.actor1 else None
    if row.actor2_id is None and actor2:
        row.actor2_id, row.actor2 = actor2, e.actor2.label if e.actor2 else None
    order = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    if e.date and order.get(e.date_precision, 4) < order.get(row.time_precision, 4):
        row.event_date, row.time_precision = e.date, e.date_precision
        row.date_start, row.date_end = date_span(e.date, e.date_precision)
