"""Who acted, read from Arabic word order: the subject right after an attack verb, a unit of a force,
a verb that shares the subject of the verb before it, the owner of a target, the ل of an incident noun.

Every sentence here was written for these tests (none is taken from the gold files).
"""
import pytest


def canonical(actor):
    return actor.canonical if actor is not None else None


@pytest.mark.parametrize("text, actor1, actor2", [
    # verb first: the actor right after هاجم / استهدف is its subject
    ("هاجم تنظيم داعش مواقع الجيش العراقي في قضاء هيت أمس.", "Islamic State", "Military Forces of Iraq"),
    ("استهدفت حركة الشباب قاعدة لقوات الاتحاد الأفريقي في منطقة جنالي أمس.", "Al Shabaab", None),
    # ... and the thing the target's owner owns may have an adjective ("قاعدة عسكرية تابعة لـ")
    ("هاجمت حركة الشباب قاعدة عسكرية تابعة لقوات الاتحاد الأفريقي في منطقة جنالي أمس.",
     "Al Shabaab", "African Union"),
    # a unit noun right after the verb: its force is the doer
    ("هاجمت مفرزة للجيش العراقي مواقع لتنظيم داعش في قضاء الحويجة أمس.", "Military Forces of Iraq",
     "Islamic State"),
    # ... also first in a quotation: the mark opens the clause, it closes no noun before the verb
    ('وقال الجيش في بيانه: "هاجمت حركة الشباب قاعدة للجيش الصومالي في منطقة جنالي أمس".', "Al Shabaab", None),
    # a verb joined by و shares the subject of the verb before: the actor after it is its object
    ("دخلت القوات العراقية مدينة الفلوجة أمس وهاجمت تنظيم داعش في أحيائها الشمالية.",
     "Military Forces of Iraq", "Islamic State"),
])
def test_the_subject_of_an_attack_verb(extract, text, actor1, actor2):
    [e] = extract(text).events
    assert canonical(e.actor1) == actor1
    if actor2 is not None:
        assert canonical(e.actor2) == actor2


def test_a_relative_pronoun_makes_the_actor_after_the_verb_its_object(extract):
    evs = extract("قتل خمسة مدنيين في الغارة الجوية التي استهدفت تنظيم داعش في مدينة الرقة أمس.").events
    assert all(canonical(e.actor1) != "Islamic State" for e in evs)


def test_a_verb_with_a_plural_ending_holds_its_subject(extract):
    evs = extract("قال مصدر أمني إن مسلحين هاجموا الجيش الليبي في مدينة درنة أمس.").events
    assert evs and all(canonical(e.actor1) != "Military Forces of Libya" for e in evs)


def test_the_l_of_an_incident_noun_outweighs_the_counted_dead_before_it(extract):
    [e] = extract("قتل عشرة من عناصر تنظيم داعش في غارة جوية للتحالف الدولي قرب مدينة الموصل أمس.").events
    assert canonical(e.actor1) == "Global Coalition Against Daesh"


def test_the_second_verb_of_a_retaking_keeps_the_first_subject(extract):
    evs = extract("دخلت القوات اليمنية مدينة عتق أمس وطردت تنظيم القاعدة منها.").events
    assert [canonical(e.actor1) for e in evs if e.sub_type == "Government regains territory"] and \
        all(canonical(e.actor1) != "al-Qaeda" for e in evs)


def test_the_owner_of_what_was_hit_is_not_guessed_as_the_doer(extract):
    # the taking names no subject of its own: not the side whose positions were attacked
    text = "وشنت القوات اليمنية أمس هجوما على مواقع للحوثيين في مديرية صرواح، وسيطرت على ثلاثة منها."
    [e] = extract(text, "2015-07-22").events
    assert (e.sub_type, canonical(e.actor2)) == ("Government regains territory", "Houthi Movement")
    assert canonical(e.actor1) != "Houthi Movement"


@pytest.mark.parametrize("text", [
    "وتم تحرير بلدة الكرمة أمس على يد قوات البشمركة.",
    "وتم تحرير بلدة الكرمة أمس من قبل قوات البشمركة.",
])
def test_a_doer_marked_after_a_passive_taking_is_its_doer(extract, text):
    [e] = extract(text, "2015-07-22").events
    assert (e.sub_type, canonical(e.actor1), e.actor2) == ("Government regains territory", "Peshmerga", None)


