"""Rules of tally18: tallies since a start, periods between two days, violence over a whole country, and fear.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)
LEAD = "قتل خمسة جنود في هجوم على حاجز في بلدة الكرمة أمس. "


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text, published).events]


# --- a run counted since a point: a tally --------------------------------------------------------------------

def test_incidents_counted_since_a_year_are_a_tally(extract):
    text = "وقالت الجمعية إنه منذ عام 2009 شن المسلحون أكثر من 9000 اعتداء على مزارعي قرية الجلمة."
    assert events(extract, text) == []


def test_dead_since_a_term_of_office_are_a_tally(extract):
    text = LEAD + "وقال التقرير إنه منذ تولي الحاكم الجديد منصبه قتل أكثر من 600 شخص في ولاية أداماوا."
    assert events(extract, text) == [("Armed clash", "الكرمة")]


def test_dead_since_a_war_began_are_a_tally(extract):
    text = LEAD + "وقتل 300 شخص في مدينة سبها منذ اندلاع الحرب."
    assert events(extract, text) == [("Armed clash", "الكرمة")]


def test_a_start_of_the_last_days_is_a_series_told(extract):
    # a guard: an attack begun on Thursday is a series at one place, not a tally
    assert events(extract, "وقتل 12 مسلحا منذ بدء الهجوم على بلدة الكرمة الخميس.") != []


def test_incidents_counted_on_a_day_are_told(extract):
    # a guard: a count before the noun does not make a tally without a span
    assert events(extract, "وشن المسلحون 30 هجوما على قرية الجلمة أمس.") == [("Attack", "الجلمة")]


# --- a recent period; a period between two days stays --------------------------------------------------------------

def test_a_period_between_two_days_is_left_a_series(extract):
    # a guard: strikes in ten days of one month may be one series coded as one event
    text = "وقال المتحدث إن الطائرات نفذت خلال الفترة من 3 إلى 14 يوليو ثلاث غارات في ولاية يوبي."
    assert events(extract, text) != []


def test_a_recent_period_is_general(extract):
    assert events(extract, "ولوحظ في الفترة الأخيرة وقوع هجمات على مراكز الشرطة في محافظة الأنبار.") == []


def test_a_rank_in_the_period_keeps_the_incident(extract):
    text = "وقتل 15 جنديا في هجوم على حاجز في بلدة الكرمة أمس، وهو الأعنف في الفترة الأخيرة."
    assert events(extract, text) == [("Armed clash", "الكرمة")]


# --- several places over a whole country ---------------------------------------------------------------------

def test_strikes_over_a_country_are_no_incident(extract):
    assert events(extract, "وقصفت الطائرات الحربية مواقع للمتمردين في مناطق مختلفة من السودان.") == []


def test_strikes_over_a_city_are_one_event_there(extract):
    text = "وقصفت الطائرات الحربية مواقع للمتمردين في مناطق متفرقة من مدينة الفاشر أمس."
    assert events(extract, text) == [("Air/drone strike", "الفاشر")]


# --- fear of an act is no act ---------------------------------------------------------------------------------

def test_fear_of_strikes_is_no_incident(extract):
    assert events(extract, "ونزح مئات السكان من قرية الحميدية خوفا من غارات الطيران الحربي.") == []


def test_fear_after_other_news_is_no_incident(extract):
    text = LEAD + "ومن جهة أخرى قررت السلطات في مدينة حمص إغلاق المدارس خوفا من قصف الأحياء السكنية."
    assert events(extract, text) == [("Armed clash", "الكرمة")]


# --- a toll over separate incidents ---------------------------------------------------------------------------

def test_a_toll_over_sporadic_violence_is_no_incident(extract):
    text = "وأفادت مصادر أمنية بمقتل 9 مسلحين و6 مدنيين في أعمال عنف متفرقة شهدتها مدينة الفلوجة."
    assert events(extract, text) == []


def test_a_separate_wounding_leaves_the_attack(extract):
    # a guard: "in a separate incident" after a told attack does not undo the attack
    text = "وقتل 4 جنود في هجوم على حاجز في بلدة الكرمة، فيما أصيب 3 في حادث منفصل."
    assert events(extract, text) == [("Armed clash", "الكرمة")]


# --- incidents in the plural counted so far --------------------------------------------------------------------

def test_strikes_so_far_are_a_campaign_tally(extract):
    assert events(extract, "وشن الطيران الحكومي حتى الآن عشرات الغارات على المناطق الجبلية في ولاية النيل الأزرق.") == []


def test_strikes_of_a_day_stay_told_whatever_is_unknown_so_far(extract):
    # a guard: the clause has a day of its own
    text = "وشن الطيران الحكومي أمس غارات على بلدة الكرمك لم تعرف حصيلتها حتى الآن."
    assert events(extract, text) == [("Air/drone strike", "الكرمك")]
