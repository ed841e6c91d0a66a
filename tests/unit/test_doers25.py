"""doers25: who did it (actor1).

A coalition named with its leader ("التحالف العربي الذي تقوده المملكة", "قوات التحالف التي تقودها السعودية",
"مقاتلات التحالف الدولي الذي تقوده واشنطن") is the coalition that state leads; the leading state is part of the
coalition's name, not an actor of its own, so it never becomes the doer of the coalition's strikes.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, events, with_trigger

SAUDI_LED = "Saudi-led Coalition"
US_LED = "Global Coalition Against Daesh"


@pytest.mark.parametrize("text, trigger, doer", [
    ("ونفذت طائرات التحالف العربي الذي تقوده المملكة غارات على مخازن للحوثيين في حجة.", "غارات", SAUDI_LED),
    ("ودمرت قوات التحالف التي تقودها السعودية مخازن سلاح للحوثيين في حجة أمس.", "ودمرت", SAUDI_LED),
    ("وقصفت مقاتلات التحالف الدولي الذي تقوده واشنطن مواقع لتنظيم داعش قرب الموصل.", "وقصفت", US_LED),
    ("وقتل أربعة مدنيين في غارة للتحالف الذي تقوده الولايات المتحدة على قرية قرب الرقة.", "غارة", US_LED),
])
def test_a_coalition_named_with_its_leader_is_the_doer(extract, text, trigger, doer):
    assert canonical(with_trigger(extract, text, trigger).actor1) == doer


def test_the_leader_is_no_actor_of_its_own(extract):
    ex = extract("وشنت طائرات التحالف العربي الذي تقوده المملكة غارات على مواقع الحوثيين في حجة.")
    names = [m.canonical for m in ex.actor_mentions]
    assert SAUDI_LED in names
    assert not any(n and "Saudi Arabia" in n for n in names), names


def test_a_state_leading_something_else_keeps_its_own_name(extract):
    ex = extract("وقالت الحكومة إن الوفد الذي تقوده السعودية وصل إلى جنيف أمس.")
    assert not any(m.canonical in (SAUDI_LED, US_LED) for m in ex.actor_mentions)


def test_a_coalition_without_a_state_after_the_verb_is_left_alone(extract):
    ex = extract("وقال المتحدث إن التحالف الذي يقوده الفهد لم يشارك في القتال.")
    assert not any(m.name.endswith("الفهد") for m in ex.actor_mentions)


def test_one_word_and_cut_texts(extract):
    for text in ("التحالف", "بقيادة", "التحالف الذي", "التحالف الذي تقوده", "التحالف بقيادة", "تقوده السعودية"):
        assert events(extract, text) == []
