"""places17: everyday words that are listed towns, titles before a man's name, a verb read as a cue
(feed sample seed 2276); sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


# -- an everyday-word town in an adjective's slot is the word, even in its country's news ----------------

def test_white_beard_in_a_libyan_report_is_no_town(extract):
    text = ("عاد الشيخ إلى مدينة بنغازي في ليبيا، وقد غطت اللحية البيضاء وجهه بعد سنوات في السجن. "
            "وقال أقاربه في طرابلس الليبية إنه بصحة جيدة.")
    got = _places(extract(text))
    assert "البيضاء" not in got and "بنغازي" in got


def test_urgent_need_in_a_libyan_report_is_no_village(extract):
    text = "قال مسؤول في طرابلس الليبية إن سكان مدينة سرت في ليبيا في حاجة ماسة إلى الأدوية."
    got = _places(extract(text))
    assert "ماسة" not in got and "سرت" in got


def test_bayda_after_in_stays_a_town(extract):
    text = "عقدت الحكومة الليبية اجتماعها أمس في البيضاء شرق ليبيا بحضور الوزراء."
    got = _places(extract(text))
    assert "البيضاء" in got and got["البيضاء"].country == "LY"


def test_casablanca_stays_whole(extract):
    text = "وصل الوفد المغربي إلى الدار البيضاء أمس بعد جولة في المغرب."
    got = _places(extract(text))
    assert "الدار البيضاء" in got


# -- a title and a nationality adjective: the name after them is a man's ----------------------------------

def test_counterpart_given_name_is_no_town(extract):
    text = "التقى الرئيس النيجيري في أبوجا نظيره التشادي بول ماهامات لبحث أمن الحدود مع تشاد."
    got = _places(extract(text))
    assert "بول" not in got and "أبوجا" in got


def test_title_then_place_after_preposition_stays(extract):
    text = "وصل الرئيس الفرنسي إلى بغداد في زيارة مفاجئة."
    got = _places(extract(text))
    assert "بغداد" in got


# -- أدى "led to" is no wadi ------------------------------------------------------------------------------

def test_led_to_is_no_valley(extract):
    text = "وأدى حشود الزوار صلاة الفجر في المسجد الكبير بمدينة الرياض أمس."
    got = _places(extract(text))
    assert not any(p.kind == "wadi" for p in got.values()) and "الرياض" in got


# -- a nisba-shaped family name before a masculine verb of saying is a man ---------------------------------

def test_family_name_before_saying_is_no_town(extract):
    text = ("سيطرت القوات على مواقع في مدينة الكويت أمس، غير أن الأحمدي أشار إلى أن المعارك لم تنته بعد.")
    got = _places(extract(text))
    assert "الأحمدي" not in got


# -- ب + an everyday noun + its adjective, not a town read whole ---------------------------------------------

def test_with_a_punishment_is_no_town(extract):
    text = "طالب المحامي في بغداد أمس بعقوبة صارمة للمتهمين بسرقة المال العام في العراق."
    got = _places(extract(text))
    assert "بعقوبة" not in got and "بغداد" in got


def test_baqubah_after_in_stays(extract):
    text = "انفجرت عبوة ناسفة في بعقوبة مركز محافظة ديالى في العراق."
    got = _places(extract(text))
    assert "بعقوبة" in got
