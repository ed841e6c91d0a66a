"""actor41: doers named by a family of words the recognisers did not know.

* القطعات, Iraqi reporting's word for army units (forces.yaml, military and police heads): «القطعات العسكرية»,
  «القطعات البرية» are the army of the article's country, «القطعات الأمنية» its police; the bare plural only with a
  nationality, since alone it is any pieces.
* The side that holds the place hit, named before its verb of using in a clause describing the place («منازل كان
  مسلحو الحوثي يختبئون فيها», event_roles.yaml `place_user_openers`): the side hit, never the doer; and hiding in a
  place is being stationed in it (`using_verbs`: يختبئ...).
* The incident's perpetrators named by a noun carrying its pronoun («هجوم على قرية يرجح أن منفذيه ينتمون لجماعة X»,
  event_roles.yaml `perpetrator_nouns`): the side after them is the doer, though the target's على stands before.
* A clause with no subject of its own («وفي العراق نفذت 17 ضربة جوية») continues the doer told up to three sentences
  before, where the sentences between name no side (roles.SILENT_SUBJECT_REACH); one naming a side stops it.
* A verbal noun opening its clause joined by و («أعلنت المقاومة اقتحام المقر، وسط المدينة، واستعادة عدة مواقع»)
  shares the doer of the act told just before in its sentence (roles._joined_noun).

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, with_trigger


def _actors(extract, text):
    return [(m.name, m.canonical) for m in extract(text).actor_mentions]


@pytest.mark.parametrize("text, phrase, actor", [
    ("وقال ضابط في الأنبار إن القطعات العسكرية قتلت خمسة مسلحين قرب مدينة الرمادي أمس.", "القطعات العسكرية",
     "Military Forces of Iraq"),
    ("وأكد المتحدث أن القطعات البرية تقدمت نحو مدينة الفلوجة من محورين.", "القطعات البرية",
     "Military Forces of Iraq"),
    ("وانتشرت القطعات الأمنية في شوارع مدينة الرمادي بعد انسحاب المسلحين.", "القطعات الأمنية",
     "Police Forces of Iraq"),
    ("وهاجم المسلحون القطعات العراقية المرابطة شرق مدينة الرمادي.", "القطعات العراقية", "Military Forces of Iraq"),
])
def test_iraqi_units_named_qitaat_are_state_forces(extract, text, phrase, actor):
    assert (phrase, actor) in _actors(extract, text)


def test_the_units_are_the_doer_of_their_clash(extract):
    ev = with_trigger(extract, "وأضاف أن القطعات العسكرية هاجمت مواقع تنظيم داعش شرق مدينة الرمادي أمس.", "هاجمت")
    assert canonical(ev.actor1) == "Military Forces of Iraq"
    assert canonical(ev.actor2) == "Islamic State"


@pytest.mark.parametrize("text", [
    # the bare plural with no nationality: any pieces
    "وجمع الأطفال القطعات المتناثرة في ساحة مدينة الرمادي.",
    "وتحولت الدموع إلى قطعات جامدة في عيون أهالي مدينة الرمادي.",
])
def test_pieces_are_no_force(extract, text):
    assert not [n for n, c in _actors(extract, text) if c and "Forces" in c]


@pytest.mark.parametrize("text, trigger, doer, hit", [
    # a verb of being, the side, then its verb with the place's pronoun
    ("وقصفت طائرات التحالف أمس منازل كان مسلحو الحوثي يتحصنون فيها في مدينة صعدة.", "وقصفت",
     "Saudi-led Coalition", "Houthi Movement"),
    ("وقصف الطيران أمس مباني كان عناصر داعش يختبئون فيها في مدينة الرمادي.", "وقصف", None, "Islamic State"),
    # a relative, a verb of being, the side
    ("وسيطرت المقاومة الشعبية أمس على المواقع التي كانت الميليشيات الحوثية تتمركز فيها في مدينة تعز.", "وسيطرت",
     "Popular Resistance (Yemen)", "Houthi Movement"),
    # hiding, verb first
    ("واستهدفت غارة جوية أمريكية أمس منزلا يختبئ فيه قادة من تنظيم القاعدة في مدينة المكلا.", "واستهدفت",
     "Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula"),
])
def test_the_side_that_holds_the_place_is_hit(extract, text, trigger, doer, hit):
    ev = with_trigger(extract, text, trigger)
    assert canonical(ev.actor1) == doer
    assert canonical(ev.actor2) == hit


def test_the_holder_named_with_a_dual_pronoun_is_not_the_doer(extract):
    ev = with_trigger(extract, "وقصف الطيران أمس قريتين لا يزال مقاتلو داعش يتحصنون فيهما قرب مدينة الفلوجة.", "وقصف")
    assert canonical(ev.actor1) != "Islamic State"


@pytest.mark.parametrize("text, trigger, doer", [
    # no opener: the side that stays in a place may go on to act
    ("والحوثيون يتمركزون فيها منذ أسابيع وقصفوا أمس الأحياء السكنية في مدينة تعز بقذائف الهاون.", "وقصفوا",
     "Houthi Movement"),
    # the side is the subject of the act itself, not of a verb of using
    ("وكانت الميليشيات الحوثية قصفت أمس الأحياء التي يسكنها المدنيون في مدينة تعز.", "قصفت", "Houthi Movement"),
    # a thing's pronoun on the verb: what the side acted with, not a place it holds
    ("ودمرت القوات العراقية أمس الجسر الذي كان مسلحو داعش يستخدمونه في نقل الأسلحة قرب مدينة الرمادي.", "ودمرت",
     "Military Forces of Iraq"),
])
def test_a_side_that_acts_keeps_its_act(extract, text, trigger, doer):
    assert canonical(with_trigger(extract, text, trigger).actor1) == doer


@pytest.mark.parametrize("text, doer", [
    ("وقتل عشرة أشخاص في هجوم على قرية قرب مايدوغوري يرجح أن منفذيه ينتمون لجماعة بوكو حرام.", "Boko Haram"),
    ("وقتل عشرة أشخاص في هجوم على قرية قرب مايدوغوري يعتقد أن منفذيه من جماعة بوكو حرام.", "Boko Haram"),
    ("وأصيب خمسة مدنيين في هجوم على سوق في مدينة بيدوا يشتبه في أن مرتكبيه عناصر من حركة الشباب.", "Al Shabaab"),
])
def test_the_suspected_perpetrators_side_is_the_doer(extract, text, doer):
    ev = with_trigger(extract, text, "هجوم")
    assert canonical(ev.actor1) == doer
    assert canonical(ev.actor2) != doer


def test_a_side_named_without_the_perpetrators_stays_the_target(extract):
    ev = with_trigger(extract, "وشن الجيش النيجيري هجوما على معسكر تابع لجماعة بوكو حرام قرب مدينة مايدوغوري أمس.",
                      "هجوما")
    assert canonical(ev.actor1) == "Military Forces of Nigeria"
    assert canonical(ev.actor2) == "Boko Haram"


_STATEMENT = ("قال بيان للقيادة الأمريكية إن الولايات المتحدة وحلفاءها نفذوا 30 ضربة جوية ضد تنظيم داعش أمس.\n\n"
              "وأضاف أن عشر ضربات جوية نفذت قرب الرقة. وتابع أن ثلاث ضربات نفذت قرب منبج.\n\n"
              "{between}وفي العراق نفذت 17 ضربة جوية قرب مدينة الموصل واستهدفت مواقع تابعة لتنظيم داعش.")


def _event_at(extract, text, place):
    return next(e for e in extract(text).events if e.place is not None and e.place.name == place)


def test_a_subjectless_strike_continues_the_doer_past_sentences_naming_no_side(extract):
    ev = _event_at(extract, _STATEMENT.format(between=""), "الموصل")
    assert canonical(ev.actor1) == "Military Forces of the United States"


def test_a_sentence_naming_another_side_between_stops_it(extract):
    between = "وقال مسؤول عراقي إن الحشد الشعبي يستعد لمعركة الموصل.\n\n"
    ev = _event_at(extract, _STATEMENT.format(between=between), "الموصل")
    assert canonical(ev.actor1) != "Military Forces of the United States"


@pytest.mark.parametrize("text, trigger, doer", [
    ("وفي مدينة تعز، أعلنت المقاومة الشعبية اقتحام مقر الأمن التابع للميليشيات، وسط المدينة، واستعادة عدة مواقع "
     "مهمة.", "واستعادة", "Popular Resistance (Yemen)"),
    ("وأعلن الجيش العراقي قصف مواقع داعش في قضاء الخالدية، واستعادة السيطرة على منطقة البوعيثة.", "واستعادة",
     "Military Forces of Iraq"),
    # the act before it told on in the next sentence (its toll): still the act just before
    ("وفي مدينة تعز، أعلنت المقاومة الشعبية اقتحام مقر الأمن التابع للميليشيات، وسط المدينة، واستعادة عدة مواقع "
     "مهمة. مضيفة أن 30 من مسلحي الحوثي قتلوا في الاشتباكات.", "واستعادة", "Popular Resistance (Yemen)"),
])
def test_a_joined_verbal_noun_shares_the_doer_before_it(extract, text, trigger, doer):
    assert canonical(with_trigger(extract, text, trigger).actor1) == doer


def test_a_joined_verbal_noun_keeps_its_own_doer(extract):
    ev = with_trigger(extract, "وأعلنت المقاومة الشعبية السيطرة على مقر الأمن في مدينة تعز، وغارات طيران التحالف "
                      "على مواقع الحوثيين في مدينة صعدة.", "وغارات")
    assert canonical(ev.actor1) == "Saudi-led Coalition"
