"""The claims ledger: attribution frames and figures compared per incident.  Sentences written for
these tests (places and groups are real, the events are not)."""


def claims(extract, text):
    return {(c.quantity, c.value, c.low, c.high): c for c in extract(text).claims}


def names(source):
    refs = source if isinstance(source, list) else [source] if source else []
    return [r.canonical or r.name for r in refs] + [r.name for r in refs]


def source_of(extract, text, quantity, value):
    got = [c for c in extract(text).claims if c.quantity == quantity and value in (c.value, c.low, c.high)]
    assert got, f"no {quantity} claim of {value}"
    return names(got[0].source)


# --- attribution frames ----------------------------------------------------------------------

def test_source_of_a_quotation_after_a_colon(extract):
    text = ("وقال المتحدث باسم الجيش الليبي: «تقدمت قواتنا في أحياء المدينة. "
            "وقد قتل منذ بداية الأسبوع 35 إرهابيا في المعارك».")
    assert any("Libyan National Army" in n for n in source_of(extract, text, "killed", 35))


def test_source_of_a_headline_before_a_colon(extract):
    text = "مصادر طبية: مقتل 23 شخصا على الأقل منذ مساء الجمعة في المدينة"
    assert "Medical sources" in source_of(extract, text, "killed", 23)


def test_participle_continuing_the_statement_keeps_its_speaker(extract):
    text = ("قال الجيش الصومالي إن الهجوم على القاعدة صد بعد ساعتين، موضحا أن 6 جنود قتلوا في الهجوم. "
            "وقالت حركة الشباب إن مقاتليها قتلوا 19 جنديا في الهجوم.")
    assert "Military Forces of Somalia" in source_of(extract, text, "killed", 6)
    assert "Al Shabaab" in source_of(extract, text, "killed", 19)


def test_the_topic_of_amma_fa_is_the_speaker(extract):
    text = ("قالت الشرطة العراقية إن 9 أشخاص قتلوا في التفجير الذي وقع في سوق ببغداد. "
            "أما وزارة الصحة فقالت إن عدد القتلى بلغ 14 شخصا.")
    assert "وزارة الصحة" in source_of(extract, text, "killed", 14)
    assert "Police Forces of Iraq" in source_of(extract, text, "killed", 9)


def test_a_dual_subject_is_two_ministries(extract):
    text = ("وقالت وزارتا الداخلية والدفاع في بيان مشترك إن 4 جنود قتلوا في الهجوم على الثكنة في مدينة القصرين، "
            "بينما قال مصدر محلي إن 7 جنود قتلوا.")
    got = source_of(extract, text, "killed", 4)
    assert "Police Forces of Tunisia" in got and "Military Forces of Tunisia" in got


def test_a_statistic_as_source_and_a_later_reference_to_it(extract):
    text = ("وأظهرت إحصائية أممية أن 1200 مدني قتلوا خلال الأشهر الستة الأولى من العام في اليمن. "
            "وبحسب ذات الإحصائية فإن 3 ملايين شخص نزحوا من منازلهم.")
    assert "United Nations" in source_of(extract, text, "killed", 1200)
    assert "United Nations" in source_of(extract, text, "displaced", 3000000)


def test_two_unnamed_sources_are_two_sources(extract):
    text = ("وقال مصدر أمني إن 5 من عناصر الشرطة قتلوا في الهجوم على الحاجز في مدينة العريش. "
            "وقال مصدر أمني ثان إن عدد القتلى من الشرطة بلغ 8.")
    got = claims(extract, text)
    assert ("killed", 5, None, None) in got and ("killed", 8, None, None) in got
    first, second = got[("killed", 5, None, None)].source, got[("killed", 8, None, None)].source
    assert first.name == "مصدر أمني" and second.name == "مصدر أمني ثان"


