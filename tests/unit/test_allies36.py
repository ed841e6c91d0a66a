"""allies36: the sides of a fight told before hold across an ally (alliances.yaml, roles.allied_or_same).

A bare fight noun takes the pair of the fight the item told just before (sides33).  That thread broke wherever a
side was named between that was not named at the earlier fight; in Yemen the ally named beside a side ("قوات
المخلوع صالح" beside the Houthis, "الجيش الوطني" beside the resistance) is such a side.  An ally is now one of the
earlier fight's sides, in its war and period: it neither breaks the thread nor counts as a side other than the
one the bare fight is told to hit.  Another war's side, an alliance outside its country or its years, and a side
that is no ally still break it.

Every sentence here was written for these tests (none is taken from an article).
"""

import datetime as dt

from event_helpers import PUBLISHED, canonical, with_trigger

from rasd.extract.lexicon import load_alliances
from rasd.lexicons import load_yaml

RESISTANCE, HOUTHIS = "Popular Resistance (Yemen)", "Houthi Movement"

ATTACK = "شنت ميليشيات الحوثي هجوما على مواقع المقاومة الشعبية في منطقة الوهط بمحافظة لحج أمس. "
BARE = "وتدور اشتباكات عنيفة في منطقة العند."


def test_an_ally_named_between_keeps_the_thread(extract):
    ev = with_trigger(extract, ATTACK + "وقالت مصادر محلية إن قوات المخلوع صالح قصفت القرى بالمدفعية. " + BARE,
                      "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (HOUTHIS, RESISTANCE)


def test_the_ally_of_the_other_side_named_between(extract):
    ev = with_trigger(extract, "هاجمت المقاومة الشعبية مواقع الحوثيين في مدينة الضالع أمس. وقالت مصادر إن قوات "
                               "الجيش الوطني قصفت مواقع الحوثيين في كرش بالمدفعية. وتدور اشتباكات عنيفة في منطقة "
                               "العند.", "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (RESISTANCE, HOUTHIS)


def test_guard_the_allys_dead_in_the_bare_fight(extract):
    """Saleh's men killed in the fight: the side hit is the earlier attacker's ally, so that attacker is not its
    doer."""
    ev = with_trigger(extract, ATTACK + "وقتل خمسة من مسلحي قوات صالح في اشتباكات عنيفة في منطقة العند.",
                      "اشتباكات")
    assert canonical(ev.actor1) != HOUTHIS


def test_guard_a_side_that_is_no_ally_still_breaks_it(extract):
    ev = with_trigger(extract, ATTACK + "وقالت مصادر محلية إن مسلحي تنظيم القاعدة انتشروا في شوارع مدينة المكلا. " + BARE,
                      "اشتباكات")
    assert ev.actor1 is None


def test_guard_the_bare_fight_told_hitting_the_doers_ally(extract):
    """"مع قوات صالح": the fight is told against the ally of the earlier attacker, so it is not that attacker's."""
    ev = with_trigger(extract, ATTACK + "وتدور اشتباكات عنيفة مع قوات المخلوع صالح في منطقة العند.", "اشتباكات")
    assert canonical(ev.actor1) != HOUTHIS


def test_guard_outside_the_alliance_years(extract):
    text = ATTACK + "وقالت مصادر محلية إن قوات المخلوع صالح قصفت القرى بالمدفعية. " + BARE
    ev = next(e for e in extract(text, "2019-03-10").events if e.trigger.text == "اشتباكات")
    assert ev.actor1 is None


def test_alliances_hold_in_their_war_and_span_only():
    yemen = next(a for a in load_alliances() if "houthis" in a.sides)
    day = dt.date.fromisoformat(PUBLISHED)
    assert yemen.holds("houthis", "pro-saleh-forces", "YE", day)
    assert yemen.holds("pro-saleh-forces", "houthis", None, None)
    assert not yemen.holds("houthis", "houthis", "YE", day)           # one actor is no alliance
    assert not yemen.holds("houthis", "pro-saleh-forces", "SY", day)  # another war
    assert not yemen.holds("houthis", "pro-saleh-forces", "YE", dt.date(2018, 1, 10))   # after the break
    assert not yemen.holds("houthis", "popular-resistance-yemen", "YE", day)


def test_every_side_of_an_alliance_is_a_registry_actor():
    ids = {e["id"] for e in load_yaml("actors.yaml")}
    for alliance in load_alliances():
        assert len(alliance.sides) >= 2 and alliance.sides <= ids, alliance


def test_guard_a_fight_told_only_between_two_sides_gives_no_starter(extract):
    """"اشتباكات بين X وY" names no side starting it: the fight that goes on from it keeps no doer, rather than
    the side the report happened to name first."""
    found = [e for e in extract("اندلعت اشتباكات عنيفة بين المقاومة الشعبية وميليشيات الحوثي في منطقة الوهط بمحافظة "
                                "لحج أمس. " + BARE, PUBLISHED).events if e.trigger.text == "اشتباكات"]
    assert len(found) == 2 and canonical(found[0].actor1) == RESISTANCE and found[1].actor1 is None


def test_a_fight_told_as_an_attack_gives_its_starter(extract):
    found = [e for e in extract("هاجمت المقاومة الشعبية مواقع ميليشيات الحوثي في منطقة الوهط بمحافظة لحج أمس. "
                                + BARE, PUBLISHED).events if e.trigger.text == "اشتباكات"]
    assert found and canonical(found[-1].actor1) == RESISTANCE


def test_partners_named_together_are_one_side_not_the_side_fought(extract):
    ev = with_trigger(extract, "اندلعت اشتباكات عنيفة أمس بين الحوثيين والموالين لصالح والمقاومة الشعبية في مديرية "
                               "لودر بمحافظة أبين.", "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (HOUTHIS, RESISTANCE)


def test_the_side_fought_after_against(extract):
    ev = with_trigger(extract, "تدور معارك عنيفة في مدينة الضالع بين رجال المقاومة والجيش الوطني ضد ميليشيات الحوثي.",
                      "معارك")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (RESISTANCE, HOUTHIS)


def test_guard_no_side_fought_named_leaves_none(extract):
    """Only the two partners named: no other side to put in their ally's place."""
    ev = with_trigger(extract, "تدور معارك عنيفة في مدينة الضالع بين رجال المقاومة والجيش الوطني منذ صباح أمس.",
                      "معارك")
    assert canonical(ev.actor1) == RESISTANCE and ev.actor2 is None


def test_guard_two_sides_that_are_no_allies_stay(extract):
    ev = with_trigger(extract, "اندلعت اشتباكات عنيفة أمس بين الحوثيين والمقاومة الشعبية في مديرية لودر بمحافظة أبين.",
                      "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (HOUTHIS, RESISTANCE)


def test_the_side_whose_attempt_set_the_fight_off_started_it(extract):
    ev = with_trigger(extract, "قتل 13 مسلحا من ميليشيات الحوثي في مواجهات عنيفة مع المقاومة إثر محاولة الحوثيين "
                               "التقدم نحو منطقة الجفينة.", "مواجهات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == (HOUTHIS, RESISTANCE)


def test_the_attempt_with_min_after_between(extract):
    ev = with_trigger(extract, "تدور اشتباكات عنيفة في مدينة الحسكة بين قوات النظام وتنظيم داعش في محاولة من التنظيم "
                               "التقدم نحو وسط المدينة.", "اشتباكات")
    assert (canonical(ev.actor1), canonical(ev.actor2)) == ("Islamic State", "Military Forces of Syria")


def test_the_attempt_after_between_both_sides(extract):
    found = [e for e in extract("هاجمت المقاومة الشعبية مواقع الحوثيين في منطقة الوهط. واندلعت مواجهات عنيفة بين "
                                "الطرفين في منطقة العند عقب محاولة ميليشيات الحوثي الهجوم على مواقع المقاومة.",
                                PUBLISHED).events if e.trigger.text == "مواجهات"]
    assert found and (canonical(found[0].actor1), canonical(found[0].actor2)) == (HOUTHIS, RESISTANCE)


def test_guard_an_attempt_on_a_target_names_no_starter(extract):
    """"محاولة اغتيال قائد": the word after the attempt is the act, not a side."""
    ev = with_trigger(extract, "اندلعت اشتباكات بين قوات الأمن ومسلحين بعد محاولة اغتيال قائد الشرطة في مدينة عدن.",
                      "اشتباكات")
    assert canonical(ev.actor1) == "Police Forces of Yemen"
