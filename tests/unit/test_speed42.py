"""speed42: work done where it cannot find anything, left out; the answers stay those of the code before.

- `PhraseMatcher.may_match`: the places where a name may begin at which `match_at` may find one (a one-word name,
  or a name's second word next); `PlaceRecogniser.find` asks the gazetteer only there.
- `_Begins.allegiant` and `_Begins.leader_force`: `ActorRecogniser._described_force` asks for a force named by its
  allegiance or its leader only where such a head may begin.

Every sentence here was written for these tests (none is taken from an article).
"""

import pickle
import random

from rasd.recognise.actors import _Begins
from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import segment, token_norms

VOCABULARY = ["جبل", "الشيخ", "عين", "الماء", "ابو", "بكر", "شمال", "المدينة", "القديمة", "في"]


def _random_matcher(rng: random.Random, vocabulary: list[str]) -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for k in range(40):
        matcher.add(" ".join(rng.choice(vocabulary) for _ in range(rng.choice([1, 2, 2, 3, 4]))), f"name{k}")
    return matcher


def _random_text(rng: random.Random) -> str:
    return " ".join(rng.choice(["و" + w if rng.random() < 0.2 else w for w in VOCABULARY + ["،", "."]])
                    for _ in range(rng.randint(1, 12)))


def test_a_name_is_found_only_where_may_match_says_it_may():
    rng = random.Random(42)
    kept = left = 0
    for round_ in range(8):
        matcher = _random_matcher(rng, VOCABULARY[:rng.randint(3, 9)])
        copy = pickle.loads(pickle.dumps(matcher))
        for _ in range(150):
            seg = segment(_random_text(rng))
            at = matcher.positions(seg.words)
            may = matcher.may_match(token_norms(seg), at)
            assert may == copy.may_match(token_norms(seg), at)
            assert set(may) <= set(at)
            for i in at:
                if matcher.match_at(seg.tokens, i) is not None:
                    assert i in may, (round_, seg.text.raw, i)
                    kept += 1
                elif i not in may:
                    left += 1
    assert kept and left       # both kinds met


def test_may_match_keeps_a_one_word_name_and_a_name_going_on():
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("جبل الشيخ", "two")
    matcher.add("عين", "one")
    seg = segment("قرب جبل البلدة وعين الماء وجبل الشيخ")
    at = matcher.positions(seg.words)
    assert at == [1, 3, 5]
    # "جبل البلدة": no name goes on with البلدة, and جبل alone is no name
    assert matcher.may_match(token_norms(seg), at) == [3, 5]
    # a name added later is seen at once
    matcher.add("جبل", "three")
    assert matcher.may_match(token_norms(seg), at) == [1, 3, 5]
    # the last token: only a one-word name
    seg = segment("صعدوا الجبل")
    assert matcher.may_match(token_norms(seg), matcher.positions(seg.words)) == []


def test_the_allegiant_and_leader_heads_begin_where_their_matchers_match(pipeline):
    lex = pipeline.resources.actors.lex
    texts = ["هاجمت قوات موالية للرئيس السابق مواقع في المدينة.",
             "قال مسلحون تابعون للجماعة إنهم سيطروا على الجبل، وإن جيش المخلوع انسحب.",
             "افتتح الوزير معرض الكتاب في العاصمة أمس."]
    for text in texts:
        seg = segment(text)
        may = _Begins(lex, seg.words)
        for i in range(len(seg.tokens)):
            if lex.allegiant_heads.match_at(seg.tokens, i) is not None:
                assert i in may.allegiant
            if lex.leader_force_heads.match_at(seg.tokens, i) is not None:
                assert i in may.leader_force
    seg = segment(texts[2])
    assert not _Begins(lex, seg.words).allegiant


def test_actors_and_places_of_whole_texts_are_found(pipeline):
    text = ("هاجمت قوات موالية للحوثيين مواقع في مدينة تعز، وقصفت جيش المخلوع صالح قرب جبل صبر. "
            "وقال مسؤول في عدن إن الهجوم أوقع قتلى.")
    seg = segment(text)
    places = {m.key for m in pipeline.resources.places.find(seg)}
    assert {"تعز", "عدن"} <= places


# --- PlaceRecogniser._starts_in: `any` only where a test may find something; directions where they may begin ---

PLACE_TEXTS = [
    "قصفت الطائرات مواقع على بعد 30 كلم جنوب غربي مدينة تعز أمس.",
    "وصل الوفد إلى شمال بغداد، ثم إلى الموصل وجنوب كركوك.",
    "قال المتحدث في الرياض إن #عدن آمنة، وإن الحي الثالث في المدينة هادئ.",
    "داهمت القوات قرية الشيخ سعيد غرب حلب، واعتقلت مسلحين في حي الوعر.",
    "افتتح الوزير معرض الكتاب في العاصمة أمس.",
]


def test_the_scan_visits_every_token_where_a_test_may_find_something(pipeline):
    places = pipeline.resources.places
    for text in PLACE_TEXTS:
        seg = segment(text)
        starts = places._starts_in(seg)
        found = set(places._starts.positions(seg.words))
        assert starts.any == sorted(starts.any)
        assert set(starts.any) == ((starts.cue | starts.name | starts.definite | starts.unseen) & found) | starts.hashtag
        # a listed name found by the matcher anywhere begins at a visited token
        for i in range(len(seg.tokens)):
            if places.names.match_at(seg.tokens, i) is not None:
                assert i in starts.name and i in starts.any, (text, i)


def test_directions_before_places_are_read(pipeline):
    found = {}
    for text in PLACE_TEXTS[:2] + PLACE_TEXTS[3:4]:
        for m in pipeline.resources.places.find(segment(text)):
            found[m.key] = (m.bearing, m.offset_km)
    assert found["تعز"] == (225.0, 30.0)
    assert found["بغداد"] == (0.0, None)
    assert found["الموصل"][0] is None
    assert found["كركوك"][0] is None          # وجنوب: و joins a second place
    assert found["حلب"][0] == 270.0


# --- ActorRecogniser._registry_at: the registry's name at a token, asked once for the scan and the coalition head ---

def test_the_registry_name_is_kept_for_the_coalition_head_even_where_a_seat_begins_a_country(pipeline):
    rec = pipeline.resources.actors
    seg = segment("زار الوزير المملكة المغربية أمس.")
    alias, reg = rec._registry_at(seg.tokens, 2, _Begins(rec.lex, seg.words))
    assert alias is not None and alias.phrase == ("المملكه",) and reg is None   # Morocco's name, not the seat
    seg = segment("قالت المملكة إن الهجوم فشل.")
    alias, reg = rec._registry_at(seg.tokens, 1, _Begins(rec.lex, seg.words))
    assert alias is reg is not None
    seg = segment("قالت الحكومة إن الهجوم فشل.")
    assert rec._registry_at(seg.tokens, 0, _Begins(rec.lex, seg.words)) == (None, None)


def test_a_coalition_named_by_its_leader_is_found(pipeline):
    rec = pipeline.resources.actors
    found = [(m.name, m.actor_id) for m in rec.find(segment("قصفت طائرات التحالف العربي الذي تقوده المملكة مواقع الحوثيين."))]
    assert found[0] == ("طائرات التحالف العربي الذي تقوده المملكة", "saudi-led-coalition")
    assert [(m.name, m.actor_id) for m in rec.find(segment("قالت المملكة إن الهجوم فشل."))] == \
        [("المملكة", "government-of-saudi-arabia")]
