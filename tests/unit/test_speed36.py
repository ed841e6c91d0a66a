"""The same answers with fewer instructions an article (speed36): the form index asks nothing of a word it has
no form or multi-word form for, a word test's memo asks the test itself, a first word's name lengths are
counted in C, an article's words are counted in C, and the casualty finder does not scan an article with no
count for a span that points back.

Every sentence and word here was written for these tests (none is taken from an article).
"""
from __future__ import annotations

import pickle
import random

from rasd.extract.casualties import CasualtyFinder
from rasd.extract.document import Document
from rasd.extract.events.factuality import _word_count
from rasd.model import Article
from rasd.recognise.numbers import find_numbers
from rasd.text.matcher import MEMO_LIMIT, PhraseMatcher, WordTest, _TestMemo, reachable
from rasd.text.morph.index import FormIndex
from rasd.text.segment import Segmented, segment

WORDS = ["قصفت", "والقصف", "بالقصف", "قصفها", "هاجموا", "الهجوم", "للهجوم", "فقتلوا", "سيقتلون", "كتاب",
         "وللكتاب", "لل", "و", "", "2015", "3.5", "مدرستهم", "فاستعادوها", "والاشتباكات", "اشتباك", "ابتعدوا"]


def _form_index(pipeline) -> FormIndex:
    return next(iter(reachable(pipeline.resources, (FormIndex,))))


def _old_phrase_splits(index: FormIndex, word: str) -> tuple:
    heads = index.phrase_heads
    return tuple((pre, enc, cut, core, heads[core])
                 for pre, rest, cut in index._proclitic_splits(word)
                 for enc, core in index._enclitic_splits(rest) if heads.get(core, 0) > 1)


def test_a_word_begins_a_form_exactly_when_it_did(pipeline):
    index = _form_index(pipeline)
    for word in WORDS:
        if not word:
            continue
        fresh = FormIndex(index._table)         # no memo: every answer worked out now
        assert fresh._phrase_splits(word) == _old_phrase_splits(fresh, word), word
        assert fresh._begins(word) == bool(fresh.analyse(word) or _old_phrase_splits(fresh, word)), word


def test_with_no_multi_word_form_no_split_is_made_or_remembered(pipeline):
    fresh = FormIndex(_form_index(pipeline)._table)
    fresh.phrase_heads = {}
    assert fresh._phrase_splits("والقصف") == ()
    assert fresh._heads_memo == {}
    # a multi-word form compiled: its head is found as before (and remembered)
    fresh.phrase_heads = {"القصف": 2}
    assert fresh._phrase_splits("والقصف") == _old_phrase_splits(fresh, "والقصف") != ()
    assert "والقصف" in fresh._heads_memo


def test_a_word_of_no_form_is_read_as_none(pipeline):
    fresh = FormIndex(_form_index(pipeline)._table)
    assert fresh.analyse("زخرفتلاس") == ()
    assert fresh.analyse("قصفت") == _form_index(pipeline).analyse("قصفت")


def _list_answer(word: str) -> list[str]:
    """A test whose answer is a list (true when not empty), as lexicon look-ups give."""
    return [word] if word.startswith("و") else []


def test_a_word_test_answers_the_truth_of_its_test():
    wt = WordTest(_list_answer)
    assert isinstance(wt._memo, _TestMemo)
    for word in WORDS:
        assert wt(word) is (bool(word) and bool(_list_answer(word))), word
    assert wt.positions(["وقال", "", "قال", "والقصف"]) == [0, 3]


def test_learned_words_and_a_pickled_test_answer_the_same():
    wt = WordTest(_list_answer)
    wt.learn({"وقال": 1.0, "قال": 2.0, "وكان": 3.0})
    assert wt.learned[1] == frozenset({"وقال", "وكان"})
    copy = pickle.loads(pickle.dumps(wt))
    assert isinstance(copy._memo, _TestMemo)
    for word in ["وقال", "قال", "وكان", "ولكن", "لكن", ""]:
        assert wt(word) is copy(word) is (bool(word) and bool(_list_answer(word))), word


