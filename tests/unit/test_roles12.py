"""roles12: the doer of a verbal noun of "did" ("قيام X بـ"), a state body's own seizures and arrests told in
the passive, and the subject of a speaker's second reported clause.

Every sentence here was written for these tests (none is taken from an article).
"""
import pytest


def canonical(actor):
    return actor.canonical if actor is not None else None


@pytest.mark.parametrize("text, actor1", [
    # the genitive of "قيام" is the doer of the verbal noun with ب it governs, words of time between
    ("وأدان البيان قيام المستوطنين الإسرائيليين فجر أمس بإحراق منازل في قرية بيتين.", "Settlers (Israel)"),
    # ... and after a partitive
    ("وأدان البيان قيام عدد من المستوطنين الإسرائيليين بإحراق منازل في قرية بيتين.", "Settlers (Israel)"),
])
def test_the_genitive_of_did_is_the_doer(extract, text, actor1):
    [e] = extract(text, "2015-07-20").events
    assert canonical(e.actor1) == actor1


@pytest.mark.parametrize("text, actor1", [
    ("وأعلنت وزارة الداخلية المغربية أمس أنه تم ضبط كمية من الأسلحة والذخائر في مدينة فاس.",
     "Police Forces of Morocco"),
    ("وأعلن الجيش الأردني أمس أنه تم إحباط محاولة تهريب أسلحة عبر الحدود قرب الرويشد.", "Military Forces of Jordan"),
])
def test_a_state_force_tells_its_own_seizure_in_the_passive(extract, text, actor1):
    [e] = extract(text, "2015-07-20").events
    assert canonical(e.actor1) == actor1


def test_the_subject_of_a_second_reported_clause_fired(extract):
    text = ("وقال المبعوث إن سلاح الجو السوري قصف مناطق في مدينة الزبداني وأن مقاتلي المعارضة ردوا بإطلاق الصواريخ "
            "وقذائف الهاون على قريتين قرب مدينة إدلب.")
    shelling = [e for e in extract(text, "2015-07-20").events if e.sub_type == "Shelling/artillery/missile attack"]
    assert shelling and canonical(shelling[0].actor1) == "Opposition Rebels (Syria)"


# guards: sentences that must not change
def test_an_organisation_does_not_arrest(extract):
    evs = extract("وقالت منظمة العفو الدولية إنه تم اعتقال عشرة ناشطين في مدينة المنامة.", "2015-07-20").events
    assert all(e.actor1 is None for e in evs)


@pytest.mark.parametrize("text, actor1", [
    # the group is what was hit ("تعرضت لقصف")
    ("وقال المرصد إن مواقع تنظيم داعش تعرضت لقصف مدفعي عنيف في ريف حلب.", None),
    # the group counted among the dead is no shooter
    ("وقال المصدر إن عناصر داعش قتلوا في قصف للطيران السوري على مدينة تدمر.", "Military Forces of Syria"),
    # the group opens the clause and shells
    ("وأفاد المرصد بأن مسلحين من داعش أطلقوا قذائف الهاون على حي الشيخ مقصود.", "Islamic State"),
])
def test_who_shelled_in_a_reported_clause(extract, text, actor1):
    [e] = extract(text, "2015-07-20").events
    assert canonical(e.actor1) == actor1
