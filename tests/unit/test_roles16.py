"""roles16: a country as the doer of a strike told as a noun (the subject of the verb of carrying out that governs
it, the subject of a relative clause on it, its genitive before the preposition of its object); the dead or hurt
"in the ranks of" a side are that side's (actor2); and where the dead counted before a clash are of one side, the
side they fought "with" is the other party (actor1).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, of_type


# --- a country as the doer of a strike told as a noun --------------------------------------------------

def test_a_country_and_its_partners_before_the_verb_carrying_out_the_raids_made_them(extract):
    text = "وقالت الوزارة إن الولايات المتحدة وحلفاءها شنوا خمس غارات على مواقع لتنظيم داعش قرب مدينة الرقة."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of the United States"
    assert canonical(raid.actor2) == "Islamic State"


def test_a_country_in_a_relative_clause_on_the_raids_made_them(extract):
    text = "واحتجت الحكومة على الغارات التي نفذتها تركيا على مواقع قرب مدينة دهوك أمس."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of Turkey"


def test_a_country_as_the_genitive_of_a_shelling_with_its_object_after_it_shelled(extract):
    text = "وأدان المجلس قصف تركيا لقرية قرب مدينة دهوك أمس."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Military Forces of Turkey"


def test_a_country_as_the_object_of_a_shelling_did_not_shell(extract):
    text = "وأدان المجلس قصف اليمن أمس."
    for e in events(extract, text):
        assert canonical(e.actor1) != "Military Forces of Yemen"


def test_a_country_in_a_place_phrase_before_the_verb_is_no_doer(extract):
    text = "وفي العراق نفذت 17 ضربة جوية قرب مدينة الموصل أمس."
    for e in events(extract, text):
        assert canonical(e.actor1) != "Military Forces of Iraq"


# --- the dead in the ranks of a side ------------------------------------------------------------------

def test_the_dead_in_the_ranks_of_a_side_are_the_side_hit(extract):
    text = "وسقط قتلى وجرحى في صفوف عناصر الحوثي في كمين للمقاومة الشعبية قرب مدينة إب أمس."
    [ambush] = of_type(extract, text, "Armed clash")
    assert canonical(ambush.actor1) == "Popular Resistance (Yemen)"
    assert canonical(ambush.actor2) == "Houthi Movement"


def test_losses_in_the_ranks_of_a_force_make_it_the_side_hit(extract):
    text = "وقالت المصادر إن خسائر بشرية وقعت في صفوف قوات النظام خلال هجوم قرب مدينة درعا أمس."
    [attack] = of_type(extract, text, "Armed clash")
    assert canonical(attack.actor1) is None
    assert canonical(attack.actor2) == "Military Forces of Syria"


def test_ranks_with_no_toll_before_name_no_side_hit(extract):
    text = "وانضم عشرات الشبان إلى صفوف المقاومة الشعبية قبل هجوم على مواقع الحوثيين قرب مدينة تعز أمس."
    for e in events(extract, text):
        assert canonical(e.actor2) != "Popular Resistance (Yemen)"


# --- the dead of one side in clashes with the other -----------------------------------------------------

def test_the_side_fought_with_by_the_counted_dead_is_the_other_party(extract):
    text = "وقتل عشرة من عناصر الجيش السوري في معارك مع جبهة النصرة قرب مدينة إدلب أمس."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Jabhat al-Nusra"
    assert canonical(clash.actor2) == "Military Forces of Syria"


def test_the_dead_in_the_ranks_and_the_side_they_fought(extract):
    text = "وسقط قتلى وجرحى في صفوف مسلحي تنظيم داعش في اشتباكات مع الجيش العراقي قرب مدينة تكريت أمس."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Military Forces of Iraq"
    assert canonical(clash.actor2) == "Islamic State"


def test_dead_of_no_named_side_leave_the_side_fought_with_unread(extract):
    text = "وقتل ثلاثة متمردين أكراد في اشتباكات مع قوات الأمن قرب مدينة شرناق أمس."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor2) is None


def test_a_subject_fighting_with_a_side_keeps_it(extract):
    text = "واشتبكت قوات الأمن مع مسلحي داعش قرب مدينة تكريت أمس."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor2) == "Islamic State"


# --- ground taken from a side ----------------------------------------------------------------------------

def test_the_side_after_a_bare_min_of_ground_taken_lost_it(extract):
    text = "وحررت قوات البشمركة الكردية بلدة سنجار في شمال العراق من تنظيم داعش بعد معارك استمرت أسبوعا."
    [taking] = of_type(extract, text, "Government regains territory")
    assert canonical(taking.actor1) == "Peshmerga"
    assert canonical(taking.actor2) == "Islamic State"


def test_fighters_of_a_group_taking_ground_are_its_takers(extract):
    text = "وسيطر مقاتلون من تنظيم داعش على بلدة القريتين أمس."
    [taking] = of_type(extract, text, "Non-state actor overtakes territory")
    assert canonical(taking.actor1) == "Islamic State"
    assert canonical(taking.actor2) is None


# --- a nationality of two words ---------------------------------------------------------------------------

def test_a_force_with_a_two_word_nationality_is_that_country_s(extract):
    text = "وأعلنت الشرطة الكورية الجنوبية أمس أنها اعتقلت رجلا هدد بقتل السفير الأمريكي، وقال البيت الأبيض إن السفير بخير."
    [arrest] = of_type(extract, text, "Arrests")
    assert canonical(arrest.actor1) == "Police Forces of South Korea"


def test_a_one_word_nationality_still_names_its_country(extract):
    text = "وقصف الجيش الليبي مواقع قرب مدينة درنة أمس."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert shelling.actor1.canonical.startswith("Military Forces of Libya")


# --- the authorities of a country with no forces in the registry -------------------------------------------

def test_authorities_seizing_are_the_forces_of_a_country_the_registry_has_none_for(extract):
    text = "وأعلنت السلطات البحرينية أمس إحباط عملية تهريب أسلحة قادمة من إيران."
    [seizure] = of_type(extract, text, "Disrupted weapons use")
    assert canonical(seizure.actor1) == "Military Forces of Bahrain"


# --- a side's leaders or forces counted after من --------------------------------------------------------

def test_leaders_of_a_group_counted_among_the_dead_make_it_the_side_hit(extract):
    text = "وكشف مصدر عن مقتل سبعة من قادة تنظيم داعش بقصف مدفعي وسط مدينة الفلوجة أمس."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) != "Islamic State"
    assert canonical(shelling.actor2) == "Islamic State"


def test_a_hedge_between_the_count_and_min_keeps_the_counted_side(extract):
    text = "وفي محافظة مأرب، قتل 18 على الأقل من مسلحي الحوثي في مواجهات مع المقاومة الشعبية مساء الخميس."
    [clash] = of_type(extract, text, "Armed clash")
    assert canonical(clash.actor1) == "Popular Resistance (Yemen)"
    assert canonical(clash.actor2) == "Houthi Movement"


# --- the genitive of إقدام did what it ventured to ---------------------------------------------------------

def test_the_genitive_of_venturing_did_the_act_after_ala(extract):
    text = "جاء ذلك بعد إقدام قوات الأمن الإيرانية على هدم مسجد في طهران صباح أمس."
    [demolition] = of_type(extract, text, "Looting/property destruction")
    assert canonical(demolition.actor1) == "Police Forces of Iran"


def test_a_doing_verb_with_bi_still_names_its_subject(extract):
    text = "وقامت جماعة الحوثي باختطاف صحفي في مدينة صنعاء أمس."
    [abduction] = of_type(extract, text, "Abduction/forced disappearance")
    assert canonical(abduction.actor1) == "Houthi Movement"
