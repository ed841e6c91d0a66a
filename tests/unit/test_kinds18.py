"""kinds18: a bomb defused is a disrupted weapons use, not also an explosion (sentences written for these tests)."""
from __future__ import annotations

DAY = "2016-03-10"


def _kinds(extract, text: str) -> list[str]:
    return [e.sub_type for e in extract(text, DAY).events]


def test_bomb_defused_with_the_doer_between_is_no_explosion(extract):
    text = ("أبطل خبراء الهندسة العسكرية مفعول عبوة ناسفة وضعت قرب مدرسة في مدينة الزرقاء الأردنية صباح اليوم. "
            "وفتحت السلطات تحقيقا في الحادث.")
    assert _kinds(extract, text) == ["Disrupted weapons use"]


def test_bomb_defused_told_with_the_noun_is_no_explosion(extract):
    text = "تمكنت قوات الأمن من إبطال مفعول عبوة ناسفة زرعت على طريق رئيسي في مدينة الموصل اليوم الثلاثاء."
    assert _kinds(extract, text) == ["Disrupted weapons use"]


def test_bomb_defused_after_another_went_off_keeps_the_blast(extract):
    text = ("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة العريش اليوم، "
            "وأبطلت قوات الأمن مفعول قنبلة ثانية عثر عليها في المكان.")
    kinds = _kinds(extract, text)
    assert "Remote explosive/landmine/IED" in kinds


def test_a_bomb_alone_still_goes_off(extract):
    assert _kinds(extract, "قتل جنديان في انفجار عبوة ناسفة في مدينة العريش اليوم الثلاثاء.") == \
        ["Remote explosive/landmine/IED"]


def test_one_word_text(extract):
    assert _kinds(extract, "مفعول") == []
    assert _kinds(extract, "عبوة") == []


# --- people burnt are attacked: one incident with the attack told of them, not a destruction beside it ---

def test_burning_a_family_is_an_attack_not_a_destruction(extract):
    text = ("طالبت الحكومة بمحاسبة المسلحين على جريمة إحراق العائلة في قرية الشيخ زويد فجر الأحد. "
            "وقال شهود إن الاعتداء الذي نفذه المسلحون في قرية الشيخ زويد راح ضحيته طفل.")
    kinds = _kinds(extract, text)
    assert "Looting/property destruction" not in kinds
    assert kinds == ["Attack"]


def test_people_burnt_after_a_count_are_attacked(extract):
    kinds = _kinds(extract, "أحرق المسلحون ثلاثة أطفال حتى الموت في بلدة الخالص شمال بعقوبة اليوم الأربعاء.")
    assert kinds == ["Attack"]


def test_a_house_burnt_stays_a_destruction(extract):
    kinds = _kinds(extract, "أحرق مسلحون مجهولون منزل عائلة في بلدة الخالص شمال بعقوبة اليوم الأربعاء دون وقوع إصابات.")
    assert kinds == ["Looting/property destruction"]


def test_burning_word_ending_a_text(extract):
    assert _kinds(extract, "أحرقوا") == []


def test_killed_when_a_house_was_burnt_is_one_attack(extract):
    kinds = _kinds(extract, "قتل طفل حين أحرق مستوطنون منزل عائلته في قرية الخالص شمال بعقوبة اليوم الأربعاء.")
    assert kinds == ["Attack"]


def test_killed_after_a_burning_told_in_a_clause_is_one_attack(extract):
    kinds = _kinds(extract, "قررت الحكومة ملاحقة المتورطين إثر مقتل طفل بعد قيام مسلحين بإحراق منزل في قرية "
                            "الخالص شمال بعقوبة اليوم الأربعاء.")
    assert kinds == ["Attack"]


def test_dead_not_counted_with_a_destruction_make_it_a_fight_not_a_looting(extract):
    kinds = _kinds(extract, "أعلنت قيادة الشرطة مقتل العشرات من عناصر تنظيم داعش وتدمير عدد من عجلاته في مدينة "
                            "الرمادي اليوم الأربعاء.")
    assert kinds == ["Armed clash"]
