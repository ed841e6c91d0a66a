"""One article as the extractors see it: tokens, clauses and every recognised
mention, indexed by token position.

Built once per article from the recognition and resolution stages' output;
the extractors only read it.
"""
from __future__ import annotations

import bisect
import re
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter, not_
from typing import Any

from rasd.model import ActorMention, Article, NumberMention, PlaceMention, Span
from rasd.recognise.domain import CHRONOLOGY, DomainProfile
from rasd.text.clitics import reading_stems, without_article
from rasd.text.segment import QUOTES, Segmented

# Punctuation that ends a clause inside a sentence.
CLAUSE_MARKS = {",", ";", ":", "(", ")", "-", "–", "—"}

# A roundup of news items ("موجز دوليات"): paragraphs opening with a bullet, each an item of its own with
# its own dateline, places and incidents.
ITEM_BULLETS = "*•■▪◾"
MIN_ITEMS = 3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


ASIDE_REACH = 12     # tokens a parenthetical aside may hold ("(تنظيم القاعدة في بلاد الشام)")
COMPARED_REACH = 6   # words from a superlative to the منذ it compares from ("أعنف هجوم تشهده مدينة بغداد منذ")


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
    def some_recent_day(self) -> bool:
        """"قبل أيام", "منذ أيام", "خلال الأيام الماضية": some day of the week before publication, resolved to the
        month it lies in (or none across two): neither a calendar month that spans a run nor a day of its own."""
        return getattr(self.expr, "relative", None) == "recent_days"

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


