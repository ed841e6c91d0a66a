"""One incident told as several: two kinds of words at one place, and a retelling far on (events.yaml:
one_incident, retold_as; incidents.merge_retold; air strikes named as the support of an act).  Sentences written for
these tests."""
from __future__ import annotations

_FILLER = "وقال مسؤول محلي إن الوضع الإنساني في المنطقة صعب. وطالب المنظمات الدولية بتقديم المساعدة للسكان. "


def events(extract, text, published="2016-03-10"):
    return extract(text, published).events


def test_raids_that_shelled_are_one_air_strike(extract):
    found = events(extract, "قصفت أربع غارات مواقع للمسلحين قرب مدينة بنغازي أمس.")
    assert [e.sub_type for e in found] == ["Air/drone strike"]


def test_a_shell_that_exploded_is_one_shelling(extract):
    found = events(extract, "انفجرت قذيفة هاون أطلقها المسلحون على سوق شعبي في مدينة درنة أمس.")
    assert len(found) == 1 and found[0].type == "Explosions/Remote violence"


def test_a_town_taken_and_its_dead_are_one_incident(extract):
    found = events(extract, "سيطر المسلحون على بلدة الزنتان أمس بعد معارك قتل فيها 12 جنديا.")
    assert len([e for e in found if e.place is not None and e.place.name == "الزنتان"]) == 1


def test_an_air_strike_retold_paragraphs_later_is_one_event(extract):
    text = ("شنت طائرات حربية غارات على مواقع لتنظيم داعش في مدينة سرت أمس. " + _FILLER * 3 +
            "واستهدفت الطائرات الحربية مخازن للتنظيم في سرت.")
    found = [e for e in events(extract, text) if e.sub_type == "Air/drone strike"]
    assert len(found) == 1 and found[0].date == "2016-03-09"


def test_strikes_on_two_days_at_one_town_stay_two(extract):
    text = ("شنت طائرات حربية غارات على مواقع لتنظيم داعش في مدينة سرت يوم الاثنين. " + _FILLER * 3 +
            "وشنت طائرات حربية غارات على مواقع للتنظيم في سرت يوم الأربعاء.")
    assert len([e for e in events(extract, text) if e.sub_type == "Air/drone strike"]) == 2


def test_strikes_at_two_towns_stay_two(extract):
    text = ("شنت طائرات حربية غارات على مواقع لتنظيم داعش في مدينة سرت أمس. " + _FILLER * 3 +
            "واستهدفت طائرات حربية مواقع للتنظيم في مدينة درنة.")
    assert len([e for e in events(extract, text) if e.sub_type == "Air/drone strike"]) == 2


def test_a_retelling_in_a_country_with_two_bombings_joins_neither(extract):
    text = ("انفجرت سيارة مفخخة في مدينة بنغازي أمس. " + _FILLER * 2 + "وانفجرت عبوة ناسفة في مدينة طرابلس. "
            + _FILLER * 2 + "وكان تفجير قد هز ليبيا.")
    found = [e for e in events(extract, text) if e.type == "Explosions/Remote violence"]
    assert {e.place.name for e in found if e.place is not None} >= {"بنغازي", "طرابلس"}


def test_a_shelling_and_a_bombing_a_sentence_apart_stay_two(extract):
    text = ("سقطت قذائف هاون على حي سكني في مدينة بنغازي أمس. "
            "وانفجرت سيارة مفخخة قرب مقر للشرطة في مدينة بنغازي.")
    kinds = sorted(e.sub_type for e in events(extract, text) if e.type == "Explosions/Remote violence")
    assert kinds == ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]


def test_a_retelling_that_names_no_place_is_the_article_s_one_incident_of_its_kind(extract):
    text = ("أحرق مسلحون مبنى البلدية في مدينة سبها أمس. " + _FILLER * 3 +
            "وأكد شهود أن المسلحين أحرقوا المبنى بالكامل.")
    assert len([e for e in events(extract, text) if e.sub_type == "Looting/property destruction"]) == 1


