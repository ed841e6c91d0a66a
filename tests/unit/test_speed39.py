"""The same answers with fewer instructions an article (speed39): an article's token norms are listed once by
`segment` and shared (numbers, dates, event triggers), a phrase matcher spells out the one or two words after a
name's first word without a comprehension, and word tests asked of every first-seen word loop instead of
running a generator.

Every sentence and word here was written for these tests (none is taken from an article).
"""
from __future__ import annotations

import random

from rasd.model import Article
from rasd.recognise.dates import find_dates
from rasd.recognise.numbers import find_numbers
from rasd.recognise.roles import _bare
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import Segmented, segment, token_norms

from old_matcher import old_match_at

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
            assert m == old_match_at(matcher, tokens, i), (text, i)
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


# Word tests asked of every first-seen word: loops that answer as the generators they replace did.
TEST_WORDS = ["الجندي", "والعريف", "القيادي", "والي", "قائدا", "كتاب", "الحي", "والحي", "حي", "للقوات", "قوات",
              "الجيش", "وزارة", "المسلحين", "فالشرطة", "بيت", "يوم", "ال", "و", "2015", "مدرسة", "بالمدرسة"]


def test_the_casualty_word_tests_answer_as_their_generators_did(pipeline):
    from rasd.text.clitics import reading_stems, without_article
    finder = pipeline.resources.claims.casualties
    lex = finder.lex
    for word in TEST_WORDS:
        stems = [r.stem for r in readings(word)]
        assert finder._of_a_post(stems) == any(without_article(s) in lex.office_heads or s in lex.office_heads
                                               for s in stems), word
        assert finder._heads_a_name(word) == any(without_article(s) in lex.named_heads
                                                 for s in reading_stems(word)), word
    assert finder._of_a_post([r.stem for r in readings("القيادي")]) or not lex.office_heads


def test_the_place_and_actor_start_tests_answer_as_their_generators_did(pipeline):
    places, actors = pipeline.resources.places, pipeline.resources.actors
    cues = places.cues.cues
    for word in TEST_WORDS:
        assert places._may_be_definite_cue(word) == any(r.stem.startswith("ال") and bool(cues.get((r.stem[2:],)))
                                                        for r in readings(word)), word
        assert actors._may_start(word) == any(r.stem in actors._first_words for r in readings(word)), word
    assert actors._may_start("والجيش")


def _old_agent_marker_before(toks, first, lex):
    if first == 0 or not toks[first - 1].is_word:
        return False
    before = toks[first - 1].norm
    for marker in lex.agent_markers:
        if len(marker) > 1 and marker[-1] != before:
            continue
        k = first - len(marker)
        if k < 0 or not all(t.is_word for t in toks[k:first]):
            continue
        words = [t.norm for t in toks[k:first]]
        if words[1:] == list(marker[1:]) and marker[0] in _bare(words[0]):
            return True
    return False


def test_an_agent_marker_is_read_before_a_name_as_before(pipeline):
    from rasd.recognise.roles import _agent_marker_before
    lex = pipeline.resources.actors.agency
    texts = ["قصفت المدينة من قبل الطيران", "قصفت المدينة ومن قبل الطيران", "قصفت المدينة، من، قبل الطيران",
             "بدعم من التحالف هاجموا", "قبل الطيران", "المدعومون من الخارج", "هاجموا بدعم، من التحالف"]
    seen = 0
    for text in texts:
        toks = segment(text).tokens
        for first in range(len(toks)):
            new = _agent_marker_before(toks, first, lex)
            assert new == _old_agent_marker_before(toks, first, lex), (text, first)
            seen += new
    assert seen >= 2


def test_reading_stems_and_gapped_heads_answer_as_their_comprehensions_did(pipeline):
    from rasd.extract.lexicon import EventLexicon
    from rasd.text.clitics import reading_stems
    from rasd.text.matcher import reachable
    lex = next(iter(reachable(pipeline.resources, (EventLexicon,))))
    for word in TEST_WORDS + ["فجر", "وفجر", "ففجرها", "نفسه"]:
        assert reading_stems.__wrapped__(word) == frozenset([r.stem for r in readings(word)]), word
        assert lex.heads_gapped(word) == any(r.stem in lex.gapped for r in readings(word)), word


def test_the_stems_of_numbers_claims_and_casualties_and_the_calendar_tests_answer_as_before(pipeline):
    from rasd.extract.casualties import _bare_stems
    from rasd.text.clitics import without_article
    r = pipeline.resources
    calendar = r.calendar
    for word in TEST_WORDS + ["ويوم", "بعام", "و2015", "لشهر", "فالأحد", "وفي"]:
        stems = frozenset(x.stem for x in readings(word))
        assert r.numbers.stems(word) == stems, word
        assert r.claims._stems(word) == {x.stem for x in readings(word)}, word
        assert _bare_stems(word) == stems | {b for s in stems if (b := without_article(s))}, word
        assert calendar.is_anchor(word) == (word[:1].isdigit() or word in calendar.anchor_set or (
            word[:1] in "وفبلك" and any(x.stem in calendar.anchor_set or x.stem[:1].isdigit()
                                       for x in readings(word)[1:]))), word
        assert calendar.may_start(word) == (word == "و" or word in calendar.triggers or word[:1].isdigit() or (
            word[:1] in "وفبلك" and any(x.stem in calendar.triggers for x in readings(word)[1:]))), word
