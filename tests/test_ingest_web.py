"""Pages and feeds over HTTP (a local server): `rasd ingest URL`, feeds, `rasd watch`."""
from __future__ import annotations

import time
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape

import pytest
from typer.testing import CliRunner

from rasd.ingest import web
from rasd.ingest.feeds import FeedWatcher, parse_feed, read_items
from rasd.ingest.files import IngestFailure
from rasd.ingest.web import FetchError, fetch, read_url
from rasd.model import Article
from rasd.store.db import Store
from rasd.store.queries import list_failures, list_articles


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch):
    monkeypatch.setattr(web, "RETRY_PAUSE", 0.01)
    monkeypatch.setattr(web, "TIMEOUT", 2.0)


def page(text: str, title: str = "اشتباكات في سرت", date: str | None = "2016-08-02",
         site: str | None = "بوابة الوسط", charset: str = "utf-8", canonical: str | None = None) -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    meta = f'<meta charset="{charset}"><title>{escape(title)}</title>'
    if site:
        meta += f'<meta property="og:site_name" content="{site}">'
    if date:
        meta += f'<meta property="article:published_time" content="{date}T09:30:00+02:00">'
    if canonical:
        meta += f'<link rel="canonical" href="{canonical}">'
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{meta}</head><body>'
            f'<nav><a href="/">الرئيسية</a> | <a href="/libya">ليبيا</a></nav>'
            f"<article><h1>{escape(title)}</h1>{paras}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")


def rss(items: list[tuple[str, str, str]], title: str = "الوسط - أخبار ليبيا") -> str:
    """items: (link, title, ISO date)"""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(d).replace(hour=8, tzinfo=timezone.utc))}</pubDate>"
        f"<description>{escape(t)}</description></item>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://example.invalid/</link><description>x</description>{body}</channel></rss>")


def test_page_text_and_metadata(http_server, dev_texts):
    d = dev_texts[0]
    url = http_server.add("/news/1", page(d["text"], canonical="https://alwasat.example/news/1"))
    [a] = list(read_url(url))
    assert isinstance(a, Article)
    assert a.url == url
    assert a.title == "اشتباكات في سرت"
    assert a.published == "2016-08-02"
    assert a.outlet == "بوابة الوسط"
    assert d["text"].split("\n")[0] in a.text
    assert "جميع الحقوق محفوظة" not in a.text and "الرئيسية" not in a.text


def test_http_charset_windows_1256(http_server, dev_texts):
    d = dev_texts[0]
    body = page(d["text"], charset="utf-8").replace('<meta charset="utf-8">', "").encode("cp1256")
    url = http_server.add("/cp", body, content_type="text/html; charset=windows-1256")
    [a] = list(read_url(url))
    assert isinstance(a, Article) and d["text"].split("\n")[0] in a.text


def test_outlet_falls_back_to_host(http_server, dev_texts):
    url = http_server.add("/nosite", page(dev_texts[1]["text"], site=None, date=None))
    [a] = list(read_url(url))
    assert a.outlet == "127.0.0.1"


def test_fetch_failures_have_reasons(http_server, monkeypatch):
    [f] = list(read_url(http_server.url("/missing")))
    assert isinstance(f, IngestFailure) and "HTTP 404" in f.reason and not f.reason.startswith(web.TEMPORARY)
    http_server.add("/down", "busy", status=503)
    [f] = list(read_url(http_server.url("/down")))
    assert f.reason.startswith(web.TEMPORARY) and "503" in f.reason
    assert http_server.hits["/down"] == 1 + web.RETRIES
    monkeypatch.setattr(web, "MAX_HTML_BYTES", 1000)
    http_server.add("/huge", "ب" * 5000)
    [f] = list(read_url(http_server.url("/huge")))
    assert "too large" in f.reason
    [f] = list(read_url("http://127.0.0.1:9/closed"))   # nothing listens on the discard port
    assert f.reason.startswith(web.TEMPORARY)


def test_timeout_is_temporary(http_server):
    def slow(_handler):
        time.sleep(1.5)
        return http_server.Route(b"late", 200, {"Content-Type": "text/plain"})

    http_server.routes["/slow"] = slow
    with pytest.raises(FetchError) as exc:
        fetch(http_server.url("/slow"), timeout=0.3, retries=0)
    assert exc.value.temporary and "timed out" in str(exc.value)


def test_gzip_body(http_server, dev_texts):
    import gzip

    body = gzip.compress(page(dev_texts[2]["text"]).encode("utf-8"))
    url = http_server.add("/gz", body, **{"Content-Encoding": "gzip"})
    [a] = list(read_url(url))
    assert isinstance(a, Article)


def test_rss_items_use_feed_dates_and_fall_back_to_content(http_server, dev_texts):
    links = [http_server.add(f"/a/{i}", page(dev_texts[i]["text"], date=None)) for i in range(3)]
    feed_xml = rss([(links[0], "خبر أول", "2016-05-12"), (links[1], "خبر ثان", "2016-05-13"),
                    (http_server.url("/a/gone"), "خبر ثالث", "2016-05-14")])
    feed = parse_feed(feed_xml.encode("utf-8"), http_server.url("/feed"))
    assert feed.title == "الوسط - أخبار ليبيا" and len(feed.items) == 3
    got = list(read_items(feed.items))
    assert [type(x).__name__ for x in got] == ["Article", "Article", "IngestFailure"]
    assert got[0].published == "2016-05-12" and got[0].url == links[0]
    assert got[0].outlet == "بوابة الوسط"          # the page's own site name first
    assert "HTTP 404" in got[2].reason


