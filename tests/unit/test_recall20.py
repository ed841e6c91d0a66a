"""Recall20 (helper session, 2026-12-06): incidents missed on unseen pages.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.sub_type, e.place.name if e.place else None) for e in evs)


# --- fighting that flares up or goes on at a named place is a battle there --------------------------------

def test_fighting_flaring_up_at_a_named_town_is_a_clash(extract):
    evs = events(extract, "وقصفت الطائرات مواقع في الريف الجنوبي، في حين احتدمت المعارك بين قوات الجيش ومسلحي "
                          "العشائر في محيط مدينة مأرب.")
    assert ("Armed clash", "مأرب") in kinds(evs)


def test_fighting_going_on_after_wasat_is_a_clash(extract):
    evs = events(extract, "وألقت المروحيات براميل متفجرة على قرى في ريف حماة، وسط استمرار الاشتباكات في محيط "
                          "بلدة مورك.")
    assert ("Armed clash", "مورك") in kinds(evs)


def test_sides_told_in_parts_do_not_push_the_place_out_of_reach(extract):
    evs = events(extract, "وتجددت الاشتباكات بين مقاتلي العشائر وأبناء المنطقة من جهة، وعناصر التنظيم المتشدد "
                          "القادمين من الصحراء من جهة أخرى في محيط مدينة الرمادي.")
    assert ("Armed clash", "الرمادي") in kinds(evs)


def test_two_long_sides_do_not_push_the_place_out_of_reach(extract):
    evs = events(extract, "في حين استعرت الاشتباكات بين مسلحي القبائل المحلية وقوات الجيش في أطراف بلدة الحوطة "
                          "بمحافظة لحج.")
    assert [e.sub_type for e in evs] == ["Armed clash"]
    assert evs[0].place.name in ("الحوطة", "لحج")


def test_fighting_going_on_with_no_place_is_no_event(extract):
    # guard: suffering from fighting in general names no incident
    evs = events(extract, "ويعاني سكان المحافظة من نقص حاد في الغذاء والدواء جراء استمرار المعارك منذ أشهر.")
    assert evs == []


# --- "النيران": shots fired -----------------------------------------------------------------------------

def test_shots_fired_with_the_plural_of_fire_are_an_incident(extract):
    evs = events(extract, "أطلق مسلحون مجهولون النيران أمس على دورية للشرطة في مدينة العريش فأصابوا جنديين.")
    assert [(e.type, e.place.name) for e in evs] == [("Battles", "العريش")]
