"""hostile41: a force described by the side it is against is not that side.

"force noun (+ a word of `allegiant_between` or a nationality) + hostile word + ل + a side" (actor_patterns.yaml
`hostile_words`): the side named after ل is the enemy, never the force; the force is the side's opponent where
`opposed_sides` names one for that war, and no actor where it does not.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


def _actors(extract, text):
    return [(m.name, m.canonical) for m in extract(text).actor_mentions]


@pytest.mark.parametrize("text, phrase, side", [
    ("واستعادت القوات المحلية المناهضة للحوثيين السيطرة على مدينة الضالع.", "القوات المحلية المناهضة للحوثيين",
     "Popular Resistance (Yemen)"),
    ("وقال مسؤول في القوات المعادية للحوثيين إن الهجوم بدأ فجرا.", "القوات المعادية للحوثيين",
     "Popular Resistance (Yemen)"),
    ("وانتشر مقاتلون مناوئون للحوثيين في أطراف مدينة تعز.", "مقاتلون مناوئون للحوثيين", "Popular Resistance (Yemen)"),
    ("وقصفت كتائب مناهضة لنظام الأسد مواقع في ريف درعا.", "كتائب مناهضة لنظام الأسد", "Opposition Rebels (Syria)"),
])
def test_a_force_named_by_the_side_it_fights(extract, text, phrase, side):
    found = _actors(extract, text)
    assert (phrase, side) in found
    assert "Houthi Movement" not in [c for _, c in found]


def test_the_enemy_named_after_the_hostile_word_is_not_the_doer(extract):
    event = with_trigger(extract, "وسيطرت القوات المحلية المناهضة للحوثيين أمس على مدينة الحوطة في محافظة لحج.",
                         "وسيطرت")
    assert canonical(event.actor1) == "Popular Resistance (Yemen)"


def test_a_side_with_no_opponent_listed_gives_no_actor(extract):
    # the Libyan "agreement" has no single opponent: the phrase names no actor, and not the side after ل
    found = _actors(extract, "وهاجمت جماعات مناهضة لحكومة الوفاق مقرا في مدينة سبها.")
    assert "Government of National Accord" not in " ".join(c or "" for _, c in found)


def test_a_loyal_force_is_still_the_side_it_is_loyal_to(extract):
    assert ("قوات عسكرية موالية للمخلوع صالح", "Military Forces of Yemen (Pro-Saleh)") in _actors(
        extract, "وتقدمت قوات عسكرية موالية للمخلوع صالح نحو مدينة الضالع.")
