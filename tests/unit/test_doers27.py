"""doers27: control a side lost ("فقد/خسر ... السيطرة على"): the verb's subject is the side the ground was taken
from (actor2); the side after لصالح took it (actor1), and with none named the taker is left open and the ground
went the other way (a state force lost it: overtaken; a group lost it: regained).

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


@pytest.mark.parametrize("text, trigger, doer, loser, sub_type", [
    ("فقد المتمردون الحوثيون السيطرة على بلدة قعطبة لصالح المقاومة الشعبية صباح أمس.", "السيطرة على",
     "Popular Resistance (Yemen)", "Houthi Movement", "Government regains territory"),
    ("وفقدت قوات النظام السوري السيطرة على بلدة قرب حماة أمس بعد هجوم واسع.", "السيطرة على",
     None, "Military Forces of Syria", "Non-state actor overtakes territory"),
    ("وقال قائد ميداني إن تنظيم داعش خسر السيطرة على قرية قرب كركوك فجر اليوم.", "السيطرة على",
     None, "Islamic State", "Government regains territory"),
])
def test_the_side_that_lost_control_is_not_the_taker(extract, text, trigger, doer, loser, sub_type):
    ev = with_trigger(extract, text, trigger)
    assert (canonical(ev.actor1), canonical(ev.actor2), ev.sub_type) == (doer, loser, sub_type)


def test_fa_qad_before_a_verb_of_taking_is_no_loss(extract):
    ev = with_trigger(extract, "فقد سيطرت المقاومة الشعبية على بلدة قعطبة أمس بعد معارك مع الحوثيين.", "سيطرت")
    assert canonical(ev.actor1) == "Popular Resistance (Yemen)"


def test_a_plain_taking_keeps_its_subject(extract):
    ev = with_trigger(extract, "وسيطر الحوثيون على بلدة قعطبة صباح أمس بعد معارك مع المقاومة الشعبية.", "وسيطر")
    assert canonical(ev.actor1) == "Houthi Movement"


@pytest.mark.parametrize("text", ["فقد", "لصالح", "فقد السيطرة", "السيطرة لصالح", "خسر الحوثيون السيطرة"])
def test_short_texts(extract, text):
    extract(text)


# Riding is using a vehicle: the side after a riding verb carrying the vehicle's pronoun rode what was hit.
@pytest.mark.parametrize("text, trigger", [
    ("وقال مصدر عسكري إن أربع سيارات كان يستقلها مقاتلو تنظيم داعش تم تدميرها جنوب مدينة تكريت صباح أمس.",
     "تدميرها"),
    ("وأوضح الضابط أن مدرعتين كان يركبها مسلحو الحوثي دمرتا بالكامل في قصف شرق مدينة مأرب أمس.", "دمرتا"),
])
def test_the_side_riding_what_was_hit_is_not_the_doer(extract, text, trigger):
    ev = with_trigger(extract, text, trigger)
    assert canonical(ev.actor1) is None and canonical(ev.actor2) is not None


def test_a_side_that_hit_a_vehicle_others_rode_stays_the_doer(extract):
    ev = with_trigger(extract, "وفجر مسلحو حركة الشباب عبوة ناسفة استهدفت حافلة كان يستقلها جنود من الجيش "
                               "الكيني قرب الحدود أمس.", "عبوة ناسفة")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Al Shabaab", "Military Forces of Kenya")


@pytest.mark.parametrize("text", ["يستقلها", "كان يستقلها", "يستقلها الجنود", "يركبونها"])
def test_short_texts_with_a_riding_verb(extract, text):
    extract(text)


# A weapon only one state's forces use names them as the doer when no doer is read (events.yaml signature_weapons).
@pytest.mark.parametrize("text, trigger", [
    ("وقتل أربعة مدنيين في قصف بالبراميل المتفجرة على بلدة صغيرة في ريف إدلب صباح اليوم.", "قصف"),
    ("وتعرضت أحياء في مدينة درعا لقصف الطيران المروحي ببراميل متفجرة، فيما اشتبكت فصائل المعارضة مع "
     "قوات النظام في ريف المدينة.", "لقصف"),
])
def test_barrel_bombs_name_the_syrian_forces(extract, text, trigger):
    assert canonical(with_trigger(extract, text, trigger).actor1) == "Military Forces of Syria"


def test_a_named_doer_keeps_its_blow_beside_barrel_bombs(extract):
    ev = with_trigger(extract, "وقصفت فصائل المعارضة مواقع قوات النظام في ريف حماة بقذائف الهاون ردا على "
                               "البراميل المتفجرة.", "وقصفت")
    assert canonical(ev.actor1) == "Opposition Rebels (Syria)"


@pytest.mark.parametrize("text", ["براميل", "البراميل المتفجرة", "قصف بالبراميل", "قصف بالبراميل المتفجرة"])
def test_short_texts_with_barrel_bombs(extract, text):
    extract(text)