def test_hands_after_from_name_whom_ground_was_taken_from(extract):
    text = "وتمكنت القوات العراقية أمس من تحرير بلدة الكرمة من أيدي مسلحي داعش."
    [e] = extract(text, "2015-07-22").events
    assert (e.sub_type, canonical(e.actor1), canonical(e.actor2)) == \
        ("Government regains territory", "Military Forces of Iraq", "Islamic State")


@pytest.mark.parametrize("text, doer", [
    # "أنه" cannot point back to a feminine speaker: it tells what another did
    ("وأشارت السلطات التركية أمس إلى أنه فجر نفسه في حديقة المركز الثقافي في مدينة سروج.", None),
    # ... while "أنها" and a masculine speaker's "أنه" tell the speaker's own doing
    ("وقالت الشرطة التركية أمس إنها اعتقلت خمسة مسلحين في مدينة سروج.", "Police Forces of Turkey"),
    ("وأكد الجيش التركي أمس أنه قصف مواقع للمسلحين قرب مدينة سروج.", "Military Forces of Turkey"),
])
def test_a_complementisers_pronoun_agrees_with_the_speaker_it_names(extract, text, doer):
    [e] = extract(text, "2015-07-22").events
    assert canonical(e.actor1) == doer


def test_an_unclaimed_bombing_is_not_given_the_group_the_article_is_about(extract):
    text = ("يسعى تنظيم داعش إلى توسيع نفوذه في ليبيا، ويقول مسؤولون إن تنظيم داعش يجند مقاتلين من دول الجوار. "
            "وتعاني مدينة درنة من انقطاع الكهرباء منذ أسابيع. "
            "وانفجرت سيارة مفخخة أمس قرب سوق شعبي في مدينة درنة ما أسفر عن مقتل خمسة مدنيين.")
    [e] = extract(text).events
    assert e.actor1 is None


def test_only_a_state_force_arrests(extract):
    evs = extract("ألقي القبض على ثلاثة مطلوبين في مدينة الطائف أمس بعد تبادل لإطلاق النار مع رجال الأمن السعودي.").events
    [arrest] = [e for e in evs if e.sub_type == "Arrests"]
    assert canonical(arrest.actor1) == "Police Forces of Saudi Arabia"


def test_an_arrest_with_no_doer_is_made_by_the_force_named_arresting_before(extract):
    text = ("اعتقلت الشرطة المصرية خمسة أشخاص في مدينة الإسكندرية يوم السبت. "
            "وفي مدينة أسوان ألقي القبض على ثلاثة مطلوبين أمس بعد تبادل لإطلاق النار.")
    arrests = [e for e in extract(text).events if e.sub_type == "Arrests"]
    assert len(arrests) == 2 and all(canonical(e.actor1) == "Police Forces of Egypt" for e in arrests)


@pytest.mark.parametrize("text, actor1", [
    ("قتل خمسة جنود عراقيين في هجوم داعش على قرية قرب مدينة تكريت أمس.", "Islamic State"),
    ("قتل مدنيان في قصف قوات النظام السوري على مدينة درعا أمس.", "Military Forces of Syria"),
])
def test_the_construct_complement_of_an_attack_noun_is_its_doer(extract, text, actor1):
    [e] = extract(text).events
    assert canonical(e.actor1) == actor1


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود يمنيين في هجوم على موقع عسكري في محافظة مأرب أمس.",
    "أصيب أربعة شرطيين مصريين في انفجار عبوة ناسفة في مدينة العريش أمس.",
])
def test_people_counted_before_the_incident_are_not_its_doers(extract, text):
    [e] = extract(text).events
    assert e.actor1 is None


@pytest.mark.parametrize("text, actor1", [
    # an active verb of killing with its object: the actor after it is the killer
    ("قتل مسلحون مجهولون ثلاثة مدنيين في مدينة درنة أمس.", "Unidentified Armed Group (Libya)"),
    # an actor inside a gapped trigger is its subject
    ("فتح مسلحون مجهولون النار على حافلة تقل عمالا في محافظة المنيا أمس.", "Unidentified Armed Group (Egypt)"),
])
def test_the_subject_of_a_killing_or_a_shooting(extract, text, actor1):
    evs = extract(text).events
    assert evs and canonical(evs[0].actor1) == actor1


def test_a_passive_killing_has_no_doer_after_it(extract):
    evs = extract("قتل مسلحون في اشتباك مع الجيش في مدينة درنة أمس.").events
    assert all(canonical(e.actor1) != "Unidentified Armed Group (Libya)" for e in evs)


