"""announce22: an armed side announcing, as its verb's object, an attack or a destruction that hit another armed
side ("كشف المتحدث باسم X، فلان، عن استهداف مواقع تابعة لـY") did it; a force announcing an attack on its own men
or on civilians, one telling what happened after "أن", and an attack launched by the side named after it are left
as they were.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, with_trigger


def test_a_spokesman_revealing_the_targeting_of_the_other_sides_held_posts_did_it(extract):
    text = ("وكشف المتحدث باسم المقاومة الشعبية، سالم الحميري، عن استهداف مواقع في جبل العروس الخاضعة لسيطرة "
            "ميليشيات الحوثي بالصواريخ.")
    event = with_trigger(extract, text, "استهداف")
    assert canonical(event.actor1) == "Popular Resistance (Yemen)"
    assert canonical(event.actor2) == "Houthi Movement"


def test_a_media_cell_announcing_after_a_day_the_destruction_of_an_enemy_store_did_it(extract):
    text = "وأعلنت خلية الإعلام الحربي، الأحد، عن تدمير مخزن لتنظيم داعش في مدينة الرمادي."
    event = with_trigger(extract, text, "تدمير")
    assert canonical(event.actor1) == "Military Forces of Iraq"
    assert canonical(event.actor2) == "Islamic State"


def test_the_destruction_as_the_direct_object_after_a_date(extract):
    text = "وأعلنت قيادة عمليات الأنبار، أمس، تدمير ثلاث عجلات مفخخة لتنظيم داعش قرب مدينة هيت."
    event = with_trigger(extract, text, "تدمير")
    assert canonical(event.actor1) == "Military Forces of Iraq"


def test_an_attack_launched_by_the_side_named_after_it_is_that_sides(extract):
    text = "وكشف مصدر في الجيش العراقي عن هجوم شنه تنظيم داعش على قرية في مدينة هيت."
    event = with_trigger(extract, text, "هجوم")
    assert canonical(event.actor1) == "Islamic State"


def test_a_command_telling_after_that_an_attack_hit_the_enemy_is_not_read_as_its_object(extract):
    text = "وأعلنت قيادة عمليات بغداد أن هجوما استهدف مواقع تنظيم داعش في مدينة الكرمة."
    event = with_trigger(extract, text, "هجوما")
    assert canonical(event.actor1) != "Military Forces of Iraq"


def test_a_spokesman_of_an_unrecognised_body_gives_no_doer(extract):
    text = "وكشف المتحدث باسم اللجنة عن استهداف مواقع لميليشيات الحوثي في مدينة تعز."
    event = with_trigger(extract, text, "استهداف")
    assert event.actor1 is None or canonical(event.actor1) != "Houthi Movement"


def test_a_claim_of_responsibility_keeps_its_claimer(extract):
    text = "وأعلنت حركة الشباب مسؤوليتها عن هجوم على قاعدة للجيش الكيني في مدينة لامو."
    event = with_trigger(extract, text, "هجوم")
    assert canonical(event.actor1) == "Al Shabaab"


def test_one_word_texts_do_not_fail(extract):
    for word in ("استهداف", "عن", "أعلن", "تدمير"):
        events(extract, word)


# --- a claim told in the sentence before the attack ---------------------------------------------------------------

def test_a_claim_in_the_lead_gives_the_ambush_told_next_its_doer(extract):
    text = ("الشباب تقتل قاضيا في بيداوا\n\nأعلن مسلحو حركة الشباب مسؤوليتهم عن قتل قاض صومالي مع سائقه الأحد في "
            "مدينة بيداوا، بعد يوم من زيارة وزير الداخلية للمدينة.\n\nوكان القاضي يسير في سوق المدينة عندما نصب له "
            "مهاجموه كمينا وقتلوه مع سائقه، ثم فروا.")
    event = with_trigger(extract, text, "كمينا")
    assert canonical(event.actor1) == "Al Shabaab"


def test_a_claim_before_a_separate_incident_is_not_its_doer(extract):
    text = ("الشباب تقتل قاضيا في بيداوا\n\nأعلن مسلحو حركة الشباب مسؤوليتهم عن قتل قاض صومالي مع سائقه الأحد في "
            "مدينة بيداوا، بعد يوم من زيارة وزير الداخلية للمدينة.\n\nوفي حادثة منفصلة، نصب مجهولون كمينا لتاجر في "
            "سوق مدينة جوهر وقتلوه.")
    event = with_trigger(extract, text, "كمينا")
    assert canonical(event.actor1) != "Al Shabaab"


def test_a_claim_before_an_incident_naming_its_own_side_is_not_taken(extract):
    text = ("الشباب تقتل قاضيا في بيداوا\n\nأعلن مسلحو حركة الشباب مسؤوليتهم عن قتل قاض صومالي مع سائقه الأحد في "
            "مدينة بيداوا، بعد يوم من زيارة وزير الداخلية للمدينة.\n\nونصب مسلحو تنظيم داعش كمينا لدورية في مدينة "
            "بوساسو.")
    event = with_trigger(extract, text, "كمينا")
    assert canonical(event.actor1) != "Al Shabaab"


# --- the side whose members are counted dead after a fight is the side hit -------------------------------------------

def test_a_fight_that_led_to_the_death_of_a_groups_members_was_not_fought_by_it_alone(extract):
    text = "أدت الاشتباكات إلى مقتل العشرات من عناصر تنظيم داعش في مدينة الفلوجة."
    event = with_trigger(extract, text, "الاشتباكات")
    assert canonical(event.actor1) != "Islamic State"
    assert canonical(event.actor2) == "Islamic State"


def test_the_toll_told_after_the_side_marks_it_as_hit(extract):
    text = "أدت الاشتباكات إلى سقوط العشرات من عناصر (داعش) بين قتيل وجريح في مدينة الفلوجة."
    event = with_trigger(extract, text, "الاشتباكات")
    assert canonical(event.actor2) == "Islamic State"


def test_the_commander_telling_of_the_enemy_dead_in_the_fight_fought_it(extract):
    text = ("وقال قائد في جهاز مكافحة الإرهاب إن قواته حررت حي الضباط في مدينة الفلوجة. وأضاف القائد أن الاشتباكات "
            "أدت إلى مقتل العشرات من عناصر داعش.")
    event = with_trigger(extract, text, "الاشتباكات")
    assert canonical(event.actor1) == "Military Forces of Iraq"
    assert canonical(event.actor2) == "Islamic State"


def test_an_attack_launched_by_a_counted_band_of_members_is_theirs(extract):
    text = "هجوم شنه العشرات من مسلحي تنظيم داعش على قرية قرب مدينة الفلوجة."
    event = with_trigger(extract, text, "هجوم")
    assert canonical(event.actor1) == "Islamic State"
