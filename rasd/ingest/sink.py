"""What ingestion needs from a store, and nothing more: articles and failures, never tables.

Ingestion (`rasd.ingest.runner`, `rasd.ingest.feeds`, `rasd.ingest.web`) is handed an object with
these methods; `rasd.store.db.Store` is the one Rasd has.  Nothing under rasd/ingest imports the
store's modules or runs a query, so a change of the store's schema cannot break ingestion, and the
data still flows one way: ingest reads and hands over, the store decides how to keep.
"""
from __future__ import annotations

from typing import Protocol

from rasd.model import Article, Extraction


class Saved(Protocol):
    article_id: str
    stored: bool             # False when the same text was stored already
    events_new: int
    events_merged: int


class ArticleStore(Protocol):
    url: str

    def has_text(self, text: str) -> bool:
        """An article with this text (whitespace aside) is stored."""

    def has_url(self, url: str) -> bool:
        """An article read from this URL is stored."""

    def article_by_url(self, url: str) -> Article | None:
        """The stored article read from this URL."""

    def save(self, extraction: Extraction) -> Saved:
        """Store an article with everything read out of it, all or nothing (retrying lost races)."""

    def record_failure(self, source: str, reason: str) -> None: ...

    def failures(self) -> list[tuple[str, str]]:
        """Every recorded (source, reason)."""

    def failure_reasons(self, source: str) -> list[str]: ...

    def clear_failures(self, source: str) -> None:
        """Forget the failures of a source that has been stored since."""
