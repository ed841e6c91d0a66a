"""split41: two clauses of one sentence (or a sentence of its own) that tell violence at a town and at a spot of
another town -- a quarter of another city, a base or a camp further off -- tell two incidents, not one (SCHEMA.md:
one event per town, village or district attacked).  Spots of one town, and a city's district told again, stay one
incident.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _places(extract, text: str) -> list[str]:
    return sorted(e.place.name for e in extract(text, DAY).events if e.place is not None)


def test_a_town_and_a_quarter_of_another_city_in_one_sentence(extract):
    text = "قصفت قوات النظام أمس بلدة دوما، وسقطت قذيفة هاون في حي المزة بدمشق."
    assert _places(extract, text) == ["المزة", "دوما"]


def test_a_town_then_a_camp_of_another_town_in_a_sentence_of_its_own(extract):
    text = ("استهدف الطيران أمس مواقع للحوثيين في مدينة الضالع. "
            "وأضافت المصادر أن قصفا مكثفا استهدف معسكر الصدرين بمنطقة مريس شرق مدينة قعطبة.")
    assert _places(extract, text) == ["الضالع", "معسكر الصدرين"]


def test_a_base_then_another_town_with_its_own_dead(extract):
    text = ("قصفت طائرات التحالف أمس قاعدة العند الجوية في محافظة لحج. "
            "كما قصفت المقاتلات تعزيزات عسكرية للحوثيين في منطقة كرش، وقتل 16 مسلحا.")
    events = extract(text, DAY).events
    assert sorted(e.place.name for e in events) == ["قاعدة العند الجوية", "كرش"]
    assert [e.fatalities for e in events if e.place.name == "كرش"] == [16]


def test_quarters_of_one_city_stay_one_incident(extract):
    # guard: two quarters, neither a town (SCHEMA.md: spots inside one town are one event at the town)
    text = "قصفت الميليشيات أمس حي الروضة في مدينة تعز، وسقطت قذيفة على حي الجمهوري."
    assert len(extract(text, DAY).events) == 1


def test_a_city_and_its_own_quarter_stay_one_incident(extract):
    # guard: the quarter lies within the city (SPOTS_OF_A_TOWN_KM)
    text = "قصفت الميليشيات أمس مدينة تعز، وسقطت قذيفة على حي الجمهوري."
    assert len(extract(text, DAY).events) == 1


def test_a_place_at_the_end_of_a_long_clause_is_not_its_own(extract):
    # guard: the crossing is where the side's attacks go, not where the second verb's vehicles were destroyed
    text = ("دمرت طائرات التحالف أمس آليات للحوثيين في وادي حرض، ودمرت المدرعات وناقلات الجند قبل أن يستخدمها "
            "الحوثيون في هجماتهم المتكررة على منفذ الطوال.")
    assert _places(extract, text) == ["وادي حرض"]


def test_a_citys_district_told_again_stays_one_incident(extract):
    # guard: a district of the city, told in the next sentence, 13 km from the city's point (SPOTS_TOLD_APART_KM)
    text = ("قتل 20 مدنيا أمس في قصف للحوثيين على مدينة عدن. "
            "وقال مسؤول محلي إن قصف مناطق سكنية في مديرية دار سعد كان عشوائيا.")
    assert len(extract(text, DAY).events) == 1


def test_the_quarter_the_shells_came_from_is_no_incident(extract):
    # guard: a place of origin ("من مواقعها في ...") is not a second place attacked
    text = "قصفت قوات النظام أمس بلدة دوما بالمدفعية من مواقعها في حي المزة بدمشق."
    assert _places(extract, text) == ["دوما"]


def test_a_speakers_quarter_is_no_incident(extract):
    # guard: a speaker's place, and a definite mention pointing back to the shelling told first
    text = "قصفت قوات النظام أمس بلدة دوما، وقال مصدر في حي المزة بدمشق إن القصف أوقع قتلى."
    assert _places(extract, text) == ["دوما"]
