"""SCHEMA.md's Dates convention at the level of events: an incident known only by its announcement takes the
announcement's date; a night named by its two days is uncertain between them.  Sentences written for this test."""
from __future__ import annotations

PUB = "2015-08-06"   # a Thursday


def _dates(extract, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=PUB).events]


def test_an_arrest_known_by_its_announcement_takes_its_day(extract):
    found = _dates(extract, "أعلنت الشرطة أمس القبض على خمسة مسلحين في مدينة الرمادي.")
    assert found == [("Arrests", "2015-08-05", "day")], found


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


def test_an_arrest_joined_to_a_passive_predicate_takes_the_day_before_it(extract):
    # "تم تطويق ... والقبض على": the auxiliary governs both masdars, the arrest is no incident known before
    found = _dates(extract, "وفي فجر يوم الأربعاء تم تطويق القارب واستيقافه، والقبض على مسلحين اثنين كانا على متنه "
                            "قرب سواحل المنامة.")
    assert found == [("Arrests", "2015-08-05", "day")], found


def test_an_abduction_done_by_did_takes_the_day_after_its_object(extract):
    # "قامت ... باختطاف الإعلامي": the noun is the verb's predicate, dated as a verb is, past the commas
    found = _dates(extract, "وفي محافظة الحديدة، قامت جماعة الحوثي المسلحة باختطاف الإعلامي سمير المندعي من كورنيش "
                            "الحديدة، مساء أمس، واقتيادهم إلى جهة مجهولة.")
    assert found == [("Abduction/forced disappearance", "2015-08-05", "day")], found


def test_a_day_in_a_relative_clause_on_a_place_before_the_incident_is_not_its_day(extract):
    # "في عدن التي شهدت ... الاثنين،": Monday is what the clause tells of the city
    found = _dates(extract, "وفي مدينة عدن التي عاشت يوما هادئا الاثنين، قامت قوات الأمن باعتقال خمسة مسلحين "
                            "قرب الميناء.")
    assert found and all(date is None for _, date, _ in found), found


def test_a_revolution_named_with_its_year_does_not_date_the_incident(extract):
    # "ثورة 11 فبراير 2011" names the abducted man's movement: the abduction is told now, undated, not history
    found = _dates(extract, "واختطف مسلحون الناشط فيصل أحمد من مقهى في مدينة الحديدة لأنه من شباب ثورة 11 فبراير 2011.")
    assert found == [("Abduction/forced disappearance", None, "unknown")], found
