"""tolls26: the dead told in the phrase of an incident that a length of time counts from ("بعد أسبوع من هجوم ...
قتل خلاله 20") are that past incident's, not the toll of the news the sentence tells (an arrest, a shelling).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def tolls(extract, text, sub_type):
    return [e.fatalities for e in events(extract, text) if e.sub_type == sub_type]


def test_an_arrest_a_week_after_an_attack_takes_none_of_its_dead(extract):
    text = "اعتقلت الشرطة خمسة أشخاص في مدينة سوسة أمس بعد أسبوع من هجوم على فندق قتل خلاله 20 سائحا."
    assert tolls(extract, text, "Arrests") == [None]


def test_a_shelling_days_after_an_attack_of_a_relative_clause_takes_none_of_its_dead(extract):
    text = ("قصفت المدفعية مواقع المسلحين في مدينة الرقة أمس بعد ثلاثة أيام على الهجوم الذي نفذه التنظيم في حلب "
            "وقتل فيه 30 شخصا.")
    assert tolls(extract, text, "Shelling/artillery/missile attack") == [None]


def test_an_arrest_a_month_after_an_attack_that_targeted_and_killed(extract):
    text = ("اعتقلت الشرطة ثلاثة مشتبه بهم في مدينة سوسة أمس، بعد شهر على الهجوم الذي استهدف فندقا وأسفر عن "
            "مقتل 38 سائحا.")
    assert tolls(extract, text, "Arrests") == [None]


def test_the_news_keeps_its_own_dead_told_before_the_past(extract):
    text = ("قتل خمسة جنود في هجوم على مركز للشرطة في مدينة العريش أمس، بعد أسبوع من هجوم مماثل في رفح قتل فيه "
            "ثلاثة.")
    assert 5 in [e.fatalities for e in events(extract, text)]


def test_the_news_keeps_its_dead_when_the_past_has_none(extract):
    text = "اقتحم مسلحون مركزا للشرطة في مدينة العريش أمس وقتلوا خمسة جنود، بعد أسبوع من هجوم مماثل في رفح."
    assert 5 in [e.fatalities for e in events(extract, text)]


def test_a_fight_of_two_days_before_a_taking_keeps_its_dead(extract):
    text = "سيطرت قوات الجيش أمس على بلدة الوهط في محافظة لحج، بعد يومين من المعارك أسفرت عن مقتل 25 مسلحا."
    assert tolls(extract, text, "Government regains territory") == [25]


def test_one_word_and_a_mark_are_read(extract):
    assert events(extract, "بعد") == []
    assert isinstance(events(extract, "قتل."), list)


def test_strikes_weeks_after_an_attack_that_a_verb_with_a_pronoun_tells(extract):
    text = ("قصفت الطائرات مواقع التنظيم في مدينة الرقة أمس، بعد أسابيع من هجوم شنه التنظيم على بلدة تل أبيض وقتل "
            "فيه 30 مدنيا.")
    assert tolls(extract, text, "Air/drone strike") == [None]


def test_an_attack_hours_before_an_arrest_keeps_its_dead(extract):
    # hours count from the news itself (event_roles.yaml lengths_of_a_past): the attack is told, with its toll
    text = "اعتقلت الشرطة خمسة أشخاص في مدينة سوسة أمس بعد ساعات من هجوم على فندق قتل خلاله 20 سائحا."
    assert 20 in [e.fatalities for e in events(extract, text)]
    assert tolls(extract, text, "Arrests") == [None]
