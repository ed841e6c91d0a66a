"""A definite alias that is also an everyday word (القاعدة: al-Qaeda, "the base") taking up a thing of its
everyday sense named shortly before ("قاعدة X ... القاعدة") is that thing, unless it speaks or claims as the
subject of a past verb. Every sentence here was written for this test."""
import pytest


def canonicals(extract, text):
    return sorted(a.canonical for a in extract(text, "2015-07-20").actors if a.canonical)


@pytest.mark.parametrize("text", [
    "تقلع الطائرات من قاعدة إنجرليك في جنوب تركيا. ولم يسمح للطيران بشن غارات لكنه يستخدم القاعدة لإطلاق طائرات استطلاع.",
    "وصلت تعزيزات إلى قاعدة العند الجوية، وتدور المواجهات قرب القاعدة منذ أيام.",
])
def test_the_base_named_before_is_what_the_bare_word_takes_up(extract, text):
    assert "al-Qaeda" not in canonicals(extract, text)


@pytest.mark.parametrize("text", [
    "هاجم مسلحون قاعدة عسكرية في أبين أمس. وقالت القاعدة في بيان إنها نفذت الهجوم.",
    "قالت القاعدة في بيان إنها نفذت الهجوم على الثكنة في أبين.",
])
def test_a_base_neither_speaks_nor_claims(extract, text):
    # in a report from Yemen (أبين) al-Qaeda is its Yemeni branch, AQAP (registry18)
    assert {"al-Qaeda", "AQAP: Al Qaeda in the Arabian Peninsula"} & set(canonicals(extract, text))


def test_the_name_in_quotes_after_its_head_word_is_the_organisation(extract):
    text = ("هاجم مسلحون قاعدة عسكرية شمال مقديشو أمس. وكثفت الحركة المرتبطة بتنظيم “القاعدة” هجماتها على القواعد "
            "العسكرية في الأشهر الأخيرة.")
    assert "al-Qaeda" in canonicals(extract, text)
