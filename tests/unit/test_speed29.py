"""The same names found with less work per process (speed29): a name's first word keeps only the lengths
of the names it begins, and a look-up probes the matcher's own table of names, instead of every process
building a table of the later words of each first word it meets (hundreds of names for a word such as
"مليشيات")."""
from __future__ import annotations

import pickle

from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatch, PhraseMatcher
from rasd.text.normalise import norm
from rasd.text.segment import segment


def _table_match_at(m: PhraseMatcher, tokens, i):
    """match_at as it was before speed29: a table of each first word's names by their later words."""
    tok = tokens[i]
    if not tok.is_word:
        return None
    best, longest, room = None, 0, len(tokens) - i
    for reading in readings(tok.norm):
        if reading.stem not in m._by_first:
            continue
        tails = {p[1:]: (p, tuple(m._payloads[p])) for p in m._by_first[reading.stem]}
        for n in sorted({len(p) for p in tails}, reverse=True):
            n += 1
            if n <= longest:
                break
            if n > room:
                continue
            hit = tails.get(tuple(t.norm for t in tokens[i + 1:i + n]))
            if hit is not None:
                best, longest = PhraseMatch(i, i + n, reading, hit[0], hit[1]), n
                break
    return best


def _matcher() -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    names = [("كتائب", "k"), ("كتائب الفجر", "k1"), ("كتائب الفجر الجديد", "k2"), ("كتائب النور", "k3"),
             ("الوادي", "w"), ("الوادي الأخضر", "w1"), ("وادي السلام", "w2"), ("سهل", "s"), ("سهل الورد", "s1")]
    # a first word that begins many names, of many lengths
    names += [("كتائب " + " ".join(["الشهيد"] * j + [f"رقم{j}"]), f"n{j}") for j in range(1, 40)]
    for name, what in names:
        m.add(name, what)
    m.add("كتائب النور", "k3b")        # a second payload for the same name
    return m


TEXTS = ["قالت كتائب الفجر الجديد إن مقاتليها دخلوا الوادي الأخضر قرب سهل الورد",
         "وكتائب النور في وادي السلام", "بكتائب الشهيد الشهيد رقم2 وللوادي", "كتائب", "كتائب الفجر",
         "، سهل ،", "والوادي الأخضر", "كتائب الشهيد الشهيد الشهيد", "لا شيء هنا", ""]


def test_every_name_is_found_as_with_a_table_of_later_words():
    m = _matcher()
    for text in TEXTS:
        toks = segment(text).tokens
        for i in range(len(toks)):
            assert m.match_at(toks, i) == _table_match_at(m, toks, i), (text, i)
    toks = segment("قالت كتائب الفجر الجديد إن مقاتليها دخلوا الوادي الأخضر").tokens
    assert [(x.first, x.last, x.payloads) for x in m.scan(toks)] == [(1, 4, ("k2",)), (7, 9, ("w1",))]
    hit = m.match_at(segment("وكتائب النور").tokens, 0)
    assert hit.phrase == (norm("كتائب"), "النور") and hit.payloads == ("k3", "k3b") and hit.reading.cut == 1
    assert m.match_at(segment("كتائب الشهيد الشهيد رقم2").tokens, 0).payloads == ("n2",)


def test_a_first_word_keeps_only_its_names_lengths():
    m = _matcher()
    m.match_at(segment("كتائب الفجر").tokens, 0)
    first = norm("كتائب")
    assert m._heads[first] == tuple(sorted({len(p) for p in m._by_first[first]}, reverse=True))
    assert len(m._heads[first]) > 30 and all(type(n) is int for n in m._heads[first])


def test_a_name_added_later_is_found_and_a_copy_starts_without_lengths():
    m = _matcher()
    toks = segment("سهل الورد الكبير").tokens
    assert m.match_at(toks, 0).payloads == ("s1",)
    m.add("سهل الورد الكبير", "s2")
    assert m.match_at(toks, 0).payloads == ("s2",)
    m.add("سهل الورد", "s1b")
    assert m.match_at(segment("سهل الورد").tokens, 0).payloads == ("s1", "s1b")
    copy = pickle.loads(pickle.dumps(m))
    assert copy._heads == {}
    for text in TEXTS:
        toks = segment(text).tokens
        assert [m.match_at(toks, i) for i in range(len(toks))] == [copy.match_at(toks, i) for i in range(len(toks))]


def test_a_word_that_begins_no_name_is_left_alone():
    m = _matcher()
    toks = segment("الشهيد رقم2 الفجر").tokens
    assert [m.match_at(toks, i) for i in range(len(toks))] == [None] * len(toks)
    assert not m.begins("الفجر") and m.begins(norm("وكتائب"))


def _readings_before(word: str) -> list[tuple[str, int, bool]]:
    """clitics.readings as it was before speed29 (a closure adding each stem), as (stem, cut, restored_al)."""
    from rasd.text.clitics import ARTICLE, CONJUNCTIONS, MIN_STEM, PREPOSITIONS

    out, seen = [(word, 0, False)], {word}

    def add(stem, cut, restored=False):
        if len(stem) >= MIN_STEM and stem not in seen:
            seen.add(stem)
            out.append((stem, cut, restored))

    bases = [(word, 0)]
    if word[:1] in CONJUNCTIONS and len(word) > MIN_STEM:
        bases.append((word[1:], 1))
    for base, cut in bases:
        if base is not word:
            add(base, cut)
        if base.startswith("لل") and len(base) > 3:
            add(ARTICLE + base[2:], cut + 1, True)
        if base[:1] in PREPOSITIONS and len(base) > MIN_STEM:
            add(base[1:], cut + 1)
    return out


def test_a_words_readings_are_the_same_with_or_without_a_proclitic_letter_first():
    import random

    words = ["", "و", "ل", "لل", "للا", "للال", "ولل", "وللجزائر", "فللمدينه", "بالمدينه", "وبها", "وب", "فالقريه",
             "كالجبل", "ولا", "وليد", "بنغازي", "لبنان", "فزان", "الجزائر", "مدينه", "x", "2015", "ووو", "ببب"]
    rnd = random.Random(29)
    letters = "وفبلكال" + "ابتثجحخدذرزسشصضطظعغقمنهي"
    words += ["".join(rnd.choice(letters) for _ in range(rnd.randint(1, 7))) for _ in range(3000)]
    for w in words:
        assert [r._fields() for r in readings.__wrapped__(w)] == _readings_before(w), w
        assert readings(w) == readings.__wrapped__(w)
    assert readings.__wrapped__("مدينه") == (readings.__wrapped__("مدينه")[0],)
    assert [r.stem for r in readings("وللجزائر")] == ["وللجزائر", "للجزائر", "الجزائر", "لجزائر"]
