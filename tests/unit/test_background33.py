"""background33: an incident named after a word of link ("صلة", "علاقة", "ارتباط": "يشتبه بوجود صلة لهم بالتفجير",
"لا علاقة لها بالهجوم", "ظهر ارتباطهم بحادثة استهداف دورية") is what people are suspected of, or cleared of: an
earlier incident named inside a report of an arrest or an inquiry, not an incident told (SCHEMA.md, background and
accusations are no incident).  The arrest itself stays, and so does an incident told as news beside it.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest

from event_helpers import events


def sub_types(extract, text):
    return sorted(e.sub_type for e in events(extract, text))


@pytest.mark.parametrize("text", [
    "وأوقفت الشرطة أمس في مدينة الدمام أربعة أشخاص يشتبه بوجود صلة لهم بالتفجير الذي استهدف مسجدا في القطيف.",
    "واعتقلت قوات الأمن أمس في مدينة الزرقاء شابين تربطهما علاقة بالهجوم على مركز للشرطة.",
    "واعتقلت السلطات أمس في مدينة أضنة خمسة أشخاص بعد أن ظهر ارتباطهم بحادثة استهداف دورية للجيش.",
])
def test_an_arrest_on_a_link_codes_the_arrest_only(extract, text):
    assert sub_types(extract, text) == ["Arrests"]


def test_a_network_cleared_of_a_bombing_names_no_bombing(extract):
    # s22 already leaves this one (the negation لا); kept so that the link word does not bring it back
    text = "وقالت وزارة الداخلية إن الخلية التي كشفت عنها أمس لا علاقة لها بالتفجير الانتحاري في مدينة الكويت."
    assert "Suicide bomb" not in sub_types(extract, text)


def test_a_bombing_told_beside_the_link_stays(extract):
    # the guard: the incident the arrest is about, told as news in its own sentence, is coded
    text = ("فجر انتحاري نفسه أمس داخل مسجد في مدينة الدمام ما أسفر عن مقتل خمسة مصلين. "
            "وأوقفت الشرطة اليوم ثلاثة أشخاص يشتبه بصلتهم بالتفجير.")
    subs = sub_types(extract, text)
    assert "Suicide bomb" in subs and "Arrests" in subs


def test_a_link_in_another_clause_leaves_a_strike_alone(extract):
    # a word of link that ends its clause does not reach a strike told after it
    text = "وقطعت الحكومة علاقتها مع الحركة، وقصفت الطائرات أمس مواقع المسلحين في مدينة درنة."
    assert "Air/drone strike" in sub_types(extract, text)


def test_the_arts_of_fighting_are_no_fight(extract):
    # "فنون القتال" (martial arts) names a skill, not a clash (events.yaml topic_heads)
    assert not events(extract, "وكان المتهم معروفا بحماسه لفنون القتال قبل سفره إلى الخارج.")
