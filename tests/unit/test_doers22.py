"""doers22: an attack the report says no side has claimed ("ولم تعلن أي جهة مسؤوليتها عن الهجوم") has no state
force (the side hit, or the force whose spokesman tells of it) and no guessed side as its doer; a side named as
the one that did it ("اعتداء قام به X"), or blamed after the denial, stays.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical


def _events(extract, text):
    return extract(text, "2015-08-10").events


def test_the_force_whose_spokesman_tells_of_an_unclaimed_bombing_is_not_its_doer(extract):
    text = ("قتل خمسة من عناصر الشرطة في انفجار قنبلة على جانب الطريق في ولاية قندهار، إذ قال محمد كريمي المتحدث "
            "باسم شرطة ولاية قندهار «لقد انفجرت قنبلة زرعها مسلحون صباح السبت لدى مرور سيارة للشرطة في مديرية "
            "أرغنداب». ولم تعلن أي جهة مسؤوليتها عنه.")
    [bomb] = [e for e in _events(extract, text) if e.type.startswith("Explosions")]
    assert bomb.actor1 is None


def test_the_force_whose_checkpoint_was_hit_is_not_the_bomber(extract):
    text = ("وقالت مصادر بالجيش إن ما لا يقل عن أربعة من رجال الجيش والشرطة قتلوا في هجوم انتحاري استهدف نقطة "
            "تفتيش في بلدة الضلوعية شمال بغداد. ولم تعلن أي جماعة مسؤوليتها عن الهجوم.")
    [bomb] = [e for e in _events(extract, text) if e.sub_type == "Suicide bomb"]
    assert bomb.actor1 is None


def test_a_side_named_as_the_doer_before_the_denial_stays(extract):
    text = ("قال وزير الداخلية إن التحقيق يكشف أن التفجير في مدينة الرقة ناجم عن اعتداء قام به تنظيم داعش. "
            "ولم تعلن أي جماعة مسؤوليتها عن الهجوم حتى الآن.")
    bombs = [e for e in _events(extract, text) if e.type.startswith("Explosions")]
    assert any(canonical(e.actor1) == "Islamic State" for e in bombs)


def test_a_denied_claim_names_no_claimer_before_the_denial(extract):
    text = ("انفجرت خمس سيارات مفخخة في مدينة غزة أمس، وقالت الشرطة إن السيارات تعود لناشطين في حركة حماس ولم "
            "يعلن أي طرف مسؤوليته عنها.")
    [bomb] = [e for e in _events(extract, text) if e.type.startswith("Explosions")]
    assert bomb.actor1 is None


def test_a_side_blamed_after_the_denial_is_still_read(extract):
    text = ("قتل سبعة أشخاص في تفجير انتحاري في سوق بمدينة ديفا أمس. ولم تعلن أي جهة مسؤوليتها عن الهجوم، لكن "
            "مصدرا في الشرطة قال إنه من عمل جماعة بوكو حرام.")
    bombs = [e for e in _events(extract, text) if e.sub_type == "Suicide bomb"]
    assert any(canonical(e.actor1) == "Boko Haram" for e in bombs)


def test_an_attack_told_after_the_denial_is_left_alone(extract):
    text = ("ولم تعلن أي جهة مسؤوليتها عن التفجير. وفي وقت لاحق شنت طائرات حربية تركية غارات على مواقع "
            "لحزب العمال الكردستاني في شمال العراق.")
    strikes = [e for e in _events(extract, text) if e.sub_type == "Air/drone strike"]
    assert strikes and all(canonical(e.actor1) == "Military Forces of Turkey" for e in strikes)


def test_one_word_texts(extract):
    for word in ("لم", "تعلن", "أي", "ولم تعلن", "لم تتبن أي"):
        extract(word, "2015-08-10")


def test_indefinite_rebel_factions_of_syria_are_the_doers(extract):
    text = "وقصفت فصائل معارضة أخرى في ريف حماة مواقع للجيش النظامي في بلدة محردة أمس."
    [shelling] = _events(extract, text)
    assert canonical(shelling.actor1) == "Opposition Rebels (Syria)"


def test_south_sudans_army_by_its_liberation_name(extract):
    text = "وشن الجيش الشعبي لتحرير السودان هجوما على مواقع المتمردين في ولاية الوحدة أمس."
    events = _events(extract, text)
    assert events and canonical(events[0].actor1) == "Military Forces of South Sudan"


def test_the_northern_sector_stays_splm_n(extract):
    text = "وشن الجيش الشعبي لتحرير السودان شمال هجوما على مواقع الجيش في ولاية جنوب كردفان أمس."
    events = _events(extract, text)
    assert events and canonical(events[0].actor1).startswith("SPLM-N")
