"""Dates32: an undated incident does not take the date of an earlier one told after it.  Where a later sentence
tells, by a verb or an indefinite noun, an incident dated before the news ("وأطلقت القوات في مايو الماضي عملية
عسكرية", "إلى أن شنت قوات مشتركة هجوما كبيرا في وقت سابق من العام الحالي") and it is folded into the undated
news, the news keeps no date rather than that older month or this year.  A definite noun that points back ("وكان
الهجوم قد وقع في مايو الماضي") still tells the day, a recent day still dates, and a date of history still makes
the story history.  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.evidence.text, e.date, e.place.name if e.place else None)
            for e in extract(text, published=PUB).events]


_NEWS = "قال بيان للجيش إن القوات الخاصة دخلت حي المعلمين في مدينة بيجي، واشتبكت مع مسلحي تنظيم داعش داخله.\n\n"


def test_an_offensive_launched_months_ago_does_not_date_the_news(extract):
    found = _dated(extract, _NEWS + "وأطلقت القوات العراقية في مايو الماضي عملية عسكرية واسعة في محافظة صلاح الدين "
                                    "لاستعادتها من التنظيم.")
    assert [d for _, d, _ in found] == [None], found


def test_an_offensive_earlier_this_year_does_not_date_the_news(extract):
    found = _dated(extract, "وقالت القوات الجوية إنها ساعدت القوات البرية في صد هجوم للمسلحين حول قرية بيتا جنوب "
                            "غابة سامبيسا. وتقع بيتا غربي بلدة جوزا التي كانت مقرا للمسلحين إلى أن شنت قوات مشتركة "
                            "من نيجيريا والنيجر وتشاد هجوما كبيرا في وقت سابق من العام الحالي.")
    assert [d for _, d, _ in found] == [None], found


def test_an_earlier_attack_at_the_same_spot_does_not_date_the_news(extract):
    found = _dated(extract, "قال مصدر أمني إن مسلحين هاجموا حاجزا للشرطة في بلدة الكرمة. وكان المسلحون قد هاجموا "
                            "الحاجز نفسه في مايو الماضي.")
    assert "2015-05" not in [d for _, d, _ in found], found


def test_guard_a_definite_noun_pointing_back_tells_the_day(extract):
    found = _dated(extract, "قال بيان للجيش إن القوات الخاصة اشتبكت مع مسلحين في مدينة بيجي. وكان الهجوم قد وقع في "
                            "مايو الماضي.")
    assert [d for _, d, _ in found] == ["2015-05"], found


def test_guard_a_recent_day_told_after_still_dates_the_news(extract):
    found = _dated(extract, _NEWS + "وشنت القوات العراقية أمس هجوما على مواقع التنظيم في مدينة بيجي.")
    assert [d for _, d, _ in found] == ["2015-07-21"], found


def test_guard_the_news_with_its_own_day_keeps_it(extract):
    found = _dated(extract, "قال بيان للجيش إن القوات الخاصة اشتبكت أمس مع مسلحي تنظيم داعش في مدينة بيجي.\n\n"
                            "وأطلقت القوات العراقية في مايو الماضي عملية عسكرية واسعة في محافظة صلاح الدين "
                            "لاستعادتها من التنظيم.")
    assert [d for _, d, p in found if p == "بيجي"] == ["2015-07-21"], found


def test_guard_a_date_of_history_still_makes_the_story_history(extract):
    found = _dated(extract, _NEWS + "وشنت القوات العراقية في عام 2012 هجوما على مواقع المسلحين في مدينة بيجي.")
    assert found == [], found


def test_guard_an_incident_known_before_takes_the_day_told_after(extract):
    found = _dated(extract, "أحيا أهالي بلدة الكرمة أمس ذكرى اقتحام المسلحين للبلدة. وفي مايو الماضي اقتحم "
                            "المسلحون بلدة الكرمة وقتلوا عشرة من سكانها.")
    assert [d for _, d, _ in found] == ["2015-05"], found
