"""sources23: who fired when the report names the fire's nationality ("بنيران هندية"), a weapon of unknown source
("قذائف هاون مجهولة المصدر"), an accusation before the strike ("اتهمت باكستان الهند بانتهاك ...، وقالت إن ... قصف"),
or the nationality of the ground hit ("قصف للمناطق الباكستانية").

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, with_trigger


def test_killed_by_a_nationalitys_fire_names_that_countrys_forces(extract):
    text = "وقال مسؤولون محليون إن ثلاثة جنود باكستانيين قتلوا بنيران هندية قرب بلدة سيالكوت أمس."
    event = with_trigger(extract, text, "قتلوا")
    assert canonical(event.actor1) == "Military Forces of India"
    assert canonical(event.actor2) == "Military Forces of Pakistan"


def test_friendly_fire_names_no_country(extract):
    text = "قتل جنديان بنيران صديقة في ولاية هلمند أمس."
    for event in events(extract, text):
        assert canonical(event.actor1) != "Military Forces of Afghanistan" or event.trigger.text != "قتل"


def test_a_bullets_make_is_not_its_shooter(extract):
    text = "قتل شرطي برصاص أمريكي الصنع في مدينة الرمادي مساء أمس."
    for event in events(extract, text):
        assert canonical(event.actor1) != "Military Forces of the United States"


def test_mortars_of_unknown_source_get_no_guessed_doer(extract):
    text = ("سقطت قذائف هاون مجهولة المصدر على حي الميدان في دمشق، وقال سكان إن مقاتلي جبهة النصرة يتمركزون "
            "في البساتين القريبة.")
    for event in events(extract, text):
        assert event.actor1 is None


def test_unknown_source_told_after_a_toll_and_a_day(extract):
    text = ("وأعلنت فصائل المعارضة السيطرة على تلة قرب حلب. وقتل مدني وجرح ستة آخرون، صباح أمس، جراء سقوط قذيفة "
            "هاون مجهولة المصدر على حي السليمانية في حلب.")
    hit = [e for e in events(extract, text) if e.sub_type != "Non-state actor overtakes territory"]
    assert hit and all(e.actor1 is None for e in hit)


def test_a_side_named_before_the_unknown_source_keeps_its_shelling(extract):
    text = ("قصفت قوات النظام بلدة داريا بالمدفعية الثقيلة، فيما سقطت قذائف أخرى مجهولة المصدر على حي المزة في "
            "دمشق.")
    event = with_trigger(extract, text, "قصفت")
    assert canonical(event.actor1) == "Military Forces of Syria"


def test_the_accused_country_not_the_accuser_shelled(extract):
    text = ("واتهمت باكستان الهند بانتهاك جديد للهدنة في كشمير، حيث قالت إن خمسة قرويين قتلوا في قصف للقرى "
            "الحدودية في إقليم البنجاب.")
    event = with_trigger(extract, text, "قصف")
    assert canonical(event.actor1) == "Military Forces of India"


def test_the_nationality_of_the_ground_hit_is_not_the_shooter(extract):
    text = "وقال مسؤولون إن ثلاثة مدنيين قتلوا في قصف للمناطق الباكستانية من إقليم كشمير أمس."
    event = with_trigger(extract, text, "قصف")
    assert canonical(event.actor1) != "Military Forces of Pakistan"


def test_a_nationality_right_after_the_strike_is_still_the_shooter(extract):
    text = "قتل خمسة مسلحين في غارات أميركية على مواقع لتنظيم القاعدة في محافظة شبوة أمس."
    event = with_trigger(extract, text, "غارات")
    assert canonical(event.actor1) == "Military Forces of the United States"


def test_one_word_texts(extract):
    for text in ("بنيران", "مجهولة", "اتهمت", "قصف", "المصدر"):
        events(extract, text)


def test_an_incident_opened_by_its_attribution_is_the_blamed_sides(extract):
    text = ("وفي حادثة أخرى نسبت إلى حزب العمال الكردستاني، قتل شرطي تركي وأصيب اثنان آخران عندما انفجرت عبوة "
            "ناسفة في ولاية هكاري.")
    event = with_trigger(extract, text, "انفجرت")
    assert canonical(event.actor1) == "PKK: Kurdistan Workers Party"


def test_an_attribution_in_a_phrase_of_time_does_not_pass_to_the_next_act(extract):
    text = "وغداة هجوم نسب إلى تنظيم داعش، شنت المقاتلات التركية غارات على مواقع للتنظيم في شمال سوريا."
    event = with_trigger(extract, text, "غارات")
    assert canonical(event.actor1) == "Military Forces of Turkey"


def test_a_rate_is_no_attribution(extract):
    text = "وفي نسبة كبيرة من الحالات إلى جانب ذلك، قصفت قوات النظام بلدة داريا بالمدفعية."
    event = with_trigger(extract, text, "قصفت")
    assert canonical(event.actor1) == "Military Forces of Syria"


def test_a_ministry_telling_of_its_men_subjected_to_fire_did_not_fire(extract):
    text = ("وأعلنت وزارة الدفاع التونسية مقتل أربعة جنود إثر تعرضهم لإطلاق نار من مجموعة مسلحة في جبل الشعانبي "
            "أمس.")
    event = with_trigger(extract, text, "مقتل")
    assert canonical(event.actor1) != "Military Forces of Tunisia"
    assert canonical(event.actor2) == "Military Forces of Tunisia"


def test_a_patrol_subjected_to_an_attack_is_the_side_hit(extract):
    text = "وأعلنت وزارة الداخلية العراقية مقتل ثلاثة من عناصر الشرطة إثر تعرض دوريتهم لهجوم مسلح في قضاء الضلوعية."
    event = with_trigger(extract, text, "مقتل")
    assert event.actor1 is None
    assert canonical(event.actor2) == "Police Forces of Iraq"


def test_the_side_after_min_in_the_blow_fired(extract):
    text = "وقتل مدنيان بعد أن تعرضا لإطلاق نار من الشرطة التركية في بلدة جيزرة أمس."
    event = with_trigger(extract, text, "وقتل")
    assert canonical(event.actor1) == "Police Forces of Turkey"


def test_shells_from_a_countrys_ground_keep_their_shooter(extract):
    text = "وسقطت القذائف بالأراضي السورية قرب بلدة كلس التركية أمس."
    for event in events(extract, text):
        assert canonical(event.actor1) != "Military Forces of Turkey"


def test_a_monitor_speaking_of_deaths_is_no_doer(extract):
    text = ("وفي ريف إدلب، تحدث المرصد السوري لحقوق الإنسان عن مقتل تسعة من عناصر قوات النظام في اشتباكات مع "
            "مقاتلي جبهة النصرة قرب بلدة أريحا.")
    for event in events(extract, text):
        assert canonical(event.actor1) != "Syrian Observatory for Human Rights"
