"""Riots33 (helper session, 2026-12-07, twenty-first, second wave): an angry crowd as a side of an attack.

An attack or a clash (events.yaml attack, armed_clash) with an angry crowd («حشد غاضب» and its forms) as a side, near
the hit in its clause (the qualifier `angry_crowd`, read at coding), is a crowd's violence, not an armed group's:
ACLED's Riots.  Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.type, e.sub_type) for e in evs)


# --- guards: fights of armed men, a peaceful protest ---------------------------------------------------------

def test_a_clash_of_the_army_and_gunmen_stays_a_battle(extract):
    evs = events(extract, "واندلعت اشتباكات عنيفة أمس بين الجيش ومسلحي التنظيم في مدينة الرمادي.")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_an_attack_with_machine_guns_and_hand_grenades_stays_a_battle(extract):
    evs = events(extract, "وهاجم مسلحون حاجزا للجيش قرب مدينة العريش أمس بالأسلحة الرشاشة والقنابل اليدوية.")
    assert kinds(evs) == [("Battles", "Armed clash")]


def test_a_peaceful_protest_with_no_force_stays_a_peaceful_protest(extract):
    evs = events(extract, "وتظاهر مئات المعلمين أمس أمام مبنى وزارة التربية في العاصمة عمان للمطالبة بزيادة الأجور.")
    assert kinds(evs) == [("Protests", "Peaceful protest")]


# --- an angry crowd as a side of an attack (the qualifier `angry_crowd`) ----------------------------------------

def test_soldiers_attacked_by_an_angry_crowd_is_a_riot(extract):
    evs = events(extract, "وقال الجيش إن الجنود تعرضوا لهجوم من قبل حشد غاضب في بلدة بيت فوريك أمس.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]


def test_an_angry_crowd_attacking_a_police_station_riots_against_the_police(extract):
    evs = events(extract, "وهاجم حشد غاضب مركز الشرطة في مدينة كراتشي أمس وأحرق سيارتين.")
    assert kinds(evs) == [("Riots", "Violent demonstration")]
    assert evs[0].actor2 is not None and evs[0].actor2.label.startswith("Police Forces")


def test_a_bombing_that_struck_a_crowd_of_youths_stays_a_bombing(extract):
    evs = events(extract, "واستهدف الهجوم الانتحاري حشدا من الشباب في مدينة أضنة أمس.")
    assert [k for k in kinds(evs) if k[0] == "Riots"] == []
