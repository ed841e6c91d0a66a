"""The claims ledger: figures an analyst must weigh, with who gives them.

Following SCHEMA.md, a figure is a claim when it is
* the strength of a force ("6000 مقاتل", "لا يزيد عددها عن 200 مقاتل",
  "لا يتخطى عددهم 70 شخصا" of an armed group);
* a tally over several incidents or days ("ليبلغ إجمالي القتلى 65",
  "منذ عام 2009 لقي 14 ألف شخص حتفهم", "2.7 مليون نازح", "نزوح 860 ألفا"),
  also a toll whose parts the article then gives town by town;
* one of several figures for the same incident that disagree: two sources
  ("4 جنود" per an officer, "12 جنديا" per the attackers; "مصدر أمني" and
  "مصدر أمني ثان"), a first count and a later one ("في حصيلة أولية"),
  a generic and a specific noun for the same dead ("قتيلا" and "جنديا");
  or a toll given by a party to the fighting;
and not when it is an incident's toll that nothing contradicts (that is
the event's `fatalities`), nor a part of a count given before it ("من
بينهم 3 جنود").  Each claim carries the quantity, the actor it counts, the
place, its source (rasd/extract/attribution.py) and its sentence.

Figures are compared per incident and quantity inside a bounded window (the
last RIVAL_WINDOW figures of a quantity within RIVAL_SENTENCES sentences), so
the ledger's cost grows with the article's length, not with its square.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict, deque
from dataclasses import dataclass

from rasd.extract.attribution import (
    Attribution,
    AttributionLexicon,
    ForceNamer,
    Source,
    SpeakerReader,
    load_attribution_lexicon,
    source_key,
)
from rasd.extract.casualties import CasualtyFinder
from rasd.extract.document import Document
from rasd.lexicons import load_yaml
from rasd.model import ActorRef, Claim, NumberMention, PlaceRef, Span
from rasd.text.clitics import reading_stems
from rasd.text.matcher import PhraseMatcher, name_tokens
from rasd.text.normalise import norm

# Windows, in tokens unless said.  Set on the seed and dev articles; change as a set.
NOUN_REACH = 2          # words between a number and the noun it counts ("200 مقاتل", "5 ألاف مقاتل")
PLACE_REACH = 30        # words around a figure searched for its place
RIVAL_WINDOW = 12       # earlier figures of a quantity a figure is compared with
RIVAL_SENTENCES = 6     # ... within this many sentences (one incident's report)
SCENE_SENTENCES = 2     # sentences searched back for the place of a figure whose sentence names none
SPAN_REACH = 16         # words after a figure searched for the span of time it covers ("منذ مساء الخميس")
SPAN_BEFORE = 10        # ... and before it
TOTAL_PARTS = 6         # later figures tried as the parts of a total (2^6 subsets at most)
TOTAL_SENTENCES = 10    # ... within this many sentences
MARK_BEFORE = 5         # words before a figure searched for "من بينهم" or "حصيلة أولية"
MARK_AFTER = 6          # words after a figure searched for "في حصيلة أولية"
REVISION_BEFORE = 16    # words before it searched for a first count as the statement's subject ("وكانت
                        # حصيلة غير نهائية للتفجير الذي ...، أفادت عن مقتل 17")
COUNT_REACH = 4         # words between a count word ("عددهم") and its number
GROUP_REACH = 20        # words before a generic count searched for the armed group it counts
DISPLACED_BEFORE = 12   # words between "عدد النازحين" and its number ("... من مدينة الفلوجة بلغ أكثر من")
LIST_GAP = 3            # tokens between two counts of one list ("13 من رجال الأمن، و7 مدنيين")


@dataclass
class ClaimLexicon:
    nouns: dict[str, PhraseMatcher[str]]       # quantity -> nouns
    fighter_context: frozenset[str]
    captured_cues: PhraseMatcher[str]
    weapons_cues: PhraseMatcher[str]
    displaced_cues: PhraseMatcher[str]
    attribution: AttributionLexicon
    soldier_nouns: frozenset[str] = frozenset()
    generic_people: PhraseMatcher[str] | None = None
    count_words: frozenset[str] = frozenset()
    displacement_nouns: frozenset[str] = frozenset()
    victims_of: frozenset[str] = frozenset()
    not_people: frozenset[str] = frozenset()
    not_people_before: frozenset[str] = frozenset()
    span_openers: PhraseMatcher[str] | None = None
    span_words: frozenset[str] = frozenset()
    series: PhraseMatcher[str] | None = None
    ongoing: PhraseMatcher[str] | None = None   # "المعارك المتواصلة": fighting that goes on (a series)
    dual_places: frozenset[str] = frozenset()
    since: PhraseMatcher[str] | None = None
    since_words: frozenset[str] = frozenset()
    since_ongoing: frozenset[str] = frozenset()   # "يخوضها منذ أسبوع": for a week, not a week ago
    recalled_when: frozenset[str] = frozenset()   # "منذ 2011، حين قتل": the past incident measured by
    since_durations: frozenset[str] = frozenset()  # "منذ أسبوع" after a word of going on: for a week
    first_count: PhraseMatcher[str] | None = None  # "حصيلة غير نهائية ... أفادت عن": further back
    date_links: frozenset[str] = frozenset()
    several_places: PhraseMatcher[str] | None = None
    others: frozenset[str] = frozenset()
    dual_places_again: frozenset[str] = frozenset()
    ambiguous_fighters: frozenset[str] = frozenset()
    subset: PhraseMatcher[str] | None = None
    subset_after: frozenset[str] = frozenset()
    among_dead: PhraseMatcher[str] | None = None
    revision: PhraseMatcher[str] | None = None
    partisan_kinds: frozenset[str] = frozenset()
    partisan_sources: tuple[str, ...] = ()
    displaced_words: frozenset[str] = frozenset()   # the displaced nouns, matched without their article


def _matcher(words, payload: str) -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for w in words or []:
        m.add(w, payload)
    return m


def _norms(words) -> frozenset[str]:
    return frozenset(norm(w) for w in words or [])


def load_claim_lexicon() -> ClaimLexicon:
    data = load_yaml("claims.yaml")
    nouns = {q: _matcher(data.get(q), q) for q in ("fighters", "captured", "displaced", "weapons")}
    return ClaimLexicon(
        nouns=nouns,
        fighter_context=frozenset(" ".join(name_tokens(w)) for w in data.get("fighter_context") or []),
        captured_cues=_matcher(data.get("captured_cues"), "captured"),
        weapons_cues=_matcher(data.get("weapons_cues"), "weapons"),
        displaced_cues=_matcher(data.get("displaced_cues"), "displaced"),
        attribution=load_attribution_lexicon(data),
        soldier_nouns=_norms(data.get("soldier_nouns")),
        generic_people=_matcher(data.get("generic_people"), "people"),
        count_words=_norms(data.get("count_words")),
        displacement_nouns=_norms(data.get("displacement_nouns")),
        victims_of=_norms(data.get("victims_of")),
        not_people=_norms(data.get("not_people")),
        not_people_before=_norms(data.get("not_people_before")),
        span_openers=_matcher(data.get("span_openers"), "span"),
        span_words=_norms(data.get("span_words")),
        series=_matcher(data.get("series"), "series"),
        ongoing=_matcher([f"{n} {a}" for n in (data.get("ongoing_fighting") or {}).get("nouns") or []
                          for a in (data.get("ongoing_fighting") or {}).get("adjectives") or []], "series"),
        dual_places=_norms(data.get("dual_places")),
        since=_matcher(data.get("since"), "since"),
        since_words=_norms(data.get("since_words")),
        since_ongoing=_norms(data.get("since_ongoing")),
        recalled_when=_norms(data.get("recalled_when")),
        since_durations=_norms(data.get("since_durations")),
        first_count=_matcher(data.get("first_count"), "first"),
        date_links=_norms(data.get("date_links")),
        several_places=_matcher(data.get("several_places"), "places"),
        others=_norms(data.get("others")),
        dual_places_again=_norms(data.get("dual_places_again")),
        ambiguous_fighters=_norms(data.get("ambiguous_fighters")),
        subset=_matcher(data.get("subset"), "subset"),
        subset_after=_norms(data.get("subset_after")),
        among_dead=_matcher(data.get("among_dead"), "killed"),
        revision=_matcher(data.get("revision"), "revision"),
        partisan_kinds=frozenset(data.get("partisan_kinds") or []),
        partisan_sources=tuple(sorted(_norms(data.get("partisan_sources")))),
        displaced_words=_norms(data.get("displaced")),
    )


@dataclass
class _Figure:
    quantity: str
    number: NumberMention | None
    value: int | None
    low: int | None
    high: int | None
    approx: bool
    first: int
    last: int            # token after the counted noun
    sentence: int
    side: str | None = None
    tally: bool = False
    country: str | None = None
    part: bool = False       # a part of a count given before it ("من بينهم 3 جنود")
    revised: bool = False    # a first or a later count ("في حصيلة أولية")
    source: Source = None
    place: PlaceRef | None = None
    scene: str | None = None  # the incident's place: the figure's own, or the one named just before
    counted_tally: bool = False  # a tally by the casualty finder's words ("ليبلغ إجمالي القتلى")
    listed_after: int | None = None  # id of the count this one is listed after ("، و7 مدنيين")
    source_key: str | None = None    # what tells its source from another's


@dataclass
class _Weighing:
    """What the ledger knows of an article's figures when it decides which are claims."""
    disputed: set[int]
    totals: set[int]
    parts: set[int]
    counts: Counter
    weapon_sources: set[str]


