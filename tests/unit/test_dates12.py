"""Dates12: what the trigger's clause says after a day told before it (the incident's own earlier day after its
announcement, the night before a saying), the dead counted before the incident they fell in, a month "of this
year" glued with ل, and a newspaper named "عين اليوم".  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- an announcement's day before the incident, its own day after it ---------------------------------------------

def test_the_own_day_after_an_announced_incident_is_its_day(extract):
    found = _dates(extract, "أعلنت وزارة الدفاع الأحد مقتل ستة جنود إثر تعرض دوريتهم لإطلاق نار مساء الجمعة الماضي "
                            "في ولاية تيزي وزو.")
    assert found and all(date == "2015-07-17" for _, date, _ in found), found


def test_an_announced_arrest_with_a_day_told_in_its_clause_takes_that_day(extract):
    found = _dates(extract, "أكدت الشرطة العراقية أمس القبض على ثلاثة مسلحين من داعش في مدينة الفلوجة يوم السبت الماضي.")
    assert found and all(date == "2015-07-18" for _, date, _ in found), found


def test_guard_a_day_of_another_clause_after_the_announced_incident_is_not_its_day(extract):
    # "، فيما قتل شرطي ... الأحد": Sunday is the other incident's, the arrest keeps the day it was announced
    found = dict((s, d) for s, d, _ in _dates(extract, "أعلنت الشرطة أمس اعتقال خمسة مسلحين في مدينة الرمادي، فيما "
                                                        "قتل شرطي في هجوم يوم الأحد الماضي في الفلوجة."))
    assert found.get("Arrests") == "2015-07-21", found


def test_a_day_in_a_relative_clause_after_the_announced_incident_leaves_it_the_announcement_day(extract):
    # "... بالتفجير الذي استهدف ... الجمعة": Friday is the bombing's; known by their announcement, the arrests
    # take its day (SCHEMA.md)
    found = dict((s, d) for s, d, _ in _dates(extract, "أعلن وزير الداخلية العراقي أمس اعتقال المتورطين بالتفجير "
                                                        "الذي استهدف بلدة الخالص بمحافظة ديالى الجمعة."))
    assert found.get("Arrests") == "2015-07-21", found


def test_guard_an_announcement_with_no_other_day_keeps_its_own(extract):
    found = _dates(extract, "أعلنت وزارة الداخلية أمس القبض على خمسة مسلحين في مدينة الرمادي.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


# --- the night before the day of a saying --------------------------------------------------------------------------

def test_overnight_after_the_day_of_a_saying_is_the_month(extract):
    found = _dates(extract, "قال سكان اليوم الأربعاء إن طائرة بلا طيار هاجمت سيارة في محافظة أبين خلال الليل "
                            "وقتلت ثلاثة مسلحين.")
    assert found and all((date, precision) == ("2015-07", "month") for _, date, precision in found), found


def test_a_night_across_two_months_is_unknown(extract):
    found = _dates(extract, "قال الجيش اليوم إن مسلحين هاجموا نقطة تفتيش قرب مدينة ديار بكر طوال الليل.",
                   published="2015-08-01")
    assert found and all(date is None for _, date, _ in found), found


def test_guard_a_habitual_night_leaves_the_day(extract):
    # "في الليل" tells when something is usual, not the night before
    found = _dates(extract, "قال سكان اليوم الأربعاء إن مسلحين اختطفوا تاجرا من سوق المدينة التي تكتظ في الليل.")
    assert found and all(date == "2015-07-22" for _, date, _ in found), found


# --- the dead counted before the incident they fell in --------------------------------------------------------------

def test_a_day_between_the_dead_and_the_operation_they_fell_in_is_its_day(extract):
    text = ("رفع مقاتلو المقاومة أعلامهم فوق مبنى المحافظة الذي كان مقرا للحاكم قبل أن يهاجم المتمردون مدينة عدن. "
            "وقتل تسعة متمردين وأصيب آخرون، مساء أمس الثلاثاء، خلال تطهير قوات المقاومة مبنى المحافظة في "
            "مديرية كريتر.")
    found = [d for s, d, _ in _dates(extract, text) if s == "Government regains territory"]
    assert found == ["2015-07-21"], _dates(extract, text)


def test_a_day_between_the_dead_and_the_operation_they_fell_in_stays_in_one_sentence(extract):
    # guard: told in one sentence, the dead and the operation were one dated incident already
    found = _dates(extract, "وقتل تسعة مسلحين وأصيب آخرون، مساء أمس الثلاثاء، خلال تطهير قوات الجيش حي الصناعة "
                            "في مدينة الرمادي.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_a_named_incident_after_a_saying_keeps_no_day(extract):
    found = _dates(extract, "قال المتحدث أمس إن الحكومة تدرس الرد على الهجوم الانتحاري في مدينة الرمادي.")
    assert all(date != "2015-07-21" for _, date, _ in found), found


# --- a month of this year, with the preposition glued ------------------------------------------------------------------

def test_a_month_of_this_year_with_the_preposition_glued_is_that_month(extract):
    # guard: the nearest June was this year's already
    found = _dates(extract, "قتل أربعة مدنيين في قصف على مدينة حلب في أواخر شهر يونيو لهذا العام.")
    assert found and all((date, precision) == ("2015-06", "month") for _, date, precision in found), found


def test_a_month_of_last_year_with_the_preposition_glued_is_history(extract):
    found = _dates(extract, "قتل أربعة مدنيين في قصف على مدينة حلب في شهر مايو للعام الماضي.")
    assert not found, found


# --- a newspaper's name -----------------------------------------------------------------------------------------------

def test_the_name_of_the_newspaper_is_no_today(extract):
    found = _dates(extract, "سالم أحمد – عين اليوم فجر مسلحون عبوة ناسفة قرب مركز للشرطة في مدينة العريش.")
    assert found and all(date is None for _, date, _ in found), found


def test_guard_today_after_another_word_stays_today(extract):
    found = _dates(extract, "فجر مسلحون اليوم عبوة ناسفة قرب مركز للشرطة في مدينة العريش.")
    assert found and all(date == "2015-07-22" for _, date, _ in found), found


# --- a headline incident and the day of its lead ------------------------------------------------------------------

def test_a_headline_incident_takes_the_one_day_of_its_lead(extract):
    text = ("الشرطة تفرق مظاهرة ضد الحكومة في البصرة\n\n"
            "فرقت الشرطة العراقية مساء الجمعة في البصرة مئات المحتجين الذين خرجوا غاضبين من انقطاع الكهرباء.\n"
            "وقال شهود إن عناصر الأمن استخدموا الغاز المسيل للدموع.")
    found = [(s, d) for s, d, _ in _dates(extract, text) if s in ("Peaceful protest", "Protest with intervention")]
    assert found and all(d == "2015-07-17" for _, d in found), _dates(extract, text)


def test_guard_a_lead_with_two_days_leaves_the_headline_undated(extract):
    text = ("الشرطة تفرق مظاهرة ضد الحكومة في البصرة\n\n"
            "فرقت الشرطة العراقية مساء الجمعة في البصرة مئات المحتجين الذين خرجوا منذ الاثنين غاضبين من انقطاع "
            "الكهرباء.\n"
            "وقال شهود إن عناصر الأمن استخدموا الغاز المسيل للدموع.")
    found = [(s, d) for s, d, _ in _dates(extract, text) if s in ("Peaceful protest", "Protest with intervention")]
    assert all(d is None for _, d in found), _dates(extract, text)


def test_guard_a_headline_incident_told_as_background_takes_no_day_of_the_lead(extract):
    text = ("عودة الهدوء إلى مدينة سبها بعد اشتباكات قبلية أسفرت عن مقتل العشرات\n\n"
            "عاد الهدوء أمس إلى مدينة سبها في جنوب ليبيا وفتحت الأسواق أبوابها من جديد.\n"
            "وقال سكان إن الحياة عادت إلى طبيعتها.")
    found = _dates(extract, text)
    assert all(d is None for _, d, _ in found), found


# --- the day of the report an incident is attributed to ------------------------------------------------------------

def test_an_attributed_day_gives_way_to_the_incidents_own_day_told_next(extract):
    text = ("قتل 20 شخصا في تفجير سيارة مفخخة في سوق مدينة بعقوبة بحسب حصيلة أعلنتها الشرطة أمس. "
            "وانفجرت السيارة المفخخة صباح الأحد قرب السوق في بعقوبة.")
    found = _dates(extract, text)
    assert found and all(d == "2015-07-19" for _, d, _ in found), found


def test_guard_an_attributed_day_alone_dates_the_incident(extract):
    found = _dates(extract, "قتل 20 شخصا في تفجير سيارة مفخخة في سوق مدينة بعقوبة بحسب حصيلة أعلنتها الشرطة أمس.")
    assert found and all(d == "2015-07-21" for _, d, _ in found), found
