"""places23: a place the text puts in a country named right after it (after في or a glued ب) lies in that
country; bare كردستان is the Iraqi region where the text is about Iraq.  Sentences written for these tests."""
from __future__ import annotations

from rasd.geo import haversine_km as km
from place_helpers import kept_places


def resolved(resources, text: str) -> dict[str, object]:
    return {m.name: m.resolved for m in kept_places(resources, text)}


SAADA = (16.94, 43.76)


def test_unlisted_place_borrows_a_town_of_the_country_named_after_it(resources):
    text = ("وقال المتحدث في مكة المكرمة إن الطائرات قصفت مواقع في منطقة بني قحطوم باليمن قرب صعدة "
            "ثم عادت الطائرات إلى مكة.")
    got = resolved(resources, text)["بني قحطوم"]
    assert got.country == "YE"
    assert km((got.lat, got.lon), SAADA) < 50


def test_unlisted_place_with_no_town_of_that_country_keeps_the_country_only(resources):
    text = "وقال المتحدث في الرياض إن الطائرات قصفت مواقع في منطقة بني قحطوم باليمن."
    got = resolved(resources, text)["بني قحطوم"]
    assert got.country == "YE"
    assert got.lat is None


def test_small_namesake_abroad_gives_way_to_the_country_named_after_it(resources):
    got = resolved(resources, "وأقيمت الدورة الماضية للبطولة في قوانزو بالصين بمشاركة عربية واسعة.")
    assert got["قوانزو"] is None or got["قوانزو"].country == "CN"


def test_sizeable_town_before_another_country_keeps_its_reading(resources):
    got = resolved(resources, "وقتل ثلاثة جنود من جازان في اليمن خلال المعارك.")
    assert got["جازان"].country == "SA"


def test_state_cue_before_a_country_name_holds_nothing(resources):
    got = resolved(resources, "وتوفي الرجل في مدينة دولوث بولاية جورجيا جنوب الولايات المتحدة.")
    assert got.get("دولوث") is None or got["دولوث"].country != "GE"


def test_bare_kurdistan_in_an_iraqi_text(resources):
    got = resolved(resources, "وقصفت الطائرات التركية مواقع الحزب في كردستان وقتل ثلاثة قرويين قرب أربيل شمال العراق.")
    assert got["كردستان"].country == "IQ"


def test_bare_kurdistan_in_an_iranian_text(resources):
    got = resolved(resources, "واشتبك مسلحون أكراد مع الحرس الثوري في كردستان قرب مدينة سنندج غرب إيران.")
    assert got["كردستان"].country == "IR"


def test_list_goes_on_after_kurdistan(resources):
    got = resolved(resources, "وتمنع السلطات بناء المساجد في كردستان وسيستان وبلوجستان وجنوب إيران.")
    assert {"كردستان", "سيستان", "بلوجستان"} <= set(got)


def test_one_word_texts(resources):
    for text in ("كردستان", "باليمن", "بني"):
        resolved(resources, text)


def test_zone_of_a_ban_and_penalty_area_are_no_places(resources):
    got = resolved(resources, "وطالبت المعارضة بفرض منطقة حظر الطيران فوق حلب في سوريا.")
    assert set(got) == {"حلب", "سوريا"}
    got = resolved(resources, "وسدد المهاجم كرة من داخل منطقة جزاء الضيوف في ملعب الرياض.")
    assert not any(k.startswith(("جزاء", "الجزاء")) for k in got)
    got = resolved(resources, "وارتكب المدافع خطأ داخل منطقة الجزاء في جدة.")
    assert "الجزاء" not in got and "جدة" in got


def test_unlisted_place_before_a_compass_word_and_a_country(resources):
    text = "وتسلمت مصر من القاهرة فرقاطة جديدة في مرفأ بنكوران غرب فرنسا الشهر الماضي."
    got = resolved(resources, text)["مرفأ بنكوران"]
    assert got.country == "FR"


def test_far_end_before_a_compass_word_is_no_name(resources):
    got = resolved(resources, "وانفجرت قنبلة في سوق بمنطقة أقصى شمال النيجر أمس.")
    assert not any(k.startswith("أقصى") for k in got) and "النيجر" in got
    got = resolved(resources, "ووقع الهجوم في منطقة أقصى الشمال قرب الحدود مع نيجيريا.")
    assert "أقصى الشمال" in got
