"""yplaces36: places of the Yemen war and of the Saudi southern border that reports name bare, without a cue word,
and that no list held (سناح، المسيال، الخوبة، رأس عمران) or that GeoNames held only under a stoplisted word (عمران,
a man's and a family name too, on the ambiguous list).  Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places

YEMEN = "قالت مصادر محلية في صنعاء إن المعارك تتواصل في عدة محافظات يمنية. "
BORDER = "أعلن المتحدث الأمني لوزارة الداخلية السعودية في الرياض عن سقوط مقذوفات على مناطق حدودية. "


def resolved(resources, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Place name -> (English name, country) of the places Rasd keeps in `text`."""
    out = {}
    for m in kept_places(resources, text):
        c = m.resolved
        out[m.name] = (c.name_en, c.country) if c else (None, None)
    return out


@pytest.mark.parametrize("text, name", [
    ("وشنت مقاتلات التحالف غارات على مواقع للمتمردين في عمران شمال العاصمة.", "عمران"),
    ("ويتنقل المسلحون من صعدة مرورا بعمران إلى العاصمة.", "عمران"),
    ("وتدور اشتباكات في عدة مدن شمالية بما فيها عمران وصعدة.", "عمران"),
])
def test_amran_bare_in_a_report_from_yemen(resources, text, name):
    got = resolved(resources, YEMEN + text)
    assert got.get(name) == ("‘Amrān", "YE")


@pytest.mark.parametrize("text", [
    "وقدم الأمير التعازي لأسرة الجندي ثامر عمران المطيري في الرياض.",
    "وقال رئيس البورصة المصرية محمد عمران إن التداول في القاهرة ارتفع.",
    "واستشهد الخطيب بآية من سورة آل عمران في خطبة الجمعة بمكة.",
])
def test_amran_the_name_stays_no_place(resources, text):
    assert "عمران" not in resolved(resources, text)


@pytest.mark.parametrize("text", [
    "وقصفت المقاومة تجمعا للحوثيين بسناح شمال مدينة الضالع.",
    "وقتل ستة من الحوثيين في مواجهات شرق سناح.",
])
def test_sanah_bare_is_dhale_front(resources, text):
    got = resolved(resources, YEMEN + text)
    assert got.get("سناح") == ("Sanah", "YE")


def test_musayyal_post_on_the_border(resources):
    got = resolved(resources, BORDER + "وتعرض مركز المسيال بقطاع ظهران الجنوب لقذائف عسكرية من داخل الأراضي اليمنية.")
    assert any(v == ("Al Musayyal", "SA") for v in got.values())
    assert got.get("ظهران الجنوب") == ("Dhahran al Janub", "SA")


def test_khawbah_after_tuwal(resources):
    got = resolved(resources, BORDER + "وأصيب خمسة أشخاص في الطوال والخوبة بمنطقة جازان.")
    assert got.get("الخوبة") == ("Al Khawbah", "SA")
    assert got.get("الطوال") == ("Al-Tuwal", "SA")


def test_ras_imran_is_the_cape_by_aden_not_amran(resources):
    got = resolved(resources, YEMEN + "وسيطرت المقاومة على منطقة رأس عمران شمال البريقة غرب عدن.")
    assert got.get("رأس عمران") == ("Ras Imran", "YE")
    assert "عمران" not in got


def test_urbanism_and_other_uses_are_no_place(resources):
    # "urbanism" stays the word (guard); «مآرب أخرى» "other uses" (Quran 20:18) is an idiom (name_vetoes.yaml), not Marib
    got = resolved(resources, "وأكد الباحث في الرياض أن عمران المدن العربية تغير كثيرا وأن للمخططين مآرب أخرى.")
    assert "عمران" not in got and "مآرب" not in got


def test_al_umran_of_al_ahsa_is_not_amran(resources):
    # the row refuses its «ال» form (no_al=1): «العمران» is urbanism or a town of al-Ahsa, never Yemen's Amran
    got = resolved(resources, YEMEN + "وزار الوفد مركز التنمية الأسرية بمدينة العمران في محافظة الأحساء.")
    assert got.get("العمران", (None, None))[1] != "YE"


@pytest.mark.parametrize("text", [
    YEMEN + "وقصفت المدفعية مواقع الحوثيين في حرض قرب الحدود.",
    BORDER + "وردت المدفعية السعودية بدك مواقع المتمردين في مديرية حرض المتاخمة للحدود شمال محافظة حجة.",
])
def test_harad_in_a_report_from_yemen_or_the_border(resources, text):
    assert resolved(resources, text).get("حرض") == ("Ḩaraḑ", "YE")


@pytest.mark.parametrize("text", [
    "وأكد الشيخ في الرياض أن من حرض على الفتنة سينال عقابه.",
    "وقال المتحدث في جدة إن الرجل شتم وحرض على العنف عبر حسابه.",
    "واتهمت المحكمة القائد بأنه حرض على القتل في دارفور بالسودان.",
])
def test_harad_the_verb_stays_no_place(resources, text):
    assert "حرض" not in resolved(resources, text)
