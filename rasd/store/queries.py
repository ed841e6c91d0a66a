"""The one query layer the CLI exports and the HTTP API share.

Every filter is a bound parameter (no SQL is built from user text).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (Date, Integer, Select, and_, cast, desc, func, literal_column, or_, select, text, union,
                        union_all)

from rasd.geo import haversine_km
from rasd.store.db import Store
from rasd.datespan import span_iso as date_span
from rasd.store.schema import (CELL_SQL, COUNT_LEVELS, NO_CELL, SPAN_SLACK_DAYS, ActorMentionRow, ActorRow,
                               ArticleRow, ClaimRow, EventCountRow, EventRow, EventSourceRow, FailureRow, MovementRow, PlaceMentionRow,
                               PlaceRow)

MAX_PAGE = 500
# unknown dates and tolls go last either way, on SQLite and PostgreSQL alike (their defaults differ)
SORTS = {
    "date": (EventRow.date_start.asc().nulls_last(), EventRow.id.asc()),
    "-date": (EventRow.date_start.desc().nulls_last(), EventRow.id.desc()),
    "fatalities": (EventRow.fatalities.asc().nulls_last(), EventRow.id.asc()),
    "-fatalities": (EventRow.fatalities.desc().nulls_last(), EventRow.id.desc()),
    "id": (EventRow.id.asc(),),
    "-id": (EventRow.id.desc(),),
}


@dataclass
class EventFilter:
    bbox: tuple[float, float, float, float] | None = None   # min_lon, min_lat, max_lon, max_lat
    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None          # actor id, canonical or Arabic name (exact), either side
    country: str | None = None
    place: str | None = None          # place id or Arabic/English name (exact)
    q: str | None = None              # free text over evidence and notes
    article: str | None = None
    outlet: str | None = None         # events reported by an article of this outlet
    min_sources: int | None = None    # events reported by at least this many articles
    fatal: bool | None = None         # True: a toll above zero; False: none or unknown
    named_actor: bool | None = None   # True: a named actor on either side; False: none
    limit: int = 100
    offset: int = 0
    sort: str = "-date"


# ASCII digits only (\d would admit other scripts' digits); the calendar itself is checked in period_bounds
# the year 0000 does not exist (the OpenAPI pattern must not offer it): 0001-9999
PERIOD_PATTERN = (r"^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
                  r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
INTERVALS = ("month", "week", "year", "day")
# the filters an analyst of a feed turns on and off (issue 17); /api/filters/shares says what each keeps
ANALYST_FILTERS = ("event_type", "sub_event_type", "actor", "country", "place", "q", "article", "outlet",
                   "min_sources", "fatal", "named_actor", "date_from", "date_to")


def period_bounds(text: str) -> tuple[str, str]:
    """The first and last day of an ISO year, month or day ("2016" -> 2016-01-01, 2016-12-31).

    Raises ValueError for anything else, so that a caller can tell the user what is wrong.
    """
    if not re.fullmatch(PERIOD_PATTERN, text or ""):
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(x) for x in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date: {exc}") from None
    if parts[0] < 1:
        raise ValueError(f"{text!r} is not a date: the year must be 0001 or later")
    start, end = date_span(text)
    return start, end


def _period_or_raw(text: str, side: int) -> str:
    # the CLI passes dates through unchecked: compare malformed ones as given rather than fail
    try:
        return period_bounds(text)[side]
    except ValueError:
        return text


LONGEST_SPAN_DAYS = 366   # a date at year precision covers at most 366 days


def _days_before(day: str, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(day) - dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return None


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _apply(q: Select, f: EventFilter) -> Select:
    conds = _conditions(f)
    return q.where(and_(*conds)) if conds else q


def _conditions(f: EventFilter) -> list:
    """The SQL conditions an event must meet to match `f` (bound parameters only)."""
    conds = []
    if f.bbox is not None:
        w, s, e, n = f.bbox
        conds += [EventRow.lon >= w, EventRow.lon <= e, EventRow.lat >= s, EventRow.lat <= n]
    # an event counts when the span its date denotes overlaps the requested period
    if f.date_from:
        first_day = _period_or_raw(f.date_from, 0)
        conds.append(EventRow.date_end >= first_day)
        # the same condition on date_start, which the (event_type, date_start) index can range over:
        # no event's date spans more than a year (the coarsest precision), so none starting earlier qualifies
        earliest_start = _days_before(first_day, LONGEST_SPAN_DAYS)
        if earliest_start:
            conds.append(EventRow.date_start >= earliest_start)
    if f.date_to:
        conds.append(EventRow.date_start <= _period_or_raw(f.date_to, 1))
    if f.event_type:
        conds.append(EventRow.event_type == f.event_type)
    if f.sub_event_type:
        conds.append(EventRow.sub_event_type == f.sub_event_type)
    if f.country:
        conds.append(EventRow.country == f.country.upper())
    if f.actor:
        conds.append(or_(EventRow.actor1_id == f.actor, EventRow.actor2_id == f.actor,
                         EventRow.actor1 == f.actor, EventRow.actor2 == f.actor))
    if f.place:
        conds.append(or_(EventRow.place_id == f.place, EventRow.location == f.place, EventRow.location_en == f.place))
    if f.q:
        pat = _like(f.q)
        from rasd.store.dedup import search_text

        # the query in the same matching form, its "%" and "_" kept as literal characters
        import re

        literal = "".join(p if p in ("%", "_") else search_text(p) for p in re.split(r"([%_])", f.q))
        conds.append(or_(EventRow.search.like(_like(literal), escape="\\"),
                         EventRow.evidence.like(pat, escape="\\"), EventRow.notes.like(pat, escape="\\"),
                         EventRow.location.like(pat, escape="\\"), EventRow.location_en.like(pat, escape="\\")))
    if f.article:
        conds.append(EventRow.id.in_(select(EventSourceRow.event_id).where(EventSourceRow.article_id == f.article)))
    return conds + _feed_conditions(f)


def _feed_conditions(f: EventFilter) -> list:
    """The conditions of the filters an analyst of a feed needs: outlet, sources, toll, named actor."""
    conds = []
    if f.outlet:
        conds.append(EventRow.id.in_(select(EventSourceRow.event_id).join(
            ArticleRow, ArticleRow.id == EventSourceRow.article_id).where(ArticleRow.outlet == f.outlet)))
    if f.min_sources is not None and f.min_sources > 1:
        conds.append(EventRow.n_sources >= int(f.min_sources))
    if f.fatal is not None:
        conds.append(EventRow.fatalities > 0 if f.fatal else or_(EventRow.fatalities.is_(None),
                                                                   EventRow.fatalities <= 0))
    if f.named_actor is not None:
        named = or_(EventRow.actor1.is_not(None), EventRow.actor2.is_not(None))
        conds.append(named if f.named_actor else ~named)
    return conds


def event_dict(r: EventRow) -> dict[str, Any]:
    return {
        "id": r.id, "event_date": r.event_date, "time_precision": r.time_precision,
        "event_type": r.event_type, "sub_event_type": r.sub_event_type,
        "actor1": r.actor1, "actor1_id": r.actor1_id, "actor2": r.actor2, "actor2_id": r.actor2_id,
        "country": r.country, "admin1": r.admin1, "location": r.location, "location_en": r.location_en,
        "place_id": r.place_id, "latitude": r.lat, "longitude": r.lon, "geo_precision": r.geo_precision,
        "fatalities": r.fatalities, "notes": r.notes, "evidence": r.evidence, "n_sources": r.n_sources,
    }


def events(store: Store, f: EventFilter) -> tuple[int, list[dict[str, Any]]]:
    limit = max(1, min(int(f.limit), MAX_PAGE))
    offset = max(0, int(f.offset))
    sort = f.sort if f.sort in SORTS else "-date"
    conds = _conditions(f)
    by_span = _by_span(f)
    with store.Session() as s:
        total = _total(s, store, f, conds)
        # plain rows, not ORM objects: a page is read, never changed (event_dict reads either)
        columns = EventRow.__table__.columns
        if by_span and sort in ("date", "-date"):
            page = _page_by_span(store, f, conds, sort, limit, offset)
        else:
            page = select(*columns).where(*conds).order_by(*SORTS[sort]).limit(limit).offset(offset)
        return int(total or 0), [event_dict(r) for r in s.execute(page).all()]


def _total(s, store: Store, f: EventFilter, conds: list) -> int:
    """How many events match `f` (`conds` are its conditions), by the cheapest path that answers exactly."""
    if _counted(f):
        return sum(n for n, _ in _counted_bins(s, store, f, "m").values())
    if _by_span(f):
        pieces = _cell_pieces(store, f, conds)
        if pieces is None:
            pieces = _span_branches(f, conds, lambda: select(func.count().label("n")))
        counts = pieces.subquery()
        return int(s.scalar(select(func.coalesce(func.sum(counts.c.n), 0))) or 0)
    return int(s.scalar(select(func.count(EventRow.id)).where(*conds)) or 0)


# --- answers at a million events ------------------------------------------------------------------------
# The paths below give exactly what the straightforward queries above give (tests/test_api.py and
# tests/test_postgres.py compare them on real stores); they only read less.

def _counted(f: EventFilter) -> bool:
    """True when event_counts can answer `f`: a box, a type and a country, nothing else."""
    return not (f.sub_event_type or f.actor or f.place or f.q or f.article or f.date_from or f.date_to
                or _feed_conditions(f))


def _by_span(f: EventFilter) -> bool:
    """True when a type + period filter can be read from the (type, date_start) indexes, spans apart."""
    if not (f.event_type and f.date_from):
        return False
    try:
        period_bounds(f.date_from)
        if f.date_to:
            period_bounds(f.date_to)
    except ValueError:
        return False   # the CLI's unchecked dates keep the plain query
    return True


def _span_branches(f: EventFilter, conds: list, columns):
    """UNION ALL of `columns()` over the events matching `conds` (those of `f`), in three disjoint parts.

    The events that start in the period, from one range of the (type, date_start) index; and those that
    start before it and last into it, which are multi-day spans: from the partial indexes of spans within
    a month (started at most 30 days before) and across months (at most a year before).  One range
    reaching a year back for all would read a year of one-day events for nothing.  The whole filter stays
    on every part, so the answer is the plain query's.
    """
    first_day = period_bounds(f.date_from)[0]
    return union_all(columns().where(*conds, EventRow.date_start >= first_day), *_earlier_spans(f, conds, columns))


def _earlier_spans(f: EventFilter, conds: list, columns) -> list:
    """`columns()` over the events matching `conds` that began before f's period: the two kinds of spans."""
    first_day = period_bounds(f.date_from)[0]
    branches = []
    for spans, slack in SPAN_SLACK_DAYS.items():
        q = columns().where(*conds, text(spans), EventRow.date_start < first_day)
        earliest = _days_before(first_day, slack)
        if earliest:
            q = q.where(EventRow.date_start >= earliest)
        branches.append(q)
    return branches


