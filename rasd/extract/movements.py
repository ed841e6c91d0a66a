"""Reported movements: an actor and the ordered places of its route.

    عبر منفذ التوم ... وصولا إلى أوباري ... ومنها إلى محيط مزدة وتحديدا منطقة قرزة
    -> Islamic State: منفذ التوم -> أوباري -> مزدة -> قرزة

A sentence with a word of motion (تنقل, تسلل, وصول, أرتال ...) and places
marked for the route (من origin, عبر via, في where it was seen, إلى / نحو /
وصولا إلى destination, بين X و Y) yields one route.  Movements only
supposed, feared, intended or prevented are not routes (SCHEMA.md).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rasd.extract.document import Document
from rasd.extract.lexicon import verb_forms
from rasd.lexicons import load_yaml
from rasd.model import ActorRef, Movement, PlaceMention, PlaceRef
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher, name_tokens
from rasd.text.morphology import hedged
from rasd.text.normalise import norm

MARKER_REACH = 4        # words between a marker and its place (cue words, directions)
LOCATION_REACH = 8      # a "في X" counts as the route's start only this close to the motion word
MODALITY_WINDOW = 4
WEIGHED_WINDOW = 10     # words before the motion word searched for a weighed proposition
ROUTE_REACH = 10        # a route's place lies this close to the motion word or to the route's last place
_ORDER = {"origin": 0, "via": 1, "location": 2, "between": 3, "destination": 4}
# words allowed between a marker and its place name ("إلى محيط مزدة", "إلى الحدود مع تونس")
_FILLERS = {"محيط", "اطراف", "مناطق", "منطقه", "مدينه", "مدن", "بلده", "قريه", "الحدود", "حدود", "مع", "داخل",
            "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي", "ضواحي", "مشارف", "الاراضي",
            "التراب", "معسكر", "ولايه", "محافظه", "دوله", "العاصمه", "البلاد", "قرب", "عمق",
            "منفذ", "معبر", "وادي", "اوديه", "قريه", "قري", "بلدات", "شعبيه", "اقليم", "حي"}


@dataclass
class MovementLexicon:
    motion: PhraseMatcher[str]
    markers: PhraseMatcher[str]
    after_motion: frozenset[str]
    modality: frozenset[str]
    weighed: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()       # "قد": a hedge before a present-tense verb only


def load_movement_lexicon() -> MovementLexicon:
    data = load_yaml("movements.yaml")
    motion: PhraseMatcher[str] = PhraseMatcher()
    for v in data["motion"].get("verbs") or []:
        for form, tense in verb_forms(v).items():
            if tense != "future":
                motion.add(form, "verb")
    for n in data["motion"].get("nouns") or []:
        motion.add(n, "noun")
        toks = name_tokens(n)
        if toks and not toks[0].startswith("ال"):
            motion.add(("ال" + toks[0],) + toks[1:], "noun")
    for f in data["motion"].get("forms") or []:
        motion.add(f, "form")
    markers: PhraseMatcher[str] = PhraseMatcher()
    for role, words in data["markers"].items():
        for w in words:
            markers.add(w, role)
    return MovementLexicon(motion, markers, frozenset(norm(w) for w in data.get("destination_after_motion") or []),
                           frozenset(norm(w) for w in data.get("modality") or []),
                           frozenset(norm(w) for w in data.get("weighed") or []),
                           frozenset(norm(w) for w in data.get("hedge_before_present") or []))


@dataclass
class _Step:
    role: str
    first: int
    mention: PlaceMention


class MovementExtractor:
    def __init__(self, lex: MovementLexicon):
        self.lex = lex

    def _triggers(self, doc: Document, s0: int, s1: int) -> list[int]:
        toks = doc.seg.tokens
        out = []
        for m in self.lex.motion.scan(toks, s0, s1):
            lo = max(s0, m.first - MODALITY_WINDOW)
            stems = {r.stem for k in range(lo, m.first) for r in readings(toks[k].norm)}
            if stems & self.lex.modality:
                continue
            far = {r.stem for k in range(max(s0, m.first - WEIGHED_WINDOW), m.first) for r in readings(toks[k].norm)}
            if far & self.lex.weighed:
                continue
            if hedged(toks, max(s0, m.first - WEIGHED_WINDOW), m.first, self.lex.hedges):
                continue  # "قد يتوجهون", not "وقد تمكن التنظيم بعد توجهه"
            out.append(m.first)
        return out

    def _role(self, doc: Document, p0: int, s0: int, triggers: list[int], prev: _Step | None) -> str | None:
        toks = doc.seg.tokens
        first_word = toks[p0].norm
        m = doc.places_in(p0, p0 + 1)
        glued = m and m[0][2].span.start > toks[p0].start
        if glued:
            prefix = first_word[: len(first_word) - len(m[0][2].key.split()[0])]
            if prefix.startswith("و") and prev is not None and p0 - prev.first <= 4:
                return prev.role if prev.role != "between" else "between"
            if prefix.endswith("ب") and any(0 <= p0 - t <= LOCATION_REACH for t in triggers):
                return "location"
            if prefix.endswith("ل") and any(0 <= p0 - t <= 3 for t in triggers):
                return "destination"
        k = p0 - 1
        steps = 0
        while k >= s0 and steps <= MARKER_REACH:
            tok = toks[k]
            if not tok.is_word:
                if tok.norm in ("-", "–", "\"", "«", "»", "“", "”"):
                    k -= 1
                    continue
                return None
            mk = self._marker_ending_at(doc, k, s0)
            if mk is not None:
                role, start = mk
                if role == "continuation":
                    return prev.role if prev is not None else None
                if role == "location" and not any(0 <= start - t <= LOCATION_REACH for t in triggers):
                    return None
                if role == "origin" and not any(abs(start - t) <= LOCATION_REACH + 4 for t in triggers):
                    return None
                return role
            if tok.norm in self.lex.after_motion and k - 1 >= s0 and any(t == k - 1 for t in triggers):
                return "destination"
            stems = {r.stem for r in readings(tok.norm)}
            if not (stems & _FILLERS):
                # "و" + place after a place of the route: the list goes on
                if tok.norm == "و" and prev is not None:
                    return prev.role
                return None
            k -= 1
            steps += 1
        return None

    def _marker_ending_at(self, doc: Document, k: int, s0: int) -> tuple[str, int] | None:
        toks = doc.seg.tokens
        for start in range(k, max(s0 - 1, k - 3), -1):
            m = self.lex.markers.match_at(toks, start)
            if m is not None and m.last == k + 1:
                return m.payloads[0], start
        return None

    def extract(self, doc: Document) -> list[Movement]:
        out: list[Movement] = []
        for s in doc.seg.sentences:
            s0, s1 = s.first_token, s.last_token
            triggers = self._triggers(doc, s0, s1)
            if not triggers:
                continue
            steps: list[_Step] = []
            prev: _Step | None = None
            for p0, p1, m in doc.places_in(s0, s1):
                if doc.inside_actor(p0, p1) is not None:
                    continue
                near = min(abs(p0 - t) for t in triggers) <= ROUTE_REACH or (
                    prev is not None and p0 - prev.first <= ROUTE_REACH)
                if not near:
                    continue
                role = self._role(doc, p0, s0, triggers, prev)
                if role is None:
                    continue
                step = _Step(role, p0, m)
                steps.append(step)
                prev = step
            path = self._path(steps)
            if len(path) < 2:
                continue
            actor = self._actor(doc, s.index, triggers)
            first = min(st.first for st in steps)
            lo = min([first] + triggers)
            hi = max(doc.token_of(st.mention.span.end - 1) + 1 for st in steps)
            out.append(Movement(actor=actor, path=[PlaceRef.of(st.mention) for st in path],
                                evidence=doc.text_span(lo, hi), trigger=doc.text_span(triggers[0], triggers[0] + 1),
                                sentence=s.index))
        return out

    @staticmethod
    def _path(steps: list[_Step]) -> list[_Step]:
        roles = {st.role for st in steps}
        if "between" in roles and len([s for s in steps if s.role == "between"]) >= 2:
            chosen = [s for s in steps if s.role == "between"]
        else:
            if "destination" not in roles:
                return []
            chosen = sorted(steps, key=lambda st: (_ORDER[st.role] if st.role != "destination" else 4, st.first))
            # origins before vias before the place seen, then destinations in text order
        seen: set[str] = set()
        path = []
        for st in chosen:
            key = st.mention.resolved.id if st.mention.resolved else st.mention.key
            if key in seen:
                continue
            seen.add(key)
            path.append(st)
        return path

    def _actor(self, doc: Document, sentence: int, triggers: list[int]) -> ActorRef | None:
        s0, s1 = doc.sentence_bounds(sentence)
        cands = [(a0, a) for a0, _, a in doc.actors_in(s0, s1) if a.kind not in ("civilians",)]
        if cands:
            def distance(item) -> float:
                a0, a = item
                # "أرتال داعش", "مقاتلي داعش" right after the motion word; the subject before it
                return min((a0 - t) if a0 >= t else (t - a0) * 1.5 for t in triggers)
            return ActorRef.of(min(cands, key=distance)[1])
        # no actor in the sentence: the last one named before it, else the article's main armed group
        earlier = [a for a0, _, a in doc.actors_in(0, s0) if a.kind not in ("civilians",)]
        nonstate = [a for a in earlier if a.kind and "non-state" in a.kind]
        if nonstate:
            return ActorRef.of(nonstate[-1])
        counts = Counter((a.actor_id or a.name) for _, _, a in doc.actors_in(0, len(doc.seg.tokens))
                         if a.kind and "non-state" in a.kind)
        if counts:
            top = counts.most_common(1)[0][0]
            a = next(a for _, _, a in doc.actors_in(0, len(doc.seg.tokens)) if (a.actor_id or a.name) == top)
            return ActorRef.of(a)
        return None


