"""Incidents that earlier rules vetoed or had no word for (recall9): a run of strikes told with its day, an act
done with someone's support, fighting said to go on at a named place, ground retaken with استرد, the arrest
of a man wanted by the security services.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt


def events(extract, text, published=None):
    return extract(text, published).events


def test_a_run_of_strikes_told_with_its_day_is_an_incident(extract):
    evs = events(extract, "وقالت الحكومة إن الطيران الحربي شن أمس سلسلة من الغارات الجوية على مواقع للمسلحين في "
                          "مدينة درنة.", dt.date(2015, 7, 20))
    assert [(e.sub_type, e.place.name, e.date) for e in evs] == [("Air/drone strike", "درنة", "2015-07-19")]


def test_a_run_of_attacks_with_no_day_or_place_is_still_no_incident(extract):
    assert events(extract, "وشهدت البلاد خلال السنوات الماضية سلسلة من الهجمات الدامية.") == []


def test_an_attack_done_with_air_support_is_the_ground_forces_battle(extract):
    [e] = events(extract, "وشنت قوات الجيش بدعم جوي من التحالف هجمات خلال الليل على مواقع المتمردين في مدينة "
                          "زنجبار.")
    assert (e.type, e.sub_type, e.place.name) == ("Battles", "Armed clash", "زنجبار")
    assert e.actor1 is not None and "Coalition" not in (e.actor1.canonical or "")


def test_support_right_before_the_act_still_makes_it_a_topic(extract):
    assert events(extract, "وتعهدت الحكومة بدعم العمليات العسكرية في البلاد.") == []


def test_fighting_said_to_go_on_at_a_named_place_is_a_battle(extract):
    [e] = events(extract, "كما استمرت المعارك العنيفة بين الطرفين في مدينة سبها.")
    assert (e.sub_type, e.place.name) == ("Armed clash", "سبها")


def test_fighting_in_general_with_no_place_is_no_battle(extract):
    assert events(extract, "وتحدث الوزير عن المعارك في الندوة.") == []


def test_ground_retaken_with_istarada(extract):
    [e] = events(extract, "تمكن مقاتلو المقاومة الشعبية من استرداد مدينة زنجبار من المسلحين.")
    assert (e.type, e.place.name) == ("Battles", "زنجبار")


def test_money_recovered_is_no_ground(extract):
    assert events(extract, "وتسعى الحكومة إلى استرداد الأموال المنهوبة من البنوك الأجنبية.") == []


def test_the_arrest_of_a_man_wanted_by_the_security_services(extract):
    [e] = events(extract, "ألقت الجهات الأمنية القبض على المطلوب الأمني في مدينة تبوك.")
    assert (e.sub_type, e.place.name) == ("Arrests", "تبوك")


def test_a_weekday_spelt_out_by_the_full_date_after_it(extract):
    # no publication date: the weekday alone cannot be resolved, the date in brackets after it says which day
    [e] = events(extract, "وكان عدد من المسلحين شنوا هجوما على ثكنة للجيش في مدينة سبها، فجر الاثنين (7 مارس "
                          "2016)، وقتل خمسة جنود.")
    assert (e.place.name, e.date) == ("سبها", "2016-03-07")


def test_the_year_a_hold_began_does_not_date_the_fighting(extract):
    # "منذ بداية العام الماضي" is when the group's control began, told in a relative clause: the fight is today's
    [e] = events(extract, "وتشهد مدينة الرمادي معارك عنيفة بين القوات العراقية وتنظيم داعش الذي يسيطر على المدينة "
                          "منذ بداية العام الماضي.", "2015-07-25")
    assert (e.sub_type, e.place.name, e.date) == ("Armed clash", "الرمادي", None)
