"""fat29: tolls told by a noun the people lists lacked, and "others" of a class counted besides one named group.

- a plural people noun with the article ("عدد من الأطفال", "10 من المواطنين") counts people as the bare noun does;
- the Houthis' nisba ("20 حوثيا", "و11 حوثيا") counts fighters, so that a second count of a list is read;
- fighters told as more dead besides ("و5 مسلحين آخرين") add to the one named group's dead, not replace them.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events

from rasd.extract.lexicon import load_casualty_lexicon


def tolls(extract, text):
    return [e.fatalities for e in events(extract, text)]


def test_the_plural_with_the_article_is_a_people_noun():
    people = load_casualty_lexicon().people
    for phrase in ("الأطفال", "المواطنين", "الحوثيين"):
        assert people.match_at(_tokens(phrase), 0) is not None, phrase


def test_a_singular_with_the_article_is_not_made_a_people_noun():
    # "الجندي" names one person told before (casualties.yaml named_person); it is no count after an amount
    people = load_casualty_lexicon().people
    assert people.match_at(_tokens("الجندي"), 0) is None


def test_dead_children_counted_without_a_number_make_the_toll_unknown(extract):
    text = ("قصفت قوات النظام مخيم اللاجئين في بلدة الحارة أمس بالصواريخ مما أدى إلى مقتل عدد من الأطفال. "
            "وقالت مصادر محلية إن القصف تسبب في وقوع إصابات.")
    assert tolls(extract, text) == [None]


def test_wounded_children_counted_without_a_number_are_still_an_outcome_with_no_dead(extract):
    text = "انفجرت عبوة ناسفة في سوق بلدة الحارة أمس مما أدى إلى إصابة عدد من المواطنين بجروح."
    assert tolls(extract, text) == [0]


def test_the_second_count_of_a_list_past_the_first_ones_phrase(extract):
    text = "وأسفرت المواجهات في بلدة الحارة أمس عن مقتل 8 مقاتلين من المقاومة، و14 حوثيا."
    assert tolls(extract, text) == [22]


def test_a_count_of_houthis_alone(extract):
    text = "قتل 12 حوثيا أمس في كمين نصبه مسلحو القبائل قرب بلدة الحارة."
    assert tolls(extract, text) == [12]


def test_houthis_counted_as_dead_and_wounded_together_give_no_toll(extract):
    text = "وسقط أمس تسعة حوثيين بين قتيل وجريح في هجوم لمسلحي القبائل على موقع قرب بلدة الحارة."
    assert tolls(extract, text) == [None]


def test_fighters_told_as_more_dead_add_to_the_named_groups_dead(extract):
    text = ("هاجمت القوات الحكومية مواقع التنظيم في بلدة الحارة أمس مما أسفر عن مقتل 20 من عناصر تنظيم داعش "
            "و5 مسلحين آخرين.")
    assert tolls(extract, text) == [25]


def test_the_named_group_told_again_by_its_class_is_still_one_side(extract):
    # guard: "10 إرهابيين تابعين لتنظيم داعش" told again as "10 إرهابيين" is the same ten
    text = ("قتلت القوات 10 إرهابيين تابعين لتنظيم داعش في اشتباكات في بلدة الحارة أمس. وقال مصدر إن 10 "
            "إرهابيين قتلوا في الاشتباكات.")
    assert tolls(extract, text) == [10]


def _tokens(phrase):
    from rasd.text.segment import segment
    return segment(phrase).tokens


def test_the_named_group_told_again_by_its_class_in_another_sentence_is_still_one_side(extract):
    # guard: "10 من عناصر داعش" then "10 مسلحين" in the next sentence are the same ten
    text = ("قتلت القوات 10 من عناصر تنظيم داعش في اشتباكات في بلدة الحارة أمس. وقال مصدر عسكري إن 10 مسلحين "
            "قتلوا في الاشتباكات.")
    assert tolls(extract, text) == [10]


def test_fighters_of_both_sides_are_a_total_not_a_side_beside_the_named_group(extract):
    text = ("هاجمت جبهة النصرة أمس مقرا لفصيل معارض قرب بلدة الحارة، ووقعت اشتباكات أدت إلى مقتل 30 مقاتلا من "
            "الطرفين، وقال المرصد إن القتلى هم 21 عنصرا من جبهة النصرة وتسعة من الفصيل.")
    assert tolls(extract, text) == [30]


def test_both_sides_lexicon_is_read():
    assert load_casualty_lexicon().both_sides.match_at(_tokens("من كلا الطرفين"), 0) is not None
