"""One incident, several reports: find the stored event a new report describes.

Two reports (of different articles) describe the same incident when:

* **place**: the same place id, or coordinates within NEAR_KM in the same
  country (the two spellings سروج / سوروج resolve to one GeoNames place; a
  town and its outskirts are one place; a town across a border is not);
* **kind**: the same event type, with two narrowings and one widening.
  Strategic developments and violence against civilians keep their
  sub-type (an arrest and a seizure in one town on one day are two
  incidents).  A bombing is also reported in vaguer words, as an "attack"
  on people or an assault on a post (هجوم، العملية الإرهابية): a bombing
  and an Attack or Armed clash at one place on one day are one incident
  (BOMBINGS, VAGUE);
* **date**: spans that overlap; for bombings (and a vaguer telling of one)
  also day dates one day apart
  (DAY_SLACK: a paper prints the next morning what the wire wrote as
  "today", and a feed may date a page by the day it was read).  A report that
  fits several stored incidents joins the one with most reports, then the
  latest.  An undated report at a town or a finer place joins such an
  incident of the UNDATED_LOOKBACK_DAYS before its article's publication;
  one at a region or a province, or with no publication date, merges with
  nothing (it names no one incident); a bombing told at a country's level
  joins the one bombing stored in that country for its day or, undated,
  for those days, and none where there were several;
* **actors**: they do not contradict each other.  Only two armed sides can
  contradict (ARMED_KINDS): a speaker, a monitor or an international body
  read as actor1 ("the UN condemned the bombing") contradicts nothing, and
  the state forces of one country agree (one outlet names the army where
  another names the police or "security forces").  Where both name the
  same doer, the targets they name do not matter; and two bombings told at
  one place on one day (DAY_SLACK), or an undated one and the most reported
  one there of the days before, are one whoever each report blames (papers
  repeat each other's and officials' accusations); so is an undated
  "attack" at a town and the most reported bombing there of the days
  before (an incident recalled by its place: "هجوم سروج").

A more specific report refines the stored incident (REFINES: a suicide
bombing stays one when a later source says only "explosion"; an armed side
replaces a non-armed one); the date becomes the one most of its reports
give, and a bombing whose day moves so onto the day of another bombing
stored at its place folds into the more reported of the two
(`fold_same_day_bombing`); the toll stays the lowest reported (SCHEMA.md's
conservative rule; once three reports give one, a figure only one gives
under half of the lowest that several give is left out as more often a
misreading, and once MANY_TOLLS give one, a figure under RARE_TOLL_SHARE
of them give is left out too), and
where reports disagree each report's toll is kept as a claim of the
incident (`toll_claims`), so the disagreement stays visible.

Two writers merging the same incident at the same moment: on PostgreSQL a
transaction-scoped advisory lock taken before the search serialises them
(`lock_incidents`); SQLite allows one writer at a time and a reader that
turns writer after another's commit is rolled back and retried whole
(Store.save), so the retry finds the other's row.
"""
from __future__ import annotations

import datetime
import math
from collections import Counter

from sqlalchemy import and_, delete, func, or_, select, text
from sqlalchemy.orm import Session

from rasd.datespan import span_iso as date_span
from rasd.geo import NEAR_ACROSS_REPORTS_KM, haversine_km
from rasd.model import Event
from rasd.store.schema import ActorRow, ArticleRow, ClaimRow, EventRow, EventSourceRow

NEAR_KM = NEAR_ACROSS_REPORTS_KM  # how it was chosen: rasd/geo.py
# degrees of latitude spanning NEAR_KM, for a cheap bounding box before the exact distance
_DEG = NEAR_KM / 111.0

GEO_PRECISION = {"country": 3, "region": 3, "continent": 3, "province": 2, "district": 2, "wadi": 2}

