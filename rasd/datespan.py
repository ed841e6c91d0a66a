"""The days an ISO date of any precision stands for, and whether two dates can be the same time.

A neutral helper beside `rasd.model`: resolve (events of one incident),
store (reports of one incident, the date columns the filters read) and
eval (SCHEMA.md's date rule) all read dates this one way.

    "2016"        the whole year          2016-01-01 .. 2016-12-31
    "2016-08"     the whole month         2016-08-01 .. 2016-08-31
    "2016-08-04"  that day                2016-08-04 .. 2016-08-04
    "2016-08-04" with precision "week"    2016-08-04 .. 2016-08-10 (SCHEMA.md: the first day and six after)

A time after the date ("2016-08-04T10:00") is ignored.  No date, or text that
is not a calendar date ("2016-02-30", "2016-13"), has no span.
"""
from __future__ import annotations

import datetime as dt

WEEK_DAYS = 7


def span(date: object, precision: str | None = None) -> tuple[dt.date, dt.date] | None:
    """First and last day `date` denotes (see the module docstring), or None."""
    if not date:
        return None
    parts = str(date)[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            first = dt.date(year, month, 1)
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        day = dt.date(year, month, int(parts[2]))
        if precision == "week":
            return day, day + dt.timedelta(days=WEEK_DAYS - 1)
        return day, day
    except (ValueError, OverflowError):
        return None


def overlap(a: object, b: object, precision_a: str | None = None, precision_b: str | None = None) -> bool:
    """True when either date has no span or their spans share a day."""
    sa, sb = span(a, precision_a), span(b, precision_b)
    if sa is None or sb is None:
        return True
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def span_iso(date: object, precision: str | None = None) -> tuple[str | None, str | None]:
    """`span` as ISO strings (the store's date_start/date_end columns); (None, None) without a span."""
    s = span(date, precision)
    if s is None:
        return None, None
    return s[0].isoformat(), s[1].isoformat()
