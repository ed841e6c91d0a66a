"""fight39: a fight told as taking place or going on at a named place is a Battles event (SCHEMA.md).

- The words of fighting that need evidence of armed conflict in their sentence (event_senses.yaml: مواجهات, معركة)
  need none right after a verb of fighting taking place or going on (`told_happening`,
  `events._told_happening`): "وتستمر المواجهات في مديرية س", "واندلعت معركة عنيفة في مدينة س".
- "لا تزال"/"لم يزل" before a noun of fighting tells it going on; the particle negates nothing there (events.yaml
  modality `still_verbs`, `factuality._modality_window`).
- A verb of fighting taking place or rising (event_roles.yaml happening_verbs: اشتدت, تصاعدت, وقعت) carries a
  plural fight to the place after it, as the verbs of going on do (`factuality._carried_to_a_place`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def battles_at(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None and e.type == "Battles"}


def test_fighting_going_on_in_a_district_is_a_clash(extract):
    text = "وتتواصل المواجهات في مديرية الوازعية غربي محافظة تعز."
    assert "الوازعية" in battles_at(extract, text)


def test_a_singular_battle_breaking_out_is_a_clash(extract):
    text = "واندلعت معركة عنيفة صباح أمس في مدينة البيضاء."
    assert "البيضاء" in battles_at(extract, text)


def test_fighting_rising_in_a_province_is_a_clash(extract):
    text = "وتصاعدت حدة المواجهات في محافظة شبوة."
    assert "شبوة" in battles_at(extract, text)


def test_fighting_still_raging_is_a_clash(extract):
    text = "ولا تزال المعارك محتدمة في مدينة الرمادي."
    assert "الرمادي" in battles_at(extract, text)


def test_clashes_still_going_on_are_a_clash(extract):
    text = "ولا تزال الاشتباكات مستمرة في بلدة الزبداني."
    assert "الزبداني" in battles_at(extract, text)


def test_fighting_flaring_is_carried_to_its_place(extract):
    text = "واشتدت المعارك في مدينة الحسكة."
    assert "الحسكة" in battles_at(extract, text)


# guards


def test_going_on_facing_a_problem_is_no_clash(extract):
    # the singular مواجهة after a verb of going on is "facing"
    text = "وتستمر الحكومة في مواجهة الأزمة في مدينة عدن."
    assert "عدن" not in battles_at(extract, text)


def test_fighting_negated_stays_out(extract):
    text = "ولم تندلع اشتباكات في مدينة المكلا."
    assert "المكلا" not in battles_at(extract, text)


def test_a_town_still_held_is_no_clash(extract):
    # "still" before a state of control, not a noun of fighting: the negation rule is not lifted
    text = "ولا تزال مدينة صعدة تحت سيطرة الحوثيين."
    assert "صعدة" not in {e.place.name for e in events(extract, text) if e.place is not None}


def test_a_round_of_matches_going_on_is_no_clash(extract):
    # the sports sense: the sentence's words rule it out
    text = ("فاز الهلال على النصر بهدفين في الدوري السعودي للمحترفين. وتستمر مواجهات الجولة الثالثة من الدوري "
            "اليوم في ملعب مدينة الرياض.")
    assert "الرياض" not in battles_at(extract, text)


def test_a_battle_against_a_problem_is_no_clash(extract):
    text = "وتدور معركة اقتصادية في مدينة جدة."
    assert "جدة" not in battles_at(extract, text)
