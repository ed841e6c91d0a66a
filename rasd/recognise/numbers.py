"""Find numbers in Arabic news text: digits, number words, hedges, vague amounts.

`find_numbers(seg, lexicon)` returns the quantities of a segmented article as
`NumberMention` records, non-overlapping and in text order.  All words come
from `rasd/lexicons/numbers.yaml`; this module is a small grammar over
normalised tokens and holds no Arabic of its own.

What is recognised
------------------
* digits: "15", "2,130", "14.5", "2.7 مليون", "14 ألف", "5 آلاف", "1.5 مليار",
  "3 ملايين و500 ألف" (Eastern digits arrive here already normalised);
* number words of every gender, case and spelling in the lexicon, with or
  without the article and proclitics: units, 11-19, tens, "خمسة وعشرون",
  hundreds ("ثلاثمئة", "ثلاث مئة", "مئتي"), multipliers ("أحد عشر ألفا",
  "مئة ألف", "ألفي", "مليونين"), sums with و ("ألف ومئتان وخمسون"),
  fractions of a multiplier ("نصف مليون", "مليون ونصف");
* hedges before the number ("نحو", "أكثر من", "ما لا يقل عن", "لا يزيد
  عددهم عن") or after it or after its noun ("15 شخصا على الأقل");
* ranges ("بين 10 و20", "من 20 إلى 30", "10-15", "ثلاثة أو أربعة");
* vague amounts ("عشرات", "مئات الآلاف", "بضعة آلاف"): value None,
  hedge "vague", conservative bounds from the lexicon;
* percentages ("10%", "10 في المئة"): unit_hint "%".

Not reported: digits of dates and clock times ("29-05-2015", "12/5/2016",
"08:00", "مايو 2016", "عام 2015", "12 مايو", "الساعة 8"), ordinals
("الثالث", "الحادي عشر"), "أحد"/"إحدى" alone, "عدة"/"عدد من" alone, dual
nouns ("جنديين": the extractor counts those).

Span convention
---------------
The span runs from the first hedge word (or the number) to the last word of
the expression, including a trailing hedge and the noun before it ("15
شخصا على الأقل").  Proclitics glued to the first word (و, ف, ب, ل, ك) are not
in the span ("وستة" -> "ستة"), except ل + ال with the alif dropped, where
the whole word is kept.  `first_token`/`last_token` cover the tokens of the
expression, the proclitic-carrying first token included.

Speed: words are analysed once per distinct spelling (a per-lexicon
cache), phrases are indexed by their first word, and the article is walked
once, left to right.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from rasd.lexicons import LexiconError, load_yaml
from rasd.model import NumberMention, Span, Token
from rasd.text.clitics import reading_stems, readings, without_article
from rasd.text.matcher import WordTest, name_tokens
from rasd.text.normalise import norm_char
from rasd.text.segment import Segmented, segment, token_norms

__all__ = ["NumberLexicon", "find_numbers", "load_number_lexicon", "parse_number"]

LEXICON_FILE = "numbers.yaml"
MAX_GAP = 2            # words allowed where a hedge phrase has "*"
_CACHE_LIMIT = 200_000  # distinct spellings kept in a lexicon's analysis cache

# --- lexicon ---------------------------------------------------------------------


class _Gap:
    """Marks a place in a phrase where up to MAX_GAP ordinary words may stand."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "*"

    def __reduce__(self) -> str:
        return "GAP"  # pickled by name: the compiled bundle keeps the one marker `is GAP` looks for


GAP = _Gap()
Element = frozenset[str] | _Gap
Pattern = tuple[Element, ...]


@dataclass(frozen=True)
class _Word:
    """Everything one normalised spelling can be inside a number."""

    unit: int | None = None          # 1..10, standing alone
    teen: int | None = None          # 1..9 before عشر/عشرة (11..19)
    ten: bool = False                # عشر/عشرة as the second word of 11..19
    tens: int | None = None          # 20..90
    hundreds: int | None = None      # 100..900 in one word
    hundred: bool = False            # مئة after a unit written apart (ثلاث مئة)
    scale: int | None = None         # 1000, 10**6, 10**9
    scale_form: str | None = None    # singular | dual | plural
    plural_unit: int | None = None   # عشرات 10, مئات 100, آلاف 1000 ...
    plural_range: tuple[int, int] | None = None  # bounds of the plural alone
    vague_head: tuple[int, int, bool] | None = None  # بضعة: (low, high, alone)
    fraction: float | None = None    # نصف 0.5


class _Analysis(NamedTuple):
    word: _Word
    prefix: str      # proclitic letters stripped from the written word ("و", "وب", "")
    cut: int         # normalised characters to leave out of the span (0 for لل)
    form: str        # the stem as matched, article included (الخمسه)
    definite: bool   # the article was stripped to find the word


@dataclass(frozen=True)
class _Hedge:
    hedge: str
    approx: bool