EXPLOSIONS = "Explosions/Remote violence"
BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
VAGUE = frozenset({"Attack", "Armed clash"})
SAME_SUB_TYPE_ONLY = frozenset({"Strategic developments", "Violence against civilians"})
# sub-type -> the sub-types it makes more precise
REFINES = {
    "Suicide bomb": BOMBINGS | VAGUE,
    "Remote explosive/landmine/IED": VAGUE,
    "Government regains territory": frozenset({"Armed clash"}),
    "Non-state actor overtakes territory": frozenset({"Armed clash"}),
}
DAY_SLACK = {sub: 1 for sub in BOMBINGS}   # also between a bombing and its vaguer telling
UNDATED_LOOKBACK_DAYS = 14
# kinds of actor that take part in fighting; two different ones contradict each other
# (a bare state, "تركيا", is mostly the speaker or the diplomatic party: its forces are "state force")
ARMED_KINDS = frozenset({"non-state armed group", "state force", "military", "police", "international force",
                         "unidentified", "militia", "rebel group"})
STATE_KINDS = frozenset({"state force", "military", "police", "government", "government body"})
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_ADVISORY_KEY = 0x52617364  # "Rasd": one lock for every incident merge


def _shift(day: str, days: int) -> str:
    try:
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return "0000" if days < 0 else "9999"


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def kinds_agree(new_type: str, new_sub: str, row_type: str, row_sub: str) -> bool:
    """Whether two reports' codes can name one incident (see the module docstring)."""
    if new_type == row_type:
        return new_type not in SAME_SUB_TYPE_ONLY or new_sub == row_sub
    return (new_sub in BOMBINGS and row_sub in VAGUE) or (new_sub in VAGUE and row_sub in BOMBINGS)


def _candidate_types(e: Event) -> list[str]:
    if e.sub_type in BOMBINGS:
        return [e.type, "Battles", "Violence against civilians"]
    if e.sub_type in VAGUE:
        return [e.type, EXPLOSIONS]
    return [e.type]


def _kind_of(s: Session, actor_id: str) -> tuple[str | None, str | None]:
    row = s.get(ActorRow, actor_id)
    return (row.kind, row.country) if row else (None, None)


def actors_agree(s: Session, stored: str | None, new: str | None) -> bool:
    if stored is None or new is None or stored == new:
        return True
    (k1, c1), (k2, c2) = _kind_of(s, stored), _kind_of(s, new)
    if k1 not in ARMED_KINDS or k2 not in ARMED_KINDS:
        return True
    return bool(c1 and c1 == c2 and k1 in STATE_KINDS and k2 in STATE_KINDS)


def lock_incidents(s: Session) -> None:
    """Serialise incident merging between writers of one PostgreSQL store (until the transaction ends)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})


def _near_place(q, e: Event):
    p = e.place
    if p.lat is not None:
        return q.where(or_(EventRow.place_id == p.id, and_(
            EventRow.lat.between(p.lat - _DEG, p.lat + _DEG),
            EventRow.lon.between(p.lon - _DEG * 2, p.lon + _DEG * 2))))
    return q.where(EventRow.place_id == p.id)


def _same_place(e: Event, row: EventRow) -> bool:
    p = e.place
    if row.place_id == p.id:
        return True
    if p.country and row.country and p.country != row.country:
        return False  # a border town and the town across it (Suruç, Kobani) are two places
    return (p.lat is not None and row.lat is not None
            and haversine_km((p.lat, p.lon), (row.lat, row.lon)) <= NEAR_KM)


def _dates_agree(e: Event, start: str, end: str, row: EventRow) -> bool:
    if row.date_start is None:
        return False
    if row.date_start <= end and row.date_end >= start:
        return True
    slack = max(DAY_SLACK.get(e.sub_type, 0), DAY_SLACK.get(row.sub_event_type, 0))
    if slack and e.date_precision == "day" and row.time_precision == "day":
        apart = _days_apart(e.date, row.event_date)
        return apart is not None and apart <= slack
    return False


def _date_window(e: Event, published: str | None) -> tuple[str, str] | None:
    """The (start, end) a stored incident's date must meet, widened by the slack; None: merge with nothing."""
    start, end = date_span(e.date, e.date_precision)
    if start is not None:
        slack = max(DAY_SLACK.values()) if e.sub_type in BOMBINGS | VAGUE else 0
        return _shift(start, -slack), _shift(end, slack)
    if published and geo_precision(e) == 1:
        return _shift(published[:10], -UNDATED_LOOKBACK_DAYS), published[:10]
    return None   # an undated mention of a country or a province names no one incident


