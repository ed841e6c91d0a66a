"""speed41: the casualty finder picks the tokens before a verb of martyrdom, and the verbs after people named one by
one, in C over the article's norms instead of testing every token in Python (`CasualtyFinder._killed_by_relative`,
`CasualtyFinder._named_before_verb`).  The answers must be those of the token-by-token loops, copied here as they
were, over every span of the texts below (a verb at a span's first or last token, or just outside it, too).

Every sentence here was written for these tests (none is taken from an article).
"""

import pickle
import random

from rasd.extract.casualties import NAMED_SUBJECT_REACH, RELATIVE_REACH, Casualty, CasualtyFinder
from rasd.extract.document import Document
from rasd.model import Article
from rasd.recognise.numbers import find_numbers
from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import segment

from old_matcher import old_match_at

TEXTS = [
    "شيع الأهالي جثمان الشهيد الرقيب خالد بن فهد الذي استشهد أمس على الحدود.",
    "عزى الأمير أسرتي الجنديين العريف سامي بن عمر والجندي أول هادي بن ناصر اللذين استشهدا في المركز.",
    "يذكر أن العريف سامي العمري والجندي أول هادي الزهراني استشهدوا بعد قصف المركز.",
    "القصيدة التي استشهد بها الخطيب قديمة.",
    "الذي استشهد",
    "استشهد",
    "الجندي الذي استشهد",
    "الجندي أول سامي والعريف هادي استشهدا",
    "قال المتحدث إن 3 جنود قتلوا أمس، وإن الجندي فهد الذي استشهد كان في المركز، والعريف سامي والجندي هادي استشهدوا.",
    "لم يقع أي حادث في المدينة أمس.",
]


def _old_killed_by_relative(finder: CasualtyFinder, doc: Document, first: int, last: int, out: list) -> list:
    """CasualtyFinder._killed_by_relative before speed41: every token of the span asked in Python."""
    toks = doc.seg.tokens
    found: list[Casualty] = []
    for k in range(first, last - 1):
        value = finder._martyr_relative(doc, k, last)
        if not value:
            continue
        lo = max(doc.sentence_bounds(doc.seg.sentence_of(k))[0], first, k - RELATIVE_REACH)
        people = [j for j in range(k - 1, lo - 1, -1) if toks[j].is_word and finder._a_person(toks[j].norm)]
        if not people or any(c.kind == "killed" and lo <= c.first_token < k for c in out):
            continue
        c = Casualty("killed", value, None, None, next(filter(None, map(finder._side_of, (toks[j].norm for j in people))),
                     None), k, k + 2, doc.seg.sentence_of(k), noun_last=k + 2, by_relative=True)
        c.names = finder._names_before(doc, people, k)
        found.append(c)
    return found


def _old_named_before_verb(finder: CasualtyFinder, doc: Document, first: int, last: int, out: list) -> list:
    """CasualtyFinder._named_before_verb before speed41: every token of the span asked in Python."""
    toks = doc.seg.tokens
    found: list[Casualty] = []
    for k in range(first, last):
        if toks[k].norm not in finder.lex.subject_verbs:
            continue
        lo = max(doc.sentence_bounds(doc.seg.sentence_of(k))[0], first, k - NAMED_SUBJECT_REACH)
        heads = [j for j in range(lo, k) if finder._named_head(toks[j].norm) and finder._name_after(doc, j, k)]
        if len(heads) < 2 or any(c.kind == "killed" and lo <= c.first_token < k for c in out):
            continue
        side = next(filter(None, map(finder._side_of, (toks[j].norm for j in heads))), None)
        c = Casualty("killed", len(heads), None, None, side, heads[0], k + 1, doc.seg.sentence_of(k),
                     noun_last=k + 1, by_relative=True)
        c.names = tuple(n for j in heads for n in finder._names(doc, j, [finder._name_after(doc, j, k)]))
        found.append(c)
    return found


def _doc(pipeline, text: str) -> Document:
    seg = segment(text)
    return Document(Article(id="t", text=text), seg, None, [], [], find_numbers(seg, pipeline.resources.numbers), [])


