"""Decide which place each name refers to, using the article's context.

A name usually has several candidates (طرابلس: Tripoli LY and LB; الجزائر:
the country and its capital; الجديد: a Libyan town and the word "new").
Each candidate is scored on what it is (country, project supplement entry,
GeoNames place and its population) and on the article: the countries it
talks about, the other places it names (proximity), the cue word before the
name (وادي wants a wadi, مدينة a populated place).  Names no list knows
but a cue announced become places of their own, placed through the
transliteration key when GeoNames has them in Latin only, or left without
coordinates.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rasd.model import Place, PlaceCandidate, PlaceMention
from rasd.resolve.gazetteer import TRANSLIT_COUNTRIES, Gazetteer
from rasd.text.normalise import strip_article
from rasd.text.vocabulary import Vocabulary

# Weights of the candidate score.  Calibrated together on the seed and dev
# articles (rasd eval); change them as a set, not one at a time.
W_SOURCE = {"country": 3.0, "supplement": 2.6, "geonames": 0.0, "translit": 0.0}
W_POPULATION = 0.45        # per decade of population (log10)
W_ARTICLE_COUNTRY = 2.2    # times the share of the article's country evidence
W_REGION = 0.8             # candidate in the Arab world / Sahel / Horn
W_NEAR = 1.2               # within NEAR_KM of an unambiguous place of the article
NEAR_KM = 400.0
W_CUE_KIND = 1.0           # the cue's kind agrees with the candidate's
W_COMMON_WORD = 1.0        # per Zipf point above COMMON_ZIPF of the name as an Arabic word
COMMON_ZIPF = 3.0
AMBIGUOUS_COUNTRY_SHARE = 0.3  # an ambiguous name with no place context needs this much of the article
MIN_CONFIDENCE = 2.6       # below this a GeoNames-only reading is dropped
MIN_CONFIDENCE_NO_CUE_SHORT = 3.2  # one-word names of 3 letters need more; 2 letters need a cue
W_SIZE_ZIPF = 0.7          # per decade of population above 10,000, added to COMMON_ZIPF
W_LOCATIVE = 0.4           # "في باريس": a preposition before the name
W_CLITIC_SPLIT = 0.8       # a GeoNames-only name read by stripping a proclitic (وجيزة -> جيزة)
W_CUE_TRUST = 1.0          # a cue word before the name lowers the bar by this much

POPULATED = {"city", "town", "village"}
_BROAD = {"country", "continent", "region"}
_CUE_KIND_MATCH = {
    "city": POPULATED, "town": POPULATED, "village": POPULATED, "area": None,
    "wadi": {"wadi"}, "border_crossing": {"border_crossing"}, "province": {"province", "district", "region"},
    "neighbourhood": {"neighbourhood"}, "oil_field": {"oil_field", "oil_terminal"},
}


EARTH_RADIUS_KM = 6371.0


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))


def offset_point(lat: float, lon: float, dist_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point `dist_km` from (lat, lon) along `bearing_deg` (great circle)."""
    r = dist_km / 6371.0
    b = math.radians(bearing_deg)
    la1, lo1 = math.radians(lat), math.radians(lon)
    la2 = math.asin(math.sin(la1) * math.cos(r) + math.cos(la1) * math.sin(r) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(la1), math.cos(r) - math.sin(la1) * math.sin(la2))
    return round(math.degrees(la2), 4), round(math.degrees(lo2), 4)


