"""Dates17: a weekday set beside a full date that falls on it takes that date, and a day, a month's name and a
year parted by slashes.  Sentences written for this test."""
from __future__ import annotations

import pytest

PUB = "2015-08-20"   # a Thursday: the last Sunday before it is 16 August


def _mentions(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    ex = extract(text, published=published)
    return [(text[m.span.start:m.span.end], m.date, m.precision) for m in ex.date_mentions]


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- a weekday with the full date beside it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قصفت مدفعية الجيش قرية في ريف حلب يوم الأحد (24/ شوال/ 1436هـ) الموافق (9/ 8/ 2015م) فقتلت خمسة مدنيين.",
    "قصفت مدفعية الجيش قرية في ريف حلب يوم الأحد الموافق 9/ 8/ 2015م فقتلت خمسة مدنيين.",
    "قصفت مدفعية الجيش قرية في ريف حلب يوم الأحد 9/ 8/ 2015م فقتلت خمسة مدنيين.",
])
def test_weekday_beside_its_full_date_takes_it(extract, text):
    found = _dates(extract, text)
    assert [(d, p) for _, d, p in found] == [("2015-08-09", "day")], found


def test_guard_weekday_beside_a_date_on_another_day_stays(extract):
    # 10 August 2015 is a Monday: the two do not agree, the weekday alone is read as before
    text = "قصفت مدفعية الجيش قرية في ريف حلب يوم الأحد الموافق 10/ 8/ 2015م فقتلت خمسة مدنيين."
    found = _dates(extract, text)
    assert [(d, p) for _, d, p in found] == [("2015-08-16", "day")], found


def test_guard_weekday_far_from_a_date_stays(extract):
    text = ("قتل جنديان في هجوم على حاجز في درعا يوم الأحد بحسب بيان للجيش أشار إلى هجوم مماثل وقع في "
            "9/ 8/ 2015م.")
    found = _mentions(extract, text)
    assert ("يوم الأحد", "2015-08-16", "day") in found, found


# --- day / month name / year --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("وكان الهجوم على القافلة قد وقع في 3 / أغسطس / 2015م قرب الحدود.", "2015-08-03"),
    ("ووقع الهجوم على القافلة بتاريخ 12/ذو القعدة/1436هـ قرب الحدود.", "2015-08-27"),
    ("ووقع الهجوم على القافلة بتاريخ 7/ شوال / 1436 هـ قرب الحدود.", "2015-07-23"),
])
def test_day_month_name_year_with_slashes(extract, text, date):
    found = _mentions(extract, text, published="2015-09-01")
    assert [d for _, d, p in found if p == "day"] == [date], found


def test_guard_slashed_day_and_month_without_year(extract):
    found = _mentions(extract, "ووقع الهجوم على القافلة يوم 3 / أغسطس قرب الحدود.", published="2015-09-01")
    assert all(p != "day" for _, _, p in found), found


# --- a length of weeks or months after منذ, told of fighting named by a noun ------------------------------------------

def test_fighting_for_months_is_no_day(extract):
    text = "وتشهد مدينة درعا اشتباكات عنيفة بين الجيش والمعارضة منذ نحو أربعة أشهر."
    found = _dates(extract, text, published="2015-07-24")
    assert [(d, p) for _, d, p in found] == [(None, "unknown")], found


def test_guard_the_attack_the_dead_fell_in_weeks_ago(extract):
    text = "وقتل جندي في هجوم على حاجز في درعا منذ ثلاثة أسابيع."
    found = _dates(extract, text, published="2015-07-24")
    assert [(d, p) for _, d, p in found] == [("2015-06-29", "week")], found


def test_guard_an_act_told_with_a_verb_months_ago(extract):
    text = "واختطف مسلحون صحفيا في درعا منذ شهرين."
    found = _dates(extract, text, published="2015-07-24")
    assert [(d, p) for _, d, p in found] == [("2015-05", "month")], found


# --- the day of writing, named by the text's "today" days before publication ----------------------------------------

def test_bare_today_is_the_named_today_days_before_publication(extract):
    # published on a Friday; the text was written on the Monday it names
    text = "قتل جندي في اشتباك داخل ثكنة في العاصمة تونس اليوم الاثنين. ووقع الاشتباك اليوم قرب البرلمان."
    assert ("اليوم", "2015-07-20", "day") in _mentions(extract, text, published="2015-07-24")


def test_guard_two_named_days_that_disagree_keep_publication(extract):
    text = ("قتل جندي في اشتباك داخل ثكنة في العاصمة تونس اليوم الاثنين. وقال مسؤول أمس الأربعاء إن التحقيق "
            "بدأ. ووقع الاشتباك اليوم قرب البرلمان.")
    found = _mentions(extract, text, published="2015-07-24")
    assert found[-1] == ("اليوم", "2015-07-24", "day"), found


def test_fighting_for_months_takes_no_other_date_of_its_sentence(extract):
    text = "أعيد فتح مطار المدينة اليوم (الأربعاء) مع هبوط طائرة هي الأولى منذ قرابة أربعة أشهر بسبب المعارك في اليمن."
    found = _dates(extract, text, published="2015-07-22")
    assert all(d is None for _, d, _ in found), found
