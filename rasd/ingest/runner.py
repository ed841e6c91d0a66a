"""Run articles through the pipeline into a store, one transaction each.

Nothing lost, nothing doubled:

* each article is saved with its whole extraction in one transaction
  (the store's `save`), so a crash leaves it either fully stored or absent;
* an article whose text is already stored is skipped before extraction, so
  re-running an interrupted batch resumes where it stopped;
* a failure of one article (unreadable input, an extraction error, an
  article over its time budget, a store error) is recorded with its reason
  and the batch goes on; the same failure is not recorded twice when a
  batch is re-run, and the failures of a source are cleared once it is
  stored.

The store is any object with the methods of `rasd.ingest.sink.ArticleStore`
(`rasd.store.db.Store` is Rasd's): ingestion never sees its tables.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rasd.ingest.files import IngestFailure
from rasd.ingest.sink import ArticleStore
from rasd.model import Article, Extraction


def save_with_retry(store: ArticleStore, ex: Extraction):
    """`store.save(ex)` (which retries a transaction lost to a concurrent writer itself)."""
    return store.save(ex)


def plain(text: str, limit: int = 4000) -> str:
    """A source or reason as storable text: no NUL, no lone surrogates (undecodable file names), bounded."""
    text = text.replace("\x00", "\\0").encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "…"


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

    def __init__(self, store: ArticleStore):
        self.store = store
        rows = store.failures()
        self.known = {(a, b) for a, b in rows}
        self.sources = {a for a, _ in rows}

    def record(self, source: str, reason: str) -> None:
        source, reason = plain(source), plain(reason)
        if (source, reason) in self.known:
            return
        self.store.record_failure(source, reason)
        self.known.add((source, reason))
        self.sources.add(source)

    def clear(self, source: str | None) -> None:
        """A source that failed before and is stored now is no longer a failure."""
        source = plain(source) if source else source
        if not source or source not in self.sources:
            return
        self.store.clear_failures(source)
        self.sources.discard(source)
        self.known = {k for k in self.known if k[0] != source}


def extract_one(pipe, article: Article, time_budget: float | None = None) -> Extraction:
    """The pipeline's extraction of one article within its time budget (None: the pipeline's default,
    0: none); raises what the pipeline raises, OverBudget included."""
    within = getattr(pipe, "extract_within", None)
    if within is None:
        return pipe.extract(article)
    return within(article) if time_budget is None else within(article, time_budget)


def failure_reason(exc: BaseException) -> str:
    """One sentence for an extraction that failed."""
    if type(exc).__name__ == "OverBudget":
        return str(exc)
    if isinstance(exc, RecursionError):
        return "extraction failed: the text nests too deeply for the pipeline (RecursionError)"
    return f"extraction failed: {type(exc).__name__}: {exc}"


def ingest_items(items: Iterable[Article | IngestFailure], store: ArticleStore, pipeline=None,
                 on_item: Callable[[Article | IngestFailure], None] | None = None,
                 on_file: Callable[[], None] | None = None, time_budget: float | None = None) -> IngestSummary:
    """Extract and store `items`; `pipeline` defaults to rasd.pipeline.Pipeline() (loaded lazily)."""
    pipe = pipeline
    summary = IngestSummary()
    failures = FailureLog(store)
    last_file: str | None = None

    def fail(source: str, reason: str) -> None:
        summary.failures.append(IngestFailure(source, reason))
        try:
            failures.record(source, reason)
        except Exception as exc:  # noqa: BLE001 - the report still has it; the batch goes on
            summary.failures.append(IngestFailure(source, f"(could not record this failure: {exc})"))

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
            if store.has_text(item.text):
                summary.duplicates += 1
                failures.clear(source)
                continue
            if pipe is None:
                from rasd.pipeline import Pipeline

                pipe = Pipeline()
            ex = extract_one(pipe, item, time_budget)
        except Exception as exc:  # one article's bug must not stop the batch
            fail(source or item.id, failure_reason(exc))
            continue
        try:
            res = store.save(ex)
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
        try:
            failures.clear(source)
        except Exception:  # noqa: BLE001 - a stale failure line is no reason to stop; the next run clears it
            pass
    return summary
