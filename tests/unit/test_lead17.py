"""The sixteenth session's lead: a body's seat told in passing is no incident's place ("ومقره لندن"); sentences
written for these tests."""
from __future__ import annotations


def _event_places(ex):
    return [e.place.name if e.place else None for e in ex.events]


def test_a_monitors_seat_is_not_where_the_town_fell(extract):
    text = "وقال المرصد ومقره لندن إن مقاتلي المعارضة سيطروا على البلدة بعد معارك عنيفة استمرت يومين."
    ex = extract(text)
    assert ex.events and "لندن" not in _event_places(ex)
    assert "لندن" in {p.name for p in ex.places}   # still a place the text names


def test_a_seat_after_a_relative_is_not_where_the_arrests_were(extract):
    text = "أعلن المجلس الذي مقره في باريس أن قوات الأمن اعتقلت عشرات المحتجين."
    assert "باريس" not in _event_places(extract(text))


def test_a_seat_after_a_verb_of_lying_is_not_where_the_abduction_was(extract):
    text = "وأعلنت الحكومة التي يوجد مقرها في طبرق أن مسلحين خطفوا ثلاثة عمال أجانب."
    assert "طبرق" not in _event_places(extract(text))


def test_an_attacked_seat_keeps_its_place(extract):
    # guard: without و or a relative, "مقرها في عدن" is the target and Aden where it happened
    text = "استهدف انتحاري مقرها في عدن صباح أمس، ما أدى إلى مقتل ثلاثة حراس."
    assert _event_places(extract(text)) == ["عدن"]


def test_the_article_place_skips_the_seat(extract):
    text = "اشتبك مسلحون مع الجيش قرب درعا. وقال المرصد ومقره لندن إن مقاتلي المعارضة سيطروا على البلدة."
    assert "لندن" not in _event_places(extract(text))
