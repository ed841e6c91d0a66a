"""merge39: whether a mention is told only as background is decided per mention before any merge; where a background
mention (not in the headline or the lead) is later joined by news of its own (an indefinite mention or a verb, not
one that points back), the merged incident is of the news's type, not the background's: "بعد التفجير الانتحاري ...
فجروا قنبلة صغيرة في بلدة" is a bomb, not a suicide bomb.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def sub_types(extract, text):
    return sorted(e.sub_type for e in events(extract, text))


def test_a_bomb_told_after_a_background_suicide_bombing_is_a_bomb(extract):
    text = ("اعتقلت الشرطة التركية عشرات المشتبه بهم في مدينة أضنة أمس. "
            "واشتعلت التوترات مع الأكراد في الأيام الأخيرة بعد التفجير الانتحاري، بعد أن حملت الجماعات الكردية "
            "الحكومة المسؤولية. "
            "وقالت الوكالة أيضا إن مهاجمين فجروا قنبلة صغيرة في سيارة شرطة في بلدة شمدينلي قرب الحدود مع العراق.")
    assert sub_types(extract, text) == ["Arrests", "Remote explosive/landmine/IED"]


def test_two_blasts_told_after_a_background_suicide_attack_are_bombs(extract):
    text = ("اعتقلت الشرطة في نيجيريا عشرات المشتبه بهم في مدينة مايدوغوري أمس. "
            "وشددت السلطات الإجراءات الأمنية غداة هجوم انتحاري أسفر عن 13 قتيلا. "
            "وقتل عشرون شخصا أمس في تفجيرين استهدفا محطتي حافلات في مدينة غومبي.")
    assert "Suicide bomb" not in sub_types(extract, text)
    assert "Remote explosive/landmine/IED" in sub_types(extract, text)


def test_a_background_named_again_stays_background(extract):
    # the guard: a mention naming the background again ("عقب تفجير سوروتش") is no news that retypes it
    text = ("اعتقلت الشرطة التركية عشرات المشتبه بهم في مدينة أضنة أمس. "
            "واشتعلت التوترات مع الأكراد في الأيام الأخيرة بعد التفجير الانتحاري، بعد أن حملت الجماعات الكردية "
            "الحكومة المسؤولية. "
            "وقال الوزير عقب تفجير سوروتش إن الحكومة لن تتهاون.")
    assert sub_types(extract, text) == ["Arrests"]
