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


@pytest.mark.parametrize("text", [
    "وقال المصدر إن هناك اشتباكات اندلعت مع عناصر داعش قرب مدينة الرمادي.",
])
def test_the_side_fought_with_is_not_the_doer(extract, text):
    [e] = extract(text, "2015-07-20").events
    assert e.actor1 is None and e.actor2 is not None


@pytest.mark.parametrize("text, actor1, actor2", [
    # the subject who wages the fight stays actor1, the side fought with is actor2
    ("وتخوض المقاومة الشعبية اشتباكات عنيفة مع الحوثيين في مدينة تعز.", "Popular Resistance (Yemen)",
     "Houthi Movement"),
    # (battles19: "الثوار" of a report from Yemen are the resistance, so this sentence, a guard above while they
    # were no actor, now names its doer)
    ("ويخوض الثوار منذ فجر أمس اشتباكات عنيفة مع عناصر تابعة لجماعة الحوثي قرب مدينة تعز.",
     "Popular Resistance (Yemen)", "Houthi Movement"),
])
def test_who_wages_the_fight_with_a_side(extract, text, actor1, actor2):
    [e] = extract(text, "2015-07-20").events
    assert (canonical(e.actor1), canonical(e.actor2)) == (actor1, actor2)


# guards: whose dead are counted before the clash decides, not this rule; a partner is not fought with
@pytest.mark.parametrize("text, actor1, actor2", [
    # (roles14: the side of the counted dead is the side hit, actor2; roles16: the side they fought with is
    # then the other party, actor1)
    ("وقتل عشرة من مسلحي الحوثي في اشتباكات مع المقاومة الشعبية قرب مدينة تعز.", "Popular Resistance (Yemen)",
     "Houthi Movement"),
    ("قتل جندي تركي في اشتباكات مع تنظيم داعش قرب بلدة ايلبيلي.", None, "Military Forces of Turkey"),
    ("وشنت القوات العراقية هجوما بالتنسيق مع طيران التحالف على مواقع داعش قرب الفلوجة.", "Military Forces of Iraq",
     "Islamic State"),
])
def test_not_a_side_fought_with(extract, text, actor1, actor2):
    [e] = extract(text, "2015-07-20").events
    assert (canonical(e.actor1), canonical(e.actor2)) == (actor1, actor2)
