"""The analyst's page in a real browser: Debian's Chromium driven by Playwright.

A `rasd serve` process (the real command) serves a temporary SQLite store into
which the five sample articles were ingested with `rasd ingest`, plus one
article full of markup.  The page is read through `window.rasd` (its state and
what the map has drawn) and through the DOM.  Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest_web import (
    ROOT,
    SAMPLES,
    XSS_ARTICLE_ID,
    XSS_IMG,
    XSS_SCRIPT,
    build_gold_store,
    free_port,
    hostile_extraction,
    pipeline_problem,
)

from rasd.store.db import Store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
TOKEN = "browser-token"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium "
                                                     "(apt-get install -y chromium; CI installs it)"),
]


def start_server(db_url: str, cwd: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--db", db_url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=cwd,
                            env={**os.environ, "RASD_TOKEN": TOKEN})
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            if httpx.get(f"{base}/api/summary", timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"rasd serve did not start: {proc.stdout.read()}")
        time.sleep(0.1)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
    proc.stdout.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`rasd serve` over the five samples as `rasd ingest` stores them, plus the hostile article."""
    work = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{work / 'samples.sqlite'}"
    problem = pipeline_problem()
    if problem is None:
        done = subprocess.run([sys.executable, "-m", "rasd.cli", "ingest", str(SAMPLES), "--db", url, "--quiet"],
                              check=False, capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
        assert Store(url).engine.connect().exec_driver_sql("select count(*) from articles").scalar() == 5
    else:
        # the pipeline cannot run here: the page is still tested, on the gold reading of the same samples
        build_gold_store(url, with_hostile=False)
    Store(url).save(hostile_extraction())
    proc, base = start_server(url, work)
    yield base
    stop_server(proc)


class Watched:
    """A page with a record of its console errors and of every request it made."""

    def __init__(self, page, base):
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path="/"):
        self.page.goto(self.base + path)
        self.page.wait_for_function("window.rasd && window.rasd.state.ready", timeout=30_000)
        self.settle()
        return self

    def settle(self):
        """Wait until no request is pending and the map has drawn its latest data."""
        self.page.wait_for_function("rasd.state.loading === 0 && (!rasd.state.webgl || rasd.state.mapIdle)",
                                    timeout=30_000)

    def after_refresh(self, action):
        before = self.state("revision")
        action()
        self.page.wait_for_function(f"rasd.state.revision > {before} && rasd.state.loading === 0", timeout=30_000)
        self.settle()

    def state(self, key):
        return self.page.evaluate(f"rasd.state[{json.dumps(key)}]")

    def api(self, path, **params):
        r = httpx.get(f"{self.base}/api/{path}", params=params, timeout=10)
        assert r.status_code == 200, r.text
        return r.json()

    def shot(self, name):
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def assert_clean(self):
        assert not self.errors, self.errors
        foreign = [u for u in self.requests if not u.startswith(self.base) and not u.startswith("data:")]
        assert not foreign, f"the page reached beyond its server: {foreign}"


@pytest.fixture
def page(browser, server):
    # bypass_csp lets Playwright's wait_for_function evaluate its predicates; the page is also
    # tested under its own policy below, and the XSS test proves escaping without the policy's help
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    watched = Watched(context.new_page(), server)
    yield watched
    context.close()


def located_routes(movements):
    n = 0
    for m in movements:
        points = [(p["lon"], p["lat"]) for p in m["path"] if p.get("lat") is not None and p.get("lon") is not None]
        distinct = [pt for i, pt in enumerate(points) if i == 0 or pt != points[i - 1]]
        n += len(distinct) >= 2
    return n


