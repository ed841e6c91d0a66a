"""Rules of the session of 2026-12-05 (tenth): fighting where people fell is no activity in general.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt


def events(extract, text, published=None):
    return extract(text, published).events


def test_fighting_in_which_people_fell_is_an_incident(extract):
    [e] = events(extract, "وذكرت مصادر قبلية سقوط عدد من القتلى من المسلحين في اشتباكات مع قوات الجيش في مدينة "
                          "زنجبار.", dt.date(2015, 7, 20))
    assert (e.sub_type, e.place.name) == ("Armed clash", "زنجبار")


def test_one_man_dying_in_clashes_is_an_incident(extract):
    [e] = events(extract, "ولقي قائد ميداني مصرعه في مواجهات مع المقاومة في مدينة زنجبار.", dt.date(2015, 7, 20))
    assert (e.type, e.place.name) == ("Battles", "زنجبار")


def test_clashes_in_general_with_no_toll_stay_background(extract):
    assert events(extract, "ويشارك الحزب في اشتباكات مع خصومه منذ سنوات.", dt.date(2015, 7, 20)) == []


def test_a_toll_that_another_act_answers_is_recalled_not_told(extract):
    # the answer word in quotation marks still governs the toll: the strikes are the recalled incident's
    evs = events(extract, 'وقال المتمردون إن الهجوم على ثكنة الجيش في مدينة زنجبار أمس جاء "ردا" على مقتل مدنيين '
                          'في غارات للطائرات الحربية.', dt.date(2015, 7, 20))
    assert [e.place.name for e in evs] == ["زنجبار"]


def _actor_names(extract, text):
    return {a.canonical for a in extract(text, dt.date(2016, 7, 20)).actors}


def test_a_bare_security_belt_is_a_cordon(extract):
    assert "Security Belt Forces" not in _actor_names(
        extract, "ونجحت قوات الجيش في توسيع الحزام الأمني حول مدينة زنجبار.")


def test_the_security_belt_forces_named_in_full_then_bare(extract):
    names = _actor_names(extract, "انتشرت قوات الحزام الأمني في مدينة عدن. وقال قائد في الحزام الأمني إن الوضع هادئ.")
    assert "Security Belt Forces" in names


def test_a_duty_is_not_its_act(extract):
    assert events(extract, "وشيعت القوات أمس جثمان القائد الذي كان مكلفا عملية استعادة السيطرة على مدينة زنجبار.",
                  dt.date(2015, 7, 20)) == []


def test_refraining_from_an_act_is_its_absence(extract):
    assert events(extract, "وامتنعت الطائرات عن قصف مدينة زنجبار أمس.", dt.date(2015, 7, 20)) == []
    assert events(extract, "والتزمت القوات بالامتناع عن قصف الأحياء السكنية في مدينة زنجبار.", dt.date(2015, 7, 20)) == []


def test_those_trying_to_retake_have_not_retaken(extract):
    assert events(extract, "وقال سكان إن مقاتلين محليين يحاولون استعادة الأحياء الشمالية من مدينة زنجبار.",
                  dt.date(2015, 7, 20)) == []


def test_the_side_that_wrests_control_took_the_ground(extract):
    [e] = events(extract, "وقال المرصد إن وحدات حماية الشعب الكردية انتزعت اليوم السيطرة على بلدة صرين من يد "
                          "مقاتلي تنظيم داعش.", dt.date(2015, 7, 27))
    assert (e.actor1.canonical, e.actor2.canonical) == ("YPG: People's Protection Units", "Islamic State")


def test_a_day_in_a_later_clause_of_time_is_that_clauses(extract):
    [e] = events(extract, "وقال المصدر إن المسلحين يقصفون قرى زنجبار بشكل عشوائي، بعد أن تم طردهم من عدة قرى "
                          "الأسبوع الماضي.", dt.date(2015, 7, 25))
    assert e.date != "2015-07-13" and e.date != "2015-07-18"


def test_the_day_of_a_clause_told_next_in_order_stays(extract):
    [e] = events(extract, "قصفت الطائرات مواقع المسلحين في مدينة زنجبار قبل أن تعود إلى قواعدها أمس.",
                 dt.date(2015, 7, 25))
    assert e.date == "2015-07-24"


def test_protecting_a_town_from_shelling_tells_no_shelling(extract):
    assert events(extract, "وطالب الوزير بإقامة منطقة آمنة لحماية مدينة زنجبار من قصف الطائرات.",
                  dt.date(2015, 7, 25)) == []


def test_administrative_detention_is_no_arrest(extract):
    assert events(extract, "وقالت الجمعية إن الأسرى المضربين عن الطعام هم الذين يقبعون في الاعتقال الإداري في سجون "
                           "زنجبار.", dt.date(2015, 7, 25)) == []


def test_an_arrest_in_a_town_is_still_one(extract):
    [e] = events(extract, "واعتقلت الشرطة أمس ثلاثة أشخاص في مدينة زنجبار.", dt.date(2015, 7, 25))
    assert e.sub_type == "Arrests"


def test_ground_a_side_is_driven_from_in_its_own_country_is_the_place(extract):
    [e] = events(extract, "نجحت قوات المقاومة الشعبية في طرد الحوثيين من عدن.", dt.date(2015, 8, 2))
    assert (e.sub_type, e.place.name) == ("Government regains territory", "عدن")


def test_a_truce_ended_is_no_agreement(extract):
    evs = events(extract, "وأعلن المتمردون انتهاء الهدنة مع الحكومة في مدينة زنجبار.", dt.date(2015, 8, 2))
    assert [e.sub_type for e in evs if e.sub_type == "Agreement"] == []


def test_places_listed_with_their_preposition_again_are_one_event_each(extract):
    evs = events(extract, "كثفت طائرات التحالف أمس غاراتها على مواقع المتمردين في الحوطة، وفي زنجبار.",
                 dt.date(2015, 8, 2))
    assert sorted(e.place.name for e in evs) == ["الحوطة", "زنجبار"]
