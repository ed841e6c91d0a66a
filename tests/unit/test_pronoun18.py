"""pronoun18: a side's name wrapped in quotation marks stands where its opening mark stands, so the preposition or
verb before the marks still marks it ("وخطفت «جبهة النصرة»", "اشتبكت مع مسلحي تنظيم "داعش""); a side named after a
word of opposing ("القوات المناهضة للحوثيين") is the side opposed, never the doer.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, of_type


def test_a_quoted_group_right_after_its_verb_is_its_subject(extract):
    text = "وخطفت «جبهة النصرة» خمسة مقاتلين من فصيل معارض قرب مدينة إدلب مساء الخميس."
    [abduction] = of_type(extract, text, "Abduction/forced disappearance")
    assert canonical(abduction.actor1) == "Jabhat al-Nusra"


def test_a_group_in_straight_quotes_after_with_is_the_other_party(extract):
    text = 'وقال مصدر أمني إن قوات الجيش العراقي اشتبكت مع مسلحي تنظيم "داعش" قرب مدينة الرمادي.'
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Military Forces of Iraq"
    assert canonical(clash.actor2) == "Islamic State"


def test_a_quoted_attacker_after_a_repelled_attack_keeps_its_l(extract):
    text = "وتمكنت قوات البيشمركة من صد هجوم لمسلحي «داعش» على قرية قرب مدينة كركوك."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Islamic State"
    assert canonical(clash.actor2) == "Peshmerga"


def test_quotation_marks_that_do_not_wrap_the_name_change_nothing(extract):
    text = "وقال المتحدث: «سيطرت قوات الجيش العراقي على بلدة قرب مدينة تكريت»."
    [taking] = of_type(extract, text, "Government regains territory")
    assert canonical(taking.actor1) == "Military Forces of Iraq"


def test_the_side_opposed_by_local_forces_is_not_the_taker(extract):
    text = "وتمكنت القوات المحلية المناهضة للحوثيين من السيطرة على مطار مدينة عدن أمس."
    # hostile41 names the force by the side it is against: the Houthis' opponent, a pro-government militia,
    # so the taking is the government side's (it was a non-state takeover with no doer before)
    [taking] = of_type(extract, text, "Government regains territory")
    assert canonical(taking.actor1) == "Popular Resistance (Yemen)"
    assert canonical(taking.actor2) == "Houthi Movement"


def test_the_side_opposed_with_its_l_apart_and_quoted_is_not_the_attacker(extract):
    text = "وهاجم مقاتلون معادون لـ«داعش» مواقع قرب مدينة الرقة فجر الأحد."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) != "Islamic State"


def test_a_side_loyal_to_a_group_is_still_read_as_before(extract):
    text = "وهاجم مسلحون موالون لتنظيم داعش نقطة أمنية قرب مدينة الموصل."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Islamic State"


def test_a_quoted_name_alone_or_at_the_edges_survives(extract):
    assert extract("«داعش»").events == []
    assert extract("داعش»").events == []


def test_a_coalition_whose_strikes_back_the_fighters_did_not_take_the_town(extract):
    text = "وقال قائد ميداني إن المقاتلين المدعومين بغارات ينفذها التحالف العربي سيطروا على بلدة قرب مدينة عدن."
    [taking] = [e for e in events(extract, text) if "territory" in e.sub_type]
    assert canonical(taking.actor1) != "Saudi-led Coalition"


def test_a_backed_force_named_as_such_still_took_the_positions(extract):
    text = "وقالت مصادر إن القوات الحكومية مدعومة بضربات جوية من التحالف استعادت مواقع قرب مدينة عدن."
    [taking] = of_type(extract, text, "Government regains territory")
    assert canonical(taking.actor1) == "Military Forces of Yemen (Pro-Hadi)"


def test_a_commander_telling_of_the_fighters_taking_ground_is_not_the_side_hit(extract):
    text = "وأكد قائد في الحشد الشعبي أن المقاتلين سيطروا على قرية قرب مدينة بيجي بعد معارك مع تنظيم داعش."
    [taking] = [e for e in events(extract, text) if "territory" in e.sub_type]
    assert canonical(taking.actor1) != "Islamic State"
    assert canonical(taking.actor2) != "Popular Mobilization Forces"


def test_a_resistance_commander_telling_of_the_rebels_taking_a_hill_tells_of_his_own(extract):
    text = "وأكد قائد في المقاومة الشعبية أن الثوار سيطروا على تلة قرب مدينة تعز بعد معارك مع الحوثيين."
    [taking] = [e for e in events(extract, text) if "territory" in e.sub_type]
    assert canonical(taking.actor1) == "Popular Resistance (Yemen)"
    assert canonical(taking.actor2) == "Houthi Movement"


def test_a_leader_of_a_group_killed_in_a_raid_is_still_the_side_hit(extract):
    text = "قتل قيادي بارز في تنظيم داعش في غارة جوية قرب مدينة الموصل."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor2) == "Islamic State"
