"""What an article, and each of its sentences, is about: sport, the economy,
technology, or none of these (which is where armed conflict is reported).

The vocabulary of each domain lives in `lexicons/domains.yaml`.  This is
the discard list of an event coder: the extractors code no incident in an
article or sentence of sport, markets or gadgets unless the words of armed
conflict there say otherwise.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rasd.lexicons import LexiconError, load_yaml
from rasd.text.matcher import PhraseMatcher, name_tokens, with_article
from rasd.text.segment import Segmented

CONFLICT = "conflict"
CHRONOLOGY = "chronology"


@dataclass(frozen=True)
class DomainThresholds:
    article_min: int
    article_ratio: float
    sentence_min: int


@dataclass(frozen=True)
class Chronology:
    dashes: frozenset[str]
    first_year: int
    last_year: int


@dataclass(frozen=True)
class DomainLexicon:
    cues: PhraseMatcher[str]          # phrase -> domain names (and CONFLICT)
    domains: tuple[str, ...]          # the domains that are not conflict, in file order
    thresholds: DomainThresholds
    chronology: Chronology


@dataclass(frozen=True)
class DomainProfile:
    """An article's domain (None: not of any listed domain), its cue counts, and each sentence's domain."""

    article: str | None
    counts: dict[str, int]
    sentences: tuple[str | None, ...]
    sentence_conflict: tuple[int, ...]    # conflict cues per sentence

    def of_sentence(self, index: int) -> str | None:
        """The domain that rules a sentence: its own, or else its article's."""
        own = self.sentences[index] if 0 <= index < len(self.sentences) else None
        return own or self.article


def load_domain_lexicon() -> DomainLexicon:
    data = load_yaml("domains.yaml") or {}
    try:
        domains = data["domains"]
        th = data["thresholds"]
        thresholds = DomainThresholds(int(th["article_min"]), float(th["article_ratio"]), int(th["sentence_min"]))
        ch = data["chronology"]
        chronology = Chronology(frozenset(ch["dashes"]), int(ch["years"][0]), int(ch["years"][1]))
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"domains.yaml: missing or malformed field ({exc})") from exc
    cues: PhraseMatcher[str] = PhraseMatcher()
    for name, words in list(domains.items()) + [(CONFLICT, data.get(CONFLICT) or [])]:
        for word in words or []:
            for phrase in with_article(name_tokens(str(word))):
                cues.add(phrase, name)
    return DomainLexicon(cues, tuple(domains), thresholds, chronology)


def _almanac_entry(seg: Segmented, first: int, last: int, ch: Chronology) -> bool:
    """A sentence that opens with a year and a dash ("1974 - ..."): an entry of a chronology."""
    toks = seg.tokens
    if last - first < 3 or not toks[first].text.isdecimal():
        return False
    return ch.first_year <= int(toks[first].text) <= ch.last_year and toks[first + 1].text in ch.dashes


def _sentence_domain(counts: dict[str, int], lex: DomainLexicon) -> str | None:
    # fewer cues than a domain needs (most sentences have none): no domain, without asking each domain
    if counts.get(CONFLICT) or sum(counts.values()) < lex.thresholds.sentence_min:
        return None
    best = max(lex.domains, key=lambda d: counts.get(d, 0), default=None)
    return best if best is not None and counts.get(best, 0) >= lex.thresholds.sentence_min else None


def _article_domain(counts: Counter, lex: DomainLexicon) -> str | None:
    best = max(lex.domains, key=lambda d: counts[d], default=None)
    th = lex.thresholds
    if best is None or counts[best] < th.article_min or counts[best] < th.article_ratio * counts[CONFLICT]:
        return None
    return best


def profile(seg: Segmented, lex: DomainLexicon) -> DomainProfile:
    """Count each domain's cues per sentence and decide the article's and every sentence's domain."""
    total: Counter = Counter()
    per_sentence: list[str | None] = []
    conflict: list[int] = []
    for s in seg.sentences:
        # a plain dict per sentence (a Counter is made, updated and read through Python-level methods;
        # most sentences have no cue)
        counts: dict[str, int] = {}
        for m in lex.cues.scan(seg.tokens, s.first_token, s.last_token, seg.words):
            for name in set(m.payloads):
                counts[name] = counts.get(name, 0) + 1
        if counts:
            total.update(counts)
        almanac = _almanac_entry(seg, s.first_token, s.last_token, lex.chronology)
        per_sentence.append(CHRONOLOGY if almanac else _sentence_domain(counts, lex))
        conflict.append(counts.get(CONFLICT, 0))
    return DomainProfile(_article_domain(total, lex), dict(total), tuple(per_sentence), tuple(conflict))