def test_a_retelling_that_names_no_place_joins_neither_of_two(extract):
    text = ("أحرق مسلحون مبنى البلدية في مدينة سبها أمس. " + _FILLER * 2 +
            "وأحرق مسلحون مدرسة في مدينة أوباري. " + _FILLER * 2 + "وقال شهود إن مسلحين أحرقوا مبنى.")
    found = [e for e in events(extract, text) if e.sub_type == "Looting/property destruction"]
    assert {e.place.name for e in found if e.place is not None} >= {"سبها", "أوباري"}


def test_a_story_link_line_restates_the_headline(extract):
    text = ("قتل ستة جنود في هجوم شنه مسلحون على ثكنة للجيش في مدينة الرمادي أمس. " + _FILLER * 2 +
            "\nرابط الخبر بصحيفة الشرق: مقتل ستة جنود في هجوم على ثكنة قرب قرية الخرنوبة")
    found = [e for e in events(extract, text) if e.type == "Battles"]
    assert len(found) == 1 and found[0].place.name == "الرمادي"


def test_a_headline_placed_unmapped_is_the_body_s_one_incident(extract):
    text = ("مقتل أربعة في اشتباكات قرب حقل نفطي في جنوب ليبيا\n"
            "قتل أربعة أشخاص أمس خلال اشتباكات بين قوات الجيش ومسلحين في مدينة أوباري.")
    found = [e for e in events(extract, text) if e.type == "Battles"]
    assert len(found) == 1 and found[0].place.name == "أوباري"


