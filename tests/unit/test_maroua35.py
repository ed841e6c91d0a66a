"""maroua35: a gazetteer row may refuse its «ال» form (places.tsv's no_al column).  Bare «مروة» is
Cameroon's Maroua where the article names Cameroon; «المروة» (a Saudi village or quarter) never falls back to
it; «مروة» as a woman's or a family name stays no place.  Sentences written for these tests."""

import pytest

from rasd.model import PlaceCandidate
from rasd.text.normalise import norm


@pytest.fixture(scope="module")
def gazetteer(resources):
    return resources.gazetteer


def places(extract, text):
    return {p.name: p for p in extract(text).places}


def test_bare_maroua_is_the_town_where_cameroon_is_named(extract):
    p = places(extract, "قتل 11 شخصا على الأقل في الهجوم المزدوج في مروة بشمال الكاميرون.")
    assert p["مروة"].country == "CM" and p["مروة"].lat is not None


def test_bare_maroua_as_a_subject_in_a_cameroon_report(extract):
    p = places(extract, "ومروة كبرى مدن أقصى شمال الكاميرون، وقد استهدفتها بوكو حرام مرارا.")
    assert p["مروة"].country == "CM"


def test_maroua_with_its_cue_still_read(extract):
    p = places(extract, "شهدت مدينة مروة في الكاميرون تفجيرا انتحاريا مساء السبت.")
    assert p["مروة"].country == "CM"


def test_event_in_maroua_is_placed_there(extract):
    ex = extract("فجرت فتاتان نفسيهما في سوق شعبي في مروة شمال الكاميرون، ما أدى إلى مقتل 9 أشخاص.")
    assert any(e.place is not None and e.place.name == "مروة" for e in ex.events)


def test_a_womans_name_after_a_preposition_is_no_place(extract):
    assert "مروة" not in places(extract, "تزوج أحمد من مروة ابنة عمه.")
    assert "مروة" not in places(extract, "أهدى الفنان جائزته إلى مروة ابنته الصغرى.")


def test_a_family_name_is_no_place(extract):
    assert "مروة" not in places(extract, "قال نائب رئيس الائتلاف حسان مروة إن المفاوضات متعثرة.")
    assert "مروة" not in places(extract, "شاركت مروة أحمد وسلمى العلي في الحفل بالرياض.")


def test_the_article_form_never_falls_back_to_maroua(extract):
    p = places(extract, "أصيب مواطن إثر سقوط مقذوف على قرية المروة بمحافظة الحرث في منطقة جازان.")
    assert "المروة" in p and p["المروة"].country == "SA"
    p = places(extract, "وقعت السرقة في منزل بحي المروة بجدة.")
    assert "المروة" not in p or p["المروة"].country == "SA"


def test_the_article_form_alone_is_not_cameroon(extract):
    p = places(extract, "احتفل أهالي المروة بالعيد وسط أجواء من الفرح.")
    assert "المروة" not in p or p["المروة"].country != "CM"


def test_gazetteer_refuses_the_article_form_of_a_flagged_row(gazetteer):
    assert any(c.country == "CM" for c in gazetteer.candidates(norm("مروة")))
    assert not any(c.country == "CM" for c in gazetteer.without_article(norm("المروة")))


def test_gazetteer_keeps_the_article_fallback_of_other_rows(gazetteer):
    sample = PlaceCandidate(id="sup:test-row", name_en="Testville", country="XX", lat=1.0, lon=1.0, kind="town",
                            source="supplement")
    gazetteer.lexicon.setdefault("قريتنا", []).append(sample)
    gazetteer._looked_up.clear()
    try:
        assert sample in gazetteer.without_article("القريتنا")
        assert gazetteer.without_article("قريتنا") == []  # a name without ال has no such reading
    finally:
        gazetteer.lexicon["قريتنا"].remove(sample)
        if not gazetteer.lexicon["قريتنا"]:
            del gazetteer.lexicon["قريتنا"]
        gazetteer._looked_up.clear()
