"""The act an earlier incident's dead died in belongs to that earlier incident (SCHEMA.md, "Background is not an
event"): "ويأتي الهجوم بعد أيام على مقتل خمسة جنود في هجوم ..." — the second attack is the background's, with its
place and its dead, and the verb right after it ("في تفجير استهدف دورية") describes it too.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None, e.fatalities) for e in extract(text, published).events]


def test_the_attack_of_recalled_dead_is_no_incident(extract):
    found = events(extract, "قتل جنديان في هجوم على حاجز للجيش في مدينة العريش أمس. ويأتي الهجوم بعد أيام على مقتل "
                            "خمسة جنود في هجوم على نقطة تفتيش في مدينة رفح.")
    assert found == [("Armed clash", "العريش", 2)]


def test_the_recalled_attack_lends_no_place_to_the_news(extract):
    # the attack named again at the start of the sentence is the news; Rafah is the earlier bombing's
    found = events(extract, "قتل جنديان في هجوم على حاجز للجيش في مدينة العريش أمس. ويأتي الهجوم بعد أيام من مقتل "
                            "خمسة جنود في تفجير استهدف دورية في مدينة رفح.")
    assert found == [("Armed clash", "العريش", 2)]


def test_a_toll_joined_in_the_recalled_phrase(extract):
    found = events(extract, "قتل ثلاثة من رجال الشرطة في كمين قرب مدينة بعقوبة اليوم، بعد أسبوع على مقتل أربعة "
                            "وإصابة عشرة آخرين في تفجير سيارة مفخخة في مدينة الحلة.")
    assert not any(place == "الحلة" for _, place, _ in found)


def test_guard_the_attack_of_dead_told_as_news_stays(extract):
    # no word of time before the dead: they and their attack are the news
    found = events(extract, "أعلنت مصادر أمنية مقتل خمسة جنود في هجوم على نقطة تفتيش في مدينة رفح أمس.")
    assert [(sub, place) for sub, place, _ in found] == [("Armed clash", "رفح")]


def test_guard_a_time_of_day_after_the_word_of_time(extract):
    # "بعد ظهر أمس" is a time of day, not an earlier incident
    found = events(extract, "قتل جنديان بعد ظهر أمس في هجوم على حاجز للجيش في مدينة العريش.")
    assert [(sub, place) for sub, place, _ in found] == [("Armed clash", "العريش")]
