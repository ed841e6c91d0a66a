"""placesmiss23: places missed on fresh pages: quarters listed after the singular حي, a district named by two words
joined by و, and countries also written with ال.  Sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


def test_quarters_listed_after_the_singular_hay(extract):
    text = "سقطت قذائف أمس على حي الروضة والنسيم والرشيد في مدينة تعز وأصيب مدنيان."
    got = _places(extract(text))
    assert {"الروضة", "النسيم", "الرشيد"} <= set(got)


def test_hay_list_ends_at_a_function_word(extract):
    # guard: "والتي" starts a relative clause, no quarter
    text = "شهد حي البطحاء والتي كانت هادئة حملة أمنية أمس."
    got = _places(extract(text))
    assert not any(n in got for n in ("التي", "والتي"))


def test_hay_list_ends_at_an_everyday_word(extract):
    # guard: "والسكان" is commoner than a quarter's name may be, so it ends the list
    text = "قتل شخص أمس في حي الزهور والسكان خائفون من تكرار الهجوم."
    got = _places(extract(text))
    assert "السكان" not in got and "الزهور" in got


def test_hay_then_an_indefinite_word_is_no_list(extract):
    # guard: only a definite word joined by و goes on after the singular cue
    text = "قتل شخص أمس في حي الزهور وعشرات الجرحى نقلوا إلى المستشفى."
    got = _places(extract(text))
    assert "عشرات" not in got


def test_quarters_after_hay_are_one_event(extract):
    text = "قتل ثلاثة مدنيين أمس في قصف على حي الروضة والنسيم في مدينة تعز."
    ev = extract(text, published="2015-07-20").events
    assert len(ev) == 1


def test_district_named_by_two_words_joined_by_and(extract):
    text = "سيطرت المقاومة الشعبية أمس على مديرية مشرعة وحدنان بمحافظة تعز بعد معارك عنيفة."
    got = _places(extract(text))
    assert "مشرعة وحدنان" in got
    assert "حدنان" not in got
    assert got["مشرعة وحدنان"].country == "YE"


def test_district_of_two_words_gives_one_event(extract):
    text = "قتل 30 مسلحا حوثيا أمس في معارك مع المقاومة في مديرية مشرعة وحدنان جنوب تعز."
    ev = extract(text, published="2015-07-20").events
    assert len(ev) == 1
    assert ev[0].place is not None and ev[0].place.name == "مشرعة وحدنان"


def test_countries_written_with_the_article(extract):
    text = "وصل الوزير أمس إلى الباراغواي بعد زيارة النيبال والباكستان."
    got = _places(extract(text))
    assert got["الباراغواي"].country == "PY"
    assert got["النيبال"].country == "NP"
    assert got["الباكستان"].country == "PK"


def test_nisba_with_the_article_is_no_country(extract):
    # guard: التشيلي is "the Chilean", not a second spelling of Chile
    text = "سجل اللاعب التشيلي هدفين أمس في المباراة."
    got = _places(extract(text))
    assert "التشيلي" not in got


def test_one_word_texts(extract):
    for text in ("حي", "والنسيم", "مشرعة", "الباراغواي"):
        extract(text)


def test_chad_with_the_article_and_benin_with_ya(extract):
    text = "تعهدت الدول الخمس نيجيريا والنيجر والتشاد والكاميرون وبينين أمس بنشر قوة مشتركة."
    got = _places(extract(text))
    assert got["التشاد"].country == "TD"
    assert got["بينين"].country == "BJ"

