"""Rules of precision17: tallies over a span of the calendar, needs and wants, and a hedge after the trigger.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def sub_types(extract, text, published=DAY):
    return [e.sub_type for e in extract(text, published).events]


# --- a span of the calendar after the trigger: a tally -------------------------------------------------------

def test_a_half_year_tally_is_no_incident(extract):
    # a guard: on its own this sentence gives no event before the rule either (in an article it did)
    assert sub_types(extract, "وبحسب وزارة الدفاع فإن 60 مسلحا قتلوا أو اعتقلوا في ولاية تيزي وزو خلال النصف الثاني من العام 2014.") == []


def test_a_month_tally_is_no_incident(extract):
    assert sub_types(extract, "وقالت المنظمة إن 900 مدني قتلوا في قصف على محافظة حلب خلال الشهر الجاري.") == []
    assert sub_types(extract, "وأفادت البعثة بأن 400 شرطي قتلوا في هجمات على مدينة الموصل خلال شهر يونيو.") == []


def test_recent_months_are_a_tally(extract):
    assert sub_types(extract, "وقتل مسلحو الحركة ثلاثة جنود في الأشهر الأخيرة في ولاية بورنو.") == []


def test_a_hijri_month_dates_one_incident(extract):
    assert "Attack" in sub_types(extract, "وقتل مسلحون 30 مدنيا في قرية بالقرب من مدينة مايدوغوري خلال شهر رمضان.")


def test_a_rank_in_the_span_keeps_the_incident(extract):
    assert sub_types(extract, "وقتل 25 شخصا في هجوم على سوق في مدينة كركوك يعد الأعنف خلال العام الحالي.") != []


# --- a need or a want is not the thing needed ----------------------------------------------------------------

def test_a_need_is_no_incident(extract):
    assert sub_types(extract, "وقال المحافظ إن الوضع يتطلب شن غارات على مواقع التنظيم في بلدة الكرمة.") == []


def test_a_want_is_no_incident(extract):
    assert sub_types(extract, "وقال المسؤول إن الحوثيين يريدون السيطرة على مدينة تعز.") == []


def test_the_deed_after_the_want_is_told(extract):
    assert "Armed clash" in sub_types(
        extract, "وقال الضابط إن التنظيم يريد التقدم، واشتبك مسلحوه أمس مع الجيش في بلدة بيجي.")


# --- a hedge after the trigger -------------------------------------------------------------------------------

def test_possible_attacks_are_none(extract):
    assert sub_types(extract, "وأبلغت الشرطة عن تفجير محتمل في سوق مدينة كركوك.") == []
    assert sub_types(extract, "ورفعت القوات حالة التأهب في مدينة سوسة بعد معلومات عن هجوم محتمل على الفنادق.") == []


# --- a threat, or training for a fight ------------------------------------------------------------------------

def test_a_threat_is_no_incident(extract):
    assert sub_types(extract, "وهدد قائد الميليشيا بقصف مدينة مصراتة إذا لم تنسحب القوات.") == []
    assert sub_types(extract, "وتوعد التنظيم الحكومة بشن هجمات على مدينة بنغازي.") == []


def test_training_for_a_fight_is_no_fight(extract):
    assert sub_types(extract, "وطالب القيادي أنصاره في مدينة سرت بالتدرب على القتال في صفوف الجماعة.") == []


def test_a_threat_carried_out_is_told(extract):
    assert "Shelling/artillery/missile attack" in sub_types(
        extract, "وقصفت الميليشيا أمس مدينة مصراتة بعد أن هدد قائدها الحكومة.")


def test_forcing_men_to_fight_is_no_fight(extract):
    assert sub_types(extract, "وقال المسؤول إن التنظيم يجبر الشبان على القتال في مدينة الرقة.") == []
