"""Speakers34: a report by a spokesman, an official or a source of a body that the dated report before it names
("أعلن الجيش ... أمس" then "وقال فلان، المتحدث باسم الجيش، إن"; "وقال مسؤول في الشرطة إن" after "قالت الشرطة")
goes on with that report: the undated incident it tells takes that report's day (SCHEMA.md: an incident known
only by its announcement takes the announcement's date).  A speaker of another body, a witness, or no body named
is a new report and stays undated.  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.evidence.text, e.date, e.type) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date, _ in found if word in text]


_SAID = "أعلن الجيش النيجيري مساء الاثنين أنه أنقذ مئة رهينة في ولاية بورنو. "
_INCIDENT = "القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما."


def test_the_spokesman_of_the_body_goes_on_with_its_report(extract):
    found = _dated(extract, _SAID + "وقال العقيد سامي عثمان، المتحدث باسم الجيش، إن " + _INCIDENT)
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_a_source_in_the_body_goes_on_with_its_report(extract):
    found = _dated(extract, _SAID + "وقال مصدر في الجيش إن " + _INCIDENT)
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_an_official_of_the_body_goes_on_with_its_report(extract):
    found = _dated(extract, _SAID + "وأضاف مسؤول بالجيش أن " + _INCIDENT)
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_guard_the_spokesman_of_another_body_is_another_report(extract):
    found = _dated(extract, _SAID + "وقال المتحدث باسم الشرطة إن " + _INCIDENT)
    assert _date_of(found, "باما") == [None], found


def test_guard_a_witness_is_another_report(extract):
    found = _dated(extract, _SAID + "وقال شهود عيان من الجيش إن " + _INCIDENT)
    assert _date_of(found, "باما") == [None], found


def test_guard_a_source_of_no_body_is_another_report(extract):
    found = _dated(extract, _SAID + "وقال مصدر مطلع إن " + _INCIDENT)
    assert _date_of(found, "باما") == [None], found


def test_guard_other_news_between(extract):
    found = _dated(extract, _SAID + "من جهة أخرى، قال المتحدث باسم الجيش إن " + _INCIDENT)
    assert _date_of(found, "باما") == [None], found


def test_guard_the_incidents_own_day_stays(extract):
    found = _dated(extract, _SAID + "وقال المتحدث باسم الجيش إن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما "
                                    "يوم الأحد.")
    assert _date_of(found, "باما") == ["2015-07-19"], found
