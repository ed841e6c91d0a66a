"""Turn recognised date expressions into ISO dates with a precision.

`resolve(expr, published)` maps a `DateExpr` (rasd.recognise.dates) to a
`ResolvedDate`: an ISO string at the stated precision and the precision.

    day    "2016-08-04"
    week   "2016-08-01"  the first day of the span: the Monday of an ISO week
                         ("الأسبوع الماضي"), the first day of a short day
                         range ("12-15 مايو")
    month  "2016-08"
    year   "2016"
    unknown  date None

Decisions (see also the vocabulary in rasd.recognise.dates):

* Everything relative needs the publication date; with `published=None` it
  resolves to (None, "unknown").  A month or day-month without a year is
  relative too (named_month).  Expressions with an explicit year resolve
  without it.
* A bare weekday ("يوم الجمعة") is the most recent such day on or before
  publication (news reports the past; a wire story dated Friday that says
  "الجمعة" means that day).  With الماضي/المنصرم it is strictly before
  publication (so "الاثنين الماضي" published on a Monday is 7 days earlier),
  and not the day before it ("الاثنين الماضي" published on a Tuesday is 8
  days earlier: copy printed the day after it was written counts from the
  day of writing, and a text of that day says "أمس"); with المقبل strictly
  after.  "أمس الخميس" is yesterday when the weekday
  agrees.  When it does not, the weekday wins: it is the last such day on or
  before the relative day.  Wire copy says "اليوم الاثنين" on the day it is
  written and a paper prints it the next morning, and a feed's publication
  date is often the day the page was read; the named weekday travels with
  the text, the publication date does not.  Where every such pair in a text
  names the same day before the one the publication date gives (up to six
  days), the text's bare "أمس"/"اليوم" count from that day too (`writing_day`).
* A month without a year is the most recent such month on or before the
  publication month; "أغسطس الماضي" is strictly before it (published in
  August: August of the previous year); "المقبل" strictly after.  A day and
  month without a year take the year of their month the same way (a day
  later in the publication month is kept in that month: scheduled events).
* Parts of a period (مطلع/منتصف/أواخر) keep the precision of the period;
  `part` stays on the DateExpr for whoever wants more.
* "قبل أيام"/"منذ أيام"/"الأيام الماضية" -> some day of the 7 days before
  publication: the month they fall in, or unknown when they fall in two
  (SCHEMA.md's convention for a day uncertain between several).
  "قبل أسابيع", "منذ أشهر", "السنوات الأخيرة" -> unknown: too vague to put
  in any one week or month.
* N weeks ago -> the Monday of the ISO week containing publication - 7N;
  N months ago -> that month; N years ago -> that year.
* Day ranges of up to 7 days -> week precision from the first day; longer
  ranges -> month precision.
* A night named by its two days ("ليل الجمعة/ السبت") -> the month of the
  two, or unknown when they fall in two months (SCHEMA.md's convention for
  a day uncertain between two).
* Hijri dates are converted with the Umm al-Qura calendar of the
  `hijridate` package (AH 1343-1500); outside its range, or when the
  package is missing, the tabular (arithmetic) Islamic calendar is used,
  which may differ from the announced month starts by 1-2 days.  A Hijri
  month at month precision is the Gregorian month containing its first day
  (or, with a part word, the day 1/15/25 of that Hijri month).  A Hijri
  month without a year is the most recent one that began on or before
  publication.  A Hijri year alone is the Gregorian year containing its
  1 Rajab (its middle).  A Hijri month with a Gregorian year ("رمضان 2016")
  is the one that began in that Gregorian year.
"""
from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.datespan import span
from rasd.recognise.dates import CalendarLexicon, DateExpr, default_lexicon, find_dates
from rasd.text.segment import segment

try:  # Umm al-Qura tables
    from hijridate import Gregorian as _UQGregorian
    from hijridate import Hijri as _UQHijri
except ImportError:  # pragma: no cover - exercised only without the package
    _UQGregorian = _UQHijri = None


@dataclass(frozen=True)
class ResolvedDate:
    date: str | None   # ISO at the precision; None when unresolvable
    precision: str     # day | week | month | year | unknown


