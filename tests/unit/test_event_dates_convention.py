"""SCHEMA.md's Dates convention at the level of events: an incident known only by its announcement takes the
announcement's date; a night named by its two days is uncertain between them.  Sentences written for this test."""
from __future__ import annotations

import pytest

PUB = "2015-08-06"   # a Thursday


def _dates(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=PUB).events]


def test_the_day_of_a_statement_about_an_earlier_incident_is_not_its_day(extract):
    found = _dates(extract, "قالت الحكومة أمس إنها تدرس الرد بعد القبض على خمسة مسلحين في مدينة الرمادي.")
    assert all(date != "2015-08-05" for _, date, _ in found), found


def test_a_strike_in_the_night_of_two_days_takes_the_month(extract):
    found = _dates(extract, "قصفت المقاتلات التركية ليل الأحد/ الاثنين مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert found and all((date, precision) == ("2015-08", "month") for _, date, precision in found), found


def test_a_new_series_of_named_strikes_takes_the_night_before_them(extract):
    # "من الغارات" after a word of a run: new strikes, not ones the reader knows, so the night is theirs
    found = _dates(extract, "وقال الجيش إن الطيران الحربي شن ليل الثلاثاء الأربعاء سلسلة جديدة من الغارات الجوية "
                            "على مواقع للمتمردين في شمال العراق.")
    assert found and all((date, precision) == ("2015-08", "month") for _, date, precision in found), found


def test_the_last_hours_after_the_trigger_outweigh_the_day_of_the_saying(extract):
    found = _dates(extract, "وذكرت الوكالة الثلاثاء أن عمليات خطف لجنود سجلت في الساعات الـ24 الأخيرة في مدينة "
                            "ديار بكر.")
    assert found and all((date, precision) == ("2015-08", "month") for _, date, precision in found), found


def test_a_quoted_report_that_goes_on_into_the_incident_dates_it(extract):
    text = ("قتلت قوات الأمن أربعة مسلحين في عملية خاصة في مدينة الرمادي. "
            "وقال مصدر أمني أمس الأربعاء، «بدأت عملية تفتيش المنزل الذي تحصن فيه المسلحون. "
            "وبحسب المعلومات الأولية فإن أربعة منهم قتلوا في الاشتباك».")
    found = _dates(extract, text)
    assert found and all(date == "2015-08-05" for _, date, _ in found), found


def test_a_report_with_no_incident_of_its_own_leaves_an_earlier_incident_undated(extract):
    text = ("قتلت قوات الأمن أربعة مسلحين في عملية خاصة في مدينة الرمادي. "
            "وقال وزير الداخلية أمس الأربعاء إن الوزارة ستفتتح مركزا جديدا للتدريب.")
    found = _dates(extract, text)
    assert found and all(date is None for _, date, _ in found), found


def test_a_day_in_a_relative_clause_on_a_place_before_the_incident_is_not_its_day(extract):
    # "في عدن التي شهدت ... الاثنين،": Monday is what the clause tells of the city
    found = _dates(extract, "وفي مدينة عدن التي عاشت يوما هادئا الاثنين، قامت قوات الأمن باعتقال خمسة مسلحين "
                            "قرب الميناء.")
    assert found and all(date is None for _, date, _ in found), found


def test_a_helper_with_no_day_between_leaves_the_day_of_a_saying_before_it(extract):
    found = _dates(extract, "قال المتحدث أمس إن القوات تمكنت من السيطرة على بلدة الوهط في محافظة لحج.")
    assert all(date != "2015-08-05" for _, date, _ in found), found


def test_a_day_after_another_incident_joined_by_and_is_not_the_named_ones(extract):
    # "و" joins a second incident, not an outcome: the day after it is not the bombing's
    found = _dates(extract, "وأدان الوزير التفجير الانتحاري في العريش واختطاف ثلاثة جنود في رفح أمس.")
    assert ("Suicide bomb", "2015-08-05", "day") not in found, found


def test_also_announced_with_an_object_of_its_own_is_not_as_reported(extract):
    # "كما أعلنت ... اختطاف": a second announcement whose object is its own incident
    found = _dates(extract, "وأدان الوزير التفجير الانتحاري في العريش، كما أعلنت الوزارة أمس اختطاف ثلاثة جنود في رفح.")
    assert ("Suicide bomb", "2015-08-05", "day") not in found, found


def test_a_report_detailing_the_dated_incident_before_it_takes_its_day(extract):
    text = ("قتل 28 مدنيا في قصف جوي لطائرات النظام على مدينة درعا اليوم. "
            "وأفاد المرصد السوري أن طائرات النظام شنت ست غارات على مدينة منبج، مما أدى إلى مقتل 21 مدنيا.")
    found = _dates(extract, text)
    assert len(found) == 2 and all(date == "2015-08-06" for _, date, _ in found), found


def test_a_report_of_another_type_of_incident_stays_undated(extract):
    text = ("قتل 28 مدنيا في قصف جوي لطائرات النظام على مدينة درعا اليوم. "
            "وقالت مصادر محلية إن الشرطة اعتقلت خمسة أشخاص في مدينة منبج.")
    found = _dates(extract, text)
    assert ("Arrests", None, "unknown") in found, found


def test_an_incident_told_after_a_dated_one_but_not_as_a_report_stays_undated(extract):
    # the gold leaves an incident dated only by the sentence before undated (DEVELOPERS.md); a report that
    # details it is what ties the two
    text = ("قتل 28 مدنيا في قصف جوي لطائرات النظام على مدينة درعا اليوم. "
            "وشنت طائرات النظام ست غارات على مدينة منبج، مما أدى إلى مقتل 21 مدنيا.")
    found = _dates(extract, text)
    assert any(date is None for _, date, _ in found), found


def test_an_incident_named_after_a_count_of_days_is_dated_back_from_the_clause_before(extract):
    # Wednesday 5 August, less one day
    found = _dates(extract, "قال رئيس الوزراء أمس الأربعاء إن العمليات ستستمر، وذلك بعد يوم من هجوم شنته الطائرات "
                            "الحربية على مواقع التنظيم في شمال سوريا.")
    assert ("Air/drone strike", "2015-08-04", "day") in found, found


def test_an_arrest_hours_after_a_dated_bombing_takes_the_month(extract):
    # hours after a bombing of the 5th: the 5th or the 6th, uncertain between two days
    found = _dates(extract, "اعتقلت الشرطة ثلاثة أشخاص بعد ساعات من التفجير الذي وقع أمس في مدينة سروج.")
    assert ("Arrests", "2015-08", "month") in found, found


def test_a_report_after_a_day_of_background_stays_undated(extract):
    # the day before is the background's (months back), not the news the report tells
    text = ("وأكد القائد أن العمليات ستستمر حتى تعود الأوضاع إلى ما كانت عليه قبل الحادي والعشرين من مارس الماضي، عندما "
            "اجتاح المتمردون مدينة إب. وقال القائد إن المقاومة تمكنت من تحرير مدينة عدن.")
    found = _dates(extract, text)
    assert ("Government regains territory", None, "unknown") in found, found


def test_an_incident_two_days_before_a_dated_one_is_dated_from_it(extract):
    # Friday 31 July, less two days
    found = _dates(extract, "اعتقلت الشرطة ثلاثة أشخاص قبل يومين من الهجوم الانتحاري الذي استهدف المسجد يوم الجمعة "
                            "في الكويت.")
    assert ("Arrests", "2015-07-29", "day") in found and ("Suicide bomb", "2015-07-31", "day") in found, found


@pytest.mark.parametrize("text, expected", [
    pytest.param("أعلنت الشرطة أمس القبض على خمسة مسلحين في مدينة الرمادي.",
                 [("Arrests", "2015-08-05", "day")], id="an_arrest_known_by_its_announcement_takes_its_day"),
    # "تم تطويق ... والقبض على": the auxiliary governs both masdars, the arrest is no incident known before
    pytest.param("وفي فجر يوم الأربعاء تم تطويق القارب واستيقافه، والقبض على مسلحين اثنين كانا على متنه "
                 "قرب سواحل المنامة.",
                 [("Arrests", "2015-08-05", "day")], id="an_arrest_joined_to_a_passive_predicate_takes_the_day_before_it"),
    # "قامت ... باختطاف الإعلامي": the noun is the verb's predicate, dated as a verb is, past the commas
    pytest.param("وفي محافظة الحديدة، قامت جماعة الحوثي المسلحة باختطاف الإعلامي سمير المندعي من كورنيش "
                 "الحديدة، مساء أمس، واقتيادهم إلى جهة مجهولة.",
                 [("Abduction/forced disappearance", "2015-08-05", "day")], id="an_abduction_done_by_did_takes_the_day_after_its_object"),
    # "ثورة 11 فبراير 2011" names the abducted man's movement: the abduction is told now, undated, not history
    pytest.param("واختطف مسلحون الناشط فيصل أحمد من مقهى في مدينة الحديدة لأنه من شباب ثورة 11 فبراير 2011.",
                 [("Abduction/forced disappearance", None, "unknown")], id="a_revolution_named_with_its_year_does_not_date_the_incident"),
    # "تمكنت ... أمس من السيطرة على": the managing is told now, its day is the capture's
    pytest.param("تمكنت المقاومة الشعبية أمس من السيطرة على بلدة الوهط في محافظة لحج.",
                 [("Government regains territory", "2015-08-05", "day")], id="a_capture_managed_on_a_day_takes_that_day"),
    pytest.param("تمكنت دوريات الأمن صباح اليوم من القبض على ثلاثة مطلوبين في حي السلامة بجدة.",
                 [("Arrests", "2015-08-06", "day")], id="an_arrest_managed_this_morning_takes_the_day"),
    # the death after "أدى إلى" is the explosion's outcome, and so is the day in its clause
    pytest.param("قالت مصادر أمنية إن الانفجار الذي وقع في مدينة العريش أدى إلى مقتل خمسة جنود أمس.",
                 [("Remote explosive/landmine/IED", "2015-08-05", "day")], id="an_explosion_takes_the_day_told_with_its_dead"),
    pytest.param("أعلن الجيش مسؤوليته عن الهجوم الجوي على نقطة تفتيش في قندهار، مما أسفر عن مقتل سبعة "
                 "جنود الاثنين.",
                 [("Air/drone strike", "2015-08-03", "day")], id="a_named_strike_takes_the_day_of_the_clause_of_what_it_caused"),
    pytest.param("إن تتبع خلايا التنظيم، والقبض على أفرادها قبل أن تنفذ مهامها، كما أعلنت وزارة الداخلية "
                 "يوم الثلاثاء، لهو جهد مشكور.",
                 [("Arrests", "2015-08-04", "day")], id="an_arrest_told_as_the_ministry_announced_takes_the_announcements_day"),
    # "شن ... الجمعة أولى غاراته": its strikes of that day, told now, not strikes the reader knows
    pytest.param("شن سلاح الجو التركي الجمعة أولى غاراته على مواقع للتنظيم في شمال سوريا.",
                 [("Air/drone strike", "2015-07-31", "day")], id="strikes_named_by_their_doers_pronoun_take_the_day_before_them"),
    pytest.param("واصل طيران التحالف أمس شن غاراته الجوية على عدة مواقع في محافظة صعدة.",
                 [("Air/drone strike", "2015-08-05", "day")], id="going_on_with_strikes_on_a_day_dates_them"),
])
def test_an_incident_takes_the_date_its_words_give(extract, text, expected):
    found = _dates(extract, text)
    assert found == expected, found


def test_a_report_going_on_with_a_dated_announcement_takes_its_day_whatever_the_type(extract):
    # the first sentence's day is the day the toll was announced ("كشف ... أمس عن مقتل"); the next report goes
    # on with that announcement, and the bombing it tells is known only by it
    text = ("كشف مصدر في الشرطة أمس عن مقتل 12 مسلحا من تنظيم داعش في مدينة الرمادي. "
            "وقال المصدر إن عبوة ناسفة انفجرت عند مرور رتل للتنظيم في مدينة الفلوجة.")
    found = _dates(extract, text)
    assert ("Remote explosive/landmine/IED", "2015-08-05", "day") in found, found


def test_a_report_after_an_incident_with_its_own_day_keeps_another_type_undated(extract):
    # "قتل ... أمس": the incident's own day, not an announcement's; a report of another type is not its detail
    text = ("قتل 12 مدنيا برصاص قناصة في مدينة الرمادي أمس. "
            "وقالت المصادر إن عبوة ناسفة انفجرت قرب سوق شعبي في مدينة الفلوجة.")
    found = _dates(extract, text)
    assert ("Remote explosive/landmine/IED", None, "unknown") in found, found


def test_a_taking_told_first_as_background_with_its_day_keeps_that_day_when_told_again(extract):
    # the taking of الحوطة is told first after "بعد" with its Tuesday, then as its own with no day
    text = ("وتأتي السيطرة على بلدة زنجبار بعد استعادة القوات الحكومية لبلدة الحوطة الثلاثاء، آخر معاقل المسلحين. "
            "وكان وزير الدفاع قد أعلن عن انتزاع السيطرة على الحوطة من المسلحين.")
    found = [e for e in _events(extract, text) if e.place is not None and e.place.name == "الحوطة"]
    assert found and all(e.date == "2015-08-04" for e in found), [(e.sub_type, e.date) for e in found]


def test_a_background_day_at_another_town_is_not_given(extract):
    text = ("وتأتي السيطرة على بلدة زنجبار بعد استعادة القوات الحكومية لبلدة الحوطة الثلاثاء، آخر معاقل المسلحين. "
            "وكان وزير الدفاع قد أعلن عن انتزاع السيطرة على مدينة لودر من المسلحين.")
    found = [e for e in _events(extract, text) if e.place is not None and e.place.name == "لودر"]
    assert found and all(e.date is None for e in found), [(e.sub_type, e.date) for e in found]


def _events(extract, text: str):
    return extract(text, published=PUB).events


def test_the_day_of_a_saying_gives_way_to_the_incidents_own_day_told_after(extract):
    # Tuesday is the day the claim was made ("أكد ... الثلاثاء أن الهجوم"); the attack's own day comes after
    text = ("أكد المتمردون الثلاثاء أن الهجوم الانتحاري الذي استهدف ثكنة للجيش جاء ردا على الغارات. "
            "وقال المتمردون في بيان إن الهجوم الذي شن بسيارة مفخخة صباح الأحد قرب مدينة ماردين أوقع قتلى.")
    found = _dates(extract, text)
    assert ("Suicide bomb", "2015-08-02", "day") in found and ("Suicide bomb", "2015-08-04", "day") not in found, found
