"""Recognition of date expressions (rasd.recognise.dates): spans and fields."""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from rasd.recognise.dates import DateExpr, default_lexicon, find_dates, load_calendar_lexicon
from rasd.text.segment import segment

LEX = default_lexicon()


def dates(text: str) -> list[DateExpr]:
    return find_dates(segment(text), LEX)


def spans(text: str) -> list[str]:
    return [d.span.text for d in dates(text)]


def only(text: str) -> DateExpr:
    found = dates(text)
    assert len(found) == 1, [d.span.text for d in found]
    return found[0]


# --- spans ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("سيطرت القوات على المعبر مطلع آب/ أغسطس الماضي بعد معارك", "مطلع آب/ أغسطس الماضي"),
    ("وأمس الخميس شنت الطائرات غارات", "أمس الخميس"),
    ("شنت الطائرات، أمس (الخميس)، غارات", "أمس (الخميس)"),
    ("شنت الطائرات أمس (قبل الفجر) غارات", "أمس"),
    ("قتل جنديان يوم الجمعة الماضي في كمين", "يوم الجمعة الماضي"),
    ("قتل جندي في 12 ماي 2016 بانفجار لغم", "12 ماي 2016"),
    ("وصل الوفد بالأمس إلى المدينة", "الأمس"),
    ("أعلن المتحدث (7 مارس 2016) أن القوات تقدمت", "7 مارس 2016"),
    ("تواصلت الغارات خلال أغسطس (آب) الماضي", "أغسطس (آب) الماضي"),
    ("قتل المئات خلال عام 2015 في المحافظة", "عام 2015"),
    ("في 2015 سيطر التنظيم على المدينة", "2015"),
    ("قتل منذ ثلاثة أيام جنديان", "منذ ثلاثة أيام"),
    ("في وقت سابق من هذا الشهر قتل العشرات", "وقت سابق من هذا الشهر"),
    ("قتل قائد في 15 رمضان 1437 هـ بهجوم", "15 رمضان 1437 هـ"),
    ("بتاريخ 29-05-2015 وقع الانفجار", "29-05-2015"),
    ("وقعت المجزرة بحزيران الماضي", "حزيران الماضي"),
    ("التقرير الشهري لشهر مايو يوثق الانتهاكات", "شهر مايو"),
    ("تصاعدت الهجمات للعام الثاني", None),
    ("حاول المسلح قتل حارس آخر قبل ظهر اليوم نفسه", None),   # "the same day" of the story, not today
    ("وانفجرت سيارة ثانية في اليوم نفسه قرب السوق", None),
    ("استعادت القوات قصر 7 يوليو الجمهوري في المدينة", None),   # a palace named after a day
    ("اشتدت المعارك في أواخر شهر رمضان المبارك", "أواخر شهر رمضان المبارك"),
    ("في ساعة متأخرة من مساء أمس هاجم مسلحون", "ساعة متأخرة من مساء أمس"),
])
def test_span_text(text: str, expected: str | None) -> None:
    found = dates(text)
    if expected is None:
        assert found == []
        return
    assert [d.span.text for d in found] == [expected]
    d = found[0]
    assert text[d.span.start:d.span.end] == expected


def test_span_keeps_diacritics_and_tatweel_of_the_original() -> None:
    text = "قُتِلَ ثلاثةٌ يَوْمَ الجُمُعَةِ المـــاضي في المدينة."
    d = only(text)
    assert d.span.text == "يَوْمَ الجُمُعَةِ المـــاضي"
    assert text[d.span.start:d.span.end] == d.span.text
    assert d.weekday == 4 and d.relative == "last_weekday"


def test_span_with_eastern_digits() -> None:
    text = "في ١٢ مايو ٢٠١٦ قصفت المدفعية"
    d = only(text)
    assert d.span.text == "١٢ مايو ٢٠١٦"
    assert (d.year, d.month, d.day) == (2016, 5, 12)