def _one_bombing_that_day(e: Event, row: EventRow) -> bool:
    """Two bombings told at one place on the same day (give or take DAY_SLACK), or an undated bombing at a place
    and the one most reported there in the days before: one incident whoever each report blames, since papers
    quote each other's and officials' accusations; a town seldom sees two in a day.  An undated "attack" there
    (VAGUE: "أجبر هجوم سروج أنقرة على ...") is that bombing recalled, whoever the report's words make its sides."""
    if row.sub_event_type not in BOMBINGS or e.place.id != row.place_id:
        return False
    if e.date is None:
        # the candidates come most reported first (find_same_incident)
        return e.sub_type in BOMBINGS or e.sub_type in VAGUE
    if e.sub_type not in BOMBINGS:
        return False
    if e.date_precision != "day" or row.time_precision != "day":
        return False
    apart = _days_apart(e.date, row.event_date)
    return apart is not None and apart <= DAY_SLACK[e.sub_type]


def _matches(s: Session, e: Event, row: EventRow, actor1: str | None, actor2: str | None,
             published: str | None) -> bool:
    if not kinds_agree(e.type, e.sub_type, row.event_type, row.sub_event_type) or not _same_place(e, row):
        return False
    if published and row.date_start and row.date_start > published[:10]:
        return False  # an incident dated after this report was printed is not the one it tells
    start, end = date_span(e.date, e.date_precision)
    if start is not None and not _dates_agree(e, start, end, row):
        return False
    if _one_bombing_that_day(e, row):
        return True
    if not actors_agree(s, row.actor1_id, actor1):
        return False
    # the same named doer at one place and time: one incident, whoever each report says was hit
    return (actor1 is not None and actor1 == row.actor1_id) or actors_agree(s, row.actor2_id, actor2)


def find_same_incident(s: Session, e: Event, actor1: str | None, actor2: str | None,
                       published: str | None = None) -> EventRow | None:
    """The stored incident this report describes, if any (see the module docstring)."""
    p = e.place
    if p is None or (p.id is None and p.lat is None):
        return None
    if geo_precision(e) == GEO_PRECISION["country"] and e.sub_type in BOMBINGS:
        row = _the_bombing_in_the_country(s, e, published)
        if row is not None:
            return row
    window = _date_window(e, published)
    if window is None:
        return None
    lo, hi = window
    q = select(EventRow).where(
        EventRow.event_type.in_(_candidate_types(e)),
        EventRow.date_start <= hi, EventRow.date_end >= lo,
        # the same condition as a range the (type, date_start) indexes can read: no span is longer than a year
        EventRow.date_start >= _shift(lo, -366),
    )
    # the incident most reports are about, else the latest: a report that fits two copies joins the established one
    q = _near_place(q.order_by(EventRow.n_sources.desc(), EventRow.date_start.desc(), EventRow.id), e)
    for row in s.scalars(q.limit(50)):
        if _matches(s, e, row, actor1, actor2, published):
            return row
    return None


def _the_bombing_in_the_country(s: Session, e: Event, published: str | None) -> EventRow | None:
    """A bombing told at a country's level ("التفجير الذي استهدف مسجدا في الكويت"), on its day or undated: the one
    bombing stored in that country for that day (DAY_SLACK) or, undated, for the UNDATED_LOOKBACK_DAYS before
    the article; where the country saw several, it names none of them."""
    if e.sub_type not in BOMBINGS or not e.place.country:
        return None
    start, end = date_span(e.date, e.date_precision)
    if start is not None and e.date_precision == "day":
        lo, hi = _shift(start, -DAY_SLACK[e.sub_type]), _shift(end, DAY_SLACK[e.sub_type])
    elif start is None and published:
        lo, hi = _shift(published[:10], -UNDATED_LOOKBACK_DAYS), published[:10]
    else:
        return None
    q = select(EventRow).where(EventRow.sub_event_type.in_(BOMBINGS), EventRow.country == e.place.country,
                               EventRow.date_start <= hi, EventRow.date_end >= lo,
                               EventRow.date_start >= _shift(lo, -366))
    rows = list(s.scalars(q.order_by(EventRow.n_sources.desc(), EventRow.id).limit(2)))
    if len(rows) != 1 or (published and rows[0].date_start and rows[0].date_start > published[:10]):
        return None
    return rows[0]


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