def test_a_source_passed_on_is_the_one_after_an(extract):
    text = ("ونقلت وكالة رويترز عن سكان محليين قولهم إن 12 شخصا قتلوا في الغارة على السوق في بلدة مارع، "
            "فيما قال الجيش إن 3 مسلحين فقط قتلوا.")
    assert "Residents" in source_of(extract, text, "killed", 12)


def test_a_reported_document_takes_the_speaker_of_the_verb_before(extract):
    # "معلومات ... تفيد بأن": not the group named inside the information, but the commander who gives it
    text = ("وأعلن قائد القوات الأميركية في إفريقيا أفريكوم الجنرال توماس وولدهاوس أمس عن معلومات جمعت "
            "من مواقع تنظيم داعش في ليبيا تفيد بأن عدد عناصره لا يتجاوز 500 عنصر.")
    got = source_of(extract, text, "fighters", 500)
    assert "AFRICOM" in got and "Islamic State" not in got


def test_the_same_figure_given_by_two_sources_keeps_both(extract):
    text = ("وقال مسؤولون محليون إن 6 جنود قتلوا في الهجوم على القاعدة قرب مدينة بيدوا. "
            "وقال الرائد أحمد علي حسن إن 6 جنود قتلوا، فيما قالت حركة الشباب إنها قتلت 20 جنديا.")
    got = source_of(extract, text, "killed", 6)
    assert "Local officials" in got and "أحمد علي حسن" in got


# --- figures per incident ------------------------------------------------------------------------

def test_generic_and_specific_nouns_for_the_same_dead_disagree(extract):
    text = ("وقالت مصادر طبية إن الهجوم على نقطة التفتيش في مدينة الرمادي خلف 11 قتيلا. "
            "لكن الجيش العراقي قال إن 7 جنود فقط قتلوا في الهجوم.")
    got = claims(extract, text)
    assert ("killed", 11, None, None) in got and ("killed", 7, None, None) in got


def test_a_first_count_and_a_later_one(extract):
    text = ("قتل 6 أشخاص في انفجار سيارة مفخخة في مدينة بنغازي في حصيلة أولية. "
            "وارتفعت حصيلة القتلى لاحقا إلى 10 أشخاص بعد وفاة 4 من الجرحى.")
    got = claims(extract, text)
    assert ("killed", 6, None, None) in got and ("killed", 10, None, None) in got


def test_tolls_of_two_places_from_two_sources_are_no_dispute(extract):
    text = ("وقال الجيش الليبي إن 3 من جنوده قتلوا في اشتباكات في مدينة درنة. "
            "وفي مدينة سبها قال مصدر طبي إن 5 أشخاص قتلوا في اشتباكات قبلية.")
    assert claims(extract, text) == {}


def test_a_part_of_a_toll_is_no_rival_figure(extract):
    text = ("قال مصدر أمني إن 9 أشخاص قتلوا في التفجير في مدينة كركوك. "
            "وقال مسؤول في المستشفى إن بين القتلى 4 من رجال الشرطة.")
    assert ("killed", 4, None, None) not in claims(extract, text)


def test_a_toll_given_town_by_town_is_a_tally_and_its_parts_are_not_claims(extract):
    text = ("قتل 12 مدنيا في هجمات على قرى في ولاية بورنو. "
            "وقال سكان إن 5 أشخاص قتلوا في قرية كوندوغا. "
            "وفي بلدة دامبوا قال زعيم محلي إن 7 أشخاص قتلوا.")
    got = claims(extract, text)
    assert ("killed", 12, None, None) in got
    assert ("killed", 5, None, None) not in got and ("killed", 7, None, None) not in got


def test_a_toll_over_a_span_of_days_is_a_tally(extract):
    text = "وقتل 40 شخصا على الأقل في اشتباكات قبلية في مدينة سبها منذ مطلع الأسبوع."
    assert [c for c in extract(text).claims if c.quantity == "killed" and c.value == 40]


def test_a_toll_at_two_towns_named_together_is_a_claim(extract):
    text = "وأفاد ناشطون بمقتل 8 أشخاص جراء سقوط قذائف على بلدتي نبل والزهراء."
    assert ("killed", 8, None, None) in claims(extract, text)


