"""victims39: the side that was hit is not the doer (issue 9, actor1).

- "أعلنت القيادة العامة للقوات المسلحة ... عن استشهاد أحد ضباطها": martyrdom is told by the side the deaths befell;
  the announcer of a martyrdom is not the doer (event_roles.yaml `martyrdom_words`, `roles._mourns_the_dead`), nor is
  a force whose statement tells it (`roles._speaker_mourns`, in `attribute`);
- "نقل مدير عام حرس الحدود التعازي لذوي الشهيد ... الذي استشهد إثر إصابته بمقذوفات": the condoler mourns the dead
  (event_roles.yaml `condolence_words`);
- "قصف مواقع (جبهة النصرة)", "مقر «الفرقة 30»": a name set off by a mark right after a post it completes is the
  post's holder, not the doer (`roles._post_past_a_mark`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import canonical, events


def sides(extract, text):
    return [(canonical(e.actor1), canonical(e.actor2)) for e in events(extract, text)]


def test_the_command_announcing_its_officers_martyrdom_is_no_doer(extract):
    text = "أعلنت القيادة العامة للقوات المسلحة الإماراتية أمس عن استشهاد أحد الضباط الإماراتيين المشاركين في التحالف في اليمن."
    assert [a1 for a1, _ in sides(extract, text)] == [None]


def test_the_ministry_announcing_the_border_guards_martyrdom_is_no_doer(extract):
    text = "أعلنت وزارة الداخلية عن استشهاد ثلاثة من رجال حرس الحدود في نجران."
    assert [a1 for a1, _ in sides(extract, text)] == [None]


def test_the_spokesman_announcing_martyrdom_in_a_blast_is_no_doer(extract):
    text = "أعلن الناطق العسكري باسم القوات المسلحة المصرية استشهاد ضابط وثلاثة جنود في انفجار عبوة ناسفة في رفح."
    assert [a1 for a1, _ in sides(extract, text)] == [None]


def test_the_directorate_whose_guards_fell_did_not_fire_the_mortar(extract):
    text = ("أعلنت المديرية العامة لحرس الحدود استشهاد ثلاثة من حرس الحدود بقذيفة هاون أطلقت من داخل الأراضي "
            "اليمنية على مركز حدودي في جازان.")
    assert sides(extract, text) == [(None, "Police Forces of Saudi Arabia")]


def test_the_condoler_is_not_the_shooter(extract):
    text = ("نقل مدير عام حرس الحدود التعازي لذوي الشهيد الجندي سالم، أحد أفراد حرس الحدود بقطاع ظهران الجنوب والذي "
            "استشهد إثر إصابته بمقذوفات عسكرية من الأراضي اليمنية.")
    assert [a1 for a1, _ in sides(extract, text)] == [None]


# guards: the sentences the rules must leave alone


def test_an_army_announcing_the_enemys_dead_stays_their_killer(extract):
    text = "أعلن الجيش المصري مقتل 20 إرهابيا في سيناء."
    assert [a1 for a1, _ in sides(extract, text)] == ["Military Forces of Egypt"]


def test_a_spokesman_telling_his_forces_shelling_keeps_it(extract):
    text = "قال المتحدث باسم الجيش المصري إن قوات الجيش قصفت مواقع للإرهابيين في رفح."
    assert [a1 for a1, _ in sides(extract, text)] == ["Military Forces of Egypt"]


def test_a_shelling_told_before_the_condolences_keeps_its_doer(extract):
    text = ("قصفت القوات السعودية مواقع للحوثيين ردا على مقذوفات أطلقت على جازان، وقدم الأمير التعازي لذوي "
            "الشهداء.")
    assert sides(extract, text) == [("Military Forces of Saudi Arabia", "Houthi Movement")]


# a post named with its holder set off by a quotation mark or a bracket ("قصف مواقع (جبهة النصرة)"): the holder was
# hit, it did not fire (`roles._post_past_a_mark`)


def test_the_group_in_brackets_after_its_positions_did_not_shell_them(extract):
    text = "وتم قصف مواقع (جبهة النصرة) بعشرة صواريخ في ريف إدلب."
    assert [a1 for a1, _ in sides(extract, text)] == [None]


def test_the_group_in_quotes_after_its_headquarters_did_not_attack_it(extract):
    text = "وتم استهداف مقر «جبهة النصرة» بعبوة ناسفة في ريف إدلب."
    assert [a1 for a1, _ in sides(extract, text)] == [None]


def test_a_group_in_quotes_that_attacks_a_post_keeps_the_attack(extract):
    text = "هاجمت «جبهة النصرة» مقر «الفرقة 30» في أعزاز وقتلت خمسة منهم."
    assert [a1 for a1, _ in sides(extract, text)] == ["Jabhat al-Nusra"]


def test_the_air_force_striking_positions_in_quotes_keeps_the_strike(extract):
    text = "قصفت الطائرات التركية مواقع «داعش» في ريف حلب."
    assert sides(extract, text) == [("Military Forces of Turkey", "Islamic State")]
