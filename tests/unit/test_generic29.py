"""generic29: general statements and aims coded as incidents (SCHEMA.md: plans and activity told in general are no
event).  Three families, each a fact of Arabic:
- a word of aim like بهدف (بغرض, بغية, بقصد, لغرض) before a verbal noun of violence: the act is the aim, not done;
- a definite noun of violence described by a present-tense "commit / practise" relative ("المجازر التي ترتكبها",
  "الانتهاكات التي تمارسها"): what a side is said to do in general, like "العمليات التي تنفذها";
- a verb of seeking (يسعى, تسعى) over its subject: what it governs, with its own إلى, is an aim.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def kinds_at(extract, text):
    return {(e.sub_type, e.place.name) for e in events(extract, text) if e.place is not None}


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


def test_a_shelling_that_is_an_aim_is_no_shelling(extract):
    text = "وكانت دبابة للمسلحين تتمركز في قرية الحصن بغرض قصف مدينة البيضاء ومنع تقدم الجيش."
    assert "البيضاء" not in places(extract, text)


def test_a_storming_that_is_an_aim_is_no_storming(extract):
    text = "وحشد المتمردون مئات المقاتلين على أطراف محافظة الضالع بغية اقتحام مركزها خلال الأيام المقبلة."
    assert not events(extract, text)


def test_a_shelling_told_with_its_aim_stays(extract):
    text = "وقصفت المليشيات أمس بالدبابات مدينة البيضاء بغرض ترهيب السكان، وقتل ثلاثة مدنيين."
    assert any(place == "البيضاء" for _, place in kinds_at(extract, text))


def test_massacres_a_side_is_said_to_commit_are_no_incident(extract):
    text = "وأدان المجلس في بيانه المجازر التي ترتكبها قوات النظام بحق المدنيين في ريف حمص."
    assert "حمص" not in places(extract, text)


def test_violations_a_side_is_said_to_practise_are_no_incident(extract):
    text = "وقال المتحدث إن الاعتداءات التي تمارسها الميليشيات على سكان مدينة الحديدة لن تمر دون حساب."
    assert "الحديدة" not in places(extract, text)


def test_a_massacre_committed_on_a_day_stays(extract):
    text = "وارتكبت قوات النظام أمس مجزرة في قرية الحولة بريف حمص قتل فيها عشرون مدنيا."
    assert events(extract, text)


def test_a_protest_after_a_warning_about_squares_stays(extract):
    text = "ونصحت السفارة المواطنين بالابتعاد عن ساحات التجمعات. وتظاهر مئات الأشخاص أمس في مدينة ملبورن احتجاجا على الحرب."
    assert "ملبورن" in places(extract, text)


def test_a_taking_sought_over_a_long_subject_is_no_taking(extract):
    text = "وتسعى قوات الجيش الوطني والمقاومة الشعبية في المحافظة إلى استعادة السيطرة على مدينة زنجبار."
    assert "زنجبار" not in places(extract, text)


def test_a_base_a_side_seeks_to_retake_is_not_retaken(extract):
    text = "وتقع قاعدة العند التي تسعى المقاومة الشعبية الموالية للحكومة في اليمن استعادتها شمال مدينة عدن."
    assert not any(kind.endswith("territory") for kind, _ in kinds_at(extract, text))


def test_a_taking_told_after_a_seeking_stays(extract):
    text = "وسعت القوات طويلا إلى ذلك، ثم سيطرت أمس على مدينة زنجبار بعد معارك عنيفة مع المسلحين."
    assert "زنجبار" in places(extract, text)


def test_a_shelling_after_a_preposition_stays(extract):
    text = "وتسعى الميليشيات منذ أسابيع عبر قصف الأحياء السكنية في مدينة تعز إلى إخضاع سكانها، وقتل أمس خمسة مدنيين."
    assert "تعز" in places(extract, text)


def test_a_taking_told_in_a_clause_after_a_seeking_stays(extract):
    text = "ويسعى التحالف إلى دعم الحكومة الشرعية ويشهد على ذلك تحرير ميناء عدن من أيدي الحوثيين أمس."
    assert "ميناء عدن" in places(extract, text)


def test_one_word_texts(extract):
    for text in ("بغرض", "بغية قصف", "ساحات القتال", "التي ترتكبها", "تسعى إلى", "تسعى", "إلى استعادة", "،"):
        events(extract, text)
