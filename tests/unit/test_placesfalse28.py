"""placesfalse28: a newspaper's name between quotation marks is no place, whichever way the marks are printed
(some papers print »الرياض» with the closing mark on both sides).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places


def names(resources, text: str) -> list[str]:
    return [m.name for m in kept_places(resources, text)]


@pytest.mark.parametrize("text, outlet", [
    ("وأكد مسؤول في الميناء لـ»الرياض» أن الشحنة وصلت أمس.", "الرياض"),
    ("وقال قائد ميداني ل»الجزيرة» إن الهجوم صد بعد ساعتين.", "الجزيرة"),
    ("ونقلت مصادر محلية لـ«الرياض« أن المعارك توقفت.", "الرياض"),
    ("وكتب الوزير مقالا في صحيفة »الرياض» عن الميزانية.", "الرياض"),
])
def test_quoted_outlet_with_reversed_marks_is_no_place(resources, text, outlet):
    assert outlet not in names(resources, text)


@pytest.mark.parametrize("text, place", [
    # a closing mark after a quotation, then the town: the mark does not hug the town
    ("وقال: «سنعود قريبا» الرياض ستستضيف القمة المقبلة.", "الرياض"),
    # the town after a quotation's closing mark, another quotation opening later
    ("وصل الوفد إلى الرياض» ثم غادر بعد يومين.", "الرياض"),
    ("وصل الوفد إلى الرياض أمس.", "الرياض"),
])
def test_town_beside_a_stray_mark_stays(resources, text, place):
    assert place in names(resources, text)


@pytest.mark.parametrize("text", ["»", "الرياض", "»الرياض", "الرياض»", "«»"])
def test_one_token_texts(resources, text):
    names(resources, text)


@pytest.mark.parametrize("text, outlet", [
    ("وذكرت وكالتا الأناضول ورويترز أن الشرطة أوقفت خمسة أشخاص.", "الأناضول"),
    ("ونشرت صحيفتا الرياض والحياة الخبر على صفحتيهما الأوليين.", "الرياض"),
])
def test_outlet_after_a_dual_outlet_word_is_no_place(resources, text, outlet):
    assert outlet not in names(resources, text)


def test_town_after_an_outlet_dual_and_a_preposition_stays(resources):
    assert "أنقرة" in names(resources, "وذكرت وكالتا الأنباء أن الشرطة أوقفت خمسة أشخاص في أنقرة.")


def test_quoted_anadolu_is_the_agency(resources):
    assert "الأناضول" not in names(resources, "وأفاد مراسل «الأناضول» بأن قوات الأمن طوقت الحي.")


def test_anatolia_unquoted_stays(resources):
    assert "الأناضول" in names(resources, "وقعت الهجمات في جنوب شرق الأناضول خلال الصيف.")
