"""truce38: a truce decided is a truce made; its declarer is actor1, the side asked to keep it is not.

A decision taken in the past that governs a standing state's trigger, with only its subject, the state's phases or the
links of `decision_links` between ("فقد تقرر الإعلان عن هدنة", "قررت القيادة بدء الهدنة", "تقرر أن تبدأ الهدنة"), is
the state made, not an intention (events.yaml modality `decisions_taken`; factuality._decision_taken).  The side a
relative clause after the trigger says declared it ("الهدنة التي أعلنتها قيادة التحالف") is actor1; the side asked to
keep it ("التزام الحوثيين بالهدنة", "طالب الرئيس المليشيات باحترام الهدنة") is the other party, not actor1
(event_roles.yaml `declaring_verbs`, `keeping_nouns`, `asking_verbs`; roles.parties_of_a_state).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def agreements(extract, text):
    return [e for e in events(extract, text) if e.sub_type == "Agreement"]


def canon(actor):
    return None if actor is None else actor.canonical


def test_a_truce_decided_and_announced_is_an_agreement(extract):
    text = "وقالت القيادة في بيانها إنه تقرر الإعلان عن هدنة إنسانية في محافظة الحديدة لمدة أسبوع اعتبارا من يوم الخميس."
    assert agreements(extract, text)


def test_a_truce_decided_to_begin_is_an_agreement(extract):
    text = "وأوضح البيان أنه تقرر أن تبدأ الهدنة في مدينة تعز عند منتصف الليل."
    assert agreements(extract, text)


def test_a_side_that_decided_to_begin_a_truce_made_it(extract):
    text = "وقررت قيادة التحالف بدء الهدنة الإنسانية في اليمن مساء الخميس."
    found = agreements(extract, text)
    assert found and canon(found[0].actor1) == "Saudi-led Coalition"


def test_a_decision_to_call_for_a_truce_stays_an_intention(extract):
    # guard: the decision governs a call, not the truce
    text = "وقرر مجلس الأمن دعوة الأطراف إلى هدنة في مدينة تعز."
    assert not agreements(extract, text)


def test_a_truce_scheduled_stays_an_intention(extract):
    # guard: المقرر is a schedule, not a decision taken
    text = "ومن المقرر بدء سريان الهدنة في مدينة تعز يوم الخميس."
    assert not agreements(extract, text)


def test_a_decision_in_the_present_stays_an_intention(extract):
    # guard: يقرر is a decision to come
    text = "ويقرر المجلس غدا إعلان هدنة في مدينة تعز."
    assert not agreements(extract, text)


def test_the_side_asked_to_respect_a_truce_is_not_its_actor1(extract):
    text = "وطالب الرئيس عبد ربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية التي بدأ سريانها أمس في مدينة تعز."
    found = agreements(extract, text)
    assert found and canon(found[0].actor1) != "Houthi Movement"


def test_the_side_whose_keeping_is_a_condition_is_not_its_actor1(extract):
    text = "واشترط البيان التزام الحوثيين وحلفائهم بالهدنة الإنسانية التي تبدأ الخميس في محافظة الحديدة."
    found = agreements(extract, text)
    assert found and canon(found[0].actor1) != "Houthi Movement"


def test_the_declarer_named_in_a_relative_clause_is_actor1(extract):
    text = "ورفض المتحدث باسم الحوثيين الهدنة الإنسانية التي أعلنتها قيادة التحالف في اليمن يوم الخميس."
    found = agreements(extract, text)
    assert found and canon(found[0].actor1) == "Saudi-led Coalition"


def test_the_declarer_after_a_bare_verb_and_its_pronoun_is_actor1(extract):
    text = "وبدأت الهدنة التي أعلنت عنها قيادة قوات التحالف في اليمن مساء الخميس."
    found = agreements(extract, text)
    assert found and canon(found[0].actor1) == "Saudi-led Coalition"


def test_a_side_announcing_its_own_commitment_stays_actor1(extract):
    # guard: the subject of the announcing verb declares; only a side after a keeping noun or asked is moved
    text = "وأعلنت قيادة التحالف الالتزام بهدنة إنسانية في اليمن تبدأ يوم الخميس."
    found = agreements(extract, text)
    assert found and canon(found[0].actor1) == "Saudi-led Coalition"
