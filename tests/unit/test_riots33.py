"""Riots33 (helper session, 2026-12-07, twenty-first, second wave): a clash fought with the means of crowd control.

A clash or an attack (events.yaml armed_clash, attack) with tear gas, sound bombs, rubber bullets, water cannon or
batons in the sentence of a hit that tells it, or the police's "to disperse them" (the qualifier `riot_control`, read
at coding, `in_sentence`), faced a crowd, not an armed side: ACLED's Riots / Violent demonstration.  So does one with
an angry crowd as a side (`angry_crowd`, near the hit in its clause).  Every sentence here was written for these
tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.type, e.sub_type) for e in evs)


# --- the rule: the means of crowd control in the incident's sentence ------------------------------------------

def test_a_clash_in_which_soldiers_fired_tear_gas_and_rubber_bullets_is_a_riot(extract):
    evs = events(extract, "واندلعت مواجهات أمس في بلدة كفر قدوم أطلق خلالها الجنود قنابل الغاز والرصاص المطاطي.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]
    assert evs[0].actor1 is not None and evs[0].actor1.label.startswith("Rioters")


def test_police_attacking_a_sit_in_with_batons_and_water_cannon_is_a_riot_against_the_police(extract):
    evs = events(extract, "وهاجمت قوات الأمن المعتصمين أمام مبنى البرلمان في العاصمة كييف أمس بالهراوات وخراطيم المياه.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]
    assert evs[0].actor1.label.startswith("Rioters")
    assert evs[0].actor2 is not None and evs[0].actor2.label.startswith("Police Forces")


def test_the_means_told_in_a_clause_of_their_own_before_the_attack(extract):
    evs = events(extract, "وأطلقت الشرطة الغاز المسيل للدموع في مدينة بورتو أمس وهاجمت أنصار المرشح الخاسر بالعصي.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


def test_a_clash_the_forces_went_to_disperse_is_a_riot(extract):
    evs = events(extract, "ووقعت اشتباكات بين السكان وقوات الشرطة في مدينة الإسكندرية أمس، فتوجهت القوات لتفريقهم.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


# --- guards: fights of armed men, grenades and live fire, dividing a nation ------------------------------------

def test_a_clash_of_the_army_and_gunmen_stays_a_battle(extract):
    evs = events(extract, "واندلعت اشتباكات عنيفة أمس بين الجيش ومسلحي التنظيم في مدينة الرمادي.")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_an_attack_with_machine_guns_and_hand_grenades_stays_a_battle(extract):
    evs = events(extract, "وهاجم مسلحون حاجزا للجيش قرب مدينة العريش أمس بالأسلحة الرشاشة والقنابل اليدوية.")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_a_speech_against_dividing_the_nation_beside_a_clash_leaves_it_a_battle(extract):
    evs = events(extract, "واندلعت اشتباكات أمس بين الجيش ومسلحي التنظيم في مدينة الرمادي، في محاولة لتفريق صفوف "
                          "العشائر هناك.")
    assert [k for k in kinds(evs) if k[0] == "Riots"] == []


def test_a_peaceful_protest_with_no_force_stays_a_peaceful_protest(extract):
    evs = events(extract, "وتظاهر مئات المعلمين أمس أمام مبنى وزارة التربية في العاصمة عمان للمطالبة بزيادة الأجور.")
    assert kinds(evs) == [("Protests", "Peaceful protest")]


# --- an angry crowd as a side of an attack (the qualifier `angry_crowd`) ----------------------------------------

def test_soldiers_attacked_by_an_angry_crowd_is_a_riot(extract):
    evs = events(extract, "وقال الجيش إن دورية تعرضت لهجوم شنته حشود غاضبة في بلدة بيت فوريك أمس.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


def test_an_angry_crowd_attacking_a_police_station_riots_against_the_police(extract):
    evs = events(extract, "وهاجم حشد غاضب مركز الشرطة في مدينة كراتشي أمس وأحرق سيارتين.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]
    assert evs[0].actor2 is not None and evs[0].actor2.label.startswith("Police Forces")


def test_a_bombing_that_struck_a_crowd_of_youths_stays_a_bombing(extract):
    evs = events(extract, "واستهدف الهجوم الانتحاري حشدا من الطلاب في مدينة أضنة أمس.")
    assert [k for k in kinds(evs) if k[0] == "Riots"] == []