def test_map_shows_the_seed_events_and_routes(page):
    page.open()
    everything = page.api("events", limit=500)
    located = sum(e["latitude"] is not None for e in everything["items"])
    routes = located_routes(page.api("movements", limit=500)["items"])
    assert everything["total"] >= 5 and located >= 5 and routes >= 1
    assert page.state("total") == everything["total"]
    assert page.state("eventsOnMap") == located
    assert page.state("routesOnMap") == routes
    assert page.state("webgl") is True
    drawn = page.page.evaluate("rasd.mapStats()")
    # every located event is drawn, alone or inside a cluster; every route with its arrowheads
    assert drawn["points"] + drawn["clustered"] == located, drawn
    assert drawn["routes"] == routes and drawn["arrows"] == page.state("arrowsOnMap") >= routes
    assert page.page.locator(".cluster-label").count() == drawn["clusters"]
    status = page.page.inner_text("#status")
    assert str(everything["total"]) in status and str(located) in status
    page.shot("map")

    # an arrowhead away from any marker opens its route, with the evidence marked in the article
    target = page.page.evaluate("""() => {
        const map = rasd.map;
        const rect = map.getContainer().getBoundingClientRect();
        for (const f of map.queryRenderedFeatures({layers: ["route-arrows"]})) {
            const p = map.project(f.geometry.coordinates);
            const box = [[p.x - 14, p.y - 14], [p.x + 14, p.y + 14]];
            const busy = map.queryRenderedFeatures(box, {layers: ["event-points", "event-clusters"]}).length;
            if (!busy && p.x > 20 && p.y > 20 && p.x < rect.width - 20 && p.y < rect.height - 20)
                return {id: f.properties.id, x: rect.left + p.x, y: rect.top + p.y};
        }
        return null;
    }""")
    assert target, "every arrowhead is under a marker"
    page.page.mouse.click(target["x"], target["y"])
    route = page.page.locator(f".route-view[data-movement='{target['id']}']")
    route.wait_for(timeout=15_000)
    movement = next(m for m in page.api("movements", limit=500)["items"] if m["id"] == target["id"])
    assert route.locator("mark.hl-evidence").inner_text().strip() == movement["evidence"].strip()
    assert route.locator(".route-stops li").count() == len(movement["path"])
    page.shot("route")
    page.assert_clean()


def test_type_filter_and_timeline_brush_change_the_count(page):
    page.open()
    total = page.state("total")
    kinds = page.api("summary")["event_types"]
    battles = sum(k["events"] for k in kinds if k["event_type"] == "Battles")
    assert 0 < battles < total
    page.after_refresh(lambda: page.page.select_option("#filter-type", "Battles"))
    assert page.state("total") == battles == page.api("events", type="Battles")["total"]
    shown = page.page.evaluate("rasd.mapStats()")
    assert shown["points"] + shown["clustered"] == page.state("eventsOnMap")
    page.after_refresh(lambda: page.page.select_option("#filter-type", ""))
    assert page.state("total") == total

    # drag the brush from the first month with events to the second one that has events
    bars = page.page.locator("#timeline rect.bar:not([data-events='0'])")
    assert bars.count() >= 2
    first, second = bars.nth(0).bounding_box(), bars.nth(1).bounding_box()
    y = first["y"] + first["height"] / 2

    def brush():
        page.page.mouse.move(first["x"] + first["width"] / 2, y)
        page.page.mouse.down()
        page.page.mouse.move((first["x"] + second["x"]) / 2, y, steps=4)
        page.page.mouse.move(second["x"] + second["width"] / 2, y, steps=4)
        page.page.mouse.up()

    page.after_refresh(brush)
    flt = page.state("filter")
    assert flt["date_from"] and flt["date_to"]
    expected = page.api("events", date_from=flt["date_from"], date_to=flt["date_to"])["total"]
    assert 0 < page.state("total") == expected < total
    assert page.page.locator("#timeline rect.brush").count() == 1
    assert page.page.locator("#chips .chip").count() == 1
    page.shot("brushed")
    page.after_refresh(lambda: page.page.click("#clear-brush"))
    assert page.state("total") == total
    page.assert_clean()


