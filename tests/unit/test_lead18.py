"""The lead's data decisions of the fourteenth session: a country's point within the scoring tolerance of both
public conventions where one point can be (OpenStreetMap's label point and the centroid), OpenStreetMap's where
none can; every gendarmerie is its country's police (SCHEMA.md). Sentences written for these tests."""
from __future__ import annotations

from rasd.geo import haversine_km as km

OSM_SAUDI_ARABIA = (25.62, 42.35)
OSM_EGYPT, CENTROID_EGYPT = (26.25, 29.27), (26.8, 30.8)


def _place(ex, name):
    return next(p for p in ex.places if p.name == name)


def test_saudi_arabia_at_the_label_point(extract):
    p = _place(extract("وصل الوفد إلى السعودية أمس في زيارة رسمية."), "السعودية")
    assert km((p.lat, p.lon), OSM_SAUDI_ARABIA) < 161


def test_egypt_within_reach_of_both_points(extract):
    p = _place(extract("عاد السفير إلى مصر بعد جولة في المنطقة."), "مصر")
    assert km((p.lat, p.lon), OSM_EGYPT) < 161 and km((p.lat, p.lon), CENTROID_EGYPT) < 161


def test_the_turkish_gendarmerie_is_police(extract):
    ex = extract("قتل جنديان من الدرك التركي في هجوم على مخفر في ولاية ماردين أمس.")
    assert "Police Forces of Turkey" in {a.canonical for a in ex.actors}
    assert "Military Forces of Turkey" not in {a.canonical for a in ex.actors}


def test_the_countryside_of_a_town_places_the_fighting_there(extract):
    # a name GeoNames alone knows, after "ريف" as after "محيط"
    ex = extract("دارت معارك عنيفة بين قوات النظام وفصائل المعارضة في ريف درعا الشرقي أمس.")
    assert [e.place.name for e in ex.events if e.place] == ["درعا"]


def test_guard_a_family_name_rifi_is_no_countryside(extract):
    assert extract("وقال الوزير أشرف ريفي إن الحكومة ستجتمع غدا.").places == []