class _PhraseIndex:
    """Phrases with {a|b} alternatives and * gaps, indexed by first-word alternatives."""

    __slots__ = ("_heads", "_starting")

    def __init__(self) -> None:
        self._heads: dict[str, list[tuple[Pattern, Any]]] = {}
        # word -> the phrases that may start at a token spelled so (`starting`), remembered: asked at
        # every token where a number may start, and most such words (digits) start none
        self._starting: dict[str, tuple[tuple[Pattern, Any, int], ...]] = {}

    def __getstate__(self) -> dict:
        return {"_heads": self._heads}

    def __setstate__(self, state: dict) -> None:
        self._heads, self._starting = state["_heads"], {}

    def add(self, phrase: str, payload: Any) -> None:
        pattern = _compile(phrase)
        if not pattern or pattern[0] is GAP:
            raise LexiconError(f"{LEXICON_FILE}: phrase {phrase!r} cannot start with a gap")
        first = pattern[0]
        assert isinstance(first, frozenset)
        self._starting.clear()
        for word in first:
            bucket = self._heads.setdefault(word, [])
            bucket.append((pattern, payload))
            # longer phrases first; among equal lengths, phrases without gaps first
            bucket.sort(key=lambda pp: (len(pp[0]), GAP not in pp[0]), reverse=True)

    def heads(self) -> Iterable[str]:
        return self._heads.keys()

    def reach(self) -> int:
        """How many tokens after its first word a phrase may end at the most (a gap takes up to MAX_GAP)."""
        return max((sum(MAX_GAP if el is GAP else 1 for el in pattern)
                    for bucket in self._heads.values() for pattern, _ in bucket), default=0)

    def get(self, word: str) -> list[tuple[Pattern, Any]]:
        return self._heads.get(word, [])

    def starting(self, word: str) -> tuple[tuple[Pattern, Any, int], ...]:
        """(pattern, payload, cut) of the phrases whose first word is the stem of a reading of `word`,
        readings least stripped first; `cut` is what the reading's proclitics take (0 when the stem got
        back the alif of ال, which the token still spells)."""
        hit = self._starting.get(word)
        if hit is None:
            if len(self._starting) > _CACHE_LIMIT:
                self._starting.clear()
            hit = self._starting[word] = tuple(
                (pattern, payload, 0 if r.restored_al else r.cut)
                for r in readings(word) for pattern, payload in self._heads.get(r.stem, ()))
        return hit


_ALT_RE = re.compile(r"\{([^}]*)\}|(\S+)")


def _compile(phrase: str) -> Pattern:
    """ "ما {يزيد|تزيد} * {عن|على}" -> (frozenset, frozenset, GAP, frozenset)."""
    out: list[Element] = []
    for m in _ALT_RE.finditer(str(phrase)):
        if m.group(2) == "*":
            out.append(GAP)
            continue
        alts = m.group(1).split("|") if m.group(1) is not None else [m.group(2)]
        words: set[str] = set()
        for alt in alts:
            toks = name_tokens(alt)
            if len(toks) != 1:
                raise LexiconError(f"{LEXICON_FILE}: {alt!r} in {phrase!r} must be one word")
            words.add(toks[0])
        out.append(frozenset(words))
    return tuple(out)


def _single(word: Any) -> str:
    toks = name_tokens(str(word))
    if len(toks) != 1:
        raise LexiconError(f"{LEXICON_FILE}: {word!r} must be one word")
    return toks[0]


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(_single(v) for v in values or ())


