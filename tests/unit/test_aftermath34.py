"""Aftermath34 (helper session, 2026-12-07, twenty-first): a death told after the blow that caused it is that
blow's toll, not a second incident.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 25)


def events(extract, text, published=DAY):
    return extract(text, published).events


def kinds(evs):
    return sorted((e.sub_type, e.place.name if e.place else None, e.fatalities) for e in evs)


# --- rule 1: a sentence opening with a verb of resulting and a demonstrative tells the toll of the one before ---

def test_deaths_that_resulted_from_a_shelling_told_before_are_its_toll(extract):
    evs = events(extract, "قصفت المدفعية مواقع المسلحين في صعدة أمس. ونتج عن ذلك مقتل ثلاثة مسلحين.")
    assert kinds(evs) == [("Shelling/artillery/missile attack", "صعدة", 3)]


def test_deaths_that_a_bombing_told_before_led_to_are_its_toll(extract):
    evs = events(extract, "انفجرت سيارة مفخخة في سوق ببغداد أمس. وقد أسفر ذلك عن مقتل 12 شخصا.")
    assert kinds(evs) == [("Remote explosive/landmine/IED", "بغداد", 12)]


def test_a_border_post_exposed_to_shells_then_its_dead(extract):
    evs = events(extract, "تعرض مركز حدودي في منطقة جازان أمس لقذائف عسكرية من داخل الأراضي اليمنية، وتم تدمير "
                          "مصادر النيران. ونتج عن ذلك مقتل العريف سالم أحمد العتيبي.")
    assert kinds(evs) == [("Shelling/artillery/missile attack", "جازان", 1)]


# --- rule 2: a word of being hit that points back to the dead, right before the blow ---------------------------

def test_killed_after_shrapnel_hit_him_is_a_shelling(extract):
    evs = events(extract, "قتل شاب في نجران أمس بعد إصابته بشظايا قذيفة.")
    assert kinds(evs) == [("Shelling/artillery/missile attack", "نجران", 1)]


def test_killed_after_a_shell_struck_him_is_a_shelling(extract):
    evs = events(extract, "قتل شاب في نجران أمس بعد أن أصابته قذيفة هاون.")
    assert kinds(evs) == [("Shelling/artillery/missile attack", "نجران", 1)]


# --- guards ------------------------------------------------------------------------------------------------

def test_deaths_at_another_place_stay_their_own_incident(extract):
    evs = events(extract, "قصفت المدفعية مواقع المسلحين في صعدة أمس. ونتج عن ذلك مقتل ثلاثة مدنيين في مدينة حجة.")
    assert len(evs) == 2
    assert ("Shelling/artillery/missile attack", "صعدة", None) in kinds(evs)


def test_a_killing_in_a_sentence_of_its_own_stays_apart(extract):
    evs = events(extract, "سقطت قذيفة على منزل في محافظة الطوال أمس. وقتل في مدينة جازان شاب برصاص مجهولين.")
    assert len(evs) == 2


def test_a_killing_after_battles_stays_a_battle(extract):
    evs = events(extract, "قتل جندي في حلب أمس بعد معارك عنيفة مع المسلحين.")
    assert [e.type for e in evs] == ["Battles"]


def test_wounded_by_a_shell_is_no_outcome_of_the_verb_alone(extract):
    # a demonstrative after a verb of resulting deep inside the sentence is no opening of a toll
    evs = events(extract, "قصفت المدفعية مواقع المسلحين في صعدة أمس. وقال المتحدث إن القصف دقيق.")
    assert kinds(evs) == [("Shelling/artillery/missile attack", "صعدة", None)]


# --- rule 3: a projectile that killed or wounded has struck, though no word of firing is told ---------------------

def test_killed_by_a_mortar_shell_is_a_shelling(extract):
    evs = events(extract, "قتل ثلاثة جنود بقذيفة هاون في مدينة تعز أمس.")
    assert kinds(evs) == [("Shelling/artillery/missile attack", "تعز", 3)]


def test_martyred_after_heavy_shells_is_that_shelling_once(extract):
    evs = events(extract, "استشهد ثلاثة رجال أمن من مركز حدودي بقطاع الطوال بمنطقة جازان إثر قذائف كثيفة من داخل "
                          "الأراضي اليمنية أمس. وبين المتحدث أنه تعرض المركز لقذائف عسكرية كثيفة من داخل الأراضي "
                          "اليمنية أمس.")
    assert len(evs) == 1
    assert evs[0].sub_type == "Shelling/artillery/missile attack" and evs[0].fatalities == 3


def test_a_shipment_of_shells_is_no_shelling(extract):
    evs = events(extract, "وصلت إلى ميناء جدة أمس شحنة بقذائف وصواريخ.")
    assert evs == []


def test_shells_after_a_word_of_cause_with_no_harm_are_no_shelling(extract):
    evs = events(extract, "ارتفعت أسعار الأسهم في الرياض أمس إثر صواريخ الألعاب النارية.")
    assert evs == []
