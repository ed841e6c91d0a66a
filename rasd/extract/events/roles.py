"""Who did what to whom: actor1 (the side that acted) and actor2 (the side
acted upon) of a hit from the words around it; the perpetrator when no
word marks one; the kind of target; and, once incidents are merged, the
doers the article names elsewhere: an armed group claiming responsibility,
the armed group the article is about, a force whose spokesman speaks.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from rasd.extract.document import Document
from rasd.extract.events.model import (
    FORCE_KINDS,
    GROUND_ATTACKS,
    GROUP_ACTIVITIES,
    STATE_KINDS,
    TERRITORY,
    VIOLENT,
    actor_key,
    Hit,
    Incident,
    is_state,
    place_id,
    same_named_actor,
)
from rasd.extract.events.coding import people_killed
from rasd.extract.events.incidents import opens_as_separate
from rasd.extract.events.reading import (
    bare_stems,
    complementiser_subject,
    joined_to,
    object_pronoun,
    one_side,
    passive_tense,
    stems,
    stems_and_bare,
    token_stems,
)
from rasd.extract.lexicon import EventLexicon, RoleWords
from rasd.model import ActorMention
from rasd.text.clitics import readings, without_article
from rasd.text.morphology import COMPLEMENTISERS, FEMININE_ENDINGS, MASCULINE_COMPLEMENTISERS
from rasd.text.segment import CLOSING_QUOTES, QUOTES

ACTOR_WINDOW = 8           # words around a trigger searched for its actors
MARKED_REACH = 6           # further words a marked target or agent may stand after the trigger
BETWEEN_BEFORE, BETWEEN_AFTER = 2, 6  # tokens around a trigger searched for "بين X و Y"
TARGET_BEFORE, TARGET_AFTER = 2, 10   # tokens around a trigger searched for the kind of target

_GLUED_PREPOSITION = "ل"   # "لحركة الشباب": the actor's name carries ل
_BY = "ب"                 # what someone is accused of: "بخطف", "باستهدافها"
_CONJUNCTION = "و"
OWNED_THING_REACH = 2      # words before an affiliation word searched for the thing it describes
BOMBINGS = frozenset({"explosion", "suicide_bomb"})
# marks that, first in a clause, open a quotation (straight quotes open and close alike) or a bracket
OPENING_MARKS = (QUOTES - CLOSING_QUOTES) | {"("}
# a complementiser that carries its clause's subject as a pronoun ("أنه", "بأنها"), not the bare "أن"
POINTING_COMPLEMENTISERS = COMPLEMENTISERS - {"ان", "بان"}
_PERFECT_PARTICLES = frozenset({"قد", "لقد"})  # between a complementiser and its verb: "أنه قد قصف"
GROUND_TAKEN_REACH = 2     # sentences after ground taken that fighting naming no side is told as its battle
SUBJECT_REACH = 1          # sentences back an elided subject ("وشن ست غارات") is looked for
# actor41: sentences back it is looked for past sentences that name no side at all (a statement's list of strikes:
# "وأضاف أن 17 ضربة نفذت قرب دير الزور. وتابع أن سبع ضربات نفذت قرب الحسكة. وفي العراق نفذت 17 ضربة"); set on
# the feed's statements of strikes, where the count of such sentences between was at most 2
SILENT_SUBJECT_REACH = 3
# the kinds of side that may be the doer an incident's pronoun points back to
ARMED_KINDS = FORCE_KINDS | {"militia", "pro-government militia", "international force"}
SPEAKER_TOLD_REACH = 9     # words from a clause's start to an incident noun its speaker tells ("وأكد المرصد السوري سقوط")
REPELLED_REACH = 14        # words a repelling verb may stand before the attack it stopped ("صدت المقاومة في مأرب، شرقي اليمن، هجمات")
HELPER_REACH = 14          # words a helper verb may stand before its complement's preposition ("نجاح قوات X الموالية لـ ...، في")
HELPER_SUBJECT_AFTER = 2   # words after a helper verb its subject may start at ("تمكنت أمس القوات")
# the event types whose bare doer a government's statement makes its own forces (strikes and attacks, not fights)
TOLD_FORCES_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
HELPER_SUBJECT_GAP = 8     # words between a subject and the helper verb after it ("، بدعم من المقاومة،")


@dataclass
class _Sides:
    """actor1 and actor2 as the words around a hit are read, one actor after another."""

    a1: ActorMention | None = None
    a2: ActorMention | None = None
    a1_guessed: bool = False   # actor1 only from word order, which a marked doer outweighs

    def marked_doer(self, a: ActorMention) -> None:
        self.a1 = a if self.a1 is None or self.a1_guessed else self.a1
        self.a1_guessed = False


def actors_for(doc: Document, lex: EventLexicon, hit: Hit) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 and actor2 of a hit from the actors of its sentence and the words that mark them."""
    fam = lex.families[hit.family]
    s0, s1 = doc.sentence_bounds(hit.sentence)
    c0, _ = doc.clause(hit.first)
    cands = _side_candidates(doc, lex.words, s0, s1)
    if not cands:
        return _pointed_back_subject(doc, lex.words, hit, s0), None
    both = _between_sides(doc, lex.words, hit, cands, s0, s1)
    if both is not None:
        return _set_off_by(doc, lex.words, hit, cands, both)
    # "طرد داعش", "تم تحرير المدينة من التنظيم": the complement is the object; "بعد طرده": so is the pronoun
    governs_object = fam.nominal_object and nominal(doc, lex, hit)
    pronoun_object = fam.nominal_object and object_pronoun(doc.seg.tokens[hit.last - 1].text)
    sides = _Sides()
    helper = _helper_subject(doc, lex.words, hit, cands, s0)
    for cand in cands:
        a0, _, a = cand
        if any(side is not None and side is not a and joined_to(doc, side, a0) for side in (sides.a1, sides.a2)):
            continue  # "قصف للحوثيين وقوات صالح": a partner joined by و shares its side, it is not the other
        if a is helper:
            continue  # "تمكن المقاتلون من طرده": the helper's subject, not the pronoun's antecedent
        if _opposed(doc, lex.words, a0, a):
            sides.a2 = sides.a2 or a   # "سيطرت القوات المناهضة للحوثيين على المطار": the side opposed
            continue
        _read_actor(doc, lex, hit, sides, cand, (s0, c0), governs_object, pronoun_object)
    far = _far_aircraft_doer(doc, lex.words, hit, cands, sides)
    if far is not None:
        return far
    read = _set_off_by(doc, lex.words, hit, cands, _subject_not_read(doc, lex.words, hit, cands, sides, helper))
    return _lost_ground(doc, lex.words, hit, cands, read)


def _lost_ground(doc: Document, W: RoleWords, hit: Hit, cands, read):
    """Control that a side lost ("فقد الحوثيون السيطرة على المدينة لصالح المقاومة", "قوات النظام خسرت سيطرتها
    على"): the verb's subject is the side the ground was taken from (actor2); the side after a word of gaining
    (event_roles.yaml: gained_for) took it, and with none named the taker is left open."""
    if hit.family not in TERRITORY or read[0] is None or not _governed_by_a_loss(doc, W, hit, cands):
        return read
    _, s1 = doc.sentence_bounds(hit.sentence)
    gainer = next((a for a0, _, a in cands if hit.last <= a0 < s1 and a0 >= 1 and a is not read[0]
                   and token_stems(doc, a0 - 1) & W.gained_for), None)
    return gainer, read[0]


def ground_lost(doc: Document, lex: EventLexicon, hit: Hit, actor2: ActorMention | None) -> bool:
    """The hit is control that its actor2 lost (`_lost_ground`)."""
    if actor2 is None or hit.family not in TERRITORY:
        return False
    s0, s1 = doc.sentence_bounds(hit.sentence)
    return _governed_by_a_loss(doc, lex.words, hit, list(doc.actors_in(s0, s1)))


def _governed_by_a_loss(doc: Document, W: RoleWords, hit: Hit, cands) -> bool:
    """The trigger is the object of a verb of losing (event_roles.yaml: losing_verbs), right before it or
    before the side that is the verb's subject ("فقدت القوات السيطرة", "فقد الحوثيون السيطرة")."""
    if hit.trigger.pos != "noun":
        return False  # "فقد سيطرت القوات على": فقد is then ف + قد before the verb of taking, no loss
    c0, _ = doc.clause(hit.first)
    before = [hit.first - 1] + [a0 - 1 for a0, a_end, _ in cands if a_end == hit.first]
    return any(k >= c0 and token_stems(doc, k) & W.losing_verbs for k in before)


