"""place41: a definite plural noun of fighting as the subject of a verb of taking place or going on right after it,
in subject-first order ("وقالت المصادر إن الاشتباكات وقعت في قرية س", "إن المعارك العنيفة تدور في بلدة س"), is carried
to the place after it as "ووقعت الاشتباكات في قرية س" is: the fighting told before, placed there (SCHEMA.md: the most
precise place its own sentences give).  A relative clause on the noun ("المعارك التي دارت"), a place no finer than a
country and an indefinite noun are left as they were.  Sentences written for these tests."""
from __future__ import annotations

import pytest

DAY = "2015-07-27"


def _events(extract, text: str):
    return extract(text, DAY).events


def _places(events) -> list[str]:
    return sorted(e.place.name for e in events if e.place is not None)


def test_fighting_told_in_a_country_then_placed_at_a_village(extract):
    text = ("قال مسؤول تركي إن جنديا تركيا قتل في اشتباكات مع تنظيم داعش عبر الحدود مع سوريا اليوم. "
            "وقالت تقارير إعلامية محلية إن الاشتباكات وقعت في قرية البيلي إلى الشرق من بلدة كلس التركية.")
    events = _events(extract, text)
    assert len(events) == 1
    assert events[0].place.name == "البيلي"


def test_an_adjective_may_stand_between_the_noun_and_its_verb(extract):
    text = ("اندلعت اشتباكات بين الجيش ومسلحين في تركيا أمس. "
            "وقالت مصادر أمنية إن الاشتباكات العنيفة استمرت في بلدة كلس حتى الفجر.")
    events = _events(extract, text)
    assert _places(events) == ["كلس"]


def test_a_fight_told_only_in_subject_first_order_is_an_incident(extract):
    text = "وقال المرصد في بيان إن المعارك تدور في بلدة الزبداني بين الفصائل وقوات النظام."
    events = _events(extract, text)
    assert _places(events) == ["الزبداني"]


@pytest.mark.parametrize("text", [
    "وقال المحلل إن المعارك التي دارت في مدينة الزبداني غيرت ميزان القوى.",
    "وقال المحلل إن الغارات التي جرت في مدينة الرقة لم تغير شيئا.",
])
def test_a_relative_clause_on_the_fighting_tells_no_incident(extract, text):
    # guard: "the battles that took place" describes what the sentence is about
    assert _events(extract, text) == []


def test_a_country_after_the_verb_leaves_the_town_told_before(extract):
    # guard: a place no finer than a country carries nothing; the town told first stays the place
    text = ("قتل جندي في اشتباكات مع مسلحين في بلدة كلس أمس. "
            "وقال مسؤول إن الاشتباكات وقعت في تركيا للمرة الأولى منذ سنوات.")
    assert _places(_events(extract, text)) == ["كلس"]


def test_a_verb_with_no_place_after_it_stays_general(extract):
    # guard: the verb of breaking out with a time clause, no place
    text = "وقال الوزير إن الهجمات اندلعت في الوقت الذي بدأت فيه المشاورات."
    assert _events(extract, text) == []


@pytest.mark.parametrize("text", ["إن الاشتباكات وقعت", "الاشتباكات", "وقعت"])
def test_short_texts(extract, text):
    _events(extract, text)


# --- a place further on in a description of the place before it ("الواقعة على الحدود مع X وY") -----------------

def test_neighbours_in_a_description_are_not_where_the_fight_was(extract):
    text = ("أعلن حاكم ولاية سيبيتوكي، الواقعة على الحدود البوروندية مع رواندا وجمهورية الكونغو الديمقراطية، أمس أن "
            "الجيش قتل عشرة مسلحين في اشتباكات استمرت يومين.")
    assert _places(_events(extract, text)) == ["سيبيتوكي"]


def test_a_bombing_told_after_a_description_of_its_town_stays_at_the_town(extract):
    text = ("قتل 30 شخصا في تفجير في سوروتش أمس. "
            "وفي بلدة تل أبيض، الواقعة قبالة مدينة كوباني، فجر انتحاري نفسه بسيارة مفخخة.")
    assert _places(_events(extract, text)) == ["تل أبيض", "سوروتش"]


@pytest.mark.parametrize("text, place", [
    # guards: the town described comes first and stays; a description right after the trigger still places it
    ("انفجرت سيارة مفخخة في بلدة مندلي الواقعة في محافظة ديالى قرب الحدود مع إيران.", "مندلي"),
    ("قتل ثلاثة جنود في هجوم على حاجز في مدينة بن قردان الواقعة جنوب شرقي تونس على الحدود مع ليبيا.", "بن قردان"),
])
def test_the_described_place_stays(extract, text, place):
    assert _places(_events(extract, text)) == [place]


def test_a_description_word_with_no_place_before_it_penalises_nothing(extract):
    # guard: "تقع" opens no description of a place named before it; the town after it is where the strike was
    text = "وقالت مصادر إن الغارة التي تقع ضمن حملة التحالف استهدفت مواقع في مدينة الرقة أمس."
    assert _places(_events(extract, text)) == ["الرقة"]


# --- "القريتين", the two villages just named, is not the Syrian town al-Qaryatayn ----------------------------------

def test_the_two_villages_pointed_back_to_are_not_a_town(extract):
    text = ("اندلعت اشتباكات بين المعارضة وقوات النظام في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب، "
            "أسفرت عن سيطرة قوات النظام على القريتين.")
    ex = extract(text, DAY)
    assert "القريتين" not in {m.name for m in ex.place_mentions}
    assert "القريتين" not in _places(ex.events)


@pytest.mark.parametrize("cue", ["مدينة", "بلدة"])
def test_the_town_after_its_cue_stays(extract, cue):
    # guard: al-Qaryatayn named with its cue word is the town
    ex = extract(f"سيطر تنظيم داعش على {cue} القريتين في ريف حمص الشرقي.", DAY)
    assert any(m.name == "القريتين" and m.resolved is not None and m.resolved.country == "SY"
               for m in ex.place_mentions)
