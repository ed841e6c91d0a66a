"""The compiled form index: every lemma of the lexicons expanded into its forms, looked up in place.

`FormIndex.load()` opens the index cached under the cache folder
(RASD_CACHE_DIR, else ~/.cache/rasd), named by a hash of its inputs: the
lexicon files that declare lemmas and their overlays, morphology.yaml, the
generator's version and the installed conjugator.  When no file has that
name the index is built first (seconds for hundreds of lemmas) and written
atomically, so an edit to a lexicon is seen by the next process.  Loading
reads no YAML: the rules a lookup needs travel inside the index.

What is stored is the "core" of each form: the article and every ending,
but no proclitic (و ف ب ل ك س) and no pronoun suffix.  `analyse(word)`
splits those off a normalised token the way `rasd.text.clitics.readings`
does (conjunction, then preposition or future letter; ل + ال written لل),
looks each core up, and keeps the readings the clitics agree with (س only
before an imperfect, ب only before a noun, a pronoun only where the form
takes one).  `match(words, i)` does the same for multi-word lemmas (الضربة
الجوية، ضرباتها الجوية): clitics on the first word, later words as written.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from rasd.cache import cache_dir, prune
from rasd.lexicons import lexicon_files
from rasd.text.matcher import WordTest
from rasd.text.morph import table as tbl
from rasd.text.morph.entries import VERB, LemmaEntry, find_entries, lemma_files
from rasd.text.morph.generate import generate
from rasd.text.morph.model import BOUND, FREE, Analysis, Form
from rasd.text.morph.rules import RULES_FILE, MorphRules

GENERATOR_VERSION = 1
SHARED, COMMON, ABOVE_LEMMA, SHADOWED = 1, 2, 4, 8  # flag bits stored per key
FLAG_NAMES = {SHARED: "shared", COMMON: "common", ABOVE_LEMMA: "above_lemma", SHADOWED: "shadowed"}
_ZIPF_SCALE = 20  # zipf stored as one byte: round(zipf * 20)
SHORT_CORE = 3  # letters: such a form is also checked with a proclitic and a pronoun at once (و+فر+ه)
_CACHE_LIMIT = 1 << 17  # words remembered by analyse() before the memo is cleared
KEEP_INDEXES = 8  # index files kept in the cache folder (worktrees and overlays may use different ones)


class EntryInfo(NamedTuple):
    """A lemma of the index: several lexicon entries with the same lemma, pos and gloss share one.

    Stored as a plain tuple (unpickling thousands of records must stay cheap)."""

    lemma: str
    pos: str
    gloss: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class LookupRules:
    """The part of morphology.yaml a lookup needs, carried inside the index."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: tuple[str, ...]
    article: str
    elides_article: tuple[str, ...]
    before_subjunctive: tuple[str, ...]
    min_stem: int
    object_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    future_particles: frozenset[str]

    @classmethod
    def of(cls, r: MorphRules) -> LookupRules:
        return cls(
            r.conjunctions,
            r.prepositions,
            r.future,
            r.article,
            r.elides_article,
            r.before_subjunctive,
            r.min_stem,
            frozenset(r.object_pronouns),
            frozenset(r.possessive_pronouns),
            r.future_particles,
        )

    @property
    def pronouns_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.object_pronouns | self.possessive_pronouns, key=len, reverse=True))


# -- signature ------------------------------------------------------------------


def _module_stamp(name: str) -> str:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return f"{name}:absent"
    st = os.stat(spec.origin)
    return f"{name}:{st.st_size}:{int(st.st_mtime)}"


def input_files() -> list[Path]:
    """The files whose content decides the index: morphology.yaml and every file declaring lemmas."""
    files = [p for p in lexicon_files(RULES_FILE) if p.is_file()]
    return files + [p for p in lemma_files() if p not in files]


def source_stamp() -> str:
    """What the index depends on besides its files' content (`input_files`, the Zipf table, this package's
    code): the generator's version and the conjugator package, as stamped by `signature`."""
    return f"{GENERATOR_VERSION}:{sys.byteorder}:{_module_stamp('libqutrub')}"


def signature() -> str:
    """A hash of everything the index depends on: the generator's code and version, the
    conjugator package, the word-frequency table, morphology.yaml and the lemma files (by name and
    content, so an overlay folder may move without a rebuild)."""
    h = hashlib.sha1()
    h.update(source_stamp().encode())
    from rasd.text.vocabulary import TABLE as word_frequencies   # the Zipf table the flags are set from

    h.update(word_frequencies.read_bytes())
    for src in sorted(Path(__file__).parent.glob("*.py")):
        h.update(src.read_bytes())
    for p in input_files():
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"forms-index-{signature()}.bin"


