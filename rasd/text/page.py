"""Where an article's text ends on its page: before a trailing list of tags.

The article keeps its whole text; the pipeline reads only `text[:body_end(text, lexicon)]`, a prefix,
so every offset found in it is an offset into the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.lexicons import LexiconError, load_yaml

_SENTENCE_ENDS = re.compile(r"[.!?؟…]")
TAIL_CHARS_PER_WORD = 40   # room per word of a tag list, spaces included (Arabic words are far shorter)
_OPENERS = ".!?؟…:\"'»”)"  # what may end the text before a marker that opens a tag list (or a line break)


@dataclass(frozen=True)
class PageLexicon:
    tag_marker: re.Pattern  # any marker, as a whole word
    tag_list_max_words: int
    # any marker, anywhere: where `tag_marker` may match.  A pattern that opens with a look-behind is
    # tried at every position; one that opens with its words skips to their first letters
    marker_words: re.Pattern


def load_page_lexicon() -> PageLexicon:
    data = load_yaml("page.yaml") or {}
    try:
        markers = sorted((str(m) for m in data["tag_markers"]), key=len, reverse=True)
        most = int(data["tag_list_max_words"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"page.yaml: missing or malformed field ({exc})") from exc
    alternatives = "|".join(re.escape(m) for m in markers)
    return PageLexicon(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)\s*:?"), most, re.compile(alternatives))


def _last_marker(text: str, start: int, lex: PageLexicon) -> re.Match | None:
    """The last of the markers `lex.tag_marker.finditer(text, start)` finds: only where a marker's
    words begin is the whole pattern tried."""
    last = None
    pos = start
    while (words := lex.marker_words.search(text, pos)) is not None:
        m = lex.tag_marker.match(text, words.start())
        if m is None:
            pos = words.start() + 1
        else:
            last, pos = m, m.end()
    return last


def body_end(text: str, lex: PageLexicon) -> int:
    """The offset where the article's text ends: before a trailing tag list, else its length."""
    # a tag list closes the text: only its tail can hold one (a marker farther back has a longer tail)
    start = max(0, len(text) - TAIL_CHARS_PER_WORD * (lex.tag_list_max_words + 2))
    last = _last_marker(text, start, lex)
    if last is None:
        return len(text)
    tail = text[last.end():]
    before = text[:last.start()].rstrip()
    opens_a_sentence = not before or before[-1] in _OPENERS or "\n" in text[len(before):last.start()]
    if opens_a_sentence and not _SENTENCE_ENDS.search(tail) and len(tail.split()) <= lex.tag_list_max_words:
        return len(before)
    return len(text)
