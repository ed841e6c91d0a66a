"""Who gives a figure: the attribution frames of Arabic news.

    وقال المتحدث باسم الجيش أحمد X إن ...          verb, then its subject (an organisation and its man)
    أعلن قائد أفريكوم الجنرال X، ... تفيد بأن ...     the subject before the verb; a document's verb nested in it
    ...، موضحا أن ...                                a participle that continues the speaker's statement
    وأضاف أن ...                                     no subject: the speaker of the sentences before
    أما وزارة الصحة فقالت إن ...                     the topic of «أما X فـ» speaks
    وقالت وزارتا الداخلية والدفاع إن ...              a dual subject: two ministries
    بحسب إحصائية أممية ... وبحسب ذات الإحصائية       a document as source, and a later reference to it
    نقلت الوكالة عن مصدر أمني ... وقال مصدر أمني ثان  two unnamed sources, kept apart
    وقال المصدر: «... (sentences later) ... 40 قتيلا»  a quotation opened after a colon

A source is an actor (`ActorRef` of a recognised mention), a described
source ("مصادر طبية", with its English label), a person's name as written,
a noun phrase headed by a source noun ("مسؤولون صوماليون"), or a list of
equivalent sources (an organisation and its spokesman).  Every search is
bounded (a window of tokens, a few sentences back), so the work grows with
the article's length, not with its square.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from rasd.extract.document import Document
from rasd.model import ActorRef, Span
from rasd.text.clitics import readings, without_article
from rasd.text.matcher import PhraseMatcher
from rasd.text.morphology import COMPLEMENTISERS
from rasd.text.normalise import norm

# Windows, in tokens.  Set on the seed and dev articles; change as a set.
LOOKBACK = 80           # words before a figure searched for the verb that reports it
SUBJECT_REACH = 5       # words between a verb of speech and an organisation that is its subject
BEFORE_REACH = 10       # words before a verb searched for a subject written before it ("X، أعلن")
TOPIC_REACH = 10        # words between «أما» and the verb joined with ف
PHRASE_WORDS = 4        # words of a source's noun phrase after its head
ANTECEDENT_REACH = 400  # words searched back for the source "ذات الإحصائية" or "الوزارة" refers to
QUOTE_REACH = 200       # words searched back for the mark that opened the quotation a figure is in
SPEAKER_LOOKBACK = 3    # sentences searched back for the speaker of "وأضاف" / "وأوضح"
RELAY_REACH = 8         # words between "نقلت" and the "عن" that names the source it passes on

OPENERS = {"«", "“", "„"}
QUOTES = {"\"", "'", "«", "»", "“", "”", "„"}
CLOSERS = {"»", "”"}
CLAUSE_BREAKS = {",", ";"}
OBJECT_PRONOUNS = ("ه", "ها", "هم")   # "أكده", "قالها": a verb of speech with its object


Source = Any  # ActorRef | list[ActorRef] | None


@dataclass
class AttributionLexicon:
    speech: frozenset[str]
    speech_before_that: frozenset[str]
    continuation: frozenset[str]
    nested: frozenset[str]
    relayed: frozenset[str]
    relay_from: frozenset[str]
    openers: frozenset[str]
    topic: frozenset[str]
    according_to: PhraseMatcher[str]
    described: PhraseMatcher[str]              # Arabic described source -> English label
    source_heads: frozenset[str]
    phrase_ends: frozenset[str]
    source_adjectives: dict[str, str]
    ordinals: frozenset[str]
    same_before: frozenset[str]
    same_after: frozenset[str]
    titles: frozenset[str]
    not_in_names: frozenset[str]
    role_links: PhraseMatcher[str]
    spokesman_words: frozenset[str]
    affiliation_words: frozenset[str]
    not_after_preposition: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    continues: frozenset[str] = frozenset()
    named: PhraseMatcher[str] | None = None
    person_heads: frozenset[str] = frozenset()


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(norm(w) for w in data.get(key) or [])


def _matcher(words, payload: str) -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for w in words or []:
        m.add(w, payload)
    return m


def load_attribution_lexicon(data: dict) -> AttributionLexicon:
    """The attribution part of claims.yaml."""
    described: PhraseMatcher[str] = PhraseMatcher()
    for ar, en in (data.get("described_sources") or {}).items():
        described.add(ar, en)
    return AttributionLexicon(
        speech=_words(data, "speech"),
        speech_before_that=_words(data, "speech_before_that"),
        continuation=_words(data, "speech_continuation"),
        nested=_words(data, "speech_nested"),
        relayed=_words(data, "speech_relayed"),
        relay_from=_words(data, "relay_from"),
        openers=_words(data, "statement_openers") | COMPLEMENTISERS,
        topic=_words(data, "topic"),
        according_to=_matcher(data.get("according_to"), "according"),
        described=described,
        source_heads=_words(data, "source_heads"),
        phrase_ends=_words(data, "source_phrase_ends"),
        source_adjectives={norm(k): v for k, v in (data.get("source_adjectives") or {}).items()},
        ordinals=_words(data, "ordinals"),
        same_before=_words(data, "same_before"),
        same_after=_words(data, "same_after"),
        titles=_words(data, "titles"),
        not_in_names=_words(data, "not_in_names"),
        role_links=_matcher(data.get("role_links"), "role"),
        spokesman_words=_words(data, "spokesman_words"),
        affiliation_words=_words(data, "affiliation_words"),
        not_after_preposition=_words(data, "verbal_noun_after"),
        outlet_heads=_words(data, "outlet_heads"),
        continues=_words(data, "statement_continues"),
        named=_matcher(data.get("named"), "named"),
        person_heads=_words(data, "person_heads"),
    )


class ForceNamer:
    """Names a force or ministry written without a nationality ("وزارة الداخلية") after the
    article's country, as the actor recogniser names "الجيش": Police Forces of X."""

    def __init__(self, heads: PhraseMatcher, country_en: dict[str, str], entry_for_canonical=None):
        self.heads = heads                      # forces.yaml heads -> Role (name, template, kind)
        self.country_en = country_en
        self.entry_for_canonical = entry_for_canonical

    def __call__(self, doc: Document, phrase: tuple[str, ...], span: Span) -> ActorRef | None:
        roles = self.heads.get(phrase)
        if not roles:
            return None
        votes = Counter(m.resolved.country for m in doc.places if m.resolved and m.resolved.country)
        if not votes:
            return None
        role = roles[0]
        iso = votes.most_common(1)[0][0]
        name = role.template.format(country=self.country_en.get(iso, iso))
        entry = self.entry_for_canonical(name) if self.entry_for_canonical else None
        return ActorRef(name=span.text, canonical=entry.canonical if entry else name,
                        actor_id=entry.id if entry else None, span=span, kind=role.kind or None)


