"""Work done in Python that C can do, with the same answers (speed16): each token's sentence read from a
table, the nationality adjectives after a joining و or ف met as a set, the article's weights of evidence for
the place resolver summed in plain dicts."""
from __future__ import annotations

from rasd.text.segment import segment


def test_each_tokens_sentence_is_read_as_the_search_finds_it():
    texts = ["", " ، ", "قصفت الطائرات القرية. ، ، ثم انسحبت القوات!\n\nوقال شاهد إن الهدوء عاد",
             ".,\n\nاشتبك المسلحون مع الشرطة؟ ...", "عاد الهدوء"]
    for text in texts:
        seg = segment(text)
        assert len(seg.sentence_at) == (len(seg.tokens) if seg.sentences else 0)
        for i in range(-3, len(seg.tokens) + 3):
            assert seg.sentence_of(i) == seg._sentence_searched(i), (text, i)
    # punctuation left between two sentences belongs to the next one; past the last, to the last
    seg = segment("قصفت الطائرات القرية. ، ، ثم انسحبت القوات")
    comma = [t.index for t in seg.tokens if t.norm == ","][0]   # (normalised)
    assert seg.sentence_of(comma) == 1
    assert seg.sentence_of(len(seg.tokens) + 5) == 1


def test_a_segmented_text_made_without_its_table_still_answers():
    from rasd.text.segment import Segmented

    seg = segment("وصل الوفد إلى المدينة. ثم غادر مساء")
    bare = Segmented(seg.text, seg.tokens, seg.sentences, seg.words)
    assert [bare.sentence_of(i) for i in range(len(seg.tokens))] == [seg.sentence_of(i) for i in range(len(seg.tokens))]


def test_nationality_adjectives_after_a_joining_letter(pipeline):
    r = pipeline.resources
    described = r.places.countries_described
    assert described(segment("وصلت قوات الشرطة والتونسية إلى الحدود")) >= {"TN"}
    assert described(segment("فالتركية أعلنت ذلك أمس")) >= {"TR"}
    # a joining letter before a word that is no adjective names no country
    assert described(segment("وذهب الولد إلى المدرسة")) == frozenset()


def test_the_article_weights_of_evidence_sum_as_counters_did(pipeline):
    from collections import Counter

    from rasd.recognise.numbers import find_numbers
    from rasd.resolve.places import _by_name

    r = pipeline.resources
    seg = segment("اشتبك الجيش مع مسلحين في حلب ثم في إدلب، وقالت مصادر في دمشق إن حلب هادئة.")
    found = r.places.find(seg, find_numbers(seg, r.numbers))
    for m in found:
        m.candidates = r.place_resolver._candidates(m.key)
    ctx = r.place_resolver._context(found)
    assert ctx.countries.get("SY", 0) > 0
    assert ctx.country_share("SY") > 0.5
    # by name: every mention of حلب carries the weights of both, as Counter.update summed them
    own = {0: {"SY": 1.0}, 1: {"SY": 0.25, "TR": 0.25}, 2: {"SY": 1.0}}

    class _M:
        def __init__(self, key):
            self.key = key

    mentions = [_M("حلب"), _M("ادلب"), _M("حلب")]
    widened = _by_name(mentions, own)
    expected: dict[str, Counter] = {}
    for i, w in own.items():
        expected.setdefault(mentions[i].key, Counter()).update(w)
    assert widened == {i: dict(expected[mentions[i].key]) for i in own}
    assert list(widened[1]) == ["SY", "TR"]
