"""The same answers with fewer instructions an article (speed39): an article's token norms are listed once by
`segment` and shared (numbers, dates, event triggers), and a phrase matcher spells out the one or two words
after a name's first word without a comprehension.

Every sentence and word here was written for these tests (none is taken from an article).
"""
from __future__ import annotations

import random

from rasd.model import Article
from rasd.recognise.dates import find_dates
from rasd.recognise.numbers import find_numbers
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatch, PhraseMatcher
from rasd.text.segment import Segmented, segment, token_norms

TEXTS = [
    "قتل ثلاثة جنود وأصيب 12 آخرون، في هجوم على نقطة تفتيش صباح الأحد 5 يوليو 2015.",
    "وقالت مصادر محلية إن الطائرات قصفت مخزنا للأسلحة يوم الثلاثاء الماضي... ولم يعلن عن ضحايا!",
    "«لن نتراجع» قال المتحدث، مضيفا أن 2.5 مليون شخص نزحوا منذ مطلع العام الماضي.",
    "",
    "، . !",
]


def test_segment_lists_every_token_norm_once():
    for text in TEXTS:
        seg = segment(text)
        assert seg.norms == tuple(t.norm for t in seg.tokens)
        assert token_norms(seg) is seg.norms
        # the words are still the norms of words and "" for punctuation
        assert list(seg.words) == [t.norm if t.is_word else "" for t in seg.tokens]


def test_a_segmented_built_without_norms_has_them_made():
    seg = segment(TEXTS[0])
    bare = Segmented(seg.text, seg.tokens, seg.sentences, seg.words)
    assert bare.norms == ()
    assert token_norms(bare) == seg.norms
    # the norms are no part of what a Segmented is
    assert bare == seg


def test_numbers_and_dates_read_the_same_with_and_without_shared_norms(pipeline):
    r = pipeline.resources
    for text in TEXTS:
        seg = segment(text)
        bare = Segmented(seg.text, seg.tokens, seg.sentences, seg.words, seg.sentence_at)
        assert find_numbers(seg, r.numbers) == find_numbers(bare, r.numbers)
        assert find_dates(seg, r.calendar) == find_dates(bare, r.calendar)
        # the dates' parser changes its own copy (a word for its stem), never the shared norms
        assert seg.norms == tuple(t.norm for t in seg.tokens)


def test_events_are_the_same_with_and_without_shared_norms(pipeline, monkeypatch):
    article = Article(id="speed39", text=TEXTS[0] + "\n" + TEXTS[1], url=None, outlet=None, published="2015-07-06")
    with_norms = pipeline.extract(article)
    original = segment

    def without_norms(text):
        seg = original(text)
        return Segmented(seg.text, seg.tokens, seg.sentences, seg.words, seg.sentence_at)

    import rasd.pipeline as pipeline_module
    monkeypatch.setattr(pipeline_module, "segment", without_norms)
    assert pipeline.extract(article) == with_norms


def _old_match_at(matcher: PhraseMatcher, tokens, i):
    """PhraseMatcher.match_at as it was before speed39 (the words after the first by a comprehension)."""
    tok = tokens[i]
    if not tok.is_word:
        return None
    found = matcher._memo[tok.norm]
    if found == ():
        return None
    best, longest, room, after = None, 0, len(tokens) - i, ()
    for reading, lengths in found:
        for n in lengths:
            if n <= longest:
                break
            if n > room:
                continue
            if len(after) < n - 1:
                after = tuple([t.norm for t in tokens[i + 1:i + n]])
            phrase = (reading.stem,) + after[:n - 1]
            hit = matcher._payloads.get(phrase)
            if hit is not None:
                best = PhraseMatch(i, i + n, reading, phrase, tuple(hit))
                longest = n
                break
    return best


def test_a_name_of_one_to_five_words_is_matched_as_before():
    vocabulary = ["مدينة", "الشيخ", "حي", "النصر", "جبل", "الأخضر", "وادي", "السلام", "قرية", "البيضاء", "في", "،"]
    matcher: PhraseMatcher[str] = PhraseMatcher()
    rng = random.Random(39)
    for k in range(60):
        n = rng.randint(1, 5)
        matcher.add(" ".join(rng.choice(vocabulary[:-2]) for _ in range(n)), f"name{k}")
    # names of each length sharing their first words, so that shorter and longer ones are tried in turn
    matcher.add(("مدينة", "الشيخ"), "two")
    matcher.add(("مدينة", "الشيخ", "حي"), "three")
    matcher.add(("مدينة", "الشيخ", "حي", "النصر"), "four")
    lengths = set()
    for _ in range(400):
        text = " ".join(rng.choice(["و" + w if rng.random() < 0.2 and w != "،" else w for w in vocabulary])
                        for _ in range(rng.randint(1, 12)))
        tokens = segment(text).tokens
        for i in range(len(tokens)):
            m = matcher.match_at(tokens, i)
            assert m == _old_match_at(matcher, tokens, i), (text, i)
            if m is not None:
                lengths.add(m.last - m.first)
    assert lengths >= {1, 2, 3}


def test_a_two_and_three_word_name_is_found_at_the_end_of_a_text_and_not_past_it():
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("جبل الأخضر", "two")
    matcher.add("وادي السلام الكبير", "three")
    tokens = segment("صعدوا إلى جبل الأخضر").tokens
    m = matcher.match_at(tokens, 2)
    assert m is not None and (m.first, m.last, m.payloads) == (2, 4, ("two",))
    assert matcher.match_at(segment("صعدوا إلى جبل").tokens, 2) is None
    tokens = segment("وصلوا إلى ووادي السلام الكبير").tokens
    m = matcher.match_at(tokens, 2)
    assert m is not None and (m.last, m.payloads, m.reading.stem) == (5, ("three",), "وادي")
    assert any(r.stem == "وادي" for r in readings("ووادي"))
    assert matcher.match_at(segment("وصلوا إلى وادي السلام").tokens, 2) is None
    # four words: the comprehension, as before
    matcher.add("وادي السلام الكبير الجنوبي", "four")
    m = matcher.match_at(segment("في وادي السلام الكبير الجنوبي").tokens, 1)
    assert m is not None and (m.last, m.payloads) == (5, ("four",))