@pytest.mark.parametrize("text, actor1", [
    ("ألقت السلطات السعودية القبض على ثلاثة إرهابيين ينتمون لتنظيم داعش في مدينة الطائف أمس.",
     "Military Forces of Saudi Arabia"),
    ("قالت الشرطة السعودية إنها تلاحق المطلوبين. "
     "وألقت السلطات السعودية القبض على ثلاثة أشقاء في مدينة الطائف أمس.", "Police Forces of Saudi Arabia"),
    ("ضبطت السلطات التونسية كمية من الأسلحة والذخائر في مدينة القصرين أمس.", "Military Forces of Tunisia"),
])
def test_the_authorities_that_arrest_or_seize_are_the_state_forces(extract, text, actor1):
    [e] = [e for e in extract(text).events if e.sub_type in ("Arrests", "Disrupted weapons use")]
    assert canonical(e.actor1) == actor1


def test_a_joined_verb_names_its_own_subject_after_a_report(extract):
    text = ("وقال قائد في المعارضة إن الثوار انسحبوا من البلدة بعد شن طيران النظام غارات جوية، "
            "وقصف قوات النظام السوري القريتين بالصواريخ أمس.")
    evs = [e for e in extract(text).events if e.sub_type == "Shelling/artillery/missile attack"]
    assert evs and all(canonical(e.actor1) == "Military Forces of Syria" for e in evs)


def test_a_verb_after_a_quotation_is_not_verb_first(extract):
    evs = extract("أعلن الرئيس «حربا على الإرهاب» تستهدف حزب العمال الكردستاني في جنوب شرق تركيا أمس.").events
    assert all(canonical(e.actor1) != "PKK: Kurdistan Workers Party" for e in evs)


@pytest.mark.parametrize("text, actor1", [
    ("قتل جنديان مصريان في انفجار عبوة ناسفة زرعتها عناصر تنظيم أنصار بيت المقدس في مدينة رفح أمس.",
     "Islamic State - Sinai Province"),
    ("أصيب ثلاثة جنود في انفجار عبوة ناسفة تم زرعها بواسطة عناصر حركة الشباب في مدينة مقديشو أمس.",
     "Al Shabaab"),
])
def test_who_planted_the_bomb_set_it_off(extract, text, actor1):
    [e] = extract(text).events
    assert canonical(e.actor1) == actor1


def test_a_force_that_managed_to_take_ground_is_its_subject(extract):
    evs = extract("وتمكنت القوات الموالية لحكومة هادي من السيطرة على مدينة زنجبار أمس.").events
    assert evs and all(canonical(e.actor1) != "Houthi Movement" for e in evs) and evs[0].actor1 is not None


def test_the_group_the_arrested_belong_to_is_not_the_arresting_side(extract):
    text = "وأعلنت الحكومة أن الشرطة أوقفت 25 شخصا يشتبه في انتمائهم إلى تنظيم داعش في العاصمة."
    [e] = [e for e in extract(text, "2015-07-25").events if e.sub_type == "Arrests"]
    assert getattr(e.actor1, "canonical", None) != "Islamic State"
    assert getattr(e.actor2, "canonical", None) == "Islamic State"


def test_the_owner_of_a_post_is_hit_even_after_the_attackers_own_noun(extract):
    # "مسلحون" is an affiliation word too: the one nearest the owner ("تابعة") tells what it owns
    [e] = extract("هاجم مسلحون نقطة تابعة للجيش المصري في مدينة العريش أمس.").events
    assert canonical(e.actor1) != "Military Forces of Egypt"
    assert canonical(e.actor2) == "Military Forces of Egypt"


@pytest.mark.parametrize("text, not_actor1", [
    # a group whose members are counted among the dead is not the one that attacked
    ("قتل عشرة من عناصر تنظيم داعش في هجوم على قرية قرب مدينة الموصل أمس.", "Islamic State"),
    ("قتل خمسة جنود عراقيين في غارة جوية على بلدة قرب مدينة الموصل أمس.", "Military Forces of Iraq"),
])
def test_the_counted_dead_are_not_the_doers_of_an_unattributed_attack(extract, text, not_actor1):
    evs = extract(text).events
    assert evs and all(canonical(e.actor1) != not_actor1 for e in evs)


def test_bullets_mark_who_fired_them(extract):
    [e] = extract("قتل مدنيان مصريان برصاص مسلحين مجهولين في مدينة العريش أمس.").events
    assert (canonical(e.actor1) or "").startswith("Unidentified Armed Group")


