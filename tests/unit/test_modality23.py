"""modality23: a word of ability, attempt, plan or imminence governs a chain of verbal nouns joined by و; a later
link is as unrealised as the first, even past the 4-word window, while an act told in a clause of its own after
the chain (a passive تم, a word of time or contrast) stays.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events

GROUND = {"Government regains territory", "Non-state actor overtakes territory"}


def sub_types(extract, text):
    return {e.sub_type for e in events(extract, text)}


def test_a_later_link_of_what_a_radar_is_able_to_do_is_no_clash(extract):
    text = ("وقال الخبير العسكري إن المنظومة الجديدة قادرة على رصد عشرين هدفا جويا في آن واحد على مسافة بعيدة "
            "والاشتباك مع ستة منها دفعة واحدة.")
    assert "Armed clash" not in sub_types(extract, text)


def test_a_later_link_of_what_a_group_tries_is_no_arrest(extract):
    text = ("وقال ناشطون إن التنظيم يحاول من خلال هذا القرار فرض رقابة مشددة على ما يكتب في مدينة دير الزور "
            "واعتقال كل من يتواصل مع الصحفيين.")
    assert "Arrests" not in sub_types(extract, text)


def test_a_retaking_the_fighters_are_about_to_make_is_no_retaking(extract):
    text = ("وأكد القائد الميداني أن المقاومة الشعبية على وشك حسم المعركة في مديرية المسيمير، شمال المحافظة، "
            "واستعادة السيطرة على معسكر اللبنات.")
    assert not sub_types(extract, text) & GROUND


def test_an_act_told_after_a_passive_past_stays(extract):
    text = ("وقال المحافظ إن بعض الأطراف تحاول استغلال الاحتجاجات في مدينة الناصرية وخلال المسيرة تم إحراق "
            "مبنى البلدية والاعتداء على عناصر الشرطة واعتقال عشرة من المحتجين.")
    assert "Arrests" in sub_types(extract, text)


def test_an_arrest_joined_to_a_foiled_attempt_stays(extract):
    text = "وأحبطت الشرطة محاولة تسلل مسلحين إلى حي الزهراء في مدينة الرمادي أمس واعتقال خمسة منهم."
    assert "Arrests" in sub_types(extract, text)


def test_a_joined_word_alone_or_after_a_head_alone_does_not_fail(extract):
    assert isinstance(events(extract, "واعتقال"), list)
    assert "Arrests" not in sub_types(extract, "يحاول واعتقال")


def test_a_later_link_of_an_aim_is_no_retaking(extract):
    text = ("وصعدت القوات الحكومية من حملتها الهادفة لإعادة الأمن إلى محافظة الأنبار وطرد مسلحي التنظيم من "
            "مدينة هيت غرب البلاد.")
    assert not sub_types(extract, text) & GROUND


def test_operations_a_carrier_joins_to_what_is_scheduled_are_no_incident(extract):
    text = ("ومن المقرر أن يشرف وزير الدفاع خلال زيارته على خطط الوزارة لإعادة فتح الطرق بين المدن ومواصلة "
            "العمليات العسكرية في محافظة صلاح الدين.")
    assert events(extract, text) == []


def test_a_clash_told_by_a_derived_verb_after_a_want_stays(extract):
    text = ("وقال المتحدث إن المسلحين يريدون دخول القرية الواقعة شمال المدينة واشتبكوا مساء أمس مع قوات الجيش في "
            "ناحية العلم.")
    assert "Armed clash" in sub_types(extract, text)


def test_a_relative_clause_in_the_past_ends_the_chain(extract):
    text = ("وتلجأ الجماعة إلى أساليب جديدة بهدف إيقاع خسائر كبيرة مثل التي وقعت في مدينة العريش الأربعاء الماضي "
            "والهجوم على مقر الكتيبة 101 بقذائف الهاون.")
    assert any(e.place and e.place.name == "العريش" for e in events(extract, text))


def test_violence_a_long_named_group_is_kept_from_carrying_out_is_none(extract):
    text = ("ويركز المسؤولون التونسيون على ضمان عدم قيام تنظيم أنصار الشريعة المتشدد المرتبط بتنظيم القاعدة "
            "بأعمال عنف تعرقل زيارة الرئيس الفرنسي لمدينة سوسة.")
    assert events(extract, text) == []


def test_violence_a_named_group_carried_out_is_told(extract):
    text = ("وأكدت الشرطة قيام تنظيم أنصار الشريعة المتشدد المرتبط بتنظيم القاعدة بهجوم على مركز أمني في مدينة "
            "القصرين أمس.")
    assert events(extract, text) != []


def test_an_alleged_plot_is_no_attack(extract):
    text = "ونشرت الشرطة البريطانية أمس تفاصيل الهجوم المزعوم على قاعدة عسكرية في مدينة مانشستر."
    assert events(extract, text) == []


def test_a_truce_joined_to_an_aim_is_no_agreement(extract):
    text = ("وقالت المصادر إن الطرفين يجريان اتصالات مع الوسطاء في مسقط بهدف استئناف المشاورات السياسية المتوقفة، "
            "والتوصل إلى هدنة جديدة في محافظة الحديدة.")
    assert "Agreement" not in sub_types(extract, text)


# --- a law's wording --------------------------------------------------------------------------------------------

def test_death_as_a_penalty_a_new_law_provides_is_no_execution(extract):
    text = "وصادق البرلمان الأردني أمس على القانون الجديد الذي ينص على عقوبة الإعدام ضد مرتكبي جرائم الخطف."
    assert events(extract, text) == []


def test_an_attack_a_law_article_names_is_no_attack(extract):
    text = "وتنص المادة 14 من مشروع القانون على السجن المؤبد إذا أدى الاعتداء على رجال الأمن إلى وفاة أحدهم."
    assert events(extract, text) == []


def test_an_attack_told_beside_a_law_in_another_sentence_stays(extract):
    text = ("وتنص المادة 14 من القانون على السجن المؤبد لكل من يعتدي على رجال الأمن. وهاجم مسلحون أمس نقطة "
            "للشرطة في مدينة الكرك وقتلوا شرطيين.")
    assert events(extract, text) != []


def test_a_complement_of_its_own_ends_the_chain(extract):
    told = "وقال الضابط بأن التنظيم هاجم القرية وقتل أهلها وتدمير منازلهم في ريف حماة أمس."
    text = "ولا ينكر أحد أن المسلحين قادرون على التخفي في الجبال، " + told
    assert sub_types(extract, text) == sub_types(extract, told)
