"""saudigov26: seats of Saudi governorates that GeoNames has without an Arabic name, named bare (no محافظة before
them).  Sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


def test_governorate_seat_after_a_preposition(extract):
    text = "باشرت فرق الدفاع المدني أمس حريقا في مستودع بالمندق دون إصابات."
    got = _places(extract(text))
    assert "المندق" in got and got["المندق"].country == "SA"


def test_governorate_seats_in_a_list(extract):
    text = "هطلت أمطار غزيرة أمس على تنومة وبلقرن والنماص وأحد رفيدة."
    got = _places(extract(text))
    for name in ("تنومة", "بلقرن", "أحد رفيدة"):
        assert name in got and got[name].country == "SA", name


def test_two_word_seat_in_the_riyadh_region(extract):
    text = "أعلن المرور عن حادث تصادم على طريق وادي الدواسر مساء الخميس."
    # after وادي the code looks the bare name up (وادي زمزم -> زمزم): the mention is الدواسر, the place the town's
    assert any(p.name_en.startswith("Wadi ad-Dawasir") and p.country == "SA" for p in extract(text).places)


def test_duba_with_its_hamza(extract):
    text = "انتشلت دوريات حرس الحدود قاربا غارقا قرب ضباء على ساحل البحر الأحمر."
    got = _places(extract(text))
    assert "ضباء" in got and got["ضباء"].country == "SA"


def test_bariq_as_a_place_after_a_preposition(extract):
    text = "شيع الأهالي في بارق أمس جثمان الجندي الذي توفي في حادث مروري."
    got = _places(extract(text))
    assert "بارق" in got and got["بارق"].country == "SA"


def test_ambiguous_seat_name_as_a_word_is_no_place(extract):
    text = "رفع المدير بارق التهاني إلى الموظفين بمناسبة العيد."
    assert "بارق" not in _places(extract(text))


def test_one_word_texts(extract):
    for word in ("بارق", "المندق", "بيش", "وادي"):
        extract(word)


def test_smaller_seats_in_a_list_of_the_region(extract):
    text = "جرفت السيول أمس عددا من المركبات في الأسياح والنبهانية وضرية بمنطقة القصيم."
    got = _places(extract(text))
    for name in ("الأسياح", "النبهانية", "ضرية"):
        assert name in got and got[name].country == "SA", name
