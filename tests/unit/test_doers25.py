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


# --- subject, verb, object, then a verb joined by و: the object is not the doer of the joined verb ---------------

@pytest.mark.parametrize("text, trigger, doer, hit", [
    ("وأكد مسؤول أن قوات البيشمركة طاردت مسلحي داعش في قرية قرب كركوك وقتلت خمسة منهم.", "وقتلت",
     "Peshmerga", "Islamic State"),
    ("وقال القائد إن رجال المقاومة الشعبية هزموا ميليشيات الحوثي في المعركة وتمكنوا من تحرير مدينة الضالع.",
     "تحرير", "Popular Resistance (Yemen)", "Houthi Movement"),
    ("وأفادت مصادر في تعز أن المقاومة الشعبية دحرت المتمردين الحوثيين وسيطرت على مواقعهم قرب المدينة.",
     "وسيطرت", "Popular Resistance (Yemen)", "Houthi Movement"),
])
def test_the_object_of_the_subjects_verb_is_not_the_doer_of_the_joined_verb(extract, text, trigger, doer, hit):
    found = events(extract, text)
    assert found, text
    assert all(canonical(e.actor1) != hit for e in found), [(e.trigger.text, canonical(e.actor1)) for e in found]
    assert any(canonical(e.actor1) == doer for e in found), [(e.trigger.text, canonical(e.actor1)) for e in found]


def test_a_verb_not_joined_by_wa_keeps_its_own_subject(extract):
    # the relative clause's verb has the object for its subject: the fighters chased are the killers
    text = "وقال مسؤول إن قوات البيشمركة طاردت مسلحي داعش الذين قتلوا خمسة مدنيين في قرية قرب كركوك."
    found = [e for e in events(extract, text) if e.trigger.text == "قتلوا"]
    assert all(canonical(e.actor1) != "Peshmerga" for e in found), [canonical(e.actor1) for e in found]


def test_one_word_texts_of_the_joined_verb(extract):
    for text in ("طاردت", "وقتلت", "هزموا وتمكنوا"):
        assert events(extract, text) == []
