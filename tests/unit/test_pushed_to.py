"""An act a side was pushed to (ودفع ... إلى شن هجمات) follows its cause: a place named before the verb of pushing is
the cause's, not the act's (event_roles.yaml pushing_verbs, setting._pushed_from).  Sentences written for the test."""
from event_helpers import events


def test_attacks_in_revenge_are_not_placed_at_the_bombings_town(extract):
    found = events(extract, "انهارت الهدنة بعد تفجير وقع في بلدة سوروتش الحدودية الأسبوع الماضي، ما أسفر عن مقتل "
                            "عشرة أشخاص ودفع بالمسلحين الأكراد إلى شن هجمات انتقامية ضد قوات الأمن التركية.")
    assert all(e.place is None or e.place.name != "سوروتش" for e in found if e.trigger.text == "هجمات")


def test_a_place_after_the_act_still_places_it(extract):
    # guard: the act's own place, named after it, stays its place
    found = events(extract, "وهو ما دفع طائرات التحالف أمس إلى استهداف مقرات للجماعة في مدينة إدلب.")
    assert [e.place.name for e in found] == ["إدلب"]
