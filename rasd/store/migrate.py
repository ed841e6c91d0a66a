"""Schema migrations (Alembic), run from Python: no alembic.ini at run time.

`upgrade(engine)` brings a database to the newest revision under
rasd/store/migrations/versions/.  `Store.create_schema()` calls it for
PostgreSQL; it works on SQLite too.  Several processes may start at once
against one PostgreSQL server (Dask workers, two `rasd ingest`): the
upgrade holds a PostgreSQL advisory lock, so one of them migrates and the
others wait and find the database current.

A database made before migrations existed (tables created straight from the
models, no `alembic_version` table) is stamped at revision 0001 and then
upgraded.

Writing a new revision after changing rasd/store/schema.py (developers only):

    python -m rasd.store.migrate revision "add a column" --db postgresql://...

autogenerates the revision against a database that is at head; review it.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"
# any constant will do: it names Rasd's migration lock among the server's advisory locks
_LOCK_KEY = 0x7261_7364_6D69_6772 & 0x7FFF_FFFF_FFFF_FFFF
# tables and columns that live in the database but not in the models (PostGIS's own table,
# the generated geometry column of revision 0002): autogenerate must leave them alone
EXTRA_TABLES = {"spatial_ref_sys", "alembic_version"}
EXTRA_COLUMNS = {("events", "geom")}
EXTRA_INDEXES = {"ix_events_geom"}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "table" and name in EXTRA_TABLES:
        return False
    if type_ == "column" and (obj.table.name, name) in EXTRA_COLUMNS:
        return False
    if type_ == "index" and name in EXTRA_INDEXES:
        return False
    return True


def _config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    cfg.attributes["include_object"] = include_object
    return cfg


def _run(engine: Engine | Connection, fn) -> None:
    """fn(conn) inside a transaction, under the advisory lock on PostgreSQL."""
    if isinstance(engine, Connection):
        fn(engine)
        return
    with engine.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        if pg:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK_KEY})
            conn.commit()
        try:
            fn(conn)
            conn.commit()
        finally:
            if pg:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _LOCK_KEY})
                conn.commit()


def upgrade(engine: Engine | Connection, revision: str = "head") -> None:
    """Migrate the database to `revision` (default: the newest)."""
    from alembic import command

    def go(conn: Connection) -> None:
        cfg = _config(conn)
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables and "articles" in tables:
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, revision)

    _run(engine, go)


def downgrade(engine: Engine | Connection, revision: str) -> None:
    from alembic import command

    _run(engine, lambda conn: command.downgrade(_config(conn), revision))


def current_revision(engine: Engine | Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    def get(conn: Connection) -> str | None:
        return MigrationContext.configure(conn).get_current_revision()

    if isinstance(engine, Connection):
        return get(engine)
    with engine.connect() as conn:
        return get(conn)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def schema_differences(engine: Engine) -> list:
    """What differs between the database and rasd/store/schema.py (empty when they match)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from rasd.store.schema import Base

    with engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Did not recognize type 'geometry'")  # PostGIS column, excluded anyway
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def has_postgis(engine: Engine | Connection) -> bool:
    """True when the events table carries the PostGIS geometry column of revision 0002."""
    def check(conn: Connection) -> bool:
        if conn.dialect.name != "postgresql":
            return False
        return conn.execute(text("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                                 "AND table_name = 'events' AND column_name = 'geom'")).scalar() is not None

    if isinstance(engine, Connection):
        return check(engine)
    with engine.connect() as conn:
        return check(conn)


def _main(argv: list[str]) -> int:  # pragma: no cover - developer tool
    import argparse

    from alembic import command

    from rasd.store.db import make_engine

    ap = argparse.ArgumentParser(prog="python -m rasd.store.migrate")
    sub = ap.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("upgrade")
    up.add_argument("--db", required=True)
    rev = sub.add_parser("revision")
    rev.add_argument("message")
    rev.add_argument("--db", required=True)
    args = ap.parse_args(argv)
    engine = make_engine(args.db)
    if args.cmd == "upgrade":
        upgrade(engine)
        print(f"at revision {current_revision(engine)}")
        return 0
    with engine.begin() as conn:
        n = len(list((MIGRATIONS / "versions").glob("[0-9]*.py"))) + 1
        command.revision(_config(conn), message=args.message, autogenerate=True, rev_id=f"{n:04d}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main(sys.argv[1:]))
