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


# The verbal noun of fighting as an activity (events.yaml modality activity_nouns, factuality._fighting_in_general)

def test_fighters_back_from_the_fighting_abroad_tell_no_clash(extract):
    text = "وقال المسؤول إن معظم أفراد الخلية عائدون من القتال في العراق."
    assert "العراق" not in places(extract, text)


def test_a_country_set_on_going_on_with_the_fighting_tells_no_clash(extract):
    text = "وقال الوزير إن حكومة بلاده عازمة على مواصلة القتال في شمال مالي."
    assert not events(extract, text)


def test_a_port_damaged_by_the_fighting_tells_no_clash(extract):
    text = "ووصلت سفينة المساعدات إلى ميناء مدينة المكلا الذي تضرر جراء القتال."
    assert not [e for e in events(extract, text) if e.type == "Battles"]


def test_fighting_that_goes_on_in_a_town_stays(extract):
    # guard: the noun is the subject of a verb of going on, carried to a town
    text = "واستمر القتال في الأحياء الشرقية من مدينة درنة."
    assert "درنة" in places(extract, text)


def test_fighting_that_flares_up_in_a_province_stays(extract):
    # guard: a verb of flaring up before it (activity_subject_before)
    text = "واشتد القتال في محافظة الرقة بين مقاتلي التنظيم والوحدات الكردية."
    assert "الرقة" in places(extract, text)


def test_fighting_said_to_go_on_after_a_complementiser_stays(extract):
    text = "وقال المتحدث إن القتال مستمر في محيط مطار مدينة عدن."
    assert events(extract, text)


def test_the_dead_of_the_fronts_of_the_fighting_stay(extract):
    # guard: people told dead before it fell in the fighting
    text = "وقتل نحو عشرين من المسلحين في جبهات القتال في محافظة الضالع، الأحد."
    assert "الضالع" in places(extract, text)


def test_fighting_that_broke_out_yesterday_stays(extract):
    # guard: its clause dates it
    text = "واندلع القتال أمس في بلدة بني وليد بين قوات الحكومة ومسلحين."
    assert "بني وليد" in places(extract, text)
