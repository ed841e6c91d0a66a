"""places32: a place in a speaker's phrase ("وأفاد المكتب الإعلامي للمقاومة في محافظة إب بأن ...") says where the speaker
is.  A mention that points back to an incident told before ("بأن الهجوم أسفر عن ...") is not kept apart from that
incident by the speaker's place, and does not move it there; where nothing was told before, or the mention tells
something new, the speaker's place stays the incident's.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-27"


def _events(extract, text: str):
    return extract(text, DAY).events


def _places(events) -> list[str]:
    return sorted(e.place.name for e in events if e.place is not None)


def test_an_attack_told_again_by_a_speaker_elsewhere_is_one_incident(extract):
    text = ("هاجم مسلحون حاجزا للحوثيين في جولة كنتاكي بصنعاء أمس. "
            "وأفاد المكتب الإعلامي للمقاومة في محافظة إب بأن الهجوم أسفر عن مقتل 12 مسلحا.")
    events = _events(extract, text)
    assert len(events) == 1
    assert events[0].place.name == "صنعاء" and events[0].fatalities == 12


def test_a_bombing_told_again_in_the_capital_stays_at_its_town(extract):
    text = ("قتل 32 شخصا في هجوم انتحاري استهدف مركزا ثقافيا في بلدة سوروج أمس. "
            "وقال رئيس الوزراء في تصريح أدلى به في أنقرة إن التفجير نفذه انتحاري من داعش.")
    events = _events(extract, text)
    assert _places(events) == ["سوروج"]


def test_the_speakers_town_places_an_incident_told_first_without_a_place(extract):
    # guard: the first telling names no town; the mayor's town is where it happened
    text = ("اندلعت اشتباكات بين قبيلتين في أكبر مدن الجنوب أمس. "
            "وقال عميد بلدية مدينة سبها إن الاشتباكات أسفرت عن مقتل 20 شخصا.")
    events = _events(extract, text)
    assert _places(events) == ["سبها"] and events[0].fatalities == 20


def test_a_speaker_in_the_town_of_the_incident_keeps_it_there(extract):
    # guard: the place is both the speaker's and the incident's
    for text in ("قال مسؤول في الرمادي إن انفجارا وقع في المدينة أمس وأسفر عن مقتل خمسة.",
                 "قال مسؤول في الرمادي إن الانفجار أسفر عن مقتل خمسة من الجنود."):
        assert _places(_events(extract, text)) == ["الرمادي"]


def test_a_local_source_telling_a_new_incident_keeps_his_province(extract):
    # guard: a first telling in a speaker's words, after an incident of another kind or another count elsewhere
    for text in ("قتل عشرة حوثيين في غارة لطيران التحالف على معسكر في مدينة مأرب أمس. "
                 "وقالت مصادر في محافظة حضرموت إن سبعة جنود قتلوا في هجوم انتحاري على معسكر للجيش.",
                 "قتل عشرة حوثيين في غارة لطيران التحالف على معسكر في مدينة مأرب أمس. "
                 "وقالت مصادر في محافظة حضرموت إن غارة لطيران التحالف قتلت سبعة مسلحين من القاعدة."):
        events = _events(extract, text)
        assert _places(events) == ["حضرموت", "مأرب"]
        assert sorted(e.fatalities for e in events) == [7, 10]


def test_a_mention_in_the_speakers_own_phrase_places_the_incident(extract):
    # guard: "حيث حصلت الغارة" is in the governor's phrase, not in what he says; his district is the strike's
    text = ("قتل 14 جنديا أفغانيا أمس في غارة أمريكية على حاجز للجيش في ولاية لوغار جنوب كابول. "
            "وقال حاكم منطقة بركي براك حيث حصلت الغارة إن مروحيتين هاجمتا الحاجز صباحا.")
    events = _events(extract, text)
    assert _places(events) == ["بركي"]


def test_short_texts(extract):
    assert _events(extract, "وقال") == []
    assert _events(extract, "وقال مسؤول في الرمادي إن") == []
