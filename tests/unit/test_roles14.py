"""roles14: the side of the counted dead ("قتلت 12 من عناصر التنظيم", "سقط قتلى من الشرطة") is the side hit
(actor2); the side a verb of fighting one another names with مع ("واشتبكت مع مسلحي التنظيم") is the other
party; of subjects joined by و before a trigger the first leads; "المدفعية" with a nationality is that
country's army; a sentence that opens as another incident ("وفي حادث منفصل") borrows no group from the one
before; a doer only guessed is not the side another account of the same incident says was hit; a seizure
with no doer is the arresting force's; "بين X وY من جهة وZ من جهة أخرى" opposes the parts, not X and Y; a
side that tells of its own dead ("أعلن الجيش مقتل ثلاثة جنود") is their side, not their killer.

Every sentence here was written for these tests (none is taken from an article).
"""
import pytest


def canonical(actor):
    return actor.canonical if actor is not None else None


def events(extract, text):
    return extract(text, "2015-07-20").events


def at(extract, text, place):
    [e] = [e for e in events(extract, text) if e.place and e.place.name == place]
    return e


# --- the counted dead's side is actor2 ---------------------------------------------------------------

@pytest.mark.parametrize("text, place, actor2", [
    ("وقالت مصادر عسكرية إن القوات قتلت 12 من عناصر تنظيم داعش في اشتباكات قرب مدينة بيجي.", "بيجي",
     "Islamic State"),
    ("وسقط عدد من القتلى والجرحى من عناصر الشرطة في هجوم على حاجز في مدينة العريش أمس.", "العريش",
     "Police Forces of Egypt"),
])
def test_the_side_of_the_counted_dead_is_actor2(extract, text, place, actor2):
    e = at(extract, text, place)
    assert canonical(e.actor2) == actor2
    assert canonical(e.actor1) != actor2


def test_a_subject_not_counted_stays_actor1(extract):
    e = at(extract, "وشنت حركة الشباب هجوما على قاعدة عسكرية في مدينة مركا أمس.", "مركا")
    assert canonical(e.actor1) == "Al Shabaab"


# --- a verb of fighting one another with مع ----------------------------------------------------------

def test_the_side_a_verb_of_clashing_names_with_mae_is_actor2(extract):
    e = at(extract, "ودخلت قوات الأمن العراقية حي التأميم في مدينة الرمادي واشتبكت مع مسلحي تنظيم داعش.",
           "التأميم")
    assert canonical(e.actor1) == "Police Forces of Iraq"
    assert canonical(e.actor2) == "Islamic State"


def test_where_the_dead_fell_the_side_after_mae_is_not_the_doer(extract):
    e = at(extract, "وقتل جندي عراقي في اشتباكات مع تنظيم داعش في مدينة الرمادي.", "الرمادي")
    assert canonical(e.actor1) != "Islamic State"


# --- joined subjects: the first leads ---------------------------------------------------------------

def test_the_first_of_joined_subjects_leads(extract):
    e = at(extract, "وردت القوات المصرية والشرطة بقصف مواقع المسلحين في مدينة رفح أمس.", "رفح")
    assert canonical(e.actor1) == "Military Forces of Egypt"


# --- a country's artillery ---------------------------------------------------------------------------

def test_artillery_with_a_nationality_is_that_army(extract):
    e = at(extract, "وقصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني قرب مدينة دهوك.", "دهوك")
    assert canonical(e.actor1) == "Military Forces of Turkey"


def test_bare_artillery_names_no_one(extract):
    e = at(extract, "وسقطت قذائف المدفعية على بلدة الطوال أمس.", "الطوال")
    assert e.actor1 is None


# --- a sentence told as another incident -------------------------------------------------------------

_RAID = "وهاجم مسلحو حركة الشباب قاعدة عسكرية في مدينة مركا أمس. "
_BLAST = "قال شهود إن انفجارا وقع في سوق مدينة بيدوا مما أسفر عن مقتل خمسة أشخاص."