def test_token_range_matches_span() -> None:
    text = "وأمس الخميس قصفت الطائرات الحي، وفي 12 مايو 2016 قتل جندي."
    seg = segment(text)
    for d in find_dates(seg, LEX):
        assert seg.tokens[d.first_token].start <= d.span.start < seg.tokens[d.first_token].end
        assert seg.tokens[d.last_token - 1].end == d.span.end


def test_proclitic_with_elided_article_keeps_whole_word() -> None:
    d = only("تصاعدت الهجمات للعام الماضي على التوالي")
    assert d.relative == "last_year"
    assert d.span.text == "للعام الماضي"


# --- sentences and order --------------------------------------------------------


def test_sentence_index() -> None:
    text = "قالت المصادر إن الوضع هادئ. وفي الجملة الثانية قتل أمس ثلاثة جنود. ثم يوم السبت انسحبوا."
    found = dates(text)
    assert [d.span.text for d in found] == ["أمس", "يوم السبت"]
    assert [d.sentence for d in found] == [1, 2]


def test_several_dates_in_one_sentence_in_order() -> None:
    text = ("بعد هجوم 15 رمضان 1437 هـ الموافق 20 حزيران/ يونيو 2016، وغارات الأسبوع الماضي، "
            "قصفت الطائرات أمس البلدة التي سقطت في 2014")
    found = dates(text)
    assert [d.span.text for d in found] == [
        "15 رمضان 1437 هـ", "20 حزيران/ يونيو 2016", "الأسبوع الماضي", "أمس", "2014"]
    assert [d.span.start for d in found] == sorted(d.span.start for d in found)
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start and a.last_token <= b.first_token
    assert found[0].calendar == "hijri" and found[1].calendar == "gregorian"


def test_two_years() -> None:
    assert spans("قتل الآلاف بين عامي 2014 و2016 في المحافظة") == ["عامي 2014", "2016"]


# --- fields ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "fields"), [
    ("مطلع آب/ أغسطس الماضي", {"month": 8, "part": "early", "relative": "named_month_last"}),
    ("منتصف الشهر الجاري", {"part": "mid", "relative": "this_month"}),
    ("أواخر عام 2015", {"year": 2015, "part": "late", "relative": None}),
    ("أمس الخميس", {"weekday": 3, "relative": "yesterday"}),
    ("الاثنين 7 مارس 2016", {"year": 2016, "month": 3, "day": 7, "weekday": 0, "relative": None}),
    ("منذ ثلاثة أيام", {"relative": "days_ago", "amount": 3}),
    ("قبل أسبوعين", {"relative": "weeks_ago", "amount": 2}),
    ("منذ شهرين", {"relative": "months_ago", "amount": 2}),
    ("قبل عامين", {"relative": "years_ago", "amount": 2}),
    ("قبل 4 سنوات", {"relative": "years_ago", "amount": 4}),
    ("قبل أيام", {"relative": "recent_days", "amount": None}),
    ("رمضان 1437", {"year": 1437, "month": 9, "calendar": "hijri"}),
    ("في شهر رمضان", {"month": 9, "calendar": "hijri", "relative": "named_month"}),
    ("أغسطس الماضي", {"month": 8, "relative": "named_month_last"}),
    ("12 الجاري", {"day": 12, "relative": "this_month"}),
    ("12-15 مايو 2016", {"day": 12, "day_to": 15, "month": 5, "year": 2016}),
    ("يوم غد", {"relative": "tomorrow"}),
    ("بعد غد", {"relative": "day_after_tomorrow"}),
    ("الأحد المقبل", {"weekday": 6, "relative": "next_weekday"}),
    ("العام قبل الماضي", {"relative": "year_before_last"}),
])
def test_fields(text: str, fields: dict) -> None:
    d = only(text)
    for k, v in fields.items():
        assert getattr(d, k) == v, (k, getattr(d, k), v)


