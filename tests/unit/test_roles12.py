"""roles12: the doer of a verbal noun of "did" ("قيام X بـ"), a state body's own seizures and arrests told in
the passive, and the subject of a speaker's second reported clause.

Every sentence here was written for these tests (none is taken from an article).
"""
import pytest


def canonical(actor):
    return actor.canonical if actor is not None else None


@pytest.mark.parametrize("text, actor1", [
    # the genitive of "قيام" is the doer of the verbal noun with ب it governs, words of time between
    ("وأدان البيان قيام المستوطنين الإسرائيليين فجر أمس بإحراق منازل في قرية بيتين.", "Settlers (Israel)"),
    # ... and after a partitive
    ("وأدان البيان قيام عدد من المستوطنين الإسرائيليين بإحراق منازل في قرية بيتين.", "Settlers (Israel)"),
])
def test_the_genitive_of_did_is_the_doer(extract, text, actor1):
    [e] = extract(text, "2015-07-20").events
    assert canonical(e.actor1) == actor1


@pytest.mark.parametrize("text, actor1", [
    ("وأعلنت وزارة الداخلية المغربية أمس أنه تم ضبط كمية من الأسلحة والذخائر في مدينة فاس.",
     "Police Forces of Morocco"),
    ("وأعلن الجيش الأردني أمس أنه تم إحباط محاولة تهريب أسلحة عبر الحدود قرب الرويشد.", "Military Forces of Jordan"),
])
def test_a_state_force_tells_its_own_seizure_in_the_passive(extract, text, actor1):
    [e] = extract(text, "2015-07-20").events
    assert canonical(e.actor1) == actor1


def test_the_subject_of_a_second_reported_clause_fired(extract):
    text = ("وقال المبعوث إن سلاح الجو السوري قصف مناطق في مدينة الزبداني وأن مقاتلي المعارضة ردوا بإطلاق الصواريخ "
            "وقذائف الهاون على قريتين قرب مدينة إدلب.")
    shelling = [e for e in extract(text, "2015-07-20").events if e.sub_type == "Shelling/artillery/missile attack"]
    assert shelling and canonical(shelling[0].actor1) == "Opposition Rebels (Syria)"


# guards: sentences that must not change
def test_an_organisation_does_not_arrest(extract):
    evs = extract("وقالت منظمة العفو الدولية إنه تم اعتقال عشرة ناشطين في مدينة المنامة.", "2015-07-20").events
    assert all(e.actor1 is None for e in evs)


@pytest.mark.parametrize("text, actor1", [
    # the group is what was hit ("تعرضت لقصف")
    ("وقال المرصد إن مواقع تنظيم داعش تعرضت لقصف مدفعي عنيف في ريف حلب.", None),
    # the group counted among the dead is no shooter
    ("وقال المصدر إن عناصر داعش قتلوا في قصف للطيران السوري على مدينة تدمر.", "Military Forces of Syria"),
    # the group opens the clause and shells
    ("وأفاد المرصد بأن مسلحين من داعش أطلقوا قذائف الهاون على حي الشيخ مقصود.", "Islamic State"),
])
def test_who_shelled_in_a_reported_clause(extract, text, actor1):
    [e] = extract(text, "2015-07-20").events
    assert canonical(e.actor1) == actor1


def test_the_owner_of_the_object_of_a_verbal_noun_did_not_do_it(extract):
    evs = extract("وقال المتحدث إن الضربات تسببت أيضا في تدمير آلية لتنظيم داعش ومدفع رشاش قرب بلدة الراعي.",
                  "2015-07-20").events
    assert evs and all(canonical(e.actor1) != "Islamic State" for e in evs)


def test_a_vehicle_of_war_is_an_owned_thing(extract):
    text = ("وشن أفراد المقاومة الشعبية في محافظة إب مساء أمس هجوما استهدف عربات عسكرية تابعة لجماعة الحوثي في منطقة "
            "السحول.")
    [e] = extract(text, "2015-07-20").events
    assert (canonical(e.actor1), canonical(e.actor2)) == ("Popular Resistance (Yemen)", "Houthi Movement")


