"""Forms of a verb from its past 3rd person masculine singular.

1. The lemma's shape: which of the ten forms (or a quadriliteral) it is and
   the kind of its root, by the templates of morphology.yaml; for a
   three-letter verb, libqutrub's dictionary gives the vowel class of the
   imperfect (قاد يقود, not يقيد), hamza seats and shadda (شنّ).
2. The finite forms: libqutrub conjugates the perfect and the imperfect
   (indicative, subjunctive, jussive), active and passive, in every person;
   diacritics are dropped and each form normalised.  The passive is often
   spelt like the active: both readings are kept.
3. Participles: for derived forms the imperfect with م for ي (ينسحب ->
   منسحب); for form I the patterns فاعل / مفعول by kind of root.
4. Verbal nouns: listed in the entry, or from the patterns of derived forms.

libqutrub is used at build time only (the compiled index is what runs).
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rasd.text.morph.entries import LemmaEntry
from rasd.text.morph.model import BOUND, FREE, Analysis
from rasd.text.morph.nouns import Nominal, decline, listed_plural_forms, participle_forms, phrase_forms
from rasd.text.morph.rules import SHADDA, MorphRules, Template
from rasd.text.normalise import norm

_VOWELS = re.compile("[\u064b-\u0650\u0652-\u065f\u0670\u0640]")  # harakat and tatweel, not shadda
_ALL_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


class VerbError(ValueError):
    """A lemma the generator cannot read as a verb."""


@dataclass(frozen=True)
class DictVerb:
    verb: str  # vocalised, as libqutrub's dictionary writes it (شَنَّ)
    vowel: str  # the imperfect's vowel name (ضمة ...)
    root: str
    transitive: str  # the dictionary's mark


@dataclass
class VerbShape:
    lemma: str  # the entry's lemma, normalised
    form: str  # "1".."10", "Q1", "Q2"
    cls: str  # sound | hollow | defective | doubled | merged ...
    radicals: dict[str, str]  # F E L Q T as matched, W the weak consonant
    written: str  # what libqutrub conjugates (hamza and shadda restored)
    vowel: str  # imperfect vowel name for form I
    transitive: bool
    notes: list[str] = field(default_factory=list)
    takes_no_object: bool = False  # the entry says transitive: false ("سيطر على"): no form carries an object pronoun


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[DictVerb, ...]]:
    """libqutrub's dictionary of three-letter verbs, by normalised letters (build time only)."""
    from libqutrub.triverbtable import TriVerbTable

    out: dict[str, list[DictVerb]] = {}
    for e in TriVerbTable.values():
        out.setdefault(norm(e["verb"]), []).append(
            DictVerb(e["verb"], e["haraka"], e.get("root", ""), e.get("transitive", ""))
        )
    return {k: tuple(v) for k, v in out.items()}


def strip_vowels(s: str) -> str:
    """Drop harakat and tatweel, keep letters and shadda."""
    return _VOWELS.sub("", s)


def strip_marks(s: str) -> str:
    return _ALL_MARKS.sub("", s)


# -- 1. shape ----------------------------------------------------------------


def _match(written: str, rules: MorphRules, form: str, known: bool) -> tuple[Template, dict[str, str]] | None:
    for t in rules.templates:
        if form and t.form != form:
            continue
        if t.dictionary and not known:
            continue
        m = (t.relaxed if form else t.strict).fullmatch(written)
        if m:
            return t, {**dict(t.fixed), **{k: v for k, v in m.groupdict().items() if v}}
    return None


def _rebuild(t: Template, radicals: dict[str, str]) -> str:
    """The lemma spelt as the template writes it: hamza of form IV, every shadda (احتلّ، اتّجه)."""
    out = []
    k = 0
    while k < len(t.past):
        ch = t.past[k]
        out.append(radicals.get(ch, "") if ch in "FELQT" else ch)
        k += 2 if k + 1 < len(t.past) and t.past[k + 1] == "?" else 1
    return "".join(out)


def _weak_letter(t: Template, radicals: dict[str, str], root: str, present: str, rules: MorphRules) -> str:
    """The weak consonant (و or ي) of a hollow or defective form-I root."""
    weak = rules.weak
    if t.cls == "hollow":
        if len(root) == 3 and root[1] in weak:
            return root[1]
        p = strip_marks(present)
        return p[2] if len(p) == 4 and p[2] in weak else rules.hollow_default
    if t.cls == "defective":
        if len(root) == 3 and root[2] in weak:
            return root[2]
        return rules.defective_final.get(strip_vowels(t.past)[-1:], weak[-1])
    return ""