MAX_COUNTED_CELLS = 400   # a box over more one-degree cells holds most events of its period: read them in date order


def _whole_months(first_day: str, last_day: str | None) -> tuple[str, str | None] | None:
    """The whole months of [first_day, last_day]: (the first one's first day, the first day after the last one,
    None when the period has no end); None when there is none.  Raises ValueError or OverflowError in 9999."""
    lo = dt.date.fromisoformat(first_day)
    start = lo if lo.day == 1 else dt.date(lo.year + lo.month // 12, lo.month % 12 + 1, 1)
    if last_day is None:
        return start.isoformat(), None
    end = (dt.date.fromisoformat(last_day) + dt.timedelta(days=1)).replace(day=1)
    return (start.isoformat(), end.isoformat()) if start < end else None


def _span(lo: int, hi: int) -> list[int]:
    return list(range(lo, hi + 1))


def _edge_cells(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int]) -> list[tuple[list, list]]:
    """The cells of `outer` outside `inner` as (columns, rows) pairs: the columns left and right of it, whole;
    then the rows above and below it."""
    x0, x1, y0, y1 = outer
    ix0, ix1, iy0, iy1 = inner
    sides = [(_span(x0, ix0 - 1) + _span(ix1 + 1, x1), _span(y0, y1)),
             (_span(ix0, ix1), _span(y0, iy0 - 1) + _span(iy1 + 1, y1))]
    return [(xs, ys) for xs, ys in sides if xs and ys]


