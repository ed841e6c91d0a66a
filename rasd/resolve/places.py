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
import re
from operator import itemgetter
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rasd.geo import NEAR_IN_ARTICLE_KM, offset_point
from rasd.geo import haversine_km as km
from rasd.model import Place, PlaceCandidate, PlaceMention, Span
from rasd.resolve.provinces import province_name
from rasd.resolve.gazetteer import TRANSLIT_COUNTRIES, Gazetteer
from rasd.text.normalise import norm, strip_article
from rasd.text.vocabulary import Vocabulary

# Weights of the candidate score.  Calibrated together on the seed and dev
# articles (rasd eval); change them as a set, not one at a time.
W_SOURCE = {"country": 3.0, "supplement": 2.6, "geonames": 0.0, "translit": 0.0}
W_POPULATION = 0.45        # per decade of population (log10)
W_ARTICLE_COUNTRY = 2.2    # times the share of the article's country evidence
W_REGION = 0.8             # candidate in the Arab world / Sahel / Horn
W_NEAR = 1.2               # within NEAR_KM of an unambiguous place of the article
NEAR_KM = NEAR_IN_ARTICLE_KM  # how it was chosen: rasd/geo.py
TOWN_RIGHT_AFTER_CHARS = 16  # "X بالعاصمة Y", "X في مدينة Y": a preposition and a cue word between
W_CUE_KIND = 1.0           # the cue's kind agrees with the candidate's
W_COMMON_WORD = 1.0        # per Zipf point above COMMON_ZIPF of the name as an Arabic word
COMMON_ZIPF = 3.0
AMBIGUOUS_COUNTRY_SHARE = 0.3  # an ambiguous name with no place context needs this much of the article
MIN_CONFIDENCE = 2.6       # below this a GeoNames-only reading is dropped
MIN_CONFIDENCE_NO_CUE_SHORT = 3.2  # one-word names of 3 letters need more; 2 letters need a cue
W_SIZE_ZIPF = 0.7          # per decade of population above 10,000, added to COMMON_ZIPF
W_LOCATIVE = 0.4           # "في باريس": a preposition before the name
W_CLITIC_SPLIT = 0.8       # a GeoNames-only name read by stripping a proclitic (وجيزة -> جيزة)
W_PRONOUN_BASE = 2.0       # per Zipf point above the size bar of the word before a final ه written so (حديثه "his talk"); set on the feed
W_CUE_TRUST = 1.0          # a cue word before the name lowers the bar by this much
CLOSE_TRANSLIT_MIN_SCORE = 0.85  # a hashtag no list knows, or a name in a text that names no country,
#                                    is a place only when GeoNames has it in Latin this close
# places14: a reading in a country the text names only by a nationality adjective ("بمستشفيات نيوكاسل التابعة
# لهيئة الخدمات الصحية البريطانية" is Newcastle upon Tyne, not the larger Newcastle of Australia): weaker than
# the country named (W_ARTICLE_COUNTRY), enough between namesakes of like size
W_ADJECTIVE_COUNTRY = 0.5
W_CAPITAL = 1.0            # a national capital: news names it for its government too (واشنطن، موسكو)
WRITTEN_OVER_STEM_ZIPF = 0.5  # a written word this much commoner than the name it hides is a word
# places16: the places of one list ("قرى مشرعة وحدنان") lie within this of each other; the scoring tolerance
# (161 km) rounded down, as places14 tried for translit readings
LIST_NEAR_KM = 150.0
# places18: a province named in the same sentence holds a village within this of its point (Yemen's and
# Syria's governorates are 100-300 km across); set on the feed samples of seeds 2286/2386
PROVINCE_NEAR_KM = 250.0
SIZEABLE_TOWN = 50_000  # a Latin look-alike this big is a town news names (as `_context` trusts it as evidence)

POPULATED = {"city", "town", "village"}
# placesfalse27: a lone town abroad under this size, in a country the text names nowhere, is a word or a namesake at
# home (feed: 24 Libyan العزيزية in Saudi reports, أدوا 85,600, جوهر 47,000 ...); bigger ones news names for themselves
LONE_TOWN_MAX_POPULATION = 200_000
# after a preposition a bigger town stays the town ("في لوزان", "في صلالة", "في الكوفة"): only words and namesakes
# at home under this size are read so
LONE_PLACED_TOWN_MAX_POPULATION = 100_000
LONE_TOWN_OTHERS = 2.0  # ... while the text's other names weigh this much (a country's name, or two places)
_TOWN_CUES = {"capital", "city", "town", "village"}
NAMED_AFTER_THEIR_TOWN = {"port", "airport", "hospital", "wadi"}  # facilities that stand where the town they are named after is
# (placesmiss27: and a wadi, which runs past the town or through the province it shares its name with: وادي بيشة)
NAMED_AFTER_THEIR_COUNTRY = {"port", "airport"}  # "مرفأ لبنان": the country's own port (a hospital named so may be abroad)
_FACILITIES = {"landmark", "hospital"}  # named facilities: placed only by a town of their own sentence
PARTS_OF_TOWNS = {"neighbourhood"}  # cue kinds that name a part of a town, never a town
# spots33: a village no list knows lies where the text says, right after it ("قرية كفرموس بريف إدلب"), even in a
# report that names another country's towns more often
HELD_BY_THE_NEXT = {"village"}
_SMALL_PLACES = {"neighbourhood", "town", "village"}
_LOCAL_KINDS = {"neighbourhood", "town", "village", "landmark", "hospital"}  # places a namesake elsewhere may share a name with
_BROAD = {"country", "continent", "region"}
_FAR_NAMESAKES = POPULATED | {"province"}  # readings a quarter's bare repeat does not take (placeshare26)
_CUE_KIND_MATCH = {
    "country": {"country"},
    "city": POPULATED, "capital": POPULATED, "town": POPULATED, "village": POPULATED, "area": None,
    "wadi": {"wadi"}, "border_crossing": {"border_crossing"}, "province": {"province", "district", "region"},
    "neighbourhood": {"neighbourhood"}, "oil_field": {"oil_field", "oil_terminal"},
}


_MARKS = set("\u064e\u064f\u0650\u0651\u0652")  # fatha, damma, kasra, shadda, sukun
_SCORE = itemgetter(0)   # of a (score, candidate) pair


EARTH_RADIUS_KM = 6371.0


def _vowel_marks(text: str) -> list[tuple[str, frozenset[str]]]:
    """Letters of a written word with the vowel marks on each (tatweel and other marks dropped)."""
    out: list[tuple[str, set[str]]] = []
    for ch in text:
        if ch in _MARKS and out:
            out[-1][1].add(ch)
        elif ch != "\u0640" and not ("\u064b" <= ch <= "\u065f"):
            out.append((ch, set()))
    return [(c, frozenset(m)) for c, m in out]


def _marks_fit(form: list[tuple[str, frozenset[str]]], written: list[tuple[str, frozenset[str]]]) -> bool:
    """The written word is the form's letters, carrying at least the form's marks."""
    return len(form) == len(written) and all(a == b and fm <= wm for (a, fm), (b, wm) in zip(form, written, strict=True))


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

    def any_within(self, lat: float, lon: float, exclude: frozenset[int]) -> bool:
        """An anchor of a mention not in `exclude` within the radius of (lat, lon)."""
        dlat = self.cell + 1e-9
        rows = range(math.floor((lat - dlat) / self.cell), math.floor((lat + dlat) / self.cell) + 1)
        cols = self._columns(lat, lon)
        for r in rows:
            for col in cols:
                for point, who in self.cells.get((r, col), _NO_CELL).items():
                    # a mention of `who` not in `exclude` (a set test in C, not a generator per point)
                    if not exclude.issuperset(who) and km((lat, lon), point) <= self.radius:
                        return True
        return False


# a mention that gives no weight of its own (read-only: shared by every look-up)
_NO_WEIGHT: Mapping[str, float] = MappingProxyType({})
# an empty cell of the grid (read-only: shared by every look-up)
_NO_CELL: Mapping[tuple[float, float], list[int]] = MappingProxyType({})


