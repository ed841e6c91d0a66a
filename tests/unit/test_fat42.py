"""fat42: an incident named right after "the morrow of" or "the eve of" (غداة, عشية) happened on another day than the
sentence that names it; an incident told as news in a later sentence, undefined and with a day of its own, is not that
incident told again (issue 9, fatalities: the two were one, and the lowest of their tolls stood).

`incidents._named_the_day_before`, used by `_verdict`; the words are event_roles.yaml eve_and_morrow.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def at(extract, text, place, sub_type):
    """The tolls of the events of `sub_type` at `place` (the incident named after غداة has no place of its own, and
    may be put at the article's one town: it is another event, of another type)."""
    return [e.fatalities for e in events(extract, text)
            if e.place and e.place.name == place and e.sub_type == sub_type]


def test_a_dated_incident_after_one_named_the_day_before_keeps_its_own_toll(extract):
    text = ("شددت الحكومة الإجراءات الأمنية في الأسواق، غداة هجوم انتحاري أسفر عن 11 قتيلا، كما أفادت وكالة الأنباء "
            "الرسمية. وقتل 28 شخصا الخميس الماضي في تفجيرين استهدفا محطة للحافلات في مدينة مايدوغوري.")
    assert at(extract, text, "مايدوغوري", "Remote explosive/landmine/IED") == [28]


def test_the_eve_of_an_incident_too(extract):
    text = ("عقد المجلس اجتماعا طارئا لبحث الوضع الأمني، عشية تفجير انتحاري أسفر عن 6 قتلى، بحسب مصادر محلية. "
            "وقتل 19 شخصا الأحد الماضي في انفجار عبوتين ناسفتين في سوق مدينة كانو.")
    assert at(extract, text, "كانو", "Remote explosive/landmine/IED") == [19]


def test_the_incident_told_again_by_a_definite_noun_is_still_one(extract):
    # guard: the definite "الهجوم" points back to the one named after غداة: one event, its toll
    text = ("شددت الحكومة الإجراءات الأمنية في الأسواق، غداة هجوم انتحاري في مدينة مايدوغوري. "
            "وقال مسؤول إن الهجوم أوقع 11 قتيلا الخميس الماضي في سوق المدينة.")
    got = [(e.sub_type, e.fatalities) for e in events(extract, text)]
    assert got == [("Suicide bomb", 11)]


def test_an_incident_named_otherwise_still_takes_a_later_telling(extract):
    # guard: no غداة; the later sentence's dead are the attack's
    text = ("شددت الحكومة الإجراءات الأمنية في الأسواق بعد هجوم انتحاري وقع أمس في مدينة مايدوغوري. "
            "وقتل 11 شخصا أمس في الهجوم على السوق.")
    got = [(e.sub_type, e.fatalities) for e in events(extract, text)]
    assert got == [("Suicide bomb", 11)]
