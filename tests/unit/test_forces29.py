"""forces29: a force described by its allegiance is that side's force.

"force noun (+ a word of `allegiant_between` or a nationality) + loyal word + ل/مع + a side" (actor_patterns.yaml
`allegiant_heads`, `allegiant_between`, `loyal_words`, `belonging_words`): the side is a leader or a name that an
actors.yaml name "القوات الموالية لـX" already ties to a faction (read at load time), or a group's own registry name.
A state, a pronoun, a word naming another side before the loyal word, or a state body after a belonging word
leaves the phrase alone.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


def _actors(extract, text):
    return [(m.name, m.canonical) for m in extract(text).actor_mentions]


@pytest.mark.parametrize("text, phrase, side", [
    ("وتقدمت قوات عسكرية موالية للمخلوع صالح نحو مدينة الضالع اليمنية.", "قوات عسكرية موالية للمخلوع صالح",
     "Military Forces of Yemen (Pro-Saleh)"),
    ("وانتشر مسلحون موالون لهادي في شوارع مدينة زنجبار.", "مسلحون موالون لهادي",
     "Military Forces of Yemen (Pro-Hadi)"),
    ("وقالت المصادر إن وحدات من الجيش اليمني موالية للرئيس السابق تحصنت في المعسكر.",
     "الجيش اليمني موالية للرئيس السابق", "Military Forces of Yemen (Pro-Saleh)"),
    ("وتحركت ميليشيات موالية للمخلوع نحو قاعدة العند.", "ميليشيات موالية للمخلوع",
     "Military Forces of Yemen (Pro-Saleh)"),
    ("واقتحمت عناصر تابعة لجبهة النصرة قرية في ريف إدلب.", "عناصر تابعة لجبهة النصرة", "Jabhat al-Nusra"),
    ("وانضمت فصائل متحالفة مع تنظيم داعش إلى الهجوم على البلدة.", "فصائل متحالفة مع تنظيم داعش", "Islamic State"),
])
def test_a_force_named_by_its_allegiance(extract, text, phrase, side):
    assert (phrase, side) in _actors(extract, text)


def test_the_army_loyal_to_the_former_president_is_not_the_government_s(extract):
    names = dict(_actors(extract, "وبدأت أعداد من قوات الجيش الموالي للمخلوع صالح تنسحب من مواقعها في تعز."))
    assert names.get("قوات الجيش الموالي للمخلوع صالح") == "Military Forces of Yemen (Pro-Saleh)"
    assert "Military Forces of Yemen (Pro-Hadi)" not in names.values()


def test_the_doer_of_an_attack_by_a_loyal_force(extract):
    ev = with_trigger(extract, "وهاجمت قوات عسكرية موالية للمخلوع صالح أمس مواقع في مدينة الضالع اليمنية.",
                      "وهاجمت")
    assert canonical(ev.actor1) == "Military Forces of Yemen (Pro-Saleh)"


@pytest.mark.parametrize("text, phrase", [
    # a state: the fighters loyal to it are not its army
    ("وقال مسؤولون إن مقاتلين موالين لروسيا قصفوا مواقع في شرق أوكرانيا.", "مقاتلين موالين لروسيا"),
    # a pronoun: its antecedent is not read here
    ("وقصفت القوات الموالية لها مواقع المتمردين في المدينة.", "القوات الموالية لها"),
    # a state body after a belonging word: a unit of it, left to the force heads
    ("ووصلت قوات تابعة لوزارة الداخلية إلى المدينة.", "قوات تابعة لوزارة الداخلية"),
])
def test_sides_the_rule_does_not_name(extract, text, phrase):
    assert phrase not in [n for n, _ in _actors(extract, text)]


def test_a_side_named_before_the_loyal_word_keeps_its_name(extract):
    names = dict(_actors(extract, "وتقدمت قوات المقاومة الشعبية الموالية للرئيس هادي في حي كريتر."))
    assert names.get("قوات المقاومة الشعبية") == "Popular Resistance (Yemen)"


def test_a_group_joined_before_a_loyal_force_keeps_its_name(extract):
    found = _actors(extract, "وقتل عشرة من ميليشيات الحوثي وقوات موالية للمخلوع صالح في مأرب.")
    assert ("ميليشيات الحوثي", "Houthi Movement") in found
    assert ("قوات موالية للمخلوع صالح", "Military Forces of Yemen (Pro-Saleh)") in found


def test_a_group_s_adjective_before_an_allied_force_keeps_the_group(extract):
    found = _actors(extract, "وتواصل الميليشيات الحوثية المتحالفة مع قوات المخلوع قصف الأحياء.")
    assert "Houthi Movement" in [c for _, c in found]
    assert ("الميليشيات الحوثية المتحالفة مع قوات المخلوع", "Military Forces of Yemen (Pro-Saleh)") not in found


@pytest.mark.parametrize("text, phrase, side", [
    ("وكان جيش المخلوع صالح يحشد قواته قرب المنفذ.", "جيش المخلوع صالح", "Military Forces of Yemen (Pro-Saleh)"),
    ("وتصدت قوات الشرعية لهجوم على مواقعها في صرواح.", "قوات الشرعية", "Military Forces of Yemen (Pro-Hadi)"),
    ("وحاولت ميليشيات علي عبد الله صالح التقدم نحو المدينة.", "ميليشيات علي عبد الله صالح",
     "Military Forces of Yemen (Pro-Saleh)"),
    ("وفرت ميليشيات الرئيس اليمني المخلوع من مواقعها.", "ميليشيات الرئيس اليمني المخلوع",
     "Military Forces of Yemen (Pro-Saleh)"),
])
def test_a_force_noun_before_its_leader(extract, text, phrase, side):
    assert (phrase, side) in _actors(extract, text)


def test_a_leader_s_name_after_a_preposition_is_no_construct(extract):
    # "قوات لصالح" is not "قوات صالح": the glued ل makes صالح "in favour of"
    found = _actors(extract, "وحسمت قوات المعركة لصالح المدافعين عن المدينة.")
    assert "Military Forces of Yemen (Pro-Saleh)" not in [c for _, c in found]
