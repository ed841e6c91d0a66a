"""One article as the extractors see it: tokens, clauses and every recognised
mention, indexed by token position.

Built once per article from the recognition and resolution stages' output;
the extractors only read it.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rasd.model import ActorMention, Article, NumberMention, PlaceMention, Span
from rasd.recognise.domain import DomainProfile
from rasd.text.segment import Segmented

# Punctuation that ends a clause inside a sentence.
CLAUSE_MARKS = {",", ";", ":", "(", ")", "-", "–", "—"}


@dataclass
class DatedSpan:
    """A date expression with its resolution (what the calendar made of it)."""

    first_token: int
    last_token: int
    span: Span
    date: str | None
    precision: str
    expr: Any = None          # the recogniser's DateExpr (weekday, relative, ...)

    @property
    def key(self) -> str | None:
        """What tells two incidents' dates apart even when unresolved ("weekday:0")."""
        if self.date:
            return self.date
        e = self.expr
        if e is None:
            return None
        if getattr(e, "weekday", None) is not None:
            return f"weekday:{e.weekday}"
        if getattr(e, "relative", None):
            return f"rel:{e.relative}:{getattr(e, 'amount', None)}"
        if getattr(e, "month", None):
            return f"month:{e.month}:{getattr(e, 'day', None)}"
        return None


@dataclass
class Document:
    article: Article
    seg: Segmented
    published: dt.date | None
    places: list[PlaceMention]
    actors: list[ActorMention]
    numbers: list[NumberMention]
    dates: list[DatedSpan]
    domain: DomainProfile | None = None   # what the article and each sentence are about
    _starts: list[int] = field(default_factory=list)
    _place_tok: list[tuple[int, int, PlaceMention]] = field(default_factory=list)
    _actor_tok: list[tuple[int, int, ActorMention]] = field(default_factory=list)
    _clause_of: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        toks = self.seg.tokens
        self._starts = [t.start for t in toks]
        self._place_tok = sorted((self.token_of(m.span.start), self.token_of(m.span.end - 1) + 1, m)
                                 for m in self.places)
        self._actor_tok = sorted(((self.token_of(m.span.start), self.token_of(m.span.end - 1) + 1, m)
                                  for m in self.actors), key=lambda x: (x[0], x[1]))
        self._place_tok.sort(key=lambda x: (x[0], x[1]))
        # clause bounds per token
        bounds: list[tuple[int, int]] = [(0, 0)] * len(toks)
        for s in self.seg.sentences:
            start = s.first_token
            for k in range(s.first_token, s.last_token):
                tok = toks[k]
                if not tok.is_word and tok.norm in CLAUSE_MARKS:
                    for x in range(start, k + 1):
                        bounds[x] = (start, k)
                    start = k + 1
            for x in range(start, s.last_token):
                bounds[x] = (start, s.last_token)
        self._clause_of = bounds

    # positions
    def token_of(self, offset: int) -> int:
        """Index of the token containing (or starting after) an original offset."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(0, i)

    def clause(self, token: int) -> tuple[int, int]:
        return self._clause_of[token] if 0 <= token < len(self._clause_of) else (token, token + 1)

    def sentence_bounds(self, sentence: int) -> tuple[int, int]:
        s = self.seg.sentences[sentence]
        return s.first_token, s.last_token

    # mentions by position
    def places_in(self, first: int, last: int) -> list[tuple[int, int, PlaceMention]]:
        return [x for x in self._place_tok if first <= x[0] < last]

    def actors_in(self, first: int, last: int) -> list[tuple[int, int, ActorMention]]:
        return [x for x in self._actor_tok if first <= x[0] < last]

    def numbers_in(self, first: int, last: int) -> list[NumberMention]:
        return [n for n in self.numbers if first <= n.first_token < last]

    def dates_in(self, first: int, last: int) -> list[DatedSpan]:
        return [d for d in self.dates if first <= d.first_token < last]

    def inside_actor(self, first: int, last: int) -> ActorMention | None:
        for a0, a1, a in self._actor_tok:
            if a0 <= first and last <= a1 and (a0, a1) != (first, last):
                return a
        return None

    def sentence_span(self, sentence: int) -> Span:
        s = self.seg.sentences[sentence]
        return Span(s.start, s.end, s.text)

    def text_span(self, first: int, last: int) -> Span:
        toks = self.seg.tokens
        start, end = toks[first].start, toks[last - 1].end
        return Span(start, end, self.seg.text.raw[start:end])
