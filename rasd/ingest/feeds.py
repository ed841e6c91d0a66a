"""RSS/Atom feeds: their items as articles, and `rasd watch`, which polls them.

An item becomes an article by fetching its link (the feed's summary is
rarely the whole report); when the page cannot be had but the item carries
the full text (content:encoded), that text is used.  The feed's publication
date is preferred to the page's: it is structured and set by the outlet.

What has been seen is the store itself (no state table): an item whose link
is already an article's URL is not fetched again, and neither is one whose
link failed for a lasting reason (recorded in `failures`).  Items failing
for a temporary reason (time-out, HTTP 5xx) are tried again at the next
poll.  An item republished at another URL is fetched once more and then
skipped as a duplicate by its content hash.
"""
from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rasd.ingest import validate
from rasd.ingest.files import BadInput, IngestFailure, article_id_for, check_text
from rasd.ingest.sink import ArticleStore
from rasd.ingest.web import TEMPORARY, Fetched, FetchError, article_from_fetched, fetch
from rasd.model import Article


@dataclass
class FeedItem:
    link: str | None
    guid: str | None
    title: str | None = None
    published: str | None = None     # ISO date
    content: str | None = None       # HTML of the full content or summary
    outlet: str | None = None        # the feed's title

    @property
    def key(self) -> str:
        return self.link or self.guid or f"item:{article_id_for(self.title or self.content or '')}"


@dataclass
class Feed:
    url: str
    title: str | None
    items: list[FeedItem] = field(default_factory=list)


def _iso(struct) -> str | None:
    if not struct:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(struct), dt.timezone.utc).date().isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def parse_feed(data: bytes, url: str, charset: str | None = None) -> Feed:
    """Feed bytes -> Feed; BadInput when nothing in it reads as a feed."""
    try:
        import feedparser
    except ImportError:
        raise BadInput("reading RSS/Atom feeds needs the feeds extra: pip install 'rasd[feeds]'") from None

    headers = {"content-location": url}
    if charset:
        headers["content-type"] = f"application/xml; charset={charset}"
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        why = getattr(parsed, "bozo_exception", None)
        raise BadInput(f"not a readable feed ({why or 'no items'})")
    title = parsed.feed.get("title")
    items = []
    for e in parsed.entries:
        content = None
        if e.get("content"):
            content = max((c.get("value") or "" for c in e.content), key=len) or None
        content = content or e.get("summary")
        items.append(FeedItem(link=e.get("link"), guid=e.get("id"), title=e.get("title"),
                              published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                              content=content, outlet=title))
    return Feed(url=url, title=title, items=items)


def _from_content(item: FeedItem) -> Article | None:
    """The item's own full text, when it carries one."""
    if not item.content:
        return None
    from rasd.ingest.html import _fallback

    text = _fallback(f"<div>{item.content}</div>")[0] if "<" in item.content else item.content
    if item.title and not text.startswith(item.title):
        text = f"{item.title}\n\n{text}"
    try:
        check_text(text)
        return validate.article(Article(id=article_id_for(text), text=text, url=validate.clip("url", item.link),
                                        title=validate.clip("title", item.title),
                                        outlet=validate.clip("outlet", item.outlet), source_path=item.key))
    except BadInput:
        return None


def read_item(item: FeedItem, fetcher: Callable[..., Fetched] = fetch) -> Article | IngestFailure:
    source = item.key
    if not item.link:
        art = _from_content(item)
        return art if art else IngestFailure(source, "feed item without a link or full text")
    try:
        f = fetcher(item.link)
        art = article_from_fetched(f, item.link)
    except (FetchError, BadInput) as exc:
        art = _from_content(item)
        if art is None:
            return IngestFailure(source, str(exc))
    except Exception as exc:  # a parser error must not stop the feed
        return IngestFailure(source, f"{type(exc).__name__}: {exc}")
    art.url = validate.clip("url", item.link)
    art.source_path = source
    art.published = item.published or art.published
    art.title = validate.clip("title", art.title or item.title)
    art.outlet = validate.clip("outlet", art.outlet or item.outlet)
    try:
        return validate.article(art)
    except BadInput as exc:
        return IngestFailure(source, str(exc))


def read_items(items: Iterable[FeedItem], fetcher: Callable[..., Fetched] = fetch,
               skip: Callable[[FeedItem], bool] | None = None) -> Iterator[Article | IngestFailure]:
    for item in items:
        if skip is not None and skip(item):
            continue
        yield read_item(item, fetcher=fetcher)


# --- rasd watch ----------------------------------------------------------------------------------------------


@dataclass
class PollResult:
    feed: str
    items: int = 0            # items in the feed
    new: int = 0              # items fetched this time
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    not_modified: bool = False
    error: str | None = None  # the feed itself could not be read


class FeedWatcher:
    """Polls feeds, fetching and ingesting only the items not seen before."""

    def __init__(self, store: ArticleStore, pipeline=None, fetcher: Callable[..., Fetched] = fetch):
        self.store = store
        self.pipeline = pipeline
        self.fetcher = fetcher
        self._validators: dict[str, dict[str, str]] = {}   # feed URL -> conditional GET headers
        self._seen: set[str] = set()                        # item keys handled by this process

    def known(self, item: FeedItem) -> bool:
        """Already stored, or failed for a lasting reason (store), or handled in this process."""
        key = item.key
        if key in self._seen:
            return True
        if item.link and self.store.has_url(item.link):
            self._seen.add(key)
            return True
        reasons = self.store.failure_reasons(key)
        if reasons and any(not r.startswith(TEMPORARY) for r in reasons):
            self._seen.add(key)
            return True
        return False

    def poll_feed(self, url: str) -> PollResult:
        from rasd.ingest.runner import ingest_items

        res = PollResult(url)
        try:
            f = self.fetcher(url, headers=self._validators.get(url))
        except FetchError as exc:
            res.error = str(exc)
            return res
        if f.not_modified:
            res.not_modified = True
            return res
        validators = {}
        if f.headers.get("etag"):
            validators["If-None-Match"] = f.headers["etag"]
        if f.headers.get("last-modified"):
            validators["If-Modified-Since"] = f.headers["last-modified"]
        try:
            feed = parse_feed(f.data, f.url, f.charset)
        except BadInput as exc:
            res.error = str(exc)
            return res
        self._validators[url] = validators
        res.items = len(feed.items)
        fresh = [it for it in feed.items if not self.known(it)]
        res.new = len(fresh)
        if fresh:
            summary = ingest_items(read_items(fresh, fetcher=self.fetcher), self.store, self.pipeline)
            res.stored, res.duplicates, res.failed = summary.stored, summary.duplicates, len(summary.failures)
            temporary = {x.source for x in summary.failures if x.reason.startswith(TEMPORARY)}
            self._seen.update(it.key for it in fresh if it.key not in temporary)
        return res

    def poll(self, feeds: Iterable[str]) -> list[PollResult]:
        return [self.poll_feed(u) for u in feeds]

    def run(self, feeds: list[str], interval: float = 300.0, once: bool = False,
            on_poll: Callable[[list[PollResult]], None] | None = None,
            sleep: Callable[[float], None] = time.sleep, max_polls: int | None = None) -> int:
        """Poll every `interval` seconds (once with `once`); returns the number of polls."""
        polls = 0
        while True:
            started = time.monotonic()
            results = self.poll(feeds)
            polls += 1
            if on_poll is not None:
                on_poll(results)
            if once or (max_polls is not None and polls >= max_polls):
                return polls
            sleep(max(0.0, interval - (time.monotonic() - started)))
