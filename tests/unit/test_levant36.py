"""levant36: towns, quarters, a field and a base of the 2015 wars in Syria, Iraq and Sinai that no list held
(places.tsv, the levant36 section): read without a cue word and given their points; the surname الشدادي, and
«الماسورة»/«الثرثار» as everyday words, stay no place.  Sentences written for these tests."""


def places(extract, text):
    return {p.name: p for p in extract(text).places}


def test_abu_kamal_without_a_cue(extract):
    p = places(extract, "وقال ناشطون إن طائرات التحالف قصفت مواقع لداعش في البوكمال قرب الحدود بين سوريا والعراق.")
    assert p["البوكمال"].country == "SY" and abs(p["البوكمال"].lon - 40.92) < 0.2


def test_abu_kamal_after_and_in_a_list(extract):
    p = places(extract, "ويسيطر التنظيم على الميادين والبوكمال في ريف دير الزور الشرقي بسوريا.")
    assert p["البوكمال"].country == "SY"


def test_jobar_is_the_damascus_quarter_not_iran(extract):
    p = places(extract, "وأفاد المرصد بأن قوات النظام قصفت جوبر بعشرات القذائف، فيما تدور اشتباكات في محيط دمشق.")
    assert p["جوبر"].country == "SY" and abs(p["جوبر"].lat - 33.51) < 0.2


def test_jobar_in_a_report_that_names_syria_only(extract):
    p = places(extract, "وتواصلت المعارك أمس في جوبر بين فصائل المعارضة والجيش السوري.")
    assert p["جوبر"].country == "SY"


def test_ghouta_alone_is_the_eastern_ghouta(extract):
    p = places(extract, "وقال قائد في المعارضة إن الفصائل المسلحة في الغوطة شكلت قيادة موحدة في ريف دمشق.")
    assert p["الغوطة"].country == "SY" and abs(p["الغوطة"].lon - 36.45) < 0.2


def test_the_western_ghouta_keeps_its_own_row(extract):
    p = places(extract, "قصفت قوات النظام بلدات في الغوطة الغربية بريف دمشق.")
    assert "الغوطة الغربية" in p and p["الغوطة الغربية"].lon < 36.3


def test_kuweires_airbase_and_bare(extract):
    p = places(extract, "ودارت اشتباكات عنيفة بين قوات النظام وداعش في محيط مطار كويرس العسكري شرق حلب.")
    assert any(v.country == "SY" and "كويرس" in k for k, v in p.items())
    p = places(extract, "وتقدمت قوات النظام نحو كويرس في ريف حلب الشرقي.")
    assert p["كويرس"].country == "SY"


def test_quarter_of_aleppo_and_town_near_zabadani(extract):
    p = places(extract, "وألقت المروحيات براميل متفجرة على الكلاسة في حلب، وعلى بقين قرب الزبداني.")
    assert p["الكلاسة"].country == "SY" and p["بقين"].country == "SY"


def test_jazal_field(extract):
    p = places(extract, "واستعاد الجيش السوري السيطرة على حقل جزل النفطي غرب تدمر.")
    assert any(v.country == "SY" and "جزل" in k for k, v in p.items())


def test_bashiqa_and_tharthar_in_iraq(extract):
    p = places(extract, "وقصفت طائرات التحالف مواقع لداعش في بعشيقة شرق الموصل وفي الثرثار شمال الفلوجة بالعراق.")
    assert p["بعشيقة"].country == "IQ" and p["الثرثار"].country == "IQ"


def test_masura_in_rafah(extract):
    p = places(extract, "انفجرت عبوة ناسفة خلال تمشيط المنطقة بين المهدية والماسورة بمدينة رفح في شمال سيناء.")
    assert p["الماسورة"].country == "EG"


def test_shaddadi_with_its_cue(extract):
    p = places(extract, "وقتل قيادي في داعش في مدينة الشدادي بريف الحسكة في سوريا.")
    assert any(v.country == "SY" and v.lat is not None and "الشدادي" in k for k, v in p.items())


# guards: the same words where they are no place


def test_shaddadi_the_surname_is_no_place(extract):
    p = places(extract, "وكان في استقبال الوفد في عدن نائب رئيس مجلس النواب محمد الشدادي ووزير النقل.")
    assert not any("الشدادي" in k for k in p)


def test_the_pipe_is_no_place(extract):
    p = places(extract, "أصلح العامل الماسورة المكسورة في المطبخ قبل وصول الضيوف.")
    assert "الماسورة" not in p


def test_the_chatterbox_is_no_place(extract):
    p = places(extract, "ضحك الحاضرون من الثرثار الذي لم يتوقف عن الكلام طوال السهرة.")
    assert "الثرثار" not in p
