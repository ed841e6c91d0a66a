"""How far merging across articles folds a feed's reports into incidents.

    python scripts/measure_merging.py [--n 2000] [--feed ../shared/corpus/saudinewsnet/articles.jsonl.gz]

Ingests, into a fresh SQLite store in a temporary folder:
1. the feed's first N articles of the politics section or of no section (in feed order), and prints the
   events per article before merging (every event an article's extraction gives) and after (events
   stored), with the largest incidents;
2. every article that names Suruç (سروج، سوروج، سوروتش), and prints the events stored there, with
   their sources: one suicide bombing on 20 July 2015 told by dozens of papers.
The feed is read from ../shared and never copied (its licence).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.ingest.runner import ingest_items  # noqa: E402
from rasd.model import Article  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.store.db import Store  # noqa: E402
from rasd.store.schema import EventRow  # noqa: E402

SURUC = re.compile("سروج|سوروج|سوروتش")


def articles(feed: Path, keep) -> list[Article]:
    out = []
    with gzip.open(feed, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if keep(d):
                out.append(Article(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"),
                                   published=d.get("published"), source_path=d["id"]))
    return out


def run(arts: list[Article], folder: str, name: str, pipe: Pipeline) -> Store:
    store = Store(f"sqlite:///{folder}/{name}.sqlite")
    s = ingest_items(arts, store, pipe)
    reports = s.events_new + s.events_merged
    print(f"{name}: {len(arts)} articles, {s.stored} stored ({s.duplicates} already present, "
          f"{len(s.failures)} failed)")
    if s.stored:
        print(f"  events per article before merging {reports / s.stored:.2f} ({reports} reports), "
              f"after {s.events_new / s.stored:.2f} ({s.events_new} events, {s.events_merged} reports merged)")
    return store


def show(store: Store, where, limit: int) -> None:
    with store.Session() as s:
        rows = s.scalars(select(EventRow).where(where).order_by(EventRow.n_sources.desc()).limit(limit))
        for r in rows:
            print(f"  {r.n_sources:3d} sources  {r.sub_event_type:32s} {r.event_date or '-':10s} "
                  f"{r.location_en or r.location or '-':20s} {r.actor1 or '-'} / {r.actor2 or '-'} "
                  f"fatalities={r.fatalities}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--feed", type=Path, default=ROOT.parent / "shared/corpus/saudinewsnet/articles.jsonl.gz")
    a = ap.parse_args()
    if not a.feed.exists():
        print(f"the feed is not there ({a.feed}): ../shared is absent", file=sys.stderr)
        return 2
    pipe = Pipeline()
    with tempfile.TemporaryDirectory() as folder:
        politics = articles(a.feed, lambda d: d.get("section") in (None, "politics"))[:a.n]
        store = run(politics, folder, "politics", pipe)
        print("  largest incidents:")
        show(store, EventRow.n_sources > 1, 8)
        store.close()
        suruc = articles(a.feed, lambda d: bool(SURUC.search(d["text"])))
        store = run(suruc, folder, "suruc", pipe)
        print("  events at Suruç:")
        show(store, EventRow.location_en == "Suruç", 20)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
