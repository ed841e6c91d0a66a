"""An armed group has no aircraft: an air raid's doer only guessed to be one is a state's force or none
(review, 2026-12-06); sentences written for these tests."""
from __future__ import annotations


def _air_raids(ex):
    return [e for e in ex.events if e.sub_type == "Air/drone strike"]


def test_warplanes_that_struck_the_rebels_are_not_the_rebels(extract):
    text = ("قال المتحدث باسم المقاومة إن الحوثيين تكبدوا خسائر كبيرة أمس في محافظة حجة، "
            "حيث دمرت المقاتلات معظم آلياتهم ومخازن أسلحتهم.")
    raids = _air_raids(extract(text))
    assert raids and all(e.actor1 is None or e.actor1.canonical != "Houthi Movement" for e in raids)


def test_an_air_force_named_as_the_doer_stays(extract):
    text = "شنت طائرات التحالف غارات جوية أمس على مواقع للحوثيين في محافظة حجة."
    raids = _air_raids(extract(text))
    assert raids and raids[0].actor1 is not None and raids[0].actor1.canonical == "Saudi-led Coalition"
