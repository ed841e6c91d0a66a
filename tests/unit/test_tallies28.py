"""tallies28: a tally over months is no incident when a parenthetical aside stands between its count and its span,
or when its span points back to a period told before ("خلال هذه الفترة").

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def triggers(extract, text):
    return [e.trigger.text for e in events(extract, text)]


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_an_aside_in_parentheses_does_not_hide_the_span_of_a_tally(extract):
    text = ("أفاد المرصد بأن طائرات التحالف قتلت 2500 من تنظيم (داعش) وجبهة (تنظيم القاعدة في بلاد الشام) بينهم "
            "عشرات القادة خلال 8 أشهر.")
    assert "قتلت" not in triggers(extract, text)


def test_the_count_before_an_aside_is_no_toll_of_a_strike_after(extract):
    text = ("قال المرصد إن الطائرات قتلت 1800 من التنظيم (داعش) بينهم قادة خلال سبعة أشهر. وقصفت الطائرات "
            "أمس بلدة الحارة.")
    assert 1800 not in tolls(extract, text)


def test_the_same_tally_without_an_aside_is_no_incident_either(extract):
    text = "أفاد المرصد بأن طائرات التحالف قتلت 2500 من المسلحين بينهم عشرات القادة خلال 8 أشهر."
    assert "قتلت" not in triggers(extract, text)


def test_strikes_over_a_period_told_before_are_a_run(extract):
    text = "وقال المرصد إن 60 مدنيا قتلوا جراء هذه الغارات خلال هذه الفترة."
    assert events(extract, text) == []


def test_a_strike_with_an_aside_and_its_day_stays(extract):
    text = "قصفت طائرات التحالف (بقيادة الولايات المتحدة) بلدة الحارة أمس مما أدى إلى مقتل 7 مسلحين."
    assert tolls(extract, text) == [7]


def test_a_strike_with_an_aside_on_its_place_stays(extract):
    text = "قتلت الغارات الجوية 12 مسلحا في بلدة الحارة (ريف المحافظة) أمس."
    assert 12 in tolls(extract, text)


def test_another_time_after_a_demonstrative_is_no_period(extract):
    text = "قصفت الطائرات بلدة الحارة أمس مما أدى إلى مقتل 7 مدنيين، وفي هذه الأثناء اشتبك المسلحون مع الجيش."
    assert 7 in tolls(extract, text) and len(events(extract, text)) == 2


def test_an_aside_that_never_closes_and_one_word_texts(extract):
    assert events(extract, "قتلت الطائرات (داعش 30 خلال") is not None
    assert events(extract, "(") == []
    assert events(extract, "قتلت") is not None


def test_fighting_going_on_for_months_is_a_run(extract):
    text = "وسقط في الغارات الجوية والقتال المستمر منذ خمسة أشهر أكثر من 2000 قتيل."
    assert events(extract, text) == []


def test_clashes_going_on_since_yesterday_morning_stay(extract):
    text = "وتستمر الاشتباكات المتواصلة منذ صباح أمس في حي الحارة بين الجيش والمسلحين."
    assert [e.sub_type for e in events(extract, text)] == ["Armed clash"]


def test_since_a_length_without_going_on_dates_one_incident(extract):
    text = "قتل المسلح منذ أربعة أشهر في اشتباك مع الشرطة في بلدة الحارة."
    assert [e.sub_type for e in events(extract, text)] == ["Armed clash"]


def test_going_on_at_the_end_of_a_text(extract):
    assert events(extract, "القتال المستمر") is not None
    assert events(extract, "القتال المستمر منذ") is not None


def test_strikes_a_total_of_the_dead_is_counted_over_are_a_run(extract):
    text = "وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 2400 على الأقل جراء غارات الطائرات الحربية."
    assert events(extract, text) == []


def test_a_total_of_one_attack_keeps_its_attack(extract):
    text = "وارتفع العدد الإجمالي لقتلى الهجوم الانتحاري على السوق في بلدة الحارة أمس إلى 30."
    assert [e.sub_type for e in events(extract, text)] == ["Suicide bomb"]


def test_strikes_with_no_total_before_them_stay(extract):
    text = "وشنت الطائرات أمس غارات على بلدة الحارة."
    assert [e.sub_type for e in events(extract, text)] == ["Air/drone strike"]
