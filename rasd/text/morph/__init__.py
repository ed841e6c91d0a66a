"""Morphology: every surface form of a lexicon lemma, generated once and looked up in place.

    >>> from rasd.text.morph import verb_forms, noun_forms, FormIndex
    >>> {f.surface for f in verb_forms("انسحب")} >= {"انسحبت", "ينسحبون", "منسحبين", "انسحاب"}
    True
    >>> idx = FormIndex.load()            # every lemma entry of the lexicons, cached
    >>> [(f.lemma, f.pos, f.tense) for f in idx.analyse("وسينسحبون")]   # doctest: +SKIP
    [('انسحب', 'verb', 'future')]

Generation (build time): `verb_forms`, `noun_forms`, `generate(entry)`,
`with_clitics(forms)`.  Lookup (run time): `FormIndex.load()` then
`analyse(token)` / `match(words, i)`.  Language data: rasd/lexicons/morphology.yaml;
lemma entries: any `{lemma: ..., pos: ...}` mapping in a lexicon file (README.md
of rasd/lexicons, "Lemma entries").
"""

from __future__ import annotations

from rasd.text.morph.entries import LemmaEntry, find_entries
from rasd.text.morph.generate import generate, with_clitics
from rasd.text.morph.index import FormIndex, load_index
from rasd.text.morph.model import Analysis, Form
from rasd.text.morph.rules import MorphRules
from rasd.text.morph.verbs import VerbError

__all__ = [
    "Analysis",
    "Form",
    "FormIndex",
    "LemmaEntry",
    "MorphRules",
    "VerbError",
    "find_entries",
    "generate",
    "load_index",
    "noun_forms",
    "verb_forms",
    "with_clitics",
]


def _forms(entry: LemmaEntry, rules: MorphRules | None, clitics: bool, strict: bool) -> list[Form]:
    rules = rules or MorphRules.load()
    forms, notes = generate(entry, rules)
    if strict and not forms and notes:
        raise VerbError("; ".join(notes))
    return list(with_clitics(forms, rules)) if clitics else forms


def verb_forms(
    lemma: str,
    *,
    form: str = "",
    present: str = "",
    transitive: bool | None = None,
    masdar: list[str] | None = None,
    masdar_plural: list[str] | None = None,
    active_plural: tuple[str, ...] = (),
    passive_plural: tuple[str, ...] = (),
    forms: tuple[str, ...] = (),
    not_forms: tuple[str, ...] = (),
    clitics: bool = False,
    rules: MorphRules | None = None,
) -> list[Form]:
    """Every form of a verb given in the past 3rd person masculine singular.

    Finite forms in every person (perfect; imperfect indicative, subjunctive, jussive),
    active and passive, the participles and the verbal nouns; with `clitics=True` also every
    proclitic (و ف ل س) and object pronoun they take.  VerbError when the lemma is not a verb
    of a known form.
    """
    entry = LemmaEntry(
        lemma=lemma,
        pos="verb",
        form=str(form or ""),
        present=present,
        transitive=transitive,
        masdar=tuple(masdar) if masdar is not None else None,
        masdar_plural=tuple(masdar_plural) if masdar_plural is not None else None,
        active_plural=tuple(active_plural),
        passive_plural=tuple(passive_plural),
        forms=tuple(forms),
        not_forms=tuple(not_forms),
    )
    return _forms(entry, rules, clitics, strict=True)


def noun_forms(
    phrase: str,
    *,
    plural: list[str] | None = None,
    dual: bool = True,
    construct: bool = False,
    forms: tuple[str, ...] = (),
    not_forms: tuple[str, ...] = (),
    clitics: bool = False,
    rules: MorphRules | None = None,
) -> list[Form]:
    """Every form of a noun or noun phrase given in the indefinite singular (ضربة جوية).

    Definite and indefinite, accusative alif, dual, the listed plurals (ـات for a one-word
    noun in ة when none is listed), ة written ت before a pronoun; with `clitics=True` also
    every proclitic (و ف ب ل ك) and possessive pronoun.
    """
    entry = LemmaEntry(
        lemma=phrase,
        pos="noun",
        plural=tuple(plural) if plural is not None else None,
        dual=dual,
        construct=construct,
        forms=tuple(forms),
        not_forms=tuple(not_forms),
    )
    return _forms(entry, rules, clitics, strict=False)
