"""lead41: control over a border is a state's policing of it, and arms seized are no ground (events.yaml `not_objects`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def test_border_control_is_no_taking(extract):
    text = "ويعبر الحلفاء عن القلق بشأن السيطرة على حدودها مع سوريا التي يسيطر التنظيم على جانب منها."
    assert not [e for e in events(extract, text) if "territory" in e.sub_type]


def test_a_crossing_taken_is_still_ground(extract):
    text = "وسيطر مسلحو تنظيم داعش أمس على معبر حدودي مع العراق قرب مدينة البوكمال."
    assert [e.sub_type for e in events(extract, text)] == ["Non-state actor overtakes territory"]


def test_arms_seized_are_no_ground(extract):
    for text in ("وقالت المصادر إن القوات الأمنية تمكنت أمس من تدمير ثلاث مركبات مفخخة والاستيلاء على 25 صاروخ "
                 "كاتيوشا في منطقة البغدادي غرب مدينة حديثة.",
                 "واستولت القوات على أسلحة وذخائر في مدينة الرمادي."):
        assert not [e for e in events(extract, text) if "territory" in e.sub_type], text


def test_a_share_of_ground_after_a_count_stays_ground(extract):
    text = "وسيطرت المقاومة الشعبية أمس على 90 في المائة من قاعدة العند في محافظة لحج."
    assert [e for e in events(extract, text) if "territory" in e.sub_type]
