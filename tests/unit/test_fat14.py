"""Tolls of an incident (fat14): counts over months or since a war began are tallies, a sentence that opens
on other news does not give its dead to the incident before it, "another" after a word joined by و is not
one more dead, and a leader named with "his" or "its" is one dead.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # a span of months, a war's start or a month later in the count's sentence: a tally, no incident's toll
    ("اندلعت معارك عنيفة في مدينة تعز أمس. وقتل أكثر من 2000 شخص في الحرب التي يشهدها البلد منذ نحو خمسة أشهر.",
     None),
    ("قصفت المدفعية مخيم اليرموك في دمشق أمس. وقضى تسعة لاجئين في المخيم خلال أغسطس الماضي.", None),
    ("اشتبك الجيش مع المسلحين في مدينة العريش. وقتل أكثر من 900 جندي منذ اندلاع التمرد في سيناء.", None),
    # a count of one incident keeps its toll
    ("قتل ستة جنود في هجوم على حاجز في مدينة العريش أمس.", 6),
    # days after "منذ" are not a tally ("منذ يومين" may date the incident)
    ("قتل ثلاثة مدنيين في قصف على مدينة دوما منذ يومين.", 3),
])
def test_counts_over_a_long_span_are_tallies(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # a sentence opening on other news: its dead are not the toll of the incident before it
    ("استهدفت غارة جوية مخزنا للأسلحة في مدينة الرمادي. إلى ذلك، أشار مصدر طبي إلى سقوط خمسة قتلى في حادث سير.",
     None),
    ("استهدفت غارة جوية مخزنا للأسلحة في مدينة الرمادي. ومن جهة أخرى، أشار مصدر طبي إلى سقوط سبعة قتلى في "
     "انهيار مبنى قديم.", None),
    # a sentence of outcome right after the incident keeps giving it its dead
    ("استهدفت غارة جوية مخزنا للأسلحة في مدينة الرمادي. وأشار مصدر طبي إلى سقوط خمسة قتلى من المسلحين.", 5),
])
def test_a_sentence_on_other_news_keeps_its_dead(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # "آخر" after "وأصيب": the other one is the wounded, not a second dead
    ("مقتل شرطي في ديار بكر. قتل شرطي وأصيب آخر بالرصاص أمس في هجوم على دورية في مدينة ديار بكر.", 1),
    # "آخر" right after the noun: one more dead
    ("قتل جندي في هجوم على حاجز في مدينة العريش، وقتل جندي آخر في الهجوم نفسه.", 2),
])
def test_another_after_a_joined_word_is_the_wounded(extract, text, toll):
    assert fatalities(extract, text) == [toll]


@pytest.mark.parametrize("text, toll", [
    # a leader named with "his" or "its" after a word of killing: one dead
    ("أقرت الجماعة أمس بمقتل زعيمها في غارة لطائرة من دون طيار قرب مدينة المكلا.", 1),
    ("انفجرت سيارة مفخخة عند حاجز للشرطة في مدينة الرياض مما أدى إلى مقتل قائدها.", 1),
    # not after a word of killing: no dead
    ("استقبل زعيمها وفدا قبليا في مدينة المكلا بعد غارة لطائرة من دون طيار.", None),
])
def test_a_leader_with_his_pronoun_is_one_dead(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # a report's documented count is a running total, not the toll of the shelling told before it
    ("قصفت قوات النظام مخيم درعا أمس. وقالت المجموعة إنها وثقت 300 ضحية من أبناء المخيم قضى معظمهم في القصف.",
     None),
    ("قصفت قوات النظام مخيم درعا أمس. وقالت المجموعة إن 3 لاجئين قضوا في القصف.", 3),
])
def test_a_documented_count_is_a_tally(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_a_part_of_a_count_is_not_the_same_dead_told_again(extract):
    # "بينهم قيادي" is a part of the five: a strike a month before that killed one leader stays its own event
    evs = extract("قتل خمسة مسلحين بينهم قيادي في غارة لطائرة من دون طيار قرب مدينة المكلا أمس. وكان التنظيم أقر "
                  "في منتصف يونيو بمقتل زعيمه في غارة لطائرة من دون طيار.", "2015-07-26").events
    assert sorted(e.fatalities for e in evs) == [1, 5]


@pytest.mark.parametrize("text, toll", [
    # a superlative before منذ compares the incident with the past: the count is its toll
    ("قتل 40 شخصا في أعنف هجوم تشهده مدينة بغداد منذ بداية العام.", 40),
    # a span in another clause joined by و after a comma is that clause's
    ("تسببت المعارك في مدينة الزبداني بمقتل نحو ستين مقاتلا، وتحاصر القوات المدينة منذ عامين.", 60),
])
def test_a_span_that_is_no_tally(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # the dead with no noun of their own share the group of the "others" wounded joined after them
    ("قالت المقاومة الشعبية إن 20 حوثيا قتلوا في جبهة العند فيما قتل 6 وأصيب 30 آخرون من المقاومة.", 26),
    # without a group named after the others, the unnamed dead are the same dead told again
    ("قالت المقاومة الشعبية إن 20 حوثيا قتلوا في جبهة العند فيما قتل 6 وأصيب 30 آخرون.", 20),
])
def test_the_dead_share_the_group_of_the_others(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]
