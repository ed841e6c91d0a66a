"""Rules of background17: earlier incidents named inside a clause about something else (SCHEMA.md, "Background is
not an event"): the point a span is counted from by منذ, dated or not; a kind of violence given as an example.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text, published).events]


# --- منذ: the point a span starts at, even with a date of its own ---------------------------------------------

def test_a_dated_point_counted_from_is_no_incident(extract):
    found = events(extract, "واعتقلت الشرطة أمس رجلا في مدينة الخليل، وهو أول شخص يعتقل منذ مقتل شرطي بالرصاص "
                            "الخميس الماضي في مدينة نابلس.")
    assert ("Arrests", "الخليل") in found
    assert not any(place == "نابلس" for _, place in found)


def test_a_point_counted_from_with_its_year_is_no_incident(extract):
    assert events(extract, "ويعيش سكان المدينة بلا كهرباء منذ سيطرة المسلحين على مدينة الرقة عام 2014.") == []


def test_guard_since_a_time_of_day_the_fighting_is_told(extract):
    # a date between منذ and the trigger: since then, the fighting is the news
    assert ("Armed clash", "درعا") in events(
        extract, "وتدور منذ صباح اليوم اشتباكات عنيفة بين الجيش والمعارضة في مدينة درعا.")


# --- "مثل": a kind of violence given as an example ----------------------------------------------------------------

def test_an_example_is_no_incident(extract):
    assert events(extract, "وانتقد التقرير سياسات الحكومة في مجالات كثيرة، مثل غارات الطيران على الأسواق الشعبية "
                           "في مدينة إدلب.") == []


def test_a_comparison_is_no_incident(extract):
    found = events(extract, "وقتل سبعة أشخاص أمس في تفجير انتحاري بسوق مدينة كانو، وقالت الشرطة إن الهجوم، "
                            "مثل تفجيرات الشهر الماضي في مدينة جوس، نفذته امرأة.")
    assert any(place == "كانو" for _, place in found)
    assert not any(place == "جوس" for _, place in found)


def test_guard_the_dated_start_of_a_campaign_is_told(extract):
    # strikes said to have gone on since a day: told, as fighting going on is
    found = events(extract, "ويخشى السكان نزوحا جديدا منذ بدء الغارات الجوية على مدينة الفلوجة في مايو الماضي.")
    assert ("Air/drone strike", "الفلوجة") in found


# --- "على خلفية": against the background of ------------------------------------------------------------------

def test_against_the_background_of_an_attack_is_no_incident(extract):
    found = events(extract, "البرلمان يقر قانونا جديدا لمكافحة الإرهاب\n\nأقر البرلمان الباكستاني أمس قانونا جديدا "
                            "لمكافحة الإرهاب.\nوقتل جنديان أمس في اشتباك مع مسلحين في مدينة كويتا.\nوأغلقت "
                            "السلطات المدارس في الإقليم على خلفية هجوم مسلح استهدف مدرسة في مدينة بيشاور.")
    assert ("Armed clash", "كويتا") in found
    assert not any(place == "بيشاور" for _, place in found)
