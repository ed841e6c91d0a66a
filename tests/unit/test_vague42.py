"""vague42: a few days before publication ("قبل أيام", "منذ أيام", "خلال الأيام الماضية") is some day of the week
before it, not which one.  SCHEMA.md gives a day uncertain between several the month they lie in, and no date for a
span across two months.  Sentences written for this test."""
from __future__ import annotations

import datetime

import pytest

from rasd.resolve.calendar import ResolvedDate, parse_date

D = datetime.date


@pytest.mark.parametrize("text", [
    "قتل جنديان قبل أيام في هجوم على حاجز",
    "قتل جنديان منذ أيام في هجوم على حاجز",
    "قتل جنديان قبل بضعة أيام في هجوم على حاجز",
    "قتل جنديان قبل أيام قليلة في هجوم على حاجز",
    "قتل عشرات خلال الأيام الماضية في قصف على الأحياء",
    "قتل عشرات خلال الأيام القليلة الماضية في قصف على الأحياء",
    "قتل عشرات في الأيام الأخيرة في قصف على الأحياء",
])
def test_a_few_days_ago_is_the_month_they_lie_in(text):
    assert parse_date(text, D(2015, 7, 25)) == ResolvedDate("2015-07", "month")


@pytest.mark.parametrize("published", [D(2015, 8, 2), D(2015, 8, 3), D(2015, 8, 7)])
def test_a_few_days_reaching_into_the_month_before_have_no_date(published):
    assert parse_date("قتل جنديان قبل أيام في هجوم على حاجز", published) == ResolvedDate(None, "unknown")


def test_on_the_first_of_a_month_the_week_before_is_the_month_before():
    # the 7 days before 1 August are 25-31 July, all in July
    assert parse_date("قتل جنديان منذ أيام في هجوم على حاجز", D(2015, 8, 1)) == ResolvedDate("2015-07", "month")
    assert parse_date("قتل جنديان منذ أيام في هجوم على حاجز", D(2015, 8, 8)) == ResolvedDate("2015-08", "month")


def test_guard_a_counted_span_of_days_keeps_its_day():
    assert parse_date("قتل جنديان منذ ثلاثة أيام في هجوم على حاجز", D(2015, 7, 25)) == ResolvedDate("2015-07-22", "day")
    assert parse_date("قتل جنديان قبل يومين في هجوم على حاجز", D(2015, 7, 25)) == ResolvedDate("2015-07-23", "day")


def test_guard_last_week_stays_a_week():
    assert parse_date("قتل جنديان الأسبوع الماضي في هجوم على حاجز", D(2015, 7, 29)) == ResolvedDate("2015-07-20", "week")


def test_guard_days_to_come_are_no_date():
    assert parse_date("يتوقع تصعيد القتال خلال الأيام المقبلة", D(2015, 7, 25)) == ResolvedDate(None, "unknown")


def _dates(extract, text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف مواقع للمسلحين في مدينة صعدة خلال الأيام القليلة الماضية.",
    "قتل خمسة مدنيين قبل أيام في غارة على مدينة صعدة.",
    "وتقصف الميليشيات منذ أيام الأحياء السكنية في مدينة تعز.",
])
def test_an_incident_of_a_few_days_ago_takes_the_month(extract, text):
    found = _dates(extract, text, "2015-07-28")
    assert found and all((d, p) == ("2015-07", "month") for _, d, p in found), found


def test_an_incident_of_a_few_days_ago_across_two_months_is_undated(extract):
    found = _dates(extract, "قتل خمسة مدنيين قبل أيام في غارة على مدينة صعدة.", "2015-08-03")
    assert found and all(d is None for _, d, _ in found), found


def test_guard_an_incident_of_its_own_day_keeps_it(extract):
    text = "قتل خمسة مدنيين أمس الاثنين في غارة على مدينة صعدة، بعد أيام من غارة مماثلة."
    found = _dates(extract, text, "2015-07-28")
    assert found and all((d, p) == ("2015-07-27", "day") for _, d, p in found), found


def test_a_toll_over_a_few_days_is_one_series_not_a_calendar_tally(extract):
    # "خلال" + a month of the calendar counts a run; the month of "a few days" is no calendar month
    text = "قال مصدر إن 40 مسلحا قتلوا في المواجهات التي دارت في مديرية التواهي بمدينة عدن خلال الأيام القليلة الماضية."
    found = _dates(extract, text, "2015-07-28")
    assert [(s, d, p) for s, d, p in found] == [("Armed clash", "2015-07", "month")], found


def test_a_day_told_later_says_which_of_the_few_days(extract):
    text = ("قتل خمسة جنود قبل أيام في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش. "
            "ووقع الهجوم يوم الثلاثاء عند مدخل المدينة.")
    found = _dates(extract, text, "2015-07-30")   # a Thursday
    assert found and all((d, p) == ("2015-07-28", "day") for _, d, p in found), found


def test_guard_today_is_not_one_of_the_few_days_before_it():
    from rasd.extract.document import DatedSpan
    from rasd.extract.events.setting import day_in_week
    from rasd.recognise.dates import DateExpr
    def span(date, precision, **expr):
        return DatedSpan(0, 1, None, date, precision, DateExpr(None, 0, 0, 1, **expr))
    few = span("2015-07", "month", relative="recent_days")
    today = span("2015-07-28", "day", relative="today")
    tuesday = span("2015-07-21", "day", weekday=1)
    july = span("2015-07", "month", month=7)
    assert day_in_week(tuesday, few)
    assert not day_in_week(today, few)
    assert not day_in_week(tuesday, july)   # a month of the calendar stays (SCHEMA.md)
