"""Forms of nouns, verbal nouns and participles, and of multi-word noun phrases.

A nominal stem takes the endings of a declension table of morphology.yaml
(singular, accusative alif, ة written ت before a pronoun, dual, sound
plurals, each with how it meets a pronoun suffix) and, where the table
allows, the article.  A phrase agrees: an adjective takes the article, the
dual and the accusative alif with its noun (ضربة جوية -> الضربة الجوية،
ضربتين جويتين، قصفا مدفعيا), and a pronoun on the noun makes the adjective
definite (ضرباتها الجوية).  Plurals are listed, never guessed, except the
ـات of a noun in ة.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.text.morph.model import BOUND, FREE, OPEN, Analysis
from rasd.text.morph.rules import MorphRules

Nominal = tuple[str, Analysis]  # surface as generated (normalised later) and its analysis


def takes_alif(word: str, rules: MorphRules) -> bool:
    """Whether the indefinite accusative of `word` writes an alif (قصفا, not ضربةا or اعتداءا)."""
    return not any(word.endswith(e) for e in rules.no_accusative_alif_after)


def decline(
    stem: str, table: str, rules: MorphRules, base: Analysis, *, singular_masculine_only: bool = False
) -> list[Nominal]:
    """`stem` with every ending of declension `table`, with the article where it can take one."""
    out: list[Nominal] = []
    for row in rules.declensions[table]:
        if singular_masculine_only and (row.number != "sg" or row.gender == "f"):
            continue
        if row.accusative_alif and not takes_alif(stem, rules):
            continue
        surface = stem + row.ending
        a = replace(base, number=row.number, gender=row.gender or base.gender, case=row.case, slot=row.slot)
        out.append((surface, a))
        if row.slot != BOUND and not row.indefinite:
            out.append((rules.article + surface, replace(a, definite=True, slot=FREE)))
    return out


def singular_table(word: str, rules: MorphRules) -> tuple[str, str]:
    """(stem, declension table) of a singular noun."""
    if word.endswith(rules.ta_marbuta):
        return word[:-1], "noun_ta_marbuta"
    return word, "noun"


def plural_table(word: str, rules: MorphRules) -> tuple[str, str]:
    """(stem, declension table) of a listed plural: in ة (قادة) or as written (ضربات، قذائف).

    A listed plural ending in ون is not assumed sound (سجون، عيون are broken plurals): list
    مسلحون and مسلحين both when a noun has a sound masculine plural.
    """
    if word.endswith(rules.ta_marbuta):
        return word[:-1], "plural_ta_marbuta"
    return word, "plural"


def word_forms(
    word: str, rules: MorphRules, base: Analysis, plurals: tuple[str, ...], dual: bool
) -> list[Nominal]:
    """All forms of a one-word noun (or verbal noun) with its listed plurals."""
    stem, table = singular_table(word, rules)
    out = [f for f in decline(stem, table, rules, base) if dual or f[1].number != "du"]
    return out + listed_plural_forms(plurals, rules, base)


def default_plurals(word: str, rules: MorphRules) -> tuple[str, ...]:
    """The ـات plural of a noun in ة (ضربة -> ضربات); nothing for other nouns."""
    if word.endswith(rules.ta_marbuta) and " " not in word:
        return (word[:-1] + rules.feminine_plural_suffix,)
    return ()


# -- phrases -----------------------------------------------------------------


def _dual_adjective(adj: str, case: tuple[str, ...], rules: MorphRules) -> str:
    stem, table = singular_table(adj, rules)
    for row in rules.declensions[table]:
        if row.number == "du" and row.slot == FREE and row.case == case:
            return stem + row.ending
    return adj


def _agree(mods: list[str], a: Analysis, head_row_alif: bool, definite: bool, rules: MorphRules) -> list[str]:
    """The adjectives after a head noun read as `a`: number, accusative alif and article agree."""
    out = []
    for m in mods:
        if a.number == "du":
            m = _dual_adjective(m, a.case, rules)
        elif head_row_alif and takes_alif(m, rules):
            m = m + rules.accusative_alif
        out.append(rules.article + m if definite and not m.startswith(rules.article) else m)
    return out


def _adjectival(head: Nominal, mods: list[str], alif_row: bool, rules: MorphRules) -> list[Nominal]:
    h, a = head
    out: list[Nominal] = []
    if a.definite:
        out.append((" ".join([h, *_agree(mods, a, False, True, rules)]), a))
        return out
    if a.slot in (FREE, OPEN):  # no pronoun on the noun: the adjectives stay indefinite
        out.append((" ".join([h, *_agree(mods, a, alif_row, False, rules)]), replace(a, slot=FREE)))
    if a.slot in (BOUND, OPEN) and not alif_row:  # ضرباتها الجوية: a pronoun on the noun, adjectives definite
        out.append(
            (" ".join([h, *_agree(mods, a, False, True, rules)]), replace(a, slot=BOUND, definite=False))
        )
    return out


def _construct(head: Nominal, tail: list[str], rules: MorphRules) -> list[Nominal]:
    """قذيفة هاون، قذيفتا هاون، قذائف الهاون: the head in the construct state, the tail as a genitive."""
    h, a = head
    if a.definite or (a.number == "du" and a.slot != BOUND) or (a.number != "du" and a.slot == BOUND):
        return []
    a = replace(a, slot=FREE)
    definite_tail = [*tail[:-1], rules.article + tail[-1]] if not tail[-1].startswith(rules.article) else tail
    return [(" ".join([h, *tail]), a), (" ".join([h, *definite_tail]), replace(a, definite=True))]


def _alif_rows(rules: MorphRules) -> set[str]:
    return {r.ending for r in rules.declensions["noun"] if r.accusative_alif and r.ending}


def phrase_forms(
    phrase: str, rules: MorphRules, base: Analysis, plurals: tuple[str, ...], dual: bool, construct: bool
) -> list[Nominal]:
    """Forms of a one- or multi-word noun phrase (the first word is its head)."""
    words = phrase.split()
    if len(words) == 1:
        return word_forms(words[0], rules, base, plurals, dual)
    heads = word_forms(words[0], rules, base, (), dual)
    out = _phrase_heads(heads, words[0], words[1:], rules, construct)
    for p in plurals:
        pw = p.split()
        pstem, ptable = plural_table(pw[0], rules)
        out += _phrase_heads(decline(pstem, ptable, rules, base), pw[0], pw[1:], rules, construct)
    return out


def _phrase_heads(
    heads: list[Nominal], head_word: str, rest: list[str], rules: MorphRules, construct: bool
) -> list[Nominal]:
    alif_endings = _alif_rows(rules)
    out: list[Nominal] = []
    for h, a in heads:
        if construct:
            out += _construct((h, a), rest, rules)
            continue
        # the accusative alif row: the head is the bare word plus alif, singular, indefinite
        alif_row = a.case == ("acc",) and a.number == "sg" and any(h == head_word + e for e in alif_endings)
        out += _adjectival((h, a), rest, alif_row, rules)
    return out


def participle_forms(
    stem: str, table: str, rules: MorphRules, voice: str, *, impersonal: bool = False
) -> list[Nominal]:
    """A participle's forms from its stem and declension (sound, defective, defective_passive)."""
    base = Analysis(pos="participle", voice=voice)
    return decline(stem, table, rules, base, singular_masculine_only=impersonal)


def listed_plural_forms(words: tuple[str, ...], rules: MorphRules, base: Analysis) -> list[Nominal]:
    """Listed plurals, as written and with the article (and ت for ة before a pronoun)."""
    out: list[Nominal] = []
    for p in words:
        pstem, ptable = plural_table(p, rules)
        out += decline(pstem, ptable, rules, base)
    return out
