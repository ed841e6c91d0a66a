"""twice19: one incident, one event -- a charge "highly explosive" is no explosion, and another voice's account
of an incident further on is that incident (sentences written for these tests)."""
from __future__ import annotations

DAY = "2015-07-25"


def _events(extract, text: str):
    return extract(text, DAY).events


def _kinds(extract, text: str) -> list[str]:
    return [e.sub_type for e in _events(extract, text)]


# --- "شديدة الانفجار" is an adjective of a charge, not an explosion ---

def test_material_highly_explosive_seized_is_no_explosion(extract):
    text = ("أعلنت وزارة الداخلية الكويتية أمس ضبط 30 كيلوغراما من مادة شديدة الانفجار في شاحنة قرب منفذ "
            "العبدلي، واعتقال سائقها.")
    assert "Remote explosive/landmine/IED" not in _kinds(extract, text)


def test_a_highly_explosive_bomb_that_went_off_is_still_a_bombing(extract):
    text = "وقالت الشرطة إن عبوة ناسفة شديدة الانفجار انفجرت أمس قرب دورية في مدينة الرمادي، ما أدى إلى مقتل جنديين."
    assert _kinds(extract, text) == ["Remote explosive/landmine/IED"]


def test_one_word_texts(extract):
    assert _kinds(extract, "شديدة") == []
    _kinds(extract, "الانفجار")   # one word must not fail


# --- another voice, paragraphs on, at the same town on the same day ---

_RETOLD = ("قال ناشطون اليوم السبت إن 12 شخصا قتلوا في هجوم مسلح على سوق شعبي في بلدة سراقب في محافظة إدلب.\n"
           "وأضاف الناشطون أن معظم القتلى من المدنيين الذين كانوا يتسوقون.\n"
           "وأشار الناشطون إلى أن البلدة خاضعة لسيطرة المعارضة منذ أشهر.\n"
           "وطالب الناشطون المنظمات الدولية بالتدخل العاجل.\n"
           "وقالت مصادر طبية إن المستشفى الميداني استقبل عشرات الجرحى.\n"
           "وفي تطور لاحق، قال سكان إن 9 أشخاص على الأقل قتلوا حين أطلق مسلحون النار في سوق بلدة سراقب اليوم.\n"
           "وأوضح السكان أن فرق الدفاع المدني ما زالت تنقل المصابين.\n"
           "ولم يصدر أي تعليق من الحكومة السورية.\n"
           "وذكر أحد السكان أن المسلحين فروا بسيارة.\n")


def test_another_voice_further_on_is_the_incident_told_first(extract):
    text = _RETOLD + "وفي مدينة أريحا، قتل مسلحون ثلاثة مدنيين في هجوم على حاجز صباح اليوم."
    at = [e.place.name for e in _events(extract, text) if e.place is not None]
    assert at.count("سراقب") == 1
    assert "أريحا" in at
    saraqib = next(e for e in _events(extract, text) if e.place is not None and e.place.name == "سراقب")
    assert saraqib.fatalities == 9   # two counts of one incident: the lowest


def test_an_incident_at_another_town_before_the_retelling_still_leaves_it_alone(extract):
    # two incidents told before the retelling: it cannot say which, so it is not folded into the first
    text = _RETOLD.replace("وأشار الناشطون إلى أن البلدة خاضعة لسيطرة المعارضة منذ أشهر.",
                           "وفي بلدة سرمين، قتل مسلحون شخصين في هجوم على سوق اليوم.")
    at = [e.place.name for e in _events(extract, text) if e.place is not None]
    assert "سرمين" in at


# --- a taking whose ground is named by a demonstrative retells the taking told before ---

_TAKEN = "سيطرت قوات المقاومة الشعبية أمس على مواقع قرب الطريق بين مدينة إب ومدينة يريم. "


def test_the_fall_of_those_positions_is_the_taking_told_before(extract):
    text = _TAKEN + ("وقال قائد ميداني في الجيش الوطني إن سقوط تلك المواقع بيد القوات الموالية للشرعية يقطع طريق "
                     "الإمداد عن المتمردين.")
    assert _kinds(extract, text) == ["Government regains territory"]


def test_other_positions_taken_elsewhere_stay_apart(extract):
    text = _TAKEN + "وقال قائد ميداني في الجيش الوطني إن القوات الموالية للشرعية سيطرت على مواقع أخرى قرب مدينة ذمار."
    assert _kinds(extract, text) == ["Government regains territory"] * 2


def test_a_demonstrative_at_the_end_of_a_text_does_not_fail(extract):
    _kinds(extract, "سيطرت القوات على تلك")
    _kinds(extract, "سقوط")


# --- a sentence that opens with حيث goes on with the sentence before ---

_STRIKES = "أغارت طائرات التحالف مساء أمس على معسكرات ومخازن أسلحة شمال مدينة الحديدة. "


def test_a_sentence_opening_with_where_tells_the_strikes_just_told(extract):
    assert _kinds(extract, _STRIKES + "حيث تم قصف معسكرين تابعين للمتمردين.") == ["Air/drone strike"]


def test_shelling_at_another_town_in_the_next_sentence_stays_apart(extract):
    kinds = _kinds(extract, _STRIKES + "وقصفت المدفعية مواقع في مدينة حجة.")
    assert kinds == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_where_alone_does_not_fail(extract):
    assert _kinds(extract, "حيث") == []
    _kinds(extract, "قصف. حيث")
