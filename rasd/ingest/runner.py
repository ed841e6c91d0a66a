"""Run articles through the pipeline into the store, one transaction each.

Nothing lost, nothing doubled:

* each article is saved with its whole extraction in one transaction
  (`Store.save`), so a crash leaves it either fully stored or absent;
* an article whose content hash is already stored is skipped before
  extraction, so re-running an interrupted batch resumes where it stopped;
* a failure of one article (unreadable input, an extraction error, a store
  error) is recorded with its reason and the batch goes on; the same
  failure is not recorded twice when a batch is re-run, and the failures of
  a source are cleared once it is stored;
* several writers on one PostgreSQL store (processes, machines) may race to
  create the same place or actor row, or deadlock updating them: the losing
  transaction is rolled back whole and retried (`save_with_retry`).
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, OperationalError

from rasd.ingest.files import IngestFailure
from rasd.model import Article
from rasd.store.db import Store, content_hash
from rasd.store.schema import FailureRow

SAVE_ATTEMPTS = 5        # a race lost 4 times in a row means something else is wrong


def save_with_retry(store: Store, ex, attempts: int = SAVE_ATTEMPTS):
    """`store.save(ex)`, retrying a transaction lost to a concurrent writer."""
    for attempt in range(attempts):
        try:
            return store.save(ex)
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts - 1 or (isinstance(exc, OperationalError) and not _transient(exc)):
                raise
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
    raise AssertionError("unreachable")


def _transient(exc: OperationalError) -> bool:
    """Deadlock, serialization failure, or SQLite's "database is locked"."""
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in ("40P01", "40001") or "locked" in str(exc.orig).lower()


@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: int = 0
    events_new: int = 0
    events_merged: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


def _file_of(source: str | None) -> str | None:
    """'corpus.jsonl:17' -> 'corpus.jsonl' (the file a JSON Lines record came from)."""
    if source and ":" in source:
        head, tail = source.rsplit(":", 1)
        if tail.isdigit():
            return head
    return source


class FailureLog:
    """The store's failure list, written once per (source, reason)."""

    def __init__(self, store: Store):
        self.store = store
        with store.Session() as s:
            rows = s.execute(select(FailureRow.source, FailureRow.reason)).all()
        self.known = {(a, b) for a, b in rows}
        self.sources = {a for a, _ in rows}

    def record(self, source: str, reason: str) -> None:
        if (source, reason) in self.known:
            return
        self.store.record_failure(source, reason)
        self.known.add((source, reason))
        self.sources.add(source)

    def clear(self, source: str | None) -> None:
        """A source that failed before and is stored now is no longer a failure."""
        if not source or source not in self.sources:
            return
        with self.store.Session.begin() as s:
            s.execute(delete(FailureRow).where(FailureRow.source == source))
        self.sources.discard(source)
        self.known = {k for k in self.known if k[0] != source}


def ingest_items(items: Iterable[Article | IngestFailure], store: Store, pipeline=None,
                 on_item: Callable[[Article | IngestFailure], None] | None = None,
                 on_file: Callable[[], None] | None = None) -> IngestSummary:
    """Extract and store `items`; `pipeline` defaults to rasd.pipeline.Pipeline() (loaded lazily)."""
    pipe = pipeline
    summary = IngestSummary()
    failures = FailureLog(store)
    last_file: str | None = None

    def fail(source: str, reason: str) -> None:
        f = IngestFailure(source, reason)
        summary.failures.append(f)
        failures.record(source, reason)

    for item in items:
        source = item.source if isinstance(item, IngestFailure) else (item.source_path or item.url or item.id)
        file_of = _file_of(source)
        if on_file is not None and file_of != last_file:
            on_file()
            last_file = file_of
        if on_item is not None:
            on_item(item)
        if isinstance(item, IngestFailure):
            fail(item.source, item.reason)
            continue
        try:
            if store.has_hash(content_hash(item.text)):
                summary.duplicates += 1
                failures.clear(source)
                continue
            if pipe is None:
                from rasd.pipeline import Pipeline

                pipe = Pipeline()
            ex = pipe.extract(item)
        except Exception as exc:  # one article's bug must not stop the batch
            fail(source or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        try:
            res = save_with_retry(store, ex)
        except Exception as exc:
            fail(source or item.id, f"storage failed: {type(exc).__name__}: {exc}")
            continue
        if res.stored:
            summary.stored += 1
            summary.events_new += res.events_new
            summary.events_merged += res.events_merged
            summary.article_ids.append(res.article_id)
        else:
            summary.duplicates += 1
        failures.clear(source)
    return summary
