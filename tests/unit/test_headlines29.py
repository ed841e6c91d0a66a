"""headlines29: an article whose headline gives a speaker's words after a colon ("مسؤول يمني: ..."، "الوزير لـ«الصحيفة»:
...") tells a statement, an interview or a claim; where its headline tells no incident, an incident it names only by
a noun after its opening, with no day, toll or verb of its own, is what the speaker cites (background, a claim, a
theme: SCHEMA.md), and the news such an article does tell stays.  Words before the colon that are all a place
("اليمن: ...") are the news's dateline, not a speaker.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events

from rasd.extract.genre import headline_speaker, headline_talks, load_genre_lexicon
from rasd.text.segment import segment


def places(extract, text):
    return {e.place.name for e in events(extract, text) if e.place is not None}


SAYS = ("وزير يمني: الحكومة ستعود إلى العاصمة قريبا\n\nقال وزير يمني أمس إن الحكومة ستعود قريبا إلى العاصمة. "
        "وأوضح الوزير في مؤتمر صحفي أن الوزارات تستعد للعودة. ")


def test_a_victory_a_speaker_cites_is_no_incident(extract):
    text = SAYS + "وأشار إلى أن المقاومة أسهمت في الانتصارات الأخيرة وخصوصا تحرير مدينة زنجبار من المتمردين."
    assert "زنجبار" not in places(extract, text)


def test_a_claim_a_speaker_mocks_is_no_incident(extract):
    text = ("قائد عسكري لـ«الصحيفة»: المتمردون يروجون الأكاذيب\n\nقال قائد عسكري يمني لـ«الصحيفة» إن المتمردين "
            "يروجون الأكاذيب. وأضاف القائد أن قواته تسيطر على الوضع. وسخر القائد من ادعاءات المتمردين بتكرار "
            "هجومهم على أحياء مدينة المكلا.")
    assert "المكلا" not in places(extract, text)


def test_a_hold_a_speaker_asserts_is_no_incident(extract):
    text = SAYS + "وشدد الوزير على أن قوات الجيش تحكم سيطرتها على أحياء مدينة المكلا جميعها."
    assert "المكلا" not in places(extract, text)


def test_a_clash_told_with_its_day_stays(extract):
    text = SAYS + "إلى ذلك اندلعت اشتباكات عنيفة أمس بين المقاومة والمتمردين في مدينة زنجبار."
    assert "زنجبار" in places(extract, text)


def test_a_shelling_with_its_dead_stays(extract):
    text = SAYS + "وفي سياق متصل، قتل ثلاثة مدنيين في قصف على مدينة زنجبار."
    assert "زنجبار" in places(extract, text)


def test_arrests_told_with_a_past_passive_stay(extract):
    text = SAYS + "وأشار الوزير إلى أنه جرى توقيف سبعة عناصر من خلية مسلحة في مدينة زنجبار."
    assert "زنجبار" in places(extract, text)


def test_battles_told_by_their_own_verb_after_them_stay(extract):
    text = SAYS + "وأضاف الوزير أن معارك دارت بين الجيش والمتمردين خلال تقدم القوات نحو مدينة زنجبار."
    assert "زنجبار" in places(extract, text)


def test_a_speaker_headline_with_an_incident_keeps_all(extract):
    text = ("مسؤول أمني: مقتل خمسة مسلحين في هجوم على حاجز بمدينة زنجبار\n\nقال مسؤول أمني أمس إن خمسة مسلحين "
            "قتلوا في هجوم على حاجز. وأضاف المسؤول أن الحادث يؤكد خطورة الوضع. وأشار إلى أن الاستهداف المتكرر "
            "لمدينة المكلا يثير القلق.")
    # the headline tells an incident: the piece is a report, and keeps even what it names only by a noun
    assert "المكلا" in places(extract, text)


def test_a_place_before_the_colon_is_a_dateline(extract):
    text = ("اليمن: الحكومة تستعد للعودة إلى العاصمة\n\nقال وزير يمني أمس إن الحكومة ستعود قريبا إلى العاصمة. "
            "وأوضح الوزير أن الوزارات تستعد للعودة. وفي الأثناء تعرضت مناطق في مدينة زنجبار لقصف من المتمردين.")
    assert "زنجبار" in places(extract, text)


ACCUSES = ("وزير يمني يتهم المتمردين بعرقلة وصول المساعدات\n\nاتهم وزير يمني أمس المتمردين بعرقلة وصول المساعدات "
           "إلى المدن. وأوضح الوزير أن السفن تنتظر في البحر منذ أيام. ")


def test_a_war_an_accuser_cites_is_no_incident(extract):
    text = ACCUSES + "وأشار إلى أن المتمردين يواجهون هجمات يشنها الجيش على مواقعهم في محيط مدينة زنجبار."
    assert "زنجبار" not in places(extract, text)


def test_a_clash_an_accuser_tells_with_its_day_stays(extract):
    text = ACCUSES + "وفي الأثناء، اندلعت اشتباكات عنيفة أمس بين الجيش والمتمردين في مدينة زنجبار."
    assert "زنجبار" in places(extract, text)


def test_the_headline_reader():
    lex = load_genre_lexicon()
    assert headline_speaker(segment("كيري: حلفاؤنا يعتمدون علينا\nنص الخبر"), lex) == 1
    assert headline_speaker(segment("وزير الداخلية لـ«الصحيفة»: لا تهاون\nنص"), lex) is not None
    # a colon after too many words, one with nothing after it, or no line of its own: no speaker
    assert headline_speaker(segment("قال الوزير في مؤتمر صحفي عقده في العاصمة أمس: لا تهاون\nنص"), lex) is None
    assert headline_speaker(segment("عاجل:\nنص"), lex) is None
    assert headline_speaker(segment("كيري: كلام بلا سطر"), lex) is None
    assert headline_speaker(segment(":"), lex) is None
    assert headline_speaker(segment(""), lex) is None
    # a verb of accusing, denying or threatening in a headline with no colon reads as the speaker's words too
    assert headline_talks(segment("الوزير ينفي وجود قاعدة أجنبية\nنص"), lex)
