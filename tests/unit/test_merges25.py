"""merges25: one incident one event -- the answer a force gives to a blow is an incident of its own, and a blow
the subject was exposed to (تعرض ... ل) after a long subject is told.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-25"


def _events(extract, text: str):
    return extract(text, DAY).events


def _doers(events) -> list[str | None]:
    return sorted((e.actor1.canonical if e.actor1 is not None else "") for e in events)


# --- the answer after a verb of answering, by ب, is another incident than the blow it answers ---

def test_an_answer_told_in_the_next_sentence_is_not_folded_into_the_blow(extract):
    text = ("استهدفت الميليشيات الحوثية أمس مركزا حدوديا في محافظة الحرث بقذائف الهاون ما أدى إلى مقتل جنديين. "
            "وردت المدفعية السعودية على مصادر القذائف بقصف عنيف.")
    events = _events(extract, text)
    assert len(events) == 2
    assert _doers(events) == sorted(["Houthi Movement", "Military Forces of Saudi Arabia"])
    killed = [e for e in events if e.fatalities]
    assert len(killed) == 1 and killed[0].actor1.canonical == "Houthi Movement"


def test_an_answer_in_the_sentence_of_the_dead_leaves_them_an_incident_of_their_own(extract):
    text = ("قتل جندي تركي أمس بنيران أطلقها مسلحو تنظيم داعش من داخل الأراضي السورية على مخفر حدودي في "
            "ولاية كلس، ورد الجيش التركي بقصف مواقع التنظيم.")
    events = _events(extract, text)
    assert _doers(events) == sorted(["Islamic State", "Military Forces of Turkey"])
    answer = next(e for e in events if e.actor1.canonical == "Military Forces of Turkey")
    assert not answer.fatalities


def test_a_clause_with_no_doer_after_the_answer_goes_on_with_it(extract):
    # guard: "وتم تدميرها" is the answer's outcome, not a third incident
    text = ("سقطت أمس قذائف أطلقتها الميليشيات الحوثية على قرية الخوبة بمنطقة جازان ما أدى إلى مقتل مواطنين اثنين. "
            "وردت القوات السعودية بقصف مواقع إطلاق القذائف داخل الأراضي اليمنية وتم تدميرها.")
    events = _events(extract, text)
    assert len(events) == 2


def test_a_member_of_a_force_is_no_verb_of_answering(extract):
    # guard: "فرد" read as ف + رد is a member, not "and he answered"
    text = "قتل فرد من قوة حرس الحدود أمس بقذائف أطلقها الحوثيون على مركز حدودي في محافظة الحرث."
    events = _events(extract, text)
    assert len(events) == 1


# --- a blow the subject was exposed to, after a long subject ---

def test_a_post_exposed_to_shells_after_a_long_subject_is_a_shelling(extract):
    text = ("تعرض مركز الحمراء بقطاع الخوبة بمنطقة جازان أمس لقذائف عسكرية من داخل الأراضي اليمنية، وتم التعامل "
            "مع مصادر إطلاق القذائف.")
    events = _events(extract, text)
    assert [e.sub_type for e in events] == ["Shelling/artillery/missile attack"]
    assert events[0].actor1 is None or events[0].actor1.canonical != "Military Forces of Saudi Arabia"


def test_a_town_exposed_to_an_attack_that_an_answer_answers_is_not_news(extract):
    text = ("قصفت فصائل المعارضة بلدتي نبل والزهراء أمس ردا، بحسب قولها، على تعرض مدينة الزبداني في ريف دمشق "
            "لهجوم من قوات النظام.")
    events = _events(extract, text)
    assert {e.actor1.canonical for e in events if e.actor1 is not None} == {"Opposition Rebels (Syria)"}


# --- a place chain before the trigger: the area closes it, the finer place is the incident's ---

def test_a_district_named_before_its_province_places_the_blow(extract):
    text = ("تعرض مركز الحمراء بمحافظة ظهران الجنوب بمنطقة عسير أمس لقذائف عسكرية من داخل الأراضي اليمنية، وتم "
            "التعامل مع مصادر إطلاق القذائف.")
    events = _events(extract, text)
    assert [e.place.name for e in events if e.place is not None] == ["ظهران الجنوب"]