@dataclass
class ArticleContext:
    """The article's geography as evidence: country weights and anchor points.

    The contribution of each name is remembered so that a mention is
    scored against the rest of the article only: a lone Finnish namesake
    must not vote for Finland, and a name repeated (عمان twice) must not
    vote for one of its own readings.
    """

    countries: dict[str, float]   # ISO2 -> weight of evidence
    anchors: list[tuple[int, tuple[float, float]]]   # (mention index, point)
    own: dict[int, dict[str, float]]   # mention index -> the contribution of every mention of its name
    _grid: _AnchorGrid | None = field(default=None, repr=False)
    one_country: dict[str, str] = field(default_factory=dict)  # name -> the one country all its readings lie in
    same_name: dict[int, frozenset[int]] = field(default_factory=dict)  # mention index -> every mention of its name
    by_adjective: frozenset[str] = frozenset()  # countries the text names by a nationality adjective
    _total: float | None = field(default=None, repr=False, compare=False)  # sum of `countries` (country_share)

    def named_countries(self, key: str) -> set[str]:
        """Countries the article names by some other name whose every reading lies in that country
        (صنعاء، #الكويت), however common the name is as a word."""
        return {cc for k, cc in self.one_country.items() if k != key}

    def country_share(self, cc: str | None, mention: int = -1) -> float:
        if not cc:
            return 0.0
        mine = self.own.get(mention)    # None (no contribution of its own): no empty dict made per call
        whole = self._total
        if whole is None:           # summed once: `countries` is not changed once the context is made
            whole = self._total = sum(self.countries.values())
        total = whole - (sum(mine.values()) if mine else 0)
        return (self.countries.get(cc, 0) - (mine.get(cc, 0) if mine else 0)) / total if total > 0 else 0.0

    def near(self, cand: PlaceCandidate, mention: int = -1, choosing: bool = False) -> bool:
        """An anchor of another mention near the candidate; while `choosing` between a name's readings,
        of another name (الجيزة said twice in a Jordanian text is not near itself in Egypt)."""
        if cand.lat is None or not self.anchors:
            return False
        if self._grid is None:
            self._grid = _AnchorGrid(self.anchors, NEAR_KM)
        exclude = self.same_name.get(mention, frozenset({mention})) if choosing else frozenset({mention})
        return self._grid.any_within(cand.lat, cand.lon, exclude)


def _joined_to_a_place(mentions: list[PlaceMention], i: int) -> PlaceMention | None:
    """placesfalse25: the place mention i follows in its sentence with nothing but spaces or a comma between
    ("بالرياض وجدة", "الطائف، وجدة"), whose list its و joins; None when there is none."""
    if i <= 0:
        return None
    prev, m = mentions[i - 1], mentions[i]
    if prev.sentence != m.sentence or not 0 <= m.span.start - prev.span.end <= JOINED_GAP_CHARS:
        return None
    return prev


def _one_country_list(prev: PlaceMention | None, bare: PlaceMention, whole: PlaceMention) -> bool:
    """Whether the place before a و can lie in a country of the و reading and in none of the whole word's
    (الرياض: Saudi Arabia, as جدة, not Morocco, as وجدة)."""
    if prev is None:
        return False
    there = {c.country for c in prev.candidates if c.country}
    return bool(there & {c.country for c in bare.candidates}) and not there & {c.country for c in whole.candidates}


def _said_bare(mentions: list[PlaceMention], m: PlaceMention) -> bool:
    """placesfalse25: whether the article also names the place read after و by itself ("جامعتي الملك عبد العزيز
    وجدة" in a text that says "في جدة"): the و reading then joins a list as after a locative word."""
    return any(o.key == m.after_and for o in mentions)


