"""intent32: an incident noun that is the subject of a verb of evaluation or effect, right after a complementiser
("أن تحرير المدينة يعد من أولويات القوات", "إن هجمات الحزب تجعل السلام مستحيلا"): the clause is about the
evaluation, and the act is a noun phrase inside it (SCHEMA.md: plans, activity in general and noun phrases inside a
clause about something else are no event).  A verbal noun with a pronoun after أن, written like a verb with its object
("وأن استعادتها ... سيتم قريبا"), is read as the noun, so what is to come stays to come.  The
subject of a meeting or a review ("جرى استعراض العمليات الجوية", "جلسة لبحث الغارات") is a topic, no incident told.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


def test_a_taking_that_is_a_priority_is_no_taking(extract):
    text = "وأكد قائد المنطقة العسكرية أن تحرير مدينة تعز من قبضة المتمردين يعد من أولويات القوات الحكومية."
    assert "تعز" not in places(extract, text)


def test_attacks_that_make_peace_hard_are_no_incident(extract):
    text = "وقالت الحكومة إن هجمات المتمردين في ولاية بورنو تجعل الحوار معهم أمرا صعبا."
    assert "بورنو" not in places(extract, text)


def test_a_taking_to_come_with_its_pronoun_after_a_complementiser_is_no_taking(extract):
    text = ("وأوضح القائد أن تحرير مدينة زنجبار يعد هدفا أول للقوات، وأن استعادتها من قبضة المسلحين "
            "سيتم خلال أيام.")
    assert "زنجبار" not in places(extract, text)


def test_a_shelling_with_its_toll_after_a_complementiser_stays(extract):
    # a verb of outcome (تسبب) is no verb of evaluation: the shelling is told
    text = "وقالت مصادر طبية إن القصف الذي استهدف مدينة تعز أمس تسبب في مقتل ثلاثة مدنيين."
    assert "تعز" in places(extract, text)


def test_an_attack_described_in_a_relative_clause_stays(extract):
    # the verb of evaluation is said of the attack in a relative clause, after the clause that tells it
    text = "وقالت الشرطة إن الهجوم استهدف أمس مركزا للأمن في مدينة العريش، وهو هجوم يعد الأعنف منذ أشهر."
    assert "العريش" in places(extract, text)


def test_a_taking_told_after_a_complementiser_stays(extract):
    text = "وقالت مصادر ميدانية إن القوات استعادتها أمس بعد معارك عنيفة في مدينة زنجبار."
    assert events(extract, text)


def test_a_single_word(extract):
    assert not events(extract, "يعد")
    assert not events(extract, "أن")


def test_air_operations_reviewed_at_a_base_are_no_strike(extract):
    # the subject of a review or a meeting (events.yaml modality topic_heads: مناقشة, استعراض, بحث)
    text = "وزار وزير الدفاع قاعدة جوية في مدينة تبوك، حيث جرى استعراض العمليات الجوية خلال الأسبوع الماضي."
    assert "تبوك" not in places(extract, text)


def test_strikes_a_meeting_discusses_are_no_strike(extract):
    text = "وعقد البرلمان في مدينة أربيل جلسة طارئة لبحث الغارات الجوية على القرى الحدودية."
    assert "أربيل" not in places(extract, text)


def test_a_strike_told_beside_a_meeting_stays(extract):
    text = ("وعقد المجلس اجتماعا لمناقشة الوضع الأمني، فيما شنت طائرات التحالف أمس غارات جوية على مواقع "
            "المتمردين في مدينة صعدة.")
    assert "صعدة" in places(extract, text)
