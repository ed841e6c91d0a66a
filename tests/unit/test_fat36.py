"""fat36: a leader or the holder of a post killed, alone or with his men (issue 9, fatalities).

- "مقتل القيادي ...", "قتل والي الموصل", "مقتل رئيس المخابرات السابق": one person of a post, with the article or before
  the noun of his post, counted right after a word of killing (casualties.yaml office_holders,
  `CasualtyFinder._holder_killed`); told apart from the incident's other counts he is most often one of them, so the
  toll is at least one, not one more (`casualties.LEADER`, `toll`);
- "و4 من مرافقيه": his men counted after what names him are dead with him, one count (casualties.yaml companions,
  `CasualtyFinder._of_his_men`, `_his_men_after`);
- "مقتل آمر الفوج وثلاثة جنود": a number joined by و after a unit's noun is more dead, no unit's number
  (`CasualtyFinder._names_a_unit`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events

from rasd.extract.casualties import LEADER, Casualty, toll


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_a_leader_killed_with_the_article_is_one_dead(extract):
    text = "أعلنت وزارة الدفاع مقتل القيادي البارز في التنظيم أبو عمر الليبي في غارة جوية على مدينة درنة أمس."
    assert tolls(extract, text) == [1]


def test_a_governor_killed_before_the_name_of_his_province(extract):
    text = "قتل محافظ صلاح الدين في هجوم مسلح على موكبه في مدينة تكريت أمس."
    assert tolls(extract, text) == [1]


def test_the_head_of_a_service_killed(extract):
    text = "أعلن الجيش مقتل رئيس الاستخبارات السابق في هجوم صاروخي على سيارته في العاصمة بوجمبورا أمس."
    assert tolls(extract, text) == [1]


def test_a_commander_and_soldiers_listed_after_a_units_noun(extract):
    text = "هاجم مسلحون مقر الفوج في بلدة الكرمة أمس ما أسفر عن مقتل آمر الفوج وثلاثة جنود."
    assert tolls(extract, text) == [4]


def test_a_leader_and_his_men_are_one_count(extract):
    text = "أدت الغارة على مدينة المحفد أمس إلى مقتل القيادي أبو أحمد الكازمي وأربعة من مرافقيه."
    assert tolls(extract, text) == [5]


def test_an_indefinite_leader_and_his_aides(extract):
    text = "تمكنت القوات أمس من قتل قيادي بارز في التنظيم و11 من معاونيه في بلدة البغدادي."
    assert tolls(extract, text) == [12]


def test_a_leader_among_a_larger_count_told_apart_is_not_added(extract):
    # guard: the five members include the leader named in the next sentence
    text = ("قتل خمسة عناصر من تنظيم القاعدة في غارة جوية على مدينة المحفد أمس. "
            "وأدت الغارة إلى مقتل القيادي أبو أحمد الكازمي.")
    assert tolls(extract, text) == [5]


def test_a_leader_among_the_dead_is_a_part(extract):
    # guard: "من بين القتلى" names one of the dead already counted
    text = "قتلت المقاومة 17 مسلحا في مواجهات ببلدة صرواح أمس، ومن بين القتلى القائد الميداني أبو علي."
    assert tolls(extract, text) == [17]


def test_a_threat_to_kill_a_leader_counts_no_dead(extract):
    # guard: a threat (events.yaml modality ordering) before the killing word
    text = "قصفت الطائرات مواقع التنظيم في مدينة الرمادي أمس، فيما هدد التنظيم بقتل رئيس مجلس النواب."
    assert tolls(extract, text) == [None]


def test_citing_is_no_death(extract):
    # guard: "استشهد" also means "cited"
    text = "واستشهد رئيس النادي بكلمات المدرب قائلا إن الفريق سيفوز في المباراة المقبلة."
    assert tolls(extract, text) == []


def test_a_post_holder_arrested_is_no_dead(extract):
    # guard: a word of another fate stands between the killing word and the post
    text = "اقتحمت القوات بلدة الحارة أمس فقتلت مسلحا واعتقلت النائب في البرلمان."
    assert max(t or 0 for t in tolls(extract, text)) == 1


def test_aides_arrested_with_a_man_are_not_dead(extract):
    # guard: his men after a verb of arrest, with no word of killing before them
    text = "اعتقلت الشرطة أمس قائد المركب واثنين من معاونيه في مدينة الجيزة."
    assert all(t in (None, 0) for t in tolls(extract, text))


def test_the_leaders_toll_is_at_least_one():
    leader = Casualty("killed", 1, None, None, LEADER, 0, 1, 0)
    militants = Casualty("killed", 5, None, None, "militant", 3, 5, 1)
    assert toll([leader]) == 1
    assert toll([leader, militants]) == 5


def test_a_post_holders_death_is_the_toll_of_the_attack_told_with_it(extract):
    # a post holder killed makes no death report of its own (incidents._reporting_hits): the attack that the
    # sentence tells is the incident, with its doer, and he is its toll
    text = "قتل اليوم القيادي أبو علي في بلدة الحارة، بعد هجوم واسع للمقاومة الشعبية على مواقع المسلحين."
    evs = events(extract, text)
    assert [(e.actor1.canonical if e.actor1 else None, e.fatalities) for e in evs] == \
        [("Popular Resistance (Yemen)", 1)]
