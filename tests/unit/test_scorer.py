"""`rasd eval` scores exactly as SCHEMA.md says: hand-made gold and predictions, and the same JSON
as the reference scorer (../shared/tools/score.py) on every gold file and on predictions made to
stress the rules."""
import copy
import datetime
import importlib.util
import itertools
import json
import random
from pathlib import Path

import pytest

from rasd.eval.assignment import best_pairing
from rasd.eval.scorer import (
    actor_matches,
    dates_compatible,
    load_jsonl,
    match_events,
    names_match,
    score,
    source_matches,
)

GOLD = {
    "a": {
        "id": "a", "text": "...",
        "places": [
            {"name": "بني وليد", "lat": 31.75, "lon": 13.98, "aliases": ["بين وليد"]},
            {"name": "الجزائر", "lat": 28.0, "lon": 2.6},
            {"name": "منفذ التوم", "lat": 22.6, "lon": 14.2, "aliases": ["التوم"]},
        ],
        "actors": [
            {"name": "داعش", "canonical": "Islamic State", "aliases": ["تنظيم الدولة"]},
            {"name": "الجيش التونسي", "canonical": "Military Forces of Tunisia", "aliases": []},
        ],
        "events": [
            {"type": "Battles", "sub_type": "Armed clash", "date": "2016-03", "place": "بني وليد",
             "lat": 31.75, "lon": 13.98, "actor1": "Islamic State", "actor2": None, "fatalities": 3},
            {"type": "Explosions/Remote violence", "sub_type": "Suicide bomb", "date": None, "place": "منفذ التوم",
             "lat": 22.6, "lon": 14.2, "actor1": None, "actor2": None, "fatalities": None},
        ],
        "movements": [{"actor": "Islamic State", "path": ["منفذ التوم", "بني وليد", "الجزائر"]}],
        "claims": [{"quantity": "fighters", "actor": "Islamic State", "value": None, "low": None, "high": 200,
                    "source": ["Military Forces of Tunisia", "محمد علي"]}],
    }
}


def test_perfect_prediction_scores_one():
    res = score(GOLD, GOLD)
    for k in ("places", "actors", "events", "movements", "claims"):
        assert res[k]["f1"] == 1.0, k
    assert res["places"]["acc161"] == 1.0
    assert res["events"]["matched_field_acc"] == {"sub_type": 1.0, "actor1": 1.0, "fatalities": 1.0, "date": 1.0}


def test_place_rule_alias_article_and_distance():
    pred = {"a": {"id": "a", "places": [
        {"name": "وبني وليد", "lat": 31.7, "lon": 14.0},     # proclitic left on: no match
        {"name": "جزائر", "lat": 36.7, "lon": 3.0},          # without the article: match, but 970 km off
        {"name": "التوم", "lat": 22.6, "lon": 14.2},         # alias
    ]}}
    res = score(GOLD, pred)
    assert res["places"]["tp"] == 2 and res["places"]["pred"] == 3 and res["places"]["gold"] == 3
    assert res["places"]["acc161"] == 0.5


def test_actor_rule_by_arabic_alias_or_english_canonical():
    gold_actors = GOLD["a"]["actors"]
    assert actor_matches({"name": "تنظيم الدولة", "canonical": None}, "Islamic State", gold_actors)
    assert actor_matches({"name": "x", "canonical": "islamic state"}, "Islamic State", gold_actors)
    assert not actor_matches({"name": "القاعدة", "canonical": "al-Qaeda"}, "Islamic State", gold_actors)
    assert actor_matches(None, None, gold_actors)
    assert not actor_matches(None, "Islamic State", gold_actors)


def test_events_need_type_place_and_compatible_dates():
    pred = {"a": {"id": "a", "events": [
        {"type": "Battles", "sub_type": "Attack", "date": "2016-03-15", "place": "غير", "lat": 31.8, "lon": 14.1,
         "actor1": "داعش", "fatalities": 3},                      # place by distance (< 50 km), date inside the month
        {"type": "Explosions/Remote violence", "sub_type": "Suicide bomb", "date": "2017", "place": "التوم",
         "fatalities": None},                                     # gold date null: any date is compatible
        {"type": "Battles", "sub_type": "Armed clash", "date": "2015", "place": "بني وليد"},  # no gold left
    ]}}
    res = score(GOLD, pred)
    assert res["events"]["tp"] == 2
    acc = res["events"]["matched_field_acc"]
    assert acc["sub_type"] == 0.5 and acc["actor1"] == 1.0 and acc["fatalities"] == 1.0 and acc["date"] == 0.0


