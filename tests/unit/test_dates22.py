"""Dates22: an incident told only in the complement of a saying dated before it, as the complement's subject or as
what the dead counted in it fell in, takes the saying's day (SCHEMA.md: known only by its announcement); a telling
with its own day still wins, and a noun deeper in the complement is not dated by the saying.  Sentences written for
this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


def test_the_subject_of_a_saying_takes_its_day(extract):
    found = _dates(extract, "وقالت وزارة الداخلية أمس الثلاثاء إن الانفجار الذي هز بلدة الرمادي عمل إرهابي نفذه "
                            "تنظيم داعش.")
    assert found and all((date, precision) == ("2015-07-21", "day") for _, date, precision in found), found


def test_the_attack_the_counted_dead_fell_in_takes_the_sayings_day(extract):
    found = _dates(extract, "وأفاد مصدر أمني ليلة أمس أن خمسة مسلحين قتلوا أثناء محاولتهم الهجوم على حاجز للجيش في "
                            "مدينة العريش.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_a_quoted_subject_takes_the_sayings_day(extract):
    found = _dates(extract, "وأكدت الشرطة أمس أن «الهجوم على الحاجز في مدينة العريش أسفر عن مقتل ثلاثة جنود».")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_its_own_day_told_before_wins(extract):
    found = _dates(extract, "قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش صباح الأحد. وقال مصدر أمني أمس "
                            "الثلاثاء إن الهجوم نفذه مسلحون من تنظيم داعش.")
    assert found and all(date == "2015-07-19" for _, date, _ in found), found


def test_guard_a_noun_deeper_in_the_complement_is_not_dated_by_the_saying(extract):
    found = _dates(extract, "وقال رئيس الوزراء أمس إن السلطات تعرفت على مشتبه به في التفجير الانتحاري الذي أسفر "
                            "عن سقوط 32 قتيلا في بلدة سروج.")
    assert all(date != "2015-07-21" for _, date, _ in found), found


def test_guard_a_day_after_the_trigger_is_its_own(extract):
    found = _dates(extract, "وقال المرصد أمس إن الاشتباكات العنيفة استمرت مساء الاثنين في حي جوبر بدمشق.")
    assert found and all(date == "2015-07-20" for _, date, _ in found), found


# --- the incident's own day after it, in a saying's complement ----------------------------------------------------

def test_its_own_day_after_it_in_the_complement_wins_over_the_sayings(extract):
    found = _dates(extract, "وقالت وزارة الخارجية أمس إن مسلحين خطفوا مهندسا أجنبيا أثناء توجهه إلى عمله في مدينة "
                            "العريش يوم الأحد الماضي.")
    assert found and all(date == "2015-07-19" for _, date, _ in found), found


def test_guard_a_day_after_after_is_another_incidents(extract):
    found = _dates(extract, "وقالت الشرطة أمس إن مسلحين هاجموا حاجزا في مدينة العريش بعد اشتباكات وقعت الأسبوع "
                            "الماضي.")
    assert found and all(precision != "week" for _, _, precision in found), found
