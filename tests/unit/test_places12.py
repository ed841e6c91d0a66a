"""places12: a place's mention covers the proper name; the place keeps the whole designation."""
from __future__ import annotations


def _mentions(ex, text):
    return {p.name: [text[s.start:s.end] for s in p.mentions] for p in ex.places}


def test_classifier_before_a_listed_name_is_left_out_of_the_mention(extract):
    text = "سقطت قذائف على بلدات في قطاع غزة مساء أمس، وقال شهود إن الدخان غطى سماء المنطقة."
    got = _mentions(extract(text), text)
    assert got.get("قطاع غزة") == ["غزة"]


def test_river_and_lake_are_their_names(extract):
    text = "ارتفع منسوب نهر النيجر هذا الشهر، فيما تراجعت مياه بحيرة تشاد إلى أدنى مستوى منذ سنوات."
    got = _mentions(extract(text), text)
    assert got.get("نهر النيجر") == ["النيجر"]
    assert got.get("بحيرة تشاد") == ["تشاد"]


def test_honorific_after_a_town_is_left_out(extract):
    text = "وصل آلاف المعتمرين إلى مكة المكرمة قادمين من جدة بعد رحلة طويلة."
    got = _mentions(extract(text), text)
    assert got.get("مكة المكرمة") == ["مكة"]


def test_with_a_proclitic_the_mention_is_still_the_name(extract):
    text = "وأقام المعتمرون في فنادق بمكة المكرمة قبل أن يعودوا إلى بلادهم."
    got = _mentions(extract(text), text)
    assert got.get("مكة المكرمة") == ["مكة"]


def test_guard_medina_keeps_its_epithet(extract):
    # المدينة alone is "the city": the epithet is what names Medina
    text = "زار الوفد المدينة المنورة بعد أن أنهى جولته في الرياض."
    got = _mentions(extract(text), text)
    assert got.get("المدينة المنورة") == ["المدينة المنورة"]


def test_guard_facilities_and_mountains_stay_whole(extract):
    text = "أغلقت السلطات مطار دمشق الدولي، وشوهدت الثلوج على قمم جبل لبنان."
    got = _mentions(extract(text), text)
    assert ["مطار دمشق الدولي"] in got.values()
    assert all(v != ["دمشق"] for v in got.values())


def test_guard_an_ordinary_two_word_name_stays_whole(extract):
    text = "التقى الوزير نظيره في كوريا الجنوبية ثم سافر إلى الإمارات العربية المتحدة."
    got = _mentions(extract(text), text)
    spans = [s for v in got.values() for s in v]
    assert "كوريا الجنوبية" in spans
    assert "الإمارات العربية المتحدة" in spans
