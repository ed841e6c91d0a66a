"""A store that cannot be left half-built.

* SIGKILL at every statement of a first migration (SQLite and PostgreSQL): the next command finds a
  store it can use, at the newest revision, with exactly the schema of a clean build;
* two processes opening one fresh store at once: both succeed, the schema is built once;
* a store left half-built by an older Rasd (tables committed one by one, no revision recorded) is
  repaired when it holds nothing, and refused with a message saying how to repair it when it holds data.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
import warnings
from pathlib import Path

import pytest
import store_killer
from sqlalchemy import inspect
from sqlalchemy.exc import SAWarning

from rasd.ingest.runner import ingest_items
from rasd.model import Article
from rasd.store import migrate
from rasd.store.db import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]


TEXT = ("اشتبكت قوات الجيش مع مسلحين في مدينة سرت يوم الثلاثاء، وقال مصدر عسكري إن ثلاثة جنود قتلوا "
        "وأصيب خمسة آخرون في الاشتباكات التي استمرت ساعات.")


@pytest.fixture(scope="module")
def pipeline():
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    pipe.resources  # noqa: B018 - load once for the module
    return pipe


def schema_of(store: Store) -> dict:
    insp = inspect(store.engine)
    out = {}
    with warnings.catch_warnings():   # PostGIS's geometry column is unknown to plain SQLAlchemy
        warnings.simplefilter("ignore", SAWarning)
        for t in sorted(insp.get_table_names()):
            if t == "spatial_ref_sys":
                continue
            out[t] = (sorted(c["name"] for c in insp.get_columns(t)),
                      sorted(i["name"] for i in insp.get_indexes(t)))
    return out


@pytest.fixture(scope="module")
def forkserver():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(store_killer.PRELOAD)
    return ctx


def run_killed(ctx, url: str, after: int) -> int:
    """`rasd failures --db url`, killed after its `after`th SQL statement; returns the exit status."""
    proc = ctx.Process(target=store_killer.run, args=(after, ["failures", "--db", url]))
    proc.start()
    proc.join(120)
    if proc.exitcode is None:
        proc.kill()
        pytest.fail(f"rasd hung (kill point {after})")
    if proc.exitcode not in (0, -signal.SIGKILL):
        pytest.fail(f"rasd failed before it was killed (after {after} statements): exit {proc.exitcode}")
    return proc.exitcode


def check_usable(url: str, reference: dict, pipeline, k: int) -> None:
    store = Store(url)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision(), k
        assert schema_of(store) == reference, k
        summary = ingest_items([Article(id=f"k{k}", text=TEXT, source_path=f"k{k}")], store, pipeline)
        assert summary.stored == 1 and not summary.failures, (k, summary.failures)
    finally:
        store.close()


def kill_every_statement(ctx, fresh_url, drop, reference: dict, pipeline) -> int:
    """Kill a first migration after each of its statements in turn; returns how many kill points there were."""
    k = 0
    while True:
        k += 1
        url = fresh_url()
        try:
            rc = run_killed(ctx, url, k)
            check_usable(url, reference, pipeline, k)
        finally:
            drop(url)
        if rc == 0:
            return k - 1
        assert k < 500, "the migration never finished"


@pytest.mark.slow
def test_sigkill_at_every_statement_of_a_first_migration_sqlite(tmp_path, pipeline, forkserver):
    reference = schema_of(Store(f"sqlite:///{tmp_path / 'reference.sqlite'}"))

    def fresh() -> str:
        return f"sqlite:///{tmp_path / f'k{uuid.uuid4().hex[:8]}.sqlite'}"

    def drop(url: str) -> None:
        for p in tmp_path.glob(url.rsplit("/", 1)[1] + "*"):
            p.unlink()

    kills = kill_every_statement(forkserver, fresh, drop, reference, pipeline)
    assert kills >= 40, kills      # every statement of the first migration was a kill point


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_at_every_statement_of_a_first_migration_postgres(pg_url, pipeline, forkserver):
    import psycopg

    server = pg_url.rsplit("/", 1)[0]
    reference = schema_of(Store(pg_url))

    def fresh() -> str:
        name = f"rasd_k_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(server + "/postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}" TEMPLATE template1')
        return f"{server}/{name}"

    def drop(url: str) -> None:
        with psycopg.connect(server + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    kills = kill_every_statement(forkserver, fresh, drop, reference, pipeline)
    assert kills >= 40, kills


def start_together(url: str, n: int = 2) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-m", "rasd.cli", "failures", "--db", url], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(n)]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=180)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


@pytest.mark.slow
def test_two_processes_on_a_fresh_sqlite_store(tmp_path):
    reference = schema_of(Store(f"sqlite:///{tmp_path / 'reference.sqlite'}"))
    for trial in range(6):
        url = f"sqlite:///{tmp_path / f'race{trial}.sqlite'}"
        for r in start_together(url):
            assert r.returncode == 0, r.stderr[-3000:]
        store = Store(url)
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert schema_of(store) == reference
        store.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_two_processes_on_a_fresh_postgres_store(pg_url):
    for r in start_together(pg_url, 3):
        assert r.returncode == 0, r.stderr[-3000:]
    assert migrate.current_revision(Store(pg_url).engine) == migrate.head_revision()


def half_built(path: Path, with_data: bool) -> str:
    """What an older Rasd left when killed during its first migration on SQLite: an empty version
    table and the first tables of revision 0001, each committed on its own."""
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc
            PRIMARY KEY (version_num));
        CREATE TABLE actors (id VARCHAR(200) NOT NULL, name VARCHAR(300) NOT NULL, canonical VARCHAR(300),
            kind VARCHAR(60), country VARCHAR(2), aliases JSON NOT NULL, PRIMARY KEY (id));
        CREATE INDEX ix_actors_canonical ON actors (canonical);
        CREATE TABLE articles (id VARCHAR(200) NOT NULL, content_hash VARCHAR(64) NOT NULL, url TEXT,
            outlet VARCHAR(200), published VARCHAR(10), title TEXT, language VARCHAR(8) NOT NULL,
            source_path TEXT, text TEXT NOT NULL, ingested_at DATETIME NOT NULL,
            extractor VARCHAR(40) NOT NULL, PRIMARY KEY (id));
    """)
    if with_data:
        con.execute("INSERT INTO actors VALUES ('x', 'س', NULL, NULL, NULL, '[]')")
    con.commit()
    con.close()
    return f"sqlite:///{path}"


