"""Dictionary lookup of multi-word names over a token sequence.

Names are stored as tuples of normalised tokens.  A match may start with a
word that carries proclitics (the first word only: وبني وليد, لقوات
البنيان); later words must match as written.  The longest name wins; among
readings of the first word the least stripped one is tried first, so a
name is never cut when the whole word is itself a name.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from typing import Generic, TypeVar

from rasd.model import Token
from rasd.text.clitics import Reading, readings
from rasd.text.normalise import norm
from rasd.text.segment import _TOKEN_RE

T = TypeVar("T")


def name_tokens(name: str) -> tuple[str, ...]:
    """Normalised tokens of a lexicon name, split as the tokenizer splits text."""
    return tuple(m.group() for m in _TOKEN_RE.finditer(norm(name)))


def with_article(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A phrase of a word list also with the article: "ملعب" -> "الملعب", and a noun with its adjective
    on every word, as Arabic agrees them: "جماعة مسلحة" -> "الجماعة المسلحة"."""
    if not phrase or any(w.startswith("ال") for w in phrase):
        return [phrase]
    return [phrase, tuple("ال" + w for w in phrase)]


class PhraseMatch(Generic[T]):
    """A name found at a token: tokens first..last-1, how the first word was split, what it names.

    A plain class with slots, not a frozen dataclass: matches are made by the million."""

    __slots__ = ("first", "last", "payloads", "phrase", "reading")

    def __init__(self, first: int, last: int, reading: Reading, phrase: tuple[str, ...],
                 payloads: tuple[T, ...]) -> None:
        self.first = first          # index of the first token
        self.last = last            # index after the last token
        self.reading = reading      # how the first word was split
        self.phrase = phrase
        self.payloads = payloads

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhraseMatch) and all(getattr(self, a) == getattr(other, a) for a in self.__slots__)

    def __hash__(self) -> int:
        return hash((self.first, self.last, self.reading, self.phrase, self.payloads))

    def __repr__(self) -> str:
        return (f"PhraseMatch(first={self.first!r}, last={self.last!r}, reading={self.reading!r}, "
                f"phrase={self.phrase!r}, payloads={self.payloads!r})")


# Words remembered per matcher or word test (word -> what the lexicon says of it); a memo is
# emptied when full, so a long feed cannot grow it without bound.
MEMO_LIMIT = 1 << 17
_NONE: tuple = ()