def test_ages_and_shells_are_no_tolls(extract):
    text = ("وقال المرصد إن المستشفى استقبل جرحى تراوحت أعمارهم بين 8 أعوام و70 عاما، "
            "بعد سقوط أكثر من 200 قذيفة على الأحياء السكنية منذ بداية الشهر.")
    assert not [c for c in extract(text).claims if c.quantity in ("killed", "wounded")]


def test_displacement_with_the_noun_first(extract):
    text = "وأدت المعارك في محافظة الحديدة إلى نزوح 860 ألفا من السكان بحسب الأمم المتحدة."
    got = claims(extract, text)
    assert ("displaced", 860000, None, None) in got
    assert "United Nations" in names(got[("displaced", 860000, None, None)].source)


def test_an_upper_bound_with_a_generic_noun_counts_a_force(extract):
    text = ("وقال مصدر عسكري إن عناصر التنظيم المتحصنين في الأحياء القديمة من المدينة "
            "لا يتخطى عددهم 70 شخصا.")
    assert ("fighters", None, None, 70) in claims(extract, text)


def test_a_population_is_no_force(extract):
    text = "وتضم القرية عائلات فقيرة يبلغ عددهم نحو 350 شخصا يعيشون في خيام."
    assert claims(extract, text) == {}


def test_a_count_of_arrests_in_several_places_is_a_claim(extract):
    text = "وأعلنت وزارة الداخلية القبض على 56 شخصا في عدة مناطق من البلاد خلال حملة أمنية."
    assert ("captured", 56, None, None) in claims(extract, text)


def test_elements_are_not_fighters(extract):
    text = "وأشار المبعوث إلى ثلاثة عناصر أساسية لنجاح الاتفاق في الأسابيع المقبلة."
    assert claims(extract, text) == {}


def test_a_list_after_a_tally_counts_the_dead(extract):
    text = ("وارتفع إجمالي القتلى في المعارك منذ الأحد إلى 80، من بينهم 20 من رجال الأمن، "
            "و9 مدنيين، و51 مسلحا.")
    got = claims(extract, text)
    assert {("killed", 80, None, None), ("killed", 9, None, None), ("killed", 51, None, None)} <= set(got)
    assert ("fighters", 51, None, None) not in got


def test_the_wounded_others_are_of_the_side_counted_before(extract):
    # the soldiers' wounded and the militants' wounded are two different counts, not rivals
    text = ("وقال الجيش المصري إن قواته قتلت 7 مسلحين وأصابت 15 آخرين في مدينة رفح. "
            "وقال مصدر أمني إن انفجار عبوة في رفح أدى إلى مقتل ضابط و3 جنود وإصابة 4 جنود آخرين.")
    got = claims(extract, text)
    assert ("wounded", 15, None, None) not in got and ("wounded", 4, None, None) not in got


def test_bodies_of_people_are_dead_not_wounded(extract):
    text = ("وقالت مديرة المستشفى إن المستشفى استقبل منذ بداية الشهر جثامين 12 مقاتلا و30 جريحا "
            "من قوات الجيش.")
    got = claims(extract, text)
    assert ("killed", 12, None, None) in got and ("wounded", 30, None, None) in got


def test_a_toll_of_fighting_that_goes_on_is_a_tally(extract):
    text = "وتسببت المواجهات الدائرة في أطراف المدينة بمقتل نحو ستين مسلحا من الطرفين."
    assert ("killed", 60, None, None) in claims(extract, text)
    # the same toll of one clash is the event's fatalities, not a claim
    assert claims(extract, "وتسببت المواجهات في أطراف المدينة بمقتل نحو ستين مسلحا من الطرفين.") == {}


def test_fighting_that_goes_on_named_after_a_toll_as_its_cause_is_no_tally(extract):
    text = "وقال مصدر أمني إن التنظيم أعدم 12 من عناصره في ساحة البلدة بسبب فرارهم من المعارك الدائرة."
    assert ("killed", 12, None, None) not in claims(extract, text)