class _AnchorGrid:
    """Anchor points in cells of `radius_km` (in latitude), so that "is an anchor within the radius?"
    looks at the few cells around a point instead of every anchor of the article (which made
    resolution quadratic in a long article).  Each distinct point is kept once, with the mentions
    that anchor it."""

    def __init__(self, anchors: list[tuple[int, tuple[float, float]]], radius_km: float):
        self.radius = radius_km
        self.ang = radius_km / EARTH_RADIUS_KM                 # the radius as an angle (radians)
        self.cell = math.degrees(self.ang)                     # cell side, in degrees
        self.cols = max(1, math.ceil(360.0 / self.cell))
        self.cells: dict[tuple[int, int], dict[tuple[float, float], list[int]]] = {}
        for i, p in anchors:
            key = (math.floor(p[0] / self.cell), math.floor(p[1] / self.cell) % self.cols)
            self.cells.setdefault(key, {}).setdefault(p, []).append(i)

    def _columns(self, lat: float, lon: float) -> Iterable[int]:
        c = math.cos(math.radians(lat))
        if c <= math.sin(self.ang):                            # the circle reaches a pole: every longitude
            return range(self.cols)
        dlon = math.degrees(math.asin(math.sin(self.ang) / c)) + 1e-9
        lo, hi = math.floor((lon - dlon) / self.cell), math.floor((lon + dlon) / self.cell)
        if hi - lo + 1 >= self.cols:
            return range(self.cols)
        return {x % self.cols for x in range(lo, hi + 1)}

    def any_within(self, lat: float, lon: float, exclude: int) -> bool:
        """An anchor of another mention than `exclude` within the radius of (lat, lon)."""
        dlat = self.cell + 1e-9
        rows = range(math.floor((lat - dlat) / self.cell), math.floor((lat + dlat) / self.cell) + 1)
        cols = self._columns(lat, lon)
        for r in rows:
            for col in cols:
                for point, who in self.cells.get((r, col), {}).items():
                    if (len(who) > 1 or who[0] != exclude) and km((lat, lon), point) <= self.radius:
                        return True
        return False


