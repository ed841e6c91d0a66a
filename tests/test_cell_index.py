"""Revision 0006: counts of a box + period + type read cell by cell give what the plain query gives.

A store of events written with plain INSERTs (the triggers keep event_counts, as for any writer) around
places on both sides of Greenwich and the equator, on grid lines and off them, with day, month and year
spans, some without coordinates, date or country.  For boxes, types, countries and periods that take
the cell path (whole months from event_counts, edge cells and the days around the months from the
events), /api/events' total and page are the plain query's; the same after a downgrade to 0005 (no
index: the same SQL, read otherwise) and an upgrade again.  The queries write the cell exactly as the
index does, so that the index serves them.  Real SQLite and PostgreSQL (RASD_TEST_PG), no mocks.
"""
from __future__ import annotations

import datetime as dt
import importlib
import math
import random
import re

import pytest
from sqlalchemy import text
from store_reference import reference_page, reference_rows

from rasd.store import migrate, queries
from rasd.store.db import Store
from rasd.store.schema import CELL_SQL, SPANS_ACROSS_MONTHS_SQL

SPOTS = [(15.25, 31.0), (16.6, 31.2), (-0.25, -0.5), (-1.6, 12.3), (44.0, 15.0)]
TYPES = ["Battles", "Explosions/Remote violence"]
FIRST = dt.date(2015, 10, 1)
EDGE_DAYS = ["2016-01-31", "2016-02-01", "2016-02-29", "2016-03-01", "2016-05-31", "2016-06-01"]
# periods that end where the whole months do or a day from it, hold one month exactly, or none
EDGE_PERIODS = [("2016-01-31", "2016-06-01"), ("2016-02-01", "2016-05-31"), ("2016-02-02", "2016-05-30"),
                ("2016-03", "2016-03"), ("2016-03-01", "2016-03-31"), ("2016-02-15", "2016-03-10"),
                ("2016-02-29", "2016-03-01"), ("2016-06-01", None), ("2016-05-31", None)]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'cells.sqlite'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = Store(url)
    fill(s, 2500, random.Random(5))
    yield s
    s.close()


def jittered_span(rng: random.Random) -> tuple[str | None, str | None]:
    day = FIRST + dt.timedelta(days=rng.randrange(700))
    kind = rng.choices(["day", "month", "year", "none"], weights=[70, 18, 8, 4])[0]
    if kind == "none":
        return None, None
    if kind == "day":
        return day.isoformat(), day.isoformat()
    if kind == "month":
        end = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - dt.timedelta(days=1)
        return day.replace(day=1).isoformat(), end.isoformat()
    return f"{day.year}-01-01", f"{day.year}-12-31"


def fill(store: Store, n: int, rng: random.Random) -> None:
    rows = []
    for i in range(n):
        lon, lat = rng.choice(SPOTS)
        if rng.random() < 0.2:       # on the grid's lines
            lon, lat = float(round(lon + rng.choice([-1, 0, 1]))), float(round(lat + rng.choice([-1, 0, 1])))
        else:
            lon, lat = lon + rng.uniform(-2.5, 2.5), lat + rng.uniform(-2.5, 2.5)
        if rng.random() < 0.03:
            lon = lat = None
        start, end = jittered_span(rng)
        rows.append({"t": rng.choice(TYPES), "lon": lon, "lat": lat, "start": start, "end": end,
                     "country": rng.choice(["LY", "BF", None]), "fat": rng.choice([None, 0, 2, 7]), "i": i})
    for lon, lat in SPOTS:   # and on the first and last days of months, where the months' counts end
        for day in EDGE_DAYS:
            rows.append({"t": TYPES[0], "lon": lon, "lat": lat, "start": day, "end": day, "country": "LY",
                         "fat": 1, "i": len(rows)})
    with store.engine.begin() as c:
        c.execute(text("INSERT INTO events (event_type, sub_event_type, time_precision, lon, lat, date_start, date_end, "
                       "event_date, country, fatalities, notes, evidence, n_sources) VALUES (:t, 'Armed clash', 'day', "
                       ":lon, :lat, :start, :end, :start, :country, :fat, '', '', 1)"), rows)


def filters(rng: random.Random, n: int) -> list[queries.EventFilter]:
    """Boxes of 0.5 to 7 degrees (some with edges on grid lines), a type, sometimes a country, periods that
    begin and end inside months, on their first and last days, or have no end."""
    out = [queries.EventFilter(bbox=(lon - 2.6, lat - 2.2, lon + 2.3, lat + 2.7), event_type=TYPES[0],
                               date_from=date_from, date_to=date_to)
           for lon, lat in SPOTS for date_from, date_to in EDGE_PERIODS]
    for _ in range(n):
        lon, lat = rng.choice(SPOTS)
        wide, high = rng.uniform(0.5, 7.0), rng.uniform(0.5, 7.0)
        w, s = lon - rng.uniform(0, wide), lat - rng.uniform(0, high)
        if rng.random() < 0.3:
            w, s = float(math.floor(w)), float(math.floor(s))
        start = FIRST + dt.timedelta(days=rng.randrange(600))
        date_from = rng.choice([start.isoformat(), start.isoformat()[:7], start.isoformat()[:4]])
        end = start + dt.timedelta(days=rng.randrange(1, 300))
        date_to = rng.choice([end.isoformat(), end.isoformat()[:7], None])
        out.append(queries.EventFilter(bbox=(w, s, w + wide, s + high), event_type=rng.choice(TYPES),
                                       country=rng.choice([None, None, "LY", "BF"]), date_from=date_from,
                                       date_to=date_to))
    return out


