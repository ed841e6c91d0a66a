"""Trigger words mean political violence only where their sentence says so.

Every sentence here was written for these tests.
"""
import pytest


def subtypes(extract, text):
    return [e.sub_type for e in extract(text).events]


@pytest.mark.parametrize("text", [
    "خطف الفريق فوزا ثمينا من مضيفه في الدقائق الأخيرة من المباراة.",               # snatching a win
    "أوقف الاتحاد اللاعب أربع مباريات بسبب سلوكه في الملعب.",                        # suspending a player
    "ضبطت فرق التفتيش ألف عبوة من العطور المقلدة في أحد المستودعات.",               # seizing fake goods
    "أكد الوزير أهمية مواجهة الإرهاب والتطرف بالتعاون بين الدول.",                   # facing a problem
    "قررت إدارة النادي إقامة معسكر إعدادي للفريق في النمسا.",                         # a training camp
    "لقي أربعة أشخاص مصرعهم في حادث سير على الطريق السريع شمال المدينة.",             # an accident
    "وقع انفجار في مصنع بسبب تسرب الغاز من أسطوانة في المنطقة الصناعية.",             # an accident
    "لقي ثلاثة أشخاص مصرعهم وأصيب اثنان في انقلاب شاحنتهم على طريق مدينة تبوك.",      # a rollover
    "ألقت الشرطة القبض على عصابة متخصصة في سرقة السيارات في حي الروضة.",             # ordinary crime
    "تمكن الفريق من السيطرة على وسط الملعب طوال الشوط الأول.",                       # control of midfield
    "واجهت الحكومة معركة صعبة في البرلمان لإقرار الميزانية.",                        # a political battle
])
def test_no_event_where_the_words_mean_something_else(extract, text):
    assert subtypes(extract, text) == []


@pytest.mark.parametrize("text, sub", [
    ("اختطف مسلحون مجهولون ثلاثة مهندسين أجانب قرب مدينة سبها.", "Abduction/forced disappearance"),
    ("اعتقلت قوات الأمن خمسة عناصر من خلية إرهابية في مدينة القصرين.", "Arrests"),
    ("ضبطت وحدات الجيش كمية من الأسلحة والذخائر في منطقة صحراوية.", "Disrupted weapons use"),
    ("قتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش شمال مدينة العريش.", "Armed clash"),
    ("اندلعت اشتباكات عنيفة بين الطرفين في منطقة يريم.", "Armed clash"),                 # plain: no evidence needed
])
def test_events_where_the_sentence_shows_armed_conflict(extract, text, sub):
    assert sub in subtypes(extract, text)


def test_a_mention_pointing_back_takes_the_evidence_before_it(extract):
    text = ("قتل ثلاثة جنود في هجوم شنه مسلحون على دورية للجيش قرب مدينة العريش يوم الأحد. "
            "ووقع الهجوم على الطريق الساحلي غرب المدينة.")
    assert subtypes(extract, text) == ["Armed clash"]


def test_a_sports_page_reports_no_incident(extract):
    text = ("فاز فريق النصر على ضيفه الشباب بهدفين في مباراة الدوري على ملعب الملك فهد. "
            "وشهدت المواجهة هجوما مكثفا من لاعبي النصر في الشوط الثاني، وخطف المهاجم هدف الفوز.")
    assert subtypes(extract, text) == []


def test_an_almanac_entry_is_no_event(extract):
    text = "في مثل هذا اليوم\n1974 - مواجهات عنيفة بين قوات حزب وفدائيين في حي من بيروت أسفرت عن مقتل عشرة.\n"
    assert subtypes(extract, text) == []


@pytest.mark.parametrize("text", [
    "وأكد القائد أن الجيش مستعد لمواجهة المسلحين في أي مكان من البلاد.",                # facing a foe, in general
    "وقال المتحدث إن قوات الأمن تقف في مواجهة المتطرفين منذ سنوات.",                   # standing against
    "تحتاج هذه المرحلة إلى خطط جديدة ومواجهتها تتطلب تعاون الجيش والشرطة.",           # "facing it"
])
def test_a_singular_confrontation_is_a_clash_only_when_armed_or_deadly(extract, text):
    assert subtypes(extract, text) == []


def test_a_deadly_confrontation_is_a_clash(extract):
    text = "قتل أربعة مسلحين في مواجهة عنيفة مع دورية للجيش قرب مدينة الشيخ زويد أمس."
    assert "Armed clash" in subtypes(extract, text)


@pytest.mark.parametrize("text", [
    "وعثرت القوات في المنزل على بندقيتين وحزام ناسف وذخائر متنوعة.",                   # a belt found
    "وقال الكاتب إن الإرهاب لم يعد مجرد سيارات مفخخة وأحزمة ناسفة يحملها المسلحون.",   # a figure of speech
])
def test_a_suicide_belt_is_no_bombing_until_it_goes_off(extract, text):
    assert "Suicide bomb" not in subtypes(extract, text)


def test_a_belt_that_went_off_is_a_suicide_bombing(extract):
    text = "فجر مسلح حزاما ناسفا كان يرتديه عند مدخل مركز للشرطة في مدينة العريش أمس."
    assert subtypes(extract, text) == ["Suicide bomb"]


