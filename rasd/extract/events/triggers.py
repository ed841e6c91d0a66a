"""Trigger hits: the words of `events.yaml` that report an incident, sentence
by sentence, and the qualifiers that refine their family (a suicide bomber
makes an explosion a suicide bomb; aircraft make a bombardment an airstrike).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from dataclasses import dataclass

from rasd.extract.document import Document
from rasd.extract.events.factuality import glued_purpose, in_another_sense, reports_incident
from rasd.extract.events.model import TERRITORY, Hit, Incident
from rasd.extract.events.reading import complementiser_subject, object_pronoun, token_stems
from rasd.extract.lexicon import EventLexicon, Trigger
from rasd.text.clitics import readings
from rasd.text.morph import Form, FormIndex
from rasd.text.normalise import strip_article
from rasd.text.segment import token_norms

GAP_REACH = 7              # a gapped trigger's tail within this many tokens of its head ("فجر انتحاري نفسه")
# tokens before / after a clash searched for its sides (a qualifier read at coding: "اشتبك محتجون مع الشرطة", "مواجهات
# عنيفة في مدينة القدس ليلة أول من أمس بين الشبان" ten on); set on the feed's 188 articles with a clash word and a
# crowd noun: further, the crowd belongs to another act of the clause ("استهدف هجوم سوروتش مجموعة من الشبان ... التي
# دمرت في ... المعارك", "اندلعت اشتباكات ... بعد يومين على ... إضرام مستوطنين النار")
SIDES_BEFORE, SIDES_AFTER = 6, 12
AIR_BEFORE, AIR_AFTER = 3, 4  # tokens before / after a trigger searched for a near qualifier (aircraft)
BACKING_REACH = 2          # tokens from "بدعم" to the aircraft it names ("بدعم من طيران")

_DEFINITE_PREFIXES = ("ال", "وال", "بال", "لل")  # the article, alone or after a proclitic
_TAA_MARBUTA = "ة"
_CONJUNCTION = "و"


# (trigger, sentence, first token, last token, its words) -> whether the words mean violence there
Admits = Callable[[Trigger, int, int, int, tuple], bool]


def _any(trig: Trigger, sentence: int, first: int, last: int, phrase: tuple) -> bool:
    return True


@dataclass(frozen=True)
class TriggerMatch:
    """Trigger words found in the text: tokens first..last-1, their matching form, what they report."""

    first: int
    last: int
    phrase: tuple[str, ...]     # the words as the lexicon knows them (without proclitics)
    trigger: Trigger


def find_hits(doc: Document, lex: EventLexicon, admits: Admits = _any, forms: FormIndex | None = None,
              sentence: int | None = None, dropped: list[Hit] | None = None) -> list[Hit]:
    """Every trigger that reports an incident, in text order (of one `sentence` only, where given); `admits`
    tells whether a trigger's words mean political violence where they stand (extract/sense.py); `forms` finds
    every form of the families' lemmas; `dropped`, where given, gathers the acts told but not as incidents
    (negated, intended, habitual, a purpose ...: `reports_incident` says no, in the sense the family means)."""
    hits: list[Hit] = []
    dropped = [] if dropped is None else dropped
    words = token_norms(doc.seg) if forms is not None else []     # read only
    # where a trigger or a gapped pair's head may start, looked up for the whole text at once
    starts = _starts(doc, lex, forms)
    heads = lex.gapped_heads.positions(doc.seg.words)
    for s in doc.seg.sentences if sentence is None else doc.seg.sentences[sentence:sentence + 1]:
        first, last = s.first_token, s.last_token
        found = trigger_matches(doc, lex, forms, words, first, last, _within(starts, first, last))
        _scan_sentence(doc, lex, s.index, found, (hits, dropped), admits)
        _gapped(doc, lex, s.index, last, _within(heads, first, last), hits, admits)
    hits.sort(key=lambda h: h.first)
    return hits


def _within(positions: list[int], first: int, last: int) -> list[int]:
    """The positions (sorted) from first to last-1."""
    return positions[bisect_left(positions, first):bisect_left(positions, last)]


def trigger_matches(doc: Document, lex: EventLexicon, forms: FormIndex | None, words: Sequence[str],
                    first: int, last: int, starts: list[int]) -> list[TriggerMatch]:
    """Non-overlapping trigger words, left to right, the longer of a listed phrase and a lemma's form
    winning at each token (a listed phrase on a tie); `starts`: the tokens first..last-1 where one may
    start (`_starts`)."""
    toks = doc.seg.tokens
    out: list[TriggerMatch] = []
    i = first
    for k in starts:  # at any other token neither lookup finds anything
        if k < i:
            continue
        i = k
        pm = lex.triggers.match_at(toks, i)
        listed = TriggerMatch(pm.first, pm.last, pm.phrase, pm.payloads[0]) if pm is not None and pm.last <= last \
            else None
        found = _lemma_match(lex, forms, words, i, last) if forms is not None and toks[i].is_word else None
        best = found if found is not None and (listed is None or _wins(found, listed)) else listed
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.last
    return out


def _starts(doc: Document, lex: EventLexicon, forms: FormIndex | None) -> list[int]:
    """The tokens at which a listed trigger phrase or a lemma's form may start, in order."""
    words = doc.seg.words
    listed = lex.triggers.positions(words)
    return sorted(set(listed).union(forms.positions(words))) if forms is not None else listed


