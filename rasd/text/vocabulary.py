"""How common an Arabic word is: Zipf frequencies from the `wordfreq` project.

A name that is also an everyday word (الجديد "the new", أمل "hope", سوف
"will") needs more evidence before Rasd calls it a place; an unknown word
after a cue (منطقة قرزة) is more likely a name the rarer it is.  Rasd ships
wordfreq's Arabic list, cut to the words we care about, as
rasd/text/data/wordfreq_ar.tsv.gz (scripts/build_vocabulary_table.py makes
it; the wordfreq package itself, 58 MB of forty languages, is not needed at
run time).  It is keyed once by Rasd's normalised form, and cached.
"""
from __future__ import annotations

import gzip
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from rasd.text.normalise import norm

MIN_ZIPF_KEPT = 2.0   # rarer words are "unknown" (zipf 0) for our purposes
TABLE = Path(__file__).with_name("data") / "wordfreq_ar.tsv.gz"   # word TAB zipf; CC BY-SA 4.0
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
    table: dict[str, float] = {}
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            word, _, zipf = line.rstrip("\n").partition("\t")
            z = float(zipf)
            key = norm(word)
            if key and z > table.get(key, 0.0):
                table[key] = z
    return table
