"""Arabic-normalised search text for events, and an index for type + period + box filters.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

`events.search` holds the event's evidence, place, actors and note in Rasd's
matching form (hamza seats, taa marbuta, alif maqsura, diacritics unified),
so that a search for اجدابيا finds أجدابيا.  Existing rows are filled here.
"""
import warnings

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from rasd.store.dedup import search_text

    bind = op.get_bind()
    # a database made straight from the models (before migrations) may have both already
    insp = sa.inspect(bind)
    with warnings.catch_warnings():  # PostGIS's geometry column is unknown to plain SQLAlchemy; harmless here
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        columns = {c["name"] for c in insp.get_columns("events")}
    if "search" not in columns:
        with op.batch_alter_table("events") as batch:
            batch.add_column(sa.Column("search", sa.Text(), nullable=False, server_default=""))
    if "ix_events_type_span_geo" not in {i["name"] for i in insp.get_indexes("events")}:
        op.create_index("ix_events_type_span_geo", "events", ["event_type", "date_start", "date_end", "lat", "lon"])
    rows = bind.execute(sa.text("SELECT id, evidence, location, location_en, actor1, actor2, notes FROM events WHERE search = ''")).all()
    for r in rows:
        bind.execute(sa.text("UPDATE events SET search = :s WHERE id = :i"),
                     {"s": search_text(r.evidence, r.location, r.location_en, r.actor1, r.actor2, r.notes), "i": r.id})


def downgrade() -> None:
    op.drop_index("ix_events_type_span_geo", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("search")
