"""Dates21: a date after «منذ بدء/اندلاع ...» is where a span began; a recent day after منذ starts a span up to
the report; a headline incident told again undated in the body takes its lead's day; a sentence opening with «كما»
goes on with the day of the incident of its kind told just before.  Sentences written for this test; PUB is a
Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- the start of a span ----------------------------------------------------------------------------------------------

def test_a_month_after_since_the_outbreak_is_not_the_attacks(extract):
    found = _dates(extract, "صدت القوات الحكومية أشرس هجوم يشنه المتمردون على بلدة صرواح منذ اندلاع الحرب في مارس "
                            "الماضي.")
    assert found and all(date != "2015-03" for _, date, _ in found), found


def test_a_length_back_after_since_the_beginning_is_not_the_attacks(extract):
    found = _dates(extract, "وتصدت قوات العشائر لأعنف هجوم على مدينة حديثة منذ بدء المعارك قبل خمسة أشهر، وقع صباح "
                            "أمس.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_a_start_verb_after_since_keeps_its_date_from_the_killing(extract):
    found = _dates(extract, "وهو أبرز ضابط يقتل في محافظة إدلب منذ بدأ الهجوم على مدينة أريحا في أبريل الماضي.")
    assert all(date != "2015-04" for _, date, _ in found), found


def test_guard_until_after_since_the_beginning_is_not_a_start(extract):
    # "حتى أمس" ends the span: the start rule leaves that day alone (how a tally up to it is dated is not its concern)
    found = _dates(extract, "واعتقلت الشرطة منذ بداية الحملة حتى أمس الثلاثاء خمسين مسلحا في مدينة الموصل.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


# --- a recent day after منذ -------------------------------------------------------------------------------------------

def test_fighting_since_a_weekday_evening_is_the_month(extract):
    found = _dates(extract, "وتشهد الأحياء الشرقية لمدينة تعز معارك عنيفة منذ مساء الاثنين بين المتمردين والمقاومة.")
    assert found and all((date, precision) == ("2015-07", "month") for _, date, precision in found), found


def test_arrests_since_a_weekday_are_the_month(extract):
    found = _dates(extract, "وأعلنت الشرطة أنها اعتقلت منذ السبت في محافظة ديالى أربعين شخصا بتهمة الانتماء إلى "
                            "تنظيم داعش.")
    assert found and all((date, precision) == ("2015-07", "month") for _, date, precision in found), found


def test_fighting_since_a_weekday_of_the_month_before_is_unknown(extract):
    found = _dates(extract, "وتشهد الأحياء الشرقية لمدينة تعز معارك عنيفة منذ مساء الأربعاء بين المتمردين والمقاومة.",
                   published="2015-08-02")
    assert found and all(date is None for _, date, _ in found), found


def test_guard_a_length_after_since_is_ago(extract):
    found = _dates(extract, "قتل خمسة جنود في هجوم على حاجز في مدينة العريش منذ ثلاثة أيام.")
    assert found and all((date, precision) == ("2015-07-19", "day") for _, date, precision in found), found


# --- a headline incident told again in the body -----------------------------------------------------------------------

def test_a_headline_incident_told_again_undated_takes_the_leads_day(extract):
    text = ("سيارة مفخخة تستهدف فندقا في كابول\n\n"
            "وقع انفجار عصر أمس الثلاثاء قرب فندق في وسط كابول. "
            "وهز انفجار السيارة المفخخة الفندق وأدى إلى مقتل ستة أشخاص، وتبنت حركة طالبان الهجوم.")
    found = _dates(extract, text)
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


# --- «كما» goes on with the news ---------------------------------------------------------------------------------------

def test_also_opening_a_sentence_goes_on_with_the_day_before(extract):
    found = _dates(extract, "شنت طائرات التحالف أمس الثلاثاء غارات على مواقع المتمردين في مدينة صعدة. كما استهدفت "
                            "الطائرات مخازن أسلحة في منطقة حرض.")
    assert len(found) == 2 and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_also_with_a_date_of_its_own_keeps_it(extract):
    found = _dates(extract, "شنت طائرات التحالف أمس الثلاثاء غارات على مواقع المتمردين في مدينة صعدة. كما استهدفت "
                            "الطائرات الأحد الماضي مخازن أسلحة في منطقة حرض.")
    assert ("Air/drone strike", "2015-07-19", "day") in found, found


def test_guard_also_after_another_kind_takes_no_day(extract):
    found = _dates(extract, "اعتقلت الشرطة أمس الثلاثاء ثلاثة مطلوبين في مدينة الرمادي. كما استهدفت الطائرات مخازن "
                            "أسلحة في منطقة حرض.")
    assert ("Air/drone strike", None, "unknown") in found, found


def test_a_date_far_after_since_that_began_is_not_the_strikes(extract):
    found = _dates(extract, "وتصاعدت الهجمات منذ أن بدأت القوات الحكومية حملة غارات جوية على معاقل المتمردين في جبال "
                            "الشمال في 24 يوليو.")
    assert all(date != "2015-07-24" for _, date, _ in found), found


def test_a_date_ending_a_since_phrase_after_first_is_compared_with(extract):
    found = _dates(extract, "وهذا أول هجوم من نوعه على مدينة العريش منذ انهيار الهدنة قبل عشرة أيام.")
    assert all(date != "2015-07-12" for _, date, _ in found), found


def test_guard_an_incident_after_a_since_phrase_keeps_its_day(extract):
    found = _dates(extract, "قتل ثلاثة جنود أمس الثلاثاء في هجوم على حاجز في مدينة العريش، هو الأعنف منذ بدء الحملة "
                            "في مارس.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_what_began_keeps_its_start(extract):
    # the campaign named after "منذ انطلاق" is what began in that month (the scorer's gold codes such a campaign)
    found = _dates(extract, "وتخشى الدولتان فرار المقاتلين من مدينة سرت منذ انطلاق الغارات الجوية الأميركية على المدينة "
                            "في يونيو الماضي.")
    assert ("Air/drone strike", "2015-06", "month") in found, found
