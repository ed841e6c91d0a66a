"""placesmiss28: a two-letter name (إب, Ibb) is read with no cue word when it is written with the hamza that tells it
from the everyday word and the text names its country by another name.  Sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


def test_a_bare_short_name_in_a_list(extract):
    text = "وصلت قوافل إغاثة أمس إلى ذمار وإب ورداع بعد أسابيع من الحصار."
    got = _places(extract(text))
    assert "إب" in got and got["إب"].country == "YE"


def test_a_bare_short_name_after_a_preposition(extract):
    text = "وصل وفد حكومي من عدن إلى تعز، ثم توجه أمس إلى إب لتفقد المستشفيات."
    got = _places(extract(text))
    assert "إب" in got and got["إب"].country == "YE"


def test_the_event_stands_at_the_short_name(extract):
    text = "قتل أربعة مسلحين حوثيين في غارة جوية للتحالف على إب أمس، بحسب مصادر في تعز."
    ex = extract(text)
    assert ex.events and ex.events[0].place is not None
    assert ex.events[0].place.name == "إب"


def test_without_its_hamza_the_word_is_not_the_place(extract):
    text = "زار اب الطالب مدرسته في صنعاء أمس."
    assert "إب" not in _places(extract(text)) and "اب" not in _places(extract(text))


def test_the_word_father_is_not_the_place(extract):
    text = "قال أب لثلاثة أطفال في عدن إن المدارس أغلقت."
    got = _places(extract(text))
    assert "إب" not in got and "أب" not in got


def test_without_its_country_named_it_needs_a_cue(extract):
    text = "تحدث الكاتب عن إب في محاضرة ألقاها مساء أمس."
    assert "إب" not in _places(extract(text))


def test_one_word_texts(extract):
    for text in ("إب", "وإب", "بإب", "أب"):
        extract(text)


def test_a_name_of_one_country_that_is_no_evidence_does_not_make_it_the_place(extract):
    # "عين" (an outlet's name here) is also a Yemeni village's name: it is no evidence that the text is about Yemen
    text = "عين اليوم – القاهرة\nيعرض متحف في القاهرة تمثالا نقش عليه اسم الكاهن «سا-إب-رع» من العصر المتأخر."
    assert "إب" not in _places(extract(text))
