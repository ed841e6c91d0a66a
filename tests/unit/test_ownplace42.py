"""ownplace42: the place an incident's own sentence gives.

A place named only as the land across a border ("قرب الحدود مع موريتانيا", "الحدود التركية مع سوريا", "على حدودها مع
العراق") is the neighbour, not where the incident happened: the incident happened on this side, where the text is
(the town told just before), unless the side hit names its country.  Sentences written for these tests."""
from __future__ import annotations

import pytest

DAY = "2015-07-27"


def _events(extract, text: str):
    return extract(text, DAY).events


def _places(events) -> list[str]:
    return sorted(e.place.name for e in events if e.place is not None)


def test_a_bomb_near_the_border_with_a_neighbour_stays_on_this_side(extract):
    text = ("قتل ثلاثة جنود في انفجار استهدف دوريتهم قرب مدينة تمبكتو في شمال مالي أمس. "
            "وقال مصدر عسكري إن مسلحين زرعوا عبوات ناسفة على طريق في منطقة قريبة من الحدود مع موريتانيا.")
    places = _places(_events(extract, text))
    assert "موريتانيا" not in places
    assert "تمبكتو" in places


def test_shells_on_an_area_at_the_border_with_a_neighbour_fall_on_this_side(extract):
    text = ("تصدت القوات السعودية أمس لهجوم على موقع عسكري في محافظة الطوال بمنطقة جازان. "
            "وقال شهود إن الحوثيين قصفوا منطقة على الحدود مع اليمن صباح اليوم.")
    places = _places(_events(extract, text))
    assert "اليمن" not in places


def test_an_adjective_may_stand_between_the_border_and_with(extract):
    text = ("قتل شرطيان في هجوم على مخفر في بلدة كلس أمس. "
            "وأطلق مسلحون النار على دورية على الحدود التركية مع سوريا صباح اليوم.")
    places = _places(_events(extract, text))
    assert "سوريا" not in places


@pytest.mark.parametrize("text", [
    # the town of the incident itself stands in the sentence before the border phrase
    "قتل جنديان في هجوم على نقطة تفتيش في بلدة كلس القريبة من الحدود مع سوريا أمس.",
    # "حدود سوريا" with no مع is Syria's own ground
    "قتل جنديان في هجوم على نقطة تفتيش داخل حدود سوريا أمس.",
])
def test_the_border_phrase_leaves_other_places_alone(extract, text):
    # guards: the town before the border phrase stays; a border noun with no مع says nothing of a neighbour
    places = _places(_events(extract, text))
    assert places == (["كلس"] if "كلس" in text else ["سوريا"])


def test_the_country_of_the_side_hit_still_wins(extract):
    # guard: the older rule (the target's country) is untouched
    text = "قتل جندي في هجوم على موقع للجيش البوركيني قرب الحدود مع النيجر أمس."
    assert _places(_events(extract, text)) == ["بوركينا فاسو"]


# An incident whose sentence names no place took the country of the side hit ("دمروا مدرعة للحوثيين": Yemen) before
# the text's place was asked; a town of that country named in its sentence or the two just before is now kept.

_TOWN_THEN_A_BLOW = ("وقالت مصادر محلية إن المقاتلين استعادوا أمس بلدة صرواح في محافظة مأرب. "
                     "وذكرت المصادر أن المقاتلين دمروا مدرعة للحوثيين وقتلوا خمسة منهم.")


def test_a_blow_with_no_place_of_its_own_stays_at_the_town_just_told(extract):
    events = _events(extract, _TOWN_THEN_A_BLOW)
    assert _places(events) == ["صرواح", "صرواح"]


def test_with_no_town_before_the_sides_country_stays(extract):
    # guard: nothing finer in the text, the country of the side hit is kept
    text = "قال مسؤولون إن المعارك مستمرة منذ أسابيع. وذكرت المصادر أن المقاتلين دمروا مدرعة للحوثيين وقتلوا خمسة منهم."
    assert _places(_events(extract, text)) == ["اليمن"]


def test_a_town_told_further_back_does_not_replace_the_sides_country(extract):
    # guard: the town is named four sentences back; the article's place there may be another incident's
    text = ("وقالت مصادر محلية إن المقاتلين استعادوا أمس بلدة صرواح في محافظة مأرب. وأكد قائد ميداني أن المعنويات "
            "عالية. وأضاف أن الإمدادات وصلت. وأشار إلى أن الأهالي عادوا. "
            "وذكرت المصادر أن المقاتلين دمروا مدرعة للحوثيين وقتلوا خمسة منهم.")
    assert _places(_events(extract, text)) == ["اليمن", "صرواح"]
