"""Dates18: a verb of taking control with a day before its object («السيطرة»), and "the same day" pointing back
to the day told before.  Sentences written for this test."""
from __future__ import annotations

import pytest

PUB = "2015-08-17"   # a Monday: yesterday is Sunday 16 August


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- a verb of taking control, a day, then its object ----------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("قال ناشطون إن مقاتلي المعارضة انتزعوا اليوم الاثنين السيطرة على قرية كفرنبل من قوات النظام.", "2015-08-17"),
    ("استكملت قوات الجيش أمس السيطرة على حي الشيخ عثمان في عدن بعد معارك عنيفة.", "2015-08-16"),
    ("أكملت قوات المعارضة صباح أمس الأحد السيطرة على مدينة جسر الشغور في ريف إدلب.", "2015-08-16"),
])
def test_day_between_a_verb_of_taking_and_its_object_dates_it(extract, text, day):
    found = _dates(extract, text)
    assert found and all((d, p) == (day, "day") for _, d, p in found), found


def test_guard_a_day_of_saying_before_the_noun_stays_the_sayings(extract):
    # the day is the confirming's, not the taking's: no verb of taking before it
    text = "وأكد القائد أمس أن السيطرة على بلدة مورك في ريف حماة تمت قبل شهرين."
    assert all(d != "2015-08-16" for _, d, _ in _dates(extract, text))


def test_guard_a_verb_of_imposing_something_else_changes_nothing(extract):
    # «فرضت ... قيودا» is no taking of ground: no event, with or without the rule
    text = "فرضت الشرطة صباح أمس قيودا على دخول المصلين إلى المسجد في القدس."
    assert _dates(extract, text) == []


# --- "the same day" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("قتل ثلاثة جنود يوم الأحد في هجوم على حاجز في مدينة العريش. وفي اليوم نفسه، قصفت طائرات حربية قرية كفرنبل "
     "في ريف إدلب.", "2015-08-16", "2015-08-16"),
    ("انفجرت عبوة ناسفة في سوق بمدينة بعقوبة صباح السبت. وقتل في ذات اليوم ثلاثة من رجال الشرطة في هجوم على حاجز "
     "في تكريت.", "2015-08-15", "2015-08-15"),
    ("هاجم مسلحون نقطة للجيش في بلدة الشيخ زويد ليل الجمعة. وفي الليلة ذاتها اختطف مسلحون مهندسا في مدينة العريش.",
     "2015-08-14", "2015-08-14"),
])
def test_the_same_day_takes_the_day_of_the_sentence_before(extract, text, first, second):
    found = _dates(extract, text)
    assert [d for _, d, _ in found] == [first, second], found


def test_guard_the_same_day_as_what_follows_is_not_the_day_before(extract):
    # «في اليوم نفسه لإعلان ...» points to the announcing after it, not back to Sunday's clash
    text = ("اشتبك مسلحون مع الشرطة في مدينة العريش يوم الأحد. وقصفت طائرات حربية قرية كفرنبل في ريف إدلب في اليوم "
            "نفسه لإعلان الهدنة.")
    found = _dates(extract, text)
    assert found[0][1] == "2015-08-16" and all(d is None for _, d, _ in found[1:]), found


def test_guard_the_same_day_in_the_first_sentence_dates_nothing(extract):
    text = "وفي اليوم نفسه، قصفت طائرات حربية قرية كفرنبل في ريف إدلب."
    assert [d for _, d, _ in _dates(extract, text)] == [None]


def test_guard_one_word_text(extract):
    assert _dates(extract, "نفسه") == []
    assert _dates(extract, "اليوم") == []


# --- "the morrow of" / "the eve of" -----------------------------------------------------------------------------------

def test_an_incident_on_the_morrow_of_which_takes_no_day_of_another_clause(extract):
    # the report's day («كما ذكرت أمس») is the decision's, and the bombing came the day before the decision
    text = "قررت السلطات إغلاق الأسواق في مدينة ماروا، غداة هجوم انتحاري أسفر عن 12 قتيلا، كما ذكرت أمس مصادر رسمية."
    found = _dates(extract, text)
    assert found and all(d is None for _, d, _ in found), found


def test_guard_an_incident_told_as_reported_keeps_the_reports_day(extract):
    text = "قتل 12 شخصا في هجوم انتحاري على سوق في مدينة ماروا، كما ذكرت أمس مصادر رسمية."
    assert [d for _, d, _ in _dates(extract, text)] == ["2015-08-16"]


def test_guard_one_word_after_the_morrow(extract):
    assert _dates(extract, "غداة") == []
    _dates(extract, "غداة هجوم")   # a fragment of two words: must not raise


# --- a fight that broke out a length ago ------------------------------------------------------------------------------

@pytest.mark.parametrize("published, expected", [("2015-07-23", "2015-07"), ("2015-08-01", None)])
def test_a_fight_that_broke_out_a_week_ago_spans_up_to_the_report(extract, published, expected):
    # a week back from 23 July stays in July (the month); from 1 August it crosses two months (no date)
    text = "وقال مسؤول محلي إن المعارك التي اندلعت قبل أسبوع في مدينة سبها أدت إلى مقتل 20 شخصا."
    found = _dates(extract, text, published)
    assert [d for _, d, _ in found] == [expected], found


def test_guard_an_attack_that_happened_a_week_ago_keeps_its_week(extract):
    text = "وقال مسؤول محلي إن الهجوم الذي وقع قبل أسبوع في مدينة سبها أدى إلى مقتل 20 شخصا."
    assert [(d, p) for _, d, p in _dates(extract, text, "2015-07-23")] == [("2015-07-13", "week")]
