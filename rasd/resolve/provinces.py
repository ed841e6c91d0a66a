"""Which province a place lies in, approximated from the provinces' points.

GeoNames gives towns an admin1 code ("YE.14") and the lexicons give provinces an English name; the two are not
joined, so containment is approximated instead: a place lies in the province of its country whose point is
nearest to it (a Voronoi cell around each province's point).  That is wrong near the borders of provinces of
very unequal size, and far better than a radius (a province "holding" every place within 250 km of its point
held Marib town in Shabwa and al-Dhale in Abyan).
"""
from __future__ import annotations

from functools import lru_cache

from rasd.geo import haversine_km
from rasd.lexicons import load_tsv

PROVINCE_FILES = ("geography.tsv", "places.tsv")   # the lexicons that list provinces with points
SAME_POINT_KM = 30.0   # two province rows this close are one province (listed in two lexicons)


@lru_cache(maxsize=1)
def _points() -> dict[str, tuple[tuple[float, float, str], ...]]:
    """Province points (lat, lon, English name) by country, read once (and only when asked: most articles never
    ask).  A province listed in two lexicons has two points (a capital, a centre): both are its."""
    out: dict[str, list[tuple[float, float, str]]] = {}
    for name in PROVINCE_FILES:
        for row in load_tsv(name):
            if row.get("kind") == "province" and row.get("country") and row.get("lat") and row.get("lon"):
                out.setdefault(row["country"], []).append((float(row["lat"]), float(row["lon"]), row.get("name_en", "")))
    return {cc: tuple(pts) for cc, pts in out.items()}


def in_province(country: str | None, province: tuple[float, float], place: tuple[float, float],
                province_name: str | None = None) -> bool | None:
    """Whether `place` lies in the province of `country` whose point is `province` (and English name
    `province_name`): its nearest province point is that province's (the same name, or within SAME_POINT_KM of
    that point).  None where the lexicons list no province of the country."""
    points = _points().get(country or "")
    if not points:
        return None
    lat, lon, name = min(points, key=lambda p: haversine_km((p[0], p[1]), place))
    return bool(province_name and name == province_name) or haversine_km((lat, lon), province) <= SAME_POINT_KM
