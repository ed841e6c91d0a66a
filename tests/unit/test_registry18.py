"""registry18: actors missed or misnamed on unseen pages. The Houthis' "gangs" and "rebellion", Iraq's war media
cell, the KRG as "the region's government", a province's police, the Observatory's "Arab-international"
coalition, المرابطون as guards not the Sahel group, a name on a street or podium, and al-Qaeda in Yemen as AQAP.
Sentences written for these tests."""
import pytest


def canonicals(extract, text):
    return {a.canonical or a.name for a in extract(text, published="2015-07-20").actors}


@pytest.mark.parametrize("text", [
    "قصفت العصابات الحوثية قرى حدودية في منطقة جازان مساء الخميس.",
    "اشتبك مسلحون من التمرد الحوثي مع أبناء القبائل في محافظة إب.",
])
def test_the_houthis_gangs_and_rebellion(extract, text):
    assert "Houthi Movement" in canonicals(extract, text)


def test_iraqs_war_media_cell(extract):
    found = canonicals(extract, "أعلنت خلية الإعلام الحربي مقتل عشرين إرهابيا بضربة جوية في قضاء الحويجة.")
    assert "Military Forces of Iraq" in found


def test_the_regions_government_in_iraq_is_the_krg(extract):
    found = canonicals(extract, "قالت حكومة الإقليم في أربيل إنها أرسلت تعزيزات إلى سنجار لمواجهة داعش.")
    assert "Kurdistan Regional Government" in found


@pytest.mark.parametrize("text, police", [
    ("أعلنت شرطة منطقة عسير القبض على ثلاثة مطلوبين في أبها.", "Police Forces of Saudi Arabia"),
    ("أصيب شرطي في هجوم على دورية تابعة لشرطة محافظة نينوى في مدينة الموصل.", "Police Forces of Iraq"),
    ("قال مدير شرطة جازان إن الحدود آمنة.", "Police Forces of Saudi Arabia"),
])
def test_a_provinces_police_is_its_countrys(extract, text, police):
    assert police in canonicals(extract, text)


def test_police_before_a_word_that_is_no_place_is_nobody(extract):
    assert canonicals(extract, "اتهمت التحقيقات رجال شرطة بهجمات على الأسواق في المدينة.") == set()


def test_the_observatorys_arab_international_coalition(extract):
    found = canonicals(extract, "قتل خمسون مسلحا في غارات شنها التحالف العربي - الدولي على مواقع داعش في ريف الرقة.")
    assert "Global Coalition Against Daesh" in found
    assert "Saudi-led Coalition" not in found


def test_guards_at_al_aqsa_are_not_the_sahel_group(extract):
    assert "Al Mourabitoun" not in canonicals(extract, "تصدى المرابطون في المسجد الأقصى لاقتحام المستوطنين صباح الأحد.")


def test_the_sahel_group_by_its_name(extract):
    text = "أعلنت جماعة المرابطون مسؤوليتها عن الهجوم على الفندق في باماكو. وقال المرابطون إن الهجوم انتقام."
    assert "Al Mourabitoun" in canonicals(extract, text)


@pytest.mark.parametrize("text, absent", [
    ("أغلقت قوات الأمن البحرينية دوار مجلس التعاون في العاصمة المنامة.", "Gulf Cooperation Council"),
    ("جاء الإعلان من منصة البيت الأبيض بعد اجتماع مع وزير الخارجية السعودي في واشنطن.",
     "Government of the United States"),
    ("أغلقت البلدية شارع الجيش في مدينة الطائف لأعمال الصيانة.", "Military Forces of Saudi Arabia"),
])
def test_a_name_on_a_street_or_podium_is_no_actor(extract, text, absent):
    assert absent not in canonicals(extract, text)


def test_al_qaeda_in_yemen_is_aqap(extract):
    found = canonicals(extract, "شن تنظيم القاعدة هجوما على نقطة عسكرية في مدينة المكلا بحضرموت.")
    assert "AQAP: Al Qaeda in the Arabian Peninsula" in found
    assert "al-Qaeda" not in found


def test_al_qaeda_elsewhere_stays_al_qaeda(extract):
    found = canonicals(extract, "قال مسؤول إن تنظيم القاعدة يجند مقاتلين في باكستان وأفغانستان.")
    assert "al-Qaeda" in found


def test_a_provinces_police_in_a_deputys_title_is_no_actor(extract):
    found = canonicals(extract, "انتقد نائب رئيس شرطة دبي في تغريدة تصريحات المسؤول الإيراني.")
    assert "Police Forces of the United Arab Emirates" not in found
