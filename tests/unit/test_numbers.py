"""Recognition of numbers in Arabic text (rasd.recognise.numbers).

Every sentence here was written for this test.  `parse_number` returns the
first number expression of a text; `find_numbers` all of them.
"""
from __future__ import annotations

from itertools import pairwise

import pytest

from rasd.recognise.numbers import (
    NumberLexicon,
    find_numbers,
    load_number_lexicon,
    parse_number,
)
from rasd.text.segment import segment


@pytest.fixture(scope="module")
def lex() -> NumberLexicon:
    return load_number_lexicon()


def _all(text: str, lex: NumberLexicon):
    return find_numbers(segment(text), lex)


# (text, value, low, high, hedge) for the first number of the text
VALUES = [
    # --- digits ---
    ("قتل 12 جنديا في كمين قرب الحدود", 12, None, None, None),
    ("أصيب 3 أطفال بجروح", 3, None, None, None),
    ("انتشر 2,130 عنصرا في الأحياء الجنوبية", 2130, None, None, None),
    ("انتشر 2130 عنصرا في الأحياء الجنوبية", 2130, None, None, None),
    ("بلغ عدد المعتقلين 1,250,000 شخص", 1250000, None, None, None),
    ("قطع الرتل مسافة 14.5 كيلومتر", 14.5, None, None, None),
    ("فر 2.7 مليون شخص من منازلهم", 2700000, None, None, None),
    ("فر ٢٫٧ مليون شخص من منازلهم", 2700000, None, None, None),
    ("قتل ٣٥ شخصا في التفجير", 35, None, None, None),
    ("يضم الجيش 14 ألف جندي", 14000, None, None, None),
    ("يضم الجيش 14 الف جندي", 14000, None, None, None),
    ("وصل 5 آلاف مقاتل إلى الجبهة", 5000, None, None, None),
    ("وصل 5 ألاف مقاتل إلى الجبهة", 5000, None, None, None),
    ("يحتاج 3 ملايين شخص إلى المساعدة", 3000000, None, None, None),
    ("خصص المانحون 1.5 مليار دولار", 1500000000, None, None, None),
    ("نزح 3 ملايين و500 ألف شخص", 3500000, None, None, None),
    ("عبر 2,5 مليون لاجئ الحدود", 2500000, None, None, None),
    ("سقط 1.200 قتيل خلال المعارك", 1200, None, None, None),
    ("نفذ الطيران 40 غارة", 40, None, None, None),
    ("أطلقت الفصائل صواريخ غراد عيار 122 ملم", 122, None, None, None),
    # --- number words: units ---
    ("قتل واحد من الحراس", 1, None, None, None),
    ("قتل جندي واحد في الاشتباك", 1, None, None, None),
    ("أصيب اثنان من المارة", 2, None, None, None),
    ("أسرت القوات اثنين من القادة", 2, None, None, None),
    ("أصيبت اثنتان من الممرضات", 2, None, None, None),
    ("قتل ثلاثة جنود في الهجوم", 3, None, None, None),
    ("قتلت ثلاث نساء في القصف", 3, None, None, None),
    ("استمرت المعارك أربعة أيام", 4, None, None, None),
    ("دمرت خمس دبابات", 5, None, None, None),
    ("قتل ستةَ جنودٍ في الكمين", 6, None, None, None),
    ("أفرج عن سبعة رهائن", 7, None, None, None),
    ("قتلت ثماني نساء", 8, None, None, None),
    ("أصيب تسعة مدنيين", 9, None, None, None),
    ("استمر الحصار عشر سنوات", 10, None, None, None),
    ("قتل الجنود الخمسة في الكمين", 5, None, None, None),
    ("قتل أحد الجنود وستة من رفاقه", 6, None, None, None),
    ("أحاطت القوة بعشرة مسلحين", 10, None, None, None),
    ("تصدت القوة لعشرة مسلحين", 10, None, None, None),
    # --- 11-19 ---
    ("قتل أحد عشر جنديا", 11, None, None, None),
    ("قتلت إحدى عشرة امرأة", 11, None, None, None),
    ("أسر اثنا عشر مسلحا", 12, None, None, None),
    ("اعتقلت الشرطة اثني عشر شخصا", 12, None, None, None),
    ("أصيبت اثنتا عشرة طالبة", 12, None, None, None),
    ("قتل ثلاثة عشر مدنيا", 13, None, None, None),
    ("أصيبت خمس عشرة امرأة", 15, None, None, None),
    ("فقد تسعة عشر صيادا", 19, None, None, None),
    ("قتل الجنود الثلاثة عشر", 13, None, None, None),
    ("قتل الاثنا عشر جنديا", 12, None, None, None),
    ("يوم الأحد عشرة قتلى", 10, None, None, None),
    # --- tens and compounds ---
    ("قتل عشرون شخصا", 20, None, None, None),
    ("اعتقل ثلاثين متظاهرا", 30, None, None, None),
    ("فر التسعين سجينا من السجن", 90, None, None, None),
    ("قتل خمسة وعشرون جنديا", 25, None, None, None),
    ("أصيب خمس وعشرين امرأة", 25, None, None, None),
    ("استمر القتال واحد وثلاثين يوما", 31, None, None, None),
    ("قتل الخمسة والعشرين مقاتلا", 25, None, None, None),
    ("قتل ثلاثة و عشرون شخصا", 23, None, None, None),
    # --- hundreds ---
    ("وصل مئة مقاتل", 100, None, None, None),
    ("وصل مائة مقاتل", 100, None, None, None),
    ("وصل مئه مقاتل", 100, None, None, None),
    ("انضم مئتان من المتطوعين", 200, None, None, None),
    ("انضم مئتين من المتطوعين", 200, None, None, None),
    ("قتل مئتي مقاتل", 200, None, None, None),
    ("انتشر مائتي عنصر", 200, None, None, None),
    ("أسر ثلاثمئة جندي", 300, None, None, None),
    ("أسر ثلاثمائة جندي", 300, None, None, None),
    ("أسر ثلاث مئة جندي", 300, None, None, None),
    ("أسر ثلاث مائة جندي", 300, None, None, None),
    ("عبر تسعمئة لاجئ", 900, None, None, None),
    ("وصلت مئة وعشرون عائلة", 120, None, None, None),
    ("قتل مئة وخمسة وعشرون شخصا", 125, None, None, None),
    # --- thousands and more ---
    ("يضم اللواء ألف مقاتل", 1000, None, None, None),
    ("يضم اللواء ألفا وخمسمئة مقاتل", 1500, None, None, None),
    ("يضم اللواء ألفان من المقاتلين", 2000, None, None, None),
    ("قتل ألفي مدني", 2000, None, None, None),
    ("نشرت الوزارة ثلاثة آلاف شرطي", 3000, None, None, None),
    ("نشر الخمسة آلاف عنصر", 5000, None, None, None),
    ("جند التنظيم عشرة آلاف مقاتل", 10000, None, None, None),
    ("قتل أحد عشر ألفا", 11000, None, None, None),
    ("نزح مئة ألف شخص", 100000, None, None, None),
    ("نزح خمسة وعشرين ألفا", 25000, None, None, None),
    ("يضم ألف ومئتان وخمسون مقاتلا", 1250, None, None, None),
    ("نزح مئة وخمسون ألف شخص", 150000, None, None, None),
    ("يعيش في المخيم مليون لاجئ", 1000000, None, None, None),
    ("يعيش في المخيم مليونا لاجئ", 1000000, None, None, None),
    ("يعيش مليونين من السكان في المدينة", 2000000, None, None, None),
    ("نزح ثلاثة ملايين شخص", 3000000, None, None, None),
    ("بلغت الخسائر مليار دولار", 1000000000, None, None, None),
    ("نزح مليون ونصف شخص", 1500000, None, None, None),
    ("يعيش نصف مليون لاجئ في المخيمات", 500000, None, None, None),
    ("فر ربع مليون شخص", 250000, None, None, None),
    ("نزح مليونان وثلاثمئة ألف شخص", 2300000, None, None, None),
    # --- approximate ---
    ("قتل نحو 50 مسلحا", 50, None, None, "approx"),
    ("قتل حوالي 50 مسلحا", 50, None, None, "approx"),
    ("قتل حوالى 50 مسلحا", 50, None, None, "approx"),
    ("قتل قرابة 50 مسلحا", 50, None, None, "approx"),
    ("يضم التنظيم ما يقارب 6000 مقاتل", 6000, None, None, "approx"),
    ("يضم التنظيم ما يقارب من 6000 مقاتل", 6000, None, None, "approx"),
    ("يقارب عدد المقاتلين 6000", 6000, None, None, "approx"),
    ("نزح زهاء ألفي شخص", 2000, None, None, "approx"),
    ("بلغ عددهم ما يناهز 300 عنصر", 300, None, None, "approx"),
    ("يناهز عدد النازحين 40 ألفا", 40000, None, None, "approx"),
    ("قتل 70 شخصا تقريبا", 70, None, None, "approx"),
    ("قتل 70 تقريبا من المدنيين", 70, None, None, "approx"),
    ("قتل بنحو خمسين عنصرا", 50, None, None, "approx"),
    ("وصل في حدود 200 مقاتل", 200, None, None, "approx"),
    # --- at least ---
    ("قتل 15 شخصا على الأقل", 15, 15, None, "at_least"),
    ("قتل 15 على الأقل من المدنيين", 15, 15, None, "at_least"),
    ("قتل على الأقل 15 شخصا", 15, 15, None, "at_least"),
    ("قتل ما لا يقل عن 20 جنديا", 20, 20, None, "at_least"),
    ("قتل لا يقل عن 20 جنديا", 20, 20, None, "at_least"),
    ("يضم الفصيل ما لا يقل عدد عناصره عن 400", 400, 400, None, "at_least"),
    ("أعمارهم 18 عاما فأكثر", 18, 18, None, "at_least"),
    ("قتل 12 شخصا أو أكثر", 12, 12, None, "at_least"),
    # --- more than ---
    ("يضم أكثر من 6000 مقاتل", 6000, 6000, None, "more_than"),
    ("يضم اكثر من ستة آلاف مقاتل", 6000, 6000, None, "more_than"),
    ("نزح ما يزيد عن 10 آلاف شخص", 10000, 10000, None, "more_than"),
    ("نزح ما يزيد على عشرة آلاف شخص", 10000, 10000, None, "more_than"),
    ("يزيد عدد القتلى عن 100", 100, 100, None, "more_than"),
    ("قتل أزيد من 30 شخصا", 30, 30, None, "more_than"),
    ("يشمل القرار من هم فوق 60 عاما", 60, 60, None, "more_than"),
    ("يضم ما يربو على 500 عنصر", 500, 500, None, "more_than"),
    ("استمر الحصار عشرين عاما ونيف", 20, 20, None, "more_than"),
    ("استمر الحصار مئة ونيف يوما", 100, 100, None, "more_than"),
    ("استمر القصف لأكثر من 40 يوما", 40, 40, None, "more_than"),
    ("تجاوز عدد القتلى 100 شخص", 100, 100, None, "more_than"),
    ("يتجاوز عدد المقاتلين 3000", 3000, 3000, None, "more_than"),
    # --- at most ---
    ("لا يزيد عددها عن 200 عنصر", 200, None, 200, "at_most"),
    ("قوة لا يزيد عن 200 عنصر", 200, None, 200, "at_most"),
    ("قوة ما لا يزيد على 200 عنصر", 200, None, 200, "at_most"),
    ("عدد لا يتجاوز 50 شخصا", 50, None, 50, "at_most"),
    ("عدد لا يتجاوز عددهم 50 شخصا", 50, None, 50, "at_most"),
    ("قتل 30 شخصا على الأكثر", 30, None, 30, "at_most"),
    ("تضم القوة ما يصل إلى 500 عنصر", 500, None, 500, "at_most"),
    # --- less than ---
    ("قتل أقل من 10 أشخاص", 10, None, 10, "less_than"),
    ("اعتقل أطفال دون 15 عاما", 15, None, 15, "less_than"),
    # --- ranges ---
    ("قتل بين 10 و20 شخصا", None, 10, 20, "range"),
    ("قتل بين 10 و 20 شخصا", None, 10, 20, "range"),
    ("قتل ما بين 30 و40 شخصا", None, 30, 40, "range"),
    ("قتل بين عشرة وعشرين شخصا", None, 10, 20, "range"),
    ("يضم من 20 إلى 30 مسلحا", None, 20, 30, "range"),
    ("يضم من 20 الى 30 مسلحا", None, 20, 30, "range"),
    ("أصيب 10-15 شخصا", None, 10, 15, "range"),
    ("أصيب 10 - 15 شخصا", None, 10, 15, "range"),
    ("أصيب ثلاثة أو أربعة جنود", None, 3, 4, "range"),
    ("يقدر عددهم بين 10 و15 ألفا", None, 10000, 15000, "range"),
    ("يقدر عددهم بين 10 آلاف و15 ألفا", None, 10000, 15000, "range"),
    ("نزح من مليون إلى مليوني شخص", None, 1000000, 2000000, "range"),
    ("يقيم في المخيم ما بين 5 إلى 7 آلاف نازح", None, 5000, 7000, "range"),
    ("قتل نحو 10 إلى 15 شخصا", None, 10, 15, "range"),
    # --- vague ---
    ("قتل عشرات المدنيين", None, 20, 99, "vague"),
    ("قتل العشرات في القصف", None, 20, 99, "vague"),
    ("اعتقل مئات الشبان", None, 200, 999, "vague"),
    ("اعتقل المئات من الشبان", None, 200, 999, "vague"),
    ("نزح آلاف السكان", None, 2000, 9999, "vague"),
    ("نزح الآلاف من السكان", None, 2000, 9999, "vague"),
    ("نزح عشرات الآلاف", None, 20000, 99999, "vague"),
    ("نزح مئات الآلاف من السكان", None, 200000, 999999, "vague"),
    ("نزح ملايين السوريين", None, 2000000, 9999999, "vague"),
    ("قتل بضعة جنود", None, 3, 9, "vague"),
    ("قتلت بضع نساء", None, 3, 9, "vague"),
    ("انسحب بضع مئات من المقاتلين", None, 300, 999, "vague"),
    ("انسحب بضعة آلاف من المقاتلين", None, 3000, 9999, "vague"),
    ("انسحب بضع عشرات من المقاتلين", None, 30, 99, "vague"),
    ("انسحب عدة آلاف من المقاتلين", None, 3000, 9999, "vague"),
    ("قتل بعشرات الغارات", None, 20, 99, "vague"),
]