# -- build ----------------------------------------------------------------------


def _zipf_byte(z: float) -> int:
    return max(0, min(255, round(z * _ZIPF_SCALE)))


class _Builder:
    def __init__(self, rules: MorphRules, zipf: dict[str, float]) -> None:
        self.rules, self.zipf = rules, zipf
        self.entries: dict[tuple[str, str, str], int] = {}
        self.sources: list[list[str]] = []
        self.analyses: dict[Analysis, int] = {}
        self.items: dict[str, set[tuple[int, int]]] = {}
        self.reference: dict[int, float] = {}  # entry id -> zipf of its principal forms
        self.problems: list[str] = []

    def add(self, entry: LemmaEntry) -> None:
        key = (entry.key, entry.pos, entry.gloss)
        eid = self.entries.setdefault(key, len(self.entries))
        if eid == len(self.sources):
            self.sources.append([])
        self.sources[eid].append(entry.source)
        forms, notes = generate(entry, self.rules)
        self.problems += notes
        ref = self.reference.get(eid, 0.0)
        for f in forms:
            aid = self.analyses.setdefault(f.analysis, len(self.analyses))
            self.items.setdefault(f.surface, set()).add((eid, aid))
            if _principal(f.analysis):
                ref = max(ref, self.zipf.get(f.surface, 0.0))
        self.reference[eid] = ref

    def flags(self, core: str, readings: set[tuple[int, int]], analyses: list[Analysis]) -> tuple[int, int]:
        z = self.zipf.get(core, 0.0) if " " not in core else 0.0
        f = 0
        if len({e for e, _ in readings}) > 1:
            f |= SHARED
        if z >= self.rules.common_zipf:
            f |= COMMON
        by_entry: dict[int, list[Analysis]] = {}
        for e, a in readings:
            by_entry.setdefault(e, []).append(analyses[a])
        for e, an in by_entry.items():
            ref = self.reference.get(e, 0.0)
            margin = (
                -self.rules.rare_reading_within
                if all(map(self.rules.rare, an))
                else self.rules.above_lemma_by
            )
            if z and z >= ref + margin:
                f |= ABOVE_LEMMA
        return _zipf_byte(z), f

    def _written_variants(self, core: str) -> set[str]:
        """`core` with a proclitic (and a pronoun too, for a short core: و+فر+ه)."""
        r = self.rules
        prefixes = {c + p for c in ("", *r.conjunctions) for p in ("", *r.prepositions, *r.future)} - {""}
        pronouns = set(r.object_pronouns) | set(r.possessive_pronouns)
        words = {p + core for p in prefixes}
        if core.startswith(r.article):
            words |= {p + core[1:] for p in prefixes if p[-1:] in r.elides_article}
        if len(core) <= SHORT_CORE:
            words |= {p + core + e for p in prefixes for e in pronouns}
        return words

    def shadowed(self) -> dict[str, str]:
        """Written words about as common as the form left when a clitic is split off (فقدت: ف + قدت)."""
        r = self.rules
        out: dict[str, str] = {}
        bound = {aid for a, aid in self.analyses.items() if a.slot == BOUND}
        for core, readings in self.items.items():
            if " " in core or all(aid in bound for _, aid in readings):
                continue  # a bound form (قيادت) is never written alone: its frequency says nothing
            floor = max(r.clitic_shadow_min_zipf, self.zipf.get(core, 0.0) + r.clitic_shadow_by)
            for w in self._written_variants(core):
                if self.zipf.get(w, 0.0) >= floor and w not in out:
                    out[w] = core
        return out

    def serialise(self, signature: str, seconds: float) -> bytes:
        shift = max(1, (len(self.analyses) - 1).bit_length())
        items: dict[str, list[int]] = {}
        extra = bytearray()
        heads: dict[str, int] = {}
        analyses = sorted(self.analyses, key=self.analyses.__getitem__)
        shadowed = self.shadowed()
        for core, readings in self.items.items():
            items[core] = sorted((e << shift) | a for e, a in readings)
            z, f = self.flags(core, readings, analyses)
            extra += bytes((z, f | (SHADOWED if core in shadowed else 0)))
            words = core.split(" ")
            if len(words) > 1:
                heads[words[0]] = max(heads.get(words[0], 0), len(words))
        for word in shadowed.keys() - self.items.keys():  # a shadowed word that is no compiled form
            items[word] = []
            extra += bytes((_zipf_byte(self.zipf.get(word, 0.0)), SHADOWED))
        infos = [
            (lemma, pos, gloss, tuple(self.sources[i])) for (lemma, pos, gloss), i in self.entries.items()
        ]
        meta = {
            "version": GENERATOR_VERSION,
            "signature": signature,
            "shift": shift,
            "entries": infos,
            "analyses": analyses,
            "phrase_heads": heads,
            "problems": self.problems,
            "shadowed": shadowed,
            "rules": LookupRules.of(self.rules),
            "build_seconds": round(seconds, 3),
        }
        return tbl.build(items, meta, bytes(extra))


