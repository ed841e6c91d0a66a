"""Rules of background23: incidents recalled as background (SCHEMA.md, "Background is not an event"): the start of
fighting a length of time counts from; acts recalled as done "several times".

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text, published).events]


# --- a length of time counted from the start of fighting ----------------------------------------------------------

def test_months_after_the_start_of_fighting_is_no_incident(extract):
    assert events(extract, "وصلت قافلة مساعدات إلى مدينة الحديدة أمس بعد ثلاثة أشهر على بدء المعارك في المدينة.") == []


def test_years_after_the_outbreak_of_fighting_is_no_incident(extract):
    assert events(extract, "وبعد مرور عامين على اندلاع القتال في مدينة حلب، عاد آلاف السكان إلى منازلهم أمس.") == []


def test_guard_the_news_beside_a_start_counted_from_is_told(extract):
    found = events(extract, "وقبل أسبوع من انطلاق الهجوم على مدينة الرمادي، قتل خمسة جنود أمس في تفجير عبوة ناسفة "
                            "في مدينة الفلوجة.")
    assert ("Remote explosive/landmine/IED", "الفلوجة") in found
    assert not any(place == "الرمادي" for _, place in found)


def test_guard_fighting_hours_after_an_attack_began_is_told(extract):
    assert ("Armed clash", "درعا") in events(extract, "ودارت اشتباكات عنيفة أمس في مدينة درعا بعد ساعات من بدء الهجوم.")


# --- "several times": a run of acts recalled, no incident ---------------------------------------------------------

def test_shelled_several_times_is_no_incident(extract):
    assert events(extract, "وكانت الميليشيات قصفت عدة مرات خزانات الوقود في ميناء المكلا.") == []


def test_guard_several_strikes_on_a_day_of_their_own_are_told(extract):
    assert ("Air/drone strike", "سرت") in events(extract, "وقصفت الطائرات أمس عدة مرات مواقع المسلحين في مدينة سرت.")


# --- an anniversary or a memory: the incident remembered is history ------------------------------------------------

def test_the_anniversary_of_an_abduction_is_no_incident(extract):
    assert events(extract, "ويحيي الأهالي اليوم ذكرى مرور عام على اختطاف الجنود في بلدة عرسال.") == []


def test_the_first_anniversary_of_a_bombing_is_no_incident(extract):
    assert events(extract, "ونظم السكان أمس وقفة في الذكرى السنوية الأولى لهجوم السوق الشعبي في مدينة كركوك.") == []


def test_guard_an_attack_on_those_who_remember_is_told(extract):
    found = events(extract, "وقتل خمسة أشخاص أمس في هجوم على حشد كان يحيي ذكرى الحرب في مدينة بعقوبة.")
    assert any(place == "بعقوبة" for _, place in found)


# --- a rumour named, mostly to deny it -----------------------------------------------------------------------------

def test_a_rumour_of_executions_is_no_incident(extract):
    assert events(extract, "ونفى المتحدث باسم الجيش ما يقال إنها عمليات إعدام للأسرى في بلدة تكريت.") == []


def test_a_denied_rumour_of_a_killing_is_no_incident(extract):
    assert events(extract, "ونفى المتحدث ما تردد عن مقتل قائد الشرطة في هجوم على مدينة الموصل.") == []


def test_guard_a_strike_told_beside_a_rumour_denied(extract):
    found = events(extract, "وقال الجيش إنه قتل 12 مسلحا أمس في غارة على مدينة الموصل، ونفى ما يقال عن خسائر في صفوفه.")
    assert ("Air/drone strike", "الموصل") in found


def test_a_text_of_one_word_of_hearsay(extract):
    assert events(extract, "ما") == []


# --- the dead of a relative clause on a campaign told as no incident: its running tally ---------------------------

def test_the_tally_of_a_campaign_in_a_relative_clause_is_no_incident(extract):
    assert events(extract, "ودعا الرئيس إلى وقف الغارات التي يشنها الجيش على جبال قنديل والتي أدت إلى مقتل 200 "
                           "مقاتل.") == []


def test_guard_strikes_of_a_day_with_their_dead(extract):
    assert ("Air/drone strike", "الرقة") in events(extract, "وشن الطيران أمس غارات على مدينة الرقة أسفرت عن مقتل 12 مسلحا.")
