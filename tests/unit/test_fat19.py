"""Tolls of an incident (fat19): the side named after a count of dead and a count of wounded counts them both, the
dual and present verbs of killing before a count, and captives told by a verb of capture in its other persons.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # twenty of the rebels, then "eleven killed and 30 wounded of the resistance": the eleven are the resistance's
    ("دارت مواجهات عنيفة في مدينة تعز أمس أسفرت عن مقتل 20 من الحوثيين ومقتل 11 وإصابة 30 من المقاومة.", 31),
    ("قتل 14 من مسلحي الحوثي في معارك بمدينة إب أمس، في حين قتل ستة وجرح 25 من المقاومة الشعبية.", 20),
])
def test_the_side_after_dead_and_wounded_counts_both(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_a_leader_and_other_militants_are_one_side_added(extract):
    # a field commander "and four other militants": five of the militants' side
    text = "قتل قائد ميداني وأربعة مسلحين آخرين في غارة جوية للتحالف قرب مدينة الحسكة أمس."
    assert fatalities(extract, text)[:1] == [5]


def test_a_person_before_wounded_soldiers_keeps_no_side(extract):
    # a man killed and four soldiers wounded: the man is not counted among the soldiers' side, the toll is one
    text = "انفجرت عبوة ناسفة قرب حاجز للجيش في مدينة العريش أمس ما أدى إلى مقتل شخص وإصابة 4 جنود."
    assert fatalities(extract, text)[:1] == [1]


def test_a_count_of_no_side_alone_stays_the_lowest(extract):
    # no side named after the wounded: the eleven may be of either side, the larger figure stands
    text = "دارت مواجهات عنيفة في مدينة تعز أمس أسفرت عن مقتل 20 من الحوثيين ومقتل 11 وإصابة 30 آخرين."
    assert fatalities(extract, text)[:1] == [20]


@pytest.mark.parametrize("text, toll", [
    # the dual feminine and masculine, and the present of a headline
    ("فجرت انتحاريتان نفسيهما في سوق مدينة مايدوغوري صباح أمس، وقال مصدر أمني إن الانتحاريتين قتلتا سبعة أشخاص على "
      "الأقل.", 7),
    ("هجومان قتلا 6 جنود قرب بلدة الحارة على الحدود أمس.", 6),
])
def test_dual_verbs_of_killing_before_the_count(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # "and they captured ten others": captives, not more dead
    ("تمكن مسلحو المقاومة أمس من قتل 17 مسلحا وأسروا تسعة آخرين في معارك قرب مدينة تعز.", 17),
    ("قتل 12 من الحوثيين في مواجهات قرب مدينة إب أمس، فيما جرح العشرات، وأسرت المقاومة خمسة آخرين.", 12),
])
def test_captives_are_not_dead(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_an_earlier_toll_told_far_before_its_count_gives_way(extract):
    # the earlier toll names the count far before it; the new toll stands, not the lowest of the two
    text = ("قصفت ميليشيا الحوثي حي المنصورة في مدينة عدن أمس ما أدى إلى مقتل 64 مدنيا. وكان مدير مستشفى المدينة "
            "قد أعلن في حصيلة سابقة أن عدد الضحايا الذين سقطوا جراء القصف هو 31 قتيلا.")
    assert [f for f in fatalities(extract, text) if f is not None] == [64]


def test_an_earlier_toll_in_a_sentence_of_its_own_is_no_incident(extract):
    # "an earlier toll reported the killing of 20": the same shelling's first count, no second event
    text = ("قتل 35 مدنيا على الأقل في قصف مدفعي على حي المعلا في مدينة عدن أمس الأحد. "
            "وقال مسؤول في المدينة إن القذائف سقطت على سوق مزدحم. "
            "وكانت حصيلة سابقة أفادت بمقتل 20 شخصا وإصابة العشرات.")
    assert fatalities(extract, text) == [35]


def test_a_first_toll_alone_stands(extract):
    # a first toll with no other count is the toll
    text = "أفادت حصيلة أولية بمقتل سبعة جنود في هجوم على حاجز للجيش قرب مدينة العريش أمس."
    assert fatalities(extract, text)[:1] == [7]


def test_two_wounded_by_a_dual_verb_is_an_outcome_with_no_dead(extract):
    # "two soldiers were wounded": the outcome is told, nobody died
    text = "ذكرت مصادر أمنية أن عسكريين اثنين أصيبا في تبادل لإطلاق النار مع مسلحين قرب مدينة باتنة مساء أمس."
    assert fatalities(extract, text)[:1] == [0]
