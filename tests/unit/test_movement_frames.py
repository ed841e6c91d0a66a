"""Movement frames: motion lemmas in all their forms, path markers, and who moves.  Sentences written
for these tests (places and groups are real, the movements are not)."""
import pytest


def routes(extract, text):
    return [([p.name for p in m.path], m.actor.canonical or m.actor.name if m.actor else None)
            for m in extract(text).movements]


def only_route(extract, text):
    got = routes(extract, text)
    assert len(got) == 1, got
    return got[0]


def test_a_participle_of_motion(extract):
    path, actor = only_route(extract, "وخرج عناصر تنظيم داعش من الرقة منسحبين إلى الموصل.")
    assert path == ["الرقة", "الموصل"] and actor == "Islamic State"


def test_fighters_fleeing_named_by_a_participle(extract):
    path, actor = only_route(extract, "وقالت مصادر محلية إن عناصر داعش الفارة من سوريا وصلت إلى الموصل.")
    assert path == ["سوريا", "الموصل"] and actor == "Islamic State"


def test_an_advance_towards(extract):
    path, _ = only_route(extract, "وتقدمت كتائب حركة الشباب من بيدوا باتجاه أطراف مدينة بلدوين.")
    assert path == ["بيدوا", "بلدوين"]


def test_an_air_route_from_a_base(extract):
    path, _ = only_route(extract, "وأقلعت طائرات حربية تابعة للجيش الليبي من بنغازي نحو الجفرة.")
    assert path == ["بنغازي", "الجفرة"]


def test_infiltration_through_a_border(extract):
    path, actor = only_route(extract, "وكان مسلحو بوكو حرام قد تسللوا من النيجر عبر بحيرة تشاد إلى الكاميرون.")
    assert path[0] == "النيجر" and path[-1] == "الكاميرون" and actor == "Boko Haram"


def test_on_its_way_to(extract):
    path, _ = only_route(extract, "وشوهد رتل لمسلحي داعش قادما من سبها في طريقه إلى أوباري.")
    assert path == ["سبها", "أوباري"]


def test_between_two_places_cut_by_a_comma(extract):
    path, _ = only_route(extract, "وتتنقل خلايا التنظيم بين سبها، وأوباري بسيارات رباعية الدفع.")
    assert path == ["سبها", "أوباري"]


def test_an_area_between_two_places_is_no_route(extract):
    text = "وقصفت الطائرات أرتالا كانت تتحرك في المنطقة الواقعة بين مصراتة وسرت."
    assert routes(extract, text) == []


def test_origin_given_by_a_description_of_the_mover(extract):
    path, _ = only_route(extract, "وقالت المصادر إن كتائب من مدينة مصراتة تقدمت نحو سرت.")
    assert path == ["مصراتة", "سرت"]


def test_one_subject_across_coordinated_clauses(extract):
    path, actor = only_route(extract, "وانسحب مقاتلو داعش من سرت، ثم توجهوا بعد أيام إلى بني وليد.")
    assert path == ["سرت", "بني وليد"] and actor == "Islamic State"


def test_a_sentence_going_on_with_the_same_subject_starts_where_they_were(extract):
    text = "وسيطر مسلحو الحوثيين على صنعاء في سبتمبر. وتوجهوا بعد ذلك إلى عدن."
    path, actor = only_route(extract, text)
    assert path == ["صنعاء", "عدن"] and actor == "Houthi Movement"


def test_the_mover_is_the_subject_not_the_nearest_name(extract):
    _, actor = only_route(extract, "وقال الجيش الليبي إن عناصر داعش فروا من سرت إلى الجفرة.")
    assert actor == "Islamic State"


def test_a_pronoun_takes_the_group_it_agrees_with(extract):
    # "أرسلت" is feminine: جماعة بوكو حرام sent its fighters, not التنظيم named after it
    text = "وبايعت جماعة بوكو حرام تنظيم داعش، حيث أرسلت مقاتليها عبر تشاد إلى ليبيا."
    path, actor = only_route(extract, text)
    assert path == ["تشاد", "ليبيا"] and actor == "Boko Haram"


