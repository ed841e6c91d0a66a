"""commonplaces35: a name that is also a masculine adjective or participle (القائم "standing", الرمادي "grey"),
right after a definite word with no cue or preposition of its own, is the word, even in a report from Iraq;
after a preposition, a cue word or a verb it stays the town.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places

IRAQ = "قالت مصادر أمنية في بغداد إن القوات العراقية تتقدم في محافظة الأنبار غربي العراق. "


def names(resources, text: str) -> set[str]:
    return {m.name for m in kept_places(resources, text)}


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الوضع القائم منذ سنوات لا يمكن أن يستمر.",
    "وبحث الجانبان التعاون العسكري القائم بين البلدين.",
    "وأضاف أن الصراع القائم في المنطقة يهدد الجميع.",
    "وانتقد النائب الموقف الرمادي لبعض الدول.",
    "وارتدى الرجل المعطف الرمادي.",
])
def test_the_adjective_after_a_definite_noun_is_no_place(resources, text):
    got = names(resources, IRAQ + text)
    assert "القائم" not in got and "الرمادي" not in got
    assert "الأنبار" in got


@pytest.mark.parametrize("text, name", [
    ("وقصفت طائرات التحالف مواقع للتنظيم في القائم قرب الحدود السورية.", "القائم"),
    ("وسيطر التنظيم على قضاء القائم.", "القائم"),
    ("وقتل خمسة جنود في هجوم على مدينة الرمادي.", "الرمادي"),
    ("وقال محافظ الأنبار إن معركة الرمادي مستمرة.", "الرمادي"),
    ("ودخلت القوات العراقية الرمادي بعد معارك عنيفة.", "الرمادي"),
])
def test_the_town_stays_after_a_preposition_a_cue_or_a_noun(resources, text, name):
    assert name in names(resources, IRAQ + text)


# A rank that opens a man's name and the verb "amounts to nearly" are listed non-names (place_cues.yaml
# `not_names`): after a cue or a verb of raiding they name no place.

def test_a_rank_after_a_raided_object_is_no_place(resources):
    got = names(resources, "وقال شهود إن مسلحين هاجموا سيارة الليفتنانت جنرال بالقذائف في بوجمبورا.")
    assert "الليفتنانت" not in got and "بوجمبورا" in got


def test_a_verb_after_a_plural_cue_is_no_place(resources):
    got = names(resources, "وقال القائد في سوريا إن المقاتلين حرروا مناطق تناهز مساحتها ألف كيلومتر مربع.")
    assert "تناهز" not in got and "سوريا" in got


def test_an_unseen_village_after_a_preposition_stays(resources):
    got = names(resources, "وقال مسؤول في سوريا إن المقاتلين سيطروا على قرية كفرزيتون وقتلوا خمسة في السالينى.")
    assert "السالينى" in got or "السالينى".replace("ى", "ي") in got