def test_a_half_built_empty_store_from_an_older_version_is_repaired(tmp_path, pipeline):
    reference = schema_of(Store(f"sqlite:///{tmp_path / 'reference.sqlite'}"))
    url = half_built(tmp_path / "old.sqlite", with_data=False)
    check_usable(url, reference, pipeline, 0)


def test_a_half_built_store_holding_data_is_refused_with_the_way_to_repair_it(tmp_path):
    url = half_built(tmp_path / "old.sqlite", with_data=True)
    with pytest.raises(StoreError) as err:
        Store(url)
    message = str(err.value)
    assert "half-built" in message and "old.sqlite" in message and "actors" in message
    # the command line says it in one message, without a traceback
    r = subprocess.run([sys.executable, "-m", "rasd.cli", "failures", "--db", url], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "half-built" in r.stderr and "Traceback" not in r.stderr


def test_a_store_made_before_migrations_is_still_stamped_and_upgraded(tmp_path):
    """Tables straight from the models, no version table, data in them: kept, and brought to head."""
    from sqlalchemy import create_engine

    from rasd.store.schema import Base

    url = f"sqlite:///{tmp_path / 'pre.sqlite'}"
    eng = create_engine(url)
    Base.metadata.create_all(eng)
    with eng.begin() as c:
        c.exec_driver_sql("INSERT INTO actors (id, name, aliases) VALUES ('x', 'س', '[]')")
    eng.dispose()
    store = Store(url)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    with store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM actors").scalar() == 1


if os.name != "posix":  # pragma: no cover
    pytest.skip("SIGKILL tests need POSIX", allow_module_level=True)