@pytest.mark.parametrize("text,value,low,high,hedge", VALUES)
def test_values(text, value, low, high, hedge, lex):
    m = parse_number(text, lex)
    assert m is not None, text
    assert (m.value, m.low, m.high, m.hedge) == (value, low, high, hedge), (text, m)


# approx flag
APPROX = [
    ("قتل نحو 50 مسلحا", True),
    ("قتل 50 مسلحا", False),
    ("قتل أكثر من 50 مسلحا", False),
    ("قتل ما يزيد قليلا عن 50 مسلحا", True),
    ("قتل نحو 10 إلى 15 شخصا", True),
    ("قتل عشرات المسلحين", False),
]


@pytest.mark.parametrize("text,approx", APPROX)
def test_approx_flag(text, approx, lex):
    m = parse_number(text, lex)
    assert m is not None and m.approx is approx


def test_slightly_more_than(lex):
    m = parse_number("قتل ما يزيد قليلا عن 100 شخص", lex)
    assert (m.value, m.low, m.hedge, m.approx) == (100, 100, "more_than", True)
    assert m.span.text == "ما يزيد قليلا عن 100"


# percentages: (text, value, span)
PERCENT = [
    ("ارتفعت النسبة إلى 10% خلال العام", 10, "10%"),
    ("ارتفعت النسبة إلى 10 % خلال العام", 10, "10 %"),
    ("تراجعت بنسبة 10 في المئة", 10, "10 في المئة"),
    ("تراجعت بنسبة 10 في المائة", 10, "10 في المائة"),
    ("تراجعت بنسبة 10 بالمئة", 10, "10 بالمئة"),
    ("تراجعت بنسبة 12.5 بالمائة", 12.5, "12.5 بالمائة"),
    ("تراجعت بنسبة ٣٠٪ فقط", 30, "٣٠٪"),
    ("تراجعت بنسبة %40 فقط", 40, "%40"),
    ("دمر نحو 60 في المئة من المباني", 60, "نحو 60 في المئة"),
]


