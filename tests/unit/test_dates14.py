"""Dates14: a day in a relative clause on another noun after the trigger, a day compared with after a superlative
("أعنف ... منذ"), an incident from one day into the next ("منذ صباح أمس", "... حتى صباح اليوم").  Sentences written
for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- a relative clause on another noun ------------------------------------------------------------------------------

def test_a_day_in_a_relative_clause_on_a_town_after_the_trigger_is_not_the_fights(extract):
    # "التي سيطر عليها مايو الماضي": May is when the group took the town, not the day of the fighting
    found = _dates(extract, "وأوضح الضابط أن مئات المقاتلين يخوضون معارك ضارية حول بلدة هيت ضد التنظيم الذي احتلها "
                            "يناير الماضي.")
    assert found and all(date != "2015-01" for _, date, _ in found), found


def test_a_day_in_a_relative_clause_on_a_force_after_the_trigger_is_not_the_strikes(extract):
    found = _dates(extract, "وسقط أربعة جنود قتلى بقذيفة أطلقتها الكتيبة الأجنبية التي غادرت في ديسمبر الماضي قاعدتها "
                            "قرب مدينة قندوز.")
    assert found and all(date != "2014-12" for _, date, _ in found), found


def test_guard_a_relative_clause_a_year_back_leaves_the_incident_history(extract):
    found = _dates(extract, "واستردت القوات الحكومية بمساندة مقاتلي العشائر بعض المناطق التي فقدتها العام الماضي في "
                            "محافظة الأنبار.")
    assert not found, found


def test_guard_a_relative_clause_on_the_trigger_gives_its_day(extract):
    found = _dates(extract, "قتل خمسة جنود في الهجوم الانتحاري الذي وقع أمس الثلاثاء على حاجز في مدينة العريش.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_a_relative_clause_on_a_trigger_with_its_quoted_name_gives_its_day(extract):
    # the protests are history: dated by their relative clause, they are left out as such
    found = _dates(extract, "وشددت السلطات الإجراءات الأمنية منذ تظاهرات «الربيع العربي» التي عمت المنطقة قبل أربع "
                            "سنوات.")
    assert all(date is not None for _, date, _ in found), found


def test_guard_a_relative_clause_right_after_an_indefinite_trigger_gives_its_day(extract):
    found = _dates(extract, "أعلنت الشرطة مقتل ثلاثة أشخاص في تفجير استهدف سوقا شعبية في مدينة بعقوبة مساء الاثنين.")
    assert found and all(date == "2015-07-20" for _, date, _ in found), found


# --- a superlative before منذ ------------------------------------------------------------------------------------

def test_the_worst_fighting_since_a_month_is_no_date(extract):
    found = _dates(extract, "وأكد المتمردون مقتل خمسة مدنيين بقصف على بلدة ماريوبول، في أشد معارك شهدتها المنطقة منذ "
                            "شهر.")
    assert found and all(date != "2015-06" for _, date, _ in found), found


def test_guard_ago_with_since_still_dates_the_incident(extract):
    found = _dates(extract, "قتل خمسة جنود في هجوم على حاجز في مدينة العريش منذ يومين.")
    assert found and all(date == "2015-07-20" for _, date, _ in found), found


# --- from one day into the next ------------------------------------------------------------------------------------

def test_clashes_since_yesterday_morning_are_the_month(extract):
    found = _dates(extract, "وسقط اثنا عشر قتيلا من المتمردين في اشتباكات متواصلة يشهدها حي الجحملية منذ صباح أمس.")
    assert found and all((date, precision) == ("2015-07", "month") for _, date, precision in found), found


def test_clashes_until_this_morning_are_the_month(extract):
    found = _dates(extract, "ولقي سبعة مهاجمين حتفهم في معارك بدأت ليلة أمس الثلاثاء عند أطراف بلدة قعطبة، ودامت "
                            "حتى صباح اليوم الأربعاء.")
    assert found and all((date, precision) == ("2015-07", "month") for _, date, precision in found), found


def test_clashes_since_yesterday_across_two_months_are_unknown(extract):
    found = _dates(extract, "وسقط اثنا عشر قتيلا من المتمردين في اشتباكات متواصلة يشهدها حي الجحملية منذ مساء أمس.", published="2015-08-01")
    assert found and all(date is None for _, date, _ in found), found


def test_guard_clashes_since_this_morning_keep_the_day(extract):
    found = _dates(extract, "وسقط اثنا عشر قتيلا من المتمردين في اشتباكات متواصلة يشهدها حي الجحملية منذ صباح اليوم.")
    assert found and all((date, precision) == ("2015-07-22", "day") for _, date, precision in found), found


def test_guard_clashes_of_yesterday_keep_the_day(extract):
    found = _dates(extract, "وسقط اثنا عشر قتيلا من المتمردين في اشتباكات شهدها حي الجحملية صباح أمس.")
    assert found and all((date, precision) == ("2015-07-21", "day") for _, date, precision in found), found


def test_guard_a_deadline_to_come_leaves_the_day(extract):
    found = _dates(extract, "اعتقلت الشرطة خمسة مسلحين في مدينة الرمادي صباح أمس، وسيبقون محتجزين حتى الأحد المقبل.")
    assert found and all((date, precision) == ("2015-07-21", "day") for _, date, precision in found), found


# --- a day set off by commas between a verb of carrying out and its object ---------------------------------------

def test_a_day_set_off_by_commas_before_the_strikes_carried_on_is_theirs(extract):
    found = _dates(extract, "في غضون ذلك، واصل الطيران الحربي، ليلة أمس الثلاثاء، شن غاراته على عدة مواقع للمتمردين "
                            "بمحافظة الجوف.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


# --- a night with no day -------------------------------------------------------------------------------------------

def test_attacks_overnight_with_no_day_are_the_month_of_the_night_before(extract):
    found = _dates(extract, "وهاجم الجنود خلال الليل مواقع للمتمردين في قرية الحوطة وقتلوا أربعة منهم.")
    assert found and all((date, precision) == ("2015-07", "month") for _, date, precision in found), found


def test_a_night_before_the_first_of_a_month_is_unknown(extract):
    found = _dates(extract, "وهاجم الجنود خلال الليل مواقع للمتمردين في قرية الحوطة وقتلوا أربعة منهم.", published="2015-08-01")
    assert found and all(date is None for _, date, _ in found), found


def test_guard_attacks_with_no_night_and_no_day_stay_undated(extract):
    found = _dates(extract, "وهاجم الجنود مواقع للمتمردين في قرية الحوطة وقتلوا أربعة منهم.")
    assert found and all(date is None for _, date, _ in found), found


# --- a weekday with الماضي is not the day before publication ----------------------------------------------------

def test_last_tuesday_in_a_paper_of_wednesday_is_the_week_before(extract):
    found = _dates(extract, "وكان 19 شخصا لقوا حتفهم الثلاثاء الماضي بانفجار عبوة في محطة حافلات بمدينة كانو.")
    assert found and all(date == "2015-07-14" for _, date, _ in found), found


def test_guard_last_monday_in_a_paper_of_wednesday_is_two_days_before(extract):
    found = _dates(extract, "وكان 19 شخصا لقوا حتفهم الاثنين الماضي بانفجار عبوة في محطة حافلات بمدينة كانو.")
    assert found and all(date == "2015-07-20" for _, date, _ in found), found
