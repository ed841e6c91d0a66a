"""Storyday27: the day of an undated incident.  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _events(extract, text: str, published: str = PUB):
    return extract(text, published=published).events


# --- فجرا alone is "at dawn", not "the two set off" ---

def test_at_dawn_after_a_strike_is_its_time_not_a_bombing(extract):
    events = _events(extract, "قتل خمسة مسلحين في الغارات الجوية التي نفذتها مقاتلات حربية فجرا (أمس) على مواقع "
                              "التنظيم قرب بلدة الباب.")
    assert [e.sub_type for e in events] == ["Air/drone strike"], events


def test_at_dawn_after_an_arrest_is_no_bombing(extract):
    events = _events(extract, "اعتقلت قوات الاحتلال فجرا ثلاثة شبان من بلدة عزون شرق قلقيلية.")
    assert "Remote explosive/landmine/IED" not in [e.sub_type for e in events], events


def test_the_dual_that_sets_off_a_car_bomb_is_still_a_bombing(extract):
    events = _events(extract, "قال مصدر أمني إن مسلحين فجرا عبوة ناسفة أمس قرب دورية للشرطة في مدينة الرمادي.")
    assert [e.sub_type for e in events] == ["Remote explosive/landmine/IED"], events


def test_at_dawn_alone_is_no_event(extract):
    assert _events(extract, "فجرا") == []
