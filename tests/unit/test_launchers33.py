"""launchers33: a shelling told by what a place was exposed to, and launchers that are no rockets fired.

- A rocket or shell that a word of exposure governs by a glued ل has hit ("تعرض مركز حدودي ... لقذائف"): it needs no
  word of firing in its sentence (events.yaml shelling `exposure_meets_needs`).
- A launcher or a launch site right before the projectile ("منصات إطلاق القذائف", "أربع منصات لإطلاق صواريخ") is no
  rocket fired (a `not_before` entry of two words).
- Launchers destroyed are the blow struck back at a shelling, or part of the strike that destroyed them, not a
  fight (qualifier `launchers`, before `materiel`).
- Guards: a rocket fired from a launcher stays a shelling; a store of shells is none; a space rocket's launch pad is
  none.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import events

SHELLING = "Shelling/artillery/missile attack"


def _at(extract, text, place):
    return [e for e in events(extract, text) if e.place is not None and e.place.name == place]


@pytest.mark.parametrize("text, place", [
    # the exposure's subject, a place and a day between it and the projectile; no word of firing
    ("تعرض مركز حدودي في قطاع الطوال بمنطقة جازان أمس لقذائف عسكرية من داخل الأراضي اليمنية، ونتج عن ذلك مقتل جندي.",
     "قطاع الطوال"),
    ("تعرضت دورية للجيش في مدينة نجران أمس لقذيفة هاون، ما أدى إلى إصابة جنديين.", "نجران"),
])
def test_a_projectile_exposed_to_is_a_shelling(extract, text, place):
    at = _at(extract, text, place)
    assert at and all(e.sub_type == SHELLING for e in at)


def test_launchers_destroyed_after_the_shelling_fold_into_it(extract):
    text = ("تعرض مركز حدودي في قطاع الطوال بمنطقة جازان أمس لقذائف عسكرية من داخل الأراضي اليمنية.\n\n"
            "وأضاف المتحدث أنه تم تدمير منصات إطلاق القذائف، ونتج عن ذلك مقتل جندي.")
    evs = events(extract, text)
    assert not any(e.type == "Battles" for e in evs)
    shellings = [e for e in evs if e.sub_type == SHELLING]
    assert len(shellings) == 1 and shellings[0].fatalities == 1


def test_launchers_destroyed_are_no_fight(extract):
    at = _at(extract, "وقال المتحدث إن القوات البرية دمرت منصات إطلاق القذائف في صعدة أمس.", "صعدة")
    assert at and not any(e.type == "Battles" for e in at)


def test_launchers_destroyed_by_aircraft_are_no_shelling(extract):
    text = "شنت طائرات التحالف أمس غارات على مواقع الحوثيين في لحج، كما دمرت منصات إطلاق صواريخ قرب قاعدة العند."
    evs = events(extract, text)
    assert evs and not any(e.sub_type == SHELLING for e in evs)


def test_a_launch_pad_is_no_rocket_fired(extract):
    text = "أرجأت الوكالة أمس الرحلة بسبب العواصف قرب منصة إطلاق الصاروخ في فلوريدا."
    assert not events(extract, text)


def test_a_rocket_fired_from_a_launcher_stays_a_shelling(extract):
    evs = events(extract, "أطلق الحوثيون أمس صاروخا من منصة في صعدة على مدينة نجران.")
    assert any(e.sub_type == SHELLING for e in evs)


def test_a_store_of_shells_is_no_shelling(extract):
    # a glued ل with no word of exposure: the need for a firing still holds
    assert not events(extract, "نقلت الشاحنات أمس مخزنا لقذائف الهاون إلى مدينة الحديدة.")


@pytest.mark.parametrize("text", ["تعرض لقذائف", "منصات إطلاق القذائف", "تدمير منصات إطلاق", "منصة إطلاق"])
def test_short_texts(extract, text):
    extract(text)