def _principal(a: Analysis) -> bool:
    """The forms a lemma is best known by: its citation verb forms, singular nouns and participles."""
    if a.pos == VERB:
        return (
            a.person == 3 and a.number == "sg" and a.gender == "m" and a.voice == "active" and a.slot != BOUND
        )
    return a.number == "sg" and not a.definite and a.slot != BOUND and a.voice != "passive"


def build_bytes(
    entries: Iterable[LemmaEntry],
    rules: MorphRules,
    zipf: dict[str, float] | None = None,
    problems: Iterable[str] = (),
    signature: str = "",
) -> bytes:
    """Compile `entries` into the bytes of an index file."""
    t0 = time.perf_counter()
    if zipf is None:
        from rasd.text.vocabulary import Vocabulary

        zipf = Vocabulary.load().zipf_by_word
    b = _Builder(rules, zipf)
    b.problems += list(problems)
    for e in entries:
        b.add(e)
    return b.serialise(signature, time.perf_counter() - t0)


def build_index_file(path: Path | None = None) -> Path:
    """Compile every lemma of the lexicons into the cached index file, and return its path."""
    sig = signature()
    path = path or cache_dir() / f"forms-index-{sig}.bin"
    entries, problems = find_entries()
    tbl.write(path, build_bytes(entries, MorphRules.load(), problems=problems, signature=sig))
    prune(path, "forms-index-*.bin", KEEP_INDEXES)
    return path


# -- lookup ---------------------------------------------------------------------


