"""Tolls of an incident (fat16): the active verbs of wounding, more words of death (assassinated, fell victim,
died), the dead and wounded together before an amount with no figure, a second noun of one figure, and wounded
told without a figure.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import pytest


def fatalities(extract, text):
    return [e.fatalities for e in extract(text, "2015-07-26").events]


@pytest.mark.parametrize("text, toll", [
    # "وأصابوا ثلاثة آخرين": the others are wounded, not more dead
    ("قالت الشرطة إن مسلحين قتلوا اثنين من عناصرها وأصابوا ثلاثة آخرين في هجوم على حاجز قرب مدينة العريش.", 2),
    ("أطلق مسلح النار على حافلة في مدينة العريش فقتل شخصا وأصاب خمسة آخرين.", 1),
    # the passive was read before, and still is
    ("قتل جنديان وأصيب ثلاثة آخرون في هجوم على حاجز قرب مدينة العريش.", 2),
])
def test_the_active_verbs_of_wounding(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # assassinated: the verbs before a count
    ("اغتال مسلحون مجهولون ثلاثة من رجال الشرطة في مدينة درنة أمس.", 3),
    # "fell victim to it" before the dead
    ("هاجم مسلحون سوقا شعبيا في مدينة مايدوغوري أمس، وذهب ضحيته 14 شخصا.", 14),
    ("انفجرت سيارة مفخخة في سوق مدينة بعقوبة، وراح ضحيتها تسعة مدنيين.", 9),
    # died, after the noun
    ("أطلق الجنود النار على المحتجين في بلدة نعلين، وقال مسعفون إن شابا توفي متأثرا بجروحه.", 1),
])
def test_more_words_of_death(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_the_noun_of_assassination_is_no_death(extract):
    # "محاولة اغتيال": an attempt, nobody counted dead
    assert fatalities(extract, "أحبطت الشرطة محاولة اغتيال ضابط في مدينة بنغازي أمس.") in ([], [None])


@pytest.mark.parametrize("text, toll", [
    # the two verbs before an amount with no figure: the dead and wounded together, unknown, not 0
    ("قتل وجرح عشرات من عناصر التنظيم في غارات جوية على مواقعه في مدينة الرمادي أمس.", None),
    # a figure of the dead before the wounded dozens keeps its count
    ("قتل سبعة أشخاص وجرح العشرات في غارة جوية على مدينة الرمادي أمس.", 7),
])
def test_dead_and_wounded_together_before_dozens(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # "15 جنديا وضابطا": one figure for soldiers and officers
    ("هاجم مسلحون كمينا للجيش في مدينة رفح، وقتل فيه 15 جنديا وضابطا.", 15),
    # a numeral after the second noun: one more
    ("هاجم مسلحون كمينا للجيش في مدينة رفح، وقتل فيه 15 جنديا ومدنيا واحدا.", 16),
    # a singular not in the accusative: one more
    ("قتل 15 مدنيا وجندي في قصف على مدينة حلب أمس.", 16),
])
def test_a_second_noun_of_one_figure(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # wounded told without a figure after a word of outcome: nobody dead told, 0
    ("قصف المتمردون بقذائف الهاون حي المنصورة في مدينة عدن، ما أدى إلى سقوط جرحى.", 0),
    # nothing known after a negation: unknown
    ("قصف المتمردون بقذائف الهاون حي المنصورة في مدينة عدن، ولم ترد أنباء عن وقوع إصابات.", None),
    # the dead told beside them: unknown
    ("قصف المتمردون بقذائف الهاون حي المنصورة في مدينة عدن، ما أدى إلى سقوط جرحى وقتلى.", None),
])
def test_wounded_told_without_a_figure(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # a nisba and a quotation mark between the head and the given name: one named dead
    ("استشهد الشاب الفلسطيني «خالد سعيد» برصاص قوات الاحتلال خلال مواجهات في بلدة يعبد فجر أمس.", 1),
    ("قتلت الشرطة الشاب المصري عمر في اشتباك مع مسلحين بمدينة العريش أمس.", 1),
])
def test_a_named_dead_after_his_nisba(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # the numeral after the noun counts it once: "مدني واحد" is one, not two
    ("قتل مدني واحد وأصيب ثلاثة آخرون في قصف على حي سكني في مدينة تعز أمس.", 1),
    ("قتل جنديين اثنين في هجوم على حاجز قرب مدينة العريش.", 2),
])
def test_a_noun_and_its_numeral_are_one_count(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


@pytest.mark.parametrize("text, toll", [
    # "many" wounded: an outcome with nobody dead told
    ("انفجرت عبوة ناسفة في سوق بمدينة بعقوبة أمس، ما أدى إلى سقوط الكثير من الجرحى.", 0),
    # vehicles counted before a word of killing are no dead
    ("دمرت طائرات التحالف 3 عربات للمسلحين وقتل 6 منهم قرب مدينة سرت أمس.", 6),
])
def test_many_wounded_and_counted_vehicles(extract, text, toll):
    assert fatalities(extract, text)[:1] == [toll]


def test_a_named_dead_in_a_report_is_no_tally(extract):
    # a report that documents one named killing: no claim of a tally of one
    ex = extract("ويوثق تقرير المنظمة قتل الشاب الفلسطيني خالد سعيد برصاص الجنود في بلدة يعبد مطلع الشهر.", "2015-07-26")
    assert [c for c in ex.claims if c.quantity == "killed"] == []


@pytest.mark.parametrize("text, toll", [
    # a word of killing after "بينما" is the next clause's: the arrested or captured before it are no dead
    ("اشتبكت القوات مع المسلحين في بلدة الشيخ زويد واعتقلت 13 شخصا بينما قتل عنصر آخر أثناء فراره.", 1),
    ("اندلعت معارك في مديرية مشرعة أسفرت عن مقتل 30 مسلحا وتمكن الجيش من أسر 7 مسلحين، بينما قتل 4 جنود.", 34),
])
def test_a_clause_opener_ends_the_reach_of_a_word_of_killing(extract, text, toll):
    assert max(t for t in fatalities(extract, text) if t is not None) == toll
