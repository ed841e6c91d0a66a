"""forces30: a force loyal to a pronoun («والقوات الموالية لها») is the force of the side the pronoun stands for.

The side is the nearest actor named before the pronoun in its sentence whose first word agrees with it
(actor_patterns.yaml `allegiance_pronouns`, `agreement_endings`, `human_plural_words`): ها a feminine singular or a
plural in -ات, ه a masculine singular, هم a human plural.  A leader or faction name inside that mention («قوات الرئيس
هادي», «الحكومة الشرعية») gives its faction (`loyal_to`).  A state, a generic noun, or a state body after a belonging
word names no side; nor does a pronoun with no agreeing actor before it in the sentence.

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


def _actors(extract, text):
    return [(m.name, m.canonical) for m in extract(text).actor_mentions]


@pytest.mark.parametrize("text, phrase, side", [
    # ها after a plural in -ات
    ("ودارت معارك بين المقاومة والميليشيات الحوثية والقوات الموالية لها في مدينة تعز.", "القوات الموالية لها",
     "Houthi Movement"),
    # ها after a feminine singular, past a masculine name nearer to it
    ("وقالت جماعة الحوثي وحليفها صالح إن المسلحين المتحالفين معها سيطروا على التلة.", "المسلحين المتحالفين معها",
     "Houthi Movement"),
    # هم after a human plural
    ("وهاجم الحوثيون والمقاتلون المتحالفون معهم معسكرا في محافظة لحج.", "المقاتلون المتحالفون معهم",
     "Houthi Movement"),
    ("وتقدم مسلحو الحوثي والقوات الموالية لهم نحو المدينة.", "القوات الموالية لهم", "Houthi Movement"),
    # ه after a leader named inside a force's name
    ("وشنت قوات الرئيس هادي والقوات الموالية له هجوما على مواقع المتمردين.", "القوات الموالية له",
     "Military Forces of Yemen (Pro-Hadi)"),
    # ها after a faction's name the loyalty rule knows
    ("وتواصل الحكومة الشرعية والقوات الموالية لها تقدمها نحو العاصمة.", "القوات الموالية لها",
     "Military Forces of Yemen (Pro-Hadi)"),
    # ه after a force noun's second word in the construct state
    ("وقصفت الفصائل مواقع لقوات النظام السوري والمليشيات الموالية له في محيط البلدة.", "المليشيات الموالية له",
     "Military Forces of Syria"),
])
def test_a_force_loyal_to_a_pronoun_is_its_antecedent_s(extract, text, phrase, side):
    assert (phrase, side) in _actors(extract, text)


def test_the_doer_of_an_attack_by_a_force_loyal_to_a_pronoun(extract):
    ev = with_trigger(extract, "وقصفت الميليشيات الحوثية والقوات المتحالفة معها أمس حيا سكنيا في مدينة تعز.",
                      "وقصفت")
    assert canonical(ev.actor1) == "Houthi Movement"


@pytest.mark.parametrize("text, phrase", [
    # a state: the fighters loyal to it are not its army
    ("وقصفت روسيا والقوات الموالية لها مواقع في ريف حلب.", "القوات الموالية لها"),
    # a state body after a belonging word: a unit of it
    ("وأعلنت وزارة الداخلية أن القوات التابعة لها اعتقلت عشرة أشخاص.", "القوات التابعة لها"),
    # no actor that agrees: a masculine pronoun after a plural in -ات only
    ("وتقدمت الميليشيات الحوثية والقوات الموالية له نحو المدينة.", "القوات الموالية له"),
    # a name in the construct state that is no force noun agrees by its first word only (حزب, not الله)
    ("ودارت اشتباكات بين الفصائل من طرف، وقوات النظام وحزب الله والمسلحين الموالين لها من طرف آخر.",
     "المسلحين الموالين لها"),
    # no actor before it in the sentence
    ("وسيطرت الميليشيات الحوثية على البلدة. وقصفت القوات الموالية لها مواقع المتمردين.", "القوات الموالية لها"),
])
def test_a_pronoun_the_rule_leaves_alone(extract, text, phrase):
    assert phrase not in [n for n, _ in _actors(extract, text)]
