"""hostile41: a force described by the side it is against is not that side.

"force noun (+ a word of `allegiant_between` or a nationality) + hostile word + ل + a side" (actor_patterns.yaml
event_roles.yaml `opposing`): the side named after ل is the enemy, never the force; the force is the side's
opponent where `opposed_sides` names one for that war (the side is then read as its own mention, the one acted
upon), and is left as before where it does not.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


def _actors(extract, text):
    return [(m.name, m.canonical) for m in extract(text).actor_mentions]


@pytest.mark.parametrize("text, phrase, side", [
    ("واستعادت القوات المحلية المناهضة للحوثيين السيطرة على مدينة الضالع.", "القوات المحلية المناهضة",
     "Popular Resistance (Yemen)"),
    ("وقال مسؤول في القوات المعادية للحوثيين إن الهجوم بدأ فجرا.", "القوات المعادية",
     "Popular Resistance (Yemen)"),
    ("وانتشر مقاتلون مناوئون للحوثيين في أطراف مدينة تعز.", "مقاتلون مناوئون", "Popular Resistance (Yemen)"),
    ("وقصفت كتائب مناهضة لنظام الأسد مواقع في ريف درعا.", "كتائب مناهضة", "Opposition Rebels (Syria)"),
])
def test_a_force_named_by_the_side_it_fights(extract, text, phrase, side):
    assert (phrase, side) in _actors(extract, text)


def test_the_enemy_named_after_the_hostile_word_is_the_side_acted_upon(extract):
    event = with_trigger(extract, "وسيطرت القوات المحلية المناهضة للحوثيين أمس على مدينة الحوطة في محافظة لحج.",
                         "وسيطرت")
    assert canonical(event.actor1) == "Popular Resistance (Yemen)"
    assert canonical(event.actor2) == "Houthi Movement"


def test_a_side_with_no_opponent_listed_is_still_not_the_doer(extract):
    # Libya's unity government has no single opponent listed: the force is left unnamed, and the side after ل
    # stays the one opposed (pronoun18), not the attacker
    event = with_trigger(extract, "وقصف مسلحون معادون لحكومة الوفاق مطار مدينة سبها أمس.", "وقصف")
    assert canonical(event.actor1) != "Government of Libya"


def test_a_loyal_force_is_still_the_side_it_is_loyal_to(extract):
    assert ("قوات عسكرية موالية للمخلوع صالح", "Military Forces of Yemen (Pro-Saleh)") in _actors(
        extract, "وتقدمت قوات عسكرية موالية للمخلوع صالح نحو مدينة الضالع.")
