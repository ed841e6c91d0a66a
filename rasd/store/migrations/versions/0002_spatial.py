"""Spatial index for events: PostGIS when the server has it, plain indexes otherwise.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

With PostGIS (the extension is created when it is available and we may):
`events.geom`, a generated geometry(Point, 4326) column computed from
lat/lon, with a GiST index, so that `geom && ST_MakeEnvelope(...)` or
`ST_DWithin(geom::geography, ...)` are index scans however many events the
store holds.  The ORM never writes it (PostgreSQL computes it) and never
reads it (it is not in rasd/store/schema.py), so the application works the
same on a server without PostGIS, where the (lat, lon) B-tree of revision
0001 (`ix_events_geo`) serves bounding boxes.
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

GEOM_COLUMN = "geom"
GEOM_INDEX = "ix_events_geom"


def _postgis(bind) -> bool:
    """True when PostGIS is installed in this database (creating it when we can)."""
    have = bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).scalar()
    if have:
        return True
    available = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).scalar()
    if not available:
        return False
    try:
        with bind.begin_nested():   # a savepoint: a refused CREATE must not abort the migration
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS postgis"))
    except sa.exc.DBAPIError:
        return False                # e.g. not a superuser and postgis is not trusted
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _postgis(bind):
        return
    op.execute(
        f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {GEOM_COLUMN} geometry(Point, 4326) "
        "GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL "
        "THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED")
    op.execute(f"CREATE INDEX IF NOT EXISTS {GEOM_INDEX} ON events USING gist ({GEOM_COLUMN})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {GEOM_INDEX}")
    op.execute(f"ALTER TABLE events DROP COLUMN IF EXISTS {GEOM_COLUMN}")
