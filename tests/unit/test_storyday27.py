"""Storyday27: the day of an undated incident.  Sentences written for this test; PUB is a Wednesday."""
from __future__ import annotations

PUB = "2015-07-22"


def _events(extract, text: str, published: str = PUB):
    return extract(text, published=published).events


# --- فجرا alone is "at dawn", not "the two set off" ---

def test_at_dawn_after_a_strike_is_its_time_not_a_bombing(extract):
    events = _events(extract, "قتل خمسة مسلحين في الغارات الجوية التي نفذتها مقاتلات حربية فجرا (أمس) على مواقع "
                              "التنظيم قرب بلدة الباب.")
    assert [e.sub_type for e in events] == ["Air/drone strike"], events


def test_at_dawn_after_an_arrest_is_no_bombing(extract):
    events = _events(extract, "اعتقلت قوات الاحتلال فجرا ثلاثة شبان من بلدة عزون شرق قلقيلية.")
    assert "Remote explosive/landmine/IED" not in [e.sub_type for e in events], events


def test_the_dual_that_sets_off_a_car_bomb_is_still_a_bombing(extract):
    events = _events(extract, "قال مصدر أمني إن مسلحين فجرا عبوة ناسفة أمس قرب دورية للشرطة في مدينة الرمادي.")
    assert [e.sub_type for e in events] == ["Remote explosive/landmine/IED"], events


def test_at_dawn_alone_is_no_event(extract):
    assert _events(extract, "فجرا") == []


# --- a report that retells the story's incident, with sentences of no incident and no day between ---

def _dated(extract, text: str) -> list[tuple[str, str | None]]:
    return [(e.evidence.text[:12], e.date) for e in _events(extract, text)]


_LEAD = "أصيب ثلاثة فلسطينيين يوم أمس جراء إحراق مستوطنين منزلهم في مدينة الخليل جنوب الضفة الغربية. "


def test_a_report_two_sentences_after_the_lead_takes_its_incidents_day(extract):
    found = _dated(extract, _LEAD + "وطالبت الرئاسة الفلسطينية بحماية دولية للسكان. وقالت مصادر محلية إن المستوطنين "
                                    "أحرقوا منزلا آخر في بلدة بني نعيم قرب الخليل دون وقوع إصابات.")
    assert found and all(date == "2015-07-21" for _, date in found), found


def test_guard_a_day_between_ends_the_story(extract):
    found = _dated(extract, _LEAD + "وكانت الرئاسة الفلسطينية طالبت الأحد بحماية دولية للسكان. وقالت مصادر محلية إن "
                                    "المستوطنين أحرقوا منزلا آخر في بلدة بني نعيم قرب الخليل دون وقوع إصابات.")
    assert any(text.startswith("وقالت") and date is None for text, date in found), found


def test_guard_another_province_is_another_incident(extract):
    found = _dated(extract, "شنت مقاتلات التحالف أمس غارات جوية على مواقع المسلحين في مدينة الحديدة. ولم يعلن عن "
                            "حصيلة القتلى. وقالت مصادر محلية إن مقاتلات التحالف شنت غارات جوية على مواقع المسلحين "
                            "في مدينة صعدة.")
    assert any(text.startswith("وقالت") and date is None for text, date in found), found


def test_guard_another_family_of_the_type_is_another_incident(extract):
    found = _dated(extract, "فجر انتحاري نفسه أمس بحزام ناسف في سوق بمدينة بعقوبة ما أدى إلى مقتل خمسة أشخاص. "
                            "وطالبت الحكومة المحلية بتعزيز الإجراءات الأمنية. وقالت مصادر أمنية إن جنديا قتل حين "
                            "انفجر لغم أرضي بعربة عسكرية في قضاء خانقين.")
    assert all(date is None for text, date in found if text.startswith("وقالت")), found
