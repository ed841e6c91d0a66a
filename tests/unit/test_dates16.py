"""Dates16: today's attacks before a relative clause, tomorrow named by its weekday, dates written with spaced
slashes, and a vague span of recent days that does not join an incident announced on a later day.  Sentences
written for this test; PUB is a Saturday."""
from __future__ import annotations

import pytest

PUB = "2015-07-25"


def _mentions(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    ex = extract(text, published=published)
    return [(text[m.span.start:m.span.end], m.date, m.precision) for m in ex.date_mentions]


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


# --- اليوم before a relative pronoun that does not agree with it -------------------------------------------------

def test_today_before_a_feminine_relative_is_today(extract):
    found = _mentions(extract, "وقالت الحكومة إن غارات اليوم التي نفذتها الطائرات أصابت مخازن للسلاح.")
    assert ("اليوم", "2015-07-25", "day") in found, found


def test_guard_the_day_which_is_no_date(extract):
    found = _mentions(extract, "وتذكر الأهالي اليوم الذي دخلت فيه القوات إلى البلدة.")
    assert found == [], found


def test_guard_the_night_which_is_no_date(extract):
    found = _mentions(extract, "ولن ينسى السكان الليلة التي سقطت فيها القذائف على الحي.")
    assert found == [], found


# --- غد before a weekday ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "تبدأ الهدنة ابتداء من غد الأحد في جميع المحافظات.",
    "وتتواصل غد الأحد جولة المفاوضات بين الطرفين.",
])
def test_tomorrow_named_by_its_weekday_is_tomorrow(extract, text):
    found = _mentions(extract, text)
    assert found and found[0][1:] == ("2015-07-26", "day"), found


def test_guard_bare_ghad_is_no_date(extract):
    found = _mentions(extract, "وقال إن غد البلاد سيكون أفضل من أمسها.")
    assert all(m[1] != "2015-07-26" for m in found), found


# --- numeric dates with spaced slashes -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso"), [
    ("تعرض مركز حدودي لقذائف صباح الموافق 14 / 7 / 2015م من داخل الأراضي اليمنية.", "2015-07-14"),
    ("وقع الاعتداء بتاريخ 3/ 7/ 2015 على نقطة التفتيش.", "2015-07-03"),
    ("صدر القرار بتاريخ 2015 / 7 / 3 بعد اجتماع اللجنة.", "2015-07-03"),
])
def test_a_date_with_spaced_slashes_is_a_day(extract, text, iso):
    found = _mentions(extract, text)
    assert any(m[1:] == (iso, "day") for m in found), found


def test_a_hijri_date_with_spaced_slashes_is_its_gregorian_day(extract):
    found = _mentions(extract, "وقع الحادث مساء الموافق 5 / 10 / 1436هـ في محافظة القطيف.")
    assert any(m[1:] == ("2015-07-21", "day") for m in found), found


@pytest.mark.parametrize("text", [
    "صدر بالقرار رقم ( 104 / 47 ) بعد دراسة الموضوع.",
    "وتراوحت النتائج بين 3 / 4 / 12 في الجولات الثلاث.",
    "بلغت النسبة 12 - 5 - 2015 نقطة في السوق.",
])
def test_guard_spaced_numbers_without_a_year_or_with_dashes_are_no_date(extract, text):
    found = _mentions(extract, text)
    assert all(m[2] != "day" for m in found), found


# --- a vague span of recent days does not join an incident announced on a later day -----------------------------
# ("وأعلن المقاتلون الأكراد السبت أن الدبابات التركية قصفت قرية" and, sentences on, "وكانت تركيا قصفت في الأيام
# الأخيرة مواقع للتنظيم": the week is no day of its own that the announcement stood for)

def _told(date: str, precision: str, announced: bool):
    from types import SimpleNamespace

    from rasd.extract.document import DatedSpan
    from rasd.model import Span
    return SimpleNamespace(date=DatedSpan(0, 1, Span(0, 1, "x"), date, precision), announced=announced)


def test_a_week_of_recent_days_is_no_own_day_of_an_announced_incident():
    from rasd.extract.events.incidents import _one_day_announced
    announced = _told("2015-07-25", "day", True)
    assert not _one_day_announced(announced, _told("2015-07-18", "week", False))
    assert not _one_day_announced(_told("2015-07-18", "week", False), announced)


def test_guard_an_own_day_before_the_announcement_still_joins_it():
    from rasd.extract.events.incidents import _one_day_announced
    announced = _told("2015-07-25", "day", True)
    assert _one_day_announced(announced, _told("2015-07-22", "day", False))
    assert _one_day_announced(_told("2015-08", "month", True), _told("2015-07-31", "day", False))
    assert _one_day_announced(_told("2015-07-22", "day", False), announced)


# --- "then" points back to the time told in the sentence before ----------------------------------------------------

def test_killed_then_takes_the_month_told_before(extract):
    found = _dates(extract, "وقالت الشرطة إن أحد القتلى قاد هجوما على مركز أمني في مدينة الموصل في مارس الماضي. "
                            "وقتل حينها تسعة من رجال الشرطة حين اقتحم مسلحون المركز.")
    assert found and all(date in ("2015-03", None) for _, date, _ in found) and \
        any(date == "2015-03" for _, date, _ in found), found


def test_a_then_incident_is_not_folded_into_the_undated_news_before(extract):
    found = _dates(extract, "وقالت اللجنة إن القوات اشتبكت مع مجموعة من المسلحين في منطقة جبلية قرب مدينة الموصل. "
                            "وأضافت أن أحد القتلى كان قد فر من سجن المدينة في مارس الماضي. وقتل حينها تسعة من رجال "
                            "الشرطة حين اقتحم مسلحون السجن في الموصل.")
    assert ("Armed clash", "2015-03", "month") not in found[:1], found


def test_guard_then_with_no_date_before_dates_nothing(extract):
    found = _dates(extract, "وتحدث الشهود عن المسلحين. وقتل حينها تسعة من رجال الشرطة حين اقتحم مسلحون مركزا أمنيا "
                            "في مدينة الموصل.")
    assert all(date is None for _, date, _ in found), found


# --- after the midnight that ended yesterday ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso"), [
    ("ودارت اشتباكات بعد منتصف ليل أمس بين الفصائل وقوات النظام في محيط المطار.", "2015-07-25"),
    ("وقصفت الطائرات مواقع التنظيم بعد منتصف ليل أمس الأول قرب المدينة.", "2015-07-24"),
    ("ودارت اشتباكات منتصف ليل أمس بين الفصائل وقوات النظام في محيط المطار.", "2015-07-24"),
])
def test_after_midnight_last_night_is_today(extract, text, iso):
    found = _mentions(extract, text)
    assert found and found[0][1:] == (iso, "day"), found
