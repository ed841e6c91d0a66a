"""fat32: the dead of two sides told in one list, where the second side is named only after من.

- "25 قتيلا من الحوثيين و13 من المقاومة": the list's next count, with no people noun of its own, counts the men of
  the named group or state force after من; it adds to the first side's dead (`CasualtyFinder._of_a_named_side`);
- that side's figure told again in another sentence of the same incident is the same dead, not more
  (`casualties._dead_by_side`, the `plain` figures);
- "عدة أشخاص", "بضعة قتلى": "several", "a few" count people as "عدد من" does (casualties.yaml vague_counts).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_a_named_group_counted_after_the_first_sides_dead(extract):
    text = "أوقعت المعارك في بلدة الحارة أمس 25 قتيلا من مسلحي الحوثيين و13 من المقاومة الشعبية."
    assert tolls(extract, text) == [38]


def test_a_state_force_counted_after_a_groups_dead(extract):
    text = "أسفرت الاشتباكات في بلدة الحارة أمس عن مقتل 30 عنصرا من تنظيم داعش و12 من قوات النظام السوري."
    assert tolls(extract, text) == [42]


def test_a_group_counted_after_a_bare_figure(extract):
    text = "وقتل نحو 20 من الحوثيين وقوات صالح و7 من المقاومة الشعبية في مواجهات ببلدة الحارة أمس."
    assert tolls(extract, text) == [27]


def test_the_second_sides_figure_told_again_is_not_added_twice(extract):
    text = ("وقتل نحو 20 من الحوثيين وقوات صالح و7 من المقاومة الشعبية في مواجهات ببلدة الحارة أمس. "
            "وأسفرت المواجهات عن سقوط 15 من الحوثيين ومقتل 7 من المقاومة الشعبية.")
    assert tolls(extract, text) == [22]


def test_a_part_of_a_larger_count_is_not_added(extract):
    # guard: "بينهم" makes both counts parts of the 12
    text = "قتل 12 شخصا بينهم سبعة من الجيش و5 من تنظيم داعش في هجوم على بلدة الحارة أمس."
    assert tolls(extract, text) == [12]


def test_a_number_before_من_and_no_side_is_left_alone(extract):
    # guard: "و3 من أبنائه" names no group or state force; the list rule stays as it was
    text = "أسفر القصف على بلدة الحارة أمس عن مقتل 9 مدنيين من عائلة واحدة، و3 من أبنائهم أصيبوا بجروح."
    assert tolls(extract, text) == [9]


def test_men_taken_after_the_dead_are_not_counted(extract):
    # guard: the count joined by a verb of another fate is no list of the dead
    text = "قتلت القوات الحكومية 20 مسلحا في بلدة الحارة أمس واعتقلت 5 من تنظيم داعش."
    assert 20 in tolls(extract, text)


def test_several_wounded_make_an_outcome_with_no_dead(extract):
    text = "قصفت الطائرات الحربية بلدة الحارة أمس، مما أدى لإصابة عدة أشخاص بجراح."
    assert tolls(extract, text) == [0]


def test_a_few_dead_make_the_toll_unknown(extract):
    text = "انفجرت سيارة مفخخة في سوق بلدة الحارة أمس مما أدى إلى سقوط بضعة قتلى."
    assert tolls(extract, text) == [None]


def test_several_suspects_arrested_are_no_count(extract):
    # guard: "عدة أشخاص" with no word of harm counts no one hurt
    text = "اعتقلت الشرطة عدة أشخاص يشتبه في تورطهم في الهجوم على مركز الشرطة في مدينة الرمادي أمس."
    assert all(f is None for f in tolls(extract, text))
