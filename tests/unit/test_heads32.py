"""heads32: a headline that counts dead names the act loosely ("12 قتيلا في قصف" over a body that tells air strikes,
"مقتل 7 مسلحين وتدمير مخزن" over a raid that killed them).  Where no body incident of the headline's kind counts its
dead and exactly one of another violent kind does, at the headline's place and on a day that agrees, the headline
restates that incident and is no event of its own (events.yaml `headline_tolls`, incidents._its_toll_told_otherwise).
A headline placed by the border its town lies on is found by its dead, not by the body incident in the neighbour
(a car bomb told after the bombing, across the border, took its toll).  A headline that is the only telling of its
incident stays; so does one whose toll the body counts at another place,
or twice.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def _told(extract, text):
    return sorted((e.sub_type, e.place.name if e.place else None, e.fatalities) for e in events(extract, text))


def test_a_shelling_headline_over_air_strikes_with_its_toll(extract):
    text = ("12 قتيلا في قصف على بلدة في ريف إدلب\n\n"
            "قتل 12 مدنيا أمس الثلاثاء في غارات جوية شنتها طائرات النظام السوري على بلدة سراقب في ريف إدلب، "
            "بحسب المرصد السوري لحقوق الإنسان.")
    assert _told(extract, text) == [("Air/drone strike", "سراقب", 12)]


def test_a_destruction_headline_over_the_raid_that_killed(extract):
    text = ("مقتل 7 مسلحين وتدمير مخزن للمتفجرات في شمال سيناء\n\n"
            "قتل 7 مسلحين أمس في حملة مداهمات شنتها القوات المسلحة المصرية في مدينة رفح بمحافظة شمال سيناء.")
    assert _told(extract, text) == [("Armed clash", "رفح", 7)]


def test_a_bombing_headline_over_an_attack_of_a_kind_it_may_be(extract):
    """Guard: a bombing and an attack may tell one incident (events.yaml one_incident); that merge is as before."""
    text = ("مقتل 9 جنود في هجوم بسيارتين مفخختين في محافظة مأرب\n\n"
            "قتل تسعة جنود أمس في هجوم شنه مسلحون على موقع عسكري في مديرية صرواح بمحافظة مأرب، "
            "بحسب مصدر عسكري.")
    told = events(extract, text)
    assert len(told) == 1 and told[0].fatalities == 9


def test_a_headline_that_is_the_only_telling_stays(extract):
    """Guard: the body tells no incident; the headline's shelling is the news."""
    text = ("مقتل 10 في قصف على قرية بريف حلب\n\n"
            "أعلنت الأمم المتحدة أمس أنها ستعقد اجتماعا لبحث الأوضاع الإنسانية في سوريا.")
    assert _told(extract, text) == [("Shelling/artillery/missile attack", "حلب", 10)]


def test_the_same_toll_at_another_place_stays_apart(extract):
    """Guard: the headline's six dead in Latakia are not the six of an air strike on Daraa."""
    text = ("مقتل 6 مسلحين في قصف بريف اللاذقية\n\n"
            "قتل ستة مدنيين أمس الاثنين في غارة جوية على مدينة درعا في جنوب سوريا، بحسب ناشطين.")
    assert _told(extract, text) == [("Air/drone strike", "درعا", 6),
                                    ("Shelling/artillery/missile attack", "اللاذقية", 6)]


def test_two_body_incidents_with_its_toll_leave_the_headline(extract):
    """Guard: two strikes in the headline's province each killed five; the headline does not say which."""
    text = ("مقتل 5 في قصف على ريف إدلب\n\n"
            "قتل خمسة مدنيين أمس في غارة جوية على بلدة سراقب في ريف إدلب. "
            "وفي حادث آخر، قتل خمسة مقاتلين في غارة جوية على بلدة بنش في ريف إدلب.")
    assert ("Shelling/artillery/missile attack", "إدلب", 5) in _told(extract, text)


BORDER_HEADLINE = "مقتل 20 بتفجير انتحاري في بلدة تركية على الحدود مع سوريا\n\n"


def test_a_headline_placed_by_its_border_gives_its_toll_to_the_incident_that_counts_it(extract):
    """The headline names the neighbour across the border: the car bomb told after the bombing, in the neighbour, is
    not the headline's incident and does not take its 20 dead."""
    text = (BORDER_HEADLINE + "قتل 20 شخصا على الأقل أمس في تفجير انتحاري استهدف تجمعا لناشطين في مدينة سوروتش "
            "التركية.\nوبعد ساعات، استهدف هجوم آخر بسيارة مفخخة حاجزا لمقاتلين أكراد في جنوب مدينة كوباني السورية.")
    at = {e.place.name: e for e in events(extract, text)}
    assert at["سوروتش"].fatalities == 20 and not at["كوباني"].fatalities


def test_a_border_headline_over_one_incident_in_the_neighbour_is_that_incident(extract):
    """Guard: the body tells one bombing, with the headline's dead, in the town across the border the headline names."""
    text = ("مقتل 20 بتفجير انتحاري في بلدة سورية على الحدود مع تركيا\n\n"
            "قتل 20 شخصا على الأقل أمس في تفجير انتحاري استهدف حاجزا لمقاتلين أكراد في مدينة كوباني السورية.")
    assert _told(extract, text) == [("Suicide bomb", "كوباني", 20)]
