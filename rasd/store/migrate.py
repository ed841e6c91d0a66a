"""Schema migrations (Alembic), run from Python: no alembic.ini at run time.

`upgrade(engine)` brings a database to the newest revision under
rasd/store/migrations/versions/; `Store.create_schema()` calls it on
SQLite and PostgreSQL alike.

An upgrade is one transaction, so a process killed in the middle of it
leaves the database as it was before: PostgreSQL has transactional DDL, and
on SQLite the whole upgrade runs inside `BEGIN IMMEDIATE` (Python's sqlite3
would otherwise commit every CREATE on its own).  Upgrades are serialised
across processes: a PostgreSQL advisory lock, SQLite's write lock taken by
`BEGIN IMMEDIATE`; the first process migrates, the others wait and then find
the database current.  A database already at the newest revision is opened
without taking either lock.

Stores found without a recorded revision:

* tables straight from the models, made before migrations existed: stamped
  at revision 0001 and upgraded;
* left half-built by an older Rasd killed during its first migration (it
  committed the tables one by one): rebuilt when none of its tables holds a
  row, refused with `StoreError` (the message says how to repair it) when
  some do.

Writing a new revision after changing rasd/store/schema.py (developers only):

    python -m rasd.store.migrate revision "add a column" --db postgresql://...

autogenerates the revision against a database that is at head; review it.
"""
from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"
# the tables of revision 0001, in the order they may be dropped (dependants first)
BASELINE_TABLES = ("place_mentions", "movements", "event_sources", "claims", "actor_mentions", "places",
                   "failures", "events", "articles", "actors")
# how long a process waits for another one's SQLite upgrade (a large store's data migration takes a while)
SQLITE_LOCK_WAIT_S = 600.0
# any constant will do: it names Rasd's migration lock among the server's advisory locks
_LOCK_KEY = 0x7261_7364_6D69_6772 & 0x7FFF_FFFF_FFFF_FFFF
# tables and columns that live in the database but not in the models (PostGIS's own table,
# the generated geometry column of revision 0002, revision 0006's index on expressions that differ by
# dialect): autogenerate must leave them alone
EXTRA_TABLES = {"spatial_ref_sys", "alembic_version"}
EXTRA_COLUMNS = {("events", "geom")}
EXTRA_INDEXES = {"ix_events_geom", "ix_events_type_cell"}


class StoreError(RuntimeError):
    """A store Rasd cannot use as it is; the message says why and what to do."""


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


def _begin_sqlite(conn: Connection, wait: float = SQLITE_LOCK_WAIT_S) -> None:
    """Open a transaction that holds SQLite's write lock (so DDL is atomic and upgrades are serialised)."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            conn.rollback()
            if "locked" not in str(exc.orig).lower() and "busy" not in str(exc.orig).lower():
                raise
            if time.monotonic() > deadline:
                raise StoreError(f"another process has held the store's write lock for {wait:.0f} s; "
                                 "is an upgrade of a very large store running?") from None
            time.sleep(0.1)


def _run(engine: Engine | Connection, fn) -> None:
    """fn(conn) in one transaction: under the advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite."""
    if isinstance(engine, Connection):
        fn(engine)
        return
    with engine.connect() as conn:
        pg = conn.dialect.name == "postgresql"
        if pg:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK_KEY})
            conn.commit()
        elif conn.dialect.name == "sqlite":
            _begin_sqlite(conn)
        try:
            fn(conn)
            conn.commit()
        finally:
            if pg:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _LOCK_KEY})
                conn.commit()


def _where(conn: Connection) -> str:
    url = conn.engine.url
    return url.database if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)


def _without_revision(conn: Connection, cfg) -> None:
    """A database with Rasd tables and no recorded revision: stamp, rebuild, or refuse (see the module doc)."""
    from alembic import command

    from rasd.store.schema import Base

    known = set(BASELINE_TABLES) | set(Base.metadata.tables)
    present = set(inspect(conn).get_table_names()) & known
    if not present:
        return
    holding = [t for t in sorted(present) if conn.execute(text(f'SELECT 1 FROM "{t}" LIMIT 1')).first()]
    if not holding:
        # nothing in it: whatever an interrupted first migration left is dropped and built again
        order = [t.name for t in reversed(Base.metadata.sorted_tables)]
        order += [t for t in BASELINE_TABLES if t not in order]
        for t in order + ["alembic_version"]:
            conn.execute(text(f'DROP TABLE IF EXISTS "{t}"'))
        return
    missing = sorted(set(BASELINE_TABLES) - present)
    if not missing:
        command.stamp(cfg, BASELINE)   # made from the models before migrations existed
        return
    raise StoreError(
        f"the store {_where(conn)} was left half-built by an interrupted first set-up (an older Rasd created "
        f"its tables one at a time): {', '.join(sorted(present))} exist, {', '.join(missing)} do not, and "
        f"{', '.join(holding)} hold rows, so Rasd will not rebuild it by itself. To repair it: keep a copy, "
        "then delete the store (for SQLite, the file and its -wal and -shm files; for PostgreSQL, drop its "
        "tables) and ingest the articles again.")


def upgrade(engine: Engine | Connection, revision: str = "head") -> None:
    """Migrate the database to `revision` (default: the newest); StoreError when it cannot be used."""
    from alembic import command
    from alembic.util import CommandError

    if revision == "head" and isinstance(engine, Engine) and _current_quietly(engine) == head_revision():
        return   # the common case: nothing to do, no lock to take

    def go(conn: Connection) -> None:
        cfg = _config(conn)
        if current_revision(conn) is None:
            _without_revision(conn, cfg)
        try:
            command.upgrade(cfg, revision)
        except CommandError as exc:
            raise StoreError(f"the store {_where(conn)} cannot be upgraded by this version of Rasd "
                             f"(made by a newer one?): {exc}") from None

    _run(engine, go)


def _current_quietly(engine: Engine) -> str | None:
    try:
        return current_revision(engine)
    except Exception:  # noqa: BLE001 - any doubt (a locked or odd database) takes the locked path
        return None


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
