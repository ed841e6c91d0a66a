"""Distances on the globe, and the three things "near" means in Rasd.

A neutral helper beside `rasd.model`: every stage may import it (resolve
scores a place candidate by its distance to the article's other places,
extract merges two mentions of one incident's place, store merges two
reports of one incident, eval measures resolution errors).

The three distances are different questions, so they are three constants;
change one without the others only for its own reason.
"""
from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0   # mean radius: a sphere is off by < 0.6 %, nothing at the distances compared here

# A place candidate this close to another, unambiguous place of the same article is "in the
# article's area" (resolve/places.py, weight W_NEAR): the scale of a province or a stretch of
# desert road (Sirte is 190 km from Misrata, 250 km from Bani Walid, 370 km from Tripoli).
# Set with the other resolver weights; a sweep on seeds + dev + dev-snn (65 articles) gave
# acc@161 0.914 with no proximity bonus and 0.917-0.920 anywhere from 100 to 1,600 km: a flat
# optimum, and 400 sits inside it.
NEAR_IN_ARTICLE_KM = 400.0

# Two places named for one incident this close are the incident's one place (extract/events.py
# PLACE_NEAR_KM, which should import this): a town and its outskirts, a district and its
# villages.  It equals the tolerance SCHEMA.md gives the scorer for an event's place, so that
# what the extractor merges is what the scorer would call one place.  The sweep above moved
# events F1 only between 0.536 (0 km) and 0.542 (100 km): a weak setting.
NEAR_IN_INCIDENT_KM = 50.0

# Two reports (different articles) of the same type, dates and actors this close are one
# incident stored once (store/dedup.py).  Stricter than within one article: a wrong merge across
# reports hides an incident from every view, a missed merge only shows it twice.  Half the
# incident radius, by judgement: no gold pairs of reports exist to measure it on.
NEAR_ACROSS_REPORTS_KM = 25.0


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points, in km."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))


def offset_point(lat: float, lon: float, dist_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point `dist_km` from (lat, lon) along `bearing_deg` (great circle), to 4 decimals."""
    r = dist_km / EARTH_RADIUS_KM
    b = math.radians(bearing_deg)
    la1, lo1 = math.radians(lat), math.radians(lon)
    la2 = math.asin(math.sin(la1) * math.cos(r) + math.cos(la1) * math.sin(r) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(la1), math.cos(r) - math.sin(la1) * math.sin(la2))
    return round(math.degrees(la2), 4), round(math.degrees(lo2), 4)
