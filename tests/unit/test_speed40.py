"""The same answers with fewer instructions an article (speed40): a phrase matcher spells out the three words after
a four-word name's first word without a comprehension; the actor recogniser's start sets, a number's unit test, the
day test, the unseen-word test and two of the place resolver's tests run loops or plain calls instead of
generators.

Every sentence and word here was written for these tests (none is taken from an article).
"""
from __future__ import annotations

import random

from rasd.model import Article, Token
from rasd.recognise.actors import _Begins
from rasd.recognise.numbers import find_numbers
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import segment

from old_matcher import old_match_at




def test_names_of_four_words_and_more_are_matched_as_before():
    vocabulary = ["سوق", "الخضار", "القديم", "شمال", "المدينة", "باب", "اليمن", "الكبير", "في", "،"]
    matcher: PhraseMatcher[str] = PhraseMatcher()
    rng = random.Random(40)
    for k in range(80):
        n = rng.choice([3, 4, 4, 4, 5, 6])
        matcher.add(" ".join(rng.choice(vocabulary[:-2]) for _ in range(n)), f"name{k}")
    matcher.add(("سوق", "الخضار", "القديم", "شمال"), "four")
    matcher.add(("سوق", "الخضار", "القديم", "شمال", "المدينة"), "five")
    lengths = set()
    for _ in range(600):
        text = " ".join(rng.choice(["و" + w if rng.random() < 0.2 and w != "،" else w for w in vocabulary])
                        for _ in range(rng.randint(1, 14)))
        tokens = segment(text).tokens
        for i in range(len(tokens)):
            m = matcher.match_at(tokens, i)
            assert m == old_match_at(matcher, tokens, i), (text, i)
            if m is not None:
                lengths.add(m.last - m.first)
    assert 4 in lengths


def test_a_four_word_name_at_the_end_of_a_text_and_one_cut_short():
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("سوق الخضار القديم شمال", "four")
    m = matcher.match_at(segment("انفجرت عبوة في سوق الخضار القديم شمال").tokens, 3)
    assert m is not None and (m.first, m.last, m.payloads) == (3, 7, ("four",))
    assert matcher.match_at(segment("انفجرت عبوة في سوق الخضار القديم").tokens, 3) is None
    assert matcher.match_at(segment("في سوق الخضار، القديم شمال").tokens, 1) is None


def test_the_actor_start_sets_are_the_union_of_their_lists_positions(pipeline):
    lex = pipeline.resources.actors.lex
    for text in ["وقالت قوات الجيش والشرطة إن مسلحين من تنظيم داعش هاجموا الحي",
                 "أعلن التحالف أن مقاتلاته قصفت مواقع الحوثيين وقوات صالح في صنعاء", "", "، !"]:
        words = segment(text).words
        begins = _Begins(lex, words)

        def at(*matchers, words=words):
            return frozenset().union(*(m.positions(words) for m in matchers))

        assert begins.alias == at(lex.by_alias)
        assert begins.force == at(lex.heads, lex.construct_heads, lex.indefinite_heads, lex.place_heads)
        assert (begins.country, begins.unit, begins.org, begins.generic) == \
            (at(lex.country_names), at(lex.unit_heads), at(lex.org_heads), at(lex.generic))
    assert _Begins(lex, segment("قوات الجيش").words).force


def _token(word: str) -> Token:
    tok = Token.__new__(Token)
    tok.index, tok.start, tok.end, tok.text, tok.norm, tok.is_word = 0, 0, len(word), word, word, True
    return tok


def test_the_unseen_word_test_answers_as_its_generators_did(pipeline):
    from rasd.recognise.places import _with_our, _without_pronoun
    places = pipeline.resources.places
    zipf = places.vocabulary.zipf
    words = ["الكويخات", "بالكويخات", "كويخات", "سيطرتها", "إلقائهم", "المدينة", "بيتنا", "زرنقوش", "وزرنقوش",
             "abcd", "قتل", "الزرنقوشيين", "مدرستهم"]
    seen = 0
    for word in words:
        tok = _token(word)
        new = places._unseen(tok)
        w = tok.norm
        gate = (len(w) >= 4 and all("\u0621" <= c <= "\u064a" for c in w) and w not in places.stopwords
                and w not in places.adjectives and w not in places.cues.not_names and not places.cues.is_cue_word(w))
        old = gate and all(zipf(r.stem) == 0.0 for r in readings(w)) and not any(
            zipf(b) > 0.0 for b in _without_pronoun(w, places.pronouns) + _with_our(w)) \
            and not places._everyday_with_our(w) and not places._dual_or_plural_of_everyday(w) \
            and not places._run_together(w)
        assert new == old, word
        seen += new
    assert seen >= 1


def test_a_day_and_an_hour_are_no_counts_and_a_count_still_is(pipeline):
    numbers = pipeline.resources.numbers
    for text in ["وصلت القافلة يوم 31 من الشهر", "عند الساعة 10 صباحا انفجرت عبوة", "قتل 12 شخصا في الهجوم",
                 "بين 3 و 5 من الشهر", "قتل 40 أو 50 شخصا"]:
        found = find_numbers(segment(text), numbers)
        assert found == find_numbers(segment(text), numbers)
    assert [n.value for n in find_numbers(segment("قتل 12 شخصا في الهجوم"), numbers)] == [12]


def test_a_number_of_years_or_kilometres_counts_no_people_and_a_count_of_people_does(pipeline):
    from rasd.extract.casualties import CasualtyFinder
    from rasd.extract.document import Document
    r = pipeline.resources
    finder: CasualtyFinder = r.claims.casualties
    for text in ["قتل طفل عمره 12 عاما في القصف", "سقطت القذيفة على مسافة 700 كيلومتر", "قتل 7 مدنيين في القصف"]:
        seg = segment(text)
        nums = find_numbers(seg, r.numbers)
        doc = Document(Article(id="t", text=text), seg, None, [], [], nums, [])
        toks = seg.tokens
        for n in nums:
            old = any(toks[k].norm in finder.lex.not_people for k in range(n.first_token + 1,
                                                                            min(n.last_token + 1, len(toks)))) \
                or finder._names_a_unit(doc, n.first_token) or finder._adjective_of_a_thing(doc, n)
            assert finder._no_people(doc, n) == old, text