def test_force_noun_subject_agrees_with_its_noun_not_with_a_group(extract):
    # "انتقلت" agrees with "العناصر"; the members of another group named in passing are not the mover
    text = ("دعا تنظيم داعش أنصاره إلى الهجرة، وقال التنظيم إن مقاتلين جددا وصلوا. وأغلب المقاتلين الجدد "
            "ينتمون لحركة الشباب الصومالية. وأضاف المصدر أن العناصر الجديدة انتقلت من الكفرة إلى سرت "
            "بعد أن بايعت التنظيم.")
    path, actor = only_route(extract, text)
    assert path == ["الكفرة", "سرت"] and actor == "Islamic State"


def test_a_group_some_of_whose_members_moved(extract):
    text = "وقالت السلطات إن الجيش قتل عشرة إرهابيين تابعين لتنظيم داعش، بعضهم تسلل من ليبيا إلى تونس."
    _, actor = only_route(extract, text)
    assert actor == "Islamic State"


def test_a_verbal_noun_with_a_pronoun_takes_the_subject_before(extract):
    text = "وواصلت القوات الموالية للحكومة، أمس، تقدمها من عدن إلى زنجبار."
    _, actor = only_route(extract, text)
    # in a report from Yemen the government-loyal forces are Hadi's (actors.yaml, theatres)
    assert actor == "Military Forces of Yemen (Pro-Hadi)"


def test_a_sea_route_counts(extract):
    path, _ = only_route(extract, "وأبحر زورق يقل مسلحين من صبراتة إلى مالطا.")
    assert path == ["صبراتة", "مالطا"]


@pytest.mark.parametrize("text", [
    "ووصلت سفينة الحاويات القادمة من جدة إلى السويس أمس.",        # no armed force moves
    "وتقدم له الحكومة الدعم بعد طرده من سرت إلى الجفرة.",          # "تقدم له": gives
    "وتمتد المنطقة المفتوحة للجماعات المسلحة من مالي إلى الجزائر مرورا بالنيجر.",   # only "مرورا"
])
def test_no_route(extract, text):
    assert routes(extract, text) == []


def test_where_the_destination_lies_is_not_the_origin(extract):
    # "في أبين" says where شقرة is; it does not start the route
    assert routes(extract, "وتقدمت قوات الجيش اليمني إلى مدينة شقرة الساحلية في أبين.") == []
    path, _ = only_route(extract, "وتقدمت قوات الجيش اليمني من عدن إلى مدينة شقرة الساحلية في أبين.")
    assert path == ["عدن", "شقرة"]


def test_a_stop_told_after_the_destination_stays_on_the_route(extract):
    text = "وانتقل مقاتلو داعش إلى مدينة سرت بعد تمركزهم في الكفرة."
    path, _ = only_route(extract, text)
    assert set(path) == {"الكفرة", "سرت"}


def test_a_verb_without_a_subject_of_its_own_continues_the_force_before_it(extract):
    path, _ = only_route(extract, "وكشفت مصادر محلية عن تعزيزات حوثية قادمة من صنعاء واتجهت إلى مدينة المخا.")
    assert path == ["صنعاء", "المخا"]
    # a minister's journey: the verb's subject is no force
    assert routes(extract, "ووصل وزير الخارجية إلى عدن قادما من الرياض، وتوجه إلى مدينة المكلا.") == []


def test_a_kind_of_place_with_a_name_unknown_to_the_gazetteer_before_the_destination(extract):
    text = "وقصفت الطائرات رتلا لعناصر القاعدة قادما من مدينة المكلا لدى وصوله إلى وادي عميق بلدة لودر."
    path, _ = only_route(extract, text)
    assert path == ["المكلا", "لودر"]


def test_from_after_a_part_is_of_not_from(extract):
    assert routes(extract, "وواصلت القوات العراقية تقدمها باتجاه حي الملعب في الجزء الشرقي من مدينة الرمادي.") == []


