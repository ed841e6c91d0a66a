"""genre27: an article whose headline tells talks, a call, an appeal or a visit and no incident ("الوزير يبحث مع
نظيره ..."، "منظمة تطالب بالتحقيق ...") names incidents only as what the talks cite; an incident it names by a noun
after its opening, with no verb that tells it done or going on, is background, a plan or a theme (SCHEMA.md), and
the news such an article does tell stays.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events

from rasd.extract.genre import headline_talks, load_genre_lexicon
from rasd.text.segment import segment


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


CALL = ("منظمة حقوقية تطالب بالتحقيق في انتهاكات الميليشيات\n\nطالبت منظمة حقوقية دولية أمس بفتح تحقيق مستقل في "
        "انتهاكات الميليشيات في اليمن. وقالت المنظمة في بيان إنها جمعت شهادات من السكان. ")


def test_crimes_a_call_lists_are_no_incident(extract):
    text = CALL + "وأضاف البيان أن الانتهاكات شملت القصف العشوائي للأحياء والاعتقال التعسفي للسكان في مدينة تعز."
    assert "تعز" not in places(extract, text)


def test_killings_a_union_worries_about_are_no_incident(extract):
    text = ("اتحاد الصحفيين يطالب بالإفراج عن مراسل معتقل\n\nطالب اتحاد الصحفيين العرب أمس بالإفراج عن مراسل "
            "تلفزيوني. وقال الاتحاد في بيان إن المراسل محتجز منذ شهرين. وأبدى الاتحاد قلقه من تكرر عمليات اغتيال "
            "الصحفيين في مدينة الحديدة على أيدي المسلحين.")
    assert "الحديدة" not in places(extract, text)


def test_a_battle_a_verb_of_affirming_puts_in_a_clause_is_no_incident(extract):
    text = ("رئيس الوزراء يستقبل وفدا من شيوخ العشائر\n\nاستقبل رئيس الوزراء العراقي في بغداد أمس وفدا من شيوخ "
            "عشائر الأنبار. وتناول اللقاء أوضاع النازحين. وأكد الشيوخ أن حسم معركة الفلوجة مرهون بتسليح أبناء العشائر.")
    assert "الفلوجة" not in places(extract, text)


def test_fighting_going_on_at_a_town_stays(extract):
    text = CALL + "وميدانيا، تدور معارك عنيفة في مدينة تعز بين المقاومة والحوثيين."
    assert "تعز" in places(extract, text)


def test_a_taking_announced_stays(extract):
    text = CALL + "وأعلنت المقاومة الشعبية سيطرتها على مواقع للحوثيين في مدينة تعز."
    assert "تعز" in places(extract, text)


def test_a_shelling_with_its_dead_stays(extract):
    text = ("وزير الخارجية الفرنسي يبحث مع نظيره الأردني الأزمة السورية\n\nبحث وزير الخارجية الفرنسي مع نظيره "
            "الأردني في عمان أمس سبل إنهاء الأزمة في سوريا. وتناول الوزيران التعاون بين البلدين في مجالات التجارة "
            "والتعليم. وفي سياق متصل، قتل عشرة مدنيين في قصف على مدينة إدلب.")
    assert "إدلب" in places(extract, text)


def test_a_deed_told_with_a_verb_of_managing_stays(extract):
    text = ("وزير الخارجية يبحث مع نظيره التركي الوضع في سوريا\n\nبحث وزير الخارجية مع نظيره التركي في أنقرة أمس "
            "الوضع في سوريا. وتناول الوزيران العلاقات الثنائية. وأشار الوزير التركي إلى أن قوات الأمن تمكنت من "
            "تدمير مخزن للأسلحة في مدينة غازي عنتاب.")
    assert "غازي عنتاب" in places(extract, text)


def test_a_report_with_an_incident_in_its_headline_keeps_all(extract):
    text = ("الجيش يقصف مواقع المسلحين في مدينة الرقة\n\nقصف الجيش مواقع المسلحين في مدينة الرقة أمس. وتناول "
            "المتحدث التعاون مع الحلفاء. وأشار إلى أن الغارات على مدينة حلب مستمرة.")
    assert {"الرقة", "حلب"} <= places(extract, text)


def test_a_pledge_headline_drops_a_battle_it_names_as_a_goal(extract):
    text = ("الرئيس يتعهد بدعم أبناء العشائر\n\nتعهد الرئيس العراقي أمس بدعم أبناء العشائر في محافظة الأنبار. "
            "وقال الرئيس في كلمة إن الحكومة ستوفر السلاح. وأشار محللون إلى أن الدعم يساعد على مواصلة مشوار تحرير "
            "مدينة هيت من التنظيم.")
    assert "هيت" not in places(extract, text)


def test_the_headline_reader():
    lex = load_genre_lexicon()
    assert headline_talks(segment("الوزيران يبحثان التعاون\nنص الخبر"), lex)
    assert headline_talks(segment("انتهاء المحادثات دون اتفاق\nنص الخبر"), lex)
    assert not headline_talks(segment("الجيش يقصف مواقع المسلحين\nنص الخبر"), lex)
    # a noun of a visit or a meeting may stand in a phrase of a headline on news
    assert not headline_talks(segment("اشتباكات في المدينة تزامنا مع زيارة الوفد\nنص الخبر"), lex)
    assert not headline_talks(segment("يبحث الوزيران التعاون في نص بلا سطر للعنوان"), lex)


def test_one_word_and_a_mark_alone_give_nothing(extract):
    lex = load_genre_lexicon()
    for text in ("يبحث", "،", "\n", "يبحث\n"):
        headline_talks(segment(text), lex)
    assert events(extract, "يبحث") == []
    events(extract, "يبحث\nقصف")   # a body of one word: read without an error
