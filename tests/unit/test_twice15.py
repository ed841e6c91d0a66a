"""Rules of twice15: one incident, one event — an incident named again far on by its town or by a quoted doer, a
place where something was said to journalists, a headline placed by the border its town lies on.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)

# sentences that tell no incident, to set two tellings of one far apart
_FILLER = ("وقال محافظ الولاية إن السلطات ستعوض أسر الضحايا. "
           "ودعا زعماء القبائل السكان إلى التعاون مع الحكومة. "
           "وتعهد الرئيس بمواصلة العمل من أجل السلام في البلاد. "
           "ويعاني سكان المنطقة من نقص الغذاء والدواء منذ أشهر. ")


# two bombings in two towns, the first far before the last sentence
_BOMBINGS = ("فجرت انتحارية نفسها صباح أمس في سوق شعبي بمدينة مايدوغوري ما أسفر عن مقتل تسعة أشخاص. " + _FILLER
             + "وفي مدينة داماتورو فجر انتحاري نفسه قرب مسجد أمس ما أسفر عن مقتل ثلاثة أشخاص. ")


def events(extract, text, published=DAY):
    return extract(text, published).events


# --- "هجوم مايدوغوري" paragraphs on: the town's incident told before, of whatever violent kind -------------------

def test_the_attack_named_by_its_town_far_on_is_the_bombing_told_there(extract):
    evs = events(extract, _BOMBINGS + "ويأتي هجوم مايدوغوري عقب موجة من أعمال العنف التي يشنها المتطرفون في الولاية.")
    assert len([e for e in evs if e.place is not None and e.place.name == "مايدوغوري"]) == 1


def test_guard_the_attack_named_by_another_town_is_not_the_bombing(extract):
    evs = events(extract, _BOMBINGS + "ويأتي هجوم كانو عقب موجة من أعمال العنف التي يشنها المتطرفون في الولاية.")
    assert {e.place.name for e in evs if e.place is not None} == {"مايدوغوري", "داماتورو", "كانو"}


# --- a verbal noun governing a quoted name ("باعتقال «القاعدة»") names the incident told before --------------------

def test_an_arrest_named_with_its_quoted_doer_far_on_is_the_arrests_told_before(extract):
    evs = events(extract, "شن تنظيم القاعدة أمس حملة اعتقالات في مدينة المكلا طالت ضباطا متقاعدين. "
                          + _FILLER
                          + "واعتقلت الشرطة في مدينة عدن أمس ثلاثة مشتبه بهم. وخرج المئات في المكلا في مظاهرة تندد "
                          "باعتقال «القاعدة» للضباط.")
    assert len([e for e in evs if e.sub_type == "Arrests"]) == 2   # the campaign and the arrests in Aden


def test_guard_an_arrest_with_a_quoted_doer_elsewhere_is_another(extract):
    evs = events(extract, "شن تنظيم القاعدة أمس حملة اعتقالات في مدينة المكلا طالت ضباطا متقاعدين. "
                          + _FILLER
                          + "واعتقلت الشرطة في مدينة عدن أمس ثلاثة مشتبه بهم. وخرج المئات في مدينة تعز في مظاهرة "
                          "تندد باعتقال «الحوثيين» لصحفيين.")
    assert len([e for e in evs if e.sub_type == "Arrests"]) == 3


# --- "قال أمام الصحافيين في أنقرة": where it was said, not where the incident happened ---------------------------

def test_the_city_a_minister_spoke_to_journalists_in_is_not_the_bombing_place(extract):
    evs = events(extract, "قتل 12 شخصا أمس في تفجير انتحاري استهدف حديقة عامة في مدينة سروج. وقال رئيس الوزراء "
                          "أمام الصحافيين في أنقرة إن التفجير من عمل تنظيم داعش.")
    bombs = [e for e in evs if e.type == "Explosions/Remote violence"]
    assert len(bombs) == 1 and bombs[0].place.name == "سروج"


def test_guard_a_bombing_told_after_the_journalists_keeps_its_own_place(extract):
    evs = events(extract, "قتل 12 شخصا أمس في تفجير انتحاري استهدف حديقة عامة في مدينة سروج. وقال المسؤول "
                          "للصحافيين بعد ذلك إن انفجارا آخر وقع مساء أمس قرب مركز للشرطة في مدينة ماردين.")
    assert {e.place.name for e in evs if e.type == "Explosions/Remote violence"} == {"سروج", "ماردين"}


# --- a headline placed only by its border: its dead say which body incident it is ---------------------------------

def test_a_headline_placed_by_the_border_is_the_body_incident_with_its_dead(extract):
    evs = events(extract, "مقتل 12 بانفجار في بلدة تركية على الحدود مع سوريا\n\nقالت وزارة الداخلية التركية أمس "
                          "إن انفجارا في بلدة جيلان بينار أسفر عن مقتل 12 شخصا وإصابة العشرات.")
    assert len([e for e in evs if e.type == "Explosions/Remote violence"]) == 1


def test_guard_a_headline_in_the_neighbour_itself_stays_apart(extract):
    evs = events(extract, "مقتل 12 بانفجار في مدينة حلب السورية\n\nقالت وزارة الداخلية التركية أمس إن انفجارا في "
                          "بلدة جيلان بينار أسفر عن مقتل 12 شخصا وإصابة العشرات.")
    assert len([e for e in evs if e.type == "Explosions/Remote violence"]) == 2
