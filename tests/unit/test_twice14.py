"""Rules of twice14: one incident, one event; several towns in one list are several incidents.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return extract(text, published).events


def places(evs):
    return sorted(e.place.name for e in evs if e.place is not None)


# --- a list of places after a date, or after the trigger's object, is still the trigger's own -------------------

def test_a_list_after_a_date_is_one_incident_per_place(extract):
    evs = events(extract, "وأفاد سكان باندلاع اشتباكات عنيفة صباح أمس الأحد في محافظتي مأرب والبيضاء.")
    assert len([e for e in evs if e.sub_type == "Armed clash"]) == 2


def test_a_list_after_the_bombs_and_the_night_is_one_incident_per_place(extract):
    evs = events(extract, "وقتل أربعة أشخاص في انفجار عبوتين ناسفتين الليلة الماضية في قضاء الخالص والمقدادية.")
    bombs = [e for e in evs if e.type == "Explosions/Remote violence"]
    assert len(bombs) == 2 and all(e.fatalities is None for e in bombs)


def test_guard_a_place_far_after_the_trigger_is_not_its_list(extract):
    evs = events(extract, "واندلعت اشتباكات عنيفة أمس بين مسلحين وقوات الجيش قرب الطريق الدولي الذي يربط "
                          "بين محافظتي مأرب والبيضاء.")
    assert len([e for e in evs if e.sub_type == "Armed clash"]) <= 1


# --- a list of places of different precision: each town its own incident ----------------------------------------

def test_a_village_and_a_town_taken_are_two_takings(extract):
    evs = events(extract, "وتمكنت قوات الجيش والمقاومة أمس من السيطرة على منطقتي الوهط والحوطة بمحافظة لحج.")
    taken = [e for e in evs if e.type == "Battles"]
    assert len(taken) == 2


def test_guard_a_town_and_its_province_are_one_place(extract):
    evs = events(extract, "وشنت طائرات التحالف غارات جوية أمس على مدينة مأرب ومحافظة مأرب.")
    assert len([e for e in evs if e.sub_type == "Air/drone strike"]) == 1


def test_guard_a_list_describing_the_actor_is_not_the_ground_taken(extract):
    evs = events(extract, "وسيطرت قوات المقاومة الشعبية في محافظتي الضالع ولحج أمس على جبل العر الاستراتيجي.")
    assert len([e for e in evs if e.type == "Battles"]) <= 1


def test_guard_quarters_of_one_town_stay_one_incident(extract):
    evs = events(extract, "وتدور اشتباكات عنيفة منذ الصباح في أحياء المعلا والتواهي وكريتر بين المقاومة والمسلحين.")
    assert len([e for e in evs if e.sub_type == "Armed clash"]) <= 1


def test_a_place_of_the_list_told_again_in_its_sentence_is_one_incident(extract):
    evs = events(extract, "ولقي خمسة مسلحين مصرعهم أمس في كمين للمقاومة، في وقت تشهد فيه جبهتا القتال في تعز "
                          "والبيضاء معارك عنيفة.")
    fights = [e.place.name for e in evs if e.sub_type == "Armed clash" and e.place is not None]
    assert len(fights) == len(set(fights))


# --- a taking told in sum, then at a spot of its place by a source ------------------------------------------------

def test_a_taking_told_then_at_its_spot_is_one_taking(extract):
    evs = events(extract, "وسيطرت المقاومة الشعبية في محافظة مأرب أمس على مواقع للمسلحين الحوثيين غرب المحافظة. "
                          "وقال مصدر في المقاومة إن مقاتليها شنوا هجوما على مواقع للحوثيين في منطقة صرواح وسيطروا "
                          "على اثنين منها.")
    assert len([e for e in evs if e.type == "Battles"]) == 1


def test_guard_two_takings_by_two_sides_stay_two(extract):
    evs = events(extract, "وسيطرت المقاومة الشعبية في محافظة مأرب أمس على مواقع للمسلحين الحوثيين غرب المحافظة. "
                          "وقال مصدر قبلي إن المسلحين الحوثيين شنوا هجوما على مواقع للمقاومة في منطقة صرواح "
                          "وسيطروا على اثنين منها.")
    assert len([e for e in evs if e.type == "Battles"]) == 2


def test_a_town_of_the_list_takes_the_sides_told_of_its_sentence(extract):
    evs = events(extract, "وقالت مصادر إن المقاتلين يرسلون إلى جبهات القتال في تعز ولحج اللتين تشهدان أمس مواجهات "
                          "عنيفة بين المقاومة الشعبية والمسلحين الحوثيين.")
    fights = [e for e in evs if e.sub_type == "Armed clash"]
    assert len({e.place.name for e in fights}) == len(fights) == 2
    assert len({e.actor1.canonical if e.actor1 else None for e in fights}) == 1 and fights[0].actor1 is not None
