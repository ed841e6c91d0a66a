"""Background kept only where the article is about it (SCHEMA.md: "the incident that a reaction ... is about is
coded once"; an earlier incident named in a clause of time or cause is not coded).

Every sentence here was written for these tests (none is taken from the gold files).
"""
import pytest


def sub_types(extract, text, published="2015-08-03"):
    return sorted(e.sub_type for e in extract(text, published).events)


def test_background_in_an_article_about_other_fighting_is_not_coded(extract):
    text = ("اندلعت اشتباكات عنيفة أمس بين قوات الأمن ومسلحين في مدينة ديار بكر. وتوترت الأوضاع في المنطقة "
            "إثر تفجير انتحاري استهدف تجمعا للطلاب في بلدة أقجة قلعة.")
    assert sub_types(extract, text) == ["Armed clash"]


def test_background_alone_is_what_a_reaction_is_about(extract):
    text = "وأعلنت الحكومة الحداد ثلاثة أيام إثر تفجير انتحاري استهدف سوقا شعبيا في مدينة مايدوغوري."
    assert sub_types(extract, text) == ["Suicide bomb"]


def test_background_in_the_lead_is_what_the_article_is_about(extract):
    text = ("وأعلنت الحكومة الحداد ثلاثة أيام إثر تفجير انتحاري استهدف سوقا شعبيا في مدينة مايدوغوري. "
            "وفي مدينة كانو اعتقلت الشرطة أمس خمسة أشخاص يشتبه في انتمائهم لجماعة بوكو حرام.")
    assert sub_types(extract, text) == ["Arrests", "Suicide bomb"]


@pytest.mark.parametrize("clause, kept", [
    ("بعد أن سيطرت عليه", False),
    ("بعد أن سيطرت عليه أمس", True),            # dated in its clause: told in it
])
def test_background_ground_taken_is_coded_where_dated(extract, clause, kept):
    text = ("قصفت طائرات التحالف أمس مواقع للمسلحين في مدينة زنجبار. وقال مصدر إن حي الشيخ عثمان بات في قبضة "
            f"المقاومة {clause}.")
    found = sub_types(extract, text)
    assert ("Government regains territory" in found or "Non-state actor overtakes territory" in found) is kept


def test_an_incident_named_as_one_the_reader_knows_stays(extract):
    text = ("اعتقلت الشرطة أمس ثلاثة أشخاص في مدينة مصراتة. وشددت الأجهزة الأمنية إجراءاتها في المدينة بعد "
            "تفجير زليتن.")
    assert sub_types(extract, text) == ["Arrests", "Remote explosive/landmine/IED"]


def test_the_cause_of_dead_counted_before_it_is_told(extract):
    text = ("وفي صنعاء قتل 9 من المتمردين في هجوم للمقاومة قرب الجامعة. كما لقي 5 آخرون مصرعهم إثر انفجار "
            "عبوة ناسفة قرب مركز للشرطة في حي الحصبة.")
    assert sub_types(extract, text) == ["Armed clash", "Remote explosive/landmine/IED"]


def test_a_shooting_an_arrest_ended_is_told_with_it(extract):
    text = ("اعتقلت الشرطة أمس خمسة مطلوبين في مدينة الدمام. وقبض على السادس في مدينة الخبر بعد تبادل لإطلاق "
            "النار مع رجال الأمن.")
    assert "Armed clash" in sub_types(extract, text)