def test_a_described_force_with_a_nationality_is_that_countrys_force(extract):
    [e] = extract("قتل عشرة من عناصر داعش في هجوم شنته قوة أمنية عراقية على مدينة الفلوجة أمس.").events
    assert canonical(e.actor1) == "Police Forces of Iraq"


@pytest.mark.parametrize("text, actor1", [
    # the indefinite nisba after an incident noun names the movement that fired
    ("قتل مدنيان في قصف حوثي على أحياء سكنية في مدينة تعز أمس.", "Houthi Movement"),
    # who laid an ambush laid it
    ("قتل ثمانية مسلحين حوثيين في كمين نصبته المقاومة الشعبية بمدينة رداع أمس.", "Popular Resistance (Yemen)"),
    # the ل of an incident noun before a unit names the unit's side
    ("قتل ثلاثة حوثيين على الأقل في هجوم للجان المقاومة الشعبية على نقطة في مدينة البيضاء أمس.",
     "Popular Resistance (Yemen)"),
])
def test_doers_marked_around_an_incident_noun(extract, text, actor1):
    evs = extract(text).events
    assert evs and canonical(evs[0].actor1) == actor1


@pytest.mark.parametrize("text, not_actor1", [
    # the complement of a death is among the dead, not the doer of what is told next to it
    ("اليمن: مقتل حوثيين في البيضاء وغارات على مدينة مأرب أمس.", "Houthi Movement"),
    # a count with a hedge after what it counts
    ("قال مصدر إن أكثر من 200 حوثيا لقوا مصرعهم أمس في معارك شرق مدينة عدن.", "Houthi Movement"),
    # "بين الطرفين": no side is named after بين, so a name further on is not one
    ("دارت اشتباكات بين الطرفين في مدينة تعز أمس أسفرت عن مقتل 29 حوثيا بحسب مصادر من المقاومة.",
     "Houthi Movement"),
])
def test_the_dead_are_not_the_doers(extract, text, not_actor1):
    evs = extract(text).events
    assert evs and all(canonical(e.actor1) != not_actor1 for e in evs)


@pytest.mark.parametrize("text, actor1", [
    # a side's own members or means with a pronoun are the side the pronoun points back to
    ("قالت قيادة التحالف إن طائراتها دمرت منصة صواريخ للحوثيين في مدينة صعدة أمس.", "Saudi-led Coalition"),
    ("قال الجيش العراقي إن عناصره قتلت 15 مسلحا من داعش في مدينة الرمادي أمس.", "Military Forces of Iraq"),
])
def test_a_sides_own_members_with_a_pronoun(extract, text, actor1):
    evs = extract(text).events
    assert evs and canonical(evs[0].actor1) == actor1


def test_a_subjectless_verb_of_another_act_continues_the_side_before(extract):
    text = "سيطرت المقاومة الشعبية على مدينة الضالع أمس. وقصفت مواقع الحوثيين في مدينة قعطبة بالأسلحة الثقيلة."
    shelling = [e for e in extract(text).events if e.sub_type == "Shelling/artillery/missile attack"]
    assert shelling and canonical(shelling[0].actor1) == "Popular Resistance (Yemen)"


def test_a_verb_with_its_subject_after_it_does_not_continue_the_side_before(extract):
    text = "سيطر الحوثيون على مدينة الضالع أمس. وقصفت الطائرات مواقع في مدينة قعطبة."
    evs = [e for e in extract(text).events if e.sub_type == "Air/drone strike"]
    assert all(canonical(e.actor1) != "Houthi Movement" for e in evs)


@pytest.mark.parametrize("text, actor1", [
    # the subject right after a helper verb or its verbal noun
    # (a verbal noun: "بعد نجاح ..." would make it background, SCHEMA.md)
    ("وأعلنت مصادر محلية أمس نجاح قوات المقاومة الشعبية في تحرير مدينة زنجبار من الحوثيين.",
     "Popular Resistance (Yemen)"),
    ("واضطر الجيش السوري في الأسابيع الأخيرة إلى الانسحاب من مدينة تدمر.", "Military Forces of Syria"),
    # the subject before the helper, past a side named as backing it
    ("وكانت القوات العراقية، بدعم من قوات الحشد الشعبي، تمكنت الأحد من استعادة مدينة بيجي.",
     "Military Forces of Iraq"),
])
def test_the_subject_of_a_verb_of_managing_is_the_doer_of_its_complement(extract, text, actor1):
    evs = [e for e in extract(text, "2015-07-25").events if e.sub_type != "Armed clash"]
    assert evs and canonical(evs[0].actor1) == actor1


