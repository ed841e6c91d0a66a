"""placesmiss19: names after a cue that were missed or cut on unseen pages (feed sample seed 2483):
ذي as a name particle, a compass adjective of the other gender than the cue, junction cues, a plural cue's
list after a colon or in brackets.  Sentences written for these tests."""
from __future__ import annotations


def _names(ex):
    return {p.name for p in ex.places}


# -- ذي heads a name after a cue and inside a cue's list ---------------------------------------------------

def test_dhi_heads_a_village_name_after_its_cue(extract):
    text = "قتل ثلاثة أشخاص في قصف على قرية ذي عين شمال مدينة إب مساء الأحد."
    assert "ذي عين" in _names(extract(text))


def test_dhi_name_goes_on_in_a_comma_list(extract):
    text = "سيطر المسلحون على قرى سيعة، وذي مهنة، ومحزف في مديرية الشمايتين بمحافظة تعز."
    got = _names(extract(text))
    assert {"ذي مهنة", "محزف"} <= got


def test_dhi_of_a_phrase_without_cue_is_no_place(extract):
    # guard: "ذي صلة" ("related") follows no cue
    text = "وفي تطور ذي صلة، قصفت الطائرات مواقع للمسلحين في مدينة الحديدة."
    got = _names(extract(text))
    assert not any(n.startswith("ذي") for n in got) and "الحديدة" in got


# -- a compass adjective of the other gender than the cue is part of the name ----------------------------

def test_masculine_compass_word_after_a_feminine_cue_is_in_the_name(extract):
    text = "انفجرت عبوة ناسفة قرب دورية للشرطة في قرية العكر الغربي جنوب المنامة ليل الجمعة."
    got = _names(extract(text))
    assert "العكر الغربي" in got and "العكر" not in got


def test_feminine_compass_word_after_a_masculine_cue_is_in_the_name(extract):
    text = "داهمت قوات الأمن منزلا في حي الفيصلية الشمالية بمدينة الدمام فجر اليوم."
    assert "الفيصلية الشمالية" in _names(extract(text))


def test_agreeing_compass_word_describes_the_town(extract):
    # guard: "the eastern city of Benghazi" - the adjective agrees with مدينة and describes it
    text = "قصفت الطائرات الحربية مخازن للذخيرة في مدينة بنغازي الشرقية الليلة الماضية."
    got = _names(extract(text))
    assert "بنغازي" in got and "بنغازي الشرقية" not in got


# -- a road junction by its name ------------------------------------------------------------------------

def test_triangle_junction_is_a_place(extract):
    text = "دارت اشتباكات عنيفة بين المقاومة والحوثيين عند مثلث العند شمال مدينة الحوطة أمس."
    assert "مثلث العند" in _names(extract(text))


def test_fork_junction_is_a_place(extract):
    text = "أقام مسلحون حاجزا عند مفرق سجو قرب مدينة أعزاز واعتقلوا خمسة مقاتلين."
    assert "مفرق سجو" in _names(extract(text))


def test_triangle_of_an_everyday_word_is_no_place(extract):
    # guard: a figure of speech
    text = "قال الكاتب إن تلك المنطقة أصبحت مثلث الموت بالنسبة للمدنيين في البلاد."
    assert not any(n.startswith("مثلث") for n in _names(extract(text)))


# -- a plural cue's list after a colon or in brackets -------------------------------------------------------

def test_bracketed_list_after_a_plural_cue(extract):
    text = "سقطت قذائف الهاون على قرى (الحصين، والمعرقة) غرب مدينة تعز صباح اليوم."
    got = _names(extract(text))
    assert {"الحصين", "المعرقة"} <= got


def test_list_after_a_colon_and_brackets(extract):
    text = "قصفت الميليشيات قرى: (مشرعة، وحدنان) في جبل صبر جنوب مدينة تعز."
    got = _names(extract(text))
    assert {"مشرعة", "حدنان"} <= got


def test_bracketed_gloss_after_a_singular_cue_is_no_list(extract):
    # guard: brackets after a singular cue hold a gloss, not a list
    text = "وصل الوفد إلى محافظة (الاسم القديم للمنطقة) قبل أن يتوجه إلى مدينة عدن."
    got = _names(extract(text))
    assert "عدن" in got and not any("الاسم" in n for n in got)


def test_one_word_text_with_a_cue(extract):
    for text in ("قرى:", "مثلث", "قرية", "قرى ("):
        extract(text)


# -- Al Anad by its bare name ------------------------------------------------------------------------------

def test_bare_al_anad_is_a_place_in_yemen(extract):
    text = "دفعت المقاومة الشعبية في اليمن بتعزيزات إلى الميليشيات المتواجدة في العند من اتجاه تعز."
    assert "العند" in _names(extract(text))


def test_stubbornness_is_no_place(extract):
    # guard: العند "stubbornness" in an essay
    text = "قال الكاتب إن الإنسان فطر على التمرد والعند وحب الخروج عن المألوف."
    assert "العند" not in _names(extract(text))


# -- a given name after a name particle is part of the name ----------------------------------------------

def test_given_name_after_a_particle_in_a_cue_list(extract):
    text = "قال قائد المنطقة إن مناطق جعولة وبير أحمد أصبحت تحت سيطرة المقاومة في عدن."
    assert "بير أحمد" in _names(extract(text))


def test_given_name_in_a_list_of_people_is_no_place(extract):
    # guard: the same pair in a list of men, after no place cue
    text = "ذكر التقرير من قادة التنظيم أبو مسلم التركماني وأبو علي الأنباري في الموصل."
    got = _names(extract(text))
    assert not any(n.startswith("أبو") for n in got)