def _vague(f: _Figure) -> bool:
    return f.number is not None and f.number.hedge == "vague"


def _figure(quantity: str, n: NumberMention, last: int, **kw) -> _Figure:
    return _Figure(quantity, n, *n.as_count(), n.approx, n.first_token, last,
                   n.sentence, **kw)


class ClaimExtractor:
    def __init__(self, lex: ClaimLexicon, casualties: CasualtyFinder, vocabulary=None, victim_ref=None,
                 force_namer: ForceNamer | None = None):
        self.lex = lex
        self.casualties = casualties
        self.attribution = Attribution(lex.attribution, vocabulary, force_namer)
        self.victim_ref = victim_ref  # (doc, side, country) -> ActorRef: "Military Forces of X", "Civilians (X)"

    # --- figures --------------------------------------------------------------
    def _noun_after(self, doc: Document, n: NumberMention, matcher: PhraseMatcher[str]) -> int | None:
        """The token after the noun the number counts ("200 مقاتل", "عشرات من مقاتلي"); a number
        followed by another noun counts that one ("14 سيارة تضم مسلحين")."""
        toks = doc.seg.tokens
        _, s1 = doc.sentence_bounds(n.sentence)
        hi = min(s1, n.last_token + NOUN_REACH + 1)
        if not matcher.positions(doc.seg.words, n.first_token + 1, hi):
            return None   # no noun of the list may start in reach (a word after the number only ends the search)
        for k in range(n.first_token + 1, hi):
            m = matcher.match_at(toks, k)
            if m is not None:
                return max(m.last, n.last_token)
            if k >= n.last_token and toks[k].is_word and toks[k].norm != "من":
                return None
        return None

    def _figures(self, doc: Document) -> list[_Figure]:
        numbers = sorted(doc.numbers, key=lambda x: x.first_token)
        figs = self._tolls(doc, {n.first_token: n for n in numbers})
        taken = {f.first for f in figs}
        starts = sorted(figs, key=lambda f: f.first)
        i, prev = 0, None
        for n in numbers:
            while i < len(starts) and starts[i].first < n.first_token:
                prev = prev if prev is not None and prev.first > starts[i].first else starts[i]
                i += 1
            if n.first_token in taken or n.unit_hint == "%":
                continue
            if n.value is not None and 1900 <= n.value <= 2100 and not n.hedge:
                continue  # a year
            f = self._listed(doc, n, prev) or self._counted(doc, n)
            if f is not None:
                figs.append(f)
                taken.add(f.first)
                prev = f
        figs = sorted((f for f in figs if not doc.almanac_line(f.sentence)), key=lambda f: f.first)
        self._others(doc, figs)
        return figs

    def _tolls(self, doc: Document, at: dict[int, NumberMention]) -> list[_Figure]:
        """The casualty finder's counts of killed and wounded people, as figures."""
        toks = doc.seg.tokens
        out = []
        for c in self.casualties.find(doc, 0, len(toks)):
            if c.kind not in ("killed", "wounded") or c.value is None and c.low is None:
                continue  # "15 قتيلا وجريحا": neither the dead nor the wounded; "عدد من الجرحى": no figure
            n = at.get(c.first_token)
            if n is not None and self._no_people(doc, n):
                continue  # "بين 8 أشهر حتى 78 عامًا", "سقوط 300 قذيفة", "عيار (120)": not the dead
            out.append(_Figure(c.kind, n, c.value, c.low, c.high, c.approx, c.first_token, c.noun_last,
                               c.sentence, c.side, c.tally, c.country, counted_tally=c.tally))
        return out

    def _no_people(self, doc: Document, n: NumberMention) -> bool:
        """A number of years, kilometres, shells, or a calibre: no count of people."""
        toks = doc.seg.tokens
        if n.last_token < len(toks) and self._stems(toks[n.last_token].norm) & self.lex.not_people:
            return True
        k = n.first_token - 1
        while k >= 0 and not toks[k].is_word and k > n.first_token - 3:
            k -= 1   # "عيار (120)"
        if k >= 0 and toks[k].norm in self.lex.not_people_before:
            return True
        return self._noun_after(doc, n, self.lex.nouns["weapons"]) is not None

    def _others(self, doc: Document, figs: list[_Figure]) -> None:
        """"مقتل 7 عناصر تكفيرية وإصابة 15 آخرين": the others are of the side counted before."""
        toks = doc.seg.tokens
        for prev, f in itertools.pairwise(figs):
            if f.side not in (None, "people") or prev.sentence != f.sentence or prev.side in (None, "people") \
                    or f.number is None:
                continue
            after = range(f.number.last_token, min(len(toks), f.number.last_token + 2))
            if any(self._stems(toks[k].norm) & self.lex.others for k in after):
                f.side = prev.side

    def _listed(self, doc: Document, n: NumberMention, prev: _Figure | None) -> _Figure | None:
        """"من بينهم 13 من رجال الأمن، و7 مدنيين، و45 إرهابيا": a count listed after a toll counts
        the same (its dead or wounded), with the side its own noun gives."""
        toks = doc.seg.tokens
        if prev is None or prev.quantity not in ("killed", "wounded") or prev.sentence != n.sentence:
            return None
        gap = range(prev.last, n.first_token)
        if len(gap) > LIST_GAP or not any(toks[k].norm == "و" or toks[k].norm.startswith("و") for k in
                                          [*gap, n.first_token]):
            return None
        if any(toks[k].is_word and toks[k].norm != "و" for k in gap):
            return None
        people = self.casualties.lex.people
        for k in range(n.last_token, min(len(toks), n.last_token + 2)):
            m = people.match_at(toks, k) if toks[k].norm != "من" else None
            if m is not None:
                return _figure(prev.quantity, n, m.last, side=m.payloads[0], tally=prev.tally,
                               counted_tally=prev.counted_tally, listed_after=id(prev))
        return None

    def _counted(self, doc: Document, n: NumberMention) -> _Figure | None:
        """A number that counts fighters, displaced or captured people, or weapons."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(n.sentence)
        if self.lex.among_dead is not None:
            for k in self.lex.among_dead.positions(doc.seg.words, n.last_token, min(s1, n.last_token + MARK_BEFORE)):
                m = self.lex.among_dead.match_at(toks, k)
                if m is not None:   # "ثلاث انتحاريات كن من بين القتلى": a part of the toll
                    return _figure("killed", n, n.last_token, part=True)
        for quantity in ("fighters", "displaced", "captured", "weapons"):
            end = self._noun_after(doc, n, self.lex.nouns[quantity])
            if end is None:
                continue
            if quantity == "fighters" and not self._fighter_count(doc, n, s0, end):
                return None
            if quantity in ("displaced", "captured", "weapons"):
                cues = {"displaced": self.lex.displaced_cues, "captured": self.lex.captured_cues,
                        "weapons": self.lex.weapons_cues}[quantity]
                if not any(cues.match_at(toks, k) for k in cues.positions(doc.seg.words, max(s0, n.first_token - 8),
                                                                               min(s1, end + 6))):
                    continue
            return _figure(quantity, n, end)
        return self._displaced(doc, n, s0, s1) or self._force_of_people(doc, n, s0)

    def _displaced(self, doc: Document, n: NumberMention, s0: int, s1: int) -> _Figure | None:
        """A count of the displaced told by the words around it rather than by its own noun."""
        toks = doc.seg.tokens
        if n.first_token > s0 and n.value is not None and \
                self._stems(toks[n.first_token - 1].norm) & self.lex.displacement_nouns:
            return _figure("displaced", n, n.last_token)       # "نزوح 860 ألفا"
        if self._displaced_counted_before(doc, n, s0):
            end = self._noun_after(doc, n, self.lex.generic_people) if self.lex.generic_people else None
            return _figure("displaced", n, end or n.last_token)   # "عدد النازحين بلغ 3 ملايين شخص"
        if n.value and n.value >= 1000 and any(self.lex.displaced_cues.match_at(toks, k) for k in
                                               self.lex.displaced_cues.positions(doc.seg.words, n.last_token,
                                                                                 min(s1, n.last_token + 10))):
            return _figure("displaced", n, n.last_token)       # "2.7 مليون شخص ... فروا من منازلهم"
        return None

    def _displaced_counted_before(self, doc: Document, n: NumberMention, s0: int) -> bool:
        """"عدد النازحين من المدينة بلغ أكثر من 70 ألف شخص": a count word and a noun of the displaced
        before the number, no other number between them (a distance, a date) and none of years or kilometres."""
        toks = doc.seg.tokens
        if n.value is None or self._unit_after(doc, n):
            return False
        for k in range(max(s0, n.first_token - DISPLACED_BEFORE), n.first_token - 1):
            if toks[k].norm in self.lex.count_words and \
                    {s.removeprefix("ال") for s in self._stems(toks[k + 1].norm)} & self.lex.displaced_words:
                return not any(not self._unit_after(doc, m) for m in doc.numbers_in(k, n.first_token)
                               if m.first_token != n.first_token) and not doc.dates_in(k, n.first_token)
        return False

    def _unit_after(self, doc: Document, n: NumberMention) -> bool:
        """A number of years, days or kilometres ("20 كلم")."""
        toks = doc.seg.tokens
        return n.last_token < len(toks) and bool(self._stems(toks[n.last_token].norm) & self.lex.not_people)

    def _force_of_people(self, doc: Document, n: NumberMention, s0: int) -> _Figure | None:
        """"عناصر التنظيم ... لا يتخطى عددهم 70 شخصا": a generic noun counting an armed group;
        "القبض على 93 شخصا": the arrested."""
        toks = doc.seg.tokens
        if self.lex.generic_people is None:
            return None
        end = self._noun_after(doc, n, self.lex.generic_people)
        if end is None:
            return None
        if any(self.lex.captured_cues.match_at(toks, k) for k in self.lex.captured_cues.positions(
                doc.seg.words, max(s0, n.first_token - COUNT_REACH), n.first_token)):
            return _figure("captured", n, end)
        if not any(toks[k].norm in self.lex.count_words   # "لا يتخطى عددهم 70": inside the number's span too
                   for k in range(max(s0, n.first_token - COUNT_REACH), n.last_token)) and \
                not self._count_of_fighters(doc, n, s0):
            return None
        lo = max(s0, n.first_token - GROUP_REACH)
        armed = any(a.kind and "non-state" in a.kind for _, _, a in doc.actors_in(lo, n.first_token)) or \
            bool(self.lex.nouns["fighters"].scan(toks, lo, n.first_token))
        return _figure("fighters", n, end) if armed else None

    def _count_of_fighters(self, doc: Document, n: NumberMention, s0: int) -> bool:
        """"عدد مقاتلي التنظيم في المدينة لا يتخطى 70 شخصا": a count word further back that heads the
        fighters it counts."""
        toks = doc.seg.tokens
        return any(toks[k].norm in self.lex.count_words and k + 1 < n.first_token
                   and self.lex.nouns["fighters"].match_at(toks, k + 1) is not None
                   for k in range(max(s0, n.first_token - 2 * COUNT_REACH), n.first_token))

    def _stems(self, word: str) -> frozenset[str]:
        return reading_stems(word)     # the same stems, remembered: no set comprehension (~9 an article)

    def _fighter_count(self, doc: Document, n: NumberMention, s0: int, end: int) -> bool:
        """A count of fighters is a strength unless it is a toll or an arrest."""
        toks = doc.seg.tokens
        noun = toks[end - 1].norm if end - 1 < len(toks) else ""
        if self.lex.captured_cues and any(self.lex.captured_cues.match_at(toks, k)
                                          for k in range(max(s0, n.first_token - 4), n.first_token)):
            return False
        s1 = doc.sentence_bounds(n.sentence)[1]
        after = self.casualties.lex
        if any(after.killed_after.match_at(toks, k) or after.wounded_after.match_at(toks, k)
               for k in range(end, min(s1, end + 8)) if toks[k].norm not in (",", ";")):
            return False  # "أن 5 من عناصر مليشيا الحوثي ... قتلوا": a toll, not a strength
        if noun in self.lex.ambiguous_fighters and not any(a.kind != "civilians" for _, _, a in
                                                           doc.actors_in(s0, doc.sentence_bounds(n.sentence)[1])):
            return False  # "ثلاثة عناصر مفصلية": elements, not members of a force
        if noun in self.lex.soldier_nouns:
            window = {s for k in range(max(s0, n.first_token - 6), min(len(toks), end + 3))
                      for s in self._stems(toks[k].norm)}
            return bool(window & self.lex.fighter_context)
        return True

    def _marked(self, doc: Document, f: _Figure, matcher: PhraseMatcher[str] | None, after: int = 0,
                before: int = MARK_BEFORE) -> bool:
        """Whether one of the matcher's phrases stands just before the figure (or just after it)."""
        if matcher is None:
            return False
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(f.sentence)
        return any(matcher.match_at(toks, k) is not None
                   for k in matcher.positions(doc.seg.words, max(s0, f.first - before), min(s1, f.last + after))
                   if k < f.first or k >= f.last)

    def _of_them(self, doc: Document, f: _Figure) -> bool:
        """"ستة منهم": a number of a group named before it."""
        toks = doc.seg.tokens
        k = f.number.last_token if f.number is not None else f.last
        return k < len(toks) and toks[k].norm in self.lex.subset_after

    # --- deciding what is a claim ------------------------------------------------
    def extract(self, doc: Document) -> list[Claim]:
        figs = self._figures(doc)
        self._annotate(doc, self.attribution.reader(doc), figs)
        totals, part_of = self._totals(figs)
        disputed = self._disputes(figs, part_of)
        weighing = _Weighing(
            disputed=disputed, totals=totals,
            parts={k for k, whole in part_of.items() if k != whole and k not in disputed},
            counts=Counter(f.quantity for f in figs),
            weapon_sources={f.source_key for f in figs if f.quantity == "weapons"} - {None})
        actors = self._actors(doc, figs)
        said_by: dict[tuple, list[Source]] = defaultdict(list)   # the same figure, said by several
        for f in figs:
            said_by[_figure_key(f)].append(f.source)
        out: list[Claim] = []
        seen: set[tuple] = set()
        for f in figs:
            key = _figure_key(f)
            if key in seen or not self._claimed(doc, f, weighing):
                continue   # not a claim, or the same figure said again
            seen.add(key)
            claim = self._claim(doc, f, actors[id(f)])
            for src in said_by[key]:
                _add_source(claim, src)
            out.append(claim)
        return out

    def _annotate(self, doc: Document, reader: SpeakerReader, figs: list[_Figure]) -> None:
        """Each figure's source, place, incident place, and what it is to the others."""
        by_id = {id(f): f for f in figs}
        prev: _Figure | None = None
        for f in figs:
            f.source = reader.source(f.first, f.last, f.sentence)
            f.source_key = source_key(f.source)
            f.place = self._place(doc, f)
            f.scene = self._scene(doc, f)
            if f.quantity in ("killed", "wounded", "captured") and not f.tally:
                f.tally = self._over_time_or_places(doc, f) or self._joined_to_tally(doc, prev, f)
            prev = f
            listed_after = by_id.get(f.listed_after) if f.listed_after is not None else None
            f.part = f.part or self._marked(doc, f, self.lex.subset) or self._of_them(doc, f) or \
                (listed_after is not None and listed_after.part)
            f.revised = self._marked(doc, f, self.lex.revision, MARK_AFTER) or \
                self._marked(doc, f, self.lex.first_count, before=REVISION_BEFORE)

    def _recalled(self, doc: Document, f: _Figure) -> bool:
        """"هي الأكبر منذ ديسمبر 2011، حين قتل أكثر من 50 شخصا": a figure in a clause of "when" that
        follows «منذ» and a time."""
        toks = doc.seg.tokens
        s0, _ = doc.sentence_bounds(f.sentence)
        for k in range(f.first - 1, max(s0, f.first - MARK_BEFORE) - 1, -1):
            if toks[k].norm in self.lex.recalled_when:
                return any(self.lex.since is not None and self.lex.since.match_at(toks, j) is not None
                           for j in range(max(s0, k - 2 * MARK_BEFORE), k))
        return False

    @staticmethod
    def _joined_to_tally(doc: Document, prev: _Figure | None, f: _Figure) -> bool:
        """"قتل 1200 مدني وأصيب 2500 خلال ستة أشهر": a count joined by و to a tally right before it covers
        the same span."""
        if prev is None or not prev.tally or prev.sentence != f.sentence or f.first - prev.last > LIST_GAP:
            return False
        return any(doc.seg.tokens[k].norm.startswith("و") for k in range(prev.last, f.first + 1))

    def _claimed(self, doc: Document, f: _Figure, w: _Weighing) -> bool:
        """Whether the figure is one an analyst must weigh (SCHEMA.md's claims)."""
        if id(f) in w.parts or self._recalled(doc, f):
            return False  # its toll carries it, or it is the toll of an incident recalled
        partisan = self._partisan(f.source)
        if f.quantity == "fighters":
            return not _vague(f) or self._strength_context(doc, f)
        if f.quantity == "displaced":
            return True
        if f.quantity in ("killed", "wounded"):
            return not _vague(f) and (f.tally or id(f) in w.disputed or id(f) in w.totals or partisan)
        if f.quantity == "captured":
            return f.tally or w.counts["captured"] > 1
        return f.tally or len(w.weapon_sources) > 1 or partisan

    def speaker(self, doc: Document, first: int, sentence: int) -> Source:
        """Who states the words at token `first` of `sentence` (an actor, a described source, a person
        or [organisation, spokesman]); used by the event extractor for a force's own statements."""
        return self.attribution.reader(doc).speaker(first, sentence)

    def _totals(self, figs: list[_Figure]) -> tuple[set[int], dict[int, int]]:
        """Tolls whose parts the article then gives one by one ("قتل 15 مدنيا" then 5 in one village,
        1 in another, 9 in a third).  Parts at two places or more (or a part over several places) make
        the toll a tally over several incidents (a claim, SCHEMA.md); a part is no claim of its own,
        nor a rival of its toll or of the other parts."""
        killed = [f for f in figs if f.quantity == "killed" and f.value is not None and not _vague(f)]
        totals: set[int] = set()
        part_of: dict[int, int] = {}
        for i, whole in enumerate(killed):
            if whole.tally or id(whole) in part_of:
                continue
            parts = _summing_to(_part_candidates(killed, i, part_of), whole.value)
            if parts is None:
                continue
            for g in parts:
                part_of[id(g)] = id(whole)
            part_of[id(whole)] = id(whole)
            if len({g.place.id for g in parts if g.place is not None}) >= 2 or any(g.tally for g in parts):
                totals.add(id(whole))
        return totals, part_of

    def _disputes(self, figs: list[_Figure], part_of: dict[int, int]) -> set[int]:
        """Figures of one incident and quantity that disagree (compared within a bounded window)."""
        recent: dict[str, deque[_Figure]] = defaultdict(lambda: deque(maxlen=RIVAL_WINDOW))
        disputed: set[int] = set()
        for f in figs:
            if f.quantity not in ("killed", "wounded") or f.value is None or _vague(f) or f.part:
                continue
            for g in recent[f.quantity]:
                if f.sentence - g.sentence <= RIVAL_SENTENCES and _rivals(g, f, part_of):
                    disputed.update((id(g), id(f)))
            recent[f.quantity].append(f)
        return disputed

    def _strength_context(self, doc: Document, f: _Figure) -> bool:
        s0, _ = doc.sentence_bounds(f.sentence)
        words = {s for k in range(max(s0, f.first - 5), f.first) for s in self._stems(doc.seg.tokens[k].norm)}
        return bool(words & self.lex.fighter_context)

    def _partisan(self, src: Source) -> bool:
        """A source that is a party to the fighting: an armed group, its media, pro-group accounts."""
        refs = src if isinstance(src, list) else [src] if src else []
        return any(r.kind in self.lex.partisan_kinds or norm(r.name).startswith(self.lex.partisan_sources)
                   for r in refs)

    def _claim(self, doc: Document, f: _Figure, actor) -> Claim:
        value, low, high = f.value, f.low, f.high
        n = f.number
        if n is not None and n.hedge in ("more_than", "at_most", "less_than", "vague"):
            value = None
        s = doc.seg.sentences[f.sentence]
        ev = Span(s.start, s.end, s.text)
        return Claim(quantity=f.quantity, evidence=ev, value=value, low=low, high=high, approx=f.approx,
                     actor=actor, place=f.place, source=f.source, sentence=f.sentence)

    # --- arguments ------------------------------------------------------------------
    def _actors(self, doc: Document, figs: list[_Figure]) -> dict[int, ActorRef | None]:
        """Whom each figure counts; "457 قتيلا، و2130 جريحا": a figure listed after another counts the
        same actor."""
        toks = doc.seg.tokens
        nonstate = [a for _, _, a in doc.actors_in(0, len(toks)) if a.kind and "non-state" in a.kind]
        main = None
        if nonstate:
            top = Counter(a.actor_id or a.name for a in nonstate).most_common(1)[0][0]
            main = ActorRef.of(next(a for a in nonstate if (a.actor_id or a.name) == top))
        victims: dict[tuple, ActorRef | None] = {}   # the victims' actor per side and country, named once
        actors: dict[int, ActorRef | None] = {}
        for i, f in enumerate(figs):
            actors[id(f)] = self._actor(doc, f, main, victims)
            prev = figs[i - 1] if i else None
            if actors[id(f)] is None and prev is not None and prev.sentence == f.sentence and \
                    f.first - prev.last <= 2 and toks[f.first].norm.startswith("و"):
                actors[id(f)] = actors[id(prev)]
        return actors

    def _actor(self, doc: Document, f: _Figure, main: ActorRef | None, victims: dict) -> ActorRef | None:
        """Whom the figure counts."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(f.sentence)
        acts = [(a0, a1, a) for a0, a1, a in doc.actors_in(max(s0, f.first - PLACE_REACH), min(s1, f.last + PLACE_REACH))
                if a.kind != "civilians"]
        # the figure's own group, attached to its noun: "6000 مقاتل داعش", "100 مقاتل من التنظيم"
        for a0, _, a in acts:
            gap = [toks[k].norm for k in range(f.last, a0)]
            if f.last <= a0 and (not gap or gap == ["من"]):
                return ActorRef.of(a)
        owner = self._victims_owner(doc, f, acts, s0)
        if owner is not None:
            return owner
        if f.quantity == "fighters" or f.side == "militant":
            near = [a for _, _, a in acts if a.kind and "non-state" in a.kind]
            return ActorRef.of(near[0]) if near else main
        if f.side in ("armed", "civilian") and self.victim_ref is not None:
            if (f.side, f.country) not in victims:
                victims[(f.side, f.country)] = self.victim_ref(doc, f.side, f.country)
            return victims[(f.side, f.country)]
        return None

    def _scene(self, doc: Document, f: _Figure) -> str | None:
        """The place of the figure's incident: its own, else the last one named in the sentences before."""
        if f.place is not None:
            return f.place.id
        lo = doc.seg.sentences[max(0, f.sentence - SCENE_SENTENCES)].first_token
        before = [m for p0, p1, m in doc.places_in(lo, f.first) if doc.inside_actor(p0, p1) is None]
        return PlaceRef.of(before[-1]).id if before else None

    def _over_time_or_places(self, doc: Document, f: _Figure) -> bool:
        """A count over a span of time ("منذ مساء الخميس", "خلال الـ24 ساعة الماضية", "السبت والأحد"),
        over a series of attacks ("في سلسلة من الهجمات"), or at several places ("على بلدتي الفوعة
        وكفريا", "في عدة مناطق")."""
        s0, s1 = doc.sentence_bounds(f.sentence)
        lo, hi = max(s0, f.first - SPAN_BEFORE), min(s1, f.last + SPAN_REACH)
        if self._date_span(doc, max(s0, f.first - SPAN_REACH), hi):
            return True
        if self.lex.ongoing is not None and any(self.lex.ongoing.match_at(doc.seg.tokens, k) is not None
                                                for k in self.lex.ongoing.positions(doc.seg.words, lo, f.first)):
            return True  # "تسببت المعارك المتواصلة بمقتل": the toll of fighting that goes on (told before it)
        # the tokens where a phrase of the four matchers `_span_at` asks may begin (`positions`), found once for the
        # window: at any other token each `match_at` finds nothing, and only the word's stems are asked (speed41)
        begins: set[int] = set()
        for matcher in (self.lex.span_openers, self.lex.since, self.lex.series, self.lex.several_places):
            if matcher is not None:
                begins.update(matcher.positions(doc.seg.words, lo, hi))
        return any(self._span_at(doc, k, hi, k in begins) for k in range(lo, hi) if k < f.first or k >= f.last)

    def _span_at(self, doc: Document, k: int, hi: int, may_begin: bool = True) -> bool:
        """A span of time, a series or several places told at token `k`; `may_begin`: whether a phrase of
        span_openers, since, series or several_places may begin at `k` (where not, none of them is asked)."""
        toks = doc.seg.tokens
        lex = self.lex
        if may_begin and self._phrase_of_a_span(doc, k, hi):
            return True
        stems = self._stems(toks[k].norm)
        if stems & lex.dual_places_again:
            return True
        # "على بلدتي الفوعة وكفريا": the dual and two names, known to the gazetteer or not
        return bool(stems & lex.dual_places) and (len(doc.places_in(k + 1, min(hi, k + 5))) >= 2 or (
            k + 2 < hi and toks[k + 1].is_word and toks[k + 2].is_word and toks[k + 2].norm.startswith("و")))

    def _phrase_of_a_span(self, doc: Document, k: int, hi: int) -> bool:
        """A phrase at `k` that tells a span of time, a series or several places ("خلال الأيام الماضية", "منذ أسبوع",
        "في سلسلة هجمات", "في عدة مناطق")."""
        toks = doc.seg.tokens
        lex = self.lex
        for matcher, words in ((lex.span_openers, lex.span_words), (lex.since, lex.since_words)):
            m = matcher.match_at(toks, k) if matcher is not None else None
            if m is not None and any(self._stems(toks[j].norm) & words for j in range(m.last, min(hi, m.last + 3))):
                return True
        if self._going_on_for(doc, k, hi):
            return True
        return any(m is not None and m.match_at(toks, k) is not None for m in (lex.series, lex.several_places))

    def _going_on_for(self, doc: Document, k: int, hi: int) -> bool:
        """"اشتباكات يخوضها منذ أسبوع", "المستمرة منذ أربعة أشهر": «منذ» and a duration after a word of
        going on."""
        toks = doc.seg.tokens
        lex = self.lex
        m = lex.since.match_at(toks, k) if lex.since is not None else None
        if m is None or k == 0 or not toks[k - 1].is_word:
            return False
        stems = self._stems(toks[k - 1].norm)
        stems |= {s[: -len(p)] for s in stems for p in ("ها", "هم", "ه") if s.endswith(p) and len(s) - len(p) >= 3}
        if not stems & lex.since_ongoing:   # (with the object pronoun of "يخوضها")
            return False
        durations = lex.span_words | lex.since_durations
        return any(self._stems(toks[j].norm) & durations for j in range(m.last, min(hi, m.last + 3)))

    def _date_span(self, doc: Document, lo: int, hi: int) -> bool:
        """Two dates joined into a span: "السبت والأحد", "بين الأول من يناير و30 يونيو"."""
        toks = doc.seg.tokens
        dates = doc.dates_in(lo, hi)
        for a, b in itertools.pairwise(dates):
            between = _outside_brackets([toks[k] for k in range(a.last_token, b.first_token)])
            if len(between) <= 1 and all(w in self.lex.date_links for w in between) and \
                    (not between and toks[b.first_token].norm.startswith("و") or between) and \
                    (a.key is None or a.key != b.key):
                return True
        return False

    def _victims_owner(self, doc: Document, f: _Figure, acts, s0: int) -> ActorRef | None:
        """"ضحايا عملية البنيان المرصوص 457 قتيلا": the organisation whose dead they are."""
        toks = doc.seg.tokens
        for a0, a1, a in acts:
            k = a0 - 1
            while k > s0 and not toks[k].is_word:
                k -= 1  # "ضحايا “عملية البنيان المرصوص” 457 قتيلا": quotation marks between
            if 0 <= f.first - a1 <= 3 and k >= s0 and self._stems(toks[k].norm) & self.lex.victims_of:
                return ActorRef.of(a)
        return None

    def _place(self, doc: Document, f: _Figure) -> PlaceRef | None:
        s0, s1 = doc.sentence_bounds(f.sentence)
        ps = [(abs(p0 - f.first), m) for p0, p1, m in doc.places_in(max(s0, f.first - PLACE_REACH),
                                                                    min(s1, f.last + PLACE_REACH))
              if doc.inside_actor(p0, p1) is None]
        if ps:
            return PlaceRef.of(min(ps, key=lambda x: x[0])[1])
        return None


