"""Rules of summary18: a toll of a run of incidents told first ("قتل 20 في غارات على مواقع متفرقة في محافظة ..."),
then its incidents one by one, each with fewer dead, is their sum even where the counts do not add up; it is no
incident of its own (SCHEMA.md: a toll over several coded events is a claim) and is not folded into the first part.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""

DAY = "2015-07-20"


def events(extract, text, published=DAY):
    return extract(text, published).events


def by_place(evs):
    return {(e.place.name if e.place else None): e for e in evs}


def test_a_run_of_strikes_told_first_then_strike_by_strike(extract):
    evs = events(extract, "قتل 20 مسلحا من داعش أمس في غارات لطيران التحالف على مواقع متفرقة في محافظة الأنبار. "
                          "وقالت مصادر إن غارة استهدفت تجمعا للتنظيم في مدينة هيت وقتلت 12 منهم. "
                          "وأضافت أن غارة ثانية على مدينة القائم أسفرت عن مقتل 6 مسلحين.")
    places = by_place(evs)
    assert set(places) == {"هيت", "القائم"}
    assert places["هيت"].fatalities == 12 and places["القائم"].fatalities == 6
    assert all(e.sub_type == "Air/drone strike" for e in evs)


def test_the_parts_need_not_add_up_and_take_the_kind_and_day_of_the_toll(extract):
    evs = events(extract, "قتل 15 مسلحا حوثيا أمس في مواجهات مع المقاومة في محافظة الضالع. "
                          "وقتل 9 منهم في منطقة قعطبة. كما قتل 8 آخرون في مواجهات في منطقة دمت.")
    places = by_place(evs)
    assert set(places) == {"قعطبة", "دمت"}
    assert places["قعطبة"].fatalities == 9 and places["قعطبة"].sub_type == "Armed clash"
    assert places["دمت"].fatalities == 8
    assert places["قعطبة"].date == "2015-07-19"


def test_guard_a_run_with_only_one_part_told_is_that_part(extract):
    evs = events(extract, "قتل 20 مسلحا من داعش أمس في غارات لطيران التحالف على مواقع متفرقة في محافظة الأنبار. "
                          "وقالت مصادر إن غارة استهدفت تجمعا للتنظيم في مدينة هيت وقتلت 12 منهم.")
    assert len(evs) == 1 and evs[0].place.name == "هيت"


def test_guard_a_single_incident_then_two_others_is_not_a_run(extract):
    # no plural of violence nor word of scattered places in the first toll: an incident of its own
    evs = events(extract, "قتل 20 مسلحا من داعش أمس في غارة لطيران التحالف على مخزن في محافظة الأنبار. "
                          "وقالت مصادر إن غارة استهدفت تجمعا للتنظيم في مدينة هيت وقتلت 12 منهم. "
                          "وأضافت أن غارة ثانية على مدينة القائم أسفرت عن مقتل 6 مسلحين.")
    assert 20 in {e.fatalities for e in evs}


def test_guard_parts_with_more_dead_than_the_toll_are_other_incidents(extract):
    evs = events(extract, "قتل 5 مسلحين أمس في اشتباكات متفرقة في محافظة الضالع. "
                          "وقتل 9 مسلحين في منطقة قعطبة. كما قتل 8 آخرون في مواجهات في منطقة دمت.")
    assert 5 in {e.fatalities for e in evs}