def _named_only_after(mentions: list[PlaceMention], ctx: ArticleContext, i: int, cc: str) -> float:
    """The share of the article's evidence for `cc` that its own country name gives, where every
    mention of that name comes after mention `i` (0.0 when it is named before, or not at all)."""
    total = sum(ctx.countries.values())
    if total <= 0:
        return 0.0
    given: dict[str, float] = {}
    for j, o in enumerate(mentions):
        if any(c.source == "country" and c.country == cc for c in o.candidates):
            if j < i:
                return 0.0
            given[o.key] = ctx.own.get(j, _NO_WEIGHT).get(cc, 0.0)
    return sum(given.values()) / total


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer, vocabulary: Vocabulary | None = None,
                 ambiguous: frozenset[str] = frozenset(), vowelled: tuple[tuple[str, str], ...] = (),
                 descriptive: dict[str, tuple[str, ...]] | None = None,
                 local_cues: frozenset[str] = frozenset(), proper_name: ProperName | None = None,
                 district_cues: frozenset[str] = frozenset(),
                 words_after_preposition: frozenset[str] = frozenset(),
                 short_by_hamza: frozenset[str] = frozenset()):
        self.gaz = gazetteer
        self.short_by_hamza = short_by_hamza  # إب: a two-letter name told from a word by its written hamza
        # ambiguous names that a preposition alone does not make places ("في مشهد مؤثر": in a moving scene)
        self.words_after_preposition = words_after_preposition
        self.district_cues = district_cues  # مديرية، قضاء: a village such a district holds lies near its town
        self.proper_name = proper_name or ProperName()
        self.local_cues = local_cues
        self.descriptive = descriptive or {}
        self.vocabulary = vocabulary or Vocabulary.empty()
        self.ambiguous = ambiguous
        self.vowelled = tuple((_vowel_marks(w), cc) for w, cc in vowelled)

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
            s -= W_PRONOUN_BASE * max(0.0, self._pronoun_base_zipf(m) - bar)
            if m.locative:
                s += W_LOCATIVE
            if m.written and not m.locative:
                s -= W_CLITIC_SPLIT
        if cand.source == "translit":
            s += 2.0 * (cand.score - 0.7)
        if cand.capital and (m.cue_kind == "capital" or not any(c.source == "country" for c in m.candidates)):
            s += W_CAPITAL  # (الجزائر، تونس، الكويت name the country first, unless "العاصمة" says otherwise)
        s += W_ARTICLE_COUNTRY * ctx.country_share(cand.country, i)
        if cand.country in ctx.by_adjective and len(m.candidates) > 1:
            s += W_ADJECTIVE_COUNTRY
        if cand.country in TRANSLIT_COUNTRIES:
            s += W_REGION
        if ctx.near(cand, i, choosing=len(m.candidates) > 1):
            s += W_NEAR
        if m.cue_kind:
            want = _CUE_KIND_MATCH.get(m.cue_kind)
            if want and cand.kind in want:
                s += W_CUE_KIND
        return s

    def _context(self, mentions: list[PlaceMention], by_adjective: frozenset[str] = frozenset()) -> ArticleContext:
        """Countries and unambiguous places the article names (first pass)."""
        countries: dict[str, float] = {}
        anchors: list[tuple[int, tuple[float, float]]] = []
        own: dict[int, dict[str, float]] = {}
        for i, m in enumerate(mentions):
            cands = m.candidates
            if self._no_evidence(m):
                # a name that is also an everyday word (#كورونا: Corona, California) is a place only where
                # the text names its country otherwise, so it is no evidence of that country itself; nor is a
                # mention dropped whatever the geography ("الاستثمارات الداخلة" makes no Moroccan المملكة)
                continue
            # only readings that are places on their own count as evidence:
            # countries, the supplement, sizeable towns whose name is no common word
            strong = [c for c in cands if c.source in ("country", "supplement")
                      or (c.population >= 50_000 and self.vocabulary.zipf(m.key) < 4.5)]
            ccs = {c.country for c in strong if c.country}
            # plain dicts, summed as Counter.update sums (the same floats in the same order): a Counter
            # costs two Python calls to make and an ABC check to update, ~20 times an article
            mine: dict[str, float] = {}
            if len(ccs) == 1:
                cc = next(iter(ccs))
                mine[cc] = 2.0 if strong[0].kind == "country" else 1.0
                if len(strong) == 1 and strong[0].lat is not None and strong[0].kind != "country":
                    anchors.append((i, (strong[0].lat, strong[0].lon)))
            else:
                for cc in ccs:
                    mine[cc] = 0.5 / len(ccs)
            own[i] = mine
            _add_weights(countries, mine)
        one_country = {m.key: next(iter(ccs)) for m in mentions
                       if len(ccs := {c.country for c in m.candidates}) == 1 and None not in ccs}
        return ArticleContext(countries, anchors, _by_name(mentions, own), one_country=one_country,
                              same_name=_same_name(mentions), by_adjective=by_adjective)

    def resolve(self, mentions: list[PlaceMention], by_adjective: frozenset[str] = frozenset()) -> list[PlaceMention]:
        """Fill `candidates`, `resolved` and `confidence` of every mention; drop the unconvincing.
        `by_adjective`: the countries the text names by a nationality adjective."""
        for m in mentions:
            m.candidates = self._candidates(m.key)
            if not m.candidates:
                m.candidates = self.gaz.without_article(m.key)
            if m.stoplisted:
                m.candidates = self._stoplisted_candidates(m)
            m.candidates = self._by_vowels(m)
        ctx = self._context(mentions, by_adjective)
        reread = [self._read_after_and(m, ctx, i, _joined_to_a_place(mentions, i), _said_bare(mentions, m))
                  for i, m in enumerate(mentions) if m.after_and and m.candidates]
        # a loop, not any(generator) (~2.5k instructions to start one, by cachegrind)
        described = False
        for m in mentions:
            if m.key in self.descriptive:
                described = True
                break
        kept = [m for i, m in enumerate(mentions) if self._describes(m, ctx, i, mentions)]
        if any(reread) or described or len(kept) < len(mentions):
            # the article's geography again, without the mentions left out and with those read anew;
            # when no mention changed, the first pass's stands
            ctx = self._context(kept, by_adjective)
        mentions = kept
        region = set(ctx.countries) or None
        kept: list[PlaceMention] = []
        held: list[PlaceMention] = []
        for i, m in enumerate(mentions):
            if self._kept(m, ctx, i, region):
                kept.append(m)
            elif m.key in self.ambiguous and m.candidates:
                held.append(m)
        kept = _said_once_placed(kept, held)
        kept = _beside_its_mates(kept)
        self._quarter_said_bare(kept, ctx, {id(m): i for i, m in enumerate(mentions)})
        _one_reading_per_name(kept)
        _not_far_from_where_described(kept)
        _not_far_from_what_holds_it(kept, self.district_cues)
        _inside_its_town(kept)
        _in_the_country_described(kept)
        _near_the_list(kept)
        _near_its_sentence(kept)
        self._borrow_coordinates(kept)
        self._name_proper_names(kept)
        return kept

    def _kept(self, m: PlaceMention, ctx: ArticleContext, i: int, region: set[str] | None) -> bool:
        """Resolve one mention of the second pass; False when it is no place.  A country named as a definite
        word's adjective ("القوات السعودية") counted for the article's country but is no place of its own."""
        return not m.as_adjective and not self._word_of_its_own(m) and self._decide(m, ctx, i, region)

    def _quarter_said_bare(self, kept: list[PlaceMention], ctx: ArticleContext, index: dict[int, int]) -> None:
        """placeshare26: a name the text calls a quarter (حي العزيزية) and whose far namesake it has not taken
        is that quarter where it is repeated bare ("سكان العزيزية"), not the far town of its name, when that
        town lies in a country no other name of the text points to while others do: the bare mention loses
        the town's reading and is placed as the quarter is (`_borrow_coordinates`)."""
        # a plural cue may name the town whose quarters they are ("أحياء جدة"): only a quarter's own name counts
        quarters = {m.key for m in kept if m.cue_kind in PARTS_OF_TOWNS and not m.cue_plural and m.resolved is None
                    and self._candidates(m.key)}
        for m in kept:
            c = m.resolved
            if (m.cue is None and m.key in quarters and c is not None and not c.capital and c.kind in _FAR_NAMESAKES
                    and c.source in ("geonames", "translit", "supplement")
                    and _in_an_unnamed_country(c, ctx, index[id(m)])):
                m.resolved, m.candidates = None, []

    def _name_proper_names(self, kept: list[PlaceMention]) -> None:
        """The proper name inside each mention (`PlaceMention.named`): غزة of قطاع غزة, مكة of مكة المكرمة."""
        for m in kept:
            m.named = self.proper_name.within(m, self._candidates)

    def _read_after_and(self, m: PlaceMention, ctx: ArticleContext, i: int, prev: PlaceMention | None = None,
                        said_bare: bool = False) -> bool:
        """"بالرياض وجدة": a word that is a name whole (Oujda) and also و + a name (Jeddah) is read the
        way whose best place scores higher in this article; read as و + name, the mention loses its و
        (and True is returned).  placesfalse25: right after another place (`prev`), the و joins a list as
        after a locative word ("بالرياض وجدة." ends a list of two); when that place can lie in a country of
        the و reading and in none of the whole word's, or the text names the place by itself elsewhere
        (`said_bare`: "في جدة"), the و reading is taken whatever the whole word's other mentions say."""
        bare = PlaceMention(span=Span(m.span.start + 1, m.span.end, m.span.text[1:]), name=m.name[1:],
                            key=m.after_and, sentence=m.sentence, locative=m.locative or prev is not None,
                            written=m.key)
        bare.candidates = self._candidates(bare.key)
        if not bare.candidates:
            return False
        if not (said_bare or _one_country_list(prev, bare, m)):
            whole = max(self._score(c, m, ctx, i) for c in m.candidates)
            if max(self._score(c, bare, ctx, i) for c in bare.candidates) <= whole:
                return False
        m.span, m.name, m.key, m.written, m.candidates = bare.span, bare.name, bare.key, m.key, bare.candidates
        m.locative = bare.locative or said_bare
        return True

    def _pronoun_base_zipf(self, m: PlaceMention) -> float:
        """How common the word before a final ه/ة is where the text reads the name as a word: written with ه,
        not ة, it is a pronoun ("في حديثه" "in his talk" before Haditha, as "بريده" is Buraydah before "his
        mail": a big town's bar is higher); in ة right after an indefinite word in ة, the feminine of an
        adjective ("دراسة حديثة" a recent study; "حكومة أنقرة" has no such masculine).  After a cue (قضاء
        حديثه) the name is a name."""
        if m.cue or " " in m.key or not m.key.endswith("ه"):
            return 0.0
        if m.span.text.endswith("ه") or m.adjective_slot:
            return self.vocabulary.zipf(m.key[:-1])
        return 0.0

    def _stoplisted_candidates(self, m: PlaceMention) -> list[PlaceCandidate]:
        """The GeoNames readings of a stoplisted name a cue made a place; inside a name that keeps its cue
        ("وادي حرض"), those of the name it is named after (placesmiss27)."""
        cands = self.gaz.stoplisted_candidates(m.key)
        if not cands and m.named_after:
            cands = self.gaz.stoplisted_candidates(m.named_after)
        return cands

    def _candidates(self, key: str) -> list[PlaceCandidate]:
        """The places a name may denote.  GeoNames also lists some towns with the word for town
        («مدينة زنجبار» is only Zanzibar there): a town of the same bare name elsewhere (Zinjibar in
        Yemen) is as likely, so both are weighed."""
        cands = self.gaz.candidates(key)
        head, _, bare = key.partition(" ")
        if head in _TOWN_HEADS and bare and cands and all(c.source == "geonames" for c in cands):
            seen = {c.id for c in cands}
            cands += [c for c in self.gaz.candidates(bare) if c.id not in seen and c.kind in POPULATED]
        return cands

    def _in_country_said(self, m: PlaceMention) -> bool:
        """The reading in the country a nationality adjective after the name gives ("طرابلس اللبنانية",
        "قرية دوما الفلسطينية"), or, when no reading is there, that country without a point ("كويتا
        الباكستانية": GeoNames has that spelling only for a US village); False when the adjective decides
        nothing."""
        if m.key in self.ambiguous and not m.cue and m.key.startswith("ال"):
            # "فن العمارة الصينية": a word with an adjective, no place; an indefinite word takes no definite
            # adjective, so "مشهد الإيرانية" is the town
            return False
        country = self.gaz.country(m.country_said)
        if m.key in self.descriptive and country is not None:
            m.candidates = [country]  # "المملكة الأردنية"
            return False
        if any(c.source == "country" for c in m.candidates):
            return False  # "السعودية المصرية": two countries' adjectives, not a town and its country
        here = [c for c in m.candidates if c.country == m.country_said] \
            or self.gaz.by_transliteration(m.key, countries={m.country_said})  # "مصراطة الليبية"
        if here:
            # the adjective outweighs a small village's size: the biggest reading in that country
            m.candidates = here
            m.resolved = max(here, key=lambda c: (c.source in ("supplement",), c.population))
            m.confidence = MIN_CONFIDENCE
            return True
        if country is None or not (m.cue or m.unlisted or m.locative):
            return False
        m.candidates = []
        # the country is known, the point is not: a country's centre would put a town hundreds of km off
        m.resolved = PlaceCandidate(id=f"ctx:{m.key}", name_en=None, country=country.country, lat=None,
                                    lon=None, kind=m.cue_kind or "place", source="context", score=0.0)
        return True

    def _unlisted_candidates(self, m: PlaceMention, region: set[str] | None) -> list[PlaceCandidate]:
        """GeoNames places in Latin for a name no list has (a cue's, the locative slot's, a hashtag's)."""
        if m.cue_kind == "hashtag":  # only in a text about the region, then anywhere in it (الخفجي beside الكويت)
            if not (region and region & TRANSLIT_COUNTRIES):
                return []
            return self.gaz.by_transliteration(m.key, countries=TRANSLIT_COUNTRIES,
                                               min_score=CLOSE_TRANSLIT_MIN_SCORE)
        if not region:  # no country in the text to look in: only a close spelling-out is believed
            return self.gaz.by_transliteration(m.key, min_score=CLOSE_TRANSLIT_MIN_SCORE)
        return self.gaz.by_transliteration(m.key, countries=region)

    def _decide(self, m: PlaceMention, ctx: ArticleContext, i: int, region: set[str] | None) -> bool:
        """Resolve one mention; False when it is dropped."""
        if m.country_said and self._in_country_said(m):
            return True
        if not self._narrow_to_article(m, ctx):
            return False
        if not m.candidates and (m.cue or m.unlisted):
            m.candidates = self._unlisted_candidates(m, region)
        m.candidates = _country_before_namesakes(m)
        if not m.candidates:
            # a cue (or the locative slot) says it is a place; no list says where, unless the place
            # it is named after does
            m.resolved = self._named_after(m, ctx, i)
            return (m.cue is not None or m.unlisted) and m.cue_kind != "hashtag"
        # a list and a key read in C, not a generator and a lambda (the first of the best, as before)
        best_score, best = max([(self._score(c, m, ctx, i), c) for c in m.candidates], key=_SCORE)
        if m.key in self.ambiguous:
            chosen = self._ambiguous_reading(m, ctx, i, best_score, best)
            if chosen is None:
                return False
            best_score, best = chosen
        if self._namesake_of_a_part(m, best, ctx, i):
            m.candidates = []
            return True  # a neighbourhood of a town the text names, not the far town of that name
        best = _countryless_instead(m, best, ctx, i)
        if best.source in ("country", "supplement") or best_score >= self._bar(m, best, ctx, i):
            if _lone_town_abroad(m, best, ctx, i):
                m.candidates = []
                return m.locative  # a place of the text's own country where a preposition or a list says so
            m.resolved, m.confidence = best, best_score
            return True
        if m.cue is not None:
            m.candidates = []
            return True  # a place, but not this far-away namesake
        return False

    def _ambiguous_reading(self, m: PlaceMention, ctx: ArticleContext, i: int, best_score: float,
                           best: PlaceCandidate) -> tuple[float, PlaceCandidate] | None:
        """The reading of a name that is also an everyday word, or None when it is the word: without a
        cue or a locative word it needs its country to be what the article is about; "مشارف العين" in a
        report from Abyan is the namesake near the places of the country the text is about, not Al Ain
        of the Emirates it names nowhere (with no namesake there, as for عدن in a report that names only
        the Emirates' aid, the reading stands).  Where it stands as an adjective stands (right after a
        definite word, or an indefinite ة word after one in ة), the country does not make it the place."""
        if not (m.cue or self._placed_by_preposition(m, ctx)) and (
                m.definite_slot or m.adjective_slot or ctx.country_share(best.country, i) < AMBIGUOUS_COUNTRY_SHARE):
            return None  # in an adjective's slot (اللحية البيضاء، حاجة ماسة) the word, even in its country's news
        if not _abroad(best, ctx, i):
            return best_score, best
        home = [c for c in m.candidates if not _abroad(c, ctx, i) and ctx.near(c, i)]
        return max(((self._score(c, m, ctx, i), c) for c in home), key=lambda x: x[0], default=(best_score, best))

    def _placed_by_preposition(self, m: PlaceMention, ctx: ArticleContext) -> bool:
        """Whether the locative word before an ambiguous name makes it the place: for most it does ("في عدن");
        for a name that is, after a preposition, mostly the everyday word ("في مشهد مؤثر" in a moving scene,
        "في الزاوية العليا" in the top corner) only when the article names a country of one of its readings by
        some other name ("في مشهد، شمال شرق إيران")."""
        if not m.locative:
            return False
        if m.key not in self.words_after_preposition:
            return True
        named = ctx.named_countries(m.key)
        return any(c.country in named for c in m.candidates)

    @staticmethod
    def _narrow_to_article(m: PlaceMention, ctx: ArticleContext) -> bool:
        """Keep the readings the article's countries allow, for names that need them; False when
        the mention is then no place."""
        if m.stoplisted:
            # "منطقة الوفرة", "#سحاب": a name that is also an everyday word is the place only in a
            # text that names the place's country otherwise (a hashtag's, in the Arab world and its
            # neighbours: #كورونا is no Corona of a country the text names)
            named = ctx.named_countries(m.key)
            if m.cue_kind == "hashtag":
                named &= TRANSLIT_COUNTRIES
            m.candidates = [c for c in m.candidates if c.country in named]
            return bool(m.candidates)
        if _namesakes(m):
            # السيدة زينب (Cairo, Damascus), الأشرفية (Beirut, Aleppo): the one in a country the text
            # names; in a text that names only other countries, a namesake there
            named = ctx.named_countries(m.key)
            here = [c for c in m.candidates if c.country in named]
            if here or named:
                m.candidates = here
            return bool(m.candidates) or m.cue is not None
        return True

    def _named_after(self, m: PlaceMention, ctx: ArticleContext, i: int) -> PlaceCandidate | None:
        """"مرفأ بيروت", "مطار دمشق": a port or an airport no list knows is put, approximately, at the
        town it is named after (a town rather than the country of the same name).  Squares, streets
        and mosques are named after far places too (ساحة عدن in Baghdad, شارع بغداد in Damascus)."""
        if not m.named_after:
            return None
        cands = self.gaz.candidates(m.named_after)
        if m.cue_kind not in NAMED_AFTER_THEIR_TOWN:
            # "مقبرة صبحان": a facility named after a district or small town of a country the text
            # names stands in it; one named after a city may stand anywhere (شارع بغداد in Damascus)
            named = ctx.named_countries(m.key)
            cands = [c for c in cands if c.kind in _SMALL_PLACES and c.country in named and c.lat is not None]
            if not cands:
                return None
        towns = _towns_named(cands, m.cue_kind)
        if not towns:
            return None
        c = max(towns, key=lambda c: self._score(c, m, ctx, i))
        return PlaceCandidate(id=f"ctx:{m.key}", name_en=None, country=c.country, lat=c.lat, lon=c.lon,
                              kind=m.cue_kind or "place", admin1=c.admin1, source="context", score=0.0)

    def _namesake_of_a_part(self, m: PlaceMention, best: PlaceCandidate, ctx: ArticleContext, i: int) -> bool:
        """"حي المرج" in a report from Cairo is not Al Marj in Libya: a neighbourhood (its cue says so)
        read as a GeoNames town far from the places the text names, or, in a text that names no
        town, of a country it does not name; "حيي الأندلس والرسالة" in Fallujah is no region of Spain
        either (a neighbourhood is never a region or a province)."""
        others = False     # a loop, not any(generator): asked ~10 times an article
        for j, _ in ctx.anchors:
            if j != i:
                others = True
                break
        town = best.source in ("geonames", "translit") and best.kind in POPULATED
        # placeshare26: in a country no other name of the text points to while others do, the name's own
        # mentions are no anchor for it ("حي العزيزية ... سكان العزيزية" in a report from Khobar: the Libyan
        # town is not near itself); in a text that names nothing else they still are ("أحياء عدن ... في عدن")
        alone = _in_an_unnamed_country(best, ctx, i)
        if m.cue in self.local_cues and town and not best.capital:
            # "منطقة القيروان" in a report from Kuwait: an area of the country the text is about, not a town
            # abroad in a country the text names nowhere else
            return _in_an_unnamed_country(best, ctx, i) and not ctx.near(best, i, choosing=True)
        region = best.source == "supplement" and best.kind not in POPULATED and best.kind != "country"
        return (m.cue_kind in PARTS_OF_TOWNS and (town or region)
                and (others or ctx.country_share(best.country, i) <= 0)
                and not ctx.near(best, i, choosing=alone))

    def _bar(self, m: PlaceMention, best: PlaceCandidate, ctx: ArticleContext, i: int) -> float:
        """The score a GeoNames-only reading needs: lower after a cue, higher for very short names."""
        letters = len(m.key.replace(" ", ""))
        if m.cue:
            return MIN_CONFIDENCE - W_CUE_TRUST
        if letters <= 2:
            return MIN_CONFIDENCE_NO_CUE_SHORT if self._told_by_hamza(m, best, ctx, i) else math.inf
        return MIN_CONFIDENCE_NO_CUE_SHORT if letters == 3 else MIN_CONFIDENCE

    def _told_by_hamza(self, m: PlaceMention, best: PlaceCandidate, ctx: ArticleContext, i: int) -> bool:
        """placesmiss28: a two-letter name with no cue ("في إب", "وإب" in a list) is the place when it is written
        with the hamza that tells it from the everyday word (إب Ibb, أب "father": place_cues.yaml
        `short_names_by_hamza`) and the article's other places are evidence of its country (تعز، صنعاء).  Any
        name of one country is not enough: "عين" of the outlet "عين اليوم" is a Yemeni village's name, and a
        hieroglyphic name spelt out ("واح-إب-رع") in such an Egyptian report is no Ibb."""
        letters = "".join(ch for ch, _ in _vowel_marks(m.span.text))
        return (any(letters.endswith(form) and len(letters) - len(form) <= 2 for form in self.short_by_hamza)
                and ctx.country_share(best.country, i) > 0)

    def _describes(self, m: PlaceMention, ctx: ArticleContext, i: int, mentions: list[PlaceMention]) -> bool:
        """"المملكة" stands for the listed country the article's other places point to (the first
        listed after a preposition when none does); otherwise it is left out.  A country named by its
        own name only after the description is no antecedent of it: "تأليب الرأي على المملكة ... تجاه
        البحرين واليمن" in a Saudi report is Saudi Arabia."""
        ccs = self.descriptive.get(m.key)
        if not ccs:
            return True
        share = {cc: ctx.country_share(cc, i) - _named_only_after(mentions, ctx, i, cc) for cc in ccs}
        best = max(ccs, key=lambda cc: share[cc])
        if share[best] <= 0 and not m.locative:
            # adjectives22: with no place of its country, a nationality adjective still says which kingdom it is
            # ("وزارة الزراعة السعودية ... في جميع مناطق المملكة").  Not for a locative one, which stays the first
            # listed: there an adjective of people from elsewhere misleads (on the feed, "في المملكة" of a Saudi
            # report with a Moroccan or Bahraini in it)
            best = next((cc for cc in ccs if cc in ctx.by_adjective), None)
            if best is None:
                return False
        cand = self.gaz.country(best)
        if cand is None:
            return False
        m.candidates = [cand]
        m.described = True
        return True

    def _by_vowels(self, m: PlaceMention) -> list[PlaceCandidate]:
        """Homographs written with the marks that tell them apart (عُمان Oman, عمّان Amman)
        keep only the readings in the country those marks point to."""
        if _MARKS.isdisjoint(m.span.text):
            return m.candidates     # no vowel mark at all (most names): no letter-by-letter reading
        written = _vowel_marks(m.span.text)
        if not any(marks for _, marks in written):
            return m.candidates
        for form, cc in self.vowelled:
            if _marks_fit(form, written):
                kept = [c for c in m.candidates if c.country == cc]
                return kept or m.candidates
        return m.candidates

    def _no_evidence(self, m: PlaceMention) -> bool:
        """Whether a mention says nothing of the article's country: no reading, stoplisted, or never kept."""
        return not m.candidates or m.stoplisted or self._never_kept(m)

    def _never_kept(self, m: PlaceMention) -> bool:
        """Whether the mention is dropped whatever the article's geography: a word of its own (`_word_of_its_own`),
        or a name that is also an everyday word standing, with no cue or locative word, where an adjective stands
        (`_ambiguous_reading`: "الاستثمارات الداخلة" incoming investments, "اللحية البيضاء")."""
        if self._word_of_its_own(m):
            return True
        return m.key in self.ambiguous and not (m.cue or m.locative) and (m.definite_slot or m.adjective_slot)

    def _word_of_its_own(self, m: PlaceMention) -> bool:
        """A name read by stripping a proclitic off a word that is itself a commoner word
        (فترات is not ف + Trat, كريمة not ك + Raymah, بأمان not ب + Amman): the word wins."""
        if not m.written or m.cue:
            return False
        whole, stem = self.vocabulary.zipf(m.written), self.vocabulary.zipf(m.key.split()[0])
        return whole >= COMMON_ZIPF and whole > stem + WRITTEN_OVER_STEM_ZIPF

    @staticmethod
    def _borrow_coordinates(kept: list[PlaceMention]) -> None:
        """A place no list knows (حي الجيزة البحرية, مسجد العنود, قرية كوفا) is put, approximately,
        where the text places it: at the point a relative description right after it gives
        ("السالينى، على بعد 60 كيلومترا جنوب غربي مقديشو"), else at the nearest named town of
        its sentence or the one before."""
        main = _main_countries(kept)
        for i, m in enumerate(kept):
            if m.resolved is not None:
                continue
            anchor, point = _described_point(kept, i)
            anchor = anchor or _holding_town(kept, i) or _town_right_after(kept, i, main)
            # a named facility (معهد، مستشفى) is placed only by a town of its own sentence
            reach = 0 if m.cue_kind in _FACILITIES else 1
            first, last = m.sentence - reach, m.sentence
            # a neighbourhood is part of a town, not at a province's point ("شمال سيناء ... بحي الزهور ... العريش")
            wide = _BROAD | {"province"} if m.cue_kind in PARTS_OF_TOWNS else _BROAD
            # a town of the article's main country first: "مقبرة صبحان ... #أحمد_براك" is not in Prague; of its own
            # sentence before the sentence before ("منطقة الشدادي التي يسيطر عليها التنظيم في ريف الحسكة" after a
            # sentence on درعا is by الحسكة); a town of the country the text says holds it before those
            # ("منطقة بني خولان باليمن قرب صعدة" in a Saudi text is by صعدة, not by مكة of its sentence)
            said = _country_holding(kept, i)
            for countries in ((said,), main, None) if said else (main, None):
                anchor = anchor or _nearest_town(reversed(kept[:i]), lambda s, last=last: s < last, countries, wide) \
                    or _nearest_town(kept[i + 1:], lambda s, last=last: s > last, countries, wide) \
                    or _nearest_town(reversed(kept[:i]), lambda s, first=first: s < first, countries, wide)
            if said and (anchor is None or anchor.country != said):
                anchor = None   # the country is known, the point is not: a town elsewhere would put it in another
                m.resolved = PlaceCandidate(id=f"ctx:{m.key}", name_en=None, country=said, lat=None, lon=None,
                                            kind=m.cue_kind or "place", source="context", score=0.0)
            if anchor is not None:
                lat, lon = point if point else (anchor.lat, anchor.lon)
                m.resolved = PlaceCandidate(id=f"ctx:{m.key}", name_en=None, country=anchor.country,
                                            lat=lat, lon=lon, kind=m.cue_kind or "place",
                                            admin1=anchor.admin1, source="context", score=0.0)


