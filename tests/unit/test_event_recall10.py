"""Incidents earlier rules missed (recall10): two suicide bombers, a bomber's belt a few words after the verb;
gunfire exchanged with an indefinite نار; two car bombs.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return extract(text, published).events


def test_two_suicide_bombers_make_a_suicide_bombing(extract):
    [e] = events(extract, "قتل عشرة أشخاص أمس عندما هاجم انتحاريان سوقا مزدحمة في مدينة كركوك.")
    assert (e.sub_type, e.place.name) == ("Suicide bomb", "كركوك")


def test_a_bomber_who_sets_off_his_belt_a_few_words_after_the_verb(extract):
    [e] = events(extract, "وفجر انتحاري أمس حزامه الناسف داخل مسجد في مدينة أبها وقتل 12 من المصلين.")
    assert (e.sub_type, e.place.name, e.date, e.fatalities) == ("Suicide bomb", "أبها", "2015-07-19", 12)


def test_gunfire_exchanged_with_the_police(extract):
    [e] = events(extract, "قتل مسلح أمس في تبادل إطلاق نار مع الشرطة في مدينة بنغازي.")
    assert (e.type, e.sub_type, e.place.name) == ("Battles", "Armed clash", "بنغازي")


def test_no_gunfire_exchanged_is_no_clash(extract):
    assert events(extract, "وأوضح المصدر أنه لم يحصل تبادل إطلاق نار في مدينة بنغازي.") == []


def test_two_car_bombs(extract):
    [e] = events(extract, "قتل تسعة جنود أمس في هجوم بسيارتين مفخختين على موقع عسكري في مدينة المكلا.")
    assert (e.sub_type, e.place.name, e.fatalities) == ("Remote explosive/landmine/IED", "المكلا", 9)
