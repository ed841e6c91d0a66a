"""merges21: one incident one event, and no two incidents in one -- another town in a sentence of its own,
"also" before an act with dead of its own (sentences written for these tests)."""
from __future__ import annotations

DAY = "2015-07-25"

def _events(extract, text: str):
    return extract(text, DAY).events


def _at(extract, text: str) -> list[str]:
    return [e.place.name for e in _events(extract, text) if e.place is not None]


# --- another town, in a sentence of its own, with no dead told again ---

def test_another_village_shelled_in_the_next_sentence_is_another_incident(extract):
    text = ("قتل سبعة مدنيين أمس في قصف مدفعي على بلدة تل رفعت في ريف حلب. "
            "وقصفت قوات النظام قرية حيان بريف حلب الشمالي دون أنباء عن إصابات.")
    events = _events(extract, text)
    assert sorted(_at(extract, text)) == sorted(["تل رفعت", "حيان"])
    toll = next(e for e in events if e.place is not None and e.place.name == "تل رفعت")
    assert toll.fatalities == 7   # the toll stays with the town it was told of


def test_the_same_town_shelled_again_in_the_next_sentence_stays_one(extract):
    text = "قصفت قوات النظام أمس بلدة تل رفعت بالمدفعية. وقصفت قوات النظام بلدة تل رفعت بقذائف الهاون أيضا."
    assert _at(extract, text) == ["تل رفعت"]


# --- "also" before an act with dead of its own ---

def test_also_before_a_bombing_with_its_own_dead_is_another_incident(extract):
    text = ("هاجم مسلحون حاجزا للجيش في مدينة العريش أمس ما أدى إلى مقتل جنديين. "
            "وكذلك فجر المسلحون عبوة ناسفة بدورية للشرطة ما أدى إلى مقتل أربعة.")
    events = _events(extract, text)
    assert len(events) == 2
    arish = next(e for e in events if e.place is not None and e.place.name == "العريش")
    assert arish.fatalities == 2


def test_also_before_a_bare_death_still_adds_to_the_incident(extract):
    text = ("هاجم مسلحون حاجزا للجيش في مدينة العريش أمس ما أدى إلى مقتل جنديين. "
            "وقتل أيضا شرطي كان قرب الحاجز.")
    assert len(_events(extract, text)) == 1


# --- the text points back: the town was named where the incident was told, or a place told is named again ---

def test_a_town_named_with_the_ambush_before_is_the_ambush_again(extract):
    text = ("نصب مقاتلون كمينا أمس في قرية حيان التابعة لبلدة تل رفعت قتل خلاله 13 جنديا. "
            "واستهدف المقاتلون بقية الجنود في بلدة تل رفعت.")
    assert len(_events(extract, text)) == 1


def test_a_spot_placed_west_of_the_city_told_is_no_new_town(extract):
    text = ("قصف الطيران الحربي أمس مواقع للمسلحين في مدينة حلب. "
            "وقالت مصادر إن ست غارات استهدفت قرية حيان شمال المدينة.")
    assert len([e for e in _events(extract, text) if e.sub_type == "Air/drone strike"]) == 1


def test_one_word_texts(extract):
    for word in ("وكذلك", "أيضا", "قرية", "المواجهات"):
        _events(extract, word)   # one word must not fail
