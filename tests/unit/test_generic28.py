"""generic28: the fronts of a war (جبهات القتال، الجبهات المعارك) are places; a word of fighting that names them is
no clash told (SCHEMA.md: a general statement is no event), and a noun joined to it by و keeps its own reading.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def kinds_at(extract, text):
    return {(e.sub_type, e.place.name) for e in events(extract, text) if e.place is not None}


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


def test_fighters_sent_to_the_fronts_are_no_clash(extract):
    text = "وقال المصدر إن الجماعة أرسلت مئات المقاتلين الجدد إلى جبهات القتال في محافظة البيضاء."
    assert "البيضاء" not in places(extract, text)


def test_a_visit_to_the_fronts_is_no_clash(extract):
    text = "وتفقد قائد المنطقة العسكرية يوم الأحد جبهات القتال في مديرية المخا وحث الجنود على الصمود."
    assert "المخا" not in places(extract, text)


def test_weapons_for_the_fronts_are_no_clash(extract):
    text = "وأكد المتحدث أن الأسلحة الجديدة ستعزز الجبهات القتالية وجبهات المعارك في محافظة شبوة."
    assert "شبوة" not in places(extract, text)


def test_a_clash_told_by_its_own_word_stays(extract):
    text = ("واندلعت أمس اشتباكات عنيفة بين المسلحين والجيش في مدينة البيضاء، وقتل خمسة مسلحين في جبهات القتال "
            "شرق المدينة.")
    assert "البيضاء" in places(extract, text)


def test_a_taking_joined_to_the_front_stays(extract):
    text = "وأحرزت القوات الحكومية أمس تقدما في جبهات المعركة والسيطرة على مواقع جديدة في مدينة البيضاء."
    assert any(kind.endswith("territory") and place == "البيضاء" for kind, place in kinds_at(extract, text))


def test_one_word_texts(extract):
    for text in ("جبهات", "القتال", "جبهات القتال", "،"):
        events(extract, text)


def test_the_dead_of_the_fronts_are_counted_in_their_fighting(extract):
    text = "قتل نحو عشرين من المسلحين وأصيب العشرات من الجنود، في جبهات القتال في محافظة البيضاء أمس."
    assert ("Armed clash", "البيضاء") in kinds_at(extract, text)
