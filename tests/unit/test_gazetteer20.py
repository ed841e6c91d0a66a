"""gazetteer20: places of the 2015 wars that no list held (fronts, camps, villages and quarters of Yemen, Syria,
Iraq and the Saudi border), found bare as well as after a cue, with a point in the right country; names that are
also everyday words only with their head word.  Sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


def test_bare_front_of_marib_is_found_in_yemen(extract):
    text = "شنت مقاتلات التحالف غارات على تجمعات المتمردين في الجفينة وصرواح صباح الخميس."
    got = _places(extract(text))
    assert "الجفينة" in got and got["الجفينة"].country == "YE"


def test_camp_with_its_head_word_is_one_place(extract):
    text = "حاصرت المقاومة الشعبية عناصر الحوثي داخل معسكر لبوزة منذ ثلاثة أيام."
    got = _places(extract(text))
    assert "معسكر لبوزة" in got and got["معسكر لبوزة"].country == "YE"


def test_bare_villages_of_a_list_in_lahij(extract):
    text = "تقدمت القوات الموالية للحكومة نحو جعولة وعقان بعد معارك مع المسلحين."
    got = _places(extract(text))
    assert {"جعولة", "عقان"} <= set(got)
    assert got["جعولة"].country == "YE"


def test_taiz_quarters_take_taiz_not_a_look_alike(extract):
    text = "سقطت قذائف على منازل المدنيين في الحوبان وحوض الأشراف مساء السبت."
    got = _places(extract(text))
    assert got["الحوبان"].country == "YE" and "حوض الأشراف" in got


def test_syrian_town_of_a_geonames_row_without_people(extract):
    text = "سيطر المقاتلون الأكراد على صرين بعد اشتباكات استمرت أسبوعا."
    got = _places(extract(text))
    assert "صرين" in got and got["صرين"].country == "SY"


def test_iraqi_quarter_with_its_head_word(extract):
    text = "تقدمت القطعات العسكرية باتجاه حي التأميم جنوب الرمادي وقطعت طرق الإمداد عن المسلحين."
    got = _places(extract(text))
    assert got["التأميم"].source == "supplement" and got["التأميم"].country == "IQ"


def test_everyday_word_of_a_quarter_alone_is_no_place(extract):
    # guard: التأميم "nationalisation" and الجمهوري "republican" without حي name nothing
    text = "أعلنت الحكومة قرار التأميم بعد اجتماع مع قادة الحرس الجمهوري في العاصمة."
    got = _places(extract(text))
    assert not any("التأميم" in n or "الجمهوري" in n for n in got)


def test_tuwal_after_a_preposition_is_the_border_town(extract):
    text = "سقطت قذيفة أطلقت من داخل الأراضي اليمنية على مبنى بالطوال دون إصابات."
    got = _places(extract(text))
    assert any(p.country == "SA" and "الطوال" in n for n, p in got.items())


def test_long_nights_are_no_place(extract):
    # guard: الطوال "long" after a plural noun
    text = "قضى الأطباء الليالي الطوال في المستشفى لإنقاذ الجرحى."
    got = _places(extract(text))
    assert not any("الطوال" in n for n in got)


def test_junction_of_aden_with_its_head_word(extract):
    text = "سيطرت القوات الموالية للشرعية على مثلث العلم بعد اشتباكات مع المتمردين شرق عدن."
    got = _places(extract(text))
    assert got["مثلث العلم"].country == "YE"


def test_the_flag_alone_is_no_place(extract):
    # guard: bare العلم is "the flag"
    text = "رفع الجنود العلم فوق مبنى المحافظة في عدن بعد طرد المسلحين."
    got = _places(extract(text))
    assert not any("العلم" in n for n in got)


def test_mountain_road_between_two_districts(extract):
    text = "دارت معارك عنيفة في عقبة ثرة بين مديرية لودر ومكيراس."
    got = _places(extract(text))
    assert "عقبة ثرة" in got and got["مكيراس"].country == "YE"


# -- the singular جبهة names a front, unless the actor registry has a group name starting at it ------------

def test_singular_front_names_its_village(extract):
    text = "صدت المقاومة هجوما للمتمردين على جبهة المحاريق بمحافظة لحج فجر الاثنين."
    assert "المحاريق" in _places(extract(text))


def test_front_that_is_an_armed_group_is_no_place(extract):
    # guard: جبهة النصرة is in the actor registry
    text = "قصفت الطائرات مقرات لجبهة النصرة في ريف إدلب الجنوبي."
    got = _places(extract(text))
    assert not any("النصرة" in n for n in got) and "إدلب" in got


def test_united_front_is_no_place(extract):
    # guard: an indefinite adjective after the singular cue describes it
    text = "دعت الأحزاب إلى تشكيل جبهة موحدة لمواجهة التطرف."
    assert not _places(extract(text))


def test_quoted_group_after_the_front_is_no_place(extract):
    # guard: quotes do not hide a registry name from the veto
    text = "وصف الكاتب جبهة «النصرة» بأنها فرع للقاعدة في سوريا."
    assert not any("النصرة" in n for n in _places(extract(text)))


def test_quoted_village_after_the_front_is_a_place(extract):
    text = "تواصلت الاشتباكات في جبهة «الحجوف» بمحافظة الضالع منذ الصباح."
    assert "الحجوف" in _places(extract(text))
