"""Whether a name stands in the agent slot of its clause.

SCHEMA.md: a country is an actor where it is the acting party ("قالت
فرنسا", "إيران ترفض") and a place in any other role ("في فرنسا", "حدود
إيران", "قصف اليمن"); used both ways, it is both.  Without a parser, the
agent slot is read off the words around the name: a verb right before it
(verb-subject order), or, when the name opens its clause, a verb right
after it (subject-verb order).  What a verb looks like is in
`rasd/lexicons/agency.yaml`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasd.lexicons import load_yaml
from rasd.model import Token
from rasd.text.normalise import norm

_CONJ = ("و", "ف")


@dataclass(frozen=True)
class AgencyLexicon:
    verbs: frozenset[str]
    not_verbs: frozenset[str]
    clause_openers: frozenset[str]
    force_verbs: frozenset[str] = frozenset()   # strike and fight: their subject acts by arms
    place_verbs: frozenset[str] = frozenset()   # witness, rank, record: their subject is a place or an economy
    agent_markers: frozenset[tuple[str, ...]] = frozenset()   # "من قبل", "المدعومون من": the doer follows
    relatives: tuple[tuple[str, bool], ...] = ()   # (relative pronoun, feminine): "التي أبلغت ألمانيا"
    object_pronouns: tuple[str, ...] = ()   # ها، ه: a verb's object written on it
    resumptive_prepositions: frozenset[str] = frozenset()   # مع، على: "التي ترفض واشنطن التنسيق معها"
    resumptive_pronouns: dict[bool, tuple[str, ...]] = field(default_factory=dict)   # feminine? -> ها / ه، هم
    speech_verbs: frozenset[str] = frozenset()   # قال، يقول: masculine verbs of saying

    @classmethod
    def empty(cls) -> "AgencyLexicon":
        return cls(frozenset(), frozenset(), frozenset())


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(norm(w) for w in data.get(key) or [])


def load_agency() -> AgencyLexicon:
    data = load_yaml("agency.yaml") or {}
    return AgencyLexicon(
        verbs=_words(data, "verbs"),
        not_verbs=_words(data, "not_verbs"),
        clause_openers=_words(data, "clause_openers"),
        force_verbs=_words(data, "force_verbs"),
        place_verbs=_words(data, "place_verbs"),
        agent_markers=frozenset(tuple(norm(w).split()) for w in data.get("agent_markers") or []),
        relatives=tuple((norm(w), gender == "feminine") for gender, ws in (data.get("relative_pronouns") or {}).items()
                        for w in ws),
        object_pronouns=tuple(norm(w) for w in data.get("object_pronouns") or []),
        resumptive_prepositions=_words(data, "resumptive_prepositions"),
        resumptive_pronouns={gender == "feminine": tuple(norm(w) for w in ws)
                             for gender, ws in (data.get("resumptive_pronouns") or {}).items()},
        speech_verbs=_words(data, "speech_verbs"),
    )


def _bare(word: str) -> list[str]:
    """The word and, when it starts with و/ف, the word without it."""
    out = [word]
    if word[:1] in _CONJ and len(word) > 3:
        out.append(word[1:])
    return out


def past_verb(word: str, lex: AgencyLexicon) -> bool:
    """A past-tense verb: a listed masculine form, or a feminine one by its shape (قالت، أعلنت)."""
    for w in _bare(word):
        if w in lex.not_verbs or w.startswith("ال"):
            continue
        if w in lex.verbs:
            return True
        if w.endswith("ت") and (w[:-1] in lex.verbs or (4 <= len(w) <= 7 and not w.endswith(("ات", "يت", "وت")))):
            return True
    return False


def present_verb(word: str, lex: AgencyLexicon) -> bool:
    """A present-tense verb of the third person (ترفض، يطالب), by its shape."""
    for w in _bare(word):
        if len(w) == 3 and w[0] in "تي" and (w[1:] in lex.verbs or w[1:] in lex.force_verbs):
            return True  # a doubled root too short for the shape test: تشن، يشن
        if w in lex.not_verbs or w.startswith("ال") or not 4 <= len(w) <= 8:
            continue
        if w[0] in "تي" and not (len(w) == 5 and w[-2] == "ي" and w[0] == "ت"):  # تقرير، تنظيم are nouns
            return True
    return False


def in_agent_slot(toks: Sequence[Token], first: int, last: int, lex: AgencyLexicon, cut: str = "") -> bool:
    """Whether the name on tokens [first, last) is the subject of a verb next to it.

    `cut` is the proclitic part written on the name's first word; a preposition
    there (بإيران، لفرنسا) makes it no subject.
    """
    return agent_verb(toks, first, last, lex, cut) is not None


def agent_verb(toks: Sequence[Token], first: int, last: int, lex: AgencyLexicon, cut: str = "") -> str | None:
    """The verb whose subject the name on tokens [first, last) is (its normalised form), or None.
    A verb whose subject is a place or an economy ("شهدت مصر", "سجلت المملكة عجزا") makes no agent."""
    if any(ch in "بلك" for ch in cut):
        return None
    if not cut and _agent_marker_before(toks, first, lex):
        return "من قبل"  # a doer by a marker is no striker: its Government (see agency.yaml)
    verb = _verb_beside(toks, first, last, lex)
    return None if verb is None or verb_of(verb, lex.place_verbs) else verb


def _agent_marker_before(toks: Sequence[Token], first: int, lex: AgencyLexicon) -> bool:
    """Whether the words right before token `first` are an agent marker ("من قبل", "بدعم من"), with
    و or ف allowed on the marker's first word."""
    if first == 0 or not toks[first - 1].is_word:
        return False
    before = toks[first - 1].norm
    for marker in lex.agent_markers:
        if len(marker) > 1 and marker[-1] != before:
            continue    # a marker of several words ends with the word right before the name
        k = first - len(marker)
        if k < 0:
            continue
        # one loop, no all(generator) and comprehension over the same few tokens (~20 an article)
        words = []
        for t in toks[k:first]:
            if not t.is_word:
                break
            words.append(t.norm)
        else:
            if words[1:] == list(marker[1:]) and marker[0] in _bare(words[0]):
                return True
    return False


