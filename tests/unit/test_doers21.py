"""doers21: the holder of a place behind its group's head word, people counted as the doers of a storming or
raid, and a doer the report leaves open (sides trading accusations; "not known whether X or Y did it").

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, of_type


def test_the_holder_behind_a_group_head_word_is_not_the_taker(extract):
    text = "وسيطر مقاتلون محليون على حي المعلا الذي كان تحت سيطرة جماعة المتمردين الحوثيين منذ مارس."
    [taken] = [e for e in extract(text, "2015-07-20").events if "territory" in e.sub_type]
    assert canonical(taken.actor1) != "Houthi Movement"


def test_a_group_that_takes_ground_itself_keeps_it(extract):
    text = "وسيطرت جماعة الحوثيين على مديرية حرف سفيان بعد معارك عنيفة أمس."
    [taken] = of_type(extract, text, "Non-state actor overtakes territory")
    assert canonical(taken.actor1) == "Houthi Movement"


def test_people_counted_after_a_verb_of_storming_are_its_doers(extract):
    text = "واقتحم العشرات من جنود الاحتلال بلدة عزون شرق قلقيلية فجر اليوم."
    [storming] = extract(text, "2015-07-20").events
    assert canonical(storming.actor1) == "Military Forces of Israel"


def test_people_counted_before_a_verb_of_storming_are_its_doers(extract):
    text = "وقال سكان إن العشرات من أفراد الشرطة الإسرائيلية اقتحموا حي سلوان أمس."
    [storming] = extract(text, "2015-07-20").events
    assert canonical(storming.actor1) == "Police Forces of Israel"


def test_people_counted_after_a_death_are_still_the_side_hit(extract):
    text = "وقتل العشرات من عناصر داعش في قصف مدفعي على قرية البوعيثة أمس."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) != "Islamic State"
    assert canonical(shelling.actor2) == "Islamic State"


def test_people_counted_after_a_verb_of_targeting_are_not_its_doers(extract):
    text = "واستهدف ثلاثة من أفراد الشرطة بهجوم مسلح في مدينة العريش أمس."
    [attack] = extract(text, "2015-07-20").events
    assert attack.actor1 is None


def test_sides_trading_accusations_of_a_shelling_leave_its_doer_open(extract):
    text = "وتبادلت الحكومة والمتمردون الاتهامات بقصف بلدة ماريوبول أمس."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert shelling.actor1 is None


def test_a_raid_not_known_to_be_of_one_side_or_the_other_has_no_doer(extract):
    text = "وقتل سبعة مدنيين في غارة جوية على بلدة سراقب أمس، ولم يعرف ما إذا كان الطيران السوري نفذها أو طائرات التحالف."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert raid.actor1 is None


def test_a_doubt_about_the_dead_leaves_a_named_doer(extract):
    text = "وقتل سبعة مدنيين في غارة نفذها الطيران السوري على بلدة سراقب أمس، ولم يتضح ما إذا كان بينهم أطفال أو نساء."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of Syria"


def test_a_doubt_with_no_alternative_leaves_a_named_doer(extract):
    text = "وقصف الطيران السوري بلدة سراقب أمس، ولم يتضح عدد القتلى."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of Syria"


def test_one_word_texts_do_not_break_the_reading(extract):
    for word in ("اقتحم", "لم", "الاتهامات", "سيطرة", "جماعة"):
        assert extract(word, "2015-07-20").events is not None


def test_a_partner_past_an_epithet_does_not_lead(extract):
    text = "وفي محافظة إب صعدت جماعة الحوثي المسلحة وأنصار صالح من هجماتها وقامت بقصف قرية المشنة بالمدفعية أمس."
    shellings = of_type(extract, text, "Shelling/artillery/missile attack")
    assert shellings and all(canonical(s.actor1) == "Houthi Movement" for s in shellings)


def test_marines_counted_among_the_dead_are_not_the_gunman(extract):
    text = "وقتل ثلاثة من مشاة البحرية الأميركية أمس في مدينة ممفيس حين فتح مسلح النار على مركز للتجنيد."
    [attack] = extract(text, "2015-07-20").events
    assert attack.actor1 is None
    assert canonical(attack.actor2) == "Military Forces of the United States"


def test_the_accused_country_is_the_doer_not_the_accuser(extract):
    text = "واتهمت قوات سوريا الديمقراطية تركيا باستهدافها بقصف مدفعي في قرية تل أبيض أمس."
    shellings = of_type(extract, text, "Shelling/artillery/missile attack")
    assert shellings and all(canonical(s.actor1) == "Military Forces of Turkey" for s in shellings)


def test_the_accused_group_is_the_doer_not_the_accuser(extract):
    text = "واتهمت وحدات حماية الشعب الكردية تنظيم داعش بقصف قرية تل أبيض بالهاون أمس."
    shellings = of_type(extract, text, "Shelling/artillery/missile attack")
    assert shellings and all(canonical(s.actor1) == "Islamic State" for s in shellings)


def test_the_side_fought_after_a_taking_of_ground_is_not_the_taker(extract):
    text = "وأعلنت مصادر محلية اليوم السيطرة على مواقع في مدينة إب بعد معارك عنيفة مع المسلحين الحوثيين."
    taken = [e for e in extract(text, "2015-07-20").events if "territory" in e.sub_type]
    assert taken and all(canonical(t.actor1) != "Houthi Movement" for t in taken)


def test_the_sides_of_a_fight_joined_after_an_abduction_are_not_its_doers(extract):
    text = "وذكرت الوكالة أن عمليات خطف جنود بعضهم مع أسرهم وصدامات بين قوات الشرطة ومحتجين وقعت في مدينة ديار بكر أمس."
    [abduction] = of_type(extract, text, "Abduction/forced disappearance")
    assert abduction.actor1 is None


def test_the_sides_of_the_fight_an_attack_was_part_of_stay(extract):
    text = "وقتل أربعة جنود في هجوم وقع أمس في مدينة درعا خلال اشتباكات بين قوات النظام ومقاتلي المعارضة."
    before = [(e.actor1 and e.actor1.canonical) for e in extract(text, "2015-07-20").events]
    assert before and all(a is not None for a in before)
