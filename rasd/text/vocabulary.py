"""How common an Arabic word is: Zipf frequencies from the `wordfreq` package.

A name that is also an everyday word (الجديد "the new", أمل "hope", سوف
"will") needs more evidence before Rasd calls it a place; an unknown word
after a cue (منطقة قرزة) is more likely a name the rarer it is.  wordfreq
ships its Arabic frequency list inside the package; it is reduced once to
the words we care about, keyed by Rasd's normalised form, and cached.
"""
from __future__ import annotations

import gzip
import math
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from rasd.text.normalise import norm

MIN_ZIPF_KEPT = 2.0   # rarer words are "unknown" (zipf 0) for our purposes
_VERSION = 1


def _cache_file() -> Path:
    d = Path(os.environ.get("RASD_CACHE_DIR") or Path.home() / ".cache" / "rasd")
    d.mkdir(parents=True, exist_ok=True)
    return d / f"vocabulary-ar-v{_VERSION}.pkl.gz"


@dataclass(frozen=True)
class Vocabulary:
    zipf_by_word: dict[str, float]

    def zipf(self, normalised_word: str) -> float:
        """Zipf frequency (0 = unseen, 3 = once per million words, 6 = very common)."""
        return self.zipf_by_word.get(normalised_word, 0.0)

    @classmethod
    def load(cls) -> "Vocabulary":
        path = _cache_file()
        if path.exists():
            with gzip.open(path, "rb") as f:
                return cls(pickle.load(f))
        table = _build()
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with gzip.open(tmp, "wb", compresslevel=3) as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return cls(table)

    @classmethod
    def empty(cls) -> "Vocabulary":
        return cls({})


def _build() -> dict[str, float]:
    try:
        import wordfreq
    except ImportError:  # optional: without it every word counts as rare
        return {}
    table: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar", "large").items():
        z = math.log10(freq) + 9
        if z < MIN_ZIPF_KEPT:
            continue
        key = norm(word)
        if key and z > table.get(key, 0.0):
            table[key] = round(z, 2)
    return table
