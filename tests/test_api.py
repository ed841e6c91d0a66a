"""The HTTP API: every endpoint and filter, the write token, the size limit, bounds, and escaping.

Runs against a real SQLite store filled with the gold extraction of the five
seed articles plus one article full of markup (tests/conftest_web.py), so
the expected figures below are known exactly.
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import re
import subprocess
import sys
import time

import pytest
from conftest_web import (
    GOLD_SEEDS,
    XSS_ARTICLE_ID,
    XSS_IMG,
    XSS_SCRIPT,
    build_gold_store,
    free_port,
    pipeline_problem,
)
from fastapi.testclient import TestClient

from rasd.serve.app import MAX_BODY_BYTES, STATIC_DIR, BodySizeLimit, create_app
from rasd.store.db import Store

TOKEN = "test-write-token"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    path = tmp_path_factory.mktemp("api") / "gold.sqlite"
    return build_gold_store(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def client(store) -> TestClient:
    with TestClient(create_app(store, token=TOKEN)) as c:
        yield c


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    with GOLD_SEEDS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def all_events(client) -> list[dict]:
    page = client.get("/api/events", params={"limit": 500}).json()
    assert page["total"] == len(page["items"])
    return page["items"]


def events(client, **params) -> dict:
    r = client.get("/api/events", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()


def ids(page: dict) -> set[int]:
    return {e["id"] for e in page["items"]}


def assert_422(response, parameter: str) -> None:
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert any(parameter in [str(x) for x in d["loc"]] for d in detail), detail
    assert all(d["msg"] for d in detail)


# --- schema and page -------------------------------------------------------------------------------

def test_openapi_documents_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths >= {"/api/events", "/api/events/{event_id}", "/api/places", "/api/actors", "/api/movements",
                     "/api/claims", "/api/articles", "/api/articles/{article_id}", "/api/timeline", "/api/summary",
                     "/api/export.csv", "/api/export.geojson"}
    assert "post" in spec["paths"]["/api/articles"]
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params >= {"bbox", "date_from", "date_to", "type", "sub_type", "actor", "country", "place", "q",
                      "limit", "offset", "page", "sort"}
    assert set(spec["components"]["securitySchemes"]) == {"HTTPBearer", "APIKeyHeader"}


def test_page_is_served_with_a_strict_policy(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    # every script is a file of the page's own: no inline code, nothing from elsewhere
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", r.text, re.DOTALL)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', r.text):
        assert client.get(asset).status_code == 200, asset


def test_page_assets_are_local_and_vendored():
    own = [STATIC_DIR / "index.html", STATIC_DIR / "rasd.css", *sorted((STATIC_DIR / "js").glob("*.js"))]
    assert len(own) >= 10
    for path in own:
        text = path.read_text(encoding="utf-8")
        # the SVG namespace is a name, not an address the browser fetches
        code = text.replace('"http://www.w3.org/2000/svg"', "")
        assert not re.search(r"""["'(]\s*(https?:)?//""", code), f"{path.name} refers to another host"
    for vendored in ("vendor/maplibre-gl-csp.js", "vendor/maplibre-gl-csp-worker.js", "vendor/maplibre-gl.css",
                     "vendor/topojson-client.min.js", "basemap/countries-50m.json"):
        assert (STATIC_DIR / vendored).stat().st_size > 1000, vendored
    topology = json.loads((STATIC_DIR / "basemap" / "countries-50m.json").read_text())
    assert topology["type"] == "Topology" and len(topology["objects"]["countries"]["geometries"]) > 200


