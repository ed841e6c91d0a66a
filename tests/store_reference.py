"""Straightforward answers to compare the store's fast query paths with (tests/test_api.py, test_postgres.py).

`reference_rows` selects the events a filter matches with plain SQL (one WHERE clause, nothing else);
counts, pages and timelines are then made from those rows in Python.  `expected_counts` recounts the
event_counts table from the events in Python.  `add_edge_events` adds copies of real events placed
where the fast paths have edges: on grid lines, west of Greenwich and south of the equator, without
coordinates, date or country, with spans that begin before a period does.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter

from sqlalchemy import text

from rasd.store import queries
from rasd.store.db import Store
from rasd.store.schema import COUNT_LEVELS, NO_CELL

FIELDS = "id, event_type, country, lat, lon, date_start, date_end, fatalities"


def reference_rows(store: Store, f: queries.EventFilter) -> list[dict]:
    conds, params = [], {}
    if f.bbox is not None:
        w, s, e, n = f.bbox
        conds.append("lon >= :w AND lon <= :e AND lat >= :s AND lat <= :n")
        params.update(w=w, e=e, s=s, n=n)
    if f.date_from:
        conds.append("date_end >= :first")
        params["first"] = queries.period_bounds(f.date_from)[0]
    if f.date_to:
        conds.append("date_start <= :last")
        params["last"] = queries.period_bounds(f.date_to)[1]
    if f.event_type:
        conds.append("event_type = :t")
        params["t"] = f.event_type
    if f.country:
        conds.append("country = :c")
        params["c"] = f.country.upper()
    where = " AND ".join(conds) or "1 = 1"
    with store.engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(text(f"SELECT {FIELDS} FROM events WHERE {where}"), params)]


def _week(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def reference_timeline(rows: list[dict], interval: str) -> list[dict]:
    key = {"month": lambda d: d[:7], "year": lambda d: d[:4], "week": _week}[interval]
    n, fat = Counter(), Counter()
    for r in rows:
        if r["date_start"] is not None:
            n[key(r["date_start"])] += 1
            fat[key(r["date_start"])] += r["fatalities"] or 0
    return [{"period": p, "events": n[p], "fatalities": fat[p]} for p in sorted(n)]


def reference_page(rows: list[dict], sort: str, limit: int, offset: int) -> list[int]:
    undated_last = [r for r in rows if r["date_start"] is not None], [r for r in rows if r["date_start"] is None]
    if sort == "-date":
        ordered = sorted(undated_last[0], key=lambda r: (r["date_start"], r["id"]), reverse=True)
        ordered += sorted(undated_last[1], key=lambda r: r["id"], reverse=True)
    else:
        ordered = sorted(undated_last[0], key=lambda r: (r["date_start"], r["id"]))
        ordered += sorted(undated_last[1], key=lambda r: r["id"])
    return [r["id"] for r in ordered[offset:offset + limit]]


def check_filter(store: Store, f: queries.EventFilter) -> None:
    """The fast paths give what the plain query gives, for counts, pages and every timeline interval."""
    rows = reference_rows(store, f)
    for sort in ("-date", "date"):
        for limit, offset in ((5, 0), (3, 4), (500, 0)):
            f.sort, f.limit, f.offset = sort, limit, offset
            total, items = queries.events(store, f)
            assert total == len(rows), (f, total, len(rows))
            assert [e["id"] for e in items] == reference_page(rows, sort, limit, offset), (f, sort, limit, offset)
    for interval in ("month", "week", "year"):
        assert queries.timeline(store, f, interval) == reference_timeline(rows, interval), (f, interval)


def expected_counts(store: Store) -> Counter:
    """event_counts recounted from the events, in Python: {(level, kind, type, cx, cy, period, country): (n, fat)}."""
    with store.engine.connect() as c:
        events = [dict(r._mapping) for r in c.execute(text(f"SELECT {FIELDS} FROM events"))]
    out: dict[tuple, list[int]] = {}
    for e in events:
        for level in COUNT_LEVELS:
            if e["lat"] is None or e["lon"] is None:
                cx = cy = NO_CELL
            else:
                cx, cy = math.floor(e["lon"] * 2 ** level), math.floor(e["lat"] * 2 ** level)
            periods = [("m", (e["date_start"] or "")[:7])]
            if e["date_start"] is not None:
                periods.append(("w", _week(e["date_start"])))
            for kind, period in periods:
                cell = out.setdefault((level, kind, e["event_type"], cx, cy, period, e["country"] or ""), [0, 0])
                cell[0] += 1
                cell[1] += e["fatalities"] or 0
    return Counter({k: tuple(v) for k, v in out.items()})


def stored_counts(store: Store) -> Counter:
    with store.engine.connect() as c:
        rows = c.execute(text("SELECT level, kind, event_type, cx, cy, period, country, events, fatalities "
                              "FROM event_counts")).all()
    return Counter({tuple(r[:7]): (int(r[7]), int(r[8])) for r in rows})


# copies of a real event at the places and dates where the fast paths have edges
EDGE_PLACES = [(15.25, 31.0), (15.0, 30.75), (-16.6, 31.2), (-0.25, -0.5), (16.589, 31.209), (180.0, 90.0),
               (-180.0, -90.0), (15.2499999999, 30.9999999999), (None, None)]
EDGE_DATES = [("2016-05-03", "2016-05-03"), ("2016-05-01", "2016-05-31"), ("2016-01-01", "2016-12-31"),
              ("2015-12-28", "2015-12-28"), (None, None)]


def fill_with_merges(store: Store, arts: list) -> None:
    """The articles through the real pipeline, then again reworded (their incidents merge), then again as
    they were (nothing stored twice), then events on the grid's edges."""
    from rasd.ingest.runner import ingest_items
    from rasd.model import Article

    first = ingest_items(arts, store)
    again = ingest_items([Article(id=f"{a.id}-b", text=a.text + "\n\nأعادت نشره وكالة أخرى.", published=a.published,
                                  source_path=a.source_path) for a in arts], store)
    repeat = ingest_items(arts, store)
    assert first.stored == len(arts) and again.events_merged > 0 and repeat.stored == 0
    add_edge_events(store)


