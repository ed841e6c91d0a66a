"""Stores for the API and browser tests, built from real articles.

`gold_extractions()` turns the gold annotation of the five seed articles
(tests/data/gold/seeds.jsonl: the same texts as samples/) into the
`Extraction` objects the pipeline produces, with offsets found in the text,
so the API tests run on realistic, fully known data whatever state the
pipeline is in.  `ingest_samples()` runs the real pipeline when it can.
`hostile_extraction()` is an article full of markup, for the XSS tests.
"""
from __future__ import annotations

import json
import re
import socket
from pathlib import Path

from rasd.model import Actor, ActorRef, Article, Claim, Event, Extraction, Movement, Place, PlaceRef, Span
from rasd.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
GOLD_SEEDS = ROOT / "tests" / "data" / "gold" / "seeds.jsonl"
SAMPLES = ROOT / "samples"
XSS_ARTICLE_ID = "hostile-markup"
XSS_SCRIPT = "<script>window.__rasdXss = 'script'</script>"
XSS_IMG = "<img src=x onerror=\"window.__rasdXss = 'img'\">"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spans(text: str, needle: str) -> list[Span]:
    return [Span(m.start(), m.end(), needle) for m in re.finditer(re.escape(needle), text)] if needle else []


def _span(text: str, needle: str) -> Span:
    start = text.find(needle)
    if start < 0:
        raise ValueError(f"{needle!r} is not in the text")
    return Span(start, start + len(needle), needle)


def _place_id(p: dict) -> str:
    return "gold:" + (p.get("name_en") or p["name"]).replace(" ", "_")


def _place_ref(p: dict | None, name: str, text: str) -> PlaceRef:
    if p is None:
        return PlaceRef(name=name)
    found = text.find(name)
    return PlaceRef(name=name, id=_place_id(p), name_en=p.get("name_en"), country=p.get("country"),
                    lat=p.get("lat"), lon=p.get("lon"), kind=p.get("kind"),
                    span=Span(found, found + len(name), name) if found >= 0 else None)


def gold_extraction(doc: dict) -> Extraction:
    text = doc["text"]
    article = Article(id=doc["id"], text=text, url=doc.get("url"), outlet=doc.get("outlet"),
                      published=doc.get("published"), title=text.split("\n", 1)[0].strip()[:200])
    by_name = {p["name"]: p for p in doc["places"]}
    places = [Place(name=p["name"], id=_place_id(p), name_en=p.get("name_en"), country=p.get("country"),
                    lat=p.get("lat"), lon=p.get("lon"), kind=p.get("kind"), source="gold",
                    mentions=_spans(text, p["name"])) for p in doc["places"]]
    actors = []
    actor_names = {}
    for a in doc["actors"]:
        forms = [a["name"]] + [x for x in a.get("aliases", []) if x != a["name"]]
        mentions = sorted({s for form in forms for s in _spans(text, form)}, key=lambda s: (s.start, -s.end))
        kept: list[Span] = []
        for s in mentions:   # the longest form wins where spellings overlap
            if not kept or s.start >= kept[-1].end:
                kept.append(s)
        actors.append(Actor(name=a["name"], canonical=a.get("canonical"), actor_id=None,
                            mentions=kept, aliases=[x for x in forms[1:] if x in text][:5]))
        actor_names[a.get("canonical") or a["name"]] = a["name"]

    def actor_ref(label: str | None) -> ActorRef | None:
        return None if not label else ActorRef(name=actor_names.get(label, label), canonical=label)

    events = []
    for e in doc["events"]:
        evidence = _span(text, e["evidence"])
        first_word = e["evidence"].split()[0]
        place = dict(by_name.get(e["place"]) or {}, lat=e.get("lat"), lon=e.get("lon"), country=e.get("country"))
        place.setdefault("name", e["place"])
        ref = _place_ref(place, e["place"], text)
        note = f"{e['sub_type']} in {ref.name_en or e['place']}" + (
            f"; {e['fatalities']} killed" if e.get("fatalities") is not None else "")
        events.append(Event(type=e["type"], sub_type=e["sub_type"], evidence=evidence,
                            trigger=Span(evidence.start, evidence.start + len(first_word), first_word),
                            date=e.get("date"), date_precision=e.get("date_precision") or "unknown", place=ref,
                            actor1=actor_ref(e.get("actor1")), actor2=actor_ref(e.get("actor2")),
                            fatalities=e.get("fatalities"), note=note))
    movements = [Movement(actor=actor_ref(m.get("actor")),
                          path=[_place_ref(by_name.get(n), n, text) for n in m["path"]],
                          evidence=_span(text, m["evidence"])) for m in doc.get("movements", [])]
    claims = [Claim(quantity=c["quantity"], evidence=_span(text, c["evidence"]), value=c.get("value"),
                    low=c.get("low"), high=c.get("high"), actor=actor_ref(c.get("actor")),
                    place=_place_ref(by_name.get(c["place"]), c["place"], text) if c.get("place") else None,
                    source=actor_ref(c.get("source"))) for c in doc.get("claims", [])]
    return Extraction(article=article, places=places, actors=actors, events=events, movements=movements,
                      claims=claims)