@pytest.mark.parametrize("a, b, ok", [
    ("2016-03", "2016-03-31", True), ("2016", "2016-12", True), ("2016-03", "2016-04-01", False),
    (None, "2016", True), ("2016-02-29", "2016-02-29", True), ("2015", "2016", False),
])
def test_date_compatibility(a, b, ok):
    assert dates_compatible(a, b) is ok


def test_movement_needs_half_the_gold_path_and_the_actor():
    half = {"a": {"id": "a", "movements": [{"actor": "داعش", "path": ["التوم", "الجزائر"]}]}}
    assert score(GOLD, half)["movements"]["tp"] == 1
    wrong_actor = {"a": {"id": "a", "movements": [{"actor": "القاعدة", "path": ["التوم", "الجزائر"]}]}}
    assert score(GOLD, wrong_actor)["movements"]["tp"] == 0
    short = {"a": {"id": "a", "movements": [{"actor": "داعش", "path": ["الجزائر"]}]}}
    assert score(GOLD, short)["movements"]["tp"] == 0


def test_claims_match_on_any_bound_and_score_sources():
    pred = {"a": {"id": "a", "claims": [
        {"quantity": "fighters", "value": 200, "high": 200, "source": "الرائد محمد علي"}]}}
    res = score(GOLD, pred)
    assert res["claims"]["tp"] == 1 and res["claims"]["source_acc"] == 1.0
    assert not source_matches("علي", "محمد علي", [])        # one word is not enough
    assert source_matches(["مصدر", "Military Forces of Tunisia"], "Military Forces of Tunisia",
                          GOLD["a"]["actors"])


def test_names_match():
    assert names_match("#البنيان_المرصوص", ["البنيان المرصوص"])
    assert names_match("ليبيا", ["ليبيا"])
    assert not names_match("", ["ليبيا"])


# --- SCHEMA.md's own normalisation, not the pipeline's -------------------------------------------

@pytest.mark.parametrize("pred, gold", [
    ("بنڤردان", "بنقردان"),     # Maghrebi veh is not qaf
    ("کابل", "كابل"),           # Persian keheh is not kaf
    ("ديالی", "ديالى"),         # Persian yeh is neither ى nor ي
    ("گرمسير", "كرمسير"),       # gaf
    ("ﻟﻴﺒﻴﺎ", "ليبيا"),           # presentation forms
    ("ولاية ٣", "ولاية 3"),      # Eastern digits
])
def test_letters_schema_does_not_fold_do_not_match(pred, gold):
    from rasd.text.normalise import norm as pipeline_norm

    assert not names_match(pred, [gold])
    assert pipeline_norm(pred) == pipeline_norm(gold)   # the pipeline's normaliser would have matched them


@pytest.mark.parametrize("pred, gold", [
    ("الجُفْرة", "الجفرة"),       # diacritics
    ("الجفـــرة", "الجفره"),      # tatweel, ة -> ه
    ("إجدابيا", "اجدابيا"), ("آمرلي", "امرلي"), ("ٱلرقة", "الرقة"),
    ("الموصلى", "الموصلي"), ("مؤتة", "موتة"), ("بئر الغنم", "بير الغنم"),
    ("#سرت", "سرت"), ("وادي_سوف", "وادي سوف"), ("  بني   وليد ", "بني وليد"),
    ("جزائر", "الجزائر"), ("بني الوليد", "بني وليد"),
])
def test_schema_normalisation_and_article_rule(pred, gold):
    assert names_match(pred, [gold])


def test_a_three_letter_word_keeps_its_al():
    assert not names_match("م", ["الم"])
    assert names_match("الم", ["الم"])


def test_a_week_spans_its_first_day_and_the_six_after():
    assert dates_compatible("2016-08-04", "2016-08-10", "week", "day")
    assert not dates_compatible("2016-08-04", "2016-08-11", "week", "day")
    assert dates_compatible("2016-08-29", "2016-09", "week", "month")      # across a month's end
    assert not dates_compatible("2016-08-04", "2016-08-10", "day", "day")
    assert dates_compatible("2016-08", "2016-08-31", "week", "day")        # "week" of a month is the month


