"""Rules of precision14: what is named but not reported as an incident (warrants, purposes, issued papers,
deportations, tolls of "more than N" since long ago).

Every sentence here was written for these tests (none is taken from the gold files or the feed).
"""
import datetime as dt

DAY = dt.date(2015, 7, 20)


def sub_types(extract, text, published=DAY):
    return [e.sub_type for e in extract(text, published).events]


# --- a warrant names the arrest it allows, not one made -----------------------------------------------------

def test_a_warrant_is_no_arrest(extract):
    assert "Arrests" not in sub_types(extract, "وأصدرت النيابة أمس مذكرة توقيف بحق قائد الجماعة المسلحة في مدينة سبها.")
    assert "Arrests" not in sub_types(extract, "وطلب الوزير من الشرطة إصدار أوامر اعتقال بحق عشرة من المسلحين في مدينة الخليل.")


def test_guard_an_arrest_made_stays(extract):
    assert "Arrests" in sub_types(extract, "واعتقلت الشرطة أمس خمسة مسلحين في مدينة سبها.")


# --- a verbal noun of carrying out with the ل of purpose: what is meant, not done ---------------------------

def test_to_wage_a_fight_is_a_purpose(extract):
    assert sub_types(extract, "وقال الرئيس إن بلاده لا تحتاج إلى إرسال قوات لخوض القتال في الصومال.") == []


def test_guard_a_fight_waged_stays(extract):
    assert "Armed clash" in sub_types(extract, "وخاضت القوات معارك عنيفة مع المسلحين في مدينة تعز أمس.")


# --- "صادر عن/من": issued by, not a seizure ------------------------------------------------------------------

def test_issued_is_no_seizure(extract):
    assert sub_types(extract, "وقال المتحدث إن المذكرة صادرة من تونس بسبب الهجوم الإرهابي في مدينة سوسة.") == []
    assert sub_types(extract, "وأوقفت الشرطة رجلا بناء على مذكرة دولية صادرة من تونس للاشتباه في صلته بالهجوم "
                              "الإرهابي في مدينة سوسة.") == ["Arrests"]


def test_guard_weapons_confiscated_stay(extract):
    assert "Disrupted weapons use" in sub_types(extract, "وصادرت قوات الأمن أسلحة وذخائر في مدينة درنة أمس.")


# --- refugees or migrants sent away: no ground changes hands ----------------------------------------------

def test_refugees_sent_away_take_no_ground(extract):
    text = ("300 لاجئ طردوا من تشاد يصلون إلى مايدوغوري\n\n"
            "وقال مسؤول إن 300 لاجئ من الذين طردوا من تشاد وصلوا أمس إلى مدينة مايدوغوري، بعدما هربوا من جماعة "
            "بوكو حرام.")
    assert sub_types(extract, text) == []


def test_guard_armed_men_driven_out_where_refugees_return(extract):
    assert "Government regains territory" in sub_types(
        extract, "وتمكنت القوات من طرد المسلحين من بلدة الضلوعية أمس، ما سمح بعودة اللاجئين إليها.")


# --- "more than N" since long ago: a tally, not a comparison ----------------------------------------------

def test_more_than_n_since_long_ago_is_a_tally(extract):
    assert sub_types(extract, "وأوقعت هجمات الجماعة أكثر من ألفي قتيل منذ عام 2010 في شمال مالي.") == []


def test_guard_the_fiercest_since_is_an_incident(extract):
    assert sub_types(extract, "وشنت الجماعة أمس هجمات على مدينة غاو هي الأعنف منذ عام 2013، وقتل فيها خمسة جنود.") != []


# --- what would end a fight ------------------------------------------------------------------------------

def test_what_would_end_the_fighting_is_no_clash(extract):
    assert sub_types(extract, "وقال الرئيس إن السبيل الأمثل هو اتفاق سلام ينهي القتال في جنوب السودان.") == []


def test_guard_fighting_that_ended_a_truce_stays(extract):
    assert "Armed clash" in sub_types(extract, "واندلع القتال أمس في مدينة ملكال بعد أيام من الهدوء.")
