"""One validator for an article, however it arrives: files and JSON Lines (`rasd ingest`,
`rasd extract`), web pages and feeds (`rasd watch`), and the HTTP API (`POST /api/articles`).

Each check raises `BadInput` (a ValueError) with a sentence a user understands, so that the command
line reports it as a failure and the API answers 422 with the same words.

* text: Arabic (enough Arabic letters, and a share of all letters), not too long, no NUL, not
  damaged by decoding;
* published: a real calendar day, written `YYYY-MM-DD`, or an ISO 8601 date-time that begins with
  one (the day is kept);
* id, url, outlet, title, language: strings (or absent), without NUL, within the lengths the store
  keeps.
"""
from __future__ import annotations

import datetime as dt
import re

from rasd.model import Article

MAX_CHARS = 500_000                # decoded article text; the longest dev/seed article is < 5,000
MIN_ARABIC_LETTERS = 40            # fewer Arabic letters than this is not an Arabic article
MIN_ARABIC_SHARE = 0.3             # share of letters that must be Arabic
MAX_DAMAGED = 20                   # U+FFFD replacement characters tolerated in a text
# longest accepted value of each metadata field (the store's column widths)
FIELD_LIMITS = {"id": 200, "url": 2000, "outlet": 200, "title": 1000, "language": 8}

_YEAR = "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"       # 0001-9999
_DAY = f"{_YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = "T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?"
# what `published` may look like (the API's OpenAPI document shows the same pattern); whether the day
# exists (no 30 February) is checked after it
PUBLISHED_PATTERN = f"^{_DAY}({_TIME})?$"
_PUBLISHED = re.compile(PUBLISHED_PATTERN)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")
# runs of them: counted by their lengths, a match per word instead of one per letter
_ARABIC_LETTERS = re.compile(_ARABIC_LETTER.pattern + "+")
_LETTERS = re.compile(_LETTER.pattern + "+")


class BadInput(ValueError):
    """An input that cannot become an article; the message is for the user."""


def count_arabic_letters(text: str) -> int:
    return sum(map(len, _ARABIC_LETTERS.findall(text)))


def arabic_share(text: str, n_arabic: int | None = None) -> float:
    """Arabic letters among all letters.  Every Arabic letter is a letter to `_LETTER`, so the two counts
    are made apart, by runs (checking each letter one by one took most of the client's serial time in a
    Dask run: scripts/bench_dask.py)."""
    n_letters = sum(map(len, _LETTERS.findall(text)))
    if not n_letters:
        return 0.0
    return (count_arabic_letters(text) if n_arabic is None else n_arabic) / n_letters


def check_text(text: object) -> str:
    """The text if it is an Arabic article; BadInput with the reason otherwise."""
    if not isinstance(text, str):
        raise BadInput("the text must be a string")
    if not text.strip():
        raise BadInput("empty after decoding")
    if "\x00" in text:
        raise BadInput("binary content (NUL characters)")
    if len(text) > MAX_CHARS:
        raise BadInput(f"text too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    damaged = text.count("\ufffd")
    if damaged > MAX_DAMAGED:
        raise BadInput(f"damaged text ({damaged} undecodable characters)")
    n_arabic = count_arabic_letters(text)
    if n_arabic < MIN_ARABIC_LETTERS:
        raise BadInput(f"not Arabic text ({n_arabic} Arabic letters; at least {MIN_ARABIC_LETTERS} needed)")
    share = arabic_share(text, n_arabic)
    if share < MIN_ARABIC_SHARE:
        raise BadInput(f"not Arabic text (only {share:.0%} of its letters are Arabic)")
    return text


def check_published(value: object) -> str | None:
    """The publication day as YYYY-MM-DD (None when absent); BadInput when it is no real day."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _PUBLISHED.match(value):
        raise BadInput(f'"published" must be an ISO date (YYYY-MM-DD), got {_show(value)}')
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise BadInput(f'"published" is not a real day: {_show(value)}') from None


def check_field(name: str, value: object) -> str | None:
    """A metadata string (None when absent); BadInput when it is not a string, holds NUL or is too long."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f'"{name}" must be a string, got {type(value).__name__}')
    if "\x00" in value:
        raise BadInput(f'"{name}" contains a NUL character')
    limit = FIELD_LIMITS[name]
    if len(value) > limit:
        raise BadInput(f'"{name}" is too long ({len(value):,} characters; the limit is {limit:,})')
    return value


def clip(name: str, value: str | None) -> str | None:
    """A metadata value read from a page or a feed, cut to what the store keeps (not the user's input);
    a URL too long to keep is dropped rather than cut into another address."""
    if value is None:
        return None
    value = value.replace("\x00", "")
    limit = FIELD_LIMITS[name]
    if name == "url" and len(value) > limit:
        return None
    return value[:limit] or None


def article(a: Article) -> Article:
    """The article with its fields checked (published reduced to its day); BadInput otherwise."""
    check_text(a.text)
    a.published = check_published(a.published)
    for name in ("id", "url", "outlet", "title", "language"):
        setattr(a, name, check_field(name, getattr(a, name)))
    if not a.id:
        raise BadInput('"id" is empty')
    if not a.language:
        a.language = "ar"
    return a


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "…"
