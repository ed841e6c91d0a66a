"""doers26: an adjective that only restates the force noun before it ("القوات العسكرية" is "القوات").

A registry name or a forces.yaml head opening with القوات is also read with العسكرية after it: "القوات
العسكرية" + a nationality is that state's army, "القوات العسكرية الموالية لـ..." the registry's loyal forces.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


@pytest.mark.parametrize("text, trigger, doer", [
    ("وقال المتحدث إن القوات العسكرية العراقية استعادت السيطرة على قرية قرب تكريت أمس.", "استعادت",
     "Military Forces of Iraq"),
    ("وقصفت قوات عسكرية تركية مواقع لحزب العمال الكردستاني في شمال العراق أمس.", "وقصفت",
     "Military Forces of Turkey"),
    ("واستعادت القوات العسكرية الموالية للرئيس هادي السيطرة على قرية قرب لحج أمس.", "واستعادت",
     "Military Forces of Yemen (Pro-Hadi)"),
])
def test_the_restating_adjective_keeps_the_force(extract, text, trigger, doer):
    assert canonical(with_trigger(extract, text, trigger).actor1) == doer


def test_the_bare_noun_with_the_adjective_is_still_no_actor(extract):
    ex = extract("وقال المتحدث إن القوات العسكرية المتمركزة قرب الحدود صدت هجوما للمسلحين أمس.")
    assert not any(m.canonical for m in ex.actor_mentions)


def test_a_name_already_holding_the_adjective_is_not_doubled():
    from rasd.recognise.actors import _with_restating_adjective
    restating = {"القوات": ("العسكريه",)}
    assert _with_restating_adjective(["القوات العسكرية الروسية"], restating) == ("القوات العسكرية الروسية",)
    out = _with_restating_adjective(["القوات الموالية لهادي", "جيش"], restating)
    assert len(out) == 3 and out[-1] == "جيش"


@pytest.mark.parametrize("text", ["القوات", "العسكرية", "القوات العسكرية", "قوات عسكرية"])
def test_short_texts(extract, text):
    extract(text)


@pytest.mark.parametrize("text, trigger, doer", [
    ("واستعادت القوات الشرعية السيطرة على قرية قرب لودر في أبين أمس.", "واستعادت",
     "Military Forces of Yemen (Pro-Hadi)"),
    ("وقصف الجيش الشرعي مواقع الحوثيين قرب تعز أمس.", "وقصف", "Military Forces of Yemen (Pro-Hadi)"),
    ("وهاجمت قوات مغاوير الشرطة مواقع لداعش قرب الرمادي أمس.", "وهاجمت", "Police Forces of Iraq"),
    ("وقتلت قوات مغاوير الشرطة الاتحادية عشرة من عناصر داعش قرب الرمادي أمس.", "وقتلت", "Police Forces of Iraq"),
])
def test_forces_named_by_their_legitimacy_or_as_commandos(extract, text, trigger, doer):
    assert canonical(with_trigger(extract, text, trigger).actor1) == doer


@pytest.mark.parametrize("text, trigger, doer, target", [
    ("وتمركز مسلحو الحوثي في المعسكر واستهدفته طائرات التحالف أمس قرب صعدة.", "واستهدفته",
     "Saudi-led Coalition", "Houthi Movement"),
    ("وكان الحوثيون قد سيطروا على الجسر واستهدفته مقاتلات التحالف أمس قرب صعدة.", "واستهدفته",
     "Saudi-led Coalition", None),
    ("ونشر الحوثيون دبابات في الحي وقصفتها مقاتلات التحالف قرب صعدة.", "وقصفتها",
     "Saudi-led Coalition", "Houthi Movement"),
])
def test_the_side_after_a_joined_verb_holding_its_object_is_its_subject(extract, text, trigger, doer, target):
    ev = with_trigger(extract, text, trigger)
    assert canonical(ev.actor1) == doer
    if target:
        assert canonical(ev.actor2) == target


def test_a_joined_verb_with_its_object_named_keeps_the_earlier_subject(extract):
    ev = with_trigger(extract, "ودخلت قوات الجيش البلدة وطردت مسلحي داعش منها قرب الرمادي أمس.", "وطردت")
    assert canonical(ev.actor1) == "Military Forces of Iraq"


@pytest.mark.parametrize("text", ["واستهدفتها", "واستهدفتها طائرات", "واستهدفته طائرات التحالف"])
def test_short_texts_with_the_joined_verb(extract, text):
    extract(text)