@pytest.mark.parametrize("text,value,span", PERCENT)
def test_percentages(text, value, span, lex):
    m = parse_number(text, lex)
    assert m is not None
    assert (m.value, m.unit_hint, m.span.text) == (value, "%", span)


def test_not_percent(lex):
    assert parse_number("قتل 10 في المدينة", lex).unit_hint is None


# span text: (text, expected substring of the original)
SPANS = [
    ("قتل ستةَ جنودٍ في الكمين", "ستةَ"),
    ("قتل خمســة جنود", "خمســة"),
    ("قتل ثلاثةٌ وعشرونَ جنديا", "ثلاثةٌ وعشرونَ"),
    ("وأصيب وستة من المارة", "ستة"),
    ("ووصل والخمسة آلاف عنصر", "الخمسة آلاف"),
    ("قتل 15 شخصا على الأقل في الغارة", "15 شخصا على الأقل"),
    ("قتل 15 على الأقل في الغارة", "15 على الأقل"),
    ("قتل ما لا يقل عن 20 جنديا", "ما لا يقل عن 20"),
    ("قوة لا يزيد عددها عن 200 عنصر", "لا يزيد عددها عن 200"),
    ("وقتل وأكثر من 100 شخص", "أكثر من 100"),
    ("نزح نحو 2.7 مليون شخص", "نحو 2.7 مليون"),
    ("قتل بين 10 و20 شخصا", "بين 10 و20"),
    ("قتل ما بين عشرة وعشرين شخصا", "ما بين عشرة وعشرين"),
    ("نزح عشرات الآلاف من السكان", "عشرات الآلاف"),
    ("يضم ألف ومئتان وخمسون مقاتلا", "ألف ومئتان وخمسون"),
    ("قتل أحدَ عشرَ جنديا", "أحدَ عشرَ"),
    ("نزح ٣ ملايين شخص", "٣ ملايين"),
]


