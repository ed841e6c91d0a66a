"""The API of the analyst's page at the scale of a feed (issue 17), on a generated store (tests/feed_store.py).

Map cells counted by the store for a view, the timeline's axis and what lies
outside it, the feed filters and the share each keeps, routes ranked and
capped.  Every figure is checked against a plain SQL count of the same store.
"""
from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from feed_store import FeedFacts, fill
from sqlalchemy import text

from rasd.serve.app import create_app
from rasd.store import queries
from rasd.store.db import Store

N_EVENTS = 4000


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> tuple[Store, FeedFacts]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('feed') / 'feed.sqlite'}")
    return store, fill(store, N_EVENTS, n_movements=300)


@pytest.fixture(scope="module")
def client(feed) -> TestClient:
    with TestClient(create_app(feed[0], token="t")) as c:
        yield c


def sql(store: Store, query: str, **params) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(query), params).scalar() or 0)


def get(client, path, **params) -> dict:
    r = client.get(f"/api/{path}", params=params)
    assert r.status_code == 200, r.text
    return r.json()


VIEWS = [(None, 0), ("-180,-90,180,90", 1.5), ("10,10,60,40", 4), ("30,20,40,30", 7.3), ("35.5,25.5,36,26", 12)]


@pytest.mark.parametrize("bbox, zoom", VIEWS)
@pytest.mark.parametrize("flt", [{}, {"type": "Battles"}, {"fatal": "true", "min_sources": 2},
                                 {"outlet": "okaz", "named_actor": "false"}, {"date_from": "2015-08"}])
def test_map_cells_count_every_located_event_in_the_view(client, bbox, zoom, flt):
    where = {"bbox": bbox} if bbox else {}
    answer = get(client, "map", zoom=zoom, **where, **flt)
    # without a view the whole world: /api/events with a box counts located events only
    total = get(client, "events", limit=1, bbox=bbox or "-180,-90,180,90", **flt)["total"]
    assert answer["located"] == sum(c["n"] for c in answer["cells"]) == total
    assert len(answer["cells"]) <= queries.MAX_MAP_CELLS
    for cell in answer["cells"][:5] + answer["cells"][-5:]:
        listed = get(client, "events", bbox=",".join(map(str, cell["bbox"])), limit=500, **flt)
        assert listed["total"] == cell["n"], cell
        if cell["n"] == 1:
            assert cell["event"]["id"] == listed["items"][0]["id"]
        else:
            assert cell["event"] is None


def test_map_grid_is_bounded_whatever_the_zoom(client):
    answer = get(client, "map", zoom=22, bbox="-180,-90,180,90")
    assert answer["cell_degrees"] >= (360 * 180 / queries.MAX_MAP_CELLS) ** 0.5 - 1e-9
    assert len(answer["cells"]) <= queries.MAX_MAP_CELLS
    coarse = get(client, "map", zoom=0)
    fine = get(client, "map", zoom=9, bbox="30,20,40,30")
    assert len(coarse["cells"]) < 60 and coarse["cell_degrees"] > fine["cell_degrees"]


@pytest.mark.parametrize("params", [{"zoom": -1}, {"zoom": 23}, {"zoom": "x"}, {"min_sources": 0},
                                    {"fatal": "perhaps"}, {"bbox": "1,2,3"}])
def test_bad_parameters_are_named(client, params):
    path = "events" if "min_sources" in params or "fatal" in params else "map"
    r = client.get(f"/api/{path}", params=params)
    assert r.status_code == 422
    assert list(params)[0] in str(r.json()["detail"])