def _wins(found: TriggerMatch, listed: TriggerMatch) -> bool:
    """A lemma's form beats a listed phrase when longer, or as long and a verb where the phrase is a noun
    ("طرد", "ضبطها": the verb reading first, as for the listed verbs)."""
    if found.last != listed.last:
        return found.last > listed.last
    return found.trigger.pos == "verb" and listed.trigger.pos != "verb"


def _lemma_match(lex: EventLexicon, forms: FormIndex, words: Sequence[str], i: int, last: int) -> TriggerMatch | None:
    """The longest form of a family's lemma starting at token `i` (a verb reading before a noun one)."""
    for n, f in forms.match(words, i):
        if i + n > last or "above_lemma" in forms.flags(f.stem or f.surface):
            continue  # a form far more common than its lemma is mostly another word (تغير of أغار)
        families = lex.lemma_families.get((f.lemma, f.entry_pos))
        if not families:
            continue
        fam = next((fid for fid in families if f.pos != "participle" or lex.families[fid].participles), None)
        if fam is None:
            continue
        best = _preferred(lex, forms.match(words, i), n, families) or f
        return TriggerMatch(i, i + n, tuple((best.stem or best.surface).split()), _trigger_of(fam, best))
    return None


def _preferred(lex: EventLexicon, readings_: list[tuple[int, Form]], n: int, families) -> Form | None:
    """Among the readings of the same length and lemma family, a finite verb first (قتل: killed, not killing)."""
    same = [f for k, f in readings_ if k == n and lex.lemma_families.get((f.lemma, f.entry_pos)) == families]
    return next((f for f in same if f.pos == "verb"), None)


_NOMINAL = {"masdar": "noun", "noun": "noun", "participle": "noun"}


def _trigger_of(family: str, f: Form) -> Trigger:
    if f.pos == "verb":
        return Trigger(family, "verb", f.tense or "past", False, f.lemma)
    if f.pos == "participle":
        # it names the doers ("فرقت الشرطة مساء الجمعة مئات المحتجين"), not the incident: its article does not point
        # back to an incident told before, so it is dated as a verb is
        return Trigger(family, "noun", "", False, f.lemma, participle=True)
    return Trigger(family, _NOMINAL.get(f.pos, "noun"), "", f.analysis.definite, f.lemma)


