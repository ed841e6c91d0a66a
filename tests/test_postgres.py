"""PostgreSQL as the shared store: migrations, PostGIS, the same results as SQLite, concurrent writers.

Needs a server (RASD_TEST_PG, started by scripts/ci/run-tests.sh); skipped without one.
"""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from rasd.ingest.runner import ingest_items
from rasd.model import Article
from rasd.store import migrate, queries
from rasd.store.db import Store

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[1]


def sa_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def articles(dev_texts, n=None) -> list[Article]:
    return [Article(id=d["id"], text=d["text"], published=d["published"], url=d["url"], outlet=d["outlet"],
                    source_path=d["id"]) for d in dev_texts[:n]]


def test_migrations_build_the_models_schema(pg_url):
    store = Store(pg_url)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert migrate.schema_differences(store.engine) == []
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "events", "event_sources", "places", "actors", "claims", "movements", "failures",
            "alembic_version"} <= tables
    # idempotent: a second Store (another process, another machine) finds it current
    Store(pg_url)
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_postgis_geometry_column_and_gist_index(pg_url):
    store = Store(pg_url)
    with store.engine.connect() as c:
        has_ext = c.execute(text("SELECT 1 FROM pg_extension WHERE extname='postgis'")).scalar()
    if not has_ext:
        pytest.skip("this PostgreSQL server has no PostGIS")
    assert migrate.has_postgis(store.engine)
    with store.engine.begin() as c:
        c.execute(text("INSERT INTO events (event_type, sub_event_type, time_precision, lat, lon, notes, evidence, "
                       "n_sources) VALUES ('Battles', 'Armed clash', 'day', 31.2, 16.6, '', '', 1), "
                       "('Battles', 'Armed clash', 'day', NULL, NULL, '', '', 1)"))
        rows = c.execute(text("SELECT ST_X(geom), ST_Y(geom) FROM events ORDER BY id")).all()
        assert rows == [(16.6, 31.2), (None, None)]
        c.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(r[0] for r in c.execute(text(
            "EXPLAIN SELECT id FROM events WHERE geom && ST_MakeEnvelope(15, 30, 17, 32, 4326)")))
        assert "ix_events_geom" in plan
        n = c.execute(text("SELECT count(*) FROM events WHERE ST_DWithin(geom::geography, "
                           "ST_MakePoint(16.6, 31.25)::geography, 10000)")).scalar()
        assert n == 1


