"""blasts29: a bomb that forces or a strike destroyed did not go off.  A car bomb or an explosive device that is the
object of a destroying ("تمكنت القوات من تدمير خمس عجلات مفخخة", "دمرت القوات ثلاث سيارات مفخخة") is a Disrupted
weapons use, not a bombing or a destruction of property; where a strike is told with it ("وتدمير سيارة مفخخة بقصف
لطيران التحالف") it is part of the strike.  A bomb that is the subject of a destroying went off ("دمرت العبوة الناسفة
آلية للشرطة"), and a bombing told with تفجير stays a bombing.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import events


def _at(extract, text, place):
    return [e for e in events(extract, text) if e.place is not None and e.place.name == place]


@pytest.mark.parametrize("text, place", [
    # the verbal noun, a count between
    ("وقال مصدر عسكري إن القوات الحكومية تمكنت أمس من تدمير أربع عجلات مفخخة للتنظيم قرب مدينة تكريت.", "تكريت"),
    ("وقال مصدر عسكري إن القوات الحكومية تمكنت أمس من تدمير ثلاث سيارات مفخخة للتنظيم قرب مدينة تكريت.", "تكريت"),
    # the finite verb, its subject between
    ("ودمرت القوات الأمنية سبع مركبات مفخخة كانت معدة لمهاجمة الجيش قرب مدينة بيجي.", "بيجي"),
    # no count
    ("وأعلن الجيش أمس عن تدمير سيارة مفخخة قرب مدينة الفلوجة.", "الفلوجة"),
])
def test_a_car_bomb_destroyed_is_a_disrupted_weapons_use(extract, text, place):
    at = _at(extract, text, place)
    assert at and all(e.sub_type == "Disrupted weapons use" for e in at)


def test_a_car_bomb_destroyed_by_a_strike_is_part_of_the_strike(extract):
    at = _at(extract, "أعلنت وزارة الدفاع أمس عن تدمير سيارة مفخخة بغارة لطيران التحالف قرب مدينة الشرقاط.", "الشرقاط")
    assert at and all(e.sub_type == "Air/drone strike" for e in at)


@pytest.mark.parametrize("text, place", [
    # the bombing itself
    ("قتل خمسة جنود أمس في تفجير سيارة مفخخة استهدف حاجزا للجيش قرب مدينة سامراء.", "سامراء"),
    ("وقتل أربعة أشخاص أمس في انفجار ثلاث سيارات مفخخة في مدينة الحلة.", "الحلة"),
])
def test_a_bombing_stays_a_bombing(extract, text, place):
    at = _at(extract, text, place)
    assert at and all(e.type == "Explosions/Remote violence" for e in at)


def test_the_bomb_as_subject_of_the_destroying_is_no_disrupted_use(extract):
    at = _at(extract, "دمرت العبوة الناسفة أمس آلية للشرطة في مدينة العريش.", "العريش")
    assert not any(e.sub_type == "Disrupted weapons use" for e in at)


def test_a_car_destroyed_is_no_car_bomb(extract):
    # a vehicle with no bomb word: the materiel of a fight, as before
    at = _at(extract, "وتمكنت قوات المقاومة أمس من تدمير ثلاث عربات للمتمردين في مدينة الضالع.", "الضالع")
    assert not any(e.sub_type == "Disrupted weapons use" for e in at)


@pytest.mark.parametrize("text", ["تدمير سيارة مفخخة", "تدمير خمس", "دمرت عجلات مفخخة", "تدمير"])
def test_short_texts(extract, text):
    extract(text)