def test_docs_pages_that_need_a_cdn_are_off(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# --- events: filters -------------------------------------------------------------------------------------

def test_events_default_page(client, gold):
    page = client.get("/api/events").json()
    n_reports = sum(len(d["events"]) for d in gold) + 1      # + the hostile article's event
    # seed-001 and seed-002 both report IS taking Sirte in 2015: one incident, two reports
    assert page["total"] == n_reports - 1
    assert sum(e["n_sources"] for e in page["items"]) == n_reports
    assert page["limit"] == 100 and page["offset"] == 0 and page["next_offset"] is None
    first = page["items"][0]
    assert set(first) >= {"id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                          "location", "location_en", "latitude", "longitude", "fatalities", "notes", "evidence",
                          "n_sources"}


def test_events_bbox(client, all_events):
    box = (15.0, 30.0, 18.0, 32.0)   # around Sirte
    page = events(client, bbox=",".join(map(str, box)))
    expected = {e["id"] for e in all_events if e["longitude"] is not None
                and box[0] <= e["longitude"] <= box[2] and box[1] <= e["latitude"] <= box[3]}
    assert ids(page) == expected and 0 < len(expected) < len(all_events)
    assert all(e["location_en"] in {"Sirte", "al-Jiza al-Bahriya (Sirte district)", "Haqf al-Tayr (wadi)",
                                    "Nofaliya", "Abu Qurayn"} for e in page["items"])


@pytest.mark.parametrize("date_from,date_to,expected", [
    ("2016", "2016", {"2016-05", "2016-12", "2016-08-01"}),
    ("2016-05", "2016-05", {"2016-05"}),
    ("2016-05-15", "2016-08-01", {"2016-05", "2016-08-01"}),      # a month-precise date overlaps a day in it
    ("2016-12", None, {"2016-12", "2017-01"}),
    (None, "2015-12-31", {"2015-06"}),
])
def test_events_date_range(client, date_from, date_to, expected):
    params = {k: v for k, v in (("date_from", date_from), ("date_to", date_to)) if v}
    assert {e["event_date"] for e in events(client, **params)["items"]} == expected


def test_events_type_and_sub_type(client, all_events):
    battles = events(client, type="Battles")
    assert battles["total"] == sum(e["event_type"] == "Battles" for e in all_events) == 8
    clashes = events(client, type="Battles", sub_type="Armed clash")
    assert {e["sub_event_type"] for e in clashes["items"]} == {"Armed clash"} and clashes["total"] == 5
    assert events(client, sub_type="Air/drone strike")["total"] == 8
    assert events(client, type="No such type")["total"] == 0


@pytest.mark.parametrize("actor", ["en:Boko Haram", "Boko Haram"])
def test_events_actor_by_id_or_name(client, actor):
    page = events(client, actor=actor)
    assert page["total"] == 1 and page["items"][0]["location_en"] == "N'Djamena"


def test_events_actor_either_side(client, all_events):
    page = events(client, actor="en:Islamic State")
    assert ids(page) == {e["id"] for e in all_events if "Islamic State" in (e["actor1"], e["actor2"])}


def test_events_country_and_place(client, all_events):
    assert events(client, country="tn")["total"] == 2
    assert events(client, country="TN")["total"] == 2
    sirte = {e["id"] for e in all_events if e["place_id"] == "gold:Sirte"}
    assert ids(events(client, place="gold:Sirte")) == sirte
    assert ids(events(client, place="سرت")) == sirte
    assert ids(events(client, place="Sirte")) == sirte


def test_events_free_text_over_arabic_evidence_and_english_note(client):
    arabic = events(client, q="نجامينا")
    assert [e["location_en"] for e in arabic["items"]] == ["N'Djamena"]
    english = events(client, q="Suicide bomb in")
    assert english["total"] == 2
    # LIKE wildcards in the query are matched literally
    assert events(client, q="%")["total"] == 0
    assert events(client, q="سر_")["total"] == 0          # unescaped, "_" would match the ت of سرت
    assert events(client, q="سر")["total"] > 0


@pytest.mark.parametrize("spelling", ["أجدابيا", "اجدابيا", "إجدابيا", "أَجْدَابِيَا"])
def test_events_free_text_ignores_hamza_seats_and_diacritics(client, spelling):
    # the evidence says أجدابيا; analysts type it every which way
    assert [e["location_en"] for e in events(client, q=spelling)["items"]] == ["Ajdabiya"]


def test_events_free_text_ignores_taa_marbuta_spelling(client):
    assert events(client, q="مدينه سرت")["total"] == events(client, q="مدينة سرت")["total"] > 0


def test_events_by_article(client):
    page = events(client, article="seed-002")
    assert page["total"] == 7


def test_events_filters_combine(client, all_events):
    page = events(client, bbox="10,25,20,33", type="Explosions/Remote violence", country="LY", date_from="2017")
    assert [(e["event_date"], e["sub_event_type"]) for e in page["items"]] == [("2017-01", "Air/drone strike")]


# --- events: sort and pages ---------------------------------------------------------------------------

def test_events_sort(client):
    newest = events(client, sort="-date")["items"]
    dated = [e["event_date"] for e in newest if e["event_date"]]
    assert dated == sorted(dated, reverse=True) and newest[0]["event_date"] == "2017-01"
    oldest = events(client, sort="date")["items"]
    assert next(e["event_date"] for e in oldest if e["event_date"]) == "2015-06"
    deadliest = events(client, sort="-fatalities")["items"]
    tolls = [e["fatalities"] for e in deadliest if e["fatalities"] is not None]
    assert tolls == sorted(tolls, reverse=True) == [15, 12, 3, 1]
    by_id = [e["id"] for e in events(client, sort="id")["items"]]
    assert by_id == sorted(by_id)


def test_events_pagination(client, all_events):
    total = len(all_events)
    seen = []
    offset = 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 7, "offset": offset, "sort": "id"}).json()
        assert page["total"] == total and len(page["items"]) <= 7
        seen += [e["id"] for e in page["items"]]
        offset = page["next_offset"]
    assert seen == sorted(e["id"] for e in all_events)
    page2 = client.get("/api/events", params={"limit": 7, "page": 2, "sort": "id"}).json()
    assert page2["offset"] == 7 and [e["id"] for e in page2["items"]] == seen[7:14]
    beyond = client.get("/api/events", params={"offset": 10_000}).json()
    assert beyond["items"] == [] and beyond["total"] == total


