"""roles15: the doer named sentences back.  Fighting told again ("خلال تلك المواجهات", "واستمرت الاشتباكات")
was started by the side that started the fight, the attack or the taking of ground told before it; a monitor or an
organisation that tells or condemns an act did not do it; a bomb with no doer borrows no group the sentence before
names as hit; whoever launched a shell fired it; sides told in parts may stand after the place of the fighting; the
observatory's "الكتائب المقاتلة" and the bare "المعارضة" of a report that names Syria's rebels are those rebels.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, of_type


# --- fighting told again ------------------------------------------------------------------------------

def test_the_fighting_a_demonstrative_points_to_was_started_by_the_side_that_took_the_ground(extract):
    text = ("أكد مصدر في المقاومة الشعبية اليوم سيطرة المقاومة على معسكر اللواء 35 في مدينة تعز. "
            "وقال المصدر إن المقاومة سيطرت على المعسكر بشكل كامل. "
            "وأوضح أن الحوثيين فروا من المنطقة. "
            "وأشار إلى أن فرق الهندسة بدأت نزع الألغام. "
            "وسقط عشرات القتلى من الحوثيين خلال تلك المواجهات بحسب المصدر.")
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"


def test_fighting_with_no_demonstrative_and_nothing_going_on_takes_no_side_from_before(extract):
    text = ("أكد مصدر في المقاومة الشعبية اليوم سيطرة المقاومة على معسكر اللواء 35 في مدينة تعز. "
            "وقال المصدر إن المقاومة سيطرت على المعسكر بشكل كامل. "
            "وأوضح أن الحوثيين فروا من المنطقة. "
            "وأشار إلى أن فرق الهندسة بدأت نزع الألغام. "
            "وسقط عشرات القتلى في اشتباكات بمدينة إب بحسب المصدر.")
    clashes = of_type(extract, text, "Armed clash")
    assert all(canonical(c.actor1) != "Popular Resistance (Yemen)" for c in clashes)


def test_fighting_going_on_at_the_same_place_was_started_by_the_side_that_attacked_it(extract):
    text = ("وكانت قوات النظام السوري بدأت هجوما واسعا على مدينة الزبداني قبل أسبوع. "
            "واستمرت الاشتباكات العنيفة في محيط الزبداني أمس.")
    clashes = [e for e in events(extract, text) if e.type == "Battles"]
    assert clashes and all(canonical(c.actor1) == "Military Forces of Syria" for c in clashes)


# --- who tells or condemns did not do it --------------------------------------------------------------

def test_a_monitor_announcing_a_strike_is_not_its_doer(extract):
    text = "أعلن المرصد السوري لحقوق الإنسان قصف الطيران الحربي السوري مناطق في بلدة الحارة بريف درعا."
    found = [e for e in events(extract, text) if e.type == "Explosions/Remote violence"]
    assert found and all(canonical(e.actor1) != "Syrian Observatory for Human Rights" for e in found)


def test_an_army_announcing_its_own_strike_stays_its_doer(extract):
    text = "أعلن الجيش التركي قصف مواقع حزب العمال الكردستاني في منطقة هاكورك شمالي العراق."
    found = [e for e in events(extract, text) if e.type == "Explosions/Remote violence"]
    assert found and canonical(found[0].actor1) == "Military Forces of Turkey"


def test_the_short_past_of_condemning_marks_who_condemns(extract):
    text = "دانت منظمة العفو الدولية أمس قصف المتمردين الحوثيين أحياء سكنية في مدينة تعز."
    found = [e for e in events(extract, text) if e.type == "Explosions/Remote violence"]
    assert found and canonical(found[0].actor1) == "Houthi Movement"


# --- a bomb borrows no group the sentence before names as hit -----------------------------------------

def test_a_bomb_borrows_no_group_counted_dead_in_the_sentence_before(extract):
    text = ("وقتلت القوات العراقية 15 مسلحا من تنظيم داعش في قرية البو طعمة شمال بعقوبة. "
            "وقتل أربعة مدنيين في انفجار عبوة ناسفة في قضاء الخالص.")
    [bomb] = [e for e in events(extract, text) if e.place and e.place.name == "الخالص"]
    assert bomb.actor1 is None


def test_a_bomb_still_borrows_the_group_the_sentence_before_tells_attacking(extract):
    text = ("وشنت حركة الشباب هجمات على مواقع للجيش الصومالي في إقليم شبيلي السفلى. "
            "وقتل ثلاثة جنود في انفجار عبوة ناسفة في بلدة مركا.")
    [bomb] = [e for e in events(extract, text) if e.place and e.place.name == "مركا"]
    assert canonical(bomb.actor1) == "Al Shabaab"


# --- whoever launched a shell fired it ----------------------------------------------------------------

def test_who_launched_the_shells_fired_them(extract):
    text = "وسقطت عشرات القذائف الصاروخية التي أطلقتها ميليشيات الحوثي على أحياء مدينة تعز أمس."
    found = [e for e in events(extract, text) if e.type == "Explosions/Remote violence"]
    assert found and all(canonical(e.actor1) == "Houthi Movement" for e in found)


def test_a_campaign_launched_names_no_doer_of_a_shell(extract):
    text = ("وسقطت قذيفة هاون على حي الروضة في مدينة تعز أمس، "
            "فيما أطلقت منظمة الصحة العالمية حملة للتطعيم في المدينة.")
    found = [e for e in events(extract, text) if e.type == "Explosions/Remote violence"]
    assert all(canonical(e.actor1) != "World Health Organization" for e in found)


# --- sides told in parts after the place ------------------------------------------------------------

def test_sides_told_in_parts_after_the_place_of_the_fighting(extract):
    text = ("ودارت بعد منتصف الليل اشتباكات على أطراف حي الشيخ سعيد جنوب مدينة حلب بين قوات النظام "
            "مدعمة بعناصر من حزب الله اللبناني من جهة وجبهة النصرة من جهة أخرى.")
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Military Forces of Syria"
    assert canonical(clash.actor2) == "Jabhat al-Nusra"


def test_a_far_bayna_not_told_in_parts_names_no_sides(extract):
    text = ("ودارت بعد منتصف الليل اشتباكات على أطراف حي الشيخ سعيد جنوب مدينة حلب الواقعة بين "
            "مواقع قوات النظام وجبهة النصرة.")
    for clash in of_type(extract, text, "Armed clash"):
        assert canonical(clash.actor2) != "Jabhat al-Nusra"


# --- the observatory's words for Syria's rebels -------------------------------------------------------

def test_the_observatorys_battalions_and_the_bare_opposition_are_syrias_rebels(extract):
    text = ("وقال المرصد إن فصائل المعارضة السورية قصفت مواقع لقوات النظام في ريف درعا. "
            "ودارت مواجهات بين المعارضة والقوات النظامية في بلدة بصرى الشام.")
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Opposition Rebels (Syria)"
    [clash] = of_type(extract, "ودارت مواجهات بين الكتائب المقاتلة وقوات النظام في ريف درعا.", "Armed clash")
    assert canonical(clash.actor1) == "Opposition Rebels (Syria)"


def test_the_bare_opposition_of_an_article_naming_no_rebels_is_no_actor(extract):
    result = extract("ودعا الرئيس إلى حوار مع المعارضة في بوروندي لإنهاء الأزمة السياسية.", "2015-07-20")
    assert all(a.canonical != "Opposition Rebels (Syria)" for a in result.actors)
