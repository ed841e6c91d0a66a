"""One incident, many newspapers, on real coverage: every article of the feed (../shared/corpus/saudinewsnet)
that names Suruç, ingested into one store.  The suicide bombing of 20 July 2015 there must come out as one
incident carrying most of those articles as its sources.  Skipped when ../shared is not beside the project
(the feed's licence forbids copying it; the test reads it from there).
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
SURUC_SPELLINGS = re.compile("سروج|سوروج|سوروتش")
SURUC = "Suruç"  # the place's English name: its id depends on which list knows it
# the measure: of the 64 articles of 21-24 July that name it, at least 45 behind the one event
# (measured 52 on 2026-12-05; scripts/measure_merging.py)
FIRST_DAYS = ("2015-07-21", "2015-07-24")
MIN_SOURCES = 45


@pytest.mark.slow
def test_the_suruc_bombing_is_one_incident_with_most_reports_behind_it(tmp_path):
    if not FEED.exists():
        pytest.skip(f"the feed is not there ({FEED}): ../shared is absent")
    from rasd.ingest.runner import ingest_items
    from rasd.model import Article
    from rasd.store.db import Store
    from rasd.store.schema import EventRow, EventSourceRow

    arts = []
    with gzip.open(FEED, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if SURUC_SPELLINGS.search(d["text"]):
                arts.append(Article(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
                                    published=d.get("published"), source_path=d["id"]))
    store = Store(f"sqlite:///{tmp_path / 'suruc.sqlite'}")
    summary = ingest_items(arts, store)
    assert summary.stored + summary.duplicates == len(arts) and not summary.failures
    first_days = {a.id for a in arts if FIRST_DAYS[0] <= (a.published or "") <= FIRST_DAYS[1]}
    with store.Session() as s:
        there = list(s.scalars(select(EventRow).where(EventRow.location_en == SURUC)
                               .order_by(EventRow.n_sources.desc())))
        bombing = there[0]
        behind = set(s.scalars(select(EventSourceRow.article_id).where(EventSourceRow.event_id == bombing.id)))
    assert (bombing.sub_event_type, bombing.event_date, bombing.actor1) == ("Suicide bomb", "2015-07-20",
                                                                            "Islamic State")
    assert len(first_days) == 64 and len(behind & first_days) >= MIN_SOURCES
    # and nothing else is stored there: no article of the feed reports another incident at Suruç (the arrests,
    # protests, strikes and truce told in its coverage happened elsewhere or are background)
    others = [(r.sub_event_type, r.event_date, r.n_sources) for r in there[1:]]
    assert others == []
    store.close()
