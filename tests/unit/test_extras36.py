"""extras36: a side's part in a fight names the fight as what it takes part in, not as news.  A noun of taking
part or of engaging ("المشاركة", "مشاركته", "الانخراط", "الاشتراك") before في and a word of war ("رفضوا المشاركة في
القتال", "سافر للمشاركة في المعارك") reads like a side's role (events.yaml modality `role`): no incident is told by
that phrase.  A place that witnesses a side's part in a fight ("التي تشهد مشاركة الحزب في قتال") is where that fight
goes on, and the verb of taking part ("وشارك في الهجوم ... عشرات المسلحين") tells who fought in a fight told.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


def test_officers_who_refused_to_take_part_in_the_fighting_tell_no_clash(extract):
    text = "وأكدت مصادر عسكرية أن عددا من الضباط رفضوا المشاركة في القتال الدائر في مدينة تعز."
    assert "تعز" not in places(extract, text)


def test_young_men_brought_to_take_part_in_the_fighting_tell_no_clash(extract):
    text = "وقالت المصادر إن الجماعة استقدمت مئات الشبان من محافظة عمران للمشاركة في المعارك في مدينة الضالع."
    assert "الضالع" not in places(extract, text)


def test_a_sentence_for_travelling_to_take_part_in_the_fighting_is_no_clash(extract):
    text = "وقضت المحكمة بسجن المتهم خمس سنوات لسفره إلى العراق ومشاركته في القتال في مدينة الموصل."
    assert "الموصل" not in places(extract, text)


def test_a_soldier_killed_during_his_part_in_an_operation_is_no_taking(extract):
    text = "وأعلنت القيادة العامة مقتل جندي خلال مشاركته في تحرير مدينة زنجبار."
    assert not [e for e in events(extract, text) if e.sub_type == "Government regains territory"]


def test_engaging_in_the_battle_is_no_battle(extract):
    text = "وأعلن فصيل معارض استعداده للانخراط في المعركة ضد التنظيم في ريف مدينة الباب."
    assert "الباب" not in places(extract, text)


def test_a_clash_told_beside_its_sides_taking_part_stays(extract):
    # guard: the verb of taking part tells who fought in the attack it tells
    text = "وشارك في الهجوم على مدينة العريش أمس عشرات المسلحين."
    assert "العريش" in places(extract, text)


def test_a_place_that_witnesses_a_sides_part_in_the_fighting_keeps_its_clash(extract):
    # guard: the town witnesses the fighting the party takes part in, and its dead are told
    text = "وقتل أربعة من عناصر الحزب أمس في مدينة القصير التي تشهد مشاركة الحزب في قتال إلى جانب قوات النظام."
    assert "القصير" in places(extract, text)


def test_a_clash_told_in_its_own_clause_stays(extract):
    # guard: the fight told as news keeps its event though a part in it is named after it
    text = ("واندلعت اشتباكات عنيفة أمس في مدينة تعز بين المقاومة والمسلحين، وأكدت المقاومة مشاركة "
            "متطوعين من القبائل في القتال.")
    assert "تعز" in places(extract, text)
