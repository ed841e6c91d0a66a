"""The grammar the generator applies, read from `rasd/lexicons/morphology.yaml`.

Nothing Arabic is written here: affixes, templates, patterns and endings are
data; this module only turns them into the structures the generator uses
(compiled regular expressions for the verb templates, declension rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rasd.lexicons import LexiconError, load_yaml

RULES_FILE = "morphology.yaml"
SHADDA = "\u0651"
_PLACEHOLDERS = "FELQTW"


@dataclass(frozen=True)
class Template:
    """One way a past 3ms verb can be written: `past` is matched against the lemma."""

    form: str
    cls: str
    past: str
    strict: re.Pattern[str]  # written shaddas required
    relaxed: re.Pattern[str]  # every shadda optional (when the entry names the form)
    dictionary: bool = False
    fixed: tuple[tuple[str, str], ...] = ()  # radicals the template writes as letters (وصل: F = و)


@dataclass(frozen=True)
class Row:
    """One ending of a declension table."""

    ending: str
    number: str
    gender: str
    case: tuple[str, ...]
    slot: str
    indefinite: bool = False  # never takes the article
    accusative_alif: bool = False  # the alif of the indefinite accusative (not after ة, ى, اء ...)


@dataclass(frozen=True)
class BoundEnding:
    """How a verb form's ending is written before an object pronoun (قتلوا -> قتلو+ه)."""

    ending: str
    bound: str
    person: int = 0  # 0: any
    number: str = ""  # "": any


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one rules object per load
class MorphRules:
    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: tuple[str, ...]
    article: str
    elides_article: tuple[str, ...]
    before_subjunctive: tuple[str, ...]
    ta_marbuta: str
    accusative_alif: str
    weak: tuple[str, ...]
    hollow_default: str
    defective_final: dict[str, str]
    min_stem: int
    future_particles: frozenset[str]
    object_pronouns: tuple[str, ...]
    possessive_pronouns: tuple[str, ...]
    templates: tuple[Template, ...]
    consonants: str
    passive_past_as_active: frozenset[str]
    verb_bound_endings: tuple[BoundEnding, ...]
    tenses: dict[str, dict[str, str]]
    pronouns: dict[str, tuple[int, str, str]]
    transitivity: dict[str, bool]
    default_vowel: str
    intransitive_forms: frozenset[str]
    masdar_patterns: dict[str, dict[str, tuple[str, ...]]]
    masdar_plural_suffix: str
    masdar_plural_forms: frozenset[str]
    derived_participle_prefix: str
    form1_participles: dict[str, dict[str, str]]
    spelling: tuple[tuple[re.Pattern[str], str], ...]
    declensions: dict[str, tuple[Row, ...]]
    no_accusative_alif_after: tuple[str, ...]
    feminine_plural_suffix: str
    common_zipf: float
    above_lemma_by: float
    rare_reading_within: float
    clitic_shadow_by: float
    clitic_shadow_min_zipf: float
    rare_readings: dict[str, frozenset]

    def rare(self, a: Analysis) -> bool:  # noqa: F821 - a rasd.text.morph.model.Analysis
        """Whether a reading is one news seldom uses (1st/2nd person, passive, dual, jussive only)."""
        r = self.rare_readings
        return (
            a.person in r.get("person", ())
            or a.voice in r.get("voice", ())
            or a.number in r.get("number", ())
            or (len(a.mood) == 1 and a.mood[0] in r.get("mood_only", ()))
        )

    @classmethod
    def load(cls) -> MorphRules:
        data = load_yaml(RULES_FILE)
        if not isinstance(data, dict):
            raise LexiconError(f"{RULES_FILE}: expected a mapping at the top")
        try:
            return _parse(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"{RULES_FILE}: {exc!r}") from exc

    def respell(self, word: str) -> str:
        """Hamza seats and shadda in a generated noun (آخذ، سائل، إنشاء)."""
        for pattern, repl in self.spelling:
            word = pattern.sub(repl, word)
        return word


def _compile_template(past: str, consonants: str, t_letters: str, relaxed: bool) -> re.Pattern[str]:
    out: list[str] = []
    k = 0
    while k < len(past):
        ch = past[k]
        optional = k + 1 < len(past) and past[k + 1] == "?"
        if ch == "T":
            out.append(f"(?P<T>[{t_letters}])")
        elif ch in _PLACEHOLDERS:
            out.append(f"(?P<{ch}>[{consonants}])")
        elif ch == SHADDA:
            out.append(SHADDA + ("?" if optional or relaxed else ""))
        else:
            out.append(re.escape(ch))
        k += 2 if optional else 1
    return re.compile("".join(out))


