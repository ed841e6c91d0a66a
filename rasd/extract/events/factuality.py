"""Does a trigger report an incident?  Not when it is negated, intended,
feared, weighed, guarded against ("تحسبا لهجمات"), incited ("التحريض على
القتال") or in the future; a purpose ("لاستعادة"), an order ("أمر
باعتقال"), a topic ("محاور القتال"), a habit ("ينفذ التنظيم هجمات"),
activity in general ("في هجمات"), a description in the present tense
("القوات التي تقاتل التنظيم"), a tally over months or years or since long
ago, or a change of control recalled as background ("بعد طرده من سرت").

Each check below answers one of these questions for a trigger at a place
in a sentence; `reports_incident` asks them all.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.extract.attribution import QUOTES
from rasd.extract.document import DatedSpan, Document
from rasd.extract.events.model import COARSE_KINDS, TERRITORY
from rasd.extract.events.reading import (
    after_since,
    named_parts,
    names_a_time,
    object_pronoun,
    passive_tense,
    stems,
    stems_and_bare,
    token_stems,
)
from rasd.extract.events.setting import long_past
from rasd.extract.lexicon import PRESENT_PREFIXES, EventLexicon, Family, RoleWords, Trigger
from rasd.text.clitics import CONJUNCTIONS
from rasd.text.morphology import COMPLEMENTISERS, hedged
from rasd.text.normalise import norm
from rasd.text.segment import COMMAS, Segmented

LIGHT_VERB_REACH = 5     # tokens before a plural trigger searched for the verb that carries it ("شن طيران التحالف عدة غارات")
PLACE_AFTER_REACH = 8    # tokens after it searched for the place it was carried to ("عدة غارات على مواقع ومعسكرات للمتمردين في محافظة مأرب")
# ... counted from the end of the sides a fight is between, when they follow it (`_past_the_sides`): the sides of a
# fight told in parts may run long ("بين مقاتلي الفصائل المقاتلة والإسلامية من جهة، وقوات النظام مدعومة بميليشيا
# الدفاع الوطني والمسلحين الموالين لها من جهة أخرى في محيط منطقة س"; set on the recall20 sample, seed 2493)
SIDES_TOLD_REACH = 32    # tokens after بين the second part's "من جهة أخرى" may close at
SIDES_AFTER_TRIGGER = 2  # tokens after the trigger بين may stand at ("الاشتباكات العنيفة بين")
SIDES_NAMED_REACH = 16   # tokens after بين the second side's name may open at: two names' length
GROUND_MARKER_REACH = 3  # tokens after a trigger searched for the preposition of the ground it leaves
MODALITY_WINDOW = 4        # words before a trigger that may negate or hedge it
SPECULATION_WINDOW = 10    # words before a trigger searched for a weighed proposition ("احتمال أن")
CONTROL_OBJECT_REACH = 10          # words after a change-of-control trigger searched for its على (a subject and a time between:
                           # "سيطرت فرق الدفاع المدني بمنطقة ... عصر اليوم الاثنين على حريق"); set on the feed's 81
                           # phrases of control over a fire
TERRITORY_REACH = 6        # words after a change-of-control trigger searched for the ground it names
HABIT_WINDOW = 8           # words before a noun trigger searched for a habitual verb ("وينفذ التنظيم ... هجمات")
NOT_AFTER_REACH = 4        # words after a trigger searched for a family's cancelling words
CAMPAIGN_REACH = 5         # words after a definite noun searched for the word that sets it against an enemy
EXPOSURE_REACH = 8         # words from "تعرض" to what it exposed to ("تعرضت إحدى دوريات الأمن لإطلاق نار"), its subject
                           # between ("تعرض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير لقذائف": 7 words); kwic.py: 45
                           # feed hits of a form + 4-7 words + ل + a blow noun, every one what the subject was exposed to
# ... and across its subject, a place and a day, in its clause ("تعرضت قرية س في محافظة ص أمس لقصف عنيف", "تعرض مركز س
# بقطاع ص بمنطقة ع لقذائف"; missed25, kwic.py: 48 "تعرض ... ل+blow" with 5 to 12 words between on the feed, nearly all
# shelling, strikes and shootings of a named village, post or patrol)
EXPOSED_SUBJECT_REACH = 12
ATTEMPT_REACH = 12         # tokens from an attempt to the verbal noun it governs ("حاول الإرهابي عبدالله فهد عبدالله الرشيد تفجير")
MANAGING_REACH = 5         # tokens from a verb of managing to the verbal noun it governs ("تمكن المقاتلون أمس من التصدي")
FACED_OBJECT_REACH = 8          # words after a verb of facing its ل-object may stand, its subject and a place between
                           # ("وتصدت كتائب الجيش الحر في ريف اللاذقية لمحاولات": 7; repel37, on the feed's hits)
_OBJECT_PREPOSITION = "ل"
_VERB_FINAL = "ى"   # "تصدى" as written is the verb; its verbal noun "تصدي" normalises to the same word
FACING_REACH = 6           # tokens from a verb of facing to the ل-object it faces (its subject and a day between)
LIST_REACH = 12            # items of a numbered list walked back over to its heading (a statement's list of plots)
HEADING_REACH = 6          # tokens before a list's colon searched for the foiling that heads it ("التي تم إحباطها ما يلي:")
ACCUSATION_REACH = 6       # words before a trigger searched for a charge that names it ("بتهمة التحريض على العنف")
ORDER_REACH = 4            # words before a trigger searched for an order to do it ("وجه أمير المنطقة بسرعة القبض على")
CHAIN_REACH = 24           # tokens walked back from a joined verbal noun to the word of ability or plan heading its chain
                           # ("يحاول التنظيم من خلال هذه الخطوة القيام بعملية تعتيم ... واعتقال"; set on the feed's kwic)
CARRIER_REACH = 12         # tokens from an act back to the verbal noun that carries it, its doer's name between
                           # ("عدم قيام حركة الشباب الصومالية المتطرفة المرتبطة بتنظيم القاعدة، بأعمال عنف")
FRONT_WITNESS_REACH = 8    # words after a front's fight word searched for a verb saying the front witnesses fighting
ROLE_REACH = 6             # words before a trigger searched for a side's role in it ("دور دول التحالف في عملية تحرير")
EVALUATED_REACH = 8        # tokens after an incident noun searched for the verb of evaluation it is the subject of ("أن تحرير
                           # العاصمة صنعاء من سيطرة المليشيات المتمردة يعد": 7; set on the feed's kwic)

_INSTRUMENT_PREFIX = "ب"       # "بقذيفة": the preposition of the instrument glued to a noun
_PURPOSE_PREFIX = "ل"          # "لاستعادة": the preposition of purpose glued to a verbal noun
_ORDER_PREFIX = "ب"            # "أمر باعتقال": the preposition that carries what is ordered
_ROLE_PREPOSITION = "في"       # "دور التحالف في تحرير": what a role is a role in
_PREPOSITION_LETTERS = "بل"    # "بهجمات", "لهجمات": a glued preposition makes a plural trigger general
_JOINING = "و"                 # the conjunction glued to a joined verbal noun
_SENTENCE_STOPS = frozenset({".", "؛", ":", "!", "؟"})   # marks no attempt reaches across
_LIST_COLON = ":"                                       # the mark that opens a list after its heading
_ITEM_CLOSERS = frozenset({"-", "–", ")", "."})         # what closes an item's number ("1-", "2 -", "3)")
_BULLETS = frozenset({"•", "-", "–", "*"})              # an item opened with no number
_DASHES = frozenset({"-", "–"})                         # the dash of ":-", part of the colon
_BARE_ROOT = 3                 # letters of a bare past verb whose verbal noun is written alike ("طرد", "قصف")
_MADDA = "آ"                   # "في آن واحد" (at once) normalises like the complementiser أن/إن
_FUTURE_PREFIX = "س"           # "سيشن": the future prefix on a habitual verb
_MODAL_KINDS = ("negation", "speculation", "intention", "generic", "incitement")
_UNREALISED_KINDS = ("negation", "speculation", "intention")   # what a carrier of an act may be governed by
# multi-word cues read by a check of their own, not vetoes wherever they stand: a topic's head (`_topic`) and a
# run of incidents ("سلسلة من الغارات", `_run_of_incidents`), which a date or a place makes one incident
_NOT_MODAL_PHRASES = ("topic_heads", "aggregate", "frequency", "so_far", "earlier_toll")


# Never changed once made, but not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a generic call, several times a plain store), and one is made per trigger found; unsafe_hash
# gives it the hash a frozen class has (of its fields)
@dataclass(unsafe_hash=True)
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
    if _another_sense(doc, lex, fam, t):
        return False
    window = _modality_window(doc, lex, c0, first)
    taken = _decision_taken(doc, lex, fam, t) if fam.standing else None
    if taken is not None:
        # truce38: "فقد تقرر الإعلان عن هدنة": the decision is the state made, not an intention
        window = stems(doc, max(c0, first - MODALITY_WINDOW), taken) | stems(doc, taken + 1, first)
    if fam.not_with & window or _cancelled_after(doc, fam, t) or _cancelled_before(doc, fam, t) or \
            _modal(doc, lex, t, window):
        return False
    # a loop, not any(generator): asked of every trigger (~10 an article), a generator costs ~2.5k to start
    for told_otherwise in _CONTEXTS_OF_NO_INCIDENT:
        if told_otherwise(doc, lex, t):
            return False
    return not (fam.standing and _in_force_since_long(doc, lex, t))


def _modality_window(doc: Document, lex: EventLexicon, c0: int, first: int) -> set[str]:
    """The stems of the words before a trigger that may negate or hedge it.  Before a noun of fighting (event_roles
    `fought_nouns`) the particle right before a verb of "still" (modality `still_verbs`) is left out: "ولا تزال
    المعارك محتدمة" tells the fight going on."""
    lo = max(c0, first - MODALITY_WINDOW)
    if not token_stems(doc, first) & lex.words.fought_nouns:
        return stems(doc, lo, first)
    still = lex.modality.get("still_verbs", frozenset())
    return {w for k in range(lo, first) if not (k + 1 < first and token_stems(doc, k + 1) & still)
            for w in stems(doc, k, k + 1)}


def recurring(doc: Document, lex: EventLexicon, first: int, last: int, trig: Trigger) -> bool:
    """Whether the trigger tells violence that recurs (a habit, an adverb of habit, a word of frequency), the way
    `reports_incident` reads it: "وقتل عشرات المدنيين في غارات شبه يومية" counts the dead of no one incident."""
    c0, c1 = doc.clause(first)
    s0, s1 = doc.sentence_bounds(doc.seg.sentence_of(first))
    t = TriggerAt(first, last, trig, (), s0, s1, c0, c1, trig.tense)
    return _at_a_frequency(doc, lex, t) or _habit(doc, lex, t) or _usually(doc, lex, t)


def in_another_sense(doc: Document, lex: EventLexicon, first: int, last: int, trig: Trigger, phrase) -> bool:
    """Whether the trigger is a word in a sense its family does not mean ("سقوط مقذوف": a fall that is no
    ground changing hands), as `reports_incident` reads it."""
    c0, c1 = doc.clause(first)
    s0, s1 = doc.sentence_bounds(doc.seg.sentence_of(first))
    t = TriggerAt(first, last, trig, phrase, s0, s1, c0, c1, trig.tense)
    return _another_sense(doc, lex, lex.families[trig.family], t)


def _decision_taken(doc: Document, lex: EventLexicon, fam: Family, t: TriggerAt) -> int | None:
    """The token of a decision taken, in the past, that governs a standing state's trigger (events.yaml modality
    `decisions_taken`): "فقد تقرر الإعلان عن هدنة", "قررت القيادة بدء الهدنة", "تقرر أن تبدأ الهدنة"; only its subject,
    the state's phases and the links of `decision_links` may stand between, so "قرر المجلس دعوة الأطراف إلى هدنة" stays
    an intention.  A decision to end or break it is left to `not_with`."""
    mod = lex.modality
    decisions = mod.get("decisions_taken", frozenset())
    between = mod.get("state_phases", frozenset()) | mod.get("decision_links", frozenset())
    lo = max(t.c0, t.first - MODALITY_WINDOW)
    # the decision's subject, and a head noun before its name, may stand between: "قررت قيادة التحالف بدء الهدنة"
    named = {k for a0, a1, _ in doc.actors_in(lo, t.first) for k in range(a0, a1)}
    for k in range(t.first - 1, lo - 1, -1):
        st = token_stems(doc, k)
        if st & decisions:
            return k
        if not (doc.seg.tokens[k].is_word and (st & between or k in named or k + 1 in named)):
            return None
    return None


def _another_sense(doc: Document, lex: EventLexicon, fam: Family, t: TriggerAt) -> bool:
    """The word in a sense the family does not mean: "استعادة حيويته" (no territory), "زرع" without a mine."""
    if fam.territory and not names_ground(doc, t.first, t.last, t.s1, fam):
        return True
    marker = fam.ground_marker.get(t.trig.lemma)
    if marker:
        start = _after_subject(doc, lex.words, t.last, t.s1)
        if not any(doc.seg.tokens[k].norm in marker for k in range(start, min(t.s1, start + GROUND_MARKER_REACH))):
            return True  # "انسحب معظم أفراد القوات": a withdrawal that names no ground it leaves
    if _the_doer_noun(doc, lex, t) or _figurative(doc, lex, t) or _names_a_front(doc, lex, t) or \
            _object_not_named(doc, lex, fam, t) or _takes_no_ground(doc, fam, t) or _verbal_attack(doc, lex, t):
        return True
    need = fam.needs_for.get(t.trig.lemma) or fam.needs_for.get(t.phrase[0]) or \
        fam.needs_for.get(" ".join(t.phrase))
    return bool(need and not (need & stems_and_bare(doc, t.s0, t.s1)) and
                not (fam.exposure_meets_needs and exposed_by(doc, lex, t.first, t.s0) is not None) and
                not (fam.harm_meets_needs and _instrument_of_harm(doc, lex, t)))


HARMED_REACH = 6   # words back from a blow after ب to the word of death or wounding whose instrument it is ("قتل ثلاثة
                   # جنود بقذيفة", "وإصابة ثمانية آخرين بقذائف"); set on the feed's 23 such phrases
HARMED_CAUSE_REACH = 12   # ... and from a blow after إثر, across the clause (a death report's place between: "استشهد
                          # 3 رجال أمن من مركز ... بمنطقة عسير إثر قذائف"); as incidents.CAUSE_REACH


