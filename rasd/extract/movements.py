"""Reported movements: an actor and the ordered places of its route.

    عبر منفذ التوم ... وصولا إلى أوباري ... ومنها إلى محيط مزدة وتحديدا منطقة قرزة
    -> Islamic State: منفذ التوم -> أوباري -> مزدة -> قرزة

A sentence with a word of motion — any form of a motion lemma (تسللوا، الفارة،
منسحبين، وصول، أقلعتا) or a moving force (أرتال، قافلة) — and places marked for
the route (من origin, عبر / مرورا بـ via, في where it was seen, إلى / نحو /
باتجاه / وصولا إلى / في طريقها إلى destination, بين X و Y) yields one route;
the frame spans the coordinated clauses of the sentence ("خرجوا من الرقة ثم
توجهوا إلى الموصل").  The mover is the subject of the motion (the object of a
verb of sending: "أرسلت مقاتليها"), a group named right after a verbal noun
("وصول عشرات من مقاتلي داعش"), or — for a pronoun or a word like العناصر — the
group the sentences before were about; not the nearest name.  Movements only
supposed, feared, intended or prevented are not routes (SCHEMA.md).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rasd.extract.document import Document
from rasd.lexicons import load_yaml
from rasd.model import ActorMention, ActorRef, Movement, PlaceMention, PlaceRef
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher, WordTest
from rasd.text.morph import FormIndex
from rasd.text.morphology import hedged
from rasd.text.normalise import norm

# Windows, in tokens.  Set on the seed and dev articles; change as a set.
MARKER_REACH = 4        # words between a marker and its place (cue words, directions)
LOCATION_REACH = 8      # a "في X" counts as the route's start only this close to the motion word
MODALITY_WINDOW = 4
WEIGHED_WINDOW = 10     # words before the motion word searched for a weighed proposition
ROUTE_REACH = 10        # a route's place lies this close to the motion word or to the route's last place
SUBJECT_AFTER = 6       # words after a motion word searched for its subject (or a verbal noun's genitive)
SUBJECT_BEFORE = 12     # words before it searched for a subject written first
ANTECEDENT_SENTENCES = 3  # sentences searched back for the group a pronoun or "العناصر" stands for
BETWEEN_REACH = 3       # words between a motion word and «بين» for a route between two places
TAKEN_REACH = 16        # words before the motion word searched for a place taken ("فسيطروا على صنعاء وتقدموا")
_TOWNS = {"city", "town", "village"}   # what "المدينة" / "البلدة" pointing back may name
TAKEN_PLACE_REACH = 6   # words between the word of taking and its place ("سيطرة المقاومة الشعبية على عدن")
_ORDER = {"origin": 0, "via": 1, "location": 2, "between": 3, "destination": 4}
_NOT_ACTORS = ("civilians",)
FORCE_PHRASE = "unnamed force"  # the kind of a mover named only by a force noun as written


# Never changed once made, but not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a generic call, several times a plain store), and ~2 are made an article, of 10 fields; unsafe_hash
# gives it the hash a frozen class has (of its fields)
@dataclass(unsafe_hash=True)
class Motion:
    """A motion word or phrase at tokens first..last-1: its frame, part of speech and how it reads."""

    first: int
    last: int
    frame: str          # go | send | noun | form
    pos: str            # verb | participle | masdar | noun | form
    explicit: bool = True  # a verb with an explicit noun subject may have one (not "تسللوا")
    gender: str = ""       # who the motion word's pronoun or ending stands for: m | f (singular) | pl
    tense: str = ""        # past | present | future (verbs)
    obj: str = ""          # the role on the route of a place that is its direct object ("غادر سرت": origin)
    lemma: str = ""
    purpose: bool = False  # a verbal noun after لـ: what someone set out to do ("لنقل الجنود"), not a report


@dataclass
class MovementLexicon:
    lemmas: dict[str, str]                    # normalised motion lemma -> frame (go | send | noun)
    objects: dict[str, str]                   # normalised motion lemma -> role of a place as its object
    forms: PhraseMatcher[str]                 # fixed motion words ("وصولا") -> "form"
    markers: PhraseMatcher[str]
    after_motion: frozenset[str]
    modality: frozenset[str]
    weighed: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()       # "قد": a hedge before a present-tense verb only
    fillers: frozenset[str] = frozenset()
    punctuation: frozenset[str] = frozenset()
    movers: frozenset[str] = frozenset()
    area: frozenset[str] = frozenset()
    not_mover_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    feminine_heads: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    mover_kinds: frozenset[str] = frozenset()
    not_subjects: frozenset[str] = frozenset()
    masculine_heads: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    civilians: frozenset[str] = frozenset()    # casualties.yaml's civilian nouns: people who are no force
    not_movers: frozenset[str] = frozenset()   # subjects that are no force: a ship, aid, refugees, ministers
    complementizers: frozenset[str] = frozenset()   # "أن": what a speaker said starts after it
    sorties: frozenset[str] = frozenset()      # lemmas of a sortie: take-off, setting sail
    purposes: frozenset[str] = frozenset()     # "لشن", "لتنفيذ": the strike a sortie set out for
    provenance: frozenset[str] = frozenset()   # "غالبيتهم من": where people come from, no route's start
    extent: frozenset[str] = frozenset()       # "الممتدة من ... إلى": an area's or a road's extent
    taken: PhraseMatcher[str] | None = None    # "سيطروا على", "استعادة": a place taken before moving on
    dignitaries: frozenset[str] = frozenset()  # "وزير", "الرئيس": a statesman's journey is no route
    back_references: frozenset[str] = frozenset()  # "المدينة": a town taken, named by pointing back
    additional: PhraseMatcher[str] | None = None    # "بالإضافة إلى": a second destination beside the first
    later: PhraseMatcher[str] | None = None         # "وفي وقت لاحق": what the force did next
    regular_forces: frozenset[str] = frozenset()    # "القوات": a force the article's main group is not
    conditionals: frozenset[str] = frozenset()      # "وإذا" opening a sentence: what it tells is supposed


def _norms(words) -> frozenset[str]:
    return frozenset(norm(w) for w in words or [])


def _phrases(words, payload: str) -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for w in words or []:
        m.add(w, payload)
    return m


def load_movement_lexicon() -> MovementLexicon:
    data = load_yaml("movements.yaml")
    motion = data["motion"]
    lemmas: dict[str, str] = {}
    objects: dict[str, str] = {}
    for frame in ("go", "send", "nouns"):
        for entry in motion.get(frame) or []:
            lemmas[norm(entry["lemma"])] = "noun" if frame == "nouns" else frame
    for role, words in (data.get("object_roles") or {}).items():
        objects.update((norm(w), role) for w in words or [])
    forms: PhraseMatcher[str] = PhraseMatcher()
    for f in motion.get("forms") or []:
        forms.add(f, "form")
    markers: PhraseMatcher[str] = PhraseMatcher()
    for role, words in data["markers"].items():
        for w in words:
            markers.add(w, role)
    return MovementLexicon(
        lemmas=lemmas, objects=objects, forms=forms, markers=markers,
        after_motion=_norms(data.get("destination_after_motion")),
        modality=_norms(data.get("modality")),
        weighed=_norms(data.get("weighed")),
        hedges=_norms(data.get("hedge_before_present")),
        fillers=_norms(data.get("fillers")),
        punctuation=frozenset(data.get("marker_punctuation") or []),
        movers=_norms(data.get("movers")),
        area=_norms(data.get("area_before_between")),
        not_mover_after=_norms(data.get("not_mover_after")),
        not_before=_norms(data.get("not_motion_before")),
        feminine_heads=_norms((data.get("head_gender") or {}).get("f")),
        quantifiers=_norms(data.get("quantifiers")),
        mover_kinds=frozenset(data.get("mover_kinds") or []),
        not_subjects=_norms(data.get("not_subjects")),
        masculine_heads=_norms((data.get("head_gender") or {}).get("m")),
        partitive=_norms(data.get("partitive")),
        civilians=_norms((load_yaml("casualties.yaml").get("people") or {}).get("civilian")),
        not_movers=_norms(data.get("not_movers")),
        complementizers=_norms(data.get("complementizers")),
        sorties=_norms((data.get("sortie") or {}).get("lemmas")),
        purposes=_norms((data.get("sortie") or {}).get("purpose")),
        provenance=_norms(data.get("provenance")),
        taken=_phrases(data.get("taken_before"), "taken"),
        dignitaries=_norms(data.get("dignitaries")),
        back_references=_norms(data.get("taken_back_references")),
        additional=_phrases(data.get("additional_destination"), "additional"),
        later=_phrases(data.get("later"), "later"),
        regular_forces=_norms(data.get("regular_forces")),
        conditionals=_norms(data.get("conditionals")),
        extent=_norms(data.get("extent")),
    )


@dataclass
class _Frame:
    motions: list[Motion]
    lo: int             # tokens of the sentence the frame's places are read in
    hi: int
    moves: bool         # something moves that may be an armed force
    actor: ActorRef | None
    force: bool = False  # a word for an armed force is the subject ("مسلحون", "القوات")
    blocked: bool = False  # its first motion word has a subject that is no armed force


def _agreement(f) -> str:
    """Who a motion form's ending or pronoun stands for: m | f (singular) | pl | "" (unknown)."""
    a = f.analysis
    if a.pos == "masdar" and f.enclitic:
        return {"ها": "f", "ه": "m"}.get(f.enclitic, "pl" if f.enclitic in ("هم", "هن", "هما") else "")
    if a.pos == "verb" and a.person == 3:
        return "pl" if a.number in ("pl", "du") else a.gender
    return ""


