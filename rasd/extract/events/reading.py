"""The word-level questions every event step asks of a document: the stems
of a token or of a range of tokens, an attached object pronoun, a passive
auxiliary before a trigger.
"""
from __future__ import annotations

from rasd.extract.document import DatedSpan, Document
from rasd.extract.lexicon import EventLexicon, RoleWords
from rasd.model import ActorMention
from rasd.text.clitics import reading_stems, readings, without_article
from rasd.text.segment import COMMAS

_DIACRITICS = dict.fromkeys(range(0x064B, 0x0653), None) | {0x0640: None}
_CONJUNCTION = "و"
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # attached pronouns that make a verb form transitive ("طرده")
_BARE_MIN = 3  # letters a word keeps once its pronoun is cut off (no two-letter remnant of a noun)


def token_stems(doc: Document, k: int) -> frozenset[str]:
    """The stems of token `k` (the word without its proclitics, in each reading)."""
    return reading_stems(doc.seg.tokens[k].norm)


def bare_stems(doc: Document, k: int) -> set[str]:
    """The stems of token `k`, each without its article ("الجيش" -> "جيش"): for lexicons of bare nouns."""
    return {without_article(x) or x for x in token_stems(doc, k)}


def stems_with_and_without_article(doc: Document, k: int) -> set[str]:
    """The stems of token `k`, and each also without its article."""
    return set(token_stems(doc, k)) | bare_stems(doc, k)


def stems(doc: Document, first: int, last: int) -> set[str]:
    """The stems of the tokens first..last-1 (clipped to the document)."""
    toks = doc.seg.tokens
    out: set[str] = set()
    for k in range(max(0, first), min(last, len(toks))):
        out |= reading_stems(toks[k].norm)
    return out


def stems_and_bare(doc: Document, first: int, last: int) -> set[str]:
    """The stems of the tokens first..last-1 and, of a word written with an attached object pronoun, the word
    without it: a needed word counts with its pronoun ("بقذيفة هاون أطلقتها الميليشيات": أطلقت, what fired it)."""
    toks = doc.seg.tokens
    out = stems(doc, first, last)
    for k in range(max(0, first), min(last, len(toks))):
        if object_pronoun(toks[k].text):
            out |= {s[:-len(p)] for s in reading_stems(toks[k].norm) for p in _OBJECT_PRONOUNS
                    if s.endswith(p) and len(s) - len(p) >= _BARE_MIN}
    return out


def object_pronoun(word: str) -> bool:
    """Whether a word carries an attached pronoun ("طرده", "تحريرها"); read on the raw text, where
    a taa marbuta ("استعادة") is not the pronoun ه."""
    w = word.translate(_DIACRITICS)
    return len(w) > 3 and w.endswith(_OBJECT_PRONOUNS)


def passive_tense(lex: EventLexicon, doc: Document, first: int, s0: int) -> str | None:
    """The tense of a passive auxiliary right before the trigger ("تم", "يتم", "سيتم"), if any."""
    if first <= s0:
        return None
    return next((lex.passive[r.stem] for r in readings(doc.seg.tokens[first - 1].norm)
                 if r.stem in lex.passive), None)


def after_since(doc: Document, since: frozenset[str], d: DatedSpan) -> bool:
    """The date expression opens with منذ (or ومنذ) or stands right after it."""
    k = d.first_token
    return bool(token_stems(doc, k) & since) or (k > 0 and bool(token_stems(doc, k - 1) & since))


def named_parts(d: DatedSpan) -> set[str]:
    """The calendar parts a date expression names (year, month, day, weekday); none for "منذ سنوات"."""
    return {f for f in ("year", "month", "day", "weekday") if getattr(d.expr, f, None) is not None}


def names_a_time(d: DatedSpan) -> bool:
    """A point in time, not only an amount of time back ("منذ أكثر من عام")."""
    return d.expr is None or bool(named_parts(d))


def joined_to(doc: Document, first: ActorMention, a0: int) -> bool:
    """Whether the actor at token a0 is joined by و to `first`, right after it ("المقاومة والجيش")."""
    toks = doc.seg.tokens
    end = doc.token_of(first.span.end - 1) + 1
    # "المقاومة والجيش", "المقاومة و الجيش", "قوات الجيش وقوات الاتحاد": a word with و may sit between
    return (a0 == end and toks[a0].norm.startswith(_CONJUNCTION)) or \
        (a0 == end + 1 and toks[end].norm.startswith(_CONJUNCTION))


BETWEEN_REACH = 2   # words before the first of two joined actors "بين" may stand at ("بين قوات الأمن وعناصر")


def one_side(doc: Document, between_words: frozenset[str], a: ActorMention, b: ActorMention) -> bool:
    """Two actors joined by و in one sentence ("استعادت المقاومة والقوات الموالية"): partners of one side, unless
    "بين" (`between_words`) sets them against each other ("اشتباكات بين قوات الأمن وعناصر التنظيم")."""
    if a.sentence != b.sentence:
        return False
    first, second = (a, b) if a.span.start <= b.span.start else (b, a)
    f0 = doc.token_of(first.span.start)
    s0 = doc.sentence_bounds(first.sentence)[0]
    toks = doc.seg.tokens
    if any(toks[k].norm in between_words for k in range(max(s0, f0 - BETWEEN_REACH), f0 + 1)):
        return False
    return joined_to(doc, first, doc.token_of(second.span.start))


SUBJECT_REACH = 12   # tokens from a complementiser's subject to the verb it governs ("إن طائرات حربية يعتقد أنها ... قصفت")


def complementiser_subject(doc: Document, W: RoleWords, first: int, s0: int) -> int | None:
    """The token after the bare complementiser that opens the clause of the trigger at `first`, however far before
    it ("قال المرصد إن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع": طائرات): the
    complementiser's subject, who does the verb.  Searched back over words and commas ("إن طائرات حربية، تابعة
    للحكومة، قصفت"; kwic.py: 3 such on the feed, all air strikes), not beyond another punctuation mark, a word
    joined by و (another clause: "إن الطائرات أغارت ... وقصفت المدفعية") or `s0`."""
    toks = doc.seg.tokens
    for k in range(first - 1, max(s0, first - SUBJECT_REACH) - 1, -1):
        t = toks[k]
        if not t.is_word and t.text in COMMAS:
            continue
        if not t.is_word or t.norm.startswith(_CONJUNCTION):
            return None
        if t.norm in W.bare_complementisers:
            return k + 1 if k + 1 < first else None
    return None
