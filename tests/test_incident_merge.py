"""Reports of one incident from several articles become one stored event (rasd/store/dedup.py).

Each test stores reports written for it (invented articles, built as extractions so that every merge
rule is tried on its own) in a real SQLite store; the last tests run two writers at once on SQLite and
on PostgreSQL.
"""
from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import select

from rasd.model import Actor, ActorRef, Article, Event, Extraction, PlaceRef, Span
from rasd.store.db import Store
from rasd.store.schema import ClaimRow, EventRow

# a Turkish border town, the same town under another spelling, and the Syrian town across the border
TOWN = dict(id="gn:300075", name="سروج", name_en="Suruç", country="TR", lat=36.976, lon=38.425, kind="city")
TOWN_AGAIN = dict(TOWN, name="سوروج")
ACROSS = dict(id="gn:172256", name="عين العرب", name_en="Ayn al Arab", country="SY", lat=36.891, lon=38.353,
              kind="town")
ARMED = {"داعش": ("Islamic State", "non-state armed group"), "الكردستاني": ("PKK", "non-state armed group"),
         "الأمم المتحدة": ("United Nations", "international organisation")}


def report(n: int, sub: str = "Suicide bomb", date: str | None = "2015-07-20", place: dict = TOWN,
           actor1: str | None = None, toll: int | None = None, published: str = "2015-07-21",
           etype: str | None = None) -> Extraction:
    text = f"تقرير رقم {n} عن انفجار في البلدة."
    types = {"Suicide bomb": "Explosions/Remote violence", "Remote explosive/landmine/IED": "Explosions/Remote violence",
             "Attack": "Violence against civilians", "Armed clash": "Battles", "Arrests": "Strategic developments",
             "Disrupted weapons use": "Strategic developments"}
    actors = []
    ref = None
    if actor1:
        canonical, kind = ARMED[actor1]
        actors.append(Actor(actor1, canonical, f"t:{canonical}", kind, None, [Span(0, 3, text[:3])]))
        ref = ActorRef(actor1, canonical, f"t:{canonical}", kind=kind)
    e = Event(etype or types[sub], sub, Span(0, len(text), text), Span(14, 19, text[14:19]), date,
              "day" if date else "unknown", PlaceRef(**place), ref, None, toll)
    art = Article(id=f"a{n}", text=text, outlet=f"paper{n}", published=published)
    return Extraction(art, actors=actors, events=[e])


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'merge.sqlite'}")
    yield s
    s.close()


def stored(store: Store) -> list[EventRow]:
    with store.Session() as s:
        return list(s.scalars(select(EventRow).order_by(EventRow.id)))


def test_two_spellings_of_one_place_and_a_vaguer_report_are_one_incident(store):
    store.save(report(1, "Remote explosive/landmine/IED"))
    store.save(report(2, "Suicide bomb", place=TOWN_AGAIN))
    store.save(report(3, "Attack"))                      # "the attack on the gathering": the bombing told vaguely
    [row] = stored(store)
    assert row.n_sources == 3 and row.sub_event_type == "Suicide bomb"   # the more specific report refines it


def test_the_town_across_the_border_is_another_place(store):
    store.save(report(1))
    store.save(report(2, place=ACROSS))
    assert len(stored(store)) == 2


def test_a_day_apart_a_bombing_is_one_incident_and_takes_the_day_most_reports_give(store):
    store.save(report(1, date="2015-07-21"))          # "today" in a paper printed the morning after
    store.save(report(2))
    store.save(report(3))
    [row] = stored(store)
    assert row.event_date == "2015-07-20" and row.n_sources == 3


def test_clashes_on_two_days_stay_two_incidents(store):
    store.save(report(1, "Armed clash", date="2015-07-20"))
    store.save(report(2, "Armed clash", date="2015-07-21"))
    assert len(stored(store)) == 2


def test_an_arrest_and_a_seizure_in_one_town_are_two_incidents(store):
    store.save(report(1, "Arrests"))
    store.save(report(2, "Disrupted weapons use"))
    assert len(stored(store)) == 2


def test_an_undated_mention_joins_the_incident_of_the_days_before_its_article(store):
    store.save(report(1))
    store.save(report(5))
    store.save(report(2, date="2015-07-24", published="2015-07-24"))   # a misdated single report
    store.save(report(3, date=None, published="2015-07-27"))           # the incident most reports are about
    store.save(report(4, date=None, published="2015-09-30"))            # two months on: not these days
    rows = stored(store)
    assert [r.n_sources for r in rows] == [3, 1, 1]


