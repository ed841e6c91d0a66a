"""roundups29: a roundup of a day's incidents goes on town by town -- a sentence that opens by setting its place
("وفي مدينة X، ...", "أما في X، فقد ...") tells the incident of another town than the one told before it, even where
its count of dead happens to equal the count told there.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _events(extract, text: str):
    return extract(text, DAY).events


def _places(events) -> list[str]:
    return sorted(e.place.name for e in events if e.place is not None)


def test_the_next_town_of_a_roundup_with_an_equal_count_is_its_own_incident(extract):
    text = ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة الرمادي. "
            "وفي مدينة الفلوجة قتل خمسة مدنيين في هجوم على سوق شعبي.")
    events = _events(extract, text)
    assert _places(events) == ["الرمادي", "الفلوجة"]
    assert all(e.fatalities == 5 for e in events)


def test_a_front_opening_its_sentence_is_another_strike(extract):
    text = ("قتل 8 من المسلحين الحوثيين في غارة لطيران التحالف على تجمع لهم في مديرية صرواح. "
            "وفي منطقة الجفينة استهدفت إحدى الغارات آلية عسكرية للحوثيين وقتل 8 منهم.")
    events = _events(extract, text)
    assert _places(events) == ["الجفينة", "صرواح"]


def test_a_fronted_topic_opens_another_town(extract):
    text = ("قتل أربعة أشخاص في انفجار سيارة مفخخة في مدينة بعقوبة. "
            "أما في مدينة المقدادية، فقد قتل أربعة أشخاص في انفجار عبوة ناسفة.")
    events = _events(extract, text)
    assert _places(events) == ["المقدادية", "بعقوبة"]


def test_the_same_town_opening_its_sentence_is_the_same_incident(extract):
    # guard: the roundup opens on the town already told; what it tells there is the incident told again
    text = ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة الرمادي. "
            "وفي الرمادي قتل خمسة جنود في الهجوم الذي نفذه مسلحون.")
    events = _events(extract, text)
    assert len(events) == 1 and events[0].fatalities == 5


def test_an_opening_day_is_no_place_set(extract):
    # guard: "وفي اليوم نفسه" sets a day, not a place; the rule leaves such a sentence to the rules before it
    with_day = ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة الرمادي. "
                "وفي اليوم نفسه قتل خمسة مدنيين في هجوم على سوق في مدينة الفلوجة.")
    without = ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة الرمادي. "
               "وقتل خمسة مدنيين في هجوم على سوق في مدينة الفلوجة.")
    assert len(_events(extract, with_day)) == len(_events(extract, without))


def test_short_texts(extract):
    assert _events(extract, "وفي") == []
    assert _events(extract, "وفي الرمادي.") == []
    assert _events(extract, "أما في") == []


def test_a_taking_told_by_a_pronoun_at_the_next_place_is_its_own(extract):
    # "سيطرتها" points back by its form, but the sentence opens on another province and names its own valley
    text = ("استكملت قوات المقاومة الشعبية أمس السيطرة على حي المعلا في مدينة عدن. "
            "وفي محافظة لحج، قال قائد ميداني إن المقاومة تمكنت من فرض سيطرتها على وادي عقان.")
    events = _events(extract, text)
    assert _places(events) == ["المعلا", "وادي عقان"]


def test_a_definite_mention_at_the_place_already_told_points_back(extract):
    # guard: the sentence opens on the town of the incident told before; "الهجوم" there is that incident
    text = ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة الرمادي. "
            "وفي الرمادي، قال مسؤول إن الهجوم نفذه مسلحون يستقلون سيارة قرب الحاجز.")
    events = _events(extract, text)
    assert len(events) == 1


def test_a_definite_mention_whose_only_place_is_the_opening_one_is_left_as_before(extract):
    # guard: the second rule asks for a place in the mention's own clause, not only the sentence's opening place
    # (a speaker's city); such a sentence is read as without the rule
    with_rule = ("سيطرت القوات الحكومية على حي في مدينة عدن. "
                 "وفي لحج، قال المتحدث إن السيطرة على الحي تمت بعد معارك.")
    events = _events(extract, with_rule)
    assert "عدن" in _places(events) and "وادي عقان" not in _places(events)
