"""Rules of background13: a relative clause that tells a place by its history.

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def events(extract, text, published=DAY):
    return extract(text, published).events


# --- a past verb of violence opening a relative clause on a place is the place's history ----------------------

def test_village_described_by_who_attacked_it_is_no_attack(extract):
    assert events(extract, "وعاد مئات النازحين إلى القرية التي هاجمها المسلحون في ريف حماة.") == []


def test_named_town_described_by_who_took_it_is_no_taking(extract):
    assert events(extract, "ووصلت قافلة مساعدات إلى زنجبار التي سيطر عليها المقاتلون من قبل.") == []


def test_city_described_by_its_destruction_is_no_strike(extract):
    assert events(extract, "وقال المسؤول إن سكان حمص، التي قصفت فيها الطائرات آلاف المنازل، عادوا إليها.") == []


def test_districts_described_by_a_raid_are_no_raid(extract):
    assert events(extract, "وبدأت البلدية تنظيف الأحياء التي اقتحمها المتمردون في مدينة تعز.") == []


def test_guard_relative_clause_with_its_own_day_is_told(extract):
    evs = events(extract, "وتفقد الوزير القرية التي قصفتها الطائرات الحربية أمس في محافظة إدلب.")
    assert [e.sub_type for e in evs] == ["Air/drone strike"]


def test_guard_relative_clause_on_an_incident_is_told(extract):
    evs = events(extract, "وارتفع عدد قتلى التفجير الذي استهدف سوقا شعبية في مدينة بعقوبة أمس إلى 20 قتيلا.")
    assert len(evs) == 1


def test_guard_relative_clause_on_a_force_is_told(extract):
    evs = events(extract, "وأعلنت الشرطة اعتقال المسلحين الذين هاجموا حاجزا أمنيا في مدينة العريش أمس.")
    assert evs


def test_guard_relative_clause_going_on_to_its_dead_is_told(extract):
    evs = events(extract, "وتقع على الحدود بلدة الزاوية التي استهدفتها غارة جوية قتل خلالها عشرات المسلحين.")
    assert [e.sub_type for e in evs] == ["Air/drone strike"]


# --- the fight against a side, in general ------------------------------------------------------------------------

def test_mission_of_fighting_a_group_is_no_clash(extract):
    assert events(extract, "وتتركز مهام الكتيبة الجديدة في قتال الجماعة المتشددة بولاية بورنو.") == []


def test_agreement_about_fighting_a_group_is_no_clash(extract):
    assert events(extract, "وقال الوزير إن التفاهم بين البلدين يقتصر على قتال تنظيم داعش في سوريا.") == []


def test_guard_fighting_with_its_dead_is_told(extract):
    evs = events(extract, "وقتل خمسة جنود في قتال عنيف مع المسلحين في مدينة العريش أمس.")
    assert [e.type for e in evs] == ["Battles"]


def test_guard_fighting_dated_is_told(extract):
    evs = events(extract, "واندلع قتال الفصائل المسلحة أمس في أحياء مدينة درعا.")
    assert [e.type for e in evs] == ["Battles"]