def _cells_touched(f: EventFilter) -> tuple[int, int, int, int] | None:
    """The one-degree cells a box + type + period (+ country) filter's box touches: x0, x1, y0, y1 (inclusive);
    None for another filter, or a box over more than MAX_COUNTED_CELLS."""
    if not (f.bbox and f.event_type and _by_span(f)) or f.sub_event_type or f.actor or f.place or f.q or f.article \
            or _feed_conditions(f):
        return None
    w, s, e, n = f.bbox
    x0, x1, y0, y1 = math.floor(w), math.floor(e), math.floor(s), math.floor(n)
    return (x0, x1, y0, y1) if (x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_COUNTED_CELLS else None


def _cell_pieces(store: Store, f: EventFilter, conds: list):
    """UNION ALL of counts ("n") that add up to the matches of a box + type + period filter, read cell by cell.

    The box's one-degree cells (ix_events_type_cell, revision 0006): the cells wholly inside it take the
    period's whole months from event_counts; the cells on its edges, and every cell for the days before
    and after those months, are read from the events with the box's own bounds.  The spans that began
    before the period come from their partial indexes, as for a page.  None when the filter is not of
    that kind, or the box so large that reading the period in date order costs no more.  An event counted
    by the month of its first day overlaps the period as its span ends on or after it (date_end >= date_start).
    """
    outer = _cells_touched(f)
    if outer is None:
        return None
    first_day = period_bounds(f.date_from)[0]
    last_day = period_bounds(f.date_to)[1] if f.date_to else None
    try:
        months = _whole_months(first_day, last_day)
    except (ValueError, OverflowError):   # the period ends with the calendar (9999): read it in date order
        return None
    cx, cy = (literal_column(CELL_SQL[store.dialect].format(c=c)) for c in ("lon", "lat"))
    # one bound on each side of date_start: SQLite ranges an index over one of several, not the tightest
    where = _conditions(EventFilter(bbox=f.bbox, event_type=f.event_type, country=f.country)) + [
        EventRow.date_end >= first_day]

    def events_in(xs, ys, since, until=None):
        bounds = [EventRow.date_start >= since] + ([EventRow.date_start <= until] if until else [])
        return select(func.count().label("n")).where(*where, *bounds, cx.in_(xs), cy.in_(ys))

    everywhere = (_span(outer[0], outer[1]), _span(outer[2], outer[3]))
    inner = _cells(f.bbox, 0)
    earlier = _earlier_spans(f, conds, lambda: select(func.count().label("n")))
    if months is None or inner[0] > inner[1] or inner[2] > inner[3]:
        return union_all(events_in(*everywhere, first_day, last_day), *earlier)
    start, end = months
    pieces = [_counted_months(f, inner, start, end)]
    pieces += [events_in(xs, ys, start, end and _days_before(end, 1)) for xs, ys in _edge_cells(outer, inner)]
    if start > first_day:
        pieces.append(events_in(*everywhere, first_day, _days_before(start, 1)))
    if end is not None and end <= last_day:
        pieces.append(events_in(*everywhere, end, last_day))
    return union_all(*pieces, *earlier)


def _counted_months(f: EventFilter, cells: tuple[int, int, int, int], start: str, end: str | None):
    """From event_counts: the events of f's type (and country) in these one-degree cells, months [start, end)."""
    x0, x1, y0, y1 = cells
    # the key's period follows the cell: each cell is looked up (an IN list, not a range), its months ranged
    q = select(func.coalesce(func.sum(EventCountRow.events), 0).label("n")).where(
        EventCountRow.level == 0, EventCountRow.kind == "m", EventCountRow.event_type == f.event_type,
        EventCountRow.cx.in_(_span(x0, x1)), EventCountRow.cy.in_(_span(y0, y1)), EventCountRow.period >= start[:7])
    if end is not None:
        q = q.where(EventCountRow.period < end[:7])
    if f.country:
        q = q.where(EventCountRow.country == f.country.upper())
    return q


def _page_by_span(store: Store, f: EventFilter, conds: list, sort: str, limit: int, offset: int):
    """One page in date order from the three parts' index ranges (dated events only here).

    SQLite merges the parts, each read in index order, and stops at the page's end (told to take each
    part's first rows, it would sort all of them).  PostgreSQL would sort every match of the plain
    UNION ALL: there each part gives its first limit + offset rows in index order, and only those are
    sorted.
    """
    def ordered(q, table):
        by = (table.c.date_start, table.c.id)
        return q.order_by(*(desc(c) for c in by) if sort == "-date" else by)

    branches = _span_branches(f, conds, lambda: select(*EventRow.__table__.columns))
    if store.dialect == "sqlite":
        return ordered(branches, branches.subquery()).limit(limit).offset(offset)
    firsts = [select(*ordered(b, EventRow.__table__).limit(limit + offset).subquery().c) for b in branches.selects]
    merged = union_all(*firsts).subquery()
    return ordered(select(*merged.c), merged).limit(limit).offset(offset)


def _cells(box: tuple[float, float, float, float], level: int) -> tuple[int, int, int, int]:
    """The cells of grid `level` lying wholly inside the box: x0, x1, y0, y1 (inclusive; none when x0 > x1)."""
    w, s, e, n = box
    m = 2 ** level   # multiplying by a power of two is exact, so these agree with the triggers' floor()
    return math.ceil(w * m), math.floor(e * m) - 1, math.ceil(s * m), math.floor(n * m) - 1


def _ring(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int] | None):
    """`outer` minus `inner` (cell rectangles of one grid) as up to four rectangles."""
    x0, x1, y0, y1 = outer
    if x0 > x1 or y0 > y1:
        return []
    if inner is None or inner[0] > inner[1] or inner[2] > inner[3]:
        return [outer]
    ix0, ix1, iy0, iy1 = inner
    parts = [(x0, ix0 - 1, y0, y1), (ix1 + 1, x1, y0, y1), (ix0, ix1, y0, iy0 - 1), (ix0, ix1, iy1 + 1, y1)]
    return [p for p in parts if p[0] <= p[1] and p[2] <= p[3]]


def _box_pieces(box: tuple[float, float, float, float]):
    """Cover the box exactly once: cell rectangles per grid level, and the strips along its edges.

    Returns ([(level, (x0, x1, y0, y1)), ...], [(lon range, lat range, narrow side), ...]): each level
    takes the cells wholly inside the box that the coarser level did not take; the strips (between the
    finest cells and the box's edges) are read from the events.  A range is (low, high, high included).
    """
    rects, inner, level_before = [], None, None
    for level in sorted(COUNT_LEVELS):
        cells = _cells(box, level)
        if inner is not None:
            r = 2 ** (level - level_before)
            inner = (inner[0] * r, inner[1] * r + r - 1, inner[2] * r, inner[3] * r + r - 1)
        rects += [(level, rect) for rect in _ring(cells, inner)]
        inner, level_before = cells, level
    w, s, e, n = box
    x0, x1, y0, y1 = inner
    if x0 > x1 or y0 > y1:   # no cell wholly inside: the whole box is read from the events
        return rects, [((w, e, True), (s, n, True), "lon" if e - w <= n - s else "lat")]
    m = 2 ** level_before
    lo_x, hi_x, lo_y, hi_y = x0 / m, (x1 + 1) / m, y0 / m, (y1 + 1) / m   # the cells cover [lo, hi) exactly
    strips = [((w, lo_x, False), (s, n, True), "lon"), ((hi_x, e, True), (s, n, True), "lon"),
              ((lo_x, hi_x, False), (s, lo_y, False), "lat"), ((lo_x, hi_x, False), (hi_y, n, True), "lat")]
    return rects, strips


