"""Trigger words mean political violence only where their sentence says so.

Every sentence here was written for these tests.
"""
import pytest


def subtypes(extract, text):
    return [e.sub_type for e in extract(text).events]


@pytest.mark.parametrize("text", [
    "خطف الفريق فوزا ثمينا من مضيفه في الدقائق الأخيرة من المباراة.",               # snatching a win
    "أوقف الاتحاد اللاعب أربع مباريات بسبب سلوكه في الملعب.",                        # suspending a player
    "ضبطت فرق التفتيش ألف عبوة من العطور المقلدة في أحد المستودعات.",               # seizing fake goods
    "أكد الوزير أهمية مواجهة الإرهاب والتطرف بالتعاون بين الدول.",                   # facing a problem
    "قررت إدارة النادي إقامة معسكر إعدادي للفريق في النمسا.",                         # a training camp
    "لقي أربعة أشخاص مصرعهم في حادث سير على الطريق السريع شمال المدينة.",             # an accident
    "وقع انفجار في مصنع بسبب تسرب الغاز من أسطوانة في المنطقة الصناعية.",             # an accident
    "ألقت الشرطة القبض على عصابة متخصصة في سرقة السيارات في حي الروضة.",             # ordinary crime
    "تمكن الفريق من السيطرة على وسط الملعب طوال الشوط الأول.",                       # control of midfield
    "واجهت الحكومة معركة صعبة في البرلمان لإقرار الميزانية.",                        # a political battle
])
def test_no_event_where_the_words_mean_something_else(extract, text):
    assert subtypes(extract, text) == []


@pytest.mark.parametrize("text, sub", [
    ("اختطف مسلحون مجهولون ثلاثة مهندسين أجانب قرب مدينة سبها.", "Abduction/forced disappearance"),
    ("اعتقلت قوات الأمن خمسة عناصر من خلية إرهابية في مدينة القصرين.", "Arrests"),
    ("ضبطت وحدات الجيش كمية من الأسلحة والذخائر في منطقة صحراوية.", "Disrupted weapons use"),
    ("قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش شمال مدينة العريش.", "Armed clash"),
    ("اندلعت اشتباكات عنيفة بين الطرفين في منطقة يريم.", "Armed clash"),                 # plain: no evidence needed
])
def test_events_where_the_sentence_shows_armed_conflict(extract, text, sub):
    assert sub in subtypes(extract, text)


def test_a_mention_pointing_back_takes_the_evidence_before_it(extract):
    text = ("قتل ثلاثة جنود في هجوم شنه مسلحون على دورية للجيش قرب مدينة العريش يوم الأحد. "
            "ووقع الهجوم على الطريق الساحلي غرب المدينة.")
    assert subtypes(extract, text) == ["Armed clash"]


def test_a_sports_page_reports_no_incident(extract):
    text = ("فاز فريق النصر على ضيفه الشباب بهدفين في مباراة الدوري على ملعب الملك فهد. "
            "وشهدت المواجهة هجوما مكثفا من لاعبي النصر في الشوط الثاني، وخطف المهاجم هدف الفوز.")
    assert subtypes(extract, text) == []


def test_an_almanac_entry_is_no_event(extract):
    text = "في مثل هذا اليوم\n1974 - مواجهات عنيفة بين قوات حزب وفدائيين في حي من بيروت أسفرت عن مقتل عشرة.\n"
    assert subtypes(extract, text) == []