@pytest.mark.parametrize("params,parameter", [
    ({"limit": 0}, "limit"),
    ({"limit": 501}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"offset": -1}, "offset"),
    ({"offset": 10**12}, "offset"),
    ({"offset": 2**70}, "offset"),
    ({"page": 0}, "page"),
    ({"page": 3, "offset": 5}, "page"),
    ({"page": 10**6, "limit": 500}, "page"),
    ({"sort": "evidence"}, "sort"),
])
def test_page_bounds_are_enforced(client, params, parameter):
    assert_422(client.get("/api/events", params=params), parameter)


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "1,2,3,4,5", "nan,0,1,1", "0,0,inf,1", "-181,0,0,1",
                                  "0,-91,1,0", "10,0,5,1", "0,10,1,5", ",,,"])
def test_bad_bbox_is_422_with_a_message(client, bbox):
    r = client.get("/api/events", params={"bbox": bbox})
    assert_422(r, "bbox")
    assert "bbox" in r.json()["detail"][0]["msg"]


@pytest.mark.parametrize("params,parameter", [
    ({"date_from": "2016-13"}, "date_from"),
    ({"date_from": "2016-02-30"}, "date_from"),
    ({"date_to": "16-05-01"}, "date_to"),
    ({"date_to": "yesterday"}, "date_to"),
    ({"date_from": "0000"}, "date_from"),
    ({"date_from": "2017", "date_to": "2016"}, "date_from"),
    ({"country": "LBY"}, "country"),
    ({"q": "x" * 201}, "q"),
    ({"type": "x" * 201}, "type"),
])
def test_bad_filters_are_422_with_a_message(client, params, parameter):
    assert_422(client.get("/api/events", params=params), parameter)


@pytest.mark.parametrize("path,params,parameter", [("/api/events", {"q": "a\x00b"}, "q"),
                                                   ("/api/actors", {"q": "\x00"}, "q"),
                                                   ("/api/articles/seed%00x", {}, "article_id")])
def test_nul_characters_are_refused(client, path, params, parameter):
    assert_422(client.get(path, params=params), parameter)


