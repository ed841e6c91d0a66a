"""Recall14 (helper session, 2026-12-06): incidents that had no event.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def places(evs):
    return sorted(e.place.name for e in evs if e.place is not None)


# --- دكّ, "pounded" ------------------------------------------------------------------------------------

def test_pounded_by_aircraft_is_an_air_strike(extract):
    [e] = events(extract, "دكت طائرات التحالف أمس مواقع المتمردين في مدينة صعدة.")
    assert (e.sub_type, e.place.name) == ("Air/drone strike", "صعدة")


def test_pounded_by_artillery_is_a_shelling(extract):
    [e] = events(extract, "ودكت المدفعية أمس تجمعات المسلحين قرب بلدة الطوال.")
    assert e.sub_type == "Shelling/artillery/missile attack"


def test_a_goal_pounded_in_is_no_shelling(extract):
    # guard: the bare دك also scores in football; a bombardment only where it pounds positions
    assert events(extract, "وكان الفريق قد دك مرمى ضيفه بخمسة أهداف في مدينة جدة أمس.") == []


# --- a needed word with its object pronoun --------------------------------------------------------------

def test_a_shell_fired_with_a_pronoun_on_the_verb(extract):
    [e] = events(extract, "قتل مسلح من المقاومة أمس بقذيفة هاون أطلقتها الميليشيات على مديرية لودر.")
    assert (e.sub_type, e.place.name) == ("Shelling/artillery/missile attack", "لودر")


def test_a_rocket_nobody_fired_is_no_shelling(extract):
    # guard: a rocket on show in a parade is no attack, pronoun or not
    assert events(extract, "عرض الجيش أمس صاروخا جديدا في عرض عسكري بمدينة طهران وأعلن أنه صنعه بنفسه.") == []


# --- a strike's list of towns ---------------------------------------------------------------------------

def test_a_list_of_towns_after_the_verbs_subject_and_object(extract):
    evs = events(extract, "قصفت مقاتلات التحالف أمس مواقع عسكرية للمتمردين في صنعاء والضالع وتعز.")
    assert places(evs) == ["الضالع", "تعز", "صنعاء"]
    assert {e.sub_type for e in evs} == {"Air/drone strike"}


def test_a_list_of_a_city_and_a_town_is_read_from_its_first_member(extract):
    evs = events(extract, "شنت مقاتلات التحالف أمس غارات على صنعاء والضالع.")
    assert places(evs) == ["الضالع", "صنعاء"]


def test_the_towns_the_aircraft_set_off_from_are_no_targets(extract):
    # guard: a list after من is where they came from, not where they struck
    evs = events(extract, "قصفت طائرات أقلعت من صنعاء والضالع أمس مواقع للمقاومة في مدينة تعز.")
    assert places(evs) == ["تعز"]


def test_fronts_in_a_list_stay_one_place(extract):
    # guard: a list after a noun of fighting is not read as a strike's list of towns (lists17: the list further on,
    # since "على جبهات تعز ولحج" right after the fighting, with جبهات a cue word, is each town's fight, as SCHEMA says)
    evs = events(extract, "وتدور اشتباكات عنيفة منذ أيام بين رجال المقاومة الشعبية وميليشيات الحوثيين على أطراف تعز ولحج.")
    assert len(evs) <= 1


def test_a_list_of_towns_after_the_verb_a_strike_noun_is_the_subject_of(extract):
    evs = events(extract, "وفي العراق أصابت الغارات أمس أهدافا عدة قرب ثلاث مدن بينها الموصل ومخمور والفلوجة.")
    assert places(evs) == ["الفلوجة", "الموصل", "مخمور"]


def test_a_strike_summary_over_two_countries_stays_one_event(extract):
    # guard: a list of countries (or provinces) far after the trigger is a summary, not towns struck
    evs = events(extract, "ونفذت طائرات التحالف أمس 30 ضربة جوية استهدفت مواقع لتنظيم داعش الإرهابي في سوريا والعراق.")
    assert len(evs) == 1


# --- an assassination ------------------------------------------------------------------------------------

def test_an_official_assassinated_by_unknown_gunmen_is_violence_against_civilians(extract):
    [e] = events(extract, "اغتيل أمس القيادي في حزب المؤتمر عبد الله صالح برصاص مجهولين أمام منزله في مدينة تعز.")
    assert (e.type, e.sub_type) == ("Violence against civilians", "Attack")


def test_an_officer_assassinated_stays_a_battle(extract):
    # guard: a soldier, an officer or a policeman killed so is an attack on the forces (Battles)
    [e] = events(extract, "اغتال مسلحون مجهولون أمس ضابطا في الجيش في مدينة درنة.")
    assert e.type == "Battles"
