"""Pre-aggregated event counts and the indexes a million-event store needs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

* `event_counts`: events and fatalities per (grid level, month or week, type, cell, country).
  The timeline and the unfiltered totals read it instead of the events.  Triggers on `events`
  (insert, delete, and an update of a counted column, e.g. when an incident merge gives a more
  precise date or a lower toll) keep it exact whoever writes; PostgreSQL's TRUNCATE empties it.
  Existing events are counted here.
* (type, date_start, id, date_end, lon, lat) in place of revision 0003's (type, date_start, date_end,
  lat, lon): the same ranges, and date order to the last tie.  The same columns in two partial
  indexes of the multi-day spans (within a month; across months), so that a period filter reads
  the events that began before the period and last into it from a few, instead of a year of all.
* Two covering indexes led by longitude and by latitude, for the thin strips along the edges of
  a box that the grid cells do not cover exactly.
* On PostgreSQL, (date_start DESC NULLS LAST, id DESC): the default page, newest first and undated
  last, without sorting every event.

The SQL below is written out for this revision (not imported from the models), so that a later
change of the models does not change what this revision did.
"""
import warnings

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LEVELS = (0, 2)            # grids of 2**-k degrees: 1 degree, a quarter of a degree
NO_CELL = 1_000_000        # the cell of an event without coordinates
SPANS_WITHIN_MONTH_SQL = "date_start <> date_end AND substr(date_start, 1, 7) = substr(date_end, 1, 7)"
SPANS_ACROSS_MONTHS_SQL = "substr(date_start, 1, 7) <> substr(date_end, 1, 7)"
BY_TYPE_AND_START = "event_type, date_start, id, date_end, lon, lat"
KEY = ("level", "kind", "event_type", "cx", "cy", "period", "country")
COUNTED = ("event_type", "country", "lat", "lon", "date_start", "fatalities")
INDEXES = {   # name: (columns, partial index condition)
    "ix_events_type_start": (BY_TYPE_AND_START, None),
    "ix_events_type_spans_month": (BY_TYPE_AND_START, SPANS_WITHIN_MONTH_SQL),
    "ix_events_type_spans_long": (BY_TYPE_AND_START, SPANS_ACROSS_MONTHS_SQL),
    "ix_events_lon_lat": ("lon, lat, event_type, country, date_start, fatalities", None),
    "ix_events_lat_lon": ("lat, lon, event_type, country, date_start, fatalities", None),
}
NEWEST_FIRST = "CREATE INDEX IF NOT EXISTS ix_events_newest ON events (date_start DESC NULLS LAST, id DESC)"  # PostgreSQL
REPLACED_INDEX = ("ix_events_type_span_geo", ["event_type", "date_start", "date_end", "lat", "lon"])   # 0003's
TRIGGERS = ("event_counts_insert", "event_counts_delete", "event_counts_update", "event_counts_insert_delete",
            "event_counts_truncate")


def _cell(pg: bool, rec: str, axis: str, level: int) -> str:
    """floor(axis * 2**level) in SQL, exactly as Python's math.floor computes it (scaling by a power of two is exact)."""
    col = f"{rec}{axis}"
    if pg:
        inner = f"floor({col} * {2 ** level})::integer"
    else:   # SQLite without relying on its optional math functions: truncate, then step down below zero
        x = f"({col} * {float(2 ** level)!r})"
        inner = f"(CAST({x} AS INTEGER) - ({x} < CAST({x} AS INTEGER)))"
    return f"(CASE WHEN {rec}lat IS NULL OR {rec}lon IS NULL THEN {NO_CELL} ELSE {inner} END)"


def _period(pg: bool, rec: str, kind: str) -> str:
    if kind == "m":
        return f"coalesce(substr({rec}date_start, 1, 7), '')"
    if pg:
        return f"to_char(date_trunc('week', ({rec}date_start)::date), 'YYYY-MM-DD')"
    return f"date({rec}date_start, '-6 days', 'weekday 1')"


def _key_values(pg: bool, rec: str, level: int, kind: str) -> list[str]:
    return [str(level), f"'{kind}'", f"{rec}event_type", _cell(pg, rec, "lon", level), _cell(pg, rec, "lat", level),
            _period(pg, rec, kind), f"coalesce({rec}country, '')"]


def _cases():
    return [(level, kind) for level in LEVELS for kind in ("m", "w")]


def _add(pg: bool) -> list[str]:
    """Statements adding NEW to the counts."""
    out = []
    for level, kind in _cases():
        values = _key_values(pg, "NEW.", level, kind)
        cond = "NEW.date_start IS NOT NULL" if kind == "w" else "1 = 1"
        out.append(f"INSERT INTO event_counts ({', '.join(KEY)}, events, fatalities) "
                   f"SELECT {', '.join(values)}, 1, coalesce(NEW.fatalities, 0) WHERE {cond} "
                   f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET events = event_counts.events + excluded.events, "
                   f"fatalities = event_counts.fatalities + excluded.fatalities;")
    return out


def _remove(pg: bool) -> list[str]:
    """Statements taking OLD out of the counts (a count that reaches zero is deleted)."""
    out = []
    for level, kind in _cases():
        where = " AND ".join(f"{k} = {v}" for k, v in zip(KEY, _key_values(pg, "OLD.", level, kind), strict=True))
        out.append(f"UPDATE event_counts SET events = events - 1, fatalities = fatalities - coalesce(OLD.fatalities, 0) "
                   f"WHERE {where};")
        out.append(f"DELETE FROM event_counts WHERE {where} AND events <= 0;")
    return out