def _verb_beside(toks: Sequence[Token], first: int, last: int, lex: AgencyLexicon) -> str | None:
    prev = toks[first - 1] if first > 0 else None
    pointing_back = _verb_pointing_back(toks, first - 1, lex) if prev is not None and prev.is_word else None
    if pointing_back is not None:
        return pointing_back   # "الحملة التي بدأتها أنقرة": the relative's noun is the object, the name the subject
    if prev is not None and prev.is_word and (past_verb(prev.norm, lex) or present_verb(prev.norm, lex)):
        if _relative_subject(toks, first - 1, lex) and not _pointed_back_after(toks, first - 2, last, lex):
            return None  # the verb's subject is the relative's noun: "التي أبلغت ألمانيا" (the name is its object)
        return prev.norm  # verb-subject: "قالت فرنسا", "وأعلن العراق", "تقول الولايات المتحدة"
    # subject-verb needs the name to open its clause: "من العراق وسوريا تضاعف" is no subject
    opens = prev is None or not prev.is_word or prev.norm in lex.clause_openers
    if not opens or last >= len(toks) or not toks[last].is_word:
        return None
    nxt = toks[last].norm
    # subject-verb: "إيران ترفض", "وفرنسا أعلنت"
    return nxt if present_verb(nxt, lex) or past_verb(nxt, lex) else None


def masculine_speech_verb(word: str, lex: AgencyLexicon) -> bool:
    """A verb of saying in the masculine (قال، وأكد، ويقول)."""
    return any(w in lex.speech_verbs for w in _bare(word))


def _feminine_verb(word: str) -> bool:
    """A verb's form for a feminine subject, by its shape: past in ت (أبلغت), present in ت (تضم)."""
    return word.endswith("ت") or word.startswith("ت")


def _relative_subject(toks: Sequence[Token], v: int, lex: AgencyLexicon) -> bool:
    """Whether the verb at token v follows a relative pronoun whose noun is its subject: the verb agrees
    with the pronoun's gender and carries no object pronoun (which would point back to that noun, the
    name after the verb being then the subject: "التي تقودها الولايات المتحدة")."""
    if v == 0 or not toks[v - 1].is_word:
        return False
    before = _bare(toks[v - 1].norm)   # once, not once for each relative pronoun
    gender = next((fem for w, fem in lex.relatives if w in before), None)
    if gender is None:
        return False
    verb = _bare(toks[v].norm)[-1]
    if any(verb.endswith(p) and len(verb) - len(p) >= 3 for p in lex.object_pronouns):
        return False
    return _feminine_verb(verb) == gender


def _verb_pointing_back(toks: Sequence[Token], v: int, lex: AgencyLexicon) -> str | None:
    """The verb at token v without its object pronoun, when it follows a relative pronoun and that pronoun on it
    points back to the relative's noun ("التي شنتها", "الذي أبرمته"), or None.  Past verbs are told by their
    feminine ت before the pronoun (a masculine one, "الذي رعاه", is not told from a noun)."""
    if v == 0 or not toks[v - 1].is_word:
        return None
    before = _bare(toks[v - 1].norm)   # once, not once for each relative pronoun
    for w, _ in lex.relatives:         # a loop, not any() of a generator: asked of most verbs after a name
        if w in before:
            break
    else:
        return None
    word = _bare(toks[v].norm)[-1]
    for p in lex.object_pronouns:
        stem = word[:-len(p)]
        if word.endswith(p) and len(stem) >= 3 and (past_verb(stem, lex) or present_verb(stem, lex)):
            return stem
    return None


RESUMPTIVE_REACH = 2   # words after the name the preposition pointing back to the relative's noun may stand at


def _pointed_back_after(toks: Sequence[Token], r: int, last: int, lex: AgencyLexicon) -> bool:
    """Whether a preposition a word or two after the name (tokens up to `last`) carries the pronoun of the
    relative at token r ("التي ترفض واشنطن التنسيق معها"): the relative's noun is the verb's object there, so
    the name is its subject."""
    relative = _bare(toks[r].norm)
    feminine = next((fem for w, fem in lex.relatives if w in relative), None)
    pronouns = lex.resumptive_pronouns.get(bool(feminine), ())
    for k in range(last, min(len(toks), last + RESUMPTIVE_REACH)):
        if not toks[k].is_word:
            return False
        w = toks[k].norm
        if any(w.endswith(p) and w[:-len(p)] in lex.resumptive_prepositions for p in pronouns):
            return True
    return False


def verb_of(verb: str, stems: frozenset[str]) -> bool:
    """Whether a verb form is one of `stems`, listed in the masculine past (قصف، استهدف): the
    feminine past adds ت, the present puts ت/ي before it and drops the ا of أفعل/افتعل/استفعل."""
    for w in _bare(verb):
        forms = {w}
        if w.endswith("ت"):
            forms.add(w[:-1])
        if w[:1] in "تي" and len(w) > 2:
            forms |= {w[1:], "ا" + w[1:]}
        if forms & stems:
            return True
    return False


def force_verb(verb: str, lex: AgencyLexicon) -> bool:
    """Whether a verb found by `agent_verb` is one of striking or fighting (قصفت، تشن، يستهدف):
    its subject acts by arms."""
    return verb_of(verb, lex.force_verbs)