def test_the_martyrs_found_in_c_are_those_of_the_token_loops_over_every_span(pipeline):
    finder: CasualtyFinder = pipeline.resources.claims.casualties
    seen_relative = seen_named = 0
    for text in TEXTS:
        doc = _doc(pipeline, text)
        n = len(doc.seg.tokens)
        for first in range(n + 1):
            for last in range(first, n + 1):
                old = _old_killed_by_relative(finder, doc, first, last, [])
                assert finder._killed_by_relative(doc, first, last, []) == old, (text, first, last)
                named = _old_named_before_verb(finder, doc, first, last, [])
                assert finder._named_before_verb(doc, first, last, []) == named, (text, first, last)
                seen_relative += len(old)
                seen_named += len(named)
    # the texts do hold both constructions, so the comparison is not of empty lists only
    assert seen_relative > 0 and seen_named > 0


def test_a_count_already_told_still_keeps_the_relative_out(pipeline):
    finder: CasualtyFinder = pipeline.resources.claims.casualties
    doc = _doc(pipeline, TEXTS[0])
    n = len(doc.seg.tokens)
    told = [Casualty("killed", 1, None, None, None, 1, 2, 0, noun_last=2)]
    assert finder._killed_by_relative(doc, 0, n, told) == _old_killed_by_relative(finder, doc, 0, n, told) == []
    assert finder._killed_by_relative(doc, 0, n, [])[0].value == 1


def test_whole_texts_keep_their_tolls(pipeline):
    finder: CasualtyFinder = pipeline.resources.claims.casualties
    for text, tolls in [(TEXTS[0], [1]), (TEXTS[1], [2]), (TEXTS[2], [2]), (TEXTS[3], []), (TEXTS[9], [])]:
        doc = _doc(pipeline, text)
        found = finder.find(doc, 0, len(doc.seg.tokens))
        assert [c.value for c in found if c.by_relative] == tolls, text


# --- the writer's voice counted in C (genre.count_voice, genre._quoted) ---

VOICE_TEXTS = [
    "أعتقد أن الحل بيدنا، ونحن نرى ذلك. فهل ننتظر أكثر؟ لا بد أن نتحرك الآن!",
    'قال المتحدث: "نحن لن نقبل بذلك أبدا؟" وأضاف أن الوفد سيعود غدا.',
    "وتابع في تصريحات للصحفيين: إننا نرفض هذا ونعتقد أنه خطأ!\nوقالت الوزارة إن العمل مستمر.",
    "«نحن هنا» قالها الرجل، ثم سأل: لماذا؟\nفنحن لا نعرف.",
    "ذكرت الوكالة وأفادت المصادر بحسب البيان أن 3 أشخاص أصيبوا؟! ونحن نتابع.",
    '"غير مغلق ونحن نرى',
    "",
    "؟!",
]


def _old_quoted(seg, lex):
    """genre._quoted before speed41: every token stepped through in Python."""
    from rasd.extract.genre import _closing
    from rasd.text.segment import QUOTES
    toks = seg.tokens
    inside = [False] * len(toks)
    k = 0
    while k < len(toks):
        end = _closing(seg, k, lex) if not toks[k].is_word else None
        if end is None:
            k += 1
            continue
        inside[k + 1:end] = [True] * (end - k - 1)
        k = end + 1 if end < len(toks) and toks[end].text in QUOTES else end
    return inside


def _old_count_voice(seg, lex):
    """genre.count_voice before speed41: two calls of `_in` per word."""
    from rasd.extract.genre import _Count, _in
    inside = _old_quoted(seg, lex)
    c = _Count()
    for k, t in enumerate(seg.tokens):
        if t.is_word:
            c.words += 1
            if _in(t.norm, lex.reporting):
                c.reports += 1
            elif not inside[k] and _in(t.norm, lex.voice):
                c.voice += 1
        elif not inside[k] and t.norm in lex.marks:
            c.voice += 1
    return c


