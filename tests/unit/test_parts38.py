"""Parts38 (helper session, 2026-12-07, twenty-second): the arrests of an operation told in the sentence of its
fight, at its place, are a part of that one fight (SCHEMA issue 9: the sub-actions of one operation are one event).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
from event_helpers import events
from event_helpers import kinds_tolls as kinds


def test_killed_and_arrested_in_clashes_is_one_battle(extract):
    evs = events(extract, "ذكر الجيش أن قواته قتلت 20 مسلحا واعتقلت 40 آخرين في اشتباكات بمحافظة ديالى أمس.")
    assert kinds(evs) == [("Armed clash", "ديالى", 20)]


def test_a_security_operation_that_killed_one_and_arrested_others_is_one_battle(extract):
    evs = events(extract, "قالت وزارة الداخلية أمس الأحد إن قوات الأمن قتلت مسلحا واعتقلت 12 آخرين خلال اشتباكات "
                          "في مدينة القصرين.")
    assert kinds(evs) == [("Armed clash", "القصرين", 1)]


# --- guards ------------------------------------------------------------------------------------------------

def test_arrests_in_another_town_stay_their_own_incident(extract):
    evs = events(extract, "اندلعت اشتباكات بين الجيش ومسلحين في مدينة الرمادي أمس. واعتقلت الشرطة في مدينة الموصل "
                          "خمسة مشتبهين.")
    assert sorted(e.sub_type for e in evs) == ["Armed clash", "Arrests"]


def test_arrests_in_another_sentence_stay_apart_from_a_clash(extract):
    evs = events(extract, "اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة الرمادي أمس. وفي وقت لاحق اعتقلت الشرطة "
                          "خمسة مشتبهين في مدينة الرمادي.")
    assert sorted(e.sub_type for e in evs) == ["Armed clash", "Arrests"]


def test_an_arrest_told_after_an_exchange_of_fire_stays_an_arrest(extract):
    evs = events(extract, "ألقت الشرطة القبض على أربعة مطلوبين في مدينة الزرقاء أمس بعد تبادل لإطلاق النار معهم.")
    assert "Arrests" in [e.sub_type for e in evs]


def test_arrests_told_in_a_clause_of_their_own_stay_apart(extract):
    evs = events(extract, "فتح مسلحون النار على دورية للجيش في مدينة ديار بكر أمس، فيما ذكرت وكالة أنباء أن خمسة أشخاص "
                          "اعتقلوا للاشتباه بعلاقتهم بالحادث.")
    assert "Arrests" in [e.sub_type for e in evs]
