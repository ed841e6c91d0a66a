"""merges28: one incident, one event -- a definite mention that names a day of its own, another than the day of
the incident told before it, is another incident, not that one told again.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"   # a Saturday


def _events(extract, text: str):
    return extract(text, DAY).events


def test_a_definite_mention_with_a_day_of_its_own_is_another_incident(extract):
    text = ("فجر انتحاري نفسه صباح اليوم السبت في سوق مدينة مايدوغوري ما أسفر عن مقتل ثمانية أشخاص. "
            "وكانت المدينة لا تزال تعاني من آثار التفجيرين الانتحاريين اللذين نفذهما شابان الأربعاء وأوقعا 12 قتيلا.")
    events = _events(extract, text)
    assert sorted(e.date for e in events) == ["2015-07-22", "2015-07-25"]


def test_a_new_blast_on_its_own_day_is_not_folded_into_the_last_one(extract):
    text = ("قتل 15 شخصا في تفجير انتحاري استهدف سوقا في مدينة يولا صباح الأربعاء. "
            "ودوى الانفجار الجديد مساء الجمعة قرب مسجد في المدينة وأوقع ستة قتلى.")
    events = _events(extract, text)
    assert sorted(e.date for e in events) == ["2015-07-22", "2015-07-24"]


def test_a_definite_mention_without_a_day_still_points_back(extract):
    # guard: "الهجوم" with no day of its own tells the incident before again
    text = ("هاجم مسلحون حاجزا للشرطة في مدينة العريش مساء الخميس ما أسفر عن مقتل ثلاثة جنود. "
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.")
    events = _events(extract, text)
    assert len(events) == 1 and events[0].date == "2015-07-23"


def test_a_mention_after_a_demonstrative_points_back_whatever_day_follows(extract):
    # guard: "هذه الاعتقالات" is the campaign just told, the day after it is of something else
    text = ("اعتقلت القوات الإسرائيلية فجر أمس الجمعة عشرين شابا من البلدة القديمة في القدس. "
            "وقال ناشط إن هذه الاعتقالات تمهد لاقتحام المسجد صباح يوم الأحد المقبل.")
    events = _events(extract, text)
    assert len(events) == 1


def test_a_battle_for_ground_taken_stays_with_the_taking(extract):
    # guard: ground is taken over days; the battle for it on the day before is the taking's
    text = ("سيطرت القوات الحكومية أمس الجمعة على بلدة باردهير بعد طرد مسلحي حركة الشباب منها. "
            "وقال قائد عسكري إن المعركة التي دارت للسيطرة على البلدة الخميس أسفرت عن مقتل 20 مسلحا.")
    events = _events(extract, text)
    assert len(events) == 1