def _key(a: ActorRef | None) -> str | None:
    return (a.actor_id or a.canonical or a.name) if a is not None else None


def _continues(cur: _Frame, clause: int, moves: bool, actor: ActorRef | None, explicit: bool) -> bool:
    """Whether a motion word (of a mover, in a clause starting at `clause`) goes on with the frame before:
    no subject of its own, the same mover, or the same clause; not a subject that is no force."""
    return (not explicit or not cur.moves or _key(actor) == _key(cur.actor) or clause <= cur.motions[-1].first) \
        and not (explicit and not moves) and not (cur.blocked and explicit)


@dataclass
class _Step:
    role: str
    first: int
    mention: PlaceMention


def _last_place_before(doc: Document, sentence: int, keep) -> _Step | None:
    """The last place of the sentence before (not inside an actor's name) that `keep(token, mention)` accepts,
    as the route's origin."""
    p0, p1 = doc.sentence_bounds(sentence - 1)
    found = [(a0, m) for a0, a1, m in doc.places_in(p0, p1) if doc.inside_actor(a0, a1) is None and keep(a0, m)]
    return _Step("origin", found[-1][0], found[-1][1]) if found else None


def _without_country_around(path: list[_Step]) -> list[_Step]:
    """"واصل مقاتلو المقاومة في اليمن تقدمهم صوب قاعدة العند": a country the rest of the route lies in is where
    the movers are, not where the route starts."""
    first = path[0].mention.resolved if path else None
    if first is None or first.kind != "country" or len(path) < 2:
        return path
    rest = [st.mention.resolved for st in path[1:]]
    return path[1:] if all(r is not None and r.country == first.country for r in rest) else path


class _Route(NamedTuple):
    path: list[_Step]    # the places of the route, in order
    steps: list[_Step]   # every place the frame gave (the evidence spans them)