def test_the_attack_pointed_back_to_from_a_sentence_placed_elsewhere(extract):
    text = ("قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش أمس. " + _FILLER +
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم، إلا أن مسلحين نفذوا في الآونة الأخيرة عمليات في مدينة أسيوط.")
    found = [e for e in events(extract, text) if e.type == "Battles"]
    assert len(found) == 1 and found[0].place.name == "العريش"


def test_the_attack_named_at_its_own_place_stays_apart(extract):
    text = ("قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش أمس. " + _FILLER +
            "وأسفر الهجوم في مدينة أسيوط عن مقتل ثلاثة جنود.")
    found = [e for e in events(extract, text) if e.type == "Battles"]
    assert {e.place.name for e in found} == {"العريش", "أسيوط"}


def test_a_force_named_by_its_country_and_by_its_troops_is_one_doer(extract):
    text = ("قصفت الهند قرى حدودية باكستانية أمس. "
            "وقال مسؤول إن القوات الهندية قصفت المنازل في قطاع باجوات قرب مدينة سيالكوت.")
    assert len([e for e in events(extract, text) if e.sub_type == "Shelling/artillery/missile attack"]) == 1


def test_an_incident_dated_by_its_announcement_takes_its_own_day_told_later(extract):
    # the lead dates the foiling by the day it was announced; the body gives the day it happened
    text = ("أعلنت الشرطة مساء أمس عن إحباطها عملية تهريب متفجرات في مدينة البصرة. "
            "وقالت الشرطة إنها أحبطت عملية تهريب المتفجرات يوم الثلاثاء الماضي في مدينة البصرة.")
    found = [e for e in events(extract, text) if e.sub_type == "Disrupted weapons use"]
    assert [e.date for e in found] == ["2016-03-08"]


def test_a_day_long_before_the_announcement_is_another_incident(extract):
    text = ("أعلنت الشرطة مساء أمس عن إحباطها عملية تهريب متفجرات في مدينة البصرة. "
            "وفي ديسمبر الماضي أحبطت الشرطة عملية تهريب أسلحة في مدينة البصرة.")
    found = [e for e in events(extract, text) if e.sub_type == "Disrupted weapons use"]
    assert sorted(e.date for e in found) == ["2015-12", "2016-03-09"]


def test_a_day_of_this_week_is_the_week_s_incident(extract):
    # "هذا الأسبوع" spans seven days: the Tuesday told next is in it, and says when
    text = ("خطف مسلحون هذا الأسبوع ثلاثة صحفيين في مدينة حلب. "
            "وخطف المسلحون الصحفيين مساء الثلاثاء قرب مدينة حلب.")
    found = [e for e in events(extract, text) if e.sub_type == "Abduction/forced disappearance"]
    assert [e.date for e in found] == ["2016-03-08"]


def test_the_fight_in_which_a_town_was_taken_is_the_taking(extract):
    # events.yaml one_incident_in_sentence: [overtake, attack, armed_clash]; ACLED codes the change of control
    found = events(extract, "وهاجم مسلحو التنظيم أمس بلدة الشدادي وسيطروا عليها بعد ساعات.")
    assert [(e.sub_type, e.place.name) for e in found] == [("Non-state actor overtakes territory", "الشدادي")]
    found = events(extract, "وشنت القوات الحكومية أمس هجوما واسعا على بلدة الشدادي، واستعادتها من التنظيم.")
    assert [(e.sub_type, e.place.name) for e in found] == [("Government regains territory", "الشدادي")]


def test_a_fight_for_ground_named_by_a_verbal_noun_stays_a_fight(extract):
    # the aim of a fight is no taking: neither an event of its own nor the fight's type
    found = events(extract, "وخاضت القوات الحكومية أمس معارك عنيفة من أجل السيطرة على بلدة الشدادي.")
    assert [e.sub_type for e in found] == ["Armed clash"]


def test_one_sides_attack_and_the_others_gain_stay_two(extract):
    text = "وهاجم مسلحو داعش أمس نقطة للجيش في بلدة الشدادي، فيما استعادت القوات السورية السيطرة على حي في البلدة."
    assert sorted(e.sub_type for e in events(extract, text)) == ["Armed clash", "Government regains territory"]


def test_an_attack_that_killed_civilians_keeps_its_type_over_the_taking(extract):
    text = "وهاجم مسلحو داعش أمس بلدة الشدادي وسيطروا على أبنية فيها، وقتلوا أكثر من عشرين مدنيا."
    assert [(e.sub_type, e.fatalities) for e in events(extract, text)] == [("Attack", 20)]


def test_the_same_noun_joined_by_and_is_another_incident(extract):
    text = ("قتل ثلاثون شخصا في تفجير انتحاري في مدينة سروج أمس. وقال مسؤول إن المحققين يبحثون في الصلة بين "
            "التفجير في سروج والتفجير الذي أوقع أربعة قتلى خلال اجتماع حزبي الشهر الماضي.")
    # the bombing of last month is not the Suruç one told again: Suruç keeps its own toll
    assert [e.fatalities for e in events(extract, text, "2015-07-21") if e.sub_type == "Suicide bomb"] == [30]


def test_a_count_before_before_is_not_the_toll_of_what_follows(extract):
    text = ("وهاجم مسلحو داعش أمس بلدة الشدادي واحتلوا عددا من الأبنية فيها، وقتلوا أكثر من عشرين مدنيا قبل أن "
            "يتمكن المقاتلون الأكراد من طردهم منها.")
    assert [(e.sub_type, e.fatalities) for e in events(extract, text) if e.fatalities] == [("Attack", 20)]


def test_a_bare_bombardment_noun_points_back_to_an_air_strike(extract):
    text = ("شنت طائرات التحالف أمس غارات على مواقع للمتمردين في مدينة الحديدة. وأعلن المتحدث باسم التحالف أن "
            "العمليات ستتواصل. وقالت مصادر محلية إن القصف دمر مخزنا للأسلحة في الحديدة.")
    assert [e.sub_type for e in events(extract, text)] == ["Air/drone strike"]


def test_a_shelling_named_by_its_kind_after_an_air_strike_stays_apart(extract):
    text = ("شنت طائرات التحالف أمس غارات على مواقع للمتمردين في مدينة الحديدة. وأعلن المتحدث باسم التحالف أن "
            "العمليات ستتواصل. وقالت مصادر محلية إن القصف المدفعي للمتمردين استهدف حيا سكنيا في الحديدة أمس.")
    assert sorted(e.sub_type for e in events(extract, text)) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_partners_joined_as_subjects_take_the_ground_once(extract):
    # the verbal noun after the second partner is the first verb's object, not a second taking by that partner
    text = "واستعادت قوات الجيش الوطني والمقاومة الشعبية أمس السيطرة على مدينة الحوطة بعد معارك عنيفة."
    assert [e.sub_type for e in events(extract, text)] == ["Government regains territory"]


def test_a_suicide_bombing_named_as_a_bombing_paragraphs_later_is_one_event(extract):
    # (another bombing told between, in the same country, so the later naming is not the story's only one)
    text = ("فجر انتحاري نفسه في حشد من الشبان في مدينة سروج أمس، ما أدى إلى مقتل 30 شخصا. وفي أنقرة، أبطل "
            "خبراء متفجرات أمس مفعول عبوة ناسفة قرب مبنى حزب حاكم. " + _FILLER * 4 +
            "واتهم المتحدث باسم الرئاسة بعض السياسيين باستغلال تفجير سروج الإرهابي.")
    found = [e for e in events(extract, text, "2015-07-21") if e.place is not None and e.place.name == "سروج"]
    assert [e.sub_type for e in found] == ["Suicide bomb"]


def test_strikes_in_a_province_and_in_a_town_of_the_next_province_stay_two(extract):
    # Marib lies within 250 km of Shabwa's point but in its own province: two strikes, two places
    # (gazetteer20: الجفينة is now a listed front of Marib, so the second strike is placed there, the finer place)
    text = ("واستهدفت طائرات التحالف أمس مخازن سلاح للمتمردين في معسكر بمحافظة شبوة. وشن الطيران ثلاث غارات على "
            "مواقع للمتمردين في جبهة الجفينة بمأرب.")
    assert sorted(e.place.name for e in events(extract, text, "2015-07-26")) == ["الجفينة", "محافظة شبوة"]


def test_a_raid_that_looted_and_abducted_is_one_abduction(extract):
    text = "وداهم مسلحون مجهولون أمس منازل في قرية بمديرية الشمايتين ونهبوا ما فيها من أموال واختطفوا ثلاثة من سكانها."
    assert [e.sub_type for e in events(extract, text, "2015-07-22")] == ["Abduction/forced disappearance"]


def test_a_looting_and_an_abduction_a_sentence_apart_stay_two(extract):
    text = ("ونهب مسلحون أمس محلات تجارية في مدينة التربة. وفي مدينة الحديدة، اختطف مسلحون مجهولون صحفيا "
            "يوم الأحد.")
    assert sorted(e.sub_type for e in events(extract, text, "2015-07-22")) == [
        "Abduction/forced disappearance", "Looting/property destruction"]


def test_air_strikes_that_backed_a_taking_are_its_support(extract):
    text = "وسيطرت قوات الجيش مدعومة بغارات جوية من طيران التحالف أمس على مدينة زنجبار."
    assert [e.sub_type for e in events(extract, text, "2015-08-09")] == ["Government regains territory"]
    text = "ونجحت المقاومة الشعبية أمس بمساعدة غارات التحالف في تحرير مدينة الحوطة من المتمردين."
    assert [e.sub_type for e in events(extract, text, "2015-08-09")] == ["Government regains territory"]


def test_air_strikes_told_beside_a_taking_stay_an_incident(extract):
    text = ("وسيطرت قوات الجيش أمس على مدينة زنجبار، وشن طيران التحالف غارات على مواقع للمتمردين في مدينة "
            "لودر.")
    assert sorted(e.sub_type for e in events(extract, text, "2015-08-09")) == [
        "Air/drone strike", "Government regains territory"]


def test_air_strikes_backing_an_advance_that_is_no_incident_stay_an_incident(extract):
    # no act of the sentence to be the support of: the strikes are what it tells
    text = "وتقدمت قوات الجيش أمس نحو مدينة زنجبار مدعومة بغارات جوية لطيران التحالف على مواقع المتمردين فيها."
    assert [e.sub_type for e in events(extract, text, "2015-08-09")] == ["Air/drone strike"]


_HEADLINED = ("مقتل 21 مسلحا من داعش بانفجار سيارة مفخخة بالموصل\n\nأفاد شهود عيان أمس بمقتل {n} مسلحا من تنظيم داعش "
              "بانفجار سيارة مفخخة استهدفت مقرا للتنظيم في قضاء البعاج. وفي بغداد، قتل ثلاثة مدنيين بانفجار عبوة "
              "ناسفة في حي الكرادة أمس.")


def test_a_headline_that_counts_the_dead_of_one_body_bombing_is_that_bombing(extract):
    # the body tells two bombings, so the headline's kind alone does not say which; its dead do
    found = events(extract, _HEADLINED.format(n=21), "2015-07-21")
    assert sorted(e.place.name for e in found) == ["البعاج", "الكرادة"]


def test_a_headline_whose_dead_no_body_incident_counts_stays_apart(extract):
    found = events(extract, _HEADLINED.format(n=15), "2015-07-21")
    assert sorted(e.place.name for e in found) == ["البعاج", "الكرادة", "الموصل"]


def test_spots_taken_in_a_city_then_one_of_them_named_are_one_taking(extract):
    text = ("وتمكنت المقاومة الشعبية أمس من السيطرة على مواقع جديدة في وسط مدينة تعز. وأكدت مصادر محلية أن "
            "المقاومة الشعبية سيطرت أمس على جبل صبر المطل على المدينة.")
    assert [e.sub_type for e in events(extract, text, "2015-07-22")] == ["Government regains territory"]


def test_two_spots_of_a_city_named_apart_stay_two_takings(extract):
    # no summary: each sentence names the ground it tells of
    text = ("وتمكنت المقاومة الشعبية أمس من السيطرة على مقر قيادة المحور في مدينة تعز. وأكدت مصادر محلية أن "
            "المقاومة الشعبية سيطرت أمس على جبل صبر المطل على المدينة.")
    assert len(events(extract, text, "2015-07-22")) == 2


def test_spots_taken_in_one_town_then_another_town_taken_stay_two(extract):
    text = ("وتمكنت المقاومة الشعبية أمس من السيطرة على مواقع جديدة في مدينة زنجبار. وأكدت مصادر محلية أن "
            "المقاومة الشعبية سيطرت أمس على مدينة جعار.")
    assert len(events(extract, text, "2015-07-22")) == 2


_NEAR_KABUL = "قتل خمسة جنود أفغان أمس في قصف جوي على موقع للجيش جنوب العاصمة كابول. "


def test_the_same_dead_counted_again_at_the_place_a_reference_point_stood_for_are_one_strike(extract):
    text = _NEAR_KABUL + "وقال مسؤول محلي في منطقة بركي براك إن طائرات أجنبية قصفت الموقع وقتل خمسة جنود."
    assert [e.place.name for e in events(extract, text, "2015-07-21")] == ["بركي"]


def test_the_same_count_of_dead_far_from_a_reference_point_stays_another_strike(extract):
    text = _NEAR_KABUL + "وقال مسؤول محلي في مدينة قندهار إن طائرات أجنبية قصفت موقعا وقتل خمسة جنود."
    assert sorted(e.place.name for e in events(extract, text, "2015-07-21")) == ["قندهار", "كابول"]
