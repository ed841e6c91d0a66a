"""Dates29: a report that goes on with the one told before it ("وقالت المصادر إن", "وأضاف أن", "مضيفا أنه") takes
that report's day for the undated incident it tells (SCHEMA.md: an incident known only by its announcement takes the
announcement's date).  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.evidence.text, e.date, e.type) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date, _ in found if word in text]


_LEAD = "قالت مصادر في المقاومة إن المقاتلين سيطروا على بلدة الضالع اليوم الأربعاء. "
_SAID = "قال الجيش النيجيري مساء الاثنين إنه أنقذ مئة رهينة في ولاية بورنو. "


def test_the_sources_told_before_go_on_with_the_leads_day_past_a_background_sentence(extract):
    found = _dated(extract, _LEAD + "ويعاني السكان من نقص الغذاء منذ مارس الماضي. وقالت المصادر إن المقاتلين قتلوا "
                                    "12 من مسلحي الحوثيين في اشتباكات عنيفة في مدينة لودر.")
    assert _date_of(found, "لودر") == ["2015-07-22"], found


def test_the_source_told_before_in_the_singular(extract):
    found = _dated(extract, _SAID + "وأوضح المصدر أن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_a_participle_goes_on_with_the_statements_day(extract):
    found = _dated(extract, _SAID + "مضيفا أنه اعتقل أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_a_saying_with_no_subject_goes_on_with_the_speaker_before(extract):
    found = _dated(extract, _SAID + "وأضاف: «اعتقلنا أحد قادة بوكو حرام قرب بلدة باما».")
    assert _date_of(found, "باما") == ["2015-07-20"], found


def test_guard_a_new_source_is_another_report(extract):
    found = _dated(extract, _SAID + "وقال شهود عيان إن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_other_news_between(extract):
    found = _dated(extract, _SAID + "من جهة أخرى، قالت المصادر إن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_a_dated_sentence_that_reports_nothing_ends_the_search(extract):
    found = _dated(extract, _SAID + "واندلعت اشتباكات عنيفة في بلدة دامبوا يوم السبت. وأضاف المصدر أن القوات "
                                    "اعتقلت أحد قادة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_the_reports_own_day_stays(extract):
    found = _dated(extract, _SAID + "وأضاف المصدر أن القوات اعتقلت أحد قادة بوكو حرام قرب بلدة باما يوم الأحد.")
    assert _date_of(found, "باما") == ["2015-07-19"], found


def test_one_word_texts(extract):
    assert extract("المصادر", published=PUB).events == []
    assert extract("مضيفا", published=PUB).events == []


def test_what_the_statement_adds_after_a_colon(extract):
    found = _dated(extract, _SAID + "وأضاف البيان: كما قصفت الطائرات مواقع لجماعة بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == ["2015-07-20"], found
