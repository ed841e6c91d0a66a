"""Does a trigger report an incident?  Not when it is negated, intended,
feared, weighed or in the future; a purpose ("لاستعادة"), a topic ("محاور
القتال"), a habit ("ينفذ التنظيم هجمات"), activity in general ("في
هجمات"), a description in the present tense ("القوات التي تقاتل
التنظيم"), or a change of control recalled as background ("بعد طرده من
سرت").

Each check below answers one of these questions for a trigger at a place
in a sentence; `reports_incident` asks them all.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.extract.document import DatedSpan, Document
from rasd.extract.events.model import COARSE_KINDS, TERRITORY
from rasd.extract.events.reading import object_pronoun, passive_tense, stems, token_stems
from rasd.extract.lexicon import EventLexicon, Family, Trigger
from rasd.text.morphology import hedged

LIGHT_VERB_REACH = 5     # tokens before a plural trigger searched for the verb that carries it ("شن طيران التحالف عدة غارات")
PLACE_AFTER_REACH = 6    # tokens after it searched for the place it was carried to
GROUND_MARKER_REACH = 3  # tokens after a trigger searched for the preposition of the ground it leaves
MODALITY_WINDOW = 4        # words before a trigger that may negate or hedge it
SPECULATION_WINDOW = 10    # words before a trigger searched for a weighed proposition ("احتمال أن")
TERRITORY_REACH = 6        # words after a change-of-control trigger searched for the ground it names
HABIT_WINDOW = 8           # words before a noun trigger searched for a habitual verb ("وينفذ التنظيم ... هجمات")
NOT_AFTER_REACH = 4        # words after a trigger searched for a family's cancelling words

_PURPOSE_PREFIX = "ل"          # "لاستعادة": the preposition of purpose glued to a verbal noun
_PREPOSITION_LETTERS = "بل"    # "بهجمات", "لهجمات": a glued preposition makes a plural trigger general
_FUTURE_PREFIX = "س"           # "سيشن": the future prefix on a habitual verb
_MODAL_KINDS = ("negation", "speculation", "intention", "generic")


@dataclass(frozen=True)
class TriggerAt:
    """A trigger where it stands: its tokens, sentence and clause bounds, and its tense."""

    first: int
    last: int
    trig: Trigger
    phrase: tuple
    s0: int
    s1: int
    c0: int
    c1: int
    tense: str


def glued_purpose(first_word: str, phrase) -> bool:
    """The written word carries a purpose ل the trigger itself does not have ("لاستعادة")."""
    return first_word.startswith(_PURPOSE_PREFIX) and not phrase[0].startswith(_PURPOSE_PREFIX)


def reports_incident(doc: Document, lex: EventLexicon, first: int, last: int, trig: Trigger, phrase) -> bool:
    """False when the trigger reports no incident: negated, intended, feared, weighed, future, a purpose, a topic."""
    c0, c1 = doc.clause(first)
    s0, s1 = doc.sentence_bounds(doc.seg.sentence_of(first))
    tense = passive_tense(lex, doc, first, s0) or trig.tense  # "يتم طرد": a present passive
    t = TriggerAt(first, last, trig, phrase, s0, s1, c0, c1, tense)
    if tense == "future":
        return False
    fam = lex.families[trig.family]
    if _another_sense(doc, fam, t):
        return False
    window = stems(doc, max(c0, first - MODALITY_WINDOW), first)
    if fam.not_with & window or _cancelled_after(doc, fam, t) or _modal(doc, lex, t, window):
        return False
    return not (_topic(doc, lex, t) or _purpose(doc, lex, t) or _run_of_incidents(doc, lex, t)
                or _general_activity(doc, lex, t) or _habit(doc, lex, t) or _describes(doc, lex, t)
                or _control_recalled(doc, lex, t))


def _another_sense(doc: Document, fam: Family, t: TriggerAt) -> bool:
    """The word in a sense the family does not mean: "استعادة حيويته" (no territory), "زرع" without a mine."""
    if fam.territory and not names_ground(doc, t.first, t.last, t.s1, fam):
        return True
    marker = fam.ground_marker.get(t.trig.lemma)
    if marker and not any(doc.seg.tokens[k].norm in marker for k in range(t.last, min(t.s1, t.last + GROUND_MARKER_REACH))):
        return True  # "انسحب معظم أفراد القوات": a withdrawal that names no ground it leaves
    need = fam.needs_for.get(t.trig.lemma) or fam.needs_for.get(t.phrase[0]) or \
        fam.needs_for.get(" ".join(t.phrase))
    return bool(need and not (need & stems(doc, t.s0, t.s1)))


def names_ground(doc: Document, first: int, last: int, s1: int, fam: Family) -> bool:
    """Whether territory follows a change-of-control trigger: a pronoun on it, a place, a force or a ground word."""
    if object_pronoun(doc.seg.tokens[last - 1].text):
        return True
    hi = min(s1, last + TERRITORY_REACH)
    if doc.places_in(last, hi) or doc.actors_in(last, hi):
        return True
    return any(token_stems(doc, k) & fam.territory for k in range(last, hi))


def _cancelled_after(doc: Document, fam: Family, t: TriggerAt) -> bool:
    """Words right after the trigger that cancel it: "فرضوا سيطرتهم لفترة وجيزة على القاعدة"."""
    toks = doc.seg.tokens
    return fam.not_after is not None and any(fam.not_after.match_at(toks, k) is not None
                                             for k in range(t.last, min(t.s1, t.last + NOT_AFTER_REACH)))


def _modal(doc: Document, lex: EventLexicon, t: TriggerAt, window: set[str]) -> bool:
    """Negated, speculated, intended or generic; hedged ("قد يتوجهون"); weighed ("احتمال أن")."""
    toks = doc.seg.tokens
    mod = lex.modality
    if any(mod.get(kind, frozenset()) & window for kind in _MODAL_KINDS):
        return True
    lo = max(t.c0, t.first - MODALITY_WINDOW)
    if hedged(toks, lo, t.first, mod.get("hedge_before_present", frozenset())):
        return True  # "قد يتوجهون" (may), not "كانت قد أطلقت" (had launched)
    for k in range(lo, t.first):
        pm = lex.modality_phrases.match_at(toks, k)
        if pm is not None and pm.last <= t.first and pm.payloads[0] != "topic_heads":
            return True
    return bool(mod.get("weighed", frozenset()) & stems(doc, max(t.s0, t.first - SPECULATION_WINDOW), t.first))


def _topic(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun trigger named as a topic: "محاور القتال", "غرفة عمليات تحرير"."""
    if not (t.first > t.s0 and t.trig.pos == "noun"):
        return False
    if token_stems(doc, t.first - 1) & lex.modality.get("topic_heads", frozenset()):
        return True
    pm = lex.modality_phrases.match_at(doc.seg.tokens, max(t.s0, t.first - 2))
    return pm is not None and pm.last == t.first and pm.payloads[0] == "topic_heads"