def test_no_incident_is_dated_after_its_first_report(store):
    store.save(report(1, date="2015-07", published="2015-07-21"))
    store.save(report(2, date="2015-07-25", published="2015-07-26"))   # a later day: not what the first told
    [row] = stored(store)
    assert (row.event_date, row.n_sources) == ("2015-07", 2)
    store.save(report(3, date=None, published="2015-06-30"))   # printed before the incident
    store.save(report(4, "Attack", date="2015-08-02", published="2015-08-02"))
    assert len(stored(store)) == 3


COUNTRY = dict(id="cc:TR", name="تركيا", name_en="Turkey", country="TR", lat=39.0, lon=35.2, kind="country")
OTHER_TOWN = dict(id="gn:298117", name="أورفة", name_en="Şanlıurfa", country="TR", lat=37.167, lon=38.795,
                  kind="town")


def test_an_undated_clash_told_at_a_country_s_level_merges_with_nothing(store):
    store.save(report(1, "Armed clash", place=COUNTRY))
    store.save(report(2, "Armed clash", date=None, place=COUNTRY, published="2015-07-22"))
    assert len(stored(store)) == 2


def test_a_bombing_told_at_a_country_s_level_is_the_one_bombing_there(store):
    store.save(report(1))
    store.save(report(2, date=None, place=COUNTRY, published="2015-07-25"))   # "التفجير الذي استهدف ... في تركيا"
    store.save(report(3, date="2015-07-21", place=COUNTRY))
    assert [r.n_sources for r in stored(store)] == [3]


def test_a_bombing_told_at_a_country_s_level_names_none_of_several(store):
    store.save(report(1))
    store.save(report(2, place=OTHER_TOWN))
    store.save(report(3, date=None, place=COUNTRY, published="2015-07-25"))
    assert [r.n_sources for r in stored(store)] == [1, 1, 1]


def test_an_undated_mention_without_a_publication_date_merges_with_nothing(store):
    store.save(report(1))
    store.save(report(2, date=None, published=None))
    assert len(stored(store)) == 2


def test_only_two_armed_doers_contradict(store):
    store.save(report(1, "Armed clash", actor1="داعش"))
    store.save(report(2, "Armed clash", actor1="الأمم المتحدة"))   # "the UN condemned the attack": a speaker
    store.save(report(3, "Armed clash"))
    store.save(report(4, "Armed clash", actor1="الكردستاني"))       # another armed group: another incident
    rows = stored(store)
    assert [r.n_sources for r in rows] == [3, 1] and rows[0].actor1 == "Islamic State"


def test_an_armed_doer_replaces_a_speaker_read_as_one(store):
    store.save(report(1, actor1="الأمم المتحدة"))
    store.save(report(2, actor1="داعش"))
    [row] = stored(store)
    assert row.actor1 == "Islamic State"


def test_disagreeing_tolls_keep_the_lowest_and_become_claims_of_the_incident(store):
    store.save(report(1, toll=27))
    store.save(report(2, toll=32))
    store.save(report(3, toll=32))
    [row] = stored(store)
    assert row.fatalities == 27
    with store.Session() as s:
        claims = list(s.scalars(select(ClaimRow).where(ClaimRow.group_key == f"event:{row.id}|killed")))
    assert sorted(c.value for c in claims) == [27, 32, 32]
    assert {c.source[0]["name"] for c in claims} == {"paper1", "paper2", "paper3"}


def test_a_lone_toll_under_all_others_is_not_the_incident_s(store):
    for n, toll in enumerate([27, 32, 32, 1, 4, 10, 10], start=1):
        store.save(report(n, toll=toll))
    [row] = stored(store)
    assert row.fatalities == 10   # two papers' preliminary count; the lone 1 and 4 under half of it are misreadings


def test_agreeing_tolls_make_no_claims(store):
    store.save(report(1, toll=30))
    store.save(report(2, toll=30))
    with store.Session() as s:
        assert s.scalars(select(ClaimRow)).first() is None


# --- two writers at once ------------------------------------------------------------------------------

def _write(url: str, first: int, n: int) -> None:
    s = Store(url, create=False)
    for k in range(first, first + n):
        s.save(report(k))
    s.close()