def _scan_sentence(doc: Document, lex: EventLexicon, sentence: int, found: list[TriggerMatch],
                   out: tuple[list[Hit], list[Hit]], admits: Admits) -> None:
    """The sentence's trigger phrases that report an incident (`out`: those, and the acts it tells as no incident);
    a noun right after a dropped purpose ("لاستعادة السيطرة") or joined to it by و shares its fate."""
    hits, dropped = out
    toks = doc.seg.tokens
    dropped_until = -1
    purpose_seen = False
    general = _general_pairs(doc, lex, found)
    for m in found:
        if doc.inside_actor(m.first, m.last) is not None:
            continue  # "عملية البنيان المرصوص" names a force, not an operation
        if m.first in general:
            continue
        trig = _as_written(doc, lex, m.trigger, m.first, m.last)
        if m.first == dropped_until and trig.pos == "noun":
            dropped_until = m.last  # "لاستعادة السيطرة": the noun after a purpose shares it
            continue
        first_word = toks[m.first].norm
        if purpose_seen and trig.pos == "noun" and _second_of_pair(first_word, m.phrase):
            continue  # "لتحرير آخر معقل للتنظيم ومواجهة عملياته": a second purpose joined by و
        if not admits(trig, sentence, m.first, m.last, m.phrase):
            continue
        if _object_of_a_taking(doc, lex, hits, m.first, trig):
            continue
        if reports_incident(doc, lex, m.first, m.last, trig, m.phrase):
            hits.append(Hit(trig.family, m.first, m.last, trig, sentence))
            continue
        if not in_another_sense(doc, lex, m.first, m.last, trig, m.phrase):
            # a negated or intended act: its noun complement shares that ("لاستعادة السيطرة"); a word in
            # another sense says nothing of its complement ("سقوط مقذوف": a fall, no ground taken)
            dropped_until = m.last
            dropped.append(Hit(trig.family, m.first, m.last, trig, sentence))
        purpose_seen = purpose_seen or (trig.pos == "noun" and glued_purpose(first_word, m.phrase))


def _object_of_a_taking(doc: Document, lex: EventLexicon, hits: list[Hit], first: int, trig: Trigger) -> bool:
    """A noun of holding right after a change of control ("استعادة السيطرة على", "استعادت السيطرة على") is its
    object, not a taking of its own: read apart, its doer was the support named before ("بدعم من المقاومة")
    and one regain was two events (lists22; kwic.py: 72 "استعاد/استعادة + السيطرة" on the feed, every one one act)."""
    if not hits or hits[-1].last != first or trig.pos != "noun":
        return False
    # a noun joined by و is coordinated, not the object ("معارك في جبهات المعركة والسيطرة على مواقع")
    return hits[-1].family in TERRITORY and trig.family in TERRITORY \
        and not doc.seg.tokens[first].norm.startswith("و") \
        and any(strip_article(w) in lex.words.holding_nouns for w in token_stems(doc, first))


def _general_pairs(doc: Document, lex: EventLexicon, found: list[TriggerMatch]) -> set[int]:
    """The first tokens of triggers that are one of two words of violence named in general joined by و
    ("القتل والتدمير", "الخطف والقتل") with no place after them in their clause: an incident of nobody,
    nowhere."""
    toks = doc.seg.tokens
    general = lex.words.violence_in_general

    def in_general(k: int) -> bool:
        return 0 <= k < len(toks) and bool(token_stems(doc, k) & general)

    out: set[int] = set()
    for m in found:
        k = m.first
        if m.last != k + 1 or not in_general(k):
            continue
        pair = (k - 1, k) if toks[k].norm.startswith("و") else (k, k + 1)
        if pair[0] >= 0 and toks[pair[1]].norm.startswith("و") and in_general(pair[0]) and in_general(pair[1]) and \
                not doc.places_in(pair[1] + 1, doc.clause(k)[1]):
            out.add(k)
    return out