def test_displacement_counted_with_the_noun_before_the_number(extract):
    text = "وأعلنت منظمة إغاثة أن عدد النازحين من مدينة بيجي بلغ أكثر من 45 ألف شخص منذ بدء المعارك."
    got = [c for c in extract(text).claims if c.quantity == "displaced"]
    assert [(c.low, c.value) for c in got] == [(45000, None)]


def test_a_distance_between_the_displaced_and_their_number_is_not_their_count(extract):
    text = "وقالت اللجنة إن عدد النازحين من بلدة الكرمة (20 كلم شرق الفلوجة) بلغ 3 آلاف شخص."
    got = [c.value for c in extract(text).claims if c.quantity == "displaced"]
    assert got == [3000]


def test_a_body_named_bare_with_nothing_before_is_the_source_as_written(extract):
    text = "وقالت اللجنة إن عدد النازحين من مدينة بيجي بلغ 45 ألف شخص."
    assert "اللجنة" in source_of(extract, text, "displaced", 45000)


def test_the_spokesman_of_an_unknown_body_gives_its_name_and_his(extract):
    text = ("وقال المتحدث باسم هيئة الإسعاف أحمد سالم إن 13 شخصا قتلوا في الغارة على السوق. "
            "وقال مصدر طبي إن 16 شخصا قتلوا في الغارة.")
    got = source_of(extract, text, "killed", 13)
    assert any("أحمد سالم" in n and "هيئة الإسعاف" in n for n in got)


def test_the_announced_toll_is_not_part_of_the_speakers_name(extract):
    text = ("وأكد محافظ نينوى خالد الجبوري مقتل 17 من عناصر داعش، مشيرا إلى أن 4 جنود قتلوا في المعارك قرب تلعفر. "
            "وقال مصدر في الشرطة إن 7 جنود قتلوا في المعارك قرب تلعفر.")
    got = source_of(extract, text, "killed", 4)
    assert any("خالد الجبوري" in n for n in got) and not any("مقتل" in n for n in got)


def test_the_days_counted_after_their_noun_are_no_toll(extract):
    text = "وقال قائد الشرطة إن 30 إرهابيا قتلوا خلال الأيام الثلاثة الماضية في الأنبار."
    assert [c.value for c in extract(text).claims if c.quantity == "killed"] == [30]


def test_a_first_count_and_a_later_one_in_one_sentence(extract):
    text = ("وقتل 12 شخصا في حصيلة أولية للتفجير الذي استهدف سوقا في بغداد، "
            "قبل أن ترتفع الحصيلة إلى 20 قتيلا بحسب مصادر طبية.")
    got = claims(extract, text)
    assert ("killed", 12, None, None) in got and ("killed", 20, None, None) in got


def test_an_upper_bound_counted_by_a_count_word_heading_the_fighters(extract):
    text = "وقال مسؤول محلي إن عدد مقاتلي التنظيم في المدينة لا يتخطى 70 شخصا."
    assert ("fighters", None, None, 70) in claims(extract, text)


def test_a_toll_over_a_year_is_a_tally(extract):
    text = "وأظهرت إحصائية حكومية أن 2300 شخص قتلوا في المعارك خلال العام الماضي في ليبيا."
    assert ("killed", 2300, None, None) in claims(extract, text)


def test_people_of_one_side_listed_with_and_are_one_count(extract):
    # the witnesses' son and three relatives are the officials' four dead: no dispute
    text = ("وقال مسؤولون في قطاع الصحة إن غارة على منزل في خان يونس أسفرت عن مقتل أربعة أشخاص. "
            "وقال شهود إن صاحب المنزل نجا وقتل ابنه وثلاثة من أقاربه.")
    assert claims(extract, text) == {}
    # a relative alone is a story of one family, no count
    text = "وقال القيادي في الحركة إن القوات حاولت اغتيال ابن عمه، إلا أن الرصاص أصاب شقيقه الذي قتل على الفور."
    assert claims(extract, text) == {}