@dataclass
class ArticleContext:
    """The article's geography as evidence: country weights and anchor points.

    Each mention's own contribution is remembered so that a mention is
    scored against the rest of the article only (a lone Finnish namesake
    must not vote for Finland).
    """

    countries: Counter            # ISO2 -> weight of evidence
    anchors: list[tuple[int, tuple[float, float]]]   # (mention index, point)
    own: dict[int, Counter]       # mention index -> its contribution
    _grid: _AnchorGrid | None = field(default=None, repr=False)

    def country_share(self, cc: str | None, mention: int = -1) -> float:
        if not cc:
            return 0.0
        mine = self.own.get(mention, Counter())
        total = sum(self.countries.values()) - sum(mine.values())
        return (self.countries.get(cc, 0) - mine.get(cc, 0)) / total if total > 0 else 0.0

    def near(self, cand: PlaceCandidate, mention: int = -1) -> bool:
        if cand.lat is None or not self.anchors:
            return False
        if self._grid is None:
            self._grid = _AnchorGrid(self.anchors, NEAR_KM)
        return self._grid.any_within(cand.lat, cand.lon, mention)


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer, vocabulary: Vocabulary | None = None,
                 ambiguous: frozenset[str] = frozenset()):
        self.gaz = gazetteer
        self.vocabulary = vocabulary or Vocabulary.empty()
        self.ambiguous = ambiguous

    def _score(self, cand: PlaceCandidate, m: PlaceMention, ctx: ArticleContext, i: int = -1) -> float:
        s = W_SOURCE.get(cand.source, 0.0)
        if cand.source in ("geonames", "translit"):
            s += W_POPULATION * math.log10(max(cand.population, 1))
            # a village named like an everyday word: the word is the likelier
            # reading; so is a common word whose first letter looks like a
            # proclitic (وكالة is not و + Calais)
            # a big city's name is frequent because of the city (باريس، روما): the bar rises with size;
            # the whole word a proclitic was stripped from (وجيزة) owes the city nothing
            bar = COMMON_ZIPF + W_SIZE_ZIPF * max(0.0, math.log10(max(cand.population, 1) / 10_000))
            s -= W_COMMON_WORD * max(0.0, self.vocabulary.zipf(m.key) - bar)
            if m.written:
                s -= W_COMMON_WORD * max(0.0, self.vocabulary.zipf(m.written) - COMMON_ZIPF)
            if m.locative:
                s += W_LOCATIVE
            if m.written and not m.locative:
                s -= W_CLITIC_SPLIT
        if cand.source == "translit":
            s += 2.0 * (cand.score - 0.7)
        s += W_ARTICLE_COUNTRY * ctx.country_share(cand.country, i)
        if cand.country in TRANSLIT_COUNTRIES:
            s += W_REGION
        if ctx.near(cand, i):
            s += W_NEAR
        if m.cue_kind:
            want = _CUE_KIND_MATCH.get(m.cue_kind)
            if want and cand.kind in want:
                s += W_CUE_KIND
        return s

    def _context(self, mentions: list[PlaceMention]) -> ArticleContext:
        """Countries and unambiguous places the article names (first pass)."""
        countries: Counter = Counter()
        anchors: list[tuple[int, tuple[float, float]]] = []
        own: dict[int, Counter] = {}
        for i, m in enumerate(mentions):
            cands = m.candidates
            if not cands:
                continue
            # only readings that are places on their own count as evidence:
            # countries, the supplement, sizeable towns whose name is no common word
            strong = [c for c in cands if c.source in ("country", "supplement")
                      or (c.population >= 50_000 and self.vocabulary.zipf(m.key) < 4.5)]
            ccs = {c.country for c in strong if c.country}
            mine: Counter = Counter()
            if len(ccs) == 1:
                cc = next(iter(ccs))
                mine[cc] += 2.0 if strong[0].kind == "country" else 1.0
                if len(strong) == 1 and strong[0].lat is not None and strong[0].kind != "country":
                    anchors.append((i, (strong[0].lat, strong[0].lon)))
            else:
                for cc in ccs:
                    mine[cc] += 0.5 / len(ccs)
            own[i] = mine
            countries.update(mine)
        return ArticleContext(countries, anchors, own)

    def resolve(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Fill `candidates`, `resolved` and `confidence` of every mention; drop the unconvincing."""
        for m in mentions:
            m.candidates = self.gaz.candidates(m.key)
            if not m.candidates and strip_article(m.key) != m.key:
                m.candidates = self.gaz.candidates(strip_article(m.key))
        ctx = self._context(mentions)
        region = set(ctx.countries) or None
        kept: list[PlaceMention] = []
        for i, m in enumerate(mentions):
            if not m.candidates and (m.cue or m.unlisted):
                m.candidates = self.gaz.by_transliteration(m.key, countries=region)
            if not m.candidates:
                if m.cue is not None or m.unlisted:
                    kept.append(m)  # a cue (or the locative slot) says it is a place; no list says where
                continue
            scored = sorted(((self._score(c, m, ctx, i), c) for c in m.candidates), key=lambda x: -x[0])
            best_score, best = scored[0]
            if m.key in self.ambiguous and not (m.cue or m.locative) \
                    and ctx.country_share(best.country, i) < AMBIGUOUS_COUNTRY_SHARE:
                continue
            if best.source in ("country", "supplement"):
                m.resolved, m.confidence = best, best_score
                kept.append(m)
                continue
            need = MIN_CONFIDENCE
            if m.cue:
                need -= W_CUE_TRUST
            elif len(m.key.replace(" ", "")) <= 2:
                need = math.inf
            elif len(m.key.replace(" ", "")) == 3:
                need = MIN_CONFIDENCE_NO_CUE_SHORT
            if best_score >= need:
                m.resolved, m.confidence = best, best_score
                kept.append(m)
            elif m.cue is not None:
                m.candidates = []
                kept.append(m)  # a place, but not this far-away namesake
        self._borrow_coordinates(kept)
        return kept

    @staticmethod
    def _borrow_coordinates(kept: list[PlaceMention]) -> None:
        """A place no list knows (حي الجيزة البحرية, مسجد العنود, قرية كوفا) is put, approximately,
        where the text places it: at the point a relative description right after it gives
        ("السالينى، على بعد 60 كيلومترا جنوب غربي مقديشو"), else at the nearest named town of
        its sentence or the one before."""
        for i, m in enumerate(kept):
            if m.resolved is not None:
                continue
            anchor, point = None, None
            for nxt in kept[i + 1:i + 2]:
                c = nxt.resolved
                if (nxt.sentence == m.sentence and c is not None and c.lat is not None and nxt.offset_km
                        and nxt.bearing is not None and nxt.span.start - m.span.end < 60):
                    anchor, point = c, offset_point(c.lat, c.lon, nxt.offset_km, nxt.bearing)
            if anchor is None:
                for prev in reversed(kept[:i]):
                    if prev.sentence < m.sentence - 1:
                        break
                    c = prev.resolved
                    if c is not None and c.lat is not None and c.kind not in _BROAD:
                        anchor = c
                        break
            if anchor is None:
                for nxt in kept[i + 1:]:
                    if nxt.sentence > m.sentence:
                        break
                    c = nxt.resolved
                    if c is not None and c.lat is not None and c.kind not in _BROAD:
                        anchor = c
                        break
            if anchor is not None:
                lat, lon = point if point else (anchor.lat, anchor.lon)
                m.resolved = PlaceCandidate(id=f"ctx:{m.key}", name_en=None, country=anchor.country,
                                            lat=lat, lon=lon, kind=m.cue_kind or "place",
                                            admin1=anchor.admin1, source="context", score=0.0)


class _ActorSpans:
    """Actor mentions by their spans: the first (in the list's order) with exactly a span, or around
    one, found without a scan of every actor per place (which made a long article quadratic)."""

    def __init__(self, actors):
        self.actors = list(actors)
        self.exact: dict[tuple[int, int], int] = {}
        for k, a in enumerate(self.actors):
            self.exact.setdefault((a.span.start, a.span.end), k)
        self.by_start = sorted((a.span.start, k) for k, a in enumerate(self.actors))
        self.starts = [x[0] for x in self.by_start]
        self.longest = max((a.span.end - a.span.start for a in self.actors), default=0)

    def same(self, start: int, end: int):
        k = self.exact.get((start, end))
        return None if k is None else self.actors[k]

    def around(self, start: int, end: int):
        """The first actor whose span contains [start, end) and is not equal to it."""
        lo = bisect.bisect_left(self.starts, end - self.longest)
        hi = bisect.bisect_right(self.starts, start)
        best = None
        for a_start, k in self.by_start[lo:hi]:
            a = self.actors[k]
            if a_start <= start and end <= a.span.end and (a_start, a.span.end) != (start, end) \
                    and (best is None or k < best):
                best = k
        return None if best is None else self.actors[best]


def drop_actor_shadows(places: list[PlaceMention], actors) -> list[PlaceMention]:
    """Remove place readings that are really parts of actor names or actors themselves.

    * a country named as an actor ("قالت الولايات المتحدة", not "في الولايات المتحدة") is the
      actor, not a place of the article;
    * an operation's name ("عملية صوفيا") is no place, whatever town shares it.
    """
    out = []
    spans = _ActorSpans(actors)
    for m in places:
        c = m.resolved
        same = spans.same(m.span.start, m.span.end)
        if same is not None and c is not None and c.kind == "country" and same.kind == "foreign state" \
                and not m.locative:
            continue
        inside = spans.around(m.span.start, m.span.end)
        if inside is not None and c is not None and c.source in ("geonames", "translit") and \
                inside.name.split()[0] in ("عملية", "عمليه"):
            continue
        out.append(m)
    return out


def distinct_places(mentions: list[PlaceMention]) -> list[Place]:
    """One Place per resolved entity (or per unknown name), in order of first mention."""
    places: dict[str, Place] = {}
    forms: dict[str, Counter] = {}
    for m in mentions:
        c = m.resolved
        ident = c.id if c is not None else f"ctx:{m.key}"
        p = places.get(ident)
        if p is None:
            p = places[ident] = Place(
                name=m.name, id=ident, name_en=c.name_en if c else None,
                country=c.country if c else None, lat=c.lat if c else None, lon=c.lon if c else None,
                kind=(c.kind if c else m.cue_kind), admin1=c.admin1 if c else None,
                source=c.source if c else "context",
            )
            forms[ident] = Counter()
        p.mentions.append(m.span)
        forms[ident][m.name] += 1
    for ident, p in places.items():
        ranked = [f for f, _ in forms[ident].most_common()]
        p.name = ranked[0]
        p.aliases = ranked[1:]
    return list(places.values())