def _strip_conditions(f: EventFilter, lon: tuple, lat: tuple, lead: str) -> list:
    """A strip [lo, hi] (or [lo, hi)) of longitudes x latitudes, read along `lead` (its narrow side).

    The other columns are written as `col + 0` (or `col || ''`), which no index can serve: otherwise a
    planner without statistics on values (SQLite) may read a wide band of the other coordinate, or every
    event of the type, instead of the narrow strip.
    """
    def plain(col, name):
        return col if name == lead else (col.concat("") if name in ("type", "country") else col + 0)

    conds = []
    for col, name, (lo, hi, closed) in ((EventRow.lon, "lon", lon), (EventRow.lat, "lat", lat)):
        c = plain(col, name)
        conds += [c >= lo, c <= hi if closed else c < hi]
    if f.event_type:
        conds.append(plain(EventRow.event_type, "type") == f.event_type)
    if f.country:
        conds.append(plain(EventRow.country, "country") == f.country.upper())
    return conds


def _counted_bins(s, store: Store, f: EventFilter, kind: str) -> dict[str, list[int]]:
    """{period: [events, fatalities]} for a box/type/country filter, from event_counts (+ the box's edges).

    kind "m": per month of date_start, undated events under ""; "w": per week (Monday), dated events only.
    """
    bins: dict[str, list[int]] = {}

    def add(rows) -> None:
        for period, n, fat in rows:
            b = bins.setdefault(period or "", [0, 0])
            b[0] += int(n)
            b[1] += int(fat or 0)

    counts = select(EventCountRow.period, func.sum(EventCountRow.events), func.sum(EventCountRow.fatalities)).where(
        EventCountRow.kind == kind)
    if f.country:
        counts = counts.where(EventCountRow.country == f.country.upper())
    if f.bbox is None:
        if f.event_type:
            counts = counts.where(EventCountRow.event_type == f.event_type)
        add(s.execute(counts.where(EventCountRow.level == min(COUNT_LEVELS)).group_by(EventCountRow.period)))
        return bins
    # the key leads with the type: name every type so that the cells can be looked up directly
    types = [f.event_type] if f.event_type else list(s.scalars(
        select(EventCountRow.event_type).distinct().where(EventCountRow.level == min(COUNT_LEVELS),
                                                          EventCountRow.kind == "m")))
    rects, strips = _box_pieces(f.bbox)
    pieces = [counts.where(EventCountRow.level == level, EventCountRow.event_type.in_(types),
                           EventCountRow.cx.in_(list(range(x0, x1 + 1))), EventCountRow.cy.between(y0, y1))
              .group_by(EventCountRow.period) for level, (x0, x1, y0, y1) in rects]
    key = _period_key(store, "week" if kind == "w" else "month")
    for lon, lat, lead in strips:
        q = select(key, func.count(), func.sum(EventRow.fatalities)).where(   # count(): the index alone answers
            *_strip_conditions(f, lon, lat, lead))
        if kind == "w":
            q = q.where(EventRow.date_start.is_not(None))
        pieces.append(q.group_by(key))
    add(s.execute(union_all(*pieces) if len(pieces) > 1 else pieces[0]))   # one round trip for all pieces
    return bins


def iter_events(store: Store, f: EventFilter, batch: int = 1000):
    """Every event matching `f` (for exports), in id order."""
    last = 0
    with store.Session() as s:
        while True:
            rows = s.scalars(_apply(select(EventRow), f).where(EventRow.id > last)
                             .order_by(EventRow.id).limit(batch)).all()
            if not rows:
                return
            for r in rows:
                yield r, [_source_dict(x, s) for x in r.sources]
            last = rows[-1].id


def _source_dict(src: EventSourceRow, s) -> dict[str, Any]:
    art = s.get(ArticleRow, src.article_id)
    return {"article_id": src.article_id, "url": art.url if art else None, "outlet": art.outlet if art else None,
            "published": art.published if art else None, "title": art.title if art else None,
            "evidence": src.evidence, "evidence_start": src.evidence_start, "evidence_end": src.evidence_end,
            "trigger_start": src.trigger_start, "trigger_end": src.trigger_end,
            "fatalities": src.fatalities, "event_date": src.event_date}


def event_detail(store: Store, event_id: int) -> dict[str, Any] | None:
    with store.Session() as s:
        r = s.get(EventRow, event_id)
        if r is None:
            return None
        d = event_dict(r)
        d["sources"] = [_source_dict(x, s) for x in r.sources]
        return d


def _period_key(store: Store, interval: str):
    """SQL for the bucket an event's first day falls in: YYYY, YYYY-MM, or the ISO week's Monday."""
    if interval == "year":
        return func.substr(EventRow.date_start, 1, 4)
    if interval == "month":
        return func.substr(EventRow.date_start, 1, 7)
    if interval == "day":
        return EventRow.date_start
    if interval != "week":
        raise ValueError(f"unknown interval {interval!r}: choose one of {', '.join(INTERVALS)}")
    if store.dialect == "postgresql":
        return func.to_char(func.date_trunc("week", cast(EventRow.date_start, Date)), "YYYY-MM-DD")
    # SQLite: back six days, then forward to the next Monday (the same day when it is one)
    return func.date(EventRow.date_start, "-6 days", "weekday 1")


def timeline(store: Store, f: EventFilter, interval: str = "month") -> list[dict[str, Any]]:
    """Event and fatality counts per period for the events matching `f` (dated events only)."""
    key = _period_key(store, interval).label("period")
    if _counted(f) and interval != "day":
        with store.Session() as s:
            bins = _counted_bins(s, store, f, "w" if interval == "week" else "m")
        bins.pop("", None)
        if interval == "year":
            years: dict[str, list[int]] = {}
            for period, (n, fat) in bins.items():
                y = years.setdefault(period[:4], [0, 0])
                y[0] += n
                y[1] += fat
            bins = years
        return [{"period": p, "events": n, "fatalities": fat} for p, (n, fat) in sorted(bins.items()) if n]
    with store.Session() as s:
        rows = s.execute(_apply(select(key, func.count(EventRow.id), func.coalesce(func.sum(EventRow.fatalities), 0))
                                .where(EventRow.date_start.is_not(None)), f).group_by(key).order_by(key)).all()
    return [{"period": p, "events": c, "fatalities": int(fat)} for p, c, fat in rows]


