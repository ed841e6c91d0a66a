"""Find date expressions in Arabic news text.

`find_dates(seg, lexicon)` returns the date expressions of a segmented
article as `DateExpr` records: where the expression is (original offsets,
token range, sentence) and what it says (year, month, day, weekday, part of
a period, a relative anchor, an amount).  It does not compute dates: that is
`rasd.resolve.calendar`, which needs the publication date for everything
relative.  All words come from `rasd/lexicons/calendar.yaml`; this module is
a small grammar over normalised tokens.

What is recognised
------------------
* absolute dates: "7 مارس 2016", "1 يونيو/ حزيران 2016", "الاثنين 7 مارس
  2016", "الخامس من يونيو", "15 رمضان 1437 هـ", "12-5-2016", "2016/5/12",
  "12.05.2016", day ranges "12-15 مايو" (`day_to`);
* months: "ديسمبر 2016", "آب/ أغسطس", "أغسطس (آب)", "في شهر رمضان",
  "مايو من العام الماضي", "أغسطس الماضي";
* years: "عام 2015", "العام 2015", "في 2015" (a bare 4-digit number needs a
  cue word before it: في, خلال, منذ, حتى ...), "1437 هـ", "صيف 2016";
* parts of periods: مطلع/أوائل/بداية/مستهل (early), منتصف/أواسط (mid),
  أواخر/نهاية/آخر/ختام (late) + month, year, week;
* days, weeks, months and years relative to publication: اليوم, أمس,
  أول أمس, غدا, weekdays ("يوم الجمعة", "ليل الخميس", "الاثنين الماضي",
  "أمس الخميس"), الأسبوع/الشهر/العام الماضي/الجاري/المقبل, "12 الجاري",
  "منذ ثلاثة أيام", "قبل يومين", "قبل أيام", "خلال الأيام الماضية".

Span convention
---------------
The span covers the expression itself, including its own nouns (يوم, شهر,
عام, ليلة, صباح ...) and part words (مطلع ...), but not a preposition before
it (في, خلال, منذ as a cue for a year) nor proclitics glued to its first
word ("وأمس" -> "أمس", "بالأمس" -> "الأمس").  When the first word carries
ل + ال with the alif dropped ("للعام الماضي") the whole word is kept.
"منذ"/"قبل" of an amount ("منذ ثلاثة أيام") are part of the span.

The `relative` vocabulary
-------------------------
None                  absolute: the text gives the year (or nothing relative)
today, yesterday, day_before_yesterday, tomorrow, day_after_tomorrow
weekday               a weekday alone ("يوم الجمعة"): the most recent such day
                      on or before publication (past-tense news)
last_weekday          weekday + الماضي/المنصرم: strictly before publication
next_weekday          weekday + المقبل/القادم: strictly after publication
weekday_before_last   weekday + قبل الماضي: a week before the last_weekday
this_week, last_week, week_before_last, next_week
this_month, last_month, month_before_last, next_month
this_year, last_year, year_before_last, next_year
                      (a month, day or weekday may come with these: "مايو من
                      العام الماضي", "12 الجاري", "الخميس من الأسبوع الماضي")
named_month           a month (with or without day) and no year: the most
                      recent such month on or before the publication month
named_month_last      month + الماضي: strictly before the publication month
named_month_this      month + الجاري/الحالي: the publication year
named_month_next      month + المقبل: strictly after the publication month
days_ago, weeks_ago, months_ago, years_ago   with `amount`
recent_days, recent_weeks, recent_months, recent_years
                      vague ("قبل أيام", "منذ أسابيع", "الأيام الماضية")

Not recognised: "مؤخرا"/"في الآونة الأخيرة" (no date: any time before
publication), "الأيام المقبلة", ordinals (الحي الثالث), numbers with units,
bare 4-digit numbers, "قبل يومين من ..." (relative to another event), dates
that name something ("ثورة 17 فبراير", "كتيبة 17 فبراير").
"""
from __future__ import annotations

import datetime
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from rasd.lexicons import load_yaml
from rasd.model import Span
from rasd.text.clitics import raw_cut, readings
from rasd.text.matcher import WordTest, name_tokens
from rasd.text.normalise import norm
from rasd.text.segment import Segmented, token_norms

T = TypeVar("T")

STRONG, WEAK, QUALIFIED, CONTEXT = 3, 2, 1, 0
_STRENGTHS = {"strong": STRONG, "weak": WEAK, "qualified": QUALIFIED, "context": CONTEXT}
_CLITIC_LETTERS = frozenset("وفبلك")
_OF = "ل"   # the preposition of belonging, glued to the year after a month ("رمضان لهذا العام")
_SEPARATORS = frozenset({"/", "-", "\\", "|", "–"})
_PERIOD_REL = {
    "week": {0: "this_week", -1: "last_week", -2: "week_before_last", 1: "next_week"},
    "month": {0: "this_month", -1: "last_month", -2: "month_before_last", 1: "next_month"},
    "year": {0: "this_year", -1: "last_year", -2: "year_before_last", 1: "next_year"},
}
# opening mark -> the marks that may close it, around a weekday set off after "اليوم"/"أمس"
_SET_OFF = {"(": ")", "«": "»", '"': '"', "“": "”\"", "-": "-–", "–": "-–"}
_MONTH_SUFFIX_REL = {-1: "named_month_last", 0: "named_month_this", 1: "named_month_next"}
_WEEKDAY_SUFFIX_REL = {-2: "weekday_before_last", -1: "last_weekday", 0: "weekday", 1: "next_weekday"}


class PhraseTable(Generic[T]):
    """Phrases (tuples of normalised tokens) -> one value, indexed by first token."""

    __slots__ = ("_heads", "_values")

    def __init__(self) -> None:
        self._values: dict[tuple[str, ...], T] = {}
        self._heads: dict[str, list[tuple[str, ...]]] = {}

    def add(self, name: str, value: T) -> None:
        phrase = name_tokens(str(name))
        if not phrase:
            return
        if phrase not in self._values:
            heads = self._heads.setdefault(phrase[0], [])
            heads.append(phrase)
            heads.sort(key=len, reverse=True)
        self._values[phrase] = value

    def get(self, name: str) -> T | None:
        return self._values.get(name_tokens(name))

    def items(self) -> Iterable[tuple[tuple[str, ...], T]]:
        return self._values.items()

    def heads(self) -> Iterable[str]:
        return self._heads.keys()

    def longest(self) -> int:
        """The number of words of the longest phrase (0 for an empty table)."""
        return max(map(len, self._values), default=0)

    def last_words(self) -> set[str]:
        """The last word of every phrase: a match at token k has one of them at k + its length - 1."""
        return {phrase[-1] for phrase in self._values}

    def match(self, n: list[str], i: int, end: int) -> tuple[T, int] | None:
        """Longest phrase starting at token `i` (before `end`): (value, index after it)."""
        if i >= end:
            return None
        heads = self._heads.get(n[i])
        if not heads:
            return None
        for ph in heads:
            k = len(ph)
            # the later words compared as one slice (a generator cost more than the compare of one or two words)
            if i + k <= end and tuple(n[i + 1:i + k]) == ph[1:]:
                return self._values[ph], i + k
        return None


