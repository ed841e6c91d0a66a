"""Incidents, coded the way ACLED coders code them.

For each sentence: find trigger words (`events.yaml`), drop those that
report no incident (negated, intended, feared, future, a topic such as
"مكافحة الإرهاب"), let qualifiers refine them (a suicide bomber makes an
explosion a suicide bomb; aircraft make a bombardment an airstrike), and
give each its arguments from the words around it: the place it happened,
its date, who did it (actor1) and to whom (actor2), and the dead.

Triggers that describe one incident are merged: within a sentence when
they share place and date, across sentences when a later mention points
back to an earlier one (a definite "الهجوم", the same place and date).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rasd.extract.casualties import Casualty, CasualtyFinder, toll
from rasd.extract.document import DatedSpan, Document
from rasd.extract.lexicon import EventLexicon, Trigger
from rasd.model import ActorMention, ActorRef, Event, PlaceMention, PlaceRef, Span
from rasd.resolve.places import km, offset_point
from rasd.text.clitics import readings

MODALITY_WINDOW = 4        # words before a trigger that may negate or hedge it
ACTOR_WINDOW = 8           # words around a trigger searched for its actors
PLACE_NEAR_KM = 50.0       # two places this close are one incident's place

# families that may describe the same incident as another family
_COMPATIBLE = [
    {"attack", "armed_clash"},
    {"explosion", "suicide_bomb", "attack"},
    {"airstrike", "shelling"},
    {"overtake", "regain"},
]
# light verbs whose subject is the perpetrator of the noun trigger after them
_LIGHT_VERBS = {"شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "قاد", "قادت", "بدا", "بدات", "بداوا", "اطلق",
                "اطلقت", "اطلقوا", "ارسل", "ارسلت", "تبني", "تبنت", "تبنوا", "نصب", "نصبت", "نصبوا"}
# words that, right before an actor, mark it as the perpetrator
_AGENT_MARKERS = {"شنته", "شنها", "شنتها", "نفذته", "نفذها", "نفذتها", "تبناه", "تبنته", "تبناها", "قبل",
                  "بنيران", "يد", "ايدي", "نسب", "شنه", "شنوه", "نفذه", "نفذوه", "نفذها"}
# words that, right before an actor, mark it as the target
_TARGET_MARKERS = {"علي", "ضد", "استهدف", "استهدفت", "استهدفوا", "استهدفا", "يستهدف", "تستهدف", "هاجموا",
                   "هاجم", "هاجمت", "لصفوف", "صفوف", "تجمعا", "تجمع", "مواقع", "موقعا", "مواقع", "معسكرات",
                   "قاعده", "مقرات", "دوريه", "قافله", "كمينا", "تمركزين", "ارتال"}
_RESPONSIBILITY = {"تبني", "تبنت", "تبنوا", "تبناه", "تبنته", "تتبني", "يتبني", "مسووليته", "مسووليتها",
                   "مسووليتهم", "مسووليتتها"}
_ORIGIN_WORDS = {"من", "منذ"}
_LOCATIVE_WORDS = {"في", "ب", "قرب", "عند", "داخل", "علي", "شمال", "جنوب", "شرق", "غرب", "وسط", "محيط",
                   "اطراف", "مشارف", "بالقرب", "ضواحي", "شمالي", "جنوبي", "شرقي", "غربي", "حول", "بين"}
STATE_KINDS = {"state force", "military", "police", "government", "government body", "foreign state",
               "international force"}


@dataclass
class Hit:
    family: str
    first: int
    last: int
    trigger: Trigger
    sentence: int


@dataclass
class Incident:
    family: str
    hits: list[Hit]
    sentence: int
    sentences: set[int] = field(default_factory=set)
    place: PlaceMention | None = None
    place_first: int = -1
    date: DatedSpan | None = None
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    actor2_ref: ActorRef | None = None
    target: str | None = None              # armed | civilian | property
    casualties: list[Casualty] = field(default_factory=list)
    definite: bool = False

    @property
    def main(self) -> Hit:
        return self.hits[0]


class EventExtractor:
    def __init__(self, lex: EventLexicon, casualties: CasualtyFinder, role_templates: dict[str, str],
                 country_en: dict[str, str], adjectives: dict[str, str],
                 entry_for_canonical=None):
        self.lex = lex
        self.casualties = casualties
        self.templates = role_templates
        self.country_en = country_en
        self.adjectives = adjectives
        self.entry_for_canonical = entry_for_canonical

    # --- triggers ---------------------------------------------------------------
    def _hits(self, doc: Document) -> list[Hit]:
        toks = doc.seg.tokens
        hits: list[Hit] = []
        for s in doc.seg.sentences:
            for m in self.lex.triggers.scan(toks, s.first_token, s.last_token):
                trig = m.payloads[0]
                if doc.inside_actor(m.first, m.last) is not None:
                    continue  # "عملية البنيان المرصوص" names a force, not an operation
                if not self._counts(doc, m.first, m.last, trig, m.phrase):
                    continue
                hits.append(Hit(trig.family, m.first, m.last, trig, s.index))
        return hits

    def _counts(self, doc: Document, first: int, last: int, trig: Trigger, phrase: tuple[str, ...]) -> bool:
        """False when the trigger reports no incident (negated, intended, feared, future, a topic)."""
        toks = doc.seg.tokens
        if trig.tense == "future":
            return False
        fam = self.lex.families[trig.family]
        c0, c1 = doc.clause(first)
        s0, s1 = doc.sentence_bounds(doc.seg.sentence_of(first))
        clause_words = {r.stem for k in range(max(s0, c0 - 0), min(s1, c1 + 1)) for r in readings(toks[k].norm)}
        need = fam.needs_for.get(phrase[0]) or fam.needs_for.get(" ".join(phrase))
        if need and not (need & clause_words):
            return False
        lo = max(c0, first - MODALITY_WINDOW)
        window = [toks[k].norm for k in range(lo, first) if toks[k].is_word]
        stems = {r.stem for w in window for r in readings(w)}
        if fam.not_with & stems:
            return False
        for kind in ("negation", "speculation", "intention", "generic"):
            if self.lex.modality.get(kind, frozenset()) & stems:
                return False
        for k in range(lo, first):
            pm = self.lex.modality_phrases.match_at(toks, k)
            if pm is not None and pm.last <= first:
                return False
        # a future prefix on the verb right before a noun trigger ("سيشن هجوما")
        return True

    def _qualify(self, doc: Document, hit: Hit) -> str:
        """The family after qualifiers (suicide bomber, aircraft) are taken into account."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        c0, c1 = doc.clause(hit.first)
        family = hit.family
        for q in self.lex.qualifiers:
            if family not in q.applies_to:
                continue
            # suicide: anywhere in the sentence; air: in the trigger's clause
            lo, hi = (s0, s1) if q.id == "suicide" else (max(c0, hit.first - 3), min(c1, hit.last + 4))
            for k in range(lo, hi):
                m = q.words.match_at(toks, k)
                if m is not None and not (hit.first <= k < hit.last and q.id != "suicide"):
                    family = q.sets
                    break
            if family != hit.family:
                break
        return family

    # --- arguments ------------------------------------------------------------------
    def _place_for(self, doc: Document, hit: Hit) -> tuple[PlaceMention | None, int]:
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        c0, c1 = doc.clause(hit.first)
        best, best_score, best_first = None, float("-inf"), -1
        for p0, p1, m in doc.places_in(s0, s1):
            if doc.inside_actor(p0, p1) is not None:
                continue  # "القيادة الأمريكية في إفريقيا", "مجلس شورى ثوار بنغازي"
            score = 0.0
            if p0 >= hit.last:
                score -= 0.15 * (p0 - hit.last)
            else:
                score -= 2.0 + 0.2 * (hit.first - p1)
            if c0 <= p0 < c1:
                score += 1.5
            prev = {r.stem for r in readings(toks[p0 - 1].norm)} if p0 > s0 and toks[p0 - 1].is_word else set()
            if m.span.start > toks[p0].start:  # a proclitic (ب) glued to the name
                score += 1.0
            if prev & _LOCATIVE_WORDS or m.cue:
                score += 1.0
            if prev & _ORIGIN_WORDS:
                score -= 1.5
            kind = m.resolved.kind if m.resolved else m.cue_kind
            if kind == "country":
                score -= 1.2
            elif kind in ("region", "continent"):
                score -= 1.6
            if score > best_score:
                best, best_score, best_first = m, score, p0
        return best, best_first

    def _date_for(self, doc: Document, hit: Hit) -> DatedSpan | None:
        s0, s1 = doc.sentence_bounds(hit.sentence)
        dates = doc.dates_in(s0, s1)
        if not dates:
            return None
        return min(dates, key=lambda d: abs(d.first_token - hit.first) + (0 if d.first_token >= hit.first else 2))

    def _actors_for(self, doc: Document, hit: Hit) -> tuple[ActorMention | None, ActorMention | None]:
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        c0, c1 = doc.clause(hit.first)
        cands = [x for x in doc.actors_in(s0, s1) if x[2].kind not in ("civilians",)]
        if not cands:
            return None, None
        a1 = a2 = None
        # "بين X و Y"
        for k in range(max(s0, hit.first - 2), min(s1, hit.last + 6)):
            if toks[k].norm == "بين":
                after = [x for x in cands if x[0] > k]
                if len(after) >= 2 and after[1][0] - after[0][1] <= 3:
                    return after[0][2], after[1][2]
        for a0, a_end, a in cands:
            prev = toks[a0 - 1].norm if a0 > s0 else ""
            prev_stems = {r.stem for r in readings(prev)} if prev else set()
            own = toks[a0].norm
            glued = a.span.start > toks[a0].start  # proclitic on the actor: لداعش, لقوات
            if a0 >= hit.last and a0 - hit.last <= ACTOR_WINDOW:
                if prev_stems & _TARGET_MARKERS or (glued and own.startswith("ل") and hit.trigger.pos != "noun"):
                    a2 = a2 or a
                elif prev_stems & _AGENT_MARKERS:
                    a1 = a1 or a
                elif glued and own.startswith("ل") and hit.trigger.pos == "noun" and a0 - hit.last <= 2:
                    a1 = a1 or a  # "هجوم لحركة الشباب"
                elif hit.trigger.pos in ("verb", "form") and a0 - hit.last <= 2 and not glued:
                    a1 = a1 or a  # VSO: "استهدفت قوات X ..."
                elif a0 - hit.last <= 3 and (prev_stems & {"علي", "ضد"}):
                    a2 = a2 or a
            elif a_end <= hit.first and hit.first - a_end <= ACTOR_WINDOW and a0 >= c0 - 6:
                between = {r.stem for k in range(a_end, hit.first) for r in readings(toks[k].norm)}
                if hit.trigger.pos == "noun" and not (between & _LIGHT_VERBS) and hit.first - a_end > 1:
                    continue
                if prev_stems & _TARGET_MARKERS:
                    continue
                a1 = a  # SVO, or a light verb between ("قوات X شنت هجوما")
        if a1 is not None and a2 is not None and a1 is a2:
            a2 = None
        return a1, a2

    def _responsibility(self, doc: Document) -> list[tuple[int, ActorMention]]:
        """Sentences where an actor claims an attack ("تبنى تنظيم الدولة", "أعلنت الحركة مسؤوليتها")."""
        toks = doc.seg.tokens
        out = []
        for s in doc.seg.sentences:
            words = {r.stem for k in range(s.first_token, s.last_token) for r in readings(toks[k].norm)}
            if words & _RESPONSIBILITY:
                acts = [a for _, _, a in doc.actors_in(s.first_token, s.last_token)
                        if a.kind not in STATE_KINDS and a.canonical]
                if acts:
                    out.append((s.index, acts[0]))
        return out

    def _target(self, doc: Document, hit: Hit) -> str | None:
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        lo, hi = max(s0, hit.first - 6), min(s1, hit.last + 10)
        found = []
        for k in range(lo, hi):
            for cls, matcher in self.lex.targets.items():
                m = matcher.match_at(toks, k)
                if m is not None:
                    found.append((abs(k - hit.last) + (0 if k >= hit.last else 3), cls))
        return min(found)[1] if found else None

    # --- assembling -----------------------------------------------------------------
    def extract(self, doc: Document) -> list[Event]:
        hits = self._hits(doc)
        incidents: list[Incident] = []
        for hit in hits:
            hit.family = self._qualify(doc, hit)
            inc = Incident(hit.family, [hit], hit.sentence, {hit.sentence})
            inc.place, inc.place_first = self._place_for(doc, hit)
            inc.date = self._date_for(doc, hit)
            inc.actor1, inc.actor2 = self._actors_for(doc, hit)
            inc.target = self._target(doc, hit)
            inc.definite = hit.trigger.pos == "noun" and hit.trigger.definite
            merged = self._merge_into(incidents, inc)
            if not merged:
                incidents.append(inc)
        self._attach_casualties(doc, incidents)
        for sent, actor in self._responsibility(doc):
            target = [i for i in incidents if i.actor1 is None and i.sentence <= sent]
            if target:
                target[-1].actor1 = actor
        return [self._event(doc, inc) for inc in incidents]

    def _same_place(self, a: Incident, b: Incident) -> bool:
        if a.place is None or b.place is None:
            return True
        ra, rb = a.place.resolved, b.place.resolved
        if ra is not None and rb is not None:
            if ra.id == rb.id:
                return True
            if ra.lat is not None and rb.lat is not None and ra.kind != "country" and rb.kind != "country":
                return km((ra.lat, ra.lon), (rb.lat, rb.lon)) <= PLACE_NEAR_KM
            return False
        return a.place.key == b.place.key

    def _compatible(self, fa: str, fb: str) -> bool:
        return fa == fb or any(fa in g and fb in g for g in _COMPATIBLE)

    def _merge_into(self, incidents: list[Incident], inc: Incident) -> bool:
        """Fold `inc` into an earlier incident it describes again."""
        for prev in reversed(incidents):
            if not self._compatible(prev.family, inc.family):
                continue
            same_sentence = prev.sentence == inc.sentence or inc.sentence in prev.sentences
            da = prev.date.key if prev.date else None
            db = inc.date.key if inc.date else None
            if da and db and da != db:
                continue
            if not self._same_place(prev, inc):
                continue
            if prev.actor1 and inc.actor1 and (prev.actor1.actor_id or prev.actor1.name) != \
                    (inc.actor1.actor_id or inc.actor1.name):
                if not same_sentence:
                    continue
            near = inc.sentence - max(prev.sentences) <= 2
            if not (same_sentence or inc.definite or (near and (inc.place is None or prev.place is not None
                                                                 and inc.place is not None))):
                continue
            self._absorb(prev, inc)
            return True
        return False

    def _absorb(self, prev: Incident, inc: Incident) -> None:
        fams = self.lex.families
        if fams[inc.family].priority > fams[prev.family].priority:
            prev.family = inc.family
        prev.hits.extend(inc.hits)
        prev.sentences |= inc.sentences
        if prev.place is None or (inc.place is not None and self._more_specific(inc.place, prev.place)):
            prev.place, prev.place_first = inc.place, inc.place_first
        prev.date = prev.date or inc.date
        prev.actor1 = prev.actor1 or inc.actor1
        prev.actor2 = prev.actor2 or inc.actor2
        prev.target = prev.target or inc.target

    @staticmethod
    def _more_specific(a: PlaceMention, b: PlaceMention) -> bool:
        rank = {"country": 0, "continent": 0, "region": 1, "province": 2, "district": 3}
        ka = a.resolved.kind if a.resolved else a.cue_kind
        kb = b.resolved.kind if b.resolved else b.cue_kind
        return rank.get(ka or "", 5) > rank.get(kb or "", 5)

    def _attach_casualties(self, doc: Document, incidents: list[Incident]) -> None:
        by_sentence: dict[int, list[Incident]] = {}
        for inc in incidents:
            for s in inc.sentences:
                by_sentence.setdefault(s, []).append(inc)
        for s in doc.seg.sentences:
            counts = self.casualties.find(doc, s.first_token, s.last_token)
            if not counts:
                continue
            owners = by_sentence.get(s.index)
            if not owners:
                # an outcome sentence right after an incident ("وأفادت حصيلة ... بمقتل 18")
                prev = [i for i in incidents if max(i.sentences) == s.index - 1]
                owners = prev[-1:] if prev else []
            for c in counts:
                if not owners:
                    break
                owner = min(owners, key=lambda i: min(abs(h.first - c.first_token) for h in i.hits
                                                      if h.sentence == s.index) if any(
                    h.sentence == s.index for h in i.hits) else 99)
                owner.casualties.append(c)

    def _event(self, doc: Document, inc: Incident) -> Event:
        fam = self.lex.families[inc.family]
        etype, sub = fam.type, fam.sub_type
        a1, a2 = inc.actor1, inc.actor2
        victims_side = next((c.side for c in inc.casualties if c.kind == "killed" and c.side), None)
        if inc.family == "attack":
            target = inc.target
            if victims_side in ("civilian", "people") and target != "armed" or target == "civilian" and (
                    a2 is None or a2.kind not in STATE_KINDS):
                etype, sub = "Violence against civilians", "Attack"
            elif target == "property" and victims_side is None:
                etype, sub = "Strategic developments", "Looting/property destruction"
        if inc.family in ("overtake", "regain"):
            state = a1 is not None and (a1.kind in STATE_KINDS or (a1.canonical or "").startswith(
                ("Military Forces", "Police Forces", "Government")) or a1.actor_id in _STATE_IDS)
            if inc.family == "overtake" and state:
                sub = "Government regains territory"
            elif inc.family == "regain" and a1 is not None and not state and a2 is not None:
                sub = "Non-state actor overtakes territory"
        evidence = doc.sentence_span(inc.sentence)
        hit = inc.main
        trigger = doc.text_span(hit.first, hit.last)
        place = self._place_ref(inc.place)
        date, precision = self._date(doc, inc)
        fatalities = toll(inc.casualties)
        actor1 = _ref(a1)
        actor2 = _ref(a2) or self._victim_ref(doc, inc, etype)
        return Event(type=etype, sub_type=sub, evidence=evidence, trigger=trigger, date=date,
                     date_precision=precision, place=place, actor1=actor1, actor2=actor2,
                     fatalities=fatalities, sentence=inc.sentence)

    def _victim_ref(self, doc: Document, inc: Incident, etype: str) -> ActorRef | None:
        """actor2 from the victims when no actor is named: "Civilians (Nigeria)", "Military Forces of X"."""
        home = _home_country(doc)
        sides = [(c.side, c.country) for c in inc.casualties if c.kind == "killed" and c.side]
        if etype == "Violence against civilians":
            country = next((cc for s, cc in sides if cc), None) or home
            if country and "civilians" in self.templates:
                return ActorRef(name=self.templates["civilians"].format(country=self.country_en.get(country, country)),
                                canonical=self.templates["civilians"].format(country=self.country_en.get(country, country)))
        for side, country in sides:
            if side == "armed" and "military" in self.templates:
                country = country or home
                if country:
                    name = self.templates["military"].format(country=self.country_en.get(country, country))
                    entry = self.entry_for_canonical(name) if self.entry_for_canonical else None
                    return ActorRef(name=name, canonical=entry.canonical if entry else name,
                                    actor_id=entry.id if entry else None)
        return None

    def _place_ref(self, m: PlaceMention | None) -> PlaceRef | None:
        if m is None:
            return None
        c = m.resolved
        lat, lon = (c.lat, c.lon) if c else (None, None)
        relation = None
        if c is not None and m.offset_km and m.bearing is not None and lat is not None:
            lat, lon = offset_point(lat, lon, m.offset_km, m.bearing)
            relation = f"{m.offset_km:g} km {_compass(m.bearing)} of {c.name_en}"
        return PlaceRef(name=m.name, id=c.id if c else f"ctx:{m.key}", name_en=c.name_en if c else None,
                        country=c.country if c else None, lat=lat, lon=lon, kind=c.kind if c else m.cue_kind,
                        admin1=c.admin1 if c else None, span=m.span, relation=relation)

    def _date(self, doc: Document, inc: Incident) -> tuple[str | None, str]:
        if inc.date is not None and inc.date.date:
            return inc.date.date, inc.date.precision
        return None, "unknown"


_STATE_IDS: set[str] = set()


def _ref(a: ActorMention | None) -> ActorRef | None:
    if a is None:
        return None
    return ActorRef(name=a.name, canonical=a.canonical, actor_id=a.actor_id, span=a.span, kind=a.kind)


def _home_country(doc: Document) -> str | None:
    from collections import Counter

    votes: Counter = Counter()
    for m in doc.places:
        if m.resolved is not None and m.resolved.country:
            votes[m.resolved.country] += 1
    return votes.most_common(1)[0][0] if votes else None


def _compass(bearing: float) -> str:
    names = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return names[int((bearing % 360) / 45 + 0.5) % 8]


__all__ = ["EventExtractor", "Span"]