def _compatible_sides(a: str | None, b: str | None) -> bool:
    """Two counts may be of the same dead: the same side, or one of them any people ("قتيلا", "شخصا")."""
    return a == b or a in (None, "people") or b in (None, "people")


def _rivals(a: _Figure, b: _Figure, part_of: dict[int, int]) -> bool:
    """Two counts of one incident that disagree: different values of the same dead, from two
    sources or as a first and a later count."""
    if a.value == b.value or not _compatible_sides(a.side, b.side):
        return False
    if id(a) in part_of and part_of.get(id(b)) == part_of[id(a)]:
        return False  # a toll and its parts, or two parts of one toll
    if a.scene is not None and b.scene is not None and a.scene != b.scene:
        return False  # two incidents: the dead of two places
    sa, sb = a.source_key, b.source_key
    two_sources = bool(sa and sb and sa != sb)
    if a.sentence == b.sentence:
        # "قال X إن 5 قتلوا، بينما قال Y إن 7 قتلوا"; "قتل 12 في حصيلة أولية، قبل أن ترتفع الحصيلة إلى 20"
        return two_sources or a.revised and b.revised
    return two_sources or a.revised or b.revised


def _part_candidates(killed: list[_Figure], i: int, part_of: dict[int, int]) -> list[_Figure]:
    """The counts after killed[i] that may be its parts: in later sentences near it, smaller, not
    already a part, not a tally of the casualty finder's nor a part of another count."""
    whole = killed[i]
    return [g for g in killed[i + 1:i + 1 + TOTAL_PARTS * 2]
            if g.sentence != whole.sentence and g.sentence - whole.sentence <= TOTAL_SENTENCES
            and g.value < whole.value and id(g) not in part_of and not g.counted_tally
            and not g.part][:TOTAL_PARTS]