def test_a_full_word_test_memo_starts_again():
    wt = WordTest(_list_answer)
    memo = wt._memo
    for k in range(MEMO_LIMIT + 5):
        memo[f"و{k}"]
    assert len(memo) < MEMO_LIMIT
    assert memo[""] is False and memo["و1"] is True and memo["1"] is False


def test_a_first_word_gives_the_lengths_of_its_names_longest_first():
    m: PhraseMatcher[str] = PhraseMatcher()
    rng = random.Random(36)
    names = {tuple(["سد"] + [f"كلمة{rng.randrange(9)}" for _ in range(rng.randrange(12))]) for _ in range(300)}
    for k, name in enumerate(sorted(names)):
        m.add(name, str(k))
    m.add(("نهر", "الوادي"), "n")
    assert m._lengths("سد") == tuple(sorted({len(p) for p in names}, reverse=True))
    assert m._lengths("نهر") == (2,)
    copy = pickle.loads(pickle.dumps(m))
    assert copy._lengths("سد") == m._lengths("سد")


def test_the_words_of_an_article_are_counted_as_its_word_tokens():
    for text in ["قتل 12 شخصا، وأصيب 3 آخرون!", "", "  ،  ", "«هجوم» (في) المدينة... ثم عاد الهدوء"]:
        seg = segment(text)
        count = sum(1 for t in seg.tokens if t.is_word)
        assert _word_count(seg) == count
        # a Segmented made without its words counts its tokens
        bare = Segmented(seg.text, seg.tokens, seg.sentences)
        assert _word_count(bare) == count


def test_a_span_told_before_still_makes_a_tally_and_an_article_without_counts_has_none(pipeline):
    r = pipeline.resources
    finder: CasualtyFinder = r.claims.casualties
    for text, tally in [("وقال المرصد إن 60 مدنيا قتلوا جراء هذه الغارات خلال هذه الفترة.", True),
                        ("قتل 7 مدنيين في قصف على البلدة أمس.", False),
                        ("لم يتغير شيء خلال هذه الفترة في البلدة.", None)]:
        seg = segment(text)
        numbers = find_numbers(seg, r.numbers)
        doc = Document(Article(id="t", text=text), seg, None, [], [], numbers, [])
        found = finder.find(doc, 0, len(seg.tokens))
        if tally is None:
            assert found == []
        else:
            assert [c.tally for c in found if c.kind == "killed"] == [tally], text


def _old_tokenise(nt):
    """tokenise as it was before speed36: four groups, and the dropped characters after a token read one by one."""
    import re
    import sys

    from rasd.model import Token
    from rasd.text.normalise import DROPPED
    from rasd.text.segment import _WORD_CHARS
    pieces = re.compile(rf"(\s*+)(?:([{_WORD_CHARS}]++(?:['’][{_WORD_CHARS}]++)*+)|(\d++(?:[.,]\d+)*+)|(\S))")
    raw, offsets = nt.raw, nt.offsets
    n_norm, n_raw = len(offsets), len(raw)
    tokens, j = [], 0
    for k, (space, word, num, punct) in enumerate(pieces.findall(nt.norm)):
        i = j + len(space)
        w = sys.intern(word or num or punct)
        j = i + len(w)
        start, end = offsets[i], offsets[j - 1] + 1
        nxt = offsets[j] if j < n_norm else n_raw
        while end < nxt and raw[end] in DROPPED:
            end += 1
        tokens.append(Token(k, start, end, raw[start:end], w, not punct))
    return tokens


