"""A generated store the size of a feed, for the page's tests (issue 17): fast, deterministic, fully known.

    fill(store, n_events, seed=17) -> FeedFacts

Articles of five outlets published in July and August 2015; events around
forty towns of the Middle East and North Africa, with a few scattered over the
world (the noise of sports and business pages), some without coordinates and
some undated; a long tail of history dated years before (the outliers the
timeline must not stretch to); events with several sources; routes between
the towns, some told by several articles.  Rows are written with bulk INSERTs
(the store's triggers keep its counts, as for any writer): 100,000 events take
a few seconds on SQLite.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

from sqlalchemy import insert, text

from rasd.store.db import Store
from rasd.store.schema import ArticleRow, EventRow, EventSourceRow, MovementRow

FIRST = dt.date(2015, 7, 1)
DAYS = 62                      # July and August 2015
OUTLETS = ("okaz", "alriyadh", "alwatan", "aleqtisadiya", "sabq")
TYPES = (("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests"))
ACTORS = ("Islamic State", "Houthi Movement", "Military Forces of Yemen", "Military Forces of Iraq",
          "Saudi-led Coalition", "Hezbollah")
BATCH = 10_000


@dataclass
class FeedFacts:
    """What was generated, for the tests to compare the page and the API with."""
    events: int = 0
    located: int = 0
    undated: int = 0
    history: int = 0            # dated years before the feed's period
    later: int = 0              # dated after it
    articles: int = 0
    movements: int = 0
    first_day: str = FIRST.isoformat()
    last_day: str = (FIRST + dt.timedelta(days=DAYS - 1)).isoformat()
    towns: list[tuple[float, float]] = field(default_factory=list)


def _towns(rng: random.Random) -> list[tuple[float, float]]:
    # (lon, lat) spread over the region the feed reports on: Yemen, the Gulf, Iraq, Syria, Sinai, Libya
    return [(rng.uniform(12.0, 55.0), rng.uniform(13.0, 37.0)) for _ in range(40)]


def _date(rng: random.Random, facts: FeedFacts) -> tuple[str | None, str, str | None, str | None]:
    r = rng.random()
    if r < 0.06:
        facts.undated += 1
        return None, "unknown", None, None
    if r < 0.09:                                 # history told in passing: a year, long before
        facts.history += 1
        year = rng.randrange(1950, 2013)
        return str(year), "year", f"{year}-01-01", f"{year}-12-31"
    if r < 0.092:                                # a date after the period (a misreading)
        facts.later += 1
        day = dt.date(rng.randrange(2017, 2030), 6, 1)
        return day.isoformat(), "day", day.isoformat(), day.isoformat()
    day = (FIRST + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
    return day, "day", day, day


def _place(rng: random.Random, towns: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    r = rng.random()
    if r < 0.05:
        return None, None
    if r < 0.08:                                 # sports and business pages: anywhere in the world
        return rng.uniform(-170.0, 170.0), rng.uniform(-60.0, 70.0)
    lon, lat = rng.choice(towns)
    if rng.random() < 0.5:                       # half at the town's point, as a gazetteer gives it
        return lon, lat
    return lon + rng.uniform(-0.3, 0.3), lat + rng.uniform(-0.3, 0.3)


def fill(store: Store, n_events: int, seed: int = 17, n_articles: int | None = None,
         n_movements: int | None = None) -> FeedFacts:
    rng = random.Random(seed)
    facts = FeedFacts(towns=_towns(rng))
    n_articles = n_articles or max(10, n_events // 5)
    n_movements = n_movements if n_movements is not None else max(4, n_events // 250)
    published = {}
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size = -500000")
        rows = []
        for i in range(n_articles):
            body = f"خبر مولد رقم {i} عن الأحداث في المنطقة"
            day = (FIRST + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
            published[f"gen-{i}"] = day
            rows.append({"id": f"gen-{i}", "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                         "url": f"https://example.org/{i}", "outlet": OUTLETS[i % len(OUTLETS)], "published": day,
                         "title": body, "language": "ar", "text": body, "extractor": "generated"})
        for i in range(0, len(rows), BATCH):
            conn.execute(insert(ArticleRow.__table__), rows[i:i + BATCH])
        facts.articles = n_articles
        events, sources = [], []
        for eid in range(1, n_events + 1):
            etype, sub = rng.choice(TYPES)
            date, precision, start, end = _date(rng, facts)
            lon, lat = _place(rng, facts.towns)
            facts.located += lat is not None
            k = 1 if rng.random() < 0.9 else rng.choice((2, 2, 3, 4))
            actor = rng.choice(ACTORS) if rng.random() < 0.6 else None
            fat = rng.choice((1, 2, 3, 5, 8, 13, 40)) if rng.random() < 0.3 else rng.choice((0, None))
            events.append({"id": eid, "event_type": etype, "sub_event_type": sub, "event_date": date,
                           "time_precision": precision, "date_start": start, "date_end": end,
                           "place_id": None, "location": "مدينة", "location_en": "Town", "country": "YE",
                           "admin1": None, "lat": lat, "lon": lon, "geo_precision": 1, "actor1_id": None,
                           "actor1": actor, "actor2_id": None, "actor2": None, "fatalities": fat,
                           "notes": f"{sub}", "evidence": "جملة الدليل", "search": "جمله الدليل", "n_sources": k})
            for a in rng.sample(range(n_articles), k):
                sources.append({"event_id": eid, "article_id": f"gen-{a}", "evidence": "جملة الدليل",
                                "evidence_start": 0, "evidence_end": 5, "trigger_start": None, "trigger_end": None,
                                "fatalities": fat, "event_date": date})
            if len(events) >= BATCH:
                conn.execute(insert(EventRow.__table__), events)
                conn.execute(insert(EventSourceRow.__table__), sources)
                events, sources = [], []
        if events:
            conn.execute(insert(EventRow.__table__), events)
            conn.execute(insert(EventSourceRow.__table__), sources)
        facts.events = n_events
        moves, paths = [], []
        for _ in range(n_movements):
            if paths and rng.random() < 0.2:          # the same route told again by another article
                path = rng.choice(paths)
            else:
                stops = rng.sample(facts.towns, rng.choice((2, 3, 4)))
                path = [{"name": f"بلدة {j}", "name_en": f"Town {j}", "place_id": f"gen:{lon:.3f},{lat:.3f}",
                         "lat": lat, "lon": lon} for j, (lon, lat) in enumerate(stops)]
                paths.append(path)
            moves.append({"article_id": f"gen-{rng.randrange(n_articles)}", "actor_id": None,
                          "actor": rng.choice(ACTORS), "path": path, "evidence": "تقدمت القوات",
                          "evidence_start": 0, "evidence_end": 5})
        if moves:
            conn.execute(insert(MovementRow.__table__), moves)
        facts.movements = n_movements
        if store.dialect == "postgresql":   # the explicit ids went past the sequence
            conn.execute(text("SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events))"))
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return facts