class MovementExtractor:
    def __init__(self, lex: MovementLexicon, forms: FormIndex | None = None):
        self.lex = lex
        self.forms = forms if forms is not None else FormIndex.load()
        self._may_move = WordTest(self._may_be_motion)

    # --- words of motion ------------------------------------------------------------------
    def _may_be_motion(self, word: str) -> bool:
        """Whether `_motion_at` may find a word of motion at a token spelled `word`: a listed form
        begins there or one of its analyses has a lemma of motion (the scan steps over the others)."""
        if self.lex.forms.begins(word):
            return True
        lemmas = self.lex.lemmas
        return any(lemmas.get(f.lemma) is not None for f in self.forms.analyse(word))

    def _motion_at(self, doc: Document, k: int) -> Motion | None:
        toks = doc.seg.tokens
        m = self.lex.forms.match_at(toks, k)
        if m is not None:
            return Motion(k, m.last, "form", "form")
        # "تقدمها": with a pronoun, a verbal noun ("its advance") before a verb with an object
        for f in sorted(self.forms.analyse(toks[k].norm), key=lambda f: bool(f.enclitic) and f.pos == "verb"):
            frame = self.lex.lemmas.get(f.lemma)
            if frame is None or (frame != "noun" and f.entry_pos == "noun"):
                continue
            a = f.analysis
            if a.pos == "verb" and a.person in (1, 2):
                continue  # "أصل", "عدت", "نفد": 1st/2nd person forms are mostly other words
            if a.pos == "participle" and f.enclitic:
                continue  # a participle of motion takes no possessive: "متقدمه" is متقدمة written with ه
            if "above_lemma" in self.forms.flags(f.stem or f.surface):
                continue  # a form far more common than its lemma: mostly another word
            pronoun_subject = a.pos == "verb" and a.number == "pl" or bool(f.enclitic) and a.pos == "masdar"
            return Motion(k, k + 1, frame, a.pos, explicit=not pronoun_subject, gender=_agreement(f),
                          tense=f.tense if a.pos == "verb" else "", obj=self.lex.objects.get(f.lemma, ""),
                          lemma=f.lemma, purpose=a.pos == "masdar" and f.proclitics.endswith("ل"))
        return None

    def _triggers(self, doc: Document, s0: int, s1: int) -> list[Motion]:
        toks = doc.seg.tokens
        out = []
        for k in self._may_move.positions(doc.seg.words, s0, s1):
            if doc.places_in(k, k + 1):
                continue  # a place's name is no motion word ("عدن" is not a form of عاد here)
            m = self._motion_at(doc, k)
            if m is None or m.purpose or self._supposed(doc, s0, m):
                continue
            if m.frame != "form" and self.lex.markers.match_at(toks, k) is not None:
                continue  # "عبر", "انطلاقا من", "قادمين من": a marker of the route, not a movement of its own
            if m.last < s1 and toks[m.last].norm in self.lex.not_before:
                continue  # "تقدم له كامل الدعم": gives, not advances
            out.append(m)
        return out

    def _supposed(self, doc: Document, s0: int, m: Motion) -> bool:
        """A movement supposed, feared, intended or prevented ("ربما فر", "لمنع تسلل", "قد يتوجهون")."""
        toks = doc.seg.tokens
        k = m.first
        if any(toks[j].norm in self.lex.conditionals for j in range(s0, min(k, s0 + 2))):
            return True   # "وإذا انتزعت ... فإن ذلك سيعجل بتقدمها صوب دمشق"
        near = {r.stem for j in range(max(s0, k - MODALITY_WINDOW), k) for r in readings(toks[j].norm)}
        if near & self.lex.modality:
            return True
        far = {r.stem for j in range(max(s0, k - WEIGHED_WINDOW), k) for r in readings(toks[j].norm)}
        if far & self.lex.weighed:
            return True
        if m.tense == "past":
            return False  # "قد تسللوا": قد before a past verb asserts it
        return hedged(toks, max(s0, k - WEIGHED_WINDOW), k, self.lex.hedges)  # not "وقد تمكن بعد توجهه"

    # --- places on the route ---------------------------------------------------------------
    def _role(self, doc: Document, p0: int, s0: int, triggers: list[int], prev: _Step | None,
              objects: dict[int, str] | None = None) -> str | None:
        glued = self._glued_role(doc, p0, triggers, prev)
        if glued is not None:
            return glued
        toks = doc.seg.tokens
        k = p0 - 1
        steps = 0
        while k >= s0 and steps <= MARKER_REACH:
            tok = toks[k]
            if not tok.is_word:
                if tok.text in self.lex.punctuation or tok.norm in self.lex.punctuation:
                    k -= 1
                    continue
                return None
            if self._kind_of_place_in(doc, k, s0):
                k -= 1   # "من قاعدة في قطر": the place the base is in is the route's
                continue
            told = self._told_by(doc, k, s0, p0, triggers, prev, objects)
            if told is not None:
                return told or None
            if not self._filler(tok.norm) and not (k - 1 >= s0 and toks[k - 1].is_word and self._filler(toks[k - 1].norm)
                                                    and tok.norm != "و" and not doc.places_in(k, k + 1)):
                # "و" + place after a place of the route: the list goes on.  A word after a kind of place is
                # that place's own name, unknown to the gazetteer: "إلى وادي ضيقة بلدة المحفد"
                return prev.role if tok.norm == "و" and prev is not None else None
            k -= 1
            steps += 1
        return None

    def _kind_of_place_in(self, doc: Document, k: int, s0: int) -> bool:
        """«في» at token k after a kind of place that a marker of the route puts on it: "من قاعدة في قطر",
        "إلى مناطق في ريف حلب"."""
        toks = doc.seg.tokens
        if toks[k].norm != "في":
            return False
        j = k - 1
        while j >= s0 and toks[j].is_word and self._filler(toks[j].norm) and k - j <= 2:
            j -= 1
        if j == k - 1 or j < s0:
            return False
        mk = self._marker_ending_at(doc, j, s0)
        return mk is not None and mk[0] in ("origin", "via", "destination")

    def _told_by(self, doc: Document, k: int, s0: int, p0: int, triggers: list[int], prev: _Step | None,
                 objects: dict[int, str] | None) -> str | None:
        """The role the word ending at token k gives the place at p0: a marker's ("" for a marker that puts it
        on no route), the object's of a motion word, or whither after "الوافدين على"; None: not told here."""
        mk = self._marker_ending_at(doc, k, s0)
        if mk is not None:
            return self._marked_role(doc, mk, triggers, prev) or ""
        obj = self._object_of(doc, k, p0, objects) if objects else None
        if obj is not None:
            return obj
        if doc.seg.tokens[k].norm in self.lex.after_motion and k - 1 >= s0 and any(t == k - 1 for t in triggers):
            return "destination"
        return None

    def _object_of(self, doc: Document, k: int, p0: int, objects: dict[int, str]) -> str | None:
        """The role of a place that is the direct object of the motion word ending at token k, or of one whose
        subject ends at k: "غادروا سرت" (origin), "دخلت قوات البيشمركة مدينة سنجار" (destination); not a
        country that is the verb's subject ("دخلت إسرائيل على الخط")."""
        if k in objects:
            return objects[k] if not doc.actors_in(k + 1, p0 + 1) else None
        for t, role in objects.items():
            if 0 < k - t <= SUBJECT_AFTER and self._force_subject(doc, t + 1, k + 1):
                return role
        return None

    def _force_subject(self, doc: Document, first: int, last: int) -> bool:
        """Whether tokens first..last-1 are a moving force as a verb's subject: counted perhaps ("مئات
        المسلحين", "300 مقاتل"), a force noun or a group's name, then the rest of the force's name or what
        it is of ("أرتال التنظيم", "قوات الجيش اليمني", "عناصر الأمن")."""
        toks = doc.seg.tokens
        inside = {j for a0, a1, _ in doc.actors_in(first, last) for j in range(a0, a1)}
        counted = {j for n in doc.numbers_in(max(0, first - 3), last) for j in range(n.first_token, n.last_token)}
        j = first
        while j < last and j in counted:
            j += 1
        if j >= last or not (j in inside or toks[j].is_word and self._stems_unpossessed(toks[j].norm)
                             & self.lex.movers):
            return False
        rest = [x for x in range(j + 1, last) if x not in inside
                and not (toks[x].is_word and self._stems_unpossessed(toks[x].norm) & self.lex.movers)]
        # at most two words of a name no registry knows, none of them a place or a marker of the route
        return len(rest) <= 2 and all(toks[x].is_word and not doc.places_in(x, x + 1)
                                      and self.lex.markers.match_at(toks, x) is None for x in rest)

    def _filler(self, word: str) -> bool:
        return bool({r.stem for r in readings(word)} & self.lex.fillers)

    def _glued_role(self, doc: Document, p0: int, triggers: list[int], prev: _Step | None) -> str | None:
        """A place written with a proclitic: "وأوباري" continues the list, "بالجفرة" is where, "لليبيا" whither."""
        toks = doc.seg.tokens
        m = doc.places_in(p0, p0 + 1)
        if not m or m[0][2].span.start <= toks[p0].start:
            return None
        first_word = toks[p0].norm
        prefix = first_word[: len(first_word) - len(m[0][2].key.split()[0])]
        if prefix.startswith("و") and prev is not None and p0 - prev.first <= 4:
            return prev.role
        if prefix.endswith("ب") and any(0 <= p0 - t <= LOCATION_REACH for t in triggers):
            return "location"
        if prefix.endswith("ل") and any(0 <= p0 - t <= 3 for t in triggers):
            return "destination"
        return None

    def _marked_role(self, doc: Document, mk: tuple[str, int], triggers: list[int], prev: _Step | None) -> str | None:
        role, start = mk
        if role == "continuation":
            return prev.role if prev is not None else None
        if role == "location" and not any(0 <= start - t <= LOCATION_REACH for t in triggers):
            return None
        if role == "origin" and (not any(abs(start - t) <= LOCATION_REACH + 4 and (start > t or self._same_clause(doc, start, t))
                                         for t in triggers)
                                 or self._partitive(doc, start) or self._after_word_in(doc, start, self.lex.provenance)
                                 or self._after_word_in(doc, start, self.lex.extent)):
            return None   # (an origin before the motion word is in its clause: "من الرقة انسحبوا")
        if role == "between" and not self._route_between(doc, start, triggers):
            return None
        if role == "destination" and self._in_area(doc, start):
            return None  # "الممتدة بين بني وليد وحتى جنوب طرابلس": the far end of an area
        return role

    @staticmethod
    def _same_clause(doc: Document, a: int, b: int) -> bool:
        return doc.clause(a) == doc.clause(b)

    def _partitive(self, doc: Document, k: int) -> bool:
        """"الجزء الجنوبي من الرمادي": «من» after a word for a part says "of", not "from"."""
        toks = doc.seg.tokens
        return any(j >= 0 and toks[j].is_word and {r.stem for r in readings(toks[j].norm)} & self.lex.partitive
                   for j in (k - 1, k - 2))

    def _in_area(self, doc: Document, k: int) -> bool:
        """Whether an area's «بين» ("الممتدة بين", "الواقعة بين") or «من» ("الممتدة من دمشق") stands just
        before token k."""
        toks = doc.seg.tokens
        return any(toks[j].norm == "بين" and j > 0 and {r.stem for r in readings(toks[j - 1].norm)} & self.lex.area
                   or toks[j].norm == "من" and self._after_word_in(doc, j, self.lex.extent)
                   for j in range(max(0, k - 6), k))

    @staticmethod
    def _after_word_in(doc: Document, k: int, words: frozenset[str]) -> bool:
        """Whether the word right before token k is one of `words` ("وغالبيتهم من", "الممتدة من")."""
        toks = doc.seg.tokens
        return k > 0 and toks[k - 1].is_word and bool({r.stem for r in readings(toks[k - 1].norm)} & words)

    def _route_between(self, doc: Document, k: int, triggers: list[int]) -> bool:
        """"تتنقل بين مناطق سبها وأوباري" is a route; "في المنطقة الواقعة بين مصراتة وسرت" an area."""
        toks = doc.seg.tokens
        if k > 0 and {r.stem for r in readings(toks[k - 1].norm)} & self.lex.area:
            return False
        return any(0 < k - t <= BETWEEN_REACH + 1 for t in triggers)

    def _marker_ending_at(self, doc: Document, k: int, s0: int) -> tuple[str, int] | None:
        toks = doc.seg.tokens
        for start in range(k, max(s0 - 1, k - 4), -1):
            m = self.lex.markers.match_at(toks, start)
            if m is not None and m.last == k + 1:
                return m.payloads[0], start
        return None

    def _steps(self, doc: Document, s0: int, s1: int, triggers: list[int],
               objects: dict[int, str] | None = None) -> list[_Step]:
        steps: list[_Step] = []
        prev: _Step | None = None
        for p0, p1, m in doc.places_in(s0, s1):
            if doc.inside_actor(p0, p1) is not None:
                continue
            near = min(abs(p0 - t) for t in triggers) <= ROUTE_REACH or (
                prev is not None and p0 - prev.first <= ROUTE_REACH)
            if not near:
                continue
            role = self._role(doc, p0, s0, triggers, prev, objects)
            if role is None or role == "location" and self._setting_of(doc, prev, p0):
                continue
            step = _Step(role, p0, m)
            steps.append(step)
            prev = step
        return steps

    def _setting_of(self, doc: Document, prev: _Step | None, p0: int) -> bool:
        """A place right after the destination that says where it lies ("إلى مدينة شقرة الساحلية في أبين",
        "إلى زنجبار بأبين"), with at most a definite adjective between: not where they set out.  ("انتقلت إلى
        سرت بعد تمركزها في الكفرة" tells of a stop of its own.)"""
        if prev is None or prev.role != "destination":
            return False
        toks = doc.seg.tokens
        end = doc.token_of(prev.mention.span.end - 1) + 1
        between = [toks[k].norm for k in range(end, p0) if toks[k].is_word
                   and not ({r.stem for r in readings(toks[k].norm)} & self.lex.fillers)
                   and self.lex.markers.match_at(toks, k) is None]
        return len(between) <= 1 and all(w.startswith("ال") for w in between)

    # --- the route ---------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Movement]:
        out: list[Movement] = []
        seen: set[tuple] = set()
        main = self._main_group(doc)
        for s in doc.seg.sentences:
            if doc.almanac_line(s.index):
                continue  # "1943 - ...": history, no report
            if not doc.places_in(s.first_token, s.last_token):
                # a route has a place of its sentence (every origin told apart is added to one), so a
                # sentence without places has none: its motion words and movers are not worked out
                continue
            motions = self._triggers(doc, s.first_token, s.last_token)
            for frame in self._frames(doc, s.index, motions, main):
                for movement in self._movements(doc, s.index, frame):
                    key = (_key(movement.actor), tuple(p.id or p.name for p in movement.path))
                    if key not in seen:   # the headline's route told again in the body
                        seen.add(key)
                        out.append(movement)
        return out

    def _movements(self, doc: Document, sentence: int, frame: _Frame) -> list[Movement]:
        """The frame's route, or its routes where a second destination is added beside the first ("تقدمت إلى س،
        بالإضافة إلى ص": two advances from one start)."""
        route = self._movement(doc, sentence, frame)
        if route is None:
            return []
        path = route.path
        dests = [i for i, st in enumerate(path) if st.role == "destination"]
        cut = next((i for i in dests[1:] if self._added(doc, path[i].first)), None)
        branches = [path] if cut is None else [path[:cut], [st for st in path if st.role != "destination"] + path[cut:]]
        return [self._as_movement(doc, sentence, frame, route.steps, branch) for branch in branches]

    def _added(self, doc: Document, k: int) -> bool:
        """A word of addition ends right before the place at `k` (a cue word may stand between)."""
        toks = doc.seg.tokens
        return self.lex.additional is not None and any(
            (m := self.lex.additional.match_at(toks, j)) is not None and m.last in (k, k - 1)
            for j in range(max(0, k - 4), k))

    def _movement(self, doc: Document, sentence: int, frame: _Frame) -> _Route | None:
        triggers = [m.first for m in frame.motions]
        # (a past verb only: "تدخل إيران" is mostly the noun "intervention", "منذ دخوله" history, and
        # "مغادرة اليمن" reads as a participle but is mostly the verbal noun of an intention)
        objects = {m.first: m.obj for m in frame.motions if m.obj and m.pos == "verb" and m.tense == "past"}
        steps = self._steps(doc, frame.lo, frame.hi, triggers, objects)
        origin = self._origin_told_apart(doc, sentence, frame, steps)
        if origin is not None:
            steps = [origin, *steps]
        sortie = self._sortie_target(doc, frame, steps)
        if sortie is not None:
            purpose, target = sortie   # the places struck are its end, not stops on the way
            steps = [*(st for st in steps if st.first < purpose), target]
        path = _without_country_around(self._path(steps))
        if len(path) < 2 or all(st.role == "destination" for st in path) or not self._armed(frame) or \
                all(m.frame == "form" for m in frame.motions):
            return None  # no route (both ends stated), no armed force moving, or only "مرورا" / "وصولا"
        return _Route(path, steps)

    @staticmethod
    def _as_movement(doc: Document, sentence: int, frame: _Frame, steps: list[_Step], path: list[_Step]) -> Movement:
        """The route `path`, its evidence running over every step the frame gave (`steps`) and its motion words."""
        triggers = [m.first for m in frame.motions]
        lo = min([st.first for st in steps] + triggers)
        hi = max(doc.token_of(st.mention.span.end - 1) + 1 for st in steps)
        return Movement(actor=frame.actor, path=[PlaceRef.of(st.mention) for st in path],
                        evidence=doc.text_span(lo, hi), trigger=doc.text_span(triggers[0], triggers[0] + 1),
                        sentence=sentence)

    def _sortie_target(self, doc: Document, frame: _Frame, steps: list[_Step]) -> tuple[int, _Step] | None:
        """"أقلعت المقاتلات من قاعدة إنجرليك لشن غارات على مواقع التنظيم في الرقة": a sortie from its base
        to the area it set out to strike (the last place named after the purpose, within reach), and where
        the purpose starts."""
        toks = doc.seg.tokens
        if not steps or any(st.role == "destination" for st in steps) or \
                not any(m.lemma in self.lex.sorties for m in frame.motions):
            return None
        # the first word of purpose after a place of its base ("من القاعدة الجوية في دياربكر لشن")
        purpose = next((k for st in sorted(steps, key=lambda x: x.first)
                        for k in range(st.first, min(frame.hi, st.first + MARKER_REACH + 4))
                        if toks[k].is_word and toks[k].norm in self.lex.purposes), None)
        if purpose is None:
            return None
        after = [(p0, m) for p0, p1, m in doc.places_in(purpose + 1, min(frame.hi, purpose + ROUTE_REACH))
                 if doc.inside_actor(p0, p1) is None]
        return (purpose, _Step("destination", after[-1][0], after[-1][1])) if after else None

    def _armed(self, frame: _Frame) -> bool:
        """An armed force moves: a group of an armed kind, or a force no registry names ("مسلحون")."""
        if not frame.moves:
            return False
        a = frame.actor
        if a is None:
            return frame.force     # "وأبحر زورق يقل مسلحين": a force no group is named for
        if a.kind == FORCE_PHRASE:
            return True            # a force named as written ("القوات الموالية لهادي")
        if a.kind is None:
            return frame.force     # a group no registry knows ("حركة الشاحنات" is traffic): only as a force
        return a.kind in self.lex.mover_kinds

    def _where_seen(self, doc: Document, frame: _Frame, steps: list[_Step]) -> _Step | None:
        """"تضاريس المنطقة المحيطة ببني وليد تشكل حماية لتنقل العناصر، فهي تتحرك ... وصولا إلى الحدود
        مع تونس": where the sentence placed the movers before the motion, when it names only whither."""
        if not steps or any(st.role != "destination" for st in steps):
            return None
        first = frame.motions[0].first
        before = [(p0, m) for p0, p1, m in doc.places_in(max(frame.lo, first - SUBJECT_BEFORE), first)
                  if doc.inside_actor(p0, p1) is None and self._locative(doc, p0, m)]
        return _Step("location", before[-1][0], before[-1][1]) if before else None

    def _locative(self, doc: Document, p0: int, m: PlaceMention) -> bool:
        """A place said to be where something is: "ببني وليد", "في سرت"."""
        toks = doc.seg.tokens
        if m.span.start > toks[p0].start and toks[p0].norm.startswith(("ب", "وب", "فب")):
            return True
        k = p0 - 1
        while k >= 0 and toks[k].is_word and {r.stem for r in readings(toks[k].norm)} & self.lex.fillers:
            k -= 1   # "في مدينة سرت"
        return k >= 0 and toks[k].norm in ("في", "ب")

    def _where_they_were(self, doc: Document, sentence: int, frame: _Frame, steps: list[_Step]) -> _Step | None:
        """"وسيطروا على صنعاء في سبتمبر. وتوجهوا بعد ذلك إلى عدن": a sentence that goes on with the same
        subject ("و" + a verb with no subject of its own) and names only where they went starts from the
        last place of the sentence before."""
        toks = doc.seg.tokens
        m = frame.motions[0]
        s0, _ = doc.sentence_bounds(sentence)
        if sentence == 0 or m.explicit or m.first - s0 > 1 or not toks[m.first].norm.startswith(("و", "ف")) or \
                not steps or any(st.role != "destination" for st in steps):
            return None
        return _last_place_before(doc, sentence, lambda a0, m: True)

    def _origin_told_apart(self, doc: Document, sentence: int, frame: _Frame, steps: list[_Step]) -> _Step | None:
        """Where a route with no marked origin started: the last place of the sentence before, where the
        force was seen, or the place it took just before moving on."""
        return self._where_they_were(doc, sentence, frame, steps) or self._where_seen(doc, frame, steps) or \
            self._where_they_took(doc, sentence, frame, steps) or self._where_they_were_before(doc, sentence, steps)

    def _where_they_were_before(self, doc: Document, sentence: int, steps: list[_Step]) -> _Step | None:
        """"ونشرت القوات مدرعاتها في مدينة زنجبار. وفي وقت لاحق، توجهت القوات إلى مدينة شقرة": a sentence that
        opens with what came next and names only where they went starts where the sentence before placed them
        (its last place after في / ب)."""
        if sentence == 0 or self.lex.later is None or not steps or any(st.role != "destination" for st in steps):
            return None
        toks = doc.seg.tokens
        s0, _ = doc.sentence_bounds(sentence)
        if self.lex.later.match_at(toks, s0) is None:
            return None
        return _last_place_before(doc, sentence, lambda a0, m: self._locative(doc, a0, m))

    def _where_they_took(self, doc: Document, sentence: int, frame: _Frame, steps: list[_Step]) -> _Step | None:
        """"فسيطروا على صنعاء وتقدموا صوب عدن": a route with only where it went starts at the place taken
        just before in its sentence (the last place named after the words of taking, before the motion word)."""
        if self.lex.taken is None or not steps or any(st.role != "destination" for st in steps):
            return None
        toks = doc.seg.tokens
        s0, _ = doc.sentence_bounds(sentence)
        first_step = min(st.first for st in steps)
        m0 = max((m.first for m in frame.motions if m.first < first_step), default=frame.motions[0].first)
        took = [mt for k in self.lex.taken.positions(doc.seg.words, max(s0, m0 - TAKEN_REACH), m0)
                if (mt := self.lex.taken.match_at(toks, k)) is not None]
        if not took:
            return None
        # (its subject and «على» may stand between: "سيطرة المقاومة الشعبية على عدن")
        places = [(p0, mm) for p0, p1, mm in doc.places_in(took[-1].last, m0)
                  if doc.inside_actor(p0, p1) is None and p0 - took[-1].last <= TAKEN_PLACE_REACH]
        if places:
            return _Step("origin", places[0][0], places[0][1])
        return self._town_pointed_back(doc, sentence, took[-1].last, m0)

    def _town_pointed_back(self, doc: Document, sentence: int, lo: int, hi: int) -> _Step | None:
        """"وبعد ضمان سيطرتها على المدينة، واصلت تقدمها إلى ...": the town taken is named by a definite noun
        that points back; it is the last town of the sentence before."""
        toks = doc.seg.tokens
        if sentence == 0 or not any(toks[k].norm in self.lex.back_references
                                    for k in range(lo, min(hi, lo + TAKEN_PLACE_REACH))):
            return None
        return _last_place_before(doc, sentence, lambda a0, m: m.resolved is not None and m.resolved.kind in _TOWNS)

    def _frames(self, doc: Document, sentence: int, motions: list[Motion], main: ActorRef | None) -> list[_Frame]:
        """The sentence's motion words grouped by mover: a new frame where a motion word has a mover of
        its own, other than the frame's ("حيث أرسلت [بوكو حرام] مقاتليها ... و[داعش] انتقال قياداته");
        one mover across coordinated clauses ("انتقلت إلى سرت ... وتم نقلهم إلى معسكر")."""
        s0, s1 = doc.sentence_bounds(sentence)
        frames: list[_Frame] = []
        for m in motions:
            cur = frames[-1] if frames else None
            if cur is not None and cur.blocked and self._circumstantial(doc, m):
                cur.motions.append(m)   # "غادر الوزير واشنطن متوجها إلى": the minister's, still no force's
                continue
            moves, actor, explicit = self._mover_of(doc, sentence, m, main)
            force = self._force_noun_near(doc, m, s0, s1)
            clause = doc.clause(m.first)[0]
            if cur is not None and _continues(cur, clause, moves, actor, explicit):
                cur.motions.append(m)
                cur.force = cur.force or force
                if not cur.moves and moves and not cur.blocked:
                    cur.moves, cur.actor = moves, actor
                continue
            lo = s0 if cur is None else clause
            if cur is not None:
                cur.hi = lo
            # "وانتقل أوباما إلى ...": a subject that is no force; the motion words after it in its
            # frame ("ليطلب ... وصول") do not make it one
            frames.append(_Frame([m], lo, s1, moves, actor, force, blocked=explicit and not moves))
        return frames

    @staticmethod
    def _circumstantial(doc: Document, m: Motion) -> bool:
        """An indefinite participle in the accusative ("متوجها", "قادمين"): how the subject of the verb before
        went, not a subject of its own."""
        w = doc.seg.tokens[m.first].norm
        return m.pos == "participle" and not w.startswith(("ال", "وال")) and w.endswith(("ا", "ين"))

    @staticmethod
    def _path(steps: list[_Step]) -> list[_Step]:
        roles = {st.role for st in steps}
        if "between" in roles and len([s for s in steps if s.role == "between"]) >= 2:
            chosen = [s for s in steps if s.role == "between"]
        else:
            if "destination" not in roles:
                return []
            # origins before vias before the place seen, then destinations in text order
            chosen = sorted(steps, key=lambda st: (_ORDER[st.role], st.first))
        seen: set[str] = set()
        path = []
        for st in chosen:
            key = st.mention.resolved.id if st.mention.resolved else st.mention.key
            if key in seen:
                continue
            seen.add(key)
            path.append(st)
        return path

    # --- who moves ---------------------------------------------------------------------------
    def _main_group(self, doc: Document) -> ActorRef | None:
        """The armed group the article is most about (counted once per article)."""
        nonstate = [a for _, _, a in doc.actors_in(0, len(doc.seg.tokens)) if a.kind and "non-state" in a.kind]
        if not nonstate:
            return None
        top = Counter(a.actor_id or a.name for a in nonstate).most_common(1)[0][0]
        return ActorRef.of(next(a for a in nonstate if (a.actor_id or a.name) == top))

    def _mover_of(self, doc: Document, sentence: int, m: Motion, main: ActorRef | None
                  ) -> tuple[bool, ActorRef | None, bool]:
        """(whether an armed force moves, which, whether the motion word names it itself)."""
        s0, s1 = doc.sentence_bounds(sentence)
        if self._dignitary_after(doc, m, s1):
            return False, None, True   # "غادر وزير الخارجية الأميركي واشنطن": a statesman's journey
        after = self._actor_after(doc, m, s1)
        if after is not None and m.frame != "send":
            return True, ActorRef.of(after), True
        if self._no_force_before(doc, m, s0, s1):
            return False, None, True
        # "أرسلت مقاتليها", "العناصر الفارة", "تسلل مسلحون": a force noun; "كتائب داعش تقدمت": a subject first
        before = self._actor_before(doc, m, s0)
        if before is not None:
            return True, ActorRef.of(before), True
        if after is not None:
            return True, ActorRef.of(after), True   # "نقل قادة التنظيم": the group sent, its sender unnamed
        force = self._force_noun_near(doc, m, s0, s1)
        if not force and (self._unarmed_subject(doc, m, s1) or self._civilians_before(doc, m, s0)):
            return False, None, True  # "وانتقل أوباما إلى", "وصلت سفينة", "آلاف النازحين وصلوا": someone else moves
        # a pronoun, a force noun, or a form with no subject of its own: "تقدمها", "تسللوا", "المسلحون الفارون";
        # not a participle describing a thing ("برج مراقبة متحركا")
        if force or not m.explicit or m.pos == "form":
            return True, self._unnamed_mover(doc, sentence, m, main, force), force
        if self._subject_dropped(doc, m, s1) and self._unarmed_after_route(doc, m, s1):
            return False, None, True   # "ووصلت إلى عدن أول سفينة مساعدات": its subject comes after the place
        if self._subject_dropped(doc, m, s1):
            # "تعزيزات ... قادمة من صنعاء واتجهت إلى المخا": a verb with no subject after it continues the
            # sentence's subject, which its ending agrees with; none in the sentence: someone else moves
            agreeing = self._agreeing_before(doc, m, s0, m.gender)
            if agreeing is not None:
                return True, agreeing, False
        return False, None, False

    def _unnamed_mover(self, doc: Document, sentence: int, m: Motion, main: ActorRef | None,
                       force: bool) -> ActorRef | None:
        """Who moves when the motion word names no group: a pronoun, a force noun, a form with no subject."""
        s0, s1 = doc.sentence_bounds(sentence)
        # "واصلت القوات ...، تقدمها إلى": the subject of a clause before that the pronoun agrees with
        want = "pl" if self._quantifier_before(doc, m) else m.gender
        agreeing = self._agreeing_before(doc, m, s0, want) if want else None
        if agreeing is not None:
            return agreeing
        regular = self._force_after(doc, m, s1, self.lex.regular_forces) if force else None
        if regular is not None:
            return regular   # "توجهت أفواج القوات الموالية إلى": regular forces, not the article's group
        return self._antecedent(doc, sentence, m, main, gendered=not force)

    def _dignitary_after(self, doc: Document, m: Motion, s1: int) -> bool:
        """"غادر الرئيس الأميركي", "وصل وزير الدفاع": a statesman or envoy right after the verb is its subject."""
        toks = doc.seg.tokens
        return m.pos == "verb" and m.explicit and m.last < s1 and toks[m.last].is_word and \
            bool(self._stems_unpossessed(toks[m.last].norm) & self.lex.dignitaries)

    def _no_force_before(self, doc: Document, m: Motion, s0: int, s1: int) -> bool:
        """"سفينة محملة بالمساعدات وصلت", "القتلى والجرحى نقلوا إلى": a subject before the verb that is no
        force (of a verb of sending, unless it sends a force: "الوزير أرسل قوات")."""
        return (m.frame != "send" or not self._force_sent(doc, m, s1)) and self._unarmed_before(doc, m, s0)

    def _force_sent(self, doc: Document, m: Motion, s1: int) -> bool:
        """"أرسل قوات", "نقل التنظيم مقاتليه": a force named as the object right after a verb of sending."""
        toks = doc.seg.tokens
        return bool(doc.actors_in(m.last, min(s1, m.last + 3))) or any(
            toks[k].is_word and self._stems_unpossessed(toks[k].norm) & self.lex.movers
            for k in range(m.last, min(s1, m.last + 3)))

    def _unarmed_before(self, doc: Document, m: Motion, s0: int) -> bool:
        """"سفينة محملة بالمساعدات وصلت إلى", "620 لاجئا من الذين طردوا ... وصلوا إلى": the nearest noun
        before the motion word in its clause that may be its subject is no force."""
        toks = doc.seg.tokens
        inside = {j for a0, a1, a in doc.actors_in(max(s0, m.first - SUBJECT_BEFORE), m.first)
                  if a.kind not in _NOT_ACTORS for j in range(a0, a1)}
        for k in range(m.first - 1, max(s0, doc.clause(m.first)[0], m.first - SUBJECT_BEFORE) - 1, -1):
            if k in inside:
                return False
            stems = self._stems_unpossessed(toks[k].norm) if toks[k].is_word else set()
            stems |= {x[2:] for x in stems if x.startswith("ال")}
            if stems & self.lex.movers:
                return False
            if stems & self.lex.not_movers:
                return True
        return False

    def _civilians_before(self, doc: Document, m: Motion, s0: int) -> bool:
        """"آلاف النازحين وصلوا إلى": a noun for civilians just before the verb, in its clause, is its subject."""
        toks = doc.seg.tokens
        lo = max(s0, doc.clause(m.first)[0], m.first - 2)
        for k in range(lo, m.first):
            stems = {r.stem for r in readings(toks[k].norm)} if toks[k].is_word else set()
            if (stems | {s[2:] for s in stems if s.startswith("ال")}) & self.lex.civilians:
                return True
        return False

    def _subject_dropped(self, doc: Document, m: Motion, s1: int) -> bool:
        """A singular verb followed straight by a marker of the route ("واتجهت إلى"): its subject was said
        before it."""
        toks = doc.seg.tokens
        return m.pos == "verb" and m.gender in ("m", "f") and m.last < s1 and \
            self.lex.markers.match_at(toks, m.last) is not None

    def _unarmed_after_route(self, doc: Document, m: Motion, s1: int) -> bool:
        """A noun for no force after the place the verb's marker names, before a comma or a preposition:
        the verb's own subject ("وصلت إلى عدن أول سفينة", not "وصلت إلى عدن على متن سفينة")."""
        toks = doc.seg.tokens
        for k in range(m.last, min(s1, m.last + SUBJECT_AFTER + 2)):
            if not toks[k].is_word or toks[k].norm in self.lex.not_mover_after and k > m.last:
                return False
            stems = self._stems_unpossessed(toks[k].norm)
            if stems & self.lex.movers:
                return False
            if stems & self.lex.not_movers:
                return True
        return False

    def _unarmed_subject(self, doc: Document, m: Motion, s1: int) -> bool:
        """A verb followed by its own subject, a plain noun that is no force: "وصلت سفينة الحاويات"."""
        toks = doc.seg.tokens
        k = m.last
        if m.pos not in ("verb", "masdar") or not m.explicit or k >= s1 or not toks[k].is_word:
            return False  # (a verbal noun's genitive is its subject too: "وصول طائرة مساعدات")
        w = toks[k].norm
        if self.lex.markers.match_at(toks, k) is not None or doc.places_in(k, k + 1) or \
                w in self.lex.not_mover_after or w in self.lex.not_before or w in self.lex.not_subjects or \
                w[:1] in "بلك" or w[:1].isdigit() or doc.dates_in(k, k + 1) or doc.numbers_in(k, k + 1):
            return False
        # the subject with what is joined to it: "عصابات التهريب والتنظيمات الإرهابية" has a force in it
        j = k
        while j < min(s1, k + SUBJECT_AFTER) and toks[j].is_word and self.lex.markers.match_at(toks, j) is None:
            if doc.actors_in(j, j + 1) or self._stems_unpossessed(toks[j].norm) & self.lex.movers:
                return False
            j += 1
        return True

    def _quantifier_before(self, doc: Document, m: Motion) -> bool:
        """"بعضهم تسلل": some of a group of people named before (a plural)."""
        toks = doc.seg.tokens
        return m.first > 0 and toks[m.first - 1].norm in self.lex.quantifiers

    def _agreeing_before(self, doc: Document, m: Motion, s0: int, want: str) -> ActorRef | None:
        """The nearest subject before the motion word in its sentence that its pronoun can stand for: an
        organisation with a feminine head for ها / a feminine verb, a masculine (or headless) one for
        ه, an armed group for هم; or a force no registry names, as written ("واصلت القوات الموالية
        لهادي ...، تقدمها إلى")."""
        toks = doc.seg.tokens
        actors = {a0: a for a0, _, a in doc.actors_in(s0, m.first)}
        for k in range(m.first - 1, s0 - 1, -1):
            a = actors.get(k)
            if a is not None:
                if self._agrees(doc, k, a, want):
                    return ActorRef.of(a)
                continue
            if toks[k].is_word and not self._after_preposition(doc, k) and \
                    toks[k].norm in self.lex.movers and self._gender(doc, k) == want != "pl":
                return self._force_phrase(doc, k, m.first)
        return None

    def _agrees(self, doc: Document, a0: int, a: ActorMention, want: str) -> bool:
        if a.kind in _NOT_ACTORS or self._after_preposition(doc, a0):
            return False
        gender = self._gender(doc, a0)
        return bool(want == "pl" and a.kind and "non-state" in a.kind or want == "f" and gender == "f" or
                    want == "m" and gender in ("m", ""))

    def _force_after(self, doc: Document, m: Motion, s1: int, nouns: frozenset[str]) -> ActorRef | None:
        """A force noun of `nouns` right after the motion word (one word may come first: "أفواج القوات"),
        named as written: the subject no registry knows."""
        toks = doc.seg.tokens
        k = next((k for k in range(m.last, min(s1, m.last + 2))
                  if toks[k].is_word and self._stems_unpossessed(toks[k].norm) & nouns), None)
        return self._force_phrase(doc, k, s1) if k is not None else None

    def _force_phrase(self, doc: Document, k: int, end: int) -> ActorRef:
        """A force named by its noun and the words after it, up to a comma or a path marker: "القوات الموالية
        لهادي"."""
        toks = doc.seg.tokens
        j = k + 1
        while j < end and j - k < 4 and toks[j].is_word and self.lex.markers.match_at(toks, j) is None:
            j += 1
        span = doc.text_span(k, j)
        return ActorRef(name=span.text, span=span, kind=FORCE_PHRASE)

    def _free(self, doc: Document, a0: int, a: ActorMention) -> bool:
        """An actor that may be a subject: not a complement of a preposition ("من مواقع داعش", "للتنظيم")."""
        toks = doc.seg.tokens
        if a.kind in _NOT_ACTORS:
            return False
        if a.span.start > toks[a0].start and toks[a0].norm[:1] in "بلك":
            return False
        return not self._after_preposition(doc, a0)

    def _after_preposition(self, doc: Document, a0: int) -> bool:
        """"ضد التنظيم", "وتحولها إلى “ولاية غرب إفريقيا”": the actor is a preposition's complement."""
        toks = doc.seg.tokens
        k = a0 - 1
        while k >= 0 and not toks[k].is_word:
            k -= 1
        return k >= 0 and toks[k].norm in self.lex.not_mover_after

    def _actor_after(self, doc: Document, m: Motion, s1: int) -> ActorMention | None:
        """The subject after the verb, or the group a verbal noun or a force noun names ("وصول عشرات من
        مقاتلي داعش", "أرتال داعش"), before any marker of the route."""
        toks = doc.seg.tokens
        hi = min(s1, m.last + SUBJECT_AFTER)
        stop = next((k for k in self.lex.markers.positions(doc.seg.words, m.last, hi)
                     if self.lex.markers.match_at(toks, k) is not None
                     and toks[k].norm != "من"), hi)
        for a0, _, a in doc.actors_in(m.last, stop):
            if a.kind not in _NOT_ACTORS and not (a.span.start > toks[a0].start and toks[a0].norm[:1] in "بك"):
                return a
        return None

    def _actor_before(self, doc: Document, m: Motion, s0: int) -> ActorMention | None:
        """A subject written before the verb in its own clause ("كتائب داعش تقدمت نحو ...")."""
        c0, _ = doc.clause(m.first)
        lo = max(s0, c0, m.first - SUBJECT_BEFORE)
        toks = doc.seg.tokens
        said = [k for k in range(lo, m.first) if toks[k].norm in self.lex.complementizers]
        lo = said[-1] + 1 if said else lo   # "أعلنت الوزارة أن مجموعة تسللت": the ministry speaks
        acts = [(a0, a1, a) for a0, a1, a in doc.actors_in(lo, m.first)
                if self._free(doc, a0, a)]
        if not acts or self._object_after(doc, acts[-1][1], m.first):
            return None
        return acts[-1][2]

    def _object_after(self, doc: Document, a1: int, end: int) -> bool:
        """"قصفت طائرات التحالف العناصر الفارة من": a definite force noun right after the actor is the object
        of the actor's verb, and the one the motion word after it tells of."""
        toks = doc.seg.tokens
        if a1 >= end or not toks[a1].is_word:
            return False
        w = toks[a1].norm
        return w.startswith("ال") and bool({r.stem for r in readings(w)} & self.lex.movers)

    def _force_noun_near(self, doc: Document, m: Motion, s0: int, s1: int) -> bool:
        """A word for a moving force as the motion word's subject: right after it, or before it in its
        clause ("كتائب من مدينة مصراتة تقدمت")."""
        toks = doc.seg.tokens
        window = range(max(s0, doc.clause(m.first)[0], m.first - SUBJECT_BEFORE // 2), min(s1, m.last + 3))
        movers = self.lex.movers
        for k in window:   # a loop, not any() of a generator: asked of every motion word's window
            if self._stems_unpossessed(toks[k].norm) & movers and not self._carries_goods(doc, k, s1):
                return True
        return False

    def _carries_goods(self, doc: Document, k: int, s1: int) -> bool:
        """A vessel named by what it carries, with no force in it: "سفن حاويات", "طائرات مساعدات"."""
        toks = doc.seg.tokens
        return k + 1 < s1 and toks[k + 1].is_word and bool(self._stems_unpossessed(toks[k + 1].norm)
                                                          & self.lex.not_movers)

    @staticmethod
    @lru_cache(maxsize=1 << 16)   # a pure function of the word, asked of the same words by several tests of a motion
    def _stems_unpossessed(word: str) -> frozenset[str]:
        """The word's stems, also without a possessive pronoun ("مقاتليها" -> مقاتلي) or the article
        ("الأرتال" -> أرتال: the word lists need not write both)."""
        stems = {r.stem for r in readings(word)}
        stems |= {s[2:] for s in stems if s.startswith("ال") and len(s) > 4}
        return frozenset(stems | {s[: -len(p)] for s in stems for p in ("هما", "ها", "هم", "ه")
                                  if s.endswith(p) and len(s) - len(p) >= 3})

    def _antecedent(self, doc: Document, sentence: int, m: Motion, main: ActorRef | None,
                    gendered: bool = True) -> ActorRef | None:
        """The group a pronoun or a word like العناصر stands for: the last armed group named before the
        motion word in its sentence or the sentences before (also as "تابعين لتنظيم داعش") whose noun
        agrees with a singular verb ("حيث أرسلت مقاتليها": جماعة بوكو حرام, not التنظيم), the article's
        own group among them first; else the article's group.  A verb whose subject is a force noun
        ("العناصر الجديدة انتقلت") agrees with that noun, not with the group (gendered=False)."""
        lo = doc.seg.sentences[max(0, sentence - ANTECEDENT_SENTENCES)].first_token
        nonstate = [(a0, a) for a0, _, a in doc.actors_in(lo, m.first)
                    if a.kind and "non-state" in a.kind and not self._after_preposition(doc, a0)]
        if gendered and m.gender in ("m", "f"):
            agree = [(a0, a) for a0, a in nonstate if self._gender(doc, a0) in ("", m.gender)]
            nonstate = agree or nonstate
        ours = [a for _, a in nonstate if _key(ActorRef.of(a)) == _key(main)]
        if ours:
            return ActorRef.of(ours[-1])   # among the groups just named, the one the article is about
        if nonstate:
            return ActorRef.of(nonstate[-1][1])
        return main

    def _gender(self, doc: Document, a0: int) -> str:
        """The grammatical gender of an organisation's head noun ("جماعة بوكو حرام" f, "تنظيم داعش" m)."""
        toks = doc.seg.tokens
        k = a0 - 1
        while k >= 0 and not toks[k].is_word:
            k -= 1   # "جماعة “بوكو حرام”"
        for j in (a0, k):
            if j < 0:
                continue
            stems = {r.stem for r in readings(toks[j].norm)}
            if stems & self.lex.feminine_heads:
                return "f"
            if stems & self.lex.masculine_heads:
                return "m"
        return ""
