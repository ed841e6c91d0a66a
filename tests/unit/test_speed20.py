"""The same answers from less work (speed20): a date start with no anchor within reach is not tried, the words
between two place names are spelled out only as far as needed, and a window of tokens asks a phrase matcher's
memo inline."""
from __future__ import annotations

import pytest

from rasd.recognise import dates as D
from rasd.recognise import places as P
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalise import norm
from rasd.text.segment import segment


@pytest.fixture(scope="module")
def lex():
    return D.load_calendar_lexicon()


DATE_TEXTS = [
    "قصفت الطائرات القرية قبل نحو ثلاثة أسابيع ثم عادت بعد منتصف ليل أمس الأول",
    "هذه المدينة لم تشهد هذا القدر من الدمار منذ سنوات، وقال بعد ذلك إن قبل الحرب كان الوضع أفضل",
    "وقع الانفجار في وقت متأخر من مساء أمس قرب السوق",
    "في العاشر من الشهر الماضي وفي مطلع العام الجاري وصيف 2014 وفي عامي 2015 و2016",
    "هذا الشهر شهد هذه الأيام هجمات بعد غد الأحد وقبل يومين من الاجتماع",
    "اشتباكات أي يوم وأي شهر، غرة رمضان، ثاني أيام عيد الفطر، الخميس 12 مارس 2015",
    "هذه", "بعد", "قبل", "و", "2015", "أمس", "",
    "لم يحدث شيء بعد هذه الفترة قبل أن يعود الهدوء إلى هذا المكان بعد أي تغيير",
    "بتاريخ 12/5/2016 وبعد ثلاثة أيام وقبل أسبوع وبهذا الشهر ولهذا العام",
]


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_the_same_dates_as_trying_every_start(text, lex, monkeypatch):
    seg = segment(text)
    gated = D.find_dates(seg, lex)
    monkeypatch.setattr(D, "_anchored", lambda lex_, starts, anchors, n: starts)
    assert D.find_dates(segment(text), lex) == gated


def test_reaches_are_read_from_the_tables(lex):
    # "هذا" + a period noun: the anchor is the next word; a weekday is its own anchor
    assert lex.reaches["period"] == lex.period_before.longest()
    assert lex.reaches["weekday"] == 0
    # an ago word, a hedge, a number word, then the unit
    assert lex.reaches["ago"] >= 1 + lex.ago_hedges.longest() + 1
    assert lex.start_reach("و") >= 1          # "عامي 2015 و2016"
    assert lex.start_reach("هذه") == lex.start_reach("هذه")
    assert lex.is_anchor("2015") and lex.is_anchor("الأسبوع".replace("أ", "ا"))
    assert not lex.is_anchor("هذه") and not lex.is_anchor("قبل")


def test_a_start_with_no_anchor_near_is_not_tried(lex):
    seg = segment("وقال قبل أن يغادر إن هذه القوات ستبقى")
    n = [t.norm for t in seg.tokens]
    starts = lex.starts.positions(seg.words)
    assert starts
    assert D._anchored(lex, starts, lex.anchors.positions(seg.words), n) == []
    seg = segment("وقال قبل ثلاثة أيام إن هذا الأسبوع حاسم")
    n = [t.norm for t in seg.tokens]
    kept = D._anchored(lex, lex.starts.positions(seg.words), lex.anchors.positions(seg.words), n)
    assert [n[k] for k in kept][:1] == ["قبل"]


def _old_words_between(raw: str, start: int, end: int) -> list[str]:
    return [w for w in norm(raw[start:end]).split() if w.strip("".join(P.NAME_MARKS))]


BETWEEN = [
    " في ", " بمحافظة ", ") في مدينة ", " ", "", " التابعة لمديرية ",
    " وقال مصدر أمني إن القوات وصلت إلى أطراف ",
    " " + "ـ" * 60 + " في ",                 # tatweel alone is no word
    " " + "َ" * 50 + " في " + " " * 30,      # nor are harakat alone
    " «" + " " * 45 + "» في مدينة ",
    " في" + " " * 70 + "مدينة",
    " كلمة" + "ـ" * 45 + " ثانية ثالثة رابعة",
    " (" * 30 + " في",
]


@pytest.mark.parametrize("between", BETWEEN)
def test_the_words_between_two_names_answer_as_before(between):
    raw = "مدينة" + between + "عدن"
    start, end = len("مدينة"), len(raw) - len("عدن")
    new, old = P._words_between(raw, start, end), _old_words_between(raw, start, end)
    if len(old) <= 2:
        assert new == old
    else:
        assert len(new) >= 3
        assert new == old[:len(new)]


def test_starts_in_keeps_every_token_where_a_name_matches():
    m: PhraseMatcher[str] = PhraseMatcher()
    for name in ("على خلفية", "في إطار", "بحر العرب", "العرب"):
        m.add(name, name)
    for text in ("جاء ذلك على خلفية الهجوم في إطار بحر العرب", "وفي إطار", "العرب", "، ،", "كلمة"):
        toks = segment(text).tokens
        for lo in range(len(toks)):
            for hi in range(lo, len(toks) + 1):
                kept = m.starts_in(toks, lo, hi)
                assert kept == sorted(kept) and all(lo <= k < hi for k in kept)
                assert all(m.match_at(toks, k) is None for k in range(lo, hi) if k not in kept)
    toks = segment("جاء ذلك على خلفية الهجوم").tokens
    assert m.starts_in(toks, 0, len(toks)) == [2]
