"""lists22: several incidents in one sentence, one incident in several -- towns each with spots of their own after one
strike verb, the dual of تفجير, and the noun of holding after a change of control.  Sentences written for these
tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _events(extract, text: str):
    return extract(text, DAY).events


def _at(extract, text: str) -> list[str]:
    return sorted(e.place.name for e in _events(extract, text) if e.place is not None)


# --- towns each with spots of their own, after one strike verb: one event per town ---

def test_spots_in_one_town_and_other_spots_in_another_are_two_events(extract):
    text = "قصفت المروحيات أمس بالبراميل المتفجرة مناطق في بلدة كفرنبل ومناطق أخرى في بلدة معرة النعمان بريف إدلب."
    assert _at(extract, text) == sorted(["كفرنبل", "معرة النعمان"])


def test_positions_in_one_town_and_positions_in_another_are_two_events(extract):
    text = "شن الطيران الحربي أمس غارات على مواقع في مدينة الرقة ومواقع في مدينة دير الزور."
    assert _at(extract, text) == sorted(["الرقة", "دير الزور"])


def test_spots_and_other_spots_of_one_town_stay_one_event(extract):
    # guard: no second place after the link, nothing to split
    text = "قصفت قوات النظام أمس مناطق في بلدة كفرنبل ومناطق أخرى من ريفها دون أنباء عن إصابات."
    assert _at(extract, text) == ["كفرنبل"]


# --- the dual of تفجير ---

def test_two_bombings_named_by_the_dual_are_a_bombing(extract):
    events = _events(extract, "قتل 14 شخصا أمس في تفجيرين استهدفا سوقا شعبية في مدينة بعقوبة.")
    assert [e.sub_type for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].fatalities == 14


def test_the_dual_told_again_gives_its_dead_to_the_bombing_told_first(extract):
    text = ("أفاد مصدر في الشرطة بأن انتحاريين فجرا سيارتين مفخختين صباح أمس قرب حاجز في مدينة سامراء. "
            "وأوضح المصدر أن التفجيرين تسببا في مقتل تسعة من عناصر الشرطة.")
    events = _events(extract, text)
    assert len(events) == 1
    assert events[0].sub_type == "Suicide bomb" and events[0].fatalities == 9


def test_the_suicide_dual_is_a_suicide_bomb(extract):
    events = _events(extract, "نفذ عنصران من التنظيم أمس تفجيرين انتحاريين في مدينة بعقوبة.")
    assert [e.sub_type for e in events] == ["Suicide bomb"]


# --- the noun of holding after a change of control is its object ---

def test_regaining_control_with_a_supporter_between_is_one_regain(extract):
    text = ("تمكنت القوات الحكومية، بإسناد من مسلحي العشائر، أمس من استعادة السيطرة على بلدة الكرمة "
            "في محافظة الأنبار.")
    events = _events(extract, text)
    assert [e.sub_type for e in events] == ["Government regains territory"]


def test_a_taking_and_a_regain_of_one_sentence_stay_two(extract):
    # guard: the noun of holding is the regain's object; the taking before it is an act of its own
    text = "سيطر مسلحو التنظيم أمس على بلدة في ريف حلب، واستعادت قوات النظام السيطرة على قرية أخرى قربها."
    kinds = sorted(e.sub_type for e in _events(extract, text))
    assert kinds == ["Government regains territory", "Non-state actor overtakes territory"]


def test_the_dual_verb_led_to_is_no_place(extract):
    # "أديا" (the dual of أدى) is Edéa in GeoNames; read as a place it took the toll to Cameroon
    text = ("أفاد مصدر في الشرطة بأن انتحاريين فجرا سيارتين مفخختين صباح أمس قرب حاجز في مدينة سامراء. "
            "وأوضح المصدر أن التفجيرين أديا إلى مقتل تسعة من عناصر الشرطة.")
    events = _events(extract, text)
    assert [(e.place.name, e.fatalities) for e in events] == [("سامراء", 9)]
