"""Incidents, coded the way ACLED coders code them.

For each sentence: find trigger words (`events.yaml`), drop those that
report no incident (negated, intended, feared, weighed, future, a purpose
"لاستعادة", a topic such as "محاور القتال"), let qualifiers refine them (a
suicide bomber makes an explosion a suicide bomb; aircraft make a
bombardment an airstrike), and give each its arguments from the words
around it: the place it happened, its date, who did it (actor1) and to whom
(actor2), and the dead.

One incident, one event: triggers that describe the same incident are
merged — in a sentence when they agree on place and date, a death report
("أسفر عن مقتل 21 شخصا") with the incident of its sentence, a definite
mention ("الهجوم") with the incident it points back to, a headline with
the body's incident.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rasd.extract.casualties import Casualty, CasualtyFinder, toll
from rasd.extract.document import DatedSpan, Document
from rasd.extract.lexicon import EventLexicon, Trigger
from rasd.model import ActorMention, ActorRef, Event, PlaceMention, PlaceRef
from rasd.resolve.calendar import iso_overlap
from rasd.resolve.places import km, offset_point
from rasd.text.clitics import readings
from rasd.text.morphology import COMPLEMENTISERS, hedged

MODALITY_WINDOW = 4        # words before a trigger that may negate or hedge it
SPECULATION_WINDOW = 10    # words before a trigger searched for a weighed proposition ("احتمال أن")
ACTOR_WINDOW = 8           # words around a trigger searched for its actors
PLACE_NEAR_KM = 50.0       # two places this close are one incident's place
MIN_PLACE_SCORE = -4.0     # a sentence's best place scoring below this is no place of the incident
ANAPHORA_REACH = 3         # sentences a definite mention ("الهجوم") may point back over
TERRITORY_REACH = 6        # words after a change-of-control trigger searched for the ground it names

# families that may describe the same incident
_COMPATIBLE = [
    {"attack", "armed_clash", "killing"},
    {"attack", "property_destruction"},
    {"attack", "airstrike", "killing"},      # "استهدفتها غارة أميركية"
    {"attack", "shelling", "killing"},
    {"explosion", "suicide_bomb", "attack", "killing"},
    {"airstrike", "disrupted_weapons"},
    {"disrupted_weapons", "armed_clash", "killing", "attack"},
    {"shelling", "disrupted_weapons"},
    {"overtake", "regain"},
]
# actor kinds whose spokesman tells of his own force's doing
_FORCE_KINDS = {"state force", "military", "police"}
_GROUND_ATTACKS = {"attack", "explosion", "suicide_bomb", "shelling"}
# what armed groups do on the ground besides attacks: "ويقيمون الحواجز", "أقاموا معسكرات"
_GROUP_ACTIVITIES = {"checkpoint", "base"}
_VIOLENT = {"attack", "armed_clash", "explosion", "suicide_bomb", "airstrike", "shelling", "abduction"}
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
    date: DatedSpan | None = None
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    target: str | None = None              # armed | civilian | property
    casualties: list[Casualty] = field(default_factory=list)
    definite: bool = False
    in_title: bool = False
    actor1_guessed: bool = False           # actor1 from the sentence's likeliest doer, not from a cue
    dead: set[int] = field(default_factory=set)  # the counts of dead its sentences give

    @property
    def main(self) -> Hit:
        return self.hits[0]


def _stems(doc: Document, first: int, last: int) -> set[str]:
    toks = doc.seg.tokens
    return {r.stem for k in range(max(0, first), min(last, len(toks))) for r in readings(toks[k].norm)}


class EventExtractor:
    def __init__(self, lex: EventLexicon, casualties: CasualtyFinder, role_templates: dict[str, str],
                 country_en: dict[str, str], adjectives: dict[str, str], entry_for_canonical=None,
                 country_place=None, speaker_of=None):
        from rasd.extract.casualties import VictimNamer

        self.country_place = country_place  # ISO2 -> (Arabic name, PlaceCandidate) or None
        self.speaker_of = speaker_of        # (doc, token, sentence) -> who states it (claims' source finder)
        self.victims = VictimNamer(role_templates, country_en, entry_for_canonical)
        self.lex = lex
        self.casualties = casualties
        self.adjectives = adjectives

    # --- triggers ---------------------------------------------------------------
    def _hits(self, doc: Document) -> list[Hit]:
        toks = doc.seg.tokens
        hits: list[Hit] = []
        for s in doc.seg.sentences:
            dropped_until = -1
            purpose_seen = False
            for m in self.lex.triggers.scan(toks, s.first_token, s.last_token):
                trig = m.payloads[0]
                if doc.inside_actor(m.first, m.last) is not None:
                    continue  # "عملية البنيان المرصوص" names a force, not an operation
                if trig.pos == "verb" and toks[m.last - 1].text.endswith("ة"):
                    # a taa marbuta makes it the verbal noun (استعادة), not verb + pronoun (استعاده)
                    trig = Trigger(trig.family, "noun", "", toks[m.first].norm.startswith(("ال", "وال", "بال", "لل")))
                if m.first == dropped_until and trig.pos == "noun":
                    dropped_until = m.last  # "لاستعادة السيطرة": the noun after a purpose shares it
                    continue
                first_word = toks[m.first].norm
                if purpose_seen and trig.pos == "noun" and first_word.startswith("و") and \
                        not first_word.startswith("وال") and first_word[1:] == m.phrase[0]:
                    continue  # "لتحرير آخر معقل للتنظيم ومواجهة عملياته": a second purpose joined by و
                if self._reports_incident(doc, m.first, m.last, trig, m.phrase):
                    hits.append(Hit(trig.family, m.first, m.last, trig, s.index))
                else:
                    dropped_until = m.last
                    purpose_seen = purpose_seen or (trig.pos == "noun" and first_word.startswith("ل")
                                                    and not m.phrase[0].startswith("ل"))
            # "فجر انتحاري نفسه": a verb and its reflexive object apart
            for k in range(s.first_token, s.last_token):
                pairs = [pair for r in readings(toks[k].norm) for pair in self.lex.gapped.get(r.stem, ())]
                for tail, fid in pairs:  # "وأطلق الجنود ... النار": the head with its conjunction
                    for j in range(k + 2, min(s.last_token, k + 7)):
                        if toks[j].norm == tail and not any(h.first <= k < h.last for h in hits):
                            trig = Trigger(fid, "form", "past")
                            if self._reports_incident(doc, k, j + 1, trig, (toks[k].norm,)):
                                hits.append(Hit(fid, k, j + 1, trig, s.index))
                            break
        hits.sort(key=lambda h: h.first)
        return hits

    def _reports_incident(self, doc: Document, first: int, last: int, trig: Trigger, phrase) -> bool:
        """False when the trigger reports no incident: negated, intended, feared, weighed, future, a purpose, a topic."""
        toks = doc.seg.tokens
        W = self.lex.words
        c0, c1 = doc.clause(first)
        s0, s1 = doc.sentence_bounds(doc.seg.sentence_of(first))
        tense = self._passive_tense(doc, first, s0) or trig.tense  # "يتم طرد": a present passive
        if tense == "future":
            return False
        fam = self.lex.families[trig.family]
        if fam.territory and not self._names_ground(doc, first, last, s1, fam):
            return False  # "استعادة حيويته": regaining something that is no territory
        need = fam.needs_for.get(phrase[0]) or fam.needs_for.get(" ".join(phrase))
        if need and not (need & _stems(doc, s0, s1)):
            return False
        window = _stems(doc, max(c0, first - MODALITY_WINDOW), first)
        if fam.not_with & window:
            return False
        if fam.not_after is not None and any(fam.not_after.match_at(toks, k) is not None
                                             for k in range(last, min(s1, last + 4))):
            return False  # "فرضوا سيطرتهم لفترة وجيزة على القاعدة"
        mod = self.lex.modality
        for kind in ("negation", "speculation", "intention", "generic"):
            if mod.get(kind, frozenset()) & window:
                return False
        if hedged(toks, max(c0, first - MODALITY_WINDOW), first, mod.get("hedge_before_present", frozenset())):
            return False  # "قد يتوجهون" (may), not "كانت قد أطلقت" (had launched)
        for k in range(max(c0, first - MODALITY_WINDOW), first):
            pm = self.lex.modality_phrases.match_at(toks, k)
            if pm is not None and pm.last <= first and pm.payloads[0] != "topic_heads":
                return False
        if mod.get("weighed", frozenset()) & _stems(doc, max(s0, first - SPECULATION_WINDOW), first):
            return False
        # a topic: "محاور القتال", "غرفة عمليات تحرير"
        if first > s0 and trig.pos == "noun":
            prev = {r.stem for r in readings(toks[first - 1].norm)}
            if prev & mod.get("topic_heads", frozenset()):
                return False
            pm = self.lex.modality_phrases.match_at(toks, max(s0, first - 2))
            if pm is not None and pm.last == first and pm.payloads[0] == "topic_heads":
                return False
        # a purpose: "لاستعادة مدينة سرت", "لإحباط", unless "تعرض ل..." (exposed to)
        if trig.pos == "noun" and toks[first].norm.startswith("ل") and not phrase[0].startswith("ل"):
            if not (mod.get("exposure", frozenset()) & _stems(doc, max(s0, first - 2), first)):
                return False
        # general activity: a plural trigger with no date, number or toll in its clause; a habit
        prev_word = {r.stem for r in readings(toks[first - 1].norm)} if first > s0 else set()
        general = trig.definite or bool(prev_word & W.general_prepositions) or (
            toks[first].norm != phrase[0] and toks[first].norm[:1] in "بل")
        specific_dates = [d for d in doc.dates_in(c0, c1) if d.date or not (d.key or "").startswith("rel:recent")]
        if tuple(phrase) in self.lex.plural and first > s0 and (
                _stems(doc, max(s0, first - 2), first) & mod.get("aggregate", frozenset()) or any(
                    (pm := self.lex.modality_phrases.match_at(toks, k)) is not None and pm.last == first
                    and pm.payloads[0] == "aggregate" for k in range(max(s0, first - 3), first))) and \
                not (doc.numbers_in(c0, c1) or any(_within_a_month(d) for d in doc.dates_in(c0, c1))):
            # "سلسلة اعتداءات دامية العام الماضي": a run of incidents, none of them told; with a month and a
            # toll ("عدة تفجيرات دامية في نهاية ديسمبر أسفرت عن مقتل 48") it is coded as one
            return False
        if tuple(phrase) in self.lex.plural and general and not (specific_dates or doc.numbers_in(c0, c1)):
            before = _stems(doc, max(s0, first - 3), first)
            specific_place = any(m.resolved is None or m.resolved.kind not in ("country", "continent", "region")
                                 for p0, _, m in doc.places_in(last, min(c1, last + 6)))
            if not (before & W.light_verbs and specific_place):
                return False
        if trig.pos == "noun":
            habitual = mod.get("habitual", frozenset())
            # the present-tense light verb may stand before its subject: "وينفذ التنظيم الإرهابي ... هجمات"
            for k in range(max(c0, first - 8), first):
                stems = {r.stem for r in readings(toks[k].norm)}
                if stems & habitual or any(w[:1] == "س" and w[1:] in habitual for w in stems):
                    return False  # "ينفذ التنظيم هجمات" (a habit), "سيشن الجيش هجوما" (the future)
        # "القوات التي تقاتل التنظيم", "وتقاتل الحركة للإطاحة بالحكومة": a present-tense verb
        # describes unless its sentence dates it or counts its dead
        if tense == "present":
            # ... a point in time ("منذ آب الماضي", "منذ عام 2015"), not a length of time ("منذ أكثر من عام")
            since = trig.family in ("overtake", "regain") and any(
                (toks[d.first_token].norm in W.since or (d.first_token > 0 and toks[d.first_token - 1].norm in W.since))
                and _names_a_time(d) for d in doc.dates_in(c0, c1))
            if since:
                pass  # "يسيطر على المدينة منذ آب الماضي": control taken at that date
            elif first > s0 and toks[first - 1].norm in W.relative_before_present:
                return False
            elif not (doc.dates_in(s0, s1) or doc.numbers_in(s0, s1)):
                return False
        # "بعد طرده من سرت", "إثر سيطرة القوات": a change of control recalled as background, undated
        # (after بعد/إثر a verb form is its verbal noun: "بعد طرده" = after his expulsion)
        if trig.family in ("overtake", "regain") and trig.pos in ("noun", "verb") and first > s0 and \
                {r.stem for r in readings(toks[first - 1].norm)} & W.background_after \
                and not doc.dates_in(c0, c1):
            return False
        # present-tense control without a date is a state, not the taking of a place
        if trig.family in ("overtake", "regain") and tense == "present" and not doc.dates_in(c0, c1):
            return False
        return True

    def _passive_tense(self, doc: Document, first: int, s0: int) -> str | None:
        """The tense of a passive auxiliary right before the trigger ("تم", "يتم", "سيتم"), if any."""
        if first <= s0:
            return None
        return next((self.lex.passive[r.stem] for r in readings(doc.seg.tokens[first - 1].norm)
                     if r.stem in self.lex.passive), None)

    def _nominal(self, doc: Document, hit: Hit) -> bool:
        """A verbal noun ("طرد داعش"), a passive ("تم تحرير") or a noun after a preposition ("بعد طرد")."""
        s0, _ = doc.sentence_bounds(hit.sentence)
        if hit.trigger.pos == "noun" or self._passive_tense(doc, hit.first, s0) or \
                any(r.stem in self.lex.passive for r in readings(doc.seg.tokens[hit.first].norm)):
            return True  # "طرد داعش", "بعد أن تم طرد", "تم تحرير" (the auxiliary inside the trigger)
        if hit.first > s0:
            prev = {r.stem for r in readings(doc.seg.tokens[hit.first - 1].norm)}
            return bool(prev & self.lex.words.noun_governors)
        return False

    def _names_ground(self, doc: Document, first: int, last: int, s1: int, fam) -> bool:
        """Whether territory follows a change-of-control trigger: a pronoun on it, a place, a force or a ground word."""
        if _object_pronoun(doc.seg.tokens[last - 1].text):
            return True
        hi = min(s1, last + TERRITORY_REACH)
        if doc.places_in(last, hi) or doc.actors_in(last, hi):
            return True
        return any({r.stem for r in readings(doc.seg.tokens[k].norm)} & fam.territory for k in range(last, hi))

    def _speaking_force(self, doc: Document, hit: Hit):
        """The state force whose spokesman or statement the trigger's sentence reports, if any."""
        if self.speaker_of is None:
            return None
        who = self.speaker_of(doc, hit.first, hit.sentence)
        for ref in who if isinstance(who, list) else [who]:
            if ref is not None and (ref.actor_id or ref.canonical) and ref.kind in _FORCE_KINDS:
                return ref
        return None

    def _told_as_later(self, doc: Document, sentence: int) -> bool:
        s0, s1 = doc.sentence_bounds(sentence)
        return self.lex.later is not None and any(self.lex.later.match_at(doc.seg.tokens, k) is not None
                                                  for k in range(s0, s1))

    def _unnamed_subject(self, doc: Document, hit: Hit) -> bool:
        """Whether the trigger's subject is a word for fighters of no named group ("سيطر عليها الجهاديون")."""
        toks = doc.seg.tokens
        _, s1 = doc.sentence_bounds(hit.sentence)
        return any({r.stem for r in readings(toks[k].norm)} & self.lex.unnamed_militants
                   for k in range(hit.last, min(s1, hit.last + 3)))

    def _qualify(self, doc: Document, hit: Hit) -> str:
        """The family once qualifiers (a suicide bomber, aircraft) are taken into account."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        c0, c1 = doc.clause(hit.first)
        for q in self.lex.qualifiers:
            if hit.family not in q.applies_to:
                continue
            # suicide: anywhere in the sentence; air: near the trigger in its clause
            lo, hi = (s0, s1) if q.id == "suicide" else (max(c0, hit.first - 3), min(c1, hit.last + 4))
            for k in range(lo, hi):
                if hit.first <= k < hit.last and q.id != "suicide":
                    continue
                if q.words.match_at(toks, k) is not None:
                    return q.sets
        return hit.family

    # --- arguments ------------------------------------------------------------------
    def _place_score(self, doc: Document, hit: Hit, p0: int, p1: int, m: PlaceMention) -> float:
        toks = doc.seg.tokens
        W = self.lex.words
        s0, _ = doc.sentence_bounds(hit.sentence)
        c0, c1 = doc.clause(hit.first)
        score = -0.15 * (p0 - hit.last) if p0 >= hit.last else -2.0 - 0.2 * (hit.first - p1)
        if c0 <= p0 < c1:
            score += 1.5
        prev = {r.stem for r in readings(toks[p0 - 1].norm)} if p0 > s0 and toks[p0 - 1].is_word else set()
        if m.span.start > toks[p0].start or prev & W.locative or m.cue:
            score += 1.0  # "بالنوفلية", "في سرت", "منطقة قرزة"
        if prev & W.place_origin:
            score -= 1.5  # "11 عسكريا من بوركينا فاسو": origin, not location
        if prev & W.border or (p0 - 2 >= s0 and toks[p0 - 2].norm in W.border_nouns):
            score -= 1.5  # "قرب الحدود مع النيجر": a neighbour
        before2 = {toks[k].norm for k in range(max(s0, p0 - 2), p0)}
        if before2 & W.place_description and not (c0 <= p0 < c1 and p0 - hit.last <= 3):
            score -= 3.0  # "في هذا البلد الواقع بغرب إفريقيا": a description of a place already named
        if p1 < len(toks) and toks[p1].norm in W.relative_after_place and 0 <= hit.first - p1 <= 3:
            score += 3.0  # "مدينة صبراتة التي استهدفتها غارة": the relative clause is about this place
        if hit.last < len(toks) and toks[hit.last].norm in W.resumptive:
            # "استعادة مدينة سرت ... بعد سيطرته عليها": the pronoun points back to the place before
            score += 2.5 - 0.1 * (hit.first - p1) if p1 <= hit.first else -3.0
        if m.offset_km and any(0 <= p0 - q1 <= 4 for q0, q1, q in doc.places_in(s0, p0) if q is not m):
            score -= 3.0  # "سرت (450 كلم شرق طرابلس)": the anchor of a description of the place before it
        kind = m.resolved.kind if m.resolved else m.cue_kind
        score -= {"country": 1.2, "continent": 3.0, "region": 2.5, "province": 0.4}.get(kind or "", 0.0)
        return score

    def _place_for(self, doc: Document, hit: Hit) -> PlaceMention | None:
        s0, s1 = doc.sentence_bounds(hit.sentence)
        cands = [(p0, p1, m) for p0, p1, m in doc.places_in(s0, s1) if doc.inside_actor(p0, p1) is None]
        if not cands:
            return None
        scores = [self._place_score(doc, hit, p0, p1, m) for p0, p1, m in cands]
        best = max(range(len(cands)), key=lambda i: scores[i])
        # "بين مصراتة وسرت ووادي سوف الجين": of a coordinated list, its most specific place
        chain = [best]
        for j in range(best + 1, len(cands)):
            gap = cands[j][0] - cands[chain[-1]][1]
            if gap > 1 or not doc.seg.tokens[cands[j][0]].norm.startswith("و") and gap != 1:
                break
            between = doc.seg.tokens[cands[chain[-1]][1]].norm
            if gap == 1 and between != "و" and not (between.startswith("و") and
                                                    cands[j][2].cue is not None):
                break  # "وسرت ووادي سوف الجين": a cue word with و may sit between
            chain.append(j)
        if len(chain) > 1:
            best = max(chain, key=lambda j: (_specificity(cands[j][2]), -j))
        if scores[best] < MIN_PLACE_SCORE:
            return None  # only descriptions and neighbours: the article's place will do
        return cands[best][2]

    def _date_for(self, doc: Document, hit: Hit) -> DatedSpan | None:
        s0, s1 = doc.sentence_bounds(hit.sentence)
        dates = doc.dates_in(s0, s1)
        if not dates:
            return None
        return min(dates, key=lambda d: abs(d.first_token - hit.first) + (0 if d.first_token >= hit.first else 2))

    def _actors_for(self, doc: Document, hit: Hit) -> tuple[ActorMention | None, ActorMention | None]:
        outcome = self.lex.families[hit.family].outcome  # "قتل 4 جنود": the words after it are victims
        toks = doc.seg.tokens
        W = self.lex.words
        s0, s1 = doc.sentence_bounds(hit.sentence)
        c0, _ = doc.clause(hit.first)
        cands = [x for x in doc.actors_in(s0, s1) if x[2].kind not in ("civilians",)]
        if not cands:
            return None, None
        # "بين X و Y"; "بين قوات X ومجموعات مسلحة" names only the first side
        for k in range(max(s0, hit.first - 2), min(s1, hit.last + 6)):
            if toks[k].norm in W.between_sides:
                after = [x for x in cands if x[0] > k]
                if len(after) >= 2 and after[1][0] - after[0][1] <= 3:
                    return after[0][2], after[1][2]
                if after and after[0][0] - k <= 2:
                    return after[0][2], None
        # "طرد داعش", "تم تحرير المدينة من التنظيم": the complement is the object; "بعد طرده": so is the pronoun
        governs_object = self.lex.families[hit.family].nominal_object and self._nominal(doc, hit)
        pronoun_object = self.lex.families[hit.family].nominal_object and _object_pronoun(toks[hit.last - 1].text)
        a1 = a2 = None
        a1_guessed = False
        for a0, a_end, a in cands:
            prev_stems = {r.stem for r in readings(toks[a0 - 1].norm)} if a0 > s0 else set()
            glued_l = a.span.start > toks[a0].start and toks[a0].norm.startswith("ل")
            # a marked target or agent may sit further away than an unmarked subject
            marked = a0 > s0 and ({r.stem for r in readings(toks[a0 - 1].norm)} & (W.target_markers | W.agent_markers))
            reach = ACTOR_WINDOW + 6 if marked else ACTOR_WINDOW
            if outcome and a0 >= hit.last and a0 - hit.last <= reach and \
                    _stems(doc, max(hit.last, a0 - 3), a0) & W.agent_markers:
                # "مقتل خمسة إرهابيين خلال عملية نفذتها قوة من الجيش": after a death the words are victims,
                # but one marked as the doer is the doer
                a1 = a if a1 is None or a1_guessed else a1
                a1_guessed = False
            elif a0 >= hit.last and a0 - hit.last <= reach and not outcome:
                gap = a0 - hit.last
                gap_stems = _stems(doc, hit.last, a0)
                near_before = _stems(doc, max(hit.last, a0 - 3), a0)
                if governs_object:
                    a2 = a2 or a          # "طرد مقاتلي التنظيم من درنة"
                elif near_before & W.affiliation and not (gap_stems & W.against):
                    a1 = a1 or a          # "هاجم مسلحون يشتبه في انتمائهم لجماعة نصرة الإسلام"
                elif prev_stems & W.target_markers or gap_stems & W.against:
                    a2 = a2 or a          # "هجوم على منطقة الحرس الوطني", "ضد التنظيم"
                elif near_before & W.agent_markers:
                    # "شنته حركة الشباب", "نفذتها قوة من الجيش", "على يد", "بنيران": named as the doer,
                    # which outweighs a subject only guessed from word order
                    a1 = a if a1 is None or a1_guessed else a1
                    a1_guessed = False
                elif prev_stems & W.source_preposition and gap <= 1:
                    a1 = a1 or a          # "صاروخ من بوكو حرام"
                elif glued_l and hit.trigger.pos == "noun" and gap <= 1:
                    a1 = a1 or a          # "هجوم لحركة الشباب", "هجوم إرهابي لبوكو حرام"
                elif glued_l:
                    a2 = a2 or a          # "استهدفا تجمعا لقوات فجر ليبيا"
                elif hit.trigger.pos == "verb" and gap == 0:
                    a1 = a1 or a          # VSO: "استهدفت قوات X ..."
            elif a_end <= hit.first and hit.first - a_end <= ACTOR_WINDOW and a0 >= c0:
                between = _stems(doc, a_end, hit.first)
                # the light verb may also stand before its subject: "وبدأت قوات X في 12 مايو عمليتها"
                verb_first = _stems(doc, max(c0, a0 - 2), a0) & W.light_verbs
                if hit.trigger.pos == "noun" and not (between & W.light_verbs or verb_first) and \
                        hit.first - a_end > 1:
                    continue
                if prev_stems & (W.target_markers | W.party_with) or between & (W.against | W.party_with):
                    continue  # "المواجهات مع القوات التونسية إثر هجوم": a party to the fighting, not this subject
                speech = between & (COMPLEMENTISERS | W.relatives)
                if speech and not (speech <= COMPLEMENTISERS - W.bare_complementisers and
                                   not between & self.lex.modality.get("exposure", frozenset())):
                    continue  # "قالت الشرطة إن الانتحاريات فجرن", "سرت التي جرى تحريرها"
                if pronoun_object and not _is_state(a):
                    a2 = a    # "تنظيمات تدعم داعش بعد طرده": the pronoun's antecedent lost the ground
                    continue
                if a0 - 1 > s0 and toks[a0 - 1].norm in W.partitive_preposition and (doc.numbers_in(a0 - 3, a0 - 1) or
                                                                 {r.stem for r in readings(toks[a0 - 2].norm)} &
                                                                 W.partitive_heads):
                    continue  # "قتل ثلاثة من أفراد الشرطة في هجوم": among the dead, not the attackers
                a1 = a  # SVO, or a light verb between ("قوات X شنت هجوما")
                a1_guessed = True
        if a1 is a2:
            a2 = None
        return a1, a2

    def _default_actor1(self, doc: Document, hit: Hit, actor2):
        """The perpetrator when no word marks it: "غارات أميركية" (a nationality after the trigger);
        for air and artillery strikes a state force the sentence names; for territory, the kind of
        actor that takes (a non-state group) or retakes (a state force) it."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        if hit.family in ("airstrike", "shelling"):
            for k in range(hit.last, min(s1, hit.last + 3)):
                iso = self.adjectives.get(toks[k].norm)
                if iso:
                    return self.victims(doc, "armed", iso)
        cands = [(a0, a) for a0, _, a in doc.actors_in(s0, s1)
                 if a is not actor2 and a.kind not in ("civilians", "protesters", "rioters")]
        state = [(abs(a0 - hit.first), a) for a0, a in cands if _is_state(a)]
        nonstate = [(abs(a0 - hit.first), a) for a0, a in cands if not _is_state(a) and a.canonical]
        if hit.family == "shelling":
            state = [(d, a) for d, a in state if "Air Force" not in (a.canonical or "")]  # air forces do not shell
        if hit.family in ("airstrike", "shelling") and state:
            return min(state, key=lambda x: x[0])[1]
        if hit.family == "regain" and state and hit.trigger.pos == "verb":
            return min(state, key=lambda x: x[0])[1]  # not "التي جرى تحريرها": a passive names no one
        if hit.family == "overtake" and nonstate:
            return min(nonstate, key=lambda x: x[0])[1]
        if hit.family in _GROUND_ATTACKS | _GROUP_ACTIVITIES:
            # a bombing or raid with no named perpetrator: the armed group its sentence (or the one
            # before) is about, as a coder reading "وقد تمكن التنظيم ... من شن هجمات، مثل الهجوم" would
            if not nonstate and hit.sentence > 0:
                p0, p1 = doc.sentence_bounds(hit.sentence - 1)
                nonstate = [(99, a) for _, _, a in doc.actors_in(p0, p1)
                            if not _is_state(a) and a.canonical and a.kind and "non-state" in a.kind]
            nonstate = [(d, a) for d, a in nonstate if a.kind and "non-state" in a.kind]
            if nonstate:
                # the sentence's first armed group is its subject more often than the nearest one
                return nonstate[0][1]
        return None

    @staticmethod
    def _dominant_group(doc: Document):
        """The non-state armed group named at least twice and twice as often as any other, if any."""
        groups = [a for _, _, a in doc.actors_in(0, len(doc.seg.tokens))
                  if a.actor_id and a.kind and "non-state" in a.kind]
        counts = Counter(a.actor_id for a in groups)
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        if n >= 2 and (not rest or n >= 2 * rest[0][1]):
            return next((a for a in groups if a.actor_id == top and not a.generic), None)
        return None

    def _target(self, doc: Document, hit: Hit) -> str | None:
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(hit.sentence)
        found = []
        for k in range(max(s0, hit.first - 2), min(s1, hit.last + 10)):
            if hit.first <= k < hit.last:
                continue
            for cls, matcher in self.lex.targets.items():
                if matcher.match_at(toks, k) is not None:
                    found.append((abs(k - hit.last) + (0 if k >= hit.last else 3), cls))
        return min(found)[1] if found else None

    def _responsibility(self, doc: Document) -> dict[int, ActorMention]:
        """Sentences where an armed group claims an attack ("تبنى تنظيم الدولة", "أعلنت الحركة مسؤوليتها")."""
        out = {}
        for s in doc.seg.sentences:
            if _stems(doc, s.first_token, s.last_token) & self.lex.words.responsibility:
                acts = [a for _, _, a in doc.actors_in(s.first_token, s.last_token)
                        if a.kind not in STATE_KINDS and a.canonical]
                if acts:
                    out[s.index] = acts[0]
        return out

    # --- assembling -----------------------------------------------------------------
    def extract(self, doc: Document) -> list[Event]:
        found: dict[int, list[Casualty]] = {}

        def counts_of(sentence: int) -> list[Casualty]:
            """The sentence's counts of dead and wounded (looked up often, found once)."""
            if sentence not in found:
                found[sentence] = self.casualties.find(doc, *doc.sentence_bounds(sentence))
            return found[sentence]

        hits = self._hits(doc)
        for hit in hits:
            hit.family = self._qualify(doc, hit)
        titles = self._title_sentences(doc)
        incidents: list[Incident] = []
        by_sentence: dict[int, list[Hit]] = {}
        for hit in hits:
            by_sentence.setdefault(hit.sentence, []).append(hit)
        for sent in sorted(by_sentence):
            sent_hits = by_sentence[sent]
            main = [h for h in sent_hits if not self.lex.families[h.family].outcome]
            # a death report is an incident of its own unless the sentence reports violence it results from
            violent = [h for h in main if h.family in _VIOLENT]
            deaths = [h for h in sent_hits if self.lex.families[h.family].outcome]
            # ... and only when it counts or names its dead ("قتل 5 جنود"), not "الانتفاضة التي قتل فيها"
            if deaths and not violent and not counts_of(sent):
                deaths = []
            chosen = main + (deaths if deaths and not violent else [])
            # "وقتل الإرهابيون العشرة في هجوم ...": the dead already counted, so the incident already told
            recalled = next((c.value for c in counts_of(sent)
                             if c.definite and c.kind == "killed"), None)
            dead = {c.value for c in counts_of(sent) if c.kind == "killed" and not c.tally and c.value}
            death_places: list[PlaceMention | None] = []
            for hit in sorted(chosen, key=lambda h: h.first):
                inc = self._incident(doc, hit)
                if self.lex.families[hit.family].outcome:
                    # death reports of one sentence are one incident, unless they happened in different places
                    # ("قتل شخص في مخيم بدالوري، وقال سكان بولابرين إن تسعة قتلوا هناك")
                    if death_places and (inc.place is None or any(
                            p is None or self._same_place(p, inc.place) for p in death_places)):
                        continue
                    death_places.append(inc.place)
                inc.in_title = sent in titles
                inc.dead = set(dead)
                if recalled is not None and self._recall(incidents, inc, recalled):
                    continue
                if not self._merge_into(doc, incidents, inc):
                    incidents.append(inc)
        self._absorb_title(incidents)
        self._fill_places(doc, incidents)
        self._attach_casualties(doc, incidents, counts_of)
        # a raid or bombing no sentence attributes: the armed group the article is about, when one dominates
        dominant = self._dominant_group(doc)
        if dominant is not None:
            for inc in incidents:
                if inc.actor1 is not None:
                    continue
                if inc.family in _GROUND_ATTACKS | {"killing"} and inc.target != "militant" or \
                        inc.family == "overtake" and self._unnamed_subject(doc, inc.main):
                    inc.actor1 = dominant
        # a force's spokesman telling of shelling or ground taken by unnamed fighters ("وبين أن ... سيطروا
        # على أجزاء من الحي"): his force's, as a coder reading the statement would take them
        for inc in incidents:
            if inc.actor1 is None and inc.family in self.lex.speaker_side:
                force = self._speaking_force(doc, inc.main)
                if force is not None:
                    inc.actor1 = force
        claims = self._responsibility(doc)
        for inc in incidents:
            who = claims.get(inc.sentence) or next((claims[s] for s in inc.sentences if s in claims), None)
            if who is None:
                who = claims.get(inc.sentence + 1) if inc.actor1 is None else None
            if who is not None:
                inc.actor1 = who
        return [self._event(doc, inc) for inc in incidents]

    def _recall(self, incidents: list[Incident], inc: Incident, value: int) -> bool:
        """Fold `inc` into the earlier incident whose sentences counted the same dead."""
        for prev in reversed(incidents):
            if self._compatible(prev.family, inc.family) and value in prev.dead:
                self._absorb(prev, inc, keep_type=True)
                return True
        return False

    def _incident(self, doc: Document, hit: Hit) -> Incident:
        inc = Incident(hit.family, [hit], hit.sentence, {hit.sentence})
        inc.place = self._place_for(doc, hit)
        inc.date = self._date_for(doc, hit)
        inc.actor1, inc.actor2 = self._actors_for(doc, hit)
        if inc.actor1 is None:
            inc.actor1 = self._default_actor1(doc, hit, inc.actor2)
            inc.actor1_guessed = inc.actor1 is not None
        inc.target = self._target(doc, hit)
        if self._weak_place(doc, inc.place):
            # "هجوم على موقع للجيش البوركيني قرب الحدود مع النيجر": the target's country, not the neighbour
            target_country = inc.actor2.country if inc.actor2 is not None else None
            if target_country and self.country_place is not None:
                found = self.country_place(target_country)
                if found is not None:
                    name, cand = found
                    inc.place = PlaceMention(span=inc.actor2.span, name=name, key=name, sentence=hit.sentence,
                                             resolved=cand)
        # "الهجوم" points back; "الهجوم الذي استهدف ..." introduces an attack of its own
        toks = doc.seg.tokens
        W = self.lex.words
        specified = False
        if hit.last < len(toks) and toks[hit.last].norm in W.relative_after_trigger:
            nxt = self.lex.triggers.match_at(toks, hit.last + 1) if hit.last + 1 < len(toks) else None
            specified = nxt is not None or toks[min(hit.last + 1, len(toks) - 1)].norm in W.specifying_verbs
        inc.definite = hit.trigger.pos == "noun" and hit.trigger.definite and not specified
        return inc

    def _weak_place(self, doc: Document, m: PlaceMention | None) -> bool:
        """No place, or a place named only as a neighbour or an origin ("الحدود مع النيجر")."""
        if m is None:
            return True
        toks = doc.seg.tokens
        k = doc.token_of(m.span.start)
        prev = {r.stem for j in range(max(0, k - 2), k) for r in readings(toks[j].norm)}
        return bool(prev & self.lex.words.weak_place_before)

    @staticmethod
    def _title_sentences(doc: Document) -> set[int]:
        """Headlines: the sentences of short first lines (with no final full stop) before the body text."""
        out: set[int] = set()
        raw = doc.seg.text.raw
        for s in doc.seg.sentences[:6]:
            line_start = raw.rfind("\n", 0, s.start) + 1
            line_end = raw.find("\n", s.end)
            line_end = len(raw) if line_end < 0 else line_end
            line = raw[line_start:line_end].strip()
            if line_end == len(raw) or len(line.split()) > 25 or (line.endswith(".") and not line.endswith("..")):
                break
            out.add(s.index)
        return out

    def _same_place(self, a: PlaceMention | None, b: PlaceMention | None) -> bool:
        if a is None or b is None:
            return True
        ra, rb = a.resolved, b.resolved
        if ra is None or rb is None:
            known = ra or rb
            # an unknown village inside a country or province the other report names
            return a.key == b.key or (known is not None and known.kind in ("country", "province", "region"))
        if ra.id == rb.id:
            return True
        # a country holds every place in it; a province or region the places near it
        for big, small in ((ra, rb), (rb, ra)):
            if big.kind == "country" and small.country == big.country:
                return True
            if big.kind in ("province", "region", "district") and big.lat is not None and small.lat is not None:
                if km((big.lat, big.lon), (small.lat, small.lon)) <= 250 and small.country == big.country:
                    return True
        if ra.lat is not None and rb.lat is not None and ra.kind != "country" and rb.kind != "country":
            return km((ra.lat, ra.lon), (rb.lat, rb.lon)) <= PLACE_NEAR_KM
        return False

    def _compatible(self, fa: str, fb: str) -> bool:
        return fa == fb or any(fa in g and fb in g for g in _COMPATIBLE)

    def _merge_into(self, doc: Document, incidents: list[Incident], inc: Incident) -> bool:
        """Fold `inc` into an earlier incident it describes again."""
        for prev in reversed(incidents):
            if prev.in_title and not inc.in_title:
                continue  # the headline is folded into the body at the end, not the body into it
            if inc.sentence - max(prev.sentences) > ANAPHORA_REACH and not inc.definite:
                break
            if not self._compatible(prev.family, inc.family):
                continue
            same_sentence = inc.sentence in prev.sentences
            if prev.family in _TERRITORY and inc.family in _TERRITORY and not (inc.definite and not same_sentence):
                # a town taken and a town retaken are two incidents, and so are two places changing hands
                if _territory_side(prev) != _territory_side(inc):
                    continue
                if not same_sentence and not _same_ground(prev.place, inc.place):
                    continue
            # "الهجوم" points back, and so does "وقتل أيضا جندي" (also)
            # ... on the same day: "وقتل أيضا خلال مواجهة أمس جندي" is not Monday's attack
            also = bool(_stems(doc, *doc.sentence_bounds(inc.sentence)) & self.lex.words.also) and \
                inc.sentence - max(prev.sentences) <= ANAPHORA_REACH and _dates_agree(prev.date, inc.date)
            anaphoric = (inc.definite or also) and inc.sentence - max(prev.sentences) <= ANAPHORA_REACH
            if same_sentence and (inc.definite or self.lex.families[inc.family].outcome) and \
                    self._same_place(prev.place, inc.place):
                self._absorb(prev, inc)
                return True
            if anaphoric:
                self._absorb(prev, inc)  # "الهجوم" points back whatever else its sentence names
                return True
            if not same_sentence and inc.dead & prev.dead and inc.sentence - max(prev.sentences) <= 2 and \
                    self._same_place(prev.place, inc.place) and not (prev.family in _TERRITORY):
                # "أعلنت الوزارة مقتل خمسة إرهابيين خلال عملية ... وقالت إن وحداتها تمكنت من القضاء على خمسة
                # إرهابيين": the same dead told again, whatever the day is called
                self._absorb(prev, inc, keep_type=True)
                return True
            if not same_sentence and self._told_as_later(doc, inc.sentence):
                continue  # "وأعلن الجيش في وقت لاحق أنه قتل 12 من المهاجمين": what happened next
            keep_type = inc.sentence != prev.sentence  # a later sentence adds details; only "الهجوم ..." may retype
            # in a sentence it already spans, the incident's date there is what the sentence says
            # (unless it spans it only by a mention pointing back, "المواجهات")
            here = [self._date_for(doc, h) for h in prev.hits
                    if h.sentence == inc.sentence and not h.trigger.definite] or [prev.date]
            if not any(_dates_agree(d, inc.date) for d in here):
                continue
            if same_sentence and _same_sides(prev, inc) and (_coarse(prev.place) or _coarse(inc.place)):
                # "تبنى أول هجوم له في غرب إفريقيا، وأعلن مسؤوليته عن الهجوم الذي استهدف موقعا للجيش
                # البوركيني": the same two sides, once placed by region and once by place
                self._absorb(prev, inc, keep_type=keep_type)
                return True
            if not self._same_place(prev.place, inc.place):
                continue
            if prev.actor1 and inc.actor1 and (prev.actor1.actor_id or prev.actor1.name) != \
                    (inc.actor1.actor_id or inc.actor1.name) and not same_sentence:
                continue
            agree = prev.actor1 is None or inc.actor1 is None or \
                (prev.actor1.actor_id or prev.actor1.name) == (inc.actor1.actor_id or inc.actor1.name)
            gap = inc.sentence - max(prev.sentences)
            same_spot = inc.place is not None and prev.place is not None and self._same_place(prev.place, inc.place)
            near = gap <= 2 or (gap <= 3 and same_spot)
            retyped = self.lex.families[inc.family].type != self.lex.families[prev.family].type
            same_actor = prev.actor1 is not None and inc.actor1 is not None and \
                (prev.actor1.actor_id or prev.actor1.name) == (inc.actor1.actor_id or inc.actor1.name)
            if not same_sentence and retyped and (inc.place is None or prev.place is None) and not \
                    (same_actor and gap <= 1):
                continue  # another kind of violence sentences later, with nothing tying it to this incident
            if same_sentence or (near and agree and (inc.place is None or prev.place is None or
                                                     self._same_place(prev.place, inc.place))):
                self._absorb(prev, inc, keep_type=keep_type)
                return True
        return False

    def _absorb_title(self, incidents: list[Incident]) -> None:
        """A headline restates the body's incident: keep the body's, with the headline's facts."""
        for t in [i for i in incidents if i.in_title]:
            body = next((i for i in incidents if not i.in_title and self._compatible(i.family, t.family)
                         and self._same_place(i.place, t.place)), None)
            if body is not None:
                self._absorb(body, t)
                incidents.remove(t)

    def _absorb(self, prev: Incident, inc: Incident, keep_type: bool = False) -> None:
        fams = self.lex.families
        if not keep_type and fams[inc.family].priority > fams[prev.family].priority:
            prev.family = inc.family
        prev.hits.extend(inc.hits)
        prev.sentences |= inc.sentences
        prev.dead |= inc.dead
        if prev.place is None or (inc.place is not None and _specificity(inc.place) > _specificity(prev.place)):
            prev.place = inc.place  # the base "في السالينى" is more precise than "قرب مقديشو"
        prev.date = prev.date or inc.date
        if not (inc.definite and inc.actor1_guessed):
            # "ولم تعلق بعد جماعة بوكو حرام على الهجوم": a mention that points back names no doer by itself
            prev.actor1 = prev.actor1 or inc.actor1
        prev.actor2 = prev.actor2 or inc.actor2
        prev.target = prev.target or inc.target

    def _fill_places(self, doc: Document, incidents: list[Incident]) -> None:
        """An incident whose sentence names no place happened where the text last was."""
        specific = [(doc.seg.sentence_of(p0), m) for p0, p1, m in doc.places_in(0, len(doc.seg.tokens))
                    if doc.inside_actor(p0, p1) is None]
        counts = Counter((m.resolved.id if m.resolved else m.key) for _, m in specific
                         if (m.resolved.kind if m.resolved else m.cue_kind) not in ("country", "continent", "region"))
        for inc in incidents:
            if inc.place is not None:
                continue
            # a place named in the incident's own sentences, however it was introduced
            own = [m for s, m in specific if s in inc.sentences]
            if own:
                inc.place = max(own, key=_specificity)
                continue
            # the place the article keeps returning to, with a nudge for the sentences just before
            recent = {(m.resolved.id if m.resolved else m.key) for s, m in specific
                      if inc.sentence - 2 <= s < inc.sentence}
            if counts:
                top = max(counts, key=lambda k: counts[k] + (1.5 if k in recent else 0))
                inc.place = next(m for _, m in specific if (m.resolved.id if m.resolved else m.key) == top)
            elif specific:
                top = Counter(m.key for _, m in specific).most_common(1)[0][0]
                inc.place = next(m for _, m in specific if m.key == top)

    def _attach_casualties(self, doc: Document, incidents: list[Incident], counts_of) -> None:
        by_sentence: dict[int, list[Incident]] = {}
        for inc in incidents:
            for s in inc.sentences:
                by_sentence.setdefault(s, []).append(inc)
        for s in doc.seg.sentences:
            counts = counts_of(s.index)
            if not counts:
                continue
            owners = by_sentence.get(s.index)
            if not owners:
                # an outcome sentence right after an incident that gave no toll ("وأفادت حصيلة ... بمقتل 18");
                # after one that did, its counts are parts and running totals, not another report
                prev = [i for i in incidents if max(i.sentences) == s.index - 1]
                owners = [i for i in prev[-1:] if not any(c.kind == "killed" for c in i.casualties)]
            for c in counts:
                if not owners:
                    break

                clause = doc.clause(c.first_token)

                def distance(i: Incident) -> int:
                    # in the toll's own clause: "قتل 11 عسكريا ... في هجوم"; otherwise the incident before it:
                    # "الهجوم الذي استهدف بوابة ...، مما أسفر عن مقتل 12 جنديا، وكذلك الهجوم الذي ..."
                    here = [abs(h.first - c.first_token) if clause[0] <= h.first < clause[1] else
                            (50 + c.first_token - h.first if h.first <= c.first_token else 100 + h.first - c.first_token)
                            for h in i.hits if h.sentence == s.index]
                    return min(here) if here else 999
                min(owners, key=distance).casualties.append(c)

    def _event(self, doc: Document, inc: Incident) -> Event:
        fam = self.lex.families[inc.family]
        if fam.with_deaths and toll(inc.casualties):
            inc.family = fam.with_deaths  # "مقتل خمسة إرهابيين ... وضبط أسلحة": a fight, not a seizure
            fam = self.lex.families[inc.family]
        etype, sub = fam.type, fam.sub_type
        a1, a2 = inc.actor1, inc.actor2
        if a1 is not None and a2 is not None and ((a1.actor_id or a1.name) == (a2.actor_id or a2.name) or
                                                  a1.canonical and a1.canonical == a2.canonical):
            a2 = None  # one actor is not both sides of its own incident
        victims = [c.side for c in inc.casualties if c.kind == "killed" and c.side]
        if inc.family in ("attack", "killing"):
            civilians = any(v in ("civilian", "people") for v in victims) and not any(
                v in ("armed", "militant") for v in victims)
            state_attacker = a1 is not None and a1.kind in STATE_KINDS
            if inc.target == "civilian" or (civilians and inc.target in (None, "militant") and not state_attacker):
                if a2 is None or a2.kind not in STATE_KINDS:
                    etype, sub = "Violence against civilians", "Attack"
            elif inc.target == "property" and not victims:
                etype, sub = "Strategic developments", "Looting/property destruction"
        if inc.family in _TERRITORY:
            # who gains the ground decides: "سيطرت القوات" regains, "استعاد التنظيم السيطرة" overtakes
            sub = ("Government regains territory" if _territory_side(inc) == "state"
                   else "Non-state actor overtakes territory")
        hit = inc.main
        date, precision = (inc.date.date, inc.date.precision) if inc.date and inc.date.date else (None, "unknown")
        return Event(type=etype, sub_type=sub, evidence=doc.sentence_span(inc.sentence),
                     trigger=doc.text_span(hit.first, hit.last), date=date, date_precision=precision,
                     place=self._place_ref(inc.place), actor1=_ref(a1),
                     actor2=_ref(a2) or self._victim_ref(doc, inc, etype),
                     fatalities=toll(inc.casualties), sentence=inc.sentence)

    def _victim_ref(self, doc: Document, inc: Incident, etype: str) -> ActorRef | None:
        """actor2 from the victims when no actor is named: "Civilians (Nigeria)", "Military Forces of X"."""
        sides = [(c.side, c.country) for c in inc.casualties if c.kind == "killed" and c.side]
        # the victims' nationality when said ("جنود ليبيين"), else the country the incident happened in
        here = inc.place.resolved.country if inc.place is not None and inc.place.resolved is not None else None
        if etype == "Violence against civilians":
            country = next((cc for _, cc in sides if cc), None) or here
            return self.victims(doc, "civilian", country)
        for side, country in sides:
            if side == "armed":
                ref = self.victims(doc, "armed", country or here)
                if ref is not None and inc.actor1 is not None and ref.canonical == inc.actor1.canonical:
                    continue  # the attackers' own dead do not make them the target
                return ref
        return None

    @staticmethod
    def _place_ref(m: PlaceMention | None) -> PlaceRef | None:
        if m is None:
            return None
        ref = PlaceRef.of(m)
        c = m.resolved
        if c is not None and m.offset_km and m.bearing is not None and ref.lat is not None:
            # "100 كيلومتر جنوب الجفرة": the point moves, and says where it was moved from
            ref.lat, ref.lon = offset_point(ref.lat, ref.lon, m.offset_km, m.bearing)
            ref.relation = f"{m.offset_km:g} km {_compass(m.bearing)} of {c.name_en}"
        return ref