def places(store: Store, q: str | None = None, limit: int = 200, offset: int = 0,
           country: str | None = None) -> list[dict[str, Any]]:
    limit = max(1, min(limit, MAX_PAGE))
    with store.Session() as s:
        cnt = func.count(PlaceMentionRow.id)
        stmt = (select(PlaceRow, cnt, func.count(func.distinct(PlaceMentionRow.article_id)))
                .join(PlaceMentionRow, PlaceMentionRow.place_id == PlaceRow.id, isouter=True)
                .group_by(PlaceRow.id).order_by(cnt.desc(), PlaceRow.id).limit(limit).offset(max(0, offset)))
        if q:
            pat = _like(q)
            stmt = stmt.where(or_(PlaceRow.name.like(pat, escape="\\"), PlaceRow.name_en.like(pat, escape="\\")))
        if country:
            stmt = stmt.where(PlaceRow.country == country.upper())
        rows = s.execute(stmt).all()
        ids = [p.id for p, _, _ in rows]
        n_events = dict(s.execute(select(EventRow.place_id, func.count(EventRow.id))
                                  .where(EventRow.place_id.in_(ids)).group_by(EventRow.place_id)).all()) if ids else {}
        out = []
        for p, n, arts in rows:
            out.append({"id": p.id, "name": p.name, "name_en": p.name_en, "country": p.country, "admin1": p.admin1,
                        "lat": p.lat, "lon": p.lon, "kind": p.kind, "source": p.source,
                        "aliases": p.aliases or [], "mentions": n, "articles": arts,
                        "events": n_events.get(p.id, 0)})
        return out


