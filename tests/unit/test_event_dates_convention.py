"""SCHEMA.md's Dates convention at the level of events: an incident known only by its announcement takes the
announcement's date; a night named by its two days is uncertain between them.  Sentences written for this test."""
from __future__ import annotations

PUB = "2015-08-06"   # a Thursday


def _dates(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=PUB).events]


def test_an_arrest_known_by_its_announcement_takes_its_day(extract):
    found = _dates(extract, "أعلنت الشرطة أمس القبض على خمسة مسلحين في مدينة الرمادي.")
    assert found == [("Arrests", "2015-08-05", "day")], found


def test_the_day_of_a_statement_about_an_earlier_incident_is_not_its_day(extract):
    found = _dates(extract, "قالت الحكومة أمس إنها تدرس الرد بعد القبض على خمسة مسلحين في مدينة الرمادي.")
    assert all(date != "2015-08-05" for _, date, _ in found), found


def test_a_strike_in_the_night_of_two_days_takes_the_month(extract):
    found = _dates(extract, "قصفت المقاتلات التركية ليل الأحد/ الاثنين مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert found and all((date, precision) == ("2015-08", "month") for _, date, precision in found), found
