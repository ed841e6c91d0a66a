"""names32: the PKK's short forms in Turkish-war reports ("حزب العمال" without الكردستاني, "المتمردين الأكراد"),
read as the PKK where the article names it; and a headline's short form of a name that the body spells out
below it ("للإخوان" over "جماعة الإخوان المسلمين"), read as that actor.  Sentences written for these tests."""
import pytest


def actors(extract, text):
    return [(a.name, a.canonical) for a in extract(text, published="2015-08-01").actor_mentions]


def canonicals(extract, text):
    return {c for _, c in actors(extract, text)}


PKK = "PKK: Kurdistan Workers Party"


@pytest.mark.parametrize("short", ["حزب العمال", "المتمردين الأكراد", "المسلحين الأكراد"])
def test_the_pkks_short_forms_after_its_name(extract, short):
    text = (f"تبنى حزب العمال الكردستاني هجوما على مخفر في ولاية ماردين. "
            f"وقصفت المقاتلات التركية مواقع {short} في جبال قنديل شمال العراق.")
    assert (short, PKK) in actors(extract, text)


def test_the_kurdish_rebels_with_a_glued_preposition(extract):
    text = ("قالت أنقرة إن حزب العمال الكردستاني خرق الهدنة. "
            "وشنت الطائرات التركية غارات على قواعد للمتمردين الأكراد قرب الحدود.")
    assert ("المتمردين الأكراد", PKK) in actors(extract, text)


def test_labour_in_britain_is_no_pkk(extract):
    text = "فاز حزب العمال بأغلبية المقاعد في الانتخابات البرلمانية في بريطانيا، وقال زعيمه إنه سيشكل الحكومة."
    assert PKK not in canonicals(extract, text)


def test_kurdish_rebels_unnamed_stay_unread(extract):
    # the short form means the PKK only where the article names it
    text = "قال مسؤول إن المتمردين الأكراد انسحبوا من القرية بعد مفاوضات مع الوجهاء."
    assert PKK not in canonicals(extract, text)


def test_the_headlines_short_form_takes_the_bodys_name(extract):
    text = ("تركيا تقصف مواقع حزب العمال\n\n"
            "قصفت المقاتلات التركية فجر اليوم مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق.")
    found = actors(extract, text)
    assert ("حزب العمال", PKK) in found
    assert found.index(("حزب العمال", PKK)) < found.index(("حزب العمال الكردستاني", PKK))


def test_the_brotherhood_in_the_headline(extract):
    text = ("مصر: القبض على عشرين من الإخوان\n\n"
            "ألقت قوات الأمن المصرية القبض على عشرين من عناصر جماعة الإخوان المسلمين في محافظة الجيزة.")
    assert ("الإخوان", "Muslim Brotherhood") in actors(extract, text)


def test_the_brothers_in_the_headline_with_no_brotherhood_below(extract):
    # guard: the headline's "الإخوان" with no group named in the body stays the brothers
    text = ("الإخوان الثلاثة يفتتحون مطعما\n\n"
            "افتتح ثلاثة أشقاء مطعما جديدا في وسط مدينة جدة يقدم الأطباق الشعبية.")
    assert "Muslim Brotherhood" not in canonicals(extract, text)


def test_a_short_form_below_the_headline_is_unchanged(extract):
    # guard: an anaphor in the body before the name is not read from a name below it
    text = ("قصف جوي على الحدود\n\n"
            "قال مسؤول إن الحزب لم يعلق. وفي وقت لاحق قصفت المقاتلات التركية مواقع حزب العمال الكردستاني.")
    found = actors(extract, text)
    assert ("الحزب", PKK) not in found


@pytest.mark.parametrize("text", ["حزب", "العمال", "الأكراد", ""])
def test_one_word_texts(extract, text):
    extract(text, published="2015-08-01")