# a mention triple's keys read in C (itemgetter), not by a lambda per item: a Document is made for every
# article.  (Not attrgetter for a token's slots: the interpreter's own attribute read is faster there.)
_TOKENS = itemgetter(0, 1)      # (first token, token after the last) of a mention's triple
_FIRST = itemgetter(0)


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
    # first tokens of the sorted mentions, for lookups by position in log time (long articles)
    _place_first: list[int] = field(default_factory=list)
    _actor_first: list[int] = field(default_factory=list)
    _actor_reach: int = 0
    _numbers_sorted: list[NumberMention] = field(default_factory=list)
    _number_first: list[int] = field(default_factory=list)
    _dates_sorted: list[DatedSpan] = field(default_factory=list)
    _date_first: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        toks = self.seg.tokens
        self._starts = [t.start for t in toks]
        # two mentions may share their tokens ("والخبر" read in a list and alone): order by tokens only
        self._place_tok = sorted(((self.token_of(m.span.start), self.token_of(m.span.end - 1) + 1, m)
                                  for m in self.places), key=_TOKENS)
        self._actor_tok = sorted(((self.token_of(m.span.start), self.token_of(m.span.end - 1) + 1, m)
                                  for m in self.actors), key=_TOKENS)
        self._place_first = list(map(_FIRST, self._place_tok))
        self._actor_first = list(map(_FIRST, self._actor_tok))
        self._actor_reach = max((a1 - a0 for a0, a1, _ in self._actor_tok), default=0)
        # stable sorts: mentions at one token keep the order the recognisers gave them
        self._numbers_sorted = sorted(self.numbers, key=lambda n: n.first_token)
        self._number_first = [n.first_token for n in self._numbers_sorted]
        self._dates_sorted = sorted(self.dates, key=lambda d: d.first_token)
        self._date_first = [d.first_token for d in self._dates_sorted]
        # clause bounds per token
        # (the marks are punctuation, "" in `words`: only those tokens are looked at; a clause's
        # tokens are filled by one slice assignment)
        words = self.seg.words
        marks = [k for k in compress(range(len(words)), map(not_, words)) if toks[k].norm in CLAUSE_MARKS]
        bounds: list[tuple[int, int]] = [(0, 0)] * len(toks)
        for s in self.seg.sentences:
            start = s.first_token
            for k in marks[bisect.bisect_left(marks, start):bisect.bisect_left(marks, s.last_token)]:
                bounds[start:k + 1] = [(start, k)] * (k + 1 - start)
                start = k + 1
            bounds[start:s.last_token] = [(start, s.last_token)] * (s.last_token - start)
        self._clause_of = bounds

    @cached_property
    def item_blocks(self) -> list[int] | None:
        """For an article made of bulleted news items, the item (paragraph) of each sentence; None otherwise."""
        text = self.article.text or ""
        starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        if sum(1 for a in starts if text[a:a + 1] and text[a:a + 1] in ITEM_BULLETS) < MIN_ITEMS:
            return None
        toks = self.seg.tokens
        return [bisect.bisect_right(starts, toks[sent.first_token].start) - 1 if sent.first_token < len(toks) else 0
                for sent in self.seg.sentences]

    def same_item(self, a: int, b: int) -> bool:
        """Whether sentences `a` and `b` belong to one news item (always, outside a roundup of items)."""
        blocks = self.item_blocks
        return blocks is None or blocks[a] == blocks[b]

    @cached_property
    def place_countries(self) -> Counter:
        """How often each country is the resolved country of a place mention."""
        return Counter(m.resolved.country for m in self.places if m.resolved and m.resolved.country)

    # positions
    def with_its_quotes(self, a0: int, a1: int) -> tuple[int, int]:
        """The tokens of an actor's name with the quotation marks that wrap it ("مع مسلحي تنظيم «داعش»",
        "وخطفت «جبهة النصرة»"): the marks are no words between the name and the preposition or verb that
        marks it, so the name counts as standing where its opening mark stands."""
        toks = self.seg.tokens
        if 0 < a0 and a1 < len(toks) and toks[a0 - 1].text in QUOTES and toks[a1].text in QUOTES:
            return a0 - 1, a1 + 1
        return a0, a1

    def token_of(self, offset: int) -> int:
        """Index of the token containing (or starting after) an original offset."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(0, i)

    def clause(self, token: int) -> tuple[int, int]:
        return self._clause_of[token] if 0 <= token < len(self._clause_of) else (token, token + 1)

    def past_aside(self, k: int, end: int) -> int:
        """The token after the parenthetical aside that opens at token `k` ("قتلت 3042 من تنظيم (داعش) وجبهة
        النصرة (تنظيم القاعدة في بلاد الشام) بينهم عشرات القياديين خلال 10 أشهر"): the aside names or glosses
        what stands before it, the sentence goes on past it.  `k` itself where no aside closes before `end`
        within ASIDE_REACH tokens."""
        toks = self.seg.tokens
        if not (0 <= k < end <= len(toks)) or toks[k].norm != "(":
            return k
        for j in range(k + 1, min(end, k + 1 + ASIDE_REACH)):
            if toks[j].norm == "(":
                return k
            if toks[j].norm == ")":
                return j + 1
        return k

    def clause_past_asides(self, token: int) -> tuple[int, int]:
        """The clause of `token`, its end carried past each parenthetical aside that closes it and the words that
        go on after the aside up to the next mark."""
        c0, c1 = self.clause(token)
        s1 = self.sentence_bounds(self.seg.sentence_of(token))[1] if self.seg.tokens else c1
        while c1 < s1 and (j := self.past_aside(c1, s1)) != c1:
            c1 = self.clause(j)[1] if j < s1 else s1
        return c0, c1

    def sentence_bounds(self, sentence: int) -> tuple[int, int]:
        s = self.seg.sentences[sentence]
        return s.first_token, s.last_token

    # mentions by position
    # (each a binary search over the sorted mentions: a long article costs no more per mention)
    def places_in(self, first: int, last: int) -> list[tuple[int, int, PlaceMention]]:
        return self._place_tok[bisect.bisect_left(self._place_first, first):
                               bisect.bisect_left(self._place_first, last)]

    def actors_in(self, first: int, last: int) -> list[tuple[int, int, ActorMention]]:
        return self._actor_tok[bisect.bisect_left(self._actor_first, first):
                               bisect.bisect_left(self._actor_first, last)]

    def numbers_in(self, first: int, last: int) -> list[NumberMention]:
        return self._numbers_sorted[bisect.bisect_left(self._number_first, first):
                                    bisect.bisect_left(self._number_first, last)]

    def compares_before(self, since: int, superlatives: frozenset[str], lo: int = 0) -> bool:
        """A superlative (`superlatives`, with or without the article and clitics) in the words right before token
        `since` (a منذ), back to `lo` and at most COMPARED_REACH words, within its clause: "أعنف قتال وقع منذ شهر"
        compares with the past; it spans nothing and dates nothing."""
        toks = self.seg.tokens
        for k in range(since - 1, max(lo, since - COMPARED_REACH) - 1, -1):
            if not toks[k].is_word:
                return False
            stems = reading_stems(toks[k].norm)
            if superlatives.intersection(stems) or any(without_article(s) in superlatives for s in stems):
                return True
        return False

    def dates_in(self, first: int, last: int) -> list[DatedSpan]:
        return self._dates_sorted[bisect.bisect_left(self._date_first, first):
                                  bisect.bisect_left(self._date_first, last)]

    def almanac_line(self, sentence: int) -> bool:
        """A line of an almanac ("1943 - الحرب العالمية الثانية: ..."): history, no report."""
        d = self.domain
        return d is not None and 0 <= sentence < len(d.sentences) and d.sentences[sentence] == CHRONOLOGY

    def inside_actor(self, first: int, last: int) -> ActorMention | None:
        # only actors that start at most the longest actor's length before `first` can hold it
        lo = bisect.bisect_left(self._actor_first, first - self._actor_reach)
        hi = bisect.bisect_right(self._actor_first, first)
        for a0, a1, a in self._actor_tok[lo:hi]:
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
