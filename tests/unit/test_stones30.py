"""Stones30 (helper session, 2026-12-07, twentieth, third wave): a riot told by what the crowd threw.

A clash or a burning (events.yaml armed_clash, property_destruction) with stones, bricks or fire bottles in the
sentence of a hit that tells it (the qualifier `thrown`, read at coding, `in_sentence`) is ACLED's Riots / Violent
demonstration; in a riot, an armed group read as the clash's doer is the side the crowd faced.  Every sentence here
was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.type, e.sub_type) for e in evs)


# --- the rule: stones or fire bottles thrown in the incident --------------------------------------------------

def test_stones_thrown_at_the_fence_before_the_soldiers_fire_is_a_riot(extract):
    evs = events(extract, "وقال متحدث عسكري إن مجموعة من الفلسطينيين ألقت الحجارة على السياج الحدودي شرق رفح أمس، "
                          "وإن الجنود أطلقوا النار باتجاههم.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]
    assert evs[0].actor1 is not None and evs[0].actor1.label.startswith("Rioters")


def test_fire_bottles_thrown_and_tyres_burnt_is_a_riot_not_property_destruction(extract):
    evs = events(extract, "وذكرت الشرطة أنه تم إلقاء زجاجات حارقة وإحراق إطارات في بلدة سلوان أمس.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


def test_a_clash_in_which_stones_were_thrown_at_a_patrol_is_a_riot(extract):
    evs = events(extract, "واندلعت أمس مواجهات قرب مدينة طولكرم رشق خلالها الفلسطينيون دورية للجيش بالحجارة.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


def test_townsmen_answering_an_armed_group_with_stones_riot_against_it(extract):
    evs = events(extract, "واشتبك مواطنون مع مسلحي داعش في مدينة الموصل أمس وردوا عليهم بالحجارة.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]
    assert evs[0].actor1.label.startswith("Rioters")
    assert evs[0].actor2 is not None and evs[0].actor2.label == "Islamic State"


# --- guards: fights of armed men, an attack on soldiers, and stones that are no weapon --------------------------

def test_a_clash_of_the_army_and_gunmen_stays_a_battle(extract):
    evs = events(extract, "واندلعت اشتباكات عنيفة أمس بين الجيش ومسلحي التنظيم في مدينة الرمادي.")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_an_attack_on_soldiers_with_fire_bottles_found_later_stays_a_battle(extract):
    evs = events(extract, "وقتل مسلحون ثلاثة جنود في هجوم على حاجز قرب مدينة العريش أمس، وعثر على زجاجات حارقة في "
                          "المكان.")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_a_law_against_stone_throwers_is_no_event(extract):
    assert events(extract, "وأقر البرلمان أمس قانونا يشدد العقوبة على من يرمي الحجارة على السيارات.") == []


def test_stone_walls_brought_down_by_a_flood_are_no_event(extract):
    assert events(extract, "وانهارت جدران من الحجارة في قرية الشيخ بعد سيول غزيرة أمس.") == []


def test_a_peaceful_protest_on_an_armed_group_s_anniversary_does_not_face_it(extract):
    # only a riot faces the armed group read as doer: a protest that names it in passing was about it
    evs = events(extract, "ومع حلول ذكرى سيطرة داعش على قضاء سنجار تظاهر مئات الإيزيديين أمس في مدينة أربيل.")
    assert kinds(evs) == [("Protests", "Peaceful protest")]
    assert evs[0].actor2 is None
