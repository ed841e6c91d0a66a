"""The store: one article and everything read out of it, saved atomically.

`Store.save()` writes an article with its places, actors, events,
movements and claims in one transaction, so an interrupted batch leaves
each article either fully stored or absent, and a re-run skips what is
there (the content hash is unique).  Incidents reported by several
articles are stored once with every report attached (`rasd.store.dedup`).
"""
from __future__ import annotations

import hashlib
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, delete, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rasd.model import ActorRef, Article, Extraction, PlaceRef
from rasd.store import dedup
from rasd.store.migrate import StoreError  # noqa: F401 - raised by Store(); part of this module's interface
from rasd.store.schema import (ActorMentionRow, ActorRow, ArticleRow, ClaimRow, EventSourceRow, FailureRow, MovementRow, PlaceMentionRow, PlaceRow)

EXTRACTOR_VERSION = "rasd-0.1"
SAVE_ATTEMPTS = 5        # a race lost 4 times in a row means something else is wrong


def default_db_url() -> str:
    url = os.environ.get("RASD_DB")
    if url:
        return url
    path = Path(os.environ.get("RASD_HOME") or Path.cwd() / "var") / "rasd.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class SaveResult:
    article_id: str
    stored: bool            # False when the article was already there
    events_new: int = 0
    events_merged: int = 0


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return create_engine(url, pool_pre_ping=True)


def _transient(exc: OperationalError) -> bool:
    """Deadlock, serialization failure, or SQLite's "database is locked"."""
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in ("40P01", "40001") or "locked" in str(exc.orig).lower()


