"""Dates30: an undated incident in a sentence that opens a roundup's section on a place ("وفي محافظة X،", "أما في X")
takes the day of the incident told last before it in its item with a recent day of its own.  Sentences written for
this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None]]:
    return [(e.evidence.text, e.date) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date in found if word in text]


_LEAD = "شنت طائرات التحالف أمس غارات عنيفة على مواقع المتمردين في محافظة صعدة. "


def test_a_section_on_a_province_takes_the_day_of_the_lead(extract):
    found = _dated(extract, _LEAD + "وفي محافظة الجوف، قصفت المقاتلات مخازن أسلحة للمتمردين في مدينة الحزم.")
    assert _date_of(found, "الحزم") == ["2015-07-21"], found


def test_a_fronted_topic_goes_on_past_an_undated_section(extract):
    found = _dated(extract, _LEAD + "وفي محافظة الجوف، قصفت المقاتلات مخازن أسلحة للمتمردين في مدينة الحزم. "
                                    "أما في مديرية حرض، فقتل عشرة مسلحين في اشتباكات مع القوات الحكومية.")
    assert _date_of(found, "حرض") == ["2015-07-21"], found


def test_a_sentence_on_other_news_between_ends_the_search(extract):
    found = _dated(extract, _LEAD + "من جهة أخرى، أكد الوزير أن الحكومة ستعيد بناء المدارس. "
                                    "وفي محافظة الجوف، قصفت المقاتلات مخازن أسلحة للمتمردين في مدينة الحزم.")
    assert _date_of(found, "الحزم") == [None], found


def test_the_last_hours_between_end_the_search(extract):
    found = _dated(extract, _LEAD + "وشهدت مدينة تعز خلال الساعات الماضية مواجهات عنيفة بين المقاومة والمتمردين. "
                                    "وفي مدينة الحزم، قصفت المقاتلات مخازن أسلحة للمتمردين.")
    assert _date_of(found, "الحزم") == [None], found


def test_an_incident_told_long_before_publication_gives_no_day(extract):
    found = _dated(extract, "وفي الثالث من يوليو الجاري فجر انتحاري نفسه في سوق بمدينة مايدوغوري. "
                            "وفي ولاية بورنو، اشتبك الجيش مع مسلحي بوكو حرام قرب بلدة باما.")
    assert _date_of(found, "باما") == [None], found


def test_a_section_with_a_day_of_its_own_keeps_it(extract):
    found = _dated(extract, _LEAD + "وفي محافظة الجوف، قصفت المقاتلات الاثنين مخازن أسلحة للمتمردين في مدينة الحزم.")
    assert _date_of(found, "الحزم") == ["2015-07-20"], found


def test_a_sentence_that_opens_on_no_place_is_no_section(extract):
    found = _dated(extract, _LEAD + "وفي سياق متصل، قصفت المقاتلات مخازن أسلحة للمتمردين في مدينة الحزم.")
    assert all(d is None for d in _date_of(found, "الحزم")), found
