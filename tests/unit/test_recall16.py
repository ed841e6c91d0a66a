"""Recall16 (helper session, 2026-12-06): incidents missed or mistyped on unseen pages.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def places(evs):
    return sorted(e.place.name for e in evs if e.place is not None)


# --- where a convoy was heading is not where it was struck ------------------------------------------------

def test_a_convoy_struck_on_its_way_is_placed_where_it_was_struck(extract):
    evs = events(extract, "كمنت المقاومة أمس قرب مدينة يريم لتعزيزات حوثية متجهة إلى محافظة تعز ودمرت ثلاث آليات.")
    assert places(evs) == ["يريم"]


def test_a_convoy_on_its_way_from_one_place_to_another(extract):
    evs = events(extract, "اعترضت المقاومة أمس في مدينة يريم رتلا للمتمردين كان في طريقه من صنعاء إلى محافظة تعز "
                          "ودمرت آلياته.")
    assert "تعز" not in places(evs)


def test_an_ambush_on_reinforcements_for_another_front_is_not_told_twice(extract):
    # the ambush told in the province it happened in, then the front the reinforcements were heading for
    evs = events(extract, "أكدت المقاومة أمس سقوط قتلى في صفوف المتمردين في كمين بمحافظة إب. وأوضحت أنها نفذت "
                          "كمائن لتعزيزات المتمردين كانت متجهة إلى محافظة تعز.")
    assert places(evs) == ["إب"]


def test_a_place_after_ila_with_no_word_of_heading_stays(extract):
    # guard: "وصلت ... إلى" is arriving, not heading; the clash is at the town reached
    [e] = events(extract, "وصلت قوات الجيش أمس إلى مدينة يريم واشتبكت مع المسلحين فيها.")
    assert e.place.name == "يريم"


# --- a death report told first takes the type of the act told after it --------------------------------------

def test_a_toll_told_first_then_its_bombing_is_a_bombing(extract):
    [e] = events(extract, "أعلنت الشرطة أمس مقتل سبعة مدنيين في مدينة الخالص. وقالت إن عبوة ناسفة انفجرت في سوق "
                          "بالمدينة ما أدى إلى مقتل سبعة مدنيين.")
    assert (e.sub_type, e.place.name, e.fatalities) == ("Remote explosive/landmine/IED", "الخالص", 7)


def test_a_toll_told_first_then_its_gunmen_stays_an_attack_on_civilians(extract):
    # guard: a shooting is no other type than the death report; its dead (civilians) keep it an attack on them
    evs = events(extract, "قالت الشرطة أمس إن شخصا قتل في إطلاق نار على حشد انتخابي في مدينة بعقوبة. وأضافت أن "
                          "مسلحين أطلقوا النار على الحشد.")
    assert [e.type for e in evs] == ["Violence against civilians"]


def test_a_strike_told_again_as_an_attack_keeps_its_type(extract):
    # guard: a later "الهجوم" pointing back to a strike does not retype it
    [e] = events(extract, "شنت الطائرات أمس غارة على بلدة الطوال قتلت خمسة مسلحين. وقال مسؤول إن الهجوم أسفر عن "
                          "مقتل خمسة مسلحين.")
    assert e.sub_type == "Air/drone strike"

