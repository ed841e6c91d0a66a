"""answers27: a tally over months is not the toll of one strike, when its count is told a sentence away from its
span: a span that points back ("خلال هذه الفترة") and a heading whose figure the next sentence gives as a tally.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_a_count_over_the_period_told_before_is_a_tally(extract):
    text = ("قال المرصد إن الطائرات الحربية قتلت 900 مسلح خلال ستة أشهر. وقال المرصد في بيان اليوم الأحد إن 60 "
            "مدنيا قتلوا جراء هذه الغارات خلال هذه الفترة.")
    assert 60 not in tolls(extract, text)


def test_the_same_period_of_last_year_is_a_tally_too(extract):
    text = "وقتل 40 مدنيا في غارات على بلدات ريف المحافظة خلال الفترة نفسها من العام الماضي."
    assert 40 not in tolls(extract, text)


def test_a_strike_keeps_its_dead_beside_a_period_without_a_count(extract):
    text = "قصفت الطائرات بلدة الحارة أمس مما أدى إلى مقتل 7 مدنيين."
    assert tolls(extract, text) == [7]


def test_a_heading_of_a_tally_gives_no_toll_to_the_strike_before(extract):
    text = ("قصف الجيش مواقع المسلحين في بلدة الحارة أمس. 500 قتيل من المسلحين. وقال المرصد إن الطائرات "
            "الحربية قتلت 500 من المسلحين خلال ثمانية أشهر.")
    assert 500 not in tolls(extract, text)


def test_a_sentence_of_dead_after_a_strike_is_still_its_toll(extract):
    text = "قصف الجيش مواقع المسلحين في بلدة الحارة أمس. وقال المرصد إن 12 مسلحا قتلوا في القصف."
    assert 12 in tolls(extract, text)


def test_one_word_and_a_mark_are_read(extract):
    assert events(extract, "خلال") == []
    assert isinstance(events(extract, "قتيل."), list)


def test_counts_before_a_period_told_before_are_tallies_whatever_stands_between(extract):
    text = ("قال المرصد إن الطائرات الحربية قتلت 900 مسلح خلال ستة أشهر. وقال المرصد إن 80 مدنيا قتلوا وأصيب "
            "العشرات بالإضافة إلى مقتل طفل جراء هذه الغارات خلال هذه الفترة.")
    assert not {1, 80, 81} & set(tolls(extract, text))


def test_a_strike_of_yesterday_keeps_its_dead_before_a_total_over_the_period(extract):
    text = ("قصفت الطائرات بلدة الحارة أمس مما أدى إلى مقتل 9 مدنيين، ليبلغ عدد القتلى 300 خلال هذه الفترة.")
    assert 9 in tolls(extract, text)


def test_a_part_named_in_a_tally_does_not_end_its_span(extract):
    text = ("قال المرصد إن الطائرات الحربية قتلت 700 من عناصر التنظيم بينهم عشرات القياديين خلال تسعة أشهر، "
            "وأعلن الجيش أن الطائرات قصفت مواقع التنظيم في بلدة الحارة أمس.")
    assert 700 not in tolls(extract, text)


def test_the_arrested_of_a_headline_in_the_present_are_not_dead(extract):
    text = "الجيش يقتل 12 مسلحا ويعتقل 40 آخرين في اشتباكات بولاية كيدال."
    assert 40 not in tolls(extract, text)
    assert 52 not in tolls(extract, text)
