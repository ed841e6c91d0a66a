"""foiled22: the items of a numbered list headed by a foiling ("ومن المخططات التي تم إحباطها ما يلي: 1- ...")
are plots that did not happen; the foiling itself stays the disrupted weapons use.  A list with no foiling in its
heading tells what was done.  A group claiming the attack is not the doer of its foiling or of the arrests that
followed it: it is the side acted against (actor2).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, of_type

PLOTS = {"Remote explosive/landmine/IED", "Suicide bomb", "Headquarters or base established", "Attack"}

FOILED_LIST = ("أعلنت وزارة الداخلية أمس أن قوات الأمن أحبطت عدة مخططات في البلاد، ومن المخططات التي تم "
               "إحباطها ما يلي:- 1- هجوم انتحاري بسيارة مفخخة على مركز للشرطة في مدينة حمص. 2- تفجير عبوة "
               "ناسفة قرب سوق مدينة حماة وفق المواعيد الآتية:- الجمعة والسبت. 3 - إقامة معسكر تدريب في صحراء "
               "تدمر.")


def sub_types(extract, text):
    return {e.sub_type for e in events(extract, text)}


def test_the_items_of_a_foiled_list_are_not_incidents(extract):
    assert not sub_types(extract, FOILED_LIST) & PLOTS


def test_the_foiling_that_heads_the_list_stays(extract):
    assert of_type(extract, FOILED_LIST, "Disrupted weapons use")


def test_a_heading_foiled_with_a_pronoun_and_bracketed_numbers(extract):
    text = ("وقالت الشرطة إن الخلية كانت تخطط لعمليات كثيرة أحبطتها الأجهزة الأمنية كالتالي: 1) تفجير سيارة مفخخة "
            "أمام فندق في مدينة سوسة. 2) اغتيال ضابط في مدينة صفاقس.")
    found = sub_types(extract, text)
    assert "Remote explosive/landmine/IED" not in found
    assert "Attack" not in found


def test_a_list_of_attacks_carried_out_is_kept(extract):
    text = ("ونفذ التنظيم خلال الشهر الماضي الهجمات التالية: 1- هجوم انتحاري بسيارة مفخخة على مركز للشرطة في مدينة "
            "حمص. 2- تفجير عبوة ناسفة قرب سوق مدينة حماة.")
    found = sub_types(extract, text)
    assert "Suicide bomb" in found
    assert "Remote explosive/landmine/IED" in found


def test_a_sentence_after_the_list_is_no_item(extract):
    text = ("ومن العمليات التي تم إحباطها ما يلي: 1- تفجير عبوة ناسفة قرب سوق مدينة حماة. وفي سياق آخر انفجرت "
            "عبوة ناسفة أمس في سوق مدينة إدلب وقتل ثلاثة أشخاص.")
    places = {e.place.name for e in events(extract, text) if e.place and e.sub_type == "Remote explosive/landmine/IED"}
    assert "إدلب" in places
    assert "حماة" not in places


def test_the_claimant_of_a_foiled_attack_is_not_its_foiler(extract):
    text = "أحبطت قوات الأمن الأردنية هجوما انتحاريا قرب مطار مدينة العقبة أمس، وتبنى تنظيم داعش العملية."
    [foiled] = of_type(extract, text, "Disrupted weapons use")
    assert canonical(foiled.actor1) in {"Military Forces of Jordan", "Police Forces of Jordan"}
    assert canonical(foiled.actor2) == "Islamic State"


def test_the_claimant_of_a_bombing_is_not_the_force_that_arrested_suspects(extract):
    text = ("اعتقلت الشرطة التركية أمس خمسة أشخاص في مدينة أضنة للاشتباه بصلتهم بالتفجير الذي وقع في بلدة "
            "سوروتش وتبنى تنظيم داعش مسؤوليته.")
    [arrest] = of_type(extract, text, "Arrests")
    assert canonical(arrest.actor1) == "Police Forces of Turkey"
    assert canonical(arrest.actor2) == "Islamic State"


def test_the_claimant_of_a_bombing_stays_its_doer(extract):
    text = "انفجرت سيارة مفخخة أمس قرب مركز للشرطة في مدينة العريش، وتبنى تنظيم داعش الهجوم."
    [bomb] = of_type(extract, text, "Remote explosive/landmine/IED")
    assert canonical(bomb.actor1) == "Islamic State"


def test_one_word_texts(extract):
    for word in ("إحباطها", ":", "1-", "1", "-", "•", ": 1-", "تفجير:", "أحبطت: 1- تفجير"):
        events(extract, word)
