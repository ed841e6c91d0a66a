"""The same answers from less work (speed19): a start of a number expression with no number near enough
after it (في، من، على far from any figure) is stepped over without being tried, and the bisections over an
article's tokens read their keys in C."""
from __future__ import annotations

import pytest

from rasd.recognise import numbers as N
from rasd.recognise.numbers import NumberLexicon, find_numbers, load_number_lexicon
from rasd.recognise.places import _token_containing, _token_starting_at
from rasd.text.segment import segment


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return load_number_lexicon()


def _tried_everywhere(text: str, lex: NumberLexicon):
    """find_numbers as before speed19: every start position tried."""
    p = N._Parser(segment(text), lex)
    out, i, seg = [], 0, p.seg
    for k in lex.start_positions(seg):
        if k < i:
            continue
        i = k
        p.limit = seg.sentences[seg.sentence_of(i)].last_token if seg.sentences else p.n
        res = p.at(i)
        if res is None:
            i += 1
        elif isinstance(res, int):
            i = max(res, i + 1)
        else:
            out.append(p.mention(res))
            i = res.end
    return out


def test_reach_covers_the_longest_hedge_with_its_gap(lex):
    # "ما لا يقل * عن": five words and a gap of up to two words, then the number
    assert lex.number_reach >= 6
    index = N._PhraseIndex()
    index.add("ما لا {يقل|تقل} * {عن|على}", "x")
    index.add("نحو", "y")
    assert index.reach() == 4 + N.MAX_GAP


@pytest.mark.parametrize("text", [
    "ما لا يقل حسب المصادر عن خمسين جنديا وصلوا إلى القرية",
    "في الصباح خرج من البيت على عجل ثم عاد في المساء من دون أن يجد ما لا يزيد عن 12 كتابا",
    "قتل في الهجوم على القرية أكثر من عشرين شخصا من بين 300 من السكان",
    "سقط نحو 40 صاروخا في المدينة من 3 إلى 5 مرات في اليوم و % 20 من البيوت",
    "تراوح العدد بين عشرة وعشرين في حدود الخمسين على الأقل",
    "في",
    "من على في إلى",
    "ذهب إلى السوق في المدينة ولم يشتر شيئا من هناك على ما يبدو",
    "لا يقل",
    "ما لا يقل عن",
])
def test_the_same_numbers_as_trying_every_start(text, lex):
    assert find_numbers(segment(text), lex) == _tried_everywhere(text, lex)


def test_a_number_far_after_a_preposition_is_still_found(lex):
    found = find_numbers(segment("في يوم من أيام الشتاء وعلى غير العادة وصل 17 زائرا"), lex)
    assert [m.value for m in found] == [17]


def test_token_bisections_with_a_key_read_in_c():
    seg = segment("وصل الوفد إلى المدينة صباحا")
    toks = seg.tokens
    assert _token_starting_at(toks, toks[2].start) == 2
    assert _token_starting_at(toks, toks[2].start + 1) is None
    assert _token_containing(toks, toks[3].start + 1) is toks[3]
    assert _token_containing(toks, toks[3].start, strict=True) is None
    assert _token_starting_at(segment("كلمة").tokens, 0) == 0