def _towns_named(cands: list[PlaceCandidate], cue_kind: str | None) -> list[PlaceCandidate]:
    """Where a facility named after `cands` may stand: a town of that name rather than the country of
    the same name (مطار الكويت), but inside the country a name is first of all (مرفأ لبنان is not in
    Lebanon, Tennessee: the country itself when no town of its name lies in it); a hospital named
    after a country may be anywhere (مستشفى الكويت in Sanaa)."""
    placed = [c for c in cands if c.lat is not None]
    states = {c.country for c in placed if c.kind == "country"}
    if states and cue_kind not in NAMED_AFTER_THEIR_COUNTRY:
        return []
    towns = [c for c in placed if c.kind not in _BROAD]
    if states:
        return [c for c in towns if c.country in states] or [c for c in placed if c.kind == "country"]
    return towns or placed


def _country_before_namesakes(m: PlaceMention) -> list[PlaceCandidate]:
    """A country's name with no cue word is the country, not a town of another country that bears its name
    (بنين is Benin, not Benin City in Nigeria, even in a text that names Nigeria).  Towns of the country itself
    stay (its capital: الكويت، تونس), and so do other countries' capitals (عمان: Oman or Amman, the context
    decides), as does any reading after a cue word ("مدينة بنين")."""
    own = {c.country for c in m.candidates if c.source == "country"}
    if m.cue is not None or not own:
        return m.candidates
    return [c for c in m.candidates
            if c.country in own or c.capital or c.source not in ("geonames", "translit")]