def _changed(pg: bool) -> str:
    op_ = "IS DISTINCT FROM" if pg else "IS NOT"
    return " OR ".join(f"OLD.{c} {op_} NEW.{c}" for c in COUNTED)


def _sqlite_triggers() -> list[str]:
    body_add, body_remove = "\n  ".join(_add(False)), "\n  ".join(_remove(False))
    return [
        f"CREATE TRIGGER event_counts_insert AFTER INSERT ON events BEGIN\n  {body_add}\nEND",
        f"CREATE TRIGGER event_counts_delete AFTER DELETE ON events BEGIN\n  {body_remove}\nEND",
        f"CREATE TRIGGER event_counts_update AFTER UPDATE OF {', '.join(COUNTED)} ON events "
        f"WHEN {_changed(False)} BEGIN\n  {body_remove}\n  {body_add}\nEND",
    ]


def _pg_triggers() -> list[str]:
    body_add, body_remove = "\n    ".join(_add(True)), "\n    ".join(_remove(True))
    return [
        "CREATE OR REPLACE FUNCTION rasd_event_counts() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN\n    {body_remove}\n  END IF;\n"
        f"  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN\n    {body_add}\n  END IF;\n"
        "  RETURN NULL;\nEND $$",
        "CREATE OR REPLACE FUNCTION rasd_event_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n  TRUNCATE event_counts;\n  RETURN NULL;\nEND $$",
        "CREATE TRIGGER event_counts_insert_delete AFTER INSERT OR DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION rasd_event_counts()",
        f"CREATE TRIGGER event_counts_update AFTER UPDATE OF {', '.join(COUNTED)} ON events "
        f"FOR EACH ROW WHEN ({_changed(True)}) EXECUTE FUNCTION rasd_event_counts()",
        "CREATE TRIGGER event_counts_truncate AFTER TRUNCATE ON events "
        "FOR EACH STATEMENT EXECUTE FUNCTION rasd_event_counts_truncate()",
    ]


def _drop_triggers(pg: bool) -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON events" if pg else f"DROP TRIGGER IF EXISTS {name}")
    if pg:
        op.execute("DROP FUNCTION IF EXISTS rasd_event_counts()")
        op.execute("DROP FUNCTION IF EXISTS rasd_event_counts_truncate()")


def fill_sql(pg: bool) -> list[str]:
    """Count every stored event afresh (also used by tests and benchmarks to check the triggers)."""
    out = ["DELETE FROM event_counts"]
    for level, kind in _cases():
        values = _key_values(pg, "", level, kind)
        cond = "date_start IS NOT NULL" if kind == "w" else "1 = 1"
        out.append(f"INSERT INTO event_counts ({', '.join(KEY)}, events, fatalities) "
                   f"SELECT {', '.join(values)}, count(*), sum(coalesce(fatalities, 0)) FROM events WHERE {cond} "
                   f"GROUP BY {', '.join(str(i) for i in range(1, len(KEY) + 1))}")
    return out


def upgrade() -> None:
    bind = op.get_bind()
    pg = bind.dialect.name == "postgresql"
    # a database made straight from the models already has the column, the indexes and the table
    insp = sa.inspect(bind)
    with warnings.catch_warnings():  # PostGIS's geometry column is unknown to plain SQLAlchemy
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        indexes = {i["name"] for i in insp.get_indexes("events")}
    for name, (cols, where) in INDEXES.items():
        if name not in indexes:
            op.execute(f"CREATE INDEX {name} ON events ({cols})" + (f" WHERE {where}" if where else ""))
    if REPLACED_INDEX[0] in indexes:
        op.drop_index(REPLACED_INDEX[0], table_name="events")
    if pg:
        op.execute(NEWEST_FIRST)
    if "event_counts" not in insp.get_table_names():
        op.create_table(
            "event_counts",
            sa.Column("level", sa.SmallInteger(), autoincrement=False, nullable=False),
            sa.Column("kind", sa.String(length=1), nullable=False),
            sa.Column("event_type", sa.String(length=60), nullable=False),
            sa.Column("cx", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("cy", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("period", sa.String(length=10), nullable=False),
            sa.Column("country", sa.String(length=2), nullable=False),
            sa.Column("events", sa.BigInteger(), nullable=False),
            sa.Column("fatalities", sa.BigInteger(), nullable=False),
            sa.PrimaryKeyConstraint(*KEY, postgresql_include=["events", "fatalities"]),   # read without the table
            sqlite_with_rowid=False,
        )
    _drop_triggers(pg)
    for stmt in _pg_triggers() if pg else _sqlite_triggers():
        op.execute(stmt)
    for stmt in fill_sql(pg):
        op.execute(stmt)


def downgrade() -> None:
    bind = op.get_bind()
    pg = bind.dialect.name == "postgresql"
    _drop_triggers(pg)
    op.drop_table("event_counts")
    op.create_index(REPLACED_INDEX[0], "events", REPLACED_INDEX[1])
    op.execute("DROP INDEX IF EXISTS ix_events_newest")
    for name in INDEXES:
        op.drop_index(name, table_name="events")
