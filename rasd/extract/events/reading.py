"""The word-level questions every event step asks of a document: the stems
of a token or of a range of tokens, an attached object pronoun, a passive
auxiliary before a trigger.
"""
from __future__ import annotations

from rasd.extract.document import DatedSpan, Document
from rasd.extract.lexicon import EventLexicon
from rasd.text.clitics import reading_stems, readings

_DIACRITICS = dict.fromkeys(range(0x064B, 0x0653), None) | {0x0640: None}
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # attached pronouns that make a verb form transitive ("طرده")


def token_stems(doc: Document, k: int) -> frozenset[str]:
    """The stems of token `k` (the word without its proclitics, in each reading)."""
    return reading_stems(doc.seg.tokens[k].norm)


def stems(doc: Document, first: int, last: int) -> set[str]:
    """The stems of the tokens first..last-1 (clipped to the document)."""
    toks = doc.seg.tokens
    out: set[str] = set()
    for k in range(max(0, first), min(last, len(toks))):
        out |= reading_stems(toks[k].norm)
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
