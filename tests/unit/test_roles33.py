"""roles33: the side hit read as the doer (issue 9, actor1).

1. People counted with an accusative head or with "others" before من ("أن عددا من عناصر داعش قتلوا", "عددا آخر
   من عناصر داعش"): the side after من is among the dead, never the doer (roles._among_the_counted; event_roles.yaml
   count_hedges).
2. Reinforcements, gatherings, technicals and convoys before an affiliation word ("تعزيزات تابعة لميليشيات
   الحوثي", "أطقما تابعة للحوثيين") are what was hit: the side after it owns them (event_roles.yaml owned_things).
   Tanks are left out: they shoot ("دبابات تابعة للحوثيين تقصف").
3. A count, its noun and one qualifying word before من ("ثلاثة قياديين بارزين من تنظيم داعش", in quotation marks or
   not): people counted (roles._count_noun_and_qualifier).

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


@pytest.mark.parametrize("count", ["عددا من", "عددا آخر من", "ثلاثة آخرين من"])
def test_the_counted_dead_are_not_the_shooter(extract, count):
    ev = with_trigger(extract, f"وأضاف المسؤول أن {count} عناصر داعش قتلوا لدى قصف الجيش العراقي لمقرات في قرية "
                               "قرب الموصل.", "قصف")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Military Forces of Iraq", "Islamic State")


def test_others_without_a_count_may_act(extract):
    # guard: "مقاتلون آخرون من" is no count, the fighters of the front attack
    ev = with_trigger(extract, "وشن مقاتلون آخرون من جبهة النصرة هجوما على حاجز للجيش السوري قرب إدلب.", "هجوما")
    assert canonical(ev.actor1) == "Jabhat al-Nusra"


@pytest.mark.parametrize("text, trigger", [
    ("وقال البيان إن هجوما استهدف تعزيزات تابعة لميليشيات الحوثي في مديرية خولان.", "هجوما"),
    ("وقال مصدر إن الغارات دمرت أطقما تابعة للحوثيين في مديرية بيحان.", "دمرت"),
])
def test_the_owner_of_reinforcements_or_technicals_hit_is_hit(extract, text, trigger):
    ev = with_trigger(extract, text, trigger)
    assert canonical(ev.actor1) is None
    assert canonical(ev.actor2) == "Houthi Movement"


def test_the_owner_of_reinforcements_is_not_the_air_force(extract):
    ev = with_trigger(extract, "واستهدفت طائرات التحالف العربي تعزيزات تابعة لميليشيات الحوثي في مديرية خولان.",
                      "واستهدفت")
    assert canonical(ev.actor1) == "Saudi-led Coalition"
    assert canonical(ev.actor2) == "Houthi Movement"


@pytest.mark.parametrize("qualifier", ["بارزين", "«بارزين»"])
def test_a_count_with_a_qualifier_counts_the_dead(extract, qualifier):
    ev = with_trigger(extract, f"وأعلن الجيش العراقي مقتل ثلاثة قياديين {qualifier} من تنظيم داعش بقصف مدفعي في "
                               "قضاء الكرمة.", "بقصف مدفعي")
    assert canonical(ev.actor1) != "Islamic State"
    assert canonical(ev.actor2) == "Islamic State"


def test_a_comma_after_the_count_s_noun_leaves_the_side_acting(extract):
    # guard: "20 مقاتلا، ... من" is no one phrase
    ev = with_trigger(extract, "وقال الشهود إن 20 مقاتلا، معظمهم من تنظيم داعش، قصفوا القرية بالهاون.", "قصفوا")
    assert canonical(ev.actor1) == "Islamic State"