def test_filters_reach_sql_only_as_parameters(client, all_events):
    hostile = "' OR 1=1; DROP TABLE events; --"
    for name in ("type", "sub_type", "actor", "place", "q", "article"):
        assert events(client, **{name: hostile})["total"] == 0, name
    assert events(client)["total"] == len(all_events)


# --- one event ---------------------------------------------------------------------------------------

def test_event_detail_has_every_source_with_offsets(client, store, all_events):
    for e in all_events:
        detail = client.get(f"/api/events/{e['id']}").json()
        assert detail["id"] == e["id"] and detail["sources"], e
        for s in detail["sources"]:
            assert set(s) >= {"article_id", "url", "outlet", "published", "evidence", "evidence_start", "evidence_end"}
            text = client.get(f"/api/articles/{s['article_id']}").json()["text"]
            assert text[s["evidence_start"]:s["evidence_end"]] == s["evidence"]
    chad = next(e for e in all_events if e["location_en"] == "N'Djamena")
    detail = client.get(f"/api/events/{chad['id']}").json()
    assert detail["sources"][0]["outlet"] == "elmaouid" and detail["fatalities"] == 15


def test_event_reported_twice_lists_both_sources(tmp_path):
    from conftest_web import gold_extractions

    first = gold_extractions()[2]          # seed-002: events with month dates at Sirte
    again = gold_extractions()[2]
    again.article.id = "seed-002-reprint"
    again.article.text = again.article.text + "\n(أعيد نشره)"
    again.article.outlet = "reprint.example"
    again.article.published = "2017-02-01"
    store = Store(f"sqlite:///{tmp_path / 'twice.sqlite'}")
    store.save(first)
    store.save(again)
    with TestClient(create_app(store, token=TOKEN)) as c:
        dated = [e for e in c.get("/api/events", params={"limit": 500}).json()["items"] if e["event_date"]]
        merged = c.get(f"/api/events/{dated[0]['id']}").json()
    assert merged["n_sources"] == 2
    assert {(s["article_id"], s["outlet"], s["published"]) for s in merged["sources"]} == {
        ("seed-002", "siyassa.org.eg", None), ("seed-002-reprint", "reprint.example", "2017-02-01")}


@pytest.mark.parametrize("path,status", [("/api/events/999999", 404), ("/api/events/0", 422),
                                         ("/api/events/abc", 422), (f"/api/events/{2**64}", 422),
                                         ("/api/articles/no-such-article", 404)])
def test_missing_or_malformed_ids(client, path, status):
    assert client.get(path).status_code == status


# --- timeline, entities, routes, claims, summary ------------------------------------------------------------

def test_timeline_per_month_week_and_year(client, all_events):
    dated = [e for e in all_events if e["event_date"]]
    months = client.get("/api/timeline").json()
    assert months["interval"] == "month"
    assert [b["period"] for b in months["bins"]] == ["2015-06", "2016-05", "2016-08", "2016-12", "2017-01"]
    assert sum(b["events"] for b in months["bins"]) == len(dated)
    assert next(b for b in months["bins"] if b["period"] == "2016-08")["fatalities"] == 3
    weeks = client.get("/api/timeline", params={"interval": "week"}).json()["bins"]
    assert "2016-08-01" in [b["period"] for b in weeks]           # a Monday
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", b["period"]) for b in weeks)
    years = client.get("/api/timeline", params={"interval": "year"}).json()["bins"]
    assert {b["period"]: b["events"] for b in years} == {"2015": 1, "2016": 3, "2017": 1}
    days = client.get("/api/timeline", params={"interval": "day"}).json()["bins"]   # issue 17: short axes
    assert sum(b["events"] for b in days) == len(dated) and all(len(b["period"]) == 10 for b in days)
    assert_422(client.get("/api/timeline", params={"interval": "hour"}), "interval")


def test_timeline_follows_the_filter(client):
    battles = client.get("/api/timeline", params={"type": "Battles"}).json()["bins"]
    assert [b["period"] for b in battles] == ["2015-06", "2016-05", "2016-12"]
    assert client.get("/api/timeline", params={"country": "TN"}).json()["bins"] == []


