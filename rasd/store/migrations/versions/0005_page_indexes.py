"""Indexes for the analyst's page at the scale of a feed (issue 17).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

* (n_sources): most events have one report, so the page's "at least N sources"
  filter keeps a few: read them from the index instead of every event.
* (event_type, sub_event_type): the page's facets (events per type and
  sub-type) counted from the index alone.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


INDEXES = {"ix_events_n_sources": ["n_sources"], "ix_events_type_sub": ["event_type", "sub_event_type"]}


def upgrade() -> None:
    # a database made straight from the models may have them already
    have = {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("events")}
    for name, columns in INDEXES.items():
        if name not in have:
            op.create_index(name, "events", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="events")