def _as_written(doc: Document, lex: EventLexicon, trig: Trigger, first: int, last: int) -> Trigger:
    """A verb form written with a taa marbuta is the verbal noun (استعادة), not verb + pronoun (استعاده);
    so is a bare past form after a preposition ("في قصف عشوائي للحوثيين") or as the complement of an
    operation noun ("بعمليات خطف", "حملة اعتقال").  With a pronoun ("أعلنت عن ضبطها") it stays a verb: the
    pronoun tells its doer, whom the roles find before it."""
    toks = doc.seg.tokens
    if trig.pos != "verb":
        return trig
    bare = last - first == 1 and not object_pronoun(toks[first].text)
    if toks[last - 1].text.endswith(_TAA_MARBUTA) or (trig.tense == "past" and bare and _after_noun_governor(doc, lex, first)):
        return Trigger(trig.family, "noun", "", toks[first].norm.startswith(_DEFINITE_PREFIXES), trig.lemma)
    return trig


def _after_noun_governor(doc: Document, lex: EventLexicon, first: int) -> bool:
    """The word before is a preposition or an operation noun, in the same sentence."""
    if first == 0 or doc.seg.sentence_of(first - 1) != doc.seg.sentence_of(first) or not doc.seg.tokens[first - 1].is_word:
        return False
    W = lex.words
    before = {r.stem for r in readings(doc.seg.tokens[first - 1].norm)}
    return bool(before & (W.general_prepositions | W.verbal_noun_heads))


def _second_of_pair(first_word: str, phrase) -> bool:
    """The trigger is the written word after a conjunction و (not the article وال)."""
    return first_word.startswith(_CONJUNCTION) and not first_word.startswith(_CONJUNCTION + "ال") and \
        first_word[1:] == phrase[0]


def _gapped(doc: Document, lex: EventLexicon, sentence: int, last: int, heads: list[int], hits: list[Hit],
            admits: Admits) -> None:
    """"فجر انتحاري نفسه": a verb and its reflexive object a few words apart; "وأطلق الجنود ... النار":
    the head may carry its conjunction.  `heads`: the sentence's tokens that may head a pair, in order."""
    toks = doc.seg.tokens
    for k in heads:
        pairs = [pair for r in readings(toks[k].norm) for pair in lex.gapped.get(r.stem, ())]
        for tail, fid in pairs:
            j = next((j for j in range(k + 2, min(last, k + GAP_REACH)) if toks[j].norm == tail), None)
            if j is None or any(h.first <= k < h.last for h in hits):
                continue
            trig = Trigger(fid, "form", "past")
            if admits(trig, sentence, k, j + 1, ()) and reports_incident(doc, lex, k, j + 1, trig, (toks[k].norm,)):
                hits.append(Hit(fid, k, j + 1, trig, sentence))


def _part_of_another(lex: EventLexicon, hit: Hit, others, sets: str) -> bool:
    """Another trigger of the sentence tells an incident of another kind that `hit` may be part of ("غارات ...
    حيث دمرت مخزنا للأسلحة": what the strike destroyed), unless the sentence tells the fight too, which the
    qualifier makes it (`sets`): the defences destroyed where "ودارت معارك" follows are that fight ("تمكن الجيش من
    تدمير دفاعات الميليشيات ... إثر هجوم ...، ودارت معارك"), arms looted in an attack are the attack's ("اقتحام قاعدة
    ... ونهبوا أسلحتها")."""
    if any(h is not hit and h.family == sets for h in others):
        return False
    return any(h is not hit and h.family != hit.family and lex.compatible(hit.family, h.family, True) for h in others)


