"""Rules of twice17: one incident, one event — a headline placed only by the country of the side it hit.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""

DAY = "2015-07-20"


def events(extract, text, published=DAY):
    return extract(text, published).events


# --- "غارات تركية على متمردي حزب العمال": the target's country is no place; the one body incident is the headline's ---

def test_headline_placed_by_its_targets_country_is_the_one_body_incident(extract):
    evs = events(extract, "غارات تركية جديدة على مقاتلي حزب العمال الكردستاني\n\n"
                          "شنت مقاتلات تركية اليوم الاثنين غارات مكثفة على مواقع لمقاتلي حزب العمال الكردستاني في "
                          "جبال قنديل شمال العراق، بحسب ما أفادت وسائل إعلام محلية.")
    assert [(e.sub_type, e.place.country if e.place else None) for e in evs] == [("Air/drone strike", "IQ")]


def test_guard_a_headline_over_two_body_incidents_of_its_kind_is_not_folded_into_one(extract):
    evs = events(extract, "غارات تركية جديدة على مقاتلي حزب العمال الكردستاني\n\n"
                          "شنت مقاتلات تركية اليوم الاثنين غارات على مواقع لمقاتلي حزب العمال الكردستاني في جبال "
                          "قنديل شمال العراق. وفي سوريا، قصفت طائرات التحالف اليوم مواقع لتنظيم داعش في مدينة الرقة.")
    places = sorted(e.place.country for e in evs if e.place)
    assert places.count("IQ") == 1 and "SY" in places


def test_guard_a_headline_placed_in_its_own_words_keeps_the_old_rules(extract):
    evs = events(extract, "غارات تركية على مواقع في شمال العراق\n\n"
                          "شنت مقاتلات تركية اليوم الاثنين غارات على مواقع لمقاتلي حزب العمال الكردستاني في جبال "
                          "قنديل شمال العراق.")
    assert len(evs) == 1
