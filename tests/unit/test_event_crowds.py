"""A demonstration's actor1 is its crowd, named by the country it is in (ACLED: "Protesters (X)", "Rioters (X)"),
where the text names no one else leading it.

Every sentence here was written for these tests (none is taken from the gold files).
"""


def _actor1(events, sub_type):
    return [e.actor1.canonical if e.actor1 is not None else None for e in events if e.sub_type == sub_type]


def test_a_protest_with_no_one_named_is_its_countrys_protesters(extract):
    evs = extract("وتظاهر آلاف العراقيين أمس في مدينة البصرة احتجاجا على انقطاع التيار الكهربائي.", "2015-07-25").events
    assert _actor1(evs, "Peaceful protest") == ["Protesters (Iraq)"]


def test_a_fight_keeps_no_doer_where_none_is_named(extract):
    # the crowd is only a demonstration's side: an unclaimed bombing stays without a doer
    evs = extract("وانفجرت عبوة ناسفة أمس في سوق شعبي بمدينة البصرة ما أسفر عن مقتل ثلاثة مدنيين.", "2015-07-25").events
    assert evs and all(e.actor1 is None for e in evs)
