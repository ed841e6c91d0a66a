"""lists34: a list of places right after a side named as the holder of the posts or things hit ("مواقع الحوثيين في
مدينتي حرض وميدي") tells where those posts lie: one event per member, not the side's description.  Sentences
written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _at(extract, text: str) -> list[str]:
    return sorted(e.place.name for e in extract(text, DAY).events if e.place is not None)


def test_shelling_of_a_sides_positions_in_two_towns_is_one_event_each(extract):
    text = "وقصفت المدفعية أمس مواقع الحوثيين في مدينتي حرض وميدي."
    assert _at(extract, text) == sorted(["حرض", "ميدي"])


def test_an_attack_on_a_sides_barracks_in_two_areas_is_one_event_each(extract):
    text = "وهاجمت الشرطة أمس ثكنات داعش في منطقتي الصكرة والزاوية غربي بلدة حديثة."
    assert _at(extract, text) == sorted(["الصكرة", "الزاوية"])


def test_positions_with_a_glued_lam_before_the_side(extract):
    text = "ودكت المدفعية أمس مواقع للحوثيين في بلدتي دمت وقعطبة."
    assert _at(extract, text) == sorted(["دمت", "قعطبة"])


def test_a_list_describing_a_sides_forces_stays_the_sides(extract):
    # guard: قوات is no post or thing hit; the list right after the side still describes it
    text = "وقال مسؤول إن قوات الحوثيين في مدينتي حرض وميدي لم تشارك في أي معارك أمس."
    assert len(_at(extract, text)) <= 1


def test_a_sides_members_killed_keep_the_list_as_before(extract):
    # guard: the side's fighters (عناصر) are people, not a post: the rule leaves the list after them alone
    text = "وأعلن الجيش أمس مقتل عشرة من عناصر الحوثيين في بلدتي دمت وقعطبة."
    assert len(_at(extract, text)) == 1


def test_a_strikes_list_of_provinces_after_positions_is_still_no_peers(extract):
    # guard: after "مواقع المتمردين" a strike's list of provinces is still a tally, not one event each (lists29)
    text = "وشنت طائرات التحالف أمس غارات على مواقع المتمردين في محافظات الضالع وأبين وشبوة."
    assert "أبين" not in _at(extract, text) and "شبوة" not in _at(extract, text)