def test_another_incident_borrows_no_group_from_the_sentence_before(extract):
    e = at(extract, _RAID + "وفي حادث منفصل، " + _BLAST, "بيدوا")
    assert e.actor1 is None


def test_without_the_opener_the_group_before_is_still_read(extract):
    e = at(extract, _RAID + "و" + _BLAST, "بيدوا")
    assert canonical(e.actor1) == "Al Shabaab"


# --- a guessed doer that another account says was hit ------------------------------------------------

def test_a_guessed_doer_is_not_the_side_hit(extract):
    text = ("وانفجرت سيارة ملغومة استهدفت حاجزا تابعا لوحدات حماية الشعب في مدينة القامشلي أمس. وقال متحدث "
            "باسم وحدات حماية الشعب إن انفجارا وقع في المدينة أمس.")
    e = at(extract, text, "القامشلي")
    assert canonical(e.actor2) == "YPG: People's Protection Units"
    assert canonical(e.actor1) != "YPG: People's Protection Units"


def test_a_guessed_doer_other_than_the_side_hit_stays(extract):
    text = ("وانفجرت سيارة ملغومة استهدفت حاجزا تابعا للجيش السوري في مدينة حمص أمس. وكان مقاتلو جبهة النصرة قد "
            "توعدوا بهجمات في المدينة، وقال شهود إن انفجارا وقع في المدينة أمس.")
    e = at(extract, text, "حمص")
    assert canonical(e.actor2) == "Military Forces of Syria"
    assert canonical(e.actor1) == "Jabhat al-Nusra"


# --- a seizure with no doer after arrests by one force -------------------------------------------------

def test_a_seizure_with_no_doer_is_the_arresting_force(extract):
    text = ("اعتقلت قوات الأمن التونسية أمس 13 عنصرا في مدينة بنزرت. وتم خلال العملية في جبل سجنان حجز كمية من "
            "المتفجرات وعدد من الأسلحة.")
    e = at(extract, text, "جبل سجنان")
    assert canonical(e.actor1) == "Police Forces of Tunisia"


def test_a_seizure_alone_names_no_doer(extract):
    e = at(extract, "وتم في مدينة بنزرت حجز كمية من المتفجرات وعدد من الأسلحة.", "بنزرت")
    assert e.actor1 is None


# --- sides told in parts: "بين X وY من جهة وZ من جهة أخرى" -------------------------------------------

def test_sides_told_in_parts(extract):
    e = at(extract, "وتدور معارك عنيفة بين الجيش الوطني والمقاومة الشعبية من جهة ومليشيات الحوثي وصالح من جهة "
                    "أخرى في مدينة تعز.", "تعز")
    assert canonical(e.actor1) == "Military Forces of Yemen (Pro-Hadi)"
    assert canonical(e.actor2) == "Houthi Movement"


def test_two_sides_after_bayna_without_parts(extract):
    e = at(extract, "وتدور معارك عنيفة بين المقاومة الشعبية وميليشيات الحوثي في مدينة تعز.", "تعز")
    assert canonical(e.actor1) == "Popular Resistance (Yemen)"
    assert canonical(e.actor2) == "Houthi Movement"


# --- the side of the dead told of them; it did not kill them -----------------------------------------

def test_the_announcer_of_its_own_dead_is_not_the_doer(extract):
    e = at(extract, "أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس في هجوم على قافلة عسكرية في محافظة شرناق.",
           "شرناق")
    assert canonical(e.actor2) == "Military Forces of Turkey"
    assert canonical(e.actor1) != "Military Forces of Turkey"


def test_the_announcer_of_the_enemys_dead_stays_the_doer(extract):
    e = at(extract, "أعلن الجيش العراقي مقتل 20 من عناصر تنظيم داعش في عملية قرب مدينة بيجي.", "بيجي")
    assert canonical(e.actor1) == "Military Forces of Iraq"
    assert canonical(e.actor2) == "Islamic State"