def _dictionary_reading(entry: LemmaEntry) -> tuple[str, tuple[DictVerb, ...]]:
    """The lemma as written (shadda kept) and the dictionary's three-letter verbs it can be."""
    written = strip_vowels(entry.lemma).strip()
    letters = written.replace(SHADDA, "")
    if len(letters) > 3 or entry.form not in ("", "1"):
        return written, ()
    cands = dictionary().get(norm(letters), ())
    exact = tuple(c for c in cands if strip_vowels(c.verb).replace(SHADDA, "") == letters)
    cands = exact or cands  # قضى is قَضَى, not the قَضِئَ its normalised letters also spell
    if SHADDA in written:  # a written shadda decides: فجّر is form II, whatever the dictionary's فجر
        return written, tuple(c for c in cands if strip_vowels(c.verb) == written)
    if cands:  # the dictionary restores hamza and shadda: اخذ -> أخذ، شن -> شنّ
        return strip_vowels(cands[0].verb), cands
    return written, ()


def shape_of(entry: LemmaEntry, rules: MorphRules) -> VerbShape:
    """Form, kind of root and radicals of a verb entry, and what the conjugator is given."""
    written, cands = _dictionary_reading(entry)
    found = _match(written, rules, entry.form, bool(cands))
    if found is None:
        raise VerbError(
            f"{entry.lemma}: not a past 3rd person masculine singular verb of a known form"
            + (f" {entry.form}" if entry.form else "")
        )
    t, radicals = found
    chosen, notes = _choose(cands, entry, rules) if t.form == "1" and cands else (None, [])
    radicals = dict(radicals)
    radicals["W"] = _weak_letter(t, radicals, chosen.root if chosen else "", entry.present, rules)
    if t.cls == "doubled":
        radicals["L"] = radicals["E"]
    transitive = entry.transitive
    if transitive is None:
        mark = chosen.transitive if chosen else ""
        transitive = rules.transitivity.get(mark, t.form not in rules.intransitive_forms)
    return VerbShape(
        lemma=norm(entry.lemma),
        form=t.form,
        cls=t.cls,
        radicals=radicals,
        written=strip_vowels(chosen.verb) if chosen else _rebuild(t, radicals),
        vowel=chosen.vowel if chosen else rules.default_vowel,
        transitive=transitive,
        notes=notes,
        takes_no_object=entry.transitive is False,
    )


def _choose(cands: tuple[DictVerb, ...], entry: LemmaEntry, rules: MorphRules) -> tuple[DictVerb, list[str]]:
    """The dictionary reading of a form-I verb whose imperfect fits `present` (or the first)."""
    imperfects: dict[str, list[DictVerb]] = {}
    for c in cands:
        imperfects.setdefault(_imperfect_3ms(c.verb, c.vowel, rules), []).append(c)
    if entry.present:
        want = norm(entry.present)
        if want in imperfects:
            return imperfects[want][0], []
        return cands[0], [
            f"{entry.lemma}: present {entry.present} does not fit; "
            f"the dictionary gives {' / '.join(sorted(imperfects))}"
        ]
    if len(imperfects) > 1:
        first = next(iter(imperfects))
        return cands[0], [
            f"{entry.lemma}: imperfect could be {' / '.join(imperfects)}; {first} taken "
            f"(give `present:` to choose)"
        ]
    return cands[0], []


# -- 2. finite forms -----------------------------------------------------------


def _conjugate(written: str, vowel: str, tenses: list[str]) -> dict[str, dict[str, str]]:
    from libqutrub.classverb import VerbClass

    with contextlib.redirect_stdout(io.StringIO()):  # libqutrub prints on some verbs
        v = VerbClass(written, True, vowel)
        v.conjugate_all_tenses(tenses)
    return v.conj_display.tab_conjug


@lru_cache(maxsize=4096)
def _imperfect_3ms(written: str, vowel: str, rules: MorphRules) -> str:
    present = next(
        k
        for k, v in rules.tenses.items()
        if v.get("tense") == "present" and v.get("voice") == "active" and v.get("mood") == "indicative"
    )
    pron = next(k for k, v in rules.pronouns.items() if v == (3, "sg", "m"))
    try:
        return norm(_conjugate(written, vowel, [present]).get(present, {}).get(pron, ""))
    except Exception:  # noqa: BLE001 - libqutrub fails on a few inputs: that reading is simply not offered
        return ""


def finite_forms(shape: VerbShape, rules: MorphRules) -> list[tuple[str, Analysis]]:
    """(form with diacritics dropped, analysis) of every person of every tense used."""
    table = _conjugate(shape.written, shape.vowel, list(rules.tenses))
    out: list[tuple[str, Analysis]] = []
    active_past = next(
        k for k, v in rules.tenses.items() if v.get("tense") == "past" and v.get("voice") == "active"
    )
    for label, spec in rules.tenses.items():
        voice = spec.get("voice", "")
        for pron, (p, n, g) in rules.pronouns.items():
            if voice == "passive" and not shape.transitive and (p, n, g) != (3, "sg", "m"):
                continue
            source = label
            if (
                voice == "passive"
                and spec.get("tense") == "past"
                and shape.form in rules.passive_past_as_active
            ):
                source = active_past
            raw = strip_marks(table.get(source, {}).get(pron, ""))
            if not raw:
                continue
            mood = (spec["mood"],) if spec.get("mood") else ()
            a = Analysis(
                pos="verb", tense=spec.get("tense", ""), voice=voice, mood=mood, person=p, number=n, gender=g
            )
            if voice == "passive" or shape.takes_no_object:
                # a passive verb has no object left for a pronoun to stand for, a verb that takes none has none
                # ("سيطرته" is its control)
                out.append((raw, replace(a, slot=FREE)))
            else:
                out += _bound_variants(raw, a, rules)
    return out