def qualify(doc: Document, lex: EventLexicon, hit: Hit, others: list[Hit] | None = None) -> str:
    """The family once qualifiers (a suicide bomber, aircraft) are taken into account.  A suicide word
    may stand anywhere in the sentence, but not beyond another trigger of it (`others`: the sentence's hits): "هجوما انتحاريا
    ... كما قتل 12 شخصا في هجوم آخر" is a suicide attack and another attack (a death report, which tells
    the outcome of either, is no bound)."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    c0, c1 = doc.clause(hit.first)
    for h in others or ():
        if h is not hit and not lex.families[h.family].outcome:
            if h.last <= hit.first:
                s0 = max(s0, h.last)
            elif h.first >= hit.last:
                s1 = min(s1, h.first)
    for q in lex.qualifiers:
        if hit.family not in q.applies_to or q.at_coding or (q.alone and _part_of_another(lex, hit, others or (), q.sets)):
            continue
        if q.object_only:
            if _qualifier_object(doc, lex, q, hit, c1):
                return q.sets
            continue
        # suicide: anywhere in the sentence (up to another trigger); air: near the trigger in its clause
        anywhere = q.id == "suicide"
        lo, hi = (s0, s1) if anywhere else (max(c0, hit.first - AIR_BEFORE), min(c1, hit.last + AIR_AFTER))
        lo = hit.last if q.after_only else lo
        if _qualifier_within(doc, lex, q, hit, (lo, hi), anywhere) or \
                q.as_subject and _subject_of_its_clause(doc, lex, q, hit, s0):
            return q.sets
    return hit.family


def qualified_incident(doc: Document, lex: EventLexicon, inc: Incident) -> str:
    """The family of an incident once the qualifiers read at coding (`at_coding`) are taken into account: one of
    their words near any hit that tells it, in the hit's clause ("مواجهات بين قوات الأمن ومتظاهرين": a clash of a
    crowd is a riot), however its tellings were folded into one."""
    for q in lex.qualifiers:
        if not q.at_coding or inc.family not in q.applies_to:
            continue
        for hit in inc.hits:
            c0, c1 = doc.clause(hit.first)
            span = doc.sentence_bounds(hit.sentence) if q.in_sentence else \
                (max(c0, hit.first - SIDES_BEFORE), min(c1, hit.last + SIDES_AFTER))
            if hit.family in q.applies_to and _qualifier_within(doc, lex, q, hit, span, False):
                return q.sets
    return inc.family


def _qualifier_object(doc: Document, lex: EventLexicon, q, hit: Hit, c1: int) -> bool:
    """A word of the qualifier is the trigger's object: right after it, or after its subject (a named side, or
    fighters of none: "أحرق المسلحون الطفل"), or after a count ("أحرقت الميليشيات ثلاثة شبان"), in its clause."""
    k = hit.last
    k = next((a1 for a0, a1, _ in doc.actors_in(k, k + 1) if a0 == k), k)
    if k == hit.last and k < c1 and token_stems(doc, k) & lex.unnamed_militants:
        k += 1
    count = next((n for n in doc.numbers_in(k, k + 1) if n.first_token == k), None)
    k = count.last_token if count is not None else k
    return k < c1 and q.words.match_at(doc.seg.tokens, k) is not None


def _qualifier_within(doc: Document, lex: EventLexicon, q, hit: Hit, span: tuple[int, int], anywhere: bool) -> bool:
    """A word of the qualifier between span's ends (outside the trigger unless `anywhere`), not one naming who
    backed the act."""
    toks = doc.seg.tokens
    # only where a word of the qualifier may begin (`positions`: at any other token `match_at` finds nothing), so not
    # a call of `match_at` per token of the span (~34 an article that found nothing at once; speed41)
    for k in q.words.positions(doc.seg.words, *span):
        if hit.first <= k < hit.last and not anywhere:
            continue
        if q.words.match_at(toks, k) is not None and (anywhere or not _backing_before(doc, lex, k)):
            return True
    return False


def _subject_of_its_clause(doc: Document, lex: EventLexicon, q, hit: Hit, s0: int) -> bool:
    """The qualifier's word is the subject a bare complementiser opens the trigger's clause with ("قال المرصد إن
    طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع")."""
    k = complementiser_subject(doc, lex.words, hit.first, s0)
    return k is not None and q.words.match_at(doc.seg.tokens, k) is not None


def _backing_before(doc: Document, lex: EventLexicon, k: int) -> bool:
    """The word at k names who backed the act ("بدعم جوي من التحالف", "بدعم من طيران التحالف"), not how it was
    done: aircraft that support a ground attack do not make it an air strike."""
    backing = lex.modality.get("backing", frozenset())
    return any(doc.seg.tokens[j].norm in backing for j in range(max(0, k - BACKING_REACH), k))