@pytest.mark.parametrize("text,span", SPANS)
def test_spans(text, span, lex):
    m = parse_number(text, lex)
    assert m is not None
    assert m.span.text == span
    assert text[m.span.start:m.span.end] == span


def test_token_range_covers_hedges(lex):
    text = "قتل ما لا يقل عن 20 جنديا"
    seg = segment(text)
    m = find_numbers(seg, lex)[0]
    words = [t.norm for t in seg.tokens[m.first_token:m.last_token]]
    assert words == ["ما", "لا", "يقل", "عن", "20"]
    m = parse_number("قتل 15 شخصا على الأقل", lex)
    seg = segment("قتل 15 شخصا على الأقل")
    assert [t.text for t in seg.tokens[m.first_token:m.last_token]] == ["15", "شخصا", "على", "الأقل"]


def test_token_range_includes_proclitic_token(lex):
    seg = segment("وصل وستة مقاتلين")
    m = find_numbers(seg, lex)[0]
    assert seg.tokens[m.first_token].text == "وستة"
    assert m.last_token == m.first_token + 1


# texts whose first number must be `first` (something before it is not a number)
SKIPS = [
    ("في مايو 2016 قتل 5 جنود", 5),
    ("في أيار/مايو 2016 قتل 5 جنود", 5),
    ("في أغسطس (آب) 2016 قتل 5 جنود", 5),
    ("في كانون الثاني 2016 قتل 5 جنود", 5),
    ("منذ عام 2015 قتل 5 جنود", 5),
    ("منذ العام 2015 قتل 5 جنود", 5),
    ("خلال سنة 2014 قتل 5 جنود", 5),
    ("خلال عامي 2015 و2016 قتل 5 جنود", 5),
    ("في 2015 م قتل 5 جنود", 5),
    ("في 1437 هـ قتل 5 جنود", 5),
    ("في 29-05-2015 قتل 5 جنود", 5),
    ("في 12/5/2016 قتل 5 جنود", 5),
    ("في 2016/5/12 قتل 5 جنود", 5),
    ("في 12.05.2016 قتل 5 جنود", 5),
    ("في الفترة 2011-2013 قتل 5 جنود", 5),
    ("عند الساعة 08:00 قتل 5 جنود", 5),
    ("عند الساعة 8 قتل 5 جنود", 5),
    ("في 12 مايو قتل 5 جنود", 5),
    ("في 12-15 مايو قتل 5 جنود", 5),
    ("في 12 و13 مايو قتل 5 جنود", 5),
    ("يوم 12 الجاري قتل 5 جنود", 5),
    ("في العشرين من مايو قتل 5 جنود", 5),
    ("الحي الثالث عشر شهد مقتل 5 جنود", 5),
    ("في الثالث والعشرين من الشهر قتل 5 جنود", 5),
    ("في القرن العشرين قتل 5 جنود", 5),
    ("قمة مجموعة العشرين تناقش 5 ملفات", 5),
    ("قتل أحد السكان و5 جنود", 5),
    ("أصيب أحدهم مع 5 جنود", 5),
    ("سيطرت على إحدى القرى و5 مواقع", 5),
    ("يوم الاثنين قتل 5 جنود", 5),
    ("عدد من القتلى و5 جرحى", 5),
    ("عدة أشخاص و5 جرحى", 5),
    ("قوة ألفا اعتقلت 5 أشخاص", 5),
    ("في الذكرى المئة قتل 5 جنود", 5),
    ("لست متأكدا من مقتل 5 جنود", 5),
    ("نصف السكان و5 جنود", 5),
]


