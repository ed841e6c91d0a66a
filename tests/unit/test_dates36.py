"""Dates36: an undated incident told by a source ("وقالت مصادر محلية إن", "وأضاف الصبيحي أن") after the news told in
the paper's own voice with its day ("سيطرت المقاومة أمس على ...") details that day's news and takes its day
(SCHEMA.md: an incident known only by its telling takes the day it was told).  A dated report before it (a new source
is another report: dates29's and speakers34's guards), other news between, a date of the past between, or a day told
only in a clause of background leave it undated.  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.evidence.text, e.date, e.type) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date, _ in found if word in text]


_NEWS = "سيطرت المقاومة الشعبية أمس على مدينة الحوطة بعد معارك عنيفة مع الحوثيين. "
_SHELLING = "الحوثيين قصفوا أحياء سكنية في مدينة الحوطة بالمدفعية."


def test_a_source_details_the_news_told_with_its_day(extract):
    found = _dated(extract, _NEWS + "وقالت مصادر محلية إن " + _SHELLING)
    assert _date_of(found, "قصفوا") == ["2015-07-21"], found


def test_a_speaker_named_again_goes_back_past_his_undated_report(extract):
    found = _dated(extract, _NEWS + "وقال القيادي في المقاومة أحمد الصبيحي إن المقاتلين دخلوا المدينة من ثلاثة "
                                    "محاور. وأضاف الصبيحي أن " + _SHELLING)
    assert _date_of(found, "قصفوا") == ["2015-07-21"], found


def test_guard_a_dated_report_before_is_another_report(extract):
    found = _dated(extract, "قال الجيش النيجيري مساء الاثنين إنه أنقذ مئة رهينة في ولاية بورنو. وقالت مصادر محلية "
                            "إن مسلحين قتلوا خمسة قرويين قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_guard_other_news_between(extract):
    found = _dated(extract, _NEWS + "من جهة أخرى، قالت مصادر محلية إن " + _SHELLING)
    assert _date_of(found, "قصفوا") == [None], found


def test_guard_another_strand_between(extract):
    found = _dated(extract, _NEWS + "في غضون ذلك، قالت مصادر من المقاومة إن المقاتلين دخلوا بلدة صبر. وأضافت "
                                    "المصادر أن " + _SHELLING)
    assert _date_of(found, "قصفوا") == [None], found


def test_guard_a_date_of_the_past_between(extract):
    found = _dated(extract, _NEWS + "وقالت المقاومة في بيان إنها قتلت 200 مسلح منذ أبريل الماضي. وأوضحت المقاومة "
                                    "أن " + _SHELLING)
    assert _date_of(found, "قصفوا") == [None], found


def test_guard_a_day_told_only_in_a_clause_of_background(extract):
    found = _dated(extract, "وصلت طائرة مساعدات إلى عدن منذ إعادة فتح مطارها الأربعاء. وقالت مصادر عسكرية إن "
                            "القوات استعادت السيطرة على منطقة البساتين.")
    assert _date_of(found, "البساتين") == [None], found


def test_guard_the_incidents_own_day_stays(extract):
    found = _dated(extract, _NEWS + "وقالت مصادر محلية إن الحوثيين قصفوا أحياء سكنية في مدينة الحوطة بالمدفعية "
                                    "يوم الأحد.")
    assert _date_of(found, "قصفوا") == ["2015-07-19"], found


def test_one_word_texts(extract):
    assert extract("وقالت", published=PUB).events == []
    assert extract("مصادر", published=PUB).events == []
