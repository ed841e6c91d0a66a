"""The lead's rules of the fifteenth session. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _canonical(a):
    return a.canonical if a is not None else None


@pytest.mark.parametrize("text", [
    "هاجم مسلحون مجهولون حاجزا للشرطة في مدينة العريش أمس، ما أدى إلى مقتل شرطي.",
    "قتل ثلاثة جنود برصاص مسلحين مجهولين في مدينة بنغازي أمس.",
    "أطلق مجهولون النار على دورية للجيش في محافظة ديالى أمس فقتلوا جنديين.",
])
def test_unknown_gunmen_on_soldiers_or_police_are_a_clash_with_no_actor1(extract, text):
    # SCHEMA.md: "An attack on soldiers or police by an unidentified person is Battles / Armed clash with actor1: null"
    [e] = extract(text).events
    assert (e.type, e.sub_type) == ("Battles", "Armed clash")
    assert e.actor1 is None
    assert (_canonical(e.actor2) or "").startswith(("Military Forces", "Police Forces"))


def test_guard_unknown_gunmen_on_civilians_keep_their_acled_name(extract):
    [e] = extract("قتل مسلحون مجهولون أربعة مدنيين في سوق بمدينة درنة أمس.").events
    assert e.type == "Violence against civilians"
    assert (_canonical(e.actor1) or "").startswith("Unidentified Armed Group")


def test_guard_a_named_group_on_soldiers_keeps_its_name(extract):
    [e] = extract("هاجم مسلحو تنظيم داعش حاجزا للجيش في مدينة العريش أمس، ما أدى إلى مقتل جنديين.").events
    assert _canonical(e.actor1) == "Islamic State"


def test_a_dual_cue_names_two_places_and_no_third(extract):
    # the verb joined by و after the dual's two names is no third name, however rare the word
    ex = extract("زحف المقاتلون نحو منطقتي كفرنبودة والهبيط، واستردوهما من خصومهم بعد قتال طويل.")
    names = {p.name for p in ex.places}
    assert {"كفرنبودة", "الهبيط"} <= names
    assert "استردوهما" not in names