class Store:
    def __init__(self, url: str | None = None, create: bool = True):
        self.url = url or default_db_url()
        self.engine = make_engine(self.url)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        if create:
            self.create_schema()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def create_schema(self) -> None:
        """Bring the database to the newest schema (Alembic migrations, on SQLite and PostgreSQL alike,
        so that a store made by an earlier Rasd gains what later versions add)."""
        from rasd.store.migrate import upgrade

        upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # --- what ingestion asks (rasd.ingest.sink.ArticleStore): articles and failures, no tables -------------
    def has_hash(self, digest: str) -> bool:
        with self.Session() as s:
            return s.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest)) is not None

    def has_text(self, text: str) -> bool:
        """An article with this text (whitespace aside) is stored."""
        return self.has_hash(content_hash(text))

    def has_url(self, url: str) -> bool:
        with self.Session() as s:
            return s.scalar(select(ArticleRow.id).where(ArticleRow.url == url).limit(1)) is not None

    def article_by_url(self, url: str) -> Article | None:
        """The stored article read from `url` (the first one, if several)."""
        with self.Session() as s:
            row = s.scalars(select(ArticleRow).where(ArticleRow.url == url).limit(1)).first()
        if row is None:
            return None
        return Article(id=row.id, text=row.text, url=row.url, outlet=row.outlet, published=row.published,
                       title=row.title, language=row.language, source_path=url)

    def record_failure(self, source: str, reason: str) -> None:
        with self.Session.begin() as s:
            s.add(FailureRow(source=source, reason=reason))

    def failures(self) -> list[tuple[str, str]]:
        """Every recorded (source, reason)."""
        with self.Session() as s:
            return [(a, b) for a, b in s.execute(select(FailureRow.source, FailureRow.reason)).all()]

    def failure_reasons(self, source: str) -> list[str]:
        with self.Session() as s:
            return list(s.scalars(select(FailureRow.reason).where(FailureRow.source == source)).all())

    def clear_failures(self, source: str) -> None:
        """Forget the failures of a source (it has been stored since)."""
        with self.Session.begin() as s:
            s.execute(delete(FailureRow).where(FailureRow.source == source))

    # --- writing ------------------------------------------------------------------
    def save(self, ex: Extraction, attempts: int = SAVE_ATTEMPTS) -> SaveResult:
        """Store one article with its extraction (all or nothing).

        Several writers on one PostgreSQL store (processes, machines) may race to create the same
        place or actor row, or deadlock updating them; SQLite may be locked by another writer for a
        moment: the losing transaction is rolled back whole and tried again.
        """
        for attempt in range(attempts):
            try:
                return self._save_once(ex)
            except (IntegrityError, OperationalError) as exc:
                if attempt == attempts - 1 or (isinstance(exc, OperationalError) and not _transient(exc)):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    def _save_once(self, ex: Extraction) -> SaveResult:
        a = ex.article
        digest = content_hash(a.text)
        try:
            # no autoflush: the rows are flushed where needed below, the mentions in one batch at commit
            with self.Session.begin() as s, s.no_autoflush:
                existing = s.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
                if existing is not None:
                    return SaveResult(existing, stored=False)
                article_id = a.id
                if s.get(ArticleRow, article_id) is not None:
                    article_id = f"{a.id}-{digest[:8]}"
                s.add(ArticleRow(id=article_id, content_hash=digest, url=a.url, outlet=a.outlet,
                                 published=a.published, title=a.title, language=a.language,
                                 source_path=a.source_path, text=a.text, extractor=EXTRACTOR_VERSION))
                s.flush()
                self._save_places(s, article_id, ex)
                self._save_actors(s, article_id, ex)
                new, merged = self._save_events(s, article_id, ex)
                self._save_movements(s, article_id, ex)
                self._save_claims(s, article_id, ex)
            return SaveResult(article_id, True, new, merged)
        except IntegrityError:
            # a concurrent writer stored the same article first
            with self.Session() as s:
                existing = s.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
            if existing is None:
                raise
            return SaveResult(existing, stored=False)

    def _place_row(self, s: Session, pid: str, name: str, name_en, country, admin1, lat, lon, kind, source) -> None:
        row = s.get(PlaceRow, pid)
        if row is None:
            s.add(PlaceRow(id=pid, name=name, name_en=name_en, country=country, admin1=admin1, lat=lat,
                           lon=lon, kind=kind, source=source, aliases=[]))
            s.flush()
        elif name != row.name and name not in (row.aliases or []):
            row.aliases = list(row.aliases or []) + [name]

    def _save_places(self, s: Session, article_id: str, ex: Extraction) -> None:
        for p in ex.places:
            self._place_row(s, p.id, p.name, p.name_en, p.country, p.admin1, p.lat, p.lon, p.kind, p.source)
            for span in p.mentions:
                s.add(PlaceMentionRow(article_id=article_id, place_id=p.id, name=span.text,
                                      start=span.start, end=span.end))

    @staticmethod
    def actor_key(actor_id: str | None, canonical: str | None, name: str) -> str:
        if actor_id:
            return actor_id
        if canonical:
            return "en:" + canonical
        from rasd.text.normalise import norm

        return "ar:" + norm(name)

    def _actor_row(self, s: Session, key: str, name: str, canonical, kind, country) -> None:
        row = s.get(ActorRow, key)
        if row is None:
            s.add(ActorRow(id=key, name=name, canonical=canonical, kind=kind, country=country, aliases=[]))
            s.flush()
        elif name != row.name and name not in (row.aliases or []):
            row.aliases = list(row.aliases or []) + [name]

    def _save_actors(self, s: Session, article_id: str, ex: Extraction) -> None:
        for a in ex.actors:
            key = self.actor_key(a.actor_id, a.canonical, a.name)
            self._actor_row(s, key, a.name, a.canonical, a.kind, a.country)
            for alias in a.aliases:
                self._actor_row(s, key, alias, a.canonical, a.kind, a.country)
            for span in a.mentions:
                s.add(ActorMentionRow(article_id=article_id, actor_id=key, name=span.text,
                                      start=span.start, end=span.end))

    def _ref_key(self, s: Session, ref: ActorRef | None) -> str | None:
        if ref is None:
            return None
        key = self.actor_key(ref.actor_id, ref.canonical, ref.name)
        self._actor_row(s, key, ref.name, ref.canonical, None, None)
        return key

    def _save_events(self, s: Session, article_id: str, ex: Extraction) -> tuple[int, int]:
        new = merged = 0
        added: set[tuple[int, int]] = set()   # (event id, evidence start) already a source in this article
        if ex.events:
            dedup.lock_incidents(s)
        for e in ex.events:
            p: PlaceRef | None = e.place
            if p is not None and p.id:
                self._place_row(s, p.id, p.name, p.name_en, p.country, p.admin1,
                                p.lat if not p.relation else None, p.lon if not p.relation else None,
                                p.kind, None)
            a1, a2 = self._ref_key(s, e.actor1), self._ref_key(s, e.actor2)
            row = dedup.find_same_incident(s, e, a1, a2, ex.article.published)
            if row is not None and (row.id, e.evidence.start) in added:
                continue   # a second event read from the same sentence, merged into the same incident
            source = EventSourceRow(article_id=article_id, evidence=e.evidence.text,
                                    evidence_start=e.evidence.start, evidence_end=e.evidence.end,
                                    trigger_start=e.trigger.start if e.trigger else None,
                                    trigger_end=e.trigger.end if e.trigger else None,
                                    fatalities=e.fatalities, event_date=e.date)
            if row is None:
                row = dedup.new_event_row(e, a1, a2)
                s.add(row)
                s.flush()
                new += 1
                source.event_id = row.id
                s.add(source)
            else:
                source.event_id = row.id
                s.add(source)
                s.flush()
                dedup.merge_report(s, row, e, a1, a2)
                dedup.toll_claims(s, row)
                row = dedup.fold_same_day_bombing(s, row)
                merged += 1
            added.add((row.id, e.evidence.start))
        return new, merged

    def _save_movements(self, s: Session, article_id: str, ex: Extraction) -> None:
        for m in ex.movements:
            key = self._ref_key(s, m.actor)
            s.add(MovementRow(article_id=article_id, actor_id=key, actor=m.actor.label if m.actor else None,
                              path=[{"name": p.name, "name_en": p.name_en, "place_id": p.id, "lat": p.lat,
                                     "lon": p.lon, "country": p.country} for p in m.path],
                              evidence=m.evidence.text, evidence_start=m.evidence.start,
                              evidence_end=m.evidence.end))

    def _save_claims(self, s: Session, article_id: str, ex: Extraction) -> None:
        for c in ex.claims:
            key = self._ref_key(s, c.actor)
            sources = c.source if isinstance(c.source, list) else ([c.source] if c.source else [])
            s.add(ClaimRow(article_id=article_id, quantity=c.quantity, actor_id=key,
                           actor=c.actor.label if c.actor else None, value=c.value, low=c.low, high=c.high,
                           approx=c.approx, place_id=c.place.id if c.place else None,
                           place=c.place.name if c.place else None,
                           source=[{"name": x.name, "canonical": x.canonical, "actor_id": x.actor_id}
                                   for x in sources],
                           evidence=c.evidence.text, evidence_start=c.evidence.start,
                           evidence_end=c.evidence.end, group_key=f"{key or '-'}|{c.quantity}"))
