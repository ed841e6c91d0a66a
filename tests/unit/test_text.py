"""The text layer: normalised view, offsets, segmentation, proclitics, phrase matching.

Every example sentence here was written for these tests.
"""
import pytest

from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher, name_tokens
from rasd.text.normalise import norm, normalise, strip_article
from rasd.text.segment import segment


@pytest.mark.parametrize("raw, expected", [
    ("أَحْمَد", "احمد"),                   # diacritics removed, hamza seat unified
    ("إسلامية", "اسلاميه"),                # إ -> ا, ة -> ه
    ("مصطفى", "مصطفي"),                    # ى -> ي
    ("مؤتمر", "موتمر"),                    # ؤ -> و
    ("رئيس", "رييس"),                      # ئ -> ي
    ("آمنة", "امنه"),                      # آ -> ا
    ("ٱلقرية", "القريه"),                  # wasla
    ("لــداعش", "لداعش"),                  # tatweel
    ("٢٠١٦", "2016"),                       # Eastern Arabic digits
    ("۱۲", "12"),                           # Persian digits
    ("#البنيان_المرصوص", "البنيان المرصوص"),  # hashtag
    ("بنی‌ولید", "بنيوليد"),                # Persian yeh, ZWNJ dropped
    ("اشتبکات", "اشتبكات"),                # Persian kaf
    ("بنڤردان", "بنقردان"),                 # Maghrebi g letter
])
def test_norm(raw, expected):
    assert norm(raw) == expected


def test_offsets_map_back_to_the_original():
    raw = "قُتِلَ جنديّان في #سرت ٢٠١٦"
    nt = normalise(raw)
    i = nt.norm.index("سرت")
    start, end = nt.raw_span(i, i + 3)
    assert raw[start:end] == "سرت"
    j = nt.norm.index("جنديان")
    s, e = nt.raw_span(j, j + len("جنديان"))
    assert raw[s:e] == "جنديّان"  # the shadda on the name stays inside its span


def test_strip_article():
    assert strip_article("الجزائر") == "جزائر"
    assert strip_article("ال") == "ال"
    assert strip_article("الجبل الاخضر") == "جبل اخضر"


def test_sentences_split_on_missing_space_and_stray_punctuation():
    text = "وصلت القافلة إلى المدينة.وفي المساء انسحبت., ثم عادت القوات صباحا"
    seg = segment(text)
    assert [s.text for s in seg.sentences] == [
        "وصلت القافلة إلى المدينة.", "وفي المساء انسحبت.", "ثم عادت القوات صباحا"]


def test_no_split_inside_numbers_and_web_addresses():
    seg = segment("قال لموقع الجزيرة.نت إن 2.7 مليون شخص نزحوا")
    assert len(seg.sentences) == 1
    assert any(t.norm == "2.7" for t in seg.tokens)


def test_newline_ends_a_sentence_and_tokens_keep_offsets():
    text = "عنوان الخبر\nالنص الأول هنا"
    seg = segment(text)
    assert [s.text for s in seg.sentences] == ["عنوان الخبر", "النص الأول هنا"]
    for t in seg.tokens:
        assert text[t.start:t.end] == t.text


def test_ellipsis_title():
    seg = segment("تحركات مريبة في الصحراء..  هكذا وصلوا")
    assert len(seg.sentences) == 2


@pytest.mark.parametrize("word, stems", [
    ("وبسرت", {"وبسرت", "بسرت", "سرت"}),
    ("لداعش", {"لداعش", "داعش"}),
    ("بالنوفليه", {"بالنوفليه", "النوفليه"}),
    ("والجزاير", {"والجزاير", "الجزاير"}),
    ("للجزاير", {"للجزاير", "الجزاير", "لجزاير"}),
    ("فبنغازي", {"فبنغازي", "بنغازي", "نغازي"}),
])
def test_clitic_readings(word, stems):
    assert {r.stem for r in readings(word)} == stems


def test_whole_word_is_tried_first():
    # names beginning with clitic letters are found whole before any stripping
    for word in ("بنغازي", "فزان", "كاباو", "لبنان"):
        assert readings(word)[0].stem == word


def test_phrase_matcher_finds_names_with_clitics_and_prefers_the_longest():
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("بني وليد", "BW")
    m.add("بني", "X")
    m.add("سرت", "SRT")
    seg = segment("انتقلوا من وبني وليد إلى بسرت")
    found = [(x.payloads[0], x.reading.cut) for x in m.scan(seg.tokens)]
    assert found == [("BW", 1), ("SRT", 1)]


def test_name_tokens_split_like_the_tokeniser():
    assert name_tokens("أم العجرم") == ("ام", "العجرم")
    assert name_tokens("رأس جدير") == ("راس", "جدير")


@pytest.mark.parametrize("odd", ["\ufd3e", "\ufd3f", "\ufeff", "\ufdd0", "\ufbc2", "\ufd40"])
def test_presentation_block_characters_without_a_decomposition(odd):
    # ornate parentheses around a quotation, a byte-order mark inside the text, noncharacters
    # and code points of the presentation blocks that NFKC leaves as they are
    raw = f"قال المتحدث {odd}إن القوات وصلت{odd} إلى المدينة"
    nt = normalise(raw)
    assert len(nt.norm) == len(nt.offsets)
    assert all(raw[o] for o in nt.offsets)
    i = nt.norm.index("المدينه")
    assert raw[slice(*nt.raw_span(i, i + len("المدينه")))] == "المدينة"
    assert [s.text for s in segment(raw).sentences]