# --- not dates ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "سيطرت القوات على الحي الثالث",
    "قتل 12 جنديا على بعد 100 كيلومتر من المدينة",
    "يتوقع تصعيد خلال الأيام المقبلة",
    "أصيب برصاص رشاش عيار 14.5 ملم",
    "للتواصل اتصلوا على الرقم 0912345678 أو 091-234-5678",
    "نفذ التنظيم أول هجوم له في المنطقة",
    "تصاعدت الهجمات مؤخرا وفي الآونة الأخيرة",
    "قال محمد رمضان إنه مارس الضغط على أبيه آب",
    "بلغ عدد القتلى 2015 شخصا والجرحى 120165",
    "تقع البلدة على بعد 2016 مترا",
    "أدى المصلون صلاة الجمعة وجرى سوق الخميس كالمعتاد",
    "أطلق سراح الأحد عشر رهينة وكلا الاثنين بخير",
    "في اليوم التالي وفي ذلك اليوم واليوم العالمي للاجئين",
    "ثورة 17 فبراير وكتيبة 17 فبراير وحركة 20 فبراير",
    "وهو من شباب ثورة 11 فبراير 2011 ومن أنصار انتفاضة 14 مارس (آذار) 2005",
    "هطلت الأمطار في الربيع وارتفع منسوب الماء في الصيف",
    "قتل قبل يومين من الانتخابات ثلاثة",
    "دمر القصف في 2000 منزل",
    "وصل عدد النازحين إلى 2014",
    "الساعة 12.30 والنتيجة 3.5",
])
def test_not_dates(text: str) -> None:
    assert spans(text) == []


def test_ago_singular_does_not_eat_a_following_date() -> None:
    assert spans("منذ عام 2011 وقبل شهر رمضان ومنذ يوم الجمعة") == ["عام 2011", "شهر رمضان", "يوم الجمعة"]


def test_weak_month_needs_context() -> None:
    assert spans("مارس الضغط") == []
    assert spans("في مارس") == ["مارس"]
    assert spans("مارس 2016") == ["مارس 2016"]
    assert spans("آذار/ مارس") == ["آذار/ مارس"]
    assert spans("محرم") == [] and spans("محرم 1438") == ["محرم 1438"]


def test_libyan_month_needs_day_or_year() -> None:
    assert spans("الماء") == [] and spans("في الماء") == []
    assert spans("الماء 2009") == ["الماء 2009"]
    assert spans("12 الطير") == ["12 الطير"]


# --- lexicon and module hygiene ------------------------------------------------------


@pytest.mark.parametrize("names", [
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
     "ديسمبر"],
    ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
     "تشرين الثاني", "كانون الأول"],
    ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
     "ديسمبر"],
    ["أي النار", "النوار", "الربيع", "الطير", "الماء", "الصيف", "ناصر", "هانيبال", "الفاتح", "التمور",
     "الحرث", "الكانون"],
    ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
     "شوال", "ذو القعدة", "ذو الحجة"],
])
def test_month_systems_complete(names: list[str]) -> None:
    lex = load_calendar_lexicon()
    assert [lex.month_of(n).month for n in names] == list(range(1, 13))  # type: ignore[union-attr]
    for k, name in enumerate(names, start=1):
        d = only(f"في 3 {name} 2016" if lex.month_of(name).calendar == "gregorian"  # type: ignore[union-attr]
                 else f"في 3 {name} 1437")
        assert d.month == k and d.day == 3


def test_variant_spellings() -> None:
    for a, b in [("إبريل", "أبريل"), ("يونيه", "يونيو"), ("يوليه", "يوليو"), ("اغسطس", "أغسطس"),
                 ("ربيع الثاني", "ربيع الآخر"), ("جمادى الثانية", "جمادى الآخرة"), ("ذي الحجة", "ذو الحجة")]:
        assert LEX.month_of(a) == LEX.month_of(b)


def test_recognise_does_not_import_resolve() -> None:
    import rasd.recognise.dates as mod
    tree = ast.parse(Path(mod.__file__).read_text(encoding="utf-8"))
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not any(m and m.startswith("rasd.resolve") for m in imported)


