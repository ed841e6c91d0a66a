"""Dates31: two reports of an incident's day that were missed.  A report opened by a complementiser with its
pronoun ("وقالت الوزارة إنها", "وأضاف أنه") is a report, as one opened by a bare "إن"/"أن" is, so its undated
incident goes on with the day told in the sentence before; and a verb of taking control may stand up to 12 words
before its object, a long subject and the day between ("أحكمت القوات ... الموالية للدولة أمس، سيطرتها").
Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dated(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.evidence.text, e.date, e.sub_type) for e in extract(text, published=PUB).events]


def _date_of(found, word: str) -> list[str | None]:
    return [date for text, date, _ in found if word in text]


_LEAD = "اعتقلت الشرطة التونسية أمس الثلاثاء خمسة مسلحين في مدينة سوسة. "


def test_a_report_opened_by_a_complementiser_with_its_pronoun_goes_on_with_the_day_before(extract):
    found = _dated(extract, _LEAD + "وقالت وزارة الداخلية إنها اعتقلت مسلحين آخرين في مدينة القيروان.")
    assert _date_of(found, "القيروان") == ["2015-07-21"], found


def test_the_same_report_with_a_bare_complementiser(extract):
    found = _dated(extract, _LEAD + "وقالت وزارة الداخلية إن الشرطة اعتقلت مسلحين آخرين في مدينة القيروان.")
    assert _date_of(found, "القيروان") == ["2015-07-21"], found


def test_guard_an_incident_of_another_kind_in_the_report_stays_undated(extract):
    found = _dated(extract, _LEAD + "وقالت وزارة الداخلية إنها قتلت مسلحين في اشتباك مسلح بمدينة القيروان.")
    assert set(_date_of(found, "القيروان")) <= {None}, found


def test_guard_what_the_report_says_will_be_done_is_no_incident(extract):
    found = _dated(extract, _LEAD + "وقالت وزارة الداخلية إنها ستعتقل مسلحين آخرين في مدينة القيروان.")
    assert _date_of(found, "القيروان") == [], found


def test_a_day_after_a_long_subject_dates_the_control_taken(extract):
    found = _dated(extract, "أحكمت القوات الحكومية المدعومة بمقاتلين من العشائر الموالية للدولة أمس، سيطرتها "
                            "على بلدة الكرمة شرق الفلوجة.")
    assert _date_of(found, "الكرمة") == ["2015-07-21"], found


def test_guard_with_no_day_the_control_taken_stays_undated(extract):
    found = _dated(extract, "أحكمت القوات الحكومية المدعومة بمقاتلين من العشائر الموالية للدولة سيطرتها على بلدة "
                            "الكرمة شرق الفلوجة.")
    assert _date_of(found, "الكرمة") == [None], found


def test_guard_a_verb_too_far_back_does_not_carry_the_day(extract):
    found = _dated(extract, "أحكمت القوات الحكومية المدعومة بمقاتلين من العشائر الموالية للدولة والقادمة من "
                            "محافظات الجنوب والغرب والشمال أمس، سيطرتها على بلدة الكرمة شرق الفلوجة.")
    assert _date_of(found, "الكرمة") == [None], found