def _instrument_of_harm(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"استشهاد 3 من حرس الحدود بقذيفة هاون", "قتل ثلاثة جنود بقذيفة": a blow by ب (of the instrument), or right
    after a word of cause ("استشهد 3 رجال أمن إثر قذائف كثيفة", event_roles.yaml `cause_of_death`), after a word of
    death or wounding in its clause (events.yaml modality `harmed`) has struck, though no word of firing is told."""
    caused = t.first > t.c0 and bool(token_stems(doc, t.first - 1) & lex.words.cause_of_death)
    if not (caused or doc.seg.tokens[t.first].norm.startswith(_INSTRUMENT_PREFIX)):
        return False
    harmed = lex.modality.get("harmed", frozenset())
    lo = max(t.s0, t.first - HARMED_CAUSE_REACH) if caused else max(t.c0, t.first - HARMED_REACH)
    return any(token_stems(doc, k) & harmed for k in range(lo, t.first))


def _object_not_named(doc: Document, lex: EventLexicon, fam: Family, t: TriggerAt) -> bool:
    """A word the family counts only with one of its objects after a glued ل (events.yaml `object_of`: "تصدت
    المقاومة الشعبية أمس لمحاولة تقدم الميليشيات") that has none within FACED_OBJECT_REACH words ("تتصدى لمحاولات
    تحريف التاريخ" is no fight; "تصدت لهم"); its verbal noun (modality `facing_nouns`) counts only after a verb of
    managing, as in `_faced` ("تمكنت القوات من التصدي لمحاولة التسلل", not "عمليات التصدي لمحاولات")."""
    objects = fam.object_of.get(t.trig.lemma) or fam.object_of.get(t.phrase[0])
    if not objects:
        return False
    if token_stems(doc, t.first) & lex.modality.get("facing_nouns", frozenset()) and \
            not doc.seg.tokens[t.first].text.endswith(_VERB_FINAL) and \
            not stems(doc, max(t.s0, t.first - MANAGING_REACH), t.first) & lex.modality.get("managing", frozenset()):
        return True
    toks = doc.seg.tokens
    return not any(toks[k].norm.startswith(_OBJECT_PREPOSITION) and token_stems(doc, k) & objects
                   for k in range(t.last, min(t.s1, t.last + FACED_OBJECT_REACH)))


_ON = norm("على")
_ON_IT = frozenset({norm("عليه"), norm("عليها")})
ANTECEDENT_REACH = 3   # words before a trigger searched for what its "عليه" points back to ("حريق منزلي تمت السيطرة عليه")


def _takes_no_ground(doc: Document, fam: Family, t: TriggerAt) -> bool:
    """A change of control over what is no ground (events.yaml `not_objects`): the word after the first على in its
    clause within CONTROL_OBJECT_REACH words ("سيطرت فرق الدفاع المدني على حريق", "السيطرة على الوضع"), or the subject right
    after it ("سيطرت النيران على المبنى": the fire took hold)."""
    if not fam.not_objects:
        return False
    toks = doc.seg.tokens
    hi = min(t.c1, t.last + CONTROL_OBJECT_REACH)
    if t.last < hi and token_stems(doc, t.last) & fam.not_objects:
        return True
    k = next((j for j in range(t.last - 1, hi) if toks[j].norm == _ON), None)
    if k is not None and toks[k + 1:k + 2] and toks[k + 1].norm.isdigit():
        k += 1   # a count before what was seized ("الاستيلاء على 40 صاروخ كاتيوشا"; "على 90% من العند" stays ground)
    if k is not None and k + 1 < t.c1 and token_stems(doc, k + 1) & fam.not_objects:
        return True
    # "عليه" of such a word right before the trigger ("اتضح أن الحادث حريق منزلي تمت السيطرة عليه")
    return t.last < t.s1 and toks[t.last].norm in _ON_IT and \
        any(token_stems(doc, j) & fam.not_objects for j in range(max(t.s0, t.first - ANTECEDENT_REACH), t.first))


def _figurative(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A word of strife in the abstract right after the trigger: "تفجير فتنة طائفية", "صد الفتنة", "انفجار
    الأوضاع" (events.yaml modality `figurative_objects`)."""
    return t.last < t.s1 and doc.seg.tokens[t.last].norm in lex.modality.get("figurative_objects", frozenset())


SPEECH_REACH = 12        # words after an attack verb searched for the speech it was made in or its manner ("هاجم نائب
                         # رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي الانقلابية، واصفا": 9); set on the feed's 10 such
SPEECH_NOUN_REACH = 2    # words before "التي هاجم فيها" searched for the speech noun ("تغريداته التي", "تصريحات ترامب التي")


def _verbal_attack(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An attack verb said of criticism (events.yaml modality `verbal_attack_lemmas`): the speech it was made in
    after في/خلال/عبر or a participle of saying after it, before any word of a report's source ("هاجم روحاني في
    تصريحاته", "هاجم ... الحوثي، واصفا إياها"), or a relative فيها/فيه right after it pointing back to a speech noun
    ("تغريداته التي هاجم فيها")."""
    mod = lex.modality
    if t.trig.lemma not in mod.get("verbal_attack_lemmas", frozenset()):
        return False
    toks, frames = doc.seg.tokens, mod.get("speech_frames", frozenset())
    if t.last < t.s1 and toks[t.last].norm in mod.get("speech_relatives", frozenset()):
        return any(token_stems(doc, k) & frames for k in range(max(t.s0, t.first - SPEECH_NOUN_REACH - 1), t.first))
    links, manners = mod.get("speech_frame_links", frozenset()), mod.get("speech_manners", frozenset())
    report = mod.get("speech_report_words", frozenset())
    for k in range(t.last, min(t.s1, t.last + SPEECH_REACH)):
        st = token_stems(doc, k)
        if st & report:
            return False
        if st & manners or (st & frames and toks[k - 1].norm in links):
            return True
    return False


def _names_a_front(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun of fighting governed by a plural front (events.yaml modality `front_heads`): "إلى جبهات القتال",
    "في كل جبهات المعركة" name the fronts, places, not a fight, unless they witness the fighting or people told
    dead or hurt before fell in it; read as another sense, so a noun joined to it by و
    keeps its own reading ("جبهات المعركة والسيطرة على مواقع")."""
    if not (t.trig.pos == "noun" and t.first > t.s0 and
            token_stems(doc, t.first - 1) & lex.modality.get("front_heads", frozenset())):
        return False
    # "جبهات القتال في تعز ولحج اللتين تشهدان مواجهات": fronts that witness the fighting told are where it is;
    # "قتل نحو 30 من المتمردين، في جبهات القتال": the fighting those told dead or hurt before it fell in
    witnessed = stems(doc, t.last, min(t.s1, t.last + FRONT_WITNESS_REACH)) & lex.modality.get("front_witness",
                                                                                                 frozenset())
    dead = lex.words.toll_words | lex.modality.get("front_dead", frozenset())
    return not witnessed and not any(token_stems(doc, k) & dead and answered_from(doc, lex, k, t.s0) is None
                                     for k in range(t.s0, t.first))


def _the_doer_noun(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A verb form that is also the noun of its doer (events.yaml modality `doer_homographs`: "قاتل") read as the
    noun: after a preposition ("القصاص من قاتل شخصين") or with ب or ل glued ("لقاتل"), where no verb stands (the
    morphology may give the form as a verb or as a noun of its lemma)."""
    homographs = lex.modality.get("doer_homographs", frozenset())
    word = doc.seg.tokens[t.first].norm
    if word[:1] in _PREPOSITION_LETTERS and word[1:] in homographs:
        return True
    return word in homographs and t.first > t.s0 and \
        doc.seg.tokens[t.first - 1].norm in lex.modality.get("governing_prepositions", frozenset())


def _after_subject(doc: Document, W: RoleWords | None, k: int, s1: int) -> int:
    """The token after the side named right after a verb at k, its subject ("انسحبت جماعة بوكو حرام من",
    "انسحب مسلحو الحركة من"; a noun of members may stand before the name), else k."""
    j = k + 1 if W is not None and k < s1 and token_stems(doc, k) & W.own_members else k
    return next((a1 for a0, a1, _ in doc.actors_in(k, min(s1, j + 1)) if a0 in (k, j)), k)


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


def _cancelled_before(doc: Document, fam: Family, t: TriggerAt) -> bool:
    """The word right before the trigger, in its clause, cancels it: "أبطل الخبراء مفعول عبوة ناسفة" (a bomb defused
    did not go off), also with a count between ("تدمير خمس سيارات مفخخة": the car bombs destroyed did not go off);
    or the two words right before it (a `not_before` entry of two words)."""
    if not (fam.not_before or fam.not_before_pairs):
        return False
    count = next((n for n in doc.numbers_in(t.c0, t.first) if n.last_token == t.first), None)
    k = (count.first_token if count is not None else t.first) - 1
    if k >= t.c0 and token_stems(doc, k) & fam.not_before:
        return True
    # two words: "منصات إطلاق القذائف", "أربع منصات لإطلاق صواريخ" (a launcher, not a firing)
    return k - 1 >= t.c0 and any(second in token_stems(doc, k) and first in token_stems(doc, k - 1)
                                 for first, second in fam.not_before_pairs)


def _modal(doc: Document, lex: EventLexicon, t: TriggerAt, window: set[str]) -> bool:
    """Negated, speculated, intended, incited or generic; hedged ("قد يتوجهون"); weighed ("احتمال أن") or guarded
    against ("تحسبا لعمليات التفجير عن بعد والسيارات المفخخة")."""
    toks = doc.seg.tokens
    mod = lex.modality
    lo = max(t.c0, t.first - MODALITY_WINDOW)
    if any(mod.get(kind, frozenset()) & window for kind in _MODAL_KINDS) and \
            not _only_backing(doc, lex, t, lo, window):
        return True
    if hedged(toks, lo, t.first, mod.get("hedge_before_present", frozenset())):
        return True  # "قد يتوجهون" (may), not "كانت قد أطلقت" (had launched)
    for k in lex.modality_phrases.positions(doc.seg.words, lo, t.first):
        pm = lex.modality_phrases.match_at(toks, k)
        if pm is not None and pm.last <= t.first and pm.payloads[0] not in _NOT_MODAL_PHRASES:
            return True
    prevention = mod.get("prevention", frozenset())
    if any(token_stems(doc, k) & prevention and doc.inside_actor(k, k + 1) is None
           for k in range(max(t.c0, t.first - SPECULATION_WINDOW), t.first)):
        # what a precaution guards against may be a list: its clause, not only the words before; a word of a
        # name is none ("وحدات حماية الشعب")
        return True
    return bool(mod.get("weighed", frozenset()) & stems(doc, max(t.s0, t.first - SPECULATION_WINDOW), t.first))


def _only_backing(doc: Document, lex: EventLexicon, t: TriggerAt, lo: int, window: set[str]) -> bool:
    """The window's only modal word is a generic one said of who backed the act, not right before it ("وشنت
    القوات بدعم جوي من التحالف هجمات"): the act is told, with its support."""
    mod = lex.modality
    backing = [k for k in range(lo, t.first - 1) if doc.seg.tokens[k].norm in mod.get("backing", frozenset())]
    if not backing:
        return False
    rest = stems(doc, lo, backing[0]) | stems(doc, backing[-1] + 1, t.first)
    return not any(mod.get(kind, frozenset()) & rest for kind in _MODAL_KINDS)


def _topic(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun trigger, or a listed form of one, named as a topic: "محاور القتال", "غرفة عمليات تحرير", "رئيس
    تحريرها" (its editor-in-chief)."""
    if not (t.first > t.s0 and t.trig.pos in ("noun", "form")):
        return False
    if token_stems(doc, t.first - 1) & lex.modality.get("topic_heads", frozenset()):
        return True
    pm = lex.modality_phrases.match_at(doc.seg.tokens, max(t.s0, t.first - 2))
    return pm is not None and pm.last == t.first and pm.payloads[0] == "topic_heads"


def _purpose(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A purpose: "لاستعادة مدينة سرت", "لإحباط", "لتحريرها من" (a listed form too, but not a death: "أدى
    لمقتل", "استنكارا لمقتل"), or a noun carried by a verbal noun of carrying out with ل glued ("لخوض القتال",
    "لشن غارات"); unless "تعرض ل..." (exposed to)."""
    listed = t.trig.pos == "form" and not lex.families[t.trig.family].outcome
    if not (t.trig.pos == "noun" or listed):
        return False
    if _carried_for_a_purpose(doc, lex, t) or \
            (glued_purpose(doc.seg.tokens[t.first].norm, t.phrase) and not _faced(doc, lex, t)):
        return not (_exposed(doc, lex, t) or _exposed_across_its_subject(doc, lex, t))
    return False


def _exposed_across_its_subject(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A verb of exposure further back in the trigger's clause, its subject, a place and a day between ("تعرضت
    قرية الخديرة في محافظة أبين أمس لقصف"): the ل marks the blow it was exposed to.  Only the first blow after it:
    a trigger with ل glued between ends the walk, so that a purpose after the blow stays one ("تعرضت القوات لهجوم
    أثناء تقدمها لاستعادة المدينة"); and, as in `_exposed`, not a verbal noun governed by على/من (background, by
    SCHEMA.md: "ردا على تعرض البلدة ... لهجوم")."""
    exposure = lex.modality.get("exposure", frozenset())
    toks = doc.seg.tokens
    for k in range(t.first - 1, max(t.c0, t.first - EXPOSED_SUBJECT_REACH) - 1, -1):
        if token_stems(doc, k) & exposure:
            # not the verbal noun a preposition governs ("ردا على تعرض البلدة ... لهجوم"): as in `_exposed`
            return k == t.s0 or toks[k - 1].norm not in lex.words.background_links
        if toks[k].norm.startswith(_PURPOSE_PREFIX) and lex.triggers.match_at(toks, k) is not None:
            return False
    return False


NEAR_EXPOSURE = 4   # words from "تعرض" within which its object is what it was exposed to, whatever governs it


def _exposed(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The glued ل is "exposed to" (events.yaml modality `exposure`): a word of exposure close before it, or one
    further back, its subject between, that is not the verbal noun a preposition governs ("ردا، بحسب قولها، على تعرض
    بلدة الزبداني في ريف دمشق لهجوم", "خوفا من تعرضهم للانتقام": kwic.py, 22 feed hits of على/من + تعرض + ... + ل,
    none an incident told as news; such a blow stays no incident, as with no word of exposure)."""
    exposure = lex.modality.get("exposure", frozenset())
    toks = doc.seg.tokens
    return any(token_stems(doc, k) & exposure and
               (t.first - k <= NEAR_EXPOSURE or k == t.s0 or toks[k - 1].norm not in lex.words.background_links)
               for k in range(max(t.s0, t.first - EXPOSURE_REACH), t.first))


def _attempted(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """What an attempt or a foiling was of, where its family tells an act that then did not happen (events.yaml
    `undone_when_attempted`, modality `attempts`): "حاول الإرهابي عبدالله الرشيد تفجير نفسه", "أحبطت القوات
    محاولة تفجير سيارة مفخخة", "أثناء محاولتهم اقتحام الحي، واستعادة السيطرة على المنطقة".  The trigger is a
    verbal noun (or a present verb after أن) with only the attempt's subject, adjectives and joined objects between
    it and the attempt; a preposition, an adverb or a relative between (`attempt_breaks`) ends what is attempted:
    "حاولا من خلال عمليات القصف اقتحام المدينة" tells a real strike."""
    mod = lex.modality
    if t.trig.family not in lex.undone_when_attempted:
        return False
    toks = doc.seg.tokens
    if t.trig.pos == "verb" and not (t.first > t.s0 and toks[t.first - 1].norm in COMPLEMENTISERS):
        return False   # a finite verb tells its own clause
    breaks = mod.get("attempt_breaks", frozenset())
    joined = toks[t.first].norm.startswith(_JOINING)
    for k in range(t.first - 1, max(t.s0, t.first - ATTEMPT_REACH) - 1, -1):
        word = token_stems(doc, k)
        if word & mod.get("attempts", frozenset()):
            return True
        if toks[k].norm in _SENTENCE_STOPS or (word & breaks and not joined):
            return False
        # a verbal noun joined by و continues what is attempted past the first one's place ("محاولتهم اقتحام حي
        # س في مدينة ص، واستعادة السيطرة على")
        joined = joined or (toks[k].norm.startswith(_JOINING) and not word & breaks)
    return False


def _sought(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """What a verb of seeking governs, its subject between (events.yaml modality `seeking`): "وتسعى قوات هادي
    والمقاومة إلى استعادة السيطرة على زنجبار", "القاعدة التي تسعى المقاومة الشعبية الموالية للشرعية في اليمن
    استعادتها": the aim, not an act done.  Read as `_attempted` reads an attempt, with the seeking's own إلى right
    before the verbal noun; past an adverb, a cause or a relative (`seeking_breaks`; not في, which a subject holds:
    "المقاومة الشعبية في المحافظة") the trigger is no longer what is sought."""
    if lex.families[t.trig.family].outcome or t.trig.pos not in ("noun", "verb"):
        return False
    if t.trig.pos == "verb" and doc.seg.tokens[t.first].norm[:1] in CONJUNCTIONS:
        return False   # "... وسيطرت": a clause of its own; "تسعى المقاومة استعادتها": a verbal noun read as a verb
    mod = lex.modality
    seeking, breaks = mod.get("seeking", frozenset()), mod.get("seeking_breaks", frozenset())
    toks = doc.seg.tokens
    for k in range(t.first - 1, max(t.s0, t.first - ATTEMPT_REACH) - 1, -1):
        word = token_stems(doc, k)
        if word & seeking:
            return True
        if k == t.first - 1 and toks[k].norm in mod.get("seeking_links", frozenset()):
            continue   # "تسعى ... إلى استعادة": the seeking's own preposition
        if toks[k].norm in _SENTENCE_STOPS or toks[k].norm in COMMAS or word & breaks or _opens_a_clause(toks[k].norm):
            return False
    return False


def _evaluated(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An incident noun right after a complementiser, the subject of a verb of evaluation or effect (events.yaml
    modality `evaluated_by`): "إن تحرير العاصمة من سيطرة المتمردين يعد من أولويات القوات", "إن هجمات الحزب داخل
    البلاد تجعل السلام مستحيلا".  The clause is about the evaluation; the act is a noun phrase inside it, a plan or
    activity in general, not an incident told.  The walk to the verb stays in the trigger's clause, within
    EVALUATED_REACH tokens, and stops at a mark, a relative or an adverb (`evaluated_breaks`); the verb itself has no
    و glued (a clause of its own).  A death told (an outcome family) is never undone."""
    if t.trig.pos != "noun" or lex.families[t.trig.family].outcome:
        return False
    if not _after_a_complementiser(doc, t):
        return False
    toks = doc.seg.tokens
    mod = lex.modality
    verbs, breaks = mod.get("evaluated_by", frozenset()), mod.get("evaluated_breaks", frozenset())
    for k in range(t.last, min(t.c1, t.s1, t.last + EVALUATED_REACH)):
        word = toks[k].norm
        if word in _SENTENCE_STOPS or word in COMMAS or word in breaks:
            return False
        if word in verbs:
            return True
    return False


def _opens_a_clause(word: str) -> bool:
    """A word with و glued that is no definite noun ("ويقف", "وقصفت"): a verb opening a clause of its own, where a
    joined subject ("والمقاومة", "والجيش") is one of the seekers."""
    return word.startswith(_JOINING) and not word[len(_JOINING):].startswith("ال")


def _joined_to_an_unrealised_act(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A verbal noun joined by و to a chain that a word of ability, attempt, plan or imminence heads (events.yaml
    modality `chain_heads`): "قادرة على رصد الطائرات والاشتباك معها", "تحاول القوات دخول البلدة وتحرير"; the
    later link is as unrealised as the first, however far past the 4-word window.  The walk back stops at a
    sentence stop, at a complementiser joined by و (a new complement) and at `chain_breaks` (a passive تم opening
    a clause of its own, a word of time or contrast); a death told (an outcome family) is never undone."""
    if lex.families[t.trig.family].outcome or (t.trig.pos == "verb" and not _reads_as_its_verbal_noun(doc, t)):
        return False
    mod = lex.modality
    link = _joined_link(doc, lex, t)
    if link is None:
        return False
    heads = mod.get("chain_heads", frozenset())
    for k in range(link - 1, max(t.s0, link - CHAIN_REACH) - 1, -1):
        if _ends_a_chain(doc, lex, k, link):
            return False
        if token_stems(doc, k) & heads or _heads_what_is_to_come(doc, lex, k, t.c0):
            return True
    return False


def _heads_what_is_to_come(doc: Document, lex: EventLexicon, k: int, c0: int) -> bool:
    """plans41: token k is a verb in the future (lexicon.future_verbs: "ستشهد الأيام المقبلة رفع العلم وتدمير
    معاقل التنظيم") or a word of demand, call or threat (modality `ordering`, `calls_across`: "طالب المجلس الحكومة
    بوقف اقتحام المدينة والقصف الجوي"), which heads a chain as a word of plan does."""
    word = doc.seg.tokens[k].norm
    bare = word[1:] if word[:1] in CONJUNCTIONS else word
    if word in lex.future_verbs or bare in lex.future_verbs:
        return True
    calls = lex.modality.get("ordering", frozenset()) | lex.modality.get("calls_across", frozenset())
    return bool(token_stems(doc, k) & calls) and _a_call_word(doc, lex, k, c0)


def _ends_a_chain(doc: Document, lex: EventLexicon, k: int, link: int) -> bool:
    """Token k opens a clause of its own, which a chain of verbal nouns does not run back across: a sentence stop,
    a complementiser joined by و or not the head's own ("فكيف لمدع بأنه يدافع عن المسلمين يقتل المصلين ويفجر"), a
    word of `chain_breaks`, or a relative whose clause opens with no present verb (`chain_relatives`: "التي
    شهدت", not "التي تعد")."""
    word = doc.seg.tokens[k].norm
    if word in _SENTENCE_STOPS or word in lex.modality.get("chain_breaks", frozenset()) or \
            (word.startswith(_JOINING) and word[1:] in COMPLEMENTISERS):
        return True
    if word in COMPLEMENTISERS and _MADDA not in doc.seg.tokens[k].text:
        # a complement of its own, unless it is the head's ("من المقرر أن يشرف")
        return not (k > 0 and token_stems(doc, k - 1) & lex.modality.get("chain_heads", frozenset()))
    if word not in lex.modality.get("chain_relatives", frozenset()):
        return False
    return k + 1 >= link or not doc.seg.tokens[k + 1].norm.startswith(PRESENT_PREFIXES)


def _carried_out_as_unrealised(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun trigger with ب glued, carried by a verbal noun of carrying out (modality `act_carriers`) whose doer is
    named between: "ضمان عدم قيام الحركة المتطرفة المرتبطة بالتنظيم بأعمال عنف"; a word of negation, doubt or
    intention in the 4 words before the carrier governs the act, however long the doer's name."""
    toks = doc.seg.tokens
    if t.trig.pos == "verb" or not toks[t.first].norm.startswith(_ORDER_PREFIX):
        return False
    carriers = lex.modality.get("act_carriers", frozenset())
    for k in range(t.first - 1, max(t.s0, t.first - CARRIER_REACH) - 1, -1):
        if toks[k].norm in _SENTENCE_STOPS:
            return False
        if token_stems(doc, k) & carriers:
            named = any(a0 == k + 1 for a0, _, _ in doc.actors_in(k + 1, k + 2))
            window = stems(doc, max(t.s0, k - MODALITY_WINDOW), k)
            return named and any(lex.modality.get(kind, frozenset()) & window for kind in _UNREALISED_KINDS)
    return False


PERMIT_REACH = 6     # tokens from a word of permission to the use it grants, whom it is granted to between
                     # ("سمحت للطائرات الحربية التابعة للتحالف باستخدام")
_USE_LINK = "في"     # "باستخدام القواعد في شن غارات": what a means is used in


def _a_permitted_use(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun trigger carried by a verbal noun of carrying out after في, the use of a means before it and a word of
    permission before that (events.yaml modality `permission`, `use_nouns`): "سمحت تركيا للولايات المتحدة
    باستخدام قواعدها الجوية، ولا سيما قاعدة إنجرليك، في شن غارات" — what the means may be used in is not done.
    The walk back from the carrier stops where a chain of verbal nouns would (`_ends_a_chain`)."""
    toks = doc.seg.tokens
    mod = lex.modality
    carriers = mod.get("act_carriers", frozenset())
    # the carrier is the trigger's own first word ("شن غارات") or the word before it
    carrier = t.first if token_stems(doc, t.first) & carriers else t.first - 1
    if t.trig.pos not in ("noun", "form") or carrier - 1 < t.s0 or toks[carrier - 1].norm != _USE_LINK or \
            not token_stems(doc, carrier) & carriers:
        return False
    uses = mod.get("use_nouns", frozenset())
    for k in range(carrier - 2, max(t.s0, carrier - CHAIN_REACH) - 1, -1):
        if _ends_a_chain(doc, lex, k, carrier):
            return False
        if token_stems(doc, k) & uses:
            # a day between tells the act done ("سمح لها باستخدام المطار شاركت أمس في شن غارات")
            return not doc.dates_in(k, carrier) and \
                bool(mod.get("permission", frozenset()) & stems(doc, max(t.s0, k - PERMIT_REACH), k))
    return False


def _reads_as_its_verbal_noun(doc: Document, t: TriggerAt) -> bool:
    """A one-word past verb written as its bare three-letter lemma, which is also its verbal noun ("وطرد", "وقصف":
    "and the expelling" as well as "and he expelled"); in a chain of verbal nouns it is read as the noun, unless a
    comma opens its clause ("يريد التقدم، واشتبك مسلحوه": a deed of its own).  Derived verbs have a verbal noun
    of their own shape (اشتبك, اشتباك)."""
    return a_joined_bare_verb(doc, t.trig, t.first, t.last) and \
        not (t.first > t.s0 and doc.seg.tokens[t.first - 1].norm in COMMAS)


def a_joined_bare_verb(doc: Document, trig: Trigger, first: int, last: int) -> bool:
    """The trigger is one word, و glued to the bare three-letter lemma of its verb, which is also its verbal noun
    ("وطرد", "ونهب"; see `_reads_as_its_verbal_noun`)."""
    word = doc.seg.tokens[first].norm
    return last == first + 1 and word.startswith(_JOINING) and word[1:] == trig.lemma and len(trig.lemma) == _BARE_ROOT


def a_verbal_noun(doc: Document, trig: Trigger, first: int, last: int) -> bool:
    """A noun trigger, or a joined bare verb that reads as its verbal noun as well ("بعد تحرير المدينة وطرد
    المسلحين منها")."""
    return trig.pos == "noun" or (trig.pos == "verb" and a_joined_bare_verb(doc, trig, first, last))


def _joined_link(doc: Document, lex: EventLexicon, t: TriggerAt) -> int | None:
    """The token that joins the trigger to a chain: the trigger itself with و glued ("والاشتباك"), or a verbal noun
    of carrying out or reaching with و glued right before it, or before a linking preposition ("ومواصلة العمليات
    العسكرية", "والتوصل إلى هدنة"; modality `purpose_carriers`, `purpose_links`)."""
    toks = doc.seg.tokens
    if toks[t.first].norm.startswith(_JOINING):
        return t.first
    k = t.first - 1
    if k > t.s0 and toks[k].norm in lex.modality.get("purpose_links", frozenset()):
        k -= 1
    if k > t.s0 and toks[k].norm.startswith(_JOINING) and \
            token_stems(doc, k) & lex.modality.get("purpose_carriers", frozenset()):
        return k
    return None


def _in_a_foiled_list(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An item of a numbered list whose heading is a foiling (events.yaml `undone_in_foiled_lists`, modality
    `foiling`): "ومن العمليات التي تم إحباطها ما يلي: 1- عملية انتحارية تستهدف ... 2- تفجير ...".  The plots
    listed did not happen; the foiling itself is the disrupted weapons use, which the heading's verb codes."""
    if t.trig.family not in lex.undone_in_foiled_lists:
        return False
    colon = _list_opening(doc, t)
    if colon is None:
        return False
    h0, _ = doc.sentence_bounds(doc.seg.sentence_of(colon))
    return bool(stems_and_bare(doc, max(h0, colon - HEADING_REACH), colon) & lex.modality.get("foiling", frozenset()))


def _list_opening(doc: Document, t: TriggerAt) -> int | None:
    """The colon that opens the list the trigger is an item of: in its own sentence before it, or, where its
    sentence opens an item ("2- تفجير ..."), in the nearest sentence before the items that does not."""
    s = doc.seg.sentence_of(t.first)
    lo, hi = t.s0, t.first
    for _ in range(LIST_REACH):
        colon = _item_colon(doc, lo, hi)
        if colon is not None or s <= 0 or not _opens_item(doc, lo, hi):
            return colon
        s -= 1
        lo, hi = doc.sentence_bounds(s)
    return None


def _item_colon(doc: Document, lo: int, hi: int) -> int | None:
    """The last colon in tokens lo..hi-1 that an item follows (": 1-", ":- 1 -", ": •")."""
    toks = doc.seg.tokens
    for k in range(hi - 1, lo - 1, -1):
        if toks[k].norm == _LIST_COLON:
            after = k + 2 if k + 1 < len(toks) and toks[k + 1].norm in _DASHES else k + 1   # ":-" is one mark
            if _opens_item(doc, after, len(toks)):
                return k
    return None


def _opens_item(doc: Document, k: int, hi: int) -> bool:
    """Tokens from k open a list item: a number closed by a dash or a bracket ("1-", "2 -", "3)"), or a bullet."""
    toks = doc.seg.tokens
    if k >= hi:
        return False
    word = toks[k].norm
    return word in _BULLETS or (word.isdigit() and k + 1 < hi and toks[k + 1].norm in _ITEM_CLOSERS)


def _faced(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The ل glued to the trigger marks the object of a verb of facing before it, its subject or a day between
    ("تصدت المقاومة والجيش، امس، لهجمات شنها الحوثيون", "تمكنت المقاومة من التصدي للهجوم"; events.yaml modality
    `facing_verbs`, and a verbal noun of it after a verb of managing, `facing_nouns`): the attack repelled, not a
    purpose."""
    mod = lex.modality
    for k in range(t.first - 1, max(t.s0, t.first - FACING_REACH) - 1, -1):
        word = token_stems(doc, k)
        if word & mod.get("facing_verbs", frozenset()):
            return True
        if word & mod.get("facing_nouns", frozenset()):
            return bool(stems(doc, max(t.s0, k - MANAGING_REACH), k) & mod.get("managing", frozenset()))
    return False


def _carried_for_a_purpose(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The word right before the trigger, or before its preposition ("للتوصل إلى اتفاقية سلام"), is a verbal noun
    of carrying out or reaching with the ل of purpose glued ("لخوض")."""
    k = t.first - 1
    if k > t.c0 and token_stems(doc, k) & lex.modality.get("purpose_links", frozenset()):
        k -= 1
    return k >= t.c0 and doc.seg.tokens[k].norm.startswith(_PURPOSE_PREFIX) and \
        bool(token_stems(doc, k) & lex.modality.get("purpose_carriers", frozenset()))


def _any_of(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun trigger right after a quantifier of any or most ("أي هجوم", "لأي اعتداء", "معظم الهجمات"), or after one
    and an operation noun ("أي عملية اقتحام", "أي عملية استهداف صاروخي"): violence in general, not an incident."""
    if t.trig.pos != "noun" or t.first <= t.s0:
        return False
    k = t.first - 1
    if k > t.s0 and token_stems(doc, k) & lex.modality.get("aimed_fights", frozenset()):
        return bool(token_stems(doc, k - 1) & lex.modality.get("any_before_operation", frozenset()))
    return bool(token_stems(doc, k) & lex.modality.get("any_of", frozenset()))


def _any_object(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"any" right after the trigger, as its object ("واستهداف أي سفينة", "لم تستهدف أي هدف مدني"): an act on whatever
    it may be, not one done."""
    return t.last < t.s1 and doc.seg.tokens[t.last].norm in lex.modality.get("any_object", frozenset())


def _an_example(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A noun trigger right after "such as" ("مثل هجمات الجيش على المباني", "مثل تفجيري الأربعاء"): a kind of violence
    given as an example or a comparison inside a clause about something else, not an incident told."""
    return t.trig.pos == "noun" and t.first > t.s0 and \
        bool(token_stems(doc, t.first - 1) & lex.modality.get("examples", frozenset()))


REMEMBRANCE_REACH = 5   # words from a noun of remembrance to the trigger it governs ("ذكرى مرور عام على اختطاف")


def _remembered(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An anniversary or a memory of the incident (events.yaml modality `remembrance`): a noun of remembrance at most
    REMEMBRANCE_REACH words before the trigger, with no mark of punctuation between ("الذكرى السنوية الأولى لتفجير
    السوق", "إحياء ذكرى مرور عام على اختطاف الجنود"): the incident remembered is history, not the news."""
    remembrance = lex.modality.get("remembrance", frozenset())
    toks = doc.seg.tokens
    for k in range(t.first - 1, max(t.s0, t.first - REMEMBRANCE_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        if token_stems(doc, k) & remembrance:
            return True
    return False


def _hearsay(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A rumour named, mostly to deny it: ما and a verb of hearsay (events.yaml modality `hearsay_what`, `hearsay`)
    up to SPECULATION_WINDOW words before the trigger in its sentence, no sentence stop between ("نفى ما يقال إنها
    عمليات إعدام للأسرى", "عما يشاع عن قتال الجماعة في المدينة")."""
    what = lex.modality.get("hearsay_what", frozenset())
    hearsay = lex.modality.get("hearsay", frozenset())
    toks = doc.seg.tokens
    for k in range(t.first - 2, max(t.s0, t.first - SPECULATION_WINDOW) - 1, -1):
        if toks[k + 1].text in _SENTENCE_STOPS:
            return False
        if toks[k].norm in what and toks[k + 1].norm in hearsay:
            return True
    return False


def _drawing_near(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"اقتربت القوات العراقية كثيرا من تحرير المدينة": a verbal noun right after من, with a word of drawing near
    before it in its clause, is what is not yet done."""
    if t.trig.pos != "noun" or t.first <= t.c0 or doc.seg.tokens[t.first - 1].norm not in lex.words.source_preposition:
        return False
    return bool(lex.modality.get("nearing", frozenset()) & stems(doc, t.c0, t.first - 1))


STOP_REACH = 5   # words from a verb of stopping to the act it stops ("علقت جزئيا العمليات العسكرية من قصف")


def _stopped(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"أوقفت القوات العراقية عمليات القصف", "علقت جزئيا العمليات العسكرية من قصف جوي", "توقف القتال": a noun
    trigger governed by a verb or verbal noun of stopping, with only operation words, adverbs of extent and من
    between them (events.yaml `stopping_between`), is an act stopped, not one told."""
    if t.trig.pos == "verb":
        return False
    stopping = lex.modality.get("stopping", frozenset())
    between = lex.modality.get("stopping_between", frozenset())
    toks = doc.seg.tokens
    for k in range(t.first - 1, max(t.c0, t.first - STOP_REACH) - 1, -1):
        if token_stems(doc, k) & stopping and toks[k].norm not in between:
            return True
        if toks[k].norm not in between:
            return False
    return False


def _from_the_hold_of(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"تحرير مدينة عدن من سيطرة الحوثيين": a holding noun without the article right after من names whom the
    ground was freed from: the holder, not a taking."""
    if t.trig.pos != "noun" or t.first <= t.s0:
        return False
    word = doc.seg.tokens[t.first].norm
    return word in lex.words.holding_nouns and \
        doc.seg.tokens[t.first - 1].norm in lex.modality.get("holder_after", frozenset())


def _carried_on_in_general(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"العمليات العسكرية التي تنفذها تركيا في سوريا", "الضربات التي تشنها أنقرة ضد الحزب": a definite noun
    trigger (and an adjective of it) then a relative clause whose verb is a present-tense verb of carrying out
    (events.yaml `carried_on`) is activity going on in general, unless its sentence dates it after it."""
    if t.trig.pos != "noun" or not t.trig.definite:
        return False
    toks = doc.seg.tokens
    k = t.last
    if k < t.s1 and toks[k].norm.startswith("ال") and toks[k].norm not in lex.words.relative_after_trigger:
        k += 1  # "العمليات العسكرية التي"
    if k + 1 >= t.s1 or toks[k].norm not in lex.words.relative_after_trigger or \
            toks[k + 1].norm not in lex.modality.get("carried_on", frozenset()):
        return False
    return not doc.dates_in(t.last, t.s1)   # a date before it is the day it was said ("أعلن مسؤول اليوم أن")


def _relative_on_a_place(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"المدينة التي سلبتها الميليشيات", "جبل صبر التي استولت عليها المقاومة", "غزة، التي دمرت فيها المقاتلات":
    a past verb trigger opening a relative clause on a place (a place named, or a noun of ground: events.yaml
    modality `place_heads`) tells which place it is by its history, not news (SCHEMA.md: relative clauses are
    background), unless the clause dates it ("المطار الذي استعادته المقاومة الأسبوع الماضي") or the sentence goes on
    to its dead (toll words, events.yaml modality `dead_after`): then the incident is told."""
    if not _a_past_verb(doc, lex, t):
        return False
    toks = doc.seg.tokens
    head = _relative_head(doc, lex, t)
    if head is None:
        return False
    if head > t.s0 and not toks[head].is_word and toks[head].text in ",،":
        head -= 1  # "غزة، التي"
    if head < t.s0 or not toks[head].is_word:
        return False
    named = any(a <= head < b for a, b, _ in doc.places_in(max(t.s0, head - PLACE_NAME_REACH), head + 1))
    if not named and not token_stems(doc, head) & lex.modality.get("place_heads", frozenset()):
        return False
    if stems(doc, t.last, t.s1) & (lex.words.toll_words | lex.modality.get("dead_after", frozenset())):
        return False  # "صبراتة التي استهدفتها غارة قتل خلالها عشرات": the incident told, with its dead
    if stems(doc, t.last, t.c1) & lex.modality.get("recently", frozenset()):
        return False  # "سرت التي جرى تحريرها مؤخرا": dated near the news
    return not doc.dates_in(t.first, t.c1)


RUIN_REACH = 8     # tokens before a word of ruin searched for the place it is said of ("عين العرب (كوباني) في الجانب الآخر من الحدود المدمرة")
RUIN_LINKS = 2     # prepositions between the word of ruin and the trigger ("المدمرة من جراء المعركة")


def _what_ruined_a_place(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"كوباني التي دمرت في معارك ضارية", "المطار الذي دمرته المعارك", "كوباني المدمرة بفعل المعركة": a noun
    trigger named as what ruined a place, in a relative clause or after a participle (events.yaml modality `ruin`),
    tells which place it is by its history, unless its clause dates it recently."""
    if t.trig.pos != "noun":
        return False
    toks = doc.seg.tokens
    k = t.first - 1
    links = lex.modality.get("ruin_links", frozenset())
    while k > t.s0 and t.first - k <= RUIN_LINKS and toks[k].norm in links:
        k -= 1
    if k <= t.s0 or not token_stems(doc, k) & lex.modality.get("ruin", frozenset()):
        return False
    if toks[k - 1].norm in lex.words.relatives:
        k -= 1
    lo = max(t.s0, k - RUIN_REACH)
    if not (doc.places_in(lo, k) or stems(doc, lo, k) & lex.modality.get("place_heads", frozenset())):
        return False
    return not any(_recent(d, doc.published) for d in doc.dates_in(t.first, t.c1))


def _cause_of_a_state(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """general42: a definite noun of violence right after a word of cause (events.yaml modality `state_causes`:
    "أعيد فتح المطار بعد إغلاقه أربعة أشهر بسبب المعارك في اليمن", "تعاني المدينة من نقص الوقود جراء القصف
    المتواصل", "الظروف العصيبة التي يمر بها العراق نتيجة المعارك"): the fighting named as the cause of a state,
    a closure or a hardship, no incident told.  It tells one where its sentence counts dead or hurt before it or
    after it ("قتل خمسة مدنيين جراء القصف على الحي", "جراء القصف الذي أسفر عن مقتل"), where its clause has a day of
    its own after it ("تضرر منزلان جراء القصف صباح اليوم") or a number that is not a length of months or years; an
    indefinite noun ("جراء قصف على الحي") and a death are left alone."""
    if not t.trig.definite or t.first <= t.s0 or lex.families[t.trig.family].outcome or \
            not token_stems(doc, t.first - 1) & lex.modality.get("state_causes", frozenset()):
        return False
    W = lex.words
    if stems(doc, t.last, t.s1) & (W.toll_words | lex.modality.get("dead_after", frozenset())):
        return False
    # dead, hurt or losses before it, even denied ("لم تعلن عن وقوع إصابات جراء الانفجارات"): the incident's toll
    dead = W.toll_words | W.losses | lex.modality.get("front_dead", frozenset())
    if any(token_stems(doc, k) & dead and answered_from(doc, lex, k, t.s0) is None for k in range(t.s0, t.first)):
        return False
    # a day before it dates the clause's verb ("أعيد فتح المطار اليوم ... بسبب المعارك"), as for a battle named
    return not (any(_a_day_of_its_own(doc, lex, d) for d in doc.dates_in(t.last, t.c1)) or
                any(not _a_length(doc, lex, n) for n in doc.numbers_in(t.c0, t.c1)))


def _fighting_a_side(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"لقتال الجماعة التي أعلنت ولاءها", "الاتفاق يختص بقتال تنظيم داعش", "دور كبير في قتال التنظيم": a verbal
    noun of fighting (events.yaml modality `fighting_a_side`) whose object, in construct after it, is the side
    fought (a definite noun or a side named) is the fight against that side in general, not an incident, unless its
    clause dates it or its sentence tells dead."""
    if t.trig.pos != "noun" or t.last - t.first != 1 or t.last >= t.s1:
        return False
    toks = doc.seg.tokens
    if toks[t.first].norm not in lex.modality.get("fighting_a_side", frozenset()) and \
            not token_stems(doc, t.first) & lex.modality.get("fighting_a_side", frozenset()):
        return False
    k = t.last + 1 if toks[t.last].text in QUOTES and t.last + 1 < t.s1 else t.last  # "قتال «داعش»"
    after = toks[k]
    if not after.is_word or not (after.norm.startswith("ال") or any(a == k for a, _, _ in doc.actors_in(k, k + 1))):
        return False
    if stems(doc, t.s0, t.s1) & lex.words.toll_words:
        return False
    return not doc.dates_in(t.c0, t.c1)


PLACE_NAME_REACH = 4   # tokens back from a relative's head to the first token of a place name that ends there


CONDITION_REACH = 10   # words from a conditional particle to a trigger in its condition


def _described_doers(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A participle of the doers with a relative clause right after it ("فرقت الشرطة مئات المحتجين الذين خرجوا منذ
    الاثنين"): the people are described, and what the relative clause tells of them is background (SCHEMA.md)."""
    toks = doc.seg.tokens
    return t.trig.participle and t.last < t.s1 and toks[t.last].norm in lex.words.relatives


def _in_a_condition(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"وإذا انتزعت الفصائل السيطرة على المدينة فإن ذلك سيعجل بتقدمها", "إذا تم طرد الحوثيين من أبين": a trigger
    after إذا or لو in its sentence, before the answer (events.yaml `apodosis`), is a condition, not a report;
    not after "ما إذا" (whether), and not a definite noun of violence, which points back to an incident told
    ("إذا ثبتت مسؤولية التنظيم عن التفجير")."""
    if t.trig.definite and t.trig.family not in TERRITORY:
        return False
    mod = lex.modality
    conditional, apodosis = mod.get("conditional", frozenset()), mod.get("apodosis", frozenset())
    toks = doc.seg.tokens
    for k in range(t.first - 1, max(t.s0, t.first - CONDITION_REACH) - 1, -1):
        if toks[k].norm in apodosis:
            return False
        if token_stems(doc, k) & conditional:
            return not (k > t.s0 and toks[k - 1].norm in mod.get("whether", frozenset()))
    return _in_case_of(doc, lex, t)


def _in_case_of(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """plans41: the trigger right after the noun of "in case" and its preposition (events.yaml modality `in_case`,
    `in_case_preposition`), or after one of `in_case_links` ("تم", "وقوع"): "في حال انسحاب الحوثيين من القاعدة",
    "وفي حالة تم اقتحام المدينة" are a condition, as after إذا; not "في حالة تأهب بعد هجوم الشهر الماضي" (a state)."""
    mod = lex.modality
    toks = doc.seg.tokens
    k = t.first - 1
    if k > t.s0 and toks[k].norm in mod.get("in_case_links", frozenset()):
        k -= 1
    return k > t.s0 and toks[k].norm in mod.get("in_case", frozenset()) and \
        bool(token_stems(doc, k - 1) & mod.get("in_case_preposition", frozenset()))


_VERB_ENDING = "ى"   # alif maqsura: "دوى انفجار" (a blast rang out) is the verb; the noun of sound is "دوي"


def _sound_heard(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"وسمع دوي انفجارات تهز العاصمة", "أصوات انفجارات عالية سمعت": the sound of an explosion right before it
    is what was heard, not an incident (the strike or the bomb it came from is told by its own word)."""
    if t.first <= t.s0:
        return False
    before = doc.seg.tokens[t.first - 1]
    return before.norm in lex.modality.get("sounds", frozenset()) and not before.text.endswith(_VERB_ENDING)


TO_COME_REACH = 3   # words a noun trigger may govern before the verb of the future whose subject it is


def _to_come(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"معركة تحرير الرمادي ستبدأ خلال الأسابيع المقبلة", "اقتحام وشيك": a noun trigger, with at most a few words it
    governs, then a verb of the future or an adjective of imminence: the subject of what is to come."""
    toks = doc.seg.tokens
    if t.trig.pos != "noun" and not _a_noun_after_a_complementiser(doc, t):
        return False
    to_come = lex.modality.get("to_come", frozenset())
    for k in range(t.last, min(t.c1, t.last + TO_COME_REACH + 1)):
        if toks[k].norm in to_come:
            return True   # (وشيك opens with the letter of "and")
        if not toks[k].is_word or toks[k].norm.startswith(CONJUNCTIONS) or toks[k].norm in COMPLEMENTISERS:
            return False  # "بعد تحرير عدن، كما أنها ستكون", "عن التفجير فإنه سيكون": another clause, another subject
    return False


def _after_a_complementiser(doc: Document, t: TriggerAt) -> bool:
    """The word right before the trigger, in its clause, is a complementiser, و glued or not ("أن", "وأن", "بأن")."""
    if t.first - 1 < t.c0:
        return False
    word = doc.seg.tokens[t.first - 1].norm
    return word in COMPLEMENTISERS or (word.startswith(_JOINING) and word[len(_JOINING):] in COMPLEMENTISERS)


def _a_noun_after_a_complementiser(doc: Document, t: TriggerAt) -> bool:
    """A one-word verb trigger with a pronoun attached, right after a complementiser: "وأن استعادتها من قبضة
    الانقلابيين سيتم قريبا" is the verbal noun with its possessive (استعادة + ها), written as a verb would be with
    its object (استعاد + ت + ها); after أن the subject of a clause is a noun."""
    return t.trig.pos == "verb" and t.last == t.first + 1 and object_pronoun(doc.seg.tokens[t.first].text) and \
        _after_a_complementiser(doc, t)


def _ordered(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An order to act, not the act: a word of ordering, then ب glued to the trigger, to the word right after
    the order or to the word right before the trigger ("أمر المحافظ باعتقال", "توجيهات باقتحام", "وجه أمير
    المنطقة بسرعة القبض على"); not a background word ("بعد"), which dates what follows."""
    ordering = lex.modality.get("ordering", frozenset())
    toks = doc.seg.tokens

    def carries_order(j: int) -> bool:
        w = toks[j].norm
        return w.startswith(_ORDER_PREFIX) and w not in lex.words.background_after and \
            not (j == t.first and t.phrase[0].startswith(_ORDER_PREFIX))

    for k in range(max(t.c0, t.first - ORDER_REACH), t.first):
        if token_stems(doc, k) & ordering and any(carries_order(j) for j in {k + 1, t.first - 1, t.first} if j > k):
            return True
    return False


CALL_REACH = 12   # tokens from a call's link back to the word of demand or threat, its subject and object between
                  # ("طالب مجلس محافظة الأنبار الحكومة العراقية المركزية بوقف": 7); as ATTEMPT_REACH, set on the feed's kwic
_CARRIER_IN = "في"   # "الإسراع في تطهير": a carrier's own preposition before the act


def _called_for_across(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """What a demand, a call, an appeal or a threat asks for, past the ORDER_REACH window, its subject and object
    between (events.yaml modality `ordering`, `calls_across`): "طالب مجلس المحافظة الحكومة المركزية بوقف اقتحام",
    "داعيا طيران التحالف الدولي إلى تكثيف طلعاته".  The act is carried by the call's own link: ب glued to the trigger
    or to a verbal noun of carrying out right before it ("بتكثيف الطلعات"), or إلى before either (`call_links`); a
    sentence stop, a comma, a relative, a word of time or contrast or a verb opening a clause of its own between
    ends the call's reach ("هدد الحزب بقطع الهدنة إثر الضربات الجوية" tells the strikes).  A finite verb tells its own
    clause."""
    if t.trig.pos == "verb":
        return False
    link = _call_link(doc, lex, t)
    if link is None:
        return False
    mod = lex.modality
    calls = mod.get("ordering", frozenset()) | mod.get("calls_across", frozenset())
    breaks = mod.get("chain_breaks", frozenset()) | mod.get("chain_relatives", frozenset()) | lex.words.background_after
    toks = doc.seg.tokens
    for k in range(link - 1, max(t.s0, link - CALL_REACH) - 1, -1):
        word = token_stems(doc, k)
        if word & calls:
            return _a_call_word(doc, lex, k, t.c0)
        if toks[k].norm in _SENTENCE_STOPS or toks[k].norm in COMMAS or word & breaks or _opens_a_clause(toks[k].norm):
            return False
        if toks[k].norm in mod.get("call_links", frozenset()) and _carrier_at(doc, lex, k + 1):
            return False   # "تدعو إلى القيام بأعمال ... متعلقة بالتفجير": the call's act is the carrier's, not this
    return False


def _carrier_at(doc: Document, lex: EventLexicon, k: int) -> bool:
    """Token k is a verbal noun of carrying out (modality `call_carriers`, `act_carriers`, `purpose_carriers`)."""
    mod = lex.modality
    carriers = mod.get("call_carriers", frozenset()) | mod.get("act_carriers", frozenset()) | \
        mod.get("purpose_carriers", frozenset())
    return k < len(doc.seg.tokens) and bool(token_stems(doc, k) & carriers)


def _call_link(doc: Document, lex: EventLexicon, t: TriggerAt) -> int | None:
    """The token that carries what a call asks for, right before the trigger: ب glued to the trigger ("بقصفها") or
    to a carrier before it ("بتكثيف الطلعات"), or إلى before the trigger or its carrier ("إلى تكثيف طلعاته",
    "إلى الإسراع في تطهير")."""
    toks = doc.seg.tokens
    mod = lex.modality
    links = mod.get("call_links", frozenset())
    carriers = mod.get("call_carriers", frozenset()) | mod.get("act_carriers", frozenset()) | \
        mod.get("purpose_carriers", frozenset())
    if toks[t.first].norm.startswith(_ORDER_PREFIX) and \
            (not t.phrase[0].startswith(_ORDER_PREFIX) or t.phrase[0][1:] in carriers):
        return t.first   # "بقصفها", and a trigger that holds its carrier ("بشن غارات")
    j = t.first - 1
    if j > t.s0 and toks[j].norm == _CARRIER_IN:
        j -= 1   # "الإسراع في تطهير"
    if j <= t.s0:
        return None
    if toks[j].norm in links:
        return j if j == t.first - 1 else None
    if not token_stems(doc, j) & carriers:
        return None
    if toks[j].norm.startswith(_ORDER_PREFIX) and toks[j].norm[1:] in carriers:
        return j
    return j - 1 if toks[j - 1].norm in links else None


def _a_call_word(doc: Document, lex: EventLexicon, k: int, c0: int) -> bool:
    """Token k is a word of calling, not a person (modality `call_homographs`: "طالب", also "a student"): such a
    word counts where it opens its clause, with و or ف glued, or after a word of `call_openers`."""
    mod = lex.modality
    homographs = mod.get("call_homographs", frozenset())
    word = doc.seg.tokens[k].norm
    if not token_stems(doc, k) & homographs or (word[:1] in CONJUNCTIONS and word[1:] in homographs):
        return True   # not a homograph, or one with و/ف glued: "وطالب"
    if word not in homographs:
        return False  # "بطالب": a preposition glued, the person
    return k <= c0 or not doc.seg.tokens[k - 1].is_word or \
        doc.seg.tokens[k - 1].norm in mod.get("call_openers", frozenset())


def _in_the_future(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A verbal noun governed by a verb in the future in the MODALITY_WINDOW words before it, in its clause
    (lexicon.future_verbs, with و or ف glued or not; or سوف): "المقاومة ستتجه إلى تطهير المناطق", "سيحاول الحزب
    إطلاق صواريخ".  A word of `future_breaks` or of time or cause between ends what the verb governs ("سيرد على
    الهجوم", "ستتولى التحقيق في الهجوم"); a death (an outcome family) is left to its own clause."""
    if t.trig.pos == "verb" or lex.families[t.trig.family].outcome or not lex.future_verbs:
        return False
    toks = doc.seg.tokens
    mod = lex.modality
    breaks = mod.get("future_breaks", frozenset()) | lex.words.background_after
    sawfa = {w for w in mod.get("future", frozenset()) if len(w) > 2}   # سوف, not the prefixes
    for k in range(t.first - 1, max(t.c0, t.first - MODALITY_WINDOW) - 1, -1):
        word = toks[k].norm
        bare = word[1:] if word[:1] in CONJUNCTIONS else word
        if word in lex.future_verbs or bare in lex.future_verbs or bare in sawfa:
            return True
        if token_stems(doc, k) & breaks or word in _SENTENCE_STOPS or word in COMMAS:
            return False
    return False


def _role_in(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A side's role in the act ("تقدير دور التحالف في تحرير عدن", "لدور دول التحالف في عملية تحرير عدن"): a role
    noun, then في right before the trigger or before an operation noun that governs it."""
    toks = doc.seg.tokens
    k = t.first - 1
    if k > t.c0 and token_stems(doc, k) & lex.words.verbal_noun_heads:
        k -= 1  # "في عملية تحرير"
    if k <= t.c0 or toks[k].norm != _ROLE_PREPOSITION:
        return False
    role = lex.modality.get("role", frozenset())
    # "الزبداني التي تشهد مشاركة الحزب في قتال": a place that witnesses a side's part in the fight is where that
    # fight goes on (events.yaml modality `front_witness`, as for a front)
    witness = lex.modality.get("front_witness", frozenset())
    return any(token_stems(doc, j) & role and not (j > t.c0 and token_stems(doc, j - 1) & witness)
               for j in range(max(t.c0, t.first - ROLE_REACH), k))


def _fighting_in_general(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The verbal noun of fighting, definite (events.yaml modality `activity_nouns`), where it is not the subject of
    its clause: fighting as what a side takes to, refuses, leaves or goes on with ("رفضوا القتال في صفوفهم", "عائدون
    من القتال في سوريا", "مصممة على مواصلة القتال"), no incident told.  It tells fighting where it opens its clause
    or follows a complementiser, a verb of going on or of flaring up or a word of existence (modality
    `activity_subject_before`: "استمر القتال في أحيائها", "أن القتال مستمر", "هناك بعض القتال في المنطقة"), where its
    clause dates or counts it, where people told dead or hurt before it in its sentence fell in it ("قتل نحو 30 ... في
    جبهات القتال"), or where a front governs it (`_names_a_front` has read the front)."""
    nouns = lex.modality.get("activity_nouns", frozenset())
    if t.last - t.first != 1 or not token_stems(doc, t.first) & nouns or t.first <= t.c0:
        return False
    before = token_stems(doc, t.first - 1)
    told_after = lex.words.going_on | lex.modality.get("activity_subject_before", frozenset()) | \
        lex.modality.get("front_heads", frozenset())
    if before & told_after or doc.seg.tokens[t.first - 1].norm in COMPLEMENTISERS:
        return False
    if any(_a_day_of_its_own(doc, lex, d) for d in doc.dates_in(t.c0, t.c1)) or \
            any(not _a_length(doc, lex, n) for n in doc.numbers_in(t.c0, t.c1)):
        return False
    dead = lex.words.toll_words | lex.modality.get("front_dead", frozenset())
    return not any(token_stems(doc, k) & dead and answered_from(doc, lex, k, t.s0) is None
                   for k in range(t.s0, t.first))


BATTLE_VERB_REACH = 3   # words before a battle's noun, in its clause, searched for a verb of its taking place or
#                         going on ("دارت معركة", "اندلعت أمس معركة"; set on the feed's 358 articles holding معركة)


def _a_battle_named(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The singular noun of a battle (events.yaml modality `battle_nouns`) named as a whole: a war or a campaign a
    side prepares, joins, wins, discusses or carries elsewhere, an honour or a ground named after it ("تعد لمعركة
    العند", "بنقل المعركة إلى", "حسم المعركة ضد", "نوط المعركة", "أرض المعركة", "معركة طويلة الأمد بين مسؤولين"),
    no incident told.  It tells one where a verb of fighting taking place, going on, flaring up or being witnessed
    stands shortly before it in its clause ("دارت معركة", "شهدت البلدة معركة"), where a word of its going on
    follows in a clause that names a place finer than a country ("معركة تحرير تعز مستمرة"), where a day of its
    own follows it in its clause ("معركة أمس"; a day before it dates the clause's verb: "بحث الرئيسان الأربعاء
    المعركة ضد التنظيم"), where its sentence tells people dead or hurt after it ("معركة عنيفة قتل فيها 16",
    "خلفت ستة قتلى") or its clause before it ("قتل ثلاثة في معركة"), or where it frames an incident told
    (`_frames_an_incident`)."""
    if t.last - t.first != 1 or not token_stems(doc, t.first) & lex.modality.get("battle_nouns", frozenset()):
        return False
    if t.first > t.c0 and token_stems(doc, t.first - 1) & lex.modality.get("battle_honours", frozenset()):
        return True  # "قلدهم نوط الشرف ونوط المعركة": a decoration named after it, whoever wears it
    W = lex.words
    if stems(doc, max(t.c0, t.first - BATTLE_VERB_REACH), t.first) & (W.going_on | W.happening_verbs) or \
            stems(doc, t.c0, t.first) & W.witness_verbs:
        return False  # "دارت معركة", "وشهدت بلدة عرسال أمس معركة": a place that witnesses it, however far its name
    if stems(doc, t.last, t.c1) & W.still_going_on and any(
            m.resolved is None or m.resolved.kind not in COARSE_KINDS for _, _, m in doc.places_in(t.c0, t.c1)):
        return False
    if any(_a_day_of_its_own(doc, lex, d) for d in doc.dates_in(t.last, t.c1)):
        return False
    if stems(doc, t.last, t.s1) & (W.toll_words | lex.modality.get("dead_after", frozenset())):
        return False
    dead = W.toll_words | lex.modality.get("front_dead", frozenset())
    if any(token_stems(doc, k) & dead and answered_from(doc, lex, k, t.s0) is None for k in range(t.c0, t.first)):
        return False
    return not _frames_an_incident(doc, lex, t)


def _frames_an_incident(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The battle named as the frame of what its sentence tells (events.yaml modality `battle_frames` right before
    it: "بدأت الفصائل هجوما على مراكز النظام في مدينة درعا، ضمن معركة ..."), in a sentence with a place finer than
    a country: part of that incident, left to merge with it."""
    if t.first <= t.s0 or not token_stems(doc, t.first - 1) & lex.modality.get("battle_frames", frozenset()):
        return False
    return any(m.resolved is None or m.resolved.kind not in COARSE_KINDS for _, _, m in doc.places_in(t.s0, t.s1))


def _led(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A verb of leading right before a definite noun of an operation or a campaign (events.yaml modality `leading`:
    "التحالف الذي يقود العملية العسكرية ضد التنظيم"): the side's role in the campaign as a whole, no incident told.
    An attack a side leads is told ("قاد العقيد الهجوم على مواقع المسلحين")."""
    if t.trig.pos != "noun" or not t.trig.definite or t.first <= t.c0:
        return False
    # only an operation's or a campaign's noun (modality `aimed_fights`): "قاد العقيد الهجوم على ..." tells the attack
    return bool(token_stems(doc, t.first) & lex.modality.get("aimed_fights", frozenset()) and
                token_stems(doc, t.first - 1) & lex.modality.get("leading", frozenset()))


def _a_length(doc: Document, lex: EventLexicon, n) -> bool:
    """A number that counts months or years ("أكثر من 19 شهرا من القتال", "بعد 13 سنة من القتال"; event_roles.yaml
    `long_span_units`, `long_span_unit_after_number`): how long a war has gone on, no count of its dead or its
    incidents."""
    k = doc.token_of(n.span.end - 1) + 1
    W = lex.words
    return k < len(doc.seg.tokens) and doc.seg.tokens[k].norm in W.long_span_units | W.long_span_unit_after_number


AIM_COMPLETION_REACH = 4   # words before a fight's noun searched for a word that says the operation was done


def _aim_of_a_fight(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"معارك تحرير قاعدة العند لا تزال مستمرة", "عملية تطهير مدن الأنبار": a verbal noun of ground taken right after
    a noun of fighting or of an operation names what the fight is for, unless the operation is said done
    ("استكمال عمليات تطهير عدن")."""
    if t.trig.pos != "noun" or not lex.families[t.trig.family].territory or t.first <= t.c0:
        return False
    written = doc.seg.tokens[t.first].norm
    if written[:1] in CONJUNCTIONS and not t.phrase[0].startswith(written[:1]):
        return False  # "جبهات المعركة والسيطرة على مواقع": a taking joined to the fight, not governed by it
    if not token_stems(doc, t.first - 1) & lex.modality.get("aimed_fights", frozenset()):
        return False
    return not lex.modality.get("completion", frozenset()) & stems(doc, max(t.c0, t.first - 1 - AIM_COMPLETION_REACH),
                                                                    t.first - 1)


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
    """A light verb ("شن", "نفذ"), a verb of fighting going on ("استمرت المعارك") or of its taking place or rising
    (fight39: "تصاعدت حدة المعارك في محافظة تعز", "ووقعت الهجمات في قرية س") before the trigger, or a word of
    its going on still after it in its clause ("المعارك في محافظات الضالع وأبين ما زالت محتدمة"), and a place
    more precise than a country after it."""
    before = stems(doc, max(t.s0, t.first - LIGHT_VERB_REACH), t.first)
    start = _past_the_sides(doc, lex.words, t)
    end = t.c1 if start == t.last else doc.clause(start)[1]
    specific_place = any(m.resolved is None or m.resolved.kind not in COARSE_KINDS
                         for _, _, m in doc.places_in(start, min(end, start + PLACE_AFTER_REACH)))
    carried = before & (lex.words.light_verbs | lex.words.going_on | lex.words.happening_verbs) or \
        stems(doc, t.last, t.c1) & lex.words.still_going_on or _happening_after(doc, lex.words, t)
    return bool(carried) and specific_place


# place41: tokens after a definite plural trigger its verb of taking place may stand at, in subject-first order after
# a complementiser or opening a sentence ("وقالت المصادر إن الاشتباكات وقعت في منطقة س", "إن المعارك العنيفة
# استمرت في بلدة س": an adjective between); kwic.py: 15 such pairs on the feed (14 unsectioned), 6 with a specific
# place after them, each the fight told before, placed finer
HAPPENING_AFTER_REACH = 2


def _happening_after(doc: Document, W: RoleWords, t: TriggerAt) -> bool:
    """A definite plural trigger that is the subject of a verb of taking place or going on right after it (event_roles
    `going_on`, `happening_verbs`): "إن الاشتباكات وقعت في منطقة س" tells where the fighting was, as "ووقعت الاشتباكات
    في منطقة س" does (`_carried_to_a_place`)."""
    if not t.trig.definite:
        return False
    toks = doc.seg.tokens
    verbs = W.going_on | W.happening_verbs
    for k in range(t.last, min(t.c1, t.last + HAPPENING_AFTER_REACH)):
        if not toks[k].is_word or toks[k].norm in W.relative_before_present:
            return False   # "المعارك التي دارت بين الطرفين": a relative clause describes the fighting, told before
        if token_stems(doc, k) & verbs:
            return True
    return False


def _past_the_sides(doc: Document, W: RoleWords, t: TriggerAt) -> int:
    """Where the place a fight was carried to may open: right after the trigger; or, when the sides it is between
    follow it, after them: after the second part's "من جهة أخرى" of sides told in parts ("استعرت الاشتباكات بين
    الفصائل من جهة، وقوات النظام من جهة أخرى في محيط منطقة س"), else after the second side's name ("بين مقاتلي
    الفصائل وقوات النظام في محيط بلدة س")."""
    toks = doc.seg.tokens
    k = next((j for j in range(t.last, min(t.s1, t.last + SIDES_AFTER_TRIGGER)) if toks[j].norm in W.between_sides),
             None)
    if k is None:
        return t.last
    parts = [j for j in range(k + 2, min(t.s1, k + SIDES_TOLD_REACH))
             if toks[j].norm in W.side_parts and toks[j - 1].norm in W.partitive_preposition]
    if len(parts) >= 2:
        return min(t.s1, parts[1] + 2)   # past "جهة أخرى"
    # "بين X وY": the end of the last side named within two names' length of بين, with no comma or bracket before it
    ends = [a1 for _, a1, _ in doc.actors_in(k + 1, min(t.s1, k + SIDES_NAMED_REACH))
            if all(toks[j].is_word for j in range(k + 1, a1))]
    return max(ends, default=t.last)


def _general_activity(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A plural trigger that tells activity in general ("في هجمات", "الغارات") with no date, number or
    specific place, unless a light verb carries it to a specific place ("شن هجمات على بلدة س")."""
    if tuple(t.phrase) not in lex.plural:
        return False
    toks = doc.seg.tokens
    W = lex.words
    first = t.first
    prev_word = token_stems(doc, first - 1) if first > t.s0 else set()
    # a glued preposition makes it general, not the ل of what a verb of facing faces ("تصدت المقاومة لهجمات")
    general = t.trig.definite or bool(prev_word & W.general_prepositions) or (
        toks[first].norm != t.phrase[0] and toks[first].norm[:1] in _PREPOSITION_LETTERS and not _faced(doc, lex, t))
    specific_dates = [d for d in doc.dates_in(t.c0, t.c1) if d.date or not (d.key or "").startswith("rel:recent")]
    if not general or specific_dates or doc.numbers_in(t.c0, t.c1) or _where_the_count_before_died(doc, t) \
            or _where_the_toll_before_fell(doc, lex, t):
        return False
    return not _carried_to_a_place(doc, lex, t)


def _where_the_toll_before_fell(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"لقي قائد مصرعه في مواجهات", "سقوط عدد من القتلى في اشتباكات": an indefinite plural trigger after a toll
    in its clause tells the fighting they fell in ("في المعارك" stays fighting in general), unless the toll is
    what another act answers ("ردا على مقتل مدنيين في غارات": that incident is recalled, not told)."""
    if t.trig.definite:
        return False
    W = lex.words
    return any(token_stems(doc, k) & W.toll_words and answered_from(doc, lex, k, t.s0) is None
               for k in range(t.c0, t.first))


def _where_the_count_before_died(doc: Document, t: TriggerAt) -> bool:
    """"قتل ثلاثة متمردين وجرح سبعة، في اشتباكات بين قوات الأمن والمتمردين": a clause that opens with the
    plural trigger after في tells where the people counted in the clause before fell."""
    if t.first - t.c0 > 1 or t.c0 <= t.s0:
        return False
    before = doc.clause(t.c0 - 1)
    return bool(doc.numbers_in(before[0], before[1]))


def _habit(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"ينفذ التنظيم هجمات" (a habit), "سيشن الجيش هجوما" (the future): the present-tense light verb
    may stand before its subject ("وينفذ التنظيم الإرهابي ... هجمات")."""
    if t.trig.pos != "noun":
        return False
    habitual = lex.modality.get("habitual", frozenset())
    trend = lex.modality.get("trend_past", frozenset())
    for k in _words_before(doc, lex, t, HABIT_WINDOW):
        words = token_stems(doc, k)
        if words & trend and any(_a_day_of_its_own(doc, lex, d) for d in doc.dates_in(t.s0, t.s1)):
            continue  # "كثفت الطائرات غاراتها صباح أمس": that day's strikes
        if words & habitual or any(w[:1] == _FUTURE_PREFIX and w[1:] in habitual for w in words):
            return True
    return False


def _a_day_of_its_own(doc: Document, lex: EventLexicon, d: DatedSpan) -> bool:
    """A day the sentence tells something on ("صباح أمس"), not one a span of days runs from ("منذ السبت")."""
    return d.date is not None and d.precision == "day" and not after_since(doc, lex.words.since, d)


def _usually(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """An adverb of habit in the sentence ("عادة", "غالبا") and nothing that dates or counts an incident."""
    if doc.dates_in(t.s0, t.s1) or doc.numbers_in(t.s0, t.s1):
        return False  # the cheap test first: most sentences with an incident date or count it
    return bool(lex.modality.get("usually", frozenset()) & stems(doc, t.s0, t.s1))


FREQUENCY_REACH = 1   # words between a trigger and the word of frequency after it (an adjective: "غارات جوية يومية")


def _at_a_frequency(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A word of frequency (events.yaml modality `frequency`) right before the trigger, or after it in its clause with at
    most FREQUENCY_REACH words between: "التي تشهد هجمات شبه يومية", "ينفذ الطيران يوميا غارات", "غارات منتظمة تشنها
    طائرات": violence that recurs, no incident; a clause that sets it on a day of its own tells that day's ("شن
    الطيران صباح أمس غارات متكررة على البلدة")."""
    frequency = lex.modality.get("frequency", frozenset())
    toks = doc.seg.tokens
    hi = min(t.c1, t.last + FREQUENCY_REACH + 1)   # the phrases start at most there too
    found = (t.first > t.c0 and bool(token_stems(doc, t.first - 1) & frequency)) or \
        bool(stems(doc, t.last, hi) & frequency) or any(
            (pm := lex.modality_phrases.match_at(toks, k)) is not None and pm.payloads[0] == "frequency"
            for k in range(t.last, hi))
    return found and not any(_a_day_of_its_own(doc, lex, d) for d in doc.dates_in(t.c0, t.c1))


def _words_before(doc: Document, lex: EventLexicon, t: TriggerAt, n: int) -> list[int]:
    """Up to `n` words before the trigger in its clause, and beyond a relative clause set off by commas
    between it and the words before ("وينفذ التنظيم، الذي تأسس في نيجيريا، هجمات")."""
    toks = doc.seg.tokens
    out: list[int] = []
    k, c0 = t.first - 1, t.c0
    while k >= t.s0 and len(out) < n:
        if k < c0:
            aside = doc.clause(k)   # the clause before: skipped when it is a relative aside
            if not (toks[aside[0]].norm in lex.words.relatives or
                    (aside[0] + 1 < aside[1] and not toks[aside[0]].is_word and
                     toks[aside[0] + 1].norm in lex.words.relatives)):
                break
            k, c0 = aside[0] - 1, doc.clause(aside[0] - 1)[0] if aside[0] > t.s0 else t.s0
            continue
        if toks[k].is_word:
            out.append(k)
        k -= 1
    return out


def _describes(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"القوات التي تقاتل التنظيم", "وتقاتل الحركة للإطاحة بالحكومة": a present-tense verb describes
    unless its sentence dates it or counts its dead; control held since a point in time was taken then."""
    if t.tense != "present":
        return False
    toks = doc.seg.tokens
    W = lex.words
    if t.trig.family in TERRITORY and _held_since(doc, lex, t):
        return False  # "يسيطر على المدينة منذ آب الماضي": control taken at that date
    if t.first > t.s0 and (toks[t.first - 1].norm in W.relative_before_present or
                           _after_indefinite_noun(doc, t.first - 1)):
        return True
    return not (doc.dates_in(t.s0, t.s1) or doc.numbers_in(t.s0, t.s1))


_INDEFINITE_ENDINGS = ("ات", "ه")   # a feminine or plural noun or adjective, ة normalised to ه


def _after_indefinite_noun(doc: Document, k: int) -> bool:
    """"مخططات إرهابية تستهدف الأمن", "عمليات تستهدف منشآت": a present-tense verb right after an indefinite
    feminine or plural noun (or its adjective) is a clause describing it, whatever else the sentence dates."""
    tok = doc.seg.tokens[k]
    w = tok.norm[1:] if tok.norm.startswith("و") and len(tok.norm) > 4 else tok.norm
    return tok.is_word and len(w) >= 4 and not w.startswith("ال") and w.endswith(_INDEFINITE_ENDINGS) and \
        doc.inside_actor(k, k + 1) is None and not doc.places_in(k, k + 1)


def _campaign(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A war or a campaign named as a whole: "لمناقشة المعركة ضد داعش", "عن العمليات العسكرية للتحالف ضد
    الحوثيين في اليمن" (a definite noun set against an enemy, its clause with no date, number or place
    finer than a country)."""
    if t.trig.family not in lex.campaign_families or t.trig.pos != "noun" or not t.trig.definite:
        return False
    toks = doc.seg.tokens
    if not any(toks[k].norm in lex.words.against for k in range(t.last, min(t.c1, t.last + CAMPAIGN_REACH))):
        return False
    if doc.dates_in(t.c0, t.c1) or doc.numbers_in(t.c0, t.c1):
        return False
    return all(m.resolved is not None and m.resolved.kind in COARSE_KINDS for _, _, m in doc.places_in(t.c0, t.c1))


def _charged_with(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """What someone is charged with or said to be involved in: a word of `accusation` shortly before the
    trigger in its clause ("القبض على 5 بتهمة التحريض على العنف", "لتورطهم في الهجوم"): an earlier incident
    named in a report of an arrest or a trial, not told."""
    if t.trig.family in lex.charge_spares:
        return False
    accusation = lex.words.accusation
    return any(token_stems(doc, k) & accusation for k in range(max(t.c0, t.first - ACCUSATION_REACH), t.first))


def _held_since(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The clause dates the start of what the trigger holds: a point in time after منذ ("منذ آب الماضي",
    "منذ عام 2015"), not a length of time ("منذ أكثر من عام")."""
    return any(after_since(doc, lex.words.since, d) and names_a_time(d) and not _years_back(d, doc.published)
               for d in doc.dates_in(t.c0, t.c1))


def _run_since(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """Incidents in the plural counted since a point long past ("أدت الهجمات إلى مقتل 15 ألف شخص منذ عام 2009",
    "ومنذ ذلك الحين، قتل المئات في هجمات"): a tally of a run, not an incident (SCHEMA.md: a claim).  The
    point is in the trigger's clause or opens its sentence; "the largest since" compares, it counts nothing.  A
    death report counts like a plural ("حملة دموية منذ 2009 أدت حتى الآن إلى مقتل 15 ألف شخص")."""
    if tuple(t.phrase) not in lex.plural and not lex.families[t.trig.family].outcome and not _counted_many(doc, t):
        return False
    lo = t.s0 if token_stems(doc, t.s0) & lex.words.since else t.c0
    return _counted_since(doc, lex, lo, t.c1, t.last, t.first)


def _counted_since(doc: Document, lex: EventLexicon, lo: int, hi: int, compared_from: int, told: int = -1) -> bool:
    """Tokens lo..hi-1 count since a point long past or "منذ ذلك الحين", not after a superlative that stands
    between `compared_from` and the منذ ("الأكبر منذ").  A start is no such point for the trigger at `told` when
    that trigger is what started ("منذ بدء الغارات على المدينة في مايو": strikes told as going on)."""
    toks = doc.seg.tokens
    since = [k for k in range(lo, hi) if token_stems(doc, k) & lex.words.since]
    if not since or any(toks[k].norm in lex.words.superlatives and not _more_than(doc, k)
                        for k in range(compared_from, since[-1])):
        return False
    if any(k + 1 < hi and toks[k + 1].norm in lex.words.demonstratives for k in since):
        return True  # "منذ ذلك الحين"
    return _since_long_ago(doc, lex, lo, hi) or any(_since_a_start(doc, lex, k, lo, hi) for k in since
                                                    if _starts_for(doc, lex, k, told))


def _starts_for(doc: Document, lex: EventLexicon, k: int, told: int) -> bool:
    """The start after the منذ at token k may be the point the trigger at `told` is counted from: the trigger is
    not what started ("منذ بدء الغارات"), and no relative clause opens between them ("معارك مع التنظيم الذي يسيطر
    على المدينة منذ بداية العام": the hold began then, not the fighting)."""
    if told < 0:
        return True
    if k < told <= k + START_REACH:
        return False
    toks = doc.seg.tokens
    return not any(toks[j].norm in lex.words.relatives for j in range(told + 1, k))


START_REACH = 2   # words from منذ to the trigger that its word of starting governs ("منذ بدء الغارات")
SERIES_DAYS = 7   # a start dated within this of publication begins a series told as one ("منذ بدء الهجوم الخميس")


def _since_a_start(doc: Document, lex: EventLexicon, k: int, lo: int, hi: int) -> bool:
    """The منذ at token k counts from the start of a term of office, a war or an entry ("منذ تولي الرئيس الحكم",
    "منذ بدء المواجهات", "منذ مطلع العام", "منذ دخول الحوثيين عدن"): months, not the day of an incident — unless
    the clause dates that start within the last days ("منذ بدء الهجوم الخميس": a series at one place)."""
    if k + 1 >= hi or not token_stems(doc, k + 1) & lex.span_starts:
        return False
    return not any(_within_days(d, doc.published, SERIES_DAYS) for d in doc.dates_in(lo, hi))


def _within_days(d: DatedSpan, published, days: int) -> bool:
    """A day or a weekday within `days` of publication (or unresolved for want of a publication date)."""
    if d.date is None:
        return _within_a_month(d)
    if d.precision not in ("day", "week") or published is None:
        return False
    try:
        return abs((published - dt.date.fromisoformat(d.date[:10])).days) <= days
    except ValueError:
        return False


def _counted_many(doc: Document, t: TriggerAt) -> bool:
    """A number of two or more ends right before the trigger: incidents counted ("شن أكثر من 11000 اعتداء")."""
    return any(n.last_token == t.first and ((n.value or 0) >= 2 or (n.low or 0) >= 2)
               for n in doc.numbers_in(max(0, t.first - NUMBER_REACH), t.first))


NUMBER_REACH = 6   # tokens a hedged number may take before the noun it counts ("ما لا يقل عن 300 غارة")


def _more_than(doc: Document, k: int) -> bool:
    """"أكثر من 15 ألف قتيل": a superlative's word that opens a number (the numbers recogniser's hedge) bounds a
    count, it compares nothing."""
    return bool(doc.numbers_in(k, k + 1))


def _over_a_long_span(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The trigger's clause spans months or years ("طوال الـ12 سنة الماضية", "خلال عشرة أشهر"): a summary.  A
    parenthetical aside does not close the clause ("قتلت الطائرات 900 من تنظيم (داعش) بينهم قادة خلال ستة أشهر")."""
    return _long_span_in(doc, lex, t.c0, max(t.c1, doc.clause_past_asides(t.first)[1]))


TOTAL_REACH = 10   # words from a word of a total back from the plural trigger it counts the dead of ("العدد الإجمالي للقتلى إلى 3216 على الأقل جراء غارات")


def _cause_of_a_total(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات التحالف", "يرتفع إجمالي عدد القتلى الذين سقطوا في هجمات":
    incidents in the plural that a total of the dead is counted over, after the total in its sentence, are the
    run the total sums (SCHEMA.md: a claim), not an incident.  A singular trigger stays ("ارتفع العدد الإجمالي
    لقتلى الهجوم": one incident's toll updated)."""
    if tuple(t.phrase) not in lex.plural:
        return False
    totals = lex.modality.get("totals", frozenset())
    toks = doc.seg.tokens
    return any(toks[k].norm in totals for k in range(max(t.s0, t.first - TOTAL_REACH), t.first))


CONTINUING_REACH = 3   # words from a trigger to the adjective that makes it go on ("الغارات الجوية والقتال المستمر منذ")


def _going_on_for_long(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"وسقط في الغارات والقتال المستمر منذ أربعة أشهر أكثر من 3500 قتيل", "الحرب الدائرة منذ أربع سنوات": an
    adjective of going on, then منذ and a length of months or years, make the trigger a run over that length, not an
    incident (without the adjective, "قتل منذ أربعة أشهر" dates one incident four months ago; "منذ صباح أمس", no
    length of months, is a series of one place and stays)."""
    toks = doc.seg.tokens
    going = lex.modality.get("going_on", frozenset())
    return any(toks[k].norm in going and k + 1 < t.c1 and token_stems(doc, k + 1) & lex.words.since and
               _long_span_in(doc, lex, k + 1, t.c1, lex.words.since)
               for k in range(t.last, min(t.c1, t.last + CONTINUING_REACH)))


def _long_span_in(doc: Document, lex: EventLexicon, lo: int, hi: int, openers: frozenset[str] | None = None) -> bool:
    """Tokens lo..hi-1 name a span of months or years after خلال/طوال/على مدى (or after one of `openers`)."""
    W = lex.words
    toks = doc.seg.tokens
    openers = W.span_openers if openers is None else openers

    def long_unit(j: int) -> bool:
        return toks[j].norm in W.long_span_units or (
            toks[j].norm in W.long_span_unit_after_number and j > 0 and toks[j - 1].norm.isdigit())

    return any(token_stems(doc, k) & openers and any(long_unit(j) for j in range(k + 1, min(hi, k + 1 + SPAN_REACH)))
               for k in range(lo, hi))


CALENDAR_SPAN_REACH = 10   # words after a trigger searched for the span of the calendar it is counted over


def _over_a_calendar_span(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"قتلوا أو اعتقلوا خلال النصف الأول من العام", "مقتل 7 آلاف مدني خلال الشهر الجاري", "كثفت الحركة هجماتها
    في الأشهر الأخيرة": after the trigger in its clause, a span of the calendar — خلال/طوال and a month or a year
    of the Gregorian calendar ("شهر رمضان" dates one incident) or a part of a year, in a clause that counts, or في
    and recent months or years — counts a run.  Not when a rank stands between ("الأسوأ من نوعه خلال العام الجاري", "حادثة القتل الثالثة خلال
    العام الحالي"): that compares one incident with the rest."""
    mod = lex.modality
    for k in range(t.last, min(t.c1 - 1, t.last + CALENDAR_SPAN_REACH)):
        words = token_stems(doc, k)
        if words & lex.ranks:
            return False
        if words & lex.words.span_openers and _calendar_span_at(doc, lex, k + 1):
            return _counted(doc, lex, t)
        if words & mod.get("recent_span_openers", frozenset()) and _recent_span_at(doc, lex, k + 1):
            return True
    return False


def _in_a_recent_period(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"تزايد عدد القتلى خلال الفترة الماضية", "لوحظ في الفترة الأخيرة وقوع حالات": a recent period of the
    calendar in the trigger's clause holds a run of incidents, not one.  Not when a rank stands between the trigger
    and a period after it ("الهجوم الأعنف في الفترة الأخيرة").  A period between two days is left alone: a few
    strikes in ten days may be one series coded as one event."""
    mod = lex.modality
    toks = doc.seg.tokens
    bounds = mod.get("period_bounds", frozenset())
    for k in range(t.c0 + 1, t.c1 - 1):
        if toks[k].norm in mod.get("period_nouns", frozenset()) and token_stems(doc, k - 1) & lex.period_openers and \
                toks[k + 1].norm in bounds:
            return not (k > t.last and stems(doc, t.last, k) & lex.ranks)
    return _over_a_period_told_before(doc, lex, t)


def _over_a_period_told_before(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"قتل 60 مدنيا جراء هذه الغارات خلال هذه الفترة": a period that points back (خلال/في, a demonstrative and a
    period noun) is the span of a tally told before; what the clause tells over it is a run, not an incident."""
    toks = doc.seg.tokens
    periods = lex.modality.get("period_nouns", frozenset())
    return any(toks[k].norm in periods and toks[k - 1].norm in lex.words.demonstratives and
               token_stems(doc, k - 2) & lex.period_openers for k in range(max(t.c0 + 2, 2), t.c1))


PLACES_REACH = 8   # words after a trigger searched for "several places of a country"


def _across_a_country(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"قصفت الطائرات مواقع في مناطق مختلفة من اليمن", "استمر القتال في عدة مناطق من البلاد": violence spread
    over several places of a whole country, its clause naming no finer place, is no incident one can place (the
    several places of a city or a province are one event there and stay)."""
    mod = lex.modality
    toks = doc.seg.tokens
    heads = mod.get("several_places", frozenset())
    for k in range(t.last, min(t.c1 - 2, t.last + PLACES_REACH)):
        if toks[k].norm in heads and _many_around(doc, lex, k) and _of_a_country(doc, lex, k + 1, t.c1):
            return all(m.resolved is not None and m.resolved.kind in COARSE_KINDS
                       for _, _, m in doc.places_in(t.c0, t.c1))
    return False


SEPARATE_REACH = 3   # words from a noun of incidents to the adjective that makes them separate ("حوادث أمنية متفرقة")


def _over_separate_incidents(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"مقتل 11 مسلحا في أعمال عنف متفرقة شهدتها مدينة بعقوبة", "لقي 28 شخصا مصرعهم في حوادث أمنية متفرقة":
    a toll summed over separate incidents after the trigger in its clause tells none of them (SCHEMA.md: a toll
    that covers several events is a claim); each is told in a sentence of its own, if at all.  The trigger itself
    may be the noun ("أعمال عنف متفرقة")."""
    mod = lex.modality
    toks = doc.seg.tokens
    separate = mod.get("separate", frozenset())
    for k in range(t.first, min(t.c1, t.last + PLACES_REACH)):
        if token_stems(doc, k) & mod.get("several_incidents", frozenset()) and \
                any(toks[j].norm in separate for j in range(k + 1, min(t.c1, k + 1 + SEPARATE_REACH))):
            return True
    return False


def _so_far(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"وشن الجيش حتى الآن عشرات الغارات", "تركزت العمليات حتى الآن على أهداف الحزب": incidents in the plural
    counted so far, anywhere in the trigger's clause, are a campaign's running tally; a day of its own in the
    clause tells that day's ("شن الطيران أمس غارات لم تعرف حصيلتها حتى الآن")."""
    if tuple(t.phrase) not in lex.plural:
        return False
    toks = doc.seg.tokens
    found = any((pm := lex.modality_phrases.match_at(toks, k)) is not None and pm.payloads[0] == "so_far"
                for k in range(t.c0, t.c1))
    return found and not any(_a_day_of_its_own(doc, lex, d) for d in doc.dates_in(t.c0, t.c1))


def _an_earlier_toll(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """"وكانت حصيلة سابقة أفادت بمقتل 43 شخصا": a death report governed by an earlier or first toll, in its clause before
    it, is the first count of an incident the story told already (its opening sentence tells one, at least), not an
    incident of its own; its counts go to that incident as an earlier toll."""
    if not lex.families[t.trig.family].outcome or doc.seg.sentence_of(t.first) == 0:
        return False
    toks = doc.seg.tokens
    return any((pm := lex.modality_phrases.match_at(toks, k)) is not None and pm.payloads[0] == "earlier_toll"
               for k in range(t.c0, t.first))


def _many_around(doc: Document, lex: EventLexicon, k: int) -> bool:
    """A word of many stands right before or right after the plural place noun at token k."""
    many = lex.modality.get("many_of", frozenset())
    toks = doc.seg.tokens
    return (k > 0 and toks[k - 1].norm in many) or (k + 1 < len(toks) and toks[k + 1].norm in many)


def _of_a_country(doc: Document, lex: EventLexicon, k: int, hi: int) -> bool:
    """Within two words from token k, من then a country, a region or "البلاد"."""
    toks = doc.seg.tokens
    for j in range(k, min(hi - 1, k + 2)):
        if toks[j].norm not in lex.modality.get("partitive", frozenset()):
            continue
        if toks[j + 1].norm in lex.modality.get("whole_country", frozenset()):
            return True
        return any(m.resolved is not None and m.resolved.kind in COARSE_KINDS for _, _, m in doc.places_in(j + 1, j + 2))
    return False


def _counted(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """What a month or a year spans is a tally when its clause counts or its trigger is plural ("قتلوا ... 102
    مسلح خلال النصف الأول", "هجمات خلال العام"); one taking dated by its year is not ("سيطروا عليها خلال عام
    2014")."""
    return tuple(t.phrase) in lex.plural or bool(doc.numbers_in(t.c0, t.c1))


def _calendar_span_at(doc: Document, lex: EventLexicon, k: int) -> bool:
    """A part of a year ("النصف الأول") or a Gregorian month or year ("شهر يوليو", "الشهر الجاري", "العام 2015")
    opens at token k."""
    if doc.seg.tokens[k].norm in lex.modality.get("year_parts", frozenset()):
        return True
    return any(d.first_token == k and d.precision in ("month", "year") and not d.some_recent_day and
               getattr(d.expr, "calendar", "gregorian") == "gregorian" for d in doc.dates_in(k, k + 1))


def _recent_span_at(doc: Document, lex: EventLexicon, k: int) -> bool:
    """Recent months or years open at token k: "الأشهر الأخيرة", "السنوات الماضية"."""
    toks = doc.seg.tokens
    return k + 1 < len(toks) and toks[k].norm in lex.words.long_span_units and \
        toks[k + 1].norm in lex.modality.get("recent_span_adjectives", frozenset())


def counts_a_run(doc: Document, lex: EventLexicon, sentence: int) -> bool:
    """The sentence counts over months or years, or since a point long past: its dead and wounded are a tally
    ("ومنذ ذلك الحين قتل 11 عنصرا", "قتل 1000 مقاتل منذ عام 2011"), not the toll of the incident told before it."""
    s0, s1 = doc.sentence_bounds(sentence)
    return _counted_since(doc, lex, s0, s1, s0) or _long_span_in(doc, lex, s0, s1)


def _in_force_since_long(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The clause dates the start of the state the trigger names to long before publication ("الهدنة التي يتم
    الالتزام بها منذ آذار 2013"): made then, in force now."""
    return _since_long_ago(doc, lex, t.c0, t.c1)


STATE_PHASE_REACH = 3  # nouns of a state's phase between the word governing it and the state ("قبل ساعات من موعد
                       # سريان هدنة": 2); set on the feed's 59 truces after a word of time (truce37)
TALKS_REACH = 8        # words back from a preposition of topic to the noun of talks it is the topic of ("مباحثاتنا مع
                       # ممثل الأمين العام للأمم المتحدة حيال": 7); set on the feed's 13 such (truce37)


def _state_phrase_head(doc: Document, lex: EventLexicon, t: TriggerAt) -> int:
    """The first token of the phrase a state's phase nouns head over the trigger (events.yaml modality `state_phases`:
    "موعد سريان هدنة", "فشل الهدنة", "إعلان هدنة"), the trigger itself where none stands before it."""
    phases = lex.modality.get("state_phases", frozenset())
    head = t.first
    while head > t.s0 and t.first - head < STATE_PHASE_REACH and token_stems(doc, head - 1) & phases:
        head -= 1
    return head


def _state_as_background(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A state once made (a family with `standing`: a truce) named as the time or the ground of something else, not
    made there (SCHEMA.md, background): its phrase right after a word of time or concession (event_roles
    `background_after`: "بعد سريان الهدنة بلحظات", "رغم الهدنة", "بعد فشل الهدنة"), or of its span (events.yaml
    modality `state_frames`: "خلال الهدنة الإنسانية", "وسط هدنة هشة", "طوال فترة الهدنة"), or after its link and a
    length of time ("قبل ساعات من موعد سريان هدنة"); not across other words ("اتفق الطرفان بعد مفاوضات طويلة على
    وقف إطلاق النار": the talks are what بعد governs)."""
    if not (lex.families[t.trig.family].standing and t.trig.pos == "noun"):
        return False
    W = lex.words
    toks = doc.seg.tokens
    governors = W.background_after | lex.modality.get("state_frames", frozenset())
    k = _state_phrase_head(doc, lex, t) - 1
    if k > t.s0 and toks[k].norm in W.background_links and not token_stems(doc, k - 1) & governors:
        k -= 1   # "بالرغم من الهدنة"; and a length of time between: "قبل ساعات من موعد سريان هدنة"
        if toks[k].norm not in W.time_lengths:
            return False
        k -= 1
    return k >= t.s0 and bool(token_stems(doc, k) & governors)


def _talked_about(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A state to be made (a family with `standing`: a truce) named as the topic of talks: a preposition of topic
    (modality `topic_prepositions`) right before it or its phase, a noun of talks (`talks`) before that in its
    sentence, with no punctuation between ("في مباحثاتنا مع ممثل الأمين العام حيال إعلان هدنة")."""
    if not (lex.families[t.trig.family].standing and t.trig.pos == "noun"):
        return False
    head = _state_phrase_head(doc, lex, t)
    if not (head > t.s0 and token_stems(doc, head - 1) & lex.modality.get("topic_prepositions", frozenset())):
        return False
    talks = lex.modality.get("talks", frozenset())
    for k in range(head - 2, max(t.s0, head - 1 - TALKS_REACH) - 1, -1):
        if not doc.seg.tokens[k].is_word:
            return False
        if token_stems(doc, k) & talks:
            return True
    return False


def _since_long_ago(doc: Document, lex: EventLexicon, lo: int, hi: int) -> bool:
    """A point in time long before publication after منذ in tokens lo..hi-1 ("منذ آذار 2013")."""
    return any(after_since(doc, lex.words.since, d) and names_a_time(d) and not _recent(d, doc.published)
               for d in doc.dates_in(lo, hi))


def _years_back(d: DatedSpan, published) -> bool:
    """A year alone, before the year of publication ("منذ 1974"): history, not the news of a taking."""
    return d.precision == "year" and d.date is not None and published is not None and \
        d.date[:4].isdigit() and int(d.date[:4]) < published.year


def _control_recalled(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """A change of control recalled as background ("بعد طرده من سرت", "منذ سقوطها في يد التنظيم عام
    2014", "رغم سيطرة المقاومة عليها": after بعد/منذ/رغم a verb form is its verbal noun) unless its clause
    dates it recently; or undated and held in the present tense: a state, not a taking."""
    if t.trig.family not in TERRITORY:
        return False
    dates = doc.dates_in(t.c0, t.c1)
    if t.trig.pos in ("noun", "verb") and governed_as_background(doc, lex, t.first, t.s0) or \
            a_verbal_noun(doc, t.trig, t.first, t.last) and joined_to_background(doc, lex, t.first, t.s0):
        return not any(_recent(d, doc.published) for d in dates)
    if dates and t.tense == "past" and _relative_head(doc, lex, t) is not None and \
            not any(_recent(d, doc.published) for d in dates):
        return True  # "داعش الذي سيطر على مساحات واسعة السنة الماضية": a relative clause recalling history
    if not dates and t.tense == "past" and _relative_on_ground(doc, lex, t):
        return True  # "بدلا من استهداف المواقع التي احتلها التنظيم": which ground, not when it was taken
    # "ما زال يسيطر عليه المتمردون" (still hold), dated or not: a state, unless held since a point in time
    return t.tense == "present" and not _held_since(doc, lex, t)


def _relative_on_ground(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The trigger opens a relative clause on a word for ground ("المواقع التي احتلها", "المناطق التي سيطر
    عليها"): it describes the ground by who took it."""
    head = _relative_head(doc, lex, t)
    return head is not None and bool(token_stems(doc, head) & lex.families[t.trig.family].territory)


def _relative_head(doc: Document, lex: EventLexicon, t: TriggerAt) -> int | None:
    """The token before a relative pronoun right before the trigger (the noun the relative clause is on), or None
    where no relative pronoun opens the trigger's clause so.  A past passive auxiliary may stand between them
    ("المناطق التي تم تحريرها", "المدينة التي جرى طرد المسلحين منها"): the clause is the same."""
    k = t.first - 1
    if k > t.s0 and passive_tense(lex, doc, t.first, t.s0) == "past":
        k -= 1
    if k <= t.s0 or doc.seg.tokens[k].norm not in lex.words.relatives:
        return None
    return k - 1


def _a_past_verb(doc: Document, lex: EventLexicon, t: TriggerAt) -> bool:
    """The trigger is told as a past verb: a verb in the past, or a verbal noun after a past passive auxiliary,
    the auxiliary before it ("تم تحريرها") or its own first word ("جرى تحريرها")."""
    if t.trig.pos == "verb":
        return t.tense == "past"
    return passive_tense(lex, doc, t.first, t.s0) == "past" or \
        (t.first + 1 < t.last and passive_tense(lex, doc, t.first + 1, t.s0) == "past")


GOVERNOR_REACH = 4   # words back from a trigger to the word of time or concession that governs it
GOVERNOR_MIDDLE = 2  # words between them: a verbal noun ("بعد حسم القتال") or a length of time ("بعد يوم واحد من")
_CONJUNCTION = "و"   # the conjunction glued to a word ("والسيطرة")
SPAN_REACH = 4       # words from خلال/طوال to the unit of months or years it spans ("طوال الـ 12 سنة")
LENGTH_REACH = 3     # words between a length of time and what it is measured from or by ("بعد أكثر من شهرين من")


def governed_as_background(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """Whether the trigger at `first` sits in a clause of time or concession, governed by a word of
    `background_after`: right after it ("بعد طرده"), after its complementiser or preposition ("بعد أن
    سيطرت", "بالرغم من طرده", "بعد ساعات من الهجوم"), or as the complement of a verbal noun it governs
    ("بعد حسم القتال") — not after a demonstrative ("وقبل ذلك قتل": before that, told); or as what a verb of
    managing so governed was able to do ("بعد تمكن المقاومة الشعبية وقوات الجيش من تحريرها")."""
    if answer_act(doc, lex, first):
        return False   # "ورد الجيش التركي بقصف مواقع التنظيم": the answer, not what it answers
    if _governed(doc, lex, first, s0) or _managed_in_background(doc, lex, first, s0):
        return True
    head = exposed_by(doc, lex, first, s0)
    return head is not None and _governed(doc, lex, head, s0)


CONJUNCT_REACH = 8  # words back from a verbal noun joined by و to the head of the background phrase it joins ("منذ دخول
                    # المسلحين الحوثيين إلى مدينة الحديدة والسيطرة عليها": 6); set on the feed's kwic (60 such joins
                    # after a word of time or cause, up to 7 words between)


def joined_to_background(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """The verbal noun at `first`, glued to و, is joined to the verbal noun that heads a phrase a word of time or cause
    governs, with only words of that phrase between ("بعد تحرير مدينة عدن ودحر المليشيا", "منذ الإطاحة بالقذافي وقتله
    في 2011", "عقب السيطرة على الجبل وتحرير البلدة"): the second act is in the same clause as the first, background
    as the first is (SCHEMA.md).  The head stands right after the governor or its link, and is not a time ("بعد ظهر
    أمس"), a length ("بعد ساعات من") or a demonstrative; a comma, a complementiser or a relative pronoun between
    opens another clause.  The caller keeps this to verbal nouns: a verb joined by و may be the main clause's own
    ("سيطرت القوات على المدينة بعد طرد المسلحين وقتلت ...")."""
    W = lex.words
    toks = doc.seg.tokens
    norm = toks[first].norm
    if not norm.startswith(_CONJUNCTION) or len(norm) < 4 or answer_act(doc, lex, first):
        return False
    for k in range(first - 1, max(s0, first - CONJUNCT_REACH) - 1, -1):
        t = toks[k]
        if not t.is_word or t.norm in COMPLEMENTISERS or t.norm in W.relative_after_trigger:
            return False
        if _heads_a_background_phrase(doc, lex, k, s0):
            return True
    return False


def _heads_a_background_phrase(doc: Document, lex: EventLexicon, k: int, s0: int) -> bool:
    """Token k stands right after a word of `background_after`, or after its link ("بعد أن", "بعد أيام على" is not:
    a length is no act), and is no time, length or demonstrative."""
    W = lex.words
    toks = doc.seg.tokens
    if toks[k].norm in W.parts_of_day | W.time_lengths | W.time_approximators | W.demonstratives:
        return False
    j = k - 1
    if j > s0 and toks[j].norm in W.background_links:
        j -= 1
    return j >= s0 and bool(token_stems(doc, j) & W.background_after)


def exposed_by(doc: Document, lex: EventLexicon, first: int, s0: int) -> int | None:
    """The token of the word of exposure (events.yaml modality `exposure`: "تعرض") whose object the trigger at `first`
    is, by a glued ل, its subject between ("بعد تعرض مخازن الغاز في المنشأة لقصف", "ردا على تعرض بلدة الزبداني
    في ريف دمشق لهجوم"): the blow is governed as that word is; None when the trigger has no such word before it."""
    toks = doc.seg.tokens
    if not toks[first].norm.startswith(_PURPOSE_PREFIX):
        return None
    exposure = lex.modality.get("exposure", frozenset())
    return next((k for k in range(first - 1, max(s0, first - EXPOSED_SUBJECT_REACH) - 1, -1)
                 if token_stems(doc, k) & exposure), None)


MANAGED_REACH = 10  # words back from a trigger to the verb of managing whose complement it is (its subject between)


def _managed_in_background(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """The trigger is what a verb of managing (event_roles.yaml: helper_verbs) in its clause did, or what a noun of
    announcing (`announcing_nouns`) announced, and that word is governed as background ("بعد أن تمكنت القوات من
    طرد", "بعد نجاح الجيش في تحرير", "بعد أيام من إعلان الحكومة تحرير المدينة")."""
    toks = doc.seg.tokens
    for k in range(first - 1, max(s0, first - MANAGED_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        if token_stems(doc, k) & (lex.words.helper_verbs | lex.words.announcing_nouns):
            return _helper_in_background(doc, lex, k, s0)
    return False


def _helper_in_background(doc: Document, lex: EventLexicon, k: int, s0: int) -> bool:
    """The verb of managing at k is what a word of time or concession governs, right after it or after its
    complementiser ("بعد تمكن", "بعد أن تمكنت"; not "بعد معارك عنيفة تمكنت خلالها": a clause of its own), and
    that word is not "before" ("قبل أن يتمكن المقاتلون من طرده": what came next, told in order)."""
    toks = doc.seg.tokens
    j = k - 1
    if j > s0 and (toks[j].norm in COMPLEMENTISERS or toks[j].norm in lex.words.background_links):
        j -= 1
        if j > s0 and toks[j].norm in lex.words.time_lengths:
            j -= 1  # "بعد أيام من إعلان": a length of time and its link
    return j >= s0 and bool(token_stems(doc, j) & lex.words.background_after) and \
        not token_stems(doc, j) & lex.words.before_it


def _governed(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """Governed by a word of `background_after` itself (see governed_as_background)."""
    W = lex.words
    toks = doc.seg.tokens
    k = first - 1
    if k > s0 and toks[k].text in QUOTES:
        k -= 1  # "بعد أن «قبضت على إخواننا»": a quotation opened after the governor
        first -= 1
    k = _before_a_start(doc, lex, k, s0)
    if k >= s0 and toks[k].norm in W.background_links:
        k -= 1
    middle = 0
    reach = GOVERNOR_REACH + (first - 1 - k > 1)
    while k >= max(s0, first - reach):
        if toks[k].norm in W.time_approximators and k + 2 < first and toks[k + 1].norm in W.background_links \
                and any(toks[j].norm in W.time_lengths for j in range(k + 2, min(first, k + 4))):
            # "بعد أكثر من شهر من تفجير": an approximate length of time, two words more
            reach += 2
            k -= 1
            continue
        if not toks[k].is_word or toks[k].norm in W.demonstratives or toks[k].norm in COMPLEMENTISERS:
            return False  # "وقبل ذلك قتل"; "وأعلن بعد أيام أنه سيطر": a clause of its own after أنه
        if token_stems(doc, k) & W.background_after:
            return not _the_answer_follows(doc, W, k)
        middle += 1
        if middle > GOVERNOR_MIDDLE:
            return False
        k -= 1
        if k >= s0 and toks[k].norm in W.background_links:
            k -= 1
    return False


def _the_answer_follows(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a word of answering followed by an exceptive ("لم يجد المتمردون ردا سوى القصف"): what follows is
    the answer itself, told, not the blow answered."""
    toks = doc.seg.tokens
    return toks[k].norm in W.answering and k + 1 < len(toks) and toks[k + 1].norm in W.answer_exceptives


def _before_a_start(doc: Document, lex: EventLexicon, k: int, s0: int) -> int:
    """Token k, or the one before it when k is a word of starting (events.yaml `starting`) right after a word that ties
    a background to its governor ("بعد أربعة أشهر على بدء المعارك", "عقب انطلاق الهجوم"): the start of an incident
    is governed as the incident itself is."""
    toks = doc.seg.tokens
    if k - 1 > s0 and token_stems(doc, k) & lex.modality.get("starting", frozenset()) and \
            (toks[k - 1].norm in lex.words.background_links or token_stems(doc, k - 1) & lex.words.background_after):
        return k - 1
    return k


def recalled_after_a_while(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """The trigger at `first` is measured from by a length of time: "بعد أيام من تحريرها", "بعد أربعة أشهر
    من القتال", "قبل عامين على الهجوم".  Such an incident is the past the sentence counts from, whatever
    its main clause tells (SCHEMA.md: background is not an event)."""
    W = lex.words
    toks = doc.seg.tokens
    if counted_since(doc, lex, first, s0):
        return True
    k = _before_a_start(doc, lex, first - 1, s0)
    if k <= s0 or toks[k].norm not in W.background_links:
        return False
    lengths = [j for j in range(max(s0, k - LENGTH_REACH), k) if toks[j].norm in W.lengths_of_a_past]
    if not lengths:
        return False
    return any(token_stems(doc, j) & W.background_after for j in range(max(s0, lengths[0] - LENGTH_REACH), lengths[0]))


SINCE_REACH = 3   # words from "منذ" to the incident it counts from, a verbal noun of starting between ("منذ بدء المعارك")


def counted_since(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """"منذ بدء المعارك في أواخر مارس", "منذ هجوم سوروتش", "أول شخص يتم اعتقاله منذ مقتل طفل": an incident after
    "since", with at most a verbal noun of starting or two words of its name between, is the point a span of time
    is counted from, not what the sentence tells (SCHEMA.md: "منذ سقوطها في يد التنظيم عام 2014" is background).  Not
    where a length or a date stands between ("وتدور منذ يومين اشتباكات", "منذ الصباح"): since then, the trigger is the
    news.  A date of its own after it does not make a single incident told ("منذ الهجوم الانتحاري في 20 يوليو في
    سوروتش", "منذ مقتل طفل حرقا الجمعة"): unlike a clause of بعد or إثر, which a dated one may tell, منذ only names
    the point a span starts at (kwic.py: 71 منذ before an incident noun on the feed, every one such a point, dated or
    not).  But the dated start of a campaign ("منذ انطلاق الغارات الأميركية على سرت في أغسطس", events.yaml
    `starting`) tells strikes that have gone on since that day, as fighting said to go on is told."""
    W = lex.words
    toks = doc.seg.tokens
    for k in range(first - 1, max(s0, first - SINCE_REACH) - 1, -1):
        if not toks[k].is_word or toks[k].norm in W.time_lengths:
            return False
        if token_stems(doc, k) & W.since:
            return not doc.dates_in(k + 1, first) and not (
                stems(doc, k + 1, first) & lex.modality.get("starting", frozenset())
                and doc.dates_in(first + 1, doc.clause(first)[1]))
    return False


def answered_from(doc: Document, lex: EventLexicon, first: int, s0: int) -> int | None:
    """The token of a word of answer or revenge governing the trigger at `first` ("ردا على هجوم",
    "انتقاما لمقتل"), or None."""
    found = _answer_before(doc, lex, first, s0)
    if found is None:
        head = exposed_by(doc, lex, first, s0)
        found = None if head is None else _answer_before(doc, lex, head, s0)  # "ردا على تعرض البلدة لهجوم"
    return found


def _answer_before(doc: Document, lex: EventLexicon, first: int, s0: int) -> int | None:
    W = lex.words
    toks = doc.seg.tokens
    k = first - 1
    if k >= s0 and toks[k].norm in W.background_links:
        k -= 1
    while k > s0 and toks[k].text in QUOTES:
        k -= 1  # 'جاء "ردا" على مقتل': the word of answer in quotation marks
    return k if k >= s0 and token_stems(doc, k) & W.answering else None


ANSWER_ACT_REACH = 9   # words from a verb of answering to the answer it governs by ب, its subject between ("وردت في حينه
                       # القوات المسلحة السعودية تساندها طائرات الأباتشي بقصف": eight)


def answer_act(doc: Document, lex: EventLexicon, first: int) -> bool:
    """The trigger at `first`, carrying the preposition of manner (event_roles.yaml `answer_manner`), is what a verb
    of answering before it in its clause did ("وردت القوات السعودية بقصف مواقع الميليشيات", "ورد الجيش التركي
    بإطلاق النار"): the answer itself, another incident than the blow it answers.  The verb bare or after و, not ف
    ("فرد من قوة المجاهدين" is a member of the force)."""
    W = lex.words
    toks = doc.seg.tokens
    if toks[first].norm[:1] not in W.answer_manner:
        return False
    c0 = doc.clause(first)[0]
    for k in range(first - 1, max(c0, first - 1 - ANSWER_ACT_REACH) - 1, -1):
        word = toks[k].norm
        if not toks[k].is_word:
            return False
        if word in W.answering_verbs or (word[:1] == CONJUNCTIONS[0] and word[1:] in W.answering_verbs):
            return True
    return False


def recalled_apart(doc: Document, lex: EventLexicon, first: int, s0: int) -> bool:
    """The trigger at `first` is another incident than its sentence's main one: answered ("ردا على هجوم"), or
    recalled at a distance in time ("بعد ثلاثة أيام على الهجوم", "بعد ساعات من التفجير"), or the point a span is
    counted from ("أول شخص يعتقل منذ مقتل طفل الجمعة في الضفة": its day and place are not the arrest's) — not a
    plain "بعد استهدافه", which often tells how the main incident happened."""
    if answered_from(doc, lex, first, s0) is not None or counted_since(doc, lex, first, s0):
        return True
    toks = doc.seg.tokens
    k = first - 1
    if k <= s0 or toks[k].norm not in lex.words.background_links or token_stems(doc, k - 1) & lex.words.background_after:
        return False
    return governed_as_background(doc, lex, first, s0)


RECENT_DAYS = 62   # a change of control dated within this of publication is news, not background


def _recent(d: DatedSpan, published) -> bool:
    """A date that tells news rather than history: a day, week or month near publication; a weekday or
    "أمس" unresolved for want of a publication date; not a year alone ("عام 2014")."""
    if d.date is None:
        return _within_a_month(d)
    if d.precision == "year":
        return False
    if published is None:
        return True
    try:
        start = dt.date.fromisoformat(d.date if len(d.date) == 10 else d.date[:7] + "-01")
    except ValueError:
        return True
    return abs((published - start).days) <= RECENT_DAYS


LAST_DAYS_REACH = 3   # words from a unit of hours or days to the word that makes it the last ones
# words below which an article is a brief, not an essay: on the SaudiNewsNet feed a brief that names no time
# (a protest, a wounding) runs under 200 words, a column or a profile 250 to 1,500
ESSAY_MIN_WORDS = 200


def _word_count(seg: Segmented) -> int:
    """How many of the tokens are words: the punctuation is "" in `seg.words`, counted in C (a generator over
    the tokens cost ~0.3% of the pipeline, asked of nearly every article)."""
    words = seg.words
    if len(words) == len(seg.tokens):
        return len(words) - words.count("")
    return sum(1 for t in seg.tokens if t.is_word)


def tells_news(doc: Document, lex: EventLexicon) -> bool:
    """Whether the article reports news: it places something in its own time, a date near its publication
    ("أمس", "الاثنين", "10 يوليو الجاري") or the last hours or days ("خلال الساعات الماضية"), or it cites
    those who report from the ground ("وقالت مصادر محلية").  An essay, a column, a profile or a piece of
    history does neither and tells no incident of its own, only background (SCHEMA.md).  Without a
    publication date there is no own time to miss (a text given alone, an excerpt), and a brief is not
    an essay."""
    if doc.published is None:
        return True
    toks = doc.seg.tokens
    if _word_count(doc.seg) < ESSAY_MIN_WORDS:
        return True   # a brief: wire items often give neither time nor source
    # a bare "اليوم" is also "nowadays" ("وللأسف اليوم من يقاتل هي تلك المليشيات"): a column says it too
    if any(_recent(d, doc.published) and not bare_today(d) for d in doc.dates):
        return True
    W = lex.words
    # only the tokens with a reading among those words (one pass of the shared lexicon answers), not all
    for k in lex.news_words.positions(doc.seg.words):
        words = token_stems(doc, k)
        if words & W.field_sources or (words & W.recent_span_units and any(
                toks[j].norm in W.recent_span_past for j in range(k + 1, min(len(toks), k + LAST_DAYS_REACH + 1)))):
            return True
    return False


PAST_DATES_MIN = 2     # dates long past an article must name before it reads as a piece of history


def told_as_history(doc: Document) -> bool:
    """Whether the article is history with at most a news hook: it names at least PAST_DATES_MIN dates a year or
    more before its publication ("عام 1846", "بين 1994 و1996") and more than twice as many as dates near it. Its
    incidents that no date of their own sets in the present are that history ("فأرسل قوة استطاعت الاستيلاء
    على المنطقة" in a column on a war of 1846), though the column says "كما تابعنا الأسبوع الماضي"."""
    if doc.published is None:
        return False
    past = sum(1 for d in doc.dates if long_past(d, doc.published))
    if past < PAST_DATES_MIN:
        return False
    # a bare "اليوم" is also "nowadays" ("المعروفة اليوم باسم", "إلى اليوم"): news names its time otherwise too
    recent = sum(1 for d in doc.dates if _recent(d, doc.published) and not bare_today(d))
    return past > 2 * recent


def bare_today(d: DatedSpan) -> bool:
    """"اليوم" alone: no weekday, day of the month or part of the day with it."""
    e = d.expr
    return getattr(e, "relative", None) == "today" and not named_parts(d) and getattr(e, "part", None) is None


_DAYS_OF_PUBLICATION = ("today", "yesterday", "day_before_yesterday")   # calendar.yaml relative_days


def _within_a_month(d: DatedSpan) -> bool:
    """A date that says at least the month ("نهاية ديسمبر", "الاثنين", "أمس"), not only the year."""
    return bool(named_parts(d) - {"year"}) or getattr(d.expr, "relative", None) in _DAYS_OF_PUBLICATION


# The contexts in which a trigger that is neither negated nor hedged still reports no incident, each asked by
# `reports_incident` in this order until one answers.
_CONTEXTS_OF_NO_INCIDENT = (_topic, _any_of, _any_object, _an_example, _remembered, _hearsay, _purpose, _ordered, _called_for_across, _in_the_future, _role_in, _fighting_in_general, _a_battle_named, _led, _aim_of_a_fight, _run_of_incidents, _general_activity, _habit, _usually,
                            _at_a_frequency,
                            _drawing_near, _to_come, _describes, _charged_with, _campaign, _control_recalled, _run_since, _over_a_long_span, _going_on_for_long, _cause_of_a_total,
                            _over_a_calendar_span, _in_a_recent_period, _across_a_country, _over_separate_incidents, _so_far,
                            _an_earlier_toll,
                            _stopped, _from_the_hold_of, _sound_heard,
                            _in_a_condition, _carried_on_in_general, _relative_on_a_place, _described_doers,
                            _fighting_a_side, _what_ruined_a_place, _cause_of_a_state, _attempted, _sought, _in_a_foiled_list,
                            _joined_to_an_unrealised_act, _carried_out_as_unrealised, _a_permitted_use,
                            _evaluated, _state_as_background, _talked_about)