def _bound_variants(raw: str, a: Analysis, rules: MorphRules) -> list[tuple[str, Analysis]]:
    """A verb form, and how it is written before an object pronoun (قتلوا / قتلو+ه، رمى / رما+ه)."""
    for b in rules.verb_bound_endings:
        if (b.person and b.person != a.person) or (b.number and b.number != a.number):
            continue
        if raw.endswith(b.ending) and len(raw) > len(b.ending) + 1:
            return [(raw, replace(a, slot=FREE)), (raw[: -len(b.ending)] + b.bound, replace(a, slot=BOUND))]
    return [(raw, a)]


# -- 3. participles ---------------------------------------------------------------


def _imperfect_of(finite: list[tuple[str, Analysis]], voice: str) -> str:
    for raw, a in finite:
        if (a.tense, a.voice, a.mood, a.person, a.number, a.gender) == (
            "present",
            voice,
            ("indicative",),
            3,
            "sg",
            "m",
        ) and a.slot != BOUND:
            return raw
    return ""


def _fill(pattern: str, radicals: dict[str, str]) -> str:
    return "".join(radicals.get(ch, ch) if ch in "FELQTW" else ch for ch in pattern)


def participles(
    shape: VerbShape, finite: list[tuple[str, Analysis]], entry: LemmaEntry, rules: MorphRules
) -> list[Nominal]:
    impersonal = not shape.transitive
    defective = shape.cls in ("defective", "merged_defective")
    out: list[Nominal] = []
    if shape.form == "1":
        pat = rules.form1_participles.get(shape.cls) or rules.form1_participles["sound"]
        active = rules.respell(_fill(pat["active"], shape.radicals))
        passive = rules.respell(_fill(pat["passive"], shape.radicals))
        out += participle_forms(active, pat.get("active_declension", "sound"), rules, "active")
        out += participle_forms(passive, "sound", rules, "passive", impersonal=impersonal)
    else:
        prefix = rules.derived_participle_prefix
        act, pas = _imperfect_of(finite, "active"), _imperfect_of(finite, "passive")
        if act:
            stem = prefix + act[1:]
            out += participle_forms(
                stem[:-1] if defective else stem, "defective" if defective else "sound", rules, "active"
            )
        if pas:
            stem = prefix + pas[1:]
            out += participle_forms(
                stem[:-1] if defective else stem,
                "defective_passive" if defective else "sound",
                rules,
                "passive",
                impersonal=impersonal,
            )
    out += listed_plural_forms(entry.active_plural, rules, Analysis(pos="participle", voice="active"))
    out += listed_plural_forms(entry.passive_plural, rules, Analysis(pos="participle", voice="passive"))
    return out


# -- 4. verbal nouns ---------------------------------------------------------------


def masdars(shape: VerbShape, entry: LemmaEntry, rules: MorphRules) -> tuple[str, ...]:
    if entry.masdar is not None:
        return entry.masdar
    patterns = rules.masdar_patterns.get(shape.form, {})
    pats = patterns.get(shape.cls) or patterns.get("sound") or ()
    return tuple(rules.respell(_fill(p, shape.radicals)) for p in pats)


def masdar_forms(shape: VerbShape, entry: LemmaEntry, rules: MorphRules) -> list[Nominal]:
    out: list[Nominal] = []
    base = Analysis(pos="masdar")
    for m in masdars(shape, entry, rules):
        if entry.masdar_plural is not None:
            plurals = entry.masdar_plural
        elif shape.form in rules.masdar_plural_forms and not m.endswith(rules.ta_marbuta) and " " not in m:
            plurals = (m + rules.masdar_plural_suffix,)
        else:
            plurals = ()
        out += phrase_forms(m, rules, base, plurals, dual=True, construct=False)
    return out


def verb_nominals_and_finite(
    entry: LemmaEntry, rules: MorphRules
) -> tuple[list[tuple[str, Analysis]], VerbShape]:
    """Every form of a verb entry (diacritics dropped, not yet normalised) and its shape."""
    shape = shape_of(entry, rules)
    finite = finite_forms(shape, rules)
    out = list(finite)
    out += participles(shape, finite, entry, rules)
    out += masdar_forms(shape, entry, rules)
    if entry.present and shape.form != "1":
        got = norm(_imperfect_of(finite, "active"))
        if got != norm(entry.present):
            shape.notes.append(f"{entry.lemma}: present {entry.present} given, {got} generated")
    return out, shape


__all__ = [
    "VerbError",
    "VerbShape",
    "decline",
    "finite_forms",
    "masdar_forms",
    "masdars",
    "participles",
    "shape_of",
    "verb_nominals_and_finite",
]
