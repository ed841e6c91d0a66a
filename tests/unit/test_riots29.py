"""Riots29 (helper session, 2026-12-07, twentieth): a clash whose side is a crowd is a riot.

A clash (events.yaml armed_clash) with a crowd noun near it in its clause (the qualifier `crowd`, read at coding on
every telling of the incident) is ACLED's Riots / Violent demonstration; the state force read as its doer is the
side the crowd faced.  Every sentence here was written for these tests (none is taken from the gold files or the
feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.type, e.sub_type, e.place.name if e.place else None) for e in evs)


# --- the rule: a crowd as a side of the clash ------------------------------------------------------------------

def test_clash_between_security_forces_and_protesters_is_a_riot(extract):
    evs = events(extract, "واندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين في مدينة أنقرة.")
    assert kinds(evs) == [("Riots", "Violent demonstration", "أنقرة")]
    ev = evs[0]
    assert ev.actor1 is not None and ev.actor1.label.startswith("Rioters")
    assert ev.actor2 is not None and ev.actor2.label.startswith("Police Forces")


def test_police_clashing_with_protesters_is_a_riot_against_the_police(extract):
    evs = events(extract, "واشتبكت شرطة مكافحة الشغب مع متظاهرين في مدينة أنقرة يوم الخميس.")
    assert kinds(evs) == [("Riots", "Violent demonstration", "أنقرة")]
    assert evs[0].actor1.label.startswith("Rioters")
    assert evs[0].actor2 is not None and evs[0].actor2.label.startswith("Police Forces")


def test_youths_clashing_with_soldiers_is_a_riot(extract):
    evs = events(extract, "وأصيب ثلاثة أشخاص أمس خلال مواجهات بين شبان فلسطينيين وقوات الجيش الإسرائيلي قرب مدينة نابلس.")
    assert [k[:2] for k in kinds(evs)] == [("Riots", "Violent demonstration")]


def test_worshippers_in_a_clash_with_the_police_is_a_riot(extract):
    evs = events(extract, "واندلعت أمس مواجهات عنيفة بين الشرطة والمصلين في باحات المسجد في مدينة الخليل.")
    assert [k[:2] for k in kinds(evs)] == [("Riots", "Violent demonstration")]


def test_a_clash_told_twice_is_one_riot_when_its_second_telling_names_the_crowd(extract):
    text = ("وقتل شاب فلسطيني أمس خلال مواجهات قرب مدينة طولكرم. "
            "وقال مصدر أمني إن المواجهات اندلعت بين شبان وقوات الجيش بعد اقتحام البلدة.")
    evs = events(extract, text)
    assert [k[:2] for k in kinds(evs)] == [("Riots", "Violent demonstration")]


# --- guards: clashes of armed men, and a crowd named far from the clash -----------------------------------------

def test_gunmen_clashing_with_security_forces_stay_a_battle(extract):
    evs = events(extract, "وقتل خمسة مسلحين في اشتباكات مع قوات الأمن في مدينة كراتشي أمس.")
    assert [k[:2] for k in kinds(evs)] == [("Battles", "Armed clash")]


def test_a_crowd_far_from_the_clash_in_its_clause_leaves_it_a_battle(extract):
    text = ("وقتل جنديان أمس في اشتباكات مع مسلحين في مدينة العريش بشمال سيناء استمرت حتى ساعات الفجر الأولى "
            "ثم انتهت بانسحاب المسلحين أمام أعين الشبان.")
    evs = events(extract, text)
    assert ("Battles", "Armed clash") in [k[:2] for k in kinds(evs)]
    assert "Riots" not in [k[0] for k in kinds(evs)]


# --- a protest the police disperse: Protests / Protest with intervention (qualifier `dispersed`) ------------------

def test_protesters_dispersed_with_tear_gas_is_a_protest_with_intervention(extract):
    evs = events(extract, "واستخدمت الشرطة أمس الغاز المسيل للدموع لتفريق مئات المحتجين في وسط مدينة أنقرة.")
    assert ("Protests", "Protest with intervention", "أنقرة") in kinds(evs)


def test_a_protest_the_police_dispersed_is_a_protest_with_intervention(extract):
    evs = events(extract, "وتظاهر مئات الطلاب أمس في مدينة الخرطوم وأطلقت الشرطة عليهم الغاز المسيل للدموع.")
    assert [k[:2] for k in kinds(evs)] == [("Protests", "Protest with intervention")]


def test_a_protest_the_police_only_guard_stays_peaceful(extract):
    evs = events(extract, "وتظاهر مئات الطلاب أمس أمام مبنى البرلمان في مدينة الخرطوم وسط انتشار كثيف لقوات الشرطة.")
    assert [k[:2] for k in kinds(evs)] == [("Protests", "Peaceful protest")]
