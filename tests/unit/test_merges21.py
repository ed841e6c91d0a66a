"""merges21: one incident one event, and no two incidents in one -- another town in a sentence of its own,
"also" before an act with dead of its own, a far mention at a place merely near the first (sentences written for
these tests)."""
from __future__ import annotations

DAY = "2015-07-25"

_FILLER = ("وقال الناشطون إن الوضع الإنساني صعب. وطالبوا المنظمات الدولية بالتدخل. وأشاروا إلى نقص الأدوية. "
           "ولم يصدر تعليق رسمي. ")


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


# --- a far definite mention at a town merely near the place told first ---

def test_fighting_far_on_at_a_town_near_the_city_is_another_incident(extract):
    text = ("اندلعت اشتباكات عنيفة أمس بين المقاومة والحوثيين في مدينة عدن. " + _FILLER +
            "وأصيب قيادي في المقاومة خلال المواجهات العنيفة في مدينة الحوطة.")
    assert sorted(_at(extract, text)) == sorted(["عدن", "الحوطة"])


def test_fighting_far_on_at_the_same_city_stays_one(extract):
    text = ("اندلعت اشتباكات عنيفة أمس بين المقاومة والحوثيين في مدينة عدن. " + _FILLER +
            "وأصيب قيادي في المقاومة خلال المواجهات العنيفة في مدينة عدن.")
    assert _at(extract, text) == ["عدن"]


def test_one_word_texts(extract):
    for word in ("وكذلك", "أيضا", "قرية", "المواجهات"):
        _events(extract, word)   # one word must not fail