class FormIndex:
    """Surface forms of every lemma -> readings (lemma, analysis), with clitics split off at lookup."""

    def __init__(self, table: tbl.Table) -> None:
        meta = table.meta
        self._table = table
        self._shift = meta["shift"]
        self._mask = (1 << self._shift) - 1
        self._rows: list[tuple[str, str, str, tuple[str, ...]]] = meta["entries"]  # EntryInfo fields
        self.analyses: list[Analysis] = meta["analyses"]
        self.phrase_heads: dict[str, int] = meta["phrase_heads"]
        self.problems: list[str] = meta["problems"]
        self.shadowed: dict[str, str] = meta.get("shadowed", {})  # written word -> the form it shadows
        self.rules: LookupRules = meta["rules"]
        self.signature: str = meta["signature"]
        self.build_seconds: float = meta.get("build_seconds", 0.0)
        self._pronouns_by_last: dict[str, tuple[str, ...]] = {}
        for p in self.rules.pronouns_longest_first:
            self._pronouns_by_last[p[-1]] = (*self._pronouns_by_last.get(p[-1], ()), p)
        r = self.rules
        self._first_letters = frozenset(r.conjunctions + r.prepositions + r.future + r.elides_article)
        self._memo: dict[str, tuple[Form, ...]] = {}
        self._heads_memo: dict[str, tuple[tuple[str, str, int, str, int], ...]] = {}
        self._flags_memo: dict[str, frozenset[str]] = {}
        self._starts = WordTest(self._begins)
        self._sources: dict[tuple[str, str, str], tuple[str, ...]] | None = None

    def __getstate__(self) -> dict:
        """Pickled as the table's bytes (a compiled bundle of resources carries it whole), with its start
        test (which pickles the words it learned, `learn_words`): the same object the bundle lists among
        its tests (`Resources.lexicon_tests`)."""
        return {"table": bytes(self._table._buf), "starts": self._starts}

    def __setstate__(self, state: dict) -> None:
        self.__init__(tbl.Table(state["table"]))
        if isinstance(state.get("starts"), WordTest):
            self._starts = state["starts"]

    @classmethod
    def load(cls, path: Path | None = None) -> FormIndex:
        """The index of the lexicons as they are now, built first when the cache has none."""
        if path is not None:
            return cls(tbl.Table.open(path))
        path = index_path()
        try:
            return cls(tbl.Table.open(path))
        except FileNotFoundError:
            return cls(tbl.Table.open(build_index_file(path)))

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[LemmaEntry],
        rules: MorphRules | None = None,
        zipf: dict[str, float] | None = None,
    ) -> FormIndex:
        """An index of the given entries only, in memory (tests, reports)."""
        data = build_bytes(entries, rules or MorphRules.load(), zipf=zipf if zipf is not None else {})
        return cls(tbl.Table(data))

    @property
    def entries(self) -> list[EntryInfo]:
        """The lemmas of the index with the lexicon entries (file:path) they come from."""
        return [EntryInfo(*r) for r in self._rows]

    def sources(self, form: Form) -> tuple[str, ...]:
        """Where the lemma of a reading is declared (events.yaml:families/withdrawal/lemmas/0 ...)."""
        if self._sources is None:
            self._sources = {(lemma, pos, gloss): src for lemma, pos, gloss, src in self._rows}
        return self._sources.get((form.lemma, form.entry_pos, form.gloss), ())

    def __len__(self) -> int:
        return len(self._table)

    # - compiled readings -
    def _forms(self, core: str, surface: str, pre: str, enc: str, cut: int) -> Iterator[Form]:
        return self._decode(self._table.get(core), core, surface, pre, enc, cut)

    def _decode(
        self, vals: tuple[int, ...], core: str, surface: str, pre: str, enc: str, cut: int
    ) -> Iterator[Form]:
        for v in vals:
            lemma, pos, gloss, _ = self._rows[v >> self._shift]
            a = self.analyses[v & self._mask]
            future = a.pos == VERB and pre[-1:] in self.rules.future
            stem = core if core != surface else ""
            yield Form(surface, lemma, a, pos, gloss, pre, enc, cut, stem, future)

    def readings(self, core: str) -> tuple[Form, ...]:
        """The readings compiled for a core form (no clitics stripped)."""
        return tuple(self._forms(core, core, "", "", 0))

    def zipf(self, core: str) -> float:
        x = self._table.extra(core)
        return x[0] / _ZIPF_SCALE if x else 0.0

    def flags(self, core: str) -> frozenset[str]:
        """`shared` (several lemmas), `common` (a very frequent word), `above_lemma` (far more frequent
        than its lemma's citation forms: probably mostly another word)."""
        # remembered per form: asked for every trigger form of every article (a binary search of the table)
        hit = self._flags_memo.get(core)
        if hit is None:
            x = self._table.extra(core)
            hit = frozenset(n for bit, n in FLAG_NAMES.items() if x and x[1] & bit)
            if len(self._flags_memo) >= _CACHE_LIMIT:
                self._flags_memo.clear()
            self._flags_memo[core] = hit
        return hit

    # - clitics -
    def _proclitic_splits(self, word: str) -> list[tuple[str, str, int]]:
        """(proclitics, rest, cut) for every way of reading `word`'s first letters as proclitics."""
        out = [("", word, 0)]
        if word[:1] not in self._first_letters:
            return out
        r = self.rules
        bases = [("", word)]
        if word[:1] in r.conjunctions and len(word) > r.min_stem:
            bases.append((word[0], word[1:]))
            out.append((word[0], word[1:], 1))
        for pre, base in bases:
            first = base[:1]
            if len(base) <= r.min_stem:
                continue
            if first in r.prepositions or first in r.future:
                out.append((pre + first, base[1:], len(pre) + 1))
            if first in r.elides_article and base[1:].startswith(r.article[1:]) and len(base) > 3:
                out.append((pre + first, r.article + base[2:], len(pre) + 1))  # للمنسحبين -> ل + المنسحبين
        return out

    def _enclitic_splits(self, rest: str) -> list[tuple[str, str]]:
        out = [("", rest)]
        pronouns = self._pronouns_by_last.get(rest[-1:])
        if pronouns:  # most words end in no pronoun's last letter: no loop
            min_stem = self.rules.min_stem
            out += [(p, rest[: -len(p)]) for p in pronouns if rest.endswith(p) and len(rest) - len(p) >= min_stem]
        return out

    def _agrees(self, a: Analysis, pre: str, enc: str) -> bool:
        """Whether a reading `a` can be written with proclitics `pre` and pronoun `enc`."""
        if enc:
            if a.slot == FREE:
                return False
            if enc not in (self.rules.object_pronouns if a.pos == VERB else self.rules.possessive_pronouns):
                return False
        elif a.slot == BOUND:
            return False
        second = pre[1:] if pre[:1] in self.rules.conjunctions else pre
        if not second:
            return True
        if a.pos != VERB:
            return second in self.rules.prepositions
        if a.tense != "present":
            return False
        if second in self.rules.future:
            return "indicative" in a.mood
        return second in self.rules.before_subjunctive and bool({"subjunctive", "jussive"} & set(a.mood))

    def analyse(self, word: str) -> tuple[Form, ...]:
        """Every reading of a normalised token, clitics split off (empty: no lemma has this form).

        A shadowed word (far more common than what is left without its clitic: فقدت) is read
        whole only.
        """
        hit = self._memo.get(word)
        if hit is not None:
            return hit
        vals, extra = self._table.lookup(word)
        # most words asked here (words outside the vocabulary, met once) are no form: no decoder made for them
        out = [f for f in self._decode(vals, word, word, "", "", 0) if self._agrees(f.analysis, "", "")] if vals else []
        if not (extra and extra[1] & SHADOWED):
            get = self._table.get
            for pre, rest, cut in self._proclitic_splits(word):
                for enc, core in self._enclitic_splits(rest):
                    if not (pre or enc):
                        continue
                    found = get(core)
                    if found:
                        out += [
                            f
                            for f in self._decode(found, core, word, pre, enc, cut)
                            if self._agrees(f.analysis, pre, enc)
                        ]
        result = tuple(out)
        if len(self._memo) >= _CACHE_LIMIT:
            self._memo.clear()
        self._memo[word] = result
        return result

    def _phrase_splits(self, word: str) -> tuple[tuple[str, str, int, str, int], ...]:
        """The ways of reading `word` whose core begins a multi-word form: (proclitics, pronoun,
        cut, core, the longest such form's length); remembered per word (most words: none)."""
        heads = self.phrase_heads
        if not heads:
            return ()      # no multi-word form compiled (the lexicons have none now): no split is worth making
        hit = self._heads_memo.get(word)
        if hit is None:
            hit = tuple((pre, enc, cut, core, heads[core])
                        for pre, rest, cut in self._proclitic_splits(word)
                        for enc, core in self._enclitic_splits(rest) if heads.get(core, 0) > 1)
            if len(self._heads_memo) >= _CACHE_LIMIT:
                self._heads_memo.clear()
            self._heads_memo[word] = hit
        return hit

    def _begins(self, word: str) -> bool:
        return bool(self.analyse(word) or self._phrase_splits(word))

    def begins(self, word: str) -> bool:
        """Whether some form (of one word or more) may start at the normalised token `word`."""
        return self._starts(word)

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words (`Segmented.words`, "" for punctuation) where a form may start."""
        return self._starts.positions(words, lo, hi)

    def match(self, words: Sequence[str], i: int) -> list[tuple[int, Form]]:
        """Readings of the word or phrase starting at `words[i]`: (number of words, form), longest first."""
        out = [(1, f) for f in self.analyse(words[i])]
        if not self.phrase_heads:
            return out
        splits = self._phrase_splits(words[i])
        if not splits:
            return out
        longer: list[tuple[int, Form]] = []
        for pre, enc, cut, core, n_head in splits:
            for n in range(min(n_head, len(words) - i), 1, -1):
                key = " ".join([core, *words[i + 1 : i + n]])
                surface = " ".join(words[i : i + n])
                longer += [
                    (n, f)
                    for f in self._forms(key, surface, pre, enc, cut)
                    if self._agrees(f.analysis, pre, enc)
                ]
        longer.sort(key=lambda nf: -nf[0])
        return longer + out

    def future_before(self, word: str) -> bool:
        """Whether `word` (normalised) makes the imperfect verb after it a future (سوف)."""
        return word in self.rules.future_particles

    # - whole index (reports, automata) -
    def items(self) -> Iterator[tuple[str, tuple[Form, ...]]]:
        """Every compiled core form with its readings (slow: for reports and for building automata)."""
        for core, vals in self._table.items():
            if vals:
                yield core, self.readings(core)

    def forms_of(self, lemma: str, pos: str | None = None) -> list[Form]:
        """Every compiled form of a lemma (normalised), optionally of one entry pos."""
        ids = {i for i, e in enumerate(self._rows) if e[0] == lemma and (pos is None or e[1] == pos)}
        out = []
        for core, vals in self._table.items():
            for v in vals:
                if v >> self._shift in ids:
                    lem, epos, gloss, _ = self._rows[v >> self._shift]
                    out.append(Form(core, lem, self.analyses[v & self._mask], epos, gloss))
        return out


def load_index() -> FormIndex:
    """The form index of the lexicons (cached; built when missing)."""
    return FormIndex.load()
