"""No incident after the report (issue 17): a date after the article's publication is not the event's date.

The calendar says whether a date lies wholly after a publication day; the
pipeline drops such dates from the events it returns (the event stays, undated).
Sentences written for this test.
"""
from __future__ import annotations

import datetime

import pytest

from rasd.resolve.calendar import after_publication

PUB = datetime.date(2015, 8, 1)


@pytest.mark.parametrize("date, precision, after", [
    ("2015-08-02", "day", True),          # the next day
    ("2015-08-01", "day", False),         # the day itself
    ("2015-07-31", "day", False),
    ("2015-08", "month", False),          # the month of publication reaches back to it
    ("2015-09", "month", True),
    ("2015-07-27", "week", False),        # a week that holds the publication day
    ("2015-08-03", "week", True),
    ("2015", "year", False),
    ("2016", "year", True),
    ("2020", "year", True),               # a target year
    (None, "unknown", False),
    ("2015-02-30", "day", False),         # not a calendar date: no span, nothing to compare
])
def test_after_publication(date, precision, after):
    assert after_publication(date, precision, PUB) is after


def test_without_a_publication_day_nothing_is_after_it():
    assert after_publication("2999-01-01", "day", None) is False


def test_the_pipeline_leaves_an_incident_dated_after_its_report_undated(extract):
    text = ("قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في مدينة سرت يوم 12 سبتمبر 2015.\n"
            "وقتل ثلاثة مدنيين في قصف على حي سكني في مدينة بنغازي يوم 20 يوليو 2015.")
    before = extract(text, published=None)
    dates = sorted(e.date for e in before.events if e.date)
    assert "2015-09-12" in dates and "2015-07-20" in dates, [(e.type, e.date) for e in before.events]
    after = extract(text, published=PUB.isoformat())
    assert after.events and len(after.events) == len(before.events)
    for e in after.events:
        assert not after_publication(e.date, e.date_precision, PUB), (e.type, e.date)
    assert "2015-07-20" in [e.date for e in after.events]
    undated = [e for e in after.events if e.date is None]
    assert undated and all(e.date_precision == "unknown" for e in undated)
    assert all("2015-09-12" not in e.note for e in after.events)


def test_a_text_written_the_day_before_it_was_published_counts_yesterday_from_then(extract):
    # "أمس الثلاثاء" in a paper of Thursday: the text was written on Wednesday, so its bare "أمس" is Tuesday
    # too (rasd/resolve/calendar.py: writing_day); published on Thursday 2015-07-23
    text = ("سقطت قذيفة على منزل في مدينة نجران صباح أمس. "
            "وقال المتحدث إن فرق الدفاع المدني باشرت بلاغا عن سقوط القذيفة صباح أمس الثلاثاء.")
    found = extract(text, "2015-07-23").events
    assert [e.date for e in found] == ["2015-07-21"]


def test_a_weekday_that_agrees_with_the_publication_leaves_yesterday_alone(extract):
    text = "سقطت قذيفة على منزل في مدينة نجران صباح أمس الأربعاء. وأصيب في القصف ثلاثة مقيمين أمس."
    assert [e.date for e in extract(text, "2015-07-23").events] == ["2015-07-22"]
