"""placesmiss27: a wadi is named with its cue word ("وادي X"), as a mountain is, and takes the point of the town or
province it is named after when no list knows it.  Sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


def test_an_unlisted_wadi_keeps_its_cue_word(extract):
    text = "اشتبك مسلحون قبليون أمس مع قوة أمنية في وادي زعفران شمال مأرب."
    got = _places(extract(text))
    assert "وادي زعفران" in got
    assert "زعفران" not in got


def test_a_wadi_named_after_a_town_takes_the_towns_point(extract):
    text = "جرفت السيول ثلاث سيارات في وادي بيشة مساء أمس دون إصابات."
    got = _places(extract(text))
    assert "وادي بيشة" in got and "بيشة" not in got
    wadi = got["وادي بيشة"]
    assert wadi.country == "SA" and wadi.lat is not None


def test_a_wadi_named_after_a_province_is_not_the_province(extract):
    text = "قصفت طائرة مسيرة سيارة تقل مسلحين في وادي حضرموت صباح اليوم."
    got = _places(extract(text))
    assert "وادي حضرموت" in got and "حضرموت" not in got
    assert got["وادي حضرموت"].country == "YE"


def test_the_event_stands_at_the_wadi(extract):
    text = "قتل خمسة مسلحين في غارة جوية استهدفت تجمعا لهم في وادي حضرموت أمس."
    ex = extract(text)
    assert ex.events and ex.events[0].place is not None
    assert ex.events[0].place.name == "وادي حضرموت"
    assert ex.events[0].place.lat is not None


def test_a_wadi_named_after_a_stoplisted_town(extract):
    text = "دفع الحوثيون بتعزيزات جديدة إلى وادي حرض في شمال اليمن قرب الحدود السعودية."
    got = _places(extract(text))
    assert "وادي حرض" in got and got["وادي حرض"].country == "YE"


def test_the_plural_still_lists_bare_names(extract):
    text = "امتلأت أودية لجب وضمد بمياه الأمطار أمس في منطقة جازان."
    got = _places(extract(text))
    assert "لجب" in got and "ضمد" in got


def test_one_word_texts(extract):
    for text in ("وادي", "بوادي", "أودية", "حرض"):
        extract(text)


def test_al_ahwaz_is_irans_khuzestan(extract):
    text = "شنت الأجهزة الإيرانية حملة اعتقالات واسعة في الأحواز خلال الأسبوع الماضي."
    got = _places(extract(text))
    assert "الأحواز" in got and got["الأحواز"].country == "IR"