@pytest.mark.parametrize("text", [
    "وقالت البعثة الدولية التي تراقب وقف إطلاق النار إن الطرفين لم يسحبا المدفعية الثقيلة.",  # watched
    "ودعا المبعوث الأممي إلى تمديد الهدنة الإنسانية أسبوعا آخر.",                           # hoped for
    "وفشلت هدنة سابقة بين القبيلتين في وقف القتال.",                                      # failed
])
def test_a_truce_named_is_no_agreement(extract, text):
    assert "Agreement" not in subtypes(extract, text)


@pytest.mark.parametrize("text", [
    "أعلن التحالف هدنة إنسانية لمدة خمسة أيام في اليمن تبدأ منتصف الليلة.",
    "ودخلت الهدنة بين الطرفين حيز التنفيذ صباح أمس في مدينة حمص.",
    "توصلت القبيلتان إلى اتفاق وقف إطلاق النار في مدينة سبها أمس.",
])
def test_a_truce_made_or_taking_effect_is_an_agreement(extract, text):
    assert "Agreement" in subtypes(extract, text)


@pytest.mark.parametrize("text", [
    "وقال المحلل إن المعركة الانتخابية بين الحزبين ستحسم في العاصمة الشهر المقبل بعد مواجهات كلامية حادة.",
    "تعرضت مواقع حكومية لهجوم إلكتروني شنه قراصنة يناصرون التنظيم المتطرف.",
])
def test_a_battle_of_another_field_is_no_incident(extract, text):
    assert subtypes(extract, text) == []


def test_to_prepare_is_not_to_regain(extract):
    text = "واستعدت القوات الأمنية لاقتحام منطقة في الطرف الغربي لمدينة الرمادي."
    assert subtypes(extract, text) == []


@pytest.mark.parametrize("text", [
    "وكشف مصدر عسكري عن انطلاق عملية عسكرية واسعة لتطهير القرى شمال مدينة الرمادي من المسلحين.",
    "وبحث الوزير مع القادة الحملة العسكرية الجارية في محافظة الأنبار.",
])
def test_an_operation_that_did_nothing_told_is_no_event(extract, text):
    assert subtypes(extract, text) == []


def test_an_operation_with_its_dead_is_an_event(extract):
    text = "شنت القوات عملية عسكرية على قرى شمال مدينة بعقوبة تمكنت خلالها من قتل 11 مسلحا."
    assert subtypes(extract, text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "وقال مصدر إن سقوط الطائرة أدى إلى اشتعال النار في منازل، وإن رجلين كانا على متنها لقيا مصرعهما.",
    "كشفت الشرطة تفاصيل تحطم الطائرة الخاصة التي أودت بحياة ثلاثة من ركابها قرب المطار.",
])
def test_a_crash_is_no_attack_even_with_its_fire_or_the_police_that_report_it(extract, text):
    assert subtypes(extract, text) == []


def test_an_aircraft_brought_down_is_violence(extract):
    text = "قتل ثلاثة جنود بعد أن أسقط مسلحون مروحية عسكرية بصاروخ وتحطمت قرب مدينة العريش أمس."
    assert subtypes(extract, text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "وأطلق رجل خمسيني النار على شقيقه بسبب خلافات عائلية في إحدى قرى المحافظة.",
    "وقبضت الجهات الأمنية على الجاني بعد أن أطلق النار على جاره إثر مشاجرة بينهما.",
])
def test_a_gun_does_not_make_ordinary_crime_political_violence(extract, text):
    assert subtypes(extract, text) == []


@pytest.mark.parametrize("text", [
    "وعثرت دورية للجيش على مخبأ للأسلحة والذخائر في منطقة جبلية قرب مدينة القصرين أمس.",
    "وأضافت المصادر أن قوات الأمن عثرت على عبوة ناسفة في الطريق الساحلي قرب مدينة العريش.",
])
def test_a_cache_or_a_bomb_found_is_disrupted_weapons_use(extract, text):
    assert "Disrupted weapons use" in subtypes(extract, text)


@pytest.mark.parametrize("text", [
    "وعثرت الشرطة على جثة رجل في حي الروضة بمدينة جدة.",
    "عثر رجال الجمارك على كمية من الحبوب المخدرة مخبأة داخل صناديق فاكهة.",
])
def test_a_body_or_contraband_found_is_not(extract, text):
    assert "Disrupted weapons use" not in subtypes(extract, text)


@pytest.mark.parametrize("text", [
    "وقال المصدر إن الحكومة أوقفت تقديم العلاجات الطبية للجرحى في مستشفياتها.",
    "وأوقف زعيم الحركة رسائله المسجلة منذ سنوات بعد تراجع نشاط مقاتليه.",
    "وتمكن حرس الحدود من توقيف ثلاث سيارات محملة بالبضائع المهربة.",
])
def test_to_stop_something_is_no_arrest(extract, text):
    assert "Arrests" not in subtypes(extract, text)


def test_to_stop_people_is_an_arrest(extract):
    text = "وأعلنت الحكومة أن الشرطة أوقفت 251 شخصا يشتبه في انتمائهم إلى تنظيم مسلح في العاصمة."
    assert subtypes(extract, text) == ["Arrests"]
