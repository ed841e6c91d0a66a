"""Dates36: an undated incident told by a source ("وأوضح مصدر أمني أن", "وقال ضابط إن") after the news told in the
paper's own voice with its day details that day's news and takes its day (SCHEMA.md: an incident known only by its
telling takes the day it was told): a sum or a count of the dead that keeps no incident ("لقي ثلاثة أشخاص مصرعهم في
حادثين منفصلين في بغداد أمس"), or an incident of its family at its province.  A dated report before it (a new source
is another report: dates29's and speakers34's guards), another province, another family or type (storyday27's guards
and the dates convention), other news or another strand between, or a date of the past between leave it undated.
Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.evidence.text, e.date, e.type) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date, _ in found if word in text]


_SUM = "لقي ثلاثة أشخاص مصرعهم وأصيب تسعة آخرون في حادثين أمنيين منفصلين في بغداد أمس. "
_PART = "اثنين من عناصر الشرطة قتلا بتفجير عبوة ناسفة في منطقة أبو غريب."


def test_a_source_details_a_sum_told_with_its_day(extract):
    found = _dated(extract, _SUM + "وأوضح مصدر أمني أن " + _PART)
    assert _date_of(found, "أبو غريب") == ["2015-07-21"], found


def test_a_source_details_a_count_of_the_dead_with_no_incident_kept(extract):
    found = _dated(extract, "حققت القوات العراقية أمس تقدما في محيط مدينة الرمادي وتمكنت من تصفية العديد من "
                            "المسلحين. وقال ضابط في الجيش إن القوات استعادت السيطرة على منطقة البوعيثة شرق الرمادي.")
    assert _date_of(found, "البوعيثة") == ["2015-07-21"], found


def test_guard_another_province(extract):
    found = _dated(extract, _SUM + "وأوضح مصدر أمني أن اثنين من عناصر الشرطة قتلا بتفجير عبوة ناسفة في مدينة "
                                   "الموصل.")
    assert _date_of(found, "الموصل") == [None], found


def test_guard_a_dated_report_before_is_another_report(extract):
    found = _dated(extract, "قالت وزارة الداخلية أمس إن ثلاثة أشخاص لقوا مصرعهم في حادثين منفصلين في بغداد. "
                            "وأوضح مصدر أمني أن " + _PART)
    assert _date_of(found, "أبو غريب") == [None], found


def test_guard_other_news_between(extract):
    found = _dated(extract, _SUM + "من جهة أخرى، قال مصدر أمني إن " + _PART)
    assert _date_of(found, "أبو غريب") == [None], found


def test_guard_another_strand_between(extract):
    found = _dated(extract, _SUM + "في غضون ذلك، قال مسؤول في الشرطة إن التحقيقات جارية. وأوضح مصدر أمني "
                                   "أن " + _PART)
    assert _date_of(found, "أبو غريب") == [None], found


def test_guard_a_date_of_the_past_between(extract):
    found = _dated(extract, _SUM + "وتشهد المنطقة هجمات متكررة منذ أبريل الماضي. وأوضح مصدر أمني أن " + _PART)
    assert _date_of(found, "أبو غريب") == [None], found


def test_guard_the_incidents_own_day_stays(extract):
    found = _dated(extract, _SUM + "وأوضح مصدر أمني أن اثنين من عناصر الشرطة قتلا بتفجير عبوة ناسفة في منطقة "
                                   "أبو غريب يوم الأحد.")
    assert _date_of(found, "أبو غريب") == ["2015-07-19"], found


def test_one_word_texts(extract):
    assert extract("وأوضح", published=PUB).events == []
    assert extract("مصدر", published=PUB).events == []
