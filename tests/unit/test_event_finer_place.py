"""The place of an incident told over a country, region or province and then placed more precisely in its own
sentence (rasd/extract/events/setting.py: _finer_inside).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""


def places(extract, text):
    return [(e.type, e.place.name) for e in extract(text).events]


STRIKES = "Explosions/Remote violence"


def test_a_finer_place_after_the_country_places_the_incident(extract):
    text = "شنت طائرات التحالف غارات جوية على مواقع للتنظيم في العراق، وتركزت الغارات على أهداف قرب مدينة الموصل."
    assert places(extract, text) == [(STRIKES, "الموصل")]


def test_a_finer_place_after_the_province_places_the_incident(extract):
    text = "شنت الطائرات الحربية غارات على مواقع للمسلحين في محافظة درعا، تركزت على أهداف قرب بلدة الشجرة."
    assert places(extract, text) == [(STRIKES, "الشجرة")]


def test_a_word_of_another_incident_right_after_the_trigger_is_its_own(extract):
    text = "اندلعت اشتباكات أخرى بين الجيش والمسلحين في محافظة حماة، وتركزت في بلدة كفرزيتا."
    assert places(extract, text) == [("Battles", "كفرزيتا")]


def test_the_place_of_another_incident_is_not_a_finer_place(extract):
    text = "شهدت محافظة حمص هجوما انتحاريا يوم الجمعة، كما قتل خمسة أشخاص في هجوم آخر على بلدة تلبيسة."
    assert (STRIKES, "حمص") in places(extract, text)


def test_the_place_of_a_statement_after_the_incident_is_not_its_place(extract):
    text = "اندلعت اشتباكات عنيفة بين الجيش والمسلحين في محافظة حلب أمس، وقال ناشط في مدينة منبج إن الوضع صعب جدا."
    assert places(extract, text) == [("Battles", "حلب")]


def test_a_place_named_before_the_area_is_not_its_finer_place(extract):
    text = "قال مسؤول عسكري في مدينة بغداد إن طائرات التحالف شنت غارات على مواقع للتنظيم في العراق."
    assert places(extract, text) == [(STRIKES, "العراق")]


def test_the_province_a_town_is_the_seat_of_only_locates_it(extract):
    # rasd/extract/events/setting.py: _container_of_the_place_before, seat_nouns in event_roles.yaml
    text = "انسحب المسلحون إلى مدينة الحوطة عاصمة محافظة لحج بعد معارك عنيفة مع المقاومة."
    assert places(extract, text) == [("Battles", "الحوطة")]


def test_the_seat_named_in_apposition_after_a_comma_only_locates_it(extract):
    # the dead counted at the end of the sentence are its taking's: one event, at the town
    text = ("وسيطرت القوات الحكومية أمس على حي شرق بعقوبة، مركز محافظة ديالى، بعد معارك عنيفة مع المسلحين قتل "
            "فيها أحد قادتهم.")
    evs = extract(text, "2015-07-23").events
    assert [(e.sub_type, e.place.name, e.fatalities) for e in evs] == [("Government regains territory", "بعقوبة", 1)]


def test_the_place_of_a_press_conference_is_not_the_incident_place(extract):
    # rasd/extract/events/setting.py: _at_a_venue, venue_nouns in event_roles.yaml
    text = ("قتل عشرة أشخاص في تفجير انتحاري في مدينة سروج. "
            "وقال المسؤول في مؤتمر صحافي عقده في أنقرة إن التفجير نفذه انتحاري.")
    assert {place for _, place in places(extract, text)} == {"سروج"}


def test_an_incident_inside_a_country_territory_is_in_that_country(extract):
    # rasd/extract/events/setting.py: _nationwide, territory_nouns in event_roles.yaml
    text = ("قتل عشرة أشخاص في تفجير انتحاري في مدينة سروج. وقال مصدر إن الغارات التي شنتها الطائرات التركية "
            "فجر اليوم ضد مواقع التنظيم داخل الأراضي السورية تمت بنجاح.")
    assert places(extract, text) == [(STRIKES, "سروج"), (STRIKES, "سوريا")]


def test_the_base_aircraft_took_off_from_is_not_where_they_struck(extract):
    # rasd/extract/events/setting.py: _where_it_set_off, departure_verbs in event_roles.yaml
    text = "قصفت طائرات حربية أقلعت من قاعدة في مدينة ديار بكر مواقع للمسلحين قرب مدينة الرقة أمس."
    assert places(extract, text) == [(STRIKES, "الرقة")]
    alone = "قصفت طائرات حربية انطلقت من قاعدة في مدينة ديار بكر مواقع للمسلحين أمس."
    assert all(e.place is None or e.place.name != "ديار بكر" for e in extract(alone).events)


def test_the_state_that_leads_a_coalition_is_no_place_of_its_strikes(extract):
    text = "شنت طائرات التحالف بقيادة السعودية غارات على مواقع الحوثيين أمس."
    assert all(name != "السعودية" for _, name in places(extract, text))
    text = "شنت مقاتلات التحالف الذي تقوده السعودية غارات جوية على معسكر في صنعاء."
    assert places(extract, text) == [(STRIKES, "صنعاء")]
