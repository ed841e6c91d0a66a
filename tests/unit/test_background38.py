"""background38: an incident named by a noun that carries only the article ("بعد التفجير الانتحاري", "رد على الهجوم
الانتحاري") inside a clause of time or cause points back to one the reader is taken to know; where the article does
not tell it (not in its headline or lead, and another incident is told), it is background, as an unnamed one is
(SCHEMA.md).  A word of answering followed by an exceptive ("لم يجد المتمردون ردا سوى القصف") governs nothing: what
follows it is the answer, told.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def sub_types(extract, text):
    return sorted(e.sub_type for e in events(extract, text))


def test_a_bombing_named_by_the_article_after_a_word_of_time_is_background(extract):
    text = ("قتل ثلاثة جنود في هجوم على نقطة تفتيش في مدينة العريش أمس. "
            "واشتعلت التوترات في الأيام الأخيرة بعد التفجير الانتحاري في سوروتش.")
    assert sub_types(extract, text) == ["Armed clash"]


def test_the_attack_a_killing_answers_is_background(extract):
    text = ("قتل مسلحون شرطيين بالرصاص في منزلهما في بلدة جيلان بينار أمس. "
            "وقالت الحركة إن هذه العملية رد على الهجوم الانتحاري الذي استهدف ناشطين في سوروتش.")
    assert sub_types(extract, text) == ["Armed clash"]


def test_a_bombing_dated_in_its_clause_stays(extract):
    # the guard: Twice11's dated background is kept (its own day in its clause)
    text = ("اعتقلت الشرطة خمسة أشخاص في مدينة أضنة أمس. "
            "واجتمع مجلس الوزراء في أنقرة عقب التفجير الانتحاري الذي وقع الاثنين في سوروتش.")
    assert "Suicide bomb" in sub_types(extract, text)


def test_an_article_of_reaction_keeps_the_incident_it_reacts_to(extract):
    # the guard: the article tells nothing else, so the incident is what it reacts to
    text = "تظاهر المئات في أنقرة أمس بعد التفجير الانتحاري في سوروتش."
    assert "Suicide bomb" in sub_types(extract, text)


def test_the_answer_after_an_exceptive_is_told(extract):
    # the guard: "ردا سوى" is the answer itself, not the blow answered
    text = ("سيطرت قوات المقاومة على جبل العروس في مدينة تعز أمس. "
            "ولم يجد المتمردون ردا سوى القصف العشوائي على حي الجمهوري، ما أوقع ضحايا بين المدنيين.")
    assert "Shelling/artillery/missile attack" in sub_types(extract, text)


def test_an_answer_with_no_exceptive_still_governs(extract):
    # the guard on the guard: "ردا على" is still a word of answering
    text = ("اعتقلت الشرطة خمسة أشخاص في مدينة أضنة أمس. "
            "وقصفت الطائرات مواقع المسلحين ردا على الهجوم على مركز الشرطة.")
    assert sub_types(extract, text).count("Armed clash") == 0


def test_a_taking_announced_after_a_word_of_time_is_background(extract):
    # the announcing noun governed by "بعد أيام من": what it announced is background as it is
    text = ("قتل ثلاثة جنود في هجوم على نقطة تفتيش في مدينة العريش أمس. "
            "ووصل الوزراء إلى مدينة عدن بعد أيام من إعلان الحكومة تحرير المدينة من المتمردين.")
    assert "Government regains territory" not in sub_types(extract, text)


def test_a_taking_announced_despite_is_background(extract):
    text = ("قتل ثلاثة جنود في هجوم على نقطة تفتيش في مدينة العريش أمس. "
            "ولا تزال الاشتباكات متقطعة في البلدة رغم إعلان القوات عن استعادة السيطرة عليها.")
    assert "Government regains territory" not in sub_types(extract, text)


def test_a_taking_announced_in_a_main_clause_stays(extract):
    # the guard: the verb of announcing tells the news
    text = "وأعلنت المقاومة الشعبية أمس تحرير مدينة الحوطة من المتمردين."
    assert "Government regains territory" in sub_types(extract, text)
