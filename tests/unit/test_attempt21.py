"""attempt21: what an attempt or a foiling was of did not happen (a bomb that did not go off, ground that did not
change hands), while a real strike told as the attempt's means stays; and "تصدى X لـ(هجوم)": the attack a side
faced is a fight, its maker actor1 and the side that faced it actor2.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, of_type

BOMBINGS = {"Remote explosive/landmine/IED", "Suicide bomb"}
GROUND = {"Government regains territory", "Non-state actor overtakes territory"}


def sub_types(extract, text):
    return {e.sub_type for e in events(extract, text)}


def test_a_bombing_a_gunman_tried_and_police_foiled_is_only_the_foiling(extract):
    text = "حاول مسلح تفجير عبوة ناسفة قرب مركز للشرطة في مدينة الموصل أمس، لكن قوات الأمن العراقية أحبطت المحاولة."
    found = sub_types(extract, text)
    assert not found & BOMBINGS
    [foiled] = of_type(extract, text, "Disrupted weapons use")
    assert canonical(foiled.actor1) == "Police Forces of Iraq"


def test_a_bomber_who_tried_to_blow_himself_up_set_off_no_suicide_bomb(extract):
    text = "حاول الانتحاري سالم عبدالله تفجير نفسه أمام بوابة مقر أمني في مدينة الرمادي مساء أمس."
    assert not sub_types(extract, text) & BOMBINGS


def test_the_belt_of_a_tried_bombing_did_not_go_off(extract):
    text = "وحاول المطلوب تفجير نفسه بواسطة حزام ناسف كان يرتديه داخل منزل في مدينة العريش أمس."
    assert not sub_types(extract, text) & BOMBINGS


def test_a_bombing_the_attackers_tried_after_an_infinitive_did_not_happen(extract):
    text = "حاول المسلحون أن يفجروا سيارة مفخخة قرب مقر الشرطة في مدينة كركوك أمس."
    assert not sub_types(extract, text) & BOMBINGS


def test_a_foiled_run_of_bombings_is_no_bombing(extract):
    text = "وأعلنت الشرطة اليمنية إحباط عدد من عمليات التفجير بعبوات ناسفة في مدينة صنعاء أمس."
    assert not sub_types(extract, text) & BOMBINGS


def test_ground_a_side_tried_to_take_did_not_change_hands(extract):
    text = ("قتلت الفصائل عشرين عنصرا من قوات النظام أمس خلال محاولتهم اقتحام حي الزهراء في مدينة حلب، "
            "واستعادة السيطرة على منطقة الليرمون.")
    found = sub_types(extract, text)
    assert not found & GROUND
    assert "Armed clash" in found   # the storming tried is a fight


def test_a_strike_told_as_the_means_of_an_attempt_stays(extract):
    text = "وحاولت قوات النظام من خلال غارات جوية مكثفة على مواقع الفصائل أمس اقتحام مدينة الزبداني."
    assert "Air/drone strike" in sub_types(extract, text)


def test_a_bombing_in_a_phrase_after_an_attempt_is_real(extract):
    text = "حاول مسلحو التنظيم اقتحام مدينة الرمادي أمس وقتل خمسة جنود في تفجير سيارة مفخخة في بلدة الخالدية."
    assert sub_types(extract, text) & BOMBINGS


def test_a_bombing_told_outright_stays(extract):
    text = "انفجرت سيارة مفخخة في مدينة كركوك أمس وقتل خمسة أشخاص."
    assert "Remote explosive/landmine/IED" in sub_types(extract, text)


def test_an_attack_a_side_faced_is_a_fight_its_maker_started(extract):
    text = "تصدت قوات المقاومة الشعبية أمس لهجوم شنه مسلحو الحوثي على مواقعها في مدينة تعز."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"
    assert canonical(clash.actor2) == "Popular Resistance (Yemen)"


def test_attacks_faced_with_the_day_between_are_a_fight(extract):
    text = "وفي مديرية صرواح تصدت المقاومة والجيش، امس، لهجمات شنها المسلحون الحوثيون على مواقع المقاومة."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"


def test_an_attack_a_side_managed_to_face_is_a_fight(extract):
    text = "وتمكن المقاتلون أمس من التصدي لهجمات متتالية شنها المسلحون على مدينة مأرب."
    assert "Armed clash" in sub_types(extract, text)


def test_a_duty_to_face_attacks_is_no_fight(extract):
    text = "يجب التصدي لهجمات الإرهابيين على المساجد في مدينة الدمام."
    assert not events(extract, text)


def test_a_training_to_face_attacks_is_no_fight(extract):
    text = "تلقى المقاتلون تدريبات للتصدي لهجمات المسلحين في مدينة عدن."
    assert not events(extract, text)


def test_a_goalkeeper_facing_a_shot_is_no_fight(extract):
    assert not events(extract, "تصدى حارس المرمى لكرة قوية في مباراة الأمس في مدينة جدة.")


def test_a_government_facing_a_problem_is_no_fight(extract):
    assert not events(extract, "تصدت الحكومة لمشكلة البطالة في مدينة جدة.")


def test_the_authorities_confronting_a_threat_are_not_the_side_hit(extract):
    text = ("ناقش البرلمان قانونا يعزز وسائل السلطات التونسية للتصدي للتهديد الإرهابي في وقت تتزايد فيه "
            "الاعتداءات على الفنادق في مدينة سوسة.")
    for e in events(extract, text):
        assert canonical(e.actor2) != "Government of Tunisia"


def test_one_word_texts(extract):
    for word in ("حاول", "محاولة", "أحبطت", "تصدت", "التصدي", "لهجوم", "تفجير"):
        events(extract, word)
