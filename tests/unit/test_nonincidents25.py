"""nonincidents25: the later verbs of a clause that describes a past incident ("بعد عامين على إطلاق النار الذي شهده
ملهى ... وقتل فيه 40 شخصا", "بعد ثلاثة أيام على هجوم نسبته الحكومة إلى التنظيم واستهدف طلابا") tell that past, which
the sentence counts from, not news; the same verbs after an incident told as news stay.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


def test_the_toll_of_a_shooting_years_before_is_no_incident(extract):
    text = ("قتل مسلح ثلاثة أشخاص في مطعم بمدينة ريدينغ أمس. ووقع الحادث بعد عامين تقريبا على إطلاق النار الذي "
            "شهده ملهى في مدينة أورلاندو وقتل فيه 40 شخصا.")
    assert "أورلاندو" not in places(extract, text)
    assert "ريدينغ" in places(extract, text)


def test_the_toll_told_past_a_comma_with_a_pronoun_is_no_incident(extract):
    text = ("قتل مسلح ثلاثة أشخاص في مطعم بمدينة ريدينغ أمس. ووقع الحادث بعد عامين على إطلاق النار الذي شهده "
            "ملهى في مدينة أورلاندو، وقتل فيه 40 شخصا.")
    assert "أورلاندو" not in places(extract, text)


def test_a_joined_verb_of_a_clause_with_no_relative_on_a_past_attack_is_no_incident(extract):
    text = ("قصفت المدفعية مواقع المسلحين في مدينة الرقة أمس، وذلك بعد ثلاثة أيام على هجوم انتحاري دام نسبته "
            "الحكومة إلى التنظيم واستهدف طلابا في مدينة حلب.")
    assert "حلب" not in places(extract, text)
    assert "الرقة" in places(extract, text)


def test_a_joined_verb_of_a_relative_clause_on_a_past_attack_is_no_incident(extract):
    text = ("قصفت المدفعية مواقع المسلحين في مدينة الرقة أمس، وذلك بعد ثلاثة أيام على الهجوم الذي نفذه التنظيم "
            "في مدينة حلب واستهدف طلابا.")
    assert "حلب" not in places(extract, text)


def test_the_toll_of_a_news_attack_told_with_a_pronoun_stays(extract):
    text = "وقع الهجوم الذي نفذه مسلحون على حاجز للجيش في مدينة العريش أمس وقتل فيه خمسة جنود."
    found = events(extract, text)
    assert any(e.place is not None and e.place.name == "العريش" and e.fatalities == 5 for e in found)


def test_a_clause_of_its_own_after_a_comma_stays(extract):
    text = ("قصفت الطائرات مواقع المسلحين في مدينة الرقة بعد يومين من هجوم على حاجز للجيش في مدينة حلب، "
            "وقتلت عشرة منهم أمس.")
    assert "الرقة" in places(extract, text)


def test_one_word_and_a_mark_alone_give_nothing(extract):
    assert events(extract, "وقتل") == []
    assert events(extract, "فيه") == []
    assert events(extract, "،") == []


GROUND = {"Government regains territory", "Non-state actor overtakes territory"}


def sub_types(extract, text):
    return {e.sub_type for e in events(extract, text)}


def test_what_a_plane_can_strike_is_no_strike(extract):
    text = "وقال الخبير إن الطائرة الجديدة مزودة برادار حديث ويمكنها قصف مواقع المسلحين في مدينة الرقة."
    assert events(extract, text) == []


def test_what_the_forces_managed_to_take_stays(extract):
    text = "وأعلن الجيش تمكنه من السيطرة على بلدة الحامضية شرق مدينة الرمادي أمس بعد معارك مع المسلحين."
    assert sub_types(extract, text) & GROUND


def test_strikes_a_granted_use_of_bases_may_serve_are_no_strikes(extract):
    text = ("وأعلن مسؤول عسكري أن باكستان سمحت للولايات المتحدة باستخدام عدد من قواعدها الجوية، ولا سيما قاعدة "
            "بيشاور في شمال البلاد، في شن غارات على مواقع طالبان في أفغانستان.")
    assert events(extract, text) == []


def test_strikes_launched_from_a_base_used_stay(extract):
    text = ("واستخدمت القوات الأمريكية قاعدة بيشاور الجوية في شمال البلاد أمس في شن غارات على مواقع طالبان في "
            "ولاية قندهار.")
    assert "Air/drone strike" in sub_types(extract, text)


def test_strikes_told_with_their_day_after_a_permission_stay(extract):
    text = ("وقال المتحدث إن الطائرات التي سمح لها باستخدام المطار شاركت أمس في شن غارات على مواقع طالبان في "
            "ولاية قندهار.")
    assert "Air/drone strike" in sub_types(extract, text)
