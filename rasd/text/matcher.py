"""Dictionary lookup of multi-word names over a token sequence.

Names are stored as tuples of normalised tokens.  A match may start with a
word that carries proclitics (the first word only: وبني وليد, لقوات
البنيان); later words must match as written.  The longest name wins; among
readings of the first word the least stripped one is tried first, so a
name is never cut when the whole word is itself a name.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    first: int              # index of the first token
    last: int               # index after the last token
    reading: Reading        # how the first word was split
    phrase: tuple[str, ...]
    payloads: tuple[T, ...]


class PhraseMatcher(Generic[T]):
    def __init__(self) -> None:
        self._payloads: dict[tuple[str, ...], list[T]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = {}

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._payloads

    def add(self, name: str | tuple[str, ...], payload: T) -> None:
        phrase = name if isinstance(name, tuple) else name_tokens(name)
        if not phrase:
            return
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

    def match_at(self, tokens: Sequence[Token], i: int) -> PhraseMatch[T] | None:
        """Longest name starting at token `i` (over all readings of its first word)."""
        tok = tokens[i]
        if not tok.is_word:
            return None
        best: PhraseMatch[T] | None = None
        for reading in readings(tok.norm):
            for phrase in self._by_first.get(reading.stem, ()):
                n = len(phrase)
                if best is not None and n <= best.last - best.first:
                    break  # sorted longest first: nothing longer remains
                if i + n > len(tokens):
                    continue
                if all(tokens[i + k].norm == phrase[k] for k in range(1, n)):
                    best = PhraseMatch(i, i + n, reading, phrase, tuple(self._payloads[phrase]))
                    break
        return best

    def scan(self, tokens: Sequence[Token], start: int = 0, end: int | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches, left to right."""
        end = len(tokens) if end is None else end
        out: list[PhraseMatch[T]] = []
        i = start
        while i < end:
            m = self.match_at(tokens, i)
            if m is not None and m.last <= end:
                out.append(m)
                i = m.last
            else:
                i += 1
        return out
