"""An index on the number of reports of an event, for the page's "at least N sources" filter.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

Most events have one report, so "at least two" keeps a few: read from this
index instead of every event (issue 17).
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a database made straight from the models may have it already
    if "ix_events_n_sources" not in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("events")}:
        op.create_index("ix_events_n_sources", "events", ["n_sources"])


def downgrade() -> None:
    op.drop_index("ix_events_n_sources", table_name="events")