def gold_extractions() -> list[Extraction]:
    with GOLD_SEEDS.open(encoding="utf-8") as fh:
        return [gold_extraction(json.loads(line)) for line in fh if line.strip()]


def hostile_extraction() -> Extraction:
    """An article whose text, title, outlet and URL carry markup that must never run."""
    sentence = f"قتل 3 مدنيين في هجوم على سرت {XSS_SCRIPT} ثم {XSS_IMG} وفق ما أعلنت البنيان المرصوص"
    text = f"خبر عاجل\n\n{sentence}.\n\nوأضاف المصدر أن <b>الوضع</b> هادئ في سرت."
    article = Article(id=XSS_ARTICLE_ID, text=text, url="javascript:window.__rasdXss='url'",
                      outlet="<img src=x onerror=\"window.__rasdXss='outlet'\">", published="2016-08-02",
                      title=f"{XSS_SCRIPT} عنوان")
    evidence = _span(text, sentence)
    place = PlaceRef(name="سرت", id="gold:Sirte", name_en="Sirte", country="LY", lat=31.209, lon=16.589,
                     kind="city", span=_span(text, "سرت"))
    actor = ActorRef(name="البنيان المرصوص", canonical="Al-Bunyan al-Marsous")
    return Extraction(
        article=article,
        places=[Place(name="سرت", id="gold:Sirte", name_en="Sirte", country="LY", lat=31.209, lon=16.589,
                      kind="city", source="gold", mentions=_spans(text, "سرت"))],
        actors=[Actor(name="البنيان المرصوص", canonical="Al-Bunyan al-Marsous", actor_id=None,
                      mentions=_spans(text, "البنيان المرصوص"))],
        events=[Event(type="Violence against civilians", sub_type="Attack", evidence=evidence,
                      trigger=_span(text, "هجوم"), date="2016-08-01", date_precision="day", place=place,
                      actor2=actor, fatalities=3, note="<b>Attack</b> on civilians in Sirte <script>x</script>")],
    )


def build_gold_store(url: str, with_hostile: bool = True) -> Store:
    store = Store(url)
    for ex in gold_extractions():
        store.save(ex)
    if with_hostile:
        store.save(hostile_extraction())
    return store


def pipeline_problem() -> str | None:
    """Why the real pipeline cannot run here, or None when it can."""
    try:
        import rasd.pipeline  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - any failure to import means "cannot run here"
        return f"{type(exc).__name__}: {exc}"
    return None


def ingest_samples(store: Store) -> int:
    """Run the five sample articles through the real pipeline into `store`; the number stored."""
    from rasd.ingest.files import expand, read_all
    from rasd.ingest.runner import ingest_items

    summary = ingest_items(read_all(expand([SAMPLES])), store)
    if summary.failures:
        raise RuntimeError(f"ingesting the samples failed: {[f.reason for f in summary.failures]}")
    return summary.stored
