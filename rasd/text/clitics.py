"""Proclitics: the letters Arabic writes onto the front of a name.

A place or actor name reaches the text as وبسرت, لداعش, بالنوفلية,
والجزائر, للجزائر (ل + الجزائر, whose alif is dropped), فبنغازي.  Lookups try
the word as written first and then each shorter reading, so names that
merely begin with one of these letters (بني وليد, بنغازي, فزان, كاباو, لبنان)
are found whole before any stripping is tried.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.model import Token
from rasd.text.normalise import norm_char

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
MIN_STEM = 2  # letters left after stripping; shorter stems are never names


class Reading:
    """One way to split a normalised word into proclitics and a stem.  Never changed once made.

    A plain class with slots, not a frozen dataclass: `readings` makes them for every word a process
    meets (a frozen dataclass sets each field through object.__setattr__)."""

    __slots__ = ("cut", "restored_al", "stem")

    def __init__(self, stem: str, cut: int, restored_al: bool = False) -> None:
        self.stem = stem                # normalised stem ("الجزائر" for "للجزائر")
        self.cut = cut                  # characters of the written word that the proclitics take
        self.restored_al = restored_al  # True when the stem got back the alif of ال (لل -> ال)

    def _fields(self) -> tuple:
        return (self.stem, self.cut, self.restored_al)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Reading) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Reading(stem={self.stem!r}, cut={self.cut!r}, restored_al={self.restored_al!r})"


# the letters a word's first proclitic may be: a word beginning with none of them has one reading, itself
_CLITIC_LETTERS = frozenset(CONJUNCTIONS + PREPOSITIONS)


@lru_cache(maxsize=1 << 16)   # a pure function of the word, asked for the same words again and again
def readings(word: str) -> tuple[Reading, ...]:
    """All readings of `word`, least stripped first, without duplicates."""
    if word[:1] not in _CLITIC_LETTERS:
        # most words (no proclitic letter first): read whole only.  Every process works this out for
        # each word it meets (~50 an article at first), so the common case makes no lists, sets or closure
        return (Reading(word, 0),)
    out: list[Reading] = [Reading(word, 0)]
    seen = {word}
    if word[:1] in CONJUNCTIONS and len(word) > MIN_STEM:
        bases: tuple[tuple[str, int], ...] = ((word, 0), (word[1:], 1))
    else:
        bases = ((word, 0),)
    for base, cut in bases:
        if base is not word and len(base) >= MIN_STEM and base not in seen:
            seen.add(base)
            out.append(Reading(base, cut))
        if base.startswith("لل") and len(base) > 3:
            # ل + ال with the alif elided: للجزائر -> الجزائر
            stem = ARTICLE + base[2:]
            if len(stem) >= MIN_STEM and stem not in seen:
                seen.add(stem)
                out.append(Reading(stem, cut + 1, True))
        if base[:1] in PREPOSITIONS and len(base) > MIN_STEM:
            stem = base[1:]
            if len(stem) >= MIN_STEM and stem not in seen:
                seen.add(stem)
                out.append(Reading(stem, cut + 1))
    return tuple(out)


@lru_cache(maxsize=1 << 17)
def reading_stems(word: str) -> frozenset[str]:
    """The stems of all readings of `word` (the word itself among them), as one set."""
    # a loop, not a comprehension (a function made and called for each of ~20 new words an article)
    stems = []
    for r in readings(word):
        stems.append(r.stem)
    return frozenset(stems)


def without_article(stem: str) -> str | None:
    """`stem` without a leading ال, or None when it has none."""
    if stem.startswith(ARTICLE) and len(stem) > len(ARTICLE) + 1:
        return stem[len(ARTICLE):]
    return None


def raw_cut(tok: Token, cut: int) -> int:
    """Original offset inside `tok` after its first `cut` normalised characters (a reading's proclitics)."""
    if cut <= 0:
        return tok.start
    seen = 0
    for k, ch in enumerate(tok.text):
        if norm_char(ch):
            seen += 1
            if seen == cut:
                # skip diacritics that sit on the last stripped letter
                pos = k + 1
                while pos < len(tok.text) and not norm_char(tok.text[pos]):
                    pos += 1
                return tok.start + pos
    return tok.end