@dataclass(frozen=True, eq=False)
class NumberLexicon:
    """numbers.yaml, indexed for lookups; build it with `load_number_lexicon()`."""

    words: dict[str, _Word]
    no_article: frozenset[str]
    not_alone: frozenset[str]
    not_numbers: frozenset[str]
    ordinals: frozenset[str]
    not_after: frozenset[str]
    hedges_before: _PhraseIndex
    hedges_after: _PhraseIndex
    range_openers: _PhraseIndex            # payload: frozenset of join words
    bare_joins: frozenset[str]
    percent_after: _PhraseIndex
    percent_before: frozenset[str]
    percent_hint: str
    months: tuple[tuple[str, ...], ...]
    year_range: tuple[int, int]
    hijri_year_range: tuple[int, int]
    year_cues: frozenset[str]
    era_markers: frozenset[str]
    hijri_markers: frozenset[str]
    day_followers: frozenset[str]
    day_of: frozenset[str]
    time_cues: frozenset[str]
    date_separators: frozenset[str]
    time_separators: frozenset[str]
    starters: frozenset[str]
    _analyses: dict[str, tuple[_Analysis, ...]] = field(default_factory=dict, repr=False)
    _starts: WordTest = field(init=False, repr=False)
    _stems: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _month_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False)
    _month_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False)
    # how far after an expression's first token its first number may stand (`_Parser.run`)
    number_reach: int = field(init=False, repr=False, default=1)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", WordTest(self._may_start))
        object.__setattr__(self, "number_reach",
                           max(1, self.hedges_before.reach(), self.range_openers.reach()))
        first: dict[str, list[tuple[str, ...]]] = {}
        last: dict[str, list[tuple[str, ...]]] = {}
        for name in self.months:
            first.setdefault(name[0], []).append(name)
            last.setdefault(name[-1], []).append(name)
        self._month_first.update({k: tuple(sorted(v, key=len, reverse=True)) for k, v in first.items()})
        self._month_last.update({k: tuple(sorted(v, key=len, reverse=True)) for k, v in last.items()})

    def __getstate__(self) -> dict:
        """Pickled without the per-spelling caches (compiling the resources fills them: `learn_words`)."""
        return {**self.__dict__, "_analyses": {}, "_stems": {}}

    # -- per-spelling caches -----------------------------------------------------
    def analyse(self, word: str) -> tuple[_Analysis, ...]:
        """Every number-word reading of a normalised token (proclitics, article)."""
        hit = self._analyses.get(word)
        if hit is None:
            if len(self._analyses) > _CACHE_LIMIT:
                self._analyses.clear()
            hit = self._analyses[word] = self._analyse(word)
        return hit

    def _analyse(self, word: str) -> tuple[_Analysis, ...]:
        if word in self.not_numbers:
            return ()
        out: list[_Analysis] = []
        for r in readings(word):
            prefix = word[: r.cut]
            cut = 0 if r.restored_al else r.cut
            w = self.words.get(r.stem)
            if w is not None:
                out.append(_Analysis(w, prefix, cut, r.stem, False))
            bare = without_article(r.stem)
            if bare and bare not in self.no_article:
                w = self.words.get(bare)
                if w is not None:
                    out.append(_Analysis(w, prefix, cut, r.stem, True))
        return tuple(out)

    def stems(self, word: str) -> frozenset[str]:
        """The token and its proclitic-stripped readings."""
        hit = self._stems.get(word)
        if hit is None:
            if len(self._stems) > _CACHE_LIMIT:
                self._stems.clear()
            hit = self._stems[word] = reading_stems(word)     # the same set, remembered (no comprehension)
        return hit

    def starts(self, word: str) -> bool:
        """Can an expression start at a token spelled `word`? (cheap pre-filter)"""
        return self._starts(word)

    def start_positions(self, seg: Segmented) -> list[int]:
        """Indexes of the tokens at which an expression may start: the words and numbers the start test
        passes, read from `Segmented.words` (answered there with the other lexicon tests, once per word),
        and the signs written before a number ("% 20"), which are punctuation there (rare: looked for
        only in a text that has one)."""
        at = self._starts.positions(seg.words)
        text = seg.text.norm
        if not any(sign in text for sign in self.percent_before):
            return at
        signs = [k for k, t in enumerate(seg.tokens) if not t.is_word and t.norm in self.percent_before]
        return sorted(at + signs)

    def _may_start(self, word: str) -> bool:
        if word[:1].isdigit() or word in self.percent_before:
            return True
        if word in self.not_numbers:
            return False
        starters = self.starters
        for s in self.stems(word):  # a loop, not any(generator): asked once for every new word
            if s in starters or (without_article(s) or "") in starters:
                return True
        return False


def _pair(value: Any, what: str) -> tuple[int, int]:
    try:
        lo, hi = value
        return int(lo), int(hi)
    except (TypeError, ValueError) as exc:
        raise LexiconError(f"{LEXICON_FILE}: {what} must be [low, high], not {value!r}") from exc


def _month_names(source: str | None) -> tuple[tuple[str, ...], ...]:
    if not source:
        return ()
    data = load_yaml(source) or {}
    names: list[tuple[str, ...]] = []
    for entry in data.get("months", []) or []:
        for name in entry.get("names", []) or []:
            toks = name_tokens(str(name))
            if toks:
                names.append(toks)
    return tuple(names)


_Roles = dict[str, dict[str, Any]]


def _word_roles(data: dict) -> _Roles:
    """Each number word's roles (unit, ten, scale, vague plural, fraction...), by its spelling."""
    roles: _Roles = {}
    _integer_roles(data, roles)
    _scale_roles(data, roles)
    for f, frac in (data.get("fractions") or {}).items():
        _put(roles, f, fraction=float(frac))
    return roles


def _put(roles: _Roles, word: Any, **role: Any) -> None:
    roles.setdefault(_single(word), {}).update(role)


def _integer_roles(data: dict, roles: _Roles) -> None:
    """units, teen heads, tens, hundreds and the word for hundred."""
    for value, forms in (data.get("units") or {}).items():
        v = int(value)
        for f in forms:
            _put(roles, f, unit=v, **({"teen": v} if 3 <= v <= 9 else {}))
    for value, forms in (data.get("teen_heads") or {}).items():
        for f in forms:
            _put(roles, f, teen=int(value))
    for f in data.get("teen_tens") or []:
        _put(roles, f, ten=True)
    for value, forms in (data.get("tens") or {}).items():
        for f in forms:
            _put(roles, f, tens=int(value))
    for value, forms in (data.get("hundreds") or {}).items():
        for f in forms:
            _put(roles, f, hundreds=int(value))
    for f in data.get("hundred_words") or []:
        _put(roles, f, hundred=True)


def _scale_roles(data: dict, roles: _Roles) -> None:
    """Scales (thousand, million: singular, dual, plural), vague plurals (عشرات) and vague heads (بضع)."""
    for sc in data.get("scales") or []:
        s = int(sc["value"])
        for f in sc.get("singular") or []:
            _put(roles, f, scale=s, scale_form="singular")
        for f in sc.get("dual") or []:
            _put(roles, f, scale=s, scale_form="dual")
        rng = _pair(sc.get("plural_alone", [2 * s, 10 * s - 1]), "plural_alone")
        for f in sc.get("plural") or []:
            _put(roles, f, scale=s, scale_form="plural", plural_unit=s, plural_range=rng)
    for vp in data.get("vague_plurals") or []:
        rng = _pair(vp.get("alone"), "vague_plurals alone")
        for f in vp.get("forms") or []:
            _put(roles, f, plural_unit=int(vp["unit"]), plural_range=rng)
    for vh in data.get("vague_heads") or []:
        lo, hi = _pair(vh.get("range"), "vague_heads range")
        for f in vh.get("forms") or []:
            _put(roles, f, vague_head=(lo, hi, bool(vh.get("alone", True))))


