"""doers19: doers taken from the wrong word.

* A bare head of armed forces in the statement of a government or a state force of one country, about a blow that
  fell in another, is the teller's own forces ("أعلنت الحكومة التركية أن الطيران الحربي شن غارات ... في العراق");
  a foreign ministry telling of another state's army is no such teller.
* A country after a preposition of place is where the blow fell, not its doer ("غارات جرت في سورية").

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, of_type


def test_a_governments_statement_of_raids_abroad_by_a_bare_air_force_names_its_own(extract):
    text = "وأعلنت الحكومة التركية في بيان أن الطيران الحربي شن غارات على مواقع للمسلحين في شمال العراق."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of Turkey"


def test_the_office_of_a_prime_minister_telling_of_bare_ground_forces_shelling_abroad(extract):
    text = "وأعلن مكتب رئيس الحكومة الهولندية أن المدفعية التابعة للقوات البرية قصفت مواقع لتنظيم داعش في شمال العراق."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Military Forces of Netherlands"


def test_a_foreign_ministry_telling_of_a_bare_army_is_not_its_teller(extract):
    text = "وقالت الخارجية الأمريكية إن الجيش قصف أحياء مدينة حلب بالبراميل المتفجرة."
    [shelling] = of_type(extract, text, "Shelling/artillery/missile attack")
    assert canonical(shelling.actor1) == "Military Forces of Syria"


def test_a_government_telling_of_its_army_at_home_keeps_it(extract):
    text = "وقال مسؤول في الحكومة العراقية إن الطيران الحربي قصف مواقع تنظيم داعش في مدينة الرمادي."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of Iraq"


def test_raids_that_fell_in_syria_are_not_syrias(extract):
    text = "وقال البيان إن خمسا من سبع غارات جرت في سورية قرب مدينة الرقة."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) != "Military Forces of Syria"


def test_raids_inside_a_country_by_a_named_coalition_keep_it(extract):
    text = "وأضاف البيان أن طائرات التحالف شنت تسع غارات داخل سورية قرب مدينة الرقة."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Global Coalition Against Daesh"


def test_a_syrian_raid_is_still_syrias(extract):
    text = "وقتل عشرة مدنيين في غارات سورية على مدينة الرقة."
    [raid] = of_type(extract, text, "Air/drone strike")
    assert canonical(raid.actor1) == "Military Forces of Syria"


def test_a_one_word_text_does_not_break_the_reading(extract):
    assert extract("غارات", "2015-07-20").events is not None
    assert extract("سورية", "2015-07-20").events is not None