def test_timeline_axis_is_the_feeds_period_with_the_rest_counted(feed, client):
    store, facts = feed
    r = get(client, "timeline/range")
    assert (r["axis_from"], r["axis_to"]) == (facts.first_day, facts.last_day)
    assert r["first"] < "1960" and r["last"] > "2016"
    assert r["undated"] == facts.undated == sql(store, "select count(*) from events where date_start is null")
    assert r["before"] == facts.history and r["after"] == facts.later
    assert r["dated"] + r["undated"] == N_EVENTS
    day_before = (dt.date.fromisoformat(r["axis_from"]) - dt.timedelta(days=1)).isoformat()
    day_after = (dt.date.fromisoformat(r["axis_to"]) + dt.timedelta(days=1)).isoformat()
    assert get(client, "events", date_to=day_before, limit=1)["total"] == r["before"]
    assert get(client, "events", date_from=day_after, limit=1)["total"] == r["after"]
    days = get(client, "timeline", interval="day", date_from=r["axis_from"], date_to=r["axis_to"])
    assert days["interval"] == "day" and len(days["bins"]) == 62
    assert sum(b["events"] for b in days["bins"]) == r["dated"] - r["before"] - r["after"]


def test_timeline_axis_follows_the_filter(client):
    whole = get(client, "timeline/range")
    battles = get(client, "timeline/range", type="Battles")
    assert battles["dated"] < whole["dated"] and battles["axis_from"] >= whole["axis_from"]
    history = get(client, "timeline/range", date_to="2013")
    assert history["axis_to"] <= "2013-12-31" and history["after"] == 0


def test_timeline_axis_without_publication_days_uses_the_events_percentiles(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'x.sqlite'}")
    facts = fill(store, 600, n_movements=0)
    with store.engine.begin() as conn:
        conn.execute(text("update articles set published = null"))
    r = queries.timeline_range(store, queries.EventFilter())
    assert (r["axis_from"], r["axis_to"]) == (facts.first_day, facts.last_day)
    assert (r["before"], r["after"]) == (facts.history, facts.later) and facts.history > 0


@pytest.mark.parametrize("params, where", [
    ({"outlet": "okaz"}, "id in (select s.event_id from event_sources s join articles a on a.id = s.article_id "
                         "where a.outlet = 'okaz')"),
    ({"min_sources": 2}, "n_sources >= 2"),
    ({"min_sources": 1}, "1 = 1"),
    ({"fatal": "true"}, "fatalities > 0"),
    ({"fatal": "false"}, "(fatalities is null or fatalities <= 0)"),
    ({"named_actor": "true"}, "(actor1 is not null or actor2 is not null)"),
    ({"named_actor": "false"}, "(actor1 is null and actor2 is null)"),
])
def test_feed_filters(feed, client, params, where):
    expected = sql(feed[0], f"select count(*) from events where {where}")
    assert 0 < get(client, "events", limit=1, **params)["total"] == expected
    assert get(client, "timeline/range", **params)["dated"] + get(client, "timeline/range", **params)["undated"] \
        == expected


def test_each_filter_says_what_it_keeps(client):
    flt = {"type": "Battles", "fatal": "true", "min_sources": 2, "outlet": "sabq"}
    shares = get(client, "filters/shares", **flt)
    assert shares["everything"] == N_EVENTS
    assert shares["total"] == get(client, "events", limit=1, **flt)["total"]
    assert [s["filter"] for s in shares["filters"]] == ["event_type", "outlet", "min_sources", "fatal"]
    for s in shares["filters"]:
        name = {"event_type": "type"}.get(s["filter"], s["filter"])
        without = get(client, "events", limit=1, **{k: v for k, v in flt.items() if k != name})["total"]
        assert s["without"] == without and s["kept"] == shares["total"]
        assert s["share"] == pytest.approx(shares["total"] / without, abs=1e-4)
    assert get(client, "filters/shares")["filters"] == []


def test_summary_offers_the_outlets(client):
    outlets = get(client, "summary")["outlets"]
    assert {o["outlet"] for o in outlets} == {"okaz", "alriyadh", "alwatan", "aleqtisadiya", "sabq"}
    assert sum(o["articles"] for o in outlets) == N_EVENTS // 5


