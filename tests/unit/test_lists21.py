"""lists21: places of lists the recogniser stopped short of (an open list's first name shaped as an adjective, a list
of quarters after أحياء, an everyday word between two places of a list, a district's cue read as an adjective) and
Yemeni districts no list held.  Sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


def test_adjective_shaped_first_name_of_an_open_list(extract):
    text = "قصفت المدفعية أمس قرى نخلة والمحاريق والقراديس شرق مدينة تعز."
    got = _places(extract(text))
    assert {"نخلة", "المحاريق", "القراديس"} <= set(got)


def test_coordinated_adjectives_after_a_plural_cue_name_nothing(extract):
    # guard: adjectives agree in definiteness, so "صغيرة وكبيرة" describe the villages
    text = "زار الوفد أمس قرى صغيرة وكبيرة في المحافظة ووزع المساعدات على سكانها."
    got = _places(extract(text))
    assert not any(n in got for n in ("صغيرة", "كبيرة"))


def test_plural_cue_then_adjective_then_verbal_noun_is_no_list(extract):
    # guard: "والغاء" is a verbal noun, no name: the adjective stays an adjective
    text = "قال المتحدث أمس إن الدول المعتدية ستعد مناطق مستهدفة وإلغاء الاتفاقيات ممكن."
    got = _places(extract(text))
    assert "مستهدفة" not in got


def test_quarters_after_ahya_with_an_everyday_definite_name(extract):
    text = "سقطت قذائف أمس على أحياء الكلاسة والجمهوري في مدينة تعز وأصيب ثلاثة مدنيين."
    got = _places(extract(text))
    assert {"الكلاسة", "الجمهوري"} <= set(got)


def test_reviving_written_without_hamza_opens_no_list(extract):
    # guard: احياء "reviving" before everyday words
    text = "دعا الخطيب أمس إلى احياء العمل والأمل في نفوس الشباب."
    got = _places(extract(text))
    assert not any(n in got for n in ("العمل", "الأمل"))


def test_everyday_word_between_two_places_of_a_list(extract):
    text = "دارت اشتباكات عنيفة أمس في منطقة الوهط وصبر والمحاريق شمال عدن."
    got = _places(extract(text))
    assert {"الوهط", "صبر", "المحاريق"} <= set(got)


def test_everyday_word_ending_a_list_stays_a_word(extract):
    # guard: صبر after a place with no place after it is "patience"
    text = "قال المسؤول أمس إن أهالي الوهط وصبر الناس على الحصار سينتهي قريبا."
    got = _places(extract(text))
    assert "صبر" not in got


def test_district_cue_after_an_area_is_no_adjective(extract):
    text = "نصب مقاتلو المقاومة أمس كمينا في منطقة الكمب مديرية مقبنة غرب تعز."
    got = _places(extract(text))
    assert {"الكمب", "مقبنة"} <= set(got)


def test_yafa_in_a_list_of_yemeni_districts(extract):
    text = "وصل مئات المقاتلين أمس من يافع والضالع إلى مشارف قاعدة العند."
    got = _places(extract(text))
    assert "يافع" in got and got["يافع"].country == "YE"


def test_young_is_no_place(extract):
    # guard: يافع "young" in an article that names no Yemeni place
    text = "ظهر في الحفل أمس شاب يافع من مدينة باريس يعزف على العود."
    got = _places(extract(text))
    assert "يافع" not in got


def test_basatin_quarter_in_a_list_and_gardens_alone(extract):
    text = "شنت المقاومة أمس هجمات على مواقع المسلحين في جعولة والبساتين شمال عدن."
    got = _places(extract(text))
    assert "البساتين" in got and got["البساتين"].country == "YE"
    # guard: "the gardens" with no preposition before it (every "في/على البساتين" on the feed is Aden's quarter)
    text = "زار الوفد أمس البساتين المشهورة بأشجار المشمش وعاد مساء."
    got = _places(extract(text))
    assert "البساتين" not in got


def test_fighting_in_a_list_of_quarters_is_one_event(extract):
    text = "استمرت الاشتباكات أمس بين المقاومة والمسلحين الحوثيين في أحياء الكلاسة والجمهوري بمدينة تعز."
    ex = extract(text)
    assert {"الكلاسة", "الجمهوري"} <= set(_places(ex))
    clashes = [e for e in ex.events if e.sub_type == "Armed clash"]
    assert len(clashes) == 1


def test_a_verb_after_alive_is_no_quarter(extract):
    # guard: أحياء "alive" before a plural present verb
    text = "قال الخطيب أمس إن الشهداء أحياء عند ربهم يرزقون ويفرحون بما آتاهم."
    got = _places(extract(text))
    assert "يفرحون" not in got
