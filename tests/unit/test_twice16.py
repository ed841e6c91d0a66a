"""Rules of twice16: one incident, one event — the defences a ground attack destroyed, blasts a strike set off, the
same dead counted again between two tellings, a headline's dead counted by two body incidents.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""

DAY = "2015-07-20"


def events(extract, text, published=DAY):
    return extract(text, published).events


# --- "تدمير دفاعات" in a sentence that tells the attack and the clash: the fight, told once --------------------------

def test_defences_destroyed_in_an_attack_are_the_fight_not_a_destruction_of_their_own(extract):
    evs = events(extract, "تمكنت قوات الجيش أمس من تدمير دفاعات المتمردين قرب مدينة زنجبار إثر هجوم من ثلاثة محاور، "
                          "ودارت معارك عنيفة حول المدينة.")
    assert [e.sub_type for e in evs] == ["Armed clash"]


def test_guard_defences_destroyed_by_air_strikes_stay_the_strikes(extract):
    evs = events(extract, "شنت طائرات التحالف أمس غارات على مدينة زنجبار ودمرت دفاعات المتمردين فيها.")
    assert [e.sub_type for e in evs] == ["Air/drone strike"]


# --- "مما أدى إلى انفجارات": what a strike set off is its outcome -----------------------------------------------------

def test_blasts_a_strike_set_off_are_its_outcome(extract):
    evs = events(extract, "وشنت طائرات التحالف أمس غارة على مخزن للذخيرة في مدينة زنجبار، مما أدى إلى انفجارات "
                          "استمرت ساعة.")
    assert [e.sub_type for e in evs] == ["Air/drone strike"]


def test_guard_a_bombing_that_is_the_subject_of_the_verb_stays_the_incident(extract):
    evs = events(extract, "وشهدت مدينة كركوك أمس هجمات عدة، حيث أدى تفجير سيارة مفخخة قرب سوق شعبي إلى مقتل تسعة "
                          "أشخاص.")
    assert "Remote explosive/landmine/IED" in {e.sub_type for e in evs}


# --- the same dead counted again, told between two tellings of the bombing ----------------------------------------

_TWO_BOMBINGS = ("فجرت انتحارية نفسها مساء أول من أمس في سوق شعبي بمدينة مايدوغوري، ما أسفر عن مقتل 17 شخصا. "
                 "وفي مدينة كانو فجر انتحاري نفسه صباح أمس قرب محطة للحافلات ما أسفر عن مقتل خمسة أشخاص. "
                 "وتعهد حاكم الولاية بملاحقة المسؤولين عن أعمال العنف. "
                 "وقتل 17 شخصا وأصيب 40 بحسب حصيلة أعلنتها الشرطة أمس. "
                 "وقال التلفزيون إن الهجوم الانتحاري الذي وقع مساء أول من أمس نفذته فتاة فجرت حزاما ناسفا في سوق "
                 "مايدوغوري.")


def test_a_toll_counted_again_between_two_tellings_of_a_bombing_is_that_bombing(extract):
    evs = events(extract, _TWO_BOMBINGS)
    assert len(evs) == 2
    assert sorted(e.fatalities for e in evs) == [5, 17]


def test_guard_another_toll_between_two_tellings_stays_apart(extract):
    evs = events(extract, _TWO_BOMBINGS.replace("وقتل 17 شخصا وأصيب 40", "وقتل 30 شخصا وأصيب 40"))
    assert len(evs) == 3


# --- a headline whose dead two body incidents count: the one of its kind ------------------------------------------

def test_a_headline_is_the_body_incident_of_its_kind_among_two_with_its_dead(extract):
    text = ("مقتل جنديين في تفجير استهدف دورية بولاية دياربكر\n\n"
            "قتل جنديان مساء أمس في انفجار عبوة ناسفة استهدفت دورية للجيش في بلدة ليجي جنوب شرقي تركيا. "
            "وقتل مسلحون الأربعاء الماضي شرطيين في مدينة جيلان بينار على الحدود مع سوريا.")
    evs = events(extract, text)
    assert len(evs) == 2
    assert sorted(e.sub_type for e in evs) == ["Armed clash", "Remote explosive/landmine/IED"]


# --- a toll told first, then incident by incident: the sum is no incident of its own --------------------------------

_SUMMED = ("مقتل 15 مدنيا في محافظة ديالى\n\n"
           "قالت مصادر أمنية إن عبوة ناسفة انفجرت أمس في سوق شعبي بمدينة بعقوبة ما أدى إلى مقتل خمسة مدنيين. "
           "وأشارت المصادر إلى مقتل عشرة مدنيين جراء سقوط قذائف هاون أمس على حي سكني في قضاء المقدادية.")


def test_a_toll_that_sums_the_incidents_told_after_it_is_no_incident(extract):
    evs = events(extract, _SUMMED)
    assert len(evs) == 2
    assert sorted(e.fatalities for e in evs) == [5, 10]


def test_an_unplaced_headline_with_its_dead_is_the_body_incident_that_counts_them(extract):
    text = ("قوات الجيش تقتل 12 مسلحا\n\n"
            "انفجرت عبوة ناسفة أمس في سوق شعبي بمدينة كركوك ما أدى إلى مقتل ثلاثة مدنيين. "
            "وفي ناحية تازة اشتبكت قوات الجيش أمس مع مسلحين حاولوا اقتحام قرية، ما أسفر عن مقتل 12 مسلحا.")
    evs = events(extract, text)
    assert sorted(e.fatalities for e in evs) == [3, 12]


def test_a_strike_toll_that_sums_the_strikes_on_its_towns_is_no_incident(extract):
    evs = events(extract, "قتل 15 مدنيا أمس في قصف جوي لطائرات النظام على محافظة حلب. وقال المرصد إن طائرات النظام "
                          "شنت غارات على مدينة منبج ما أدى إلى مقتل عشرة مدنيين. وأضاف أن خمسة آخرين قتلوا جراء قصف "
                          "على بلدة دير حافر.")
    assert sorted(e.fatalities for e in evs) == [5, 10]


def test_guard_a_strike_toll_at_the_town_of_its_parts_stays(extract):
    evs = events(extract, "قتل 15 مدنيا أمس في غارات جوية على مدينة منبج. وقال المرصد إن الغارات استهدفت سوقا شعبية "
                          "ما أدى إلى مقتل 15 مدنيا.")
    assert [e.fatalities for e in evs] == [15]
