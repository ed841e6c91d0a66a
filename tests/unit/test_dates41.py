"""Date41: an incident told in the complement of an announcement or a saying dated by its day, with a month of its
own after the trigger ("أعلنت الوزارة الثلاثاء أن غارة أدت في مطلع يوليو إلى مقتل القيادي"), takes that month: the
announcement's day only stood for it until the text gave its own date (SCHEMA.md: the day where known, else the
month).  A month that holds the announcement's day or ended at most a month before it counts, whole or in part
(مطلع، منتصف، الشهر الجاري).  A day of its own still wins; a month in a relative clause on something else (with
its pronoun, or after a past auxiliary: a relative clause on an indefinite noun has none), after منذ, or after بعد
(another incident's) leaves the announcement's day.  Sentences written for this test; PUB is a
Wednesday, so الثلاثاء and أمس are 2015-07-28."""
from __future__ import annotations

PUB = "2015-07-29"


def _dates(extract, text: str) -> list[str | None]:
    return [e.date for e in extract(text, published=PUB).events]


def test_a_part_of_the_announcements_month(extract):
    assert _dates(extract, "أعلنت وزارة الدفاع الثلاثاء أن غارة جوية للتحالف أدت في مطلع يوليو إلى مقتل قيادي في "
                           "تنظيم داعش قرب مدينة الرقة.") == ["2015-07"]


def test_the_announcements_month_spelt_relative(extract):
    assert _dates(extract, "قالت وزارة الدفاع الثلاثاء إن غارة جوية قتلت في مطلع الشهر الجاري قياديا في تنظيم "
                           "داعش قرب مدينة الرقة.") == ["2015-07"]


def test_a_part_of_the_month_before(extract):
    assert _dates(extract, "قالت وزارة الدفاع الثلاثاء إن غارة جوية قتلت في منتصف يونيو قياديا في تنظيم داعش قرب "
                           "مدينة الرقة.") == ["2015-06"]


def test_guard_a_day_of_its_own_still_wins(extract):
    assert _dates(extract, "قال الجيش المصري أمس إن مسلحين هاجموا حاجزا للشرطة في مدينة العريش في 3 يوليو وقتلوا "
                           "جنديين.") == ["2015-07-03"]


def test_guard_a_month_in_a_relative_clause_on_something_else(extract):
    assert _dates(extract, "قال الجيش المصري أمس إن مسلحين هاجموا الحاجز الذي أقامته الشرطة في يونيو في مدينة "
                           "العريش وقتلوا جنديين.") == ["2015-07-28"]


def test_guard_a_month_after_since(extract):
    assert _dates(extract, "قال الجيش المصري أمس إن مسلحين هاجموا حاجزا للشرطة في مدينة العريش في أعنف هجوم منذ "
                           "يونيو.") == ["2015-07-28"]


def test_guard_a_month_of_another_incident_after_bad(extract):
    assert _dates(extract, "قال الجيش المصري أمس إن مسلحين هاجموا حاجزا للشرطة في مدينة العريش بعد اشتباكات وقعت "
                           "في يونيو.") == ["2015-07-28"]


def test_a_month_further_back(extract):
    assert _dates(extract, "قال الجيش المصري أمس إن مسلحين هاجموا حاجزا للشرطة في مدينة العريش في مايو الماضي "
                           "وقتلوا جنديين.") == ["2015-05"]


def test_guard_a_month_after_a_past_auxiliary(extract):
    # "قياديا كان قد انضم ...": a relative clause on an indefinite noun, with no relative pronoun
    assert _dates(extract, "قالت وزارة الدفاع الثلاثاء إن غارة جوية قتلت قياديا في تنظيم داعش قرب الرقة كان قد "
                           "انضم إلى التنظيم في يونيو.") == ["2015-07-28"]