def _rows(spec: list[dict[str, Any]]) -> tuple[Row, ...]:
    return tuple(
        Row(
            ending=str(r.get("ending") or ""),
            number=str(r.get("number") or ""),
            gender=str(r.get("gender") or ""),
            case=tuple(r.get("case") or ()),
            slot=str(r.get("slot") or "open"),
            indefinite=bool(r.get("indefinite")),
            accusative_alif=bool(r.get("accusative_alif")),
        )
        for r in spec
    )


def _templates(data: dict[str, Any]) -> tuple[Template, ...]:
    ph = data["placeholders"]
    out = []
    for t in data["verb_templates"]:
        past = str(t["past"])
        out.append(
            Template(
                form=str(t["form"]),
                cls=str(t["class"]),
                past=past,
                strict=_compile_template(past, ph["consonant"], ph["T"], False),
                relaxed=_compile_template(past, ph["consonant"], ph["T"], True),
                dictionary=bool(t.get("dictionary")),
                fixed=tuple((str(k), str(v)) for k, v in (t.get("fixed") or {}).items()),
            )
        )
    return tuple(out)


def _seq(d: dict[str, Any], key: str) -> tuple:
    """A list field as a tuple of strings (empty when absent)."""
    return tuple(str(x) for x in (d.get(key) or ()))


def _clitic_fields(data: dict[str, Any]) -> dict[str, Any]:
    pro, enc, letters = data["proclitics"], data["enclitics"], data["letters"]
    return dict(
        conjunctions=_seq(pro, "conjunctions"),
        prepositions=_seq(pro, "prepositions"),
        future=_seq(pro, "future"),
        article=str(pro["article"]),
        min_stem=int(pro.get("min_stem", 2)),
        elides_article=_seq(pro, "elides_article"),
        before_subjunctive=_seq(pro, "before_subjunctive"),
        future_particles=frozenset(_seq(data, "future_particles")),
        object_pronouns=_seq(enc, "object"),
        possessive_pronouns=_seq(enc, "possessive"),
        ta_marbuta=str(letters["ta_marbuta"]),
        accusative_alif=str(letters["accusative_alif"]),
        weak=_seq(letters, "weak"),
        hollow_default=str(letters["hollow_default"]),
        defective_final={str(k): str(v) for k, v in letters["defective_final"].items()},
    )


def _verb_fields(data: dict[str, Any]) -> dict[str, Any]:
    conj = data["conjugator"]
    return dict(
        templates=_templates(data),
        consonants=str(data["placeholders"]["consonant"]),
        passive_past_as_active=frozenset(_seq(data, "passive_past_as_active")),
        verb_bound_endings=tuple(
            BoundEnding(
                str(e["ending"]), str(e["bound"]), int(e.get("person") or 0), str(e.get("number") or "")
            )
            for e in data["verb_bound_endings"]
        ),
        tenses={str(k): dict(v) for k, v in conj["tenses"].items()},
        pronouns={str(k): (int(v[0]), str(v[1]), str(v[2] or "")) for k, v in conj["pronouns"].items()},
        transitivity={str(k): bool(v) for k, v in conj["transitivity"].items()},
        default_vowel=str(conj["default_vowel"]),
        intransitive_forms=frozenset(_seq(data, "intransitive_forms")),
        masdar_patterns={
            str(f): {c: tuple(p) for c, p in v.items()} for f, v in data["masdar_patterns"].items()
        },
        masdar_plural_suffix=str(data["masdar_plural_suffix"]),
        masdar_plural_forms=frozenset(_seq(data, "masdar_plural_forms")),
        derived_participle_prefix=str(data["derived_participle_prefix"]),
        form1_participles={
            str(k): {a: str(b) for a, b in v.items()} for k, v in data["form1_participles"].items()
        },
    )


def _noun_fields(data: dict[str, Any]) -> dict[str, Any]:
    coll = data.get("collisions") or {}
    return dict(
        spelling=tuple((re.compile(a), b) for a, b in data.get("spelling") or ()),
        declensions={str(k): _rows(v) for k, v in data["declensions"].items()},
        no_accusative_alif_after=_seq(data, "accusative_alif_not_after"),
        feminine_plural_suffix=str(data["feminine_plural_suffix"]),
        common_zipf=float(coll.get("common_zipf", 5.0)),
        above_lemma_by=float(coll.get("above_lemma_by", 1.5)),
        rare_reading_within=float(coll.get("rare_reading_within", 1.0)),
        clitic_shadow_by=float(coll.get("clitic_shadow_by", -0.3)),
        clitic_shadow_min_zipf=float(coll.get("clitic_shadow_min_zipf", 3.0)),
        rare_readings={str(k): frozenset(v) for k, v in (coll.get("rare_readings") or {}).items()},
    )


def _parse(data: dict[str, Any]) -> MorphRules:
    return MorphRules(**_clitic_fields(data), **_verb_fields(data), **_noun_fields(data))