def test_without_postgis_plain_indexes(pg_url):
    """A role that may not create PostGIS, on a database without it: no geom column, plain indexes."""
    import psycopg

    server = pg_url.rsplit("/", 1)[0]
    name = pg_url.rsplit("/", 1)[1] + "_plain"
    with psycopg.connect(server + "/postgres", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_roles WHERE rolname = 'rasd_plain'").fetchone():
            c.execute("CREATE ROLE rasd_plain LOGIN NOSUPERUSER")
        c.execute(f'CREATE DATABASE "{name}" OWNER rasd_plain TEMPLATE template0')
    try:
        scheme, rest = server.split("://", 1)
        url = f"{scheme}://rasd_plain@{rest.split('@', 1)[-1]}/{name}"
        store = Store(url)
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert not migrate.has_postgis(store.engine)
        idx = {i["name"] for i in inspect(store.engine).get_indexes("events")}
        assert "ix_events_geo" in idx and "ix_events_geom" not in idx
        assert migrate.schema_differences(store.engine) == []
        s = ingest_items(articles_from_texts(["قتل خمسة أشخاص في اشتباكات مسلحة وقعت في مدينة سرت الليبية أمس "
                                              "بين قوات حكومة الوفاق وعناصر من تنظيم داعش."]), store)
        assert s.stored == 1 and not s.failures
        store.close()
    finally:
        with psycopg.connect(server + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def articles_from_texts(texts: list[str]) -> list[Article]:
    return [Article(id=f"t{i}", text=t, source_path=f"t{i}") for i, t in enumerate(texts)]


def test_downgrade_and_upgrade_again(pg_url):
    store = Store(pg_url)
    migrate.downgrade(store.engine, "0001")
    assert migrate.current_revision(store.engine) == "0001"
    assert not migrate.has_postgis(store.engine)
    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_database_made_before_migrations_is_stamped(pg_url):
    from rasd.store.schema import Base

    eng = create_engine(sa_url(pg_url))
    Base.metadata.create_all(eng)
    migrate.upgrade(eng)
    assert migrate.current_revision(eng) == migrate.head_revision()
    eng.dispose()


def test_concurrent_first_start(pg_url):
    errors: list[BaseException] = []

    def start():
        try:
            Store(pg_url).close()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert migrate.current_revision(create_engine(sa_url(pg_url))) == migrate.head_revision()


def test_same_results_as_sqlite(pg_url, tmp_path, dev_texts):
    """The storage layer reads back the same data from PostgreSQL as from SQLite."""
    arts = articles(dev_texts)
    results = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'x.sqlite'}"), ("pg", pg_url)):
        store = Store(url)
        s = ingest_items(arts, store)
        assert s.stored == len(arts) and not s.failures
        again = ingest_items(arts, store)
        assert again.stored == 0 and again.duplicates == len(arts)
        total, evs = queries.events(store, queries.EventFilter(limit=500, sort="id"))
        bbox_total, _ = queries.events(store, queries.EventFilter(bbox=(9.0, 19.0, 26.0, 34.0), limit=500))
        summ = queries.summary(store)
        results[name] = {
            "summary": {k: v for k, v in summ.items() if k != "by_type"},
            "by_type": sorted(summ["by_type"]),
            "events": [{k: v for k, v in e.items() if k != "id"} for e in evs],
            "bbox": bbox_total,
            "places": sorted((p["id"], p["mentions"]) for p in queries.places(store, limit=500)),
            "claims": sorted((g["actor"] or "", g["quantity"], len(g["claims"]))
                             for g in queries.claims_grouped(store)),
            "timeline": queries.timeline(store, queries.EventFilter()),
        }
        store.close()
    for key in results["sqlite"]:
        assert results["pg"][key] == results["sqlite"][key], key


def test_two_writers_store_each_article_once(pg_url, tmp_path, dev_texts):
    """Two ingest processes (two machines) over overlapping inputs: every article exactly once."""
    import json

    Store(pg_url).close()
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    rows = [json.dumps({"id": d["id"], "text": d["text"], "published": d["published"]}, ensure_ascii=False)
            for d in dev_texts]
    a.write_text("\n".join(rows[:20]) + "\n", encoding="utf-8")
    b.write_text("\n".join(rows[10:]) + "\n", encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, "-m", "rasd.cli", "ingest", str(p), "--db", pg_url, "-q"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in (a, b)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    eng = create_engine(sa_url(pg_url))
    with eng.connect() as c:
        n, distinct = c.execute(text("SELECT count(*), count(DISTINCT content_hash) FROM articles")).one()
        assert n == distinct == len(dev_texts)
        fails = c.execute(text("SELECT source, reason FROM failures")).all()
        assert fails == []
    eng.dispose()


def test_event_counts_and_fast_paths_on_postgresql(pg_url, dev_texts):
    """The triggers keep event_counts exact on PostgreSQL too (merges, re-ingest, updates, deletes, TRUNCATE),
    and the fast query paths answer as a plain query does."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from store_reference import check_filter, expected_counts, fill_with_merges, random_filters, stored_counts

    store = Store(pg_url)
    fill_with_merges(store, articles(dev_texts))
    assert stored_counts(store) == expected_counts(store)
    for f in random_filters(store, 30, extra_spots=1):
        check_filter(store, f)
    with store.engine.begin() as c:
        c.execute(text("UPDATE events SET date_start = '2016-06-02', date_end = '2016-06-02', fatalities = 1 "
                       "WHERE id = (SELECT min(id) FROM events WHERE date_start IS NOT NULL)"))
        c.execute(text("DELETE FROM events WHERE id = (SELECT min(id) FROM events WHERE lat IS NOT NULL)"))
    assert stored_counts(store) == expected_counts(store)
    with store.engine.begin() as c:
        c.execute(text("TRUNCATE events CASCADE"))
    assert stored_counts(store) == expected_counts(store) == {}
    store.close()