@dataclass(frozen=True)
class MonthName:
    month: int
    calendar: str = "gregorian"
    strength: int = STRONG


@dataclass(frozen=True, eq=False)
class CalendarLexicon:
    """Everything `calendar.yaml` says, indexed for token-by-token matching."""

    months: PhraseTable[MonthName]
    month_nouns: frozenset[str]
    month_epithets: frozenset[str]
    weekdays: PhraseTable[int]
    weekday_not_after: frozenset[str]
    weekday_not_before: frozenset[str]
    relative_days: PhraseTable[str]
    relative_days_prefixed: PhraseTable[str]
    relative_days_before_weekday: PhraseTable[str]
    today_not_after: frozenset[str]
    today_not_before: frozenset[str]
    today_relatives: dict[str, frozenset[str]]
    day_prefixes: PhraseTable[bool]
    period_nouns: PhraseTable[str]
    period_after: PhraseTable[int]
    period_before: PhraseTable[int]
    current_month_alone: frozenset[str]
    parts: PhraseTable[str]
    seasons: frozenset[str]
    ordinal_days: PhraseTable[int]
    first_day_words: frozenset[str]
    hijri_markers: frozenset[str]
    gregorian_markers: frozenset[str]
    year_nouns: frozenset[str]
    context_cues: frozenset[str]
    counted_nouns: frozenset[str]
    name_prefixes: frozenset[str]
    ago_words: frozenset[str]
    ago_hedges: PhraseTable[bool]
    units: PhraseTable[tuple[str, str]]
    number_words: PhraseTable[int]
    vague_quantities: frozenset[str]
    vague_after: frozenset[str]
    vague_periods: PhraseTable[str]
    gregorian_years: tuple[int, int]
    hijri_years: tuple[int, int]
    triggers: frozenset[str]
    offset_before: frozenset[str] = frozenset()   # event_offsets: "قبل يومين من الهجوم"
    offset_after: frozenset[str] = frozenset()
    offset_links: frozenset[str] = frozenset()
    offset_hours: frozenset[str] = frozenset()
    feasts: "PhraseTable[tuple[int, int]]" = field(default_factory=lambda: PhraseTable())   # name -> (month, day)
    day_of_feast: "PhraseTable[int]" = field(default_factory=lambda: PhraseTable())         # "ثاني أيام" -> 1
    # the words at which an expression may start (`may_start`), remembered per word
    starts: WordTest = field(init=False, repr=False)
    # trigger word -> the expressions that may start with it (`openers`)
    opens: dict[str, frozenset[str]] = field(init=False, repr=False)
    # the words every expression reaches (`anchor_words`), and how far after its first token (`reaches`)
    anchor_set: frozenset[str] = field(init=False, repr=False)
    anchors: WordTest = field(init=False, repr=False)
    reaches: dict[str, int] = field(init=False, repr=False)
    _reach_of: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", WordTest(self.may_start))
        object.__setattr__(self, "opens", self.openers())
        object.__setattr__(self, "anchor_set", self.anchor_words())
        object.__setattr__(self, "anchors", WordTest(self.is_anchor))
        object.__setattr__(self, "reaches", self.opener_reaches())
        object.__setattr__(self, "_reach_of", {})

    def anchor_words(self) -> frozenset[str]:
        """The words one of which every expression that starts with a word has (digits aside): the last word
        of a month's, a weekday's, a relative day's, a period's, a unit's, a vague period's or a feast's name,
        or a word of the current month ("12 الجاري").  Every expression ends in one of these tables, or in
        digits, after the words that open it (`opener_reaches`)."""
        out: set[str] = set(self.current_month_alone)
        for table in (self.months, self.weekdays, self.relative_days, self.relative_days_prefixed,
                      self.relative_days_before_weekday, self.period_nouns, self.units, self.vague_periods,
                      self.feasts):
            out |= table.last_words()
        return frozenset(out)

    def is_anchor(self, w: str) -> bool:
        """Token `w` is digits or an anchor word (`anchor_words`), also after a proclitic."""
        anchors = self.anchor_set
        if w[:1].isdigit() or w in anchors:
            return True
        if w[:1] in _CLITIC_LETTERS:
            for rd in readings(w)[1:]:     # a loop, not any(generator)
                if rd.stem in anchors or rd.stem[:1].isdigit():
                    return True
        return False

    def opener_reaches(self) -> dict[str, int]:
        """Expression of `_Parser.core` (as `openers` names them) -> how many tokens after its first one its
        first anchor (digits, or the last word of an anchor table's name, `anchor_words`) stands at most.
        Each is the longest run of words the expression's grammar may put before its anchor, read from the
        tables: e.g. "period" is a word before a period noun ("هذا الشهر"), "ago" an ago word, a hedge, a
        number word and a unit ("قبل نحو ثلاثة أسابيع")."""
        def tail(*tables: PhraseTable[Any]) -> int:   # a name's words before its last
            return max(t.longest() for t in tables) - 1
        relday = tail(self.relative_days, self.relative_days_prefixed, self.relative_days_before_weekday)
        period = self.period_before.longest() + tail(self.period_nouns)      # "هذا الشهر"
        month = 1 + tail(self.months)                                        # "شهر" + a month's name
        year = 1                                                             # "عام" + digits
        day = max(1, self.ordinal_days.longest()) + 1 + max(month, period)   # "العاشر من" + month or period
        body = max(day, month)
        return {
            "prefixed": 3 * self.day_prefixes.longest() + max(relday, tail(self.weekdays), body, period),
            "relday": relday,
            "weekday": tail(self.weekdays),
            "date": body,
            "part": self.parts.longest() + max(month, period, year),
            "period": period,
            "ago": 1 + self.ago_hedges.longest() + max(1, self.number_words.longest()) + tail(self.units),
            "vague": tail(self.vague_periods),
            "year": year,
            "season": 1 + max(year, period),
            "feast": self.day_of_feast.longest() + tail(self.feasts),
        }

    def start_reach(self, w: str) -> int:
        """How many tokens after a start spelled `w` the expression's first anchor may stand (`opener_reaches`,
        over the expressions its word, or its stem after a proclitic, opens; 1 for the و of "عامي 2015 و2016")."""
        found = self._reach_of.get(w)
        if found is None:
            words = [w, *(rd.stem for rd in readings(w)[1:])] if w[:1] in _CLITIC_LETTERS else [w]
            found = max((self.reaches[name] for x in words for name in self.opens.get(x, ())),
                        default=0)
            if w == "و":
                found = max(found, 1)
            if len(self._reach_of) < 4096:   # start words are trigger words and their clitic forms
                self._reach_of[w] = found
        return found

    def openers(self) -> dict[str, frozenset[str]]:
        """word -> the expressions of `_Parser.core` that may start with it: each looks first for one of
        these words (a table's first words, or a word list) and finds nothing at any other."""
        first_words: dict[str, Iterable[str]] = {
            "prefixed": self.day_prefixes.heads(),
            "relday": [*self.relative_days.heads(), *self.relative_days_before_weekday.heads()],
            "weekday": self.weekdays.heads(),
            "date": [*self.first_day_words, *self.ordinal_days.heads(), *self.month_nouns, *self.months.heads()],
            "part": self.parts.heads(),
            "period": [*self.period_before.heads(), *self.period_nouns.heads()],
            "ago": self.ago_words,
            "vague": self.vague_periods.heads(),
            "year": self.year_nouns,
            "season": self.seasons,
            "feast": [*self.feasts.heads(), *self.day_of_feast.heads()],
        }
        out: dict[str, set[str]] = {}
        for name, words in first_words.items():
            for w in words:
                out.setdefault(w, set()).add(name)
        return {w: frozenset(names) for w, names in out.items()}

    def may_start(self, w: str) -> bool:
        """Whether `_Parser.parse_at` may find anything at a token spelled `w`: a trigger or a digit, also
        after a proclitic, or the و of "عامي 2015 و2016" (every other token is stepped over without
        looking at its context)."""
        triggers = self.triggers
        if w == "و" or w in triggers or w[:1].isdigit():
            return True
        if w[:1] in _CLITIC_LETTERS:
            for rd in readings(w)[1:]:     # a loop, not any(generator)
                if rd.stem in triggers:
                    return True
        return False

    def month_of(self, name: str) -> MonthName | None:
        """The month a written name stands for (for tests and callers)."""
        return self.months.get(name)