def test_the_subject_of_a_helper_is_not_the_antecedent_of_the_pronoun_after_it(extract):
    # "من طرده": the pronoun is the group expelled; the Kurdish fighters expelled it
    text = "وهاجم تنظيم داعش مدينة تل أبيض قبل أن يتمكن المقاتلون الأكراد من طرده منها."
    evs = [e for e in extract(text, "2015-07-25").events if e.sub_type != "Armed clash"]
    assert evs and canonical(evs[-1].actor1) == "YPG: People's Protection Units"


def test_a_doer_marked_by_other_words_outweighs_the_helper_subject(extract):
    # the resistance repelled the attack; the Houthis, who carried it out, started the fight
    text = "وتمكنت المقاومة الشعبية أمس من صد هجوم نفذته ميليشيات الحوثي على مدينة الضالع."
    evs = extract(text, "2015-07-25").events
    assert evs and all(canonical(e.actor1) != "Popular Resistance (Yemen)" for e in evs if e.sub_type == "Armed clash")


def test_two_sides_taking_one_town_in_turn_are_two_changes_of_control(extract):
    text = "احتل تنظيم داعش عددا من الأبنية في مدينة تل أبيض أمس، قبل أن يتمكن المقاتلون الأكراد من طرده منها."
    subs = [(e.sub_type, canonical(e.actor1)) for e in extract(text, "2015-07-25").events
            if e.sub_type.endswith("territory")]
    assert len(subs) == 2 and len({a for _, a in subs}) == 2


@pytest.mark.parametrize("text, actor1", [
    ("أدانت منظمة العفو الدولية أمس قصف المتمردين الحوثيين مناطق سكنية في مدينة تعز.", "Houthi Movement"),
    ("وأدانت الولايات المتحدة الهجوم الانتحاري الذي وقع أمس في مدينة مايدوغوري.", None),
    # the nationality after the strike still names its doer
    ("أدانت الحكومة العراقية الغارات التركية على مواقع في شمال العراق أمس.", "Military Forces of Turkey"),
])
def test_who_condemns_an_incident_did_not_carry_it_out(extract, text, actor1):
    [e] = extract(text, "2015-07-25").events
    assert canonical(e.actor1) == actor1


def test_whom_ground_was_taken_from_is_not_its_taker(extract):
    # "استعادتها من الحوثيين": من after a retaking names the side that lost the ground
    text = "وقال القائد إن رجاله دخلوا مقر قيادة المنطقة العسكرية الرابعة التي تمت استعادتها من الحوثيين."
    [e] = extract(text, "2015-07-25").events
    assert canonical(e.actor1) != "Houthi Movement" and canonical(e.actor2) == "Houthi Movement"


def test_the_force_whose_post_was_struck_is_not_guessed_as_the_striker(extract):
    text = "وضربت الغارات أمس مواقع للحوثيين في مدينة صعدة ومقر الحرس الجمهوري جنوبي صنعاء."
    [e] = extract(text, "2015-07-25").events
    assert canonical(e.actor1) != "Military Forces of Yemen (Pro-Saleh)"


def test_the_group_of_a_leader_killed_is_not_the_striker(extract):
    # "قيادي في تنظيم القاعدة": the leader's group (member_nouns in event_roles.yaml); the nisba after the strike
    # names the striker
    [e] = extract("قتل قيادي في تنظيم القاعدة بغارة أمريكية في محافظة مأرب أمس.").events
    assert canonical(e.actor1) != "al-Qaeda"


def test_who_says_what_another_did_is_not_its_doer(extract):
    # the council says it; the militias after "أن" did it, however far their name is from the verb
    text = ("وأكد المجلس العسكري في المحافظة، في بيان أمس، أن ميليشيات الحوثي والقوات الموالية للرئيس السابق "
            "قامت أمس بقصف عنيف لمنطقة الضباب في تعز.")
    [e] = extract(text, "2015-07-21").events
    assert canonical(e.actor1) == "Houthi Movement"


def test_who_holds_the_place_hit_is_not_the_doer(extract):
    text = "وقال المرصد أمس إن القصف استهدف قرية يسيطر عليها تنظيم داعش في ريف حلب الشرقي."
    [e] = extract(text, "2015-07-21").events
    assert canonical(e.actor1) != "Islamic State"


