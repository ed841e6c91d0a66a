"""background42: a past verb that opens a relative clause on a thing, a person or a side ("الأسلحة التي استولى عليها
المتطرفون", "المباني التي قصفتها الطائرات", "التنظيم الذي كان قد استولى على المدينة") tells which it is by its past: it is
background (SCHEMA.md: relative clauses are subordinate), weighed as any other background is (its own day, its dead
told first, the article's other news).  A clause on an incident noun ("الهجمات الصاروخية التي استهدفت": that incident
told) or on a place is not this rule's.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def sub_types(extract, text):
    return sorted(e.sub_type for e in events(extract, text))


NEWS = "قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش أمس. "


def test_a_taking_in_a_relative_clause_on_things_is_background(extract):
    text = NEWS + "وقال مسؤول إن الأسلحة التي استولى عليها المتطرفون من اللواء ما زالت مخبأة في الجبال."
    assert sub_types(extract, text) == ["Armed clash"]


def test_a_strike_in_a_relative_clause_on_buildings_is_background(extract):
    text = NEWS + "وأصلحت البلدية المباني التي قصفتها الطائرات في مدينة رفح."
    assert sub_types(extract, text) == ["Armed clash"]


def test_a_taking_after_an_auxiliary_is_background(extract):
    # "الذي كان قد استولى": the auxiliaries of the past between the relative pronoun and its verb
    text = NEWS + "وتحدث الوزير عن التنظيم الذي كان قد استولى على مدينة الرمادي."
    assert sub_types(extract, text) == ["Armed clash"]


def test_a_clause_dated_past_a_comma_stays(extract):
    # the guard: a day of its own after the clause's verb, past a comma, tells the incident
    text = NEWS + "وقال الشيخ إن قوات الأمن التي هاجمت المسجد الواقع في حي الشهداء بالمدينة، صباح الأربعاء، لم تعتقل أحدا."
    assert len(sub_types(extract, text)) == 2


def test_a_clause_on_an_incident_noun_with_its_adjective_stays(extract):
    # the guard: "الهجمات الصاروخية التي استهدفت": the clause describes the incident its noun tells
    text = ("وصل الوزير إلى مدينة بعقوبة أمس. "
            "وارتفعت حصيلة الهجمات الصاروخية التي استهدفت قرية الحديد إلى 11 قتيلا.")
    assert len(sub_types(extract, text)) == 1


def test_the_main_verb_after_a_closed_relative_clause_stays(extract):
    # the guard: "التحالف الذي تقوده السعودية استعادت": the verb after the clause is the main clause's
    text = "قالت مصادر إن القوات مدعومة بضربات من التحالف الذي تقوده السعودية استعادت مواقع في مدينة عدن أمس."
    assert "Government regains territory" in sub_types(extract, text)


def test_a_lone_relative_clause_in_an_article_of_nothing_else_stays(extract):
    # the guard: the article tells no other incident, so its background is what it is about (background_kept)
    text = "زار الوزير مدينة سرت أمس، وتفقد المباني التي دمرها المتطرفون في المدينة."
    assert len(sub_types(extract, text)) == 1