def test_the_voice_counted_in_c_is_the_voice_counted_word_by_word():
    from rasd.extract.genre import _quoted, count_voice, load_genre_lexicon
    from rasd.text.segment import Segmented
    lex = load_genre_lexicon()
    voiced = 0
    for text in VOICE_TEXTS:
        seg = segment(text)
        bare = Segmented(seg.text, seg.tokens, seg.sentences)      # built without its words and norms
        for s in (seg, bare):
            assert _quoted(s, lex) == _old_quoted(s, lex), text
            assert count_voice(s, lex) == _old_count_voice(s, lex), text
        voiced += count_voice(seg, lex).voice
    assert voiced > 0


def test_a_word_joined_to_a_listed_one_is_in_the_joined_set():
    from rasd.extract.genre import _in, _joined
    listed = frozenset(["نحن", "قال", "ف", "و"])
    for word in ["نحن", "ونحن", "فنحن", "وونحن", "بنحن", "قال", "وقال", "فقال", "ف", "و", "فف", "وو", "وف", "نح", "ا"]:
        assert (word in _joined(listed)) == _in(word, listed), word
    assert "" not in _joined(frozenset([""]))


# --- a name goes on only with a name's second word (PhraseMatcher.match_at, `_seconds`) ---

def _random_matcher(rng: random.Random, vocabulary: list[str]) -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for k in range(60):
        matcher.add(" ".join(rng.choice(vocabulary) for _ in range(rng.choice([1, 2, 2, 3, 4, 5]))), f"name{k}")
    return matcher


def test_names_are_matched_as_before_when_the_next_word_begins_no_second_word():
    vocabulary = ["جبل", "الشيخ", "عين", "الماء", "ابو", "بكر", "شمال", "المدينة", "القديمة", "في"]
    rng = random.Random(41)
    for round_ in range(6):
        matcher = _random_matcher(rng, vocabulary[:rng.randint(4, 9)])
        copy = pickle.loads(pickle.dumps(matcher))
        state = matcher.__getstate__()
        del state["_seconds"]                     # a matcher pickled before speed41 makes its set on loading
        older = PhraseMatcher.__new__(PhraseMatcher)
        older.__setstate__(state)
        lengths = set()
        for _ in range(200):
            text = " ".join(rng.choice(["و" + w if rng.random() < 0.2 else w for w in vocabulary + ["،"]])
                            for _ in range(rng.randint(1, 12)))
            tokens = segment(text).tokens
            for i in range(len(tokens)):
                m = matcher.match_at(tokens, i)
                assert m == old_match_at(matcher, tokens, i) == copy.match_at(tokens, i) == older.match_at(tokens, i), \
                    (round_, text, i)
                if m is not None:
                    lengths.add(m.last - m.first)
        assert {1, 2} <= lengths


def test_a_name_added_later_goes_on_with_its_second_word():
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("جبل", "one")
    tokens = segment("قصف جبل الشيخ أمس").tokens
    assert matcher.match_at(tokens, 1).payloads == ("one",)
    matcher.add("جبل الشيخ", "two")
    assert matcher.match_at(tokens, 1).payloads == ("two",)
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.match_at(tokens, 1).payloads == ("two",)
    copy.add("جبل العرب", "three")
    assert copy.match_at(segment("في جبل العرب").tokens, 1).payloads == ("three",)
    assert copy.match_at(segment("في جبل، الشيخ").tokens, 1).payloads == ("one",)


# --- a qualifier's words looked for only where one may begin (triggers._qualifier_within) ---

QUALIFIER_TEXTS = [
    "شنت طائرات التحالف غارات على مواقع المسلحين في المدينة أمس.",
    "فجر انتحاري نفسه بحزام ناسف قرب نقطة تفتيش، وقصفت المقاتلات الحربية مواقع أخرى.",
    "هاجم مسلحون بدعم جوي من طيران التحالف قرية في الريف، ثم انسحبوا.",
    "قصفت المدفعية والطائرات المسيرة الحي",
    "غارات",
]


def _old_qualifier_within(doc, lex, q, hit, span, anywhere):
    """triggers._qualifier_within before speed41: `match_at` asked at every token of the span."""
    from rasd.extract.events.triggers import _backing_before
    toks = doc.seg.tokens
    for k in range(*span):
        if hit.first <= k < hit.last and not anywhere:
            continue
        if q.words.match_at(toks, k) is not None and (anywhere or not _backing_before(doc, lex, k)):
            return True
    return False