def test_tokens_are_cut_and_spanned_as_before():
    from rasd.text.normalise import normalise
    from rasd.text.segment import tokenise
    texts = ["قَتَلَ الجنودُ ثلاثةً", "هجومـــــ على المدينة", "ﻻ بد من ﷲ أكبر", "بنی‌ولید #حلب_اليوم",
             "قتل 12 شخصا و3,5 جرحى!", "", "  ،  ", "ا", "العربية.نت: خبرٌ", "O'Neil's الـ«قوات»…", "٣٤ جريحًا"]
    rng = random.Random(3615)
    pool = list("اأبتثجحخدذرسشصضطظعغفقكلمنهويةى") + ["\u064e", "\u0651", "\u0640", "\u200c", " ", " ", "\n", ".",
                                                    "،", "ﻻ", "ﷲ", "٣", "7", ",", "'", "#", "a", "Z", "\u00a0"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 60))) for _ in range(2000)]
    for text in texts:
        nt = normalise(text)
        assert tokenise(nt) == _old_tokenise(nt), text


def test_character_tests_in_c_answer_as_the_generators_did():
    from rasd.model import Token
    from rasd.recognise.places import _ARABIC_LETTERS, _TANWEEN, _VOWEL_MARKS, _has_tanween
    rng = random.Random(36)
    pool = list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئةى") + ["\u064b", "\u064c", "\u064d", "\u064e", "\u0651", "\u0652",
                                                    "\u0640", "\u0620", "\u064b", "\u0660", "\u066e", "a", "7", "ـ"]
    words = ["جريحًا", "برًا", "وأرى", "وَأرى", "فإنّ", "مدينة", "ABC", "حلب2"]
    words += ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 12))) for _ in range(3000)]
    for w in words:
        tok = Token(0, 0, len(w), w, w, True)
        assert _has_tanween(tok) == any(ch in _TANWEEN for ch in w), w
        assert _VOWEL_MARKS.sub("", w) == "".join(ch for ch in w if not _VOWEL_MARKS.match(ch)), w
        assert (_ARABIC_LETTERS.fullmatch(w) is not None) == all("\u0621" <= ch <= "\u064a" for ch in w), w


def test_a_relative_pronoun_is_read_before_a_verb_with_and_without_its_conjunction(pipeline):
    from rasd.recognise.roles import _pointed_back_after, _relative_subject, _verb_pointing_back
    lex = pipeline.resources.actors.agency if hasattr(pipeline.resources.actors, "agency") else None
    if lex is None:
        from rasd.recognise.roles import load_agency
        lex = load_agency()
    for text, v in [("الحملة التي شنتها الطائرات على المدينة", 2), ("والتي شنتها الطائرات", 1),
                    ("الحملة شنتها الطائرات", 1), ("المدينة التي ترفض واشنطن التنسيق معها", 2)]:
        toks = segment(text).tokens
        before = toks[v - 1].norm
        relatives = [w for w, _ in lex.relatives if w in (before, before[1:])]
        assert (_verb_pointing_back(toks, v, lex) is not None) <= bool(relatives), text
        assert _relative_subject(toks, v, lex) <= bool(relatives), text
    toks = segment("المدينة التي ترفض واشنطن التنسيق معها").tokens
    assert _pointed_back_after(toks, 1, 4, lex)
    assert _verb_pointing_back(segment("الحملة التي شنتها الطائرات").tokens, 2, lex) is not None


def test_a_phrase_of_the_calendar_matches_as_it_did():
    from rasd.recognise.dates import PhraseTable

    def old_match(table, n, i, end):
        if i >= end:
            return None
        for ph in table._heads.get(n[i]) or ():
            k = len(ph)
            if i + k <= end and all(n[i + x] == ph[x] for x in range(1, k)):
                return table._values[ph], i + k
        return None

    table: PhraseTable[int] = PhraseTable()
    for k, name in enumerate(["الشهر الماضي", "الشهر", "الشهر الماضي نفسه", "مطلع الشهر", "منتصف", "منتصف الليل"]):
        table.add(name, k)
    rng = random.Random(36)
    vocab = ["الشهر", "الماضي", "نفسه", "مطلع", "منتصف", "الليل", "في", ","]
    for _ in range(3000):
        n = [rng.choice(vocab) for _ in range(rng.randrange(1, 7))]
        i, end = rng.randrange(len(n) + 1), rng.randrange(len(n) + 1)
        if i < len(n):
            assert table.match(n, i, end) == old_match(table, n, i, end), (n, i, end)