def _purpose(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A purpose: "لاستعادة مدينة سرت", "لإحباط", unless "تعرض ل..." (exposed to)."""
    if t.trig.pos == "noun" and glued_purpose(doc.seg.tokens[t.first].norm, t.phrase):
        return not (lex.modality.get("exposure", frozenset()) & stems(doc, max(t.s0, t.first - 2), t.first))
    return False


def _run_of_incidents(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"سلسلة اعتداءات دامية العام الماضي": a run of incidents, none of them told; with a month and a
    toll ("عدة تفجيرات دامية في نهاية ديسمبر أسفرت عن مقتل 48") it is coded as one."""
    if not (tuple(t.phrase) in lex.plural and t.first > t.s0):
        return False
    aggregate = lex.modality.get("aggregate", frozenset())
    toks = doc.seg.tokens
    counted = stems(doc, max(t.s0, t.first - 2), t.first) & aggregate or any(
        (pm := lex.modality_phrases.match_at(toks, k)) is not None and pm.last == t.first
        and pm.payloads[0] == "aggregate" for k in range(max(t.s0, t.first - 3), t.first))
    if not counted or doc.numbers_in(t.c0, t.c1) or any(_within_a_month(d) for d in doc.dates_in(t.c0, t.c1)):
        return False
    # "شن عدة غارات على مواقع في محافظة مأرب": strikes a force carried to one specific place are one event
    return not _carried_to_a_place(doc, lex, t)


def _carried_to_a_place(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A light verb before the trigger ("شن", "نفذ") and a place more precise than a country after it."""
    before = stems(doc, max(t.s0, t.first - LIGHT_VERB_REACH), t.first)
    specific_place = any(m.resolved is None or m.resolved.kind not in COARSE_KINDS
                         for _, _, m in doc.places_in(t.last, min(t.c1, t.last + PLACE_AFTER_REACH)))
    return bool(before & lex.words.light_verbs) and specific_place


def _general_activity(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A plural trigger that tells activity in general ("في هجمات", "الغارات") with no date, number or
    specific place, unless a light verb carries it to a specific place ("شن هجمات على بلدة س")."""
    if tuple(t.phrase) not in lex.plural:
        return False
    toks = doc.seg.tokens
    W = lex.words
    first = t.first
    prev_word = token_stems(doc, first - 1) if first > t.s0 else set()
    general = t.trig.definite or bool(prev_word & W.general_prepositions) or (
        toks[first].norm != t.phrase[0] and toks[first].norm[:1] in _PREPOSITION_LETTERS)
    specific_dates = [d for d in doc.dates_in(t.c0, t.c1) if d.date or not (d.key or "").startswith("rel:recent")]
    if not general or specific_dates or doc.numbers_in(t.c0, t.c1):
        return False
    return not _carried_to_a_place(doc, lex, t)


def _habit(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"ينفذ التنظيم هجمات" (a habit), "سيشن الجيش هجوما" (the future): the present-tense light verb
    may stand before its subject ("وينفذ التنظيم الإرهابي ... هجمات")."""
    if t.trig.pos != "noun":
        return False
    habitual = lex.modality.get("habitual", frozenset())
    for k in range(max(t.c0, t.first - HABIT_WINDOW), t.first):
        words = token_stems(doc, k)
        if words & habitual or any(w[:1] == _FUTURE_PREFIX and w[1:] in habitual for w in words):
            return True
    return False


def _describes(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"القوات التي تقاتل التنظيم", "وتقاتل الحركة للإطاحة بالحكومة": a present-tense verb describes
    unless its sentence dates it or counts its dead; control held since a point in time was taken then."""
    if t.tense != "present":
        return False
    toks = doc.seg.tokens
    W = lex.words
    # ... a point in time ("منذ آب الماضي", "منذ عام 2015"), not a length of time ("منذ أكثر من عام")
    since = t.trig.family in TERRITORY and any(
        (toks[d.first_token].norm in W.since or (d.first_token > 0 and toks[d.first_token - 1].norm in W.since))
        and _names_a_time(d) for d in doc.dates_in(t.c0, t.c1))
    if since:
        return False  # "يسيطر على المدينة منذ آب الماضي": control taken at that date
    if t.first > t.s0 and toks[t.first - 1].norm in W.relative_before_present:
        return True
    return not (doc.dates_in(t.s0, t.s1) or doc.numbers_in(t.s0, t.s1))


def _control_recalled(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An undated change of control as background ("بعد طرده من سرت", "إثر سيطرة القوات": after
    بعد/إثر a verb form is its verbal noun), or held in the present tense: a state, not a taking."""
    if t.trig.family not in TERRITORY or doc.dates_in(t.c0, t.c1):
        return False
    if t.trig.pos in ("noun", "verb") and t.first > t.s0 and \
            token_stems(doc, t.first - 1) & lex.words.background_after:
        return True
    return t.tense == "present"


def _named_parts(d: DatedSpan) -> set[str]:
    """The calendar parts a date expression names (year, month, day, weekday); none for "منذ سنوات"."""
    return {f for f in ("year", "month", "day", "weekday") if getattr(d.expr, f, None) is not None}


def _within_a_month(d: DatedSpan) -> bool:
    """A date that says at least the month ("نهاية ديسمبر", "الاثنين"), not only the year."""
    return bool(_named_parts(d) - {"year"})


def _names_a_time(d: DatedSpan) -> bool:
    """A point in time, not only an amount of time back ("منذ أكثر من عام")."""
    return d.expr is None or bool(_named_parts(d))