class _Memo:
    """word -> answer, bounded; "" (punctuation in `Segmented.words`) has the answer `empty`."""

    __slots__ = ("compute", "d", "empty", "get")

    def __init__(self, compute: Callable[[str], object], empty: object) -> None:
        self.compute, self.empty = compute, empty
        self.reset()

    def reset(self) -> None:
        self.d: dict[str, object] = {"": self.empty}   # a plain dict: set.difference reads it in C
        self.get = self.d.get

    def answer(self, word: str):
        if len(self.d) >= MEMO_LIMIT:
            self.reset()
        found = self.d[word] = self.compute(word)
        return found

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words with a true answer: every answer read in one `map` (the
        words not seen before are computed first, found by a set difference), the true ones picked
        by `compress`: no Python-level loop over the words."""
        part = words[lo:hi] if lo or hi is not None else words
        d = self.d
        answers = list(map(d.get, part))
        if None in answers:
            new = set(part).difference(d)
            if len(d) + len(new) >= MEMO_LIMIT:
                self.reset()
                d = self.d
                new = set(part).difference(d)
            compute = self.compute
            for w in new:
                d[w] = compute(w)
            answers = list(map(d.get, part))
        return list(compress(range(lo, lo + len(answers)), answers))


class WordTest:
    """A yes/no question about a normalised word, remembered per word; `positions(words)` answers
    it for every word of an article at once.  Pickled without its memo (the test must pickle:
    a method or a module-level function, not a lambda)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._memo = _Memo(self._answer, False)

    def _answer(self, word: str) -> bool:
        return bool(word) and bool(self._test(word))

    def __getstate__(self) -> dict:
        return {"_test": self._test}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["_test"])

    def __call__(self, word: str) -> bool:
        found = self._memo.get(word)
        return self._memo.answer(word) if found is None else found

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words (`Segmented.words`) that pass the test."""
        return self._memo.positions(words, lo, hi)


class PhraseMatcher(Generic[T]):
    def __init__(self) -> None:
        self._payloads: dict[tuple[str, ...], list[T]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        # word -> ((reading, (phrase, ...) longest first, (payloads, ...)), ...) for the readings
        # of the word whose stem begins some name; () for the (many) words that begin none
        self._heads: dict[str, tuple] = {}
        self._memo = _Memo(self._candidates, _NONE)

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._payloads

    def __getstate__(self) -> dict:
        return {"_payloads": self._payloads, "_by_first": self._by_first}

    def __setstate__(self, state: dict) -> None:
        self._payloads = state["_payloads"]
        self._by_first = state["_by_first"]
        self._heads = {}
        self._memo = _Memo(self._candidates, _NONE)

    def add(self, name: str | tuple[str, ...], payload: T) -> None:
        phrase = name if isinstance(name, tuple) else name_tokens(name)
        if not phrase:
            return
        self._memo.reset()
        self._heads.pop(phrase[0], None)
        bucket = self._payloads.get(phrase)
        if bucket is None:
            self._payloads[phrase] = [payload]
            heads = self._by_first.setdefault(phrase[0], [])
            heads.append(phrase)
            heads.sort(key=len, reverse=True)
        elif payload not in bucket:
            bucket.append(payload)

    def get(self, phrase: tuple[str, ...]) -> list[T]:
        return self._payloads.get(phrase, [])

    def phrases(self) -> Iterable[tuple[str, ...]]:
        return self._payloads.keys()

    def first_words(self) -> Iterable[str]:
        """The first word of every name (a lookup's stem must be one of them)."""
        return self._by_first.keys()

    def _head(self, first: str) -> tuple:
        """The names beginning with `first`: their lengths, longest first, and the name (with its
        payloads) for each run of later words, so that a lookup costs one probe per length."""
        head = self._heads.get(first)
        if head is None:
            tails: dict[tuple[str, ...], tuple] = {}
            for p in self._by_first[first]:
                tails[p[1:]] = (p, tuple(self._payloads[p]))
            lengths = tuple(sorted({len(p) for p in tails}, reverse=True))
            head = self._heads[first] = (tuple(n + 1 for n in lengths), tails)
        return head

    def _candidates(self, word: str) -> tuple:
        """The readings of `word` whose stem begins a name, each with those names (`_head`)."""
        # a loop, not a comprehension: most words begin no name, and this runs once per word and matcher
        out = None
        by_first = self._by_first
        for reading in readings(word):
            if reading.stem in by_first:
                if out is None:
                    out = []
                out.append((reading,) + self._head(reading.stem))
        return tuple(out) if out else _NONE

    def begins(self, word: str) -> bool:
        """Whether some name may start at a token spelled `word` (a cheap test before `match_at`)."""
        found = self._memo.get(word)
        if found is None:
            found = self._memo.answer(word)
        return found is not _NONE

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words (`Segmented.words`) at which some name may start."""
        return self._memo.positions(words, lo, hi)

    def match_at(self, tokens: Sequence[Token], i: int) -> PhraseMatch[T] | None:
        """Longest name starting at token `i` (over all readings of its first word)."""
        tok = tokens[i]
        if not tok.is_word:
            return None
        found = self._memo.get(tok.norm)
        if found is None:
            found = self._memo.answer(tok.norm)
        if found is _NONE:
            return None
        best: PhraseMatch[T] | None = None
        longest = 0
        room = len(tokens) - i
        for reading, lengths, tails in found:
            for n in lengths:
                if n <= longest:
                    break  # longest first: nothing longer remains
                if n > room:
                    continue
                hit = tails.get(() if n == 1 else tuple([t.norm for t in tokens[i + 1:i + n]]))
                if hit is not None:
                    best = PhraseMatch(i, i + n, reading, hit[0], hit[1])
                    longest = n
                    break
        return best

    def scan(self, tokens: Sequence[Token], start: int = 0, end: int | None = None,
             words: Sequence[str] | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches, left to right; `words` (`Segmented.words` of the same tokens,
        when the caller has them) spares spelling them out again.  Only the tokens where a name may
        start (`positions`) are tried."""
        end = len(tokens) if end is None else end
        if words is None:
            at = [start + k for k in self._memo.positions([t.norm if t.is_word else "" for t in tokens[start:end]])]
        else:
            at = self._memo.positions(words, start, end)
        out: list[PhraseMatch[T]] = []
        i = start
        for k in at:
            if k < i:
                continue
            m = self.match_at(tokens, k)
            if m is not None and m.last <= end:
                out.append(m)
                i = m.last
        return out
