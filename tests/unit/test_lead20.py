"""The seventeenth session's lead: a verb whose object is a pronoun behind a preposition ("سيطرت عليها") has its
subject after that pronoun; sentences written for these tests."""
from __future__ import annotations

from event_helpers import canonical


def _doers(ex):
    return [canonical(e.actor1) for e in ex.events]


def test_the_taker_after_a_resumptive_pronoun_in_a_relative_clause(extract):
    text = "وزار الوزير بلدة زنجبار التي سيطرت عليها المقاومة الشعبية أمس بعد معارك مع المتمردين."
    assert "Popular Resistance (Yemen)" in _doers(extract(text))


def test_the_shooter_after_a_resumptive_pronoun(extract):
    text = "وأطلق عليه مسلحون مجهولون النار في مدينة عدن صباح أمس فأردوه قتيلا على الفور."
    doers = _doers(extract(text))
    assert doers and doers[0] and doers[0].startswith("Unidentified Armed Group")


def test_the_subject_right_after_the_verb_still_does_it(extract):
    # guard: with no pronoun between, the actor right after the verb is its subject as before
    text = "وسيطرت المقاومة الشعبية على بلدة زنجبار أمس بعد معارك عنيفة مع المتمردين الحوثيين."
    assert "Popular Resistance (Yemen)" in _doers(extract(text))


def test_the_construct_of_control_names_who_took_it(extract):
    text = "اندلعت اشتباكات بين قوات المعارضة وقوات النظام في قرية الفريكة بريف إدلب، أسفرت عن سيطرة قوات الأسد على القرية."
    takings = [e for e in extract(text).events if "territory" in e.sub_type]
    assert takings and takings[-1].actor1 and takings[-1].actor1.canonical == "Military Forces of Syria"
    assert takings[-1].sub_type == "Government regains territory"


def test_a_nationality_after_a_preposition_of_the_target_is_not_the_striker(extract):
    text = "وقال مسؤولون إن القوات الهندية استأنفت اليوم القصف تجاه الحدود الباكستانية في إقليم البنجاب."
    assert _doers(extract(text)) == ["Military Forces of India"]


def test_a_target_of_that_nationality_gives_no_striker(extract):
    text = "وشنت طائرات حربية مجهولة غارات على مواقع تركية قرب الحدود في شمال العراق صباح اليوم."
    assert "Military Forces of Turkey" not in _doers(extract(text))


def test_a_nationality_right_after_the_strike_still_names_it(extract):
    # guard: "غارات تركية" is a Turkish strike
    text = "وشن الطيران غارات تركية على مواقع للمتمردين في شمال العراق صباح اليوم."
    assert _doers(extract(text)) == ["Military Forces of Turkey"]


def test_an_acting_capital_does_not_give_a_bare_force_its_country(extract):
    text = ("وقال المسؤول إن الفصائل التي ترفض واشنطن التنسيق معها لم تشارك، وأطلقت قوات الأمن والجماعات "
            "المتحالفة معها عملية عسكرية واسعة في محافظة الأنبار بغرب العراق.")
    canon = {a.name: a.canonical for a in extract(text).actors}
    assert canon.get("قوات الأمن") == "Police Forces of Iraq"


def test_a_monitor_in_its_speakers_title_did_not_strike(extract):
    text = ('وقال محمد أحمد مدير المرصد السوري "تهدم جزء كبير من الجسر في ريف دير الزور جراء استهدافه بغارات '
            'من طائرات حربية بعد منتصف ليل أمس".')
    assert "Syrian Observatory for Human Rights" not in _doers(extract(text))


def test_a_place_of_detention_is_no_arrest(extract):
    text = "وتعيش المهاجرة وأطفالها على بساط في ساحة أحد مراكز الاعتقال الليبية قرب طرابلس منذ شهرين."
    assert not extract(text).events


def test_an_arrest_then_a_detention_centre_is_still_an_arrest(extract):
    text = "واعتقلت قوات الأمن الليبية عشرات المهاجرين قرب طرابلس ونقلتهم إلى مركز احتجاز في المدينة."
    assert [e.sub_type for e in extract(text).events] == ["Arrests"]


def test_a_regions_nisba_after_a_plural_cue_is_no_town(extract):
    text = "وأكدت الحركة أن حملة الاعتقالات مستمرة في عدة مدن وبلدات أحوازية منذ أول أيام العيد."
    assert "أحوازية" not in {p.name for p in extract(text).places}


def test_a_village_in_iya_with_no_such_stem_stays_a_place(extract):
    # guard: حمورية has no everyday stem with the article, so it stays a name
    text = "وقصفت قوات النظام بلدات حمورية وسقبا في الغوطة الشرقية صباح اليوم."
    assert "حمورية" in {p.name for p in extract(text).places}


def test_what_a_wave_of_arrests_targeted_is_no_attack(extract):
    text = "وبدأت العملية بغارات على مواقع المسلحين في سوريا وحملة التوقيفات التي استهدفت عناصر في تنظيم داعش داخل تركيا."
    assert "Armed clash" not in [e.sub_type for e in extract(text).events]


def test_any_operation_of_storming_is_no_incident(extract):
    text = "وقال المسؤول إن أي عملية اقتحام لمدينة الفلوجة يمكن أن تعطي صورة سلبية وقد تؤدي إلى نتائج عكسية."
    assert not extract(text).events


def test_no_operation_of_targeting_seen_is_no_incident(extract):
    text = "وأكد المتحدث أن محافظة عدن لم تشهد خلال اليومين الأخيرين أي عملية استهداف صاروخي من الحوثيين."
    assert not extract(text).events


def test_an_operation_begun_is_still_told(extract):
    # guard: no quantifier before the operation noun
    text = "وبدأت القوات عملية اقتحام مدينة الفلوجة صباح اليوم بعد قصف مدفعي عنيف على مواقع المسلحين."
    assert extract(text).events
