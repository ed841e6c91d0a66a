"""Which province a place lies in, approximated from the provinces' points.

GeoNames gives towns an admin1 code ("YE.14") and the lexicons give provinces an English name; the two are not
joined, so containment is approximated instead: a place lies in the province of its country whose point is
nearest to it (a Voronoi cell around each province's point).  That is wrong near the borders of provinces of
very unequal size, and far better than a radius (a province "holding" every place within 250 km of its point
held Marib town in Shabwa and al-Dhale in Abyan).  A province listed in two lexicons (a capital's point in one, a
centre in the other: "Al Anbar Governorate" at Ramadi, "Anbar Governorate" in the desert) is one province: rows
of one country with the same name once articles, "Governorate" and accents are set aside, or with points this
close, are joined.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rasd.cache import cache_dir, prune
from rasd.geo import haversine_km
from rasd.lexicons import lexicon_files, load_tsv

PROVINCE_FILES = ("geography.tsv", "places.tsv")   # the lexicons that list provinces with points
SAME_POINT_KM = 60.0   # two province rows this close are one province (listed in two lexicons)
KEEP_TABLES = 8        # cached tables kept (worktrees and overlays may use different ones)
_NAME_NOISE = re.compile(r"\b(al|el|governorate|province|region|wilaya|state)\b|[^a-z]")


def province_key(name_en: str) -> str:
    """The part of a province's English name that two lexicons share ("Al-Qādisiyyah Governorate" ->
    "qadisiyyah")."""
    ascii_name = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode().lower()
    return _NAME_NOISE.sub("", ascii_name.replace("-", " "))


class _Row(NamedTuple):
    lat: float
    lon: float
    number: int    # rows of one province share it
    key: str       # province_key of its English name
    name_en: str


@lru_cache(maxsize=1)
def _provinces() -> dict[str, tuple[_Row, ...]]:
    """Province rows by country, read once (and only when asked): from the cache folder, where the first
    process that made them from the lexicons (`_from_lexicons`) left them."""
    path = cache_dir() / f"provinces-{_signature()}.pkl"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, truncated or unreadable: read the lexicons again
        table = _from_lexicons()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # several processes may write at once
    try:
        tmp.write_bytes(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
        prune(path, "provinces-*.pkl", KEEP_TABLES)
    except OSError:  # a cache folder that cannot be written: the next process reads the lexicons again
        tmp.unlink(missing_ok=True)
    return table


def _signature() -> str:
    """A hash of what the table is made from: this code and the province files (packaged and overlaid)."""
    h = hashlib.sha1(Path(__file__).read_bytes())
    for name in PROVINCE_FILES:
        for p in lexicon_files(name):
            h.update(b"\0" + p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def _from_lexicons() -> dict[str, tuple[_Row, ...]]:
    """Province rows by country, as the lexicons list them (~50 ms: checked TSV rows, the rows of each
    country compared pairwise: the reason for the cached copy, which every process read again before)."""
    rows: dict[str, list[tuple[float, float, str, str]]] = {}
    for name in PROVINCE_FILES:
        for row in load_tsv(name):
            if row.get("kind") == "province" and row.get("country") and row.get("lat") and row.get("lon"):
                name_en = row.get("name_en") or row["name_ar"]
                rows.setdefault(row["country"], []).append(
                    (float(row["lat"]), float(row["lon"]), province_key(name_en), name_en))
    return {cc: _numbered(pts) for cc, pts in rows.items()}


def _numbered(rows: list[tuple[float, float, str, str]]) -> tuple[_Row, ...]:
    """Number the provinces: a row joins the first earlier row with its name key or within SAME_POINT_KM."""
    numbers: list[int] = []
    for i, (lat, lon, key, _) in enumerate(rows):
        same = next((numbers[j] for j in range(i) if (key and rows[j][2] == key) or
                     haversine_km((lat, lon), rows[j][:2]) <= SAME_POINT_KM), i)
        numbers.append(same)
    return tuple(_Row(lat, lon, n, key, name) for (lat, lon, key, name), n in zip(rows, numbers, strict=True))


def _nearest(rows: tuple[_Row, ...], point: tuple[float, float]) -> _Row:
    return min(rows, key=lambda r: haversine_km((r.lat, r.lon), point))


@lru_cache(maxsize=8192)
def province_name(country: str | None, place: tuple[float, float]) -> str | None:
    """The English name of the province of `country` whose point is nearest `place` (its first listed name),
    or None where the lexicons list no province of the country: an analyst's admin1.  Asked per place of every
    article, so remembered per point."""
    rows = _provinces().get(country or "")
    if not rows:
        return None
    return rows[_nearest(rows, place).number].name_en


@lru_cache(maxsize=8192)
def in_province(country: str | None, province: tuple[float, float], place: tuple[float, float],
                name_en: str | None = None) -> bool | None:
    """Whether `place` lies in the province of `country` at point `province` (English name `name_en`): its
    nearest province point is one of that province's rows.  None where the lexicons list no province of the
    country, or where the province is none of theirs.  Asked for pairs of places as incidents are merged, so
    remembered per pair."""
    rows = _provinces().get(country or "")
    if not rows:
        return None
    key = province_key(name_en or "")
    number = next((r.number for r in rows if key and r.key == key), None)
    if number is None:
        own = _nearest(rows, province)
        if haversine_km((own.lat, own.lon), province) > SAME_POINT_KM:
            return None
        number = own.number
    return _nearest(rows, place).number == number