@pytest.mark.parametrize("text,first", SKIPS)
def test_not_numbers_before(text, first, lex):
    found = _all(text, lex)
    assert [m.value for m in found] == [first], (text, found)


NONE = [
    "قتل أحد السكان في الحي الثالث",
    "وصل الجنود في آخر الليل",
    "أعلن الجيش السيطرة على المدينة في مايو 2016",
    "وقع الهجوم عام 2015",
    "وقع الهجوم في 29-05-2015",
    "عاد الهدوء يوم الأحد",
    "قتل عدد من المسلحين",
    "أصيب عدة أشخاص",
    "الفرقة الأولى والكتيبة الثانية واللواء الحادي عشر",
    "في الذكرى الخامسة والعشرين",
    "إحدى الطائرات أسقطت",
    "قتل جنديين في هجومين",
]


@pytest.mark.parametrize("text", NONE)
def test_no_number(text, lex):
    assert _all(text, lex) == []


def test_one_is_a_number(lex):
    m = parse_number("وقعت التفجيرات في آن واحد", lex)
    assert m.value == 1


def test_several_numbers_in_order(lex):
    text = ("قتل 12 جنديا وأصيب ثلاثة وعشرون آخرون. ونزح أكثر من ألفي شخص، "
            "بينما قدرت مصادر عدد المسلحين بين 300 و400 مسلح في مايو 2016.")
    found = _all(text, lex)
    got = [(m.value, m.low, m.high, m.hedge) for m in found]
    assert got == [
        (12, None, None, None),
        (23, None, None, None),
        (2000, 2000, None, "more_than"),
        (None, 300, 400, "range"),
    ]
    # text order, no overlaps
    assert all(a.last_token <= b.first_token for a, b in pairwise(found))
    assert [m.sentence for m in found] == [0, 0, 1, 1]


