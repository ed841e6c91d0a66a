"""Dup41 (helper session, 2026-12-07, twenty-third): the arrests of a raid, folded into its clash where they are told
in the clause of its dead (raid39, parts38), told again in a later sentence or in the headline, are that raid, not a
second Arrests event (SCHEMA: one incident, one event; events.yaml retold_parts).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 28)

RAID = "قالت وزارة الداخلية إن قوات الأمن قتلت مسلحا واعتقلت سبعة آخرين في مدينة القصرين أمس."


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.sub_type, e.place.name if e.place else None) for e in evs)


def test_the_raids_arrests_told_again_are_the_raid(extract):
    evs = events(extract, RAID + " وأضافت الوزارة أن الوحدات الأمنية تمكنت من محاصرة المنزل والقبض على سبعة عناصر.")
    assert kinds(evs) == [("Armed clash", "القصرين")]
    assert evs[0].fatalities == 1


def test_a_headline_of_the_raids_arrests_is_the_raid(extract):
    evs = events(extract, "الشرطة تعتقل سبعة مشتبها بهم\n\n" + RAID)
    assert kinds(evs) == [("Armed clash", "القصرين")]


# --- guards ------------------------------------------------------------------------------------------------

def test_guard_arrests_in_another_town_stay_apart(extract):
    evs = events(extract, RAID + " وأضافت الوزارة أن الشرطة اعتقلت ثلاثة أشخاص في مدينة سوسة.")
    assert kinds(evs) == [("Armed clash", "القصرين"), ("Arrests", "سوسة")]


def test_guard_arrests_of_another_month_stay_apart(extract):
    evs = events(extract, RAID + " وكانت الشرطة قد اعتقلت في مارس الماضي عشرين شخصا في القصرين.")
    assert kinds(evs) == [("Armed clash", "القصرين"), ("Arrests", "القصرين")]


def test_guard_arrests_after_a_clash_that_held_none_stay_apart(extract):
    # the rule reaches only an incident that already holds its arrests; a clash told alone keeps a later arrest apart
    evs = events(extract, "اندلعت اشتباكات بين الجيش ومسلحين في مدينة القصرين أمس. وأضافت المصادر أن الشرطة اعتقلت "
                          "خمسة أشخاص في المدينة.")
    assert kinds(evs) == [("Armed clash", "القصرين"), ("Arrests", "القصرين")]


# --- a blow by aircraft told by a word of shelling, then told again as an air strike ---------------------------

AIR = "بدأت مقاتلات تركية أمس السبت حملة قصف لمخيمات حزب العمال الكردستاني في شمال العراق."


def test_a_shelling_by_aircraft_told_again_as_an_air_strike_is_one(extract):
    evs = events(extract, AIR + " وأكدت الحكومة التركية في بيان أن المقاتلات التركية قصفت سبعة أهداف للحزب في شمال "
                                "العراق.", published=dt.date(2015, 7, 26))
    assert kinds(evs) == [("Air/drone strike", "العراق")]
    assert evs[0].date == "2015-07-25"


def test_guard_the_aircrafts_strike_in_another_country_stays_apart(extract):
    evs = events(extract, AIR + " وأكدت الحكومة التركية في بيان أن المقاتلات التركية قصفت أهدافا لتنظيم داعش في "
                                "سوريا.", published=dt.date(2015, 7, 26))
    assert kinds(evs) == [("Air/drone strike", "العراق"), ("Air/drone strike", "سوريا")]


def test_guard_the_aircrafts_strike_of_another_month_stays_apart(extract):
    evs = events(extract, AIR + " وكانت المقاتلات التركية قد قصفت في مارس الماضي أهدافا للحزب في شمال العراق.",
                 published=dt.date(2015, 7, 26))
    assert sorted(e.date for e in evs) == ["2015-03", "2015-07-25"]


# --- ground a side managed to take, told by its verbal noun beside the fight that won it ------------------------

def test_ground_the_forces_managed_to_take_in_their_operation_is_one_regain(extract):
    evs = events(extract, "وتقدمت القوات العراقية أمس في إطار عملية عسكرية واسعة واستطاعت فرض سيطرتها على بلدة "
                          "الكرمة.")
    assert kinds(evs) == [("Government regains territory", "الكرمة")]
    assert evs[0].date == "2015-07-27"


def test_ground_taken_after_the_battles_told_with_it_is_one_regain(extract):
    evs = events(extract, "وخاضت القوات العراقية أمس معارك عنيفة في بلدة الكرمة واستطاعت السيطرة على البلدة.")
    assert kinds(evs) == [("Government regains territory", "الكرمة")]


def test_guard_ground_sought_by_an_attack_is_its_aim(extract):
    evs = events(extract, "وشنت القوات العراقية أمس هجوما واسعا على مسلحي داعش في بلدة الكرمة لاستعادة السيطرة "
                          "عليها.")
    assert kinds(evs) == [("Armed clash", "الكرمة")]


def test_guard_ground_taken_by_the_other_side_of_the_sentence_stays_apart(extract):
    evs = events(extract, "وهاجم مسلحو داعش أمس نقطة للجيش في بلدة الكرمة، فيما تمكنت القوات العراقية من السيطرة "
                          "على حي في البلدة.")
    assert kinds(evs) == [("Armed clash", "الكرمة"), ("Government regains territory", "الكرمة")]


def test_guard_the_battles_of_another_place_told_later_stay_apart(extract):
    # "المعارك في مدينة الفلوجة" names its own place: not the battle the town was taken in (also held before dup41)
    evs = events(extract, "وتمكنت القوات العراقية أمس من السيطرة على بلدة الكرمة. وأكد المصدر أن المعارك في مدينة "
                          "الفلوجة أسفرت عن مقتل 12 مسلحا من داعش.")
    assert kinds(evs) == [("Armed clash", "الفلوجة"), ("Government regains territory", "الكرمة")]


# --- a raid's seizures told in the next sentence with no doer and no place of their own -------------------------

def test_the_raids_seizures_told_next_with_no_doer_are_the_raid(extract):
    evs = events(extract, RAID + " وأوضح البيان أنه تمت مصادرة أسلحة وذخيرة.")
    assert kinds(evs) == [("Armed clash", "القصرين")]


def test_guard_seizures_placed_in_another_town_stay_apart(extract):
    evs = events(extract, RAID + " وأوضح البيان أنه تمت مصادرة أسلحة وذخيرة في مدينة سوسة.")
    assert kinds(evs) == [("Armed clash", "القصرين"), ("Disrupted weapons use", "سوسة")]


def test_guard_seizures_told_two_sentences_on_stay_apart(extract):
    evs = events(extract, RAID + " وأعلن الرئيس حالة الطوارئ في البلاد. وأوضح البيان أنه تمت مصادرة أسلحة وذخيرة.")
    assert kinds(evs) == [("Armed clash", "القصرين"), ("Disrupted weapons use", "القصرين")]