def test_every_date_of_a_long_article_is_found() -> None:
    # speed is measured by scripts/bench_pipeline.py, not here
    para = ("قال مصدر عسكري إن القوات شنت يوم الخميس الماضي هجوما على مواقع المسلحين في منطقة الجفرة، "
            "ما أسفر عن مقتل 12 مسلحا، وذلك بعد اشتباكات اندلعت مطلع آب/ أغسطس الماضي. وأضاف أن "
            "الطيران نفذ أمس غارات على الحي الثالث على بعد 100 كيلومتر من المدينة. ")
    text = para * (5000 // len(para) + 1)
    seg = segment(text)
    found = find_dates(seg, LEX)
    assert len(found) == 3 * (5000 // len(para) + 1)


@pytest.mark.parametrize("text, published, date", [
    ("قبضت الشرطة على المطلوبين في ثاني أيام عيد الفطر", "2015-08-07", "2015-07-18"),
    ("وقع الهجوم صباح عيد الأضحى", "2015-08-07", "2014-10-04"),
    ("وقع الهجوم يوم عرفة", "2015-10-07", "2015-09-22"),
])
def test_feasts_are_their_hijri_day_of_the_year_of_publication(text, published, date):
    import datetime

    from rasd.resolve.calendar import resolve
    [d] = find_dates(segment(text))
    assert str(resolve(d, datetime.date.fromisoformat(published)).date) == date


@pytest.mark.parametrize("text", [
    "وجرحى جراء قصف طيران التحالف لمعسكر الحمزة في اب وسط اليمن.",
    "وقضت المحكمة في اب اعتدى على ابنته.",
])
def test_ab_after_a_preposition_alone_is_no_month(text):
    from rasd.recognise.dates import default_lexicon, find_dates
    from rasd.text.segment import segment
    assert [d.month for d in find_dates(segment(text), default_lexicon())] == []


@pytest.mark.parametrize("text", ["وكان الهجوم في آب الماضي.", "وتقود واشنطن منذ آب/أغسطس ائتلافا.",
                                  "شهد الموقع في آب (أغسطس) 2012 مجزرة.", "في 12 آب قصفت الطائرات المدينة."])
def test_ab_with_a_qualifier_is_august(text):
    from rasd.recognise.dates import default_lexicon, find_dates
    from rasd.text.segment import segment
    assert 8 in [d.month for d in find_dates(segment(text), default_lexicon())]


def test_every_trigger_word_opens_an_expression_of_its_own_table() -> None:
    # `_Parser.core` tries at a word only the expressions it may open; a trigger that opens none is a
    # relative day that needs a prefix before it ("يوم أمس"), tried from the prefix
    opens = LEX.openers()
    assert set(opens) <= LEX.triggers
    assert LEX.triggers - set(opens) <= set(LEX.relative_days_prefixed.heads())
    assert "weekday" in opens["الخميس"] and "ago" in opens["منذ"] and "date" in opens["يناير"]
    assert only("وصل الوفد يوم الخميس الماضي").weekday is not None
    assert only("قتل منذ ثلاثة أيام").relative is not None


@pytest.mark.parametrize("text, sign, days", [
    ("بعد يومين على الهجوم", 1, 2),
    ("وقبل ثلاثة أيام من التفجير", -1, 3),
    ("عقب يوم من القصف", 1, 1),
    ("بعد 4 أيام على هجوم", 1, 4),
    ("بعد ساعات قليلة من التفجير", 1, None),
    ("قبل ساعتين من الهجوم", -1, None),
])
def test_a_count_before_or_after_another_incident(text, sign, days):
    from rasd.recognise.dates import event_offset
    from rasd.text.normalise import norm
    n = [norm(w) for w in text.split()]
    off = event_offset(n, 0, len(n))
    assert off is not None and (off.sign, off.days, off.end) == (sign, days, len(n) - 1), off


@pytest.mark.parametrize("text", ["بعد أيام من الهجوم", "قبل يومين الهجوم", "بعد عام من الهجوم"])
def test_no_count_of_days_or_hours_before_a_link_is_no_offset(text):
    # a vague count, no link, a count of years: nothing to date an incident from
    from rasd.recognise.dates import event_offset
    from rasd.text.normalise import norm
    n = [norm(w) for w in text.split()]
    assert event_offset(n, 0, len(n)) is None