def test_a_qualifier_is_found_where_the_token_by_token_loop_found_it(pipeline):
    from rasd.extract.events.model import Hit
    from rasd.extract.events.triggers import _qualifier_within
    lex = pipeline.resources.events.lex
    trig = next(iter(lex.triggers.phrases()))
    found = 0
    for text in QUALIFIER_TEXTS:
        doc = _doc(pipeline, text)
        n = len(doc.seg.tokens)
        for q in lex.qualifiers:
            for first in range(0, n, 2):
                hit = Hit("attack", first, first + 1, lex.triggers.get(trig)[0], 0)
                for lo in range(n + 1):
                    for hi in range(lo, n + 1):
                        for anywhere in (False, True):
                            old = _old_qualifier_within(doc, lex, q, hit, (lo, hi), anywhere)
                            assert _qualifier_within(doc, lex, q, hit, (lo, hi), anywhere) == old, (text, lo, hi)
                            found += old
    assert found > 0


# --- "بحسب", "نقلا عن" looked for only where such a phrase may begin (SpeakerReader._according) ---

ACCORDING_TEXTS = [
    "قتل 5 مدنيين في قصف على البلدة أمس بحسب المرصد السوري.",
    "ونقلا عن مصادر محلية، أصيب 3 أشخاص في الانفجار وفق ما أفاد مسؤول في الشرطة.",
    "بحسب",
    "أصيب جنديان، حسب بيان الجيش، في هجوم على نقطة تفتيش.",
]


def _old_according(reader, first, last, lo, hi):
    """SpeakerReader._according before speed41: `match_at` asked at every token before and after the figure."""
    toks = reader.toks
    for k in list(range(first - 1, lo - 1, -1)) + list(range(last, hi)):
        m = reader.lex.according_to.match_at(toks, k)
        if m is not None and m.last < hi:
            j = m.last
            if j + 1 < hi and reader.att.is_speech(toks[j].norm, toks[j + 1].norm):
                j += 1
            who = reader.who(j, hi)
            if who is not None:
                return who
    return None


def test_a_source_after_according_to_is_found_as_by_the_token_loop(pipeline):
    att = pipeline.resources.claims.attribution
    found = 0
    for text in ACCORDING_TEXTS:
        doc = _doc(pipeline, text)
        n = len(doc.seg.tokens)
        for first in range(n):
            for last in range(first, min(n, first + 3) + 1):
                for lo in range(first + 1):
                    for hi in range(last, n + 1):
                        reader = att.reader(doc)
                        old = _old_according(att.reader(doc), first, last, lo, hi)
                        assert reader._according(first, last, lo, hi) == old, (text, first, last, lo, hi)
                        found += old is not None
    assert found > 0


# --- a span's phrases asked only where one may begin (ClaimExtractor._over_time_or_places, _span_at) ---

SPAN_TEXTS = [
    "قتل 12 شخصا خلال الأيام الثلاثة الماضية في سلسلة من الهجمات على عدة مناطق.",
    "وتخوض القوات اشتباكات يخوضها منذ أسبوع على بلدتي الفوعة وكفريا، وأصيب 4 جنود.",
    "سقط 20 قتيلا منذ مساء الخميس في المعارك المتواصلة.",
    "منذ",
]


def test_a_span_is_read_at_the_tokens_the_old_loop_read_it(pipeline):
    claims = pipeline.resources.claims
    lex = claims.lex
    spans = 0
    for text in SPAN_TEXTS:
        doc = _doc(pipeline, text)
        n = len(doc.seg.tokens)
        for lo in range(n + 1):
            for hi in range(lo, n + 1):
                begins: set[int] = set()
                for matcher in (lex.span_openers, lex.since, lex.series, lex.several_places):
                    if matcher is not None:
                        begins.update(matcher.positions(doc.seg.words, lo, hi))
                for k in range(lo, hi):
                    # may_begin left True asks the four matchers at every token, as the loop before speed41 did
                    old = claims._span_at(doc, k, hi)
                    assert claims._span_at(doc, k, hi, k in begins) == old, (text, k)
                    spans += old
    assert spans > 0
