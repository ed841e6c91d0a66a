"""roles13: an air raid told with no doer carries on the air force of the raids told before it in the same
country; ...

Every sentence here was written for these tests (none is taken from an article).
"""
import pytest


def canonical(actor):
    return actor.canonical if actor is not None else None


def strikes(extract, text):
    return [e for e in extract(text, "2015-07-20").events if e.sub_type == "Air/drone strike"]


@pytest.mark.parametrize("text, place, actor1", [
    # unnamed warplanes after the regime's raids
    ("شنت طائرات النظام السوري ست غارات على مدينة أريحا في ريف إدلب. وفي ريف حلب، قتل ثلاثة مدنيين في قصف من "
     "طيران حربي على مدينة الباب.", "الباب", "Military Forces of Syria"),
    # "the aircraft" after the coalition's raids
    ("وشن طيران التحالف العربي غارات على مواقع الحوثيين في محافظة مأرب. وفي لحج، شن الطيران ثلاث غارات على مواقع "
     "للمتمردين في مدينة الحوطة.", "الحوطة", "Saudi-led Coalition"),
])
def test_an_air_raid_with_no_doer_carries_on_the_air_force_before(extract, text, place, actor1):
    [e] = [e for e in strikes(extract, text) if e.place and e.place.name == place]
    assert canonical(e.actor1) == actor1


# guards: sentences that must not change
def test_not_the_air_force_of_another_country(extract):
    text = ("وشن طيران التحالف العربي غارات على مواقع الحوثيين في محافظة مأرب. وفي سوريا قتل خمسة مدنيين في "
            "غارة على مدينة سراقب في ريف إدلب.")
    [e] = [e for e in strikes(extract, text) if e.place and e.place.name == "سراقب"]
    assert e.actor1 is None


def test_not_a_group_read_with_the_raid_before(extract):
    text = ("وقال تنظيم داعش إن غارات استهدفت مواقعه قرب مدينة الرقة. وقتل خمسة مدنيين في غارة على قرية "
            "الكرامة شرقي الرقة.")
    for e in strikes(extract, text):
        assert canonical(e.actor1) != "Islamic State"