def _click_an_event_on_the_map(page) -> int:
    """Click a lone marker where the map drew it; else a cluster, then the first event it lists."""
    target = page.page.evaluate("""() => {
        const map = rasd.map;
        const rect = map.getContainer().getBoundingClientRect();
        const inside = (p) => p.x > 40 && p.y > 40 && p.x < rect.width - 40 && p.y < rect.height - 40;
        for (const layer of ["event-points", "event-clusters"]) {
            for (const f of map.queryRenderedFeatures({layers: [layer]})) {
                const p = map.project(f.geometry.coordinates);
                if (inside(p)) return {layer, id: f.properties.id ?? null, x: rect.left + p.x, y: rect.top + p.y};
            }
        }
        return null;
    }""")
    assert target, "nothing to click on the map"
    page.page.mouse.click(target["x"], target["y"])
    if target["layer"] == "event-points":
        page.page.wait_for_function(f"rasd.state.openedEvent === {target['id']}", timeout=15_000)
        return target["id"]
    row = page.page.locator("#view-event .event-row").first
    row.wait_for(timeout=15_000)
    event_id = int(row.get_attribute("data-event"))
    row.click()
    page.page.wait_for_function(f"rasd.state.openedEvent === {event_id}", timeout=15_000)
    return event_id


def test_clicking_an_event_opens_its_sources_with_evidence_highlighted(page):
    page.open()
    event_id = _click_an_event_on_the_map(page)
    detail = page.api(f"events/{event_id}")
    view = page.page.locator(f".event-view[data-event='{event_id}']")
    assert view.count() == 1
    assert detail["notes"] in view.inner_text()
    sources = view.locator("section.source")
    assert sources.count() == len(detail["sources"])
    for i, src in enumerate(detail["sources"]):
        block = sources.nth(i)
        text = block.locator(".article-text")
        assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
        assert block.locator("mark.hl-evidence").inner_text().strip() == src["evidence"].strip()
        spans = page.api(f"articles/{src['article_id']}")["spans"]
        if any(s["kind"] == "place" for s in spans):
            assert block.locator(".hl-place").count() > 0
        if any(s["kind"] == "actor" for s in spans):
            assert block.locator(".hl-actor").count() > 0
        # the text shown is the article's, character for character
        assert text.evaluate("n => n.textContent") == page.api(f"articles/{src['article_id']}")["text"]
    page.shot("event")
    page.assert_clean()


def test_hostile_article_is_shown_as_text(page):
    page.open()
    event_id = page.api("events", article=XSS_ARTICLE_ID)["items"][0]["id"]
    page.page.evaluate(f"rasd.openEvent({event_id})")
    page.page.wait_for_function(f"rasd.state.openedEvent === {event_id}", timeout=15_000)
    panel = page.page.locator("#panel")
    shown = panel.inner_text()
    assert XSS_SCRIPT in shown and XSS_IMG in shown         # visible, as text
    assert "<b>Attack</b>" in shown                          # the note too
    assert panel.locator("script, img, b:not(.hl-trigger) b").count() == 0
    assert panel.locator("a[href^='javascript']").count() == 0
    assert page.page.locator("mark.hl-evidence").inner_text().count("<script>") == 1
    # through the article list as well
    page.page.click("[data-tab=articles]")
    page.page.locator(f".article-row[data-article='{XSS_ARTICLE_ID}']").click()
    page.page.wait_for_function(f"rasd.state.openedArticle === {json.dumps(XSS_ARTICLE_ID)}", timeout=15_000)
    assert XSS_IMG in page.page.inner_text("#view-articles")
    page.page.wait_for_timeout(300)        # an onerror would have fired by now
    assert page.page.evaluate("window.__rasdXss") is None
    assert page.page.evaluate("document.querySelectorAll('img[src=x], img[onerror]').length") == 0
    page.shot("hostile-article")
    page.assert_clean()


def test_a_claim_card_names_who_gives_the_figure(page):
    """Issue 11: the seed's strength of the Islamic State (about five thousand) is given by the commander
    of AFRICOM, not by the group it counts."""
    page.open()
    cards = [c for g in page.api("claims")["items"] for c in g["claims"]
             if c["quantity"] == "fighters" and 5000 in (c["value"], c["low"], c["high"])]
    assert cards, "the samples' AFRICOM figure is missing from the claims"
    page.page.click("[data-tab=claims]")
    source = page.page.locator(f'.claim-card[data-claim="{cards[0]["id"]}"] .claim-source')
    source.wait_for()
    text = source.inner_text()
    assert "AFRICOM" in text and "Islamic State" not in text, text
    page.assert_clean()


