"""Movement frames: motion lemmas in all their forms, path markers, and who moves.  Sentences written
for these tests (places and groups are real, the movements are not)."""
import pytest


def routes(extract, text):
    return [([p.name for p in m.path], m.actor.canonical or m.actor.name if m.actor else None)
            for m in extract(text).movements]


def only_route(extract, text):
    got = routes(extract, text)
    assert len(got) == 1, got
    return got[0]


def test_a_participle_of_motion(extract):
    path, actor = only_route(extract, "وخرج عناصر تنظيم داعش من الرقة منسحبين إلى الموصل.")
    assert path == ["الرقة", "الموصل"] and actor == "Islamic State"


def test_fighters_fleeing_named_by_a_participle(extract):
    path, actor = only_route(extract, "وقالت مصادر محلية إن عناصر داعش الفارة من سوريا وصلت إلى الموصل.")
    assert path == ["سوريا", "الموصل"] and actor == "Islamic State"


def test_an_advance_towards(extract):
    path, _ = only_route(extract, "وتقدمت كتائب حركة الشباب من بيدوا باتجاه أطراف مدينة بلدوين.")
    assert path == ["بيدوا", "بلدوين"]


def test_an_air_route_from_a_base(extract):
    path, _ = only_route(extract, "وأقلعت طائرات حربية تابعة للجيش الليبي من بنغازي نحو الجفرة.")
    assert path == ["بنغازي", "الجفرة"]


def test_infiltration_through_a_border(extract):
    path, actor = only_route(extract, "وكان مسلحو بوكو حرام قد تسللوا من النيجر عبر بحيرة تشاد إلى الكاميرون.")
    assert path[0] == "النيجر" and path[-1] == "الكاميرون" and actor == "Boko Haram"


def test_on_its_way_to(extract):
    path, _ = only_route(extract, "وشوهد رتل لمسلحي داعش قادما من سبها في طريقه إلى أوباري.")
    assert path == ["سبها", "أوباري"]


def test_between_two_places_cut_by_a_comma(extract):
    path, _ = only_route(extract, "وتتنقل خلايا التنظيم بين سبها، وأوباري بسيارات رباعية الدفع.")
    assert path == ["سبها", "أوباري"]


def test_an_area_between_two_places_is_no_route(extract):
    text = "وقصفت الطائرات أرتالا كانت تتحرك في المنطقة الواقعة بين مصراتة وسرت."
    assert routes(extract, text) == []


def test_origin_given_by_a_description_of_the_mover(extract):
    path, _ = only_route(extract, "وقالت المصادر إن كتائب من مدينة مصراتة تقدمت نحو سرت.")
    assert path == ["مصراتة", "سرت"]


def test_one_subject_across_coordinated_clauses(extract):
    path, actor = only_route(extract, "وانسحب مقاتلو داعش من سرت، ثم توجهوا بعد أيام إلى بني وليد.")
    assert path == ["سرت", "بني وليد"] and actor == "Islamic State"


def test_a_sentence_going_on_with_the_same_subject_starts_where_they_were(extract):
    text = "وسيطر مسلحو الحوثيين على صنعاء في سبتمبر. وتوجهوا بعد ذلك إلى عدن."
    path, actor = only_route(extract, text)
    assert path == ["صنعاء", "عدن"] and actor == "Houthi Movement"


def test_the_mover_is_the_subject_not_the_nearest_name(extract):
    _, actor = only_route(extract, "وقال الجيش الليبي إن عناصر داعش فروا من سرت إلى الجفرة.")
    assert actor == "Islamic State"


def test_a_pronoun_takes_the_group_it_agrees_with(extract):
    # "أرسلت" is feminine: جماعة بوكو حرام sent its fighters, not التنظيم named after it
    text = "وبايعت جماعة بوكو حرام تنظيم داعش، حيث أرسلت مقاتليها عبر تشاد إلى ليبيا."
    path, actor = only_route(extract, text)
    assert path == ["تشاد", "ليبيا"] and actor == "Boko Haram"


def test_a_group_some_of_whose_members_moved(extract):
    text = "وقالت السلطات إن الجيش قتل عشرة إرهابيين تابعين لتنظيم داعش، بعضهم تسلل من ليبيا إلى تونس."
    _, actor = only_route(extract, text)
    assert actor == "Islamic State"


def test_a_verbal_noun_with_a_pronoun_takes_the_subject_before(extract):
    text = "وواصلت القوات الموالية للحكومة، أمس، تقدمها من عدن إلى زنجبار."
    _, actor = only_route(extract, text)
    assert actor is not None and "القوات الموالية للحكومة" in actor


def test_a_sea_route_counts(extract):
    path, _ = only_route(extract, "وأبحر زورق يقل مسلحين من صبراتة إلى مالطا.")
    assert path == ["صبراتة", "مالطا"]


@pytest.mark.parametrize("text", [
    "ووصلت سفينة الحاويات القادمة من جدة إلى السويس أمس.",        # no armed force moves
    "وتقدم له الحكومة الدعم بعد طرده من سرت إلى الجفرة.",          # "تقدم له": gives
    "وتمتد المنطقة المفتوحة للجماعات المسلحة من مالي إلى الجزائر مرورا بالنيجر.",   # only "مرورا"
])
def test_no_route(extract, text):
    assert routes(extract, text) == []
