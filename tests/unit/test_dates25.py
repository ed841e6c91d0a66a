"""Dates25: a day set off by commas right after the clause of an incident named by a definite noun ("قتل عشرة
مسلحين في جبهات القتال، الأحد، بينما ...") is that clause's day, as it is without the commas.  Sentences written
for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


def test_fighting_named_by_a_definite_noun_with_its_weekday_between_commas(extract):
    found = _dates(extract, "قتل عشرة مسلحين في جبهات القتال شمال اليمن، الأحد، بينما نزح مئات السكان من "
                            "قراهم.")
    assert found and all((date, precision) == ("2015-07-19", "day") for _, date, precision in found), found


def test_a_definite_attack_with_yesterday_between_commas(extract):
    found = _dates(extract, "قتل أربعة من رجال الشرطة في الهجوم على مركز أمني في مدينة سيناء، أمس، حسب مصادر "
                            "طبية.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_a_definite_noun_with_yesterday_between_a_comma_and_the_sentence_end(extract):
    found = _dates(extract, "تجدد القتال العنيف في مدينة درعا، أمس.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_a_day_after_a_comma_that_opens_a_longer_clause_stays_its_own(extract):
    # the day opens the next clause with its own verb: it is not set off, and the definite noun keeps no date
    found = _dates(extract, "وتحدث الوزير عن الهجوم على مركز الشرطة في مدينة الموصل، أمس الثلاثاء وصل الوزير "
                            "إلى بغداد.")
    assert all(date != "2015-07-21" for sub, date, _ in found if sub != "Peaceful protest"), found


def test_guard_a_single_word_text_survives(extract):
    assert all(e.date is None for e in extract("القتال،", published=PUB).events)
    assert extract("، أمس،", published=PUB).events == []