def test_places_with_counts_and_aliases(client):
    places = client.get("/api/places").json()["items"]
    sirte = next(p for p in places if p["id"] == "gold:Sirte")
    assert sirte["name"] == "سرت" and sirte["name_en"] == "Sirte" and sirte["country"] == "LY"
    assert sirte["mentions"] > 10 and sirte["articles"] == 6 and sirte["events"] == 10
    assert isinstance(sirte["aliases"], list)
    assert [p["name_en"] for p in client.get("/api/places", params={"q": "Ajdab"}).json()["items"]] == ["Ajdabiya"]
    assert {p["country"] for p in client.get("/api/places", params={"country": "tn"}).json()["items"]} == {"TN"}
    assert len(client.get("/api/places", params={"limit": 3}).json()["items"]) == 3
    assert_422(client.get("/api/places", params={"limit": 1000}), "limit")


def test_actors_with_counts_and_aliases(client):
    actors = client.get("/api/actors").json()["items"]
    isis = next(a for a in actors if a["id"] == "en:Islamic State")
    assert isis["canonical"] == "Islamic State" and isis["name"] == "داعش"
    assert "تنظيم داعش" in isis["aliases"] and isis["events"] == 19 and isis["articles"] == 5
    found = client.get("/api/actors", params={"q": "بوكو"}).json()["items"]
    assert [a["canonical"] for a in found] == ["Boko Haram"]


def test_movements_with_located_paths(client, gold):
    items = client.get("/api/movements").json()["items"]
    assert len(items) == sum(len(d.get("movements", [])) for d in gold) == 8
    first = next(m for m in items if [p["name"] for p in m["path"]] == ["منفذ التوم", "أوباري", "مزدة", "قرزة"])
    assert first["actor"] == "Islamic State" and all(p["lat"] is not None for p in first["path"])
    assert len(client.get("/api/movements", params={"actor": "Boko Haram"}).json()["items"]) == 1
    assert client.get("/api/movements", params={"actor": "nobody"}).json()["items"] == []


def test_claims_grouped_with_competing_figures(client):
    groups = client.get("/api/claims").json()["items"]
    fighters = next(g for g in groups if g["actor"] == "Islamic State" and g["quantity"] == "fighters")
    figures = {(c["value"], c["high"]) for c in fighters["claims"]}
    assert figures == {(None, 200), (5000, None), (6000, None)}
    sources = {c["source"][0]["canonical"] for c in fighters["claims"]}
    assert sources == {"Al-Bunyan al-Marsous", "AFRICOM", "Western officials"}
    assert all(c["outlet"] and "published" in c and c["evidence"] for c in fighters["claims"])
    killed = client.get("/api/claims", params={"quantity": "killed"}).json()["items"]
    assert [(g["actor"], [c["value"] for c in g["claims"]]) for g in killed] == [("Al-Bunyan al-Marsous", [457])]
    assert client.get("/api/claims", params={"actor": "en:Boko Haram"}).json()["items"] == []


def test_summary(client, all_events):
    s = client.get("/api/summary").json()
    assert s["articles"] == 6 and s["events"] == len(all_events) and s["movements"] == 8 and s["claims"] == 5
    assert sum(t["events"] for t in s["event_types"]) == len(all_events)
    assert {c["country"] for c in s["countries"]} == {"LY", "TN", "DZ", "TD", "BF"}
    assert s["date_range"] == {"first": "2015-06-01", "last": "2017-01-31"}


def test_empty_store_answers_every_read(tmp_path):
    with TestClient(create_app(Store(f"sqlite:///{tmp_path / 'empty.sqlite'}"), token=TOKEN)) as c:
        for path in ("/api/events", "/api/places", "/api/actors", "/api/movements", "/api/claims", "/api/articles",
                     "/api/timeline", "/api/summary", "/api/export.csv", "/api/export.geojson", "/"):
            assert c.get(path).status_code == 200, path
        assert c.get("/api/export.geojson").json() == {"type": "FeatureCollection", "features": []}