def test_a_dual_in_construct_counts_two(extract):
    # "ضابطي شرطة ومجندا" are three wounded, against the ministry's four
    text = ("وقالت مديرية الأمن في بيان إن ضابطي شرطة ومجندا أصيبوا في انفجار عبوة قرب محكمة بمدينة الإسماعيلية. "
            "وقال متحدث باسم وزارة الصحة إن أربعة أشخاص أصيبوا ونقلوا إلى المستشفى.")
    got = claims(extract, text)
    assert ("wounded", 3, None, None) in got and ("wounded", 4, None, None) in got
    assert ("wounded", 1, None, None) not in got


def test_a_toll_of_fighting_going_on_for_a_span_is_a_tally(extract):
    text = "وقال مسؤول في المستشفى إن 25 شخصا قتلوا في المعارك التي تدور منذ أسبوعين بين قبيلتين في مدينة الكفرة."
    assert ("killed", 25, None, None) in claims(extract, text)
    # "وقع منذ شهر": a month ago, one incident
    assert claims(extract, "وقتل 5 جنود في أعنف هجوم وقع منذ شهر في مدينة سبها، بحسب ما أفاد مسؤول محلي.") == {}


def test_a_time_between_the_verb_of_speech_and_its_subject_is_no_source(extract):
    got = source_of(extract, "وقال الخميس مسؤول محلي إن 300 مقاتل من تنظيم داعش يتحصنون في مدينة درنة.",
                    "fighters", 300)
    assert got[0] == "مسؤول محلي"


def test_according_to_what_a_source_said_to_an_agency(extract):
    text = "ويتحصن في المدينة نحو 500 مسلح من تنظيم داعش، بحسب ما أفاد الخميس مسؤول محلي وكالة الأنباء الليبية."
    assert names(extract(text).claims[0].source)[0] == "مسؤول محلي"


def test_an_almanac_line_is_no_claim_and_no_route(extract):
    text = ("أحداث هذا اليوم في التاريخ\n"
            "1812 - الحرب الأمريكية البريطانية: القوات البريطانية تنسحب من ديترويت إلى كندا.\n"
            "1943 - الحرب العالمية الثانية: قوات الحلفاء تشن سلسلة غارات جوية على هامبورغ: عشرون ألف قتيل.\n")
    got = extract(text)
    assert got.claims == [] and got.movements == []


def test_a_count_joined_to_a_tally_covers_its_span(extract):
    text = ("وقالت بعثة الأمم المتحدة في تقرير إنه بين الأول من مارس (آذار) و31 أغسطس (آب) من العام الجاري قتل "
            "870 مدنيا وأصيب 2310 في أعمال العنف في العراق.")
    got = {(c.quantity, c.value) for c in extract(text, "2015-09-05").claims}
    assert ("killed", 870) in got and ("wounded", 2310) in got


def test_the_toll_of_an_incident_the_present_one_is_measured_by_is_no_claim(extract):
    text = ("وقال مسؤولون إن 18 شخصا قتلوا في تفجيرين في مدينة كركوك أمس. وهذه الحصيلة هي الأعلى في المدينة "
            "منذ مارس 2013، حين قتل أكثر من 40 شخصا في هجوم انتحاري.")
    assert ("killed", None, 40, None) not in claims(extract, text)


def test_a_first_count_as_the_subject_of_the_statement_far_before_its_figure(extract):
    text = ("وقالت الشرطة إن تفجير سيارة مفخخة في سوق بمدينة الحلة أدى إلى مقتل 23 شخصا على الأقل. "
            "وكانت حصيلة غير نهائية للتفجير الذي استهدف السوق المكتظة بالمتسوقين، أفادت مساء أمس عن مقتل 15 شخصا.")
    got = claims(extract, text)
    assert ("killed", 23, 23, None) in got and ("killed", 15, None, None) in got
