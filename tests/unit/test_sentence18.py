"""Another place or incident inside the same sentence or the next (sentence18): a count in a clause of its own at
another named town or quarter is that place's incident; a sentence opening on other news ("من جهة أخرى", "أما في
محافظة ...") tells another incident than the one before it, placed by its fronted place; a one that happens to agree
is no toll told again; the next count of a list is more dead; "استهدفت غارة أخرى" is another strike.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def events(extract, text):
    return [(e.place.name if e.place else None, e.fatalities) for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, expected", [
    # "also" points back, but not to another town with dead of its own
    ("قصفت قوات النظام بلدة سراقب أمس ما أدى إلى مقتل خمسة مدنيين. وقتل أيضا ثلاثة أشخاص في قصف بلدة معرة النعمان.",
     [("سراقب", 5), ("معرة النعمان", 3)]),
    # a quarter's own dead in a clause of their own, in a sentence the first quarter's incident is told in
    ("قصفت قوات النظام حي الشعار في مدينة حلب أمس ما أدى إلى مقتل خمسة مدنيين. وقصفت القوات أيضا سوق الحي، "
     "وسقط ثلاثة قتلى في قصف حي الصاخور.", [("الشعار", 5), ("الصاخور", 3)]),
    ("قصفت قوات النظام حي الشعار في مدينة حلب أمس ما أدى إلى مقتل خمسة مدنيين، وسقط ثلاثة قتلى آخرين في قصف حي "
     "الصاخور.", [("الشعار", 5), ("الصاخور", 3)]),
])
def test_another_place_with_its_own_dead(extract, text, expected):
    assert events(extract, text) == expected


def test_one_quarter_hit_twice_stays_one(extract):
    # the same quarter told again with "also" and no other place: one incident
    text = "قصفت قوات النظام حي الشعار في مدينة حلب أمس ما أدى إلى مقتل خمسة مدنيين. وقصفت القوات أيضا سوق الحي."
    assert events(extract, text) == [("الشعار", 5)]


def test_other_news_is_another_incident(extract):
    # "من جهة أخرى": the 15 are not the toll of the attack told before
    text = "قتل ستة جنود في هجوم على حاجز للجيش في مدينة العريش أمس. من جهة أخرى أعلنت مصادر أمنية أن 15 مسلحا قتلوا."
    tolls = [t for _, t in events(extract, text)]
    assert tolls == [6, 15]


def test_other_news_still_points_back(extract):
    # a definite mention after "من جهة أخرى" still tells the incident told before
    text = "قتل ستة جنود في هجوم على حاجز للجيش في مدينة العريش أمس. من جهة أخرى، أدان الرئيس الهجوم."
    assert events(extract, text) == [("العريش", 6)]


def test_fronted_place_of_a_sentence(extract):
    # "أما في محافظة أبين": the killing told far on in the sentence happened there, not at Aden
    text = ("هاجم مسلحون حاجزا للجيش في مدينة عدن أمس. أما في محافظة أبين، فقد واصلت القوات تقدمها، وقالت مصادر إن "
            "القوات تمكنت أمس من قتل 17 مسلحا.")
    assert events(extract, text) == [("عدن", None), ("أبين", 17)]


def test_a_one_that_agrees_is_no_toll_told_again(extract):
    # one soldier at Benghazi, then nine civilians and one soldier at Derna: two towns, two incidents
    text = ("قال الجيش إن انفجار سيارة مفخخة قتل جنديا عند حاجز في مدينة بنغازي اليوم. وقال المسؤول إن هجوما انتحاريا "
            "قتل أمس 9 مدنيين وجنديا واحدا في مدينة درنة.")
    assert events(extract, text) == [("بنغازي", 1), ("درنة", 10)]


@pytest.mark.parametrize("text, toll", [
    # the list's next count, past what describes the first
    ("قتل التنظيم أمس 4 ضباط برتب عالية، و9 عناصر من قوات النظام في هجوم على مدينة حماة.", 13),
    # "another" on both members of the list
    ("قتل التنظيم أمس 4 ضباط آخرين في مدينة حماة، و12 عنصرا آخر من قوات النظام.", 16),
    # و as a word of its own before the figure
    ("قتل مسلحون أمس 3 جنود و 7 عناصر من الشرطة في هجوم على مدينة العريش.", 10),
    # a verb joined by و is no member of the list: the seven were arrested
    ("قتل مسلحون أمس 3 جنود في هجوم على مدينة العريش، واعتقلت القوات 7 أشخاص.", 3),
])
def test_the_next_count_of_a_list(extract, text, toll):
    assert [t for _, t in events(extract, text)][:1] == [toll]


def test_another_strike_told_by_its_verb(extract):
    # "استهدفت غارة أخرى": the verb and its subject are one strike, another than the one before
    text = "شنت طائرات التحالف غارة على مدينة سرت أمس. واستهدفت غارة أخرى مواقع التنظيم في مدينة درنة."
    assert events(extract, text) == [("سرت", None), ("درنة", None)]


def test_one_word_text_survives(extract):
    for text in ("أما", "استهدفت", "و12"):
        extract(text, "2015-07-26")


def test_marines_and_an_officer_are_one_side_listed(extract):
    # "three of the marines and an officer": four of one side, not the lowest figure of the side
    text = "أطلق مسلح النار على مركز للتجنيد في مدينة ممفيس أمس، ما أدى إلى مقتل ثلاثة من مشاة البحرية وضابط من البحرية."
    assert [t for _, t in events(extract, text)] == [4]
