"""actor41: doers named by a family of words the recognisers did not know.

* القطعات, Iraqi reporting's word for army units (forces.yaml, military and police heads): «القطعات العسكرية»,
  «القطعات البرية» are the army of the article's country, «القطعات الأمنية» its police; the bare plural only with a
  nationality, since alone it is any pieces.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


def _actors(extract, text):
    return [(m.name, m.canonical) for m in extract(text).actor_mentions]


@pytest.mark.parametrize("text, phrase, actor", [
    ("وقال ضابط في الأنبار إن القطعات العسكرية قتلت خمسة مسلحين قرب مدينة الرمادي أمس.", "القطعات العسكرية",
     "Military Forces of Iraq"),
    ("وأكد المتحدث أن القطعات البرية تقدمت نحو مدينة الفلوجة من محورين.", "القطعات البرية",
     "Military Forces of Iraq"),
    ("وانتشرت القطعات الأمنية في شوارع مدينة الرمادي بعد انسحاب المسلحين.", "القطعات الأمنية",
     "Police Forces of Iraq"),
    ("وهاجم المسلحون القطعات العراقية المرابطة شرق مدينة الرمادي.", "القطعات العراقية", "Military Forces of Iraq"),
])
def test_iraqi_units_named_qitaat_are_state_forces(extract, text, phrase, actor):
    assert (phrase, actor) in _actors(extract, text)


def test_the_units_are_the_doer_of_their_clash(extract):
    ev = with_trigger(extract, "وأضاف أن القطعات العسكرية هاجمت مواقع تنظيم داعش شرق مدينة الرمادي أمس.", "هاجمت")
    assert canonical(ev.actor1) == "Military Forces of Iraq"
    assert canonical(ev.actor2) == "Islamic State"


@pytest.mark.parametrize("text", [
    # the bare plural with no nationality: any pieces
    "وجمع الأطفال القطعات المتناثرة في ساحة مدينة الرمادي.",
    "وتحولت الدموع إلى قطعات جامدة في عيون أهالي مدينة الرمادي.",
])
def test_pieces_are_no_force(extract, text):
    assert not [n for n, c in _actors(extract, text) if c and "Forces" in c]
