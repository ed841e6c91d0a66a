"""Tolls of an incident: counts listed with one word of killing, the dead of a state's forces named by
belonging, ages that count no one, and wounded counted without a number (an outcome with no dead).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # counts listed with و share the word of killing after the last of them; two named sides are added
    ("اندلعت اشتباكات في بلدة الراهدة، وقال شهود إن 14 حوثيا وستة من رجال المقاومة الشعبية لقوا حتفهم.", 20),
    ("قالت مصادر عسكرية إن 12 عنصرا من الجيش و9 مقاتلين من تنظيم داعش، قتلوا في معارك قرب مدينة بيجي.", 21),
    # the dead "in the ranks" of a state's army are its side, added to the rebels' dead
    ("أسفرت المعارك في حي المعلا عن سقوط 20 قتيلا. وأضافت المصادر أن 13 متمردا قتلوا، فيما سقط سبعة قتلى في "
     "صفوف الجيش اليمني.", 20),
])
def test_sides_of_a_list_are_added(extract, text, toll):
    assert fatalities(extract, text) == [toll]


@pytest.mark.parametrize("text, toll", [
    ("قتل طفل عمره 18 شهرا في هجوم على منزل في مدينة نابلس.", 1),
    ("قتلت امرأة تبلغ من العمر 60 عاما في قصف على مدينة دونيتسك.", 1),
])
def test_an_age_counts_no_one(extract, text, toll):
    assert fatalities(extract, text) == [toll]


@pytest.mark.parametrize("text, toll", [
    # wounded without a number, nobody dead: the outcome is told, fatalities 0
    ("اندلعت مواجهات بين الشرطة ومحتجين في مدينة الخليل مما أدى إلى جرح عدد من الشرطيين.", 0),
    ("وذكرت مصادر طبية أن عددا كبيرا من المدنيين أصيبوا خلال مواجهات مع الشرطة في مدينة الخليل.", 0),
    ("سقطت قذيفة هاون على حي سكني في مدينة درعا وأسفرت عن سقوط عشرات الجرحى.", 0),
    # dead without a number: unknown, not the wounded's 0
    ("قتل عدد من الجنود وأصيب 5 آخرون في هجوم على حاجز في مدينة العريش.", None),
    # an amount of shells counts no one
    ("سقط عدد من قذائف الهاون على مخيم اليرموك في دمشق.", None),
])
def test_counts_without_a_number(extract, text, toll):
    assert fatalities(extract, text) == [toll]


def test_a_count_without_a_figure_is_no_claim(extract):
    ex = extract("وذكرت مصادر طبية أن عددا كبيرا من المدنيين أصيبوا خلال مواجهات مع الشرطة في مدينة الخليل.",
                 "2015-07-26")
    assert ex.claims == []


def test_dead_and_wounded_together_without_a_number(extract):
    # how many died is not said: unknown, not the wounded's 0
    assert fatalities(extract, "انفجرت عبوة ناسفة بدورية للشرطة في مدينة العريش أدت إلى مقتل وجرح عدد من "
                               "الجنود.") == [None]


def test_an_infant_is_one_dead(extract):
    evs = extract("أضرم مستوطنون النار في منزل بقرية عقربا مما أدى إلى مقتل رضيع وإصابة عدد من أفراد أسرته.",
                  "2015-07-26").events
    assert [e.fatalities for e in evs if e.sub_type == "Attack"] == [1]
    assert 0 not in [e.fatalities for e in evs]   # the wounded are not the whole outcome


@pytest.mark.parametrize("text, toll", [
    # the dead of the incident answered are not the toll of the answer
    ("قصفت الطائرات التركية أمس مواقع لتنظيم داعش في سوريا ردا على مقتل أحد جنودها على الحدود.", None),
    ("وردا على مقتل ثلاثة من عناصر الشرطة، شنت الطائرات غارات على مواقع الحزب في جبال قنديل.", None),
    ("قصفت الطائرات مواقع للمسلحين في مدينة درنة مما أدى إلى مقتل 12 مسلحا.", 12),
])
def test_the_dead_answered_are_another_incidents(extract, text, toll):
    assert fatalities(extract, text) == [toll]


def test_the_incident_answered_keeps_its_dead(extract):
    evs = extract("أعلن الرئيس أنه سيتوجه إلى المحكمة الدولية ردا على مقتل طفل في حريق أضرمه مستوطنون بمنزل في "
                  "قرية عقربا.", "2015-07-26").events
    assert 1 in [e.fatalities for e in evs]