_DIACRITICS = dict.fromkeys(range(0x064B, 0x0653), None) | {0x0640: None}


def _object_pronoun(word: str) -> bool:
    """Whether a word carries an attached pronoun ("طرده", "تحريرها"); read on the raw text, where
    a taa marbuta ("استعادة") is not the pronoun ه."""
    w = word.translate(_DIACRITICS)
    return len(w) > 3 and w.endswith(("ه", "ها", "هم", "هما"))


def _specificity(m: PlaceMention) -> int:
    kind = m.resolved.kind if m.resolved else m.cue_kind
    if kind == "region" and m.resolved is not None and not m.resolved.country:
        return -1  # a region of several countries ("غرب إفريقيا") says less than one of them
    return {"country": 0, "continent": 0, "region": 1, "province": 2, "district": 3, "city": 4, "town": 5,
            "village": 6, "wadi": 6, "place": 6, "neighbourhood": 7, "landmark": 7, "checkpoint": 7}.get(kind or "", 4)


def _named_parts(d: DatedSpan) -> set[str]:
    """The calendar parts a date expression names (year, month, day, weekday); none for "منذ سنوات"."""
    return {f for f in ("year", "month", "day", "weekday") if getattr(d.expr, f, None) is not None}


def _within_a_month(d: DatedSpan) -> bool:
    """A date that says at least the month ("نهاية ديسمبر", "الاثنين"), not only the year."""
    return bool(_named_parts(d) - {"year"})