# --- the optimal pairing ----------------------------------------------------------------------

def _brute_force_best(weights, n, m):
    """(pairs, weight) of the best pairing, trying every injection of the smaller side."""
    best = (0, 0)
    small, large = (n, m) if n <= m else (m, n)
    for chosen in itertools.permutations(range(large), small):
        pairs = [(i, j) if n <= m else (j, i) for i, j in zip(range(small), chosen)]
        pairs = [p for p in pairs if p in weights]
        best = max(best, (len(pairs), sum(weights[p] for p in pairs)))
    return best


def test_best_pairing_is_optimal_on_random_small_problems():
    # weights as the event rule builds them: 0 = not allowed, else a pair bonus plus 0-4 agreements
    rng = random.Random(7)
    for _ in range(400):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        matrix = [[100 + rng.randint(0, 4) if rng.random() < 0.55 else 0 for _ in range(m)] for _ in range(n)]
        pairs = [(i, j) for i, j in best_pairing(matrix) if matrix[i][j] > 0]
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
        weights = {(i, j): w for i, row in enumerate(matrix) for j, w in enumerate(row) if w}
        assert (len(pairs), sum(weights[p] for p in pairs)) == _brute_force_best(weights, n, m)


def _event(sub, actor1, fatalities, date=None, place="سرت"):
    return {"type": "Battles", "sub_type": sub, "actor1": actor1, "fatalities": fatalities,
            "date": date, "place": place}


def test_greedy_order_would_lose_a_pair_that_the_optimal_pairing_keeps():
    # the first prediction fits both gold events; taken greedily by the first, the second is lost
    gold = {"a": {"id": "a", "events": [_event("Armed clash", None, None, "2016-03"),
                                        _event("Armed clash", None, None, "2016-03-05")]}}
    pred = {"a": {"id": "a", "events": [_event("Armed clash", None, None, "2016-03-05"),
                                        _event("Armed clash", None, None, "2016-03-20")]}}
    assert score(gold, pred)["events"]["tp"] == 2


def test_match_events_lists_every_gold_event_in_order():
    gold = {"events": [_event("Armed clash", None, None, place="سرت"), _event("Attack", None, None, place="درنة")]}
    pred = {"events": [_event("Attack", None, None, place="درنة")]}
    pairs = match_events(gold, pred)
    assert [g["place"] for g, _ in pairs] == ["سرت", "درنة"]
    assert pairs[0][1] is None and pairs[1][1] is pred["events"][0]


# --- parity with the reference scorer (../shared/tools/score.py) --------------------------------

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
GOLD_FILES = ("seeds", "dev", "dev-snn")
REFERENCE = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is not there (../shared beside the project): no reference scorer to compare with")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dump(res: dict) -> str:
    return json.dumps(res, sort_keys=True, ensure_ascii=False)


def _reordered(docs: dict, seed: int, keys=("places", "actors", "events", "movements", "claims")) -> dict:
    rng = random.Random(seed)
    out = copy.deepcopy(docs)
    for d in out.values():
        for key in keys:
            if isinstance(d.get(key), list):
                rng.shuffle(d[key])
    return out


def same_as_reference(reference, gold: dict, pred: dict) -> str:
    """'same' when rasd eval's JSON is the reference scorer's, byte for byte (else the assertion fails)."""
    assert _dump(score(gold, pred)) == _dump(reference.score(gold, pred))
    return "same"


def _gold(name: str) -> dict:
    return load_jsonl(GOLD_DIR / f"{name}.jsonl")


@pytest.mark.parametrize("name", GOLD_FILES)
def test_parity_gold_against_itself_and_against_nothing(reference, name):
    gold = _gold(name)
    assert same_as_reference(reference, gold, gold) == "same"
    assert same_as_reference(reference, gold, {}) == "same"
    nulls = {k: {"id": k, "places": None, "actors": [], "events": None, "movements": [], "claims": None}
             for k in gold}
    assert same_as_reference(reference, gold, nulls) == "same"


def _pick(rng: random.Random, items: list) -> list:
    return [x for x in items if rng.random() < 0.7]