def check(store: Store, flts: list[queries.EventFilter]) -> None:
    for f in flts:
        rows = reference_rows(store, f)
        f.sort, f.limit, f.offset = "-date", 7, 2
        total, items = queries.events(store, f)
        assert total == len(rows), f
        assert [e["id"] for e in items] == reference_page(rows, "-date", 7, 2), f
        assert queries.count_events(store, f) == len(rows), f


def test_cell_counts_are_the_plain_querys(store):
    flts = filters(random.Random(3), 150)
    # the filters take the cell path, most of them with whole months from event_counts
    with_months = 0
    for f in flts:
        pieces = queries._cell_pieces(store, f, queries._conditions(f))
        assert pieces is not None, f
        with_months += " event_counts" in str(pieces)
    assert with_months > 60
    check(store, flts)
    # and after writes: a date made more precise, a toll and a place changed, an event deleted
    with store.engine.begin() as c:
        c.execute(text("UPDATE events SET date_start = '2016-03-14', date_end = '2016-03-14' "
                       "WHERE id = (SELECT min(id) FROM events WHERE time_precision = 'day' AND date_end > date_start)"))
        c.execute(text("UPDATE events SET lon = lon + 1.5, fatalities = 3 WHERE id = "
                       "(SELECT max(id) FROM events WHERE lon IS NOT NULL)"))
        c.execute(text("DELETE FROM events WHERE id = (SELECT min(id) FROM events WHERE lon IS NOT NULL)"))
    check(store, flts[:40])


def test_periods_at_the_calendars_ends(store):
    for date_from, date_to in (("9999-12-15", None), ("9999-11-15", "9999-12-31"), ("0001-01-01", "0001-02-15"),
                               ("0001", None), ("2016-02-10", "9999")):
        check(store, [queries.EventFilter(bbox=(14.0, 30.0, 17.5, 32.5), event_type=TYPES[0], date_from=date_from,
                                          date_to=date_to)])


def test_downgrade_and_upgrade_keep_the_answers(store):
    flts = filters(random.Random(4), 40)
    check(store, flts)
    migrate.downgrade(store.engine, "0005")
    assert "ix_events_type_cell" not in index_names(store)
    check(store, flts)   # no index: the same SQL is read otherwise
    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert "ix_events_type_cell" in index_names(store)
    check(store, flts)


def index_names(store: Store) -> set[str]:
    sql = ("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'" if store.dialect == "sqlite"
           else "SELECT indexname FROM pg_indexes WHERE tablename = 'events'")
    with store.engine.connect() as c:
        return {r[0] for r in c.execute(text(sql))}


def test_queries_write_the_indexed_expressions():
    rev = importlib.import_module("rasd.store.migrations.versions.0006_type_cell_index")
    assert rev.CELL == CELL_SQL
    assert rev.SPANS_LONG_WHERE["0006"] == SPANS_ACROSS_MONTHS_SQL


def test_the_indexes_serve_the_cells_and_the_long_spans(store):
    """The plans, with the statistics a store has: none (SQLite's new store), or all of them."""
    f = queries.EventFilter(bbox=(12.3, 28.6, 19.7, 33.4), event_type="Battles", date_from="2016-02-10",
                            date_to="2016-09-20")
    pieces = queries._cell_pieces(store, f, queries._conditions(f)).selects
    edge = next(p for p in pieces if " IN " in str(p) and "event_counts" not in str(p))
    long_spans = next(p for p in pieces if "substr(date_start, 1, 7) <>" in str(p))
    for analysed in (False, True):
        if analysed or store.dialect == "postgresql":   # PostgreSQL analysed its empty tables when made
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(text("ANALYZE"))
        assert "ix_events_type_cell" in plan(store, edge)
        assert "ix_events_type_spans_long" in plan(store, long_spans)
    if store.dialect == "postgresql":   # it takes the long spans for fewer than half the events (were: all)
        with store.engine.connect() as c:
            n = c.execute(text("SELECT count(*) FROM events")).scalar()
            first = c.execute(text(f"EXPLAIN SELECT id FROM events WHERE {SPANS_ACROSS_MONTHS_SQL}")).first()[0]
        assert int(re.search(r"rows=(\d+)", first).group(1)) < n / 2, first


def plan(store: Store, stmt) -> str:
    sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.begin() as c:
        if store.dialect == "sqlite":
            return " ".join(str(r[-1]) for r in c.execute(text("EXPLAIN QUERY PLAN " + sql)))
        # a few thousand rows: the planner would read the table; say that it cannot
        c.execute(text("SET LOCAL enable_seqscan = off"))
        c.execute(text("SET LOCAL enable_bitmapscan = off"))
        return " ".join(r[0] for r in c.execute(text("EXPLAIN " + sql)))