def source_key(src: Source) -> str | None:
    """What tells two sources apart: "مصدر أمني" and "مصدر أمني ثان" are two."""
    refs = src if isinstance(src, list) else [src] if src else []
    return "|".join(sorted(r.actor_id or (norm(r.name) if r.span is not None else r.canonical or r.name)
                           for r in refs)) or None


class Attribution:
    def __init__(self, lex: AttributionLexicon, vocabulary=None, force_namer: ForceNamer | None = None):
        from rasd.text.vocabulary import Vocabulary

        self.lex = lex
        self.vocabulary = vocabulary or Vocabulary.empty()
        self.force_namer = force_namer

    def reader(self, doc: Document) -> SpeakerReader:
        return SpeakerReader(self, doc)

    def stems(self, word: str) -> set[str]:
        return {r.stem for r in readings(word)}

    def is_speech(self, word: str, next_word: str | None = None) -> bool:
        """A verb of speech, also with an object pronoun ("أكده", "قالها"); "بين" only before "أن"."""
        stems = self.stems(word)
        if stems & self.lex.speech_before_that and next_word in COMPLEMENTISERS:
            return True
        for suffix in OBJECT_PRONOUNS:
            stems |= {s[: -len(suffix)] for s in list(stems) if s.endswith(suffix) and len(s) > len(suffix) + 2}
        return bool(stems & self.lex.speech)

    def head_stem(self, word: str) -> str | None:
        """The source noun a word is ("والوزارة" -> وزاره), or None."""
        for stem in self.stems(word):
            bare = without_article(stem) or stem
            if bare in self.lex.source_heads:
                return bare
        return None


def second_text(tok) -> str:
    """A word as written without the و that joins it ("والدفاع" -> "الدفاع")."""
    return tok.text.removeprefix("و")


