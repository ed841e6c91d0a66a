"""Recall33 (helper session, 2026-12-07, twenty-first): deaths told as martyrdom (استشهد، استشهاد) are death reports.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.sub_type, e.place.name if e.place else None, e.fatalities) for e in evs)


# --- the rule: استشهد/استشهاد with a count or a named dead is a death report -------------------------------

def test_soldiers_martyred_are_a_death_report(extract):
    evs = events(extract, "واستشهد جنديان من قوات حرس الحدود أمس في منطقة جازان.")
    assert [(e.place.name, e.fatalities) for e in evs] == [("جازان", 2)]


def test_the_martyrdom_noun_announced_is_a_death_report(extract):
    evs = events(extract, "وأعلنت القيادة العامة للقوات المسلحة أمس استشهاد ثلاثة من جنودها في مدينة عدن.")
    assert [(e.place.name, e.fatalities) for e in evs] == [("عدن", 3)]


def test_a_named_young_man_martyred_is_a_death_report(extract):
    evs = events(extract, "واستشهد الشاب خالد منصور برصاص قوات الاحتلال أمس في مدينة الخليل.")
    assert [(e.place.name, e.fatalities) for e in evs] == [("الخليل", 1)]


def test_martyred_in_a_bombing_is_that_bombing_once(extract):
    evs = events(extract, "واستشهد ضابط وجنديان أمس في انفجار عبوة ناسفة استهدفت دورية في مدينة العريش.")
    assert kinds(evs) == [("Remote explosive/landmine/IED", "العريش", 3)]


# --- guards: the other senses of the verb, and the fallen honoured -------------------------------------------

def test_citing_a_poet_is_no_death(extract):
    evs = events(extract, "واستشهد الوزير في كلمته أمس في مدينة الرياض بأبيات للشاعر المتنبي.")
    assert evs == []


def test_the_present_tense_cites_and_is_no_trigger(extract):
    evs = events(extract, "ويستشهد الكاتب في مقاله أمس عن مدينة جدة بأرقام وزارة الصحة.")
    assert evs == []


def test_a_ceremony_for_the_fallen_is_no_incident(extract):
    evs = events(extract, "وكرم أمير المنطقة أمس في مدينة أبها أسر الجنود الذين استشهدوا دفاعا عن الوطن.")
    assert evs == []


def test_the_martyrdom_noun_in_a_condolence_is_no_second_incident(extract):
    evs = events(extract, "وسقطت قذيفة أمس على منزل في مدينة نجران فقتل شاب. وقال الأمير في اتصال مع والده: "
                          "نعزي أنفسنا على استشهاد مواطن عاش عزيزا.")
    assert len(evs) == 1


# --- the side that announces its own dead is not their doer (roles._announces_its_own_dead) ------------------

def actor1(evs):
    return [e.actor1.label if e.actor1 else None for e in evs]


def test_an_army_announcing_one_of_its_sons_martyred_is_not_his_killer(extract):
    evs = events(extract, "وأعلنت القيادة العامة للقوات المسلحة الإماراتية أمس عن استشهاد أحد أبنائها في مدينة عدن.")
    assert actor1(evs) == [None]


def test_an_army_announcing_two_of_its_soldiers_dead_is_not_their_killer(extract):
    evs = events(extract, "وأعلن الجيش الجزائري أمس مقتل اثنين من جنوده في ولاية باتنة.")
    assert actor1(evs) == [None]


def test_an_army_announcing_the_enemys_dead_keeps_its_doing(extract):
    evs = events(extract, "وأعلن الجيش المصري أمس مقتل 20 من عناصر التنظيم في مدينة العريش.")
    assert actor1(evs) == ["Military Forces of Egypt"]


def test_a_masculine_pronoun_after_a_feminine_announcer_is_another_sides_dead(extract):
    evs = events(extract, "وأعلنت القوات العراقية أمس مقتل عشرة من عناصره في مدينة بيجي.")
    assert actor1(evs) == ["Military Forces of Iraq"]
