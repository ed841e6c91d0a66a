"""sides33: a bare fight noun whose sides the item named before (roles._sides_of_the_fight_told).

Fighting whose sentence names no side of its own ("وتدور اشتباكات عنيفة في ..."), or names them only as "the two
sides" ("في مواجهات بين الطرفين", event_roles.yaml both_sides), is the fight of the pair told just before in the
same item: actor1 the side that started that fight, actor2 the side it fought.  The thread breaks at another
country, at another side named between (a roundup of several wars), at unknown gunmen, and where the sentence
names a side acting in a clause of its own.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, with_trigger

IRAQ, IS = "Military Forces of Iraq", "Islamic State"
RESISTANCE, HOUTHIS = "Popular Resistance (Yemen)", "Houthi Movement"


def test_fighting_going_on_after_an_attack_is_its_pair(extract):
    ev = with_trigger(extract, "هاجمت قوات الجيش العراقي مواقع تنظيم داعش في منطقة حصيبة شرق الرمادي أمس. وتدور "
                               "اشتباكات عنيفة في منطقة الجزيرة شمال مدينة سامراء.", "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (IRAQ, IS)


def test_fighting_between_the_two_sides(extract):
    ev = with_trigger(extract, "شنت المقاومة الشعبية هجوما واسعا على مواقع ميليشيات الحوثي في مديرية صرواح بمحافظة "
                               "مأرب أمس. وفي جبهة مدينة تعز، قتل عشرة من الحوثيين في مواجهات بين الطرفين.", "مواجهات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (RESISTANCE, HOUTHIS)


def test_guard_another_country_keeps_no_side(extract):
    ev = with_trigger(extract, "شنت قوات النظام السوري هجوما على مواقع المعارضة في ريف إدلب. وفي اليمن تدور اشتباكات "
                               "عنيفة في مدينة تعز.", "اشتباكات")
    assert ev.actor1 is None


def test_guard_another_side_named_between(extract):
    ev = with_trigger(extract, "هاجمت المقاومة الشعبية مواقع الحوثيين في مدينة تعز أمس. وقصفت طائرات حربية روسية "
                               "مواقع في مدينة حلب. وتدور اشتباكات عنيفة في مدينة مأرب.", "اشتباكات")
    assert ev.actor1 is None


def test_guard_unknown_gunmen(extract):
    ev = with_trigger(extract, "هاجمت قوات الجيش العراقي مواقع تنظيم داعش في منطقة حصيبة شرق الرمادي أمس. وقتل "
                               "جنديان في اشتباكات مع مسلحين مجهولين في منطقة الجزيرة شمال مدينة سامراء.", "وقتل")
    assert ev.actor1 is None


def test_guard_the_sentence_names_its_own_attacker(extract):
    found = events(extract, "سيطرت المقاومة الشعبية على مدينة الحوطة في لحج أمس. وفي محافظة مأرب، قالت مصادر إن "
                            "ميليشيات الحوثي هاجمت مواقع المقاومة في صرواح وإن معارك عنيفة تدور هناك.")
    at_sirwah = [e for e in found if e.place is not None and e.place.name == "صرواح"]
    assert at_sirwah and {canonical(e.actor1) for e in at_sirwah} == {HOUTHIS}


def test_the_pair_the_title_names(extract):
    found = events(extract, "اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في تعز\n\nقالت مصادر محلية إن الوضع "
                            "الإنساني في مدينة تعز يزداد سوءا. وأضافت المصادر أن المستشفيات تعاني نقصا في الأدوية. "
                            "وأشارت إلى أن آلاف الأسر نزحت من المدينة. وفي مديرية المسراخ تدور اشتباكات عنيفة منذ صباح أمس.")
    clashes = [e for e in found if e.sub_type == "Armed clash"]
    assert clashes and all((canonical(e.actor1), canonical(e.actor2)) == (RESISTANCE, HOUTHIS) for e in clashes)