def _race(url: str) -> list[EventRow]:
    Store(url).close()
    ctx = multiprocessing.get_context("spawn")
    writers = [ctx.Process(target=_write, args=(url, 1 + 10 * w, 6)) for w in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join(120)
        assert w.exitcode == 0
    s = Store(url, create=False)
    try:
        return stored(s)
    finally:
        s.close()


def test_two_writers_on_sqlite_store_one_incident(tmp_path):
    [row] = _race(f"sqlite:///{tmp_path / 'race.sqlite'}")
    assert row.n_sources == 12


def test_two_writers_on_postgresql_store_one_incident(pg_url):
    [row] = _race(pg_url)   # a fresh database: every event in it is this test's
    assert row.n_sources == 12


def test_one_bombing_at_one_place_on_one_day_whoever_each_report_blames(store):
    store.save(report(1, actor1="داعش"))
    store.save(report(2, actor1="الكردستاني"))
    store.save(report(3, "Armed clash", actor1="الكردستاني"))   # a clash that day is told apart
    assert [r.n_sources for r in stored(store)] == [2, 1]


def test_an_undated_bombing_joins_the_one_most_reported_there_whoever_it_blames(store):
    store.save(report(1, actor1="داعش"))
    store.save(report(2, actor1="داعش"))
    store.save(report(3, "Armed clash", actor1="الكردستاني"))                    # the answer: a clash of its own
    store.save(report(4, date=None, actor1="الكردستاني", published="2015-07-25"))   # "رد على تفجير سروج"
    assert [r.n_sources for r in stored(store)] == [3, 1]


def test_an_undated_attack_at_a_bomb_site_is_the_bombing_recalled(store):
    store.save(report(1, actor1="داعش"))
    store.save(report(2, actor1="داعش"))
    # "أجبر هجوم سروج أنقرة على ...": the words make it an attack, and the article's likeliest doer its side
    store.save(report(3, "Armed clash", date=None, actor1="الكردستاني", published="2015-07-31"))
    store.save(report(4, "Armed clash", date="2015-07-26", actor1="الكردستاني", published="2015-07-27"))
    assert [r.n_sources for r in stored(store)] == [3, 1]


# the first papers date it two days late (a wrong reading); later ones move it, day by day, to the day
# another stored copy already has: one bombing per place and day
MOVING_DAYS = ["2015-07-22", "2015-07-22", "2015-07-20", "2015-07-21", "2015-07-21", "2015-07-21",
               "2015-07-20", "2015-07-20", "2015-07-20"]


def _moved_onto_another(store: Store) -> list[EventRow]:
    for n, day in enumerate(MOVING_DAYS):
        store.save(report(n, date=day, published="2015-07-23", toll=30 + n % 2))
    return stored(store)


def test_a_bombing_moved_to_the_day_of_another_there_becomes_one_with_it(store):
    [row] = _moved_onto_another(store)
    assert (row.event_date, row.n_sources) == ("2015-07-20", len(MOVING_DAYS))


def test_a_bombing_moved_to_a_day_beside_another_there_becomes_one_with_it(store):
    # a day apart, as reports of one bombing are merged (DAY_SLACK)
    for n, day in enumerate(["2015-07-22", "2015-07-22", "2015-07-20", "2015-07-21", "2015-07-21"]):
        store.save(report(n, date=day, published="2015-07-23"))
    [row] = stored(store)
    assert row.n_sources == 5


def test_the_same_fold_on_postgresql(pg_url):
    s = Store(pg_url)
    try:
        [row] = _moved_onto_another(s)
        with s.Session() as session:
            keys = set(session.scalars(select(ClaimRow.group_key)))
    finally:
        s.close()
    assert (row.event_date, row.n_sources, row.fatalities) == ("2015-07-20", len(MOVING_DAYS), 30)
    assert keys == {f"event:{row.id}|killed"}    # the folded copy's claims went with it


def test_among_many_reports_a_figure_few_give_is_not_the_toll(store):
    tolls = [32] * 56 + [1, 1, 10, 10]     # two papers' misreadings and an early count, beside 56 reports
    for n, toll in enumerate(tolls):
        store.save(report(n, toll=toll))
    [row] = stored(store)
    assert row.fatalities == 32
    with store.Session() as s:
        figures = {c.value for c in s.scalars(select(ClaimRow).where(ClaimRow.group_key == f"event:{row.id}|killed"))}
    assert figures == {1, 10, 32}         # every paper's figure is still a claim of the incident
