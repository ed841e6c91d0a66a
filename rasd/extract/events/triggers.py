"""Trigger hits: the words of `events.yaml` that report an incident, sentence
by sentence, and the qualifiers that refine their family (a suicide bomber
makes an explosion a suicide bomb; aircraft make a bombardment an airstrike).
"""
from __future__ import annotations

from collections.abc import Callable

from rasd.extract.document import Document
from rasd.extract.events.factuality import glued_purpose, reports_incident
from rasd.extract.events.model import Hit
from rasd.extract.lexicon import EventLexicon, Trigger
from rasd.text.clitics import readings

GAP_REACH = 7              # a gapped trigger's tail within this many tokens of its head ("فجر انتحاري نفسه")
AIR_BEFORE, AIR_AFTER = 3, 4  # tokens before / after a trigger searched for a near qualifier (aircraft)

_DEFINITE_PREFIXES = ("ال", "وال", "بال", "لل")  # the article, alone or after a proclitic
_TAA_MARBUTA = "ة"
_CONJUNCTION = "و"


# (trigger, sentence, first token, last token, its words) -> whether the words mean violence there
Admits = Callable[[Trigger, int, int, int, tuple], bool]


def _any(trig: Trigger, sentence: int, first: int, last: int, phrase: tuple) -> bool:
    return True


def find_hits(doc: Document, lex: EventLexicon, admits: Admits = _any) -> list[Hit]:
    """Every trigger that reports an incident, in text order; `admits` tells whether a trigger's words
    mean political violence where they stand (extract/sense.py)."""
    hits: list[Hit] = []
    for s in doc.seg.sentences:
        _scan_sentence(doc, lex, s.index, s.first_token, s.last_token, hits, admits)
        _gapped(doc, lex, s.index, s.first_token, s.last_token, hits, admits)
    hits.sort(key=lambda h: h.first)
    return hits


def _scan_sentence(doc: Document, lex: EventLexicon, sentence: int, first: int, last: int, hits: list[Hit],
                   admits: Admits) -> None:
    """The sentence's trigger phrases that report an incident; a noun right after a dropped purpose
    ("لاستعادة السيطرة") or joined to it by و shares its fate."""
    toks = doc.seg.tokens
    dropped_until = -1
    purpose_seen = False
    for m in lex.triggers.scan(toks, first, last):
        if doc.inside_actor(m.first, m.last) is not None:
            continue  # "عملية البنيان المرصوص" names a force, not an operation
        trig = _as_written(doc, m.payloads[0], m.first, m.last)
        if m.first == dropped_until and trig.pos == "noun":
            dropped_until = m.last  # "لاستعادة السيطرة": the noun after a purpose shares it
            continue
        first_word = toks[m.first].norm
        if purpose_seen and trig.pos == "noun" and _second_of_pair(first_word, m.phrase):
            continue  # "لتحرير آخر معقل للتنظيم ومواجهة عملياته": a second purpose joined by و
        if not admits(trig, sentence, m.first, m.last, m.phrase):
            continue
        if reports_incident(doc, lex, m.first, m.last, trig, m.phrase):
            hits.append(Hit(trig.family, m.first, m.last, trig, sentence))
        else:
            dropped_until = m.last
            purpose_seen = purpose_seen or (trig.pos == "noun" and glued_purpose(first_word, m.phrase))


def _as_written(doc: Document, trig: Trigger, first: int, last: int) -> Trigger:
    """A verb form written with a taa marbuta is the verbal noun (استعادة), not verb + pronoun (استعاده)."""
    toks = doc.seg.tokens
    if trig.pos == "verb" and toks[last - 1].text.endswith(_TAA_MARBUTA):
        return Trigger(trig.family, "noun", "", toks[first].norm.startswith(_DEFINITE_PREFIXES))
    return trig


def _second_of_pair(first_word: str, phrase) -> bool:
    """The trigger is the written word after a conjunction و (not the article وال)."""
    return first_word.startswith(_CONJUNCTION) and not first_word.startswith(_CONJUNCTION + "ال") and \
        first_word[1:] == phrase[0]


def _gapped(doc: Document, lex: EventLexicon, sentence: int, first: int, last: int, hits: list[Hit],
            admits: Admits) -> None:
    """"فجر انتحاري نفسه": a verb and its reflexive object a few words apart; "وأطلق الجنود ... النار":
    the head may carry its conjunction."""
    toks = doc.seg.tokens
    for k in range(first, last):
        pairs = [pair for r in readings(toks[k].norm) for pair in lex.gapped.get(r.stem, ())]
        for tail, fid in pairs:
            j = next((j for j in range(k + 2, min(last, k + GAP_REACH)) if toks[j].norm == tail), None)
            if j is None or any(h.first <= k < h.last for h in hits):
                continue
            trig = Trigger(fid, "form", "past")
            if admits(trig, sentence, k, j + 1, ()) and reports_incident(doc, lex, k, j + 1, trig, (toks[k].norm,)):
                hits.append(Hit(fid, k, j + 1, trig, sentence))


def qualify(doc: Document, lex: EventLexicon, hit: Hit) -> str:
    """The family once qualifiers (a suicide bomber, aircraft) are taken into account."""
    toks = doc.seg.tokens
    s0, s1 = doc.sentence_bounds(hit.sentence)
    c0, c1 = doc.clause(hit.first)
    for q in lex.qualifiers:
        if hit.family not in q.applies_to:
            continue
        # suicide: anywhere in the sentence; air: near the trigger in its clause
        anywhere = q.id == "suicide"
        lo, hi = (s0, s1) if anywhere else (max(c0, hit.first - AIR_BEFORE), min(c1, hit.last + AIR_AFTER))
        for k in range(lo, hi):
            if hit.first <= k < hit.last and not anywhere:
                continue
            if q.words.match_at(toks, k) is not None:
                return q.sets
    return hit.family
