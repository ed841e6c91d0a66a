"""retold32: a story about one incident, retold by its reactions, codes it once (SCHEMA.md: the incident a reaction
is about is coded once).  Where the top of a story tells one incident of violence with its day and place, and every
other incident of violence it names is a mention that names it again ("حرق الطفل"، "هذا الاعتداء"، "جريمة إحراق
المنزل") at a speaker's city or country, those mentions fold into it (incidents.fold_into_the_one_told).  A second
incident told as news (its own verb and town, another day, another toll, "هجوم آخر") keeps every mention where it
was.  Sentences written for these tests."""
from __future__ import annotations

DAY = "2015-07-28"

LEAD = ("استشهد طفل فلسطيني وأصيب والداه فجر أمس جراء إحراق مستوطنين منزل عائلته في قرية المغير قرب رام الله. "
        "وقال شهود إن المستوطنين كتبوا شعارات عنصرية على جدران المنزل. ")
REACTIONS = ("وقال المتحدث باسم الحكومة الفلسطينية في رام الله إن حرق الطفل جريمة لا تغتفر. "
             "ودعت وزارة الخارجية الأردنية في عمان إلى محاسبة المسؤولين عن هذا الاعتداء. "
             "وخرجت مسيرة في نابلس تنديدا بجريمة إحراق المنزل. ")


def _violent(events):
    return [e for e in events if e.type in ("Violence against civilians", "Battles", "Explosions/Remote violence")
            or e.sub_type == "Looting/property destruction"]


def test_a_reaction_piece_codes_its_one_incident_once(extract):
    events = _violent(extract(LEAD + REACTIONS, DAY).events)
    assert len(events) == 1
    assert events[0].place.name == "المغير" and events[0].date == "2015-07-27"


def test_a_speakers_city_is_not_the_incidents_place(extract):
    # the mention "هذا الاعتداء" is told in Amman; the incident stays in the village where it happened
    events = _violent(extract(LEAD + REACTIONS, DAY).events)
    assert [e.place.name for e in events] == ["المغير"]


def test_a_noun_of_crime_names_the_incident_known(extract):
    text = LEAD + REACTIONS + "وطالبت منظمات حقوقية في لندن بتحقيق دولي في جريمة حرق وقتل عائلة الطفل."
    assert len(_violent(extract(text, DAY).events)) == 1


def test_a_second_incident_told_as_news_keeps_the_mentions_apart(extract):
    # guard: a roundup: another attack at a town of its own, told by its verb; nothing folds
    text = LEAD + "وفي حادث منفصل، أطلق مستوطنون النار على مزارع في بلدة حوارة جنوب نابلس صباح اليوم. " + REACTIONS
    events = _violent(extract(text, DAY).events)
    assert {"المغير", "حوارة"} <= {e.place.name for e in events if e.place}
    assert len(events) >= 3


def test_a_new_attack_on_the_next_day_stays_its_own(extract):
    # guard: the same kind, told by a verb, on a day of its own after the first
    text = LEAD + "وصباح اليوم هاجم مستوطنون منزلا آخر في قرية دوما وأضرموا فيه النار. " + REACTIONS
    events = _violent(extract(text, DAY).events)
    assert any(e.place and e.place.name == "دوما" for e in events)
    assert any(e.place and e.place.name == "المغير" for e in events)


def test_an_answer_to_the_incident_is_another_act(extract):
    # guard: the retaliation told after a shelling is the answer, not the shelling told again
    text = ("سقطت قذيفة أطلقها الحوثيون أمس على قرية الخوبة في منطقة جازان ما أدى إلى مقتل مواطن. "
            "من جانبها ردت القوات السعودية على مصدر النيران عبر المدفعية في المواقع التي يستخدمها الحوثيون "
            "لإطلاق قذائف الهاون.")
    events = extract(text, DAY).events
    assert len(events) == 2
