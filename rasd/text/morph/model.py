"""What a generated or recognised form says: plain, hashable records.

`Analysis` is the grammar of one reading of a form, independent of the
lemma (so the compiled index stores each distinct analysis once);
`Form` ties a surface form to its lemma, its analysis and the clitics it
was written with.
"""

from __future__ import annotations

from dataclasses import dataclass

FREE, OPEN, BOUND = "free", "open", "bound"  # how a form meets a pronoun suffix


@dataclass(frozen=True, order=True)
class Analysis:
    """One grammatical reading of a form (empty fields: not marked or not applicable)."""

    pos: str  # verb | participle | masdar | noun
    tense: str = ""  # past | present (verbs; "future" is the present with س or سوف)
    voice: str = ""  # active | passive (verbs and participles)
    mood: tuple[str, ...] = ()  # indicative / subjunctive / jussive: every mood these letters can be
    person: int = 0  # 1, 2, 3 (verbs)
    number: str = ""  # sg | du | pl
    gender: str = ""  # m | f
    case: tuple[str, ...] = ()  # nom / acc / gen (nominals): every case these letters can be
    definite: bool = False  # carries the article ال (on every word of a phrase that agrees)
    slot: str = OPEN  # free: takes no pronoun suffix; bound: only with one; open: either


# Never changed once made, but not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a generic call, several times a plain store), and the form index makes them for every word it reads; unsafe_hash
# gives it the hash a frozen class has (of its fields)
@dataclass(unsafe_hash=True)
class Form:
    """A surface form (normalised) with the lemma it belongs to and how it is built."""

    surface: str  # the whole form as written, normalised (clitics included)
    lemma: str  # the lemma, normalised (انسحب, ضربه جويه)
    analysis: Analysis
    entry_pos: str = "verb"  # the pos of the lemma entry: verb | noun
    gloss: str = ""  # the entry's gloss, if any (homographs: "dawn")
    proclitics: str = ""  # و ف ب ل ك س written before the form (not the article)
    enclitic: str = ""  # the pronoun written after it (ها, هم ...)
    cut: int = 0  # characters of the written word the proclitics take (rasd.text.clitics)
    stem: str = ""  # the compiled form looked up, when it differs from `surface`
    future: bool = False  # written with the future letter (سينسحب)

    @property
    def pos(self) -> str:
        return self.analysis.pos

    @property
    def tense(self) -> str:
        """past | present | future (an imperfect after س)."""
        return "future" if self.future else self.analysis.tense

    @property
    def voice(self) -> str:
        return self.analysis.voice

    @property
    def definite(self) -> bool:
        return self.analysis.definite

    @property
    def has_pronoun(self) -> bool:
        """A pronoun suffix: the object of a verb, the possessor of a noun."""
        return bool(self.enclitic)

    @property
    def has_object_pronoun(self) -> bool:
        return bool(self.enclitic) and self.analysis.pos == "verb"

    @property
    def core(self) -> str:
        """The form without proclitics and pronoun suffix, as compiled in the index (المنسحبين
        for للمنسحبين)."""
        return self.stem or self.surface