def _in_an_unnamed_country(cand: PlaceCandidate, ctx: ArticleContext, i: int, by_adjective_too: bool = False) -> bool:
    """The text names countries (by their names or their places; or, with `by_adjective_too`, by a
    nationality adjective alone), none of them the candidate's, nor by a nationality adjective ("بمنطقة
    تطاوين ... الحدود التونسية")."""
    others = sum(ctx.countries.values()) - sum(ctx.own.get(i, _NO_WEIGHT).values())
    return (others > 0 or by_adjective_too and bool(ctx.by_adjective)) and ctx.country_share(cand.country, i) <= 0 \
        and cand.country not in ctx.by_adjective


def _countryless_instead(m: PlaceMention, best: PlaceCandidate, ctx: ArticleContext, i: int) -> PlaceCandidate:
    """"البحر الأحمر" in a report from Yemen is the sea, not Egypt's Red Sea Governorate: a province reading
    in a country the text names nowhere (by a name, a place or an adjective) while it names others gives way
    to a reading that lies in no one country (a sea, a region across borders)."""
    if best.kind != "province" or not _in_an_unnamed_country(best, ctx, i, by_adjective_too=True):
        return best
    return next((c for c in m.candidates if c.country is None and c.kind in _BROAD), best)


def _abroad(cand: PlaceCandidate, ctx: ArticleContext, i: int) -> bool:
    """A town (not a capital) in a country the text names nowhere, by a name, a place or a nationality
    adjective, where it names another: "مشارف العين" in a report from Abyan is no Al Ain of the UAE."""
    if cand.kind not in POPULATED or cand.capital or cand.source not in ("geonames", "translit"):
        return False
    return _in_an_unnamed_country(cand, ctx, i, by_adjective_too=True)


