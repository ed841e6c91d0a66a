"""Tolls of an incident (fat23): a count of no side and the dead listed with it by و are one list, added up (its
noun or the noun's adjective may stand between), and a woman told as سيدة or a little daughter in such a list counts.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # a count whose noun the lexicon does not hold, its adjective, then a policeman: fifteen
    ("أسفر الهجوم المسلح على فندق في مدينة المنستير أمس عن مقتل 14 سائحا أجنبيا وشرطي تونسي.", 15),
    # a soldier and a militant of no side: two, not the larger of the two ones
    ("قتل جندي عراقي وعنصر من المسلحين في اشتباك قرب مدينة بيجي أمس.", 2),
    # a civilian, a soldier, and four people of no side: the whole list
    ("قتل مدني وجندي و4 أشخاص في هجوم مسلح على طريق قرب مدينة العريش أمس.", 6),
    # thirteen of each named side: both
    ("أعلنت الشرطة مقتل 13 من المسلحين و13 جنديا في اشتباكات قرب مدينة بعقوبة أمس.", 26),
])
def test_a_count_of_no_side_and_the_dead_listed_with_it_add_up(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_the_list_told_again_by_its_members_keeps_the_toll(extract):
    # four dead, then who they were: a woman (سيدة), her little daughter and two boys, four again
    text = "سقطت قذيفة على منزل في بلدة نوى أمس ما أدى إلى مقتل امرأة وثلاثة أطفال، وقال المرصد إن القتلى هم سيدة " \
           "وطفلتها وطفلان."
    assert fatalities(extract, text)[:1] == [4]


@pytest.mark.parametrize("text, toll", [
    # guards: two named sides are added by the toll, as before, also where another count of no side follows
    ("قتل 4 مدنيين وجندي في قصف على بلدة الحارة أمس.", 5),
    ("قتل 4 مدنيين وجندي في قصف على بلدة الحارة أمس. وقال مسؤول إن رجلا قتل في القصف.", 5),
    # the wounded after the dead are no more dead
    ("انفجرت عبوة ناسفة قرب حاجز للجيش في مدينة العريش أمس ما أدى إلى مقتل 12 شخصا وإصابة 5 جنود.", 12),
    # a woman wounded by a shot: nobody died
    ("أطلق مسلحون النار على دورية للشرطة في مدينة العريش أمس ما أدى إلى إصابة سيدة.", 0),
])
def test_guards(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_no_human_damage_is_nobody_dead(extract):
    # "without human damage": the outcome is told and nobody died
    text = "سقطت قذيفة أطلقها المسلحون على منزل في بلدة الحارة أمس دون وقوع أضرار بشرية."
    assert fatalities(extract, text)[:1] == [0]


@pytest.mark.parametrize("text, toll", [
    # "and they felled him dead": one person killed, told by the object pronoun
    ("حاصرت الشرطة مسلحين في مبنى بمدينة العريش أمس، فأطلقوا النار على رفيقهم وأردوه قتيلا.", 1),
    # the pronoun's noun already counted: still one
    ("أطلق مسلحون النار على شرطي قرب مدينة العريش أمس وأردوه قتيلا.", 1),
])
def test_felled_him_dead_is_one_dead(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, n", [
    # "(...)" leaves words out of a quote: the sentence goes on after it
    ("قال المتحدث إن \"القصف لا يزال مستمرا (...) وقد قتل 9 أشخاص في البلدة\". ثم غادر.", 2),
    ("قال المتحدث إن القصف مستمر (…) في البلدة. ثم غادر.", 2),
    # a full stop after the elision still ends the sentence
    ("قال المتحدث إن القصف مستمر (...). ثم غادر.", 2),
    ("(...)", 1),
])
def test_an_elision_in_brackets_ends_no_sentence(text, n):
    from rasd.text.segment import segment
    assert len(segment(text).sentences) == n


def test_the_toll_after_an_elision_is_its_incidents(extract):
    # the count before "(...)" and the place after it are one sentence: the strike on the town has its 11 dead
    text = "وقال المرصد إن 11 شخصا قتلوا على الأقل (...) في غارة لطائرات النظام على بلدة نوى أمس."
    assert fatalities(extract, text)[:1] == [11]
