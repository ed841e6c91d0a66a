"""Where an article's text ends on its page (rasd/text/page.py)."""
import pytest

from rasd.text.page import body_end, load_page_lexicon


@pytest.fixture(scope="module")
def lex():
    return load_page_lexicon()


def test_a_trailing_tag_list_is_left_out(lex):
    text = "وقصفت طائرات التحالف مواقع المتمردين في لحج أمس. سمات التحالف تحرير عدن لحج "
    end = body_end(text, lex)
    assert text[:end] == "وقصفت طائرات التحالف مواقع المتمردين في لحج أمس."


def test_a_tag_list_on_a_line_of_its_own_is_left_out(lex):
    text = "وقصفت طائرات التحالف مواقع المتمردين في لحج أمس\nسمات التحالف تحرير عدن"
    assert text[:body_end(text, lex)] == "وقصفت طائرات التحالف مواقع المتمردين في لحج أمس"


@pytest.mark.parametrize("text", [
    "وقال الباحث إن سمات الشخصية القيادية تظهر في سن مبكرة.",           # the word inside a sentence
    "وتحدث عن سمات المرحلة. سمات المرحلة كثيرة ومنها الصبر والعمل.",    # a sentence, with its full stop
    "الخبر. سمات " + " ".join(["كلمة"] * 40),                            # too long for a list of tags
])
def test_the_marker_word_in_text_keeps_the_text(lex, text):
    assert body_end(text, lex) == len(text)


def test_no_event_comes_from_the_tags(extract):
    text = "وعاد رئيس الحكومة إلى المدينة أمس لتفقد المستشفيات. سمات تحرير عدن عدن الحكومة "
    ex = extract(text, "2015-07-23")
    assert ex.events == []
    assert all(m.span.end <= text.index("سمات") for m in ex.place_mentions)
