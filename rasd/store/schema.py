"""The store's tables (SQLAlchemy 2; the same schema on SQLite and PostgreSQL).

An article is stored once (its content hash is unique) together with
everything read out of it, in one transaction.  Events are incidents: when
several articles report one incident, the incident is one `events` row
with one `event_sources` row per report.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, BigInteger, Float, ForeignKey, Index, Integer, PrimaryKeyConstraint, SmallInteger,
                        String, Text, UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    url: Mapped[str | None] = mapped_column(Text, index=True)   # `rasd watch` skips known URLs
    outlet: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="ar")
    source_path: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    extractor: Mapped[str] = mapped_column(String(40), default="")


class PlaceRow(Base):
    __tablename__ = "places"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)   # gn:/sup:/cc:/ctx:
    name: Mapped[str] = mapped_column(String(200))                     # Arabic as first seen
    name_en: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    kind: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str | None] = mapped_column(String(20))
    aliases: Mapped[list] = mapped_column(JSON, default=list)


class PlaceMentionRow(Base):
    __tablename__ = "place_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[str] = mapped_column(ForeignKey("places.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)   # registry id or "ar:<name>"
    name: Mapped[str] = mapped_column(String(300))                     # Arabic as first seen
    canonical: Mapped[str | None] = mapped_column(String(300), index=True)
    kind: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(2))
    aliases: Mapped[list] = mapped_column(JSON, default=list)


class ActorMentionRow(Base):
    __tablename__ = "actor_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


# Multi-day spans, for the partial indexes a period filter reads them from (revision 0004).  An event
# overlaps a period starting on day F if it starts in the period, or starts before F and ends on F or
# later: a multi-day span, within one month (so it started at most 30 days before F) or across months
# (at most a year: 366 days).  Queries must write these conditions exactly so, for the indexes to serve.
SPANS_WITHIN_MONTH_SQL = "date_start <> date_end AND substr(date_start, 1, 7) = substr(date_end, 1, 7)"
# revision 0006 adds "date_start < date_end" (true of every such span): PostgreSQL estimates a column's inequality
# to another as a third of the events, but "<>" as all of them, and took this index for no smaller than
# the (type, date_start) one, often reading a year of every event of a type instead of its long spans
SPANS_ACROSS_MONTHS_SQL = "date_start < date_end AND substr(date_start, 1, 7) <> substr(date_end, 1, 7)"
SPAN_SLACK_DAYS = {SPANS_WITHIN_MONTH_SQL: 30, SPANS_ACROSS_MONTHS_SQL: 366}
_BY_TYPE_AND_START = ("event_type", "date_start", "id", "date_end", "lon", "lat")


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_type: Mapped[str] = mapped_column(String(60), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(80), index=True)
    event_date: Mapped[str | None] = mapped_column(String(10))
    time_precision: Mapped[str] = mapped_column(String(10), default="unknown")
    date_start: Mapped[str | None] = mapped_column(String(10), index=True)   # the span the date denotes
    date_end: Mapped[str | None] = mapped_column(String(10), index=True)
    place_id: Mapped[str | None] = mapped_column(String(120), index=True)
    location: Mapped[str | None] = mapped_column(String(200))       # Arabic place name
    location_en: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(String(120))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    actor1_id: Mapped[str | None] = mapped_column(String(200), index=True)
    actor1: Mapped[str | None] = mapped_column(String(300))
    actor2_id: Mapped[str | None] = mapped_column(String(200), index=True)
    actor2: Mapped[str | None] = mapped_column(String(300))
    fatalities: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")          # first report's sentence
    search: Mapped[str] = mapped_column(Text, default="", server_default="")  # normalised text for free search
    n_sources: Mapped[int] = mapped_column(Integer, default=1, index=True)   # revision 0005

    sources: Mapped[list["EventSourceRow"]] = relationship(back_populates="event", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_events_geo", "lat", "lon"),
        Index("ix_events_type_date", "event_type", "date_start"),
        # revision 0004: type + period (+ box) for /api/events and incident matching, in date order, with the
        # multi-day spans apart; thin strips along the edges of a box for the timeline
        Index("ix_events_type_start", *_BY_TYPE_AND_START),
        Index("ix_events_type_spans_month", *_BY_TYPE_AND_START, sqlite_where=text(SPANS_WITHIN_MONTH_SQL),
              postgresql_where=text(SPANS_WITHIN_MONTH_SQL)),
        Index("ix_events_type_spans_long", *_BY_TYPE_AND_START, sqlite_where=text(SPANS_ACROSS_MONTHS_SQL),
              postgresql_where=text(SPANS_ACROSS_MONTHS_SQL)),
        # revision 0005: the page's facets (events per type and sub-type) from the index alone
        Index("ix_events_type_sub", "event_type", "sub_event_type"),
        Index("ix_events_lon_lat", "lon", "lat", "event_type", "country", "date_start", "fatalities"),
        Index("ix_events_lat_lon", "lat", "lon", "event_type", "country", "date_start", "fatalities"),
        # the newest first, undated last, as /api/events pages by default: PostgreSQL's plain index runs the
        # other way for the undated (SQLite's does not need it, and cannot say NULLS LAST in an index)
        Index("ix_events_newest", text("date_start DESC NULLS LAST"), text("id DESC")).ddl_if(dialect="postgresql"),
    )


class EventSourceRow(Base):
    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    trigger_start: Mapped[int | None] = mapped_column(Integer)
    trigger_end: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[str | None] = mapped_column(String(10))

    event: Mapped[EventRow] = relationship(back_populates="sources")
    __table_args__ = (UniqueConstraint("event_id", "article_id", "evidence_start", name="uq_event_source"),)


class MovementRow(Base):
    __tablename__ = "movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(200), index=True)
    actor: Mapped[str | None] = mapped_column(String(300))
    path: Mapped[list] = mapped_column(JSON)           # [{"name", "name_en", "place_id", "lat", "lon"}]
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[str] = mapped_column(String(20), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(200), index=True)
    actor: Mapped[str | None] = mapped_column(String(300))
    value: Mapped[int | None] = mapped_column(Integer)
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    approx: Mapped[bool] = mapped_column(default=False)
    place_id: Mapped[str | None] = mapped_column(String(120))
    place: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[list] = mapped_column(JSON, default=list)   # [{"name", "canonical", "actor_id"}]
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    group_key: Mapped[str] = mapped_column(String(300), index=True)   # actor|quantity: competing figures


class FailureRow(Base):
    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text, index=True)      # path, URL or feed item
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class EventCountRow(Base):
    """Events and fatalities per type, country, grid cell and period: what the timeline and the
    unfiltered totals read instead of the events (revision 0004).

    Kept exact by triggers on `events` (insert, update, delete) that the migration installs on SQLite
    and PostgreSQL alike, so every writer (the store, a bulk load, an incident merge) keeps it right.
    `level` k (COUNT_LEVELS) is a grid of 2**-k degrees (cx = floor(lon * 2**k)); an event without
    coordinates sits in cell (NO_CELL, NO_CELL).  `kind` "m": period is the month of date_start ("" when undated);
    "w": the Monday of date_start's week (dated events only).  `country` is "" when unknown.
    """
    __tablename__ = "event_counts"

    level: Mapped[int] = mapped_column(SmallInteger, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(1))
    event_type: Mapped[str] = mapped_column(String(60))
    cx: Mapped[int] = mapped_column(Integer, autoincrement=False)
    cy: Mapped[int] = mapped_column(Integer, autoincrement=False)
    period: Mapped[str] = mapped_column(String(10))
    country: Mapped[str] = mapped_column(String(2))
    events: Mapped[int] = mapped_column(BigInteger)
    fatalities: Mapped[int] = mapped_column(BigInteger)

    # the key is the table on SQLite (no rowid); PostgreSQL's key index carries the counts, so that a
    # timeline reads the index alone
    __table_args__ = (PrimaryKeyConstraint("level", "kind", "event_type", "cx", "cy", "period", "country",
                                           postgresql_include=["events", "fatalities"]),
                      {"sqlite_with_rowid": False})


# revision 0006: the one-degree cell of a longitude or latitude as ix_events_type_cell indexes it, floor() written
# per dialect (SQLite's is optional); queries must write it exactly so for the index to serve
CELL_SQL = {"postgresql": "(floor({c})::integer)", "sqlite": "(CAST({c} AS INTEGER) - ({c} < CAST({c} AS INTEGER)))"}
COUNT_LEVELS = (0, 2)     # event_counts grids: 1-degree cells, and quarter-degree cells along the edges of a box
NO_CELL = 1_000_000       # event_counts cell of an event without coordinates (outside any real cell)
