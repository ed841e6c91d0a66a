"""lists29: a list of places under a plural or dual cue word of settlements or provinces (محافظات، مدن، قرى ...)
is read whole, one event per member, whatever the gazetteer makes of each name; a strike's list of towns after
"N مدن منها" too.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _at(extract, text: str) -> list[str]:
    return sorted(e.place.name for e in extract(text, DAY).events if e.place is not None)


def test_fighting_in_a_list_of_provinces_is_one_event_per_province(extract):
    # the gazetteer has الضالع and مأرب as towns, أبين and شبوة as provinces: the cue makes them peers
    text = "وقال قائد عسكري إن المعارك في محافظات الضالع وأبين وشبوة وتعز ومأرب ما زالت مستمرة بين الطرفين."
    assert _at(extract, text) == sorted(["الضالع", "أبين", "شبوة", "تعز", "مأرب"])


def test_fighting_in_a_list_of_cities_of_mixed_kinds_is_one_event_each(extract):
    text = "ودارت معارك عنيفة أمس في مدن الضالع وأبين وشبوة بين المقاومة والحوثيين."
    assert _at(extract, text) == sorted(["الضالع", "أبين", "شبوة"])


def test_strikes_near_cities_among_them_a_list(extract):
    # "قرب 6 مدن عراقية منها": the cue stands before the count's "منها"
    # (the list opens 12 words after the trigger: its reach is counted to the cue word, not to the first name)
    text = ("وأضاف البيان أن طائرات التحالف استهدفت وحدات تكتيكية ومركبات ومواقع قتالية للتنظيم بالقرب من 7 مدن عراقية "
            "منها تكريت وبيجي والرمادي.")
    assert _at(extract, text) == sorted(["تكريت", "بيجي", "الرمادي"])


def test_a_country_before_a_strikes_list_of_towns_does_not_cut_it_off(extract):
    text = "وأصابت الغارات في العراق أهدافا قرب خمس مدن بينها تكريت وبيجي وسنجار."
    assert _at(extract, text) == sorted(["تكريت", "بيجي", "سنجار"])


def test_a_strikes_list_of_provinces_is_not_made_peers_by_its_cue(extract):
    # guard: for strikes the provinces' cue makes no peers (a strike's list of provinces is mostly a tally of
    # months, lists22): the list is read as before, its province-kind members left out
    text = "وشنت طائرات التحالف أمس غارات على مواقع المتمردين في محافظات الضالع وأبين وشبوة."
    assert "أبين" not in _at(extract, text) and "شبوة" not in _at(extract, text)


def test_quarters_of_one_town_stay_one_event(extract):
    # guard: مناطق is no peers' cue; quarters of one town are one incident (lists21)
    text = "ودارت اشتباكات عنيفة أمس في مناطق المعلا والتواهي وكريتر بين المقاومة والحوثيين."
    assert len(_at(extract, text)) == 1


def test_a_list_of_provinces_describing_an_actor_is_not_the_fights(extract):
    # guard: a list right after an actor describes it; the list of the fight is elsewhere
    text = "وقال مسؤول إن قوات المقاومة في محافظات الضالع وأبين وشبوة لم تشارك في أي معارك أمس."
    assert len(_at(extract, text)) <= 1