def test_routes_are_distinct_ranked_and_capped(feed, client):
    store, facts = feed
    everything = get(client, "routes", limit=500)
    assert everything["total"] < facts.movements          # the same route told again is one route
    assert sum(len(r["ids"]) for r in everything["items"]) == facts.movements
    drawn = get(client, "routes")
    assert drawn["limit"] == queries.MAX_ROUTES_DRAWN == len(drawn["items"]) < drawn["total"]
    assert [r["id"] for r in drawn["items"]] == [r["id"] for r in everything["items"][:200]]
    keys = [(-r["n_sources"], r["published"] or "") for r in everything["items"]]
    assert keys == sorted(keys, key=lambda k: (k[0], _inverted(k[1])))
    assert everything["items"][0]["n_sources"] > 1
    second = get(client, "routes", offset=200, limit=200)
    assert [r["id"] for r in second["items"]] == [r["id"] for r in everything["items"][200:400]]


def _inverted(day: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in day)


def test_routes_in_the_view_and_period(client):
    everything = get(client, "routes", limit=500)["items"]
    box = (30.0, 20.0, 40.0, 30.0)
    inside = get(client, "routes", bbox=",".join(map(str, box)), limit=500)
    expected = [r["id"] for r in everything if _meets(r["path"], box)]
    assert [r["id"] for r in inside["items"]] == expected and 0 < len(expected) < len(everything)
    august = get(client, "routes", date_from="2015-08", limit=500)["items"]
    assert august and all(r["published"] >= "2015-08-01" for r in august)
    assert len(august) < len(everything)


def _meets(path, box) -> bool:
    lons, lats = [p["lon"] for p in path], [p["lat"] for p in path]
    return min(lons) <= box[2] and max(lons) >= box[0] and min(lats) <= box[3] and max(lats) >= box[1]


def test_a_route_told_by_two_articles_is_one_route_with_two_sources(tmp_path):
    from rasd.model import Article, Extraction, Movement, PlaceRef, Span

    store = Store(f"sqlite:///{tmp_path / 'r.sqlite'}")
    path = [PlaceRef(name="أ", id="p:a", lat=30.0, lon=20.0), PlaceRef(name="ب", id="p:b", lat=31.0, lon=21.0)]
    for i, day in enumerate(("2015-07-02", "2015-07-05")):
        body = f"تقدمت القوات من أ إلى ب في التقرير رقم {i}"
        store.save(Extraction(article=Article(id=f"a{i}", text=body, published=day), movements=[
            Movement(actor=None, path=path, evidence=Span(0, len(body), body))]))
    page = queries.routes(store)
    assert page["total"] == 1
    route = page["items"][0]
    assert route["n_sources"] == 2 and route["published"] == "2015-07-05" and len(route["ids"]) == 2
    assert route["length_km"] == pytest.approx(146, abs=3)


@pytest.mark.postgres
def test_postgresql_answers_as_sqlite(pg_url, tmp_path):
    """The same generated feed on both backends: the same cells, axis, routes, shares and filter counts."""
    answers = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 's.sqlite'}"), ("pg", pg_url)):
        store = Store(url)
        fill(store, 3000, n_movements=200)
        flt = queries.EventFilter(fatal=True, min_sources=2, outlet="okaz")
        answers[name] = {
            "cells": [sorted((c["key"], c["n"], c["fatalities"], round(c["lon"], 6), round(c["lat"], 6),
                              tuple(round(v, 6) for v in c["bbox"]), (c["event"] or {}).get("id"))
                             for c in queries.map_cells(store, queries.EventFilter(bbox=box), zoom)["cells"])
                      for box, zoom in ((None, 0), ((10.0, 10.0, 60.0, 40.0), 4), ((30.0, 20.0, 40.0, 30.0), 8))],
            "range": queries.timeline_range(store, queries.EventFilter(event_type="Battles")),
            "routes": [(r["id"], r["n_sources"], r["length_km"]) for r in queries.routes(store, limit=500)["items"]],
            "shares": queries.filter_shares(store, queries.EventFilter(event_type="Battles", named_actor=False,
                                                                       min_sources=2)),
            "filtered": queries.events(store, flt)[0],
            "days": queries.timeline(store, queries.EventFilter(date_from="2015-07-01"), "day"),
        }
        store.close()
    for key in answers["sqlite"]:
        assert answers["pg"][key] == answers["sqlite"][key], key
