"""Rules of background26: a relative clause on a place or on ground, told in the passive ("التي تم تحريرها",
"التي جرى طرد المسلحين منها"), tells which place it is by its history, as the active clause does ("التي حررتها
القوات"): background, not news (SCHEMA.md, "Background is not an event").

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text, published).events]


def test_a_town_freed_in_a_passive_relative_clause_is_no_incident(extract):
    assert events(extract, "وعاد رئيس الحكومة إلى مدينة زنجبار التي جرى تحريرها من قبل الجيش.") == []


def test_fighters_driven_out_in_a_passive_relative_clause_is_no_incident(extract):
    assert events(extract, "وتجول الصحفيون في مدينة زنجبار التي تم طرد المسلحين منها.") == []


def test_ground_cleared_in_a_passive_relative_clause_is_no_incident(extract):
    assert events(extract, "وقال إن القوات تمشط المناطق التي تم تحريرها في محافظة لحج.") == []


def test_guard_the_shelling_of_a_town_freed_before_is_told(extract):
    found = events(extract, "وتعرضت مدينة زنجبار التي تم تحريرها مؤخرا لقصف بالهاون أمس.")
    assert found == [("Shelling/artillery/missile attack", "زنجبار")]


def test_guard_a_passive_taking_in_a_main_clause_is_told(extract):
    assert ("Government regains territory", "زنجبار") in events(extract, "وتم تحرير مدينة زنجبار أمس من المسلحين.")


def test_guard_a_passive_taking_dated_in_its_relative_clause_is_told(extract):
    found = events(extract, "وأكد المحافظ أن القوات دخلت الأحياء الشرقية من مدينة الرمادي التي تم تحريرها أمس "
                            "من المسلحين.")
    assert any(sub == "Government regains territory" for sub, _ in found)


def test_one_word_and_punctuation_texts(extract):
    assert events(extract, "تحريرها") == []
    assert events(extract, "التي تم تحريرها") == []
    assert events(extract, "،") == []


def test_guard_a_taking_said_to_be_recent_in_its_relative_clause_is_told(extract):
    found = events(extract, "وتفقد الوزير أمس الأضرار في مدينة زنجبار التي تم تحريرها مؤخرا من المسلحين.")
    assert ("Government regains territory", "زنجبار") in found
