"""doers23: a side named before a conjunction of time is not the doer of what follows it, and the misspelt
militia noun ("ميلشيات") is read as the militia noun.  Every sentence here is invented."""
from __future__ import annotations

import pytest
from event_helpers import canonical

from rasd.model import Article
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str):
    return pipe.extract(Article(id="t", text=text, published="2015-07-20")).events


def test_soldier_killed_when_a_mine_went_off_is_not_its_doer(pipe):
    evs = _events(pipe, "وقتل جندي عراقي عندما انفجر لغم أرضي بدورية عسكرية قرب مدينة بيجي.")
    bombs = [e for e in evs if e.type == "Explosions/Remote violence"]
    assert bombs
    assert all(canonical(e.actor1) != "Military Forces of Iraq" for e in bombs)


def test_soldiers_killed_while_a_bomb_went_off_told_by_the_army(pipe):
    evs = _events(pipe, "وقال الجيش إن جنديين قتلا وأصيب ثلاثة آخرون حينما انفجرت عبوة ناسفة بمركبة عسكرية "
                        "قرب مدينة الرمادي.")
    bombs = [e for e in evs if e.type == "Explosions/Remote violence"]
    assert bombs
    assert all(e.actor1 is None for e in bombs)


def test_doer_named_after_the_conjunction_is_kept(pipe):
    evs = _events(pipe, "وأعلن الجيش مقتل أربعة جنود حين فتح عناصر من تنظيم داعش النار على دورية قرب مدينة الرمادي.")
    assert any(canonical(e.actor1) == "Islamic State" for e in evs)


def test_subject_in_the_same_clause_still_leads(pipe):
    # guard: no conjunction of time between the subject and its verb
    evs = _events(pipe, "وقصفت قوات الجيش مواقع التنظيم قرب مدينة الرمادي.")
    assert any(canonical(e.actor1) == "Military Forces of Iraq" for e in evs)


def test_misspelt_militias_of_a_group(pipe):
    evs = _events(pipe, "وقالت مصادر إن ميلشيات الحوثي قصفت أحياء سكنية في مدينة تعز.")
    assert [canonical(e.actor1) for e in evs] == ["Houthi Movement"]


def test_misspelt_militias_with_the_article_and_an_adjective(pipe):
    evs = _events(pipe, "وأطلقت الميلشيات الحوثية قذائف الهاون على أحياء مدينة تعز.")
    assert any(canonical(e.actor1) == "Houthi Movement" for e in evs)


def test_misspelt_militias_before_another_group_name(pipe):
    evs = _events(pipe, "وقصفت ميلشيات الحشد الشعبي مواقع في مدينة الفلوجة.")
    assert any(canonical(e.actor1) == "PMF: Popular Mobilization Forces" for e in evs)


def test_right_spelling_still_read(pipe):
    evs = _events(pipe, "وقصفت ميليشيات الحوثي أحياء سكنية في مدينة تعز.")
    assert any(canonical(e.actor1) == "Houthi Movement" for e in evs)


@pytest.mark.parametrize("text", ["عندما", "ميلشيات", "حين"])
def test_one_word_texts(pipe, text):
    assert _events(pipe, text) == []


def test_side_after_min_past_a_word_of_ground_lost_it(pipe):
    evs = _events(pipe, "وقال الضابط إن الجنود طهروا عدة قرى من مقاتلي بوكو حرام في ولاية يوبي.")
    taken = [e for e in evs if "territory" in e.sub_type]
    assert taken
    assert all(canonical(e.actor1) != "Boko Haram" for e in taken)
    assert any(canonical(e.actor2) == "Boko Haram" for e in taken)


def test_regime_regains_villages_from_the_rebels(pipe):
    evs = _events(pipe, "واستعادت قوات النظام السوري السيطرة على عدد من القرى من مقاتلي المعارضة في ريف حماة.")
    taken = [e for e in evs if "territory" in e.sub_type]
    assert taken and all(canonical(e.actor1) != "Opposition Rebels (Syria)" for e in taken)


def test_fighters_of_a_group_before_the_ground_take_it(pipe):
    # guard: "مقاتلون من التنظيم" before على names the takers, not the losers
    evs = _events(pipe, "وسيطر مقاتلون من تنظيم داعش على قرى في ريف حلب الشرقي.")
    assert any(canonical(e.actor1) == "Islamic State" for e in evs)


def test_side_holding_a_stronghold_is_not_its_taker(pipe):
    evs = _events(pipe, "وأعلن وزير الدفاع أن القوات الحكومية الصومالية تمكنت بدعم من قوات حليفة من السيطرة على "
                        "معقل لحركة الشباب في جنوب البلاد.")
    taken = [e for e in evs if "territory" in e.sub_type]
    assert taken
    assert all(canonical(e.actor1) != "Al Shabaab" for e in taken)
    assert any(canonical(e.actor2) == "Al Shabaab" for e in taken)


def test_stronghold_of_a_side_hit_by_a_strike(pipe):
    evs = _events(pipe, "وقصفت طائرات التحالف المعقل الرئيسي للحوثيين في محافظة صعدة.")
    assert all(canonical(e.actor1) != "Houthi Movement" for e in evs)


def test_taking_told_again_without_its_taker_is_one_event(pipe):
    evs = _events(pipe, "أعلن الوزير أن القوات الحكومية الصومالية تمكنت من السيطرة على معقل لحركة الشباب في جنوب "
                        "البلاد. وقال قائد الجيش للصحافيين: «لقد سيطرت قواتنا على بلدة دينسور وفر المسلحون».")
    taken = [e for e in evs if "territory" in e.sub_type]
    assert len(taken) == 1
    assert taken[0].sub_type == "Government regains territory"


def test_side_completing_a_post_before_a_taking_holds_it(pipe):
    evs = _events(pipe, "وقالت مصادر في تعز إن المقاومة الشعبية اقتحمت معقل مليشيات الحوثي شرق المدينة وسيطرت على "
                        "مواقع مهمة.")
    taken = [e for e in evs if "territory" in e.sub_type]
    assert taken and all(canonical(e.actor1) != "Houthi Movement" for e in taken)


def test_aircraft_of_a_side_before_a_strike_still_strike(pipe):
    # guard: the construct owner counts only before a taking of ground
    evs = _events(pipe, "وقالت مصادر إن طائرات التحالف قصفت مواقع في محافظة صعدة.")
    assert any(canonical(e.actor1) == "Saudi-led Coalition" for e in evs)
