"""Rules of voices18: one incident told again — aircraft as the far subject of a verb of shelling, and the death
report of a sentence placed only by the reference point of the incident it tells.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""

DAY = "2015-08-02"


def events(extract, text, published=DAY):
    return extract(text, published).events


def actor1(e):
    return (e.actor1.canonical or e.actor1.name) if e.actor1 else None


# --- "إن طائرات حربية يعتقد أنها ... قصفت": the complementiser's subject, aircraft, makes the shelling verb a strike ---

def test_aircraft_far_before_a_shelling_verb_make_one_air_strike_with_the_next_telling(extract):
    evs = events(extract, "ذكر المرصد أن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع "
                          "لتنظيم داعش في مدينة الباب اليوم الأحد. وقال المرصد إن الغارات الجوية أصابت مقرات "
                          "للتنظيم في مدينة الباب.")
    assert [e.sub_type for e in evs] == ["Air/drone strike"]


def test_the_owner_of_far_aircraft_is_the_doer_not_an_actor_after_the_verb(extract):
    evs = events(extract, "ذكر المرصد أن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع "
                          "لتنظيم داعش في مدينة الباب اليوم الأحد، بعد هجوم شنه التنظيم على مواقع للمعارضة.")
    strikes = [e for e in evs if e.sub_type == "Air/drone strike"]
    assert len(strikes) == 1 and actor1(strikes[0]) != "Islamic State"


def test_guard_artillery_as_the_far_subject_stays_a_shelling(extract):
    evs = events(extract, "قال مصدر عسكري إن المدفعية الثقيلة التابعة للجيش النظامي قصفت مواقع للمعارضة في مدينة "
                          "الباب اليوم الأحد.")
    assert [e.sub_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_guard_a_clause_joined_by_and_is_not_the_aircrafts(extract):
    evs = events(extract, "قال مصدر عسكري إن طائرات التحالف حلقت فوق مدينة الباب طوال الليل وإن المدفعية الثقيلة "
                          "قصفت مواقع التنظيم في المدينة اليوم الأحد.")
    assert "Air/drone strike" not in [e.sub_type for e in evs]


# --- a death report of the sentence placed only by a reference point near the taking it tells ---

def test_a_death_report_placed_by_a_reference_point_is_the_takings(extract):
    evs = events(extract, "سيطرت فصائل المعارضة اليوم الأحد على بلدة تل رفعت الواقعة شمال مدينة حلب، بعد "
                          "معارك أسفرت عن مقتل 15 عنصرا من تنظيم داعش.")
    assert len(evs) == 1 and evs[0].sub_type in ("Non-state actor overtakes territory", "Government regains territory")


def test_guard_a_death_report_far_from_the_taking_stays_apart(extract):
    evs = events(extract, "سيطرت فصائل المعارضة اليوم الأحد على بلدة تل رفعت الواقعة شمال مدينة حلب، فيما قتل "
                          "15 مدنيا في قصف على مدينة دير الزور.")
    assert len(evs) == 2


def test_aircraft_subject_with_a_comma_before_the_verb(extract):
    evs = events(extract, "أعلن متحدث عسكري أمس أن طائرات حربية، تابعة لسلاح الجو الليبي، قصفت مواقع للمسلحين في "
                          "مدينة درنة.")
    assert [e.sub_type for e in evs] == ["Air/drone strike"]


# --- "المعارك" after a taking: the fight that won it, unless it goes on or "this battle" points to a fight ---

def test_the_battles_after_a_taking_are_the_fight_that_won_it(extract):
    evs = events(extract, "سيطرت فصائل المعارضة اليوم الأحد على بلدة تل رفعت في ريف حلب الشمالي. وقال مصدر ميداني "
                          "إن المعارك في البلدة أسفرت عن مقتل 15 عنصرا من تنظيم داعش.")
    assert len(evs) == 1 and evs[0].fatalities == 15


def test_guard_battles_said_to_go_on_after_a_taking_stay_a_clash(extract):
    evs = events(extract, "سيطرت فصائل المعارضة اليوم الأحد على بلدة تل رفعت في ريف حلب الشمالي. وقال مصدر ميداني "
                          "إن الاشتباكات ما زالت مستمرة في ريف حلب الشمالي.")
    assert "Armed clash" in [e.sub_type for e in evs]
