"""Which province a place lies in (resolve/provinces.py): the nearest province point of its country."""
from rasd.resolve.provinces import in_province

SHABWA = (14.538, 46.832)     # the lexicons' point of Shabwah Governorate
MARIB_TOWN = (15.463, 45.326)
ATAQ = (14.54, 46.83)         # Shabwa's capital


def test_a_town_lies_in_the_province_whose_point_is_nearest():
    assert in_province("YE", SHABWA, ATAQ) is True
    assert in_province("YE", (0.0, 0.0), ATAQ, "Shabwah Governorate") is True   # by its name, whatever the point
    assert in_province("YE", SHABWA, MARIB_TOWN) is False


def test_a_country_with_no_provinces_listed_gives_no_answer():
    assert in_province("ZZ", (0.0, 0.0), (0.1, 0.1)) is None