def _words(items: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(norm(str(w)) for w in (items or ()) if norm(str(w)))


def _word_map(mapping: dict[Any, Iterable[Any]] | None) -> dict[str, frozenset[str]]:
    """A word -> the words that go with it, all normalised."""
    return {norm(str(k)): _words(v) for k, v in (mapping or {}).items()}


def _table(mapping: dict[Any, Iterable[Any]] | None, convert: Any = lambda k: k) -> PhraseTable[Any]:
    t: PhraseTable[Any] = PhraseTable()
    for key, words in (mapping or {}).items():
        for w in words or ():
            t.add(str(w), convert(key))
    return t


def _offset_words(offsets: dict[str, Any] | None) -> dict[str, frozenset[str]]:
    """`event_offsets` of calendar.yaml as the lexicon's offset_* word sets."""
    return {f"offset_{key}": _words((offsets or {}).get(key)) for key in ("before", "after", "links", "hours")}


def load_calendar_lexicon() -> CalendarLexicon:
    """Build the lexicon from `calendar.yaml` (plus any RASD_LEXICONS overlay)."""
    data = load_yaml("calendar.yaml")

    months: PhraseTable[MonthName] = PhraseTable()
    for entry in data["months"]:
        mn = MonthName(int(entry["month"]), str(entry.get("calendar", "gregorian")),
                       _STRENGTHS[str(entry.get("strength", "strong"))])
        for w in entry["names"]:
            old = months.get(str(w))
            if old is None or (old.month, old.calendar) != (mn.month, mn.calendar) \
                    or old.strength < mn.strength:
                months.add(str(w), mn)

    units: PhraseTable[tuple[str, str]] = PhraseTable()
    for unit, forms in data["time_units"].items():
        for form, words in forms.items():
            for w in words:
                units.add(str(w), (str(unit), str(form)))

    hedges: PhraseTable[bool] = PhraseTable()
    for w in data.get("ago_hedges", ()):
        hedges.add(str(w), True)
    prefixes: PhraseTable[bool] = PhraseTable()
    for w in data.get("day_prefixes", ()):
        prefixes.add(str(w), True)
    parts = _table(data.get("parts"), str)
    weekdays = _table(data.get("weekdays"), int)
    rel_days = _table(data.get("relative_days"), str)
    rel_days_p = _table(data.get("relative_days_after_prefix"), str)
    rel_days_w = _table(data.get("relative_days_before_weekday"), str)
    period_nouns = _table(data.get("period_nouns"), str)
    period_before = _table(data.get("period_before"), int)
    ordinals = _table(data.get("ordinal_days"), int)
    vague = _table(data.get("vague_periods"), str)
    feasts: PhraseTable[tuple[int, int]] = PhraseTable()
    for entry in data.get("feasts") or []:
        for w in entry["names"]:
            feasts.add(str(w), (int(entry["month"]), int(entry["day"])))
    day_of_feast: PhraseTable[int] = PhraseTable()
    for phrase, offset in (data.get("day_of_feast") or {}).items():
        day_of_feast.add(str(phrase), int(offset))

    lex_sets = {
        "month_nouns": _words(data.get("month_nouns")),
        "seasons": _words(data.get("seasons")),
        "first_day_words": _words(data.get("first_day_words")),
        "year_nouns": _words(data.get("year_nouns")),
        "ago_words": _words(data.get("ago_words")),
    }
    triggers: set[str] = set()
    for table in (months, weekdays, rel_days, rel_days_p, rel_days_w, prefixes, period_nouns, period_before, parts,
                  ordinals, vague, feasts, day_of_feast):
        triggers.update(table.heads())
    for s in lex_sets.values():
        triggers.update(s)

    yr = data.get("year_range", {})
    return CalendarLexicon(
        months=months,
        month_epithets=_words(data.get("month_epithets")),
        weekdays=weekdays,
        weekday_not_after=_words(data.get("weekday_not_after")),
        weekday_not_before=_words(data.get("weekday_not_before")),
        relative_days=rel_days,
        relative_days_prefixed=rel_days_p,
        relative_days_before_weekday=rel_days_w,
        today_not_after=_words(data.get("today_not_after")),
        today_not_before=_words(data.get("today_not_before")),
        today_relatives=_word_map(data.get("today_relatives")),
        day_prefixes=prefixes,
        period_nouns=period_nouns,
        period_after=_table(data.get("period_after"), int),
        period_before=period_before,
        current_month_alone=_words(data.get("current_month_alone")),
        parts=parts,
        ordinal_days=ordinals,
        hijri_markers=_words(data.get("hijri_markers")),
        gregorian_markers=_words(data.get("gregorian_markers")),
        context_cues=_words(data.get("context_cues")),
        counted_nouns=_words(data.get("counted_nouns")),
        name_prefixes=_words(data.get("name_prefixes")),
        ago_hedges=hedges,
        units=units,
        number_words=_table(data.get("number_words"), int),
        vague_quantities=_words(data.get("vague_quantities")),
        vague_after=_words(data.get("vague_after")),
        vague_periods=vague,
        gregorian_years=tuple(int(x) for x in yr.get("gregorian", (1900, 2100))),  # type: ignore[arg-type]
        hijri_years=tuple(int(x) for x in yr.get("hijri", (1300, 1500))),  # type: ignore[arg-type]
        triggers=frozenset(triggers),
        feasts=feasts,
        day_of_feast=day_of_feast,
        **_offset_words(data.get("event_offsets")),
        **lex_sets,
    )


@lru_cache(maxsize=1)
def default_lexicon() -> CalendarLexicon:
    """The packaged lexicon, loaded once."""
    return load_calendar_lexicon()


# Never changed once made, but not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a generic call, several times a plain store), and ~3 are made an article, of 14 fields; unsafe_hash
# gives it the hash a frozen class has (of its fields)
@dataclass(unsafe_hash=True)
class DateExpr:
    """One date expression as written; see the module docstring for `relative`."""

    span: Span
    sentence: int
    first_token: int
    last_token: int               # exclusive
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None    # 0 = Monday ... 6 = Sunday
    part: str | None = None       # early | mid | late
    relative: str | None = None
    amount: int | None = None
    calendar: str = "gregorian"   # gregorian | hijri (of month/day/year as written)
    day_to: int | None = None     # last day of a range ("12-15 مايو")
    overnight: bool = False       # a night named by its two days ("ليل الجمعة/ السبت"): the weekday and the next


# --- the grammar ------------------------------------------------------------


class _R:
    """A partial parse: where it ends and the fields found so far."""

    __slots__ = (
        "amount",
        "calendar",
        "day",
        "day_to",
        "explicit_year",
        "overnight",
        "j",
        "month",
        "part",
        "relative",
        "weekday",
        "year",
    )

    def __init__(self, j: int, **kw: Any) -> None:
        self.j = j
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.weekday: int | None = None
        self.part: str | None = None
        self.relative: str | None = None
        self.amount: int | None = None
        self.calendar = "gregorian"
        self.day_to: int | None = None
        self.explicit_year = False
        self.overnight = False
        for k, v in kw.items():
            setattr(self, k, v)


def _digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


def _best(*cands: _R | None) -> _R | None:
    best: _R | None = None
    for c in cands:
        if c is not None and (best is None or c.j > best.j):
            best = c
    return best


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _with_days(r: _R, day: int, day_to: int | None) -> _R | None:
    """The month expression r with its day (or days), when the month has them."""
    limit = 30 if r.calendar == "hijri" else _MONTH_DAYS[r.month - 1]
    if day > limit or (day_to or 0) > limit:
        return None
    if r.explicit_year and r.calendar == "gregorian":
        try:
            datetime.date(r.year, r.month, day)  # type: ignore[arg-type]
        except ValueError:
            return None
    r.day, r.day_to = day, day_to
    return r


def _ymd(parts: list[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a numeric date: year first (2016/5/12) or last (12/5/2016)."""
    if len(parts[0]) == 4 and len(parts[1]) <= 2 and len(parts[2]) <= 2:
        return int(parts[0]), int(parts[1]), int(parts[2])
    if len(parts[2]) == 4 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
        return int(parts[2]), int(parts[1]), int(parts[0])
    return None


def _month_licensed(strength: int, licensed: bool, qualified: bool) -> bool:
    """Whether a month name with no day, no year written in full and no second month name is a date: a strong
    one always, a weak one after a preposition cue or with a qualifier (شهر, a year, الماضي), a qualified one
    only with a qualifier."""
    return strength == STRONG or (strength == WEAK and (licensed or qualified)) or \
        (strength == QUALIFIED and qualified)


class _Parser:
    def __init__(self, lex: CalendarLexicon, seg: Segmented) -> None:
        self.lex = lex
        self.toks = seg.tokens
        self.n = list(token_norms(seg))    # a list (copied in C, ~5k instructions): a word may be replaced by its stem
        self.start = 0  # first token of the current sentence
        self.end = 0    # end (exclusive) of the current sentence

    # -- small pieces --------------------------------------------------------

    def _tok(self, k: int) -> str:
        return self.n[k] if self.start <= k < self.end else ""

    def _word_in(self, k: int, words: frozenset[str]) -> bool:
        """Token `k` (of this sentence), or its proclitic-stripped stem, is one of `words`."""
        if not self.start <= k < self.end:
            return False
        w = self.n[k]
        if w in words:
            return True
        return w[:1] in _CLITIC_LETTERS and any(r.stem in words for r in readings(w)[1:])

    def _is_cue(self, k: int) -> bool:
        return self._word_in(k, self.lex.context_cues)

    def year4(self, k: int) -> tuple[int, str, int] | None:
        """A 4-digit year at `k` with an optional era marker: (year, calendar, end)."""
        t = self._tok(k)
        if len(t) != 4 or not _digits(t):
            return None
        y = int(t)
        g, h = self.lex.gregorian_years, self.lex.hijri_years
        if g[0] <= y <= g[1]:
            cal = "gregorian"
        elif h[0] <= y <= h[1]:
            cal = "hijri"
        else:
            return None
        j = k + 1
        nxt = self._tok(j)
        markers = self.lex.hijri_markers if cal == "hijri" else self.lex.gregorian_markers
        if nxt in markers:
            j += 1
        return y, cal, j

    def day_at(self, k: int) -> tuple[int, int, bool] | None:
        """A day of the month at `k`: (day, end, needs_min) - ordinals need "من"."""
        t = self._tok(k)
        if not t:
            return None
        if _digits(t) and len(t) <= 2:
            d = int(t)
            return (d, k + 1, False) if 1 <= d <= 31 else None
        if t in self.lex.first_day_words:
            return 1, k + 1, False
        m = self.lex.ordinal_days.match(self.n, k, self.end)
        if m:
            # an ordinal after a definite noun qualifies it ("الأسبوع الأول من الشهر")
            prev = self._tok(k - 1)
            if prev[:1] in ("و", "ف"):
                prev = prev[1:]
            if prev.startswith("ال") and not self.lex.weekdays.match(self.n, k - 1, self.end):
                return None
            return m[0], m[1], True
        return None

    def period_rel(self, k: int) -> tuple[str, int, int] | None:
        """"الأسبوع الماضي", "هذا الشهر", "العام قبل الماضي": (unit, offset, end)."""
        lex, n, end = self.lex, self.n, self.end
        b = lex.period_before.match(n, k, end)
        if b:
            p = lex.period_nouns.match(n, b[1], end)
            return (p[0], b[0], p[1]) if p else None
        p = lex.period_nouns.match(n, k, end)
        if p:
            a = lex.period_after.match(n, p[1], end)
            if a:
                return p[0], a[0], a[1]
        return None

    def month_group(self, k: int) -> tuple[MonthName, int, bool, bool] | None:
        """[شهر] name [/ name | (name)]: (month, end, with_noun, combined)."""
        lex, n, end = self.lex, self.n, self.end
        j = k
        noun = False
        if self._tok(j) in lex.month_nouns:
            noun = True
            j += 1
        m = lex.months.match(n, j, end)
        if not m:
            return None
        mn, j = m
        combined = False
        t = self._tok(j)
        if t in _SEPARATORS:
            m2 = lex.months.match(n, j + 1, end)
            if m2 and (m2[0].month, m2[0].calendar) == (mn.month, mn.calendar):
                j, combined = m2[1], True
        elif t == "(":
            m2 = lex.months.match(n, j + 1, end)
            if m2 and (m2[0].month, m2[0].calendar) == (mn.month, mn.calendar) and self._tok(m2[1]) == ")":
                j, combined = m2[1] + 1, True
        else:
            m2 = lex.months.match(n, j, end)
            if m2 and (m2[0].month, m2[0].calendar) == (mn.month, mn.calendar):
                j, combined = m2[1], True
        if mn.calendar == "hijri" and self._tok(j) in lex.month_epithets:
            j += 1
        return mn, j, noun, combined

    def year_part(self, k: int, calendar: str) -> _R | None:
        """What follows a month: ", 2016", "من عام 2016", "من العام الماضي", "العام الجاري", and with the
        preposition of belonging glued to it, "لهذا العام", "لعام 2014" ("أوائل شهر رمضان لهذا العام")."""
        r = self._year_part(k, calendar)
        w = self._tok(k)
        if r is not None or w[:1] != _OF:
            return r
        for rd in readings(w)[1:]:
            if rd.cut != len(_OF):
                continue
            self.n[k] = rd.stem
            try:
                r = self._year_part(k, calendar)
            finally:
                self.n[k] = w
            if r is not None:
                return r
        return None

    def _year_part(self, k: int, calendar: str) -> _R | None:
        lex = self.lex
        starts = [k]
        if self._tok(k) in (",", "من"):
            starts.append(k + 1)
        for s in starts:
            for j in ((s, s + 1) if self._tok(s) in lex.year_nouns else (s,)):
                y = self.year4(j)
                if y:
                    year, ycal, e = y
                    if calendar == "gregorian" and ycal == "hijri":
                        continue
                    return _R(e, year=year, explicit_year=True)
            if self._tok(s) == ",":
                continue
            pr = self.period_rel(s)
            if pr and pr[0] == "year":
                return _R(pr[2], relative=_PERIOD_REL["year"].get(pr[1]))
        return None

    # -- expressions ---------------------------------------------------------

    def month_expr(self, k: int, licensed: bool, day: bool = False) -> _R | None:
        """A month (after a day, or on its own) with its year or qualifier."""
        g = self.month_group(k)
        if not g:
            return None
        mn, j, noun, combined = g
        r = _R(j, month=mn.month, calendar=mn.calendar)
        yp = self.year_part(j, mn.calendar)
        if yp and yp.relative is None and yp.year is None:
            yp = None
        suffix = None
        if yp:
            r.j, r.year, r.relative, r.explicit_year = yp.j, yp.year, yp.relative, yp.explicit_year
        else:
            t = self._tok(j)
            if t not in ("هذا", "هذه"):
                a = self.lex.period_after.match(self.n, j, self.end)
                if a and a[0] in _MONTH_SUFFIX_REL:
                    suffix = _MONTH_SUFFIX_REL[a[0]]
                    r.j, r.relative = a[1], suffix
            if r.relative is None:
                r.relative = "named_month"
        qualified = noun or yp is not None or suffix is not None
        return r if combined or day or r.explicit_year or _month_licensed(mn.strength, licensed, qualified) else None

    def date_body(self, k: int, licensed: bool) -> _R | None:
        """Dates with a day or a month: numeric, day + month, month alone."""
        r = self.numeric(k)
        if r:
            return r
        d = self.day_at(k)
        if d:
            return self.day_expr(k, d)
        return self.month_expr(k, licensed)

    def day_expr(self, k: int, d: tuple[int, int, bool]) -> _R | None:
        day, j, needs_min = d
        if not needs_min and self._tok(j) == "/":
            return self.slashed_day_month(day, j + 1)
        tries: list[tuple[int | None, int]] = []
        if not needs_min and self._tok(j) in ("-", "–", "و", "الي", "حتي"):
            d2 = self._tok(j + 1)
            if _digits(d2) and len(d2) <= 2 and day < int(d2) <= 31:
                tries.append((int(d2), j + 2))
        tries.append((None, j))
        for day_to, jj in tries:
            has_min = self._tok(jj) == "من"
            if needs_min and not has_min:
                continue
            j2 = jj + 1 if has_min else jj
            r = self.month_expr(j2, True, day=True)
            if r:
                return _with_days(r, day, day_to)
            if day_to is not None:
                continue
            r = self.day_of_relative_month(j2, day)
            if r:
                return r
        return None

    def slashed_day_month(self, day: int, j: int) -> _R | None:
        """"7 / يوليو / 2015", "10/شوال/1436هـ": a day, a month's name and a 4-digit year parted by slashes
        (a form of letters and statements); the year must be there."""
        g = self.month_group(j)
        if g is None or self._tok(g[1]) != "/":
            return None
        mn, j = g[0], g[1] + 1
        y = self.year4(j)
        if y is None or (mn.calendar == "gregorian" and y[1] == "hijri"):
            return None
        return _with_days(_R(y[2], year=y[0], month=mn.month, calendar=mn.calendar, explicit_year=True), day, None)

    def day_of_relative_month(self, j: int, day: int) -> _R | None:
        """A day of a relative month: "12 الجاري", "العاشر من الشهر الماضي"."""
        if self._tok(j) in self.lex.current_month_alone:
            return _R(j + 1, day=day, relative="this_month")
        pr = self.period_rel(j)
        if pr and pr[0] == "month" and pr[1] in _PERIOD_REL["month"]:
            return _R(pr[2], day=day, relative=_PERIOD_REL["month"][pr[1]])
        return None

    def numeric(self, k: int) -> _R | None:
        """12-5-2016, 12/05/2016, 2016/5/12, 12.05.2016 (day first unless the year leads)."""
        t = self._tok(k)
        if not t or not t[0].isdigit():
            return None
        found = self.numeric_parts(k, t)
        if found is None:
            return None
        parts, j = found
        if len(parts) != 3 or not all(_digits(p) for p in parts) or self.glued_to_numbers(k, j):
            return None
        ymd = _ymd(parts)
        if ymd is None:
            return None
        y, m, d = ymd
        y4 = self.year4(j - 1) if len(parts[2]) == 4 and "." not in t else None
        cal = self.numeric_calendar(y, m, d)
        if cal is None:
            return None
        if y4:  # an era marker after the year
            j = y4[2]
        elif cal == "hijri" and self._tok(j) in self.lex.hijri_markers:
            j += 1
        return _R(j, year=y, month=m, day=d, calendar=cal, explicit_year=True)

    def numeric_parts(self, k: int, t: str) -> tuple[list[str], int] | None:
        """The three numbers of a numeric date at token k (one token "12.05.2016", or five tokens
        glued: "12", "-", "5", "-", "2016") and the token after them."""
        if "." in t:
            return t.split("."), k + 1
        if not _digits(t):
            return None
        sep = self._tok(k + 1)
        if sep not in ("-", "/") or self._tok(k + 3) != sep:
            return None
        p2, p3 = self._tok(k + 2), self._tok(k + 4)
        if not (_digits(p2) and _digits(p3)):
            return None
        toks = self.toks
        if any(toks[x].end != toks[x + 1].start for x in range(k, k + 4)) and \
                not (sep == "/" and 4 in (len(t), len(p3))):
            return None  # spaced only with slashes and a year of four digits ("15 / 10 / 1436هـ", as SPA writes)
        return [t, p2, p3], k + 5

    def glued_to_numbers(self, k: int, j: int) -> bool:
        """More numbers glued before or after: a phone number or a code, not a date."""
        if self._tok(j) in ("-", "/", ".") and _digits(self._tok(j + 1)):
            return True
        return k > self.start and self.n[k - 1] in ("-", "/", "+") and k - 1 > self.start \
            and _digits(self.n[k - 2])

    def numeric_calendar(self, y: int, m: int, d: int) -> str | None:
        """"gregorian" or "hijri" by the year's range, when the day exists in it."""
        g, h = self.lex.gregorian_years, self.lex.hijri_years
        if g[0] <= y <= g[1]:
            try:
                datetime.date(y, m, d)
            except ValueError:
                return None
            return "gregorian"
        if h[0] <= y <= h[1]:
            return "hijri" if 1 <= m <= 12 and 1 <= d <= 30 else None
        return None

    def relday_expr(self, k: int, prefixed: bool, start: int) -> _R | None:
        lex, n, end = self.lex, self.n, self.end
        m = lex.relative_days.match(n, k, end)
        if not m and prefixed:
            m = lex.relative_days_prefixed.match(n, k, end)
        only_with_weekday = not m   # "غد الأحد": غد alone is not a date here
        if not m:
            m = lex.relative_days_before_weekday.match(n, k, end)
        if not m:
            return None
        rel, j = m
        if rel == "today" and j == k + 1 and (  # "ذلك اليوم", "اليوم التالي", "اليوم الذي"
                self._word_in(k - 1, lex.today_not_after) or self._word_in(start - 1, lex.today_not_after)
                or self._tok(j) in lex.today_not_before or self._relative_on_the_day(k, j)):
            return None
        r = _R(j, relative=rel)
        w = lex.weekdays.match(n, j, end) or self.set_off_weekday(j)
        if only_with_weekday and not w:
            return None
        if w:
            r.weekday, r.j = w
            jj = r.j + 1 if self._tok(r.j) == "," else r.j
            db = self.date_body(jj, True)
            if db and (db.day is not None):
                db.weekday = r.weekday
                return db
        return r

    def _relative_on_the_day(self, k: int, j: int) -> bool:
        """A relative pronoun at `j` that agrees with the day word at `k` ("اليوم الذي", "الليلة التي": the day or
        night which); one that does not is on the noun before it ("هجمات اليوم التي": today's attacks, which)."""
        return any(self._tok(j) in pronouns and self._word_in(k, frozenset((noun,)))
                   for noun, pronouns in self.lex.today_relatives.items())

    def set_off_weekday(self, j: int) -> tuple[int, int] | None:
        """A weekday in brackets, quotes or dashes at token j, as newspapers set it after the relative day
        ("اليوم (الاثنين)", "أمس «الأحد»", "أمس - الأحد -"): (weekday, index after the closing mark)."""
        close = _SET_OFF.get(self._tok(j))
        w = self.lex.weekdays.match(self.n, j + 1, self.end) if close else None
        if w is None or self._tok(w[1]) not in close:  # type: ignore[operator]
            return None
        return w[0], w[1] + 1

    def weekday_expr(self, k: int, start: int) -> _R | None:
        lex, n, end = self.lex, self.n, self.end
        w = lex.weekdays.match(n, k, end)
        if not w:
            return None
        wd, j = w
        if self._word_in(k - 1, lex.weekday_not_after) or self._word_in(start - 1, lex.weekday_not_after) \
                or self._tok(j) in lex.weekday_not_before:
            return None
        # "ليل الخميس-الجمعة", "ليلة الخميس على الجمعة": the night between the first day and the next
        t = self._tok(j)
        overnight = False
        if t in ("-", "/", "علي", "الي") and lex.weekdays.match(n, j + 1, end):
            j, overnight = lex.weekdays.match(n, j + 1, end)[1], True  # type: ignore[index]
        elif lex.weekdays.match(n, j, end):
            j, overnight = lex.weekdays.match(n, j, end)[1], True  # type: ignore[index]
        jj = j + 1 if self._tok(j) == "," else j
        db = self.date_body(jj, True)
        if db and db.day is not None:
            db.weekday = wd
            return db
        r = _R(j, weekday=wd, relative="weekday", overnight=overnight)
        a = lex.period_after.match(n, j, end)
        if a and a[0] in _WEEKDAY_SUFFIX_REL and self._tok(j) not in ("هذا", "هذه"):
            r.j, r.relative = a[1], _WEEKDAY_SUFFIX_REL[a[0]]
        elif self._tok(j) == "من":
            pr = self.period_rel(j + 1)
            if pr and pr[0] == "week" and pr[1] in _PERIOD_REL["week"]:
                r.j, r.relative = pr[2], _PERIOD_REL["week"][pr[1]]
        return r

    def part_expr(self, k: int) -> _R | None:
        lex, n, end = self.lex, self.n, self.end
        p = lex.parts.match(n, k, end)
        if not p:
            return None
        part, j = p
        cands: list[_R | None] = [self.month_expr(j, True)]
        pr = self.period_rel(j)
        if pr and pr[1] in _PERIOD_REL[pr[0]]:
            cands.append(_R(pr[2], relative=_PERIOD_REL[pr[0]][pr[1]]))
        else:
            pn = lex.period_nouns.match(n, j, end)  # "مطلع العام", "نهاية الأسبوع"
            if pn:
                cands.append(_R(pn[1], relative=_PERIOD_REL[pn[0]][0]))
        cands.append(self.year_expr(j, cued=True))
        r = _best(*cands)
        if r is None or r.day is not None:
            return None
        r.part = part
        return r

    def year_expr(self, k: int, cued: bool) -> _R | None:
        """"عام 2015", "العام 1437 هـ"; a bare "2015" only after a cue word."""
        t = self._tok(k)
        if t in self.lex.year_nouns:
            y = self.year4(k + 1)
            if y:
                return _R(y[2], year=y[0], calendar=y[1], explicit_year=True)
            return None
        if not cued:
            return None
        y = self.year4(k)
        if not y or self._tok(y[2]) in self.lex.counted_nouns:
            return None
        # a marker-less year glued to a separator and more digits is a range or a code
        return _R(y[2], year=y[0], calendar=y[1], explicit_year=True)

    def season_expr(self, k: int) -> _R | None:
        if self._tok(k) not in self.lex.seasons:
            return None
        r = self.year_expr(k + 1, cued=True)
        if r:
            return r
        pr = self.period_rel(k + 1)
        if pr and pr[0] == "year" and pr[1] in _PERIOD_REL["year"]:
            return _R(pr[2], relative=_PERIOD_REL["year"][pr[1]])
        return None

    def period_expr(self, k: int) -> _R | None:
        pr = self.period_rel(k)
        if pr and pr[1] in _PERIOD_REL[pr[0]]:
            return _R(pr[2], relative=_PERIOD_REL[pr[0]][pr[1]])
        return None

    def vague_expr(self, k: int) -> _R | None:
        m = self.lex.vague_periods.match(self.n, k, self.end)
        return _R(m[1], relative=m[0]) if m else None

    def ago_expr(self, k: int) -> _R | None:
        """"منذ ثلاثة أيام", "قبل يومين", "قبل نحو 3 أسابيع", "منذ أيام"."""
        lex, n, end = self.lex, self.n, self.end
        if self._tok(k) not in lex.ago_words:
            return None
        j = k + 1
        h = lex.ago_hedges.match(n, j, end)
        if h:
            j = h[1]
        counted = self.ago_count(j)
        if counted is None:
            return None
        amount, vague, u = counted
        (unit, _form), j = u
        if amount is not None and not vague:
            nw2 = lex.number_words.match(n, j, end)  # "يوم واحد", "أسبوعين اثنين"
            if nw2 and (_form != "singular" or nw2[0] == 1):
                j = nw2[1]
        if vague and self._tok(j) in lex.vague_after:
            j += 1
        if self._tok(j) == "من":
            return None  # "قبل يومين من الانتخابات": relative to another event
        if vague:
            return _R(j, relative=f"recent_{unit}s")
        return _R(j, relative=f"{unit}s_ago", amount=amount)

    def ago_count(self, j: int) -> tuple[int | None, bool, tuple[tuple[str, str], int]] | None:
        """What "منذ"/"قبل" counts, at token j: (amount, vague, ((unit, form), end of the unit)),
        or None when no unit of time follows ("منذ عام 2011" is a date, not an amount)."""
        lex, n, end = self.lex, self.n, self.end
        t = self._tok(j)
        unit_at = j
        if _digits(t) and len(t) <= 3 and int(t) > 0:
            u = lex.units.match(n, j + 1, end)
            return (int(t), False, u) if u else None
        if (nw := lex.number_words.match(n, j, end)) is not None:
            u = lex.units.match(n, nw[1], end)
            return (nw[0], False, u) if u else None
        if t in lex.vague_quantities:
            u = lex.units.match(n, j + 1, end)
            return (None, True, u) if u else None
        u = lex.units.match(n, j, end)
        if not u:
            return None
        form = u[0][1]
        if form == "dual":
            return 2, False, u
        if form == "singular":
            if self.core(unit_at, unit_at, cued=False) is not None:
                return None  # "منذ عام 2011", "منذ شهر رمضان", "منذ يوم الجمعة"
            return 1, False, u
        return None, True, u

    def prefixed_expr(self, k: int, start: int) -> _R | None:
        lex, n, end = self.lex, self.n, self.end
        j = k
        for _ in range(3):
            p = lex.day_prefixes.match(n, j, end)
            if not p:
                break
            j = p[1]
        if j == k:
            return None
        return _best(self.relday_expr(j, True, start), self.weekday_expr(j, start),
                     self.date_body(j, True), self.period_expr(j))

    def core(self, k: int, start: int, cued: bool) -> _R | None:
        t = self.n[k]
        if _digits(t[:1]):
            return _best(self.date_body(k, cued), self.year_expr(k, cued))
        # only the expressions that may start with this word (CalendarLexicon.openers): every other one
        # would find nothing; a word that opens none (not a trigger) starts no date
        opens = self.lex.opens.get(t)
        if not opens:
            return None
        return _best(
            self.prefixed_expr(k, start) if "prefixed" in opens else None,
            self.relday_expr(k, False, start) if "relday" in opens else None,
            self.weekday_expr(k, start) if "weekday" in opens else None,
            self.date_body(k, cued) if "date" in opens else None,
            self.part_expr(k) if "part" in opens else None,
            self.period_expr(k) if "period" in opens else None,
            self.ago_expr(k) if "ago" in opens else None,
            self.vague_expr(k) if "vague" in opens else None,
            self.year_expr(k, cued) if "year" in opens else None,
            self.season_expr(k) if "season" in opens else None,
            self.feast_expr(k) if "feast" in opens else None,
        )

    def feast_expr(self, k: int) -> _R | None:
        """"ثاني أيام عيد الفطر", "عيد الأضحى": the feast's Hijri day (plus the days counted before its name),
        with no year (the year of publication decides, as for "15 رمضان")."""
        lex = self.lex
        offset, feast = 0, lex.feasts.match(self.n, k, self.end)
        counted = lex.day_of_feast.match(self.n, k, self.end) if feast is None else None
        if counted is not None:
            offset = counted[0]
            feast = lex.feasts.match(self.n, counted[1], self.end)
        if feast is None:
            return None
        (month, day), end = feast
        if offset < 0:   # the eve: the day before the feast
            return _R(end, month=month if day > 1 else month - 1, day=day - 1 if day > 1 else 29,
                      calendar="hijri", relative="named_month")
        return _R(end, month=month, day=day + offset, calendar="hijri", relative="named_month")

    # -- driver --------------------------------------------------------------

    def parse_at(self, i: int) -> tuple[_R, int, bool] | None:
        """The longest expression starting at token `i`: (parse, clitic cut, restored_al)."""
        w = self.n[i]
        cued = self._is_cue(i - 1)
        if w in self.lex.triggers or w[:1].isdigit():
            r = self.core(i, i, cued)
            if r is not None:
                return r, 0, False
        if w[:1] in _CLITIC_LETTERS:
            for rd in readings(w)[1:]:
                if rd.stem not in self.lex.triggers:
                    continue
                self.n[i] = rd.stem
                try:
                    r = self.core(i, i, cued)
                finally:
                    self.n[i] = w
                if r is not None:
                    return r, rd.cut, rd.restored_al
        return None

    def is_name(self, i: int, r: _R) -> bool:
        """"ثورة 17 فبراير", "كتيبة الفاتح من سبتمبر", "ثورة 11 فبراير 2011": a day-month, with its year or not,
        naming something."""
        return (r.relative == "named_month" or r.year is not None) and r.day is not None and r.month is not None \
            and self._word_in(i - 1, self.lex.name_prefixes)




@dataclass(frozen=True)
class EventOffset:
    """"بعد يومين على", "قبل ساعات من": `sign` -1 (before) or 1 (after) the incident named next, `days` its
    count of days (None: hours, within a day of it), `end` the token after the linking preposition."""
    sign: int
    days: int | None
    end: int


_CONJUNCTION = "و"


def event_offset(n: list[str], i: int, end: int, lexicon: CalendarLexicon | None = None) -> EventOffset | None:
    """The span before or after another incident that starts at token `i` of the normalised tokens `n` (up to
    `end`): "بعد يومين على", "وقبل ثلاثة أيام من", "بعد ساعات قليلة من"; None for a vague count ("بعد أيام")."""
    lex = lexicon or default_lexicon()
    w = n[i]
    if w.startswith(_CONJUNCTION) and w[1:] in lex.offset_before | lex.offset_after:
        w = w[1:]
    sign = -1 if w in lex.offset_before else 1 if w in lex.offset_after else 0
    if not sign:
        return None
    j = i + 1
    h = lex.ago_hedges.match(n, j, end)
    if h:
        j = h[1]
    days: int | None = None
    if j < end and n[j] in lex.offset_hours:
        j += 1
        if j < end and n[j] in lex.vague_after:
            j += 1   # "بعد ساعات قليلة من"
    else:
        counted = _day_count(lex, n, j, end)
        if counted is None:
            return None
        days, j = counted
    return EventOffset(sign, days, j + 1) if j < end and n[j] in lex.offset_links else None


def _day_count(lex: CalendarLexicon, n: list[str], j: int, end: int) -> tuple[int, int] | None:
    """A count of days at token j ("يوم", "يومين", "ثلاثة أيام", "3 أيام"): (days, the token after it)."""
    amount = None
    if j < end and _digits(n[j]) and len(n[j]) <= 2:
        amount, j = int(n[j]), j + 1
    elif (nw := lex.number_words.match(n, j, end)) is not None:
        amount, j = nw
    u = lex.units.match(n, j, end)
    if u is None or u[0][0] != "day":
        return None
    form = u[0][1]
    if amount is None:
        amount = {"singular": 1, "dual": 2}.get(form)
    return (amount, u[1]) if amount else None


def _anchored(lex: CalendarLexicon, starts: list[int], anchors: list[int], n: list[str]) -> list[int]:
    """The starts with an anchor (digits, or a word of `CalendarLexicon.anchor_words`; `anchors`, sorted) at
    most `start_reach` tokens after them: every expression has one, so a start with none so near (هذه، بعد،
    قبل with no period, day or unit after them) starts nothing, and is not tried."""
    out: list[int] = []
    a, reach = 0, lex.start_reach
    for k in starts:
        while a < len(anchors) and anchors[a] < k:
            a += 1
        if a < len(anchors) and anchors[a] <= k + reach(n[k]):
            out.append(k)
    return out


def find_dates(seg: Segmented, lexicon: CalendarLexicon | None = None) -> list[DateExpr]:
    """Date expressions of a segmented text, non-overlapping, in text order."""
    lex = lexicon or default_lexicon()
    p = _Parser(lex, seg)
    toks, n, raw = seg.tokens, p.n, seg.text.raw
    out: list[DateExpr] = []
    # the words where an expression may start, found for the whole text at once; every other
    # token is stepped over
    starts = _anchored(lex, lex.starts.positions(seg.words), lex.anchors.positions(seg.words), n)
    for sent in seg.sentences:
        p.start, p.end = sent.first_token, sent.last_token
        i = sent.first_token
        c = bisect_left(starts, i)
        while True:
            while c < len(starts) and starts[c] < i:
                c += 1
            if c == len(starts) or starts[c] >= sent.last_token:
                break
            i = starts[c]
            found = p.parse_at(i)
            if found is None and n[i] == "و" and out and out[-1].last_token == i \
                    and out[-1].year is not None and out[-1].month is None and out[-1].relative is None:
                y = p.year4(i + 1)  # "عامي 2015 و2016"
                if y:
                    found = _R(y[2], year=y[0], calendar=y[1], explicit_year=True), 0, False
                    i += 1
            if found is None:
                i += 1
                continue
            r, cut, restored = found
            if p.is_name(i, r):
                i = r.j
                continue
            tok = toks[i]
            start = tok.start if restored else raw_cut(tok, cut)
            end = toks[r.j - 1].end
            out.append(DateExpr(
                span=Span(start, end, raw[start:end]), sentence=sent.index, first_token=i,
                last_token=r.j, year=r.year, month=r.month, day=r.day, weekday=r.weekday,
                part=r.part, relative=r.relative, amount=r.amount, calendar=r.calendar,
                day_to=r.day_to, overnight=r.overnight,
            ))
            i = r.j
    return out
