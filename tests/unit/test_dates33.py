"""Dates33: a report that goes on with the one before it by "also" or "the same source" ("وقالت الوكالة أيضا إن",
"وقالت أيضا القوات الجوية إنها", "وأضاف نفس المصدر أن") takes that report's day for the undated incident it tells,
as dates29's "وقالت المصادر إن" does (SCHEMA.md: an incident known only by its announcement takes the
announcement's date).  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.evidence.text, e.date, e.type) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date, _ in found if word in text]


_SAID = "قال الجيش النيجيري مساء الاثنين إنه أنقذ مئة رهينة في ولاية بورنو. "


def test_also_after_the_verb_goes_on_with_the_report_before(extract):
    found = _dated(extract, _SAID + "وقالت أيضا القوات الجوية إنها قصفت معسكرات بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_also_after_the_subject_goes_on_with_the_report_before(extract):
    found = _dated(extract, _SAID + "وقال الجيش أيضا إن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_the_same_source_goes_on_with_the_report_before(extract):
    found = _dated(extract, _SAID + "وأضاف نفس المصدر أن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_guard_a_new_source_without_also_is_another_report(extract):
    found = _dated(extract, _SAID + "وقال حاكم الولاية إن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_also_inside_what_is_said_is_not_the_reports(extract):
    found = _dated(extract, _SAID + "وقال شهود عيان إن القوات اعتقلت أيضا أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_other_news_between(extract):
    found = _dated(extract, _SAID + "من جهة أخرى، قالت الشرطة أيضا إن القوات اعتقلت أحد قادة بوكو حرام قرب "
                                    "بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_the_incidents_own_day_stays(extract):
    found = _dated(extract, _SAID + "وقالت أيضا القوات الجوية إنها قصفت معسكرات بوكو حرام قرب بلدة باما يوم الأحد.")
    assert _date_of(found, "باما") == ["2015-07-19"], found
