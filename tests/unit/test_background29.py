"""Rules of background29: a verbal noun joined by و to the verbal noun that heads a phrase of time or cause ("منذ
دخول المسلحين إلى المدينة والسيطرة عليها", "بعد تحرير المدينة ودحر المسلحين") is in that phrase too: background,
as the first act is, not news (SCHEMA.md, "Background is not an event").

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return [(e.sub_type, e.place.name if e.place else None) for e in extract(text, published).events]


def takings(found):
    return [f for f in found if f[0] in ("Non-state actor overtakes territory", "Government regains territory")]


def test_a_taking_joined_to_an_entry_since_which_is_background(extract):
    found = events(extract, "وقال السكان إن المسلحين يفرضون الإتاوات على التجار منذ دخولهم إلى مدينة الحديدة "
                            "والسيطرة عليها.")
    assert takings(found) == []


def test_a_taking_joined_to_a_clearing_after_which_is_background(extract):
    found = events(extract, "وعاد المحافظ إلى مكتبه أمس بعد طرد المسلحين من مدينة زنجبار والسيطرة عليها.")
    assert takings(found) == []


def test_guard_a_taking_told_in_the_main_clause_after_a_joined_phrase(extract):
    found = events(extract, "وسيطرت القوات أمس على مدينة زنجبار بعد معارك عنيفة مع المسلحين.")
    assert ("Government regains territory", "زنجبار") in takings(found) or \
        ("Non-state actor overtakes territory", "زنجبار") in takings(found)


def test_guard_a_part_of_the_day_heads_no_background_phrase(extract):
    found = events(extract, "واندلعت بعد ظهر أمس اشتباكات عنيفة في مدينة زنجبار والسيطرة عليها من المسلحين.")
    assert takings(found) != [] or any(sub == "Armed clash" for sub, _ in found)


def test_guard_a_comma_closes_the_background_phrase(extract):
    found = events(extract, "وبعد طرد المسلحين من الأحياء الشرقية، استعادت القوات أمس السيطرة على مدينة زنجبار.")
    assert ("Government regains territory", "زنجبار") in takings(found)


def test_one_word_and_one_conjunction_texts(extract):
    for text in ("والسيطرة", "بعد والسيطرة", "منذ ،والسيطرة"):
        extract(text, DAY)


def test_an_incident_given_as_the_example_of_a_comparison_is_background(extract):
    found = events(extract, "وقتل 38 سائحا أمس في هجوم شنه مسلح على فندق في مدينة سوسة، على غرار الهجوم الذي "
                            "استهدف متحف باردو في العاصمة تونس في 18 مارس.")
    assert found == [("Attack", "سوسة")]


def test_a_taking_given_as_the_example_of_a_call_is_background(extract):
    found = events(extract, "ودعا العمال الحكومة إلى تحرير ميناء الحديدة على غرار تحرير ميناء عدن.")
    assert takings(found) == []


def test_guard_a_comparison_leaves_the_incident_told_before_it(extract):
    found = events(extract, "وقتل خمسة جنود أمس في هجوم على حاجز للجيش في مدينة العريش على غرار هجمات سابقة.")
    assert any(place == "العريش" for _, place in found)
