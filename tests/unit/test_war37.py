"""war37: the singular noun of a battle ("معركة", "المعركة") names a battle or a war as a whole where nothing in
its clause tells it happening: a battle a side prepares for, carries elsewhere, wins, discusses, flees the ground
of, or is decorated for (events.yaml modality `battle_nouns`, `battle_honours`; `factuality._a_battle_named`).  It
stays told after a verb of its taking place or of a place witnessing it, with a day of its own after it, with people
dead in it, or where it frames an incident its sentence tells at a town (`battle_frames`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


def test_a_battle_discussed_on_a_named_day_is_no_clash(extract):
    # the day dates the call, not the battle
    text = "وبحث الوزيران في اتصال هاتفي يوم الأحد المعركة ضد تنظيم داعش في مدينة الرقة."
    assert "الرقة" not in places(extract, text)


def test_a_decoration_named_after_the_battle_is_no_clash(extract):
    # the wounded who receive it do not make it a fight told
    text = "وقلد قائد القوات البرية الجرحى نوط المعركة في مستشفى مدينة أبها."
    assert "أبها" not in places(extract, text)


def test_fleeing_the_ground_of_the_battle_is_no_clash(extract):
    text = "وفر عدد من المسلحين من أرض المعركة في مديرية الوازعية."
    assert "الوازعية" not in places(extract, text)


def test_settling_the_battle_against_a_side_is_no_clash(extract):
    text = "وقال الناطق إن الحكومة ماضية في حسم المعركة ضد المتمردين في محافظة صعدة."
    assert "صعدة" not in places(extract, text)


def test_preparing_for_a_battle_is_no_clash(extract):
    # s23 already leaves it alone: a guard that the rule keeps it so
    text = "وأكد المتحدث أن المقاومة تعد العدة لمعركة مدينة زنجبار."
    assert "زنجبار" not in places(extract, text)


def test_a_battle_a_town_witnesses_stays(extract):
    # guard: the witness verb stands four words before the noun
    text = "وشهدت بلدة عرسال أمس معركة بين الجيش والمسلحين."
    assert "عرسال" in places(extract, text)


def test_a_battle_of_yesterday_with_its_dead_stays(extract):
    # guard: a day of its own after it and its dead after it
    text = "وقال المصدر إن معركة أمس في حي الجمهوري قتل فيها ثلاثة من المقاتلين."
    assert [e for e in events(extract, text) if e.place is not None and e.place.name == "الجمهوري"
            and e.fatalities == 3]


def test_the_dead_of_a_battle_told_before_it_keep_it(extract):
    # guard: people told dead before it in its clause fell in it
    text = "وقتل خمسة من المسلحين في معركة مع قوات الأمن في مدينة العريش."
    assert [e for e in events(extract, text) if e.place is not None and e.place.name == "العريش"
            and e.fatalities == 5]


def test_an_attack_framed_by_a_named_battle_stays(extract):
    # guard: the battle named after "ضمن" is the frame of the attack its sentence tells
    text = "وشنت الفصائل هجوما على مواقع قوات النظام في مدينة درعا ضمن معركة أطلقت عليها اسم الفجر."
    assert "درعا" in places(extract, text)


def test_the_coalition_that_leads_the_operation_tells_no_clash(extract):
    # the strikes told after it stay; the operation it leads is no clash of its own
    text = ("وقال التحالف الذي يقود العملية العسكرية ضد تنظيم داعش في بيان إن طائرات الولايات المتحدة نفذت 12 "
            "غارة على مواقع التنظيم في مدينة الرقة.")
    subs = [e.sub_type for e in events(extract, text)]
    assert "Armed clash" not in subs and "Air/drone strike" in subs


def test_an_attack_a_colonel_led_stays(extract):
    # guard: a verb of leading before an attack's noun tells the attack
    text = "وقاد العقيد الهجوم على مواقع المسلحين في مدينة الرمادي أمس."
    assert "الرمادي" in places(extract, text)
