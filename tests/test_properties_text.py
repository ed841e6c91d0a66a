"""Any text at all: every Unicode code point, and random mixtures of Arabic news vocabulary with odd
characters, through normalise -> segment -> the whole pipeline.  Nothing may raise, recurse without
end or hang, and every offset must still point into the original text.

Every Arabic word here was written for these tests.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.model import Article, Extraction
from rasd.text.normalise import norm_char, normalise
from rasd.text.segment import segment

CHUNK = 4096
ALL_CODE_POINTS = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]   # lone surrogates are no text
BASE = ("اشتبكت قوات الجيش مع مسلحين من تنظيم داعش قرب مدينة سرت يوم الثلاثاء 12 مايو 2016، وقال مصدر "
        "عسكري إن ثلاثة جنود قتلوا وأصيب 15 آخرون، وانسحب المسلحون باتجاه الجفرة.")


def chunks(size: int):
    for k in range(0, len(ALL_CODE_POINTS), size):
        yield "".join(map(chr, ALL_CODE_POINTS[k:k + size]))


def check_normalised(raw: str) -> None:
    nt = normalise(raw)
    assert len(nt.norm) == len(nt.offsets)
    assert nt.norm == "".join(norm_char(c) for c in raw)          # each character maps on its own
    prev = -1
    for i, o in enumerate(nt.offsets):
        assert prev <= o < len(raw), (i, o)
        assert nt.norm[i] in norm_char(raw[o])
        prev = o


def check_segmented(raw: str):
    seg = segment(raw)
    start = -1
    for t in seg.tokens:
        # in order; two tokens may share one original character when it normalises to several
        # (the dotted capital I becomes i and a combining dot, each its own token)
        assert start <= t.start < t.end <= len(raw) and raw[t.start:t.end] == t.text
        start = t.start
    for s in seg.sentences:
        assert 0 <= s.start <= s.end <= len(raw) and raw[s.start:s.end] == s.text
        assert 0 <= s.first_token < s.last_token <= len(seg.tokens)
    return seg


def check_offsets(ex: Extraction, text: str) -> None:
    spans = [s for p in ex.places for s in p.mentions] + [s for a in ex.actors for s in a.mentions]
    spans += [e.evidence for e in ex.events] + [e.trigger for e in ex.events if e.trigger]
    spans += [m.evidence for m in ex.movements] + [c.evidence for c in ex.claims]
    spans += [m.span for m in ex.number_mentions] + [d.span for d in ex.date_mentions]
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text, s


@pytest.mark.slow
def test_every_code_point_through_normalise_and_segment():
    for raw in chunks(CHUNK):
        check_normalised(raw)
        check_segmented(raw)


@pytest.fixture(scope="module")
def pipeline():
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    pipe.resources  # noqa: B018
    return pipe


@pytest.mark.slow
def test_every_code_point_through_the_whole_pipeline(pipeline):
    """1,112,064 code points, 5,000 at a time, in groups of ten between the words of a conflict report."""
    words = BASE.split()
    for raw in chunks(5000):
        parts = []
        for k in range(0, len(raw), 10):
            parts.append(words[(k // 10) % len(words)])
            parts.append(raw[k:k + 10])
        text = BASE + "\n" + " ".join(parts)
        check_offsets(pipeline.extract(Article(id="cp", text=text, published="2016-05-14")), text)


NEWS_WORDS = ["سرت", "بسرت", "درنة", "طرابلس", "الجفرة", "جنوب", "شمال", "مدينة", "في", "من", "إلى", "قرب",
              "الجيش", "قوات", "داعش", "تنظيم", "الدولة", "مسلحين", "المتحدث", "باسم", "قال", "أعلن",
              "قتل", "قتلوا", "اشتباكات", "انفجار", "هجوم", "قصف", "انسحب", "وصل", "ثلاثة", "خمسة", "عشرات",
              "15", "٢٠١٦", "كيلومتر", "100", "الثلاثاء", "أمس", "مايو", "12", "2016", "الماضي", "جنود",
              "مدنيين", "شخصا", "على", "الأقل", "و", "ب", "ال"]
ODD = "\ufd3e\ufd3f\ufeff\u200c\u200d\u200f\u202b\u0640\u064b\u0651\ufefb\ufdf2\u00a0\t#_…؟،؛.!-()«»\"'\x00\ufffd"


def pieces():
    return st.one_of(
        st.sampled_from(NEWS_WORDS),
        st.text(alphabet=ODD, min_size=1, max_size=3),
        st.text(min_size=1, max_size=4),                                    # anything at all
        st.sampled_from([" ", " ", " ", "\n", "\n\n", "، ", ". ", ".", " - "]),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces(), max_size=120))
def test_random_mixtures_through_normalise_and_segment(parts):
    raw = "".join(parts)
    check_normalised(raw)
    check_segmented(raw)


@pytest.mark.slow
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=st.lists(pieces(), max_size=150), sep=st.sampled_from([" ", "\n", "، "]))
def test_random_mixtures_through_the_whole_pipeline(pipeline, parts, sep):
    text = sep.join(parts)
    check_offsets(pipeline.extract(Article(id="mix", text=text, published="2016-05-14")), text)