UNKNOWN = ResolvedDate(None, "unknown")

_DAY_OFFSETS = {"today": 0, "yesterday": -1, "day_before_yesterday": -2, "tomorrow": 1,
                "day_after_tomorrow": 2}
_WEEK_OFFSETS = {"this_week": 0, "last_week": -1, "week_before_last": -2, "next_week": 1}
_MONTH_OFFSETS = {"this_month": 0, "last_month": -1, "month_before_last": -2, "next_month": 1}
_YEAR_OFFSETS = {"this_year": 0, "last_year": -1, "year_before_last": -2, "next_year": 1}
RECENT_DAYS = 7  # the days before publication "قبل أيام" may mean (the span the week precision gave it before vague42)
_PART_HIJRI_DAY = {None: 1, "early": 1, "mid": 15, "late": 25}


# --- Hijri ------------------------------------------------------------------

_HIJRI_EPOCH = datetime.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (tabular, Thursday epoch)


def _tabular_to_gregorian(hy: int, hm: int, hd: int) -> datetime.date:
    days = (hd + (29 * (hm - 1) + (hm // 2)) + 354 * (hy - 1) + (3 + 11 * hy) // 30)
    return datetime.date.fromordinal(_HIJRI_EPOCH + days - 1)


def _tabular_from_gregorian(d: datetime.date) -> tuple[int, int, int]:
    n = d.toordinal() - _HIJRI_EPOCH + 1
    hy = (30 * n + 10646) // 10631
    while hy > 1 and d < _tabular_to_gregorian(hy, 1, 1):
        hy -= 1
    while d >= _tabular_to_gregorian(hy + 1, 1, 1):
        hy += 1
    hm = 1
    while hm < 12 and _tabular_to_gregorian(hy, hm + 1, 1) <= d:
        hm += 1
    hd = (d - _tabular_to_gregorian(hy, hm, 1)).days + 1
    return hy, hm, hd


def hijri_to_gregorian(hy: int, hm: int, hd: int = 1) -> datetime.date:
    """Gregorian date of a Hijri date (Umm al-Qura where available)."""
    if _UQHijri is not None:
        try:
            return _UQHijri(hy, hm, hd).to_gregorian()
        except (OverflowError, ValueError):
            if hd == 30:  # a 29-day month in Umm al-Qura: the day after its 29th
                try:
                    return _UQHijri(hy, hm, 29).to_gregorian() + datetime.timedelta(days=1)
                except (OverflowError, ValueError):
                    pass
    return _tabular_to_gregorian(hy, hm, hd)


def gregorian_to_hijri(d: datetime.date) -> tuple[int, int, int]:
    if _UQGregorian is not None:
        try:
            h = _UQGregorian(d.year, d.month, d.day).to_hijri()
            return h.year, h.month, h.day
        except (OverflowError, ValueError):
            pass
    return _tabular_from_gregorian(d)


# --- helpers ----------------------------------------------------------------


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _monday(d: datetime.date) -> datetime.date:
    return d - datetime.timedelta(days=d.weekday())


def _day(d: datetime.date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day")


def _week(d: datetime.date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "week")


def _month(y: int, m: int) -> ResolvedDate:
    return ResolvedDate(f"{y:04d}-{m:02d}", "month")


def _year(y: int) -> ResolvedDate:
    return ResolvedDate(f"{y:04d}", "year")


def _named_year(month: int, pub_month: int, pub_year: int, rel: str, day: int | None = None,
                pub_day: int | None = None) -> int:
    """Year of a month named without a year, relative to the publication month (and day: "3 يوليو الماضي"
    written on 25 July is the 3rd of this July, a day already past; "يوليو الماضي" alone is last year's)."""
    if rel == "named_month_last":
        earlier_this_month = month == pub_month and day is not None and pub_day is not None and day < pub_day
        return pub_year if month < pub_month or earlier_this_month else pub_year - 1
    if rel == "named_month_next":
        return pub_year if month > pub_month else pub_year + 1
    if rel == "named_month_this":
        return pub_year
    return pub_year if month <= pub_month else pub_year - 1  # named_month: on or before


def _gregorian_ymd(expr: DateExpr, y: int) -> ResolvedDate:
    m, d = expr.month, expr.day
    if m is None:
        return _year(y)
    if d is None:
        return _month(y, m)
    start = datetime.date(y, m, d)
    if expr.day_to is not None:
        span = expr.day_to - d + 1
        return _week(start) if span <= 7 else _month(y, m)
    return _day(start)


def _hijri_ymd(expr: DateExpr, hy: int) -> ResolvedDate:
    m, d = expr.month, expr.day
    if m is None:  # a Hijri year: the Gregorian year of its middle
        return _year(hijri_to_gregorian(hy, 7, 1).year)
    if d is None:
        g = hijri_to_gregorian(hy, m, _PART_HIJRI_DAY.get(expr.part, 1))
        return _month(g.year, g.month)
    start = hijri_to_gregorian(hy, m, d)
    if expr.day_to is not None:
        return _week(start) if expr.day_to - d + 1 <= 7 else _month(start.year, start.month)
    return _day(start)


def _hijri_year_in_gregorian(month: int, gy: int) -> int:
    """Hijri year whose month `month` begins in Gregorian year `gy`."""
    hy0 = gregorian_to_hijri(datetime.date(gy, 1, 1))[0]
    for hy in (hy0, hy0 + 1, hy0 - 1):
        if hijri_to_gregorian(hy, month, 1).year == gy:
            return hy
    return hy0


def _with_year(expr: DateExpr, y: int, year_is_hijri: bool) -> ResolvedDate:
    """Resolve month/day fields given a year (Gregorian unless `year_is_hijri`)."""
    if expr.calendar == "hijri":
        if year_is_hijri:
            return _hijri_ymd(expr, y)
        if expr.month is None:
            return _year(y)
        return _hijri_ymd(expr, _hijri_year_in_gregorian(expr.month, y))
    return _gregorian_ymd(expr, y)


# --- resolution ---------------------------------------------------------------


WRITTEN_BEFORE = 1   # days between the writing of a text and its publication that its named weekdays may show
# ... and at most: a page read (and dated) days after it was written, whose "اليوم الاثنين" names the day of writing
# (a Friday page saying "اليوم الاثنين" and later "ووقع الحادث اليوم": Monday both times)
WRITTEN_BEFORE_AT_MOST = 6


def writing_day(exprs: Sequence[DateExpr], published: datetime.date | None) -> datetime.date | None:
    """The day the text counts its "today" from: the publication date, or the day before it where every
    "today"/"yesterday" named with its weekday ("اليوم الأربعاء", "أمس الثلاثاء") names the same day before the
    one the publication date gives, up to six days before (a paper prints the day after the text was written, or
    a feed dates a page by the day it was read).  Then its bare "أمس" is that same day, not another one (see the module docstring)."""
    if published is None:
        return None
    lags = {((published + datetime.timedelta(days=_DAY_OFFSETS[e.relative])).weekday() - e.weekday) % 7
            for e in exprs if e.weekday is not None and e.relative in _DAY_OFFSETS and _DAY_OFFSETS[e.relative] <= 0}
    if len(lags) != 1:
        return published
    lag = lags.pop()
    return published - datetime.timedelta(days=lag) if WRITTEN_BEFORE <= lag <= WRITTEN_BEFORE_AT_MOST else published


def resolve(expr: DateExpr, published: datetime.date | None) -> ResolvedDate:
    """The ISO date and precision of one expression (see the module docstring)."""
    try:
        found = _resolve(expr, published)
    except (ValueError, OverflowError):
        return UNKNOWN
    return _overnight(found) if expr.overnight else found


def resolve_all(exprs: Sequence[DateExpr], published: datetime.date | None) -> list[ResolvedDate]:
    """The dates of a text's expressions (in text order), each weekday named alone set beside a full date
    that falls on it taken as that date: «يوم الأحد (10/شوال/1436هـ) الموافق (26/7/2015م)», «الجمعة الموافق
    15/ 10/ 1436هـ».  The weekday alone is read as the last one before publication; the full date beside it
    says which week (a truce from next Sunday, an event announced for a later day)."""
    found = [resolve(e, published) for e in exprs]
    for i, e in enumerate(exprs):
        if e.weekday is None or e.day is not None or e.relative not in _NAMED_WEEKDAY_ONLY:
            continue
        for k in range(i + 1, min(i + 1 + _APPOSED_DATES, len(exprs))):
            b = exprs[k]
            if b.sentence != e.sentence or b.first_token - exprs[k - 1].last_token > _APPOSITION_GAP:
                break
            if _on_weekday(found[k], e.weekday):
                found[i] = found[k]
                break
    return found


_NAMED_WEEKDAY_ONLY = frozenset({"weekday", "last_weekday", "next_weekday", "weekday_before_last"})
_APPOSED_DATES = 2   # the weekday, then a Hijri date and its Gregorian equivalent
_APPOSITION_GAP = 3  # tokens between them: brackets and «الموافق»


def _on_weekday(found: ResolvedDate, weekday: int) -> bool:
    return found.precision == "day" and found.date is not None \
        and datetime.date.fromisoformat(found.date).weekday() == weekday


def _overnight(found: ResolvedDate) -> ResolvedDate:
    """A night named by its two days is uncertain between them: their month, or nothing when the night
    closes a month (SCHEMA.md: a span across two months is null)."""
    if found.precision != "day" or not found.date:
        return found
    day = datetime.date.fromisoformat(found.date)
    if (day + datetime.timedelta(days=1)).month != day.month:
        return UNKNOWN
    return _month(day.year, day.month)


def _resolve(expr: DateExpr, pub: datetime.date | None) -> ResolvedDate:
    rel = expr.relative
    if rel is None:
        if expr.year is None:
            return UNKNOWN
        hijri_year = expr.calendar == "hijri" and expr.year < 1800
        return _with_year(expr, expr.year, hijri_year)
    if pub is None:
        return UNKNOWN
    if rel in _DAY_OFFSETS:
        return _day(_named_day_wins(pub + datetime.timedelta(days=_DAY_OFFSETS[rel]), expr.weekday, rel))
    if rel in _NAMED_WEEKDAY_ONLY:
        return _weekday(expr, rel, pub)
    if rel in _WEEK_OFFSETS:
        return _in_week(expr, rel, pub)
    if rel in _MONTH_OFFSETS:
        return _in_month(expr, rel, pub)
    if rel in _YEAR_OFFSETS:
        return _with_year(expr, pub.year + _YEAR_OFFSETS[rel], False)
    if rel.startswith("named_month"):
        return _named_month(expr, rel, pub)
    return _ago(expr, rel, pub)


def _named_day_wins(day: datetime.date, weekday: int | None, rel: str) -> datetime.date:
    """Today/yesterday corrected by the weekday named with it (see the module docstring)."""
    if weekday is None or _DAY_OFFSETS[rel] > 0 or day.weekday() == weekday:
        return day
    return day - datetime.timedelta(days=(day.weekday() - weekday) % 7)


def _weekday(expr: DateExpr, rel: str, pub: datetime.date) -> ResolvedDate:
    """A weekday of the publication's week (the last one on or before it), of the week before, or the next."""
    wd = expr.weekday if expr.weekday is not None else pub.weekday()
    back = (pub.weekday() - wd) % 7
    if rel == "weekday":
        return _day(pub - datetime.timedelta(days=back))
    if rel == "last_weekday":
        # never the day before publication: a text written that day says "أمس" for it, and one printed the day
        # after it was written counts "الماضي" from the day of writing (feed: of the weekdays + الماضي named the
        # day before publication, 10 of 11 whose day could be told were the week before)
        return _day(pub - datetime.timedelta(days=back if back > WRITTEN_BEFORE else back + 7))
    if rel == "weekday_before_last":
        # "الاثنين قبل الماضي": a week before the last such day before publication, the day before it included
        # (kwic.py: of the 9 on the feed whose day could be told, a Tuesday paper's Monday before last was the
        # euro summit of the 13th, a Thursday paper's Wednesday before last the 15th, a Friday's Tuesday the 14th)
        return _day(pub - datetime.timedelta(days=(back or 7) + 7))
    ahead = (wd - pub.weekday()) % 7
    return _day(pub + datetime.timedelta(days=ahead or 7))


def _in_week(expr: DateExpr, rel: str, pub: datetime.date) -> ResolvedDate:
    """This/last/next week, or a weekday of it, or its end."""
    monday = _monday(pub) + datetime.timedelta(weeks=_WEEK_OFFSETS[rel])
    if expr.weekday is not None:
        return _day(monday + datetime.timedelta(days=expr.weekday))
    if expr.part == "late":
        return _weekend(monday, pub if rel == "this_week" else None)
    return _week(monday)


def _weekend(monday: datetime.date, pub: datetime.date | None) -> ResolvedDate:
    """The end of a week ("نهاية الأسبوع الماضي"): its last days, Friday to Sunday (the weekends of the Gulf and of
    the West), uncertain between them: their month, or unknown across two (SCHEMA.md).  The end of the
    publication's week, before Friday, is the one just gone: reports tell what happened "في نهاية الأسبوع"."""
    friday = monday + datetime.timedelta(days=4)
    if pub is not None and pub < friday:
        friday -= datetime.timedelta(weeks=1)
    sunday = friday + datetime.timedelta(days=2)
    return _month(friday.year, friday.month) if friday.month == sunday.month else UNKNOWN


def _in_month(expr: DateExpr, rel: str, pub: datetime.date) -> ResolvedDate:
    """This/last/next month, or a day of it."""
    y, m = _shift_month(pub.year, pub.month, _MONTH_OFFSETS[rel])
    if expr.day is not None:
        return _day(datetime.date(y, m, expr.day))
    return _month(y, m)


def _named_month(expr: DateExpr, rel: str, pub: datetime.date) -> ResolvedDate:
    """A month named without its year: the year that puts it where `rel` says relative to publication."""
    if expr.month is None:
        return UNKNOWN
    if expr.calendar == "hijri":
        hy, hm, hd = gregorian_to_hijri(pub)
        return _hijri_ymd(expr, _named_year(expr.month, hm, hy, rel, expr.day, hd))
    return _gregorian_ymd(expr, _named_year(expr.month, pub.month, pub.year, rel, expr.day, pub.day))


def _ago(expr: DateExpr, rel: str, pub: datetime.date) -> ResolvedDate:
    """N days/weeks/months/years ago, and "in recent days"."""
    amount = expr.amount or 1
    if rel == "days_ago":
        return _day(pub - datetime.timedelta(days=amount))
    if rel == "weeks_ago":
        return _week(_monday(pub - datetime.timedelta(weeks=amount)))
    if rel == "months_ago":
        return _month(*_shift_month(pub.year, pub.month, -amount))
    if rel == "years_ago":
        return _year(pub.year - amount)
    if rel == "recent_days":
        return _recent_days(pub)
    return UNKNOWN  # recent_weeks, recent_months, recent_years, anything new


def _recent_days(pub: datetime.date) -> ResolvedDate:
    """"قبل أيام", "منذ أيام", "خلال الأيام الماضية": some day of the week before publication, not which one.
    SCHEMA.md gives a day uncertain between several the month they lie in, and none for a span across two
    months (vague42; before, a week from publication - 7 days, a precision the gold never gives it)."""
    first, last = pub - datetime.timedelta(days=RECENT_DAYS), pub - datetime.timedelta(days=1)
    if (first.year, first.month) != (last.year, last.month):
        return UNKNOWN
    return _month(first.year, first.month)


def after_publication(date: str | None, precision: str | None, published: datetime.date | None) -> bool:
    """True when every day `date` stands for comes after the publication day.

    A report cannot tell of an incident that has not happened yet: such a date
    is a plan, a forecast or a misreading ("next Monday", a 2020 target), not
    the date of the incident.  Without a publication day nothing is after it;
    a date whose span reaches back to the publication day ("this month",
    "this week") is not after it either.
    """
    if published is None:
        return False
    days = span(date, precision)
    return days is not None and days[0] > published


def parse_date(text: str, published: datetime.date | None = None,
               lexicon: CalendarLexicon | None = None) -> ResolvedDate:
    """Resolve the first date expression of `text` (unknown when there is none)."""
    found = find_dates(segment(text), lexicon or default_lexicon())
    if not found:
        return UNKNOWN
    return resolve(found[0], published)
