"""doers29: doers Rasd left out where the article names them.

1. "بين X وY" after a fight's noun, with only the fight's manner, time and place between them ("اندلعت معارك عنيفة
   في محافظة أبين جنوب اليمن بين X وY"): X and Y are that fight's sides, however far بين stands
   (event_roles.yaml fight_setting); a word that takes a بين of its own ("الطريق الرابط بين") keeps them apart.
2. A doer's mark before the side's members' noun ("على يد مسلحي تنظيم داعش", "من قبل عناصر التنظيم", "بنيران
   عناصر الحرس"): the side after the members' noun is marked as the doer; hands only after على ("سقطت في يد
   عناصر داعش" names the holder).
3. An army's tanks with its nationality ("قصفت دبابات تركية", "لقصف بدبابات تركية"): forces.yaml head الدبابات, never
   alone.
4. A side right after a feminine form of killing is its subject ("قتلت ميليشيات الحوثي الخميس زعيما قبليا"):
   event_roles.yaml killing_with_subject.
5. "المقاتلين المحليين" in Yemen's war is the Popular Resistance (actors.yaml generic word, theatre YE).

Every sentence here was written for these tests (none is taken from an article).
"""

import pytest
from event_helpers import canonical, events, with_trigger


@pytest.mark.parametrize("text, trigger, sides", [
    ("واندلعت معارك عنيفة أمس في مديرية لودر بمحافظة أبين بين القوات الموالية للرئيس هادي وميليشيات الحوثي.",
     "معارك", ("Military Forces of Yemen (Pro-Hadi)", "Houthi Movement")),
    ("ودارت اشتباكات أمس في حي الخالدية في حلب بين قوات النظام السوري وجيش الفتح.",
     "اشتباكات", ("Military Forces of Syria", "Jaish al-Fatah")),
])
def test_the_sides_after_the_fight_s_setting(extract, text, trigger, sides):
    ev = with_trigger(extract, text, trigger)
    assert (canonical(ev.actor1), canonical(ev.actor2)) == sides


def test_the_sides_after_a_witnessed_fight(extract):
    ev = with_trigger(extract, "وتدور مواجهات عنيفة تشهدها مديريات جبل صبر بمحافظة تعز بين المقاومة الشعبية "
                               "وميليشيات الحوثي.", "مواجهات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Popular Resistance (Yemen)", "Houthi Movement")


def test_a_word_that_takes_its_own_between_keeps_the_sides_apart(extract):
    ev = with_trigger(extract, "ودارت اشتباكات أمس في مدينة حلب قرب الطريق الرابط بين قوات النظام السوري "
                               "وجيش الفتح.", "اشتباكات")
    assert canonical(ev.actor1) is None


def test_near_between_is_read_as_before(extract):
    ev = with_trigger(extract, "ودارت اشتباكات أمس في مدينة تعز بين الحوثيين والمقاومة الشعبية.", "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Houthi Movement", "Popular Resistance (Yemen)")


@pytest.mark.parametrize("mark", ["من قبل مسلحي", "على يد مسلحي", "على أيدي عناصر"])
def test_a_doer_s_mark_before_the_members_noun(extract, mark):
    ev = with_trigger(extract, f"وقتل خمسة مدنيين أمس في قرية الحسينية بريف حلب {mark} تنظيم داعش.", "وقتل")
    assert canonical(ev.actor1) == "Islamic State"


def test_a_shelling_marked_through_the_members_noun(extract):
    ev = with_trigger(extract, "وتعرضت قرية الحسينية بريف حلب أمس لقصف عنيف من قبل عناصر تنظيم داعش.", "لقصف")
    assert canonical(ev.actor1) == "Islamic State"


def test_hands_that_hold_are_not_the_doer(extract):
    evs = events(extract, "وتمكنت القوات العراقية أمس من استعادة السيطرة على قرية الحسينية التي سقطت في يد "
                          "عناصر تنظيم داعش العام الماضي.")
    assert evs and all(canonical(e.actor1) != "Islamic State" for e in evs)


def test_the_hands_taken_from_stay_the_loser(extract):
    ev = with_trigger(extract, "واستعادت القوات العراقية السيطرة على قرية الحسينية من أيدي مسلحي تنظيم داعش.",
                      "واستعادت")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Military Forces of Iraq", "Islamic State")


@pytest.mark.parametrize("text", ["بين", "معارك بين", "اشتباكات عنيفة في بين", "على يد مسلحي", "من قبل عناصر"])
def test_short_texts(extract, text):
    extract(text)


@pytest.mark.parametrize("text, trigger", [
    ("وقصفت دبابات تركية أمس مواقع لتنظيم داعش في قرية الحسينية بريف حلب.", "وقصفت"),
    ("وتعرضت قرية الحسينية بريف حلب أمس لقصف بدبابات تركية.", "لقصف"),
    ("وقال المرصد إن الدبابات التركية قصفت قرية الحسينية بريف حلب أمس.", "قصفت"),
])
def test_an_army_s_tanks_with_its_nationality(extract, text, trigger):
    assert canonical(with_trigger(extract, text, trigger).actor1) == "Military Forces of Turkey"


def test_bare_tanks_name_no_army(extract):
    ev = with_trigger(extract, "وقصفت الدبابات مواقع المسلحين في قرية الحسينية بريف حلب أمس.", "وقصفت")
    assert canonical(ev.actor1) is None


@pytest.mark.parametrize("text, doer", [
    ("في سياق آخر قتلت ميليشيات الحوثي الخميس زعيما قبليا في مديرية أرحب.", "Houthi Movement"),
    ("وقتلت قوات الأمن المئات من أنصار الجماعة في شوارع القاهرة.", "Police Forces of Egypt"),
])
def test_a_side_right_after_a_feminine_killing_is_its_doer(extract, text, doer):
    ev = next(e for e in events(extract, text) if e.trigger.text.endswith("قتلت"))
    assert canonical(ev.actor1) == doer


def test_the_killed_after_a_masculine_passive_stay_the_killed(extract):
    evs = events(extract, "وقتل جنود من الجيش التركي في هجوم على دورية قرب مدينة ديار بكر أمس.")
    assert all(canonical(e.actor1) != "Military Forces of Turkey" for e in evs)


def test_the_local_fighters_of_yemen_s_war_are_the_resistance(extract):
    ev = with_trigger(extract, "ويتواصل القتال بين المقاتلين المحليين المدعومين بالتحالف وقوات الحوثي وصالح في "
                               "مدينة تعز اليمنية.", "القتال")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Popular Resistance (Yemen)", "Houthi Movement")


def test_local_fighters_elsewhere_are_no_side(extract):
    ex = extract("وقال مسؤول أفغاني إن الحكومة وزعت الأسلحة على المقاتلين المحليين في ولاية قندوز لصد هجوم طالبان.")
    assert all(a.canonical != "Popular Resistance (Yemen)" for a in ex.actor_mentions)