def _lone_town_abroad(m: PlaceMention, best: PlaceCandidate, ctx: ArticleContext, i: int) -> bool:
    """placesfalse27: a one-word name said once with no cue whose reading is a mid-size town abroad (GeoNames, no capital, under
    LONE_TOWN_MAX_POPULATION) in a country the text names nowhere, by a name, another place or an adjective, while it
    names others, and near none of its other places, is no such town: news that names a town abroad names its country
    or its neighbours.  It is an everyday word ("أدوا الصلاة", "جوهر الأشياء", "الجبال الشامخة", "الكسوة الداخلية")
    or a namesake of the text's own country ("شاطئ العزيزية" in Dammam, "الأفلاج، والحوطة والخرج" in Riyadh's
    province, "سيطرت على المفرق" in Yemen): the first is no place, the second (after a preposition or in a list)
    a place of no known point, which `_borrow_coordinates` may place by its neighbours."""
    if m.cue is not None or " " in m.key or best.population >= LONE_TOWN_MAX_POPULATION \
            or (m.locative and best.population >= LONE_PLACED_TOWN_MAX_POPULATION) \
            or len(ctx.same_name.get(i, ())) > 1 or best.country in ctx.by_adjective:
        return False  # said more than once (a report about Jazan that names Yemen once is still about Jazan)
    if m.in_next or m.bearing is not None or m.offset_km is not None:
        return False  # the text says where it lies ("نقيل سمارة بمحافظة إب", "مركز نزوى في محافظة وادي الدواسر")
    others = sum(ctx.countries.values()) - sum(ctx.own.get(i, _NO_WEIGHT).values())
    return (others >= LONE_TOWN_OTHERS and _abroad(best, ctx, i) and ctx.country_share(best.country, i) <= 0
            and not ctx.near(best, i, choosing=True))


def _namesakes(m: PlaceMention) -> bool:
    """Whether a name's readings are all districts or towns of the supplement, in several countries."""
    local = [c for c in m.candidates if c.source == "supplement" and c.kind in _LOCAL_KINDS]
    return len(local) == len(m.candidates) and len({c.country for c in local}) > 1


def _one_reading_per_name(kept: list[PlaceMention]) -> None:
    """A name the text has once said is a town ("العاصمة عمان", "مدينة طرابلس") means the same town
    where it is repeated bare (#أمانة_عمان_الكبرى); a province's or a wadi's cue says nothing of the
    town of the same name."""
    decided: dict[str, PlaceCandidate] = {}
    for m in kept:
        if m.cue_kind in _TOWN_CUES and m.resolved is not None:
            decided.setdefault(m.key, m.resolved)
    for m in kept:
        if not m.cue and m.key in decided and m.resolved is not None:
            m.resolved = decided[m.key]


def _said_once_placed(kept: list[PlaceMention], held: list[PlaceMention]) -> list[PlaceMention]:
    """An ambiguous name (عدن is also "Eden") that a cue word of the text has once placed ("بمحافظة عدن") is
    that place where it stands bare too ("منذ دخول الحوثيين عدن"); a preposition alone does not place it
    ("في العين" is also "in the eye")."""
    placed = {m.key: m for m in kept if m.cue and m.resolved is not None}
    back = [m for m in held if m.key in placed]
    if not back:
        return kept
    for m in back:
        m.resolved, m.confidence = placed[m.key].resolved, placed[m.key].confidence
    return sorted(kept + back, key=lambda m: m.span.start)


def _beside_its_mates(kept: list[PlaceMention]) -> list[PlaceMention]:
    """saudiplaces27: a seat named by an everyday word that the recogniser kept only for a place beside it in a list,
    or after it ("في الحرث بمنطقة جازان"), `needs_mate`, is that seat only where such a place of its sentence lies in
    its country: "في الطائف وتربة" is Turabah, "غزة والقرى" no Saudi town.  A mate may be such a seat itself,
    placed by a mate of its own ("في المذنب والرس"; "الدائر وهروب والطوال")."""
    if not any(m.needs_mate for m in kept):
        return kept
    placed = [not m.needs_mate for m in kept]
    while True:
        newly = [i for i, m in enumerate(kept) if not placed[i] and _has_a_placed_mate(kept, placed, i)]
        if not newly:
            return [m for m, ok in zip(kept, placed, strict=True) if ok]
        for i in newly:
            placed[i] = True


def _has_a_placed_mate(kept: list[PlaceMention], placed: list[bool], i: int) -> bool:
    """Whether a placed mention right before or after mention i, in its sentence, lies in its country."""
    m = kept[i]
    if m.resolved is None:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(kept) and placed[j] and kept[j].sentence == m.sentence:
            other = kept[j].resolved
            if other is not None and other.country == m.resolved.country:
                return True
    return False


def _same_name(mentions: list[PlaceMention]) -> dict[int, frozenset[int]]:
    """Each mention's index mapped to the indices of every mention of its name."""
    same: dict[str, set[int]] = {}
    for i, m in enumerate(mentions):
        same.setdefault(m.key, set()).add(i)
    return {i: frozenset(same[m.key]) for i, m in enumerate(mentions)}


def _by_name(mentions: list[PlaceMention], own: dict[int, dict[str, float]]) -> dict[int, dict[str, float]]:
    """Each mention's contribution widened to that of every mention of the same name."""
    per_name: dict[str, dict[str, float]] = {}
    for i, mine in own.items():
        _add_weights(per_name.setdefault(mentions[i].key, {}), mine)
    return {i: per_name[mentions[i].key] for i in own}


def _add_weights(total: dict[str, float], weights: dict[str, float]) -> None:
    """`weights` added into `total`, as Counter.update adds them (the same floats in the same order)."""
    for cc, w in weights.items():
        total[cc] = w + total.get(cc, 0)


# A place written right before a compass word and another place ("العامرية غربي بغداد") lies near
# that place: a GeoNames namesake farther than this (plus any distance given) is not it.
DESCRIBED_FAR_KM = 400.0
_NEVER_HELD = {"country", "continent", "region", "province", "landmark"}  # kinds read as they are before في/ب
# placesfalse25: a space, or a comma and a space, between two places of a list; a word between needs at least 4
# (" في ")
JOINED_GAP_CHARS = 3
DESCRIBED_GAP_CHARS = 16  # room for the compass words alone ("جنوب شرقي")
_TOWN_HEADS = frozenset({"مدينه"})


def _not_far_from_where_described(kept: list[PlaceMention]) -> None:
    """Unresolve a GeoNames reading far from the place a relative description right after it names
    ("منطقة العامرية غربي بغداد" is no El Amria in Algeria); the place then borrows that point."""
    for m, nxt in zip(kept, kept[1:], strict=False):
        c, there = m.resolved, nxt.resolved
        if (c is None or there is None or nxt.bearing is None or c.source not in ("geonames", "translit")
                or c.lat is None or there.lat is None or there.kind not in POPULATED
                or nxt.sentence != m.sentence or nxt.span.start - m.span.end > DESCRIBED_GAP_CHARS):
            continue  # "الدمام شرق السعودية": a country's point says nothing of the distance
        if km((c.lat, c.lon), (there.lat, there.lon)) > DESCRIBED_FAR_KM + (nxt.offset_km or 0.0):
            m.resolved, m.candidates = None, []


def _not_far_from_what_holds_it(kept: list[PlaceMention], district_cues: frozenset[str] = frozenset()) -> None:
    """Unresolve a reading in another country than the place the text says holds it ("المنصورة في عدن"
    is no city of Egypt, "جوبر في دمشق" no village of Iran, "سمارة بمحافظة إب" no town of Morocco), when
    that place lies in a country the article is about; the place then borrows the holder's point.  A country
    named so holds a small town of another country's reading in any article (`_in_another_country_said`).  A
    country, region, province, capital or famous building is never so read: it may hold what follows
    ("الشيشان في القوقاز") or be a figure of speech ("البيت الأبيض في طهران")."""
    main = _main_countries(kept)
    for i, (m, nxt) in enumerate(zip(kept, kept[1:], strict=False)):
        c, there = m.resolved, nxt.resolved
        if (not m.in_next or c is None or there is None or c.kind in _NEVER_HELD or c.capital
                or c.source not in ("geonames", "translit", "supplement")):
            continue
        if there.kind in _BROAD:
            if _in_another_country_said(c, _country_holding(kept, i)):
                m.resolved, m.candidates = None, []
            continue
        if (c.country != there.country and there.country in main) or \
                (nxt.cue in district_cues and _far_from_its_district(c, there)):
            m.resolved, m.candidates = None, []


def _country_holding(kept: list[PlaceMention], i: int) -> str | None:
    """The country named right after mention i, after في or a glued ب ("بني خولان باليمن", "قرية كرعة في
    اليمن": the recogniser's `in_next`) or a compass word ("غرب فرنسا"): the text says the place lies there."""
    if i + 1 >= len(kept) or kept[i + 1].cue_kind not in (None, "country"):
        return None  # "بولاية جورجيا": after a province cue the name is a state's, not the country's
    m, nxt = kept[i], kept[i + 1]
    there = nxt.resolved
    if there is None or there.kind != "country":
        return None
    # or after a compass word: "مرفأ لوريان غرب فرنسا" (as `_in_the_country_described` reads a listed name)
    described = (nxt.bearing is not None and nxt.sentence == m.sentence
                 and nxt.span.start - m.span.end <= DESCRIBED_GAP_CHARS)
    return there.country if m.in_next or described else None