def _hedges(data: dict) -> tuple[_PhraseIndex, _PhraseIndex]:
    """Hedge phrases before and after a number ("نحو", "على الأقل")."""
    before, after = _PhraseIndex(), _PhraseIndex()
    for group in data.get("hedges") or []:
        h = _Hedge(str(group["hedge"]), bool(group.get("approx", False)))
        for p in group.get("before") or []:
            before.add(p, h)
        for p in group.get("after") or []:
            after.add(p, h)
    return before, after


def _ranges(data: dict) -> tuple[_PhraseIndex, set[str]]:
    """Range openers ("بين", "من") with the joins each takes, and the joins a range needs no opener for."""
    openers = _PhraseIndex()
    bare: set[str] = set()
    for rule in data.get("ranges") or []:
        joins = _words(rule.get("join"))
        if rule.get("open"):
            for p in rule["open"]:
                openers.add(p, joins)
        else:
            bare |= joins
    return openers, bare


def load_number_lexicon() -> NumberLexicon:
    """Read numbers.yaml (and overlays, see rasd.lexicons) into a NumberLexicon."""
    data = load_yaml(LEXICON_FILE)
    if not isinstance(data, dict):
        raise LexiconError(f"{LEXICON_FILE}: not found or empty")
    words = {w: _Word(**r) for w, r in _word_roles(data).items()}
    before, after = _hedges(data)
    openers, bare = _ranges(data)
    pct = data.get("percent") or {}
    pct_after = _PhraseIndex()
    for p in pct.get("after") or []:
        pct_after.add(p, True)

    dates = data.get("dates") or {}
    starters = set(words) | set(before.heads()) | set(openers.heads())
    return NumberLexicon(
        words=words,
        no_article=_words(data.get("no_article")),
        not_alone=_words(data.get("not_alone")),
        not_numbers=_words(data.get("not_numbers")),
        ordinals=_words(data.get("ordinals")),
        not_after=_words(data.get("not_after")),
        hedges_before=before,
        hedges_after=after,
        range_openers=openers,
        bare_joins=frozenset(bare),
        percent_after=pct_after,
        percent_before=_words(pct.get("before")),
        percent_hint=str(pct.get("hint", "%")),
        months=_month_names(dates.get("months_from")),
        year_range=_pair(dates.get("year_range", [1900, 2100]), "year_range"),
        hijri_year_range=_pair(dates.get("hijri_year_range", [1300, 1500]), "hijri_year_range"),
        year_cues=_words(dates.get("year_cues")),
        era_markers=_words(dates.get("era_markers")),
        hijri_markers=_words(dates.get("hijri_markers")),
        day_followers=_words(dates.get("day_followers")),
        day_of=_words(dates.get("day_of")),
        time_cues=_words(dates.get("time_cues")),
        date_separators=_words(dates.get("date_separators")),
        time_separators=_words(dates.get("time_separators")),
        starters=frozenset(starters),
    )


@lru_cache(maxsize=1)
def _default_lexicon() -> NumberLexicon:
    return load_number_lexicon()


# --- digits ------------------------------------------------------------------------

_SEP_RE = re.compile(r"([.,])")


def _digits(s: str) -> tuple[float, float] | None:
    """A digit token -> (value before a multiplier, value standing alone).

    "2,130" -> 2130; "2.7" -> 2.7; "2,5" -> 2.5 (Maghrebi decimal comma);
    "2.500" -> 2.5 before a multiplier but 2500 alone (a thousands dot: no
    count of people is 2.5); "1,234,567" -> 1234567; "12.05.2016" -> None
    (a date or a version number).
    """
    # isdecimal, not isdigit: "²" is a digit to str.isdigit() but no number to int()
    if s.isdecimal():
        v = int(s)
        return v, v
    parts = _SEP_RE.split(s)
    nums, seps = parts[0::2], parts[1::2]
    if not all(x.isdecimal() for x in nums):
        return None
    if len(nums) == 2:
        a, b = nums
        dec = float(f"{a}.{b}")
        if len(b) == 3:
            thousands = int(a + b)
            return (thousands, thousands) if seps[0] == "," else (dec, thousands)
        return dec, dec
    if len(set(seps)) == 1 and all(len(x) == 3 for x in nums[1:]):
        v = int("".join(nums))
        return v, v
    if len(set(seps[:-1])) == 1 and seps[-1] != seps[0] and all(len(x) == 3 for x in nums[1:-1]):
        v = float("".join(nums[:-1]) + "." + nums[-1])
        return v, v
    return None


def _clean(x: float | None) -> float | int | None:
    """Integral floats as ints (2.7 * 10**6 -> 2700000); others unchanged."""
    if x is None:
        return None
    r = round(x)
    if abs(x - r) <= 1e-6 * max(1.0, abs(x)):
        return int(r)
    return x


# --- parsing -----------------------------------------------------------------------


@dataclass
class _Num:
    """A number expression: digits or words, multipliers and sums."""

    value: float
    first: int
    end: int
    cut: int = 0                 # proclitic characters on the first token
    scale: int | None = None     # multiplier of the first group
    base: float | None = None    # the first group before its multiplier (single group only)
    plain: bool = False          # one digit token, nothing else
    words: bool = False          # made of number words


