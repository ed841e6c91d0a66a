"""spots33: a quarter (حي X, or the quarters of "أحياء X وY بحلب") lies inside the town the text names right after
it or after its list; a reading of its name in another country (a Turkish village for an Aleppo quarter) is a
namesake even where the article names that other country's towns most, and the quarter takes the town's point.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places

TURKISH_NEWS = "فتحت تركيا قاعدة إنجرليك للتحالف، وقتل جنود أتراك في كيليس وفي سوروتش وإسطنبول. "


def readings(resources, text: str) -> dict[str, set]:
    got: dict[str, set] = {}
    for m in kept_places(resources, text):
        got.setdefault(m.name, set()).add(m.resolved.country if m.resolved else None)
    return got


def test_quarter_in_a_town_of_another_country_than_the_article_names_most(resources):
    got = readings(resources, TURKISH_NEWS + "وألقت مروحيات النظام برميلا متفجرا على مبنى في حي الميسر بمدينة حلب.")
    assert got["الميسر"] == {"SY"}


def test_every_quarter_of_a_list_lies_in_the_town_after_it(resources):
    got = readings(resources, TURKISH_NEWS + "وقصفت مروحيات النظام أحياء الميسر والصاخور والكلاسة بحلب.")
    assert got["الميسر"] == got["الصاخور"] == got["الكلاسة"] == {"SY"}


def test_quarter_takes_the_point_of_its_town(resources):
    ms = kept_places(resources, TURKISH_NEWS + "وألقت مروحيات النظام برميلا متفجرا على مبنى في حي الميسر بمدينة حلب.")
    quarter = next(m for m in ms if m.name == "الميسر")
    town = next(m for m in ms if m.name == "حلب")
    assert (quarter.resolved.lat, quarter.resolved.lon) == (town.resolved.lat, town.resolved.lon)


def test_quarter_of_its_own_country_stays(resources):
    got = readings(resources, "قصفت الطائرات حي السليمانية في تعز، وفر السكان إلى قرى اليمن الأخرى.")
    assert got["السليمانية"] == {"YE"}


def test_quarters_that_are_the_city_itself_stay(resources):
    got = readings(resources, "سيطرت القوات على آخر أحياء عدن، وقال سكان في عدن إن الاشتباكات توقفت.")
    assert got["عدن"] == {"YE"}


def test_a_town_not_called_a_quarter_is_left_to_its_reading(resources):
    got = readings(resources, TURKISH_NEWS + "وقال مسؤول إن مهاجرين وصلوا إلى إسطنبول في تركيا.")
    assert got["إسطنبول"] == {"TR"}


@pytest.mark.parametrize("text", ["حي", "أحياء", "بحلب"])
def test_one_word_texts(resources, text):
    kept_places(resources, text)


def test_village_no_list_knows_lies_by_the_town_after_it(resources):
    ms = kept_places(resources, TURKISH_NEWS + "وقتل خمسة مدنيين في قصف على منزل في قرية كفرموس بريف إدلب الجنوبي.")
    village = next(m for m in ms if m.name == "كفرموس")
    town = next(m for m in ms if m.name == "إدلب")
    assert village.resolved.country == "SY"
    assert (village.resolved.lat, village.resolved.lon) == (town.resolved.lat, town.resolved.lon)


# An incident's place described in brackets ("في ناحية القيارة (جنوب الموصل)") is the place; the town the brackets
# tell it by is not, as without the brackets (lists26).
DAY = "2015-07-25"


def _at(extract, text: str) -> list[str]:
    return sorted(e.place.name for e in extract(text, DAY).events if e.place is not None)


def test_a_district_described_in_brackets_is_the_place(extract):
    text = "قتل خمسة أشخاص أمس في انفجار عبوة ناسفة في ناحية القيارة (جنوب الموصل)."
    assert _at(extract, text) == ["القيارة"]


def test_a_province_described_in_brackets_by_two_compass_words_is_the_place(extract):
    text = "قتل عشرة مسلحين أمس في اشتباكات عنيفة في محافظة ديالى (شمال شرقي بغداد)."
    assert _at(extract, text) == ["ديالى"]


def test_a_town_in_brackets_with_no_compass_word_is_left_to_the_ranking(extract):
    # guard: a bracket alone describes nothing; the same place as without the brackets
    bare = _at(extract, "قتل عشرة مسلحين أمس في اشتباكات عنيفة في محافظة ديالى وبغداد.")
    assert _at(extract, "قتل عشرة مسلحين أمس في اشتباكات عنيفة في محافظة ديالى (وبغداد).") == bare
