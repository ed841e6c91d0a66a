"""lead41: control over a border is a state's policing of it, not ground taken (events.yaml `not_objects`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def test_border_control_is_no_taking(extract):
    text = "ويعبر الحلفاء عن القلق بشأن السيطرة على حدودها مع سوريا التي يسيطر التنظيم على جانب منها."
    assert not [e for e in events(extract, text) if "territory" in e.sub_type]


def test_a_crossing_taken_is_still_ground(extract):
    text = "وسيطر مسلحو تنظيم داعش أمس على معبر حدودي مع العراق قرب مدينة البوكمال."
    assert [e.sub_type for e in events(extract, text)] == ["Non-state actor overtakes territory"]
