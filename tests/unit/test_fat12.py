"""Tolls of an incident: the noun a hedged figure counts, units inside a figure, the dead and wounded counted
together, a state's men named by their body, and the dead of an incident recalled in passing.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # the counted noun inside a hedged figure: wounded, nobody dead
    ("قصفت المدفعية قرية قرب مدينة جرابلس ما أوقع خمسة جرحى على الأقل في صفوف المدنيين.", 0),
    # the dead named as martyrs, after a quotation mark too
    ("شهدت مدينة عدن اشتباكات عنيفة سقط خلالها 12 «شهيدا» وأكثر من 30 جريحا.", 12),
    ("قصفت الميليشيات حي المنصورة في مدينة عدن، وأحصى المستشفى 9 شهداء.", 9),
])
def test_the_noun_a_figure_counts(extract, text, toll):
    assert fatalities(extract, text) == [toll]


def test_a_distance_inside_a_figure_counts_no_one(extract):
    text = ("وقال مسؤول من بلدة أوباري الواقعة على مسافة 900 كيلومتر تقريبا جنوبي العاصمة، قتل أربعة جنود في "
            "هجوم على حاجز أمس.")
    assert fatalities(extract, text) == [4]


@pytest.mark.parametrize("text, toll", [
    # a title's bare figure is told in the text as the dead and wounded together: unknown
    ("ارتفاع حصيلة انفجار الكرادة إلى 40 شخصا\n\nأعلنت الشرطة أن حصيلة انفجار سيارة مفخخة في حي الكرادة ببغداد "
     "ارتفعت إلى 40 قتيلا وجريحا.", None),
    # the two verbs joined before an amount without a number: dead and wounded together, not wounded alone
    ("قتل وأصيب عدد من المدنيين في غارات شنتها الطائرات على بلدة الزيدية أمس.", None),
])
def test_the_dead_and_wounded_together(extract, text, toll):
    assert fatalities(extract, text) == [toll]


def test_a_states_men_named_by_their_body_are_one_side(extract):
    text = "مقتل عنصرين من الشرطة التركية في ماردين\n\nأعلن الوالي العثور على شرطيين قتلا بالرصاص في مدينة ماردين أمس."

    assert fatalities(extract, text) == [2]


@pytest.mark.parametrize("text, toll", [
    # the dead of a recalled incident, told in a relative clause of its noun, are not the next incident's
    ("شنت المقاتلات غارات على مواقع التنظيم قرب مدينة الرقة أمس، وتأتي الغارات بعد أيام على التفجير "
     "الانتحاري الذي أوقع 25 قتيلا.", None),
    ("انفجرت عبوة ناسفة في سوق مدينة بيو أمس، ويأتي الانفجار بعد أسبوع من تفجير انتحاري قتل خمسة جنود.", None),
    # the dead whose killing a word of time governs are an earlier incident's
    ("وقال شيخ القبيلة إن الاشتباكات اندلعت في مدينة الكفرة أمس بعد مقتل أحد أبناء القبيلة عند حاجز.", None),
])
def test_the_dead_of_another_incident(extract, text, toll):
    assert toll in fatalities(extract, text)
    assert all(f is None for f in fatalities(extract, text))


def test_a_units_number_counts_no_one(extract):
    text = "وقال القيادي إن مقاتلي «الفرقة 40» قتلوا مسلحين في اشتباك قرب مدينة أعزاز أمس."
    assert fatalities(extract, text) == [None]


def test_the_missing_are_not_the_dead(extract):
    text = "وقال ضابط إن أربعة جنود قتلوا وفقد 12 آخرون عندما هاجم مسلحون حاجزا قرب مدينة سرت أمس."
    assert fatalities(extract, text) == [4]


def test_the_arrested_are_not_the_dead(extract):
    text = "أعلنت الشرطة مقتل 3 مسلحين واعتقال 9 آخرين خلال مداهمة في بلدة القصرين أمس."
    assert 9 not in fatalities(extract, text) and 12 not in fatalities(extract, text)
    assert 3 in fatalities(extract, text)


@pytest.mark.parametrize("text, toll", [
    # a part of a count is not a lower report of the same dead
    ("قتل 30 مدنيا بينهم 8 أطفال في قصف بالصواريخ على حي الشيخ عثمان في مدينة عدن أمس.", 30),
    ("أدى الهجوم المسلح على فندق في مدينة سوسة أمس إلى مقتل 25 شخصا بينهم 19 سائحا.", 25),
])
def test_a_part_is_not_the_toll(extract, text, toll):
    assert fatalities(extract, text) == [toll]


# --- guards: what must not change ---

@pytest.mark.parametrize("text, toll", [
    ("قتل 15 شخصا على الأقل وأصيب العشرات في انفجار سيارة مفخخة في سوق بمدينة بعقوبة.", 15),
    # after a definite noun the verb of killing is the sentence's own, not a clause of that noun
    ("وبعد استئناف القتال قتل 26 متمردا في عمليات قصف على مواقعهم قرب مدينة كالي الشهر الماضي.", 26),
    ("أسفر انفجار عبوة ناسفة في مدينة العريش عن مقتل 4 جنود وإصابة 7 آخرين.", 4),
    # a count right after a word of death in a clause of time, with the incident told after it, is that incident's
    ("جاءت الحملة الأمنية بعد مقتل 30 شخصا في تفجير انتحاري في مدينة سروج.", 30),
])
def test_guards(extract, text, toll):
    assert toll in fatalities(extract, text)


@pytest.mark.parametrize("text", [
    # a militant's singular noun counts one dead, as "جندي" does; the arrested after it are no dead
    "أعلنت وزارة الداخلية أمس مقتل متطرف واعتقال سبعة آخرين خلال مداهمة لقوات الأمن في مدينة القصرين.",
    "قتل متمرد في اشتباك مع الجيش قرب بلدة مرزق أمس.",
])
def test_a_militants_singular_noun_counts_one(extract, text):
    assert 1 in fatalities(extract, text)