def test_atom_feed_full_content_used_when_page_fails(http_server, dev_texts):
    text = dev_texts[4]["text"]
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title><id>urn:x</id><updated>2016-06-01T00:00:00Z</updated>
<entry><title>عنوان</title><id>urn:1</id><link href="{http_server.url('/atom/gone')}"/>
<published>2016-06-01T10:00:00Z</published><updated>2016-06-01T10:00:00Z</updated>
<content type="html">{escape("".join(f"<p>{p}</p>" for p in text.split(chr(10))))}</content></entry></feed>"""
    url = http_server.add("/atom.xml", atom, content_type="application/atom+xml")
    [a] = list(read_url(url))
    assert isinstance(a, Article) and a.published == "2016-06-01" and text.split("\n")[0] in a.text


def test_not_a_feed(http_server):
    url = http_server.add("/bad.xml", "<rss><channel><item>", content_type="application/rss+xml")
    [f] = list(read_url(url))
    assert isinstance(f, IngestFailure)


def test_cli_ingest_urls_and_feed(http_server, dev_texts, tmp_path):
    from rasd.cli import app

    links = [http_server.add(f"/p/{i}", page(dev_texts[i]["text"])) for i in range(4)]
    feed = http_server.add("/rss", rss([(links[2], "x", "2016-05-12"), (links[3], "y", "2016-05-13")]),
                           content_type="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'w.sqlite'}"
    r = CliRunner().invoke(app, ["ingest", links[0], links[1], feed, http_server.url("/nothing"),
                                 "--db", db, "-q"])
    assert r.exit_code == 0, r.output
    assert "4 stored" in r.output and "1 failed" in r.output
    store = Store(db)
    assert {a["url"] for a in list_articles(store)} == set(links)
    [f] = list_failures(store)
    assert f["source"].endswith("/nothing") and "404" in f["reason"]
    # again: nothing doubled, the failure not listed twice, stored pages not fetched again
    hits = dict(http_server.hits)
    r = CliRunner().invoke(app, ["ingest", links[0], links[1], feed, http_server.url("/nothing"), "--db", db, "-q"])
    assert "0 stored, 4 already present" in r.output
    assert len(list_failures(store)) == 1
    assert all(http_server.hits[f"/p/{i}"] == hits[f"/p/{i}"] == 1 for i in range(4))
    assert http_server.hits["/rss"] == 2


def test_watch_fetches_only_new_items(http_server, dev_texts, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'watch.sqlite'}")
    links = [http_server.add(f"/w/{i}", page(dev_texts[i]["text"])) for i in range(6)]
    http_server.add("/w/flaky", "busy", status=503)
    items = [(links[0], "a", "2016-05-10"), (links[1], "b", "2016-05-11"),
             (http_server.url("/w/flaky"), "c", "2016-05-12"), (http_server.url("/w/404"), "d", "2016-05-12")]
    http_server.add("/feed", rss(items), content_type="application/rss+xml", ETag='"v1"')
    watcher = FeedWatcher(store)
    [r] = watcher.poll([http_server.url("/feed")])
    assert (r.items, r.new, r.stored, r.failed) == (4, 4, 2, 2)
    # a poll with an unchanged feed: HTTP 304, nothing fetched
    [r] = watcher.poll([http_server.url("/feed")])
    assert r.not_modified
    # the feed changes: two new items; the flaky page recovers; the 404 is not fetched again
    http_server.add("/w/flaky", page(dev_texts[5]["text"]))
    items = [(links[2], "e", "2016-05-13"), (links[3], "f", "2016-05-13")] + items
    http_server.add("/feed", rss(items), content_type="application/rss+xml", ETag='"v2"')
    before = dict(http_server.hits)
    # a new watcher (a new process): what was seen comes from the store
    [r] = FeedWatcher(store).poll([http_server.url("/feed")])
    assert (r.new, r.stored, r.failed) == (3, 3, 0)
    assert http_server.hits["/w/0"] == before["/w/0"] == 1
    assert http_server.hits["/w/404"] == before["/w/404"] == 1
    assert http_server.hits["/w/flaky"] == before["/w/flaky"] + 1
    failures = list_failures(store)
    assert [f["source"] for f in failures] == [http_server.url("/w/404")]   # the flaky one was cleared


def test_cli_watch_once(http_server, dev_texts, tmp_path):
    from rasd.cli import app

    links = [http_server.add(f"/c/{i}", page(dev_texts[i]["text"])) for i in range(2)]
    feed = http_server.add("/feed.rss", rss([(links[0], "a", "2016-05-10"), (links[1], "b", "2016-05-11")]),
                           content_type="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    r = CliRunner().invoke(app, ["watch", feed, "--once", "--db", db])
    assert r.exit_code == 0, r.output
    assert "2 new: 2 stored" in r.output
    r = CliRunner().invoke(app, ["watch", feed, "--once", "--db", db])
    assert "0 new" in r.output