def test_the_leader_named_in_a_relative_clause_on_the_side_is_not_the_doer(extract):
    text = ("وكثفت طائرات التحالف العربي الذي تقوده المملكة غاراتها على محيط القاعدة، وقصفت تجمعات المتمردين في "
            "محافظة لحج.")
    # the blow of وقصفت (an air strike since types29: its doer is named as aircraft; a shelling before)
    shelling = [e for e in extract(text, "2015-07-20").events if e.trigger.text == "وقصفت"]
    assert shelling and canonical(shelling[0].actor1) == "Saudi-led Coalition"


def test_the_side_hit_is_not_guessed_as_the_doer_by_another_mention(extract):
    text = ("وأفادت وحدات حماية الشعب أن انتحاريا فجر نفسه في سيارة مفخخة مستهدفا حاجزا لوحدات حماية الشعب في جنوب "
            "مدينة كوباني.")
    evs = extract(text, "2015-07-20").events
    assert evs and all(canonical(e.actor1) != "YPG: People's Protection Units" for e in evs)


def test_the_speaker_of_a_quotation_did_not_do_what_it_tells(extract):
    text = ("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة في ريف حلب. وقال المرصد «خطف عناصر من جبهة النصرة "
            "مساء أمس قائد الفرقة 30 في ريف حلب الشمالي».")
    evs = [e for e in extract(text, "2015-07-20").events if e.sub_type == "Abduction/forced disappearance"]
    assert evs and canonical(evs[0].actor1) == "Jabhat al-Nusra"


def test_an_army_quoting_its_own_unit_still_acts(extract):
    evs = extract('وقال الجيش اللبناني: "داهمت وحدة من الجيش منزلا في بلدة عرسال أمس".', "2015-07-20").events
    assert evs and canonical(evs[0].actor1) == "Military Forces of Lebanon"


def test_the_dead_of_an_operation_fell_to_the_side_that_carried_it_out(extract):
    text = "وأعلنت الداخلية التونسية أمس أن متطرفا قتل واعتقل 16 شخصا خلال عمليات لقوات الأمن في منطقة بنزرت."
    killed = [e for e in extract(text, "2015-07-20").events if e.sub_type != "Arrests"]
    assert killed and canonical(killed[0].actor1) == "Police Forces of Tunisia"


def test_an_attack_on_an_operation_is_not_the_operations_doers(extract):
    # the ل follows an operation noun, but the operation is what was attacked ("هجوم على")
    [e] = extract("وقتل خمسة جنود في هجوم على عملية للجيش العراقي في الرمادي.", "2015-07-20").events
    assert canonical(e.actor1) != "Military Forces of Iraq"


def test_a_verb_with_only_its_pronouns_continues_the_head_subject_of_its_sentence(extract):
    text = "حولت الشرطة الإسرائيلية باحات الأقصى أمس إلى ساحة حرب، عندما اقتحمتها من جديد، واعتدت على المصلين."
    evs = extract(text, "2015-07-20").events
    assert evs and canonical(evs[0].actor1) == "Police Forces of Israel"


def test_a_verb_agreeing_with_the_object_of_the_first_clause_keeps_its_own_reading(extract):
    text = "حاصرت القوات العراقية مقاتلي داعش في الرمادي، عندما هاجموا مواقع للجيش."
    evs = [e for e in extract(text, "2015-07-20").events if e.sub_type == "Armed clash"]
    assert evs and canonical(evs[0].actor1) == "Islamic State"


def test_what_is_done_instead_of_an_attack_is_no_attack_on_that_target(extract):
    text = ('وقالت وحدات حماية الشعب الكردية في بيان إنه "بدلا من استهداف المواقع التي يحتلها تنظيم داعش، تعرضت '
            'القوات التركية لمواقعنا الدفاعية".')
    evs = extract(text, "2015-07-20").events
    assert all(e.actor1 is None or canonical(e.actor1) != "YPG: People's Protection Units" for e in evs)
    assert all(canonical(e.actor2) != "Islamic State" for e in evs)


def test_a_bracket_after_the_speaker_is_no_quotation(extract):
    # "أعلنت القوات الكردية ... (الاثنين)، سيطرتها": the side announces its own taking; a bracket quotes nothing
    text = "وأعلنت وحدات حماية الشعب الكردية، أول من أمس (الاثنين)، سيطرتها على مدينة الحسكة."
    evs = extract(text, "2015-07-20").events
    assert evs and canonical(evs[0].actor1) == "YPG: People's Protection Units"
