"""announce18: an armed side announcing a fight or a shelling that hit another side, naming no doer, dealt it
("أعلنت قيادة الجيش مقتل العشرات من عناصر التنظيم خلال اشتباكات"); a side telling of its own dead, a monitor or a
ministry telling of the fight, and a bombing told by the police are left as they were.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, of_type


def test_a_command_announcing_enemy_dead_in_clashes_fought_them(extract):
    text = "أعلنت قيادة عمليات الجيش العراقي مقتل عشرين من عناصر تنظيم داعش خلال اشتباكات عنيفة في مدينة بيجي."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Military Forces of Iraq"
    assert canonical(clash.actor2) == "Islamic State"


def test_an_armed_group_revealing_that_battles_killed_the_other_side_fought_them(extract):
    text = "وكشفت المقاومة الشعبية أن المعارك في مديرية صبر أسفرت عن مقتل ثلاثين من مسلحي الحوثي."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"
    assert canonical(clash.actor2) == "Houthi Movement"


def test_a_groups_media_centre_telling_of_shelling_on_the_other_side_shelled_it(extract):
    text = "وذكر المركز الإعلامي للمقاومة أن القصف استهدف تجمعا للحوثيين في مدينة لودر."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Popular Resistance (Yemen)"


def test_an_army_telling_of_its_own_dead_is_not_the_doer(extract):
    text = "وأعلن الجيش التركي مقتل ثلاثة جنود أتراك في اشتباكات مع مسلحين في مدينة ماردين."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) != "Military Forces of Turkey"


def test_a_ministry_of_health_telling_of_enemy_dead_is_not_the_doer(extract):
    text = "وأعلنت وزارة الصحة مقتل عشرين من عناصر تنظيم داعش خلال اشتباكات في مدينة الرمادي."
    [clash] = of_type(extract, text, "Armed clash")
    assert clash.actor1 is None


def test_a_monitor_telling_of_a_groups_dead_is_not_the_doer(extract):
    text = "وقال المرصد السوري إن الاشتباكات في مدينة حلب أسفرت عن مقتل عشرة من مقاتلي جبهة النصرة."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) != "Syrian Observatory for Human Rights"


def test_police_announcing_a_car_bomb_did_not_set_it(extract):
    text = "وأعلنت الشرطة العراقية مقتل عشرة مدنيين في انفجار سيارة مفخخة في مدينة بعقوبة."
    [bomb] = of_type(extract, text, "Remote explosive/landmine/IED")
    assert bomb.actor1 is None


def test_a_one_word_text_does_not_break_the_reading(extract):
    assert extract("اشتباكات", "2015-07-20").events is not None


def test_a_verb_told_in_a_forces_statement_keeps_its_own_unnamed_subject(extract):
    text = "وقال الجيش التركي إن مسلحين أكرادا فتحوا النار على عناصر من تنظيم داعش في مدينة ماردين."
    for e in of_type(extract, text, "Armed clash"):
        assert canonical(e.actor1) != "Military Forces of Turkey"


# --- a foiled attack whose maker is named -------------------------------------------------------------

def test_a_foiled_attack_launched_by_a_side_makes_that_side_actor1(extract):
    text = "وأحبطت المقاومة الشعبية هجوما شنه مسلحو الحوثي على مواقعها في مدينة تعز."
    events = extract(text, "2015-07-20").events
    assert events
    assert all(canonical(e.actor1) == "Houthi Movement" for e in events)
    assert all(canonical(e.actor2) == "Popular Resistance (Yemen)" for e in events)


def test_a_foiled_attack_of_a_side_named_by_l_makes_that_side_actor1(extract):
    text = "وأحبطت القوات السعودية هجوما لميليشيات الحوثي على منفذ حدودي قرب مدينة نجران."
    events = extract(text, "2015-07-20").events
    assert events
    assert all(canonical(e.actor1) == "Houthi Movement" for e in events)


def test_a_foiled_plot_keeps_the_foiling_force_as_actor1(extract):
    text = "وأحبطت الشرطة التركية هجوما كان تنظيم داعش يخطط لتنفيذه في مدينة إسطنبول."
    events = extract(text, "2015-07-20").events
    assert events
    assert all(canonical(e.actor1) == "Police Forces of Turkey" for e in events)


def test_foiled_smuggling_keeps_the_foiling_force_as_actor1(extract):
    text = "وأحبطت السلطات البحرينية محاولة لتهريب أسلحة إلى داخل البلاد."
    for e in extract(text, "2015-07-20").events:
        assert canonical(e.actor1) == "Military Forces of Bahrain"


# --- a clash that broke out in the wake of an attack a side launched ----------------------------------

def test_fighting_between_two_sides_after_an_attack_launched_by_the_second_was_started_by_it(extract):
    text = ("وتجددت المعارك العنيفة في مدينة درعا بين قوات النظام ومقاتلي المعارضة إثر هجوم شنه مقاتلو المعارضة "
            "على أحياء تابعة لقوات النظام.")
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Opposition Rebels (Syria)"
    assert canonical(clash.actor2) == "Military Forces of Syria"


def test_clashes_after_a_repelled_infiltration_were_started_by_the_infiltrators(extract):
    text = ("واندلعت اشتباكات بين المقاومة الشعبية وميليشيات الحوثي في مديرية صرواح، عقب صد المقاومة لمحاولة تسلل "
            "نفذتها عناصر الحوثي.")
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"
    assert canonical(clash.actor2) == "Popular Resistance (Yemen)"


def test_an_attack_of_a_side_named_by_l_after_the_clash_makes_it_the_starter(extract):
    text = "واندلعت اشتباكات بين قوات الجيش العراقي وعناصر تنظيم داعش في مدينة بيجي إثر هجوم لتنظيم داعش على مواقع الجيش."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Islamic State"


def test_an_attack_with_no_side_named_leaves_the_sides_as_told(extract):
    text = "واندلعت اشتباكات بين قوات الجيش العراقي وعناصر تنظيم داعش في مدينة بيجي إثر هجوم على مواقع الجيش."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Military Forces of Iraq"


# --- an Iraqi operations command is the Iraqi army ----------------------------------------------------

def test_a_source_in_an_iraqi_operations_command_announcing_shelling_tells_of_the_armys(extract):
    text = "وأعلن مصدر في قيادة عمليات الأنبار مقتل ستة من قادة تنظيم داعش بقصف مدفعي على حي في مدينة الفلوجة."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Military Forces of Iraq"
    assert canonical(shelling.actor2) == "Islamic State"