def test_sentence_index(lex):
    seg = segment("وصل الوفد.\nقتل 7 أشخاص. وأصيب 9 آخرون.")
    found = find_numbers(seg, lex)
    assert [m.value for m in found] == [7, 9]
    assert [m.sentence for m in found] == [seg.sentence_of(m.first_token) for m in found]
    assert [m.sentence for m in found] == [1, 2]


def test_hedge_does_not_cross_sentences(lex):
    found = _all("قتل 15 شخصا. على الأقل هذا ما قيل", lex)
    assert [(m.value, m.hedge) for m in found] == [(15, None)]


def test_lists_are_separate_numbers(lex):
    found = _all("قتل 3 جنود و4 مدنيين و5 من المسلحين", lex)
    assert [m.value for m in found] == [3, 4, 5]
    found = _all("قتل ثلاثة قتلى وعشرين جريحا", lex)
    assert [m.value for m in found] == [3, 20]


def test_descending_pair_is_not_a_range(lex):
    found = _all("تراجع العدد من 30 إلى 20 عنصرا", lex)
    assert [(m.value, m.hedge) for m in found] == [(30, None), (20, None)]


def test_alpha_alone_is_not_a_number_but_alpha_after_number_multiplies(lex):
    assert _all("دخلت قوة ألفا إلى المبنى", lex) == []
    assert parse_number("قتل أحد عشر ألفا", lex).value == 11000


def test_parse_number_default_lexicon():
    m = parse_number("قتل 12 جنديا")
    assert m is not None and m.value == 12
    assert parse_number("لا شيء هنا") is None


def test_integral_values_are_ints(lex):
    m = parse_number("فر 1.1 مليون شخص", lex)
    assert m.value == 1100000 and isinstance(m.value, int)


def test_long_article_is_cheap(lex):
    text = ("قال مصدر إن نحو 50 مسلحا قتلوا في 12 مايو 2016، وإن ما لا يقل عن 15 جنديا أصيبوا، "
            "فيما نزح عشرات الآلاف وأكثر من 2.7 مليون شخص. ") * 60
    found = _all(text, lex)
    assert len(found) == 4 * 60


def test_digits_that_are_no_decimal_numbers_do_not_break_the_reader(extract):
    # found by tests/test_properties_text.py: "²" and "³" are digits to str.isdigit() but not to int()
    ex = extract("قتل ² شخص و³³³³ آخرون في الاشتباكات التي وقعت قرب المدينة أمس")
    assert ex is not None
