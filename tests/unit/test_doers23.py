"""doers23: a side named before a conjunction of time is not the doer of what follows it, and the misspelt
militia noun ("ميلشيات") is read as the militia noun.  Every sentence here is invented."""
from __future__ import annotations

import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str):
    return pipe.extract(Article(id="t", text=text, published="2015-07-20")).events


def _canon(a) -> str | None:
    return a.canonical if a is not None else None


def test_soldier_killed_when_a_mine_went_off_is_not_its_doer(pipe):
    evs = _events(pipe, "وقتل جندي عراقي عندما انفجر لغم أرضي بدورية عسكرية قرب مدينة بيجي.")
    bombs = [e for e in evs if e.type == "Explosions/Remote violence"]
    assert bombs
    assert all(_canon(e.actor1) != "Military Forces of Iraq" for e in bombs)


def test_soldiers_killed_while_a_bomb_went_off_told_by_the_army(pipe):
    evs = _events(pipe, "وقال الجيش إن جنديين قتلا وأصيب ثلاثة آخرون حينما انفجرت عبوة ناسفة بمركبة عسكرية "
                        "قرب مدينة الرمادي.")
    bombs = [e for e in evs if e.type == "Explosions/Remote violence"]
    assert bombs
    assert all(e.actor1 is None for e in bombs)


def test_doer_named_after_the_conjunction_is_kept(pipe):
    evs = _events(pipe, "وأعلن الجيش مقتل أربعة جنود حين فتح عناصر من تنظيم داعش النار على دورية قرب مدينة الرمادي.")
    assert any(_canon(e.actor1) == "Islamic State" for e in evs)


def test_subject_in_the_same_clause_still_leads(pipe):
    # guard: no conjunction of time between the subject and its verb
    evs = _events(pipe, "وقصفت قوات الجيش مواقع التنظيم قرب مدينة الرمادي.")
    assert any(_canon(e.actor1) == "Military Forces of Iraq" for e in evs)


def test_misspelt_militias_of_a_group(pipe):
    evs = _events(pipe, "وقالت مصادر إن ميلشيات الحوثي قصفت أحياء سكنية في مدينة تعز.")
    assert [_canon(e.actor1) for e in evs] == ["Houthi Movement"]


def test_misspelt_militias_with_the_article_and_an_adjective(pipe):
    evs = _events(pipe, "وأطلقت الميلشيات الحوثية قذائف الهاون على أحياء مدينة تعز.")
    assert any(_canon(e.actor1) == "Houthi Movement" for e in evs)


def test_misspelt_militias_before_another_group_name(pipe):
    evs = _events(pipe, "وقصفت ميلشيات الحشد الشعبي مواقع في مدينة الفلوجة.")
    assert any(_canon(e.actor1) == "PMF: Popular Mobilization Forces" for e in evs)


def test_right_spelling_still_read(pipe):
    evs = _events(pipe, "وقصفت ميليشيات الحوثي أحياء سكنية في مدينة تعز.")
    assert any(_canon(e.actor1) == "Houthi Movement" for e in evs)


@pytest.mark.parametrize("text", ["عندما", "ميلشيات", "حين"])
def test_one_word_texts(pipe, text):
    assert _events(pipe, text) == []
