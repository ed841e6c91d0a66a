"""Dates25: a day set off by commas right after the clause of an incident named by a definite noun ("قتل عشرة
مسلحين في جبهات القتال، الأحد، بينما ...") is that clause's day, as it is without the commas.  Sentences written
for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _dates(extract, text: str, published: str = PUB) -> list[tuple[str, str | None, str]]:
    return [(e.sub_type, e.date, e.date_precision) for e in extract(text, published=published).events]


def test_fighting_named_by_a_definite_noun_with_its_weekday_between_commas(extract):
    found = _dates(extract, "قتل عشرة مسلحين في جبهات القتال شمال اليمن، الأحد، بينما نزح مئات السكان من "
                            "قراهم.")
    assert found and all((date, precision) == ("2015-07-19", "day") for _, date, precision in found), found


def test_a_definite_attack_with_yesterday_between_commas(extract):
    found = _dates(extract, "قتل أربعة من رجال الشرطة في الهجوم على مركز أمني في مدينة سيناء، أمس، حسب مصادر "
                            "طبية.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_a_definite_noun_with_yesterday_between_a_comma_and_the_sentence_end(extract):
    found = _dates(extract, "تجدد القتال العنيف في مدينة درعا، أمس.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_guard_a_day_after_a_comma_that_opens_a_longer_clause_stays_its_own(extract):
    # the day opens the next clause with its own verb: it is not set off, and the definite noun keeps no date
    found = _dates(extract, "وتحدث الوزير عن الهجوم على مركز الشرطة في مدينة الموصل، أمس الثلاثاء وصل الوزير "
                            "إلى بغداد.")
    assert all(date != "2015-07-21" for sub, date, _ in found if sub != "Peaceful protest"), found


def test_guard_a_single_word_text_survives(extract):
    assert all(e.date is None for e in extract("القتال،", published=PUB).events)
    assert extract("، أمس،", published=PUB).events == []


# A definite noun of an incident right after a date that a verb of happening, going on or witnessing opens
# ("تصاعدت أمس التظاهرات"): the verb's subject or object, what happened that day.

def test_protests_that_rose_yesterday_named_by_a_definite_noun(extract):
    found = _dates(extract, "تصاعدت أمس الاحتجاجات الغاضبة في مدينة الناصرية جنوب العراق، وطالب المحتجون "
                            "بإقالة المحافظ.")
    assert found and all(date == "2015-07-21" for sub, date, _ in found if sub == "Peaceful protest"), found


def test_fighting_that_went_on_on_a_named_morning(extract):
    found = _dates(extract, "وتواصلت صباح أمس الثلاثاء المعارك العنيفة بين الجيش والمسلحين في ريف إدلب.")
    assert found and all(date == "2015-07-21" for _, date, _ in found), found


def test_a_town_that_saw_a_bombing_on_a_day_told_again_in_brackets(extract):
    found = _dates(extract, "وقال ناشطون إن «بلدة القحطانية شهدت ظهر الاثنين (أمس الأول) تفجير الشرطة لسيارة "
                            "مفخخة قرب حاجز للشرطة».")
    assert found and all(date == "2015-07-20" for _, date, _ in found), found


def test_guard_a_noun_after_a_condemnation_on_a_day_stays_undated(extract):
    # a verb of condemning is no verb of happening: the day is the condemnation's
    found = _dates(extract, "أدان وزير الخارجية الأردني أمس الهجوم على حاجز للجيش في مدينة العريش المصرية.")
    assert all(date is None for _, date, _ in found), found


def test_guard_a_noun_after_other_words_than_the_date_stays_undated(extract):
    # the day is the calm's; the fighting named after «بعد» is not what the town saw that day
    found = _dates(extract, "شهدت مدينة الرمادي أمس هدوءا حذرا بعد المعارك العنيفة بين الجيش والمسلحين.")
    assert all(date != "2015-07-21" for _, date, _ in found), found


def test_guard_one_word_texts_survive(extract):
    assert all(e.date is None for e in extract("تصاعدت", published=PUB).events)
    assert all(e.date is None for e in extract("أمس التظاهرات", published=PUB).events)
