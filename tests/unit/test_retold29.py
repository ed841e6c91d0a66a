"""retold29: a reaction names the incident the story told, it does not tell another (SCHEMA.md: the incident a
reaction is about is coded once).  The object of a word of condemning, however its noun is made definite ("ودانت
الجامعة بشدة اقتحام جنود الاحتلال باحات المسجد"), and a verbal noun made definite by what it governs in a speaker's
words ("وقال الوزير «إن قيام جنود الاحتلال باقتحام المسجد عمل همجي»") point back to it.  One that gives its own day
or a place finer than a country may tell another incident, and is read as any mention is.  Sentences written for
these tests."""
from __future__ import annotations

import pytest

from rasd.extract.events import incidents

DAY = "2015-07-27"

STORMING = ("اقتحمت الشرطة الإسرائيلية صباح الأحد المسجد الأقصى في القدس وأطلقت قنابل الغاز على المصلين. "
            "وقالت الشرطة في بيان إن مثيري شغب ملثمين رشقوا عناصرها بالحجارة. "
            "وأغلقت الشرطة أبواب المسجد لساعات. "
            "وطالبت الخارجية الفلسطينية بتحرك عاجل لحماية المقدسات. "
            "وحذرت من التعامل مع هذه الممارسات كأمر عادي. ")


@pytest.fixture
def mentions(extract, monkeypatch):
    """What each incident's first word is, and whether it was read as naming one told before (`definite`)."""
    seen: list[tuple[str, bool]] = []
    merge = incidents.merge_into

    def recording(doc, lex, told, inc):
        seen.append((doc.seg.tokens[inc.main.first].text, inc.definite))
        return merge(doc, lex, told, inc)

    monkeypatch.setattr(incidents, "merge_into", recording)

    def run(text: str) -> dict[str, bool]:
        seen.clear()
        extract(text, DAY)
        return dict(seen)
    return run


def test_a_condemned_storming_names_the_storming_told(mentions):
    read = mentions(STORMING + "ودانت الجامعة العربية بشدة اقتحام جنود الاحتلال ومتطرفين يهود باحات المسجد.")
    assert read["اقتحام"] is True


def test_another_verb_of_condemning_names_the_incident_too(mentions):
    read = mentions(STORMING + "واستنكرت الحكومة الأردنية اقتحام جنود الاحتلال باحات المسجد.")
    assert read["اقتحام"] is True


def test_the_storming_and_its_condemnation_are_one_event(extract):
    events = extract(STORMING + "ودانت الجامعة العربية بشدة اقتحام جنود الاحتلال ومتطرفين يهود باحات المسجد.",
                     DAY).events
    # the storming fired tear gas at worshippers, so it is a riot (riots33's `riot_control`; ACLED: Riots), beside the
    # rioters' own telling («مثيري شغب»); the condemnation's «اقتحام» still makes no event of its own
    assert [e.trigger.text for e in events if e.type == "Riots"] == ["اقتحمت", "شغب"]


def test_a_condemnation_with_a_town_of_its_own_may_tell_another_incident(extract):
    # guard: the condemned attack has its own town; it is read as any mention is, and stays its own event
    text = ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش. وقالت مصادر أمنية إن المسلحين فروا. "
            "وأغلقت السلطات الطرق المؤدية إلى المدينة. وطالبت الحكومة بتعاون السكان. وحذرت من أي تهاون. "
            "ودانت الحكومة بشدة هجوم مسلحين على كنيسة في مدينة الإسكندرية.")
    places = sorted(e.place.name for e in extract(text, DAY).events if e.place is not None)
    assert places == ["الإسكندرية", "العريش"]


def test_without_a_word_of_condemning_the_noun_is_read_as_before(mentions):
    # guard: the same noun after a verb of witnessing is no condemnation
    read = mentions(STORMING + "وشهدت المدينة اقتحام جنود الاحتلال ومتطرفين يهود باحات المسجد.")
    assert read.get("اقتحام") is not True


def test_a_condemnation_alone_is_still_an_event(extract):
    # guard: where the story told nothing before, the condemnation names the incident for the first time
    events = extract("دانت الجامعة العربية بشدة اقتحام جنود الاحتلال باحات المسجد.", DAY).events
    assert len(events) == 1


STORMED = ("اقتحمت الشرطة الإسرائيلية صباح الأحد المسجد الأقصى في القدس وأطلقت قنابل الغاز على المصلين. "
           "وقالت الشرطة في بيان إن مثيري شغب ملثمين رشقوا عناصرها بالحجارة. وأغلقت الشرطة أبواب المسجد لساعات. ")


def test_a_speakers_name_for_the_storming_is_the_storming(extract):
    events = extract(STORMED + "وقال وزير الأوقاف «إن قيام جنود الاحتلال باقتحام المسجد الأحد عمل همجي».", DAY).events
    # (riots33: the storming that fired tear gas at worshippers is a riot, beside the rioters' own telling)
    assert sorted(e.type for e in events) == ["Riots", "Riots"]


def test_a_speakers_name_for_a_storming_at_a_town_of_its_own_is_another(extract):
    # guard: the speaker names another storming, at its own town and day; it stays an event of its own
    events = extract(STORMED + "وأضاف الوزير «إن اقتحام جنود الاحتلال بلدة سلواد في رام الله فجر اليوم عمل همجي».",
                     DAY).events
    # (riots33: the storming in Jerusalem, with tear gas at worshippers, is a riot; the one in Silwad stays a battle)
    assert sorted((e.type, e.place.name) for e in events if e.trigger.text != "شغب") == \
        [("Battles", "سلواد"), ("Riots", "القدس")]


def test_short_texts(extract):
    assert extract("ودانت", DAY).events == []
    assert extract("ودانت الجامعة بشدة.", DAY).events == []
