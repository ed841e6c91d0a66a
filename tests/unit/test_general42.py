"""general42: a definite noun of violence right after a word of cause (events.yaml modality `state_causes`:
بسبب، جراء، نتيجة، بفعل) names the fighting as the cause of a state (a closure, a shortage, a hardship), no
incident told (`factuality._cause_of_a_state`).  It stays told where its sentence counts dead, hurt or losses
before it or after it, where a day of its own follows it in its clause, or where its clause holds a number that is
not a length of months or years; an indefinite noun ("جراء قصف على الحي") is left alone.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events


def kinds(extract, text):
    return [(e.sub_type, e.place.name if e.place is not None else None) for e in events(extract, text)]


def test_an_airport_closed_because_of_the_fighting_is_no_clash(extract):
    # the day dates the reopening, the months are how long it was closed
    text = "وأعيد فتح مطار عدن اليوم بعد إغلاقه ثلاثة أشهر بسبب المعارك في اليمن."
    assert kinds(extract, text) == []


def test_a_shortage_caused_by_the_shelling_is_no_shelling(extract):
    text = "وتعاني مدينة تعز من نقص حاد في الوقود جراء القصف المتواصل على أحيائها."
    assert kinds(extract, text) == []


def test_a_hardship_caused_by_the_war_against_a_side_is_no_clash(extract):
    text = "وقال النائب إن الظروف الصعبة التي تمر بها محافظة الأنبار نتيجة المعارك ضد التنظيم تتطلب دعما عاجلا."
    assert kinds(extract, text) == []


def test_ships_held_back_by_the_clashes_are_no_clash(extract):
    text = "وتعذر وصول سفن الإغاثة إلى ميناء المكلا بفعل الاشتباكات في محيط المدينة."
    assert kinds(extract, text) == []


def test_dead_counted_before_the_cause_keep_the_shelling(extract):
    # guard: a toll before it in its sentence
    text = "وقتل خمسة مدنيين جراء القصف على حي الشيخ مقصود في حلب أمس."
    assert [e for e in events(extract, text) if e.fatalities == 5]


def test_dead_told_after_the_cause_keep_the_shelling(extract):
    # guard: a toll after it in its sentence
    text = "وتضررت منازل في مدينة تعز جراء القصف الذي أسفر عن مقتل ثلاثة."
    assert [e for e in events(extract, text) if e.fatalities == 3]


def test_a_day_of_its_own_after_it_keeps_the_shelling(extract):
    # guard: the day follows the noun in its clause
    text = "وتضرر منزلان في بلدة الحديد جراء القصف صباح اليوم."
    assert [s for s, _ in kinds(extract, text) if s == "Shelling/artillery/missile attack"]


def test_injuries_denied_keep_the_explosions(extract):
    # guard: losses named before it, even denied, are the incident's; the explosions are told
    text = ("وانفجرت ثلاث سيارات مفخخة في حي الرمال بمدينة غزة فجر اليوم. "
            "ولم تعلن وزارة الصحة عن وقوع إصابات جراء الانفجارات.")
    assert [s for s, _ in kinds(extract, text) if "explosive" in s]


def test_an_indefinite_noun_after_a_cause_stays(extract):
    # guard: "جراء قصف" names an incident, not a state's cause
    text = "وقال مصدر طبي إن ثلاثة أطفال أصيبوا جراء قصف على قرية كفرنبل في ريف إدلب."
    assert [p for _, p in kinds(extract, text) if p == "كفرنبل"]