def test_whom_ground_was_taken_from_is_not_guessed_as_the_taker(extract):
    text = "وقال قيادي في المقاومة إن القوات حررت مدينة الحوطة أمس من قبضة الميليشيات الحوثية وقوات الرئيس السابق بعد معارك."
    evs = [e for e in extract(text, "2015-08-03").events if e.sub_type.endswith("territory")]
    assert evs and all(canonical(e.actor1) not in ("Houthi Movement", "Military Forces of Yemen (Pro-Saleh)")
                       and e.sub_type == "Government regains territory" for e in evs)


@pytest.mark.parametrize("text, actor1, actor2", [
    # who repels defended: the side whose attack or advance it stopped started the battle (SCHEMA.md)
    ("صدت المقاومة الشعبية في مديرية الضالع أمس سلسلة هجمات عنيفة للحوثيين.",
     "Houthi Movement", "Popular Resistance (Yemen)"),
    ("صد تنظيم داعش أمس تقدما للجيش العراقي قرب مدينة الرمادي.", "Military Forces of Iraq", "Islamic State"),
    # ... also where a place and its description stand between the verb and the attack
    ("صدت المقاومة الشعبية في محافظة مأرب، شرقي اليمن، أمس عدة هجمات للحوثيين على مواقعها.",
     "Houthi Movement", "Popular Resistance (Yemen)"),
    # ... named after شنه, and by a verb of managing before the verbal noun
    ("صدت القوات العراقية أمس هجوما شنه تنظيم داعش على مدينة حديثة.", "Islamic State", "Military Forces of Iraq"),
    ("تمكنت قوات البيشمركة أمس من صد هجوم لمسلحي داعش على مواقعها في قضاء سنجار.", "Islamic State", "Peshmerga"),
])
def test_the_side_whose_attack_was_repelled_started_the_battle(extract, text, actor1, actor2):
    [e] = [e for e in extract(text, "2015-07-22").events if e.sub_type == "Armed clash"]
    assert (canonical(e.actor1), canonical(e.actor2)) == (actor1, actor2)


def test_a_repelling_whose_attacker_is_not_named_does_not_make_the_defender_its_starter(extract):
    evs = extract("صدت القوات العراقية أمس هجوما عنيفا على مدينة حديثة غربي الأنبار.", "2015-07-22").events
    assert evs and all(canonical(e.actor1) != "Military Forces of Iraq" for e in evs)


@pytest.mark.parametrize("text, actor1", [
    # a pronoun on the complementiser points back to the side named in the sentence before
    ("وصلت مقاتلات الجيش التركي إلى الحدود فجر أمس. ونقلت وسائل الإعلام أنه قصف مواقع لحزب العمال الكردستاني "
     "في شمال العراق.", "Military Forces of Turkey"),
    # ... and so does a demonstrative before a side's members ("هذه القوات")
    ("قال متحدث إن مقاتلي المقاومة الشعبية نجحوا في السيطرة على حي المعلا في عدن. وأضاف أن هذه القوات "
     "استعادت مبنى المحافظة في عدن.", "Popular Resistance (Yemen)"),
])
def test_a_subject_that_only_points_back_is_the_side_named_before(extract, text, actor1):
    evs = extract(text, "2015-07-22").events
    assert evs and canonical(evs[-1].actor1) == actor1


def test_he_does_not_point_back_to_a_feminine_name(extract):
    evs = extract("وصلت الشرطة الباكستانية إلى المكان. وقال شهود إنه هاجم مركزا للشرطة في مدينة بيشاور.",
                  "2015-07-22").events
    assert all(canonical(e.actor1) != "Police Forces of Pakistan" for e in evs)


@pytest.mark.parametrize("text, actor1", [
    # خاض is a light verb: its subject, however far its description runs, wages the fight
    ("قال شهود إن قوات يمنية مؤيدة للرئيس هادي خاضت أمس اشتباكات مع المتمردين الحوثيين قرب قاعدة العند.",
     "Military Forces of Yemen (Pro-Hadi)"),
    # a verb whose object is its pronoun has its subject after it, past the day
    ("وصل الوزير إلى مطار عدن الذي استعادته الأسبوع الماضي القوات الموالية للرئيس هادي.",
     "Military Forces of Yemen (Pro-Hadi)"),
    # a side's members heading its name right after the verb are the subject
    ("ضبطت قوات حرس الحدود السعودية أمس كمية من الأسلحة والذخائر في قطاع ظهران الجنوب.",
     "Police Forces of Saudi Arabia"),
])
def test_a_force_described_or_headed_by_its_members_is_the_subject(extract, text, actor1):
    evs = extract(text, "2015-07-22").events
    assert evs and canonical(evs[0].actor1) == actor1


