"""doers17: a doer only pointed back to or named in a neighbouring clause — a verb joined after one whose subject is
named shares that subject; "the aircraft" with no owner are the air force named before; the subject of "began" or
"did" before ب and a verbal noun, its backers named between; the subject of a verb of going on heads its clause.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, of_type


# --- a verb joined after one whose subject is named ----------------------------------------------------

def test_a_verb_joined_by_kama_shares_the_subject_of_the_verb_before(extract):
    text = "وقالت مصادر إن مقاتلات التحالف شنت غارات على مواقع الحوثيين في مدينة صعدة، كما استهدفت مخزنا في مدينة حجة."
    # the joined blow at حجة (an air strike since types29: its doer is named as aircraft; an armed clash before)
    [hit] = [e for e in events(extract, text) if e.place is not None and e.place.name == "حجة"]
    assert canonical(hit.actor1) == "Saudi-led Coalition"


def test_a_joined_verb_with_its_object_after_it_is_not_done_by_the_side_hit_before(extract):
    text = "هاجمت ميليشيات الحوثي مواقع المقاومة في مدينة تعز، كما قصفت أحياء سكنية في مدينة عدن."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Houthi Movement"


def test_a_joined_verb_with_its_own_subject_keeps_it(extract):
    text = "هاجمت ميليشيات الحوثي مواقع المقاومة في مدينة تعز، كما قصفت مقاتلات التحالف مواقعها في مدينة عدن."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Saudi-led Coalition"


def test_a_verb_of_destroying_joined_after_a_verb_of_going_on_shares_its_subject(extract):
    text = "واصلت قوات الجيش اليمني تقدمها في محافظة مأرب، ودمرت عددا من الدبابات."
    [destroyed] = of_type(extract, text, "Looting/property destruction")
    assert canonical(destroyed.actor1) == "Military Forces of Yemen (Pro-Hadi)"


def test_a_verb_of_dying_joined_after_a_raid_has_no_doer_from_it(extract):
    text = "قصفت مقاتلات التحالف مواقع الحوثيين في مدينة تعز، وقتل عشرة مسلحين في مدينة عدن."
    for e in events(extract, text):
        if e.place is not None and e.place.name == "عدن":
            assert canonical(e.actor1) != "Saudi-led Coalition"


# --- "the aircraft" with no owner named ------------------------------------------------------------------

def test_bare_aircraft_after_a_raid_of_the_coalition_are_its_aircraft(extract):
    text = ("شن طيران التحالف أمس غارات على مواقع الحوثيين في مدينة صعدة. وقالت مصادر إن الطيران استهدف منزل قائد "
            "عسكري المعين من قبل الحوثيين في مدينة حجة.")
    raids = of_type(extract, text, "Air/drone strike")
    assert all(canonical(r.actor1) == "Saudi-led Coalition" for r in raids)


def test_bare_warplanes_are_the_air_force_named_in_the_sentence_before(extract):
    text = ("وأكد المتحدث أن التنسيق بين المقاومة وقيادة التحالف مستمر. وأضاف أن الحوثيين تكبدوا خسائر، حيث دمرت "
            "المقاتلات عشرات الآليات في مدينة حجة.")
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Saudi-led Coalition"


def test_aircraft_with_their_owner_named_are_that_owners(extract):
    text = ("شن طيران التحالف أمس غارات على مواقع الحوثيين في مدينة صعدة. وقصفت الطائرات التركية مواقع "
            "حزب العمال الكردستاني في مدينة دهوك.")
    for raid in of_type(extract, text, "Air/drone strike"):
        if raid.place is not None and raid.place.name == "دهوك":
            assert canonical(raid.actor1) == "Military Forces of Turkey"


def test_bare_aircraft_with_no_air_force_named_before_get_none(extract):
    text = "وقالت مصادر إن المقاتلات شنت غارات على مواقع الحوثيين في مدينة صعدة."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert raid.actor1 is None


# --- began / did before ب and a verbal noun, backers between ----------------------------------------------

def test_the_subject_of_began_before_a_verbal_noun_did_it_past_its_backers(extract):
    text = "وكانت المقاومة الشعبية وقوات الجيش بدعم من طيران التحالف، قد بدأت أمس باقتحام معسكر في مدينة مأرب."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"


def test_the_backer_before_did_is_not_its_subject(extract):
    text = "وكانت المقاومة الشعبية بدعم من طيران التحالف، قد قامت أمس باقتحام معسكر في مدينة مأرب."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"


def test_the_subject_of_set_about_did_the_raid(extract):
    text = "وأفادت مصادر بأن المسلحين الحوثيين شرعوا بمداهمة منازل في مدينة الحوطة."
    [raid] = of_type(extract, text, "Arrests")
    assert canonical(raid.actor1) == "Houthi Movement"


def test_an_operation_that_began_with_shelling_names_no_doer(extract):
    text = "وقال مسؤول إن العملية بدأت بقصف مواقع تنظيم داعش في مدينة بنغازي."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert shelling.actor1 is None
    assert canonical(shelling.actor2) == "Islamic State"


# --- a subject across a long relative clause --------------------------------------------------------------

def test_the_subject_of_did_across_a_long_relative_clause_did_it_not_its_backer(extract):
    text = ("قام الحوثيون الذين يحاصرون المدينة منذ أشهر ويمنعون دخول المساعدات إليها بدعم من قوات صالح والموالين "
            "لهم، بقصف أحياء سكنية في مدينة تعز.")
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Houthi Movement"


# --- "these forces" point back to a subject, not to a side named in passing -----------------------------

def test_these_forces_point_back_to_the_subject_not_to_the_side_named_after_it(extract):
    text = ('وقال المتحدث إن مقاتلي المقاومة نجحوا في السيطرة على حي التواهي، آخر معقل للمتمردين في عدن. '
            'وأضاف: "إن هذه القوات استعادت قصر المعاشيق في مدينة عدن".')
    for e in events(extract, text):
        assert canonical(e.actor1) == "Popular Resistance (Yemen)"


# --- a verb opening its sentence with no subject continues the doer of the sentence before -------------

def test_a_verb_opening_its_sentence_before_words_of_time_continues_the_doer_before(extract):
    text = ("دمر طيران التحالف عربة للحوثيين في منطقة الجفينة بمحافظة مأرب. وقصف في وقت سابق من اليوم موقعا عسكريا "
            "في مدينة تعز.")
    # the blow at تعز (an air strike since types29: its doer is named as aircraft; a shelling before)
    [hit] = [e for e in events(extract, text) if e.place is not None and e.place.name == "تعز"]
    assert canonical(hit.actor1) == "Saudi-led Coalition"


def test_a_verb_opening_its_sentence_with_its_own_subject_keeps_it(extract):
    text = "هاجمت ميليشيات الحوثي مواقع المقاومة في مدينة تعز. وقصف الجيش اليمني مواقعها في مدينة عدن."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Military Forces of Yemen (Pro-Hadi)"


def test_a_verb_in_a_relative_clause_does_not_take_the_main_clauses_subject(extract):
    text = "وبدأت قوات الجيش اليمني في يوليو عمليتها لاستعادة مدينة مأرب التي سيطر عليها الحوثيون في مارس."
    for e in events(extract, text):
        if e.sub_type in ("Non-state actor overtakes territory", "Government regains territory") and \
                canonical(e.actor1) == "Military Forces of Yemen (Pro-Hadi)":
            assert e.sub_type == "Government regains territory"


def test_a_verb_that_ends_the_text_has_no_subject_after_it(extract):
    # hypothesis found it: the joined-verb check read the word after a verb that was the text's last
    text = "قصفت الطائرات مواقع المسلحين ثم قصفت"
    assert extract(text, "2015-07-20").events is not None
    assert extract("قصف", "2015-07-20").events is not None
