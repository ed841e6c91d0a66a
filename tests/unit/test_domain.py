"""What an article and its sentences are about: sport, economy, technology or none of these.

Every sentence here was written for these tests.
"""
import pytest

from rasd.recognise.domain import load_domain_lexicon, profile
from rasd.text.segment import segment


@pytest.fixture(scope="module")
def lex():
    return load_domain_lexicon()


SPORTS = ("فاز فريق النصر على ضيفه الشباب بهدفين في مباراة الدوري التي أقيمت على ملعب الملك فهد، "
          "وسجل المهاجم البرازيلي الهدف الثاني في الدقيقة 80 من الشوط الثاني. "
          "وقال مدرب الفريق إن اللاعبين قدموا مستوى جيدا قبل مواجهة الهلال في الجولة المقبلة.")
ECONOMY = ("ارتفعت أسعار النفط في تعاملات أمس، وبلغ سعر برميل خام برنت 52 دولارا، "
           "فيما تراجع مؤشر سوق الأسهم بنسبة 1.2 في المئة مع تراجع أرباح الشركات في الربع الثاني.")
TECHNOLOGY = ("أطلقت شركة سامسونج هاتفها الذكي الجديد بشاشة قياس 5 بوصة وبطارية أكبر، "
              "ويعمل بنظام التشغيل أندرويد مع تحديث لتطبيقات المستخدمين.")
CONFLICT = ("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم شنه مسلحون على نقطة تفتيش للجيش قرب مدينة العريش، "
            "فيما ردت القوات بقصف مدفعي على مواقع المسلحين.")


@pytest.mark.parametrize("text, domain", [(SPORTS, "sports"), (ECONOMY, "economy"), (TECHNOLOGY, "technology"),
                                          (CONFLICT, None)])
def test_article_domain(lex, text, domain):
    assert profile(segment(text), lex).article == domain


def test_conflict_words_outweigh_a_sports_setting(lex):
    text = ("انفجرت سيارة مفخخة قرب ملعب لكرة القدم في بغداد، ما أسفر عن مقتل 12 شخصا بينهم لاعبون، "
            "وقالت الشرطة إن المهاجمين استهدفوا تجمعا للمشجعين بعد المباراة.")
    assert profile(segment(text), lex).article is None


def test_a_sports_sentence_inside_a_political_article(lex):
    text = (CONFLICT + " وفي سياق آخر، تأهل المنتخب الوطني إلى نصف النهائي بعد فوزه في مباراة الأمس.")
    p = profile(segment(text), lex)
    assert p.article is None
    assert p.of_sentence(len(p.sentences) - 1) == "sports"
    assert p.of_sentence(0) is None


def test_cues_take_the_article_and_proclitics(lex):
    p = profile(segment("وبالملعب والمباراة وللاعبين ومدربهم. كلام عن الملعب والدوري"), lex)
    assert p.counts["sports"] >= 4


def test_lines_of_an_almanac_are_history(lex):
    text = ("أحداث في مثل هذا اليوم\n1967 - اندلاع معارك عنيفة بين جيشين على الحدود.\n"
            "١٩٨٢ - اغتيال رئيس في انفجار عبوة.\nوقتل 3 جنود في هجوم عام 2015 - حسب المصادر.")
    p = profile(segment(text), lex)
    assert p.sentences[1:3] == ("chronology", "chronology")
    assert p.sentences[3] is None
