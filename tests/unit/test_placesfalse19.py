"""placesfalse19: everyday words with a town's shape, a place inside a group's or a pact's name, a country's
name against a foreign town of that name, the Nile and Wyoming (feed sample seed 2482); sentences written
for these tests."""
from __future__ import annotations

from rasd.geo import haversine_km as km


def _places(ex):
    return {p.name: p for p in ex.places}


# -- everyday words that are also towns (ambiguous list) ------------------------------------------------

def test_sincere_condolences_is_no_iraqi_town(extract):
    text = "وقدم المحافظ خالص التعازي لعائلات الجنود الذين سقطوا في الهجوم على نقطة تفتيش بالمنامة."
    assert "خالص" not in _places(extract(text))


def test_naval_blockade_is_no_khartoum_north(extract):
    text = "أعلن التحالف فرض حصار بحري على الموانئ التي يسيطر عليها المسلحون في اليمن."
    assert "بحري" not in _places(extract(text))


def test_protectors_of_the_homeland_is_no_hama(extract):
    text = "قال قائد الحرس في الرياض إن جنود المملكة سيبقون للأرض حماة لا يتراجعون."
    assert "حماة" not in _places(extract(text))


def test_hama_after_a_locative_in_syrian_news_stays(extract):
    # guard: the Syrian city after في stays the city
    text = "قصفت الطائرات الحربية أحياء في حماة وسط سوريا مساء الأحد."
    p = _places(extract(text))["حماة"]
    assert p.country == "SY"


# -- a place inside an armed group's or a pact's name ---------------------------------------------------

def test_members_of_the_sinai_group_are_no_jerusalem(extract):
    text = "قتلت قوات الجيش ثلاثة من عناصر «بيت المقدس» في هجوم على كمين جنوب مدينة العريش المصرية."
    got = _places(extract(text))
    assert "بيت المقدس" not in got and "العريش" in got


def test_organisation_named_after_a_place_is_no_place(extract):
    text = "أعلنت الشرطة القبض على خلية تابعة لتنظيم بيت المقدس في مدينة رفح المصرية."
    got = _places(extract(text))
    assert "بيت المقدس" not in got and "رفح" in got


def test_a_pact_named_after_a_capital_is_no_place(extract):
    text = "كتب المؤرخ أن حلف بغداد انهار بعد انسحاب العراق منه في الخمسينيات."
    got = _places(extract(text))
    assert "بغداد" not in got


# -- a country's name is the country, not a town abroad that bears it -----------------------------------

def test_benin_beside_nigeria_is_the_country(extract):
    text = "فر عشرات اللاجئين من شمال نيجيريا إلى بنين هربا من هجمات المسلحين على قراهم."
    p = _places(extract(text))["بنين"]
    assert p.country == "BJ"


def test_kuwait_city_after_its_cue_stays_the_city(extract):
    # guard: after مدينة the town of the country's name stays the town
    text = "انفجرت عبوة قرب مسجد في مدينة الكويت مساء الجمعة."
    p = _places(extract(text))["الكويت"]
    assert p.country == "KW" and p.lat is not None and km((p.lat, p.lon), (29.37, 47.98)) < 50


# -- the Nile and Wyoming --------------------------------------------------------------------------------

def test_a_boat_sunk_in_the_nile_is_not_in_sudans_state(extract):
    text = "غرق مركب صيد في نهر النيل بمحافظة الجيزة المصرية ولقي خمسة أشخاص مصرعهم."
    p = _places(extract(text))["نهر النيل"]
    assert p.country != "SD" and p.lat is not None and km((p.lat, p.lon), (30.0, 31.2)) < 161


def test_river_nile_state_after_its_cue_stays_the_state(extract):
    # guard: "ولاية نهر النيل" is Sudan's state
    text = "أعلنت الشرطة السودانية مقتل شخصين في ولاية نهر النيل شمال الخرطوم."
    ps = [p for p in extract(text).places if p.country == "SD" and p.lat is not None]
    assert any(km((p.lat, p.lon), (18.5, 33.5)) < 161 for p in ps if "النيل" in p.name)


def test_wyoming_is_the_state_not_a_town_of_michigan(extract):
    text = "اندلع حريق غابات كبير في ولايات وايومنج ومونتانا الأمريكية."
    p = _places(extract(text))["وايومنج"]
    assert p.lat is not None and p.lon < -100


# -- Fallujah's outskirts, the vine, "its soil", a woman's family name ----------------------------------

def test_saqlawiyah_is_by_fallujah_not_in_erbil(extract):
    text = "انفجرت سيارة مفخخة في منطقة الصقلاوية بالعراق وقتل ثلاثة جنود."
    p = _places(extract(text))["الصقلاوية"]
    assert p.country == "IQ" and p.lat is not None and km((p.lat, p.lon), (33.41, 43.68)) < 50


def test_garma_in_iraqi_news_is_anbars_town(extract):
    text = "أطلقت القوات عملية فجر الكرمة لطرد مسلحي داعش من أطراف الفلوجة في العراق."
    p = _places(extract(text))["الكرمة"]
    assert p.country == "IQ"


def test_the_vine_in_a_saudi_text_is_no_town(extract):
    text = "زين المزارع مدخل بيته في الرياض بأغصان الكرمة وعناقيد العنب."
    assert "الكرمة" not in _places(extract(text))


def test_its_soil_is_no_nigerian_state(extract):
    text = "أكد قائد القوات أن الجيش سيدافع عن ترابه حتى آخر جندي في مواجهة المتسللين إلى جازان."
    assert "ترابه" not in _places(extract(text)) and "ترابة" not in _places(extract(text))


def test_a_womans_family_name_is_no_kuwaiti_town(extract):
    text = "الشرطة تعتقل مشتبها بهم في الكويت\n\nلجين الأحمدي – الرياض\nأعلنت الشرطة اعتقال ثلاثة رجال."
    got = _places(extract(text))
    assert "الأحمدي" not in got and "الكويت" in got


def test_ahmadi_after_its_cue_stays_the_town(extract):
    # guard: after منطقة the Kuwaiti town stays
    text = "انفجرت قنبلة في منطقة الأحمدي جنوب الكويت صباح اليوم."
    p = _places(extract(text))["الأحمدي"]
    assert p.country == "KW"


def test_amman_among_jordanian_towns_stays_amman(extract):
    # guard: another country's capital that shares a country's name is not dropped
    text = "هطلت أمطار غزيرة على إربد والزرقاء وعمان خلال الليل."
    p = _places(extract(text))["عمان"]
    assert p.country == "JO"


# -- a masculine province cue takes a masculine nationality adjective; the two Punjabs ------------------

def test_punjab_with_the_pakistani_adjective_is_pakistans(extract):
    text = "قتلت الشرطة ثلاثة مسلحين في إقليم البنجاب الباكستاني بعد هجوم على حافلة."
    p = _places(extract(text))["البنجاب"]
    assert p.country == "PK"


def test_punjab_in_indian_news_is_indias(extract):
    # guard: the article's country decides without an adjective
    text = "قتل شرطيان في هجوم على مركز للشرطة في ولاية البنجاب شمال الهند."
    p = _places(extract(text))["البنجاب"]
    assert p.country == "IN"


def test_province_cue_adjective_names_a_country_without_a_point(extract):
    text = "قتل خمسة جنود في هجوم بإقليم زنغارو الروسي فجر اليوم."
    ps = [p for p in extract(text).places if p.name == "زنغارو"]
    assert not ps or ps[0].country == "RU"
