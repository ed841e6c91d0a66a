"""Events by type and one-degree grid cell, in date order: a box + period + type counted near the box;
the spans across months indexed under a condition PostgreSQL can weigh.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

/api/events with a box, a period and a type counts its matches.  Read along (type, date_start), that
count goes through every event of the type in the period wherever it lies, and at a million events a
period of a year holds tens of thousands.  This index leads with the type and the cell of event_counts'
one-degree grid (floor(lon), floor(lat)), so that the events of a period are read cell by cell from the
cells the box touches; the cells wholly inside the box take their whole months from event_counts, and
only the box's edge cells and the period's partial months are read here (rasd.store.queries).  lon, lat,
date_end and country follow, so that PostgreSQL answers from the index alone.

The partial index of the spans across months gains "date_start < date_end" in its condition (true of every
such span, as a span ends after it begins): PostgreSQL estimates "a <> b" between two columns as true of
almost every row, so the index of a few spans looked no smaller to it than (type, date_start), and a
count of the spans that began in the year before a period often read a year of every event of the type.
It estimates "a < b" as a third, and takes the partial index.  Queries write the new condition
(rasd.store.schema.SPANS_ACROSS_MONTHS_SQL), which SQLite needs word for word to use the index.

An index on expressions, not a column: nothing writes it, and every writer keeps it.  The expression is
floor(), which SQLite has only when built with its optional math functions: there it is written with
CAST, exactly as revision 0004's triggers compute the cells.  Queries must write the same expression for
the index to serve (rasd.store.schema.CELL_SQL; tests/test_cell_index.py checks that they do).
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NAME = "ix_events_type_cell"
SPANS_LONG = "ix_events_type_spans_long"
SPANS_LONG_COLUMNS = "event_type, date_start, id, date_end, lon, lat"
SPANS_LONG_WHERE = {"0005": "substr(date_start, 1, 7) <> substr(date_end, 1, 7)",
                    "0006": "date_start < date_end AND substr(date_start, 1, 7) <> substr(date_end, 1, 7)"}
CELL = {"postgresql": "(floor({c})::integer)",
        "sqlite": "(CAST({c} AS INTEGER) - ({c} < CAST({c} AS INTEGER)))"}


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name != "postgresql"
    cell = CELL["sqlite" if sqlite else "postgresql"]
    op.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON events (event_type, {cell.format(c='lon')}, "
               f"{cell.format(c='lat')}, date_start, date_end, lon, lat, country)")
    _spans_long("0006")
    # the planners weigh these indexes against the (type, date_start) ones by their statistics: give them some.
    # PostgreSQL samples the table.  SQLite reads the two indexes, and only in a store analysed before: in one
    # never analysed, the long spans' index alone with statistics lost to (type, date_start) and its default
    # estimates (tests/test_cell_index.py looks at the plans).
    if not sqlite:
        op.execute("ANALYZE events")
    elif bind.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar():
        op.execute(f"ANALYZE {NAME}")
        op.execute(f"ANALYZE {SPANS_LONG}")


def _spans_long(revision: str) -> None:
    op.execute(f"DROP INDEX IF EXISTS {SPANS_LONG}")
    op.execute(f"CREATE INDEX {SPANS_LONG} ON events ({SPANS_LONG_COLUMNS}) WHERE {SPANS_LONG_WHERE[revision]}")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {NAME}")
    _spans_long("0005")
