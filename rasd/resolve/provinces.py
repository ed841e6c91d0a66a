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

import re
import unicodedata
from functools import lru_cache

from rasd.geo import haversine_km
from rasd.lexicons import load_tsv

PROVINCE_FILES = ("geography.tsv", "places.tsv")   # the lexicons that list provinces with points
SAME_POINT_KM = 60.0   # two province rows this close are one province (listed in two lexicons)
_NAME_NOISE = re.compile(r"\b(al|el|governorate|province|region|wilaya|state)\b|[^a-z]")


def province_key(name_en: str) -> str:
    """The part of a province's English name that two lexicons share ("Al-Qādisiyyah Governorate" ->
    "qadisiyyah")."""
    ascii_name = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode().lower()
    return _NAME_NOISE.sub("", ascii_name.replace("-", " "))


@lru_cache(maxsize=1)
def _provinces() -> dict[str, tuple[tuple[float, float, int, str], ...]]:
    """Province rows (lat, lon, province number, name key) by country, read once (and only when asked: most
    articles never ask); rows of one province share a number."""
    rows: dict[str, list[tuple[float, float, str]]] = {}
    for name in PROVINCE_FILES:
        for row in load_tsv(name):
            if row.get("kind") == "province" and row.get("country") and row.get("lat") and row.get("lon"):
                rows.setdefault(row["country"], []).append(
                    (float(row["lat"]), float(row["lon"]), province_key(row.get("name_en", ""))))
    return {cc: _numbered(pts) for cc, pts in rows.items()}


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    """The English names of the rows of `_provinces()`, in the same order."""
    out: dict[str, list[str]] = {}
    for name in PROVINCE_FILES:
        for row in load_tsv(name):
            if row.get("kind") == "province" and row.get("country") and row.get("lat") and row.get("lon"):
                out.setdefault(row["country"], []).append(row.get("name_en") or row["name_ar"])
    return {cc: tuple(names) for cc, names in out.items()}


def province_name(country: str | None, place: tuple[float, float]) -> str | None:
    """The English name of the province of `country` whose point is nearest `place` (its first listed name),
    or None where the lexicons list no province of the country: an analyst's admin1."""
    rows = _provinces().get(country or "")
    if not rows:
        return None
    number = min(rows, key=lambda r: haversine_km(r[:2], place))[2]
    return _names()[country][number]


def _numbered(rows: list[tuple[float, float, str]]) -> tuple[tuple[float, float, int, str], ...]:
    """Number the provinces: a row joins the first earlier row with its name key or within SAME_POINT_KM."""
    numbers: list[int] = []
    for i, (lat, lon, key) in enumerate(rows):
        same = next((numbers[j] for j in range(i) if (key and rows[j][2] == key) or
                     haversine_km((lat, lon), rows[j][:2]) <= SAME_POINT_KM), i)
        numbers.append(same)
    return tuple((lat, lon, n, key) for (lat, lon, key), n in zip(rows, numbers, strict=True))


def in_province(country: str | None, province: tuple[float, float], place: tuple[float, float],
                province_name: str | None = None) -> bool | None:
    """Whether `place` lies in the province of `country` at point `province` (English name `province_name`):
    its nearest province point is one of that province's rows.  None where the lexicons list no province of the
    country, or where the province is none of theirs."""
    rows = _provinces().get(country or "")
    if not rows:
        return None
    key = province_key(province_name or "")
    number = next((n for _, _, n, k in rows if key and k == key), None)
    if number is None:
        lat, lon, n, _ = min(rows, key=lambda r: haversine_km(r[:2], province))
        if haversine_km((lat, lon), province) > SAME_POINT_KM:
            return None
        number = n
    return min(rows, key=lambda r: haversine_km(r[:2], place))[2] == number
