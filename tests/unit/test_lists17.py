"""lists17: places in a list after a plural or dual cue word, and the incidents they carry (seed 2270); sentences
written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name for p in ex.places}


def _event_places(ex):
    return {e.place.name for e in ex.events if e.place is not None}


def test_plural_villages_name_each_village(extract):
    text = "قصفت المليشيات قرى الحدبة والمرازيق بقذائف الهاون صباح اليوم في محافظة تعز."
    ex = extract(text, published="2015-07-01")
    assert {"الحدبة", "المرازيق"} <= _places(ex)
    assert {"الحدبة", "المرازيق"} <= _event_places(ex)


def test_plural_towns_go_on_to_an_unlisted_name(extract):
    text = "دارت معارك عنيفة أمس في بلدات المحسنة وكفرنبودة بريف حماة الشمالي."
    assert {"المحسنة", "كفرنبودة"} <= _places(extract(text, published="2015-07-01"))


def test_dual_front_names_two_places(extract):
    text = "اندلعت اشتباكات عنيفة على جبهتي البلق والمسيمير في محافظة لحج أمس."
    ex = extract(text, published="2015-07-01")
    assert {"البلق", "المسيمير"} <= _places(ex)
    assert {"البلق", "المسيمير"} <= _event_places(ex)


def test_fronts_of_fighting_are_no_place(extract):
    text = "أكد القائد أن جبهات القتال تشهد هدوءا حذرا منذ أسبوع."
    assert not _places(extract(text, published="2015-07-01"))


def test_plural_areas_described_are_no_list(extract):
    text = "انتشرت الفرق الطبية في مناطق واسعة وعديدة من البلاد لمكافحة الوباء."
    assert not _places(extract(text, published="2015-07-01"))


def test_a_list_after_a_singular_cue_in_ta_marbuta_opens_at_the_cue(extract):
    # "مدينة" is listed with ة and read with ه: the list's phrase starts at the cue word and its preposition, so
    # the list opens close enough after the fighting for each town to be its own incident
    text = "دارت اشتباكات عنيفة بين الجيش والمسلحين في مدينة الرمادي والفلوجة."
    assert {"الرمادي", "الفلوجة"} <= _event_places(extract(text, published="2015-07-01"))


def test_a_word_with_tanween_ends_the_list(extract):
    text = "تقدمت القوات في جبهات المرازيق وامتداداً إلى أطراف مدينة تعز."
    got = _places(extract(text, published="2015-07-01"))
    assert "المرازيق" in got and not any(n.startswith("امتداد") for n in got)


def test_fronts_of_a_feeling_are_no_place(extract):
    text = "قال الكاتب إن الرئيس فتح جبهات العداوة مع جيرانه كلهم."
    assert not any(n.startswith("العداو") for n in _places(extract(text, published="2015-07-01")))


def test_fighting_on_the_fronts_of_two_towns_is_two_incidents(extract):
    text = "تتواصل المواجهات منذ يومين على جبهات الضالع ولحج بين الجيش والمسلحين."
    assert {"الضالع", "لحج"} <= _event_places(extract(text, published="2015-07-01"))


def test_an_open_list_ends_at_an_everyday_word(extract):
    for text in ("يسعى البرنامج إلى تطوير مدن المملكة وتفعيل دور البلديات فيها.",
                 "تتوقع الأرصاد غبارا على مناطق حائل وتبوك والأجزاء الغربية من المملكة."):
        got = _places(extract(text, published="2015-07-01"))
        assert not any(n.startswith(("تفعيل", "الأجزاء")) for n in got)
