"""A `rasd` command that SIGKILLs itself right after its Nth SQL statement (for tests/test_store_safety.py).

Run in a forkserver child whose server has preloaded the store's modules, so that each of the many
kill points costs a fork, not a new interpreter.
"""
from __future__ import annotations

import os
import signal

PRELOAD = ["rasd.cli", "rasd.store.db", "rasd.store.migrate", "rasd.store.schema", "alembic.command",
           "alembic.runtime.migration", "alembic.script", "alembic.operations", "sqlalchemy.dialects.sqlite"]


def run(limit: int, argv: list[str]) -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    seen = 0

    @event.listens_for(Engine, "after_cursor_execute")
    def _kill(*_args) -> None:
        nonlocal seen
        seen += 1
        if seen >= limit:
            os.kill(os.getpid(), signal.SIGKILL)

    from rasd.cli import app

    try:
        app(argv, standalone_mode=False)
    except SystemExit as exc:
        os._exit(exc.code or 0)
    os._exit(0)
