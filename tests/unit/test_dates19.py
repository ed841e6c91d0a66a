"""Dates19: "this week" on a Monday page, the last hours or days reaching into the month before, "ولغاية"/"وحتى"
before a later day, and a set of attacks ("مجموعة هجمات") that is a run of incidents.  Sentences written for this
test."""
from __future__ import annotations

import pytest


def _dates(extract, text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- "this week" in a text of the week's first day ------------------------------------------------------------------

def test_this_week_on_a_monday_is_the_week_just_ended(extract):
    text = "نشرت الجماعة تسجيلا مصورا تؤكد فيه قيامها هذا الأسبوع بخطف ستة جنود قرب مدينة الباب."
    found = _dates(extract, text, "2015-08-03")   # a Monday
    assert found and all((d, p) == ("2015-07-27", "week") for _, d, p in found), found


def test_guard_this_week_on_a_wednesday_stays_this_week(extract):
    text = "نشرت الجماعة تسجيلا مصورا تؤكد فيه قيامها هذا الأسبوع بخطف ستة جنود قرب مدينة الباب."
    found = _dates(extract, text, "2015-08-05")   # a Wednesday: the week has had two days before it
    assert found and all((d, p) == ("2015-08-03", "week") for _, d, p in found), found


def test_guard_a_weekday_of_this_week_keeps_its_day(extract):
    text = "قتل أربعة جنود في هجوم على حاجز قرب مدينة العريش يوم الاثنين من هذا الأسبوع."
    assert all(p != "week" for _, _, p in _dates(extract, text, "2015-08-03"))


# --- the last hours or days before publication ----------------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # two days back from the 1st reach into July: a span across two months, no date
    ("قتل 15 مسلحا في معارك مع الجيش في ريف درعا على مدار اليومين الماضيين.", "2015-08-01", (None, "unknown")),
    ("قتل 15 مسلحا في معارك مع الجيش في ريف درعا على مدار اليومين الماضيين.", "2015-08-02", (None, "unknown")),
    ("قتل 15 مسلحا في معارك مع الجيش في ريف درعا على مدار اليومين الماضيين.", "2015-08-04", ("2015-08", "month")),
    # one day back from the 1st: the day before is in July
    ("أصيب تسعة جنود في اشتباكات مع مسلحين في محافظة ديالى خلال الـ24 ساعة الماضية.", "2015-08-01",
     (None, "unknown")),
    ("أصيب تسعة جنود في اشتباكات مع مسلحين في محافظة ديالى خلال الـ24 ساعة الماضية.", "2015-08-02",
     ("2015-08", "month")),
])
def test_last_hours_or_days_take_the_month_only_within_it(extract, text, published, expected):
    found = _dates(extract, text, published)
    assert found and all((d, p) == expected for _, d, p in found), found


def test_last_hours_count_back_from_the_day_of_the_saying(extract):
    # the saying's day is 31 July: a day back is 30 July, within July
    text = "وذكرت وكالة الأنباء يوم الجمعة 31 يوليو أن عمليات خطف لشرطيين سجلت في الساعات الـ24 الأخيرة في بلدة جزرة."
    found = _dates(extract, text, "2015-08-02")
    assert found and all((d, p) == ("2015-07", "month") for _, d, p in found), found


def test_guard_a_span_of_recent_days_takes_no_day_from_the_sentence_before(extract):
    text = ("قال المتحدث باسم الجيش أمس إن القوات تقدمت في ريف حلب. "
            "وقتل عشرون مسلحا في مواجهات مع القوات في بلدة تل رفعت خلال اليومين الماضيين.")
    found = [x for x in _dates(extract, text, "2015-08-01") if x[0] == "Armed clash"]
    assert found and all(d is None for _, d, _ in found), found


# --- "until" with its clitics ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "شنت الطائرات غارات متواصلة على مواقع المسلحين في مدينة الرمادي من ليلة الأربعاء ولغاية أمس الخميس.",
    "استمرت الاشتباكات بين الجيش والمسلحين في حي جوبر من مساء الثلاثاء وحتى صباح أمس الخميس.",
])
def test_from_one_day_until_a_later_one_is_the_month(extract, text):
    found = _dates(extract, text, "2015-08-07")   # a Friday
    assert found and all((d, p) == ("2015-08", "month") for _, d, p in found), found


def test_guard_until_a_day_to_come_is_a_deadline(extract):
    text = "فرضت السلطات حظر التجول في المدينة أمس بعد اشتباكات دامية، ويستمر الحظر حتى الأحد المقبل."
    assert all(p != "month" for _, _, p in _dates(extract, text, "2015-08-07"))


# --- a set of attacks -----------------------------------------------------------------------------------------------

def test_a_set_of_attacks_gives_no_date_to_an_ambush_told_before(extract):
    text = ("أعلن الجيش مقتل جنديين أمس حين هاجم مسلحون دورية في ولاية ماردين. "
            "وأوضح الجيش أن المسلحين نصبوا كمينا للدورية على طريق قرب بلدة نصيبين. "
            "وشهد الأسبوع الماضي مجموعة هجمات على قوات الأمن نسبت إلى المسلحين.")
    found = _dates(extract, text, "2015-08-06")
    assert found and all(p != "week" for _, _, p in found), found


# --- a claim of responsibility is an announcement by the doer --------------------------------------------------------

def test_a_claim_dated_before_the_incident_gives_way_to_its_own_day(extract):
    text = ("تبنت الحركة المسلحة أمس هجوما بعبوة ناسفة أدى أول من أمس إلى مقتل ثلاثة جنود في بلدة سلوان جنوب "
            "شرقي البلاد.")
    found = _dates(extract, text, "2015-08-06")
    assert found and all(d == "2015-08-04" for _, d, _ in found), found


def test_a_claim_alone_dates_the_incident_it_names(extract):
    # known only by its claim: the claim's day (SCHEMA.md: an incident known only by its announcement)
    text = "تبنى التنظيم مساء الاثنين تفجير سيارة مفخخة قرب مسجد في حي الجراف شمال العاصمة صنعاء."
    found = _dates(extract, text, "2015-08-05")
    assert found and all(d == "2015-08-03" for _, d, _ in found), found
