"""`rasd eval` scores exactly as SCHEMA.md says (hand-made gold and predictions)."""
import pytest

from rasd.eval.scorer import actor_matches, dates_compatible, names_match, score, source_matches

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
