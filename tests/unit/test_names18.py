"""names18: a place inside an armed group's name, and an unknown name run on into a time phrase (feed
sample seed 2295); sentences written for these tests."""
from __future__ import annotations


def _names(ex):
    return {p.name for p in ex.places}


# -- a place after a word that names an armed group is part of the group's name ---------------------------

def test_quds_force_is_no_jerusalem(extract):
    text = "قال مسؤول عسكري إن ضباطا من فيلق القدس وصلوا إلى مدينة حلب السورية الأسبوع الماضي."
    got = _names(extract(text))
    assert "القدس" not in got and "حلب" in got


def test_supporters_of_jerusalem_group_is_no_place(extract):
    text = "تبنت جماعة أنصار بيت المقدس الهجوم على حاجز للشرطة في مدينة العريش يوم الخميس."
    got = _names(extract(text))
    assert "بيت المقدس" not in got and "العريش" in got


def test_ahrar_al_sham_is_a_group_not_the_levant(extract):
    text = "هاجم مقاتلون من حركة أحرار الشام مواقع للقوات الحكومية قرب مدينة إدلب فجر اليوم."
    got = _names(extract(text))
    assert "الشام" not in got and "إدلب" in got


def test_group_of_martyrs_of_a_camp_is_no_place(extract):
    text = "أعلن لواء شهداء اليرموك مسؤوليته عن تفجير عبوة ناسفة قرب مدينة درعا."
    got = _names(extract(text))
    assert "اليرموك" not in got and "درعا" in got


def test_jerusalem_after_a_preposition_stays_a_place(extract):
    # guard: the town itself, with no group word before it
    text = "اعتقلت الشرطة ثلاثة شبان في القدس بعد مواجهات قرب باب العامود مساء أمس."
    assert "القدس" in _names(extract(text))


# -- a time phrase after an unknown name says when, it is no part of the name ----------------------------

def test_unknown_area_is_not_run_into_the_months_past(extract):
    text = "عثرت الشرطة على جثة رجل مجهول بمنطقة الخريزة الأشهر الماضية ولم تعرف هويته."
    got = _names(extract(text))
    assert "الخريزة" in got and not any("الأشهر" in n for n in got)


def test_unknown_area_is_not_run_into_last_year(extract):
    text = "نزح مئات السكان من قرية الهويشة العام الماضي بسبب القصف المتواصل."
    got = _names(extract(text))
    assert "الهويشة" in got and not any("العام" in n for n in got)


def test_two_word_unknown_name_stays_whole(extract):
    # guard: a definite word that is no time phrase still joins the name
    text = "سقطت قذيفة على منطقة الخريزة البحرية صباح اليوم دون إصابات."
    got = _names(extract(text))
    assert "الخريزة البحرية" in got


# -- a dual names two places: the word joined to its first name is the second, however everyday ----------

def test_second_area_of_a_dual_is_an_everyday_word(extract):
    text = "اندلعت اشتباكات عنيفة في منطقتي الدريجة والعلم مساء أمس وسقط فيها قتلى."
    got = _names(extract(text))
    assert "الدريجة" in got and "العلم" in got


def test_second_neighbourhood_of_a_dual(extract):
    text = "سقطت قذائف على حيي الفيحاء والجامعة صباح اليوم دون إصابات."
    got = _names(extract(text))
    assert "الجامعة" in got


def test_dual_followed_by_a_clause_takes_no_verb(extract):
    # guard: after the dual's two names a clause goes on; its verb is no third or second name
    text = "قصفت الطائرات قريتي الخريبة والمشيرفة وقتلت خمسة مسلحين."
    got = _names(extract(text))
    assert "المشيرفة" in got and not any("قتل" in n for n in got)


# -- a plural cue's list goes on over a comma before و, to a name -----------------------------------------

def test_village_list_with_commas(extract):
    text = "تمكنت المقاومة من تطهير قرى الكدحة، وشرعبلة، ومقحزف من المسلحين الحوثيين."
    got = _names(extract(text))
    assert {"الكدحة", "شرعبلة", "مقحزف"} <= got


def test_comma_then_a_clause_ends_the_list(extract):
    # guard: after a comma, و with an everyday word starts a clause, not a name
    text = "انتشرت الفرق الطبية في مناطق الكدحة، وتقول المصادر إن الوضع مستقر."
    got = _names(extract(text))
    assert "الكدحة" in got and not any("تقول" in n or "المصادر" in n for n in got)
