"""Recall12 (helper session, 2026-12-06): incidents that had no event.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

from rasd.resolve.calendar import parse_date

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def places(evs):
    return sorted(e.place.name for e in evs if e.place is not None)


# --- an incident the reporter says is another one ------------------------------------------------------

def test_a_separate_incident_is_not_merged_into_the_one_before(extract):
    evs = events(extract, "اشتبكت الشرطة أمس مع مسلحين في ولاية بنزرت. "
                          "وفي حادث منفصل، اشتبكت الشرطة مع مسلحين في مدينة منزل بورقيبة.")
    assert places(evs) == ["بنزرت", "منزل بورقيبة"]


def test_another_operation_opening_a_sentence_is_another_arrest(extract):
    evs = events(extract, "اعتقلت الشرطة أمس خمسة مسلحين في مدينة بنزرت. "
                          "وفي عملية أخرى منفصلة، اعتقلت الشرطة ثلاثة مسلحين في مدينة منزل بورقيبة.")
    assert places(evs) == ["بنزرت", "منزل بورقيبة"]


def test_the_same_incident_told_again_without_the_opener_is_merged(extract):
    # guard: a second sentence on the same bombing, with no word of a separate one, stays one incident
    evs = events(extract, "قتل ثلاثة جنود أمس في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة ديار بكر. "
                          "وقال مسؤول إن الانفجار وقع عند مرور الدورية في مدينة ديار بكر.")
    assert places(evs) == ["ديار بكر"]


# --- an ambush in its other words ----------------------------------------------------------------------

def test_ambushes_in_the_broken_plural(extract):
    [e] = events(extract, "نصب مسلحو المقاومة أمس كمائن لدوريات الحوثيين في مديرية رداع.")
    assert (e.sub_type, e.place.name) == ("Armed clash", "رداع")


def test_an_ambush_laid_as_makman(extract):
    [e] = events(extract, "وكان الضابط عائدا إلى منزله في مدينة مقديشو عندما نصب له مسلحون مكمنا وقتلوه.")
    assert (e.sub_type, e.place.name) == ("Armed clash", "مقديشو")


def test_the_seat_of_a_fault_is_no_ambush(extract):
    # guard: مكمن is mostly "where a problem lies"
    assert events(extract, "وقال الوزير إن مكمن الخلل في مدينة مقديشو هو ضعف الإدارة.") == []


def test_checkpoints_set_up_are_no_ambush(extract):
    # guard: in Egypt a كمين is also a fixed checkpoint; a toll of another incident in the sentence is not its own
    evs = events(extract, "وشهدت مدينة العريش أمس إجراءات أمنية بعد مقتل جندي في انفجار عبوة ناسفة، "
                          "كما تم إنشاء كمائن ثابتة على الطريق.")
    assert [e.sub_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_ambushes_as_a_habit_are_no_incident(extract):
    # guard: the definite plural of a habit names no incident
    assert events(extract, "وتقوم المقاومة الشعبية باعتراض التعزيزات ونصب الكمائن لها.") == []


# --- people held by ضبط -----------------------------------------------------------------------------

def test_a_network_seized_is_an_arrest(extract):
    [e] = events(extract, "أعلنت وزارة الداخلية في الكويت أمس ضبط شبكة إرهابية تضم ستة مسلحين في مدينة الجهراء.")
    assert (e.sub_type, e.place.name) == ("Arrests", "الجهراء")


def test_a_cell_seized_with_the_doer_between_is_an_arrest(extract):
    [e] = events(extract, "ضبطت الأجهزة الأمنية أمس خلية إرهابية تضم أربعة مطلوبين في مدينة العريش.")
    assert e.sub_type == "Arrests"


def test_goods_seized_are_no_arrest(extract):
    # guard: ضبط of goods stays what it was
    assert events(extract, "تمكنت الجمارك في مدينة جدة من ضبط كميات من الأقمشة المقلدة.") == []


def test_terrorist_elements_make_an_arrest_political(extract):
    # the phrase "عناصر إرهابية" is matched whole: it names people held, not only armed men
    [e] = events(extract, "اعتقلت وحدات خاصة أمس ثلاثة عناصر إرهابية في مدينة بنزرت.")
    assert (e.sub_type, e.place.name) == ("Arrests", "بنزرت")


# --- fighting said to go on still -----------------------------------------------------------------------

def test_battles_said_still_raging_at_a_place(extract):
    evs = events(extract, "وقال المتحدث إن المعارك في مدينة زنجبار ما زالت محتدمة بين المقاومة والمسلحين.")
    assert [(e.sub_type, e.place.name) for e in evs] == [("Armed clash", "زنجبار")]


def test_battles_in_general_stay_background(extract):
    # guard: the definite plural with no going on and no place names no incident
    assert events(extract, "وقال المتحدث إن المعارك أنهكت الطرفين.") == []


# --- a day of the publication month called "past" ------------------------------------------------------

def test_a_day_earlier_this_month_called_past_is_this_month():
    assert parse_date("3 يوليو الماضي", DAY).date == "2015-07-03"


def test_a_day_later_this_month_called_past_is_last_year():
    # guard: a day not yet come this month is last year's
    assert parse_date("28 يوليو الماضي", DAY).date == "2014-07-28"


def test_the_month_alone_called_past_is_last_year():
    # guard: "يوليو الماضي" written in July is last year's
    assert parse_date("يوليو الماضي", DAY).date == "2014-07"


def test_a_bombing_earlier_this_month_is_told(extract):
    [e] = events(extract, "فجر انتحاري في 3 يوليو الماضي حزامه الناسف في سوق بمدينة الباب وقتل 12 شخصا.")
    assert (e.sub_type, e.date) == ("Suicide bomb", "2015-07-03")


# --- a toll told town by town ------------------------------------------------------------------------

def test_a_toll_told_town_by_town_is_one_event_per_town(extract):
    evs = events(extract, "وقتل ثلاثة مدنيين أمس في غارة من طائرات حربية على مدينة معرة النعمان. "
                          "وقتل سبعة آخرون في قصف من طيران حربي على بلدة سراقب.")
    assert places(evs) == ["سراقب", "معرة النعمان"]


def test_one_strike_told_twice_at_one_town_stays_one(extract):
    # guard: the same town, told again with another count, is the same incident
    evs = events(extract, "وقتل ثلاثة مدنيين أمس في غارة من طائرات حربية على مدينة سراقب. "
                          "وأصيب سبعة آخرون في الغارة نفسها على مدينة سراقب.")
    assert places(evs) == ["سراقب"]


# --- a definite plural counted out -----------------------------------------------------------------------

def test_strikes_counted_out_are_new_ones(extract):
    evs = events(extract, "شنت طائرات التحالف أمس غارات على مدينة زنجبار. "
                          "وشنت الطائرات عددا من الغارات على معسكر قرب مدينة عتق.")
    assert places(evs) == ["زنجبار", "عتق"]


def test_the_strikes_told_again_point_back(extract):
    # guard: "الغارات" alone still points back to the strikes told before
    evs = events(extract, "شنت طائرات التحالف أمس غارات على مدينة زنجبار. "
                          "وقال شهود إن الغارات دمرت مواقع في مدينة زنجبار.")
    assert places(evs) == ["زنجبار"]


def test_dead_at_a_named_locality_after_a_battle_in_town(extract):
    evs = events(extract, "اندلعت معارك عنيفة أمس بين المقاومة والحوثيين في مدينة زنجبار قتل فيها ثلاثة مسلحين. "
                          "وأكدت المقاومة مقتل خمسة حوثيين في منطقة الكود شرق مدينة زنجبار إثر استهداف رتل عسكري.")
    assert places(evs) == ["الكود", "زنجبار"]


def test_more_dead_of_the_same_battle_at_its_locality_stay_one(extract):
    # guard: the same locality named again with more dead is the same battle
    evs = events(extract, "اندلعت معارك عنيفة أمس بين المقاومة والحوثيين في منطقة الكود قتل فيها ثلاثة مسلحين. "
                          "وأكدت المقاومة مقتل خمسة حوثيين آخرين في منطقة الكود في المعارك نفسها.")
    assert places(evs) == ["الكود"]
