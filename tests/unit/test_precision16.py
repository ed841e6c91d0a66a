"""Rules of precision16: what a sentence names but does not report as an incident (any attack, what a weapon
could do, a killer, an agreement sought).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def sub_types(extract, text, published=DAY):
    return [e.sub_type for e in extract(text, published).events]


# --- "أي"/"معظم" before the trigger: any attack, most strikes — violence in general ---------------------------

def test_any_attack_is_no_incident(extract):
    assert sub_types(extract, "وأدانت وزارة الخارجية أي اعتداءات مسلحة على المدنيين في مدينة بنغازي.") == []
    assert sub_types(extract, "وقال الوزير إن قواته سترد بقوة على أي هجوم يستهدف مدينة الحديدة.") == []


def test_most_strikes_is_no_incident(extract):
    assert sub_types(extract, "وقال المسؤول إن أغلب القصف تركز على الأحياء الشرقية في مدينة حلب.") == []


def test_guard_that_is_keeps_the_strike(extract):
    assert "Air/drone strike" in sub_types(
        extract, "وشنت طائرات التحالف أمس غارات جوية على مدينة صعدة، أي معقل الجماعة الرئيسي.")


# --- "بمقدور"/"بوسع": what a weapon or a side could do --------------------------------------------------------

def test_what_a_weapon_could_do_is_no_incident(extract):
    assert sub_types(extract, "وقال الخبير إن بمقدور المنظومة الجديدة إطلاق الصواريخ من البحر الأسود.") == []
    assert sub_types(extract, "وأضاف أن بوسع الجيش اقتحام مدينة الرمادي متى شاء.") == []


# --- "قاتل" after a preposition is the killer, not "he fought" -----------------------------------------------

def test_a_killer_is_no_clash(extract):
    text = ("القبض على قاتل شقيقه في مدينة الطائف\n\n"
            "وأوضح المتحدث أن الجاني أطلق النار على شقيقه إثر خلاف عائلي.")
    assert "Armed clash" not in sub_types(extract, text)


def test_guard_she_fought_stays(extract):
    assert "Armed clash" in sub_types(extract, "وقاتلت قوات الجيش المسلحين في مدينة سرت أمس.")


def test_guard_he_fought_stays(extract):
    assert "Armed clash" in sub_types(extract, "وقال المرصد إن جيش الثوار قاتل مع الفصائل ضد هجمات التنظيم في ريف حلب أمس.")


# --- an agreement sought: the ل of purpose on a verbal noun of reaching ---------------------------------------

def test_to_reach_a_truce_is_a_purpose(extract):
    assert sub_types(extract, "ووصل الوسيط إلى المدينة للتوصل إلى اتفاقية سلام بين القبائل في مدينة سبها.") == []


def test_guard_a_truce_reached_stays(extract):
    assert "Agreement" in sub_types(extract, "وأعلن الطرفان أمس التوصل إلى هدنة في مدينة حمص.")


# --- more verbal nouns of purpose: to complete, deter, arrange, challenge --------------------------------------

def test_to_complete_a_liberation_is_a_purpose(extract):
    assert sub_types(extract, "وأكد القائد أن قواته تتقدم لاستكمال تحرير مدينة زنجبار من المسلحين.") == []


def test_guard_a_liberation_completed_stays(extract):
    assert "Government regains territory" in sub_types(extract, "واستكملت القوات أمس تحرير مدينة زنجبار من المسلحين.")


# --- a place ruined by a fight: which place it is, by its history ---------------------------------------------

def test_a_town_ruined_by_a_battle_is_history(extract):
    text = ("قتل 20 شخصا أمس في تفجير انتحاري استهدف حافلة في بلدة تل أبيض.\n\n"
            "وكان الضحايا يريدون المشاركة في إعادة إعمار بلدة القصير السورية المدمرة بفعل المعركة التي دارت بين "
            "الجيش والمسلحين بين مايو ويونيو 2013.")
    assert sub_types(extract, text) == ["Suicide bomb"]


def test_guard_a_town_that_saw_fighting_yesterday_stays(extract):
    assert "Armed clash" in sub_types(extract, "وشهدت بلدة القصير أمس معارك عنيفة بين الجيش والمسلحين.")


# --- a demand or an appeal for an act is not the act --------------------------------------------------------------

def test_a_demand_is_no_withdrawal(extract):
    assert sub_types(extract, "وتعالت الأصوات المطالبة بانسحاب الميليشيات من مدينة إب.") == []


def test_guard_a_student_killed_in_an_attack_stays(extract):
    assert "Armed clash" in sub_types(extract, "وقتل طالب بجامعة صنعاء في هجوم مسلح أمس.")


# --- "رئيس تحريرها": its editor-in-chief, no liberation -----------------------------------------------------------

def test_an_editor_is_no_liberation(extract):
    text = ("صحف الخليج تدين التفجير\n\n"
            "وكتب رئيس تحريرها في الكويت أن الإرهاب لن ينال من وحدة المجتمع.")
    assert "Government regains territory" not in sub_types(extract, text)


# --- a word of strife in the abstract after a trigger: a figure of speech ------------------------------------

def test_to_ward_off_sedition_is_no_clash(extract):
    text = ("قتل 26 شخصا أمس في تفجير انتحاري استهدف مسجدا في مدينة الكويت.\n\n"
            "وقالت الصحيفة إن الإرهابيين فشلوا في تفجير فتنة طائفية في الكويت، فالشعب وقف صفا واحدا في مواجهة وصد "
            "الفتنة، واستشهد 26 مصليا.")
    assert sub_types(extract, text) == ["Suicide bomb"]


def test_guard_a_car_bomb_stays(extract):
    assert "Remote explosive/landmine/IED" in sub_types(extract, "وقتل خمسة أشخاص أمس في تفجير سيارة مفخخة في مدينة الرمادي.")
