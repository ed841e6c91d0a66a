"""martyr37: the one told before a verb of martyrdom is dead (issue 9, fatalities).

- "جثمان الشهيد الجندي ... الذي استشهد إثر سقوط قذيفة": a person told before a relative pronoun whose verb is one of
  martyrdom is one dead, two after "اللذين استشهدا" (casualties.yaml killed_by_relative,
  `CasualtyFinder._killed_by_relative`);
- "العريف أحمد ... والجندي أول محمد ... وزميلهم الجندي أول حسن ... استشهدوا": people named one by one before a dual or
  plural verb of martyrdom are its subject, one dead each (casualties.yaml named_before_verb,
  `CasualtyFinder._named_before_verb`);
- such a count is the toll of the incident told in its sentence, and makes no death report of its own
  (`Casualty.by_relative`, `incidents._reporting_hits`): a funeral, condolence or directive piece gets no event at the
  mourners' town from it.
- "أدى المصلون أمس صلاة الميت على الشهيد ... الذي استشهد إثر سقوط مقذوف": a day told before such a relative is the
  funeral's, not the incident's (`CasualtyFinder.mourned_between`, `EventExtractor._date_of_something_else`);
- "طائرة الإخلاء الطبي" carrying a martyr's body is no withdrawal from the town where it lands (event_senses.yaml
  vetoes/medevac).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_a_soldier_mourned_at_his_funeral_is_the_shellings_one_dead(extract):
    text = ("شيع المئات أمس جثمان الشهيد الجندي أول سعد بن علي الغامدي الذي استشهد أثناء تأديته واجبه في الحد "
            "الجنوبي بمنطقة جازان إثر سقوط قذيفة أطلقتها الميليشيات الحوثية من داخل الأراضي اليمنية.")
    assert tolls(extract, text) == [1]


def test_a_martyr_of_duty_named_without_the_article(extract):
    text = ("أدى المصلون صلاة الميت على شهيد الواجب فهد بن سالم القحطاني من منسوبي حرس الحدود بقطاع الخوبة الذي "
            "استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية.")
    assert tolls(extract, text) == [1]


def test_two_martyrs_told_by_the_dual_relative(extract):
    text = ("نقل مدير حرس الحدود تعازي القيادة لذوي شهيدي الواجب العريف ماجد بن صالح، والجندي أول ناصر بن علي، "
            "اللذين استشهدا إثر سقوط مقذوف على مركز الخوبة بمنطقة جازان.")
    assert tolls(extract, text) == [2]


def test_three_named_before_a_plural_verb_of_martyrdom(extract):
    text = ("يذكر أن العريف ماجد الشهري والجندي أول ناصر القرني وزميلهم الجندي أول بندر العتيبي من منسوبي حرس "
            "الحدود بمركز الخوبة استشهدوا أمس بعد تعرض المركز لقذائف كثيفة من داخل الأراضي اليمنية.")
    assert tolls(extract, text) == [3]


def test_a_condolence_alone_makes_no_event(extract):
    # guard: the relative tells no incident of its own; no event at the town where the condolence was made
    text = ("قدم أمير المنطقة في مدينة أبها أمس تعازي القيادة لأسرة الشهيد الرقيب فهد بن سالم القحطاني الذي "
            "استشهد أثناء تأديته واجبه.")
    assert events(extract, text) == []


def test_a_relative_whose_subject_comes_after_it_is_not_the_one_before(extract):
    # guard: "التي استشهد فيها": the one who fell is named after the verb, the count is his, not one more
    text = "وكانت الغارة التي استشهد فيها الجندي محمد القحطاني قد استهدفت موقعا عسكريا في صعدة أمس."
    assert tolls(extract, text) == [1]


def test_a_relative_verb_that_cites_is_no_death(extract):
    # guard: "استشهد بقول": he cited, nobody died
    text = ("وقال الكاتب الصحفي الذي استشهد بقول الشاعر إن القصف على مدينة تعز أمس لم يتوقف منذ الصباح.")
    assert all(t is None for t in tolls(extract, text))


def test_a_dead_already_counted_before_the_relative_is_not_counted_again(extract):
    # guard: "استشهاد الجندي سعد ... الذي استشهد": one man, told twice in one sentence
    text = ("أعلنت وزارة الداخلية استشهاد الجندي سعد بن علي الغامدي الذي استشهد أمس إثر سقوط قذيفة على مركز "
            "الخوبة بمنطقة جازان.")
    assert tolls(extract, text) == [1]


def test_one_named_man_before_a_plural_verb_is_not_counted_by_it(extract):
    # guard: a plural verb after one named man tells a group he is one of, not how many
    text = ("وقال الرقيب فهد القحطاني إن زملاءه استشهدوا أمس بعد تعرض مركز الخوبة لقذائف من داخل الأراضي اليمنية.")
    assert all(t is None for t in tolls(extract, text))


def test_an_air_ambulance_bearing_a_martyr_is_no_withdrawal(extract):
    # event_senses.yaml vetoes/medevac: "طائرة الإخلاء" carries the body; no side leaves the town where it lands
    text = "وصلت مساء أمس طائرة الإخلاء الطبي التابعة للقوات البرية وعلى متنها جثمان الشهيد إلى محافظة بارق."
    assert [e.sub_type for e in events(extract, text)] == []


def test_a_withdrawal_is_still_one(extract):
    # guard: the veto is the evacuation's words only
    text = "انسحبت القوات الحكومية من مدينة زنجبار أمس دون قتال."
    assert [e.sub_type for e in events(extract, text)] == ["Non-violent transfer of territory"]


def dates(extract, text, published):
    return [e.date for e in extract(text, published).events]


def test_the_day_of_a_funeral_prayer_is_not_the_day_he_fell(extract):
    # "أمس" is the prayer's day; the sentence does not date the death
    text = ("أدى المصلون عقب صلاة العصر أمس صلاة الميت على شهيد الواجب فهد بن سالم القحطاني من منسوبي حرس الحدود "
            "بمحافظة الطوال الذي استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية.")
    assert dates(extract, text, "2015-08-02") == [None]


def test_the_day_told_inside_the_relative_is_his(extract):
    text = ("أدى المصلون أمس صلاة الميت على الشهيد فهد القحطاني الذي استشهد يوم الخميس الماضي إثر سقوط مقذوف "
            "عسكري على محافظة الطوال.")
    assert dates(extract, text, "2015-08-02") == ["2015-07-30"]