def add_edge_events(store: Store) -> int:
    """Insert copies of stored events at EDGE_PLACES x EDGE_DATES (through the triggers, like any writer)."""
    cols = ("event_type, sub_event_type, event_date, time_precision, place_id, location, location_en, country, "
            "admin1, geo_precision, actor1_id, actor1, actor2_id, actor2, fatalities, notes, evidence, search, "
            "n_sources")
    n = 0
    with store.engine.begin() as c:
        ids = [r[0] for r in c.execute(text("SELECT id FROM events ORDER BY id"))]
        for i, ((lon, lat), (start, end)) in enumerate((p, d) for p in EDGE_PLACES for d in EDGE_DATES):
            template = ids[i % len(ids)]
            c.execute(text(f"INSERT INTO events ({cols}, lat, lon, date_start, date_end) SELECT {cols}, :lat, :lon, "
                           f":start, :end FROM events WHERE id = :id"),
                      {"lat": lat, "lon": lon, "start": start, "end": end, "id": template})
            n += 1
        # and one without a country, and one whose toll is unknown
        c.execute(text(f"INSERT INTO events ({cols}, lat, lon, date_start, date_end) SELECT {cols}, 31.5, 15.5, "
                       f"'2016-05-10', '2016-05-10' FROM events WHERE id = :id"), {"id": ids[0]})
        c.execute(text("UPDATE events SET country = NULL, fatalities = NULL WHERE id = (SELECT max(id) FROM events)"))
    return n + 1


def random_filters(store: Store, n: int, seed: int = 11, extra_spots: int = 4) -> list[queries.EventFilter]:
    """Filters the way users combine them: boxes of every size (some on grid lines), types, countries, periods."""
    rng = random.Random(seed)
    with store.engine.connect() as c:
        types = [r[0] for r in c.execute(text("SELECT DISTINCT event_type FROM events ORDER BY 1"))]
        countries = [r[0] for r in c.execute(text("SELECT DISTINCT country FROM events WHERE country IS NOT NULL "
                                                  "ORDER BY 1"))]
        spots = [tuple(r) for r in c.execute(text("SELECT lon, lat FROM events WHERE lat IS NOT NULL ORDER BY id"))]
    periods = [None, "2016", "2016-05", "2016-05-15", "2016-05-31", "2015-12-31", "2016-01-01", "2016-12-31", "2017"]
    out = [queries.EventFilter(), queries.EventFilter(bbox=(-180.0, -90.0, 180.0, 90.0)),
           queries.EventFilter(bbox=(15.0, 30.75, 15.25, 31.0)), queries.EventFilter(bbox=(-1.0, -1.0, 0.0, 0.0))]
    # boxes with a stored event just inside each edge, at every distance the grid levels and strips cover
    edges = [p for p in EDGE_PLACES if p[0] is not None and abs(p[0]) < 180]
    for lon, lat in edges + rng.sample(spots, min(extra_spots, len(spots))):
        for d in (0.01, 0.3, 0.6, 1.2, 2.4):
            size = rng.uniform(3.0, 6.0)
            for box in ((lon - d, lat - size / 2, lon - d + size, lat + size / 2),
                        (lon + d - size, lat - size / 2, lon + d, lat + size / 2),
                        (lon - size / 2, lat - d, lon + size / 2, lat - d + size),
                        (lon - size / 2, lat + d - size, lon + size / 2, lat + d)):
                out.append(queries.EventFilter(bbox=box, event_type=rng.choice(types + [None]),
                                               date_from=rng.choice(periods)))
    for _ in range(n):
        box = None
        if rng.random() < 0.8:
            lon, lat = rng.choice(spots)
            size = rng.choice([0.1, 0.3, 1.0, 2.5, 12.0])
            w, s = lon - rng.uniform(0, size), lat - rng.uniform(0, size)
            if rng.random() < 0.3:   # on the grid's lines
                w, s = math.floor(w * 4) / 4, math.floor(s * 4) / 4
            box = (max(-180.0, w), max(-90.0, s), min(180.0, w + size), min(90.0, s + size * rng.uniform(0.5, 1.5)))
        date_from = rng.choice(periods)
        date_to = rng.choice([p for p in periods if p is None or date_from is None or p >= date_from])
        out.append(queries.EventFilter(
            bbox=box, event_type=rng.choice(types + [None]), country=rng.choice(countries + [None] * 3),
            date_from=date_from, date_to=date_to))
    return out