def test_the_holder_of_a_place_is_not_its_taker(extract):
    text = "قال متحدث إن المقاتلين سيطروا أمس على حي التواهي آخر أحياء عدن التي كانت لا تزال تحت سيطرة جماعة الحوثيين."
    evs = extract(text, "2015-07-22").events
    assert evs and all(canonical(e.actor1) != "Houthi Movement" for e in evs)


def test_fighting_told_after_ground_taken_is_the_takers(extract):
    text = ("تمكنت المقاومة الشعبية أمس من السيطرة على بلدة الوهط في محافظة لحج. وذكر مصدر محلي أن معارك عنيفة "
            "اندلعت خلال اليومين الماضيين أدت إلى مقتل 30 مسلحا.")
    evs = [e for e in extract(text, "2015-07-22").events if e.sub_type == "Armed clash"]
    assert evs and canonical(evs[0].actor1) == "Popular Resistance (Yemen)"


def test_it_after_a_named_attack_points_to_the_attack_not_a_side(extract):
    # "أنه" is the attack just named, not the army the source belongs to (an unidentified attacker: actor1 null)
    text = ("قتل ثمانية جنود في هجوم شنه مسلحون مجهولون أمس على معسكر للجيش في منطقة تمبكتو. وأكد مصدر عسكري آخر "
            "- وهو مسؤول في الجيش المالي تم الاتصال به في باماكو - الهجوم، موضحا أنه استهدف وحدة للحرس الوطني.")
    assert all(canonical(e.actor1) != "Military Forces of Mali" for e in extract(text, "2015-08-03").events)


@pytest.mark.parametrize("text, actor1", [
    # a side named as backing the side before it is not the subject, nor are its partners
    ("وكانت المقاومة الشعبية المسنودة بقوات الجيش الوطني وطيران التحالف قد سيطرت على مديرية المسيمير في محافظة "
     "لحج أمس.", "Popular Resistance (Yemen)"),
    ("وكانت المقاومة الشعبية المسنودة بالقوات الموالية للرئيس هادي قد سيطرت على مديرية المسيمير في محافظة لحج أمس.",
     "Popular Resistance (Yemen)"),
    ("وقد تمكنت خلالها المقاومة الشعبية وبمساندة من القوات الموالية للرئيس هادي السيطرة على مديرية المسيمير في "
     "محافظة لحج أمس.", "Popular Resistance (Yemen)"),
    # ... a side not backing anyone is read as before
    ("وكانت القوات الموالية للرئيس هادي قد سيطرت على مديرية المسيمير في محافظة لحج أمس.",
     "Military Forces of Yemen (Pro-Hadi)"),
])
def test_a_backing_side_is_not_the_subject(extract, text, actor1):
    [e] = extract(text, "2015-07-21").events
    assert canonical(e.actor1) == actor1


@pytest.mark.parametrize("text, actor1", [
    # "قام ب": the light verb's subject does the act, with words of time and place between
    ("وقال شهود إن عناصر من الحشد الشعبي قامت بعد دخولها إلى قرية البو حسن جنوب تكريت بإحراق منازل المواطنين.",
     "PMF: Popular Mobilization Forces"),
    # ... the subject right after it
    ("وفي مدينة إب قامت أمس جماعة الحوثي المسلحة باختطاف ثلاثة من الناشطين.", "Houthi Movement"),
    # ... the first of partners joined by و leads
    ("وأفاد مصدر محلي أن ميليشيات الحوثي والقوات الموالية للرئيس السابق قامت خلال ساعات الليل وفي الصباح الباكر "
     "بقصف حي الروضة في مدينة تعز.", "Houthi Movement"),
])
def test_the_subject_of_a_light_verb_does_its_act_after_b(extract, text, actor1):
    evs = extract(text, "2015-07-21").events
    assert evs and canonical(evs[0].actor1) == actor1


def test_what_an_act_led_to_is_done_by_the_acts_doer(extract):
    # "الجريمة التي نفذها X وأدت إلى حرق": the relative clause names who did what the crime led to
    text = ("واستنكرت الجامعة العربية الجريمة البشعة التي نفذها مستوطنون إسرائيليون فجر أمس، وأدت إلى إحراق منزل "
            "عائلة فلسطينية في قرية عقربا قرب نابلس.")
    evs = extract(text, "2015-08-01").events
    assert evs and canonical(evs[0].actor1) == "Settlers (Israel)"
    # with no doer named in the relative clause none is given
    text = ("واستنكرت الجامعة العربية الجريمة البشعة التي وقعت فجر أمس، وأدت إلى إحراق منزل عائلة فلسطينية في قرية "
            "عقربا قرب نابلس.")
    assert all(e.actor1 is None for e in extract(text, "2015-08-01").events)


