"""truce37: a truce named as the time of something else, or as the topic of talks, is no agreement made.

A state once made (a truce, a ceasefire: the agreement family is `standing`) is background (SCHEMA.md) where a word of
time or concession governs it, with the nouns of its phases between ("قبل ساعات من موعد سريان هدنة", "رغم الهدنة",
"بعد فشل الهدنة"), or where a word of its span stands right before it ("خلال الهدنة", "وسط هدنة هشة", "طوال فترة
الهدنة"): events.yaml modality `state_frames`, `state_phases`.  A truce after a preposition of topic, in the clause of
a noun of talks ("المباحثات مع المبعوث حيال إعلان هدنة"), is talked about, not made (`talks`, `topic_prepositions`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def agreements(extract, text):
    return [e for e in events(extract, text) if e.sub_type == "Agreement"]


def test_aid_during_a_truce_is_no_agreement(extract):
    text = "ووزعت الهيئة المساعدات الغذائية على الأسر في محافظة الحديدة خلال الهدنة الإنسانية التي تبدأ اليوم."
    assert not agreements(extract, text)


def test_a_clash_hours_before_a_truce_takes_effect_tells_no_agreement(extract):
    text = ("وتبادلت القوات الحكومية إطلاق النار مع المتمردين في مدينة مأرب قبل ساعات من موعد سريان هدنة "
            "أعلنتها الأمم المتحدة.")
    assert not agreements(extract, text)


def test_a_shell_despite_the_truce_tells_no_agreement(extract):
    text = "وسقطت قذيفة على منزل في مدينة جازان رغم الهدنة التي أعلنها التحالف."
    assert not agreements(extract, text)


def test_arrests_amid_a_fragile_truce_tell_no_agreement(extract):
    text = "وشنت الجماعة حملة اعتقالات في مدينة إب وسط هدنة هشة أعلنها التحالف قبل يومين."
    assert not agreements(extract, text)


def test_fighting_since_the_truce_failed_tells_no_agreement(extract):
    text = "وتجددت المواجهات في مديرية صرواح بعد فشل الهدنة الأخيرة التي أعلنتها الأمم المتحدة."
    assert not agreements(extract, text)


def test_talks_about_announcing_a_truce_are_no_agreement(extract):
    text = "وأشار الوزير إلى المباحثات مع المبعوث الدولي حيال إعلان هدنة إنسانية في اليمن."
    assert not agreements(extract, text)


def test_negotiations_on_a_truce_are_no_agreement(extract):
    text = "وحذر المسؤول من المفاوضات التي تجريها الحركة حول إعلان الهدنة في قطاع غزة."
    assert not agreements(extract, text)


def test_a_truce_announced_stays(extract):
    # guard: the truce made is told
    text = "أعلنت قيادة التحالف أمس هدنة إنسانية في اليمن تبدأ مساء الأحد لمدة خمسة أيام."
    assert agreements(extract, text)


def test_a_truce_that_took_effect_stays(extract):
    # guard: a truce taking effect is the agreement's day
    text = "ودخلت الهدنة الإنسانية حيز التنفيذ في اليمن منتصف ليل الأحد."
    assert agreements(extract, text)


def test_a_statement_on_keeping_a_truce_announced_stays(extract):
    # guard: بشأن with no noun of talks before it; the statement declares the truce
    text = "أصدرت قيادة التحالف بيانا بشأن الالتزام بهدنة إنسانية في اليمن لمدة خمسة أيام أعلنتها أمس."
    assert agreements(extract, text)


def test_a_truce_agreed_after_talks_stays(extract):
    # guard: the talks' outcome is told, not their topic
    text = "واتفق الطرفان بعد مفاوضات طويلة على وقف إطلاق النار في مدينة حمص."
    assert agreements(extract, text)


def test_a_failure_to_reach_a_peace_agreement_is_no_agreement(extract):
    text = "وانتقد المبعوث أطراف النزاع في جنوب السودان بسبب فشلهم في التوصل إلى اتفاق سلام."
    assert not agreements(extract, text)


def test_a_truce_that_failed_is_no_agreement(extract):
    text = "وفشلت هدنة إنسانية أعلنتها الأمم المتحدة في مدينة تعز بسبب خروقات المتمردين."
    assert not agreements(extract, text)


def test_calls_for_a_truce_are_no_agreement(extract):
    text = "ولم تستجب الجماعة للدعوات لفرض هدنة مؤقتة في مدينة تعز."
    assert not agreements(extract, text)


def test_talks_held_to_sign_a_peace_agreement_are_no_agreement(extract):
    text = "وعقد المبعوث مشاورات في الجزائر مع الأطراف الليبية للتوقيع على اتفاق سلام."
    assert not agreements(extract, text)


def test_an_initiative_to_conclude_a_truce_is_no_agreement(extract):
    text = "وقال ناشط إن الوسطاء أعلنوا أنهم أرسلوا مبادرة إلى المقاتلين في مدينة الزبداني لعقد هدنة."
    assert not agreements(extract, text)


def test_a_prisoner_exchange_concluded_stays(extract):
    # guard: ب of managing, not ل of purpose ("نجحت الفصائل بإبرام صفقة تبادل")
    text = "ونجحت فصائل المعارضة أمس بإبرام صفقة تبادل أسفرت عن إطلاق سراح عشرين معتقلة في مدينة درعا."
    assert agreements(extract, text)
