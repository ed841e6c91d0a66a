"""Tokens and sentences with offsets into the original text.

Segmentation runs on the normalised view (so Eastern digits, tatweel and
diacritics do not split or glue words) and reports original offsets.
News text scraped from the web often lacks the space after a full stop
(`المجاورة.وفي`) or carries stray `.,` between paragraphs; both end a
sentence here.  A full stop inside a number (2.7) or a web address
(العربية.نت) does not.
"""
from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, not_

from rasd.model import Sentence, Token
from rasd.text.normalise import NormalisedText, normalise


# Quotation marks (as normalised tokens): any, the opening ones and the closing ones; straight quotes
# open and close alike.
QUOTES = frozenset('"\'«»“”„‟‘’')
# The Arabic and the Latin comma, as a token's raw text (its norm is always ",")
COMMAS = frozenset("،,")
OPENING_QUOTES = frozenset('«“„‟‘')
CLOSING_QUOTES = frozenset('»”’')

_WORD_CHARS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ffa-z\u00e0-\u024f"
_TOKEN_RE = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[{_WORD_CHARS}]+(?:['’][{_WORD_CHARS}]+)*)|(?P<punct>[^\s])"
)
# The same tokens as _TOKEN_RE, with the white space before each: (space, token, the token again when it is
# punctuation).  One group for the token, whatever it is: the loop reads it without choosing among groups.
_PIECES_RE = re.compile(
    rf"(\s*+)([{_WORD_CHARS}]++(?:['’][{_WORD_CHARS}]++)*+|\d++(?:[.,]\d+)*+|(\S))"
)
# After one of these words a full stop is part of a web address, not a sentence end.
_DOMAIN_TAILS = {"نت", "كوم", "net", "com", "org", "info", "ma", "tn", "ly", "dz", "tv", "fr", "uk"}
_END_CHARS = ".!?…"


class Words(tuple):
    """An article's words as lexicon look-ups read them (`Segmented.words`).  A plain tuple that may
    also carry, as `found`, what the compiled lexicons' tests answer for them, worked out together on
    first use (rasd.text.matcher.SharedAnswers): one look-up per word for every test, instead of one
    per word and test."""

    found = None

    def __reduce__(self):
        return (Words, (tuple(self),))      # pickled without `found` (it points at the process's lexicons)


@dataclass(frozen=True)
class Segmented:
    """A document's normalised view, tokens and sentences."""

    text: NormalisedText
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    # each token's `norm` when it is a word or a number, "" for punctuation: what lexicon
    # lookups run over (rasd.text.matcher.WordTest.positions)
    words: Words | tuple[str, ...] = ()
    # each token's sentence (`sentence_of`, asked ~70 times an article), as `_sentence_searched` answers it
    sentence_at: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # each token's `norm`, punctuation too: read through `token_norms`, which makes it for a Segmented
    # built without it
    norms: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def sentence_of(self, token_index: int) -> int:
        """Index of the sentence containing the token (for a token between two sentences, the next one;
        past the last, the last)."""
        at = self.sentence_at
        if 0 <= token_index < len(at):
            return at[token_index]
        return self._sentence_searched(token_index)

    def _sentence_searched(self, token_index: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if token_index < s.first_token:
                hi = mid - 1
            elif token_index >= s.last_token:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))


def tokenise(nt: NormalisedText) -> list[Token]:
    raw, offsets = nt.raw, nt.offsets
    n_norm, n_raw = len(offsets), len(raw)
    tokens: list[Token] = []
    # made by Token.__new__ and their slots set here (as Token.__init__ sets them): the interpreter
    # does not inline a class's Python __init__, and this runs for every token of every article
    append, intern, new = tokens.append, sys.intern, Token.__new__
    j = 0
    # findall, not finditer: no match object per token; the spans are the running sum of the pieces
    for k, (space, w, punct) in enumerate(_PIECES_RE.findall(nt.norm)):
        i = j + len(space)
        # interned: every lexicon memo keyed by this word holds the same string, so a look-up compares
        # by identity instead of reading the characters of another copy (the memos are big: that read
        # is a cache miss)
        w = intern(w)
        j = i + len(w)
        # the original span (NormalisedText.raw_span, inlined: this is the hot loop of segmentation).  Every
        # original character between two kept ones is a dropped one (diacritics, tatweel), so the span runs
        # on to the next kept character's origin: no character is read (-2.5% of tokenise's instructions)
        start = offsets[i]
        end = offsets[j - 1] + 1
        nxt = offsets[j] if j < n_norm else n_raw
        if nxt > end:
            end = nxt
        tok = new(Token)
        tok.index = k
        tok.start = start
        tok.end = end
        tok.text = raw[start:end]
        tok.norm = w
        tok.is_word = not punct
        append(tok)
    return tokens