def _summing_to(candidates: list[_Figure], total: int) -> list[_Figure] | None:
    """Two or more of the candidates whose values add up to `total` (at most 2^TOTAL_PARTS tries);
    among several, the one spread over the most places."""
    best, best_places = None, -1
    if sum(g.value for g in candidates) < total:
        return None
    for size in range(2, len(candidates) + 1):
        for combo in itertools.combinations(candidates, size):
            if sum(g.value for g in combo) == total:
                places = len({g.place.id for g in combo if g.place is not None})
                if places > best_places:
                    best, best_places = list(combo), places
    return best


def _outside_brackets(tokens) -> list[str]:
    """The words of `tokens` not inside parentheses ("يناير (كانون الثاني) و30 يونيو" -> و)."""
    out, depth = [], 0
    for t in tokens:
        depth += t.norm == "("
        if t.is_word and depth == 0:
            out.append(t.norm)
        depth -= t.norm == ")" and depth > 0
    return out


def _figure_key(f: _Figure) -> tuple:
    return f.quantity, f.value if f.value is not None else (f.low, f.high)


def _add_source(claim: Claim, src: Source) -> None:
    """The same figure given by another source: both are its sources."""
    if src is None or source_key(src) == source_key(claim.source):
        return
    if claim.source is None:
        claim.source = src
        return
    have = claim.source if isinstance(claim.source, list) else [claim.source]
    keys = {source_key(r) for r in have}
    more = [r for r in (src if isinstance(src, list) else [src]) if source_key(r) not in keys]
    claim.source = have + more
