"""An act told as following the incident of the sentence just before ("بعد ذلك", "وإثر ذلك"), with no place of its
own, happened where that incident did, not at the place the article names most (event_roles.yaml `sequel_words`).
Sentences written for this test."""
from __future__ import annotations

_LEAD = "قال الجيش أمس إن ثلاثة جنود قتلوا حين انفجرت عبوة ناسفة بدورية عسكرية قرب مدينة الموصل. "
# the article's most named place, elsewhere
_TAIL = " وكانت مدينة سامراء قد شهدت تفجيرا انتحاريا الشهر الماضي، وسامراء مدينة كبيرة، وفي سامراء قتل كثيرون."


def _places(extract, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text).events]


def test_fire_opened_after_that_is_where_the_bombing_was(extract):
    found = _places(extract, _LEAD + "وأضاف أن المسلحين أطلقوا بعد ذلك النار على الدورية." + _TAIL)
    assert ("Armed clash", "الموصل") in found, found


def test_a_sequel_with_a_place_of_its_own_keeps_it(extract):
    found = _places(extract, _LEAD + "وبعد ذلك هاجم مسلحون نقطة تفتيش في مدينة تكريت." + _TAIL)
    assert ("Armed clash", "تكريت") in found, found


def test_a_sequel_after_a_sentence_with_no_incident_is_left_alone(extract):
    text = "زار وفد رسمي مدينة الموصل أمس. وأطلق مسلحون بعد ذلك النار على مقر للشرطة." + _TAIL
    found = _places(extract, text)
    assert all(place != "الموصل" for _, place in found), found