def _names_a_time(d: DatedSpan) -> bool:
    """A point in time, not only an amount of time back ("منذ أكثر من عام")."""
    return d.expr is None or bool(_named_parts(d))


def _actor_key(a) -> str | None:
    return None if a is None else (a.actor_id or a.canonical or a.name)


def _same_sides(a: Incident, b: Incident) -> bool:
    """Both incidents name both sides, and the same ones."""
    return None not in (a.actor1, a.actor2, b.actor1, b.actor2) and \
        _actor_key(a.actor1) == _actor_key(b.actor1) and _actor_key(a.actor2) == _actor_key(b.actor2)


def _coarse(m: PlaceMention | None) -> bool:
    kind = (m.resolved.kind if m.resolved else m.cue_kind) if m is not None else None
    return kind in ("country", "region", "continent")


_TERRITORY = {"overtake", "regain"}


def _territory_side(inc: Incident) -> str:
    """Who gains the ground in a change of control: "state" or "non-state" (as _event codes it)."""
    a1 = inc.actor1
    if inc.family == "overtake":
        return "state" if a1 is not None and _is_state(a1) else "non-state"
    return "non-state" if a1 is not None and not _is_state(a1) else "state"


def _same_ground(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """The very same place (not merely a nearby one): a neighbourhood taken is not its city taken."""
    if a is None or b is None:
        return True
    if a.resolved is not None and b.resolved is not None:
        return a.resolved.id == b.resolved.id
    return a.key == b.key


def _dates_agree(a: DatedSpan | None, b: DatedSpan | None) -> bool:
    """Two incidents' dates conflict only when both are resolved and do not overlap, or both are
    unresolved and say different things ("الاثنين" and "الثلاثاء")."""
    if a is None or b is None:
        return True
    if a.date and b.date:
        return iso_overlap(a.date, b.date)
    if not a.date and not b.date:
        return a.key is None or b.key is None or a.key == b.key
    return True


def _is_state(a) -> bool:
    return a.kind in STATE_KINDS or (a.canonical or "").startswith(("Military Forces", "Police Forces", "Government"))


def _ref(a) -> ActorRef | None:
    if a is None or isinstance(a, ActorRef):
        return a
    return ActorRef.of(a)


def _compass(bearing: float) -> str:
    names = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return names[int((bearing % 360) / 45 + 0.5) % 8]
