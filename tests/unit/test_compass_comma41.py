"""lead41: a place after a comma and a compass word is the point the place before it is told by, not where the
incident was, as without the comma (setting._told_by).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def test_the_province_before_the_comma_is_the_place(extract):
    text = "وقتل خمسة من المسلحين الحوثيين في كمين نصبته المقاومة الشعبية أمس في محافظة الضالع، شمال عدن."
    assert [e.place.name for e in events(extract, text)] == ["الضالع"]


def test_a_town_named_alone_after_a_comma_stays(extract):
    text = "وقصفت طائرات التحالف أمس مواقع للحوثيين في مدينة عدن، وقتلت عشرة منهم."
    assert [e.place.name for e in events(extract, text)] == ["عدن"]
