"""Tokens and sentences with offsets into the original text.

Segmentation runs on the normalised view (so Eastern digits, tatweel and
diacritics do not split or glue words) and reports original offsets.
News text scraped from the web often lacks the space after a full stop
(`المجاورة.وفي`) or carries stray `.,` between paragraphs; both end a
sentence here.  A full stop inside a number (2.7) or a web address
(العربية.نت) does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.model import Sentence, Token
from rasd.text.normalise import NormalisedText, normalise

_WORD_CHARS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ffa-z\u00e0-\u024f"
_TOKEN_RE = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[{_WORD_CHARS}]+(?:['’][{_WORD_CHARS}]+)*)|(?P<punct>[^\s])"
)
# After one of these words a full stop is part of a web address, not a sentence end.
_DOMAIN_TAILS = {"نت", "كوم", "net", "com", "org", "info", "ma", "tn", "ly", "dz", "tv", "fr", "uk"}
_END_CHARS = ".!?…"


@dataclass(frozen=True)
class Segmented:
    """A document's normalised view, tokens and sentences."""

    text: NormalisedText
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]

    def sentence_of(self, token_index: int) -> int:
        """Index of the sentence containing the token."""
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
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(nt.norm):
        i, j = m.span()
        start, end = nt.raw_span(i, j)
        tokens.append(
            Token(
                index=len(tokens),
                start=start,
                end=end,
                text=nt.raw[start:end],
                norm=m.group(),
                is_word=m.lastgroup != "punct",
            )
        )
    return tokens


def _boundaries(nt: NormalisedText, tokens: list[Token]) -> list[int]:
    """Token indexes after which a sentence ends."""
    ends: list[int] = []
    raw = nt.raw
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None:
            break
        gap = raw[tok.end:nxt.start]
        if "\n" in gap:
            ends.append(k)
            continue
        if tok.is_word or tok.norm not in _END_CHARS:
            continue
        if nxt.norm in _END_CHARS:  # inside an ellipsis or "?!": end at its last mark
            continue
        if tok.norm == "." and not gap and k > 0 and nxt.is_word and nxt.norm in _DOMAIN_TAILS:
            continue
        ends.append(k)
    return ends


_LEADING_JUNK = " \t\r\n.,;:،؛-–—"


def segment(text: str | NormalisedText) -> Segmented:
    nt = text if isinstance(text, NormalisedText) else normalise(text)
    tokens = tokenise(nt)
    sentences: list[Sentence] = []
    first = 0
    cuts = _boundaries(nt, tokens) + [len(tokens) - 1]
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
    return Segmented(nt, tuple(tokens), tuple(sentences))