@dataclass
class _Found:
    first: int
    end: int
    cut: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    hedge: str | None = None
    unit: str | None = None
    core: _Num | None = None       # the number when there is exactly one


class _Parser:
    def __init__(self, seg: Segmented, lex: NumberLexicon):
        self.seg = seg
        self.lex = lex
        self.toks: Sequence[Token] = seg.tokens
        self.norms = token_norms(seg)      # read only: the article's shared norms
        self.n = len(seg.tokens)
        self.limit = self.n

    # -- token helpers -------------------------------------------------------------
    def an(self, j: int, prefix: str | None = None) -> Sequence[_Analysis]:
        """Analyses of token j; prefix None = any proclitics, "" = none, "و" = exactly و."""
        if j >= self.limit:
            return ()
        res = self.lex.analyse(self.norms[j])
        if prefix is None or not res:
            return res
        return [a for a in res if a.prefix == prefix]

    def digit(self, j: int) -> bool:
        return j < self.limit and self.norms[j][:1].isdigit()

    def glued(self, j: int) -> bool:
        """Token j touches token j+1 (no space between)."""
        return j + 1 < self.limit and self.toks[j].end == self.toks[j + 1].start

    def after_wa(self, k: int) -> tuple[int, str] | None:
        """Where the word after a conjunction و starts: "و 20" / "و20" / "وعشرين"."""
        if k >= self.limit:
            return None
        w = self.norms[k]
        if w == "و":
            return (k + 1, "") if k + 1 < self.limit else None
        if len(w) > 2 and w[0] == "و":
            return k, "و"
        return None

    def stems(self, j: int) -> frozenset[str]:
        if j < 0 or j >= self.n:
            return frozenset()
        return self.lex.stems(self.norms[j])

    def phrase(self, index: _PhraseIndex, i: int) -> list[tuple[int, Any, int]]:
        """(end, payload, cut) of every phrase of `index` starting at token i, best first."""
        if i >= self.limit:
            return []
        out: list[tuple[int, Any, int]] = []
        for pattern, payload, cut in index.starting(self.norms[i]):
            for end in self._ends(pattern, 1, i + 1):
                out.append((end, payload, cut))
        return out

    def _ends(self, pattern: Pattern, p: int, j: int) -> list[int]:
        if p == len(pattern):
            return [j]
        el = pattern[p]
        if el is GAP:
            out: list[int] = []
            for g in range(MAX_GAP + 1):
                if g:
                    k = j + g - 1
                    if k >= self.limit or not self.toks[k].is_word or self.digit(k):
                        break
                if j + g > self.limit:
                    break
                for e in self._ends(pattern, p + 1, j + g):
                    if e not in out:
                        out.append(e)
            return out
        if j < self.limit and self.norms[j] in el:  # type: ignore[operator]
            return self._ends(pattern, p + 1, j + 1)
        return []

    # -- number grammar ------------------------------------------------------------
    def scale_at(self, k: int, forms: tuple[str, ...] = ("singular", "plural"),
                 article: bool = False) -> int | None:
        for a in self.an(k, ""):
            if a.word.scale and a.word.scale_form in forms and (article or not a.definite):
                return a.word.scale
        return None

    def sub100(self, w: _Word, j: int) -> tuple[float, int] | None:
        """1..99 starting with word w at token j."""
        best: tuple[float, int] | None = None

        def take(c: tuple[float, int]) -> None:
            nonlocal best
            if best is None or c[1] > best[1]:
                best = c

        if w.teen is not None and any(a.word.ten and not a.definite for a in self.an(j + 1, "")):
            take((10 + w.teen, j + 2))
        if w.unit is not None and w.unit <= 9:
            p = self.after_wa(j + 1)
            if p is not None:
                for a in self.an(p[0], p[1]):
                    if a.word.tens:
                        take((w.unit + a.word.tens, p[0] + 1))
        if w.tens:
            take((w.tens, j + 1))
        if w.unit is not None:
            take((w.unit, j + 1))
        return best

    def wa_sub100(self, k: int) -> tuple[float, int] | None:
        p = self.after_wa(k)
        if p is None:
            return None
        best: tuple[float, int] | None = None
        for a in self.an(p[0], p[1]):
            c = self.sub100(a.word, p[0])
            if c is not None and (best is None or c[1] > best[1]):
                best = c
        return best

    def small(self, w: _Word, j: int) -> tuple[float, int] | None:
        """1..999 starting with word w at token j."""
        cands: list[tuple[float, int]] = []
        hundreds: tuple[float, int] | None = None
        if w.hundreds:
            hundreds = (w.hundreds, j + 1)
        elif w.unit is not None and 3 <= w.unit <= 9 and any(
                a.word.hundred and not a.definite for a in self.an(j + 1, "")):
            hundreds = (w.unit * 100, j + 2)
        if hundreds is not None:
            rest = self.wa_sub100(hundreds[1])
            cands.append((hundreds[0] + rest[0], rest[1]) if rest else hundreds)
        c = self.sub100(w, j)
        if c is not None:
            cands.append(c)
        return max(cands, key=lambda c: c[1]) if cands else None

    def with_fraction(self, g: _Num, scale: int) -> _Num:
        """"مليون ونصف" / "ألفين ونصف المليون"."""
        p = self.after_wa(g.end)
        if p is None:
            return g
        for a in self.an(p[0], p[1]):
            if a.word.fraction and not a.definite:
                end = p[0] + 1
                if self.scale_at(end, ("singular",), article=True) == scale:
                    end += 1
                g.value += a.word.fraction * scale
                g.end = end
                g.base = None
                break
        return g

    def group(self, j: int, prefix: str | None) -> _Num | None:
        """One multiplied group: "15", "2.7 مليون", "خمسة وعشرين ألفا", "ألفين", "نصف مليون"."""
        if j >= self.limit:
            return None
        if self.digit(j):
            if prefix not in (None, ""):
                return None
            d = _digits(self.norms[j])
            if d is None:
                return None
            s = self.scale_at(j + 1)
            if s:
                return self.with_fraction(_Num(d[0] * s, j, j + 2, 0, s, d[0]), s)
            return _Num(d[1], j, j + 1, 0, None, d[1], plain=self.norms[j].isdigit())
        best: _Num | None = None
        for a in self.an(j, prefix):
            w = a.word
            cands: list[_Num] = []
            sm = self.small(w, j)
            if sm is not None:
                v, k = sm
                s = self.scale_at(k)
                if s:
                    cands.append(self.with_fraction(_Num(v * s, j, k + 1, a.cut, s, v, words=True), s))
                else:
                    cands.append(_Num(v, j, k, a.cut, None, v, words=True))
            if w.scale and w.scale_form in ("singular", "dual") and not (a.definite and w.scale_form == "singular"):
                c = 1 if w.scale_form == "singular" else 2
                cands.append(self.with_fraction(_Num(c * w.scale, j, j + 1, a.cut, w.scale, c, words=True), w.scale))
            if w.fraction and not a.definite:
                s = self.scale_at(j + 1, ("singular",), article=True)
                if s:
                    cands.append(_Num(w.fraction * s, j, j + 2, a.cut, s, w.fraction, words=True))
            for c in cands:
                if best is None or c.end > best.end:
                    best = c
        return best

    def exact(self, i: int, prefix: str | None) -> _Num | None:
        """A whole number: groups joined by و, each smaller than the one before."""
        g = self.group(i, prefix)
        if g is None:
            return None
        total, end, last_scale = g.value, g.end, g.scale
        while last_scale:
            p = self.after_wa(end)
            if p is None:
                break
            g2 = self.group(p[0], p[1])
            if g2 is None or g2.value >= last_scale:
                break
            total, end, last_scale = total + g2.value, g2.end, g2.scale
        if end != g.end:
            g = _Num(total, i, end, g.cut, g.scale, None, words=g.words)
        if g.end == i + 1 and g.words and any(a.form in self.lex.not_alone for a in self.an(i, prefix)):
            return None
        return g

    def vague(self, i: int) -> _Found | None:
        best: _Found | None = None
        for a in self.an(i, None):
            w = a.word
            cands: list[tuple[int, int, int]] = []
            if w.vague_head:
                lo, hi, alone = w.vague_head
                for b in self.an(i + 1, ""):
                    if b.word.plural_unit:
                        u = b.word.plural_unit
                        cands.append((lo * u, (hi + 1) * u - 1, i + 2))
                    elif b.word.ten and not b.definite:
                        cands.append((lo + 10, hi + 10, i + 2))
                if alone:
                    cands.append((lo, hi, i + 1))
            if w.plural_range:
                lo, hi = w.plural_range
                s = None if w.scale else self.scale_at(i + 1, ("plural",), article=True)
                if s:
                    cands.append((lo * s, (hi + 1) * s - 1, i + 2))
                else:
                    cands.append((lo, hi, i + 1))
            for lo, hi, end in cands:
                if best is None or end > best.end:
                    best = _Found(i, end, a.cut, None, lo, hi, hedge="vague")
        return best

    # -- what follows a number ---------------------------------------------------------
    def join(self, k: int, joins: frozenset[str]) -> tuple[int, str] | None:
        if k >= self.limit:
            return None
        if self.norms[k] in joins:
            return (k + 1, "") if k + 1 < self.limit else None
        if "و" in joins:
            p = self.after_wa(k)
            if p is not None and p[1] == "و":
                return p
        return None

    def second(self, a: _Num, p: tuple[int, str] | None) -> tuple[float, _Num] | None:
        """The upper end of a range, and the lower end with a shared multiplier applied."""
        if p is None:
            return None
        b = self.exact(p[0], p[1])
        if b is None:
            return None
        low = a.value
        if a.scale is None and b.scale and b.base is not None and low < b.base:
            low *= b.scale
        if b.value <= low:
            return None
        return low, b

    def percent(self, k: int) -> int | None:
        for end, _, _ in self.phrase(self.lex.percent_after, k):
            return end
        return None

    def post_hedge(self, k: int) -> tuple[int, _Hedge] | None:
        """A hedge right after the number or after the one word that follows it."""
        for j in (k, k + 1):
            if j >= self.limit:
                return None
            if j == k + 1 and (not self.toks[k].is_word or self.digit(k)):
                return None
            for end, h, _ in self.phrase(self.lex.hedges_after, j):
                return end, h
        return None

    def finish(self, first: int, cut: int, num: _Num, h: _Hedge | None) -> _Found:
        found = _Found(first, num.end, cut, num.value, core=num)
        if h is not None:
            found.hedge, found.approx = h.hedge, h.approx
        if num.end < self.limit and self.norms[num.end] in self.lex.bare_joins:
            r = self.second(num, (num.end + 1, ""))
            if r is not None:
                found.value, found.low, found.high, found.end = None, r[0], r[1].value, r[1].end
                found.hedge, found.core = "range", None
        pe = self.percent(found.end)
        if pe is not None:
            found.end, found.unit = pe, self.lex.percent_hint
        if found.hedge is None:
            ph = self.post_hedge(found.end)
            if ph is not None:
                found.end = ph[0]
                found.hedge, found.approx = ph[1].hedge, ph[1].approx
        if found.hedge in ("at_least", "more_than"):
            found.low = found.value
        elif found.hedge in ("at_most", "less_than"):
            found.high = found.value
        return found

    # -- dates, times, names -------------------------------------------------------------
    def date_digits(self, i: int) -> int | None:
        """End of a date or time written with digits and separators at token i ("29-05-2015")."""
        if _digits(self.norms[i]) is None:
            return i + 1  # 12.05.2016, 1.2.3
        if not (self.glued(i) and self.glued(i + 1) and self.digit(i + 2)):
            return None
        sep = self.norms[i + 1]
        if sep in self.lex.time_separators:
            j = i + 3
            while self.glued(j - 1) and j < self.limit and self.norms[j] == sep and self.glued(j) and self.digit(j + 1):
                j += 2
            return j
        if sep not in self.lex.date_separators:
            return None
        if self.glued(i + 2) and self.glued(i + 3) and i + 3 < self.limit and self.norms[i + 3] == sep \
                and self.digit(i + 4):
            return i + 5
        if sep == "/" or (self.is_year(self.norms[i]) and self.is_year(self.norms[i + 2])):
            return i + 3
        return None

    def is_year(self, w: str) -> bool:
        lo, hi = self.lex.year_range
        return len(w) == 4 and w.isdecimal() and lo <= int(w) <= hi

    def month_before(self, j: int) -> bool:
        """A month name ends at token j-1 (or j-2 behind a bracket or slash)."""
        p = j - 1
        if p >= 0 and self.norms[p] in (")", "(", "/", "-", ","):
            p -= 1
        if p < 0:
            return False
        for name in self.lex._month_last.get(self.norms[p], ()):
            s = p - len(name) + 1
            if s >= 0 and all(self.norms[s + x] == name[x] for x in range(1, len(name) - 1)) \
                    and (len(name) == 1 or name[0] in self.stems(s)):
                return True
        stems = self.stems(p)
        return any(len(name) == 1 for st in stems for name in self.lex._month_first.get(st, ()))

    def month_at(self, j: int) -> bool:
        if j >= self.n:
            return False
        for st in self.stems(j):
            for name in self.lex._month_first.get(st, ()):
                if j + len(name) <= self.n and all(self.norms[j + x] == name[x] for x in range(1, len(name))):
                    return True
        return False

    def day_next(self, k: int) -> bool:
        """A day of the month ends before token k: "12 مايو", "12 الجاري", "العشرين من مايو"."""
        if k < self.n and self.norms[k] in self.lex.day_of:
            k += 1
        if k >= self.n:
            return False
        return self.month_at(k) or self.norms[k] in self.lex.day_followers

    def year_end(self, num: _Num) -> int | None:
        """End of the year(s) when a plain 4-digit number is a year ("عام 2015", "مايو 2016")."""
        i, w = num.first, self.norms[num.first]
        nxt = self.norms[i + 1] if i + 1 < self.n else ""
        hlo, hhi = self.lex.hijri_year_range
        if len(w) == 4 and hlo <= int(w) <= hhi and nxt in self.lex.hijri_markers:
            return i + 2
        if not self.is_year(w):
            return None
        if nxt in self.lex.era_markers:
            return i + 2
        if not (self.stems(i - 1) & self.lex.year_cues) and not self.month_before(i):
            return None
        end = i + 1
        while end + 1 < self.n and self.norms[end] in ("و", "-", "/", "–") and self.is_year(self.norms[end + 1]):
            end += 2
        return end

    def blocked(self, num: _Num) -> bool:
        """A number word after an ordinal ("الثالث عشر") or a number naming something ("مجموعة العشرين")."""
        prev = self.stems(num.first - 1)
        if not prev:
            return False
        if prev & self.lex.not_after:
            return True
        return num.words and bool(prev & self.lex.ordinals)

    def date_like(self, f: _Found) -> int | None:
        """End of a day/time expression when an unhedged small number is one."""
        if f.hedge not in (None, "range") or f.unit:
            return None
        vals = [f.value] if f.hedge is None else [f.low, f.high]
        for v in vals:   # a loop, not all(generator): ~2.5k instructions to start one, asked ~10 times an article
            if not (v is not None and float(v).is_integer() and 0 <= v <= 31):
                return None
        if f.hedge is None and f.value <= 24 and (self.stems(f.first - 1) & self.lex.time_cues):
            return f.end
        if f.value == 0:
            return None
        if self.day_next(f.end):
            return f.end
        return self.second_day(f)

    def second_day(self, f: _Found) -> int | None:
        """End of "12 و13 مايو" when f is the first day."""
        p = self.after_wa(f.end)
        if f.hedge is None and p is not None and p[1] == "" and self.digit(p[0]):
            d = _digits(self.norms[p[0]])
            if d and float(d[1]).is_integer() and 1 <= d[1] <= 31 and self.day_next(p[0] + 1):
                return p[0] + 1
        return None

    # -- one position ----------------------------------------------------------------------
    def at(self, i: int) -> _Found | int | None:
        """What starts at token i: a number (_Found), a date to skip (end index), or None."""
        if self.digit(i):
            skip = self.date_digits(i)
            if skip is not None:
                return skip
        found = self.hedged_at(i)
        if found is None:
            found = self.range_at(i)
        if found is not None:
            return found
        num = self.exact(i, None)
        if num is not None:
            return self.plain_at(i, num)
        v = self.vague(i)
        if v is not None:
            return v
        return self.percent_first_at(i)

    def hedged_at(self, i: int) -> _Found | None:
        """A number behind a hedge ("نحو 20")."""
        for end, h, cut in self.phrase(self.lex.hedges_before, i):
            num = self.exact(end, "")
            if num is not None and not self.blocked(num):
                return self.finish(i, cut, num, h)
        return None

    def range_at(self, i: int) -> _Found | None:
        """A range behind its opener ("بين 20 و30")."""
        for end, joins, cut in self.phrase(self.lex.range_openers, i):
            a = self.exact(end, "")
            if a is None:
                continue
            r = self.second(a, self.join(a.end, joins))
            if r is None:
                continue
            f = _Found(i, r[1].end, cut, None, r[0], r[1].value, hedge="range")
            pe = self.percent(f.end)
            if pe is not None:
                f.end, f.unit = pe, self.lex.percent_hint
            return f
        return None

    def plain_at(self, i: int, num: _Num) -> _Found | int | None:
        """A number without a hedge before it: a year or a day to skip, or the number."""
        if self.blocked(num):
            return None
        if num.plain:
            ye = self.year_end(num)
            if ye is not None:
                return ye
        found = self.finish(i, num.cut, num, None)
        skip = self.date_like(found)
        return skip if skip is not None else found

    def percent_first_at(self, i: int) -> _Found | None:
        """A percentage written with the sign first ("% 20")."""
        if self.norms[i] in self.lex.percent_before and self.glued(i) and self.digit(i + 1):
            num = self.exact(i + 1, "")
            if num is not None and (num.end >= self.limit or self.norms[num.end] not in self.lex.percent_before):
                found = self.finish(i + 1, 0, num, None)
                found.first, found.unit = i, self.lex.percent_hint
                return found
        return None

    def numeric(self, k: int) -> bool:
        """Whether token k is a number: digits or a number word (`an`)."""
        return self.norms[k][:1].isdigit() or bool(self.lex.analyse(self.norms[k]))

    def run(self) -> list[NumberMention]:
        out: list[NumberMention] = []
        seg = self.seg
        i = 0
        # the tokens where an expression may start, found for the whole text at once; every
        # other token is stepped over
        starts = self.lex.start_positions(seg)
        # every expression has a number (digits or a number word) at most `number_reach` tokens after its
        # start: a hedge or a range opener (في، من، على ...) with none so near starts nothing.  A number word
        # passes the start test, so the numbers are among the starts.
        numbers, reach, p = list(filter(self.numeric, starts)), self.lex.number_reach, 0
        for k in starts:
            if k < i:
                continue
            while p < len(numbers) and numbers[p] < k:
                p += 1
            if p == len(numbers) or numbers[p] > k + reach:
                continue
            i = k
            s = seg.sentence_of(i)
            self.limit = seg.sentences[s].last_token if seg.sentences else self.n
            res = self.at(i)
            if res is None:
                i += 1
            elif isinstance(res, int):
                i = max(res, i + 1)
            else:
                out.append(self.mention(res))
                i = res.end
        return out

    def mention(self, f: _Found) -> NumberMention:
        t0 = self.toks[f.first]
        start = _offset_after(t0, f.cut) if f.cut else t0.start
        stop = self.toks[f.end - 1].end
        return NumberMention(
            span=Span(start, stop, self.seg.text.raw[start:stop]),
            sentence=self.seg.sentence_of(f.first),
            value=_clean(f.value),
            low=_clean(f.low),
            high=_clean(f.high),
            approx=f.approx,
            hedge=f.hedge,
            first_token=f.first,
            last_token=f.end,
            unit_hint=f.unit,
        )


def _offset_after(tok: Token, cut: int) -> int:
    """Original offset of the first character after `cut` normalised characters of a token."""
    seen = 0
    for k, ch in enumerate(tok.text):
        m = norm_char(ch)
        if seen >= cut and m:
            return tok.start + k
        seen += len(m)
    return tok.start


# --- public API ------------------------------------------------------------------------


def find_numbers(seg: Segmented, lexicon: NumberLexicon) -> list[NumberMention]:
    """Every number expression of a segmented text, non-overlapping, in text order."""
    return _Parser(seg, lexicon).run()


def parse_number(text: str, lexicon: NumberLexicon | None = None) -> NumberMention | None:
    """The first number expression of `text` (a convenience for tests and notebooks)."""
    found = find_numbers(segment(text), lexicon or _default_lexicon())
    return found[0] if found else None