# --- articles -----------------------------------------------------------------------------------------

def test_article_list(client):
    items = client.get("/api/articles").json()["items"]
    assert {a["id"] for a in items} == {"seed-000", "seed-001", "seed-002", "seed-003", "seed-004", XSS_ARTICLE_ID}
    assert all(a["chars"] > 0 for a in items)


def test_article_text_with_every_span(client, gold):
    doc = gold[0]
    article = client.get("/api/articles/seed-000").json()
    assert article["text"] == doc["text"] and article["outlet"] == "alarabiya.net"
    kinds = {s["kind"] for s in article["spans"]}
    assert kinds == {"place", "actor", "event", "claim", "movement"}
    for s in article["spans"]:
        if s["kind"] in ("place", "actor"):
            assert article["text"][s["start"]:s["end"]] == s["text"], s
    evidence = {article["text"][s["start"]:s["end"]] for s in article["spans"] if s["kind"] == "event"}
    assert evidence == {e["evidence"] for e in doc["events"]}
    starts = [s["start"] for s in article["spans"]]
    assert starts == sorted(starts)


def test_markup_in_articles_is_returned_as_data(client):
    r = client.get(f"/api/articles/{XSS_ARTICLE_ID}")
    assert r.headers["content-type"] == "application/json"
    article = r.json()
    assert XSS_SCRIPT in article["text"] and XSS_IMG in article["text"] and XSS_SCRIPT in article["title"]


# --- downloads ---------------------------------------------------------------------------------------------

def test_export_csv_of_the_current_filter(client):
    r = client.get("/api/export.csv", params={"type": "Battles"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="rasd-events.csv"' in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")        # a UTF-8 byte-order mark, for Excel
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == 8 and {row["event_type"] for row in rows} == {"Battles"}
    assert {"event_id_cnty", "event_date", "sub_event_type", "actor1", "latitude", "longitude", "source",
            "notes", "fatalities", "evidence_ar"} <= set(rows[0])
    everything = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").content.decode("utf-8-sig"))))
    assert len(everything) == client.get("/api/events").json()["total"]


def test_export_geojson_of_the_current_filter(client, all_events):
    r = client.get("/api/export.geojson", params={"country": "LY", "date_from": "2016"})
    assert r.headers["content-type"].startswith("application/geo+json")
    data = r.json()
    assert data["type"] == "FeatureCollection"
    expected = events(client, country="LY", date_from="2016")["total"]
    assert len(data["features"]) == expected == 4
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["properties"]["country"] == "LY" and 9 < lon < 26 and 19 < lat < 34
        assert f["properties"]["sources"]
    assert_422(client.get("/api/export.geojson", params={"bbox": "x"}), "bbox")


# --- the write token --------------------------------------------------------------------------------------

NEW_ARTICLE = {
    "text": "قتل خمسة جنود في هجوم شنه مسلحون من تنظيم داعش على نقطة تفتيش قرب مدينة سرت الليبية يوم الاثنين.",
    "url": "https://example.org/news/1", "outlet": "example", "published": "2016-06-07", "title": "هجوم قرب سرت",
}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-Rasd-Token": "wrong"},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN},
                                     {"Authorization": "Bearer wrong", "X-Rasd-Token": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}", "X-Rasd-Token": TOKEN},
                                     {"Authorization": "", "X-Rasd-Token": TOKEN},
                                     {"Authorization": f"Bearer {TOKEN}", "X-Rasd-Token": ""}])
