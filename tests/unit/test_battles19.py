"""battles19: actor1 of a fight whose text names both sides without saying who started it.  The sides are coded
in the order the report gives them (ACLED practice): after "بين" deep in a relative clause on the clash noun, past
a side that backs the first ("بين X مدعومين بـY وZ"), and where the dead of two sides are counted around the
clash.  A side joined to the first by و stays on its side; "من بين" is among, not between.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, of_type


def test_sides_after_between_in_a_relative_clause_on_the_clash(extract):
    text = "وتضررت البلدة خلال المواجهات العنيفة التي عرفتها منذ ثلاثة أشهر بين الحوثيين مدعومين بقوات صالح " \
           "والمقاومة الشعبية."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"
    assert canonical(clash.actor2) == "Popular Resistance (Yemen)"


def test_relative_clause_naming_a_place_before_the_sides(extract):
    text = "وقتل عشرون في المعارك التي شهدتها مدينة حلب بين قوات الجيش السوري وجبهة النصرة."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Military Forces of Syria"
    assert canonical(clash.actor2) == "Jabhat al-Nusra"


def test_a_backer_of_the_first_side_is_not_the_second_side(extract):
    text = "واندلعت اشتباكات بين مسلحي الحوثي مدعومين بقوات صالح ومقاتلي المقاومة الشعبية في مدينة لودر."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"
    assert canonical(clash.actor2) == "Popular Resistance (Yemen)"


def test_the_second_side_after_and_between(extract):
    text = "واندلعت معارك بين المقاومة الشعبية المسنودة بقوات الجيش الوطني وبين ميليشيات الحوثي في مدينة مأرب."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"
    assert canonical(clash.actor2) == "Houthi Movement"


def test_among_is_not_between(extract):
    text = "وقتل عشرة من بين عناصر تنظيم داعش في المعارك التي دارت في مدينة بيجي."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) != "Islamic State"


def test_dead_of_two_sides_counted_in_separate_clauses(extract):
    text = "وأكدت المصادر مقتل عشرة من الحوثيين، إلى جانب مقتل خمسة من المقاومة الشعبية، خلال مواجهات في مدينة الضالع."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"
    assert canonical(clash.actor2) == "Popular Resistance (Yemen)"


def test_dead_of_two_sides_before_the_verb(extract):
    text = "وقالت مصادر إن سبعة من المتمردين الحوثيين وثلاثة من المقاومة الشعبية قتلوا في المعارك في مدينة مأرب."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Houthi Movement"
    assert canonical(clash.actor2) == "Popular Resistance (Yemen)"


def test_a_partner_joined_to_the_first_counted_side_is_not_the_other(extract):
    text = "وقتل ثمانية من الحوثيين وقوات صالح في مواجهات في مدينة الضالع."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) != "Houthi Movement" or canonical(clash.actor2) != "Military Forces of Yemen (Pro-Saleh)"


def test_a_one_word_text_does_not_break_the_reading(extract):
    assert extract("المعارك", "2015-07-20").events is not None
    assert extract("بين", "2015-07-20").events is not None


def test_a_commander_telling_of_his_fighters_fight_is_not_among_its_dead(extract):
    text = "وقال قائد في المقاومة الشعبية إن مقاتلينا خاضوا مواجهات عنيفة مع الحوثيين في مدينة لودر."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"
    assert canonical(clash.actor2) == "Houthi Movement"


def test_our_men_clashing_are_the_spokesmans_side(extract):
    text = "وقال المتحدث باسم المقاومة الشعبية إن عناصرنا اشتبكوا مع مسلحي الحوثي في مدينة لودر."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"
    assert canonical(clash.actor2) == "Houthi Movement"


def test_our_men_who_were_attacked_did_not_start_it(extract):
    text = "وقال قائد في المقاومة الشعبية إن مقاتلينا تعرضوا لهجوم من الحوثيين في مدينة لودر."
    for event in of_type(extract, text, "Armed clash"):
        assert canonical(event.actor1) != "Popular Resistance (Yemen)"


def test_our_men_counted_among_the_dead_did_not_start_it(extract):
    text = "وقال قائد في المقاومة الشعبية إن عشرة من مقاتلينا قتلوا في اشتباكات مع الحوثيين في مدينة لودر."
    for event in of_type(extract, text, "Armed clash"):
        assert canonical(event.actor1) != "Popular Resistance (Yemen)"


def test_our_men_shot_at_are_not_the_doers(extract):
    text = "وقال الجيش التركي إن مسلحين أطلقوا النار على جنودنا في مدينة ماردين."
    for event in extract(text, "2015-07-20").events:
        assert canonical(event.actor1) != "Military Forces of Turkey"


def test_a_clash_with_a_side_after_a_clause_headed_by_the_other(extract):
    text = "وتقدمت المقاومة الشعبية نحو مدينة الضالع، ودارت مواجهات عنيفة مع الحوثيين في محيط المدينة."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"
    assert canonical(clash.actor2) == "Houthi Movement"


def test_a_monitor_telling_of_a_clash_with_a_side_is_not_its_party(extract):
    text = "وقال المرصد السوري لحقوق الإنسان إن مواجهات عنيفة دارت مع عناصر تنظيم داعش في مدينة الحسكة."
    [clash] = of_type(extract, text, "Armed clash")
    assert clash.actor1 is None


def test_the_rebels_of_a_report_from_yemen_are_the_resistance(extract):
    text = "وقال مصدر في المقاومة الشعبية إن الثوار سيطروا على جبل العروس في مدينة تعز بعد طرد مسلحي الحوثي منه."
    found = [e for e in extract(text, "2015-07-20").events if e.type == "Battles"]
    assert found and canonical(found[0].actor1) == "Popular Resistance (Yemen)"


def test_a_head_and_its_quoted_name_make_a_known_group(extract):
    text = "وقتل عشرون شخصا في هجوم شنه عناصر من حركة «الشباب» على فندق في مدينة مقديشو."
    [attack] = [e for e in extract(text, "2015-07-20").events if e.actor1 is not None]
    assert canonical(attack.actor1) == "Al Shabaab"


def test_a_front_in_straight_quotes_is_the_known_front(extract):
    text = 'واندلعت اشتباكات عنيفة بين جبهة "النصرة" وقوات الجيش السوري في مدينة إدلب.'
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Jabhat al-Nusra"


def test_aircraft_named_by_their_nationality_after_a_complementiser_did_it(extract):
    text = "وقال المرصد إن طائرات أميركية قتلت سبعة من مقاتلي جبهة النصرة في ريف إدلب."
    [event] = [e for e in extract(text, "2015-07-20").events if e.actor2 is not None]
    assert canonical(event.actor1) == "Military Forces of the United States"
    assert canonical(event.actor2) == "Jabhat al-Nusra"


def test_the_popular_forces_of_a_report_from_yemen_are_the_resistance(extract):
    text = "وقال مصدر محلي إن القوات الشعبية سيطرت على مدينة زنجبار بعد طرد مسلحي الحوثي منها."
    found = [e for e in extract(text, "2015-07-20").events if e.type == "Battles"]
    assert found and canonical(found[0].actor1) == "Popular Resistance (Yemen)"
