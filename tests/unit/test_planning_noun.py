"""The verbal noun of planning (events.yaml modality `intention`: التخطيط) makes the act it plans an aim, not an
incident told: "للتخطيط لعمليات استهداف ضباط الشرطة" is a plan.  The bare construct "تخطيط الهجوم" names an attack
that took place and is left alone.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def test_planning_attacks_is_no_attack(extract):
    text = "وقالت النيابة إن أفراد الشبكة سافروا إلى الخارج للتخطيط لعمليات استهداف ضباط الشرطة في المنامة."
    assert events(extract, text) == []


def test_charged_with_planning_a_bombing_is_no_bombing(extract):
    text = "ووجهت المحكمة إلى الموقوفين تهمة التخطيط لتفجير مبنى حكومي في مدينة الكويت."
    assert events(extract, text) == []


def test_guard_the_attack_planned_and_carried_out_stays(extract):
    text = "وكان تخطيط الهجوم من قبل المسلحين لاقتحام الموقع، وقتل في الهجوم ثلاثة جنود في نجران أمس."
    assert [e.type for e in events(extract, text)] == ["Battles"]
