"""Movements (routes) and the claims ledger.  Sentences written for these tests."""
import pytest


def routes(extract, text):
    return [([p.name for p in m.path], m.actor.canonical if m.actor else None) for m in extract(text).movements]


def test_route_with_via_destination_and_continuation(extract):
    text = ("وقال مصدر إن مقاتلي داعش انتقلوا عبر منفذ التوم وصولا إلى أوباري ومنها إلى محيط غدامس "
            "وتحديدا منطقة الحمادة.")
    [(path, actor)] = routes(extract, text)
    assert path[:3] == ["التوم", "أوباري", "غدامس"]  # the crossing, named without its cue word
    assert actor == "Islamic State"


def test_origin_before_destination(extract):
    [(path, _)] = routes(extract, "تسلل عناصر من بوكو حرام من النيجر إلى تشاد الأسبوع الماضي.")
    assert path == ["النيجر", "تشاد"]


def test_between_two_places(extract):
    [(path, _)] = routes(extract, "أرتال التنظيم تتنقل بين مناطق سبها وأوباري.")
    assert path == ["سبها", "أوباري"]


def test_seen_at_then_moving_on(extract):
    [(path, _)] = routes(extract, "رصدت الطائرات تحركا لأرتال داعش في الجفرة وصولا إلى هون وودان.")
    assert path[0] == "الجفرة" and set(path[1:]) == {"هون", "ودان"}


@pytest.mark.parametrize("text", [
    "ربما فر المسلحون من سرت إلى الجنوب الليبي.",                       # supposition
    "تخوفا من تسلل عناصر من ليبيا إلى تونس أغلقت السلطات المعبر.",       # fear
    "تعمل القوات على منع تسلل المسلحين من مالي إلى النيجر.",            # prevention
    "يسعى التنظيم إلى نقل مقاتليه من سوريا إلى ليبيا.",                # intention
])
def test_no_route_for_what_is_only_supposed(extract, text):
    assert routes(extract, text) == []


def test_a_relative_anchor_is_not_on_the_route(extract):
    [(path, _)] = routes(extract, "وصلت قافلة المسلحين من سبها إلى أوباري غرب مرزق.")
    assert path == ["سبها", "أوباري"]


def claims(extract, text):
    return [(c.quantity, c.value, c.low, c.high) for c in extract(text).claims]


def test_strength_of_a_force_with_a_bound(extract):
    assert ("fighters", None, None, 300) in claims(
        extract, "وقال مسؤول عسكري إن عدد مقاتلي التنظيم لا يزيد عن 300 مقاتل في الجنوب.")


def test_strength_with_number_words_and_hedge(extract):
    got = claims(extract, "يقدر خبراء عدد عناصر داعش في ليبيا بما يقارب الستة آلاف عنصر.")
    assert got and got[0][0] == "fighters" and 6000 in got[0][1:]


def test_single_undisputed_toll_is_no_claim(extract):
    assert claims(extract, "قتل ثلاثة جنود في هجوم على نقطة تفتيش في مدينة العريش.") == []


def test_tally_over_several_days_is_a_claim(extract):
    text = "وارتفع بذلك عدد القتلى إلى 37 مسلحا خلال أسبوع من المواجهات في المدينة."
    assert ("killed", 37, None, None) in claims(extract, text)


def test_two_sources_two_figures(extract):
    text = ("قال الجيش إن خمسة جنود قتلوا في الهجوم على القاعدة العسكرية قرب مدينة بيدوا. "
            "وقالت حركة الشباب في بيان إن مقاتليها قتلوا 20 جنديا في الهجوم.")
    got = claims(extract, text)
    assert ("killed", 5, None, None) in got and ("killed", 20, None, None) in got
    ex = extract(text)
    by_value = {c.value: c for c in ex.claims}
    assert by_value[20].source is not None


def test_displaced_people(extract):
    text = "وتفيد تقديرات الأمم المتحدة بأن 1.2 مليون شخص فروا من منازلهم منذ بداية القتال."
    got = claims(extract, text)
    assert ("displaced", 1200000, None, None) in got


def test_described_source_gets_its_english_label(extract):
    ex = extract("وقدر مسؤولون غربيون عدد مقاتلي التنظيم في سرت بنحو 3000 مقاتل.")
    [c] = ex.claims
    assert c.source.canonical == "Western officials"


def test_speaker_and_organisation_are_equivalent_sources(extract):
    text = ("وقال المتحدث باسم حركة الشباب عبد الرحمن أبو يوسف إن مقاتلي الحركة قتلوا 30 جنديا "
            "في الهجوم، بينما قال الجيش إن عشرة جنود قتلوا.")
    ex = extract(text)
    c = next(c for c in ex.claims if c.value == 30)
    names = [s.canonical or s.name for s in c.source] if isinstance(c.source, list) else [c.source.canonical]
    assert "Al Shabaab" in names


def _sources(c):
    return [s.canonical or s.name for s in c.source] if isinstance(c.source, list) else [c.source.canonical or c.source.name]


def test_a_person_named_before_his_role_speaks_for_his_organisation(extract):
    text = "وقال أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن عدد مقاتلي التنظيم في المنطقة لا يزيد عن 300 مقاتل."
    [c] = extract(text).claims
    assert any(s.endswith("Libyan National Army") for s in _sources(c)) and "أحمد المسماري" in _sources(c)


def test_a_spokesman_named_again_by_surname_keeps_his_organisation(extract):
    text = ("وقال أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن المعارك مستمرة. "
            "وذكر المسماري أن عدد مقاتلي التنظيم في المنطقة لا يزيد عن 300 مقاتل.")
    c = next(c for c in extract(text).claims if c.high == 300 or c.value == 300)
    assert any(s.endswith("Libyan National Army") for s in _sources(c))


def test_what_follows_that_is_said_not_the_speaker(extract):
    # "وذكر X أن نشر داعش ...": داعش is inside the statement
    text = ("وقال أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن المعارك مستمرة. "
            "وأوضح المسماري أن تنظيم داعش يملك نحو 500 مقاتل في المنطقة.")
    c = next(c for c in extract(text).claims if c.value == 500)
    assert "Islamic State" not in _sources(c)


def test_explained_that_is_speech_and_between_is_not(extract):
    text = ("وقال أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن المعارك مستمرة. "
            "وبين أن عدد مقاتلي التنظيم لا يزيد عن 300 مقاتل.")
    c = next(c for c in extract(text).claims if c.high == 300 or c.value == 300)
    assert any(s.endswith("Libyan National Army") for s in _sources(c))