def _refine_kind(row: EventRow, e: Event) -> None:
    if row.sub_event_type in REFINES.get(e.sub_type, ()):
        row.event_type, row.sub_event_type = e.type, e.sub_type


def _refine_actor(s: Session, stored: str | None, new: str | None) -> bool:
    """Whether the new report's actor should replace the stored one (an armed side for none or a non-armed one)."""
    if not new or new == stored:
        return False
    return stored is None or (_kind_of(s, stored)[0] not in ARMED_KINDS and _kind_of(s, new)[0] in ARMED_KINDS)


def _after_first_report(s: Session, row: EventRow, day: str | None) -> bool:
    """Whether `day` lies after the publication of the incident's earliest report (no incident is reported
    before it happens: such a date belongs to something else)."""
    first = s.scalar(select(func.min(ArticleRow.published)).join(
        EventSourceRow, EventSourceRow.article_id == ArticleRow.id).where(EventSourceRow.event_id == row.id))
    return bool(day and first and day > first[:10])


MANY_TOLLS = 10      # reports giving a toll, from which a rarely given figure is taken for a misreading
RARE_TOLL_SHARE = 0.05   # ... when under this share of them give it (and never fewer than two)


def _agreed_toll(s: Session, row: EventRow) -> int | None:
    """The lowest toll reported (SCHEMA.md's conservative rule), once three or more reports give one leaving out
    a figure only one of them gives that is under half of the lowest figure several give: a lone 1 or 4 beside
    tens of reports of 27 to 32 is more often a misreading than a report (two reports keep the lower).  Once
    MANY_TOLLS reports give one, the lowest of the figures at least RARE_TOLL_SHARE of them give: two papers'
    misreadings of one wire story ("قتل عصفورين بحجر واحد") are not a count."""
    tolls = Counter(t for t in s.scalars(select(EventSourceRow.fatalities).where(EventSourceRow.event_id == row.id))
                    if t is not None)
    if not tolls:
        return None
    total = sum(tolls.values())
    if total >= MANY_TOLLS:
        need = max(2, math.ceil(total * RARE_TOLL_SHARE))
        backed = [t for t, n in tolls.items() if n >= need]
        if backed:
            return min(backed)
    shared = [t for t, n in tolls.items() if n > 1]
    if not shared or total < 3:
        return min(tolls)
    return min(t for t, n in tolls.items() if n > 1 or 2 * t >= min(shared))


def _most_reported_date(s: Session, row: EventRow) -> str | None:
    """The day most of the incident's reports give (ties: the earliest)."""
    days = Counter(d for d in s.scalars(select(EventSourceRow.event_date).where(EventSourceRow.event_id == row.id))
                   if d and len(d) == 10)
    if not days:
        return None
    return min(days, key=lambda d: (-days[d], d))


def merge_report(s: Session, row: EventRow, e: Event, actor1: str | None, actor2: str | None) -> None:
    """Fold a further report (its source row already added) into a stored incident."""
    row.n_sources = (row.n_sources or 1) + 1
    row.search = f"{row.search or ''} {search_text(e.evidence.text)}"  # every report's words can be found
    if e.fatalities is not None:
        row.fatalities = _agreed_toll(s, row)
    _refine_kind(row, e)
    if _refine_actor(s, row.actor1_id, actor1):
        row.actor1_id, row.actor1 = actor1, e.actor1.label if e.actor1 else None
    if _refine_actor(s, row.actor2_id, actor2) and actor2 != row.actor1_id:
        row.actor2_id, row.actor2 = actor2, e.actor2.label if e.actor2 else None
    more_precise = _PRECISION_ORDER.get(e.date_precision, 4) < _PRECISION_ORDER.get(row.time_precision, 4)
    if e.date and more_precise and not _after_first_report(s, row, date_span(e.date, e.date_precision)[0]):
        row.event_date, row.time_precision = e.date, e.date_precision
        row.date_start, row.date_end = date_span(e.date, e.date_precision)
    elif row.time_precision == "day":
        day = _most_reported_date(s, row)
        if day and day != row.event_date and not _after_first_report(s, row, day):
            row.event_date = day
            row.date_start, row.date_end = date_span(day, "day")