# a key read in C (no Python frame per step of a bisection over the tokens)
_start = attrgetter("start")


def token_norms(seg: Segmented) -> tuple[str, ...]:
    """Every token's `norm` (punctuation too), made once by `segment` and shared by the stages that read
    the words by index (numbers, dates, the event triggers), which each made their own list before: a
    comprehension over an article's ~300 tokens is ~50k instructions, a copy ~5k.  (A comprehension, not `map(attrgetter("norm"), ...)`: on slots the map costs twice as
    much, by cachegrind.)"""
    norms = seg.norms
    if len(norms) != len(seg.tokens):
        norms = tuple([t.norm for t in seg.tokens])
    return norms


def _boundaries(nt: NormalisedText, tokens: list[Token], words: Sequence[str]) -> list[int]:
    """Token indexes after which a sentence ends: a line break after it, or a full stop, ! ? or …
    (looked at only where they are, not token by token: the marks among the punctuation, "" in `words`)."""
    raw, n = nt.raw, len(tokens)
    # a line break lies between two tokens (no token holds one): after the last token starting before it
    breaks = set()
    p = raw.find("\n")
    while p >= 0:
        k = bisect.bisect_right(tokens, p, key=_start) - 1
        if 0 <= k < n - 1:
            breaks.add(k)
        p = raw.find("\n", p + 1)
    marks = [k for k in compress(range(n), map(not_, words)) if tokens[k].norm in _END_CHARS]
    ends: list[int] = []
    for k in sorted(breaks.union(marks)):
        if k in breaks:
            ends.append(k)
            continue
        if k + 1 >= n or tokens[k].is_word:
            continue
        tok, nxt = tokens[k], tokens[k + 1]
        if nxt.norm in _END_CHARS:  # inside an ellipsis or "?!": end at its last mark
            continue
        if nxt.text == ")" and _elision_opens(tokens, k):
            continue   # "(...)": words left out of a quote, inside a sentence
        if tok.norm == "." and tok.end == nxt.start and k > 0 and nxt.is_word and nxt.norm in _DOMAIN_TAILS:
            continue
        ends.append(k)
    return ends


def _elision_opens(tokens: list[Token], k: int) -> bool:
    """Whether the marks ending at `k` ("...", "…") are opened by "(" right before them: an elision, "(...)"."""
    j = k
    while j > 0 and tokens[j].norm in _END_CHARS:
        j -= 1
    return j < k and tokens[j].text == "("


_LEADING_JUNK = " \t\r\n.,;:،؛-–—"


def segment(text: str | NormalisedText) -> Segmented:
    nt = text if isinstance(text, NormalisedText) else normalise(text)
    tokens = tokenise(nt)
    norms = tuple([t.norm for t in tokens])        # shared by the stages (`token_norms`)
    words = Words([t.norm if t.is_word else "" for t in tokens])
    sentences: list[Sentence] = []
    first = 0
    cuts = _boundaries(nt, tokens, words) + [len(tokens) - 1]
    for cut in cuts:
        last = cut + 1
        # drop punctuation-only openings (the ", " of ".," separators)
        while first < last and not tokens[first].is_word and tokens[first].norm in _LEADING_JUNK:
            first += 1
        if first < last:
            start, end = tokens[first].start, tokens[last - 1].end
            sentences.append(
                Sentence(index=len(sentences), start=start, end=end, text=nt.raw[start:end],
                         first_token=first, last_token=last)
            )
        first = last
    return Segmented(nt, tuple(tokens), tuple(sentences), words, _sentence_at(sentences, len(tokens)), norms)


def _sentence_at(sentences: list[Sentence], n: int) -> tuple[int, ...]:
    """Each of `n` tokens' sentence as `Segmented._sentence_searched` finds it: a token in the gap
    before a sentence (punctuation left out of it) belongs to that sentence, one after the last to the last."""
    if not sentences:
        return ()
    at: list[int] = []
    for k, s in enumerate(sentences):
        at += [k] * (s.last_token - len(at))
    at += [len(sentences) - 1] * (n - len(at))
    return tuple(at)
