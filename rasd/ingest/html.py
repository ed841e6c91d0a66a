"""Articles from web pages (saved or fetched): main text, title, date and outlet.

trafilatura finds the main text and the page metadata (title, site name,
canonical URL); htmldate finds the publication date.  Without them (or
when trafilatura finds nothing) a plain fallback keeps paragraph text and
the <title>, so that an HTML page never stops a batch.

Charset: a byte-order mark wins, then the HTTP charset, then <meta charset>
(the order browsers follow); a declared charset the bytes are not valid in
is ignored and the encoding detected (rasd.ingest.files.decode).
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from urllib.parse import urlparse

from rasd.ingest.files import BadInput, article_id_for, check_text, decode, normalise_charset
from rasd.ingest.validate import check_published, clip
from rasd.model import Article

_TAGS = re.compile(r"<(script|style|noscript)[^>]*>.*?</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|article|section|tr)[^>]*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_HINT = re.compile(r"<\s*(html|head|body|p|div|article|title|meta)\b", re.I)
# the HTML standard looks for <meta charset> in the first 1,024 bytes; pages with long
# comments or scripts before it are common on Arabic news sites, so we look further
_SNIFF_BYTES = 8192


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> element (raw label), if any."""
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """Page bytes -> text, honouring the HTTP charset, then the <meta> one."""
    declared = http_charset if normalise_charset(http_charset) else declared_charset(data)
    return decode(data, declared=declared)


def _fallback(page: str) -> tuple[str, str | None]:
    title = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    body = re.sub(r"<head\b.*?</head>", " ", page, flags=re.S | re.I)
    body = _TAGS.sub(" ", body)
    body = _BLOCK.sub("\n", body)
    body = html_lib.unescape(_TAG.sub(" ", body))
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n".join(line for line in lines if len(line) > 1)
    return text, " ".join(html_lib.unescape(title.group(1)).split()) if title else None


def _publication_date(page: str, url: str | None) -> str | None:
    """The page's publication date (htmldate), from markup and URL only.

    htmldate's extensive search also reads dates out of the running text; in
    a conflict report those are the dates of the events, not of publication,
    so it is left off: no date is better than a wrong anchor for "أمس".
    """
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover
        return None
    try:
        tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
        return find_date(page, url=url, original_date=True, extensive_search=False, max_date=tomorrow)
    except Exception:  # htmldate must never stop a page
        return None


def article_from_html(page: str, source: str, url: str | None = None) -> Article:
    if not _HTML_HINT.search(page[:_SNIFF_BYTES * 4]):
        raise BadInput("not an HTML page")
    text = title = published = outlet = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
        if doc is not None:
            text = doc.text
            title = doc.title
            published = doc.date
            outlet = doc.sitename
            url = url or doc.url
    except ImportError:  # pragma: no cover
        pass
    published = _publication_date(page, url) or published
    if not text or not text.strip():
        text, title2 = _fallback(page)
        title = title or title2
    if not text or not text.strip():
        raise BadInput("no article text found in the HTML page")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    check_text(text)
    if url and (not outlet or outlet == urlparse(url).netloc):   # trafilatura's fallback keeps the port
        outlet = urlparse(url).hostname
    try:
        published = check_published(str(published)) if published else None
    except BadInput:
        published = None                    # a page's odd date is no reason to lose its text
    return Article(id=article_id_for(text, None), text=text, url=clip("url", url), outlet=clip("outlet", outlet),
                   published=published, title=clip("title", title), source_path=source)
