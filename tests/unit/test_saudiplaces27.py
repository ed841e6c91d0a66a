"""saudiplaces27: seats of Saudi governorates named by an everyday word (تربة "soil", المجمعة "collected", المذنب
"the comet", الوجه "the face", الحرث "tillage"), read bare only in a list beside a place of their country, right before
the place that holds them, in a dateline, or after a cue; and the checked points of saudigov26's seats.  Sentences
written for these tests."""
from __future__ import annotations

import pytest

from rasd.geo import haversine_km as km


def _places(ex):
    return {p.name: p for p in ex.places}


def test_seat_inside_a_list_of_saudi_towns(extract):
    got = _places(extract("أعلنت البلدية صيانة الطرق في الطائف وتربة والخرمة خلال الأسبوع."))
    assert "تربة" in got and got["تربة"].country == "SA"
    # Turabah of Makkah's region, not the Turubah of Hail GeoNames also names so
    assert km((got["تربة"].lat, got["تربة"].lon), (21.21, 41.63)) < 10


def test_seat_opening_a_list(extract):
    got = _places(extract("افتتحت الجمعية فروعا جديدة في المذنب والرس والبكيرية أمس."))
    assert "المذنب" in got and got["المذنب"].country == "SA"


def test_seats_in_a_comma_list(extract):
    got = _places(extract("شملت الجولة فروع الجامعة في الرياض، المجمعة، شقراء، حائل."))
    for name in ("المجمعة", "شقراء"):
        assert name in got and got[name].country == "SA", name


def test_seat_before_the_region_that_holds_it(extract):
    got = _places(extract("سقطت قذيفة على منزل في الحرث بمنطقة جازان دون إصابات."))
    assert "الحرث" in got and got["الحرث"].country == "SA"
    assert km((got["الحرث"].lat, got["الحرث"].lon), (16.79, 43.22)) < 10  # its seat al-Khawbah


def test_seat_in_a_dateline(extract):
    got = _places(extract("سعد القحطاني – تربة\nأصيب عامل في حادث سير على الطريق العام مساء أمس."))
    assert "تربة" in got and got["تربة"].country == "SA"


def test_seat_after_a_town_cue(extract):
    got = _places(extract("زار الأمير مدينة المجمعة أمس والتقى الأهالي."))
    assert "المجمعة" in got and got["المجمعة"].country == "SA"


@pytest.mark.parametrize("text, word", [
    ("زرع المزارعون القمح في تربة خصبة قرب الطائف.", "تربة"),              # soil, after في
    ("ارتفعت الأرباح المجمعة في الرياض خلال الربع الأول.", "المجمعة"),    # an adjective's slot
    ("أصيب الشرطي بجرح في الوجه خلال مواجهات في جدة.", "الوجه"),          # the face, a Saudi city in the sentence
    ("ظهرت حبوب في منطقة الوجه والرقبة بعد التعرض للشمس.", "الوجه"),      # an area cue names the face's area
    ("تابع العلماء في باريس والمذنب رحلة المسبار الأوروبي.", "المذنب"),   # a list whose other place is abroad
    ("نشرت الصحيفة الخبر والصورة في الرياض أمس.", "الخبر"),               # the news beside a non-place
])
def test_the_everyday_word_stays_a_word(extract, text, word):
    assert word not in _places(extract(text))


def test_checked_points_of_governorate_seats(resources):
    gaz = resources.gazetteer
    for key, point in (("اضم", (20.46, 40.89)), ("قلوه", (19.95, 41.24)), ("العيدابي", (17.24, 42.94)),
                       ("النبهانيه", (25.87, 43.06)), ("ضريه", (24.71, 42.93)), ("الريث", (17.60, 42.86))):
        c = next(c for c in gaz.candidates(key) if c.source == "supplement")
        assert km((c.lat, c.lon), point) < 5, key


@pytest.mark.parametrize("text", ["تربة", "الوجه", "الخبر", "المجمعة –", "– المذنب"])
def test_one_word_texts(extract, text):
    extract(text)
