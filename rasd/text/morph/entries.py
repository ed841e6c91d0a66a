"""Lemma entries: the YAML shape by which a lexicon file declares a lemma.

Any mapping with a `lemma` key, anywhere in a lexicon file, is a lemma entry
(README.md here, "Lemma entries"):

    - {lemma: انسحب, pos: verb, masdar: [انسحاب], transitive: false}
    - {lemma: قاد, pos: verb, present: يقود, masdar: [قيادة], active_plural: [قادة]}
    - {lemma: ضربة جوية, pos: noun, plural: [ضربات جوية]}

`find_entries()` walks every lexicon file that declares lemmas (with the
RASD_LEXICONS overlays) and returns the entries with where they were found;
`lemma_files()` names those files, whose bytes key the compiled index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.lexicons import LEXICON_DIR, LexiconError, lexicon_files, load_yaml
from rasd.text.normalise import norm

_DECLARES_LEMMAS = re.compile(r"(?:^|[\s{,])lemma\s*:", re.M)
VERB, NOUN = "verb", "noun"
_LIST_FIELDS = ("masdar", "masdar_plural", "active_plural", "passive_plural", "plural", "forms", "not_forms")
_KNOWN = set(_LIST_FIELDS) | {"lemma", "pos", "form", "present", "transitive", "dual", "construct", "gloss"}


@dataclass(frozen=True)
class LemmaEntry:
    """A lemma and the hints its forms need (None: let the generator decide)."""

    lemma: str  # as written; diacritics allowed (فجّر marks form II)
    pos: str  # verb | noun
    form: str = ""  # verbs: 1-10, Q1, Q2
    present: str = ""  # verbs: imperfect 3ms (يقود), picks a form-I vowel class
    transitive: bool | None = None
    masdar: tuple[str, ...] | None = None  # verbal nouns (derived forms: generated when None)
    masdar_plural: tuple[str, ...] | None = None
    active_plural: tuple[str, ...] = ()  # broken plurals of the active participle (قادة)
    passive_plural: tuple[str, ...] = ()  # ... of the passive participle (أسرى)
    plural: tuple[str, ...] | None = None  # nouns: plurals, whole phrases (ضربات جوية)
    dual: bool = True  # nouns: generate the dual
    construct: bool = False  # nouns: a phrase whose second word is a genitive (قذيفة هاون)
    forms: tuple[str, ...] = ()  # extra surface forms, taken as written
    not_forms: tuple[str, ...] = ()  # generated forms to drop (collisions)
    gloss: str = ""
    source: str = ""  # file and path where the entry was found

    @property
    def key(self) -> str:
        """The normalised lemma."""
        return norm(self.lemma)

    @classmethod
    def from_mapping(cls, d: dict[str, Any], source: str = "") -> LemmaEntry:
        """Read one YAML mapping; LexiconError names the source for a malformed entry."""
        lemma = d.get("lemma")
        pos = d.get("pos")
        if not isinstance(lemma, str) or not norm(lemma):
            raise LexiconError(f"{source}: a lemma entry needs a `lemma` string")
        if pos not in (VERB, NOUN):
            raise LexiconError(f"{source}: lemma {lemma!r} needs `pos: verb` or `pos: noun`")
        unknown = sorted(set(d) - _KNOWN)
        if unknown:
            raise LexiconError(f"{source}: lemma {lemma!r} has unknown fields {unknown}")
        lists = {k: _str_list(d[k], k, source) for k in _LIST_FIELDS if k in d}
        transitive = d.get("transitive")
        return cls(
            lemma=lemma.strip(),
            pos=pos,
            form=str(d.get("form") or ""),
            present=str(d.get("present") or ""),
            transitive=None if transitive is None else bool(transitive),
            masdar=lists.get("masdar"),
            masdar_plural=lists.get("masdar_plural"),
            active_plural=lists.get("active_plural", ()),
            passive_plural=lists.get("passive_plural", ()),
            plural=lists.get("plural"),
            dual=bool(d.get("dual", True)),
            construct=bool(d.get("construct")),
            forms=lists.get("forms", ()),
            not_forms=lists.get("not_forms", ()),
            gloss=str(d.get("gloss") or ""),
            source=source,
        )


def _str_list(value: Any, name: str, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise LexiconError(f"{source}: `{name}` must be a list of words")


def _declares_lemmas(path: Path) -> bool:
    data = path.read_bytes()
    return b"lemma" in data and bool(_DECLARES_LEMMAS.search(data.decode("utf-8", "replace")))


def lemma_files() -> list[Path]:
    """Every lexicon file (packaged or overlay) of a name some file of which declares lemmas."""
    out: list[Path] = []
    for packaged in sorted(LEXICON_DIR.glob("*.yaml")):
        files = [p for p in lexicon_files(packaged.name) if p.is_file()]
        if any(_declares_lemmas(p) for p in files):
            out.extend(files)
    return out


def _walk(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "lemma" in node:
            yield path, node
            return
        for k, v in node.items():
            yield from _walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}/{i}")


def entries_in(data: Any, name: str) -> tuple[list[LemmaEntry], list[str]]:
    """Lemma entries in parsed YAML `data` (from file `name`), and the problems of bad ones."""
    entries: list[LemmaEntry] = []
    problems: list[str] = []
    for path, d in _walk(data, ""):
        try:
            entries.append(LemmaEntry.from_mapping(d, f"{name}:{path.lstrip('/')}"))
        except LexiconError as exc:  # one bad entry never stops the others
            problems.append(str(exc))
    return entries, problems


def find_entries() -> tuple[list[LemmaEntry], list[str]]:
    """All lemma entries of the lexicon files (overlays merged), and problems found on the way."""
    names = sorted({p.name for p in lemma_files()})
    entries: list[LemmaEntry] = []
    problems: list[str] = []
    for name in names:
        found, bad = entries_in(load_yaml(name), name)
        entries += found
        problems += bad
    return entries, problems