def test_an_attempted_crossing_is_no_route(extract):
    assert routes(extract, "وأطلق حرس الحدود النار على مسلحين كانوا يحاولون العبور من سوريا إلى تركيا.") == []


def test_the_displaced_are_no_armed_force(extract):
    assert routes(extract, "وقال مسؤولون إن آلاف النازحين وصلوا إلى مدينة الرطبة من الرمادي هربا من داعش.") == []


def test_the_place_a_force_leaves_is_the_object_of_leave(extract):
    path, actor = only_route(extract, "وغادر مقاتلو حركة الشباب مدينة مركا إلى كيسمايو.")
    assert path == ["مركا", "كيسمايو"] and actor == "Al Shabaab"


def test_the_place_a_force_enters_is_the_object_of_enter(extract):
    path, _ = only_route(extract, "ودخلت قوات البيشمركة مدينة سنجار قادمة من دهوك.")
    assert path == ["دهوك", "سنجار"]


def test_a_country_after_enter_is_its_subject_not_its_object(extract):
    assert routes(extract, "وقال جنبلاط إن الأزمة في سوريا تتفاقم، فيما دخلت إسرائيل على الخط.") == []


def test_a_sortie_from_its_base_to_the_area_it_strikes(extract):
    path, _ = only_route(extract, "وأقلعت طائرات حربية من مطار الكفرة لشن غارات على مواقع المسلحين في سبها.")
    assert path == ["مطار الكفرة", "سبها"]


@pytest.mark.parametrize("text", [
    "وقالت مصادر إن سفينة محملة بالمساعدات قادمة من جدة وصلت إلى ميناء عدن.",      # a ship of aid
    "وقال مسؤول إن 600 لاجئ من الذين طردوا من تشاد وصلوا إلى نيجيريا بعد هجمات بوكو حرام.",  # refugees
    "وقالت الوزارة إن الصحافيين الثلاثة دخلوا سوريا من تركيا قبل أن يختطفهم داعش.",   # journalists
    "ودعت الحكومة اليمنية قوات التحالف إلى التوجه من عدن إلى تعز.",                 # a call to move
    "وطالبت القبائل مسلحي الحوثي بالانسحاب من البيضاء إلى صعدة.",                   # a demand to move
    "وتعد المدينة المنطلق لتحرير باقي المحافظات من قبضة الحوثيين في صعدة.",        # "المنطلق": a starting point
    "وعبرت أمس ثلاث سفن حاويات قادمة من جدة قناة السويس متجهة إلى بورسعيد.",       # container ships
    "وبحث الوزير تسهيل مرور الصادرات الأردنية المتجهة من عمان إلى بغداد.",          # exports
    "وغادر وزير الخارجية الأميركي مساء الجمعة واشنطن متوجها إلى القاهرة في جولة تشمل الدوحة.",  # a statesman
    "وغادر الرئيس الروسي موسكو صباح أمس متوجها إلى طهران.",                          # ... and his "متوجها"
    "وقطعت القوات الطريق الرابطة بين حلب واللاذقية أمام أرتال المسلحين.",              # a road that links
])
def test_no_route_for_what_is_no_force_moving(extract, text):
    assert routes(extract, text) == []


def test_a_counted_force_leaves_the_place_it_names(extract):
    # "مئات" counts the subject; the place after it is what they left
    path, _ = only_route(extract, "وغادر مئات المسلحين مدينة الفلوجة متجهين نحو الرمادي.")
    assert path == ["الفلوجة", "الرمادي"]


def test_a_force_named_by_its_noun_and_an_anaphor_leaves_a_place(extract):
    path, _ = only_route(extract, "وغادرت أرتال التنظيم الرقة في طريقها إلى تدمر.")
    assert path == ["الرقة", "تدمر"]


def test_a_pro_government_militia_moves(extract):
    path, actor = only_route(extract, "وتقدمت قوات الحشد الشعبي من سامراء باتجاه تكريت.")
    assert path == ["سامراء", "تكريت"] and actor == "PMF: Popular Mobilization Forces"


