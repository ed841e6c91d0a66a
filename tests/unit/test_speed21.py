"""The same answers from less work (speed21): a window after a count or a number is searched for a phrase only when
the article's shared answers say a name of that phrase list may start in it, the word of another fate before a
count is looked for from the count backwards, and a word's stems with and without the article are remembered."""
from __future__ import annotations

import pytest

from rasd.extract import casualties as C
from rasd.model import Article
from rasd.text.clitics import reading_stems, without_article
from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import segment

TEXTS = [
    "قتل 12 جنديا في هجوم على حاجز شمال البلدة صباح اليوم",
    "أسفرت الغارة عن مقتل سبعة مزارعين وإصابة 20 آخرين بجروح متفاوتة",
    "سقط 15 مقاتلا قتلى في المعارك مع الجيش وجرح 9 آخرون",
    "صادرت الشرطة 40 قطعة سلاح و3 سيارات تقل مسلحين قرب الحدود",
    "أوقفت الدورية 13 شخصا بينما قتل شرطي في كمين على الطريق",
    "فقد 8 صيادين في البحر وقتل 3 آخرون عندما انقلب القارب",
    "نزح أكثر من 5000 شخص من القرى بسبب القتال خلال أسبوعين",
    "أصيب 4 من عمال الإغاثة بجروح أثناء توزيع المساعدات، وقتل اثنان من الحراس",
    "قال مسؤولان إن 6 من المسلحين قتلوا وإن 11 جنديا أصيبوا في الاشتباك",
    "يشتبه في أن 5 رجال شاركوا في قتل الحارس",
    "ليبلغ عدد القتلى منذ بداية الهجوم 65 شخصا، بينهم 10 أطفال",
    "نقلت وكالة أنباء «الرافدين» عن مصدر أمني أن انفجارا هز سوق بغداد الجديدة",
    "قال مراسل قناة الجزيرة في حلب إن 30 ألف شخص فروا من منازلهم هربا من القصف",
    "بدأ الفريق عمله على أرض الواقع في تعز، وقتل 3 من عناصره وأصيب آخر",
    "تقدمت قوات الجيش نحو البلدة من الجهة الشرقية بعد أن سيطر المسلحون على التلال المحيطة",
    "قد تشن الطائرات غارات جديدة على المواقع، وفي وقت لاحق انفجرت عبوة ناسفة قرب المدرسة",
    "أسرت القوات 25 مقاتلا وقتل 6 آخرون خلال المعارك المتواصلة منذ أسبوع في ريف المحافظة",
    "قتل", "5", "",
]


def _all_starts(self, words, lo=0, hi=None):
    """Every index lo..hi-1: the gates never stop a search, `match_at` decides as before."""
    hi = len(words) if hi is None else hi
    return list(range(max(lo, 0), hi))


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_extraction_as_searching_every_window(text, pipeline, monkeypatch):
    gated = pipeline.extract(Article(id="t", text=text))
    monkeypatch.setattr(PhraseMatcher, "positions", _all_starts)
    every = pipeline.extract(Article(id="t", text=text))
    assert gated.place_mentions == every.place_mentions
    assert gated.actor_mentions == every.actor_mentions
    assert gated.events == every.events
    assert gated.claims == every.claims
    assert gated.movements == every.movements


def _old_lo(toks, lo, first, other_fates):
    return max([lo] + [k + 1 for k in range(lo, first) if reading_stems(toks[k].norm) & other_fates])


@pytest.mark.parametrize("text", [
    "وفقد 15 آخرون", "واعتقال 13 وفقد 2 ومقتل 4", "اعتقل واعتقل واعتقل 3", "مقتل 7", "فقد", "3", "",
])
def test_the_last_word_of_another_fate(text):
    toks = segment(text).tokens
    fates = frozenset({"فقد", "اعتقال", "اعتقل"})
    for first in range(len(toks) + 1):
        for lo in range(first + 1):
            assert C._after_other_fate(toks, lo, first, fates) == _old_lo(toks, lo, first, fates)


@pytest.mark.parametrize("word", ["الجرحى", "والجرحى", "للقتلى", "جرحى", "ال", "و", "بالمصابين", "قتيلا"])
def test_bare_stems_as_before(word):
    stems = reading_stems(word)
    old = set(stems) | {b for s in stems if (b := without_article(s))}
    assert C._bare_stems(word) == old
    assert isinstance(C._bare_stems(word), frozenset)      # remembered: nobody may change it


ACTOR_TEXTS = [
    "قصفت تركيا مواقع للمسلحين بينما قالت روسيا والصين إنهما تتابعان الوضع",
    "اشتبكت قوات الأمن العراقية مع عناصر من جماعة «أنصار الوادي» قرب مدينة الموصل",
    "أعلن اللواء 44 التابع للجيش الوطني أن الفرقة الخامسة عشر تقدمت نحو الجبل",
    "قال الناطق باسم شرطة محافظة البصرة إن الجيش والأمن الليبيين صدّا الهجوم",
    "أطلقت طائرات أمريكية صواريخ على مخزن للسلاح تابع لتنظيم داعش في سوريا",
    "وصل وزير الخارجية السعودي إلى واشنطن، وتحدث عن المملكة المغربية والأردن",
    "المسلحون انسحبوا بعد أن هاجمهم الجيش، وقال مصدر إن الجماعة فقدت عشرة من عناصرها",
    "الجيش", "مصر", "و", "",
]


class _Every:
    def __contains__(self, k) -> bool:
        return True


@pytest.mark.parametrize("text", ACTOR_TEXTS)
def test_the_same_actors_as_trying_every_list_at_every_start(text, pipeline, monkeypatch):
    from rasd.recognise import actors as A

    rec = pipeline.resources.actors
    gated = rec.find(segment(text))

    def every(self, lex, words):
        for name in A._Begins.__slots__:
            setattr(self, name, _Every())

    monkeypatch.setattr(A._Begins, "__init__", every)
    assert rec.find(segment(text)) == gated


def test_begins_are_where_a_list_may_start(pipeline):
    from rasd.recognise import actors as A

    rec = pipeline.resources.actors
    seg = segment("قال الجيش المصري إن قوات الأمن في ليبيا اعتقلت عناصر من جماعة مسلحة")
    may = A._Begins(rec.lex, seg.words)
    for k in range(len(seg.tokens)):
        assert (k in may.force) == any(m.match_at(seg.tokens, k) is not None or m.begins(seg.words[k])
                                       for m in (rec.lex.heads, rec.lex.construct_heads, rec.lex.indefinite_heads,
                                                 rec.lex.place_heads))
        assert (k in may.alias) == rec.lex.by_alias.begins(seg.words[k])
        assert (k in may.country) == rec.lex.country_names.begins(seg.words[k])
    assert 1 in may.force and any(k in may.country for k in range(len(seg.tokens)))
