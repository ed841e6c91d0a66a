"""The same answers from less work (speed18): a name's later words spelled out once per look-up, a form's
flags remembered, the article's total evidence summed once, an anchor's mentions tested as a set, and a
Document's keys read in C."""
from __future__ import annotations

from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatch, PhraseMatcher
from rasd.text.segment import segment


def _plain_match_at(m: PhraseMatcher, tokens, i):
    """match_at as it was written before speed18: the key spelled out anew for every length tried."""
    tok = tokens[i]
    if not tok.is_word:
        return None
    best, longest, room = None, 0, len(tokens) - i
    for reading in readings(tok.norm):
        if reading.stem not in m._by_first:
            continue
        # (speed29: the names of a first word are no longer kept as a table of their later words per process)
        tails = {p[1:]: (p, tuple(m._payloads[p])) for p in m._by_first[reading.stem]}
        lengths = sorted({len(p) for p in m._by_first[reading.stem]}, reverse=True)
        for n in lengths:
            if n <= longest:
                break
            if n > room:
                continue
            hit = tails.get(() if n == 1 else tuple([t.norm for t in tokens[i + 1:i + n]]))
            if hit is not None:
                best, longest = PhraseMatch(i, i + n, reading, hit[0], hit[1]), n
                break
    return best


def test_a_name_is_found_as_before_whatever_its_length():
    m: PhraseMatcher[str] = PhraseMatcher()
    for name, what in [("البحر", "a"), ("البحر الأحمر", "b"), ("بحر العرب الكبير الواسع", "c"),
                       ("العرب", "d"), ("الأحمر", "e"), ("جبل", "f"), ("جبل طارق", "g"), ("طارق", "h")]:
        m.add(name, what)
    texts = ["أبحرت السفينة في البحر الأحمر ثم في بحر العرب الكبير الواسع قرب جبل طارق",
             "وصلوا إلى بحر العرب الكبير", "بالبحر", "جبل", "بحر العرب الكبير الواسع", "، البحر ،", "وجبل"]
    for text in texts:
        toks = segment(text).tokens
        for i in range(len(toks)):
            assert m.match_at(toks, i) == _plain_match_at(m, toks, i), (text, i)
    toks = segment("أبحرت السفينة في البحر الأحمر ثم في بحر العرب الكبير").tokens
    assert [x.payloads for x in m.scan(toks)] == [("b",), ("d",)]
    # a name longer than what is left of the text is not tried; a shorter one is
    assert m.match_at(segment("بحر العرب الكبير").tokens, 0) is None
    assert m.match_at(segment("جبل طارق").tokens, 0).payloads == ("g",)


def test_a_forms_flags_are_the_same_when_asked_again(pipeline):
    forms = pipeline.resources.movements.forms
    for word in ("قتل", "هاجم", "كلمة لا توجد", ""):
        first = forms.flags(word)
        assert isinstance(first, frozenset)
        assert forms.flags(word) is first
        assert first <= {"shared", "common", "above_lemma", "shadowed"}


def test_the_total_evidence_is_summed_once_and_shares_are_unchanged():
    from rasd.resolve.places import ArticleContext

    ctx = ArticleContext({"SY": 2.0, "TR": 0.25, "IQ": 0.5}, [], {0: {"SY": 2.0}, 1: {"TR": 0.25}})
    total = 2.0 + 0.25 + 0.5
    assert ctx.country_share("SY") == 2.0 / total
    assert ctx.country_share("SY", 0) == 0.0
    assert ctx.country_share("TR", 0) == 0.25 / (total - 2.0)
    assert ctx.country_share("IQ", 1) == 0.5 / (total - 0.25)
    assert ctx.country_share(None) == 0.0
    assert ArticleContext({}, [], {}).country_share("SY") == 0.0


def test_an_anchor_counts_unless_all_its_mentions_are_left_out():
    from rasd.resolve.places import _AnchorGrid

    grid = _AnchorGrid([(0, (33.5, 36.3)), (1, (33.5, 36.3)), (2, (36.2, 37.1))], 50.0)
    assert grid.any_within(33.6, 36.3, frozenset())
    assert grid.any_within(33.6, 36.3, frozenset({0}))
    assert not grid.any_within(33.6, 36.3, frozenset({0, 1}))
    assert not grid.any_within(10.0, 10.0, frozenset())


def test_a_documents_tables_are_in_token_order(pipeline):
    from rasd.extract.document import Document
    from rasd.model import Article
    from rasd.recognise.numbers import find_numbers

    r = pipeline.resources
    text = "قصفت الطائرات مدينة حلب وقتل خمسة في إدلب، وقال الجيش إن 3 جنود أصيبوا في حمص ثم في حلب."
    seg = segment(text)
    numbers = find_numbers(seg, r.numbers)
    places = r.places.find(seg, numbers)
    doc = Document(Article(id="t", text=text), seg, None, list(reversed(places)), [], list(reversed(numbers)), [])
    assert doc._starts == [t.start for t in seg.tokens]
    assert len(doc._place_tok) == len(places) >= 3
    assert [x[:2] for x in doc._place_tok] == sorted(x[:2] for x in doc._place_tok)
    assert doc._place_first == [x[0] for x in doc._place_tok]
    assert doc._number_first == sorted(n.first_token for n in numbers)
    assert doc._numbers_sorted == sorted(numbers, key=lambda n: n.first_token)


def test_a_text_normalised_one_for_one_is_tokenised_as_the_general_loop_does():
    from rasd.text.normalise import NormalisedText, normalise
    from rasd.text.segment import tokenise

    for text in ["وصل الوفد إلى المدينة. ثم غادر مساء", "قتل 12 شخصا و3,5 جرحى!", "ا", "", "  ،  ",
                 "أطلقت القوات الصواريخ"]:
        nt = normalise(text)
        general = tokenise(NormalisedText(nt.raw, nt.norm, tuple(nt.offsets)))
        assert tokenise(nt) == general, text
    # a text with marks dropped by normalisation keeps them inside its tokens (the general loop)
    nt = normalise("قَتَلَ الجنودُ")
    assert type(nt.offsets) is not range
    assert [t.text for t in tokenise(nt)] == ["قَتَلَ", "الجنودُ"]
