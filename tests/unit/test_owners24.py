"""owners24: the side named as owning or holding what was hit is not the doer. "The aircraft" told again with no
owner is not the air force of a side named as the target's owner ("غارات على مواقع الحوثيين وقوات صالح ...، كما قصف
الطيران"), and "تابعا لـ" after an indefinite object ("معسكرا تابعا لـ") names that object's owner, the side hit.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events, with_trigger

SALEH = "Military Forces of Yemen (Pro-Saleh)"


def test_aircraft_told_again_are_not_the_targets_owner_joined_by_and(extract):
    text = "ودارت معارك عنيفة على مواقع الحوثيين وقوات صالح في محافظة لحج، كما قصف الطيران مخازن سلاح قرب المدينة."
    assert canonical(with_trigger(extract, text, "قصف").actor1) != SALEH


def test_aircraft_told_again_are_not_the_owner_after_a_verb_of_belonging(extract):
    text = "وقال سكان إن دوي انفجارات سمع في مخازن تعود لقوات صالح شمالي تعز، وأضافوا أن الطيران قصف المنطقة لساعات."
    assert canonical(with_trigger(extract, text, "قصف").actor1) != SALEH


def test_an_indefinite_object_and_its_owner_after_tabian(extract):
    text = "وقال شهود إن انفجارات هزت معسكرا تابعا لقوات صالح في محافظة لحج. وقصف الطيران مخازن سلاح قرب المدينة."
    found = events(extract, text)
    assert all(canonical(e.actor1) != SALEH for e in found), [(e.trigger.text, canonical(e.actor1)) for e in found]


def test_the_air_force_named_as_the_doer_still_carries_the_strike(extract):
    text = "وأعلنت قوات التحالف أن مقاتلاتها أسقطت طائرة استطلاع فوق لحج. وقصف الطيران مخازن سلاح في محافظة لحج."
    assert canonical(with_trigger(extract, text, "وقصف").actor1) == "Saudi-led Coalition"


def test_one_word_texts(extract):
    for word in ("تابعا", "الطيران", "معسكرا"):
        assert events(extract, word) == []


def test_two_members_counted_by_a_dual_are_the_side_hit(extract):
    text = "قتل عنصران من القوات الكردية في تفجير سيارة مفخخة قرب مدينة الحسكة أمس."
    event = with_trigger(extract, text, "تفجير")
    assert event.actor1 is None
    assert canonical(event.actor2) == "YPG: People's Protection Units"


def test_two_fighters_counted_by_a_dual_are_not_the_bombers(extract):
    text = "وقالت مصادر محلية إن مقاتلين اثنين قتلا، فيما قتل مقاتلان من وحدات حماية الشعب في تفجير عبوة ناسفة."
    for event in events(extract, text):
        assert canonical(event.actor1) != "YPG: People's Protection Units"
