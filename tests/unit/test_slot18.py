"""Rules of slot18: the background of an act told as no incident, a mention that only points back to background,
and violence told at a frequency.

Every sentence here was written for these tests (none is taken from the gold files or the feed).  Each article
opens with a real incident elsewhere, so that what is only background is not what the article is about.
"""
import datetime as DT

DAY = DT.date(2015, 7, 20)
OPENING = "قتلى في غارة على الحسكة\n\nقتل خمسة مسلحين أمس في غارة جوية على موقع للتنظيم قرب مدينة الحسكة.\n\n"


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text, published).events]


def at(extract, text, town):
    return [sub for sub, place in events(extract, OPENING + text) if place == town]


# --- the background of an act told as no incident --------------------------------------------------------------

def test_background_of_a_habit_is_no_news(extract):
    # the habit (واصل ... شن هجمات) is dropped; the taking and the attack it is set against were kept in its place
    assert at(extract, "وواصل المسلحون شن هجمات خاطفة في مدينة الرمادي رغم طردهم من أحياء فيها بعد فشل هجوم كبير "
                       "شنوه الشهر الماضي.", "الرمادي") == []


def test_background_of_a_purpose_is_no_news(extract):
    assert at(extract, "ويسعى الجيش إلى التقدم لاستعادة مدينة الرمادي بعد هجوم شنه التنظيم عليها الشهر الماضي.",
              "الرمادي") == []


def test_background_of_a_told_act_stays_with_it(extract):
    # a guard: the sentence tells an incident, so its background is read as before
    assert at(extract, "وقصف الجيش مدينة الرمادي أمس بعد هجوم شنه التنظيم عليها.", "الرمادي") != []


def test_a_purpose_inside_the_background_clause_is_not_the_main_act(extract):
    # a guard: the purpose belongs to the background attack's own clause; the arrival is no trigger, so the attack
    # is still what the sentence tells
    text = "وصل الوزير إلى مدينة الرمادي بعد هجوم شنه التنظيم أمس لاستعادة البلدة."
    assert at(extract, text, "الرمادي") == [sub for sub, place in
                                            events(extract, OPENING + text.replace("لاستعادة", "على")) if place == "الرمادي"]


# --- a mention that only points back to background ------------------------------------------------------------

def test_a_mention_pointing_back_leaves_background_as_it_was(extract):
    assert at(extract, "وواصل المسلحون شن هجمات خاطفة في مدينة الرمادي رغم طردهم من أحياء فيها بعد فشل هجوم كبير "
                       "شنوه الشهر الماضي.\n\nوكان الهجوم يهدف إلى السيطرة على مبنى المحافظة.", "الرمادي") == []


def test_a_mention_with_its_dead_makes_background_news(extract):
    # a guard: the later sentence counts its dead, so the incident is told in a sentence of its own
    assert at(extract, "ووصل الوزير إلى مدينة الرمادي بعد هجوم للتنظيم على المدينة.\n\nوقتل في الهجوم سبعة جنود.",
              "الرمادي") != []


# --- violence told at a frequency -------------------------------------------------------------------------------

def test_almost_daily_attacks_are_no_incident(extract):
    assert events(extract, "ومددت السلطات حالة الطوارئ في محافظة شمال سيناء التي تشهد هجمات شبه يومية على نقاط الجيش.") == []


def test_daily_shelling_is_no_incident(extract):
    assert events(extract, "وقال السكان إن مدينة الرقة تتعرض لقصف بشكل يومي من الطائرات الحربية.") == []


def test_daily_before_the_trigger_is_no_incident(extract):
    assert events(extract, "ويشن الطيران يوميا غارات على مواقع المتمردين في جبال قنديل.") == []


def test_repeated_strikes_on_a_day_are_told(extract):
    # a guard: a day of its own makes the repeated strikes that day's incident
    assert "Air/drone strike" in [s for s, _ in events(
        extract, "وشنت الطائرات صباح أمس غارات متكررة على بلدة الشيخ مسكين في ريف درعا.")]


def test_a_dual_of_days_is_no_frequency(extract):
    # a guard: "يومي" before dates is two days, not "daily" (left out of the words of frequency)
    assert "Armed clash" in [s for s, _ in events(
        extract, "وهاجم مسلحون حاجزا للجيش في بلدة الشيخ زويد يومي الأحد والاثنين.")]


# --- the dead of an act told as no incident -------------------------------------------------------------------

def test_the_dead_of_almost_daily_strikes_are_no_incident(extract):
    # with the strikes dropped as a habit, their dead took the town's slot as an attack of their own
    assert at(extract, "وقتل عشرات المدنيين في غارات شبه يومية على مدينة الرقة.", "الرقة") == []


def test_the_dead_of_a_day_stay_told(extract):
    # a guard: a day in their clause sets the dead on it, whatever the strikes are said to be
    assert at(extract, "وقتل خمسة مدنيين أمس في الغارات التي تشنها طائرات التحالف على مدينة الرقة.", "الرقة") != []
