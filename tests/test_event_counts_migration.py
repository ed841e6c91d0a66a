"""Revision 0004 (event_counts, its triggers and the million-event indexes) on a store that already holds events.

A store at revision 0003 with events in it is upgraded: the counts are backfilled from the events already there,
and from then on the triggers keep them exact through new articles, a re-ingest of the same articles (nothing
stored twice, counts unchanged), reports merged into stored incidents, updates and deletes.  Downgrading to 0003
and upgrading again gives the same counts.  Real SQLite and PostgreSQL (RASD_TEST_PG), no mocks.
"""
from __future__ import annotations

import warnings

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import SAWarning
from store_reference import add_edge_events, expected_counts, stored_counts

from rasd.ingest.runner import ingest_items
from rasd.model import Article
from rasd.store import migrate
from rasd.store.db import Store

NEW_INDEXES = {"ix_events_type_start", "ix_events_type_spans_month", "ix_events_type_spans_long",
               "ix_events_lon_lat", "ix_events_lat_lon"}


@pytest.fixture(scope="module")
def pipeline():
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    pipe.resources  # noqa: B018 - load once for the module
    return pipe


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")


def arts(dev_texts, lo: int, hi: int, suffix: str = "") -> list[Article]:
    out = []
    for d in dev_texts[lo:hi]:
        body = d["text"] + ("\n\nأعادت نشره وكالة أخرى." if suffix else "")
        out.append(Article(id=d["id"] + suffix, text=body, published=d["published"], url=d["url"],
                           source_path=d["id"] + suffix))
    return out


def indexes(store: Store) -> set[str]:
    with warnings.catch_warnings():   # PostGIS's geometry column is unknown to plain SQLAlchemy
        warnings.simplefilter("ignore", SAWarning)
        return {i["name"] for i in inspect(store.engine).get_indexes("events")}


def n_events(store: Store) -> int:
    with store.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM events")).scalar()


def test_upgrade_backfills_counts_and_triggers_keep_them(store_url, dev_texts, pipeline):
    store = Store(store_url)
    first = ingest_items(arts(dev_texts, 0, 15), store, pipeline=pipeline)
    assert first.stored == 15
    migrate.downgrade(store.engine, "0003")
    assert "event_counts" not in inspect(store.engine).get_table_names()
    assert not indexes(store) & NEW_INDEXES
    # events written while the store is at 0003 (an older Rasd): no table, no trigger counts them
    ingest_items(arts(dev_texts, 15, 30), store, pipeline=pipeline)
    add_edge_events(store)
    before = n_events(store)
    assert before > 30

    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert NEW_INDEXES <= indexes(store)
    counts = stored_counts(store)
    assert counts == expected_counts(store)
    by_month_1deg = sum(n for (level, kind, *_), (n, _f) in counts.items() if level == 0 and kind == "m")
    assert by_month_1deg == before            # every event counted once per grid and period kind

    repeat = ingest_items(arts(dev_texts, 0, 30), store, pipeline=pipeline)     # re-ingest: idempotent
    assert repeat.stored == 0
    assert n_events(store) == before and stored_counts(store) == counts

    merged = ingest_items(arts(dev_texts, 0, 30, suffix="-b"), store, pipeline=pipeline)   # reports merge
    assert merged.stored == 30 and merged.events_merged > 0
    assert stored_counts(store) == expected_counts(store)

    with store.engine.begin() as c:
        c.execute(text("UPDATE events SET fatalities = coalesce(fatalities, 0) + 2, country = 'LY' "
                       "WHERE id = (SELECT max(id) FROM events WHERE lat IS NOT NULL)"))
        c.execute(text("DELETE FROM event_sources WHERE event_id IN (SELECT id FROM events WHERE lat IS NULL)"))
        c.execute(text("DELETE FROM events WHERE lat IS NULL"))
    assert stored_counts(store) == expected_counts(store)

    after = stored_counts(store)
    migrate.downgrade(store.engine, "0003")
    migrate.upgrade(store.engine)
    assert stored_counts(store) == after
    store.close()
