"""Alembic environment for Rasd's store.

Run programmatically by `rasd.store.migrate.upgrade(engine)`, which passes an
open connection in `config.attributes["connection"]`; no alembic.ini is
needed.  (For a developer writing a new revision: see rasd/store/migrate.py.)
"""
from __future__ import annotations

from alembic import context

from rasd.store.schema import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - command-line use with a URL
        from sqlalchemy import create_engine

        url = config.get_main_option("sqlalchemy.url")
        with create_engine(url).connect() as conn:
            context.configure(connection=conn, target_metadata=target_metadata)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata,
                      include_object=config.attributes.get("include_object"))
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():  # pragma: no cover
    raise SystemExit("Rasd's migrations run online only (rasd.store.migrate.upgrade)")
run_migrations_online()