def test_a_sortie_of_two_aircraft(extract):
    text = "وأقلعت مقاتلتان من قاعدة الوطية لتنفيذ غارات على مواقع التنظيم في سرت."
    path, _ = only_route(extract, text)
    assert path == ["قاعدة الوطية", "سرت"]


def test_a_sortie_from_a_base_in_a_country(extract):
    # "من قاعدة في قطر": the base's country is where they set out; the places struck are the end only
    text = "وأعلن الجيش الأمريكي أن قاذفات أمريكية أقلعت من قاعدة في قطر لقصف مواقع التنظيم في الرقة."
    path, _ = only_route(extract, text)
    assert path == ["قطر", "الرقة"]


def test_a_sortie_from_an_air_base_named_with_its_town(extract):
    text = "وأقلعت مقاتلات تركية من القاعدة الجوية في ديار بكر لشن غارات على مواقع التنظيم في سوريا."
    path, actor = only_route(extract, text)
    assert path == ["ديار بكر", "سوريا"] and actor == "Military Forces of Turkey"


def test_those_fleeing_are_the_object_of_the_verb_before_not_its_subject(extract):
    _, actor = only_route(extract, "وقصفت طائرات التحالف العناصر الفارة من الرمادي إلى هيت.")
    assert actor != "Global Coalition Against Daesh"


def test_columns_named_with_the_article_on_their_way(extract):
    text = "وكانت الأرتال القادمة من الرقة في طريقها إلى تدمر عندما قصفتها الطائرات."
    path, _ = only_route(extract, text)
    assert path == ["الرقة", "تدمر"]


@pytest.mark.parametrize("text", [
    "وتسلمت القوات معدات متقدمة من الإمارات، ثم تقدمت نحو عدن.",          # "متقدمة": advanced; an origin in another clause
    "وحشد التنظيم مقاتليه للتقدم من الرقة نحو تدمر.",                     # لـ + verbal noun: what they set out to do
    "وتقدمت القوات الحكومية في أبين، ووصلت إلى عدن أول سفينة مساعدات قادمة من جيبوتي.",  # the ship arrives
])
def test_no_route_for_an_adjective_a_purpose_or_a_subject_after_the_place(extract, text):
    assert routes(extract, text) == []


def test_the_speaker_before_that_is_not_the_mover(extract):
    text = "وأعلنت وزارة الدفاع التونسية أن مجموعة إرهابية تسللت من ليبيا إلى بن قردان."
    _, actor = only_route(extract, text)
    assert actor != "Military Forces of Tunisia"


def test_a_single_leader_of_a_group_moves(extract):
    text = "وقال مسؤول أمني إن قياديا في تنظيم القاعدة انتقل من اليمن إلى الصومال."
    path, actor = only_route(extract, text)
    assert path == ["اليمن", "الصومال"] and actor == "al-Qaeda"


def test_from_after_near_is_no_origin(extract):
    path, _ = only_route(extract, "وخرجت القوات من الزاوية ثم توجهت إلى منطقة العجيلات القريبة من صبراتة.")
    assert path == ["الزاوية", "العجيلات"]


def test_a_ship_carrying_fighters_moves(extract):
    path, _ = only_route(extract, "وقال الجيش إن سفنا تقل مقاتلين أبحرت من مصراتة إلى بنغازي.")
    assert path == ["مصراتة", "بنغازي"]


@pytest.mark.parametrize("text", [
    "وقال الجيش إن مسلحين يتحدرون من تونس تسللوا إلى سوريا.",                      # descent, not an origin
    "ووصل مئات المقاتلين من تنظيم داعش إلى سوريا، وغالبيتهم من تونس.",              # nationality
    "واندفعت قوات الحرس الثوري للحفاظ على سوريا المفيدة الممتدة من دمشق إلى الساحل مرورا بحمص.",  # an extent
    "وقال المرصد إن غارات التحالف قتلت عشرة من عناصر داعش، مشيرا إلى أن القتلى والجرحى نقلوا من الباب إلى منبج.",
])
def test_no_route_from_where_people_come_from_or_an_area_extends(extract, text):
    assert routes(extract, text) == []


