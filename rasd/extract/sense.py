"""Whether a trigger word means political violence where it stands.

A trigger family counts in a sentence only where the sentence also holds
evidence of armed conflict of a kind the family names (`event_senses.yaml`):
armed men, weapons, a recognised armed actor, casualties, political
detainees, protesters.  Stories of accidents and ordinary crime are vetoed
unless such evidence is there.  Articles and sentences of sport, markets
and technology (`recognise/domain.py`) report no incident unless their
words of conflict say otherwise.

Evidence is read once per sentence, only for the sentences that need it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.extract.document import Document
from rasd.lexicons import LexiconError, load_yaml
from rasd.recognise.domain import CHRONOLOGY
from rasd.text.matcher import PhraseMatcher, name_tokens, with_article

ARMED_ACTOR = "armed_actor"
CASUALTIES = "casualties"
BUILT_IN = frozenset({ARMED_ACTOR, CASUALTIES})
# a sentence inside a sport, economy or technology article (or itself of such words) reports an
# incident only with at least this many words of armed conflict (set by reading the feed's sports
# pages: "خطف فوزا" has none, "انفجار سيارة مفخخة قرب الملعب" has two)
DOMAIN_CONFLICT_MIN = 2
# a mention that points back ("الهجوم", "تعرضت للكمين") or an outcome ("وقال إن شخصا قتل هناك") continues
# an incident told just before: its evidence may lie in this many sentences before its own
POINTING_BACK_REACH = 2
# a headline tells in few words the incident its lead tells in full
HEADLINE_REACH = 3


@dataclass(frozen=True)
class Veto:
    name: str
    words: PhraseMatcher[str]
    families: frozenset[str]
    unless: frozenset[str]


@dataclass(frozen=True)
class SenseLexicon:
    needs: dict[str, frozenset[str]]      # family -> evidence kinds, one of which must be present
    classes: PhraseMatcher[str]           # word -> evidence class (armed, weapon, detainee, protester)
    armed_kinds: frozenset[str]
    vetoes: tuple[Veto, ...]
    plain: frozenset[tuple[str, ...]]     # trigger phrases that need no evidence, with and without ال
    abstract_objects: frozenset[str]      # words after a trigger that make it a problem faced, no incident
    told_happening: frozenset[tuple[str, ...]] = frozenset()  # trigger phrases that need no evidence after a
    #                                                           verb of fighting going on, with and without ال

    def is_plain(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self.plain


def _matcher(groups: dict[str, list]) -> PhraseMatcher[str]:
    """Words of each group, single words also with ال."""
    m: PhraseMatcher[str] = PhraseMatcher()
    for name, words in groups.items():
        for w in words or []:
            for phrase in with_article(name_tokens(str(w))):
                m.add(phrase, name)
    return m


def _phrases(words) -> frozenset[tuple[str, ...]]:
    """The phrases of a list of words, with and without ال."""
    return frozenset(p for w in words or () for p in with_article(name_tokens(str(w))))


def load_sense_lexicon() -> SenseLexicon:
    data = load_yaml("event_senses.yaml") or {}
    classes = data.get("classes") or {}
    known = set(classes) | BUILT_IN
    needs = {fam: frozenset(kinds) for fam, kinds in (data.get("families") or {}).items()}
    vetoes = []
    for name, v in (data.get("vetoes") or {}).items():
        vetoes.append(Veto(name, _matcher({name: v.get("words")}), frozenset(v.get("families") or ()),
                           frozenset(v.get("unless") or ())))
    for fam, kinds in list(needs.items()) + [(v.name, v.unless) for v in vetoes]:
        if kinds - known:
            raise LexiconError(f"event_senses.yaml: {fam}: unknown evidence {sorted(kinds - known)}")
    plain = _phrases(data.get("plain"))
    abstract = frozenset(p[0] for w in data.get("abstract_objects") or () for p in with_article(name_tokens(str(w))))
    return SenseLexicon(needs, _matcher(classes), frozenset(data.get("armed_actor_kinds") or ()), tuple(vetoes),
                        plain, abstract, _phrases(data.get("told_happening")))


class SentenceEvidence:
    """The kinds of conflict evidence each sentence of one document holds, read when first asked."""

    def __init__(self, doc: Document, lex: SenseLexicon, has_casualties: Callable[[int], bool]):
        self.doc = doc
        self.lex = lex
        self.has_casualties = has_casualties
        self._kinds: dict[int, frozenset[str]] = {}
        self._vetoed: dict[int, frozenset[str]] = {}

    def kinds(self, sentence: int) -> frozenset[str]:
        if sentence not in self._kinds:
            self._read(sentence)
        return self._kinds[sentence]

    def vetoes(self, sentence: int) -> frozenset[str]:
        if sentence not in self._vetoed:
            self._read(sentence)
        return self._vetoed[sentence]

    def _read(self, sentence: int) -> None:
        doc, lex = self.doc, self.lex
        s0, s1 = doc.sentence_bounds(sentence)
        toks, words = doc.seg.tokens, doc.seg.words
        found = {p for m in lex.classes.scan(toks, s0, s1, words) for p in m.payloads}
        if any(a.kind in lex.armed_kinds for _, _, a in doc.actors_in(s0, s1)):
            found.add(ARMED_ACTOR)
        self._kinds[sentence] = frozenset(found)
        self._vetoed[sentence] = frozenset(v.name for v in lex.vetoes if v.words.scan(toks, s0, s1, words))

    def has(self, sentence: int, wanted: frozenset[str]) -> bool:
        """Whether the sentence holds one of the `wanted` kinds of evidence (casualties counted last)."""
        if wanted & self.kinds(sentence):
            return True
        return CASUALTIES in wanted and self.has_casualties(sentence)


def out_of_domain(doc: Document, sentence: int) -> bool:
    """A sentence of a sport, economy or technology article (or of such words) with too little conflict,
    or a line of an almanac."""
    d = doc.domain
    if d is None or d.of_sentence(sentence) is None:
        return False
    # a line of an almanac is history, whatever it tells
    return d.sentences[sentence] == CHRONOLOGY or d.sentence_conflict[sentence] < DOMAIN_CONFLICT_MIN


def faces_a_problem(doc: Document, after: int, lex: SenseLexicon) -> bool:
    """Whether the word right after a trigger makes it the facing of a problem ("مواجهة الإرهاب")."""
    toks = doc.seg.tokens
    return after < len(toks) and toks[after].norm in lex.abstract_objects


def means_violence(family: str, sentence: int, evidence: SentenceEvidence, phrase: tuple[str, ...] = (),
                   points_back: bool = False, headline: bool = False, after: int | None = None,
                   told_happening: bool = False) -> bool:
    """Whether a trigger of `family` (its words: `phrase`, the token after it: `after`) in `sentence`
    reports political violence (or protest).  One that points back to an incident told before may take
    its evidence from the sentences before; a headline from the lead that follows it.  One of the words
    `told_happening` right after a verb of fighting going on (`told_happening`, read by the caller) needs none."""
    lex = evidence.lex
    if out_of_domain(evidence.doc, sentence):
        return False
    if after is not None and family in lex.needs and faces_a_problem(evidence.doc, after, lex):
        return False
    for veto in lex.vetoes:
        if family in veto.families and veto.name in evidence.vetoes(sentence) and \
                not evidence.has(sentence, veto.unless):
            return False
    wanted = lex.needs.get(family)
    if wanted is None or lex.is_plain(phrase) or (told_happening and phrase in lex.told_happening):
        return True
    first = max(0, sentence - POINTING_BACK_REACH) if points_back else sentence
    last = min(len(evidence.doc.seg.sentences) - 1, sentence + HEADLINE_REACH) if headline else sentence
    return any(evidence.has(s, wanted) for s in range(first, last + 1))