def actors(store: Store, q: str | None = None, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    limit = max(1, min(limit, MAX_PAGE))
    with store.Session() as s:
        cnt = func.count(ActorMentionRow.id)
        stmt = (select(ActorRow, cnt, func.count(func.distinct(ActorMentionRow.article_id)))
                .join(ActorMentionRow, ActorMentionRow.actor_id == ActorRow.id, isouter=True)
                .group_by(ActorRow.id).order_by(cnt.desc(), ActorRow.id).limit(limit).offset(max(0, offset)))
        if q:
            pat = _like(q)
            stmt = stmt.where(or_(ActorRow.name.like(pat, escape="\\"), ActorRow.canonical.like(pat, escape="\\")))
        rows = s.execute(stmt).all()
        n_events = _events_per_actor(s, [a.id for a, _, _ in rows])
        return [{"id": a.id, "name": a.name, "canonical": a.canonical, "kind": a.kind, "country": a.country,
                 "aliases": a.aliases or [], "mentions": n, "articles": arts,
                 "events": n_events.get(a.id, 0)} for a, n, arts in rows]


def _events_per_actor(s, actor_ids: list[str]) -> dict[str, int]:
    """Events each actor takes part in, on either side (an event with it on both sides counts once)."""
    if not actor_ids:
        return {}
    sides = union(select(EventRow.id.label("event_id"), EventRow.actor1_id.label("actor_id"))
                  .where(EventRow.actor1_id.in_(actor_ids)),
                  select(EventRow.id, EventRow.actor2_id).where(EventRow.actor2_id.in_(actor_ids))).subquery()
    return dict(s.execute(select(sides.c.actor_id, func.count()).group_by(sides.c.actor_id)).all())


def movements(store: Store, actor: str | None = None, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    limit = max(1, min(limit, MAX_PAGE))
    with store.Session() as s:
        stmt = select(MovementRow).order_by(MovementRow.id).limit(limit).offset(max(0, offset))
        if actor:
            stmt = stmt.where(or_(MovementRow.actor_id == actor, MovementRow.actor == actor))
        return [{"id": m.id, "article_id": m.article_id, "actor": m.actor, "actor_id": m.actor_id, "path": m.path,
                 "evidence": m.evidence, "evidence_start": m.evidence_start, "evidence_end": m.evidence_end}
                for m in s.scalars(stmt).all()]


def claim_dict(c: ClaimRow, art: ArticleRow | None) -> dict[str, Any]:
    return {"id": c.id, "article_id": c.article_id, "quantity": c.quantity, "actor": c.actor,
            "actor_id": c.actor_id, "value": c.value, "low": c.low, "high": c.high, "approx": c.approx,
            "place": c.place, "source": c.source, "evidence": c.evidence, "evidence_start": c.evidence_start,
            "evidence_end": c.evidence_end, "published": art.published if art else None,
            "outlet": art.outlet if art else None, "url": art.url if art else None}


def claims_grouped(store: Store, quantity: str | None = None, actor: str | None = None,
                   limit: int = 200) -> list[dict[str, Any]]:
    """Claims grouped by (actor, quantity): competing figures side by side."""
    with store.Session() as s:
        stmt = select(ClaimRow, ArticleRow).join(ArticleRow, ArticleRow.id == ClaimRow.article_id).order_by(ClaimRow.id)
        if quantity:
            stmt = stmt.where(ClaimRow.quantity == quantity)
        if actor:
            stmt = stmt.where(or_(ClaimRow.actor_id == actor, ClaimRow.actor == actor))
        groups: dict[str, dict[str, Any]] = {}
        for c, art in s.execute(stmt.limit(max(1, min(limit, MAX_PAGE)) * 20)).all():
            g = groups.setdefault(c.group_key, {"actor": c.actor, "actor_id": c.actor_id, "quantity": c.quantity,
                                                "claims": []})
            g["claims"].append(claim_dict(c, art))
        out = sorted(groups.values(), key=lambda g: (-len(g["claims"]), g["actor"] or "", g["quantity"]))
        return out[:limit]


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    with store.Session() as s:
        a = s.get(ArticleRow, article_id)
        if a is None:
            return None
        spans = []
        for m in s.scalars(select(PlaceMentionRow).where(PlaceMentionRow.article_id == article_id)):
            spans.append({"kind": "place", "start": m.start, "end": m.end, "id": m.place_id, "text": m.name})
        for m in s.scalars(select(ActorMentionRow).where(ActorMentionRow.article_id == article_id)):
            spans.append({"kind": "actor", "start": m.start, "end": m.end, "id": m.actor_id, "text": m.name})
        for src in s.scalars(select(EventSourceRow).where(EventSourceRow.article_id == article_id)):
            spans.append({"kind": "event", "start": src.evidence_start, "end": src.evidence_end, "id": src.event_id,
                          "trigger_start": src.trigger_start, "trigger_end": src.trigger_end})
        for c in s.scalars(select(ClaimRow).where(ClaimRow.article_id == article_id)):
            spans.append({"kind": "claim", "start": c.evidence_start, "end": c.evidence_end, "id": c.id})
        for m in s.scalars(select(MovementRow).where(MovementRow.article_id == article_id)):
            spans.append({"kind": "movement", "start": m.evidence_start, "end": m.evidence_end, "id": m.id})
        spans.sort(key=lambda x: (x["start"], -x["end"]))
        return {"id": a.id, "url": a.url, "outlet": a.outlet, "published": a.published, "title": a.title,
                "language": a.language, "text": a.text, "spans": spans}


def list_articles(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    with store.Session() as s:
        rows = s.scalars(select(ArticleRow).order_by(ArticleRow.ingested_at.desc(), ArticleRow.id)
                         .limit(max(1, min(limit, MAX_PAGE))).offset(max(0, offset))).all()
        return [{"id": a.id, "url": a.url, "outlet": a.outlet, "published": a.published, "title": a.title,
                 "chars": len(a.text)} for a in rows]


def summary(store: Store, with_types: bool = True) -> dict[str, Any]:
    """Rows per table; with `with_types`, events per type and sub-type too (by_type)."""
    with store.Session() as s:
        def n(model) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        by_type = s.execute(select(EventRow.event_type, EventRow.sub_event_type, func.count(EventRow.id))
                            .group_by(EventRow.event_type, EventRow.sub_event_type)
                            .order_by(func.count(EventRow.id).desc())).all() if with_types else []
        return {"articles": n(ArticleRow), "events": n(EventRow), "places": n(PlaceRow), "actors": n(ActorRow),
                "movements": n(MovementRow), "claims": n(ClaimRow), "failures": n(FailureRow),
                "by_type": [((t, st), c) for t, st, c in by_type]}


def facets(store: Store) -> dict[str, Any]:
    """The values the page's filters offer, with event counts."""
    with store.Session() as s:
        n = func.count(EventRow.id)
        types = s.execute(select(EventRow.event_type, EventRow.sub_event_type, n)
                          .group_by(EventRow.event_type, EventRow.sub_event_type)
                          .order_by(EventRow.event_type, EventRow.sub_event_type)).all()
        countries = s.execute(select(EventRow.country, n).where(EventRow.country.is_not(None))
                              .group_by(EventRow.country).order_by(n.desc(), EventRow.country)).all()
        first, last = s.execute(select(func.min(EventRow.date_start), func.max(EventRow.date_end))).one()
    return {"event_types": [{"event_type": t, "sub_event_type": st, "events": c} for t, st, c in types],
            "countries": [{"country": cc, "events": c} for cc, c in countries],
            "date_range": {"first": first, "last": last}}


def list_failures(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    with store.Session() as s:
        rows = s.scalars(select(FailureRow).order_by(FailureRow.id.desc()).limit(limit)).all()
        return [{"at": r.at, "source": r.source, "reason": r.reason} for r in rows]


# --- the analyst's page at the scale of a feed (issue 17) ------------------------------------------------

# A grid cell of the map is 1/CELLS_PER_TILE of a 256-pixel map tile at the page's zoom: about 43 pixels,
# so a 1400 x 900 view holds about 700 cells.  MAX_MAP_CELLS bounds the grid whatever zoom a caller asks for.
CELLS_PER_TILE = 6
MAX_MAP_CELLS = 4000
MAX_MAP_ZOOM = 22
DETAIL_CHUNK = 500      # ids per IN (...) when the lone events of the cells are read


def map_cell_size(zoom: float, bbox: tuple[float, float, float, float] | None) -> float:
    """Degrees per side of the map's grid cells at `zoom`, coarsened so that the box holds at most MAX_MAP_CELLS."""
    z = max(0.0, min(float(zoom), MAX_MAP_ZOOM))
    size = 360.0 / (2 ** math.floor(z) * CELLS_PER_TILE)
    w, s, e, n = bbox if bbox is not None else (-180.0, -90.0, 180.0, 90.0)
    area = max(e - w, 1e-9) * max(n - s, 1e-9)
    return max(size, math.sqrt(area / MAX_MAP_CELLS))


def _cell_index(store: Store, column, origin: float, size: float):
    """floor((column - origin) / size) as SQL; the value is never negative (origin is the lowest coordinate)."""
    scaled = (column - origin) / size
    return cast(func.floor(scaled), Integer) if store.dialect == "postgresql" else cast(scaled, Integer)


def map_cells(store: Store, f: EventFilter, zoom: float) -> dict[str, Any]:
    """Every located event matching `f` (its box is the view) counted in one grid cell at `zoom`.

    A cell holding one event carries that event (the page draws it as a marker); a cell of several carries
    their count, fatalities, mean position and the box around them (`/api/events?bbox=` lists exactly them).
    The counts add up to the number of located events matching `f`: nothing is left out, whatever the zoom.
    """
    size = map_cell_size(zoom, f.bbox)
    cx = _cell_index(store, EventRow.lon, -180.0, size).label("cx")
    cy = _cell_index(store, EventRow.lat, -90.0, size).label("cy")
    q = (select(cx, cy, func.count().label("n"), func.sum(func.coalesce(EventRow.fatalities, 0)),
                func.avg(EventRow.lon), func.avg(EventRow.lat), func.min(EventRow.lon), func.min(EventRow.lat),
                func.max(EventRow.lon), func.max(EventRow.lat), func.min(EventRow.id))
         .where(*_conditions(f), EventRow.lat.is_not(None), EventRow.lon.is_not(None)).group_by(cx, cy))
    cells, lone = [], {}
    with store.Session() as s:
        for x, y, n, fat, lon, lat, w, so, e, no, first_id in s.execute(q):
            cell = {"key": f"{x}:{y}", "n": int(n), "fatalities": int(fat or 0), "lon": float(lon),
                    "lat": float(lat), "bbox": [float(w), float(so), float(e), float(no)], "event": None}
            if n == 1:
                lone[int(first_id)] = cell
            cells.append(cell)
        ids = list(lone)
        for i in range(0, len(ids), DETAIL_CHUNK):
            rows = s.execute(select(EventRow.id, EventRow.event_type, EventRow.sub_event_type, EventRow.event_date,
                                    EventRow.location, EventRow.location_en, EventRow.fatalities)
                             .where(EventRow.id.in_(ids[i:i + DETAIL_CHUNK])))
            for eid, etype, sub, day, loc, loc_en, fat in rows:
                lone[eid]["event"] = {"id": eid, "event_type": etype, "sub_event_type": sub, "event_date": day,
                                      "location": loc, "location_en": loc_en, "fatalities": fat}
    cells.sort(key=lambda c: -c["n"])
    return {"zoom": zoom, "cell_degrees": size, "located": sum(c["n"] for c in cells), "cells": cells}


# The start view of the map: the box around the grid cells that hold CORE_SHARE of the located events, most
# populous first, so that a few events far from the rest (sports and business pages, misplaced names) do not
# zoom the map out to the whole world; with fewer than CORE_MIN_EVENTS every located event is in it.
CORE_SHARE = 0.95
CORE_MIN_EVENTS = 200
CORE_ZOOM = 2          # the grid it is read on when event_counts cannot answer (15-degree cells)


def map_extent(store: Store, f: EventFilter) -> dict[str, Any]:
    """The box the map should show first for `f` (see CORE_SHARE), and how many located events it holds."""
    if _counted(f) and f.bbox is None:
        # the 1-degree cells of event_counts: a few thousand rows instead of every event
        q = select(EventCountRow.cx, EventCountRow.cy, func.sum(EventCountRow.events)).where(
            EventCountRow.level == min(COUNT_LEVELS), EventCountRow.kind == "m", EventCountRow.cx != NO_CELL)
        if f.event_type:
            q = q.where(EventCountRow.event_type == f.event_type)
        if f.country:
            q = q.where(EventCountRow.country == f.country.upper())
        with store.Session() as s:
            cells = [(int(n), [cx, cy, cx + 1, cy + 1]) for cx, cy, n in s.execute(
                q.group_by(EventCountRow.cx, EventCountRow.cy)) if n]
    else:
        cells = [(c["n"], c["bbox"]) for c in map_cells(store, f, CORE_ZOOM)["cells"]]
    total = sum(n for n, _ in cells)
    kept, held = [], 0
    for n, box in sorted(cells, key=lambda c: -c[0]):
        if total >= CORE_MIN_EVENTS and held >= CORE_SHARE * total:
            break
        kept.append(box)
        held += n
    if not kept:
        return {"bbox": None, "located": 0, "held": 0}
    box = [max(-180.0, min(b[0] for b in kept)), max(-90.0, min(b[1] for b in kept)),
           min(180.0, max(b[2] for b in kept)), min(90.0, max(b[3] for b in kept))]
    return {"bbox": [float(v) for v in box], "located": total, "held": held}


# The timeline's axis.  In a store of news reports an incident is reported soon after it happens: the axis
# runs from a little before the articles' publication period (its 1st to 99th percentile: a few misdated
# articles do not stretch it) to its end, over the events that fall there.  Without publication days (or
# when most events lie outside that window) it is the shortest stretch of days holding nine in ten of the
# dated events, widened by a quarter of its width.  What lies outside is counted and can be listed.  Set on the SaudiNewsNet feed (July-August
# 2015, where events were dated from 1887 to 2073 before issue 17, about one dated event in nine far out):
# history told in passing must not stretch the axis until the real period is one pixel wide.
AXIS_QUANTILE = 0.01
AXIS_MARGIN = 0.10              # of the window's width
AXIS_MARGIN_MIN_DAYS = 7
REPORT_LEAD_MIN_DAYS = 31       # how long before the first report an incident may still be on the axis
DENSE_SHARE = 0.9               # without reports: the shortest stretch holding this share of the events ...
DENSE_MARGIN = 0.25             # ... widened by this share of its width on each side


def _quantile_day(counts: list[tuple[str, int]], rank: float) -> str:
    """The day at `rank` (0..1) of the items counted per day in `counts` (sorted by day)."""
    total = sum(n for _, n in counts)
    target = rank * total
    seen = 0
    for day, n in counts:
        seen += n
        if seen > target:
            return day
    return counts[-1][0]


def _shift_day(day: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return day


def _widened(low: str, high: str, least: int, share: float = AXIS_MARGIN) -> tuple[str, str]:
    """[low, high] widened on each side by `share` of its width, and by at least `least` days."""
    try:
        width = (dt.date.fromisoformat(high) - dt.date.fromisoformat(low)).days
    except ValueError:
        width = 0
    margin = max(least, round(width * share))
    return _shift_day(low, -margin), _shift_day(high, margin)


def _publication_window(s) -> tuple[str, str] | None:
    """The days whose incidents the store's reports tell of: before their publication period, up to its end."""
    days = [(d, int(n)) for d, n in s.execute(
        select(ArticleRow.published, func.count()).where(ArticleRow.published.is_not(None))
        .group_by(ArticleRow.published).order_by(ArticleRow.published)) if d and re.fullmatch(r"\d{4}-\d\d-\d\d", d)]
    if not days:
        return None
    low, high = _quantile_day(days, AXIS_QUANTILE), _quantile_day(days, 1 - AXIS_QUANTILE)
    start, _ = _widened(low, high, REPORT_LEAD_MIN_DAYS)
    return start, _widened(low, high, AXIS_MARGIN_MIN_DAYS)[1]


REPORT_WINDOW_SHARE = 0.5       # the publication window makes the axis when it holds at least this share


def _densest(counts: list[tuple[str, int]], share: float) -> tuple[str, str]:
    """The first and last day of the shortest stretch of days holding `share` of the items counted per day."""
    def ordinal(day: str) -> int:
        try:
            return dt.date.fromisoformat(day).toordinal()
        except ValueError:
            return 0

    days = [ordinal(d) for d, _ in counts]
    need = share * sum(n for _, n in counts)
    best, held, lo = (0, len(counts) - 1), 0, 0
    for hi, (_, n) in enumerate(counts):
        held += n
        while held - counts[lo][1] >= need:
            held -= counts[lo][1]
            lo += 1
        if held >= need and days[hi] - days[lo] < days[best[1]] - days[best[0]]:
            best = (lo, hi)
    return counts[best[0]][0], counts[best[1]][0]


def _axis(starts: list[tuple[str, int]], ends: list[tuple[str, int]], window: tuple[str, str] | None):
    """The axis' first and last day, from the events' days counted per first and per last day."""
    if window:
        inside = [(d, n) for d, n in starts if window[0] <= d <= window[1]]
        inside_ends = [d for d, _ in ends if window[0] <= d <= window[1]]
        if inside and inside_ends and sum(n for _, n in inside) >= REPORT_WINDOW_SHARE * sum(n for _, n in starts):
            return inside[0][0], max(max(inside_ends), inside[0][0])
    reach_low, reach_high = _widened(*_densest(starts, DENSE_SHARE), AXIS_MARGIN_MIN_DAYS, DENSE_MARGIN)
    axis_from = min((d for d, _ in starts if d >= reach_low), default=starts[0][0])
    axis_to = max((d for d, _ in ends if d <= reach_high), default=ends[-1][0])
    return axis_from, max(axis_to, axis_from)


def timeline_range(store: Store, f: EventFilter) -> dict[str, Any]:
    """Where the events matching `f` lie in time: the axis to draw, and how many lie outside it or are undated.

    `before`: events starting before axis_from (`/api/events?date_to=<the day before>` lists them);
    `after`: events ending after axis_to (`date_from=<the day after>`).  An event whose span reaches past
    both ends (a year, when the axis is two months) counts on both sides.
    """
    with store.Session() as s:
        undated = s.scalar(select(func.count()).select_from(EventRow).where(*_conditions(f),
                                                                             EventRow.date_start.is_(None))) or 0
        starts = [(d, int(n)) for d, n in s.execute(
            select(EventRow.date_start, func.count()).where(*_conditions(f), EventRow.date_start.is_not(None))
            .group_by(EventRow.date_start).order_by(EventRow.date_start))]
        ends = [(d, int(n)) for d, n in s.execute(
            select(EventRow.date_end, func.count()).where(*_conditions(f), EventRow.date_end.is_not(None))
            .group_by(EventRow.date_end).order_by(EventRow.date_end))]
        window = _publication_window(s)
    out = {"dated": sum(n for _, n in starts), "undated": int(undated), "first": None, "last": None,
           "axis_from": None, "axis_to": None, "before": 0, "after": 0, "days": []}
    if not starts or not ends:
        return out
    axis_from, axis_to = _axis(starts, ends, window)
    out.update(first=starts[0][0], last=ends[-1][0], axis_from=axis_from, axis_to=axis_to,
               before=sum(n for d, n in starts if d < axis_from), after=sum(n for d, n in ends if d > axis_to),
               days=[{"day": d, "events": n} for d, n in starts if axis_from <= d <= axis_to])
    return out


def count_events(store: Store, f: EventFilter) -> int:
    """How many events match `f` (the total of /api/events, by the same paths)."""
    with store.Session() as s:
        return _total(s, store, f, _conditions(f))


def filter_shares(store: Store, f: EventFilter) -> dict[str, Any]:
    """For each filter that is on: the events all filters keep, and those the others keep without it."""
    total = count_events(store, f)
    shares = []
    for name in ANALYST_FILTERS:
        value = getattr(f, name)
        if value is None or value == "" or (name == "min_sources" and value <= 1):
            continue
        without = count_events(store, EventFilter(**{**f.__dict__, name: None}))
        shares.append({"filter": name, "kept": total, "without": without,
                       "share": round(total / without, 4) if without else None})
    return {"total": total, "everything": count_events(store, EventFilter()), "filters": shares}


def outlets(store: Store) -> list[dict[str, Any]]:
    """The outlets of the stored articles, with how many articles each has (the page's outlet filter)."""
    with store.Session() as s:
        n = func.count(ArticleRow.id)
        rows = s.execute(select(ArticleRow.outlet, n).where(ArticleRow.outlet.is_not(None))
                         .group_by(ArticleRow.outlet).order_by(n.desc(), ArticleRow.outlet)).all()
    return [{"outlet": o, "articles": int(c)} for o, c in rows if o]


# Routes on the map: at most MAX_ROUTES_DRAWN at once.  The same route told by several articles is one route
# with several sources; routes rank by sources, then the newest report, then the shortest (a route across
# continents is more often a misreading than a movement).
MAX_ROUTES_DRAWN = 200


def _route_key(m: MovementRow) -> tuple:
    stops = tuple(p.get("place_id") or p.get("name") for p in (m.path or []))
    return (m.actor_id or m.actor or "", stops)


def _located(path: list[dict]) -> list[tuple[float, float]]:
    points = []
    for p in path or []:
        lat, lon = p.get("lat"), p.get("lon")
        if lat is None or lon is None:
            continue
        if not points or points[-1] != (lat, lon):
            points.append((lat, lon))
    return points


def _route_in(points: list[tuple[float, float]], bbox: tuple[float, float, float, float] | None) -> bool:
    """True when the route's box meets the view (a route passing over the view counts)."""
    if bbox is None:
        return True
    w, s, e, n = bbox
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return min(lons) <= e and max(lons) >= w and min(lats) <= n and max(lats) >= s


def routes(store: Store, bbox: tuple[float, float, float, float] | None = None, date_from: str | None = None,
           date_to: str | None = None, actor: str | None = None, limit: int = MAX_ROUTES_DRAWN,
           offset: int = 0) -> dict[str, Any]:
    """The routes (two located places or more) in the view and period, ranked, one entry per distinct route.

    The period is the reporting articles' publication day (a route has no date of its own).
    """
    stmt = select(MovementRow, ArticleRow.published, ArticleRow.outlet).join(
        ArticleRow, ArticleRow.id == MovementRow.article_id).order_by(MovementRow.id)
    if actor:
        stmt = stmt.where(or_(MovementRow.actor_id == actor, MovementRow.actor == actor))
    if date_from:
        stmt = stmt.where(ArticleRow.published >= _period_or_raw(date_from, 0))
    if date_to:
        stmt = stmt.where(ArticleRow.published <= _period_or_raw(date_to, 1))
    groups: dict[tuple, dict[str, Any]] = {}
    with store.Session() as s:
        for m, published, outlet in s.execute(stmt):
            points = _located(m.path)
            if len(points) < 2 or not _route_in(points, bbox):
                continue
            g = groups.get(_route_key(m))
            if g is None:
                length = sum(haversine_km(a, b) for a, b in zip(points, points[1:], strict=False))
                g = groups[_route_key(m)] = {
                    "id": m.id, "article_id": m.article_id, "actor": m.actor, "actor_id": m.actor_id,
                    "path": m.path, "evidence": m.evidence, "evidence_start": m.evidence_start,
                    "evidence_end": m.evidence_end, "length_km": round(length, 1), "published": published,
                    "outlet": outlet, "n_sources": 0, "ids": [], "articles": set()}
            g["ids"].append(m.id)
            g["articles"].add(m.article_id)
            g["n_sources"] = len(g["articles"])
            if published and (g["published"] is None or published > g["published"]):
                g["published"] = published
    ranked = sorted(groups.values(), key=lambda g: (-g["n_sources"], _newest_first(g["published"]),
                                                    g["length_km"], g["id"]))
    for g in ranked:
        del g["articles"]
    limit = max(1, min(int(limit), MAX_PAGE))
    return {"total": len(ranked), "limit": limit, "offset": offset, "items": ranked[offset:offset + limit]}


def _newest_first(published: str | None) -> tuple[int, str]:
    # undated reports last; among dated ones the newest first (the day's characters, inverted)
    if not published:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in published))
