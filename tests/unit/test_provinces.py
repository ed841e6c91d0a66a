"""Which province a place lies in (resolve/provinces.py): the nearest province point of its country."""
from rasd.resolve.provinces import in_province, province_key

SHABWA = (14.538, 46.832)     # the lexicons' point of Shabwah Governorate
MARIB_TOWN = (15.463, 45.326)
ATAQ = (14.54, 46.83)         # Shabwa's capital


def test_a_town_lies_in_the_province_whose_point_is_nearest():
    assert in_province("YE", SHABWA, ATAQ) is True
    assert in_province("YE", (0.0, 0.0), ATAQ, "Shabwah Governorate") is True   # by its name, whatever the point
    assert in_province("YE", SHABWA, MARIB_TOWN) is False


def test_a_country_with_no_provinces_listed_gives_no_answer():
    assert in_province("ZZ", (0.0, 0.0), (0.1, 0.1)) is None


def test_a_province_listed_twice_is_one_by_its_name():
    # "Anbar Governorate" (a point in the desert) and "Al Anbar Governorate" (at Ramadi) are one province:
    # Fallujah, nearest the second point, lies in the first too
    assert in_province("IQ", (33.0, 41.5), (33.35, 43.78), "Anbar Governorate") is True
    assert in_province("IQ", (33.3, 44.4), (33.35, 43.78), "Baghdad Governorate") is False


def test_names_of_one_province_in_two_lexicons_share_a_key():
    assert province_key("Al-Qādisiyyah Governorate") == province_key("Al-Qadisiyyah Governorate") == "qadisiyyah"
    assert province_key("Al Anbar Governorate") == province_key("Anbar Governorate")


def test_a_town_is_given_its_province_by_name_as_admin1(extract):
    # ACLED's admin1 is the province's name; GeoNames gives towns only a code ("YE.19")
    places = {p.name: p for p in extract("قصفت طائرات التحالف أمس مواقع في مدينة عتق وفي مدينة المكلا.",
                                         "2015-07-26").places}
    assert places["عتق"].admin1 == "Shabwah Governorate"
    assert places["المكلا"].admin1 == "Hadhramaut Governorate"
