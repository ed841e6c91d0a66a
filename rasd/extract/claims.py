"""The claims ledger: figures an analyst must weigh, with who gives them.

Following SCHEMA.md, a figure is a claim when it is
* the strength of a force ("6000 مقاتل", "لا يزيد عددها عن 200 مقاتل");
* a tally over several incidents or days ("ليبلغ إجمالي القتلى 65",
  "منذ عام 2009 لقي 14 ألف شخص حتفهم", "2.7 مليون نازح");
* one of several figures for the same toll ("4 جنود" per an officer, "12
  جنديا" per the attackers), or a toll given by a party to the fighting;
and not when it is an incident's toll that nothing contradicts (that is
the event's `fatalities`).  Each claim carries the quantity, the actor it
counts, the place, its source (an actor, a described source such as
"مسؤولون غربيون", or a person's name) and its sentence.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rasd.extract.casualties import CasualtyFinder
from rasd.extract.document import Document
from rasd.lexicons import load_yaml
from rasd.model import ActorRef, Claim, NumberMention, PlaceRef, Span
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher, name_tokens
from rasd.text.morphology import COMPLEMENTISERS
from rasd.text.normalise import norm

NOUN_REACH = 2          # words between a number and the noun it counts ("200 مقاتل", "5 ألاف مقاتل")
SPEAKER_LOOKBACK = 3    # sentences searched back for the speaker of "وأضاف" / "وأوضح"
PARTISAN_KINDS = {"non-state armed group", "media", "militia"}


@dataclass
class ClaimLexicon:
    nouns: dict[str, PhraseMatcher[str]]       # quantity -> nouns
    fighter_context: frozenset[str]
    captured_cues: PhraseMatcher[str]
    displaced_cues: PhraseMatcher[str]
    speech: frozenset[str]
    according_to: PhraseMatcher[str]
    described: PhraseMatcher[str]               # Arabic described source -> English label
    titles: frozenset[str]
    speech_before_that: frozenset[str] = frozenset()
    role_links: PhraseMatcher[str] | None = None


def load_claim_lexicon() -> ClaimLexicon:
    data = load_yaml("claims.yaml")
    nouns = {}
    for q in ("fighters", "captured", "displaced", "weapons"):
        m: PhraseMatcher[str] = PhraseMatcher()
        for w in data.get(q) or []:
            m.add(w, q)
        nouns[q] = m

    def matcher(words, payload=None) -> PhraseMatcher[str]:
        m: PhraseMatcher[str] = PhraseMatcher()
        for w in words or []:
            m.add(w, payload or w)
        return m

    described: PhraseMatcher[str] = PhraseMatcher()
    for ar, en in (data.get("described_sources") or {}).items():
        described.add(ar, en)
    return ClaimLexicon(
        nouns=nouns,
        fighter_context=frozenset(" ".join(name_tokens(w)) for w in data.get("fighter_context") or []),
        captured_cues=matcher(data.get("captured_cues"), "captured"),
        displaced_cues=matcher(data.get("displaced_cues"), "displaced"),
        speech=frozenset(norm(w) for w in data.get("speech") or []),
        according_to=matcher(data.get("according_to"), "according"),
        described=described,
        titles=frozenset(norm(w) for w in data.get("titles") or []),
        speech_before_that=frozenset(norm(w) for w in data.get("speech_before_that") or []),
        role_links=matcher(data.get("role_links"), "role"),
    )


@dataclass
class _Figure:
    quantity: str
    number: NumberMention | None
    value: int | None
    low: int | None
    high: int | None
    approx: bool
    first: int
    last: int            # token after the counted noun
    sentence: int
    side: str | None = None
    tally: bool = False
    country: str | None = None


class ClaimExtractor:
    def __init__(self, lex: ClaimLexicon, casualties: CasualtyFinder, vocabulary=None, victim_ref=None):
        from rasd.text.vocabulary import Vocabulary

        self.lex = lex
        self.casualties = casualties
        self.vocabulary = vocabulary or Vocabulary.empty()
        self.victim_ref = victim_ref  # (doc, side, country) -> ActorRef: "Military Forces of X", "Civilians (X)"

    # --- figures --------------------------------------------------------------
    def _noun_after(self, doc: Document, n: NumberMention, quantity: str) -> int | None:
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(n.sentence)
        for k in range(n.first_token + 1, min(s1, n.last_token + NOUN_REACH + 1)):
            m = self.lex.nouns[quantity].match_at(toks, k)
            if m is not None:
                return max(m.last, n.last_token)
            if toks[k].norm == "من":  # "100 مقاتل من التنظيم" / "عشرات من مقاتلي"
                continue
        return None

    def _figures(self, doc: Document) -> list[_Figure]:
        figs: list[_Figure] = []
        taken: set[int] = set()
        n_tokens = len(doc.seg.tokens)
        for c in self.casualties.find(doc, 0, n_tokens):
            n = next((x for x in doc.numbers if x.first_token == c.first_token), None)
            figs.append(_Figure(c.kind, n, c.value, c.low, c.high, c.approx, c.first_token, c.noun_last,
                                c.sentence, c.side, c.tally, c.country))
            taken.add(c.first_token)
        toks = doc.seg.tokens
        for n in doc.numbers:
            if n.first_token in taken or n.unit_hint == "%":
                continue
            if n.value is not None and 1900 <= n.value <= 2100 and not n.hedge:
                continue
            for quantity in ("fighters", "displaced", "captured", "weapons"):
                end = self._noun_after(doc, n, quantity)
                if end is None:
                    continue
                s0, s1 = doc.sentence_bounds(n.sentence)
                if quantity == "fighters" and not self._fighter_count(doc, n, s0, end):
                    break
                if quantity in ("displaced", "captured"):
                    cues = self.lex.displaced_cues if quantity == "displaced" else self.lex.captured_cues
                    if not any(cues.match_at(toks, k) for k in range(max(s0, n.first_token - 5), min(s1, end + 6))):
                        continue
                figs.append(_Figure(quantity, n, _int(n.value), _int(n.low), _int(n.high), n.approx,
                                    n.first_token, end, n.sentence))
                break
        # displaced people counted without a displacement noun: "2.7 مليون شخص ... فروا من منازلهم"
        for n in doc.numbers:
            if any(f.number is n for f in figs) or n.first_token in taken:
                continue
            s0, s1 = doc.sentence_bounds(n.sentence)
            if n.value and n.value >= 1000 and any(self.lex.displaced_cues.match_at(toks, k)
                                                   for k in range(n.last_token, min(s1, n.last_token + 10))):
                figs.append(_Figure("displaced", n, _int(n.value), _int(n.low), _int(n.high), n.approx,
                                    n.first_token, n.last_token + 1, n.sentence))
        figs.sort(key=lambda f: f.first)
        return figs

    def _fighter_count(self, doc: Document, n: NumberMention, s0: int, end: int) -> bool:
        """A count of fighters is a strength unless it is a toll or an arrest."""
        toks = doc.seg.tokens
        noun = toks[end - 1].norm if end - 1 < len(toks) else ""
        soldier = noun in ("جندي", "جنديا", "جنود", "عسكري", "عسكريا", "عسكريين")
        window = {r.stem for k in range(max(s0, n.first_token - 6), min(len(toks), end + 3))
                  for r in readings(toks[k].norm)}
        if self.lex.captured_cues and any(self.lex.captured_cues.match_at(toks, k)
                                          for k in range(max(s0, n.first_token - 4), n.first_token)):
            return False
        if soldier:
            return bool(window & self.lex.fighter_context)
        return True

    # --- deciding what is a claim ------------------------------------------------
    def extract(self, doc: Document) -> list[Claim]:
        figs = self._figures(doc)
        sources = {id(f): self._source(doc, f) for f in figs}
        places = {id(f): self._place(doc, f) for f in figs}
        # several figures for one toll, from different sources: same kind and side, compatible places
        groups: dict[tuple, list[_Figure]] = defaultdict(list)
        for f in figs:
            if f.quantity in ("killed", "wounded") and not f.tally and f.value is not None and not _vague(f):
                groups[(f.quantity, f.side or "people")].append(f)
        disputed: set[int] = set()
        for members in groups.values():
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    pa, pb = places[id(a)], places[id(b)]
                    if pa is not None and pb is not None and pa.id != pb.id:
                        continue
                    sa, sb = _source_key(sources[id(a)]), _source_key(sources[id(b)])
                    if a.value != b.value and a.sentence != b.sentence and sa and sb and sa != sb:
                        disputed.update((id(a), id(b)))
        out: list[Claim] = []
        seen: set[tuple] = set()
        counts = Counter(f.quantity for f in figs)
        actors = {}
        for i, f in enumerate(figs):
            actors[id(f)] = self._actor(doc, f)
            prev = figs[i - 1] if i else None
            # "457 قتيلا، و2130 جريحا": a figure listed after another counts the same actor
            if actors[id(f)] is None and prev is not None and prev.sentence == f.sentence and \
                    f.first - prev.last <= 2 and doc.seg.tokens[f.first].norm.startswith("و"):
                actors[id(f)] = actors[id(prev)]
        for f in figs:
            src = sources[id(f)]
            partisan = self._partisan(src)
            keep = {
                "fighters": not _vague(f) or self._strength_context(doc, f),
                "displaced": True,
                "killed": f.tally or id(f) in disputed or (partisan and not _vague(f)),
                "wounded": f.tally or id(f) in disputed or (partisan and not _vague(f)),
                "captured": f.tally or counts["captured"] > 1,
                "weapons": f.tally or counts["weapons"] > 1 and partisan,
            }[f.quantity]
            if not keep:
                continue
            key = (f.quantity, f.value if f.value is not None else (f.low, f.high))
            if key in seen:
                continue  # the same figure said again
            seen.add(key)
            out.append(self._claim(doc, f, actors[id(f)], places[id(f)], src))
        return out

    def _strength_context(self, doc: Document, f: _Figure) -> bool:
        s0, _ = doc.sentence_bounds(f.sentence)
        words = {r.stem for k in range(max(s0, f.first - 5), f.first) for r in readings(doc.seg.tokens[k].norm)}
        return bool(words & self.lex.fighter_context)

    @staticmethod
    def _partisan(src) -> bool:
        refs = src if isinstance(src, list) else [src] if src else []
        return any(r.kind in PARTISAN_KINDS for r in refs)

    def _claim(self, doc: Document, f: _Figure, actor, place, source) -> Claim:
        value, low, high = f.value, f.low, f.high
        n = f.number
        if n is not None and n.hedge in ("at_least", "more_than"):
            value = None if n.hedge == "more_than" else value
        if n is not None and n.hedge in ("at_most", "less_than"):
            value = None
        if n is not None and n.hedge == "vague":
            value = None
        s = doc.seg.sentences[f.sentence]
        ev = Span(s.start, s.end, s.text)
        return Claim(quantity=f.quantity, evidence=ev, value=value, low=low, high=high, approx=f.approx,
                     actor=actor, place=place, source=source, sentence=f.sentence)

    # --- arguments ------------------------------------------------------------------
    def _actor(self, doc: Document, f: _Figure) -> ActorRef | None:
        """Whom the figure counts."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(f.sentence)
        acts = [(a0, a1, a) for a0, a1, a in doc.actors_in(s0, s1) if a.kind != "civilians"]
        # the figure's own group, attached to its noun: "6000 مقاتل داعش", "100 مقاتل من التنظيم"
        for a0, _, a in acts:
            gap = [toks[k].norm for k in range(f.last, a0)]
            if f.last <= a0 and (not gap or gap == ["من"]):
                return ActorRef.of(a)
        # the owner of the victims: "ضحايا عملية البنيان المرصوص 457 قتيلا"
        for a0, a1, a in acts:
            k = a0 - 1
            while k > s0 and not toks[k].is_word:
                k -= 1  # "ضحايا “عملية البنيان المرصوص” 457 قتيلا": quotation marks between
            if 0 <= f.first - a1 <= 3 and k >= s0 and \
                    {r.stem for r in readings(toks[k].norm)} & {"ضحايا", "قتلي", "خساير", "جرحي"}:
                return ActorRef.of(a)
        if f.quantity == "fighters" or f.side == "militant":
            near = [a for _, _, a in acts if a.kind and "non-state" in a.kind]
            if near:
                return ActorRef.of(near[0])
            nonstate = [a for _, _, a in doc.actors_in(0, len(toks)) if a.kind and "non-state" in a.kind]
            if nonstate:
                top = Counter(a.actor_id or a.name for a in nonstate).most_common(1)[0][0]
                return ActorRef.of(next(a for a in nonstate if (a.actor_id or a.name) == top))
            return None
        if f.side in ("armed", "civilian") and self.victim_ref is not None:
            return self.victim_ref(doc, f.side, f.country)
        return None

    def _place(self, doc: Document, f: _Figure) -> PlaceRef | None:
        s0, s1 = doc.sentence_bounds(f.sentence)
        ps = [(abs(p0 - f.first), m) for p0, p1, m in doc.places_in(s0, s1) if doc.inside_actor(p0, p1) is None]
        if ps:
            return PlaceRef.of(min(ps, key=lambda x: x[0])[1])
        return None

    def _source(self, doc: Document, f: _Figure, depth: int = 0):
        """Who gives the figure: an actor, a described source, or a named person."""
        toks = doc.seg.tokens
        s0, s1 = doc.sentence_bounds(f.sentence)
        # "بحسب X", "نقلا عن X", "وفق X" (before or after the figure)
        for k in list(range(f.first - 1, s0 - 1, -1)) + list(range(f.last, s1)):
            m = self.lex.according_to.match_at(toks, k)
            if m is not None and m.last < s1:
                who = self._who(doc, m.last, s1)
                if who is not None:
                    return who
        # the nearest speech verb before the figure whose statement holds it: "قال المتحدث ... إن",
        # "أعلنت الوزارة مقتل"; not "أعلنت الحركة ولاءها ...، شنت ... مقتل 15" (another clause)
        for k in range(f.first - 1, s0 - 1, -1):
            if not self._is_speech(toks[k].norm, toks[k + 1].norm if k + 1 < len(toks) else None):
                continue
            between = [toks[x].norm for x in range(k + 1, f.first)]
            if any(w in (",", ";") for w in between) and not any(
                    w in ("ان", "انه", "انها", "بان", "بانه", "قوله", "قولها") for w in between):
                continue
            who = self._who(doc, k + 1, min(s1, f.first))
            if who is None:
                who = self._who_before(doc, k, s0)  # "قائد القوات ... الجنرال X، أعلن ..."
            if who is not None:
                return who
            # "وأضاف", "وأوضح": the speaker of the sentences before
            if depth < SPEAKER_LOOKBACK and f.sentence > 0:
                prev = doc.seg.sentences[f.sentence - 1]
                return self._source(doc, _Figure(f.quantity, None, None, None, None, False, prev.last_token,
                                                 prev.last_token, prev.index), depth + 1)
            return None
        return None

    def speaker(self, doc: Document, first: int, sentence: int):
        """Who states the words at token `first` of `sentence` (an actor, a described source, a person
        or [organisation, spokesman]); "وأضاف" and "مضيفا" take the speaker of the sentences before,
        and a person named alone ("وذكر الغصري") the organisation the article tied him to."""
        who = self._source(doc, _Figure("", None, None, None, None, False, first, first, sentence))
        if isinstance(who, ActorRef) and who.span is not None and not (who.actor_id or who.canonical):
            org = self._affiliation(doc, who, doc.token_of(who.span.start))
            if org is not None:
                return [org, who]
        return who

    def _affiliation(self, doc: Document, person: ActorRef, before: int) -> ActorRef | None:
        """The organisation an earlier mention of the person's name ties him to ("الغصري، المتحدث باسم X")."""
        toks = doc.seg.tokens
        surname = norm(person.name.split()[-1])
        for k in range(before):
            if toks[k].norm != surname:
                continue
            org = self._role_of(doc, k + 1, doc.sentence_bounds(doc.seg.sentence_of(k))[1])
            if org is not None:
                return org
        return None

    def _role_of(self, doc: Document, k: int, end: int) -> ActorRef | None:
        """"، المتحدث باسم البنيان المرصوص" right after a name: that organisation."""
        toks = doc.seg.tokens
        j = k
        while j < end and j < k + 2 and not toks[j].is_word:
            j += 1  # the comma after the name
        m = self.lex.role_links.match_at(toks, j) if j < end and self.lex.role_links else None
        if m is None:
            return None
        acts = [a for a0, _, a in doc.actors_in(m.last, min(end, m.last + 6)) if a.kind != "civilians"]
        return ActorRef.of(acts[0]) if acts else None

    def _is_speech(self, word: str, next_word: str | None = None) -> bool:
        """A verb of speech, also with an object pronoun ("أكده", "قالها"); "بين" only before "أن"."""
        stems = {r.stem for r in readings(word)}
        if stems & self.lex.speech_before_that and next_word in COMPLEMENTISERS:
            return True
        for suffix in ("ه", "ها", "هم"):
            stems |= {s[: -len(suffix)] for s in list(stems) if s.endswith(suffix) and len(s) > len(suffix) + 2}
        return bool(stems & self.lex.speech)

    def _who_before(self, doc: Document, k: int, s0: int):
        acts = [(a0, a1, a) for a0, a1, a in doc.actors_in(max(s0, k - 10), k) if a.kind != "civilians"]
        if acts:
            return ActorRef.of(acts[-1][2])
        return None

    def _who(self, doc: Document, k: int, end: int):
        toks = doc.seg.tokens
        # the speaker stands before "أن/إن"; what follows is what he says ("وذكر الغصري أن نشر داعش")
        end = next((j for j in range(k, end) if toks[j].norm in COMPLEMENTISERS), end)
        acts = [(a0, a1, a) for a0, a1, a in doc.actors_in(k, end) if a.kind != "civilians"]
        described = None
        for j in range(k, min(end, k + 3)):
            m = self.lex.described.match_at(toks, j)
            if m is not None:
                described = ActorRef(name=doc.text_span(j, m.last).text, canonical=m.payloads[0])
                break
        # "مسؤول عسكري من البنيان المرصوص": a described source of an organisation is that organisation
        if described is not None and acts and 0 < acts[0][0] - k <= 5 and \
                any(toks[x].norm in ("من", "في", "ب", "باسم") for x in range(k, acts[0][0])):
            return [ActorRef.of(acts[0][2]), described]
        # "المتحدث باسم حركة الشباب عبد العزيز أبو مصعب": the organisation and its speaker
        if acts and acts[0][0] - k <= 5 and (described is None or acts[0][0] - k <= 1):
            a0, a1, a = acts[0]
            ref = ActorRef.of(a)
            # "المتحدث باسم X فلان" or "فلان، المتحدث باسم X"
            person = self._person(doc, a1, end) or self._person(doc, k, a0)
            spokes = any(toks[x].norm in ("باسم", "المتحدث", "الناطق") for x in range(k, a0))
            if spokes and person:
                return [ref, person]
            return ref
        if described is not None:
            return described
        person = self._person(doc, k, end)
        if person is not None and person.span is not None:
            org = self._role_of(doc, doc.token_of(person.span.end - 1) + 1, end)
            if org is not None:
                return [org, person]  # "محمد الغصري، المتحدث باسم البنيان المرصوص"
        return person

    def _person(self, doc: Document, k: int, end: int) -> ActorRef | None:
        toks = doc.seg.tokens
        while k < end and toks[k].is_word and ({r.stem for r in readings(toks[k].norm)} & self.lex.titles):
            k += 1
        name = []
        j = k
        while j < end and toks[j].is_word and len(name) < 4:
            w = toks[j].norm
            if w in ("ان", "انه", "انها", "في", "من", "ل", "الي", "علي", "عن", "قوله", "قولها", "باسم", "امس",
                     "اليوم", "ان") or w.startswith(("وال", "بال")) or self._is_function(w):
                break
            name.append(j)
            j += 1
        if len(name) < 2 or not any(toks[x].norm[:2] != "ال" for x in name):
            return None
        first = toks[name[0]].norm
        # a person's name is no common phrase with a preposition or a pronoun ("بتراجع أعداده")
        if first[:1] in "بلك" and self.vocabulary.zipf(first[1:]) > 3.5:
            return None
        if any(toks[x].text.endswith(("ه", "ها", "هم")) and self.vocabulary.zipf(toks[x].norm) > 3.0 for x in name):
            return None
        span = doc.text_span(name[0], name[-1] + 1)
        return ActorRef(name=span.text, span=span)

    @staticmethod
    def _is_function(w: str) -> bool:
        return w in {"ما", "الذي", "التي", "هذا", "هذه", "ذلك", "كان", "كانت", "قد", "لم", "لا", "ان", "بان", "بانه"}




def _vague(f: _Figure) -> bool:
    return f.number is not None and f.number.hedge == "vague"


def _source_key(src) -> str | None:
    refs = src if isinstance(src, list) else [src] if src else []
    return "|".join(sorted((r.canonical or r.name) for r in refs)) or None


def _int(v: float | None) -> int | None:
    return int(round(v)) if v is not None else None
