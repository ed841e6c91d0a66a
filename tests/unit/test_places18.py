"""places18: Latin look-alikes far from the places of their own sentence, a province shared by two
countries, a sea against a province of a country the text does not name (feed sample seed 2286);
sentences written for these tests."""
from __future__ import annotations

from rasd.geo import haversine_km as km

TAIZ = (13.58, 44.02)


def _places(ex):
    return {p.name: p for p in ex.places}


# -- a Latin look-alike far from every listed place of its sentence is no reading of it ------------------

def test_area_east_of_taiz_is_not_a_far_lookalike(extract):
    text = "قصفت المدفعية منطقة الحوبان شرق مدينة تعز اليمنية صباح أمس."
    got = _places(extract(text))
    p = got["الحوبان"]
    assert p.country == "YE" and p.lat is not None and km((p.lat, p.lon), TAIZ) < 161


def test_village_in_a_list_beside_a_mountain_stays_by_the_mountain(extract):
    text = ("اندلعت مواجهات عنيفة في قرى الأشعوب وحدنان بجبل صبر المطل على مدينة تعز في اليمن، "
            "وسقط فيها قتلى من الطرفين.")
    got = _places(extract(text))
    p = got["حدنان"]
    assert p.lat is not None and km((p.lat, p.lon), TAIZ) < 161


def test_lookalike_near_its_sentence_town_is_kept(extract):
    # guard: a village whose Latin reading lies by the town the sentence names keeps that reading
    text = "سيطرت القوات الحكومية على منطقة حرض بمحافظة حجة شمال غرب اليمن بعد معارك عنيفة."
    got = _places(extract(text))
    p = got["حرض"]
    assert p.country == "YE" and p.lat is not None and km((p.lat, p.lon), (16.41, 43.06)) < 50


# -- a province name two countries share: the article's country decides -------------------------------

def test_jawf_in_a_yemeni_list_is_yemens_governorate(extract):
    text = "شنت طائرات التحالف غارات على مواقع الحوثيين في محافظات مأرب وصعدة والجوف شمال اليمن."
    got = _places(extract(text))
    assert got["الجوف"].country == "YE"


def test_jawf_in_a_saudi_report_stays_saudi(extract):
    text = "افتتح أمير منطقة الجوف مركزا صحيا جديدا في مدينة سكاكا بالمملكة العربية السعودية."
    got = _places(extract(text))
    assert got["الجوف"].country == "SA"


# -- a sea, not a province of a country the text names nowhere -----------------------------------------

def test_red_sea_in_a_yemeni_report_is_the_sea(extract):
    text = ("اعترضت القوات اليمنية قاربا يهرب الأسلحة في البحر الأحمر قبالة سواحل الحديدة، "
            "بحسب مسؤول في عدن.")
    got = _places(extract(text))
    assert got["البحر الأحمر"].country is None


def test_red_sea_in_an_egyptian_report_may_be_the_governorate(extract):
    # guard: where the text names Egypt, its governorate of that name stands
    text = "افتتح المحافظ مشروعا سياحيا جديدا في البحر الأحمر بمصر بحضور وزير السياحة."
    got = _places(extract(text))
    assert got["البحر الأحمر"].country == "EG"


# -- a cue followed by a common noun and its adjective names no place -----------------------------------

def test_specialised_hospital_is_no_named_hospital(extract):
    text = "نقل الجرحى إلى مستشفى متخصص في مدينة كانو شمال نيجيريا بعد الانفجار."
    got = _places(extract(text))
    assert not any(name.startswith("مستشفى") for name in got) and "كانو" in got


def test_feminine_cue_with_a_masculine_word_in_mim_is_a_name(extract):
    # guard: a masculine word after a feminine cue does not agree with it; it names the village
    text = "قصفت الطائرات قرية معاصر في جبال الشوف بلبنان فجر اليوم."
    got = _places(extract(text))
    assert "معاصر" in got


def test_area_of_wooded_hills_is_no_place(extract):
    text = "اشتبك الجنود مع المسلحين في منطقة أحراج جبلية قرب الحدود مع الشيشان."
    got = _places(extract(text))
    assert set(got) == {"الشيشان"}


def test_name_with_its_definite_adjective_stays(extract):
    # guard: a proper name takes a definite adjective ("منطقة برمال الجبلية")
    text = "قصفت الطائرات منطقة برمال الجبلية في ولاية بكتيكا الأفغانية."
    got = _places(extract(text))
    assert "برمال" in got


# -- US states news names: the state, not a namesake village elsewhere -----------------------------------

def test_us_state_after_its_cue_is_the_state(extract):
    text = "قتل ثلاثة أشخاص في إطلاق نار داخل مركز تجاري بولاية كولورادو الأمريكية، وفر المسلح إلى ولاية لويزيانا."
    got = _places(extract(text))
    colorado, louisiana = got["كولورادو"], got["لويزيانا"]
    assert colorado.country == "US" and km((colorado.lat, colorado.lon), (39.0, -105.5)) < 161
    assert louisiana.country == "US" and km((louisiana.lat, louisiana.lon), (31.0, -92.0)) < 161


def test_lookalike_of_the_country_the_text_says_stands(extract):
    # guard: "مصراطة الليبية" (Misrata misspelt) is read in the country its adjective gives, whatever else the
    # sentence names
    text = "قال قائد عسكري في مدينة مصراطة الليبية إن قواته طردت المسلحين من مدينة سرت يوم الأحد."
    got = _places(extract(text))
    p = got["مصراطة"]
    assert p.country == "LY" and km((p.lat, p.lon), (32.37, 15.09)) < 50
