"""plans41: what a demand, a call or a threat asks for, and what a verb in the future governs, is no incident told.

- A word of demand, call, appeal or threat (events.yaml modality `ordering`, `calls_across`) governs the act its own
  link carries (ب glued, إلى, a carrier such as تكثيف between) however long its subject and object
  (factuality._called_for_across); bare طالب (also "a student"), وجه ("a face") and أمر ("a matter") only where they
  open their clause.
- A verb in the future (س on a common present form, read from the vocabulary: lexicon.future_verbs) in the four
  words before a verbal noun governs it (factuality._in_the_future), unless a preposition of topic, a word of time
  or cause or a noun of inquiry stands between (modality `future_breaks`).
- Both head a chain of joined verbal nouns as a word of plan does (factuality._heads_what_is_to_come).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def test_a_demand_across_its_subject_and_object(extract):
    text = "طالب مجلس محافظة نينوى الحكومة العراقية المركزية بتكثيف الطلعات الجوية على مواقع التنظيم في الموصل."
    assert events(extract, text) == []


def test_a_call_with_its_carrier_after_ila(extract):
    text = "وقال المحافظ داعيا طيران التحالف الدولي إلى تكثيف طلعاته باستهداف تجمعات مسلحي التنظيم في الرمادي."
    assert events(extract, text) == []


def test_a_call_to_hasten_the_taking(extract):
    text = "ودعا قائد المنطقة العسكرية إلى الإسراع في تطهير مدينة زنجبار من بقايا المسلحين."
    assert events(extract, text) == []


def test_a_demand_to_stop_a_storming_and_the_act_joined_to_it(extract):
    text = "طالب مجلس محافظة صلاح الدين الحكومة المركزية بوقف اقتحام مدينة بيجي والقصف الجوي مدة أسبوع."
    assert events(extract, text) == []


def test_a_demand_of_a_trigger_that_holds_its_carrier(extract):
    text = "وطالب رئيس مجلس المحافظة قوات التحالف الدولي بشن غارات على مواقع التنظيم في الموصل."
    assert events(extract, text) == []


def test_a_future_verb_before_a_verbal_noun(extract):
    text = "وقال المتحدث إن المقاومة ستتجه إلى تطهير المناطق المحاذية لمدينة الحوطة."
    assert events(extract, text) == []


def test_a_future_attempt_to_fire_rockets(extract):
    text = "وقال الخبير إن الحزب سيحاول إطلاق صواريخ على مدينة حيفا في أي حرب مقبلة."
    assert events(extract, text) == []


def test_a_future_verb_heads_the_acts_joined_to_it(extract):
    text = "وأكد القائد أن الأيام المقبلة ستشهد رفع العلم فوق مبنى المحافظة في الرمادي وتدمير معاقل التنظيم."
    assert events(extract, text) == []


def test_guard_a_student_killed_by_a_blast_stays(extract):
    text = "قتل طالب بانفجار عبوة ناسفة قرب جامعة الموصل أمس."
    assert [e.sub_type for e in events(extract, text)] == ["Remote explosive/landmine/IED"]


def test_guard_strikes_after_a_threat_stay(extract):
    text = ("هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة إثر الغارات الجوية التي شنها الجيش التركي على مواقعه في "
            "جبال قنديل الجمعة.")
    assert [e.type for e in events(extract, text)] == ["Explosions/Remote violence"]


def test_guard_an_inquiry_into_a_real_attack_stays(extract):
    text = "وقال الوزير إن الشرطة ستتولى التحقيق في الهجوم الذي استهدف مسجدا في مدينة الدمام أمس."
    assert len(events(extract, text)) == 1


def test_guard_a_reported_killing_stays(extract):
    text = "وقال المتحدث إن القوات قتلت عشرة مسلحين في هجوم على قرية قرب الموصل أمس."
    assert len(events(extract, text)) == 1


def test_guard_a_face_is_no_order(extract):
    text = "ووقف الأهالي في وجه قوات الاحتلال التي اقتحمت بلدة بيت أمر أمس واعتقلت ثلاثة شبان."
    assert len(events(extract, text)) >= 1


def test_guard_a_call_to_carry_out_something_else_leaves_the_act_after_it(extract):
    # the call's act is what إلى + a carrier opens ("إلى القيام بإجراءات"); a later ب belongs to another word
    text = ("ودعا الوزير إلى القيام بإجراءات عاجلة تتعلق بالهجوم الذي استهدف نقطة تفتيش في العريش أمس وأسفر عن "
            "مقتل ثلاثة جنود.")
    assert len(events(extract, text)) == 1


def test_in_case_of_a_withdrawal_is_a_condition(extract):
    text = "وتريثت المقاومة في دخول المعسكر خوفا على الأسرى في حال انسحاب المسلحين من القاعدة الجوية."
    assert events(extract, text) == []


def test_guard_a_state_of_alert_after_an_attack_is_no_condition(extract):
    text = "والقوات في حالة تأهب قصوى بعد هجوم مسلحين على فندق في مدينة سوسة الجمعة أسفر عن مقتل 38 شخصا."
    assert len(events(extract, text)) == 1