def test_presentation_forms_still_fold_and_map_to_their_origin():
    raw = "\ufefb\ufe8e\u0020\ufdf2"   # lam-alef ligature, isolated alef, the Allah ligature
    nt = normalise(raw)
    assert nt.norm == "لاا " + "الله"
    assert nt.offsets == (0, 0, 1, 2, 3, 3, 3, 3)


def _long_name_starts(word: str) -> bool:
    return word.startswith("ال") and len(word) > 5


def test_learned_answers_are_the_lexicons_own_and_survive_pickling():
    import pickle

    from rasd.text.matcher import WordTest, learn_words

    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("بني وليد", "town")
    m.add("الجزائر", "country")
    test = WordTest(_long_name_starts)
    vocabulary = frozenset(["وبني", "للجزائر", "الجزائر", "قال", "المدينة", "في"])
    assert learn_words({"places": m, "tests": [test]}, vocabulary) == 2
    m2, test2 = pickle.loads(pickle.dumps((m, test)))
    text = segment("قال مسؤول في المدينة إن وفدا وصل من للجزائر إلى وبني وليد")
    fresh = PhraseMatcher()
    fresh.add("بني وليد", "town")
    fresh.add("الجزائر", "country")
    # words learned and words not in the word list give the answers a matcher without learning gives
    assert m2.positions(text.words) == fresh.positions(text.words) == [8, 10]
    assert [(x.first, x.last) for x in m2.scan(text.tokens)] == [(8, 9), (10, 12)]
    assert test2.positions(text.words) == WordTest(_long_name_starts).positions(text.words) == [3]
    assert test2("المدينة") and not test2("قال")


def _town_and_test():
    """A phrase matcher of two names and a word test, fresh (compiled by nobody)."""
    from rasd.text.matcher import WordTest

    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("بني وليد", "town")
    m.add("الجزائر", "country")
    return m, WordTest(_long_name_starts)


def test_shared_answers_give_each_tests_own_positions():
    import pickle

    from rasd.text.matcher import SharedAnswers, learn_words, learned_answers

    m, test = _town_and_test()
    # "المدينة" is learned, "المسلحين" and "2015" are not: those are asked of each test itself
    learn_words([m, test], frozenset(["وبني", "للجزائر", "الجزائر", "قال", "المدينة", "في", "إن"]))
    m, test = pickle.loads(pickle.dumps((m, test)))
    SharedAnswers([m, test], learned_answers([m, test]))
    text = segment("قال مسؤول في المدينة إن المسلحين وصلوا عام 2015 من للجزائر إلى وبني وليد.")
    plain_m, plain_test = _town_and_test()
    for lo, hi in ((0, None), (0, 4), (4, 12), (9, 30), (11, 12), (5, 2)):
        assert m.positions(text.words, lo, hi) == plain_m.positions(text.words, lo, hi)
        assert test.positions(text.words, lo, hi) == plain_test.positions(text.words, lo, hi)
    assert m.positions(text.words) == [10, 12] and test.positions(text.words) == [3, 5]
    assert [(x.first, x.last) for x in m.scan(text.tokens, words=text.words)] == [(10, 11), (12, 14)]
    assert text.words.found is not None       # answered together, once
    assert pickle.loads(pickle.dumps(text.words)) == text.words and pickle.loads(pickle.dumps(text.words)).found is None
    m.add("المدينة", "city")      # a lexicon changed after loading answers on its own again
    assert m.positions(text.words) == [3, 10, 12]


def test_a_word_outside_the_vocabulary_begins_the_names_its_readings_begin():
    import pickle

    from rasd.text.matcher import SharedAnswers, learn_words, learned_answers

    m, test = _town_and_test()
    learn_words([m, test], frozenset(["قال", "في", "الجزائر"]))
    m, test = pickle.loads(pickle.dumps((m, test)))
    shared = SharedAnswers([m, test], learned_answers([m, test]))
    # none of these words was learned: "وللجزائر" and "فبني" begin names once stripped, "وليدات" none
    text = segment("قال وللجزائر فبني وليد وليدات في الجزائر")
    plain_m, plain_test = _town_and_test()
    assert m.positions(text.words) == plain_m.positions(text.words) == [1, 2, 6]
    assert test.positions(text.words) == plain_test.positions(text.words) == [6]
    assert shared.records["فبني"] == (2, 0)         # the slot past the tests', then the matcher's
    assert [(x.first, x.last) for x in m.scan(text.tokens, words=text.words)] == [(1, 2), (2, 4), (6, 7)]


def test_a_name_added_after_learning_is_found():
    from rasd.text.matcher import learn_words

    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("الجزائر", "country")
    learn_words(m, frozenset(["الجزائر", "طرابلس"]))
    m.add("طرابلس", "city")
    assert m.positions(segment("وصل إلى طرابلس").words) == [2]


def test_every_lexicon_test_of_the_loaded_resources_answers_with_the_others(pipeline):
    # an object that made its test anew when unpickled would scan alone (the form index once did)
    from rasd.text.matcher import PhraseMatcher, WordTest, reachable

    tests = list(reachable(pipeline.resources, (WordTest, PhraseMatcher)))
    assert len(tests) > 50 and all(t._memo.shared is not None for t in tests)