def _in_another_country_said(c: PlaceCandidate, said: str | None) -> bool:
    """A small town's reading in another country than the one named right after it ("الرباط في اليمن" is no
    Rabat): the text says which country holds it.  A sizeable town may be where people come from ("جنود من
    جازان في اليمن"), and is left to its reading."""
    return (said is not None and c.country is not None and c.country != said
            and c.kind in POPULATED and c.population < SIZEABLE_TOWN and c.source in ("geonames", "translit"))


def _inside_its_town(kept: list[PlaceMention]) -> None:
    """spots33: a quarter (حي X, or each quarter of "أحياء X وY وZ") lies inside the town named right after it or
    after its list, after في or a glued ب ("حي الميسر بمدينة حلب", "أحياء الميسر والصاخور والكلاسة بحلب"): a
    GeoNames or look-alike reading in another country than that town is a namesake (a Turkish village for an
    Aleppo quarter), whatever country the article names most; the quarter then borrows the town's point.
    `_not_far_from_what_holds_it` asks the holder to lie in a main country, since a town or village may be said
    to lie in a foreign place loosely; a quarter may not, and a list's first members have no holder of their own."""
    for i, m in enumerate(kept):
        c = m.resolved
        if (m.cue_kind not in PARTS_OF_TOWNS or c is None or c.capital or c.country is None
                or c.source not in ("geonames", "translit")):
            continue
        there = _town_after_the_quarters(kept, i)
        if there is not None and there.country != c.country:
            m.resolved, m.candidates = None, []


def _holding_town(kept: list[PlaceMention], i: int) -> PlaceCandidate | None:
    """spots33: the town a quarter lies in, by the text (`_town_after_the_quarters`), of whatever country: "حي الميسر
    بمدينة حلب" in a report that names Turkish towns more often is still in Aleppo."""
    if kept[i].cue_kind not in PARTS_OF_TOWNS | HELD_BY_THE_NEXT:
        return None
    there = _town_after_the_quarters(kept, i)
    return there if there is not None and there.lat is not None and there.kind not in _BROAD else None


def _town_after_the_quarters(kept: list[PlaceMention], i: int) -> PlaceCandidate | None:
    """The town (or province) that the text says holds quarter i: the place right after it, or right after the
    list of quarters it opens ("أحياء X وY بحلب": the list's mates share its cue and stand a و or a comma
    apart), after في or a glued ب (`in_next`)."""
    j = i
    while not kept[j].in_next and j + 1 < len(kept) and kept[j + 1].cue == kept[i].cue \
            and kept[j + 1].sentence == kept[i].sentence \
            and kept[j + 1].span.start - kept[j].span.end <= JOINED_GAP_CHARS:
        j += 1
    if not kept[j].in_next or j + 1 >= len(kept):
        return None
    there = kept[j + 1].resolved
    if there is None or there.country is None or there.kind in ("continent", "region", "landmark"):
        return None   # a region may lie across borders, a landmark is a figure of speech: they decide nothing
    return there


def _far_from_its_district(c: PlaceCandidate, there: PlaceCandidate) -> bool:
    """"منطقة العين التابعة لمديرية مودية": a small GeoNames (or look-alike) namesake in the country of the district
    the text says holds it, but farther than LIST_NEAR_KM from the town the district is named after, is another
    village of that name (Al Ayn by Taiz, 220 km off); the place then borrows the district's point.  A sizeable
    town is left to its reading."""
    if (c.country != there.country or c.lat is None or there.lat is None or c.population >= SIZEABLE_TOWN
            or c.source not in ("geonames", "translit")):
        return False
    return km((c.lat, c.lon), (there.lat, there.lon)) > LIST_NEAR_KM


def _in_the_country_described(kept: list[PlaceMention]) -> None:
    """"ولاية البنجاب بشمال الهند": a place right before a compass word and a country lies in that country.  A
    reading in another country gives way to the name's reading in that one (both Punjabs are listed); with none
    there, a GeoNames namesake is no reading of it, and the place borrows a point from its text.  Countries and
    regions are not so read ("تركيا شمال سوريا" names two countries side by side).  The name said again
    elsewhere with the first reading ("هجوم في البنجاب" in the headline) is the same place."""
    moved: dict[tuple[str, str], PlaceCandidate | None] = {}
    for m, nxt in zip(kept, kept[1:], strict=False):
        c, there = m.resolved, nxt.resolved
        if c is None or there is None or not _in_another_country_described(m, nxt):
            continue
        here = [k for k in m.candidates if k.country == there.country and k.kind not in _BROAD]
        if here:
            m.resolved = max(here, key=lambda k: (k.source == "supplement", k.population))
        elif c.source in ("geonames", "translit") and not c.capital:
            # the country is known, the point is not (as for "كويتا الباكستانية" with no reading there)
            m.resolved = PlaceCandidate(id=f"ctx:{m.key}", name_en=None, country=there.country, lat=None, lon=None,
                                        kind=m.cue_kind or "place", source="context", score=0.0)
        else:
            continue
        moved[(m.key, c.id)] = m.resolved
    for m in kept:
        if m.resolved is not None and (m.key, m.resolved.id) in moved:
            m.resolved = moved[(m.key, m.resolved.id)]


def _in_another_country_described(m: PlaceMention, nxt: PlaceMention) -> bool:
    """Whether the mention right after m is a country after a compass word ("بشمال الهند") of its own sentence,
    and m (a place inside a country, not a country or region) is read in another one."""
    c, there = m.resolved, nxt.resolved
    return (nxt.bearing is not None and there.kind == "country" and c.kind not in _BROAD and c.country is not None
            and c.country != there.country and nxt.sentence == m.sentence
            and nxt.span.start - m.span.end <= DESCRIBED_GAP_CHARS)


def _near_the_list(kept: list[PlaceMention]) -> None:
    """"قرى مشرعة وحدنان": an unseen word joined to a list of places lies near the place before it; a Latin
    look-alike (translit) farther off is no reading of it, and the place is put by the text instead
    (`_borrow_coordinates`)."""
    for i, m in enumerate(kept):
        c = m.resolved
        if not m.joined or c is None or c.source != "translit":
            continue
        b = next((k.resolved for k in reversed(kept[:i]) if k.resolved is not None and k.resolved.lat is not None), None)
        if b is None or km((c.lat, c.lon), (b.lat, b.lon)) > LIST_NEAR_KM:
            m.resolved = None


def _near_its_sentence(kept: list[PlaceMention]) -> None:
    """"منطقة الحوبان ... في تعز", "قرى سيعة ... بجبل صبر": a Latin look-alike (translit) of a name no list
    has is no reading of it when every listed town of its own sentence lies farther than LIST_NEAR_KM from it
    (a province farther than PROVINCE_NEAR_KM): the text says where the place is, and the place borrows that
    point instead (`_borrow_coordinates`).  A sentence that names no listed town or province of the article's
    main countries decides nothing (a far reading there may be the wrong one: "منطقة بركي براك" is no Prague)."""
    main = _main_countries(kept)
    overruled: set[tuple[str, str]] = set()
    for m in kept:
        c = m.resolved
        if c is None or not _look_alike(m, c) or c.lat is None or m.country_said or c.population >= SIZEABLE_TOWN:
            continue  # "مدينة مصراطة الليبية": a look-alike in the country the text says, or of a sizeable town, stands
        anchors = _sentence_anchors(kept, m, main)
        if anchors and all(km((c.lat, c.lon), (a.lat, a.lon)) > reach for a, reach in anchors):
            m.resolved = None
            overruled.add((m.key, c.id))
    for m in kept:  # the name said again bare is the same place, not the namesake ("استقروا في المالكية")
        if not m.cue and m.resolved is not None and (m.key, m.resolved.id) in overruled:
            m.resolved = None


def _sentence_anchors(kept: list[PlaceMention], m: PlaceMention, main: set[str]) -> list[tuple[PlaceCandidate, float]]:
    """The listed towns and provinces of the article's main countries in m's own sentence, each with the
    distance within which a place of that sentence may lie from it."""
    return [(o.resolved, PROVINCE_NEAR_KM if o.resolved.kind == "province" else LIST_NEAR_KM)
            for o in kept if o is not m and o.sentence == m.sentence and o.resolved is not None
            and o.resolved.lat is not None and o.resolved.source in ("geonames", "supplement")
            and o.resolved.kind not in _BROAD and o.resolved.country in main and o.key != m.key]


def _look_alike(m: PlaceMention, c: PlaceCandidate) -> bool:
    """Whether a reading is only a namesake the sentence may overrule: a Latin look-alike, or a small GeoNames
    town of a name a village cue introduces ("قرية المالكية القريبة" beside Azaz is no town of Hasakah 460 km
    off: villages share their names across a country, and the cue says only that it is a village)."""
    return c.source == "translit" or (c.source == "geonames" and m.cue_kind == "village")


