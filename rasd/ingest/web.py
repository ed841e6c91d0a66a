"""Articles from URLs: fetch a page (or a feed) over HTTP(S) and read it.

Only the standard library is used for HTTP.  Every fetch has a timeout and
a size limit; temporary troubles (time-outs, refused connections, HTTP 429
and 5xx) are retried a few times with a pause, and when they persist the
failure says "temporary" so that `rasd watch` tries the URL again at its
next poll.  A URL that serves a feed (RSS/Atom) is read as a feed: each of
its items becomes an article (rasd.ingest.feeds).
"""
from __future__ import annotations

import gzip
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.message import Message

from rasd.ingest import validate
from rasd.ingest.files import MAX_HTML_BYTES, BadInput, IngestFailure, article_id_for, check_text, decode
from rasd.ingest.sink import ArticleStore
from rasd.model import Article

USER_AGENT = "Rasd/0.1 (offline coding of Arabic conflict reports)"
TIMEOUT = 20.0                 # seconds per request (connect and each read)
RETRIES = 2                    # extra attempts after a temporary failure
RETRY_PAUSE = 1.0              # seconds before the first retry, doubled after each
TEMPORARY = "temporary: "      # prefix of failure reasons worth retrying later
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


class FetchError(Exception):
    def __init__(self, reason: str, temporary: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.temporary = temporary

    def __str__(self) -> str:
        return (TEMPORARY if self.temporary else "") + "fetch failed: " + self.reason


@dataclass
class Fetched:
    url: str                      # after redirects
    status: int
    content_type: str             # media type, lower case, no parameters
    charset: str | None           # from the Content-Type header
    data: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(s: object) -> bool:
    return isinstance(s, str) and s.lower().startswith(("http://", "https://"))


def _read_limited(resp, limit: int) -> bytes:
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchError(f"too large ({int(length) / 2**20:.1f} MiB; the limit is {limit / 2**20:.0f} MiB)")
    chunks, total = [], 0
    while True:
        chunk = resp.read(65536)
        if not chunk:
            break
        total += len(chunk)
        if total > limit:
            raise FetchError(f"too large (more than {limit / 2**20:.0f} MiB)")
        chunks.append(chunk)
    return b"".join(chunks)


def _decompress(data: bytes, encoding: str | None, limit: int) -> bytes:
    encoding = (encoding or "").lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            out = gzip.decompress(data)
        elif encoding == "deflate":
            try:
                out = zlib.decompress(data)
            except zlib.error:
                out = zlib.decompress(data, -zlib.MAX_WBITS)
        else:
            return data
    except (OSError, EOFError, zlib.error) as exc:
        raise FetchError(f"bad {encoding} body ({exc})") from None
    if len(out) > limit:
        raise FetchError(f"too large once decompressed (more than {limit / 2**20:.0f} MiB)")
    return out


def fetch_once(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_HTML_BYTES,
               headers: dict[str, str] | None = None) -> Fetched:
    if not is_url(url):
        raise FetchError(f"not an http(s) URL: {url!r}")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip",
                                               "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                                                         "*/*;q=0.8",
                                               "Accept-Language": "ar,en;q=0.5", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = _read_limited(resp, max_bytes)
            data = _decompress(data, resp.headers.get("Content-Encoding"), max_bytes)
            msg: Message = resp.headers
            return Fetched(url=resp.geturl(), status=resp.status, content_type=msg.get_content_type().lower(),
                           charset=msg.get_content_charset(), data=data,
                           headers={k.lower(): v for k, v in msg.items()})
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url=url, status=304, content_type="", charset=None, data=b"",
                           headers={k.lower(): v for k, v in exc.headers.items()})
        temporary = exc.code == 429 or exc.code >= 500
        raise FetchError(f"HTTP {exc.code} {exc.reason}", temporary=temporary) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError("timed out", temporary=True) from None
        raise FetchError(f"cannot connect ({reason})", temporary=True) from None
    except (socket.timeout, TimeoutError):
        raise FetchError("timed out", temporary=True) from None
    except (ConnectionError, OSError) as exc:
        raise FetchError(f"connection failed ({exc})", temporary=True) from None
    except ValueError as exc:       # malformed URL
        raise FetchError(f"bad URL ({exc})") from None
    except Exception as exc:        # http.client.IncompleteRead, bad status line, ...
        raise FetchError(f"{type(exc).__name__}: {exc}", temporary=True) from None


def fetch(url: str, timeout: float | None = None, max_bytes: int | None = None, retries: int | None = None,
          pause: float | None = None, headers: dict[str, str] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> Fetched:
    """GET `url`, retrying temporary failures; FetchError with the reason otherwise.

    Defaults are the module's TIMEOUT, MAX_HTML_BYTES, RETRIES and RETRY_PAUSE, read at call time.
    """
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_HTML_BYTES if max_bytes is None else max_bytes
    retries = RETRIES if retries is None else retries
    pause = RETRY_PAUSE if pause is None else pause
    attempt = 0
    while True:
        try:
            return fetch_once(url, timeout=timeout, max_bytes=max_bytes, headers=headers)
        except FetchError as exc:
            if not exc.temporary or attempt >= retries:
                raise
            sleep(pause * (2 ** attempt))
            attempt += 1


def looks_like_feed(f: Fetched) -> bool:
    if f.content_type in FEED_TYPES:
        return True
    if f.content_type in ("text/xml", "application/xml", "text/plain", "application/octet-stream", ""):
        head = f.data[:2048].lstrip().lower()
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    return False


def article_from_fetched(f: Fetched, url: str | None = None) -> Article:
    """A fetched page -> Article (BadInput with the reason when it is not one)."""
    url = url or f.url
    if f.content_type in ("text/html", "application/xhtml+xml") or f.data[:1024].lstrip().startswith(b"<"):
        from rasd.ingest.html import article_from_html, decode_html

        art = article_from_html(decode_html(f.data, f.charset), source=url, url=url)
        art.url = validate.clip("url", url)
        return validate.article(art)
    if f.content_type.startswith("text/"):
        text = check_text(decode(f.data, declared=f.charset))
        return validate.article(Article(id=article_id_for(text), text=text, url=validate.clip("url", url),
                                        source_path=url))
    raise BadInput(f"not a web page ({f.content_type or 'no content type'})")


def stored_lookup(store: ArticleStore) -> Callable[[str], Article | None]:
    """url -> the article the store already holds for it (so a re-run need not fetch it again)."""
    return store.article_by_url


def read_url(url: str, fetcher: Callable[..., Fetched] = fetch,
             lookup: Callable[[str], Article | None] | None = None) -> Iterator[Article | IngestFailure]:
    """The article at `url`, or the articles of the feed at `url`.

    `lookup(url)` may return an article already stored for a URL: it is yielded instead of
    fetching the page again (the runner then counts it as already present).
    """
    known = lookup(url) if lookup is not None else None
    if known is not None:
        yield known
        return
    try:
        f = fetcher(url)
    except FetchError as exc:
        yield IngestFailure(url, str(exc))
        return
    if looks_like_feed(f):
        from rasd.ingest.feeds import parse_feed, read_item

        try:
            feed = parse_feed(f.data, f.url, f.charset)
        except BadInput as exc:
            yield IngestFailure(url, str(exc))
            return
        for item in feed.items:
            known = lookup(item.link) if lookup is not None and item.link else None
            yield known if known is not None else read_item(item, fetcher=fetcher)
        return
    try:
        yield article_from_fetched(f, url)
    except BadInput as exc:
        yield IngestFailure(url, str(exc))
    except Exception as exc:  # a parser error must not stop the batch
        yield IngestFailure(url, f"{type(exc).__name__}: {exc}")


def read_urls(urls: Iterable[str], fetcher: Callable[..., Fetched] = fetch,
              lookup: Callable[[str], Article | None] | None = None) -> Iterator[Article | IngestFailure]:
    for url in urls:
        yield from read_url(url, fetcher=fetcher, lookup=lookup)
