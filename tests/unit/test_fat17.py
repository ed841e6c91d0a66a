"""Tolls of an incident (fat17): "one" as the adjective of a thing ("من عائلة واحدة") counts no one, and one of
the militants named by a construct plural ("أحد متشددي التنظيم") is a count of the militants' side.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # "of one family": the numeral is the family's adjective, the toll is the six
    ("قتل ستة أشخاص من أسرة واحدة في قصف مدفعي على بلدة الحارة أمس.", 6),
    ("لقي خمسة مدنيين من عائلة واحدة مصرعهم في غارة جوية على قرية قرب مدينة إدلب.", 5),
    # "in one day"
    ("قتل تسعة جنود في يوم واحد بهجوم على حاجز قرب مدينة العريش.", 9),
])
def test_one_as_the_adjective_of_a_thing(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # the numeral after a people noun still counts it
    ("قتل مدني واحد في قصف على بلدة الحارة أمس.", 1),
    ("قتل جنديان اثنان في هجوم على حاجز قرب مدينة العريش.", 2),
])
def test_one_after_a_people_noun_still_counts(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_one_of_the_militants_by_a_construct_plural(extract):
    # a soldier and one of the militants: one of each side, two dead
    text = "اندلعت اشتباكات على الحدود بين الجيش ومسلحي التنظيم قتل خلالها ضابط وأحد متطرفي التنظيم."
    assert fatalities(extract, text)[:1] == [2]


@pytest.mark.parametrize("text, toll", [
    # "it resulted in no victims": nobody died
    ("سقطت أربع قذائف أطلقها المسلحون على بلدة الطوال أمس، ولم ينجم عنها أي ضحايا بين السكان.", 0),
    # a security man wounded, no one killed
    ("أصيب رجل أمن بانفجار عبوة استهدفت دورية للشرطة في قرية سترة مساء أمس.", 0),
])
def test_nobody_killed(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_two_neighbourhoods_two_tolls(extract):
    # each neighbourhood's bombing keeps its own dead: the second is not the lowest figure of the first
    text = ("انفجرت سيارة مفخخة في سوق بمنطقة البياع في بغداد صباح الثلاثاء، ما أدى إلى مقتل 14 شخصا. "
            "كما انفجرت عبوة ناسفة في اليوم نفسه في منطقة الزعفرانية، ما أدى إلى مقتل ثلاثة أشخاص.")
    assert sorted(f for f in fatalities(extract, text) if f is not None) == [3, 14]


def test_a_calibre_is_no_count(extract):
    # "عيار 23" names the gun; the crew are not counted by it
    text = "دمرت غارة جوية طقما عسكريا للمسلحين على متنه مدفع عيار 23 وقتل طاقمه قرب مدينة مأرب أمس."
    assert 23 not in fatalities(extract, text)


@pytest.mark.parametrize("text, toll", [
    # the numeral after the noun and its nisba counts that noun once
    ("قال مسؤول في الجيش إن 9 مدنيين على الأقل وجنديا نيجيريا واحدا قتلوا في هجوم انتحاري على سوق بلدة الحجارة أمس.", 10),
    # a noun and its nisba with no numeral after them stays one count
    ("قتل جندي أفغاني وأصيب ثلاثة آخرون في هجوم على حاجز في ولاية فارياب أمس.", 1),
])
def test_one_after_a_noun_and_its_nisba(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]