def _vary_name(rng: random.Random, name, aliases=()):
    """A spelling of a name that the rules accept or refuse, at random."""
    if not isinstance(name, str) or not name:
        return name
    choices = [
        lambda s: rng.choice(list(aliases)) if aliases else s,
        lambda s: s[2:] if s.startswith("ال") else "ال" + s,            # the article
        lambda s: s.replace("ي", "ی").replace("ك", "ک").replace("ق", "ڤ"),   # Persian/Maghrebi letters
        lambda s: "#" + s.replace(" ", "_"),
        lambda s: s.replace("ة", "ه").replace("أ", "ا").replace("إ", "ا"),
        lambda s: s[:1] + "\u064e" + s[1:] + "\u0640",                      # a fatha and a tatweel
        lambda s: "و" + s,                                                  # a proclitic left on
        lambda s: s,
    ]
    return rng.choice(choices)(name)


def _vary_place(rng, p):
    q = dict(p, name=_vary_name(rng, p.get("name"), p.get("aliases") or ()))
    q.pop("aliases", None)
    if q.get("lat") is not None and rng.random() < 0.5:
        q["lat"] = q["lat"] + rng.choice([0.05, 0.4, 1.2, 3.0])
    if rng.random() < 0.1:
        q["lat"] = q["lon"] = None
    return q


def _vary_actor(rng, a):
    q = {"name": _vary_name(rng, a.get("name"), a.get("aliases") or ()), "canonical": a.get("canonical")}
    r = rng.random()
    if r < 0.3:
        q["canonical"] = None
    elif r < 0.5 and q["canonical"]:
        q["canonical"] = q["canonical"].lower()
    elif r < 0.6:
        q["canonical"] = "Someone Else"
    return q


def _vary_date(rng, date, precision):
    if not date or rng.random() < 0.4:
        return date, precision
    d = str(date)
    options = [(None, "unknown"), (d[:4], "year"), (d[:7], "month"), (str(int(d[:4]) + 1) + d[4:], precision)]
    if len(d) >= 10:
        day = datetime.date.fromisoformat(d[:10])
        for back in (0, 3, 6, 7):
            options.append(((day - datetime.timedelta(days=back)).isoformat(), "week"))
    elif len(d) == 7:
        options += [(d + "-28", "week"), (d + "-15", "day")]
    return rng.choice(options)


def _vary_actor_ref(rng, label, gold_actors):
    if label is None or rng.random() < 0.5:
        return label if rng.random() < 0.9 else None
    named = [a for a in gold_actors if label in (a.get("canonical"), a.get("name"))]
    if named and rng.random() < 0.5:
        return _vary_actor(rng, named[0])
    return label.upper() if rng.random() < 0.3 else label


def _vary_event(rng, e, gold):
    q = dict(e)
    q["date"], q["date_precision"] = _vary_date(rng, e.get("date"), e.get("date_precision"))
    if rng.random() < 0.3:
        q["sub_type"] = "Other"
    if rng.random() < 0.3:
        q["fatalities"] = rng.choice([None, 0, (e.get("fatalities") or 0) + 1])
    q["actor1"] = _vary_actor_ref(rng, e.get("actor1"), gold.get("actors") or [])
    if rng.random() < 0.3:
        q["place"] = _vary_name(rng, e.get("place"))
    if rng.random() < 0.2 and q.get("lat") is not None:
        q["place"] = "مكان ما"                                          # by coordinates only
        q["lat"] = q["lat"] + rng.choice([0.1, 0.3, 0.6])
    if rng.random() < 0.05:
        q["type"] = "Protests"
    return q


def _vary_claim(rng, c):
    q = dict(c)
    if rng.random() < 0.3 and q.get("value") is not None:
        q["low"], q["value"] = q["value"], None
    if rng.random() < 0.2:
        q["value"] = (q.get("value") or 0) + 1
    src = c.get("source")
    r = rng.random()
    if isinstance(src, str) and r < 0.3:
        q["source"] = "الرائد " + src
    elif isinstance(src, list) and src and r < 0.3:
        q["source"] = src[0]
    elif r < 0.4:
        q["source"] = None
    elif r < 0.5:
        q["source"] = [src, "مصدر آخر"] if src else []
    return q


