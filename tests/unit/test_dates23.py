"""Dates23: the day of an announcement set off by commas ("أعلنت الوزارة، أمس، القبض على", "أعلنت الأجهزة، اليوم
(الأحد)، مقتل") is the day of the incident it announces, as it is without the commas (SCHEMA.md: known only by its
announcement).  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


def test_an_arrest_announced_yesterday_between_commas(extract):
    found = _dates(extract, "وأعلنت مديرية الأمن في محافظة البصرة، أمس، القبض على خمسة مطلوبين في قضايا إرهاب.")
    assert found and all((date, precision) == ("2015-07-21", "day") for _, date, precision in found), found


def test_a_killing_announced_today_with_its_weekday_in_brackets(extract):
    found = _dates(extract, "أعلنت قوات الأمن التونسية، اليوم (الأربعاء)، مقتل ثلاثة مسلحين في اشتباك بمدينة "
                            "القصرين.")
    assert found and all(date == "2015-07-22" for _, date, _ in found), found


def test_an_announced_arrest_with_about_between_commas(extract):
    found = _dates(extract, "أعلنت السلطات الأردنية، أمس الثلاثاء، عن اعتقال أربعة متشددين في مدينة الزرقاء.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_a_day_between_commas_after_another_clause_is_not_the_announcements(extract):
    # the comma before the day closes a clause that is not the announcement: the day is not carried to the arrest
    found = _dates(extract, "وقالت الشرطة إن المسلحين هربوا من السجن، أمس، القبض على اثنين منهم في مدينة الموصل.")
    assert all(date != "2015-07-21" or precision != "day" or sub != "Arrests" for sub, date, precision in found) \
        or not found, found


def test_guard_a_single_word_text_survives(extract):
    assert extract("أعلنت،", published=PUB).events == []


# "الاثنين قبل الماضي": the weekday a week before the last one before publication (the day before it included)


def test_a_weekday_before_last_is_a_week_before_the_last_one(extract):
    # PUB is a Wednesday: the Tuesday before it is the 21st, the one before last the 14th
    found = _dates(extract, "قتل جنديان في هجوم شنه مسلحون على دورية للجيش في مدينة رفح الثلاثاء قبل الماضي.")
    assert found and all((date, precision) == ("2015-07-14", "day") for _, date, precision in found), found


def test_a_weekday_before_last_with_ma_and_a_time_of_day(extract):
    found = _dates(extract, "قتل جنديان في هجوم شنه مسلحون على دورية للجيش في مدينة رفح مساء الجمعة ما قبل الماضي.")
    assert found and all(date == "2015-07-10" for _, date, _ in found), found


def test_a_weekday_before_last_on_its_own_weekday(extract):
    # the Wednesday before publication is the 15th; the one before last the 8th
    found = _dates(extract, "قتل جنديان في هجوم شنه مسلحون على دورية للجيش في مدينة رفح يوم الأربعاء قبل الماضي.")
    assert found and all(date == "2015-07-08" for _, date, _ in found), found


def test_guard_last_weekday_unchanged(extract):
    found = _dates(extract, "قتل جنديان في هجوم شنه مسلحون على دورية للجيش في مدينة رفح الجمعة الماضي.")
    assert found and all(date == "2015-07-17" for _, date, _ in found), found


def test_the_week_ma_before_last_is_the_week_before_last(extract):
    found = _dates(extract, "قتل جنديان في هجوم شنه مسلحون على دورية للجيش في مدينة رفح الأسبوع ما قبل الماضي.")
    assert found and all((date, precision) == ("2015-07-06", "week") for _, date, precision in found), found
