"""From a lemma entry to its forms: normalised, merged, with clitics on demand.

`generate(entry)` gives the compiled ("core") forms of an entry: no
proclitic (و ف ب ل ك س), no pronoun suffix, but the article and every
ending; each with its analysis.  `with_clitics(forms)` spells out every
proclitic and pronoun combination those forms allow (what a text can show);
the index does not store those, it strips clitics at lookup instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rasd.lexicons import LexiconError
from rasd.text.morph.entries import VERB, LemmaEntry
from rasd.text.morph.model import BOUND, FREE, Analysis, Form
from rasd.text.morph.nouns import Nominal, default_plurals, phrase_forms
from rasd.text.morph.rules import MorphRules
from rasd.text.morph.verbs import VerbError, strip_marks, verb_nominals_and_finite
from rasd.text.normalise import norm

_MOODS = ("indicative", "subjunctive", "jussive")
_CASES = ("nom", "acc", "gen")


def _ordered(values: set[str], order: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v for v in order if v in values) + tuple(sorted(values - set(order)))


def _merge(raw: Iterable[Nominal]) -> list[tuple[str, Analysis]]:
    """Normalise and merge forms that differ only in mood or case (يقتل: indicative, subjunctive, jussive)."""
    moods: dict[tuple, set[str]] = {}
    cases: dict[tuple, set[str]] = {}
    for surface, a in raw:
        s = norm(surface)
        if not s:
            continue
        key = (s, a.pos, a.tense, a.voice, a.person, a.number, a.gender, a.definite, a.slot)
        moods.setdefault(key, set()).update(a.mood)
        cases.setdefault(key, set()).update(a.case)
    return [
        (
            k[0],
            Analysis(
                pos=k[1],
                tense=k[2],
                voice=k[3],
                mood=_ordered(moods[k], _MOODS),
                person=k[4],
                number=k[5],
                gender=k[6],
                case=_ordered(cases[k], _CASES),
                definite=k[7],
                slot=k[8],
            ),
        )
        for k in moods
    ]


def _raw_forms(entry: LemmaEntry, rules: MorphRules) -> tuple[list[Nominal], list[str]]:
    if entry.pos == VERB:
        raw, shape = verb_nominals_and_finite(entry, rules)
        return raw, list(shape.notes)
    lemma = strip_marks(entry.lemma).strip()
    plurals = (
        tuple(strip_marks(p) for p in entry.plural)
        if entry.plural is not None
        else default_plurals(lemma, rules)
    )
    return phrase_forms(lemma, rules, Analysis(pos="noun"), plurals, entry.dual, entry.construct), []


def generate(entry: LemmaEntry, rules: MorphRules) -> tuple[list[Form], list[str]]:
    """The core forms of `entry`, and notes on what could not be generated or was guessed."""
    try:
        raw, notes = _raw_forms(entry, rules)
    except (VerbError, LexiconError) as exc:
        return _listed(entry, rules), [f"{entry.source}: {exc}"]
    except Exception as exc:
        return _listed(entry, rules), [f"{entry.source}: {entry.lemma}: cannot be conjugated ({exc!r})"]
    drop = {norm(f) for f in entry.not_forms}
    lemma = norm(entry.lemma)
    forms = [Form(s, lemma, a, entry.pos, entry.gloss) for s, a in _merge(raw) if s not in drop]
    return forms + _listed(entry, rules), [f"{entry.source}: {n}" if entry.source else n for n in notes]


def _listed(entry: LemmaEntry, rules: MorphRules) -> list[Form]:
    """The entry's `forms:`, taken as written (an irregular form, an idiom)."""
    lemma = norm(entry.lemma)
    return [
        Form(norm(f), lemma, Analysis(pos=entry.pos), entry.pos, entry.gloss) for f in entry.forms if norm(f)
    ]


def _pronouns(a: Analysis, rules: MorphRules) -> tuple[str, ...]:
    if a.slot == FREE:
        return ("",)
    pron = rules.object_pronouns if a.pos == VERB else rules.possessive_pronouns
    return pron if a.slot == BOUND else ("", *pron)


def _proclitics(a: Analysis, rules: MorphRules) -> list[str]:
    conj = ("", *rules.conjunctions)
    if a.pos == VERB:
        second = [""]
        if a.tense == "present" and "indicative" in a.mood:
            second += list(rules.future)
        if a.tense == "present" and {"subjunctive", "jussive"} & set(a.mood):
            second += list(rules.before_subjunctive)
        return [c + s for c in conj for s in second]
    return [c + p for c in conj for p in ("", *rules.prepositions)]


def _attach(prefix: str, core: str, rules: MorphRules) -> tuple[str, int]:
    """The written word for `prefix` + `core` and the proclitics' length (ل + الـ is written لل)."""
    if prefix[-1:] in rules.elides_article and core.startswith(rules.article):
        return prefix + core[1:], len(prefix)
    return prefix + core, len(prefix)


def with_clitics(forms: Iterable[Form], rules: MorphRules) -> Iterator[Form]:
    """Every written form the core `forms` allow: proclitics, and pronoun suffixes on the (first) word."""
    for f in forms:
        a = f.analysis
        head, sep, rest = f.surface.partition(" ")
        for pron in _pronouns(a, rules):
            word = head + pron + sep + rest
            for pre in _proclitics(a, rules):
                surface, cut = _attach(pre, word, rules) if a.pos != VERB else (pre + word, len(pre))
                future = a.pos == VERB and pre[-1:] in rules.future
                yield Form(surface, f.lemma, a, f.entry_pos, f.gloss, pre, pron, cut, f.surface, future)
