"""A normalised view of Arabic text with a map back to the original.

The original text is never changed.  `normalise()` builds a matching form in
which spelling variation that Arabic news shows all the time disappears
(diacritics, tatweel, hamza seats, taa marbuta, alif maqsura, Persian/Urdu
letters, Eastern digits, hashtags), and keeps for every character of that
form the offset of the original character it came from, so that anything
found in the normalised view can be reported with original offsets.
"""
from __future__ import annotations

import unicodedata
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


def _is_dropped(ch: str) -> bool:
    if ch in _DROP_CHARS:
        return True
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _DROP_RANGES)


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


# Per-character results are cached: articles reuse a small alphabet.  The cache is bounded so
# that text made of many distinct code points (a hostile input) cannot grow it without limit.
_CACHE: dict[str, str] = {}
_CACHE_MAX = 1 << 16


def norm_char(ch: str) -> str:
    out = _CACHE.get(ch)
    if out is None:
        out = _map_char(ch)
        if len(_CACHE) < _CACHE_MAX:
            _CACHE[ch] = out
    return out


@dataclass(frozen=True)
class NormalisedText:
    """`norm[i]` was produced by `raw[offsets[i]]`."""

    raw: str
    norm: str
    offsets: tuple[int, ...]

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
        while end < nxt and _is_dropped(self.raw[end]):
            end += 1
        return end

    def raw_span(self, i: int, j: int) -> tuple[int, int]:
        return self.raw_start(i), self.raw_end(j)


def normalise(raw: str) -> NormalisedText:
    """Build the matching view of `raw` with its offset map."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        m = norm_char(ch)
        if not m:
            continue
        out.append(m)
        if len(m) == 1:
            offsets.append(i)
        else:
            offsets.extend([i] * len(m))
    return NormalisedText(raw, "".join(out), tuple(offsets))


def norm(s: str | None) -> str:
    """Normalised matching key of a name: SCHEMA.md's `norm` (whitespace collapsed)."""
    if not s:
        return ""
    return " ".join("".join(norm_char(c) for c in s).split())


def strip_article(key: str) -> str:
    """Drop the definite article from every word of a normalised key (الجزائر -> جزائر)."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split())
