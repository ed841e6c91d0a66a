"""A normalised view of Arabic text with a map back to the original.

The original text is never changed.  `normalise()` builds a matching form in
which spelling variation that Arabic news shows all the time disappears
(diacritics, tatweel, hamza seats, taa marbuta, alif maqsura, Persian/Urdu
letters, Eastern digits, hashtags), and keeps for every character of that
form the offset of the original character it came from, so that anything
found in the normalised view can be reported with original offsets.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Harakat, Quranic marks, superscript alif and tatweel: dropped.
_DROP_RANGES = (
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x0640, 0x0640),
)
# Invisible formatting characters that sit inside words (ZWNJ in Persian
# spellings such as بنی‌ولید, bidi marks pasted from web pages).
_DROP_CHARS = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad")

_CHAR_MAP = {
    # hamza seats and alif variants -> bare alif (SCHEMA.md norm)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    # Persian / Urdu letters common in pasted or Maghrebi spellings
    "ی": "ي", "ې": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    # Maghrebi and Levantine letters for g and v: the standard spelling
    # of the same names uses ق (بنڤردان = بن قردان) and ف.
    "ڤ": "ق", "ڨ": "ق", "گ": "ك", "ڭ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز",
    # punctuation
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "#": " ", "_": " ",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\t": " ",
}
for _d in range(10):
    _CHAR_MAP[chr(0x0660 + _d)] = str(_d)  # Eastern Arabic digits
    _CHAR_MAP[chr(0x06F0 + _d)] = str(_d)  # Persian digits


_DROPPED_CODES = frozenset(map(ord, _DROP_CHARS)).union(*(range(lo, hi + 1) for lo, hi in _DROP_RANGES))


def _is_dropped(ch: str) -> bool:
    return ord(ch) in _DROPPED_CODES


def _presentation_form(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def _map_char(ch: str) -> str:
    """Normalised form of one original character ('' when dropped)."""
    if _is_dropped(ch):
        return ""
    if _presentation_form(ch):
        folded = unicodedata.normalize("NFKC", ch)
        # U+FD3E/U+FD3F (ornate parentheses), noncharacters and unassigned code points of the
        # presentation blocks have no compatibility decomposition: they stand for themselves
        if folded != ch:
            return "".join(_map_char(c) for c in folded)
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if "A" <= ch <= "Z" or ("\u00c0" <= ch <= "\u024f" and ch.isupper()):
        return ch.lower()
    return ch


def _changing_chars() -> dict[str, str]:
    """Every character `_map_char` does not leave as it is, with its normalised form: the only ones a table
    needs (each mapped once: this runs at every start)."""
    cps = {ord(c) for c in _DROP_CHARS} | {ord(c) for c in _CHAR_MAP}
    for lo, hi in _DROP_RANGES + ((0x41, 0x5A), (0xC0, 0x24F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        cps.update(range(lo, hi + 1))
    mapped = ((ch, _map_char(ch)) for ch in map(chr, sorted(cps)))
    return {ch: m for ch, m in mapped if m != ch}


# The whole mapping compiled once: a str.translate table (a character -> its normalised form,
# None when dropped), the characters dropped, and those that do not map to exactly one
# character (dropped or expanded: the only places where the offset map is not a plain run).
_MAPPED = _changing_chars()
_MAPPING: dict[int, str | None] = {ord(c): m or None for c, m in _MAPPED.items()}


def _by_code_point(mapping: dict[int, str | None]) -> list[int | str | None]:
    table: list[int | str | None] = list(range(max(mapping) + 1))
    for cp, m in mapping.items():
        table[cp] = m
    return table


# The same as a list indexed by code point (up to the last one that changes), which is what
# str.translate reads: a dict answers every character that stays as it is (most of them) with a
# KeyError raised and cleared; a list holds the character's own code point, and a character past
# its end is an IndexError only in the rare scripts beyond U+FEFF.
_TABLE = _by_code_point(_MAPPING)
DROPPED: frozenset[str] = frozenset(c for c, m in _MAPPED.items() if not m)
_UNEVEN_CHARS = frozenset(c for c, m in _MAPPED.items() if len(m) != 1)


def _char_class(chars: Iterable[str]) -> re.Pattern:
    """A regex matching any one of `chars`, runs of consecutive code points written as ranges (a class of a
    thousand single characters costs the regex compiler milliseconds at every start)."""
    cps = sorted(set(map(ord, chars)))
    runs: list[list[int]] = []
    for cp in cps:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return re.compile("[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs) + "]")


_UNEVEN = _char_class(_UNEVEN_CHARS)
# The characters that change.  An article holds few of the ~1,000 kinds: each one it holds is replaced
# throughout by one str.replace, a scan in C, where str.translate would look every character up in the
# table through a Python int (a new one for every Arabic letter).  The forms are final (no form holds a
# character that changes again), so the order of the replacements does not matter.  A text holding
# more kinds than _FEW_KINDS (a feed article holds 9, 99 in 100 at most 20) goes through the table
# in one pass: each replacement reads the whole text.
# Of them, the Arabic letters and punctuation marks that become another character (U+060C-U+064A: the
# hamza seats, taa marbuta, alif maqsura, the comma) are in nearly every article, over 100 times: each is
# looked for with `in`, a scan in C that stops at the first; the rest, rare, are found by one regex scan.
_USUAL = tuple(c for c in sorted(_MAPPED) if "\u060c" <= c <= "\u064a" and len(_MAPPED[c]) == 1)
_UNUSUAL = _char_class(set(_MAPPED) - set(_USUAL))
_FEW_KINDS = 40
# The offsets of a text up to this long (99 feed articles in 100 are shorter) are sliced from one tuple
# of numbers made at import, not made one by one for each text (~1,800 an article).
_NUMBERS = tuple(range(1 << 14))


def norm_char(ch: str) -> str:
    """Normalised form of one original character ('' when dropped)."""
    return ch.translate(_TABLE)


@dataclass(frozen=True)
class NormalisedText:
    """`norm[i]` was produced by `raw[offsets[i]]` (a range when every character maps to one)."""

    raw: str
    norm: str
    offsets: Sequence[int]

    def raw_start(self, i: int) -> int:
        """Original offset of the normalised character at `i`."""
        if i >= len(self.offsets):
            return len(self.raw)
        return self.offsets[i]

    def raw_end(self, j: int) -> int:
        """Original end offset (exclusive) for a normalised end `j`.

        Characters dropped right after the last kept one (diacritics on the
        final letter) belong to the span, so the end runs up to the next
        kept character's origin, minus any whitespace in between.
        """
        if j <= 0:
            return 0
        last = self.offsets[j - 1] + 1
        nxt = self.offsets[j] if j < len(self.offsets) else len(self.raw)
        end = last
        raw = self.raw
        while end < nxt and raw[end] in DROPPED:
            end += 1
        return end

    def raw_span(self, i: int, j: int) -> tuple[int, int]:
        return self.raw_start(i), self.raw_end(j)


def normalise(raw: str) -> NormalisedText:
    """Build the matching view of `raw` with its offset map."""
    present = set(_UNUSUAL.findall(raw))
    present.update([ch for ch in _USUAL if ch in raw])
    few = len(present) <= _FEW_KINDS
    text = _replaced(raw, present) if few else raw.translate(_TABLE)
    uneven = _UNEVEN_CHARS.intersection(present)
    if not uneven:
        return NormalisedText(raw, text, range(len(raw)))
    cuts = _places(raw, uneven) if few else [m.start() for m in _UNEVEN.finditer(raw)]
    # runs of characters that map one to one, with the dropped and expanded ones in between (the
    # numbers sliced from _NUMBERS: the same int objects for every article, none made per character)
    numbers = _NUMBERS if len(raw) <= len(_NUMBERS) else range(len(raw))
    offsets: list[int] = []
    done = 0
    for i in cuts:
        offsets += numbers[done:i]
        offsets += [i] * len(_MAPPED[raw[i]])
        done = i + 1
    offsets += numbers[done:len(raw)]
    return NormalisedText(raw, text, tuple(offsets))


def _replaced(raw: str, present: set[str]) -> str:
    """`raw` with each of the changing characters `present` (all those it holds) replaced by its form."""
    text = raw
    for ch in present:
        text = text.replace(ch, _MAPPED[ch])
    return text


def _places(raw: str, chars: set[str]) -> list[int]:
    """Where the characters `chars` stand in `raw`, in order (each one found by str.find: a text holds
    a few such characters of a few kinds, diacritics most often)."""
    places: list[int] = []
    for ch in chars:
        i = raw.find(ch)
        while i >= 0:
            places.append(i)
            i = raw.find(ch, i + 1)
    places.sort()
    return places


def norm(s: str | None) -> str:
    """Normalised matching key of a name: SCHEMA.md's `norm` (whitespace collapsed)."""
    if not s:
        return ""
    return " ".join(s.translate(_TABLE).split())


def strip_article(key: str) -> str:
    """Drop the definite article from every word of a normalised key (الجزائر -> جزائر)."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split())