def fold_same_day_bombing(s: Session, row: EventRow) -> EventRow:
    """A bombing whose day a later report moved (merge_report) may now stand beside another bombing stored at its
    place on that day, give or take DAY_SLACK: one incident (one bombing per place and day).  The less reported one folds into the more
    reported one, its sources, words and tolls with it; the row that remains is returned."""
    if row.sub_event_type not in BOMBINGS or row.time_precision != "day" or not row.place_id:
        return row
    slack = DAY_SLACK[row.sub_event_type]   # the same give and take as a report's (_one_bombing_that_day)
    other = s.scalars(select(EventRow).where(
        EventRow.id != row.id, EventRow.place_id == row.place_id, EventRow.time_precision == "day",
        EventRow.event_date >= _shift(row.event_date, -slack), EventRow.event_date <= _shift(row.event_date, slack),
        EventRow.sub_event_type.in_(BOMBINGS),
    ).order_by(EventRow.n_sources.desc(), EventRow.id)).first()
    if other is None:
        return row
    keep, gone = (other, row) if (other.n_sources or 1, -other.id) >= (row.n_sources or 1, -row.id) else (row, other)
    kept = {(a, start) for a, start in s.execute(select(EventSourceRow.article_id, EventSourceRow.evidence_start)
                                                 .where(EventSourceRow.event_id == keep.id))}
    for src in s.scalars(select(EventSourceRow).where(EventSourceRow.event_id == gone.id)):
        if (src.article_id, src.evidence_start) in kept:
            s.delete(src)
        else:
            src.event_id = keep.id
    s.execute(delete(ClaimRow).where(ClaimRow.group_key == f"event:{gone.id}|killed"))
    if gone.sub_event_type in REFINES and keep.sub_event_type in REFINES[gone.sub_event_type]:
        keep.sub_event_type = gone.sub_event_type   # the more specific telling wins
    keep.actor1_id, keep.actor1 = (keep.actor1_id, keep.actor1) if keep.actor1_id else (gone.actor1_id, gone.actor1)
    keep.search = f"{keep.search or ''} {gone.search or ''}"
    s.flush()
    s.delete(gone)
    s.flush()
    keep.n_sources = s.scalar(select(func.count()).select_from(EventSourceRow).where(EventSourceRow.event_id == keep.id))
    keep.fatalities = _agreed_toll(s, keep)
    toll_claims(s, keep)
    return keep


def toll_claims(s: Session, row: EventRow) -> None:
    """Where an incident's reports give different tolls, each report's toll as a claim of the incident,
    the newspaper that printed it as its source."""
    sources = [x for x in s.scalars(select(EventSourceRow).where(EventSourceRow.event_id == row.id))
               if x.fatalities is not None]
    if len({x.fatalities for x in sources}) < 2:
        return
    key = f"event:{row.id}|killed"
    have = {(c.article_id, c.evidence_start) for c in s.scalars(select(ClaimRow).where(ClaimRow.group_key == key))}
    for x in sources:
        if (x.article_id, x.evidence_start) in have:
            continue
        article = s.get(ArticleRow, x.article_id)
        outlet = article.outlet if article else None
        s.add(ClaimRow(article_id=x.article_id, quantity="killed", actor_id=None, actor=None, value=x.fatalities,
                       low=None, high=None, approx=False, place_id=row.place_id, place=row.location,
                       source=[{"name": outlet, "canonical": outlet, "actor_id": None}] if outlet else [],
                       evidence=x.evidence, evidence_start=x.evidence_start, evidence_end=x.evidence_end,
                       group_key=key))
