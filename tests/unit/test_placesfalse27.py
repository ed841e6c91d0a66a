"""placesfalse27: a lone mid-size town abroad in a country the text names nowhere is a word or a namesake at home;
and a country written after a word in ا stays a place (its first rule, that such a country after an indefinite
accusative noun in ا, "جنديا تركيا", is that noun's adjective, was taken out: see DEVELOPERS, the nineteenth
session).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places


def names(resources, text: str) -> list[str]:
    return [m.name for m in kept_places(resources, text)]


@pytest.mark.parametrize("text, country", [
    # a circumstantial participle after a comma governs the country
    ("انتقد الوزير السياسة الغربية، متهما تركيا بدعم المسلحين.", "تركيا"),
    # a dual's construct before a list: the two teams of Italy and France
    ("تجاوز الفريق الأول منتخبا إيطاليا وفرنسا في الترتيب.", "إيطاليا"),
    # a verb with the pronoun نا, a word with the pronoun ها or هما
    ("خسرنا ليبيا منذ سنوات طويلة.", "ليبيا"),
    ("ناقش الرئيسان خلال زيارتهما روسيا ملف الطاقة.", "روسيا"),
    ("رفض الحزب الاتهامات التي توجهها تركيا إليه.", "تركيا"),
    # a particle, a stopword, a person's name, a place before
    ("أما تركيا فقد رفضت العرض الأخير.", "تركيا"),
    ("وشارك في الاجتماع أيضا روسيا والصين.", "روسيا"),
    ("زار الرئيس باراك أوباما كينيا في الصيف.", "كينيا"),
    ("تضم المجموعة إلى جانب روسيا بريطانيا والصين.", "بريطانيا"),
    # a plural in ايا that heads a genitive
    ("شككت الحكومة في نوايا تركيا تجاه المنطقة.", "تركيا"),
])
def test_the_country_itself_stays(resources, text, country):
    assert country in names(resources, text)


@pytest.mark.parametrize("text", ["تركيا", "جنديا", "جنديا تركيا", "لاجئا سوريا"])
def test_short_texts(resources, text):
    kept_places(resources, text)


def readings(resources, text: str) -> dict[str, object]:
    return {m.name: (m.resolved.country if m.resolved else None) for m in kept_places(resources, text)}


def test_lone_everyday_word_is_no_town_abroad(resources):
    got = readings(resources, "أعلنت وزارة الحج في السعودية أن ستة ملايين معتمر أدوا المناسك في مكة المكرمة "
                              "والمدينة المنورة هذا العام.")
    assert "أدوا" not in got


def test_lone_namesake_at_home_is_not_abroad(resources):
    got = readings(resources, "افتتحت أمانة المنطقة الشرقية في السعودية ممرات للمشاة على كورنيش الدمام وكورنيش "
                              "الخبر وشاطئ العزيزية.")
    assert got.get("العزيزية") != "LY"


def test_big_town_after_a_preposition_stays(resources):
    got = readings(resources, "قال مسؤول إيراني إن طهران وواشنطن اتفقتا على جولة جديدة من المفاوضات في لوزان "
                              "الشهر المقبل، وإن إيران لن تقدم تنازلات.")
    assert got.get("لوزان") == "CH"


def test_town_said_twice_stays(resources):
    got = readings(resources, "سقطت قذيفة على أطراف جازان، وقال الدفاع المدني في جازان إن القذيفة أطلقت من اليمن.")
    assert got.get("جازان") == "SA"
