"""placeshare26: a name the text calls a quarter (حي X) in a report about one country is not the far town of its
name in a country no other name of the text points to, however often the name is repeated: its own mentions are no
anchor for that town, and its bare repeats are the quarter too.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places


def readings(resources, text: str) -> list[tuple[str, object]]:
    return [(m.name, m.resolved.country if m.resolved else None) for m in kept_places(resources, text)]


def test_quarter_repeated_is_not_the_far_town(resources):
    got = readings(resources, "أعلنت السعودية افتتاح حديقة في حي العزيزية. وقال رئيس البلدية إن سكان العزيزية "
                              "طالبوا بها منذ سنوات في المملكة.")
    assert [cc for name, cc in got if name == "العزيزية"] == [None, None]


def test_quarter_is_not_a_foreign_province(resources):
    got = readings(resources, "أقيم الحفل في حي القادسية في السعودية، وحضره أهالي القادسية.")
    assert all(cc in (None, "SA") for name, cc in got if name == "القادسية")


def test_quarter_in_a_named_town_keeps_its_town(resources):
    got = readings(resources, "قصفت الطائرات حي السليمانية في تعز، وفر سكان السليمانية إلى قرى اليمن الأخرى.")
    assert all(cc == "YE" for name, cc in got if name == "السليمانية")


def test_quarters_of_a_city_named_alone_keep_it(resources):
    got = readings(resources, "سيطرت القوات على آخر أحياء عدن، وقال سكان في عدن إن الاشتباكات توقفت.")
    assert [cc for name, cc in got if name == "عدن"] == ["YE", "YE"]


def test_province_of_its_own_country_stays(resources):
    got = readings(resources, "زار الوزير محافظة القادسية، والتقى في حي الجمهورية بوجهاء القادسية في العراق.")
    assert [cc for name, cc in got if name == "القادسية"] == ["IQ", "IQ"]


@pytest.mark.parametrize("text", ["العزيزية", "حي", "حي القادسية", "القادسية"])
def test_one_word_texts(resources, text):
    readings(resources, text)


def test_quarters_of_a_city_after_the_plural_cue_do_not_unplace_it(resources):
    got = readings(resources, "وزعت جمعية خيرية الدواء في عدد من أحياء جدة، وقال مديرها إن الفقراء في جدة كثيرون. "
                              "وكانت الجمعية قد عملت من قبل في طرابلس الليبية.")
    assert [cc for name, cc in got if name == "جدة"][-1] == "SA"
