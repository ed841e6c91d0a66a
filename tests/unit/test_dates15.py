"""Dates15: a statement's day does not keep apart the incident it tells again from the incident's own day told
before it.  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- the incident's own day, then a statement of a later day that tells it again -----------------------------------

def test_strikes_of_yesterday_told_again_in_a_statement_of_today_are_one_incident_of_yesterday(extract):
    found = _dates(extract, "شنت طائرات التحالف 12 غارة جوية على مواقع التنظيم قرب مدينة بيجي أمس. وقال بيان "
                            "للقيادة المشتركة اليوم إن ست غارات قرب بيجي دمرت عربات مدرعة ومخزنا للذخيرة.")
    assert found == [("Air/drone strike", "2015-07-21", "day")], found


def test_guard_strikes_of_a_week_before_and_a_statement_of_today_stay_two(extract):
    # a day more than a month before the statement is not the day the statement's strikes were made
    found = _dates(extract, "شنت طائرات التحالف 12 غارة جوية على مواقع التنظيم قرب مدينة بيجي في 3 يونيو الماضي. "
                            "وقال بيان للقيادة المشتركة اليوم إن ست غارات قرب بيجي دمرت عربات مدرعة ومخزنا للذخيرة.")
    assert ("Air/drone strike", "2015-06-03", "day") in found and len(found) == 2, found


# --- a report dated only by the day it was made details the incidents of the day told before it ------------------

def test_strikes_at_another_town_in_a_statement_of_today_take_the_day_told_before(extract):
    found = _dates(extract, "شنت طائرات التحالف 12 غارة جوية على مواقع التنظيم قرب مدينة بيجي أمس. وقال بيان "
                            "للقيادة المشتركة اليوم إن ثلاث غارات أخرى قصفت مراكز للتنظيم قرب مدينة سنجار.")
    assert ("Air/drone strike", "2015-07-21", "day") in found and \
        all(date != "2015-07-22" for _, date, _ in found), found


def test_guard_a_statement_of_today_after_a_sentence_of_another_kind_keeps_its_day(extract):
    # the sentence before tells arrests, not strikes: the statement's strikes are known only by it
    found = _dates(extract, "اعتقلت الشرطة خمسة مشتبه بهم في مدينة كركوك أمس. وقال بيان للقيادة المشتركة اليوم إن "
                            "ثلاث غارات قصفت مراكز للتنظيم قرب مدينة سنجار.")
    assert ("Air/drone strike", "2015-07-22", "day") in found, found


# --- an announcement placed in a country, then the incident's own day at a town there ---------------------------

def test_an_abduction_announced_in_a_country_then_told_at_its_town_on_its_own_day_is_one_of_that_day(extract):
    found = _dates(extract, "اختطف مسلحون من جماعة أنصار الدين خمسة عمال إغاثة في مالي، بحسب ما ذكرت مصادر "
                            "محلية، الثلاثاء. وقالت المصادر إن المسلحين اختطفوا العمال مساء الأحد قرب مدينة تمبكتو.")
    assert found == [("Abduction/forced disappearance", "2015-07-19", "day")], found


def test_guard_an_abduction_in_a_country_and_another_at_a_town_with_no_announcement_stay_two(extract):
    # neither telling is dated by an announcement: two days, two incidents
    found = _dates(extract, "اختطف مسلحون من جماعة أنصار الدين خمسة عمال إغاثة في مالي الثلاثاء. واختطف مسلحون "
                            "عاملين آخرين مساء الأحد قرب مدينة تمبكتو.")
    assert len(found) == 2, found
