"""Raid39 (helper session, 2026-12-07, twenty-second): a killing and the arrests of its raid told in one clause, with
no word of fighting, are one event, an armed clash (SCHEMA: one incident, one event; a raid where security forces kill
armed men is Battles, its arrests a part of it), not a killing plus an Arrests event.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
from event_helpers import events
from event_helpers import kinds_tolls as kinds


def test_forces_that_killed_a_gunman_and_arrested_others_fought_one_clash(extract):
    evs = events(extract, "قالت وزارة الداخلية إن قوات الأمن قتلت مسلحا واعتقلت خمسة آخرين في مدينة القصرين أمس.")
    assert kinds(evs) == [("Armed clash", "القصرين", 1)]


def test_the_nouns_of_a_killing_and_an_arrest_are_one_clash(extract):
    evs = events(extract, "أعلنت وزارة الداخلية أمس الأحد مقتل مسلح واعتقال ثمانية آخرين في مدينة القصرين.")
    assert kinds(evs) == [("Armed clash", "القصرين", 1)]


def test_arrests_told_before_the_killing_are_the_same_clash(extract):
    evs = events(extract, "اعتقلت الشرطة ستة مطلوبين وقتلت مسلحا في مدينة القصرين أمس.")
    assert [e.sub_type for e in evs] == ["Armed clash"]


# --- guards ------------------------------------------------------------------------------------------------

def test_arrests_with_no_one_killed_stay_arrests(extract):
    evs = events(extract, "ألقت الشرطة القبض على ثلاثة مطلوبين في مدينة القصرين أمس.")
    assert [e.sub_type for e in evs] == ["Arrests"]


def test_arrests_in_another_town_stay_apart_from_a_killing(extract):
    evs = events(extract, "قتل مسلحون جنديا في مدينة القصرين أمس، واعتقلت الشرطة خمسة مشتبهين في مدينة سوسة.")
    assert sorted(e.sub_type for e in evs) == ["Armed clash", "Arrests"]


def test_a_bombing_whose_toll_is_told_with_arrests_stays_a_bombing(extract):
    evs = events(extract, "ذكرت الشرطة أن تفجيرا أسفر أمس عن مقتل شرطيين واعتقال ثلاثة مشتبهين في مدينة سترة.")
    assert [e.sub_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_a_cell_arrested_for_a_killing_last_month_stays_an_arrest(extract):
    evs = events(extract, "أعلن الجيش أمس اعتقال خلية مسؤولة عن عملية قتل مستوطن الشهر الماضي قرب مدينة نابلس.")
    assert "Arrests" in [e.sub_type for e in evs]