def test_one_more_of_a_series_has_the_doer_of_the_one_before(extract):
    # "غارة أخرى" with no doer: one more of the strikes told just before, by the same air force
    text = ("وشنت مقاتلات التحالف العربي أمس نحو عشر غارات جوية على مواقع للحوثيين في مديرية صرواح بمحافظة مأرب. "
            "كما دمرت غارة أخرى في مديرية حريب مخزنا للأسلحة.")
    evs = extract(text, "2015-07-21").events
    assert len(evs) >= 2 and all(canonical(e.actor1) == "Saudi-led Coalition" for e in evs)
    # ... not one more of another kind ("هجوم آخر" after strikes)
    text = ("وشنت مقاتلات التحالف العربي أمس نحو عشر غارات جوية على مواقع للحوثيين في مديرية صرواح بمحافظة مأرب. "
            "وقتل ثلاثة جنود في هجوم آخر على نقطة عسكرية في مديرية حريب.")
    evs = extract(text, "2015-07-21").events
    assert canonical(evs[0].actor1) == "Saudi-led Coalition"
    assert all(canonical(e.actor1) != "Saudi-led Coalition" for e in evs[1:])


@pytest.mark.parametrize("text, actor1, actor2", [
    # whom ground was taken from ("من أيدي", "من يد") is the side acted upon, not the doer
    ("وكانت القوات الموالية للرئيس هادي قد استعادت مدينة زنجبار من أيدي الحوثيين وحلفائهم بدعم من طيران التحالف.",
     "Military Forces of Yemen (Pro-Hadi)", "Houthi Movement"),
    ("وانتزع تنظيم داعش السيطرة على مدينة القريتين بريف حمص من يد القوات الحكومية في أغسطس.",
     "Islamic State", "Military Forces of Syria"),
])
def test_whom_ground_was_taken_from_is_acted_upon(extract, text, actor1, actor2):
    evs = extract(text, "2015-08-10").events
    assert evs and canonical(evs[0].actor1) == actor1 and canonical(evs[0].actor2) == actor2


def test_a_verb_with_only_its_pronoun_for_subject_has_the_side_named_before(extract):
    # "تمكنوا" has no subject but its suffix: the side the sentence before names last, not the one it fights
    text = ("وتتمركز عناصر ميليشيات الحوثي في التلال المحيطة، لكن رجال المقاومة يحاولون الوصول إلى قممها. "
            "حيث تمكنوا أمس من السيطرة على جبل العر في محافظة لحج.")
    [e] = [e for e in extract(text, "2015-07-21").events if e.sub_type.endswith("territory")]
    assert canonical(e.actor1) == "Popular Resistance (Yemen)"
    # ... not a side named as backing it
    text = ("وحققت المقاومة مدعومة من قوات الجيش الوطني تقدما في مديرية الحد أمس. "
            "كما تمكنت من السيطرة على جبل العر في محافظة لحج.")
    [e] = [e for e in extract(text, "2015-07-21").events if e.sub_type.endswith("territory")]
    assert canonical(e.actor1) == "Popular Resistance (Yemen)"


def test_an_incident_a_speaker_only_tells_continues_the_one_before(extract):
    # the observatory tells the shells fell; the sentence before named who fired them
    text = ("قصفت فصائل المعارضة أمس بلدة نبل بريف حلب بالصواريخ. "
            "وأكد المرصد السوري سقوط أكثر من 40 قذيفة على بلدة الزهراء، ما أدى إلى جرح ثلاثة أشخاص.")
    evs = extract(text, "2015-07-21").events
    assert len(evs) == 2 and all(canonical(e.actor1) == "Opposition Rebels (Syria)" for e in evs)
    # ... the speaker alone names no doer when nothing of its kind was told before
    text = ("وعقد المجلس المحلي في بلدة نبل اجتماعا أمس. "
            "وأكد المرصد السوري سقوط أكثر من 40 قذيفة على بلدة الزهراء، ما أدى إلى جرح ثلاثة أشخاص.")
    evs = extract(text, "2015-07-21").events
    assert all(e.actor1 is None for e in evs)
