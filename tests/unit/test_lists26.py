"""lists26: a list of places that loses its second place -- a district named by its cue word (قضاء، ناحية، مديرية)
is a peer of the towns and villages of its list, one event each.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _at(extract, text: str) -> list[str]:
    return sorted(e.place.name for e in extract(text, DAY).events if e.place is not None)


def test_a_town_named_as_a_district_and_an_unknown_sub_district_are_two_bombings(extract):
    text = "قتل خمسة أشخاص أمس في انفجار عبوتين ناسفتين في قضاء المقدادية وناحية كنعان."
    assert _at(extract, text) == sorted(["المقدادية", "كنعان"])


def test_a_shelling_of_a_district_and_a_sub_district_is_one_event_each(extract):
    text = "قصفت قوات البيشمركة أمس في قضاء المقدادية وناحية كنعان معاقل التنظيم."
    assert _at(extract, text) == sorted(["المقدادية", "كنعان"])


def test_a_known_town_after_a_district_cue_with_its_conjunction_goes_on_the_list(extract):
    # the gazetteer knows مكيراس without its cue word: "وناحية" still links it to the list
    text = "قصف طيران التحالف أمس في مديرية لودر وناحية مكيراس تعزيزات للمتمردين."
    assert _at(extract, text) == sorted(["لودر", "مكيراس"])


def test_the_toll_of_two_districts_is_no_single_events_toll(extract):
    events = extract("قتل خمسة أشخاص أمس في انفجار عبوتين ناسفتين في قضاء المقدادية وناحية كنعان.", DAY).events
    assert [e.fatalities for e in events] == [None, None]


def test_a_province_beside_a_town_is_still_not_its_peer(extract):
    # guard: محافظة is no district's cue; the province says where the town is
    text = "قصفت قوات البيشمركة أمس في بلدة كنعان بمحافظة ديالى معاقل التنظيم."
    assert _at(extract, text) == ["كنعان"]


def test_one_district_alone_stays_one_event(extract):
    # guard: nothing to split
    text = "قتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في قضاء المقدادية."
    assert _at(extract, text) == ["المقدادية"]


# --- a list goes on across a description of where its member lies ---

def test_a_list_goes_on_by_its_link_after_a_description_of_the_first_town(extract):
    text = "واندلعت أمس مواجهات عنيفة بين الجيش والمسلحين في مدينة تعز الواقعة شمالي عدن وفي مأرب."
    assert _at(extract, text) == sorted(["تعز", "مأرب"])


def test_a_district_after_a_compass_description_of_the_first_is_its_peer(extract):
    text = "وقصفت المدفعية أمس مواقع التنظيم في قضاء سنجار غرب الموصل وناحية الحردانية."
    assert _at(extract, text) == sorted(["سنجار", "الحردانية"])


def test_the_place_a_description_is_told_by_is_no_member(extract):
    # guard: the anchor of the description (الموصل) is not struck
    text = "وقصفت المدفعية أمس مواقع التنظيم في قضاء سنجار غرب الموصل وناحية الحردانية."
    assert "الموصل" not in _at(extract, text)


def test_a_bare_name_after_a_description_stays_the_descriptions(extract):
    # guard: "غرب الموصل والحمدانية" is west of both; with no cue word the list does not go on
    text = "وقصفت المدفعية أمس مواقع التنظيم في قضاء سنجار غرب الموصل والحمدانية."
    assert _at(extract, text) == ["سنجار"]


# --- the place a compass description is told by is not where the incident was ---

def test_a_province_told_by_the_capital_it_lies_east_of_is_the_place(extract):
    text = "قتل عشرة مسلحين أمس في اشتباكات عنيفة في محافظة مأرب شرق صنعاء."
    assert _at(extract, text) == ["مأرب"]


def test_a_province_told_by_two_compass_words_is_the_place(extract):
    text = "قتل عشرة مسلحين أمس في اشتباكات عنيفة في محافظة ديالى شمال شرقي بغداد."
    assert _at(extract, text) == ["ديالى"]


def test_a_town_after_a_compass_word_alone_is_still_the_place(extract):
    # guard: no place before the compass word, nothing it describes
    text = "قتل عشرة مسلحين أمس في اشتباكات عنيفة شمال بغداد."
    assert _at(extract, text) == ["بغداد"]
