"""gaps38: the dual of a noun that is itself a count of dead or wounded (issue 9, fatalities).

"سقوط قتيلين", "وسقط قتيلين", "أوقع قتيلين", "قتيلان من الحزب", "جريحين": a dual of قتيل, شهيد, ضحية, جثة (two dead)
or of جريح (two wounded) counts two with no numeral and tells its kind by itself, with or without a word of killing
before it (casualties.yaml duals and killed/wounded self_counting, `CasualtyFinder._own_kind`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_two_dead_after_a_noun_of_falling_beside_the_wounded(extract):
    text = "أعلنت مصادر أمنية أمس سقوط قتيلين وثلاثة جرحى في هجوم شنه مسلحون على نقطة للجيش في مدينة الحديدة."
    assert tolls(extract, text) == [2]


def test_two_dead_after_the_verb_of_falling(extract):
    text = "وسقط قتيلين في هجوم بقذائف الهاون على حي سكني في مدينة تعز أمس."
    assert tolls(extract, text) == [2]


def test_two_dead_in_the_nominative_as_a_headline(extract):
    text = "قتيلان من حزب الله في غارة إسرائيلية على القلمون"
    assert tolls(extract, text) == [2]


def test_two_martyrs_after_a_verb_of_outcome(extract):
    text = "قصفت المدفعية حي الروضة في مدينة تعز أمس ما أوقع شهيدين من المدنيين."
    assert tolls(extract, text) == [2]


def test_two_wounded_are_no_dead(extract):
    text = "هاجم مسلحون نقطة أمنية في مدينة الحديدة أمس ما أسفر عن سقوط جريحين من الجنود."
    assert tolls(extract, text) == [0]


def test_a_plural_of_the_dead_with_its_number_is_unchanged(extract):
    text = "قصفت المدفعية حي الروضة في مدينة تعز أمس ما أدى إلى سقوط خمسة قتلى وجريحين."
    assert tolls(extract, text) == [5]


def test_the_dead_of_a_named_group_are_fighters_not_civilians(extract):
    text = ("قال مصدر في المقاومة إن مسلحيها استهدفوا نقطة للمسلحين قرب قرية المنصورية بمديرية باجل أمس، وإن "
            "الهجوم أسفر عن سقوط قتيلين من جماعة الحوثي.")
    evs = events(extract, text)
    assert [(e.type, e.fatalities) for e in evs] == [("Battles", 2)]


def test_two_dead_of_no_group_in_a_market_are_civilians(extract):
    text = "هاجم مسلحون سوقا شعبية في بلدة المنصورية أمس ما أسفر عن سقوط قتيلين من المدنيين."
    evs = events(extract, text)
    assert [(e.type, e.fatalities) for e in evs] == [("Violence against civilians", 2)]


# Control over a fire or a situation is no ground taken (events.yaml overtake/regain `not_objects`,
# factuality._takes_no_ground).

def kinds(extract, text):
    return [(e.type, e.sub_type) for e in events(extract, text)]


def test_civil_defence_controlling_a_fire_takes_no_ground(extract):
    text = "سيطرت فرق الدفاع المدني بمحافظة الخرج صباح اليوم الأحد على حريق اندلع في مستودع للأخشاب بحي الصناعية."
    assert kinds(extract, text) == []


def test_a_fire_brought_under_control_told_by_its_pronoun(extract):
    text = "وأوضح المتحدث أن البلاغ كان عن حريق في شقة بحي الملز تمت السيطرة عليه دون إصابات."
    assert kinds(extract, text) == []


def test_police_regaining_control_of_the_situation_takes_no_ground(extract):
    text = "وبدا أن قوات الشرطة استعادت السيطرة على الوضع في ميناء كاليه بعد وصول تعزيزات."
    assert kinds(extract, text) == []


def test_a_town_taken_is_still_ground(extract):
    text = "سيطر تنظيم داعش أمس على بلدة القريتين في ريف حمص."
    assert ("Battles", "Non-state actor overtakes territory") in kinds(extract, text)


def test_a_district_named_after_fire_is_still_ground(extract):
    text = "تمكن الجيش أمس من السيطرة على منطقة النار في محافظة صلاح الدين بعد طرد مسلحي التنظيم."
    assert ("Battles", "Government regains territory") in kinds(extract, text)
