"""air36: an air strike's doer flies aircraft.  A side that flies none (events.yaml flown_by_aircraft
`grounded_kinds`: an armed group, a militia) read as the doer of an air strike was the side hit: the doer is the
owner of aircraft the strike's sentence names (the sides swap where that owner was read as actor2), else the
forces of a nationality after the strike, else the one air power of the article, else no one.  A grounded side
that opens the strike's clause as its subject keeps a blow a word of aircraft near it made a strike.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, events


def _strikes(extract, text):
    return [e for e in events(extract, text) if e.sub_type == "Air/drone strike"]


def test_the_aircraft_named_after_a_speaker_of_the_side_hit_struck(extract):
    # the group's spokesman tells of the strike on "our positions": the group was hit, the Turkish aircraft struck
    evs = _strikes(extract, "وأكد المتحدث باسم الجناح المسلح لحزب العمال الكردستاني قصف الطائرات التركية "
                            "لـ«مواقعنا في المثلث الحدودي مع قصف عنيف للمدفعية».")
    assert evs and (canonical(evs[0].actor1), canonical(evs[0].actor2)) == \
        ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")


def test_a_group_the_strikes_were_against_is_not_their_doer(extract):
    evs = _strikes(extract, "ودخلت أنقرة الحرب على تنظيم داعش. وجاءت هذه الضربات التركية بعد يومين من هجوم سروج "
                            "في إطار الحملة لمواجهة «داعش» بشن أولى غاراتها الجوية على مواقع له في سوريا فجر الجمعة.")
    assert evs and all(canonical(e.actor1) != "Islamic State" for e in evs)
    assert canonical(evs[0].actor2) == "Islamic State"


@pytest.mark.parametrize("text, doer", [
    # the coalition's aircraft named as owner: the owner of what was hit is not the doer
    ("وقالت المصادر إن طائرات التحالف شنت غارات على صنعاء. وفي ساعات الفجر استهدفت إحدى الغارات مدرعة تابعة "
     "للحوثيين في منطقة الجفينة ودمرتها وقتل ثلاثة من طاقمها.", "Saudi-led Coalition"),
    ("أعلنت قيادة العمليات أمس عن مقتل 12 عنصرا من تنظيم داعش وتدمير عربة مفخخة بقصف لطيران التحالف الدولي في "
     "قضاء الشرقاط.", "Global Coalition Against Daesh"),
])
def test_the_owner_of_the_aircraft_struck(extract, text, doer):
    evs = [e for e in _strikes(extract, text) if e.place is not None and e.place.name in ("الجفينة", "الشرقاط")]
    assert evs and canonical(evs[0].actor1) == doer


def test_a_state_s_strike_keeps_its_doer(extract):
    evs = _strikes(extract, "وقصف الطيران العراقي مواقع لتنظيم داعش في مدينة الرمادي أمس.")
    assert evs and canonical(evs[0].actor1) == "Military Forces of Iraq"


def test_a_group_that_fired_keeps_its_blow(extract):
    # the Houthis open the clause as its subject: "مضادات الطيران" is their weapon, no aircraft struck
    text = ("وكانت طائرات التحالف قد شنت غارات على صنعاء. وقالت مصادر إن الحوثيين ردوا على هجمات المقاومة بقصف "
            "الأحياء في مدينة تعز بقذائف الهاون ومضادات الطيران أمس.")
    at_taiz = [e for e in events(extract, text) if e.place is not None and e.place.name == "تعز"]
    assert at_taiz and all(canonical(e.actor1) != "Saudi-led Coalition" for e in at_taiz)


@pytest.mark.parametrize("text", ["قصف الطائرات لمواقعنا", "غارات داعش", "الضربات التركية"])
def test_short_texts(extract, text):
    extract(text)


_RAQQA = "قتل خمسة من مسلحي داعش في غارة جوية على مواقعهم في مدينة الرقة أمس. وفي وقت لاحق شن الجيش الأمريكي غارات جوية على مواقع للتنظيم في مدينة دير الزور."


def _at(extract, text, town):
    return [e for e in events(extract, text) if e.place is not None and e.place.name == town]


def test_a_raid_told_before_the_one_air_force_named_is_its(extract):
    at = _at(extract, _RAQQA, "الرقة")
    assert at and canonical(at[0].actor1) == "Military Forces of the United States"


def test_with_two_air_forces_named_after_it_the_raid_has_no_doer(extract):
    at = _at(extract, _RAQQA + " كما شن الجيش الروسي غارات جوية على مدينة إدلب.", "الرقة")
    assert at and canonical(at[0].actor1) is None


def test_aircraft_read_as_the_side_hit_struck(extract):
    # "قصف للطيران الحربي": the ل of the agent, not of the target; the group fighting in the city was hit
    text = ("وقال المرصد السوري لحقوق الإنسان إن ما لا يقل عن 11 عنصرا من تنظيم داعش قتلوا جراء قصف للطيران الحربي على "
            "مناطق سيطرتهم في حي غويران بمدينة الحسكة التي تشهد منذ 20 من شهر يونيو (حزيران) الماضي، معارك عنيفة بين "
            "التنظيم من طرف، وقوات النظام والمسلحين الموالين لها من طرف آخر.")
    at = [e for e in _strikes(extract, text) if e.place is not None and e.place.name == "غويران"]
    assert at and (canonical(at[0].actor1), canonical(at[0].actor2)) == ("Military Forces of Syria", "Islamic State")


def test_a_group_s_claim_beside_an_air_strike_is_of_its_own_deed(extract):
    text = ("شنت المقاتلات التركية مساء الأحد غارات جديدة على مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق، "
            "فيما أعلن الحزب مسؤوليته عن هجوم على مركز للشرطة في ولاية ماردين.")
    evs = events(extract, text)
    strike = [e for e in evs if e.sub_type == "Air/drone strike"]
    attack = [e for e in evs if e.place is not None and e.place.name == "ماردين"]
    assert strike and canonical(strike[0].actor1) == "Military Forces of Turkey"
    assert attack and canonical(attack[0].actor1) == "PKK: Kurdistan Workers Party"