@pytest.mark.parametrize("text, path", [
    ("وتمكنت القوات العراقية من تحرير مدينة تكريت ثم تقدمت باتجاه بيجي.", ["تكريت", "بيجي"]),
    ("وأيد صالح الحوثيين عندما سيطروا على العاصمة صنعاء في سبتمبر وزحفوا جنوبا باتجاه عدن.", ["صنعاء", "عدن"]),
    ("وكانت القوات الموالية للحكومة قد أحكمت سيطرتها على منطقة الوهط، ليل السبت، وتقدمت نحو مدينة الحوطة.",
     ["الوهط", "الحوطة"]),
])
def test_a_place_taken_before_moving_on_is_where_the_route_starts(extract, text, path):
    assert only_route(extract, text)[0] == path


def test_a_thing_taken_at_a_place_is_no_start(extract):
    text = "وقال المسؤول إن المسلحين استولوا على أسلحة وذخائر كانت مخبأة في منزل بمدينة سرت، ثم توجهوا إلى بنغازي."
    assert routes(extract, text) == []


def test_the_resistance_named_bare_moves_on_from_the_place_it_freed(extract):
    path, actor = only_route(extract, "واصلت المقاومة، بعد تحرير عدن، تقدمها شمالا باتجاه محافظة لحج، بحسب مصادر يمنية.")
    # bare "المقاومة" in a report from Yemen is the Popular Resistance (actors.yaml theatres)
    assert path == ["عدن", "لحج"] and actor == "Popular Resistance (Yemen)"


def test_the_town_taken_named_by_pointing_back_is_where_the_advance_set_out(extract):
    text = ("طردت قوات الجيش العراقي مسلحي داعش من مدينة الرمادي بعد معارك عنيفة. "
            "وبعد إحكام سيطرتها على المدينة، واصلت القوات تقدمها نحو الفلوجة.")
    path, _ = only_route(extract, text)
    assert path == ["الرمادي", "الفلوجة"]


def test_a_destination_added_beside_the_first_is_a_second_advance(extract):
    text = "وتقدمت قوات الجيش العراقي من الرمادي نحو هيت، بالإضافة إلى الفلوجة."
    assert sorted(p for p, _ in routes(extract, text)) == [["الرمادي", "الفلوجة"], ["الرمادي", "هيت"]]


def test_what_the_force_did_next_starts_where_the_sentence_before_placed_it(extract):
    text = ("نشرت القوات الحكومية مدرعاتها في مدينة لودر لتعزيز مواقعها. "
            "وفي وقت لاحق، توجهت أفواج القوات إلى مدينة مودية.")
    path, actor = only_route(extract, text)
    assert path == ["لودر", "مودية"] and actor is not None


def test_without_a_word_of_what_came_next_the_place_before_is_no_start(extract):
    text = "نشرت القوات الحكومية مدرعاتها في مدينة لودر. وتوجهت أفواج القوات إلى مدينة مودية."
    assert all(path[0] != "لودر" for path, _ in routes(extract, text))


def test_a_route_supposed_by_a_condition_is_no_movement(extract):
    text = "وإذا سيطرت فصائل المعارضة على مدينة درعا فإن ذلك سيعجل بتقدمها من درعا صوب دمشق."
    assert routes(extract, text) == []


def test_the_country_the_movers_are_in_is_not_where_the_route_starts(extract):
    assert routes(extract, "واصل مقاتلو المقاومة الشعبية في اليمن تقدمهم صوب قاعدة العند الجوية.") == []


def test_the_base_besieged_is_no_group_moving(extract):
    # "القاعدة" after a word of siege is the air base named before, not al-Qaeda
    text = ("وصلت قوات المقاومة إلى مشارف قاعدة العند الجوية، فيما تحاصر القاعدة من جهة الشمال "
            "قوات أخرى للمقاومة تقدمت من ردفان إلى منطقة المثلث.")
    assert all(actor != "al-Qaeda" for _, actor in routes(extract, text))