def _described_point(kept: list[PlaceMention], i: int):
    """The point a relative description right after mention i gives ("على بعد 60 كيلومترا جنوب غربي مقديشو")."""
    m = kept[i]
    for nxt in kept[i + 1:i + 2]:
        c = nxt.resolved
        if (nxt.sentence == m.sentence and c is not None and c.lat is not None and nxt.offset_km
                and nxt.bearing is not None and nxt.span.start - m.span.end < 60):
            return c, offset_point(c.lat, c.lon, nxt.offset_km, nxt.bearing)
    return None, None


def _town_right_after(kept: list[PlaceMention], i: int, main: set[str]) -> PlaceCandidate | None:
    """The town named right after a place no list knows, after a preposition or a cue, which says
    where it is ("مستشفى "شينغوا" بالعاصمة بكين", "حي الصفا في العريش"), rather than a town named
    earlier in the sentence; one of the article's main countries, when it has some."""
    m = kept[i]
    for nxt in kept[i + 1:i + 2]:
        c = nxt.resolved
        if (nxt.sentence == m.sentence and (nxt.locative or nxt.cue) and c is not None and c.lat is not None
                and c.kind not in _BROAD and (not main or c.country in main)
                and nxt.span.start - m.span.end <= TOWN_RIGHT_AFTER_CHARS):
            return c
    return None


def _nearest_town(mentions, too_far, countries: set[str] | None = None,
                  wide: frozenset[str] | set[str] = frozenset(_BROAD)) -> PlaceCandidate | None:
    """The first resolved town among `mentions` (in the order given) before `too_far(sentence)` holds
    (one in `countries`, when given), passing over places of the kinds in `wide`."""
    for other in mentions:
        if too_far(other.sentence):
            break
        c = other.resolved
        if c is not None and c.lat is not None and c.kind not in wide and (countries is None or c.country in countries):
            return c
    return None


def _main_countries(kept: list[PlaceMention]) -> set[str]:
    """The countries most of the article's distinct resolved names lie in."""
    names: dict[str, set[str]] = {}
    for m in kept:
        if m.resolved is not None and m.resolved.country:
            names.setdefault(m.resolved.country, set()).add(m.key)
    top = max((len(v) for v in names.values()), default=0)
    return {cc for cc, v in names.items() if len(v) == top}


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


    def within(self, start: int, end: int) -> bool:
        """Whether an actor's span lies inside [start, end)."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return any(self.actors[k].span.end <= end for _, k in self.by_start[lo:hi])


def _acts_by_name(m: PlaceMention, spans: _ActorSpans) -> bool:
    """A building that is also the body housed in it, read as an actor on the same words (البيت الأبيض،
    الكرملين): in the agent slot ("نفى البيت الأبيض") it is that body acting, no place.  Not a seat
    of government ("قالت واشنطن"), a town, which stays a place as before."""
    return m.resolved is not None and m.resolved.kind == "landmark" and spans.same(m.span.start, m.span.end) is not None


def drop_actor_shadows(places: list[PlaceMention], actors) -> list[PlaceMention]:
    """Remove place readings that are really parts of actor names or actors themselves.

    * a country in the agent slot of its clause ("قالت الولايات المتحدة", "إيران ترفض") is the
      actor there, not a place; in any other role ("في إيران", "حدود إيران", "قصف اليمن") it is
      a place (SCHEMA.md), whether or not an actor mention covers it too;
    * so is a building named as the body in it ("نفى البيت الأبيض"), when an actor has its words;
    * an operation's name ("عملية صوفيا") is no place, whatever town shares it;
    * a cue word before an actor's name ("معسكرات مليشيات الحوثي") describes the group's camps: no place
      no list knows is named there.
    """
    # a country the article also uses as a place keeps every mention of its name (the
    # article's place has them all); one named only as the acting party is an actor only
    as_place = {m.resolved.id for m in places if m.resolved is not None and not m.agent}
    out = []
    spans = _ActorSpans(actors)
    for m in places:
        c = m.resolved
        if c is not None and m.agent and c.id not in as_place and (c.kind == "country" or _acts_by_name(m, spans)):
            continue
        if m.cue and (c is None or c.source == "context") and spans.within(m.span.start, m.span.end):
            continue
        inside = spans.around(m.span.start, m.span.end)
        if inside is not None and c is not None and c.source in ("geonames", "translit") and \
                inside.name.split()[0] in ("عملية", "عمليه"):
            continue
        out.append(m)
    return out


_AREA_KINDS = frozenset({"country", "region", "continent", "province"})
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class ProperName:
    """The proper name inside a listed name, which a place's mention covers (place_cues.yaml
    `name_classifiers`, `honorific_epithets`): قطاع غزة is the noun قطاع and the name غزة, مكة المكرمة
    the name مكة and an honorific.  The place keeps the whole designation; only the span is narrower."""

    classifiers: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()

    def within(self, m: PlaceMention, candidates) -> Span | None:
        """The span of the proper name in `m`, or None where it is the whole span.  `candidates`
        gives the places a key may denote: an honorific goes only where the name without it is the
        same place (مكة, not المدينة "the city" of المدينة المنورة)."""
        keys = m.key.split()
        words = [(w.start(), w.end()) for w in _WORD.finditer(m.span.text)]
        if m.resolved is None or len(keys) < 2 or len(words) != len(keys):
            return None
        if keys[0] in self.classifiers:
            return _sub_span(m.span, words[1][0], words[-1][1])
        if keys[-1] in self.honorifics and any(c.id == m.resolved.id for c in candidates(" ".join(keys[:-1]))):
            return _sub_span(m.span, words[0][0], words[-2][1])
        return None


def _sub_span(span: Span, start: int, end: int) -> Span:
    return Span(span.start + start, span.start + end, span.text[start:end])


def _admin1(c) -> str | None:
    """An analyst's admin1 (ACLED's): for a place inside a country, the province it lies in, by name
    (resolve/provinces.py), where GeoNames gives only a code ("YE.14"); a province is its own."""
    if c is None:
        return None
    if c.kind in _AREA_KINDS or c.lat is None or c.lon is None:
        return c.admin1 if c.kind == "province" else None
    return province_name(c.country, (c.lat, c.lon)) or c.admin1


def distinct_places(mentions: list[PlaceMention]) -> list[Place]:
    """One Place per resolved entity (or per unknown name), in order of first mention."""
    places: dict[str, Place] = {}
    forms: dict[str, Counter] = {}
    described: dict[str, set[str]] = {}
    for m in mentions:
        c = m.resolved
        ident = c.id if c is not None else f"ctx:{m.key}"
        p = places.get(ident)
        if p is None:
            p = places[ident] = Place(
                name=m.name, id=ident, name_en=c.name_en if c else None,
                country=c.country if c else None, lat=c.lat if c else None, lon=c.lon if c else None,
                kind=(c.kind if c else m.cue_kind), admin1=_admin1(c),
                source=c.source if c else "context",
            )
            forms[ident] = Counter()
            described[ident] = set()
        p.mentions.append(m.named or m.span)
        forms[ident][m.name] += 1
        if m.described:
            described[ident].add(m.name)
    for ident, p in places.items():
        # adjectives22: a country is named by its name (السعودية) before a description of it (المملكة), whichever
        # the text uses more: the description only stands for the name
        ranked = sorted((f for f, _ in forms[ident].most_common()), key=lambda f, i=ident: f in described[i])
        p.name = ranked[0]
        p.aliases = ranked[1:]
    return _one_per_name(list(places.values()))


# two readings of one name this close (or one of them an area) are one place named twice: a town and the province
# named after it ("بمنطقة الرياض" ... "في الرياض"), one province from two sources (Nineveh Governorate, Nineveh
# Province); farther apart they are namesakes (طرابلس of Lebanon and of Libya) and stay two
SAME_NAME_KM = 150.0


def _one_per_name(places: list[Place]) -> list[Place]:
    """One place per name in an article (SCHEMA: every distinct named entity once): a place whose name is that of
    an earlier one nearby, or of an area, gives its mentions to the earlier one."""
    out: list[Place] = []
    by_name: dict[str, list[Place]] = {}
    for p in places:
        key = strip_article(norm(p.name))
        first = next((q for q in by_name.get(key, []) if _same_named_place(q, p)), None)
        if first is None:
            out.append(p)
            by_name.setdefault(key, []).append(p)
            continue
        first.mentions = sorted(first.mentions + p.mentions, key=lambda sp: sp.start)
        first.aliases += [a for a in [p.name] + p.aliases if a != first.name and a not in first.aliases]
    return out


def _same_named_place(a: Place, b: Place) -> bool:
    if a.kind in _AREA_KINDS or b.kind in _AREA_KINDS or None in (a.lat, a.lon, b.lat, b.lon):
        return a.country == b.country or None in (a.country, b.country)
    return km((a.lat, a.lon), (b.lat, b.lon)) <= SAME_NAME_KM