def _vary_movement(rng, m):
    path = list(m.get("path") or [])
    r = rng.random()
    if r < 0.3:
        path = path[: max(1, len(path) // 2)]
    elif r < 0.5:
        path = list(reversed(path))
    path = [_vary_name(rng, x) for x in path]
    return {"actor": m.get("actor") if rng.random() < 0.8 else "القاعدة", "path": path}


def perturbed(gold: dict, seed: int) -> dict:
    """A prediction made from the gold by dropping, misspelling, moving, redating and reordering."""
    rng = random.Random(seed)
    out = {}
    for doc_id, g in gold.items():
        if rng.random() < 0.05:
            continue                                                    # an article with no prediction
        p = {"id": doc_id,
             "places": [_vary_place(rng, x) for x in _pick(rng, g.get("places") or [])],
             "actors": [_vary_actor(rng, x) for x in _pick(rng, g.get("actors") or [])],
             "events": [_vary_event(rng, x, g) for x in _pick(rng, g.get("events") or [])],
             "movements": [_vary_movement(rng, x) for x in _pick(rng, g.get("movements") or [])],
             "claims": [_vary_claim(rng, x) for x in _pick(rng, g.get("claims") or [])]}
        p["events"] += [_vary_event(rng, x, g) for x in (g.get("events") or []) if rng.random() < 0.15]  # repeats
        out[doc_id] = p
    return _reordered(out, seed)


@pytest.mark.parametrize("name", GOLD_FILES)
def test_parity_on_perturbed_predictions(reference, name):
    gold = _gold(name)
    for seed in range(6):
        assert same_as_reference(reference, gold, perturbed(gold, seed)) == "same"


@pytest.mark.parametrize("name", GOLD_FILES)
def test_parity_on_the_pipelines_predictions(reference, pipeline, name):
    from rasd.eval.run import predict_gold

    gold = _gold(name)
    assert same_as_reference(reference, gold, predict_gold(gold, pipeline)) == "same"


SYNTHETIC_GOLD = {
    "s1": {
        "id": "s1",
        "places": [{"name": "بنقردان", "lat": 33.14, "lon": 11.22, "aliases": ["بن قردان"]},
                   {"name": "كابل", "lat": 34.53, "lon": 69.17},
                   {"name": "الجزائر", "lat": 36.75, "lon": 3.06},
                   {"name": "سرت", "lat": 31.2, "lon": 16.59}],
        "actors": [{"name": "داعش", "canonical": "Islamic State", "aliases": ["تنظيم الدولة"]},
                   {"name": "الجيش التونسي", "canonical": "Military Forces of Tunisia", "aliases": ["وزارة الدفاع"]}],
        "events": [
            {"type": "Battles", "sub_type": "Armed clash", "date": "2016-03-07", "date_precision": "day",
             "place": "بنقردان", "lat": 33.14, "lon": 11.22, "actor1": "Islamic State", "fatalities": 5},
            {"type": "Battles", "sub_type": "Armed clash", "date": "2016-03-01", "date_precision": "week",
             "place": "بنقردان", "lat": 33.14, "lon": 11.22, "actor1": "Military Forces of Tunisia",
             "fatalities": None},
            {"type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "date": "2016-08",
             "date_precision": "month", "place": "سرت", "lat": 31.2, "lon": 16.59, "actor1": None,
             "fatalities": 0},
            {"type": "Explosions/Remote violence", "sub_type": "Suicide bomb", "date": None,
             "date_precision": "unknown", "place": "كابل", "lat": 34.53, "lon": 69.17, "actor1": "داعش",
             "fatalities": 12},
        ],
        "movements": [{"actor": "Islamic State", "path": ["سرت", "بنقردان", "الجزائر"]},
                      {"actor": None, "path": ["كابل", "الجزائر"]}],
        "claims": [{"quantity": "killed", "value": 5, "low": None, "high": None, "source": "محمد علي"},
                   {"quantity": "fighters", "value": None, "low": 200, "high": 300,
                    "source": ["Military Forces of Tunisia", "بلحسن الوسلاتي"]},
                   {"quantity": "captured", "value": 3, "source": None}],
    },
    "s2": {"id": "s2", "places": [], "actors": None, "events": [], "movements": None},
}

SYNTHETIC_PREDICTIONS = {
    "everything right, every list reversed": {
        "s1": {k: list(reversed(v)) if isinstance(v, list) else v for k, v in SYNTHETIC_GOLD["s1"].items()}},
    "aliases, the article, # and _": {"s1": {
        "places": [{"name": "بن_قردان", "lat": 33.2, "lon": 11.3}, {"name": "جزائر", "lat": 36.7, "lon": 3.0},
                   {"name": "#سرت"}],
        "actors": [{"name": "تنظيم الدولة", "canonical": None}, {"name": "وزارة الدفاع", "canonical": None}],
        "events": [{"type": "Battles", "sub_type": "Armed clash", "date": "2016-03", "place": "بن قردان",
                    "actor1": {"name": "الجيش التونسي", "canonical": None}, "fatalities": None}],
        "movements": [{"actor": "تنظيم الدولة", "path": ["بن قردان", "جزائر"]}],
        "claims": [{"quantity": "killed", "value": 5, "source": "الرائد محمد علي"}]}},
    "Persian and Maghrebi letters that SCHEMA does not fold": {"s1": {
        "places": [{"name": "بنڤردان", "lat": 33.14, "lon": 11.22}, {"name": "کابل", "lat": 34.53, "lon": 69.17}],
        "actors": [{"name": "داعش", "canonical": "islamic state"}],
        "events": [{"type": "Explosions/Remote violence", "sub_type": "Suicide bomb", "date": "2015",
                    "place": "کابل", "actor1": "داعش", "fatalities": 12},
                   {"type": "Battles", "sub_type": "Armed clash", "date": "2016-03-07", "place": "بنڤردان",
                    "lat": 33.5, "lon": 11.2, "actor1": "Islamic State", "fatalities": 5}],
        "movements": [{"actor": "داعش", "path": ["کابل", "الجزائر"]}]}},
    "week dates": {"s1": {"events": [
        {"type": "Battles", "sub_type": "Armed clash", "date": "2016-03-04", "date_precision": "week",
         "place": "بنقردان", "actor1": "Islamic State", "fatalities": 5},
        {"type": "Battles", "sub_type": "Armed clash", "date": "2016-02-24", "date_precision": "week",
         "place": "بنقردان", "actor1": None, "fatalities": None},
        {"type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "date": "2016-07-29",
         "date_precision": "week", "place": "سرت", "fatalities": 0}]}},
    "dates that do not fit and places 49 and 60 km away": {"s1": {"events": [
        {"type": "Battles", "sub_type": "Armed clash", "date": "2016-04", "place": "مدنين",
         "lat": 33.14 + 49 / 111.2, "lon": 11.22, "actor1": "Islamic State", "fatalities": 5},
        {"type": "Battles", "sub_type": "Armed clash", "date": "2016-03-02", "place": "مدنين",
         "lat": 33.14 - 60 / 111.2, "lon": 11.22},
        {"type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "date": "2016-08-31",
         "place": "الوادي", "lat": 31.3, "lon": 16.59}]}},
    "nulls and missing fields": {"s1": {
        "places": [{"name": None}, {"name": ""}, {"name": "سرت", "lat": None, "lon": 16.6}],
        "actors": [{"name": None, "canonical": None}, {}],
        "events": [{"type": None, "place": None, "date": None}, {"type": "Battles"}],
        "movements": [{"actor": None, "path": []}, {"path": ["سرت"]}],
        "claims": [{"quantity": "fighters", "value": None, "low": None, "high": 300, "source": []},
                   {"quantity": "captured", "value": 3, "source": None}, {"quantity": "killed"}]},
        "s2": {"places": None, "events": None}},
    "nothing for one article, empty lists for the other": {"s2": {"places": [], "events": []}},
}


@pytest.mark.parametrize("case", list(SYNTHETIC_PREDICTIONS))
def test_parity_on_synthetic_predictions(reference, case):
    pred = {k: dict(v, id=k) for k, v in SYNTHETIC_PREDICTIONS[case].items()}
    assert same_as_reference(reference, SYNTHETIC_GOLD, pred) == "same"
    for seed in range(6):
        assert same_as_reference(reference, _reordered(SYNTHETIC_GOLD, seed), _reordered(pred, seed + 1)) == "same"
