"""types29: a blow whose doer is named as aircraft ("طائرات التحالف", "الطائرات الحربية التركية", "طيران التحالف"
continued by "كما قصف") is an air strike, however its verb tells it ("دمرت", "أطلقت قذائف", "قصف", "تمكن من قتل");
not where a weapon of the ground is named at the blow ("قصف مدفعي", "بقذائف الهاون"), where the aircraft only back
the doer ("بدعم من طيران التحالف"), nor a fight (اشتباكات).

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import events


def _at(extract, text, place):
    return [e for e in events(extract, text) if e.place is not None and e.place.name == place]


@pytest.mark.parametrize("text, place", [
    # a destruction whose subject is the aircraft, after a clause of its own
    ("وفي محافظة مأرب واصلت طائرات التحالف ضرب مواقع المتمردين في منطقة الجفينة حيث قتل 12 مسلحا، ودمرت عددا من "
     "العربات.", "الجفينة"),
    # the subject carried over from the sentence before ("كما قصف")
    ("وقصف طيران التحالف أمس تجمعات المتمردين في محافظة حجة. كما قصف معسكرات للمتمردين في منطقة الصباحة غربي صنعاء.",
     "الصباحة"),
    # shells launched by aircraft, in quotation marks after أن
    ("وذكر البيان أن \"الطائرات الحربية التركية أطلقت أمس 4 قذائف نحو مقرين لتنظيم داعش في بلدة جرابلس\".", "جرابلس"),
    # a killing the aircraft managed
    ("وقال المتحدث إن طيران التحالف الدولي تدخل أمس وتمكن من قتل 15 عنصرا من التنظيم قرب مدينة الكرمة.", "الكرمة"),
])
def test_the_blow_of_aircraft_is_an_air_strike(extract, text, place):
    at = _at(extract, text, place)
    assert at and all(e.sub_type == "Air/drone strike" for e in at)


@pytest.mark.parametrize("text, place", [
    # the artillery told beside the aircraft's raids
    ("وشنت مقاتلات تركية أمس غارات على مواقع للمسلحين في سوريا، وقامت القوات البرية بقصف مدفعي على بلدة جرابلس.",
     "جرابلس"),
    ("وشنت مقاتلات التحالف أمس غارات على مواقع التنظيم في الموصل، كما قصفت بقذائف الهاون مدينة بعقوبة.", "بعقوبة"),
])
def test_a_ground_weapon_keeps_the_shelling(extract, text, place):
    assert any(e.sub_type == "Shelling/artillery/missile attack" for e in _at(extract, text, place))


def test_aircraft_that_back_the_doer_do_not_make_its_blow_an_air_strike(extract):
    at = _at(extract, "وتقدمت قوات المقاومة بدعم من طيران التحالف وقصفت مواقع المتمردين في مدينة الضالع أمس.",
             "الضالع")
    assert at and all(e.sub_type == "Shelling/artillery/missile attack" for e in at)


def test_a_fight_stays_a_fight(extract):
    at = _at(extract, "ودارت أمس اشتباكات عنيفة بين قوات المقاومة والمتمردين المدعومين بطيران الجيش في بلدة الوهط.",
             "الوهط")
    assert at and all(e.type == "Battles" for e in at)


@pytest.mark.parametrize("text", ["طيران التحالف قصف", "طائرات دمرت", "كما قصف", "قصف مدفعي"])
def test_short_texts(extract, text):
    extract(text)


# --- barrel bombs named after a shelling or an attack are an air strike -------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وقتل تسعة أشخاص أمس في قصف بالبراميل على بلدة اليادودة.", "اليادودة"),
    ("وأدى قصف البراميل على بلدة اليادودة أمس إلى مقتل تسعة أشخاص.", "اليادودة"),
    ("وتعرض مخيم خان الشيح أمس لقصف بثلاثة براميل متفجرة.", "مخيم خان الشيح"),
])
def test_barrels_make_the_bombardment_an_air_strike(extract, text, place):
    at = _at(extract, text, place)
    assert at and all(e.sub_type == "Air/drone strike" for e in at)


def test_barrels_before_the_trigger_belong_to_another_act(extract):
    at = _at(extract, "المروحيات تستهدف درعا بالبراميل وقصف مدفعي يستهدف السويداء", "السويداء")
    assert at and all(e.sub_type == "Shelling/artillery/missile attack" for e in at)


def test_a_barrel_of_oil_is_no_bomb(extract):
    at = _at(extract, "وقصفت المدفعية أمس مصفاة بيجي التي تنتج عشرة آلاف برميل يوميا.", "بيجي")
    assert all(e.sub_type != "Air/drone strike" for e in at)