def test_writes_need_the_token(client, headers):
    r = client.post("/api/articles", json=NEW_ARTICLE, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_reads_are_open(client):
    assert client.get("/api/events").status_code == 200


def test_token_from_environment_or_generated(monkeypatch, store):
    monkeypatch.setenv("RASD_TOKEN", "from-env")
    app = create_app(store)
    assert app.state.token == "from-env" and "RASD_TOKEN" in app.state.token_note
    assert "from-env" not in app.state.token_note        # a token set by the user is not echoed
    monkeypatch.delenv("RASD_TOKEN")
    first, second = create_app(store), create_app(store)
    assert len(first.state.token) >= 24 and first.state.token != second.state.token
    assert first.state.token in first.state.token_note    # the generated one is shown once, at start
    with TestClient(first) as c:
        assert c.post("/api/articles", json={"text": ""}, headers={"X-Rasd-Token": "from-env"}).status_code == 401
        assert c.post("/api/articles", json={"text": ""},
                      headers={"X-Rasd-Token": first.state.token}).status_code == 422


needs_pipeline = pytest.mark.skipif(pipeline_problem() is not None, reason=f"pipeline: {pipeline_problem()}")


@needs_pipeline
def test_post_article_extracts_and_stores_at_once(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'post.sqlite'}")
    with TestClient(create_app(store, token=TOKEN)) as c:
        r = c.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["stored"] is True and body["article_id"].startswith("api-")
        assert body["events"], body
        assert any(p["name"] == "سرت" for p in body["places"])
        stored = c.get(f"/api/articles/{body['article_id']}").json()
        assert stored["text"] == NEW_ARTICLE["text"] and stored["published"] == "2016-06-07"
        assert stored["url"] == NEW_ARTICLE["url"] and stored["outlet"] == "example"
        assert c.get("/api/events", params={"article": body["article_id"]}).json()["total"] == body["events_new"]
        again = c.post("/api/articles", json=NEW_ARTICLE, headers={"X-Rasd-Token": TOKEN})
        assert again.status_code == 200 and again.json()["stored"] is False
        assert again.json()["article_id"] == body["article_id"]


@pytest.mark.parametrize("payload,field", [
    ({}, "text"),
    ({"text": ""}, "text"),
    ({"text": "   \n "}, "text"),
    ({"text": 5}, "text"),
    ({"text": "نص", "published": "2016-02-30"}, "published"),
    ({"text": "نص", "published": "last week"}, "published"),
    ({"text": "نص", "url": "u" * 2001}, "url"),
])
def test_post_article_validation(client, payload, field):
    assert_422(client.post("/api/articles", json=payload, headers={"X-Rasd-Token": TOKEN}), field)


def test_post_article_needs_json(client):
    r = client.post("/api/articles", content=b"not json", headers={"X-Rasd-Token": TOKEN,
                                                                     "Content-Type": "application/json"})
    assert r.status_code == 422


# --- size limit --------------------------------------------------------------------------------------------

def test_body_over_the_limit_is_413_by_content_length(client):
    big = {"text": "ا" * (MAX_BODY_BYTES // 2 + 10)}    # two bytes a letter in UTF-8
    r = client.post("/api/articles", json=big, headers={"X-Rasd-Token": TOKEN})
    assert r.status_code == 413 and "bytes" in r.json()["detail"]
    # the limit holds before the token is even looked at
    assert client.post("/api/articles", json=big).status_code == 413


def test_body_over_the_limit_is_413_when_streamed(store):
    with TestClient(create_app(store, token=TOKEN, max_body_bytes=1000)) as c:
        def chunks():
            for _ in range(20):
                yield b'{"text": "' + b"x" * 100

        r = c.post("/api/articles", content=chunks(), headers={"X-Rasd-Token": TOKEN,
                                                                "Content-Type": "application/json"})
        assert r.status_code == 413
        small = c.post("/api/articles", json={"text": ""}, headers={"X-Rasd-Token": TOKEN})
        assert small.status_code == 422


def test_body_size_limit_ignores_a_false_content_length():
    """A client that declares a small length and sends more is stopped by what arrives."""
    reached = []

    async def app(scope, receive, send):
        reached.append(await receive())

    sent = []

    async def send(message):
        sent.append(message)

    messages = [{"type": "http.request", "body": b"x" * 600, "more_body": True},
                {"type": "http.request", "body": b"x" * 600, "more_body": False}]

    async def receive():
        return messages.pop(0)

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "headers": [(b"content-length", b"10")]}
    asyncio.run(BodySizeLimit(app, limit=1000)(scope, receive, send))
    assert not reached
    assert sent[0]["status"] == 413


def test_malformed_content_length_is_400(store):
    sent = []

    async def app(scope, receive, send):  # pragma: no cover - must not be reached
        raise AssertionError

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": "POST", "path": "/", "headers": [(b"content-length", b"lots")]}
    asyncio.run(BodySizeLimit(app)(scope, receive, send))
    assert sent[0]["status"] == 400


# --- rasd serve -------------------------------------------------------------------------------------------

def test_rasd_serve_binds_loopback_and_prints_the_url(store, tmp_path):
    port = free_port()
    env = {**os.environ, "RASD_TOKEN": "cli-token"}
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--db", store.url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path)
    try:
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line, line
        import httpx

        deadline = time.time() + 20
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=2)
                break
            except httpx.TransportError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["articles"] == 6
        posted = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": ""},
                            headers={"Authorization": "Bearer cli-token"})
        assert posted.status_code == 422              # the token was accepted; the empty text was not
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


