"""Missed25 (helper session, 2026-12-06, eighteenth): incidents the article reports that Rasd did not code.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.sub_type, e.place.name if e.place else None) for e in evs)


# --- the attack with its side's pronoun, pressed by a verb of launching or keeping up ----------------------

def test_an_offensive_renewed_on_a_town_is_an_incident(extract):
    evs = events(extract, "وجددت فصائل المعارضة المسلحة أمس هجومها على بلدة مورك في ريف حماة.")
    assert ("Armed clash", "مورك") in kinds(evs)


def test_an_offensive_stepped_up_with_the_plural_pronoun(extract):
    evs = events(extract, "وكثف مسلحو التنظيم أمس هجومهم على مدينة الرمادي من ثلاثة محاور.")
    assert ("Armed clash", "الرمادي") in kinds(evs)


def test_aircraft_keeping_up_their_attack_is_an_air_strike(extract):
    evs = events(extract, "وواصلت طائرات حربية أمس هجومها على مواقع المسلحين في مدينة الرقة.")
    assert ("Air/drone strike", "الرقة") in kinds(evs)


def test_a_writer_keeping_up_his_attack_on_a_country_is_no_incident(extract):
    assert events(extract, "وواصل الكاتب أمس هجومه على الحكومة المصرية في مقال نشره في القاهرة.") == []


def test_an_attack_with_a_pronoun_and_no_verb_of_pressing_it_is_no_incident(extract):
    assert events(extract, "وأعلن الوزير أمس في باريس تأييد بلاده لتركيا في هجومها على الإرهاب.") == []


def test_a_team_strengthening_its_attack_line_is_no_incident(extract):
    assert events(extract, "ويعزز النادي هجومه أمس بلاعب برازيلي في مدينة جدة.") == []


# --- exposed to a blow across its subject, a place and a day ----------------------------------------------

def test_a_village_exposed_to_shelling_with_its_province_between(extract):
    evs = events(extract, "وتعرضت قرية الحصن في محافظة أبين أمس لقصف عنيف من المسلحين.")
    assert ("Shelling/artillery/missile attack", "الحصن") in kinds(evs)


def test_homes_in_a_town_exposed_to_shelling(extract):
    evs = events(extract, "وتعرضت منازل المواطنين في مدينة تعز أمس لقصف عنيف من المسلحين.")
    assert ("Shelling/artillery/missile attack", "تعز") in kinds(evs)


def test_a_patrol_exposed_to_an_attack_while_on_duty(extract):
    evs = events(extract, "وتعرضت إحدى دوريات الجيش أثناء مرورها في بلدة العوامية أمس لهجوم مسلح.")
    assert ("Armed clash", "العوامية") in kinds(evs)


def test_a_purpose_after_the_blow_stays_a_purpose(extract):
    evs = events(extract, "وتعرضت القوات أمس لهجوم أثناء تقدمها نحو بلدة مورك لاستعادة السيطرة عليها.")
    assert not [e for e in evs if e.sub_type == "Government regains territory"]


def test_a_purpose_with_no_verb_of_exposure_stays_a_purpose(extract):
    evs = events(extract, "ووصلت تعزيزات عسكرية كبيرة إلى أطراف مدينة مورك في ريف حماة أمس لقصف مواقع المسلحين.")
    assert not [e for e in evs if e.type == "Explosions/Remote violence"]