class SpeakerReader:
    """Who states the words at a token of one article (built per article, with its caches)."""

    def __init__(self, att: Attribution, doc: Document):
        self.att = att
        self.lex = att.lex
        self.doc = doc
        self.toks = doc.seg.tokens
        self._by_sentence: dict[tuple[int, int], Source] = {}

    # --- the frames, in order ---------------------------------------------------------
    def source(self, first: int, last: int, sentence: int, depth: int = 0) -> Source:
        """Who gives the words at tokens first..last of `sentence`."""
        s0, s1 = self.doc.sentence_bounds(sentence)
        lo = max(s0, first - LOOKBACK)
        who = self._according(first, last, lo, min(s1, last + LOOKBACK))
        if who is None:
            who = self._speech(first, lo, s0, s1, sentence, depth)
        if who is None:
            who = self._colon(first, lo)
        if who is None and depth < SPEAKER_LOOKBACK:
            opening = self._quotation_opened(first)
            if opening is not None:
                # a quotation opened sentences before: its speaker is the one who opened it
                who = self.source(opening, opening, self.doc.seg.sentence_of(opening), depth + 1)
        return who

    def _quotation_opened(self, k: int) -> int | None:
        """The opening mark of a quotation still open at token k that began before it (bounded search):
        «...» and “...” by their marks; a straight quotation mark only right after a colon."""
        toks = self.toks
        for j in range(k - 1, max(0, k - QUOTE_REACH) - 1, -1):
            text = toks[j].text
            if toks[j].is_word:
                continue
            if text in CLOSERS:
                return None
            if text in OPENERS:
                return j
            if text == "\"" and j > 0 and toks[j - 1].norm == ":":
                return j       # «قال: "» opens
            if text == "\"" and (j + 1 >= len(toks) or not toks[j + 1].is_word):
                return None    # «"،» or «".» closes an earlier quotation
        return None

    def _according(self, first: int, last: int, lo: int, hi: int) -> Source:
        """"بحسب X", "نقلا عن X", "وفق X", before or after the figure."""
        toks, according = self.toks, self.lex.according_to
        # only where such a phrase may begin (`positions`; at any other token `match_at` finds nothing), nearest the
        # figure first before it, then after it: not a call of `match_at` per token (~16 an article; speed41)
        words = self.doc.seg.words
        for k in according.positions(words, lo, first)[::-1] + according.positions(words, last, hi):
            m = according.match_at(toks, k)
            if m is not None and m.last < hi:
                j = m.last
                if j + 1 < hi and self.att.is_speech(toks[j].norm, toks[j + 1].norm):
                    j += 1   # "بحسب ما أفاد مسؤول محلي": the subject of the verb of speech
                who = self.who(j, hi)
                if who is not None:
                    return who
        return None

    def _speech(self, first: int, lo: int, s0: int, s1: int, sentence: int, depth: int) -> Source:
        """The nearest verb of speech before the figure whose statement holds it, and its subject."""
        toks = self.toks
        continuing = False   # a participle ("موضحا") seen: the speaker is the subject of the verb before
        k = first
        while k - 1 >= lo:
            k -= 1
            nxt = toks[k + 1].norm if k + 1 < len(toks) else None
            if not toks[k].is_word or not self.att.is_speech(toks[k].norm, nxt) or \
                    (k > s0 and toks[k - 1].norm in self.lex.not_after_preposition):
                continue  # "تمكنت من كشف مخزنين": after a preposition the word is a verbal noun
            if not continuing and not self._reaches(k, first):
                continue  # "أعلنت الحركة ولاءها ...، شنت ... مقتل 15": another clause
            stems = self.att.stems(toks[k].norm)
            if stems & self.lex.continuation:
                continuing = True
                continue
            who = self._subject_after(k, first, s1)
            if who is None and stems & self.lex.nested:
                who = self._document_before(k, s0)
                if who is None:
                    continue  # "معلومات ... تفيد بأن": the verb before reports the document
            if who is None:
                who = self._topic(k, s0) or self._subject_before(k, s0)
            if who is not None:
                return who
            return self._previous(sentence, depth)
        return self._previous(sentence, depth) if continuing else None

    def _reaches(self, k: int, first: int) -> bool:
        """Whether the statement the verb at k opens runs to `first`: no comma between them unless
        "أن/إن", "قوله" or a colon opens the statement."""
        between = [self.toks[x].norm for x in range(k + 1, first)]
        if not any(w in CLAUSE_BREAKS for w in between):
            return True
        if any(w in self.lex.openers or w == ":" for w in between):
            return True
        # "...، ما تسبب بمقتل": every comma opens a clause of result
        return all(i + 1 < len(between) and between[i + 1] in self.lex.continues
                   for i, w in enumerate(between) if w in CLAUSE_BREAKS)

    def _previous(self, sentence: int, depth: int) -> Source:
        """"وأضاف", "وأوضح": the speaker of the sentences before."""
        if depth >= SPEAKER_LOOKBACK or sentence <= 0:
            return None
        key = (sentence - 1, depth + 1)
        if key not in self._by_sentence:
            prev = self.doc.seg.sentences[sentence - 1]
            self._by_sentence[key] = self.source(prev.last_token, prev.last_token, prev.index, depth + 1)
        return self._by_sentence[key]

    def _subject_after(self, k: int, first: int, s1: int) -> Source:
        toks = self.toks
        start = k + 1
        if self.att.stems(toks[k].norm) & self.lex.relayed:
            # "نقلت الوكالة عن سكان قولهم": the source passed on is the one after عن
            for j in range(k + 1, min(first, k + RELAY_REACH)):
                if toks[j].norm in self.lex.relay_from:
                    who = self.who(j + 1, min(s1, first))
                    if who is not None:
                        return who
                    break
        return self.who(start, min(s1, first))

    def _document_before(self, k: int, s0: int) -> Source:
        """"تقارير إعلامية تفيد", "إحصائية أممية تشير": a described document right before the verb."""
        for j in range(k - 1, max(s0, k - 4) - 1, -1):
            if self.att.head_stem(self.toks[j].norm) is not None:
                return self.who(j, k, described_only=True)
        return None

    def _topic(self, k: int, s0: int) -> Source:
        """"أما X فقالت": X, when the verb carries ف."""
        toks = self.toks
        if not toks[k].norm.startswith("ف"):
            return None
        for j in range(k - 1, max(s0, k - TOPIC_REACH) - 1, -1):
            if toks[j].norm in self.lex.topic:
                return self.who(j + 1, k)
        return None

    def _subject_before(self, k: int, s0: int) -> Source:
        """"قائد القوات ... الجنرال X، أعلن ...": the last organisation named just before the verb."""
        acts = [a for a0, _, a in self.doc.actors_in(max(s0, k - BEFORE_REACH), k) if a.kind != "civilians"]
        return ActorRef.of(acts[-1]) if acts else None

    def _colon(self, first: int, lo: int) -> Source:
        """"مصادر ليبية: داعش ...": the source named before a colon that opens the statement."""
        toks = self.toks
        for c in range(first - 1, lo - 1, -1):
            if toks[c].norm == ":":
                start = c
                while start - 1 >= lo and toks[start - 1].norm not in CLAUSE_BREAKS and c - start < PHRASE_WORDS + 4:
                    start -= 1
                who = self.who(start, c)
                # a headline's source ("مصادر ليبية: داعش ..."), not any words before a colon
                return None if isinstance(who, ActorRef) and who.span is not None and who.canonical is None \
                    and self.att.head_stem(self.toks[start].norm) is None else who
        return None

    # --- reading the source at a position ---------------------------------------------
    def who(self, k: int, end: int, described_only: bool = False) -> Source:
        """The source whose words start at k (an actor, a described source, a person, a noun phrase)."""
        toks = self.toks
        # the speaker stands before "أن/إن"; what follows is what he says ("وذكر الغصري أن نشر داعش")
        end = next((j for j in range(k, end) if toks[j].norm in COMPLEMENTISERS or toks[j].norm == ":"), end)
        k = self._after_time(k, end)
        if k >= end:
            return None
        acts = [(a0, a1, a) for a0, a1, a in self.doc.actors_in(k, end) if a.kind != "civilians"]
        described = self._described(k, end)
        if described_only:
            return described or self._phrase(k, end)[0]
        org = self._organisation(k, end, acts, described)
        if org is not None:
            return org
        if described is not None:
            return described
        return self._dual(k, end) or self._spokesman_of(k, end) or self._phrase_source(k, end) or \
            self._person_source(k, end) or self._surname(k, end)

    def _after_time(self, k: int, end: int) -> int:
        """"وقال الأربعاء مسؤول محلي", "بحسب ما أفاد أمس مصدر طبي": a time between the verb and its
        subject is no part of the source."""
        while k < end:
            dates = self.doc.dates_in(k, k + 1)
            if not dates or dates[0].last_token <= k:
                return k
            k = dates[0].last_token
        return k

    def _spokesman_of(self, k: int, end: int) -> Source:
        """"المتحدث باسم وزارة الصحة حسام عبد الغفار": the spokesman of a body no registry names speaks
        for it; its name as written runs on to his."""
        toks = self.toks
        if k + 2 < end and toks[k + 1].norm in self.lex.spokesman_words and \
                self.att.head_stem(toks[k].norm) is not None:
            return self.who(k + 2, end)
        return None

    def _surname(self, k: int, end: int) -> ActorRef | None:
        """"وذكر لصور أن": one word that ended a name given before ("الخضر لصور") is that person."""
        toks = self.toks
        if end - k != 1 or not toks[k].is_word or toks[k].norm in self.lex.not_in_names or \
                toks[k].norm.startswith("ال"):
            return None
        word = toks[k].norm
        for j in range(k - 1, max(0, k - ANTECEDENT_REACH), -1):
            if toks[j].norm == word and toks[j - 1].is_word and not (self.att.stems(toks[j - 1].norm) & self.lex.titles) \
                    and toks[j - 1].norm not in self.lex.not_in_names:
                span = self.doc.text_span(j - 1, j + 1)
                return ActorRef(name=span.text, span=span)
        return None

    def _phrase_source(self, k: int, end: int) -> Source:
        """A source noun phrase, with the organisation a role after it names: "وكالة “أعماق”،
        الناطقة بلسان التنظيم" is the organisation's agency."""
        phrase, after = self._phrase(k, end)
        if isinstance(phrase, ActorRef) and phrase.span is not None:
            org = self.role_of(after, end)
            if org is not None:
                return [org, phrase]
        return phrase

    def _organisation(self, k: int, end: int, acts, described) -> Source:
        toks = self.toks
        if not acts:
            return None
        a0, a1, a = acts[0]
        # "مسؤول عسكري من البنيان المرصوص": a described source of an organisation is that organisation
        if described is not None and 0 < a0 - k <= SUBJECT_REACH and \
                any(toks[x].norm in self.lex.affiliation_words for x in range(k, a0)):
            return [ActorRef.of(a), described]
        if a0 - k > SUBJECT_REACH or (described is not None and a0 - k > 1):
            return None
        ref = ActorRef.of(a)
        # "المتحدث باسم X فلان" or "فلان، المتحدث باسم X": the organisation and its spokesman
        person = self.person(a1, end) or self.person(k, a0)
        if person is not None and any(toks[x].norm in self.lex.spokesman_words for x in range(k, a0)):
            return [ref, person]
        return ref

    def _described(self, k: int, end: int) -> ActorRef | None:
        """"مصادر طبية", "مصدر أمني ثان" (another source than "مصدر أمني")."""
        toks = self.toks
        for j in range(k, min(end, k + 3)):
            m = self.lex.described.match_at(toks, j)
            if m is None:
                continue
            last = m.last
            if last < end and toks[last].is_word and self.att.stems(toks[last].norm) & self.lex.ordinals:
                last += 1
            span = self.doc.text_span(j, last)
            ref = ActorRef(name=span.text, canonical=m.payloads[0], span=span)
            more = self.lex.described.match_at(toks, last) if last < end and toks[last].norm.startswith("و") else None
            if more is not None and more.last <= end:
                # "سكان ومصادر أمنية": two described sources, named together as written
                both = self.doc.text_span(j, more.last)
                return ActorRef(name=both.text, canonical=f"{m.payloads[0]} and {more.payloads[0]}", span=both)
            return ref
        return None

    def _dual(self, k: int, end: int) -> list[ActorRef] | None:
        """"وزارتا الداخلية والدفاع": two ministries, each named as the recogniser names one."""
        toks = self.toks
        if self.att.force_namer is None or k + 2 >= end:
            return None
        for reading in readings(toks[k].norm):
            w = reading.stem
            if not (w.endswith(("تا", "تي")) and len(w) > 4):
                continue
            head = w[:-2] + "ه"                       # وزارتا -> وزاره
            second = toks[k + 2].norm
            if not second.startswith("و"):
                return None
            # the singular as written: "وزارتا" -> "وزارة", before each of the two complements
            written = toks[k].text[len(toks[k].text) - len(w):]
            singular = written[:-2] + "ة"
            refs = []
            for j, word, text in ((k + 1, toks[k + 1].norm, toks[k + 1].text), (k + 2, second[1:], second_text(toks[k + 2]))):
                ref = self.att.force_namer(self.doc, (head, word), self.doc.text_span(j, j + 1))
                if ref is None:
                    return None
                ref.name = f"{singular} {text}"
                refs.append(ref)
            return refs
        return None

    def _phrase(self, k: int, end: int) -> tuple[Source, int]:
        """A noun phrase headed by a source noun ("مسؤولون صوماليون", "وزارة الصحة", "ذات الإحصائية")
        and the token after it."""
        toks = self.toks
        j = k
        same = False
        if j < end and toks[j].norm in self.lex.same_before:
            same, j = True, j + 1
        head = self.att.head_stem(toks[j].norm) if j < end else None
        if head is None:
            return None, k
        if head in self.lex.outlet_heads:
            outlet, after = self._outlet(j + 1, end)
            if outlet is not None:
                return outlet, after
        last, same_after = self._phrase_extent(j, end)
        same = same or same_after
        bare = last == j + 1 and (toks[j].norm.startswith(("ال", "وال", "فال", "بال")))
        if same or bare:
            named = self._antecedent(head, k)
            if named is not None or same or head in self.lex.person_heads:
                return named, last
            # "وقالت اللجنة إن": no committee named before — the source as written
        span = self.doc.text_span(j, last)
        owner = next((self.lex.source_adjectives[toks[x].norm] for x in range(j + 1, last)
                      if toks[x].norm in self.lex.source_adjectives), None)
        return ActorRef(name=span.text, canonical=owner, span=span), last

    def _phrase_extent(self, j: int, end: int) -> tuple[int, bool]:
        """The token after a source phrase headed at j, and whether it ends in "ذاته/نفسه" (the same)."""
        toks = self.toks
        last = j + 1
        definite = any(r.stem.startswith("ال") for r in readings(toks[j].norm))
        while last < end and last - j <= PHRASE_WORDS and toks[last].is_word:
            w = toks[last].norm
            if w in self.lex.same_after:
                return last, True
            if w in self.lex.phrase_ends or w[:1].isdigit() or self.doc.dates_in(last, last + 1) or \
                    (definite and not w.startswith(("ال", "ل"))) or \
                    self.att.head_stem(w) in self.lex.outlet_heads:   # "أفاد مسؤول محلي وكالة فرانس برس": told it
                break
            last += 1
        return last, False

    def _outlet(self, k: int, end: int) -> tuple[ActorRef | None, int]:
        """The name of a news outlet after its head, quoted ("“أعماق”") or its first word ("المساء"),
        and the token after it."""
        toks = self.toks
        if k >= end:
            return None, k
        if not toks[k].is_word and toks[k].text in QUOTES:
            j = k + 1
            while j < end and toks[j].is_word and j - k <= PHRASE_WORDS:
                j += 1
            if j == k + 1 or j >= end or toks[j].text not in QUOTES:
                return None, k
            span = self.doc.text_span(k + 1, j)
            return ActorRef(name=span.text, span=span), j + 1
        if toks[k].is_word and toks[k].norm not in self.lex.phrase_ends:
            span = self.doc.text_span(k, k + 1)
            return ActorRef(name=span.text, span=span), k + 1
        return None, k

    def _antecedent(self, head: str, before: int) -> Source:
        """The last source the article named with the same noun ("إحصائية أممية" for "ذات الإحصائية")."""
        toks = self.toks
        for j in range(before - 1, max(0, before - ANTECEDENT_REACH) - 1, -1):
            if self.att.head_stem(toks[j].norm) != head or (j > 0 and toks[j - 1].norm in self.lex.same_before):
                continue
            if toks[j].norm.startswith("ال") and not (j + 1 < len(toks) and toks[j + 1].norm.startswith("ال")):
                continue  # another bare "الوزارة": look further back for the name
            hi = min(self.doc.sentence_bounds(self.doc.seg.sentence_of(j))[1], j + PHRASE_WORDS + 2)
            return self.who(j, hi)
        return None

    def _person_source(self, k: int, end: int) -> Source:
        person = self.person(k, end)
        if person is not None and person.span is not None:
            org = self.role_of(self.doc.token_of(person.span.end - 1) + 1, end)
            if org is not None:
                return [org, person]  # "محمد الغصري، المتحدث باسم البنيان المرصوص"
        return person

    def person(self, k: int, end: int) -> ActorRef | None:
        """A person's name as written, titles left out ("النقيب نور أولو" -> نور أولو)."""
        toks = self.toks
        k = self._after_named(k, end)
        while k < end and toks[k].is_word and (self.att.stems(toks[k].norm) & self.lex.titles):
            k += 1
        name = self._name_words(k, end)
        if len(name) < 2 or not any(toks[x].norm[:2] != "ال" for x in name):
            return None
        first = toks[name[0]].norm
        vocab = self.att.vocabulary
        # a person's name is no common phrase with a preposition or a pronoun ("بتراجع أعداده")
        if first[:1] in "بلك" and vocab.zipf(first[1:]) > 3.5:
            return None
        if any(toks[x].text.endswith(OBJECT_PRONOUNS) and vocab.zipf(toks[x].norm) > 3.0 for x in name):
            return None
        span = self.doc.text_span(name[0], name[-1] + 1)
        return ActorRef(name=span.text, span=span)

    def _after_named(self, k: int, end: int) -> int:
        """"عضو في ميليشيا محلية يدعى محمد بونو": where the name after "يدعى" starts (else k)."""
        if self.lex.named is None:
            return k
        for j in range(k, min(end, k + 8)):
            m = self.lex.named.match_at(self.toks, j)
            if m is not None:
                return m.last
        return k

    def _name_words(self, k: int, end: int) -> list[int]:
        """The tokens of a name from k: up to four words, until a function word, a definite word with a
        clitic, or a title after the name ("جول محمد بيدار نائب حاكم ...")."""
        toks = self.toks
        name: list[int] = []
        j = k
        while j < end and toks[j].is_word and len(name) < 4:
            w = toks[j].norm
            if w in self.lex.not_in_names or w.startswith(("وال", "بال", "لل", "كال", "فال")) or \
                    (name and self.att.stems(w) & self.lex.titles):
                break
            name.append(j)
            j += 1
        return name

    # --- a person and his organisation ------------------------------------------------------
    def role_of(self, k: int, end: int) -> ActorRef | None:
        """"، المتحدث باسم البنيان المرصوص" right after a name: that organisation."""
        toks = self.toks
        j = k
        while j < end and j < k + 2 and not toks[j].is_word:
            j += 1  # the comma after the name
        m = self.lex.role_links.match_at(toks, j) if j < end else None
        if m is None and j + 1 < end and toks[j].norm.startswith("ال"):
            m = self.lex.role_links.match_at(toks, j + 1)   # "وكالة أعماق، الإخبارية الناطقة بلسان ..."
        if m is None:
            return None
        acts = [a for a0, _, a in self.doc.actors_in(m.last, min(end, m.last + 6)) if a.kind != "civilians"]
        return ActorRef.of(acts[0]) if acts else None

    def affiliation(self, person: ActorRef, before: int) -> ActorRef | None:
        """The organisation an earlier mention of the person's name ties him to ("الغصري، المتحدث باسم X")."""
        toks = self.toks
        surname = norm(person.name.split()[-1])
        for k in range(max(0, before - ANTECEDENT_REACH), before):
            if toks[k].norm != surname:
                continue
            org = self.role_of(k + 1, self.doc.sentence_bounds(self.doc.seg.sentence_of(k))[1])
            if org is not None:
                return org
        return None

    def speaker(self, first: int, sentence: int) -> Source:
        """The source of the words at `first`; a person named alone ("وذكر الغصري") with the
        organisation the article tied him to."""
        who = self.source(first, first, sentence)
        if isinstance(who, ActorRef) and who.span is not None and not (who.actor_id or who.canonical):
            org = self.affiliation(who, self.doc.token_of(who.span.start))
            if org is not None:
                return [org, who]
        return who