# --- PostgreSQL: the same answers as SQLite ------------------------------------------------------------

@pytest.mark.postgres
def test_postgresql_store_answers_as_sqlite_does(client, pg_url):
    with TestClient(create_app(build_gold_store(pg_url), token=TOKEN)) as pg:
        for path, params in [
            ("events", {"limit": 500}),
            ("events", {"limit": 500, "sort": "date"}),
            ("events", {"limit": 500, "sort": "-fatalities"}),
            ("events", {"bbox": "15,30,18,32", "date_from": "2016", "type": "Battles"}),
            ("events", {"actor": "en:Islamic State", "country": "ly", "q": "سرت"}),
            ("events", {"place": "Sirte", "date_to": "2016-05"}),
            ("events/4", {}),
            ("timeline", {}), ("timeline", {"interval": "week"}), ("timeline", {"interval": "year"}),
            ("places", {}), ("actors", {}), ("movements", {}), ("claims", {}), ("summary", {}),
            (f"articles/{XSS_ARTICLE_ID}", {}), ("articles/seed-001", {}),
        ]:
            expected = client.get(f"/api/{path}", params=params).json()
            assert pg.get(f"/api/{path}", params=params).json() == expected, (path, params)
        assert pg.get("/api/export.csv").text == client.get("/api/export.csv").text
        assert pg.get("/api/events", params={"q": "\x00"}).status_code == 422


# --- a million events: the fast paths answer as the plain query does ------------------------------------

@pytest.fixture(scope="module")
def merged_store(tmp_path_factory, dev_texts) -> Store:
    """The dev articles through the real pipeline, then again reworded (incidents merge), then again as they
    were (nothing stored twice), then events on the grid's edges."""
    from store_reference import fill_with_merges

    from rasd.model import Article

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('counts') / 'merged.sqlite'}")
    fill_with_merges(store, [Article(id=d["id"], text=d["text"], published=d["published"], url=d["url"],
                                     source_path=d["id"]) for d in dev_texts])
    return store


def test_event_counts_stay_exact_through_merges_reingest_and_deletes(merged_store):
    from sqlalchemy import text
    from store_reference import expected_counts, stored_counts

    assert stored_counts(merged_store) == expected_counts(merged_store)
    with merged_store.engine.begin() as c:   # an incident's date made precise, a toll lowered, one deleted
        c.execute(text("UPDATE events SET date_start = '2016-06-02', date_end = '2016-06-02', fatalities = 1 "
                       "WHERE id = (SELECT min(id) FROM events WHERE date_start IS NOT NULL)"))
        c.execute(text("UPDATE events SET lat = lat + 0.3, country = 'TN' WHERE id = (SELECT max(id) FROM events "
                       "WHERE lat IS NOT NULL)"))
        c.execute(text("DELETE FROM events WHERE id = (SELECT min(id) FROM events WHERE lat IS NOT NULL)"))
    assert stored_counts(merged_store) == expected_counts(merged_store)


def test_fast_query_paths_answer_as_plain_sql(merged_store):
    from store_reference import check_filter, random_filters

    for f in random_filters(merged_store, 120):
        check_filter(merged_store, f)