def test_claims_and_entities_views(page):
    page.open()
    groups = page.api("claims")["items"]
    page.page.click("[data-tab=claims]")
    if groups:
        page.page.locator(".claim-group").first.wait_for()
        assert page.page.locator(".claim-group").count() == len(groups)
        assert page.page.locator(".claim-card").count() == sum(len(g["claims"]) for g in groups)
    else:
        assert page.page.locator("#view-claims .empty").is_visible()
    page.shot("claims")

    page.page.click("[data-tab=entities]")
    page.page.locator(".entity-list.actors .entity").first.wait_for()
    actor = next(a for a in page.api("actors", limit=500)["items"] if a["events"] > 0)
    assert page.page.locator(".entity-list.actors li").count() == len(page.api("actors", limit=500)["items"])
    page.after_refresh(lambda: page.page.locator(f".entity[data-actor={json.dumps(actor['id'])}]").click())
    assert page.state("filter")["actor"] == actor["id"]
    assert page.state("total") == page.api("events", actor=actor["id"])["total"] == actor["events"]
    place = next(p for p in page.api("places", limit=500)["items"] if p["events"] > 0)
    page.after_refresh(lambda: page.page.locator(f".entity[data-place={json.dumps(place['id'])}]").click())
    assert page.state("total") == page.api("events", actor=actor["id"], place=place["id"])["total"]
    assert page.page.locator("#chips .chip").count() == 1
    page.shot("entities")
    page.assert_clean()


def test_search_box_filters(page):
    page.open()
    word = "سرت"
    expected = page.api("events", q=word)["total"]

    def search():
        page.page.fill("#search", word)
        page.page.press("#search", "Enter")

    page.after_refresh(search)
    assert page.state("total") == expected
    page.assert_clean()


def test_language_toggle_keeps_arabic_right_to_left(page):
    page.open()
    event_id = page.api("events", limit=1)["items"][0]["id"]
    page.page.evaluate(f"rasd.openEvent({event_id})")
    page.page.wait_for_function(f"rasd.state.openedEvent === {event_id}", timeout=15_000)
    page.page.click("#lang-toggle")
    page.page.wait_for_function("document.documentElement.dir === 'rtl'")
    assert page.page.evaluate("document.documentElement.lang") == "ar"
    assert page.page.inner_text("[data-tab=event]") == "الحدث"
    page.page.wait_for_function(f"rasd.state.openedEvent === {event_id} && !!document.querySelector('.article-text')")
    assert page.page.locator(".article-text").first.get_attribute("dir") == "rtl"
    page.shot("arabic")
    page.page.click("#lang-toggle")
    page.page.wait_for_function("document.documentElement.dir === 'ltr'")
    assert page.page.inner_text("[data-tab=event]") == "Event"
    page.assert_clean()


def test_page_runs_under_its_content_security_policy(browser, server):
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(server + "/")
    deadline = time.time() + 30
    while not page.evaluate("() => Boolean(window.rasd && rasd.state.ready && rasd.state.mapIdle)"):
        assert time.time() < deadline, problems
        time.sleep(0.2)
    assert page.evaluate("() => rasd.state.eventsOnMap") > 0
    assert not problems, problems
    context.close()


def test_page_over_an_empty_store(browser, tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    Store(url)
    proc, base = start_server(url, tmp_path)
    try:
        context = browser.new_context(viewport={"width": 1200, "height": 800}, bypass_csp=True)
        page = Watched(context.new_page(), base).open()
        assert page.state("total") == 0 and page.state("routesOnMap") == 0
        assert page.page.locator(".timeline-empty").is_visible()
        page.page.click("[data-tab=claims]")
        page.page.locator("#view-claims .empty").wait_for()
        page.page.click("[data-tab=entities]")
        page.page.locator("#view-entities .empty").first.wait_for()
        page.shot("empty-store")
        page.assert_clean()
        context.close()
    finally:
        stop_server(proc)
