"""places16: families of place errors read on a fresh feed sample (seed 2266); sentences written for these tests."""
from __future__ import annotations


def _places(ex):
    return {p.name: p for p in ex.places}


# -- small towns named by an everyday word need a cue, a locative word or their country --------------------

def test_jurists_are_no_libyan_town(extract):
    text = "اختلف الفقهاء في المسألة قديما، وقال الباحث في الرياض إن الخلاف ما زال قائما."
    got = _places(extract(text))
    assert "الفقهاء" not in got and "الرياض" in got


def test_urgent_need_is_no_libyan_village(extract):
    text = "قال المسؤول في عمّان إن اللاجئين في حاجة ماسة إلى الغذاء والدواء قبل الشتاء."
    got = _places(extract(text))
    assert "ماسة" not in got


def test_oasis_after_its_cue_stays(extract):
    text = "تقدمت قوات ليبية نحو واحة الكفرة في جنوب شرق ليبيا أمس."
    got = _places(extract(text))
    assert "الكفرة" in got and got["الكفرة"].country == "LY"


# -- a hamza after و is a conjunction and a word --------------------------------------------------------

def test_and_i_see_is_no_town(extract):
    text = "زرت أسواق جدة هذا الأسبوع، وأرى أن أسعارها أقل من أسعار الطائف."
    got = _places(extract(text))
    assert not any(p.country == "NG" for p in got.values())
    assert "جدة" in got


# -- a weekday after an unlisted name says when ---------------------------------------------------------

def test_weekday_is_no_part_of_an_unlisted_name(extract):
    text = "هاجم مسلحون نقطة للشرطة في منطقة كوهرود الأربعاء في شمال أفغانستان."
    got = _places(extract(text))
    assert "كوهرود" in got and not any("الأربعاء" in n for n in got)


def test_market_named_after_a_day_keeps_the_day(extract):
    from rasd.recognise.places import load_place_cues
    cues = load_place_cues()
    assert "الجمعه" in cues.weekdays and "سوق" in {w for w in cues.particles}


# -- a present verb with its object pronoun after a cue is a clause ---------------------------------------

def test_verb_with_pronoun_after_a_cue_is_no_name(extract):
    text = "انفجرت عبوة في منطقة يرتادها الصيادون قرب مدينة أضنة التركية."
    got = _places(extract(text))
    assert "يرتادها" not in got and "أضنة" in got


# -- an unseen word joined by و to a place is the list's next place ----------------------------------------

def test_unseen_word_after_a_village_is_the_next_village(extract):
    text = "شنت الطائرات غارات على مواقع في البرقوش وطلحيان جنوب مدينة إدلب السورية أمس."
    got = _places(extract(text))
    assert "طلحيان" in got and "البرقوش" in got


def test_participle_after_a_town_is_no_place(extract):
    text = "اجتمع التجار المقيمون في جازان والمتوزعين في المحافظات الأخرى."
    got = _places(extract(text))
    assert "المتوزعين" not in got


def test_list_goes_on_only_after_a_place_in_a_place_slot(extract):
    text = "قال إن فرنسا وقرغوستيان ستوقعان الاتفاق الشهر المقبل."
    got = _places(extract(text))
    assert "قرغوستيان" not in got


# -- the first city ranks a town, it names none -----------------------------------------------------------

def test_first_city_is_no_place_but_third_district_is(extract):
    got = _places(extract("قال المحافظ إن الرمادي هي المدينة الأولى التي تعود إليها الكهرباء، وإن الحي الثالث تضرر."))
    assert "المدينة الأولى" not in got and "الحي الثالث" in got


# -- a brand in quotes after its kind --------------------------------------------------------------------

def test_quoted_agency_name_is_no_region(extract):
    got = _places(extract('ونقلت وكالة أنباء "الأناضول" عن مسؤول في أنقرة أن التحقيق بدأ.'))
    assert "الأناضول" not in got and "أنقرة" in got