def _country_as_place(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """A country's name right after a preposition of place ("غارات جرت في سورية", "داخل العراق"): where the
    incident was, not a state acting in it (SCHEMA.md: a country in a non-agent role is a place)."""
    return a0 > s0 and bool(token_stems(doc, a0 - 1) & W.country_places) and \
        any(p0 == a0 and m.resolved is not None and m.resolved.kind == "country" for p0, _, m in doc.places_in(a0, a0 + 1))


def _opposed(doc: Document, W: RoleWords, a0: int, a: ActorMention) -> bool:
    """The actor at a0 follows a word of opposing with its ل glued ("القوات المناهضة للحوثيين") or apart
    ("مقاتلون معادون لـ«داعش»"): it names the side opposed, not the doer."""
    toks = doc.seg.tokens
    k = a0 - 1
    if k > 0 and toks[k].norm == _GLUED_PREPOSITION:
        k -= 1
    elif not (a.span.start > toks[a0].start and toks[a0].norm.startswith(_GLUED_PREPOSITION)):
        return False
    return k >= 0 and bool(token_stems(doc, k) & W.opposing)


def _far_aircraft_doer(doc: Document, W: RoleWords, hit: Hit, cands, sides: _Sides):
    """"إن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة ... بعد هجوم شنته
    الجبهة": aircraft that a complementiser opens the clause with did it, their owner named between them and the
    verb, or no one named; an actor after the verb is not its subject.  None where the subject is no such aircraft."""
    aircraft = _far_aircraft_subject(doc, W, hit, doc.sentence_bounds(hit.sentence)[0])
    if aircraft is None:
        return None
    # (the aircraft themselves where their nationality names them: "إن طائرات أميركية قتلت سبعة من مقاتلي النصرة")
    owners = [a for a0, _, a in cands if aircraft <= a0 < hit.first]
    return (owners[-1] if owners else None), (sides.a2 if sides.a2 is not sides.a1 else None)


SET_OFF_REACH = 24    # words after a clash noun the word of its cause may stand at ("اندلعت اشتباكات بين X وY في
#                       جبهة ...، وكذلك في قرية ...، عقب صد X لمحاولة تسلل نفذتها عناصر Y"; set on announce18's samples)
SET_OFF_NOUN_GAP = 4  # words from that word to the attack noun, a repelling between ("عقب صد المقاومة لمحاولة")
STARTER_GAP = 2       # words from a verb of launching to the side's name, its members' noun between ("نفذتها عناصر")


def _set_off_by(doc: Document, W: RoleWords, hit: Hit, cands, pair):
    """A clash its sentence says broke out in the wake of an attack a side launched ("تجددت المعارك بين قوات النظام
    ومقاتلي المعارضة إثر هجوم شنه مقاتلو المعارضة"): that side started it and is actor1 (SCHEMA.md), the other
    side it fought actor2; `pair` (actor1, actor2) as read otherwise."""
    if hit.family != CLASH:
        return pair
    starter = _starter_named_after(doc, W, hit, cands)
    if starter is None:
        return pair
    other = next((a for a in pair if a is not None and not same_named_actor(a, starter)), None)
    return starter, other


def _starter_named_after(doc: Document, W: RoleWords, hit: Hit, cands) -> ActorMention | None:
    """The side named as launching the attack a word of cause after the hit introduces ("إثر هجوم شنه X", "عقب
    هجوم لـX"), or None."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    cause = next((k for k in range(hit.last, min(s1, hit.last + SET_OFF_REACH)) if token_stems(doc, k) & W.set_off_by),
                 None)
    if cause is None:
        return None
    noun = next((j for j in range(cause + 1, min(s1, cause + 1 + SET_OFF_NOUN_GAP))
                 if token_stems(doc, j) & W.repelled_nouns), None)
    if noun is None:
        return None
    for a0, _, a in cands:
        if noun < a0 <= noun + MARKED_REACH and _launched_by(doc, W, noun, a0, a):
            return a
    return None


def _launched_by(doc: Document, W: RoleWords, noun: int, a0: int, a: ActorMention) -> bool:
    """The side at a0 launched the attack noun before it: after a verb of launching ("شنه الحوثيون", "نفذتها عناصر
    المتمردين") or glued to ل right after the noun ("هجوم لميليشيات الحوثي")."""
    tok = doc.seg.tokens[a0]
    glued_l = a.span.start > tok.start and tok.norm.startswith(_GLUED_PREPOSITION) and a0 <= noun + 2
    return glued_l or bool(stems(doc, max(noun + 1, a0 - STARTER_GAP), a0) & W.agent_markers)


def _subject_not_read(doc: Document, W: RoleWords, hit: Hit, cands, sides: _Sides, helper):
    """actor1 and actor2 once every actor of the sentence is read: the subject of a verb of managing, a side's
    own members or a pronoun pointing back where no doer was marked; a repelling's sides turned."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    if helper is not None and (sides.a1 is None or sides.a1_guessed):
        sides.marked_doer(helper)  # a doer marked by other words ("صد هجوما شنه التنظيم") still wins
    if sides.a1 is None or sides.a1_guessed:
        doer = _doing_verb_subject(doc, W, hit, cands, s0)
        if doer is not None:
            sides.marked_doer(doer)
    if sides.a1 is None:
        sides.a1 = _doer_of_the_cause(doc, W, hit, cands, s0)
    if sides.a1 is None or sides.a1_guessed:
        own = _own_members_subject(doc, W, hit, s0)
        sides.a1 = own or sides.a1
    if sides.a1 is None:
        sides.a1 = _pointed_back_subject(doc, W, hit, s0)
    turned = _turned_by_repelling(doc, W, hit, cands, (helper, sides.a1, sides.a2))
    if turned is not None:
        return turned
    if sides.a1 is sides.a2:
        sides.a2 = None
    elif sides.a1 is not None and sides.a2 is not None and same_named_actor(sides.a1, sides.a2) and \
            counted(doc, W, sides.a2):
        sides.a1 = None   # "أعلن الجيش التركي مقتل ثلاثة جنود أتراك": the side of the dead told of them, not the killer
    return sides.a1, sides.a2


def _far_aircraft_subject(doc: Document, W: RoleWords, hit: Hit, s0: int) -> int | None:
    """The token of a noun of aircraft that a bare complementiser opens the trigger's clause with, more than a
    word before it ("إن طائرات حربية يعتقد أنها ... قصفت"); None if there is none."""
    k = complementiser_subject(doc, W, hit.first, s0)
    if k is None or k + 1 >= hit.first or \
            not bare_stems(doc, k) & W.aircraft_nouns:
        return None
    return k


DOING_VERB_REACH = 14   # words a verb of doing may stand before the verbal noun with ب it governs ("قامت ... بحرق")
DOING_SUBJECT_AFTER = 2  # words after a verb of doing its subject may start at ("قامت أمس القوات بقصف")


def _doing_verb_subject(doc: Document, W: RoleWords, hit: Hit, cands, s0: int) -> ActorMention | None:
    """A verbal noun with ب governed by a verb of doing before it, with words of time or place between ("أن قوات من
    الحشد الشعبي قامت بعد دخولها لمناطق سيد غريب بحرق عدد من المواطنين", "قامت أمس جماعة الحوثي باختطاف"):
    the verb's subject, right before it or right after it, is the doer, however far the noun."""
    toks = doc.seg.tokens
    word = toks[hit.first].norm
    if hit.trigger.pos != "noun":
        return None
    if hit.first - 1 > s0 and toks[hit.first - 1].norm in W.venture_preposition:
        doing = W.venturing_nouns   # "بعد إقدام قوات الأمن على هدم المسجد": the genitive of إقدام did it
    # the predicate is a bare verbal noun ("بقصف مواقع"); "بالهجوم" is more often what another noun is tied to
    # ("قاموا بتحديد هوية مشتبه به مرتبط بالهجوم الانتحاري")
    elif not word.startswith("ب") or word.startswith("بال"):
        return None
    else:
        doing = W.doing_verbs | W.doing_nouns | W.starting_verbs   # once per hit, not per word looked at
    k = next((j for j in range(hit.first - 1, max(s0, hit.first - DOING_VERB_REACH) - 1, -1)
              if token_stems(doc, j) & doing), None)
    if k is None:
        return _subject_of_a_long_relative(doc, W, hit, cands, (s0, doing))
    reach = k + DOING_SUBJECT_AFTER
    if reach < hit.first and doc.seg.tokens[reach].norm in W.partitive_preposition:
        reach += 1   # "قيام عدد من المستوطنين بإحراق": the doer after a partitive
    after = [a for a0, a_end, a in cands if k < a0 <= reach and a_end <= hit.first]
    if after:
        return after[0]
    if token_stems(doc, k) & (W.doing_nouns | W.venturing_nouns):
        return None   # the verbal noun's doer is its genitive, after it
    if toks[k].norm.startswith(_CONJUNCTION):
        return None   # "وتتهمه الميليشيات بالانتماء إلى (القاعدة)، وقاموا بمداهمة": و opens a clause of its own
    return _subject_right_before(doc, W, k, cands, s0)


DOING_RELATIVE_REACH = 26   # words such a verb may stand before its noun with a relative clause on its subject between


def _subject_of_a_long_relative(doc: Document, W: RoleWords, hit: Hit, cands, where: tuple) -> ActorMention | None:
    """A verb of doing further back than DOING_VERB_REACH whose subject, right after it, carries a relative clause
    that fills the words up to the verbal noun ("قام الحوثيون الذين يواجهون عملية للقوات ... تجري بدعم من طيران
    التحالف، بقصف حي"): that subject did it, not a side the relative clause names.  `where`: the sentence's first
    token and the verbs of doing."""
    s0, doing = where
    toks = doc.seg.tokens
    for k in range(hit.first - DOING_VERB_REACH - 1, max(s0, hit.first - DOING_RELATIVE_REACH) - 1, -1):
        if not token_stems(doc, k) & doing:
            continue
        subject = next(((a_end, a) for a0, a_end, a in cands if a0 == k + 1), None)
        if subject is not None and subject[0] < hit.first and toks[subject[0]].norm in W.relatives:
            return subject[1]
        return None
    return None


def _subject_right_before(doc: Document, W: RoleWords, k: int, cands, s0: int) -> ActorMention | None:
    """The actor right before the verb at k, only punctuation or قد between ("قوات من الحشد الشعبي قامت", "القوات،
    قامت", "القوات قد قامت"), and not named as a target; the first of its partners."""
    toks = doc.seg.tokens
    before = [(a0, a_end, a) for a0, a_end, a in cands if a_end <= k]
    backing: set[int] = set()   # the words naming a side that backs the subject, and their markers
    for a0, a_end, a in reversed(before):
        if stems(doc, max(s0, a0 - 2), a0) & W.support_markers:
            # "وكانت المقاومة بدعم من طيران التحالف، قد قامت باقتحام": the backer is no subject, the side backed is
            backing.update(range(max(s0, a0 - 2), a_end))
            continue
        if any(toks[j].is_word and j not in backing and toks[j].norm not in _PERFECT_PARTICLES for j in range(a_end, k)):
            return None
        return _subject_not_a_target(doc, W, (a0, a), s0)
    return None


def _subject_not_a_target(doc: Document, W: RoleWords, actor: tuple[int, ActorMention], s0: int) -> ActorMention | None:
    """The actor (start, mention) as a subject, unless a target word marks it; the first of its partners."""
    a0, a = actor
    toks = doc.seg.tokens
    marker = next((j for j in range(a0 - 1, max(s0, a0 - 3) - 1, -1) if toks[j].is_word), None)
    if marker is not None and token_stems(doc, marker) & (W.target_markers | W.against):
        return None   # "طائرات تابعة للتحالف ضد «داعش» قد قامت بقصف": the side fought, not the subject
    return _first_of_partners(doc, W, a)   # "ميليشيات الحوثي والقوات الموالية لصالح قامت": the first leads


CAUSE_REACH = 12      # words before an outcome link the doer of the act that led to it may stand at
OUTCOME_LINK_GAP = 2  # words from an outcome link to the incident it led to ("وأدت إلى حرق")


def _doer_of_the_cause(doc: Document, W: RoleWords, hit: Hit, cands, s0: int) -> ActorMention | None:
    """An incident told as what an act led to, the act's doer named in a relative clause on it ("الجريمة التي
    نفذها مستوطنون أمس، وأدت إلى حرق رضيع", "التفجير الذي نفذه التنظيم وأدى إلى مقتل"): that doer did it."""
    link = next((k for k in range(hit.first - 1, max(s0, hit.first - OUTCOME_LINK_GAP) - 1, -1)
                 if token_stems(doc, k) & W.outcome_links), None)
    if link is None:
        return None
    marked = [a for a0, _, a in cands if max(s0 + 1, link - CAUSE_REACH) <= a0 < link
              and token_stems(doc, a0 - 1) & W.agent_markers and a0 - 2 >= s0 and token_stems(doc, a0 - 2) & W.relatives]
    return marked[-1] if marked else None


def _repelled(doc: Document, W: RoleWords, hit: Hit, cands, read: tuple):
    """A battle told by its repelling ("صدت المقاومة هجمات للحوثيين", "صد التنظيم تقدما للجيش"): the side
    named with the attack or advance stopped started it and is actor1 (SCHEMA.md), the side that repelled
    it actor2; with no such side named, actor1 is left to the article.  No attack noun: read as it was.
    `read`: the subject of a verb of managing before it ("تمكنت قوات البيشمركة من صد"), actor1 and actor2 as read."""
    helper, a1, a2 = read
    _, s1 = doc.sentence_bounds(hit.sentence)
    noun = next((k for k in range(hit.last, min(s1, hit.last + REPELLED_REACH))
                 if token_stems(doc, k) & W.repelled_nouns), None)
    if noun is None:
        return (a1 or helper), (a2 if a2 is not a1 else None)
    # the attacker follows the noun before any target word ("هجوم لمسلحي داعش على مواقعها": not what it hit)
    attacker = next((a for a0, _, a in cands
                     if noun < a0 <= noun + MARKED_REACH and not stems(doc, noun + 1, a0) & W.against), None)
    defender = next((x for x in read if x is not None and x is not attacker and
                     (attacker is None or x.actor_id != attacker.actor_id)), None)
    return attacker, defender or _repelling_subject(doc, hit, cands, noun, attacker)


REPELLER_REACH = 3   # words before a repelling verb its subject may end ("أن المقاومة صدت", "أن قوات البيشمركة تمكنت
#                      من صد": the subject, then the verb or a verb of managing and من; repel37)


def _repelling_subject(doc: Document, hit: Hit, cands, noun: int, attacker) -> ActorMention | None:
    """The armed side that repelled, where the other words read none (a launcher's name marked the attacker:
    "أن المقاومة صدت محاولة التفاف نفذتها ميليشيات الحوثي"): the side named between the verb and the attack's noun,
    or else the subject ending at most REPELLER_REACH words before the verb; never the attacker."""
    s0, _ = doc.sentence_bounds(hit.sentence)

    def armed(a) -> bool:
        return (a.kind in ARMED_KINDS or _non_state_group(a)) and \
            (attacker is None or (a is not attacker and a.actor_id != attacker.actor_id))

    after = next((a for a0, _, a in cands if hit.last <= a0 < noun and armed(a)), None)
    if after is not None:
        return after
    # ... a subject heading its clause after أن/إن or the sentence's start, not an object ("على الاحتلال صد الهجمات")
    before = [a for a0, a1, a in cands if max(s0, hit.first - REPELLER_REACH) < a1 <= hit.first and armed(a)
              and (a0 == s0 or doc.seg.tokens[a0 - 1].norm in COMPLEMENTISERS)]
    return before[-1] if before else None


def _turned_by_repelling(doc: Document, W: RoleWords, hit: Hit, cands, read: tuple):
    """The sides of a repelling (`_repelled`), and of a foiling whose foiled attack names the side that made it
    ("أحبطت المقاومة هجوما شنه مسلحو الحوثي": that side started it); None for any other hit."""
    verb = token_stems(doc, hit.first)
    if verb & W.repelling_verbs:
        return _repelled(doc, W, hit, cands, read)
    if verb & W.foiling_verbs:
        turned = _repelled(doc, W, hit, cands, read)
        return turned if turned[0] is not None and _attack_of(doc, W, turned[0], cands) else None
    return None


def _attack_of(doc: Document, W: RoleWords, attacker: ActorMention, cands) -> bool:
    """The side after a foiled attack's noun is its maker: glued to ل ("هجوما لميليشيات الحوثي") or right after a
    verb of launching ("هجوما شنه مسلحون"), not the subject of a plan ("هجوما كان التنظيم يخطط له")."""
    a0 = next(k for k, _, a in cands if a is attacker)
    tok = doc.seg.tokens[a0]
    glued_l = attacker.span.start > tok.start and tok.norm.startswith(_GLUED_PREPOSITION)
    return glued_l or bool(token_stems(doc, a0 - 1) & W.agent_markers)


def _read_actor(doc: Document, lex: EventLexicon, hit: Hit, sides: _Sides, cand, starts: tuple[int, int],
                governs_object: bool, pronoun_object: bool) -> None:
    """Read one actor of the hit's sentence (`cand`: start, end, mention) into `sides`; `starts`: the
    first tokens of the sentence and of the hit's clause."""
    a0, a_end, a = cand
    s0, c0 = starts
    fam = lex.families[hit.family]
    prev_stems = _stems_before_side(doc, lex.words, a0, s0)
    # a marked target or agent may sit further away than an unmarked subject
    reach = ACTOR_WINDOW + MARKED_REACH if _marked(lex.words, hit, prev_stems) else ACTOR_WINDOW
    after = a0 >= hit.last and a0 - hit.last <= reach
    if hit.first < a0 < hit.last and hit.trigger.pos != "noun":
        sides.a1 = sides.a1 or a   # inside a gapped trigger: "فتح مسلحون مجهولون النار", "أطلق مجهولون النار"
    elif after and fam.outcome:
        # "مقتل خمسة إرهابيين خلال عملية نفذتها قوة من الجيش": after a death the words are victims,
        # but one marked as the doer is the doer, and so is the subject of an active verb with its object
        if stems(doc, max(hit.last, a0 - 3), a0) & lex.words.agent_markers \
                or _active_subject(doc, lex.words, hit, a0, a_end) \
                or _operation_of(doc, lex.words, a0, a):
            sides.marked_doer(a)
        elif _among_the_counted(doc, lex.words, a0, s0):
            sides.a2 = sides.a2 or a   # "قتلت 17 من عناصر الميليشيا": the side the counted dead belong to was hit
    elif after:
        _read_after(doc, lex.words, hit, sides, a0, a, prev_stems, governs_object or _object_after(doc, lex, hit, a0))
    elif a_end <= hit.first and hit.first - a_end <= ACTOR_WINDOW and a0 >= c0:
        _read_before(doc, lex, hit, sides, cand, prev_stems, pronoun_object)


def _object_after(doc: Document, lex: EventLexicon, hit: Hit, a0: int) -> bool:
    """The actor at a0, after the trigger, is a party the act befell: the group the arrested belong to ("أوقفت
    الشرطة 251 شخصا يشتبه في انتمائهم إلى تنظيم داعش"), or whom ground named by one of the family's words of ground
    was taken from (doers23: "طهروا عدة قرى من مقاتلي الجماعة")."""
    if hit.family in lex.detaining_families and stems(doc, max(hit.last, a0 - 3), a0) & lex.words.affiliation:
        return True
    return _driven_from(doc, lex.words, hit, a0, lex.families[hit.family].territory)


def _stems_before_side(doc: Document, W: RoleWords, a0: int, s0: int) -> set[str]:
    """The stems of the word before the actor at a0 (none at the sentence's start); where that word is the side's
    members' noun (own_members) right after a doer's mark ("على يد مسلحي تنظيم داعش", "من قبل مقاتلي
    الفصائل", "برصاص عناصر الميليشيا"), the mark counts as before the side too; hands only after على."""
    if a0 <= s0:
        return set()
    prev = token_stems(doc, a0 - 1)
    if a0 - 2 >= s0 and {without_article(x) or x for x in prev} & W.own_members:
        mark = token_stems(doc, a0 - 2) & W.agent_markers
        if mark & W.hands and not (a0 - 3 >= s0 and token_stems(doc, a0 - 3) & W.against):
            return prev   # "سقطت في يد عناصر داعش": the hands that hold, not the doer's ("على يد")
        return prev | mark
    return prev


def _marked(W: RoleWords, hit: Hit, prev_stems) -> bool:
    """The word before an actor marks it as a target or a doer, or (after a taking of ground) as the side the
    ground was taken from ("من"): it may stand further from the trigger than an unmarked subject."""
    return bool(prev_stems & (W.target_markers | W.agent_markers) or
                hit.family in TERRITORY and prev_stems & W.source_preposition)


def _operation_of(doc: Document, W: RoleWords, a0: int, a: ActorMention) -> bool:
    """The actor at a0 carries a glued ل right after an operation or raid noun, or one with its adjective ("في عملية
    للقوات الخاصة", "خلال عمليات أمنية لقوات الأمن"): it carried the operation out."""
    tok = doc.seg.tokens[a0]
    glued_l = a.span.start > tok.start and tok.norm.startswith(_GLUED_PREPOSITION)
    return glued_l and bool(stems(doc, a0 - OWNED_THING_REACH, a0) & W.operation_nouns)


def helper_before(doc: Document, W: RoleWords, hit: Hit, s0: int) -> int | None:
    """The verb of managing or being made to whose complement the hit is, right after that verb's preposition
    ("تمكنت القوات أمس من السيطرة على"), or None; `s0`, the sentence's first token."""
    k = hit.first - 1
    if k <= s0 or doc.seg.tokens[k].norm not in W.helper_prepositions:
        return None
    return next((j for j in range(k - 1, max(s0, k - HELPER_REACH) - 1, -1) if token_stems(doc, j) & W.helper_verbs),
                None)


def _helper_subject(doc: Document, W: RoleWords, hit: Hit, cands, s0: int) -> ActorMention | None:
    """A verbal noun after the preposition of a verb of managing or being made to ("تمكن المقاتلون الأكراد من
    طرده", "نجاح المقاومة في تحرير عدن", "القوات، بدعم من المقاومة، نجحت في استعادة"): the helper's subject is
    its doer; right after the helper (VSO, or its verbal noun's complement), else the nearest actor right
    before it that is not a side backing it."""
    toks = doc.seg.tokens
    helper = helper_before(doc, W, hit, s0)
    if helper is None:
        return None
    k = hit.first - 1
    after = [a for a0, a_end, a in cands if helper < a0 <= helper + HELPER_SUBJECT_AFTER and a_end <= k]
    if after:
        return after[0]
    before = [(a0, a_end, a) for a0, a_end, a in cands if a_end <= helper and helper - a_end <= HELPER_SUBJECT_GAP]
    backing: set[int] = set()   # tokens of the sides named as backing the subject, and of their markers
    for a0, a_end, a in reversed(before):
        if stems(doc, max(s0, a0 - 2), a0) & W.support_markers:
            backing.update(range(max(s0, a0 - 2), a_end))
            continue
        gap = [j for j in range(a_end, helper) if toks[j].is_word and j not in backing]
        # only a relative pronoun or قد may stand between: "القوات التي تمكنت من", "القوات قد نجحت في"
        return a if all(token_stems(doc, j) & (W.relatives | {"قد", "لقد"}) for j in gap) else None
    return None


def _own_member(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a side's members or means with a possessive pronoun ("قواته", "مقاتليها", "وعناصره")."""
    return any(w.endswith(sfx) and w[:-len(sfx)] in W.own_members
               for w in token_stems(doc, k) for sfx in W.possessive_suffixes)


def _own_members_subject(doc: Document, W: RoleWords, hit: Hit, s0: int) -> ActorMention | None:
    """The subject of the trigger is a side's own members or means ("أن قواته ضربت", "ضربت قواته", "قواته
    شنت غارات"): the side the pronoun points back to, the nearest actor before them in the sentence."""
    toks = doc.seg.tokens
    if token_stems(doc, hit.first) & W.reciprocal_verbs:
        return None
    if hit.last < len(toks) and _own_member(doc, W, hit.last) and hit.trigger.pos == "verb":
        k = hit.last
    else:
        k = next((j for j in range(hit.first - 1, max(s0, hit.first - 3) - 1, -1) if _own_member(doc, W, j)), None)
        if k is None or any(toks[j].is_word and not token_stems(doc, j) & W.light_verbs for j in range(k + 1, hit.first)):
            return None  # only a light verb or a comma between: "قواته شنت غارات", "قواته، ضربت"
        if hit.trigger.pos != "verb" and k + 1 == hit.first:
            return None
    before = [a for a0, _, a in doc.actors_in(s0, k) if a.kind not in ("civilians",)]
    return before[-1] if before else None


def _pointed_back_subject(doc: Document, W: RoleWords, hit: Hit, s0: int) -> ActorMention | None:
    """A verb trigger whose subject only points back: a pronoun on a complementiser ("ونقلت وسائل الإعلام أنه
    قصف مواقع") or a demonstrative before a side's members ("وأضاف أن هذه القوات استعادت"): the side named
    last before it, in its sentence or the one before, which a report goes on telling of ("ورد الطيران
    العسكري التركي."); "he" does not point back to a feminine or plural name ("الشرطة", "السلطات")."""
    toks = doc.seg.tokens
    k = _pointing_word(doc, W, hit, s0)
    if k is None:
        return None
    pronoun = toks[k].norm in POINTING_COMPLEMENTISERS
    start = k if pronoun else k - 1
    p0 = doc.sentence_bounds(hit.sentence - 1)[0] if hit.sentence > 0 else s0
    masculine = toks[k].norm in MASCULINE_COMPLEMENTISERS
    before = [(a0, a1, a) for a0, a1, a in doc.actors_in(p0, start) if a.kind not in ("civilians",) and
              not (masculine and toks[a0].norm.endswith(FEMININE_ENDINGS))]
    if not before or (pronoun and stems(doc, before[-1][1], start) & W.repelled_nouns):
        # "وأكد مصدر في الجيش الهجوم، موضحا أنه استهدف وحدة": the attack named since is what "it" points to
        return None
    return before[-1][2] if pronoun else _last_subject(doc, W, before, bare_stems(doc, k))


def _pointing_word(doc: Document, W: RoleWords, hit: Hit, s0: int) -> int | None:
    """The token right before a verb trigger (قد between or not) that only points back to its subject: a
    complementiser carrying a pronoun ("أنه"), or a side's members after a demonstrative ("هذه القوات"); for a
    noun trigger, such a subject of the verb of managing or carrying out that governs it."""
    toks = doc.seg.tokens
    if token_stems(doc, hit.first) & W.reciprocal_verbs:
        return None
    if hit.trigger.pos != "verb":
        return _pointing_subject_of_its_verb(doc, W, hit, s0)
    k = hit.first - 1
    while k > s0 and toks[k].norm in _PERFECT_PARTICLES:
        k -= 1   # "أنه قد قصف"
    if k < s0:
        return None
    if toks[k].norm in POINTING_COMPLEMENTISERS or _points_back(doc, W, k, s0):
        return k
    return None


def _points_back(doc: Document, W: RoleWords, k: int, s0: int) -> bool:
    """Token k is a side's noun right after a demonstrative ("هذه القوات", "تلك الميليشيات")."""
    return k > s0 and doc.seg.tokens[k - 1].norm in W.demonstratives and \
        bool({without_article(x) for x in token_stems(doc, k)} & (W.own_members | W.pointing_heads))


def _pointing_subject_of_its_verb(doc: Document, W: RoleWords, hit: Hit, s0: int) -> int | None:
    """A noun trigger governed by a verb of managing or carrying out whose subject only points back: right
    after the verb ("وتمكنت هذه القوات، بدعم من الغارات، من استعادة", "وشنت هذه القوات هجمات") or right before
    it ("هذه الميليشيات شنت هجومها"), the side's noun; or a pronoun on a complementiser before the verb ("أنها
    تمكنت من ضبط"); else None."""
    v = helper_before(doc, W, hit, s0)
    if v is None:
        v = _light_verb_before(doc, W, hit)
    if v is None and hit.first - 3 >= s0 and token_stems(doc, hit.first - 3) & W.light_verbs:
        v = hit.first - 3   # the subject between the verb and its noun: "شنت هذه القوات هجمات"
    if v is None:
        return None
    toks = doc.seg.tokens
    c = v - 1
    while c > s0 and toks[c].norm in _PERFECT_PARTICLES:
        c -= 1
    if c >= s0 and toks[c].norm in POINTING_COMPLEMENTISERS:
        return c   # "وكشفت الوزارة أنها تمكنت من ضبط"
    return next((k for k in (v + 2, v - 1) if s0 < k < hit.first and _points_back(doc, W, k, s0)), None)


def _last_subject(doc: Document, W: RoleWords, before: list, noun: set[str] = frozenset()):
    """Of the sides named before "these forces" (start, end, mention), the last that heads its clause, which the
    demonstrative points back to rather than to a side named in passing after it ("إن مقاتلي المقاومة نجحوا في
    السيطرة على الحي، آخر معقل للمتمردين، مضيفا: «إن هذه القوات استعادت القصر»"); else the last named.  Of
    those, one named by the demonstrative's own noun first ("ضيقت القوات الموالية لهادي، ومعها المقاومة، الخناق
    ...، وشنت هذه القوات هجمات")."""
    heads = [(a0, a1, a) for a0, a1, a in before if _heads_a_clause(doc, W, a0)] or before
    same = [a for a0, a1, a in heads if any(bare_stems(doc, j) & noun for j in range(a0, a1))]
    return same[-1] if same else heads[-1][2]


def _active_subject(doc: Document, W: RoleWords, hit: Hit, a0: int, a_end: int) -> bool:
    """An actor right after a verb of killing with a count after it: the verb is active and the actor its
    subject ("قتل مسلحون مجهولون ثلاثة مدنيين"), where the passive ("قتل مسلحون في اشتباك") has no object; so is
    an actor right after a feminine form of killing (event_roles.yaml killing_with_subject: "قتلت ميليشيات
    الحوثي زعيما قبليا", "وقتلت قوات الأمن المئات"), which a side's name agrees with as its doer."""
    if hit.trigger.pos != "verb" or a0 != hit.last:
        return False
    return bool(doc.numbers_in(a_end, a_end + 1) or token_stems(doc, hit.last - 1) & W.killing_with_subject)


def _side_candidates(doc: Document, W: RoleWords, s0: int, s1: int) -> list:
    """The actors of a sentence that may be a side, as (first token, last token, actor)."""
    # a name in quotation marks stands where its opening mark stands ("وخطفت «جبهة النصرة»", "مع مسلحي تنظيم "داعش"")
    return [doc.with_its_quotes(a0, a1) + (a,) for a0, a1, a in doc.actors_in(s0, s1)
            if a.kind not in ("civilians",) and not _country_as_place(doc, W, a0, s0)]


def _between_sides(doc: Document, W: RoleWords, hit: Hit, cands, s0: int, s1: int):
    """"بين X و Y": both sides; "بين قوات X ومجموعات مسلحة" names only the first; None when no بين."""
    toks = doc.seg.tokens
    c0, _ = doc.clause(hit.first)
    told_of = _relative_on_the_trigger(doc, W, hit, s1)
    for k in range(max(s0, hit.first - BETWEEN_BEFORE), min(s1, hit.last + SIDE_PARTS_AFTER)):
        if toks[k].norm in W.between_sides:
            after = [x for x in cands if x[0] > k]
            if not after or after[0][0] - k > 2 or _among_them(doc, W, k, hit) or _another_fight(doc, W, hit, k):
                continue  # "بين الطرفين": the sides are named by no actor's name right after بين
            part = _first_part_end(doc, W, k, s1)
            if k >= hit.last + BETWEEN_AFTER and (part is None or doc.clause(k)[0] != c0) and not told_of \
                    and not _only_its_setting_before(doc, W, hit, k):
                continue  # further on, only sides told in parts in the trigger's own clause
            if part is not None:
                # "بين الجيش والمقاومة من جهة والحوثيين من جهة أخرى": the first of each part
                other = [x for x in after if x[0] > part]
                return after[0][2], (other[0][2] if other and other[0][0] - part <= 3 else None)
            return after[0][2], _second_side(doc, W, after)
    return None


SETTING_COMMAS = frozenset({"،", ","})   # the marks that may set a fight's time or place apart before its بين


def _only_its_setting_before(doc: Document, W: RoleWords, hit: Hit, k: int) -> bool:
    """Between the clash noun and the بين at k stand only the fight's manner, time and place ("اندلعت معارك عنيفة
    في محافظة أبين جنوب اليمن بين X وY", "معارك عنيفة دارت الأيام الثلاثة الماضية بين X وY"): words of
    event_roles.yaml fight_setting (with or without the article) or a verb of fighting going on, happening or
    witnessed, place names and dates, and no punctuation.
    The sides after that بين are the fight's, however far."""
    if hit.family != CLASH:
        return False
    covered: set[int] = set()
    for p0, p1, _ in doc.places_in(hit.last, k):
        covered.update(range(p0, p1))
    for d in doc.dates_in(hit.last, k):
        covered.update(range(d.first_token, d.last_token))
    setting = W.fight_setting | W.going_on | W.still_going_on | W.witness_verbs | W.happening_verbs
    toks = doc.seg.tokens
    # commas may set the time or place apart ("اندلعت مواجهات عنيفة، في وقت مبكر من صباح السبت، بين X وY"): doers32
    return all(j in covered or toks[j].norm in SETTING_COMMAS or
               (toks[j].is_word and any(s in setting or without_article(s) in setting for s in token_stems(doc, j)))
               for j in range(hit.last, k))


def _another_fight(doc: Document, W: RoleWords, hit: Hit, k: int) -> bool:
    """A noun of fighting joined by و stands between the trigger and the بين at k ("عمليات خطف شرطيين ... وصدامات
    بين قوات الأمن ومتظاهرين"): another incident, whose sides those are, not the trigger's (one governed by a
    preposition, "هجوم ... خلال اشتباكات بين", is the fight the trigger was part of)."""
    toks = doc.seg.tokens
    return any(toks[j].norm.startswith(_CONJUNCTION) and token_stems(doc, j) & W.fought_nouns
               for j in range(hit.last, k))


def _relative_on_the_trigger(doc: Document, W: RoleWords, hit: Hit, s1: int) -> bool:
    """A relative clause opens right after the clash noun or its adjective ("المواجهات التي شهدتها المدينة منذ
    أشهر بين X وY", "المعارك التي ترافقها تجاوزات منذ ديسمبر، بين X وY"): the sides after بين in it are the
    sides of that clash, however far into the clause."""
    return hit.family == CLASH and any(k < s1 and doc.seg.tokens[k].norm in W.relatives
                                       for k in (hit.last, hit.last + 1))


def _among_them(doc: Document, W: RoleWords, k: int, hit: Hit) -> bool:
    """بين at k after من ("قتل عشرة من بين عناصر التنظيم"): among a side's men, not between two sides."""
    return k - 1 >= hit.last and doc.seg.tokens[k - 1].norm in W.partitive_preposition


BETWEEN_GAP = 3   # words between the first side after بين and the second ("وبين", "و" + a members' noun)


def _second_side(doc: Document, W: RoleWords, after: list) -> ActorMention | None:
    """The second side after بين, the sides after it (start, end, mention) in order: the next name close after the
    first, past a side that backs it ("بين الحوثيين مدعومين بقوات صالح والمقاومة", "بين المقاومة المسنودة بقوات
    الجيش وبين الميليشيات"); None if no name is close."""
    end = after[0][1]
    backing = W.support_markers | W.air_support
    for a0, a_end, a in after[1:]:
        if a0 - end > BETWEEN_GAP:
            return None
        if stems(doc, end, a0) & backing:
            end = a_end   # the backer of the side before it, not the other side
            continue
        return a
    return None


SIDE_PART_REACH = 16   # words after بين the first part's "من جهة" may close at ("بين X وقوات Y من جهة", "بين قوات النظام
# مدعمة بقوات الدفاع الوطني وعناصر من حزب الله اللبناني من جهة")
# words after the trigger sides told in parts may open at, with the place between ("دارت اشتباكات على أطراف حي كرم
# الطراب قرب مطار النيرب العسكري شرق حلب بين قوات النظام ... من جهة، والكتائب المقاتلة من جهة أخرى")
SIDE_PARTS_AFTER = 16


def _first_part_end(doc: Document, W: RoleWords, k: int, s1: int) -> int | None:
    """The token of "جهة" in "من جهة" closing the first side after بين at k, if the sides are told in parts."""
    toks = doc.seg.tokens
    return next((j for j in range(k + 2, min(s1, k + SIDE_PART_REACH)) if toks[j].norm in W.side_parts
                 and toks[j - 1].norm in W.partitive_preposition), None)


def _read_after(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a0: int, a: ActorMention,
                prev_stems: set[str], governs_object: bool) -> None:
    """An actor after the trigger: its object, a member of the attackers' group, a marked target or
    doer; else what its position says."""
    gap_stems = stems(doc, hit.last, a0)
    near_before = stems(doc, max(hit.last, a0 - 3), a0)
    if a0 > hit.last and _passive_agent(doc, W, a0, prev_stems):
        # "تم تحرير البلدة على يد قوات البشمركة", "من قبل الجيش": named as the doer right before, whatever
        # the words before the marker ("على" of "على يد" is no target)
        sides.marked_doer(a)
    elif near_before & W.perpetrator_nouns:
        # actor41: "هجوم على قرية يرجح أن منفذيه ينتمون لجماعة X": the incident's perpetrators named, whatever
        # target word stands before them
        sides.marked_doer(a)
    elif _counted_subject(doc, W, hit, a0):
        sides.a1 = sides.a1 or a          # "اقتحم العشرات من أفراد الشرطة الساحات": the people counted did it
    elif _read_other_party(doc, W, hit, sides, a0, a, governs_object):
        pass
    elif a0 == hit.last and hit.trigger.pos == "verb" and prev_stems & W.target_markers:
        _read_after_marking_verb(doc, W, hit, sides, a)
    elif near_before & W.affiliation and _hit_side_after(doc, W, hit, a0, a):
        # "بمدرعة تابعة لقوات الشرطة": the owner of what was hit; "أدت الاشتباكات إلى مقتل العشرات من عناصر داعش":
        # the side whose members were counted dead
        sides.a2 = sides.a2 or a
    elif near_before & W.affiliation and not (gap_stems & W.against):
        # "هاجم مسلحون يشتبه في انتمائهم لجماعة نصرة الإسلام"; "عبوة زرعتها عناصر التنظيم": marked too, and so is
        # the owner of a marked doer ("على يد قوات البنيان المرصوص التابعة لحكومة الوفاق")
        _group_of_the_doers(sides, a, bool(near_before & W.agent_markers) or _owns_the_doer(doc, sides, a0))
    elif prev_stems & W.target_markers or gap_stems & W.against:
        sides.a2 = sides.a2 or a          # "هجوم على منطقة الحرس الوطني", "ضد التنظيم"
    elif near_before & W.agent_markers:
        # "شنته حركة الشباب", "نفذتها قوة من الجيش", "على يد", "بنيران": named as the doer,
        # which outweighs a subject only guessed from word order
        sides.marked_doer(a)
    else:
        _read_after_by_position(doc, W, hit, sides, a0, a, prev_stems)


DEAD_COUNT_REACH = 6   # words from a noun of death or hurt to the side whose people it counts ("مقتل العشرات من عناصر
                       # تنظيم X": 4); TOLL_AFTER: words from the side to a toll told after it ("... بين قتيل وجريح")
TOLL_AFTER = 3


def _hit_side_after(doc: Document, W: RoleWords, hit: Hit, a0: int, a: ActorMention) -> bool:
    """The side at a0, after an affiliation word or a noun of its members, is the side hit: the owner of what was
    hit, or a side the registry knows whose people are counted dead or hurt (an unknown unit is left as it was: on a
    feed check, a fight left with no doer by it was merged into another account of the day)."""
    return _owned_target(doc, W, a0) or bool(a.canonical) and _dead_of_the_side(doc, W, hit, a0)


def _dead_of_the_side(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """The side at a0, after the trigger and a noun of its members, is the side whose people are counted dead or
    hurt ("أدت الاشتباكات إلى مقتل العشرات من عناصر داعش", "سقوط العشرات من عناصر داعش بين قتيل وجريح"): it was
    hit; its members' noun does not make it the doers' group (announce22)."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    counted_at = a0 - 1 if a0 - 1 > s0 and doc.seg.tokens[a0 - 1].text in OPENING_MARKS else a0  # "عناصر (داعش)"
    if not _among_the_counted(doc, W, counted_at, s0):
        return False
    a_end = next((e for b0, e, _ in doc.actors_in(a0, a0 + 1)), a0 + 1)
    return bool(stems(doc, max(hit.last, a0 - DEAD_COUNT_REACH), a0) & W.dead_or_hurt_words or
                stems(doc, a_end, min(s1, a_end + TOLL_AFTER)) & W.toll_words)


COUNTED_SUBJECT_REACH = 4   # words a count of the doers may take between its verb and their side ("نحو 40 من أفراد")


def _counted_subject(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """The actor at a0 is the side of people counted right after a verb of storming or raiding that opens its
    clause ("اقتحم العشرات من أفراد الشرطة ساحات المسجد", "هاجم عشرات المستوطنين القرية"): its subject, the
    doers, not people the act befell (`counted_subject_verbs`)."""
    if not 0 < a0 - hit.last <= COUNTED_SUBJECT_REACH or not _storming_verb(W, doc, hit) or \
            not _verb_first(doc, W, hit):
        return False
    s0, _ = doc.sentence_bounds(hit.sentence)
    first = bare_stems(doc, hit.last)
    count_first = bool(first & W.partitive_heads) or any(
        doc.token_of(n.span.start) == hit.last for n in doc.numbers_in(hit.last, a0))
    return count_first and _among_the_counted(doc, W, a0, s0)


def _storming_verb(W: RoleWords, doc: Document, hit: Hit) -> bool:
    """The hit is one verb of storming or raiding, whose people counted are its doers (`counted_subject_verbs`)."""
    return hit.trigger.pos == "verb" and hit.last - hit.first == 1 and \
        bool(token_stems(doc, hit.first) & W.counted_subject_verbs)


def _read_other_party(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a0: int, a: ActorMention,
                      governs_object: bool) -> bool:
    """Read the actor at a0 as a party the act was done to or fought with, where it is one."""
    if _fought_the_counted(doc, W, hit, a0):
        sides.a1 = sides.a1 or a          # "قتل خمسة من مسلحي التنظيم في اشتباكات مع الجيش": the other party
        return True
    if governs_object or _other_party(doc, W, hit, a0):
        # "طرد مقاتلي التنظيم من درنة", "كانت تحت سيطرة الحوثيين", "استعادت عدن من أيدي الحوثيين",
        # "اشتباكات اندلعت مع عناصر التنظيم"
        sides.a2 = sides.a2 or a
        return True
    return False


def _other_party(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """The actor at a0 is named as the side whose ground was taken or hit, or as the side a clash is fought
    with (whether or not the subject is named): the other party, not the doer."""
    return _holder_of_a_place(doc, W, a0) or _from_the_hands_of(doc, W, a0) or _fought_with(doc, W, hit, a0) or \
        _driven_from(doc, W, hit, a0)


def _driven_from(doc: Document, W: RoleWords, hit: Hit, a0: int, ground_words: frozenset[str] = frozenset()) -> bool:
    """After a taking of ground, the actor at a0 follows a bare من, its members' noun between or not ("حررت القوات
    البلدة من تنظيم داعش", "استعادة المدينة من مقاتلي التنظيم"): whom the ground was taken from.  Not a من of
    people counted or a side's members before it ("عناصر من التنظيم"), which names the takers.  `ground_words`:
    the family's words of ground, which stand for the ground as a named place does ("طهروا عدة قرى من مقاتلي
    الجماعة", "حررت القوات مناطق واسعة من التنظيم")."""
    if hit.family not in TERRITORY:
        return False
    toks = doc.seg.tokens
    k = a0 - 1
    if k - 1 > hit.last and bare_stems(doc, k) & W.own_members:
        k -= 1
    if k <= hit.last or toks[k].norm not in W.source_preposition:
        return False
    # the ground stands between: a place, or the pronoun on the trigger ("استعادتها من التنظيم"); not people
    # counted or a side's fighters ("سيطر مقاتلون من التنظيم على")
    ground = doc.places_in(hit.last, k) or object_pronoun(toks[hit.last - 1].text) or \
        any(token_stems(doc, j) & ground_words for j in range(hit.last, k))
    before = bare_stems(doc, k - 1)
    return bool(ground) and toks[k - 1].is_word and not before & (W.own_members | W.partitive_heads | W.member_nouns) \
        and not doc.numbers_in(k - 1, k)


CLASH = "armed_clash"   # events.yaml
FOUGHT_WITH_REACH = 2   # words a clash noun may stand before مع ("اشتباكات عنيفة مع", "اشتباكات اندلعت مع")
PARTY_REACH = 4         # words from مع to the side's name ("مع عناصر تابعة لميليشيا الحوثي")


def _fought_with(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """The actor at a0 is the side a clash is told to be fought with: مع at most two words after the clash
    noun or verb, and only words from مع to the actor; not a clash told as where the dead fell ("في اشتباكات مع")."""
    if not _clash_with(doc, W, hit, a0):
        return False
    s0, _ = doc.sentence_bounds(hit.sentence)
    # "قتل جندي تركي في اشتباكات مع تنظيم داعش", "قتل 18 من مسلحي الحوثي ... مع المقاومة": where the dead
    # fell; whose dead they are decides the sides (`_fought_the_counted`)
    return not (hit.first > s0 and token_stems(doc, hit.first - 1) & W.incident_prepositions or
                _counted_before(doc, W, hit, s0))


def _fought_the_counted(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """The actor at a0 is the side a clash was fought with, the dead counted before it being of another side
    ("قتل خمسة من مسلحي التنظيم في اشتباكات مع الجيش", "سقوط قتلى في صفوف الميليشيا في معارك مع المقاومة"):
    the counted side was hit (actor2), the side they fought is the other party, actor1."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    return _clash_with(doc, W, hit, a0) and _counted_before(doc, W, hit, s0)


def _counted_before(doc: Document, W: RoleWords, hit: Hit, s0: int) -> bool:
    """Some side's dead or hurt are counted before the hit; not a side in the teller's clause ("وقال قائد في
    المقاومة إن مقاتلينا خاضوا مواجهات مع الحوثيين": the commander tells of the fight, he is not among its dead)."""
    return any(_counted_not_telling(doc, W, hit, b0, b_end) for b0, b_end, _ in doc.actors_in(s0, hit.first))


def _clash_with(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """A clash noun or a verb of fighting one another ("واشتبكت مع مسلحي التنظيم"), مع at most two words after
    it, and only words from مع to the actor at a0."""
    if hit.family != CLASH or (hit.trigger.pos != "noun" and not token_stems(doc, hit.first) & W.reciprocal_verbs):
        return False
    toks = doc.seg.tokens
    k = next((j for j in range(hit.last, min(a0, hit.last + FOUGHT_WITH_REACH + 1)) if toks[j].norm in W.party_with),
             None)
    return k is not None and a0 - k <= PARTY_REACH and all(toks[j].is_word for j in range(hit.last, a0))


HOLDER_REACH = 4   # words before an actor a verb of holding may stand at ("يسيطر عليها تنظيم «داعش»")
_ON_PRONOUN = "علي"  # على with an attached pronoun (normalised: "عليها", "عليه", "عليهم")


def _holder_of_a_place(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 is named as holding a place ("التي كانت تحت سيطرة جماعة الحوثيين", "في قبضة الحوثيين",
    "الخاضعة لسيطرة النظام", "قرية يسيطر عليها التنظيم"): the side whose ground was taken or hit, never the doer."""
    toks = doc.seg.tokens
    # a verb of holding with its pronoun object on على, the place: "يسيطر عليها"
    if any(token_stems(doc, k) & W.holding_verbs and toks[k + 1].norm.startswith(_ON_PRONOUN)
           for k in range(max(0, a0 - HOLDER_REACH), a0 - 1)) or _user_of_a_place(doc, W, a0):
        return True
    k = a0 - 1
    if k >= 2 and bare_stems(doc, k) & (W.holder_heads | W.own_members):
        k -= 1   # "تحت سيطرة جماعة المتمردين الحوثيين": the group's head word stands outside its name
    if k < 1 or not token_stems(doc, k) & W.holding_nouns:
        return False
    return toks[k - 1].norm in W.holding_prepositions or toks[k].norm.startswith(_GLUED_PREPOSITION)


def _user_of_a_place(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 is the subject of a verb of using or being stationed in, in a relative clause on what was
    hit, the verb carrying the thing's pronoun or followed by the place's ("مخازن يستخدمها حزب العمال", "معسكرات
    يتخذها الحوثيون مقرات", "مبان تتمركز فيها الميليشيا"): the side whose thing or post was hit, not the doer."""
    toks = doc.seg.tokens
    for k in range(max(0, a0 - HOLDER_REACH), a0):
        if not stems_and_bare(doc, k, k + 1) & W.using_verbs:
            continue
        pronoun_after = k + 1 < a0 and toks[k + 1].norm in W.using_pronouns
        if object_pronoun(toks[k].text) or pronoun_after:
            return True
    return _user_before_its_verb(doc, W, a0)


def _user_before_its_verb(doc: Document, W: RoleWords, a0: int) -> bool:
    """actor41: the actor at a0 is the subject of a verb of being stationed in that follows it, in a clause
    describing the place ("منازل كان مسلحو الحوثي يختبئون فيها", "اللتين لا يزال مقاتلو التنظيم يتحصنون فيهما"):
    a verb of being or a relative right before the actor (event_roles.yaml `place_user_openers`), the verb right
    after it, then the place's pronoun (`using_pronouns`: "فيها").  The side held the place; it is not the doer.
    A thing's pronoun on the verb ("الطائرات التي كانت روسيا تستخدمها في قصف") names what the side acted with,
    so it is left."""
    toks = doc.seg.tokens
    if a0 < 1 or toks[a0 - 1].norm not in W.place_user_openers:
        return False
    return any(v + 1 < len(toks) and stems_and_bare(doc, v, v + 1) & W.using_verbs and
               toks[v + 1].norm in W.using_pronouns for _, v, _ in doc.actors_in(a0, a0 + 1))


def _passive_agent(doc: Document, W: RoleWords, a0: int, prev_stems: set[str]) -> bool:
    """The word right before the actor at a0 marks the doer: not a target word, nor hands after من ("من
    أيدي المتمردين": whom ground was taken from)."""
    if not prev_stems & W.agent_markers or prev_stems & W.target_markers:
        return False
    return not _from_the_hands_of(doc, W, a0)


def _from_the_hands_of(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 follows من and a word of hands or grip ("من أيدي المتمردين", "من قبضة الميليشيات"), its
    members' noun between them or not ("من يد مقاتلي تنظيم داعش"): whom ground was taken from."""
    k = a0 - 1
    if k >= 2 and bare_stems(doc, k) & W.own_members:
        k -= 1
    return k >= 1 and bool(token_stems(doc, k) & W.hands) and bool(token_stems(doc, k - 1) & W.source_preposition)


def _owns_the_doer(doc: Document, sides: _Sides, a0: int) -> bool:
    """The actor at a0 follows a marked doer with only the word of affiliation between ("التابعة لـ")."""
    if sides.a1 is None or sides.a1_guessed:
        return False
    return doc.token_of(sides.a1.span.end - 1) + 2 == a0


def _group_of_the_doers(sides: _Sides, a: ActorMention, marked: bool) -> None:
    """The group the attackers belong to is actor1; named right after a word that marks the doer, it
    outweighs a subject only guessed from word order."""
    if marked:
        sides.marked_doer(a)
    else:
        sides.a1 = sides.a1 or a


def _read_after_marking_verb(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a: ActorMention) -> None:
    """An actor right after a verb trigger that is itself a target marker: "هاجم تنظيم داعش مواقع الجيش"
    names its subject first, "الغارة التي استهدفت تنظيم ..." and "هاجموا الجيش" their object."""
    if sides.a1 is None and _verb_first(doc, W, hit) and \
            (not _joined_verb(doc, hit) or _same_side_before(doc, hit, a)):
        sides.a1 = a
    else:
        sides.a2 = sides.a2 or a


def _owned_target(doc: Document, W: RoleWords, a0: int) -> bool:
    """The affiliation word before the actor at a0 follows a thing or a post ("مدرعة تابعة لـ"), or
    one with its adjective or complement ("نقطة تفتيش تابعة لـ", "قاعدة عسكرية تابعة لـ")."""
    # the nearest such word: in "هاجم مسلحون نقطة تابعة للجيش" the attackers' own noun is one too
    for j in range(a0 - 1, max(1, a0 - 3) - 1, -1):
        if token_stems(doc, j) & W.affiliation:
            return bool(_without_accusative_alif(stems(doc, j - OWNED_THING_REACH, j)) & W.owned_things)
    return False


_ACCUSATIVE_ALIF = "ا"   # the written alif of an indefinite object ("استهدفت رتلا", "دمرت مخزنا")
_ACCUSATIVE_MIN = 4      # letters a word keeps with it: "رتلا" is رتل, "هذا" is no noun with it


def _without_accusative_alif(words: set[str]) -> set[str]:
    """`words` with, besides, each one ending in the alif of the indefinite accusative read without it
    ("معسكرا تابعا لـ": معسكر, the thing the affiliation word describes; owners24)."""
    return words | {w[:-1] for w in words if w.endswith(_ACCUSATIVE_ALIF) and len(w) >= _ACCUSATIVE_MIN}


def _joined_verb(doc: Document, hit: Hit) -> bool:
    """A verb joined by و or ف to what its sentence told before, where an actor already stands as a subject
    ("دخلت القوات المدينة وطردت المسلحين منها"): the verb shares that subject, so the actor right after it is
    its object."""
    word = doc.seg.tokens[hit.first].norm
    if len(word) <= 3 or not word.startswith((_CONJUNCTION, "ف")):
        return False
    s0, _ = doc.sentence_bounds(hit.sentence)
    # the shared subject is in the same report: not before a complementiser ("قال X: إن الثوار ... وقصف")
    said = [k for k in range(s0, hit.first) if token_stems(doc, k) & COMPLEMENTISERS]
    start = said[-1] + 1 if said else s0
    return any(a.kind not in ("civilians",) for _, a_end, a in doc.actors_in(start, hit.first)
               if a_end < hit.first - 1)


def _same_side_before(doc: Document, hit: Hit, a: ActorMention) -> bool:
    """The nearest actor before the trigger in its sentence is `a` itself ("بعد شن طيران النظام غارات وقصف
    قوات النظام القرى"): a side does not act on itself, so `a` is the doer named again."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    before = [b for _, _, b in doc.actors_in(s0, hit.first) if b.kind not in ("civilians",)]
    return bool(before) and bool(a.canonical) and before[-1].canonical == a.canonical


def _owner_of_a_thing(doc: Document, W: RoleWords, a0: int, a: ActorMention) -> bool:
    """The actor at a0 carries a glued ل right after a thing or a post, or one with its adjective
    ("موقع للجيش", "الموقع الأخير للتنظيم"): it owns that thing."""
    tok = doc.seg.tokens[a0]
    glued_l = a.span.start > tok.start and tok.norm.startswith(_GLUED_PREPOSITION)
    return glued_l and bool(stems(doc, a0 - OWNED_THING_REACH, a0) & W.owned_things)


def _verb_first(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """Whether a verb trigger stands first in its clause, so that the actor right after it is its subject:
    only openers (particles, complementisers, a date or a place) before it, no relative pronoun whose
    antecedent is the subject, and no plural or dual ending that already holds the subject."""
    toks = doc.seg.tokens
    if toks[hit.last - 1].norm.endswith(tuple(W.subject_suffixes)):
        return False
    c0, _ = doc.clause(hit.first)
    k = hit.first - 1
    if k < c0:
        return True
    if not toks[k].is_word:
        # a quotation or a bracket closes a noun before the verb («حربا على الإرهاب» تستهدف), unless it opens the
        # clause (وجاء في البيان: "استهدف سلاح الجو التركي ثلاثة مواقع")
        return k == c0 and toks[k].text in OPENING_MARKS
    if token_stems(doc, k) & W.relatives:
        return False
    if token_stems(doc, k) & (W.verb_preludes | COMPLEMENTISERS) or toks[k].norm in ("و", "ف"):
        return True
    # "وفي العريش هاجم مسلحون", "الثلاثاء هاجم مسلحون": a place or a date closes the words before
    return any(p1 == hit.first for _, p1, _ in doc.places_in(max(c0, k - 4), hit.first)) or \
        any(d.last_token + 1 >= hit.first for d in doc.dates_in(max(c0, k - 6), hit.first))


def _read_after_by_position(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a0: int, a: ActorMention,
                            prev_stems: set[str]) -> None:
    """An unmarked actor after the trigger: "من" or a glued ل right after a noun names the doer,
    a glued ل further on the target; right after a verb, its subject (VSO)."""
    gap = a0 - hit.last
    glued_l = a.span.start > doc.seg.tokens[a0].start and doc.seg.tokens[a0].norm.startswith(_GLUED_PREPOSITION)
    if prev_stems & W.source_preposition and gap <= 1:
        _read_source(hit, sides, a)
    elif hit.trigger.pos == "noun" and gap == 1 and _unit_of(doc, W, hit.last):
        sides.marked_doer(a)              # "هجوم للجان المقاومة": the ل of the incident noun names its unit
    elif glued_l and gap <= 1 and (hit.trigger.pos == "noun" or _owner_of_a_thing(doc, W, a0, a)):
        _read_glued_l(doc, W, sides, (a0, a), gap, hit.family)
    elif hit.trigger.pos == "verb" and gap <= 1:
        _read_after_verb(doc, W, hit, sides, a, gap, glued_l)
    elif _subject_past_the_day(doc, hit, a0):
        sides.a1 = sides.a1 or a          # "المطار الذي استعادته الأسبوع الماضي القوات الموالية للحكومة"
    elif hit.trigger.pos == "noun" and gap == 0 and token_stems(doc, hit.last - 1) & W.doer_nouns:
        sides.marked_doer(a)              # construct: "هجوم داعش", "غارات التحالف", "قصف قوات النظام"
    elif glued_l:
        sides.a2 = sides.a2 or a          # "استهدفا تجمعا لقوات فجر ليبيا"


def _read_glued_l(doc: Document, W: RoleWords, sides: _Sides, cand: tuple[int, ActorMention], gap: int,
                  family: str) -> None:
    """An actor with a glued ل at most a word after the trigger: the owner of what the trigger's object names
    ("تدمير آلية للتنظيم"), or of the weapons store the trigger itself names ("مخزن أسلحة للحوثيين", "مخازن
    للتنظيم"); else the incident noun's doer ("هجوم لحركة الشباب", "غارة جوية للتحالف"), which outweighs a subject
    only guessed from word order ("قتل عشرة من عناصر التنظيم في غارة للتحالف")."""
    a0, a = cand
    if (gap == 1 or gap == 0 and family == "disrupted_weapons") and _owner_of_a_thing(doc, W, a0, a):
        sides.a2 = sides.a2 or a
    else:
        sides.marked_doer(a)


def _subject_past_the_day(doc: Document, hit: Hit, a0: int) -> bool:
    """A verb trigger whose object is its attached pronoun ("استعادته"), and only a day between it and the
    actor at a0: the object is held, so the actor is the subject."""
    return hit.trigger.pos == "verb" and object_pronoun(doc.seg.tokens[hit.last - 1].text) and \
        any(d.first_token == hit.last and a0 - 1 <= d.last_token <= a0 for d in doc.dates_in(hit.last, a0))


def _read_source(hit: Hit, sides: _Sides, a: ActorMention) -> None:
    """An actor right after من after the trigger: where a shot came from ("صاروخ من بوكو حرام"), or whom
    ground was taken from ("التي تمت استعادتها من الحوثيين")."""
    if hit.family in TERRITORY:
        sides.a2 = sides.a2 or a
    else:
        sides.a1 = sides.a1 or a


def _unit_of(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a unit noun with a glued ل ("لمجموعة", "للجان")."""
    return doc.seg.tokens[k].norm.startswith(_GLUED_PREPOSITION) and bool(token_stems(doc, k) & W.unit_nouns)


def _read_after_verb(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a: ActorMention, gap: int,
                     glued_l: bool) -> None:
    """An unmarked actor right after a verb trigger (`gap`: the words between): its subject, or the owner of
    the unit that is ("هاجمت مفرزة للجيش"); the object of a verb that shares an earlier subject."""
    if glued_l and gap == 1 and token_stems(doc, hit.last) & W.unit_nouns and _verb_first(doc, W, hit):
        sides.a1 = sides.a1 or a          # "هاجمت مفرزة للجيش مواقع": the unit, the verb's subject, is the actor's
    elif glued_l:
        sides.a2 = sides.a2 or a          # "استهدفوا تجمعا لقوات فجر ليبيا"
    elif gap == 0 and _holds_its_object(doc, hit) and _joined_verb(doc, hit):
        _subject_of_a_joined_verb(sides, a)   # "وتمركز المسلحون في المعسكر واستهدفته الطائرات"
    elif gap == 0 and _joined_verb(doc, hit) and not _same_side_before(doc, hit, a):
        sides.a2 = sides.a2 or a          # "دخلت القوات المدينة وطردت المسلحين": the subject is the first verb's
    elif gap == 0:
        sides.a1 = sides.a1 or a          # VSO: "استهدفت قوات X ..."
    elif gap == 1 and _subject_a_word_on(doc, W, hit):
        sides.a1 = sides.a1 or a


def _holds_its_object(doc: Document, hit: Hit) -> bool:
    """A verb trigger carrying its object as a pronoun ("واستهدفتها", "وقصفوه"): the object is held, so the side
    right after the verb is its subject, even when the verb is joined to an earlier clause (doers26)."""
    return hit.trigger.pos == "verb" and object_pronoun(doc.seg.tokens[hit.last - 1].text)


def _subject_of_a_joined_verb(sides: _Sides, a: ActorMention) -> None:
    """The side right after a joined verb holding its object as a pronoun is its subject: it is the doer, and a side
    the earlier clause gave as doer is, if anything, the one whose place or thing the pronoun names ("وتمركز
    المسلحون في المعسكر واستهدفته الطائرات": the fighters were hit)."""
    if sides.a1 is not None and sides.a1 is not a:
        sides.a2 = sides.a2 or sides.a1
    sides.a1 = a
    sides.a1_guessed = False


def _subject_a_word_on(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """The word right after a verb trigger leaves the actor after it the subject: a pronoun object behind a
    preposition ("التي سيطرت عليها المقاومة"), or the side's members' noun ("ضبطت قوات حرس الحدود السعودية")."""
    if doc.seg.tokens[hit.last].norm in W.resumptive:
        return True
    return bool(bare_stems(doc, hit.last) & W.own_members) and \
        _verb_first(doc, W, hit)


def _read_before(doc: Document, lex: EventLexicon, hit: Hit, sides: _Sides, actor, prev_stems: set[str],
                 pronoun_object: bool) -> None:
    """An actor before the trigger: its subject (SVO, or a light verb between), unless it only reports
    the incident, is a party to it, is among its dead, or is the antecedent of an object pronoun."""
    a0, a_end, a = actor
    W = lex.words
    c0, _ = doc.clause(hit.first)
    between = stems(doc, a_end, hit.first)
    # the light verb may also stand before its subject: "وبدأت قوات X في 12 مايو عمليتها"
    verb_first = stems(doc, max(c0, a0 - 2), a0) & W.light_verbs
    if _read_counted_before(doc, W, hit, sides, actor, c0) or between & W.when_conjunctions:
        return  # "قتل جندي تركي عندما انفجر لغم": a side before عندما belongs to the clause it closes
    if hit.trigger.pos == "noun" and not (between & W.light_verbs or verb_first) and \
            (hit.first - a_end > 1 or between & W.incident_prepositions):
        return  # "قتل جنديان مصريان في انفجار": a noun after a preposition names no subject before it
    if prev_stems & (W.target_markers | W.party_with) or between & (W.against | W.party_with):
        return  # "المواجهات مع القوات التونسية إثر هجوم": a party to the fighting, not this subject
    if _answers_it(doc, W, hit, (a0, a_end), c0):
        return  # "أدانت المنظمة أمس قصف المتمردين", "صدت القوات هجوما": who condemns or repels did not carry it out
    if _acted_on(doc, W, hit, sides, a0, a):
        # "على الموقع الأخير للتنظيم، بالإضافة لقصف مدفعي", "مخازن يستخدمها الحزب دمرت": it owns what was hit;
        # "طاردت قوات البيشمركة مسلحي داعش ... وقتلت": the object of the subject's own verb
        sides.a2 = sides.a2 or a
        return
    if _only_tells_it(doc, lex, hit, actor, between):
        return  # "قالت الشرطة إن الانتحاريات فجرن", "سرت التي جرى تحريرها", "وقال المرصد «خطف عناصر من"
    if _backs(doc, lex, a0):
        return  # "وشنت القوات بدعم جوي من التحالف هجمات": who backed the act, not its subject
    if pronoun_object and not is_state(a):
        sides.a2 = a    # "تنظيمات تدعم داعش بعد طرده": the pronoun's antecedent lost the ground
        return
    if sides.a1 is not None and sides.a1_guessed and joined_to(doc, sides.a1, a0):
        return  # "استعادت المقاومة الشعبية والجيش الوطني القصر": the first of joined subjects leads
    # SVO, or a light verb between ("قوات X شنت هجوما"); of subjects joined by و ("ردت القوات السعودية وحرس
    # الحدود بقصف"), the first leads, though only the last stands right before the trigger
    sides.a1 = _first_of_partners(doc, W, a)
    sides.a1_guessed = True




def _read_counted_before(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, actor, c0: int) -> bool:
    """Read an actor (start, end, mention) before the trigger whose people are counted, and say whether it was:
    right before a verb of storming they did it ("العشرات من أفراد الشرطة اقتحموا الحي"); otherwise they are
    among the dead, not the attackers, or the side that repelled the attack: the side hit (`_hit_before`)."""
    a0, a_end, a = actor
    if a_end == hit.first and _storming_verb(W, doc, hit) and \
            _among_the_counted(doc, W, a0, doc.sentence_bounds(hit.sentence)[0]):
        sides.a1 = sides.a1 or a
        return True
    if _hit_before(doc, W, hit, (a0, a_end), c0):
        sides.a2 = sides.a2 or a   # the side hit, or the side that repelled the attack (attempt21)
        return True
    return False


REPELLED_OBJECT_REACH = 6   # tokens from a verb of repelling to the attack it repelled ("تصدت المقاومة والجيش، امس، لهجمات")


def _hit_before(doc: Document, W: RoleWords, hit: Hit, span: tuple[int, int], c0: int) -> bool:
    """The actor at `span`, before the trigger, is the side hit: among the dead ("قتل ثلاثة من أفراد الشرطة في
    هجوم"), not the attackers, or the side that repelled the attack ("تصدت المقاومة لهجوم شنه الحوثيون": it was
    attacked)."""
    return _counted_not_telling(doc, W, hit, *span) or (_repels(doc, W, hit, span[0], c0) and _faced_object(doc, W, hit))


def _faced_object(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """The trigger, ل glued, is the object of a verb of repelling a few words before it ("تصدت المقاومة والجيش، امس،
    لهجمات"), not a noun further on in a clause of its own ("للتصدي للتهديد في وقت تتزايد الاعتداءات")."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    return doc.seg.tokens[hit.first].norm.startswith(_GLUED_PREPOSITION) and len(token_stems(doc, hit.first)) > 1 and \
        bool(stems(doc, max(s0, hit.first - REPELLED_OBJECT_REACH), hit.first) & W.repelling_verbs)


def _acted_on(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a0: int, a: ActorMention) -> bool:
    """The actor at a0, before the trigger, is a side acted on: it owns what was hit (`_owns_what_was_hit`), or it
    is the object of the verb of the subject already read (`_object_of_the_subjects_verb`)."""
    return _owns_what_was_hit(doc, W, a0, a, hit) or _object_of_the_subjects_verb(doc, W, hit, sides, a0)


def _object_of_the_subjects_verb(doc: Document, W: RoleWords, hit: Hit, sides: _Sides, a0: int) -> bool:
    """Subject, verb, object, then a verb joined by و or ف that is the trigger or its helper ("قوات البيشمركة طاردت
    مسلحي داعش في قرية وقتلت خمسة منهم", "رجال المقاومة هزموا ميليشيات الحوثي وتمكنوا من تحرير"): the joined verb
    shares the subject, so the side right after the first verb is its object, not the doer (doers25)."""
    v = a0 - 2 if a0 > 2 and token_stems(doc, a0 - 1) & W.own_members else a0 - 1   # "طاردت مسلحي داعش"
    if sides.a1 is None or v < 1 or not _verb_shape(W, doc.seg.tokens[v].norm):
        return False
    s0, _ = doc.sentence_bounds(hit.sentence)
    if not any(b_end == v for _, b_end, _ in doc.actors_in(s0, v)):
        return False
    joined = hit.first if hit.trigger.pos == "verb" else helper_before(doc, W, hit, s0)
    word = doc.seg.tokens[joined].norm if joined is not None and joined > a0 else ""
    return len(word) > 3 and word.startswith((_CONJUNCTION, "ف"))


def _verb_shape(W: RoleWords, word: str) -> bool:
    """A word shaped as a finite verb of the third person: a past one with a plural or dual ending (هزموا) or the
    feminine ت (طاردت, not a plural in ات), or a present one in ي (يلاحق); never a definite noun."""
    if word.startswith("ال") or not 3 <= len(word) <= 8:
        return False
    return word.endswith(tuple(W.subject_suffixes)) and len(word) > 3 or \
        word.endswith("ت") and not word.endswith("ات") and len(word) >= 4 or word[0] == "ي" and len(word) >= 4


def _owns_what_was_hit(doc: Document, W: RoleWords, a0: int, a: ActorMention, hit: Hit) -> bool:
    """The actor at a0 owns the thing named before it (`_owner_of_a_thing`) or uses or holds it (`_user_of_a_place`);
    or, before a taking of ground, holds the post it completes ("اقتحمت المقاومة معقل مليشيات الحوثي وسيطرت")."""
    return _owner_of_a_thing(doc, W, a0, a) or _user_of_a_place(doc, W, a0) or _belongs_to(doc, W, a0) or \
        hit.family in TERRITORY and _post_of(doc, W, a0) or _post_past_a_mark(doc, W, a0)


def _post_of(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 completes a post or a thing in construct, the word right before it, without the article
    ("معقل مليشيات الحوثي", "مواقع التنظيم", "مقر قيادة"): the side that holds it (doers23)."""
    if a0 < 1 or not doc.seg.tokens[a0 - 1].is_word:
        return False
    word = doc.seg.tokens[a0 - 1].norm
    return not word.startswith(("ال", "وال")) and bool(token_stems(doc, a0 - 1) & W.owned_things)


def _post_past_a_mark(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 opens with a quotation mark or a bracket right after a post or a thing, bare or with a glued
    ل ("قصف مواقع (جبهة النصرة)", "هجوم على مقر «الفرقة 30»", "مواقع لـ«داعش»"): the name set off that way
    completes the post, whose holder it is (victims39; kwic.py: 36 such "post noun + mark + armed group" on the
    feed, the group the holder of the post in every one)."""
    toks = doc.seg.tokens
    if a0 < 2 or toks[a0 - 1].text not in OPENING_MARKS:
        return False
    k = a0 - 2
    if toks[k].norm == _GLUED_PREPOSITION and k > 0:
        k -= 1   # "مواقع لـ«داعش»", the ل split off
    word = toks[k].norm
    return toks[k].is_word and not word.startswith(("ال", "وال")) and \
        bool(_without_accusative_alif(token_stems(doc, k)) & W.owned_things)


BELONGING_REACH = 4   # words from a verb of belonging to the owner ("تعود لناشطين في حركتي حماس")


def _belongs_to(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 owns what was hit, named after a verb of belonging and its ل or إلى ("سيارات تعود
    لناشطين في حركة حماس دمرت في انفجار", "عجلات مفخخة تعود لتنظيم داعش"): the side hit, not the doer."""
    toks = doc.seg.tokens
    return any(token_stems(doc, k) & W.belonging_verbs and
               (toks[k + 1].norm.startswith(_GLUED_PREPOSITION) or toks[k + 1].norm in W.belonging_prepositions)
               for k in range(max(0, a0 - BELONGING_REACH), a0))


def _counted_not_telling(doc: Document, W: RoleWords, hit: Hit, a0: int, a_end: int) -> bool:
    """The actor a0..a_end before the trigger is among people counted ("ثلاثة من أفراد الشرطة", "قيادي في
    التنظيم"), and not the one who tells the incident in a clause of his own."""
    return _among_the_counted(doc, W, a0, doc.sentence_bounds(hit.sentence)[0]) and not _speaks_before(doc, hit, a_end)


def _speaks_before(doc: Document, hit: Hit, a_end: int) -> bool:
    """A complementiser opens the hit's clause after the actor ending at a_end ("وأكد قائد في المقاومة أن الثوار
    سيطروا"): the actor is in the clause of the one who tells it, not among those the incident befell."""
    comp = _complement_clause(doc, hit)
    return comp is not None and comp >= a_end


def _only_tells_it(doc: Document, lex: EventLexicon, hit: Hit, actor, between: set[str]) -> bool:
    """The actor (start, end, mention), before the trigger, reports the incident rather than doing it (`between`:
    the stems from the actor to the trigger)."""
    a0, a_end, a = actor
    return _reports_only(lex, between) or _another_one_said(doc, hit, a0, a_end) or \
        _quotes_it(doc, lex.words, a0, a_end, hit.first, a) or _outsider_telling(doc, lex.words, a0, a) or \
        _announces_its_own_dead(doc, lex, hit, a0, a_end) or _mourns_the_dead(doc, lex.words, hit, a0, a_end)


OWN_DEAD_REACH = 3   # words after a death report's trigger the members' noun of its count may stand at ("استشهاد أحد
                     # أبنائها", "مقتل اثنين من عناصره")
ANNOUNCER_REACH = 4  # words before the actor the verb of announcing may stand at, its title between ("أعلنت القيادة
                     # العامة للقوات المسلحة الإماراتية"); set on the feed's 8 such announcements


def _announces_its_own_dead(doc: Document, lex: EventLexicon, hit: Hit, a0: int, a_end: int) -> bool:
    """"أعلنت القوات المسلحة الإماراتية عن استشهاد أحد أبنائها": the actor a0..a_end, the subject of a verb of saying
    or announcing just before it or between it and the trigger ("وكانت القيادة العامة أعلنت عن استشهاد"), tells a
    death report whose dead are its own (a members' noun whose pronoun agrees with that verb, event_roles.yaml
    `own_dead_feminine`/`own_dead_masculine`): the side the deaths befell, not their doer."""
    if not lex.families[hit.family].outcome:
        return False
    W = lex.words
    c0, _ = doc.clause(a0)
    around = [*range(a0 - 1, max(c0, a0 - ANNOUNCER_REACH) - 1, -1), *range(a_end, hit.first)]
    verbs = next((token_stems(doc, k) & W.reporting_verbs for k in around if token_stems(doc, k) & W.reporting_verbs),
                 None)
    if not verbs:
        return False
    own = W.own_dead_feminine if any(v.endswith("ت") for v in verbs) else W.own_dead_masculine
    s1 = doc.sentence_bounds(hit.sentence)[1]
    return any(token_stems(doc, k) & own for k in range(hit.last, min(s1, hit.last + OWN_DEAD_REACH)))


def _mourns_the_dead(doc: Document, W: RoleWords, hit: Hit, a0: int, a_end: int) -> bool:
    """The actor a0..a_end before the trigger mourns the dead (victims39): it conveys condolences between it and the
    trigger ("نقل مدير عام حرس الحدود تعازي ... لذوي الشهيد ... الذي استشهد إثر إصابته بمقذوفات"), or it is the
    subject of a verb of saying or announcing (as `_announces_its_own_dead` finds it) and a word of martyrdom stands
    between it and the trigger's end ("أعلن الناطق العسكري استشهاد ضابط ... في انفجار عبوة"): martyrdom is told by
    the side the deaths befell or its friends, never by their doer (event_roles.yaml `condolence_words`,
    `martyrdom_words`)."""
    if any(token_stems(doc, k) & W.condolence_words for k in range(a_end, hit.first)):
        return True
    if not any(token_stems(doc, k) & W.martyrdom_words for k in range(a_end, hit.last)):
        return False
    c0, _ = doc.clause(a0)
    around = [*range(a0 - 1, max(c0, a0 - ANNOUNCER_REACH) - 1, -1), *range(a_end, hit.first)]
    return any(token_stems(doc, k) & W.reporting_verbs for k in around)


def _speaker_mourns(doc: Document, W: RoleWords, hit: Hit, speaker: ActorMention) -> bool:
    """The force whose statement the hit's sentence reports, named in that sentence before the trigger, mourns the
    dead there (`_mourns_the_dead`: "أعلنت المديرية العامة لحرس الحدود استشهاد 3 من حرس الحدود بقذيفة هاون"): its
    own men were hit; it did not fire (victims39)."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    a0, a_end = doc.token_of(speaker.span.start), doc.token_of(speaker.span.end - 1) + 1
    return s0 <= a0 and a_end <= hit.first and _mourns_the_dead(doc, W, hit, a0, a_end)


def _outsider_telling(doc: Document, W: RoleWords, a0: int, a: ActorMention) -> bool:
    """The actor at a0 is the subject of a verb of saying, announcing or condemning right before it and bears no arms
    (a monitor, a party, an international organisation, a media outlet): what it tells or condemns ("أعلن المرصد
    السوري لحقوق الإنسان قصف الطيران المروحي", "دانت منظمة هيومن رايتس ووتش قصف المتمردين") another did.  An
    armed side or a state may announce its own act ("أعلن الجيش مقتل 20 من عناصر داعش")."""
    if not _unarmed(a):
        return False
    c0, _ = doc.clause(a0)
    return bool(stems(doc, max(c0, a0 - QUOTING_REACH), a0) & W.telling_words)


def _unarmed(a: ActorMention) -> bool:
    """A monitor, a party, an international organisation, a media outlet: no state and no armed side."""
    return not (is_state(a) or a.kind in ARMED_KINDS or _non_state_group(a))


QUOTING_REACH = 2   # words before an actor a verb of saying whose subject it is may stand at ("وقال أمس المرصد")
# ... and for an unarmed body, named in its speaker's title: the speaker's name and title between ("وقال رامي عبد
# الرحمن مدير المرصد «تهدم جزء من الجسرين جراء استهدافهما بغارات»")
TITLED_QUOTING_REACH = 6


def _quotes_it(doc: Document, W: RoleWords, a0: int, a_end: int, trigger: int, a: ActorMention | None = None) -> bool:
    """The actor at a0 is the subject of a verb of saying, or an unarmed body in its speaker's title, and a
    quotation opens between it and the trigger ("وقال المرصد «خطف عناصر من جبهة النصرة"): it says what the quoted
    words tell, it did not do it."""
    toks = doc.seg.tokens
    lo = max(0, a0 - QUOTING_REACH)
    if a is not None and _unarmed(a):
        lo = min(lo, max(doc.clause(a0)[0], a0 - TITLED_QUOTING_REACH))
    said = any(token_stems(doc, k) & W.reporting_verbs for k in range(lo, a0))
    return said and any(toks[k].text in QUOTES or toks[k].text == ":" for k in range(a_end, trigger))


def _another_one_said(doc: Document, hit: Hit, a0: int, a_end: int) -> bool:
    """"أشارت السلطات إلى أنه فجر نفسه": a verb after "أنه" whose pronoun cannot be the feminine speaker before
    it: the speaker tells what another did."""
    if hit.trigger.pos == "noun":
        return False
    said = any(doc.seg.tokens[k].norm in MASCULINE_COMPLEMENTISERS for k in range(a_end, hit.first))
    return said and doc.seg.tokens[a0].norm.endswith(FEMININE_ENDINGS)


BACKER_REACH = 3      # words before an actor "بدعم" may stand at ("بدعم جوي من التحالف")
# words before an actor a word of backing (event_roles.yaml `air_support`) may stand at, the strikes and their
# verb between ("مقاتلون مدعومون بضربات جوية ينفذها التحالف"): the actor backs the act; kwic: 53 such on the feed
SUPPORTED_REACH = 5


def _backs(doc: Document, lex: EventLexicon, a0: int) -> bool:
    """The actor at a0 is named after "بدعم" (events.yaml, modality: backing), or as backing the side before it:
    it supported the act."""
    backing = lex.modality.get("backing", frozenset())
    c0, _ = doc.clause(a0)
    return any(doc.seg.tokens[k].norm in backing for k in range(max(c0, a0 - BACKER_REACH), a0)) or \
        any(token_stems(doc, k) & lex.words.air_support for k in range(max(c0, a0 - SUPPORTED_REACH), a0)) or \
        _backs_a_side(doc, lex.words, a0)


BACKED_GAP = 1        # words between a side and the marker of its backer ("المقاومة، بدعم من", "المقاومة وبمساندة من")


def _backs_a_side(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 is named as backing the side right before it ("وكانت المقاومة المسنودة بقوات الجيش الوطني
    وطيران التحالف قد سيطرت", "تمكنت المقاومة وبمساندة من قوات الجيش"), or is a partner joined by و to such a
    backer: the side backed leads the act, as with a verb of managing (`_helper_subject`)."""
    c0, _ = doc.clause(a0)
    toks = doc.seg.tokens
    backers: list[tuple[int, ActorMention]] = []
    named = doc.actors_in(c0, a0 + 1)
    for k, (b0, _, b) in enumerate(named):
        marker = next((j for j in range(max(c0, b0 - 2), b0) if token_stems(doc, j) & W.support_markers), None)
        backed = marker is not None and any(
            x_end <= marker and len([j for j in range(x_end, marker) if toks[j].is_word]) <= BACKED_GAP
            for _, x_end, _ in named[:k])
        partner = any(joined_to(doc, x, b0) for _, x in backers)
        if backed or partner:
            backers.append((b0, b))
    return any(b0 == a0 for b0, _ in backers)


CONDEMNER_REACH = 2   # words before an actor a verb of condemning whose subject it is may stand at ("أدانت أمس X")


def _condemns(doc: Document, W: RoleWords, a0: int, a_end: int, trigger: int) -> bool:
    """The actor at a0..a_end, before the trigger, is the subject of a word of condemning: right after one
    ("أدانت منظمة ... الهجوم") or with one between it and the trigger ("الولايات المتحدة تدين بشدة الهجمات")."""
    c0, _ = doc.clause(a0)
    return bool(stems(doc, max(c0, a0 - CONDEMNER_REACH), a0) & W.condemning_words or
                stems(doc, a_end, trigger) & W.condemning_words)


def _answers_it(doc: Document, W: RoleWords, hit: Hit, span: tuple[int, int], c0: int) -> bool:
    """The actor at `span` (its tokens) condemns the incident, repels it or accuses another of it: it did not carry
    it out."""
    return _condemns(doc, W, span[0], span[1], hit.first) or _repels(doc, W, hit, span[0], c0) or \
        _accuses(doc, W, hit, span[0], c0)


ACCUSED_REACH = 4   # words the accused may take between the accuser and ب of the act ("تركيا", "جبهة النصرة")
ACCUSER_WORDS = 8   # words the accuser's name may take between the verb of accusing and the accused


def _accuses(doc: Document, W: RoleWords, hit: Hit, a0: int, c0: int) -> bool:
    """The actor at a0 is the subject right after a verb of accusing, and the trigger is what another is accused of,
    after ب ("اتهمت الوحدات الكردية تركيا باستهدافها", "اتهمت الحركة جبهة النصرة بخطف"): the accuser."""
    if not doc.seg.tokens[hit.first].norm.startswith(_BY) or a0 - 1 < c0:
        return False
    return bool(token_stems(doc, a0 - 1) & W.accusing_verbs) and \
        hit.first - doc.token_of(doc.actors_in(a0, hit.first)[0][2].span.end - 1) <= ACCUSED_REACH + 1


def _repels(doc: Document, W: RoleWords, hit: Hit, a0: int, c0: int) -> bool:
    """The actor at a0 is the subject of a repelling whose object is the incident noun ("صدت القوات العراقية
    هجوما"): who repelled the attack did not make it (`_repelled`)."""
    return hit.trigger.pos == "noun" and bool(stems(doc, max(c0, a0 - ACTOR_WINDOW), hit.first) & W.repelling_verbs)


def _reports_only(lex: EventLexicon, between: set[str]) -> bool:
    """A complementiser or relative between subject and trigger: the subject says it, or the clause is
    about another noun; except a complementiser whose pronoun is the speaker ("قالت الوزارة إنها تمكنت")."""
    speech = between & (COMPLEMENTISERS | lex.words.relatives)
    return bool(speech) and not (speech <= COMPLEMENTISERS - lex.words.bare_complementisers and
                                 not between & lex.modality.get("exposure", frozenset()))


def _among_the_counted(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """"ثلاثة من أفراد الشرطة", "عدد من الجنود": the actor after a count and من, or after one noun of its
    members there ("عشرة من عناصر تنظيم داعش"), right after a count ("خمسة جنود عراقيين"), or right after
    a noun of what befell people ("مقتل حوثيين")."""
    toks = doc.seg.tokens
    if a0 - 1 >= s0 and token_stems(doc, a0 - 1) & W.befalling_nouns:
        return True  # "مقتل حوثيين": the complement of a death is among the dead
    if a0 - 2 >= s0 and toks[a0 - 1].norm == "في" and token_stems(doc, a0 - 2) & W.member_nouns:
        return True  # "قتل قيادي بارز في تنظيم داعش": the group of the one it befell
    a0 = _past_a_members_noun(doc, W, a0, s0)
    if a0 - 1 >= s0 and _count_ends_at(doc, a0, s0):
        return True  # "قتل خمسة جنود عراقيين في هجوم", "أكثر من 200 حوثيا": people counted, not a force acting
    if a0 - 2 >= s0 and toks[a0 - 1].norm in W.partitive_preposition and \
            stems(doc, max(s0, a0 - 1 - TOLL_OF_REACH), a0 - 1) & W.toll_words:
        return True  # "سقط عشرات القتلى والجرحى من الحوثيين": the dead and wounded of a side
    if a0 - 3 >= s0 and _in_the_ranks(doc, W, a0, s0):
        return True  # "سقوط قتلى وجرحى في صفوف عناصر الميليشيا": the dead and wounded of a side
    if not (a0 - 1 > s0 and toks[a0 - 1].norm in W.partitive_preposition):
        return False
    return _count_before_partitive(doc, W, a0 - 1, s0)


def _count_before_partitive(doc: Document, W: RoleWords, k: int, s0: int) -> bool:
    """A count or a partitive head before the من at k, a hedge or "others" between ("قتل 18 على الأقل من مسلحي
    الحوثي", "ثلاثة آخرين من"), or a count with its noun and a qualifier (`_count_noun_and_qualifier`)."""
    start = k
    while k - 1 > s0 and start - k < COUNT_HEDGE_WORDS and token_stems(doc, k - 1) & W.count_hedges:
        k -= 1
    # a head in the indefinite accusative counts too ("أن عددا من عناصر التنظيم قتلوا", "أسروا عددا من مقاتلي")
    heads = _without_accusative_alif({r.stem for r in readings(doc.seg.tokens[k - 1].norm)})
    return bool(doc.numbers_in(k - 2, k) or heads & W.partitive_heads) or _count_noun_and_qualifier(doc, k, s0)


def _count_noun_and_qualifier(doc: Document, k: int, s0: int) -> bool:
    """A one-word count, the noun counted and one word qualifying it right before the من at k ("ثلاثة قياديين بارزين
    من تنظيم داعش", "260 مقاتلا كرديا من حزب العمال", "خمسة عناصر مفترضين من تنظيم القاعدة"), the qualifier in
    quotation marks or not ("ثلاثة قياديين «بارزين» من"): people counted."""
    toks = doc.seg.tokens
    words: list[int] = []
    j = k - 1
    while j >= s0 and len(words) < 2:
        if toks[j].is_word:
            words.append(j)
        elif toks[j].text not in QUOTES:
            return False   # a comma or a bracket between: not one phrase
        j -= 1
    if len(words) < 2 or words[1] - 1 < s0:
        return False
    c = words[1] - 1
    return any(doc.token_of(n.span.end - 1) == c for n in doc.numbers_in(c, c + 1))


def _past_a_members_noun(doc: Document, W: RoleWords, a0: int, s0: int) -> int:
    """Where the actor at a0 follows من and one word of affiliation or of its members ("من المنتمين لـ", "سبعة من
    قادة تنظيم داعش", "قتلى من قوات جماعة الحوثي"), the token of that word, read as where the side counted is
    named; else a0."""
    if a0 - 2 <= s0 or doc.seg.tokens[a0 - 2].norm not in W.partitive_preposition:
        return a0
    before = token_stems(doc, a0 - 1)
    if before & W.affiliation or {without_article(x) or x for x in before} & (W.own_members | W.member_nouns):
        return a0 - 1
    return a0


def _in_the_ranks(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """The actor at a0 right after "في/بين صفوف", or one member noun after it ("في صفوف عناصر الميليشيا"),
    a toll or losses at most TOLL_OF_REACH words before ("قتلى وجرحى في صفوف", "خسائر بشرية في صفوف")."""
    k = a0 - 1
    if token_stems(doc, k) & W.own_members and k - 1 >= s0 and token_stems(doc, k - 1) & W.ranks:
        k -= 1   # "في صفوف عناصر الميليشيا الحوثية" when the name starts after the members' noun
    if not token_stems(doc, k) & W.ranks or k - 2 < s0:
        return False
    return bool(stems(doc, max(s0, k - 1 - TOLL_OF_REACH), k - 1) & (W.toll_words | W.losses))


def counted(doc: Document, W: RoleWords, a: ActorMention | None) -> bool:
    """Whether the actor `a` is named only as the side of people counted among the dead or hurt."""
    if a is None:
        return False
    a0 = doc.token_of(a.span.start)
    return _among_the_counted(doc, W, a0, doc.sentence_bounds(doc.seg.sentence_of(a0))[0])


COUNT_WORDS = 4   # words a count may span before what it counts ("ما لا يقل عن 200")
COUNT_HEDGE_WORDS = 2   # words of a hedge between a count and the من of whose they are ("18 على الأقل من")
TOLL_OF_REACH = 3  # words a toll noun may stand before the من of whose dead they are ("القتلى والجرحى من")


def _count_ends_at(doc: Document, a0: int, s0: int) -> bool:
    """A number ends right before token a0, however many words it takes ("خمسة", "أكثر من 200"), or spans it."""
    # (a hedge after what it counts belongs to the count too: "3 حوثيين على الأقل")
    return any(doc.token_of(n.span.end - 1) >= a0 - 1 for n in doc.numbers_in(max(s0, a0 - COUNT_WORDS), a0))


def nominal(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A verbal noun ("طرد داعش"), a passive ("تم تحرير") or a noun after a preposition ("بعد طرد")."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    if hit.trigger.pos == "noun" or passive_tense(lex, doc, hit.first, s0) or \
            any(r.stem in lex.passive for r in readings(doc.seg.tokens[hit.first].norm)):
        return True  # "طرد داعش", "بعد أن تم طرد", "تم تحرير" (the auxiliary inside the trigger)
    if hit.first > s0:
        return bool(token_stems(doc, hit.first - 1) & lex.words.noun_governors)
    return False


def default_actor1(doc: Document, W: RoleWords, hit: Hit, actor2, adjectives: dict[str, str], victims,
                   country_name=None):
    """The perpetrator when no word marks it: "غارات أميركية" (a nationality after the trigger);
    for air and artillery strikes a state force the sentence names; for territory, the kind of
    actor that takes (a non-state group) or retakes (a state force) it; for a raid or bombing,
    the armed group its sentence is about."""
    if token_stems(doc, hit.first) & W.repelling_verbs:
        return None  # the side its sentence names is the one that repelled, not the attacker (`_repelled`)
    s0, s1 = doc.sentence_bounds(hit.sentence)
    forces = forces_of_a_nationality(doc, W, hit, adjectives, victims, country_name)
    if forces is not None:
        return forces
    doers = _possible_doers(doc, W, hit, actor2, (s0, s1))
    own = _group_of_its_own_clause(doc, W, hit, doers)
    if own is not None:
        return own
    state = [(abs(a0 - hit.first), a) for a0, a in doers if is_state(a)]
    nonstate = [(abs(a0 - hit.first), a) for a0, a in doers if not is_state(a) and a.canonical]
    air = _air_power_of_the_article(doc, W, hit, doers) if hit.family == "airstrike" else None
    if air is not None:
        return air
    nearest = _nearest_of_its_kind(hit, state, nonstate)
    if nearest is not None:
        return _lead_partner(doc, W, nearest, doers)
    if hit.family in GROUND_ATTACKS | GROUP_ACTIVITIES:
        # a sentence that names only the group hit is not about another one named before it
        named_here = any(_non_state_group(a) for _, _, a in doc.actors_in(s0, s1))
        # nor is one that opens as another incident ("وفي حادث منفصل قال شهود إن انفجارا وقع")
        look_back = not named_here and not opens_as_separate(doc, W, hit.sentence)
        return _lead_partner(doc, W, _group_of_the_sentence(doc, W, hit, nonstate, look_back=look_back), doers)
    return None


AIR_OWNER_REACH = 2   # words after a noun of aircraft its owner may start at ("طائرات التحالف", "الطائرات الحربية للتحالف")


def _air_power_of_the_article(doc: Document, W: RoleWords, hit: Hit, doers: list) -> ActorMention | None:
    """An air strike no word of its own gives a doer ("غارتين جويتين استهدفتا معسكرا تابعا للحرس الجمهوري", "قصف
    الطيران مواقع"): the one side the article names as the owner of aircraft ("شن طيران التحالف غارات"), its
    mention nearest before the strike, rather than a state force its sentence names only as the holder of what was
    hit.  None where the article names no such owner, or more than one, where a state force of the strike's
    sentence is itself the owner named, or where one opens the strike's clause before it as its subject ("وردت
    القوات النظامية بشن حملة من القصف الجوي"; `doers`: the sentence's (first token, actor) pairs that may be guessed).  The owner must be named (a
    registry name, a nationality), not a bare force head given the article's country ("الطيران الحربي")."""
    owners = [(a0, a) for a0, a_end, a in doc.actors_in(0, len(doc.seg.tokens)) if _named_as_aircraft(doc, W, a0, a_end)]
    keys = {actor_key(a) for _, a in owners}
    c0 = doc.clause(hit.first)[0]
    state = [(a0, a) for a0, a in doers if is_state(a)]
    if len(keys) != 1 or any(actor_key(a) in keys or c0 <= a0 < hit.first for a0, a in state):
        return None
    before = [(a0, a) for a0, a in owners if a0 < hit.first]
    owner = before[-1][1] if before else owners[0][1]
    # "وفي سوريا قتل خمسة مدنيين في غارة": a strike in a country no sentence naming the owner's aircraft names may
    # be another air force's (air36: any such sentence, not only the nearest: "كثفت طائرات التحالف الذي تقوده
    # المملكة غاراتها" names the leader's country, "غارات شنتها طائرات التحالف على مواقع للحوثيين في لحج" the war's)
    flown_over = set().union(*(_countries_named(doc, a.sentence, default=True) for _, a in owners))
    if _countries_named(doc, hit.sentence) - flown_over:
        return None
    return owner


def _named_as_aircraft(doc: Document, W: RoleWords, a0: int, a_end: int) -> bool:
    """The actor at tokens a0..a_end is named as the owner of aircraft: a noun of aircraft just before it ("طائرات
    التحالف") or opening its name with a word that says more than the aircraft's sort ("الطائرات التركية")."""
    return any(_aircraft_noun(doc, W, k) for k in range(max(0, a0 - AIR_OWNER_REACH), a0)) or \
        _aircraft_noun(doc, W, a0) and _names_an_owner(doc, W, a0 + 1, a_end)


def flying_doer(doc: Document, W: RoleWords, hit: Hit, sides: tuple[ActorMention, ActorMention | None],
                nationality: ActorMention | None, grounded: frozenset[str]) -> tuple[ActorMention | None, ActorMention | None]:
    """air36: the sides of an air strike whose doer was read as a side that flies no aircraft (events.yaml
    flown_by_aircraft `grounded_kinds`: "مقتل 23 من داعش بقصف لطيران التحالف", "أكد المسؤول في حزب العمال قصف
    الطائرات التركية لمواقعنا", "استهدفت إحدى الغارات دبابة تابعة للحوثيين"): that side was hit, not the striker.
    The doer is the one owner of aircraft the strike's sentence names ("طيران التحالف", "الطائرات التركية"; where it
    was read as actor2 the sides swap), else the forces of a nationality after the strike (`nationality`: "لضربات
    جوية تركية"), else the one air power of the article (`_air_power_of_the_article`), else no one; the grounded
    side becomes actor2 where none was read (`sides`: actor1 and actor2 as read).  A grounded side named in the
    strike's clause before it keeps the strike unless the sentence names one of the first two."""
    actor1, actor2 = sides
    s0, s1 = doc.sentence_bounds(hit.sentence)
    owners = [a for a0, a_end, a in doc.actors_in(s0, s1) if a.kind not in grounded and _named_as_aircraft(doc, W, a0, a_end)]
    victim = actor2 or actor1
    if len({actor_key(a) for a in owners}) == 1:
        return owners[0], (actor1 if actor2 is not None and actor_key(actor2) == actor_key(owners[0]) else victim)
    # the grounded side as the subject of its clause before the blow ("إن الحوثيين ردوا بقصف الأحياء بقذائف الهاون
    # ومضادات الطيران"): a blow of the ground that a word of aircraft near it made a strike; only a doer its
    # sentence names replaces it
    subject = actor1.span is not None and _opens_its_clause(doc, W, doc.token_of(actor1.span.start), hit.first)
    air = nationality or (None if subject else _air_power_of_the_article(doc, W, hit, []))
    if air is None and subject:
        return sides
    return (air if air is not None and actor_key(air) != actor_key(victim) else None), victim


def aircraft_as_actor2(doc: Document, W: RoleWords, sides: tuple[ActorMention | None, ActorMention | None],
                       grounded: frozenset[str]) -> tuple[ActorMention | None, ActorMention | None]:
    """air36: an air strike's actor2 named by its aircraft ("قتلوا جراء قصف للطيران الحربي على مناطق سيطرتهم", the
    ل of the agent read as the target's; "نفذت تركيا ضربات ... استهدفت الطائرات الحربية التركية") is the side that
    struck, never the side hit: it becomes actor1 where none, or a side that flies no aircraft (`grounded`), was
    read (that side then the one hit), and is dropped where it is actor1 itself."""
    actor1, actor2 = sides
    if actor2 is None or actor2.span is None or not _aircraft_noun(doc, W, doc.token_of(actor2.span.start)):
        return sides
    if actor1 is None or actor1.kind in grounded:
        return actor2, actor1
    return (actor1, None) if actor_key(actor1) == actor_key(actor2) else sides


def _opens_its_clause(doc: Document, W: RoleWords, a0: int, first: int) -> bool:
    """The actor at token a0 opens the clause of the trigger at `first`, before it, or stands right after the
    complementiser that does ("إن الحوثيين ردوا بقصف"): the clause's subject."""
    c0 = doc.clause(first)[0]
    return c0 <= a0 < first and (a0 == c0 or doc.seg.tokens[a0 - 1].norm in W.bare_complementisers)


def _countries_named(doc: Document, sentence: int, default: bool = False) -> set[str]:
    """The countries of the places a sentence names; with none, where `default`, the article's main country."""
    s0, s1 = doc.sentence_bounds(sentence)
    found = {m.resolved.country for _, _, m in doc.places_in(s0, s1) if m.resolved and m.resolved.country}
    if not found and default and doc.place_countries:
        found = {doc.place_countries.most_common(1)[0][0]}
    return found


def _aircraft_noun(doc: Document, W: RoleWords, k: int) -> bool:
    return bool(bare_stems(doc, k) & W.aircraft_nouns)


def _names_an_owner(doc: Document, W: RoleWords, first: int, end: int) -> bool:
    """A word of tokens first..end (a name opened by a noun of aircraft) that says more than the aircraft's sort
    ("طيران التحالف", "الطيران الأمريكي"; not "الطيران الحربي", event_roles.yaml `aircraft_kinds`)."""
    return any(doc.seg.tokens[k].is_word and not bare_stems(doc, k) & W.aircraft_kinds
               for k in range(first, end))


def _group_of_its_own_clause(doc: Document, W: RoleWords, hit: Hit, doers: list) -> ActorMention | None:
    """A strike whose clause names an armed group before it and no state force ("قصف سلاح الجو السوري مناطق في
    الزبداني وأن مقاتلي المعارضة ردوا بإطلاق الصواريخ وقذائف المورتر"): that group fired, not the state force
    of another clause of the sentence, which a strike with no subject would otherwise be given."""
    if hit.family not in ("airstrike", "shelling"):
        return None
    c0 = _complement_clause(doc, hit)
    if c0 is None:
        return None
    in_clause = [(a0, a) for a0, a in doers if c0 < a0 < hit.first]
    if not in_clause or in_clause[0][0] != c0 + 1 or any(is_state(a) for _, a in in_clause) or \
            any(a0 >= hit.last and _complement_clause(doc, hit, a0) == c0 for a0, _ in doers):
        return None   # the group opens the clause as its subject, and no side is named after the strike
    a0, a = in_clause[0]
    if not _non_state_group(a) or stems(doc, a0, hit.first) & W.suffering_verbs:
        return None   # "مواقع التنظيم تعرضت لقصف": what was hit
    return _first_of_partners(doc, W, a)


def _complement_clause(doc: Document, hit: Hit, before: int | None = None) -> int | None:
    """The complementiser ("أن", "وأن", "بأنه") that last opens a clause of the hit's sentence before token `before`
    (the trigger by default), or None: with a speaker's two reported clauses, each has its own subject."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    for k in range((hit.first if before is None else before) - 1, s0 - 1, -1):
        norm = doc.seg.tokens[k].norm
        if norm in COMPLEMENTISERS or norm.startswith(_CONJUNCTION) and norm[1:] in COMPLEMENTISERS:
            return k
    return None


def _lead_partner(doc: Document, W: RoleWords, a: ActorMention | None, doers: list) -> ActorMention | None:
    """The first of partners joined by و where the guessed doer `a` is a later one ("ميليشيات الحوثي والقوات
    الموالية لصالح قامت بقصف"): the first leads, as where a cue reads them; partners share a role, so where the
    first may not be the doer (the owner of what was hit: "تجمعات للحوثيين وقوات صالح") neither is `a`."""
    if a is None or not any(x is a for _, x in doers):
        return a   # none, or guessed from another sentence
    lead = _first_of_partners(doc, W, a)
    return lead if any(x is lead for _, x in doers) else None


def _first_of_partners(doc: Document, W: RoleWords, a: ActorMention) -> ActorMention:
    """The first of the partners joined by و that `a` is one of ("ميليشيات الحوثي والقوات الموالية لصالح"), or `a`."""
    s0, s1 = doc.sentence_bounds(a.sentence)
    named = doc.actors_in(s0, s1)
    lead = a
    for j in range(len(named) - 1, 0, -1):
        if named[j][2] is lead and (one_side(doc, W.between_sides, named[j - 1][2], lead) or
                                    _joined_past_an_epithet(doc, W, named[j - 1][2], named[j][0])):
            lead = named[j - 1][2]   # and its own lead, if it is one too
    return lead


def _joined_past_an_epithet(doc: Document, W: RoleWords, first: ActorMention, a0: int) -> bool:
    """The actor at token a0 is joined by و to `first` past one epithet after its name ("جماعة الحوثي المسلحة وأنصار
    صالح"): a partner, as if right after it (`name_epithets`)."""
    end = doc.token_of(first.span.end - 1) + 1
    toks = doc.seg.tokens
    return a0 == end + 1 and toks[end].norm in W.name_epithets and toks[a0].norm.startswith(_CONJUNCTION)


def _possible_doers(doc: Document, W: RoleWords, hit: Hit, actor2, bounds: tuple[int, int]) -> list:
    """The (first token, actor) pairs of the hit's sentence that may be guessed as its doer: not its victims,
    a crowd, who condemns it or mourns its dead (victims39), the owner of what was hit or the holder of a place,
    people counted, nor, for a strike, the force whose post was hit."""
    s0, s1 = bounds
    # nor the side that owns what was hit ("هاجمت المقاومة مواقع للحوثيين وسيطرت على ثلاثة منها")
    actors = [(a0, a_end, a) for a0, a_end, a in doc.actors_in(s0, s1) if not _country_as_place(doc, W, a0, s0)]
    starting_at = {a0: a for a0, _, a in actors}
    cands = [(a0, a) for a0, a_end, a in actors
             if not _the_side_hit(a, actor2) and a.kind not in ("civilians", "protesters", "rioters")
             and not (a_end <= hit.first and (_only_speaks_of_it(doc, W, (a0, a_end, a), hit.first, starting_at)
                                              or _mourns_the_dead(doc, W, hit, a0, a_end)))
             and not _owns_what_was_hit(doc, W, a0, a, hit) and not _other_side_named(doc, W, hit, a0, s0)]
    # people counted ("قتل عشرة من عناصر داعش في هجوم", "خمسة جنود") are among those it befell, not its
    # doers; not so for an arrest, which only a state force makes ("5000 من أفراد الشرطة")
    doers = cands if hit.family == "arrest" else [(a0, a) for a0, a in cands if not _among_the_counted(doc, W, a0, s0)]
    if hit.family in ("airstrike", "shelling"):
        # "غارات على مواقعهم في معسكر 48، مقر الحرس الجمهوري السابق": the force whose post was hit is no shooter
        doers = [(a0, a) for a0, a in doers if not (a0 > s0 and token_stems(doc, a0 - 1) & W.target_markers)]
    return doers


def _other_side_named(doc: Document, W: RoleWords, hit: Hit, a0: int, s0: int) -> bool:
    """The actor at a0 is named as another side than the doer: the holder of a place, whom ground was taken from,
    a backer or leader of the side acting, or the side fought ("بعد معارك مع الميليشيات")."""
    return _holder_of_a_place(doc, W, a0) or _taken_from(doc, W, hit, a0) or _backs_or_leads(doc, W, a0, s0) or \
        _side_fought(doc, W, a0, s0)


FOUGHT_NOUN_REACH = 3   # words a noun of fighting may stand before the مع of the side fought ("معارك عنيفة خاضتها مع")


def _side_fought(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """The actor at a0 follows مع a few words after a noun of fighting ("بعد معارك عنيفة مع الميليشيات"): the side
    fought, which lost the ground or took the blow, not the one to guess as the doer."""
    if a0 - 1 <= s0 or doc.seg.tokens[a0 - 1].norm not in W.party_with:
        return False
    return bool(stems(doc, max(s0, a0 - 2 - FOUGHT_NOUN_REACH), a0 - 1) & W.fought_nouns)


def _only_speaks_of_it(doc: Document, W: RoleWords, actor, trigger: int, starting_at: dict) -> bool:
    """The actor (start, end, mention) before the trigger condemns it, says what another did, or quotes it."""
    a0, a_end, a = actor
    return _condemns(doc, W, a0, a_end, trigger) or _says_anothers_act(doc, a, a_end, trigger, starting_at) or \
        _quotes_it(doc, W, a0, a_end, trigger, a)


def _the_side_hit(a: ActorMention, actor2: ActorMention | None) -> bool:
    """`a` is actor2, or another mention of the same actor (the side hit is not its own attacker)."""
    return a is actor2 or actor2 is not None and bool(a.actor_id) and a.actor_id == actor2.actor_id


def _backs_or_leads(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """The actor at a0 backs the side before it ("تجري بدعم من طيران التحالف") or is named as its leader ("التحالف
    الذي تقوده المملكة"): the side it stands with acts, not it."""
    return _backs_a_side(doc, W, a0) or _leads_the_side_before(doc, W, a0, s0)


def _leads_the_side_before(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """The actor at a0 is the subject of a relative clause on the side right before it, the verb carrying that
    side as its object pronoun ("طائرات التحالف الذي تقوده المملكة", "القوات التي تدعمها واشنطن"): it describes
    that side, which is the one acting."""
    if a0 - 2 <= s0 or not token_stems(doc, a0 - 2) & W.relatives or \
            not object_pronoun(doc.seg.tokens[a0 - 1].text):
        return False
    return any(x_end == a0 - 2 for _, x_end, _ in doc.actors_in(s0, a0))


def forces_of_a_nationality(doc: Document, W: RoleWords, hit: Hit, adjectives: dict[str, str], victims, country_name):
    """An air or artillery strike with a nationality after it ("غارات أميركية"): that country's forces, named
    by the country's bare name (an alias of its forces: SCHEMA.md), else by the adjective as written."""
    s1 = doc.sentence_bounds(hit.sentence)[1]
    if hit.family in ("airstrike", "shelling"):
        nationality = _nationality_after(doc, W, hit, s1, adjectives)
    else:
        nationality = _nationality_of_the_fire(doc, W, hit, s1, adjectives)
    forces = victims(doc, "armed", nationality[0]) if nationality else None
    if forces is None:
        return None
    return dataclasses.replace(forces, name=(country_name(nationality[0]) if country_name else None) or nationality[1])


COUNTRY_SUBJECT_GAP = 1   # words between a country and its verb: joined partners ("الولايات المتحدة وحلفاؤها قصفوا")
LIGHT_VERB_GAP = 2        # words between a verb of carrying out and the strike it governs: a count ("شنوا تسع غارات")
RELATIVE_AFTER = 1        # words between a strike and the relative clause naming its doer ("الغارات الجوية التي نفذتها")


def country_subject(doc: Document, W: RoleWords, hit: Hit) -> tuple[str, str, int] | None:
    """The ISO code, the name as written and the first token of a country named as the doer of the trigger:
    the subject right before a verb trigger ("إن الولايات المتحدة وحلفاءها قصفوا"), or before the verb of carrying
    out that governs a noun trigger ("إن الولايات المتحدة وحلفاءها شنوا تسع غارات"); the subject of a relative
    clause on the noun, the verb carrying its pronoun ("الغارات التي نفذتها تركيا"); or the noun's genitive before
    the preposition of its object ("قصف تركيا لقرية", "هجوم تركيا على المقاتلين").  The state said to strike or
    fight is its armed forces, and its bare name an alias of them (SCHEMA.md)."""
    if hit.trigger.pos == "verb":
        if hit.trigger.tense not in ("past", "present"):
            return None
        # a bare قصف is also the verbal noun: "قصف تركيا لقرية" has its object after ل
        return _country_before(doc, hit.first) or _country_after(doc, W, hit)
    verb = _light_verb_before(doc, W, hit)
    return (_country_before(doc, verb) if verb is not None else None) or _country_after(doc, W, hit) or \
        _country_accused(doc, W, hit) or _country_accused_before(doc, W, hit)


def _country_accused_before(doc: Document, W: RoleWords, hit: Hit) -> tuple[str, str, int] | None:
    """A country accused of an act after ب earlier in the sentence, the strike told after it as the accuser's
    evidence ("اتهمت باكستان الهند بانتهاك وقف إطلاق النار، حيث ذكرت أن أربعة مدنيين قتلوا في قصف"): the accused is
    the doer (ACLED codes the side a report blames), not the accuser; no side but civilians named between."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    toks = doc.seg.tokens
    v = next((k for k in range(s0, hit.first) if token_stems(doc, k) & W.accusing_verbs), None)
    if v is None:
        return None
    for p0, p1, m in doc.places_in(v + 2, min(hit.first, v + ACCUSER_WORDS + 2)):
        if m.resolved is None or m.resolved.kind != "country" or p1 >= hit.first or not toks[p1].norm.startswith(_BY):
            continue
        if any(a.kind != "civilians" for _, _, a in doc.actors_in(p1, hit.first)):
            return None   # another side named after the accusation may be the strike's own doer
        return m.resolved.country, m.name, p0
    return None


def _country_accused(doc: Document, W: RoleWords, hit: Hit) -> tuple[str, str, int] | None:
    """A country right before a noun trigger after ب, a verb of accusing before it in the clause ("اتهمت الوحدات
    الكردية تركيا باستهدافها"): the accused, the doer."""
    c0, _ = doc.clause(hit.first)
    if not doc.seg.tokens[hit.first].norm.startswith(_BY):
        return None
    for p0, p1, m in doc.places_in(max(c0, hit.first - ACCUSED_REACH), hit.first):
        if p1 == hit.first and m.resolved is not None and m.resolved.kind == "country" and \
                stems(doc, max(c0, p0 - ACCUSER_WORDS - 1), p0) & W.accusing_verbs:
            return m.resolved.country, m.name, p0
    return None


def _country_before(doc: Document, v: int) -> tuple[str, str, int] | None:
    """A country opening its clause right before the verb at token v, partners joined by و between."""
    c0, _ = doc.clause(v)
    toks = doc.seg.tokens
    for p0, p1, m in doc.places_in(max(c0, v - COUNTRY_SUBJECT_GAP - 4), v):
        gap = range(p1, v)
        if m.resolved is None or m.resolved.kind != "country" or len(gap) > COUNTRY_SUBJECT_GAP:
            continue
        if all(toks[k].norm.startswith(_CONJUNCTION) for k in gap) and _opens_clause(doc, p0, c0):
            return m.resolved.country, m.name, p0
    return None


def _light_verb_before(doc: Document, W: RoleWords, hit: Hit) -> int | None:
    """The verb of carrying out right before a noun trigger, a count between ("نفذوا 41 ضربة")."""
    c0, _ = doc.clause(hit.first)
    for k in range(hit.first - 1, max(c0, hit.first - LIGHT_VERB_GAP - 1) - 1, -1):
        if token_stems(doc, k) & W.light_verbs:
            return k
        if not doc.numbers_in(k, k + 1):
            return None
    return None


def _country_after(doc: Document, W: RoleWords, hit: Hit) -> tuple[str, str, int] | None:
    """A country right after a noun trigger as its genitive, before على/ضد or a glued ل ("قصف تركيا لقرية"),
    or after a relative pronoun and a verb of carrying out with its pronoun ("الغارات التي نفذتها تركيا")."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    toks = doc.seg.tokens
    for p0, p1, m in doc.places_in(hit.last, min(s1, hit.last + RELATIVE_AFTER + 3)):
        if m.resolved is None or m.resolved.kind != "country":
            continue
        genitive = p0 == hit.last and p1 < s1 and m.written is None and \
            (token_stems(doc, p1) & W.against or toks[p1].norm.startswith(_GLUED_PREPOSITION))
        relative = p0 - 2 >= hit.last and p0 - 2 <= hit.last + RELATIVE_AFTER and \
            token_stems(doc, p0 - 2) & W.relatives and token_stems(doc, p0 - 1) & W.agent_markers
        if genitive or relative:
            return m.resolved.country, m.name, p0
    return None


def _opens_clause(doc: Document, p0: int, c0: int) -> bool:
    """The name starts its clause, or follows a complementiser ("إن", "أن")."""
    return p0 == c0 or (p0 > c0 and bool(token_stems(doc, p0 - 1) & COMPLEMENTISERS))


SOURCE_REACH = 2   # "من" and a word of hands or grip before an actor after a taking ("من قبضة الميليشيات")


def _taken_from(doc: Document, W: RoleWords, hit: Hit, a0: int) -> bool:
    """The actor at a0, after a taking, is whom the ground was taken from ("تحرير محافظتي أبين ولحج من قبضة
    الميليشيات الحوثية وقوات صالح"), not who took it."""
    return hit.family in TERRITORY and a0 - SOURCE_REACH >= hit.last and _from_the_hands_of(doc, W, a0)


def _says_anothers_act(doc: Document, a: ActorMention, a_end: int, trigger: int,
                       starting_at: dict[int, ActorMention]) -> bool:
    """A complementiser between the actor `a` and the trigger with another side right after it ("وأكد المجلس
    العسكري ... أن ميليشيات الحوثي قامت أمس بقصف"): `a` says what the other did.  A state body that says what
    its own state's forces did ("قالت الوزارة إن السلطات اعتقلت") may still stand for them."""
    toks = doc.seg.tokens
    for k in range(a_end, trigger - 1):
        said = starting_at.get(k + 1) if toks[k].norm in COMPLEMENTISERS else None
        if said is not None and not (is_state(a) and is_state(said) and a.country and a.country == said.country):
            return True
    return False


def _nearest_of_its_kind(hit: Hit, state, nonstate):
    """The state force nearest an air or artillery strike or a retaking, the group nearest a taking
    (`state` and `nonstate` are (distance, actor) pairs)."""
    if hit.family == "shelling":
        state = [(d, a) for d, a in state if "Air Force" not in (a.canonical or "")]  # air forces do not shell
    if hit.family in ("airstrike", "shelling") and state:
        return min(state, key=lambda x: x[0])[1]
    if hit.family == "regain" and state and hit.trigger.pos == "verb":
        return min(state, key=lambda x: x[0])[1]  # not "التي جرى تحريرها": a passive names no one
    if hit.family == "overtake" and nonstate:
        return min(nonstate, key=lambda x: x[0])[1]
    forces = [(d, a) for d, a in state if a.kind in FORCE_KINDS]
    if hit.family == "arrest" and forces:
        # "ألقي القبض على ثلاثة ... بعد تبادل لإطلاق النار مع رجال الأمن": only a state force arrests
        return min(forces, key=lambda x: x[0])[1]
    return None


def _nationality_after(doc: Document, W: RoleWords, hit: Hit, s1: int, adjectives: dict[str, str]) -> tuple[str, str] | None:
    """The country of a nationality adjective right after the trigger ("غارات أميركية"), and the adjective
    as written; not a country's name after a preposition of place ("غارات جرت في سورية", spelt as the adjective),
    nor the nationality of a target after a preposition of one ("القصف تجاه الحدود الباكستانية") or after the
    ground hit ("قصف للمناطق الباكستانية", "قصف المواقع السورية": the ground's nationality, not the shells')."""
    toks = doc.seg.tokens
    for k in range(hit.last, min(s1, hit.last + 3)):
        # (not a ground after ب: "القذائف بالأراضي اليمنية" tells where the shells came from)
        hit_ground = bool(token_stems(doc, k) & W.hit_grounds) and not toks[k].norm.startswith(_BY)
        if token_stems(doc, k) & W.country_places or hit_ground or toks[k].norm in W.target_prepositions:
            return None
        iso = adjectives.get(toks[k].norm)
        if iso:
            return iso, doc.seg.text.raw[toks[k].start:toks[k].end]
    return None


FIRE_AFTER = 3   # words between a trigger and the fire that hit ("قتلوا أمس بنيران", "أصيب شابان برصاص")


def _nationality_of_the_fire(doc: Document, W: RoleWords, hit: Hit, s1: int,
                             adjectives: dict[str, str]) -> tuple[str, str] | None:
    """The country of a nationality adjective right after the fire or bullets an incident was dealt by
    ("قتل أربعة مدنيين بنيران هندية", "أصيب جندي برصاص إسرائيلي"): whoever fired them is the doer, as after
    "برصاص قوات الاحتلال"; not a weapon's make ("برصاص أمريكي الصنع")."""
    toks = doc.seg.tokens
    for k in range(hit.last, min(s1 - 1, hit.last + FIRE_AFTER)):
        if not token_stems(doc, k) & W.fire_of:
            continue
        iso = adjectives.get(toks[k + 1].norm)
        made = k + 2 < s1 and bool(token_stems(doc, k + 2) & W.made_in)
        return (iso, doc.seg.text.raw[toks[k + 1].start:toks[k + 1].end]) if iso and not made else None
    return None


def group_of_an_adjective(doc: Document, W: RoleWords, hit: Hit, group_adjectives: dict):
    """The registry entry of a group's nisba adjective agreeing with a blow ("قذيفة حوثية", "القصف الحوثي",
    "قذائف الغدر الحوثية": the Houthis' shells, as "غارات أميركية" are America's), and the adjective's token;
    the adjective right after the trigger, or after one word qualifying the blow (`blow_qualifiers`), and
    agreeing with the word before it in definiteness: not "قصف الحوثي" (whose genitive may be the one hit) nor
    "قصف مواقع الحوثي"."""
    if hit.family not in GROUND_ATTACKS | {"airstrike"} or _answered_blow(doc, W, hit):
        return None
    toks = doc.seg.tokens
    s1 = doc.sentence_bounds(hit.sentence)[1]
    k = hit.last
    if k < s1 and token_stems(doc, k) & W.blow_qualifiers:
        k += 1
    if not 0 < k < s1:
        return None
    entry = group_adjectives.get(toks[k].norm)
    if entry is None or _definite(toks[k].norm) != _definite(toks[k - 1].norm):
        return None
    return entry, k


ANSWER_REACH = 5   # words from a verb of answering to the على of what it answers ("ردت المدفعية السعودية أمس على")


def _answered_blow(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """The blow is what a verb of answering answers, after على and at most one word of its source ("ردت المدفعية
    السعودية أمس على قذائف الغدر الحوثية", "ردت القوات على مصدر المقذوفات الحوثية")."""
    c0, _ = doc.clause(hit.first)
    k = hit.first - 1
    if k > c0 and not token_stems(doc, k) & W.against:
        k -= 1   # "على مصدر القذائف"
    if k <= c0 or not token_stems(doc, k) & W.against:
        return False
    return bool(stems(doc, max(c0, k - ANSWER_REACH), k) & W.answering_verbs)


def _definite(word: str) -> bool:
    return any(r.stem.startswith("ال") for r in readings(word))


def _non_state_group(a) -> bool:
    return bool(a.kind and "non-state" in a.kind)


def _group_of_the_sentence(doc: Document, W: RoleWords, hit: Hit, nonstate, look_back: bool = True):
    """A bombing or raid with no named perpetrator: the armed group its sentence (or the one before) is
    about, as a coder reading "وقد تمكن التنظيم ... من شن هجمات، مثل الهجوم" would; not a group the sentence
    before counts the dead of or names as hit ("قتل 11 مسلحا من تنظيم داعش. وأشاروا إلى مقتل 10 مدنيين في انفجار
    عبوتين ناسفتين"): that one was the target there, not the bomber here."""
    if not nonstate and look_back and hit.sentence > 0:
        p0, p1 = doc.sentence_bounds(hit.sentence - 1)
        nonstate = [(99, a) for a0, _, a in doc.actors_in(p0, p1)
                    if not is_state(a) and a.canonical and _non_state_group(a) and not _hit_there(doc, W, a0, p0)]
    nonstate = [(d, a) for d, a in nonstate if _non_state_group(a)]
    # the sentence's first armed group is its subject more often than the nearest one
    return nonstate[0][1] if nonstate else None


def _hit_there(doc: Document, W: RoleWords, a0: int, s0: int) -> bool:
    """The actor at a0 is named as hit in its own sentence (starting at s0): among the counted dead or right after a
    word marking a target or a thing owned ("مقتل عشرة من عناصر", "على مواقع التنظيم"; not "على رأس حركة طالبان")."""
    return _among_the_counted(doc, W, a0, s0) or a0 > s0 and bool(
        token_stems(doc, a0 - 1) & (W.target_markers | W.owned_things | W.against))


def target_class(doc: Document, lex: EventLexicon, hit: Hit) -> str | None:
    """What was attacked (armed, militant, civilian, property): the target word nearest the trigger."""
    toks = doc.seg.tokens
    s0, s1 = doc.sentence_bounds(hit.sentence)
    found = []
    lo, hi = max(s0, hit.first - TARGET_BEFORE), min(s1, hit.last + TARGET_AFTER)
    for cls, matcher in lex.targets.items():
        # (only where a target word may start; the nearest is taken whatever the order they are met in)
        for k in matcher.positions(doc.seg.words, lo, hi):
            if not hit.first <= k < hit.last and matcher.match_at(toks, k) is not None:
                found.append((abs(k - hit.last) + (0 if k >= hit.last else 3), cls))
    return min(found)[1] if found else None


# --- doers the article names elsewhere (after incidents are merged) -------------------------------

def attribute(doc: Document, lex: EventLexicon, incidents: list[Incident], speaker_of) -> None:
    """Give incidents with no doer the one the article names elsewhere; a claim of responsibility wins."""
    # a force's spokesman telling of shelling or ground taken by unnamed fighters ("وبين أن ... سيطروا
    # على أجزاء من الحي"): his force's, as a coder reading the statement would take them; the speaker
    # is named with the incident, so he outweighs the group the article is about in general
    for inc in incidents:
        if inc.actor1 is None and inc.family in lex.speaker_side:
            # ground taken: an armed group's commander telling of "the fighters" tells of his own (pronoun18)
            force = speaking_force(doc, inc.main, speaker_of, ARMED_KINDS if inc.family in TERRITORY else FORCE_KINDS)
            if force is not None and not _speaker_mourns(doc, lex.words, inc.main, force):
                inc.actor1 = force
    _announced_blows(doc, lex, incidents, speaker_of)
    _announced_as_object(doc, lex, incidents)
    _our_own_men(doc, lex, incidents, speaker_of)
    _fought_by_the_clause_head(doc, lex, incidents)
    # a raid or bombing no sentence attributes: the armed group the article is about, when one dominates
    dominant = dominant_group(doc)
    by_dominant: set[int] = set()   # the incidents given it (a guess a verb's own context outweighs)
    if dominant is not None:
        for inc in incidents:
            if inc.actor1 is None and not inc.answered and _told_of_the_group(doc, lex, inc) and \
                    not (inc.actor2 is not None and inc.actor2.actor_id == dominant.actor_id):
                inc.actor1 = dominant  # (not the side the incident is told to hit)
                by_dominant.add(id(inc))
    _aircraft_told_again(doc, lex.words, incidents)
    _elided_subjects(doc, lex, incidents, by_dominant)
    _pronoun_subjects(doc, lex, incidents)
    _one_more_of_a_series(doc, lex, incidents)
    _same_air_force(doc, incidents)
    _fighting_for_ground_taken(doc, incidents)
    _started_by_the_attempt(doc, lex, incidents)
    _fighting_told_again(doc, lex, incidents)
    _sides_of_the_fight_told(doc, lex, incidents)
    _arrests_of_one_force(incidents)
    _bare_forces_of_the_teller(doc, lex, incidents, speaker_of)
    _counted_on_both_sides(doc, lex.words, incidents)
    _claimed(doc, lex, incidents)
    _attributed_before(doc, lex.words, incidents)
    _subjected_to_it(doc, lex.words, incidents)
    _air_raids_of_states(doc, incidents)
    _doer_left_open(doc, lex.words, incidents)
    _ally_is_no_other_side(doc, lex, incidents)


ATTEMPT_REACH = 30   # words after a fight's noun its "محاولة X التقدم" may stand (the furthest of the 10 kwic.py feed
#                      hits, "اشتباكات عنيفة اندلعت بين الحوثيين وقوات صالح من جهة، والمقاومة ... بعد محاولة", 24)


def _started_by_the_attempt(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """A fight its sentence tells as set off by a side's attempt to advance or attack ("مواجهات عنيفة اندلعت بين
    الطرفين عقب محاولة الحوثيين الهجوم على مواقع المقاومة"; event_roles.yaml attempt_nouns): that side started it,
    actor1 (SCHEMA.md), the other side read, not its ally, actor2 (allies36)."""
    W = lex.words
    for inc in incidents:
        if inc.family != CLASH:
            continue
        starter = _attempter_after(doc, W, inc.main)
        if starter is None or inc.actor1 is not None and same_named_actor(starter, inc.actor1):
            continue
        country = _country(inc)
        others = [a for a in (inc.actor1, inc.actor2)
                  if a is not None and not allied_or_same(doc, lex, a, starter, country)]
        inc.actor1, inc.actor2 = starter, (others[0] if others else None)
        inc.actor1_guessed = False


def _attempter_after(doc: Document, W: RoleWords, hit: Hit) -> ActorMention | None:
    """The armed side named right after an attempt noun (من between or not) that an advance or attack noun
    follows, in the words after the fight's noun (`_started_by_the_attempt`), or None."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    toks = doc.seg.tokens
    k = next((k for k in range(hit.last, min(s1, hit.last + ATTEMPT_REACH)) if token_stems(doc, k) & W.attempt_nouns),
             None)
    if k is None:
        return None
    j = k + 2 if k + 1 < s1 and toks[k + 1].norm in W.source_preposition else k + 1
    return next((a for a0, a1, a in doc.actors_in(j, j + 1)
                 if a1 < s1 and (a.kind in ARMED_KINDS or _non_state_group(a))
                 and token_stems(doc, a1) & W.repelled_nouns), None)


def _ally_is_no_other_side(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """actor2 an ally of actor1 (alliances.yaml: "اشتباكات بين رجال المقاومة والجيش الوطني ضد ميليشيات الحوثي",
    "بين الحوثيين والموالين لصالح والمقاومة الشعبية"): partners named together are one side, so the side fought is
    the first armed side of the incident's sentence that is neither of them or their ally; none named, none
    (SCHEMA.md: actor2 is the other side; allies36)."""
    for inc in incidents:
        a1, a2, country = inc.actor1, inc.actor2, _country(inc)
        if a1 is None or a2 is None or same_named_actor(a1, a2) or not allied_or_same(doc, lex, a1, a2, country):
            continue
        s0, s1 = doc.sentence_bounds(inc.main.sentence)
        inc.actor2 = next((a for _, _, a in doc.actors_in(s0, s1) if (a.kind in ARMED_KINDS or _non_state_group(a))
                           and not allied_or_same(doc, lex, a, a1, country)
                           and not allied_or_same(doc, lex, a, a2, country)), None)


def _claimed(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """A claim of responsibility in an incident's sentence gives its doer; with no doer read, so does one in the
    sentence after it, or one in the sentence before that tells no incident of its own (below)."""
    claims = responsibility(doc, lex)
    if not claims:
        return   # most articles claim nothing: no need for the sentences their incidents tell
    told = {s for inc in incidents for s in inc.sentences | {h.sentence for h in inc.hits}}
    for inc in incidents:
        who = claims.get(inc.sentence) or next((claims[s] for s in inc.sentences if s in claims), None)
        if who is None and inc.actor1 is None:
            who = claims.get(inc.sentence + 1) or _claim_told_before(doc, lex.words, inc, claims, told)
        if who is not None:
            _claimed_by(lex, inc, who)


ATTRIBUTION_REACH = 20   # tokens between the side a report blames and the trigger its phrase heads (a toll, a
#                         time and "عندما" between: "نسبت إلى X، قتل جندي وجرح أربعة آخرون فجر الأحد عندما انفجر")


def _attributed_before(doc: Document, W: RoleWords, incidents: list[Incident]) -> None:
    """An incident whose sentence opens by blaming a side for it ("وفي حادثة منفصلة نسبت أيضا إلى حزب العمال
    الكردستاني، قتل جندي"): that side is its doer, as ACLED codes the side a report attributes an act to (the
    attributor is only the teller); a claim of responsibility wins, and so does a doer the incident's own words
    name (only none, a guess, the side of the people counted or a state force blamed on a group is replaced)."""
    for inc in incidents:
        if inc.claimed:
            continue
        who = next((a for h in inc.hits if (a := _attributed_to(doc, W, h)) is not None), None)
        if who is not None and not _the_side_hit(who, inc.actor2) and _replaceable_by(doc, W, inc.actor1, who):
            inc.actor1 = who
            inc.actor1_guessed = False


def _replaceable_by(doc: Document, W: RoleWords, actor1: ActorMention | None, who: ActorMention) -> bool:
    """The doer read is none, a guess, the side of the people counted, or a state force where a group is blamed
    ("قتل جندي تركي" read as the army's act)."""
    return actor1 is None or counted(doc, W, actor1) or is_state(actor1) and not is_state(who)


def _attributed_to(doc: Document, W: RoleWords, hit: Hit) -> ActorMention | None:
    """The side after a verb of attributing and إلى/ل, in the phrase opening the trigger's sentence with في ("وفي
    هجوم نسبته السلطات إلى X، قتل"), not in a clause of another incident ("غداة هجوم نسب إلى X، شنت تركيا غارات")."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    toks = doc.seg.tokens
    if not token_stems(doc, s0) & W.attribution_openers or \
            not stems(doc, s0 + 1, min(hit.first, s0 + ATTRIBUTED_OPENING)) & W.attributing_verbs:
        return None
    for a0, a_end, a in doc.actors_in(max(s0 + 1, hit.first - ATTRIBUTION_REACH), hit.first):
        if a.kind == "civilians" or a_end > hit.first:
            continue
        glued = a.span.start > toks[a0].start and toks[a0].norm.startswith(_GLUED_PREPOSITION)
        marker = a0 if glued else a0 - 1
        if (glued or toks[marker].norm in W.attributed_to) and \
                stems(doc, max(s0, marker - ATTRIBUTOR_WORDS), marker) & W.attributing_verbs:
            return a
    return None


SUBJECTED_REACH = 8   # tokens from a trigger to "إثر تعرضهم لإطلاق نار" after it ("مقتل تسعة جنود وإصابة اثنين إثر")
BLOW_SOURCE_REACH = 5  # tokens from تعرض to the من of who dealt the blow ("تعرضهم لإطلاق نار كثيف من")
EXPOSED_SUBJECT = 11   # words of the subject between تعرض and the blow it governs (factuality.EXPOSED_SUBJECT_REACH)


def _subjected_to_it(doc: Document, W: RoleWords, incidents: list[Incident]) -> None:
    """An incident whose sentence says its victims were subjected to the blow ("أعلنت وزارة الدفاع مقتل تسعة جنود
    إثر تعرضهم لإطلاق نار من مجموعة إرهابية"): a state force named before it in the sentence (the teller, or the
    side of the dead) was hit, not the doer; the doer is the side after من in the blow's phrase, else none.  With
    no doer read, that side is the doer ("قتل ثلاثة مدنيين بعد أن تعرضوا لإطلاق نار من الشرطة")."""
    for inc in incidents:
        if inc.claimed:
            continue
        at = next(((h, k) for h in inc.hits if (k := _subjected_at(doc, W, h)) is not None), None)
        if at is None:
            continue
        if inc.actor1 is None or (inc.actor1_guessed and at[1] < at[0].first):
            # "تعرض مركز حدودي ... لقذائف من داخل الأراضي اليمنية، حيث تم التعامل مع الموقف مع القوات البرية": the
            # blow itself the object of تعرض; a doer guessed from the sentence is more likely its side hit or the
            # force that answered than the one that dealt it (merges25)
            inc.actor1 = _blow_dealt_by(doc, W, max(at[1], at[0].first))
            inc.actor1_guessed = False
        elif is_state(inc.actor1) and inc.actor1.span.start < doc.seg.tokens[at[1]].start and \
                doc.seg.sentence_of(doc.token_of(inc.actor1.span.start)) == at[0].sentence:
            inc.actor2 = inc.actor2 or inc.actor1
            inc.actor1 = _blow_dealt_by(doc, W, max(at[1], at[0].first))
            inc.actor1_guessed = False


def _subjected_at(doc: Document, W: RoleWords, hit: Hit) -> int | None:
    """Where a verb or noun of being subjected to a blow follows the trigger closely ("إثر تعرضهم لهجوم")."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    toks = doc.seg.tokens
    # ل on the next word, or on the one after the subject ("تعرض دوريتهم لهجوم")
    after = next((k for k in range(hit.last, min(s1 - 2, hit.last + SUBJECTED_REACH))
                  if token_stems(doc, k) & W.subjected_verbs and
                  any(toks[j].norm.startswith(_GLUED_PREPOSITION) for j in (k + 1, k + 2))), None)
    if after is not None or not toks[hit.first].norm.startswith(_GLUED_PREPOSITION):
        return after
    # the trigger is itself the blow, after its subject ("تعرض مركز المسيال بقطاع ظهران الجنوب لقذائف")
    return next((k for k in range(hit.first - 1, max(s0, hit.first - 1 - EXPOSED_SUBJECT) - 1, -1)
                 if token_stems(doc, k) & W.subjected_verbs), None)


def _blow_dealt_by(doc: Document, W: RoleWords, k: int) -> ActorMention | None:
    """The side after من (or من قبل) in the phrase of the blow after تعرض at k ("لإطلاق نار من الشرطة")."""
    _, s1 = doc.sentence_bounds(doc.seg.sentence_of(k))
    for a0, _, a in doc.actors_in(k + 1, min(s1, k + 1 + BLOW_SOURCE_REACH + 2)):
        if a.kind != "civilians" and stems(doc, max(k + 1, a0 - 2), a0) & W.blow_sources:
            return a
    return None


ATTRIBUTED_OPENING = 5   # words from the opening في to the verb of attributing ("وفي حادثة منفصلة نسبت أيضا")
ATTRIBUTOR_WORDS = 3   # words between a verb of attributing and إلى: an adverb or the attributor ("نسبته السلطات")


def _claim_told_before(doc: Document, W: RoleWords, inc: Incident, claims: dict, told: set[int]):
    """The claimer of the sentence before an attack's, when that sentence tells no incident of its own and the
    attack's names no side ("أعلنت الحركة مسؤوليتها عن قتل نائب" over a headline or a paragraph, then "نصب له
    مهاجموه مكمنا وقتلوه"): the claim is of the attack told next (announce22).  Not across "وفي حادثة منفصلة"."""
    before = inc.sentence - 1
    if before not in claims or before in told or inc.family not in UNCLAIMED_FAMILIES or \
            not doc.same_item(before, inc.sentence) or opens_as_separate(doc, W, inc.sentence):
        return None
    s0, s1 = doc.sentence_bounds(inc.sentence)
    if any(a.kind != "civilians" for _, _, a in doc.actors_in(s0, s1)):
        return None   # a sentence naming a side tells who it was or whom it hit; the claim before may be another's
    return claims[before]


def _claimed_by(lex: EventLexicon, inc: Incident, who: ActorMention) -> None:
    """The group claiming the attack told with the incident is its doer; of a foiling or an arrest
    (`claimed_against`) it is the side acted against: "أحبطت قوات الأمن الهجوم ... وتبنى تنظيم داعش العملية".  A side
    that flies no aircraft (events.yaml flown_by_aircraft `grounded_kinds`) claims another deed than an air strike
    told beside it (air36)."""
    if inc.family == lex.flown_as and who.kind in lex.grounded_kinds:
        return
    fight = lex.families[inc.family].with_deaths and people_killed(inc)   # a foiling that killed: a fight
    if inc.family not in lex.claimed_against or fight:
        inc.actor1 = who
        inc.claimed = True   # a claim is no guess (it outlasts "لم تعلن أي جهة ...، لكن ..." below)
    elif inc.actor2 is None and not (inc.actor1 is not None and inc.actor1.actor_id == who.actor_id):
        inc.actor2 = who


def _doer_left_open(doc: Document, W: RoleWords, incidents: list[Incident]) -> None:
    """An incident whose report leaves its doer open: sides trading accusations of it ("تبادلت أوكرانيا
    وانفصاليون الاتهامات بقصف مناطق"), or "not known whether X or Y did it" ("لم يتضح إن كانت الغارة نفذها الجيش
    أو التحالف"). No side is its doer, nor the side hit where the accusers are named, whatever was read or guessed.
    An attack told just before "no side has claimed it" keeps only a non-state doer its own words gave."""
    unclaimed = [(i, k) for i in range(len(doc.seg.sentences)) if (k := unclaimed_at(doc, W, i)) is not None]
    for inc in incidents:
        if any(_accusations_traded(doc, W, h) for h in inc.hits):
            inc.actor1 = inc.actor2 = None
        elif any(_doer_in_doubt(doc, W, s) for s in inc.sentences | {h.sentence for h in inc.hits}):
            inc.actor1 = None
        elif _unclaimed_doer_dropped(doc, W, inc, unclaimed):
            inc.actor1 = None   # a state does not leave its blow unclaimed: it was the side hit or the teller
        elif not inc.claimed and inc.actor1 is not None and any(_of_unknown_origin(doc, W, h) for h in inc.hits):
            inc.actor1 = None   # "قذائف هاون مجهولة المصدر": the report says no one knows who fired
        else:
            continue
        inc.actor1_guessed = False


UNKNOWN_AFTER = 15  # tokens (commas too) between a trigger and "مجهولة المصدر" ("قتل مدني وجرح عشرة آخرين، أمس
#                    الأربعاء، جراء سقوط قذائف هاون مجهولة المصدر": a toll, a day and a cause; set on the feed's hits)


def _of_unknown_origin(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """A blow whose weapon or doer the report calls of unknown source or identity after it, no side named
    between ("سقطت قذائف هاون مجهولة المصدر", "هجوم نفذه مسلحون مجهولو الهوية"): SCHEMA.md wants no doer
    guessed for it."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    k = next((k for k in range(hit.first, min(s1 - 1, hit.last + UNKNOWN_AFTER))
              if token_stems(doc, k) & W.unknown_origin and token_stems(doc, k + 1) & W.origin_nouns), None)
    return k is not None and not any(a.kind != "civilians" for _, _, a in doc.actors_in(hit.last, k))


UNCLAIMED_REACH = 2   # sentences an attack may be told before "ولم تعلن أي جهة مسؤوليتها عن الهجوم"
# the families "no side has claimed it" is said of (events.yaml): bombings and attacks by a hidden hand
UNCLAIMED_FAMILIES = frozenset({"suicide_bomb", "explosion", "attack", "killing", "abduction", "armed_clash"})


def _unclaimed_doer_dropped(doc: Document, W: RoleWords, inc: Incident, unclaimed: list[tuple[int, int]]) -> bool:
    """An attack told before "no side has claimed it" whose doer is a state force (the side hit or its teller) or
    a guess, not a claimer nor a side named as the one that did it ("اعتداء انتحاري قام به داعش")."""
    if inc.family not in UNCLAIMED_FAMILIES or inc.actor1 is None or inc.claimed:
        return False
    return (inc.actor1_guessed and not _done_by(doc, W, inc) or is_state(inc.actor1)) and \
        _told_before_unclaimed(doc, inc, unclaimed)


def _done_by(doc: Document, W: RoleWords, inc: Incident) -> bool:
    """A hit's sentence names the doer after a verb of doing and ب with a pronoun: "اعتداء قام به داعش"."""
    toks = doc.seg.tokens
    for h in inc.hits:
        _, s1 = doc.sentence_bounds(h.sentence)
        for k in range(h.first + 1, s1 - 2):
            if toks[k].norm in W.doing_verbs and toks[k + 1].norm.startswith(_BY) and \
                    any(same_named_actor(a, inc.actor1) for _, _, a in doc.actors_in(k + 2, k + 3)):
                return True
    return False


def unclaimed_at(doc: Document, W: RoleWords, sentence: int) -> int | None:
    """Where the sentence says no side has claimed the attack: a past negation, a verb of claiming, then a word
    for any party ("ولم تعلن أي جهة مسؤوليتها", "لم تتبن أي جهة الهجوم", "لم يعلن أي طرف مسؤوليته")."""
    s0, s1 = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    # the verb's plain form first: a set look-up, where the readings of every word of every sentence would cost
    return next((k for k in range(s0, s1 - 2) if toks[k + 1].norm in W.unclaimed_verbs and
                 token_stems(doc, k) & W.past_negations and token_stems(doc, k + 2) & W.unclaimed_parties), None)


def _told_before_unclaimed(doc: Document, inc: Incident, unclaimed: list[tuple[int, int]]) -> bool:
    """A hit of the incident stands before a sentence saying no side claimed it, up to UNCLAIMED_REACH sentences
    back in the same item of the page, or in that sentence before the saying."""
    return any(0 < u - h.sentence <= UNCLAIMED_REACH and doc.same_item(h.sentence, u) or
               u == h.sentence and h.first < cue for u, cue in unclaimed for h in inc.hits)


def _accusations_traded(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """A verb of exchanging and a noun of accusing before the hit in its clause ("تبادل الطرفان الاتهامات بقصف")."""
    c0, _ = doc.clause(hit.first)
    before = stems(doc, c0, hit.first)
    return bool(before & W.exchanging_verbs) and bool(before & W.accusing_nouns)


def _doer_in_doubt(doc: Document, W: RoleWords, sentence: int) -> bool:
    """The sentence says it is not known which of two sides did it: a past negation and a verb of being clear or
    known ("لم يتضح", "لم يعرف"), then a word marking the doer ("نفذها", "شنه") and an alternative ("أو") after it."""
    s0, s1 = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    doubt = next((k for k in range(s0, s1 - 1) if token_stems(doc, k) & W.past_negations and
                  token_stems(doc, k + 1) & W.unclear_verbs), None)
    if doubt is None:
        return False
    doer = next((k for k in range(doubt + 2, s1) if token_stems(doc, k) & W.agent_markers), None)
    return doer is not None and any(toks[k].norm in W.alternatives for k in range(doer + 1, s1))


def _air_raids_of_states(doc: Document, incidents: list[Incident]) -> None:
    """An air raid whose doer was only guessed to be an armed group ("بدأت قوات النظام و«حزب الله» هجوما ...
    يترافق مع قصف جوي"): an armed group has no aircraft, so the state's force its sentence names carried it out,
    or no doer is known."""
    for inc in incidents:
        if inc.family != AIR_STRIKE or inc.actor1 is None or not inc.actor1_guessed or is_state(inc.actor1):
            continue
        s0, s1 = doc.sentence_bounds(inc.sentence)
        states = [a for _, _, a in doc.actors_in(s0, s1) if is_state(a) and not same_named_actor(a, inc.actor2)]
        inc.actor1 = states[0] if states else None


AIRCRAFT_LOOK_BACK = 3   # sentences back the air force that "the aircraft" points to may be named
OWNER_AFTER = 2           # words after a noun of aircraft its owner's name may start at ("الطائرات الحربية السورية")
AIRCRAFT_SUBJECT_GAP = 2  # words between a light verb and the strike it governs, the aircraft between ("شن الطيران 3 غارات")


def _aircraft_told_again(doc: Document, W: RoleWords, incidents: list[Incident]) -> None:
    """An act whose subject is "the aircraft" with no owner named ("وقالت مصادر إن الطيران استهدف منزلا", "حيث
    دمرت المقاتلات الآليات", "وشن الطيران 3 غارات"): the definite noun points back to the air force the item
    named before (the doer of its last air raid, else the last state force or coalition named), not to an armed
    group, which has no aircraft; a state force read as the doer stays."""
    for k, inc in enumerate(incidents):
        if inc.actor1 is not None and is_state(inc.actor1) or not _bare_aircraft_subject(doc, W, inc.main):
            continue
        prev = next((p for p in reversed(incidents[:k]) if p.family == AIR_STRIKE and p.actor1 is not None
                     and not p.actor1_guessed and is_state(p.actor1) and doc.same_item(p.sentence, inc.sentence)),
                    None)
        force = prev.actor1 if prev is not None else _air_force_named_before(doc, W, inc)
        if force is not None and not _the_side_hit(force, inc.actor2):
            inc.actor1, inc.actor1_guessed = force, False


def _bare_aircraft(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a definite noun of aircraft ("الطيران", "المقاتلات") that no actor's name covers or follows
    ("الطيران التركي", "الطائرات الحربية السورية" name their owner)."""
    toks = doc.seg.tokens
    if not 0 <= k < len(toks) or "ال" not in toks[k].norm[:3] or \
            not {without_article(x) for x in token_stems(doc, k)} & W.aircraft_nouns:
        return False
    return not any(a_end > k for _, a_end, _ in doc.actors_in(max(0, k - OWNER_AFTER), k + OWNER_AFTER + 1))


def _bare_aircraft_subject(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """The subject of the hit is a bare noun of aircraft: right before a verb trigger (قد between or not), right
    after it, or after a light verb before a noun trigger."""
    toks = doc.seg.tokens
    c0, _ = doc.clause(hit.first)
    if hit.trigger.pos == "verb":
        k = hit.first - 1
        while k > c0 and toks[k].norm in _PERFECT_PARTICLES:
            k -= 1
        return k >= c0 and _bare_aircraft(doc, W, k) or _bare_aircraft(doc, W, hit.last)
    return any(_bare_aircraft(doc, W, k) and token_stems(doc, k - 1) & W.light_verbs
               for k in range(max(c0 + 1, hit.first - AIRCRAFT_SUBJECT_GAP), hit.first))


def _air_force_named_before(doc: Document, W: RoleWords, inc: Incident):
    """The last state's armed force or coalition named before the incident's trigger in its item, at most
    AIRCRAFT_LOOK_BACK sentences back, that is not named as the side hit (`_named_as_hit`)."""
    first = max(0, inc.main.sentence - AIRCRAFT_LOOK_BACK)
    while not doc.same_item(first, inc.main.sentence):
        first += 1
    p0, _ = doc.sentence_bounds(first)
    before = doc.actors_in(p0, inc.main.first)
    named = [a for k, (_, _, a) in enumerate(before) if a.canonical and
             (a.kind == "international force" or a.canonical.startswith("Military Forces"))
             and not _named_as_hit(doc, W, before[:k + 1])]
    return named[-1] if named else None


def _named_as_hit(doc: Document, W: RoleWords, before: list) -> bool:
    """The last of `before` (actors as start, end, mention), or the first of the partners joined to it by و, is
    named as the side hit or the owner of what was hit: after a mark of the target ("غارات على مواقع الحوثيين
    وقوات صالح"), a thing it owns ("معسكر للحرس", "مواقع تابعة للحرس", "تعزيزات تعود لقوات X") or a place it
    holds.  The aircraft told again struck that side; they are not its air force (owners24)."""
    k = len(before) - 1
    while k > 0 and joined_to(doc, before[k - 1][2], before[k][0]):
        k -= 1
    a0, _, a = before[k]
    return a0 > 0 and bool(token_stems(doc, a0 - 1) & W.target_markers) or _post_of(doc, W, a0) or \
        _owner_of_a_thing(doc, W, a0, a) or _owned_target(doc, W, a0) or _belongs_to(doc, W, a0) or \
        _holder_of_a_place(doc, W, a0)


def _opens_without_subject(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A verb at the head of its clause ("وقتل ..."), or a noun after a light verb there ("كما شن ثلاث غارات"),
    with no actor between the clause's start and the trigger."""
    c0, _ = doc.clause(hit.first)
    if doc.actors_in(c0, hit.first):
        return False
    if hit.trigger.pos == "verb":
        return hit.first - c0 <= 2
    if _joined_noun(doc, hit, c0):
        return True
    # or after a verb of managing there ("وتمكنوا من حرق", "كما تمكنت من تدمير"): doers32
    return any(token_stems(doc, k) & (lex.words.light_verbs | lex.words.helper_verbs)
               for k in range(c0, min(hit.first, c0 + 3)))


def _joined_noun(doc: Document, hit: Hit, c0: int) -> bool:
    """actor41: a noun trigger opening its clause joined by و ("أعلنت المقاومة اقتحام المقر، وسط المدينة، واستعادة
    عدة مواقع"): a verbal noun coordinated with one before it, governed by the same verb, so sharing its doer."""
    word = doc.seg.tokens[hit.first].norm
    return hit.trigger.pos == "noun" and hit.first == c0 and len(word) > 3 and word.startswith(_CONJUNCTION)


def _joins_the_noun_before(doc: Document, inc: Incident, prev: Incident) -> bool:
    """actor41: the incident's verbal noun is joined by و to the act told just before in its sentence (`prev`),
    whose doer it shares (`_joined_noun`); an air raid only a state's force's (an armed group has no aircraft)."""
    return inc.family in JOINED_ACTS and inc.sentence in prev.sentences and \
        _joined_noun(doc, inc.main, doc.clause(inc.main.first)[0]) and \
        (inc.family != AIR_STRIKE or is_state(prev.actor1))


def _elided_subjects(doc: Document, lex: EventLexicon, incidents: list[Incident], by_dominant: set[int]) -> None:
    """A verb that opens its clause with no subject of its own ("كما شن أربع غارات على مواقع") continues
    the doer of the incident of its kind told just before.  `by_dominant`: the ids of incidents whose doer is
    only the group the article is about, a guess like the sentence's likeliest doer."""
    for k, inc in enumerate(incidents):
        guess = inc.actor1 is not None and (inc.actor1_guessed or id(inc) in by_dominant)
        if inc.actor1 is not None and not guess or not _opens_without_subject(doc, lex, inc.main):
            continue
        near = [p for p in reversed(incidents[:k]) if p.actor1 is not None and not p.actor1_guessed
                and (inc.sentence in p.sentences or _within_subject_reach(doc, inc.sentence, max(p.sentences)))]
        prev = _continued_doer(doc, lex, inc, near, guess)
        if prev is not None:
            inc.actor1, inc.actor1_guessed = prev.actor1, False


def _within_subject_reach(doc: Document, sentence: int, before: int) -> bool:
    """An incident told in sentence `before` is near enough to sentence `sentence` for an elided subject to continue
    its doer: the sentence itself or the one before (SUBJECT_REACH), or up to SILENT_SUBJECT_REACH back where the
    sentences between name no side (actor41: a statement's list of strikes, told with no subject)."""
    gap = sentence - before
    if 0 <= gap <= SUBJECT_REACH:
        return True
    if not SUBJECT_REACH < gap <= SILENT_SUBJECT_REACH:
        return False
    first = doc.sentence_bounds(before + 1)[0]
    last = doc.sentence_bounds(sentence - 1)[1]
    return not doc.actors_in(first, last)


def _continued_doer(doc: Document, lex: EventLexicon, inc: Incident, near: list[Incident], guess: bool):
    """Of the incidents with a doer told just before (`near`, nearest first), the one whose doer a subjectless verb
    continues; `guess`: the incident has a doer only guessed."""
    joined = _joined_doers(doc, lex, inc, near)
    if guess:
        return joined[0] if joined else None
    prev = next((p for p in near if p.family == inc.family), None)
    if prev is None and near and (inc.family in VIOLENT | TERRITORY and _subjectless_verb(doc, lex, inc.main) or
                                  inc.family in JOINED_ACTS and _helper_without_subject(doc, lex, inc.main) or
                                  _joins_the_noun_before(doc, inc, near[0])):
        # a verb of another act, told next with no subject, is done by the same side ("سيطرت المقاومة على
        # الضالع. وقصفت مواقع الحوثيين", "هاجم مسلحو المقاومة رتلا. وتمكنوا من حرق الآليات"); not a verb of
        # dying, which has no doer of its own
        prev = near[0]
    return prev or (joined[0] if joined else None)


def _joined_doers(doc: Document, lex: EventLexicon, inc: Incident, near: list[Incident]) -> list:
    """Verbs joined in one sentence share their subject ("شنت مقاتلات التحالف غارات على مواقع الحوثيين، كما
    استهدفت مخزنا", "واصلت القوات تقدمها، ودمرت عددا من الدبابات"): the incidents told just before in the sentence
    (`near`), not by the side this one hits, else the side heading an earlier clause; they outweigh a doer only
    guessed.  An armed group has no aircraft: an air raid continues a state's force or none."""
    helper = _helper_without_subject(doc, lex, inc.main)   # "وتمكنوا من حرق": doers32
    if not helper and not _active_verb_unnamed_subject(doc, lex, inc.main):
        return []
    # (or one told in the sentence before, where the verb opens its sentence with words of time or place or its
    # object right after it: "دمر طيران التحالف عربة للحوثيين. وقصف في وقت سابق من اليوم موقعا في تعز")
    before = inc.sentence - 1 if helper or _opens_its_sentence_elided(doc, lex, inc.main) else inc.sentence
    joined = [p for p in near if {inc.sentence, before} & p.sentences and not _the_side_hit(p.actor1, inc.actor2)] or \
        [_Told(a) for a in (_head_subject_before(doc, lex, inc),) if a is not None]
    return [p for p in joined if inc.family != AIR_STRIKE or is_state(p.actor1)]


def _opens_its_sentence_elided(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A verb trigger first in its sentence, and right after it a preposition of time or place ("وقصف في وقت سابق")
    or its object ("وقصفت مواقع"): no subject stands after it."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    if hit.first != s0 or hit.last >= len(doc.seg.tokens):
        return False
    return doc.seg.tokens[hit.last].norm in lex.words.locative or _subjectless_verb(doc, lex, hit)


@dataclass
class _Told:
    """A doer named at the head of an earlier clause, standing for an incident told there."""

    actor1: ActorMention


# the acts whose verbs, joined to one told before, share its subject
JOINED_ACTS = VIOLENT | TERRITORY | {"arrest", "property_destruction", "disrupted_weapons"}
JOINED_SUBJECT_AFTER = 2   # words after a verb its own subject would start within ("كما استهدفت أمس مقاتلات التحالف")


def _active_verb_unnamed_subject(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """An active verb of acting (not of dying, not passive) with no side named right after it as its subject
    ("كما قصفت أحياء سكنية", "كما اعتقلت شابا")."""
    if hit.trigger.pos != "verb" or lex.families[hit.family].outcome or hit.family not in JOINED_ACTS or \
            nominal(doc, lex, hit):
        return False
    after = hit.last < len(doc.seg.tokens)   # the verb may end the text
    if after and (_bare_aircraft(doc, lex.words, hit.last) or _own_member(doc, lex.words, hit.last) or
                  token_stems(doc, hit.last) & lex.unnamed_militants):
        return False   # "حيث دمرت المقاتلات الآليات", "ودمرت قواته", "سيطر الجهاديون": a subject of its own
    c0, _ = doc.clause(hit.first)
    if stems(doc, c0, hit.first) & lex.words.relatives:
        return False   # "المدينة التي سيطر عليها": a relative clause on a noun, not a verb joined to the clause before
    return not doc.actors_in(hit.last, hit.last + JOINED_SUBJECT_AFTER)


def _told_by_a_speaker(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """An incident noun that a verb of saying or announcing opening its clause tells, its speaker the only side
    named before it ("وأكد المرصد السوري سقوط أكثر من 160 قذيفة على البلدتين"): the speaker did not do it."""
    c0, _ = doc.clause(hit.first)
    if hit.trigger.pos != "noun" or hit.first - c0 > SPEAKER_TOLD_REACH:
        return False
    W = lex.words
    verb = next((k for k in range(c0, min(hit.first, c0 + 2)) if token_stems(doc, k) & W.reporting_verbs),
                None)
    actors = doc.actors_in(c0, hit.first)
    return verb is not None and len(actors) == 1 and actors[0][0] == verb + 1


def _verb_of_its_pronoun(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """The trigger, or the verb of managing its verbal noun hangs on, is a verb at the head of its clause whose
    subject is only its suffix or agreement ("حيث تمكنوا خلال الأيام الأخيرة من السيطرة على", "وقصفوا مواقع"):
    no side is named from the clause's start to the trigger."""
    c0, _ = doc.clause(hit.first)
    if doc.actors_in(c0, hit.first):
        return False
    s0, _ = doc.sentence_bounds(hit.sentence)
    helper = helper_before(doc, lex.words, hit, s0) if hit.trigger.pos == "noun" else None
    if helper is not None:
        return c0 <= helper and helper - c0 <= 1
    return hit.first - c0 <= 1 and _subjectless_verb(doc, lex, hit)


def _fitting_side(doc: Document, W: RoleWords, a0: int, a, inc: Incident) -> bool:
    """An armed side that may be a doer: not the incident's target, nor a side named as attacked or owning
    what is attacked, nor the counted dead ("على مواقع الحوثيين", "مقتل عشرة من عناصر"), nor a side backing
    the subject ("حققت المقاومة مدعومة من قوات الجيش الوطني تقدما")."""
    if a.kind not in ARMED_KINDS and not _non_state_group(a) or not a.canonical:
        return False
    if inc.actor2 is not None and inc.actor2.actor_id == a.actor_id:
        return False
    s0, _ = doc.sentence_bounds(doc.seg.sentence_of(a0))
    return not _hit_there(doc, W, a0, s0) and not _backs_a_side(doc, W, a0)


def _nearest_side_before(doc: Document, lex: EventLexicon, inc: Incident):
    """The side named last in the sentence before the incident's, of those that may be its doer."""
    prev = inc.sentence - 1
    if prev < 0 or not doc.same_item(prev, inc.sentence):
        return None
    p0, p1 = doc.sentence_bounds(prev)
    return next((a for a0, _, a in reversed(doc.actors_in(p0, p1)) if _fitting_side(doc, lex.words, a0, a, inc)), None)


def _head_subject_before(doc: Document, lex: EventLexicon, inc: Incident):
    """The side heading an earlier clause of the incident's own sentence, right after its verb or its complementiser
    ("حولت الشرطة الإسرائيلية باحات الأقصى إلى ساحة حرب، عندما اقتحمتها من جديد"): a verb with only its pronoun
    for a subject, opening a later clause, continues that subject (not a side named as its object, which stands
    further into its clause)."""
    c0, _ = doc.clause(inc.main.first)
    s0, _ = doc.sentence_bounds(inc.sentence)
    for a0, _, a in doc.actors_in(s0, c0):
        if _heads_a_clause(doc, lex.words, a0) and _fitting_side(doc, lex.words, a0, a, inc):
            return a
    return None


def _heads_a_clause(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 opens its clause, or stands right after its verb, a complementiser or a verb of carrying out,
    going on or managing ("إن مقاتلي المقاومة", "واصلت طائرات التحالف"): the clause's subject."""
    k0, _ = doc.clause(a0)
    return a0 - k0 <= 1 or a0 > 0 and (doc.seg.tokens[a0 - 1].norm in COMPLEMENTISERS or _acting_verb(doc, W, a0 - 1))


def _acting_verb(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a verb of carrying out, going on or managing, whose subject follows it ("واصلت طائرات التحالف")."""
    return bool(token_stems(doc, k) & (W.light_verbs | W.carrying_out_verbs | W.helper_verbs))


def _pronoun_subjects(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """An act whose verb has only its pronoun for a subject, or that a speaker only tells, continues the sentence
    before: the doer of an incident of its kind told there, else (for a verb) the side named nearest before it
    ("لكن رجال المقاومة يحاولون السيطرة على هذه المناطق. حيث تمكنوا خلال الأيام الأخيرة من السيطرة على")."""
    for k, inc in enumerate(incidents):
        if inc.actor1 is not None or inc.family not in VIOLENT | TERRITORY:
            continue
        # (not a bomb: one no one claims is coded without a doer, whoever the sentence before names)
        told = inc.family not in BOMBINGS and _told_by_a_speaker(doc, lex, inc.main)
        if not told and not _verb_of_its_pronoun(doc, lex, inc.main):
            continue
        # (its doer as read or as guessed there: the act told next is that sentence's act, whoever did it)
        prev = next((p for p in reversed(incidents[:k]) if p.family == inc.family and p.actor1 is not None
                     and inc.sentence - 1 in p.sentences), None)
        if prev is not None:
            inc.actor1, inc.actor1_guessed = prev.actor1, prev.actor1_guessed
        elif not told:
            inc.actor1 = _head_subject_before(doc, lex, inc) or _nearest_side_before(doc, lex, inc)


SERIES_REACH = 2   # sentences back the incident of which one more is told may be


def _one_more_of_a_series(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """An incident noun followed by a word of one more of the same, no doer named ("إلى ذلك شنت مقاتلات التحالف
    نحو 20 غارة ... كما دمرت غارة أخرى في الجبهة ذاتها طقما"): done by the doer of its kind told just before."""
    toks = doc.seg.tokens
    for k, inc in enumerate(incidents):
        hit = inc.main
        if inc.actor1 is not None or hit.trigger.pos != "noun" or hit.last >= len(toks) or \
                toks[hit.last].norm not in lex.words.another_of_the_same:
            continue
        prev = next((p for p in reversed(incidents[:k]) if p.family == inc.family and p.actor1 is not None
                     and not p.actor1_guessed and 0 <= inc.sentence - max(p.sentences) <= SERIES_REACH), None)
        if prev is not None and not (inc.actor2 is not None and inc.actor2.actor_id == prev.actor1.actor_id):
            inc.actor1 = prev.actor1


AIR_STRIKE = "airstrike"   # events.yaml


def _same_air_force(doc: Document, incidents: list[Incident]) -> None:
    """An air raid told with no doer ("وقتل طفلان في غارة من طائرات حربية", "واستهدف الطيران مباني المجمع"):
    a report names whose aircraft once, then tells "the raids" and "the warplanes" of the same air force, so
    the doer of the last raid told before in the same item and country did it.  Only a state's or a
    coalition's (an armed group has no aircraft: a group read as the doer of a raid before is its target or
    its speaker, not an air force to carry on), and not the side this raid is told to hit."""
    for k, inc in enumerate(incidents):
        if inc.actor1 is not None or inc.family != AIR_STRIKE:
            continue
        prev = next((p for p in reversed(incidents[:k]) if p.family == AIR_STRIKE and p.actor1 is not None
                     and not p.actor1_guessed and doc.same_item(p.sentence, inc.sentence)), None)
        prev = prev or _only_air_force_told_after(doc, incidents, k)
        if prev is None or not is_state(prev.actor1):
            continue
        here, there = _country(inc), _country(prev)
        if here and there and here != there:
            continue
        if inc.actor2 is None or inc.actor2.actor_id != prev.actor1.actor_id:
            inc.actor1 = prev.actor1


def _only_air_force_told_after(doc: Document, incidents: list[Incident], k: int) -> Incident | None:
    """air36: with no raid of a named doer told before it, the first told after incident k in its item, where every
    raid of the item with a doer read has that one doer ("تركيا: مقاتلات F16 قصفت مواقع لداعش" as the headline, then
    "قال مكتب رئيس الوزراء إن مقاتلات تركية قصفت"; "قتل 5 في غارة على X. وكان طيران التحالف قد شن ..."): a report
    that names one air force tells its raids; with two named, a raid of neither may be either's."""
    told = [p for p in incidents if p is not incidents[k] and p.family == AIR_STRIKE and p.actor1 is not None
            and not p.actor1_guessed and doc.same_item(p.sentence, incidents[k].sentence)]
    if len({actor_key(p.actor1) for p in told}) != 1:
        return None
    return next((p for p in incidents[k + 1:] if p in told), None)


def _fighting_for_ground_taken(doc: Document, incidents: list[Incident]) -> None:
    """Fighting with no doer named, told just after ground taken ("استكملت المقاومة والجيش
    سيطرتهم على بلدتي الوهط وصبر. وذكر المصدر أن معارك عنيفة اندلعت خلال اليومين الماضيين"): the fighting for
    that ground, started by the side that took it (SCHEMA.md: actor1 of a battle is the side that started it)."""
    for k, inc in enumerate(incidents):
        if inc.actor1 is not None or inc.family != "armed_clash":
            continue
        prev = next((p for p in reversed(incidents[:k]) if max(p.sentences) < inc.sentence), None)
        if prev is not None and prev.family in TERRITORY and prev.actor1 is not None and not prev.actor1_guessed \
                and inc.sentence - max(prev.sentences) <= GROUND_TAKEN_REACH and doc.same_item(prev.sentence, inc.sentence):
            # (also at another place: the side on the offensive fights on; "القتال مستمر بقاعدة العند" after the
            # coalition's gains in Aden is the cost, the resistance fought there)
            inc.actor1 = prev.actor1


TOLD_AGAIN_REACH = 6      # sentences back the fighting "تلك المواجهات" points to may have been told
CONTINUED_REACH = 2       # sentences back the fighting "واستمرت الاشتباكات" goes on from may have been told
CONTINUING_GAP = 2        # words between a verb of going on and the fighting's noun ("واستمرت أمس الاشتباكات")
# the kinds of incident whose doer started the fighting told next (not a strike from afar, nor a bomb)
STARTING_FIGHTS = frozenset({CLASH, "attack"}) | TERRITORY


def _fighting_told_again(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """Fighting with no side named, told as the fighting told before: pointed to by a demonstrative ("وسقط عشرات
    القتلى من الحوثيين خلال تلك المواجهات", "واستمرت تلك الاشتباكات"), or told as going on at the same place
    ("وكانت القوات بدأت هجوما واسعا على المدينة ... واستمرت الاشتباكات العنيفة في محيطها"): started by the side
    that started the fight, the attack or the taking of ground told before (SCHEMA.md: actor1 of a battle), not
    the side this one is told to hit, nor its ally (alliances.yaml)."""
    W = lex.words
    for k, inc in enumerate(incidents):
        if inc.actor1 is not None or inc.family != CLASH:
            continue
        pointed = _told_again(doc, W, inc.main)
        if pointed is None:
            continue
        reach = TOLD_AGAIN_REACH if pointed else CONTINUED_REACH
        prev = next((p for p in reversed(incidents[:k]) if max(p.sentences) < inc.sentence
                     and inc.sentence - max(p.sentences) <= reach and doc.same_item(p.sentence, inc.sentence)
                     and any(h.family in STARTING_FIGHTS for h in p.hits)), None)
        if prev is None or prev.actor1 is None or not (pointed or _same_place(prev, inc)) or \
                allied_or_same(doc, lex, inc.actor2, prev.actor1, _country(inc) or _country(prev)):
            continue
        inc.actor1 = prev.actor1


SIDES_REACH = 2        # sentences back the fight a bare fight noun goes on from may have been told (sides33)
BOTH_SIDES_REACH = 4   # sentences back the fight whose pair "بين الطرفين" points to may have been told (sides33)
BOTH_SIDES_AFTER = 8   # words after the fight's noun its "بين الطرفين" may stand, with only its setting between


def _sides_of_the_fight_told(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """Fighting whose sentence names no side but those of the fight told before ("وتدور اشتباكات عنيفة قرب قاعدة
    العند"), or names its sides only as "the two sides" ("اندلعت مواجهات عنيفة بين الطرفين في منطقة الجفينة"):
    the fight of the pair the item told just before, as an analyst reads it (SCHEMA.md: a statement that fighting
    goes on at a named place is a Battles event, actor1 the side that started it).  The thread breaks at another
    item, another country, or another side named between (a roundup of several wars, another pair); a fight the
    title tells counts at any distance on those terms.  A fight of unknown gunmen keeps no doer.  An ally of the
    earlier fight's sides (alliances.yaml: "ميليشيات الحوثي والمخلوع صالح") is one of them (allies36)."""
    W = lex.words
    for k, inc in enumerate(incidents):
        hit = inc.main
        if inc.actor1 is not None or inc.family != CLASH or hit.trigger.pos != "noun" or \
                not stems(doc, hit.first, hit.last) & W.fought_nouns or _tells_its_own_blow(inc):
            continue
        prev = _fight_told_before(doc, lex, inc, incidents[:k])
        if prev is None or _sides_by_order(doc, W, prev):
            continue
        inc.actor1 = prev.actor1
        if inc.actor2 is None and prev.actor2 is not None and not same_named_actor(prev.actor2, prev.actor1):
            inc.actor2 = prev.actor2


def _fight_told_before(doc: Document, lex: EventLexicon, inc: Incident, before: list[Incident]) -> Incident | None:
    """The fight told last before `inc` whose sides `inc` goes on with (see _sides_of_the_fight_told), or None."""
    W = lex.words
    s0, s1 = doc.sentence_bounds(inc.sentence)
    if stems(doc, s0, s1) & W.unknown_origin or _side_heads_a_clause(doc, W, s0, inc.main.first):
        return None   # unknown gunmen; a side the sentence tells acting ("أن مليشيات الحوثي قامت بمهاجمة ... معارك")
    reach = BOTH_SIDES_REACH if _between_both_sides(doc, W, inc.main, s1) else SIDES_REACH
    # (a fight told as such, not a strike from the air that an advance on the ground was merged into: allies36)
    prev = next((p for p in reversed(before) if max(p.sentences) < inc.sentence and p.family in STARTING_FIGHTS),
                None)
    if prev is None or prev.actor1 is None or prev.actor1_guessed or \
            not doc.same_item(prev.sentence, inc.sentence) or \
            not (prev.in_title or inc.sentence - max(prev.sentences) <= reach):
        return None
    return prev if _thread_holds(doc, lex, prev, inc, s1) else None


def _sides_by_order(doc: Document, W: RoleWords, prev: Incident) -> bool:
    """The fight told before names its sides only as "بين X وY" (a fight noun, no verb of attacking, no taking):
    its actor1 is the side named first, the report's order, not a side told starting it; a fight that goes on
    from it has no doer told (SCHEMA.md: actor1 of a battle is the side that started it; allies36)."""
    if prev.family != CLASH or any(h.trigger.pos != "noun" or h.family != CLASH for h in prev.hits):
        return False
    s0, s1 = doc.sentence_bounds(prev.main.sentence)
    both = _between_sides(doc, W, prev.main, _side_candidates(doc, W, s0, s1), s0, s1)
    return both is not None and same_named_actor(both[0], prev.actor1)


def _tells_its_own_blow(inc: Incident) -> bool:
    """The fight's incident also holds an attack or a taking of ground told with it ("مواجهات عنيفة، تمكنت خلالها
    المقاومة من السيطرة على المديرية"): its sides are that blow's, not the fight's told before (allies36)."""
    return any(h.family in STARTING_FIGHTS and h.family != CLASH for h in inc.hits)


def _thread_holds(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, s1: int) -> bool:
    """The fight `inc` (its sentence ending at s1) goes on with the sides of `prev`: one country, not told hitting
    prev's doer or its ally, and no other side named between."""
    here, there = _country(inc), _country(prev)
    if here and there and here != there or allied_or_same(doc, lex, inc.actor2, prev.actor1, here or there):
        return False
    return not _other_side_between(doc, lex, prev, s1, here or there)


def _side_heads_a_clause(doc: Document, W: RoleWords, s0: int, trigger: int) -> bool:
    """An armed side heading a clause of the sentence before the trigger: the sentence names its own actor."""
    return any((a.kind in ARMED_KINDS or _non_state_group(a)) and _heads_a_clause(doc, W, a0)
               for a0, _, a in doc.actors_in(s0, trigger))


def _between_both_sides(doc: Document, W: RoleWords, hit: Hit, s1: int) -> bool:
    """"بين الطرفين" (event_roles.yaml both_sides) after the fight's noun, only its setting between."""
    toks = doc.seg.tokens
    for j in range(hit.last, min(s1 - 1, hit.last + BOTH_SIDES_AFTER)):
        if toks[j].norm in W.between_sides and token_stems(doc, j + 1) & W.both_sides:
            return _only_its_setting_before(doc, W, hit, j)
    return False


def _other_side_between(doc: Document, lex: EventLexicon, prev: Incident, s1: int, country: str | None) -> bool:
    """An armed side named from the fight told before to the end of this one's sentence that is not one of the
    sides named where that fight was told, nor an ally of one of them (alliances.yaml): another pair, another war."""
    p0, _ = doc.sentence_bounds(min(prev.sentences))
    _, p1 = doc.sentence_bounds(max(prev.sentences))
    own = [a for _, _, a in doc.actors_in(p0, p1)] + [prev.actor1]
    if prev.actor2 is not None:
        own.append(prev.actor2)
    return any((a.kind in ARMED_KINDS or _non_state_group(a))
               and not any(allied_or_same(doc, lex, a, b, country) for b in own) for _, _, a in doc.actors_in(p1, s1))


def allied_or_same(doc: Document, lex: EventLexicon, a, b, country: str | None) -> bool:
    """Two actors of one side: one actor, or allies in the war of `country` when the report was published
    (alliances.yaml; allies36)."""
    if a is None or b is None:
        return False
    return same_named_actor(a, b) or \
        any(al.holds(a.actor_id, b.actor_id, country, doc.published) for al in lex.alliances)


def _told_again(doc: Document, W: RoleWords, hit: Hit) -> bool | None:
    """True where a demonstrative points the fighting's noun back ("تلك المواجهات"), False where a verb of going on
    governs it ("واستمرت الاشتباكات"), None where neither does."""
    if hit.trigger.pos != "noun":
        return None
    c0, _ = doc.clause(hit.first)
    if hit.first > c0 and doc.seg.tokens[hit.first - 1].norm in W.demonstratives:
        return True
    going_on = range(max(c0, hit.first - 1 - CONTINUING_GAP), hit.first)
    return False if any(token_stems(doc, j) & W.continuing for j in going_on) else None


def _same_place(a: Incident, b: Incident) -> bool:
    """Two incidents at one place, or one of them at none named."""
    return a.place is None or b.place is None or place_id(a.place) == place_id(b.place)


def _helper_without_subject(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A noun trigger right after the preposition of a verb of managing that opens its clause with no subject
    after it ("وتمكنوا من حرق", "كما تمكنت من تدمير"; not "وتمكنت القوات من"): doers32."""
    if hit.trigger.pos == "verb":
        return False
    v = helper_before(doc, lex.words, hit, doc.sentence_bounds(hit.sentence)[0])
    return v is not None and v + 2 == hit.first and v - doc.clause(hit.first)[0] <= 1


def _subjectless_verb(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """An active verb of acting whose object or target follows it at once, so that no subject stands
    between ("وقصفت مواقع الحوثيين", "وسيطرت على"; not "قصفت الطائرات مديرية كرش", "وتقاتل قوات الحكومة",
    the passive "وتم دحر الميليشيات", nor "فيما قتل 25 مقاتلا", whose dead have no doer of their own)."""
    if hit.trigger.pos != "verb" or lex.families[hit.family].outcome or hit.family not in VIOLENT | TERRITORY or \
            nominal(doc, lex, hit) or hit.last >= len(doc.seg.tokens):
        return False
    W = lex.words
    if object_pronoun(doc.seg.tokens[hit.last - 1].text):
        # "عندما اقتحمتها من جديد": the object is the pronoun on the verb; a subject would stand right after it
        return not doc.actors_in(hit.last, hit.last + 1)
    return bool(token_stems(doc, hit.last) & (W.target_markers | W.owned_things))


def _country(inc: Incident) -> str | None:
    return inc.place.resolved.country if inc.place is not None and inc.place.resolved is not None else None


# the acts only a state's forces make, which an article tells one force making one after another
SEIZING_ACTS = frozenset({"arrest", "disrupted_weapons"})


def _arrests_of_one_force(incidents: list[Incident]) -> None:
    """An arrest or seizure told with no doer ("وألقي القبض على شخص آخر في جدة", "وتم خلال العملية حجز
    كمية من المتفجرات") is made by the force the article named making its arrests or seizures before, in
    the same country."""
    last = None
    for inc in incidents:
        if inc.family not in SEIZING_ACTS:
            continue
        if inc.actor1 is None and last is not None and _country(inc) in (None, _country(last)):
            inc.actor1 = last.actor1
        elif inc.actor1 is not None and inc.actor1.kind in FORCE_KINDS:
            last = inc


def _told_of_the_group(doc: Document, lex: EventLexicon, inc: Incident) -> bool:
    """An attack on other than militants, or territory taken by fighters of no named group.  Not a
    bombing: a bomb no one claims and no sentence ties to a group is coded without a doer, however
    often the article names the group it is about (a claim of responsibility still names one)."""
    return inc.family in (GROUND_ATTACKS - BOMBINGS) | {"killing"} and inc.target != "militant" or \
        inc.family == "overtake" and unnamed_subject(doc, lex, inc.main)


def dominant_group(doc: Document):
    """The non-state armed group named at least twice and twice as often as any other, if any."""
    groups = [a for _, _, a in doc.actors_in(0, len(doc.seg.tokens)) if a.actor_id and _non_state_group(a)]
    counts = Counter(a.actor_id for a in groups)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n >= 2 and (not rest or n >= 2 * rest[0][1]):
        return next((a for a in groups if a.actor_id == top and not a.generic), None)
    return None


def unnamed_subject(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """Whether the trigger's subject is a word for fighters of no named group ("سيطر عليها الجهاديون")."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    return any(token_stems(doc, k) & lex.unnamed_militants for k in range(hit.last, min(s1, hit.last + 3)))


def _announced_blows(doc: Document, lex: EventLexicon, incidents: list[Incident], speaker_of) -> None:
    """A fight or shelling that an armed side announces with no doer named, when it hit another side ("أعلنت قيادة
    العمليات مقتل العشرات من عناصر داعش خلال اشتباكات", "وذكر المركز الإعلامي للمقاومة أن القصف طال تجمعا
    للحوثيين"): the announcing side dealt it, as a coder reads a side's own statement."""
    if speaker_of is None:
        return
    for inc in incidents:
        # told as a noun the speaker's words govern ("أعلن ... مقتل", "أن المعارك"): a verb has its own subject
        if inc.actor1 is None and inc.family in lex.speaker_against and inc.main.trigger.pos == "noun":
            hit_side = inc.actor2 or _counted_side(doc, lex.words, inc.main)
            inc.actor1 = _announcer_of_the_blow(doc, inc.main, hit_side, speaker_of)
            if inc.actor1 is not None:
                inc.actor2 = hit_side   # the side whose dead were counted ("عن مقتل 30 من مسلحي X") was hit


ANNOUNCER_REACH = 16   # tokens an announcing verb may stand before the incident noun it announces ("أعلن قائد الشرطة
                       # الاتحادية الفريق فلان الفلاني، اليوم السبت، عن مقتل": 14); set on the feed's kwic hits (announce22)
HIT_SIDE_REACH = 12    # words after an announced attack its target's side may stand at ("عن استهداف "نقاط المراقبة
                       # في سور القاعدة" الخاضعة لسيطرة ميليشيات X": 9)


def _announced_as_object(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """An incident noun an armed side's announcing verb takes as its object, naming no doer ("كشف المتحدث باسم
    المقاومة، فلان، عن استهداف مواقع تابعة للحوثيين", "أعلنت خلية الإعلام، أمس، عن تدمير مخزن للتنظيم"): the
    announcing side did it, when what it hit is another armed side's; never civilians' nor its own (a force
    reports attacks on it, and attacks on civilians, in the same words)."""
    W = lex.words
    for inc in incidents:
        hit = inc.main
        if inc.actor1 is not None or hit.trigger.pos != "noun" or \
                inc.family not in lex.announced_against | lex.speaker_against:
            continue
        announcer = _object_announcer(doc, W, hit)
        if announcer is None or not (announcer.kind in ARMED_KINDS or _non_state_group(announcer)):
            continue
        hit_side = inc.actor2 or _counted_side(doc, W, hit)
        if hit_side is None and inc.family in lex.announced_against:
            hit_side = _side_after_the_attack(doc, W, hit)
        if hit_side is None or hit_side.kind == "civilians" or _one_side(announcer, hit_side):
            continue
        inc.actor1 = announcer
        inc.actor2 = inc.actor2 or hit_side


def _object_announcer(doc: Document, W: RoleWords, hit: Hit):
    """The side heading the announcing verb whose object is the hit's noun: after عن ("كشف المتحدث باسم X، فلان،
    عن استهداف") or right after the side, a date between ("أعلنت X، أمس، تدمير"); none past "أن/إن"."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    marked = hit.first - 1 >= s0 and bool(token_stems(doc, hit.first - 1) & W.announced_object_markers)
    for j in range(hit.first - 1, max(s0, hit.first - ANNOUNCER_REACH) - 1, -1):
        found = token_stems(doc, j)
        if found & COMPLEMENTISERS:
            return None   # "أعلن X أن الهجوم ...": what follows is said, the incident has its own subject
        if found & W.announcing_verbs:
            sides = [(a1, a) for a0, a1, a in doc.actors_in(j + 1, hit.first) if a.kind != "civilians" and a.canonical]
            if not sides or not (marked or _nothing_but_dates(doc, sides[0][0], hit.first)):
                return None
            return sides[0][1]
    return None


def _nothing_but_dates(doc: Document, first: int, last: int) -> bool:
    """Tokens first..last hold no word outside a date ("، أمس، ")."""
    dated = {k for d in doc.dates_in(max(0, first - 1), last) for k in range(d.first_token, d.last_token)}
    return all(not doc.seg.tokens[k].is_word or k in dated for k in range(first, last))


def _side_after_the_attack(doc: Document, W: RoleWords, hit: Hit):
    """The first side named after an attack noun in its sentence that did not launch it ("استهداف مواقع تابعة
    للحوثيين", "الخاضعة لسيطرة ميليشيات X"): what was hit is that side's."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    return next((a for a0, _, a in doc.actors_in(hit.last, min(s1, hit.last + HIT_SIDE_REACH))
                 if a.canonical and not _launched_by(doc, W, hit.first, a0, a)), None)


def _fought_by_the_clause_head(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """A clash told as fought "with" a side and no doer ("وتقدمت المقاومة نحو المدينة، ودارت مواجهات عنيفة مع
    الحوثيين", "سيطر التنظيم على نقاط في محيط الحقل، بعد مواجهات مع قوات النظام"): the armed side heading an earlier
    clause of its sentence is the other party, actor1; not one who only tells it ("وقال قائد ... إن")."""
    for inc in incidents:
        hit = inc.main
        if inc.actor1 is not None or inc.actor2 is None or inc.family != CLASH or \
                not _clash_with(doc, lex.words, hit, doc.token_of(inc.actor2.span.start)):
            continue
        head = _head_subject_before(doc, lex, inc)
        if head is not None and not _one_side(head, inc.actor2) and \
                not _speaks_before(doc, hit, doc.token_of(head.span.end - 1) + 1):
            inc.actor1 = head


def _counted_on_both_sides(doc: Document, W: RoleWords, incidents: list[Incident]) -> None:
    """A clash no sentence or context gives a doer whose sentence counts the dead or hurt of two sides ("قتل عشرة
    من الحوثيين وخمسة من المقاومة خلال مواجهات", "مقتل 8 من المتمردين، إلى جانب مقتل 7 من المقاومة، خلال معارك"):
    the text names both sides without saying who started it, so they are coded in the order it gives them (ACLED
    practice).  A partner joined to the first by و ("8 من الحوثيين وقوات صالح") is of its side, not the other."""
    for inc in incidents:
        if inc.actor1 is not None or inc.family != CLASH:
            continue
        s0, s1 = doc.sentence_bounds(inc.main.sentence)
        sides = [(a0, a) for a0, _, a in doc.actors_in(s0, s1)
                 if a.kind != "civilians" and a.canonical and _among_the_counted(doc, W, a0, s0)]
        if not sides:
            continue
        first = sides[0][1]
        other = next((a for a0, a in sides[1:] if not _one_side(a, first) and not joined_to(doc, first, a0)), None)
        if other is not None and (inc.actor2 is None or _one_side(inc.actor2, first) or _one_side(inc.actor2, other)):
            inc.actor1, inc.actor2 = first, other


OUR_MEN_BEFORE = 3   # words before a fight's trigger "our" men may stand at ("إن مقاتلينا خاضوا مواجهات")


def _our_own_men(doc: Document, lex: EventLexicon, incidents: list[Incident], speaker_of) -> None:
    """A fight or a shelling with no doer read whose subject is the speaker's own men ("وقال قائد في المقاومة إن
    مقاتلينا خاضوا مواجهات مع الحوثيين", "وقال المتحدث باسم الجيش إن قواتنا قصفت مواقع التنظيم"): the speaker's
    side did it, when it is an armed side and not the side the incident hit."""
    if speaker_of is None:
        return
    for inc in incidents:
        if inc.actor1 is None and inc.family in lex.speaker_against and _our_men_subject(doc, lex.words, inc.main):
            who = speaker_of(doc, inc.main.first, inc.main.sentence)
            side = next((ref for ref in (who if isinstance(who, list) else [who])
                         if ref is not None and (ref.actor_id or ref.canonical)), None)
            if side is not None and (side.kind in ARMED_KINDS or _non_state_group(side)) and \
                    not (inc.actor2 is not None and _one_side(side, inc.actor2)):
                inc.actor1 = side


def _our_men_subject(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """A side's members or means with "our" on them ("مقاتلينا", "قواتنا") stand up to OUR_MEN_BEFORE words before
    the trigger in its clause, as its subject: not counted ("عشرة من رجالنا"), not a target ("النار على مقاتلينا"),
    not the ones an act befell ("تعرض مقاتلونا لهجوم")."""
    c0, _ = doc.clause(hit.first)
    k = next((j for j in range(hit.first - 1, max(c0, hit.first - OUR_MEN_BEFORE) - 1, -1) if _our_member(doc, W, j)),
             None)
    if k is None:
        return False
    before = token_stems(doc, k - 1) if k - 1 >= c0 else set()
    if before & (W.partitive_preposition | W.target_markers) or stems(doc, k + 1, hit.first) & W.suffering_verbs:
        return False
    return True


def _our_member(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a side's members or means with "our" on them ("مقاتلينا", "وعناصرنا", "قواتنا")."""
    return any(w.endswith(sfx) and (without_article(w[:-len(sfx)]) or w[:-len(sfx)]) in W.own_members
               for w in token_stems(doc, k) for sfx in W.first_person_suffixes)


def _announcer_of_the_blow(doc: Document, hit: Hit, hit_side, speaker_of):
    """The armed side that states the hit's sentence, when the side the hit hit (its actor2, else a side whose
    counted dead its sentence tells after it) is another; a side telling of its own dead did not deal the blow."""
    if hit_side is None:
        return None
    who = speaker_of(doc, hit.first, hit.sentence)
    for ref in who if isinstance(who, list) else [who]:
        if ref is None or not (ref.actor_id or ref.canonical):
            continue
        if not (ref.kind in ARMED_KINDS or _non_state_group(ref)):
            return None   # a monitor, a ministry of health, a government telling of it: not a fighting side
        return None if _one_side(ref, hit_side) else ref
    return None


def _counted_side(doc: Document, W: RoleWords, hit: Hit):
    """The first side after the hit, in its sentence, whose counted dead it tells ("أسفرت عن مقتل 30 من مسلحي X")."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    return next((a for a0, _, a in doc.actors_in(hit.last, s1) if _among_the_counted(doc, W, a0, s0)), None)


def _one_side(a, b) -> bool:
    """Two mentions of one side: one actor, or two state bodies of one country ("Military Forces of Iraq" and
    "Police Forces of Iraq")."""
    if same_named_actor(a, b):
        return True
    return is_state(a) and is_state(b) and _state_of(a) is not None and _state_of(a) == _state_of(b)


def _state_of(a) -> str | None:
    """The country in a state actor's canonical name ("Military Forces of Iraq" -> "Iraq"), else None."""
    _, of, country = (a.canonical or "").partition(" of ")
    return country.split(" (")[0].split(" - ")[0] if of else None


def _bare_forces_of_the_teller(doc: Document, lex: EventLexicon, incidents: list[Incident], speaker_of) -> None:
    """A strike or attack whose doer is a bare head of armed forces ("الطيران الحربي", "القوات البرية"), told in
    the statement of a government or a state force of one country about a blow that fell in another ("أعلنت
    الحكومة التركية أن الطيران الحربي شن غارات على ... في شمال العراق"): the teller's own forces, not those of
    the country where the blow fell, which the bare head took from the sentence's places (the resolver sees no
    teller).  A foreign ministry telling of another state's army is not such a teller (event_roles.yaml
    `own_forces_tellers`); fights are left to the battle rules."""
    if speaker_of is None:
        return
    for inc in incidents:
        a = inc.actor1
        if not (isinstance(a, ActorMention) and a.generic and (a.canonical or "").startswith("Military Forces of")) \
                or lex.families[inc.family].type not in TOLD_FORCES_TYPES:
            continue
        teller = _own_forces_teller(doc, lex.words, inc.main, speaker_of)
        if teller is not None and teller.span.start < a.span.start and _state_of(teller) not in (None, _state_of(a)):
            inc.actor1 = teller


def _own_forces_teller(doc: Document, W: RoleWords, hit: Hit, speaker_of):
    """The state force, or the government named by a word of `own_forces_tellers`, whose statement the hit's
    sentence reports, or None."""
    who = speaker_of(doc, hit.first, hit.sentence)
    ref = next((r for r in (who if isinstance(who, list) else [who]) if r is not None and r.canonical), None)
    if ref is None or ref.span is None:
        return None
    if ref.kind in FORCE_KINDS:
        return ref
    head = next((a0 for a0, _, a in doc.actors_in(0, len(doc.seg.tokens)) if a.span.start == ref.span.start), None)
    return ref if head is not None and {without_article(x) for x in token_stems(doc, head)} & W.own_forces_tellers \
        else None


def speaking_force(doc: Document, hit: Hit, speaker_of, kinds=FORCE_KINDS):
    """The state force (or side of one of `kinds`) whose spokesman or statement the trigger's sentence reports."""
    if speaker_of is None:
        return None
    who = speaker_of(doc, hit.first, hit.sentence)
    for ref in who if isinstance(who, list) else [who]:
        if ref is not None and (ref.actor_id or ref.canonical) and ref.kind in kinds:
            return ref
    return None


def responsibility(doc: Document, lex: EventLexicon) -> dict[int, ActorMention]:
    """Sentences where an armed group claims an attack ("تبنى تنظيم الدولة", "أعلنت الحركة مسؤوليتها")."""
    out = {}
    seg = doc.seg
    # the sentences holding such a word, found in one pass over the article's words (every word is in a sentence)
    for i in sorted({seg.sentence_of(k) for k in lex.responsibility_words.positions(seg.words)}):
        s = seg.sentences[i]
        # "ولم يعلن أي طرف مسؤوليته": a side named before the denial is no claimer (the side hit, the place's
        # people); one after it ("..., لكن مصدرا في الشرطة قال إنه عمل بوكو حرام") is the side the report blames
        denial = unclaimed_at(doc, lex.words, i)
        first = s.first_token if denial is None else denial
        acts = [a for _, _, a in doc.actors_in(first, s.last_token)
                if a.kind not in STATE_KINDS and a.canonical]
        if acts:
            out[s.index] = acts[0]
    return out


# truce38: the parties of a state made (a truce, a ceasefire: families with `standing`)
DECLARER_REACH = 3   # words from a state's trigger to the relative that names who declared it ("الهدنة الإنسانية
                     # التي أعلنتها قيادة التحالف"; kwic.py: 26 such on the feed, at most 2 words between)
ASKED_REACH = 8      # words from a verb of asking back from the side asked to keep a state ("طالب الرئيس اليمني
                     # عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة": 6)


def parties_of_a_state(doc: Document, W: RoleWords, hit: Hit,
                       sides: tuple[ActorMention | None, ActorMention | None]):
    """actor1 and actor2 of a state made (SCHEMA: the side that declares or signs is actor1): the side a relative
    clause says declared it ("الهدنة التي أعلنها التحالف") is actor1, the side read before it actor2 (who refuses it);
    the side asked to keep it ("التزام الحوثيين بالهدنة", "طالب الرئيس المليشيات باحترام الهدنة") is not actor1."""
    a1, a2 = sides
    declarer = _declarer_after(doc, W, hit)
    if declarer is not None:
        if a1 is not None and not same_named_actor(a1, declarer):
            a2 = a2 or a1
        return declarer, (None if a2 is not None and same_named_actor(a2, declarer) else a2)
    if a1 is not None and _asked_to_keep(doc, W, hit, a1):
        # not made actor2 either: a mention whose other party is named apart from the announcement's is then told
        # as another incident (2 truce announcements split in two on the feed)
        return None, a2
    return a1, a2


def _declarer_after(doc: Document, W: RoleWords, hit: Hit) -> ActorMention | None:
    """The side named right after a relative and a verb of declaring with its object pronoun, a few words after the
    trigger (event_roles.yaml `declaring_verbs`; "التي أعلنت عنها قيادة قوات التحالف": a head noun may stand before
    the name, and عن with the pronoun after a bare verb)."""
    _, s1 = doc.sentence_bounds(hit.sentence)
    toks = doc.seg.tokens
    rel = next((k for k in range(hit.last, min(s1, hit.last + DECLARER_REACH + 1))
                if token_stems(doc, k) & W.relatives), None)
    if rel is None or rel + 2 >= s1:
        return None
    verb = token_stems(doc, rel + 1)
    k = rel + 2
    if verb & W.declaring_bare and toks[k].norm in W.declared_pronouns:
        k += 1   # "أعلنت عنها"
    elif not verb & W.declaring_verbs:
        return None
    return next((a for a0, _, a in doc.actors_in(k, min(s1, k + 3)) if a0 <= k + 1), None)


def _asked_to_keep(doc: Document, W: RoleWords, hit: Hit, a: ActorMention) -> bool:
    """The actor is the side asked to keep the state: right after a noun of keeping ("التزام الحوثيين وحلفائهم
    بالهدنة"), or the object of a verb of asking, a noun of keeping after it ("طالب الرئيس المليشيات الحوثية وقوات
    صالح باحترام الهدنة"; event_roles.yaml `keeping_nouns`, `asking_verbs`)."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    a0 = doc.token_of(a.span.start)
    if not s0 <= a0 < hit.first:
        return False
    if a0 > s0 and token_stems(doc, a0 - 1) & W.keeping_nouns:
        return True
    named = {k for b0, b1, _ in doc.actors_in(a0, hit.first) for k in range(b0, b1)}
    keep = next((k for k in range(a0, hit.first) if k not in named and token_stems(doc, k) & W.keeping_nouns), None)
    if keep is None or any(doc.seg.tokens[k].is_word and k not in named and not token_stems(doc, k) & W.keeping_links
                           for k in range(a0, keep)):
        return False
    # the verb of asking stands before the side, its own subject between ("طالب الرئيس ... المليشيات")
    return any(token_stems(doc, k) & W.asking_verbs for k in range(max(s0, a0 - ASKED_REACH), a0 - 1))
