"""adjectives22: السعودية right after a definite word is that word's adjective ("Saudi"), not the country as a place;
after a noun of the country's land it still places the text there.  المملكة takes its country from a nationality
adjective when no place names it, and a mention that is never kept does not vote on the article's country.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from place_helpers import kept_places
from rasd.text.segment import segment


def places(resources, text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.resolved.country if m.resolved else None) for m in kept_places(resources, text)]


def names(resources, text: str) -> list[str]:
    return [n for n, _ in places(resources, text)]


@pytest.mark.parametrize("text", [
    "قصفت القوات السعودية مواقع المسلحين قرب صعدة.",
    "وأعلنت الخطوط السعودية تأجيل رحلاتها إلى بيروت.",
    "وقال متحدث باسم الهيئة السعودية إن الإجراءات الجديدة تبدأ غدا.",
    "وناقش الوزيران العلاقات المصرية السعودية في القاهرة.",
    "وشاركت جمعية الكشافة العربية السعودية في المخيم.",
])
def test_adjective_after_definite_word_is_no_place(resources, text):
    assert "السعودية" not in names(resources, text)


def test_other_places_of_the_sentence_stay(resources):
    assert names(resources, "قصفت القوات السعودية مواقع المسلحين قرب صعدة.") == ["صعدة"]


def test_actor_still_named_by_the_adjective(resources):
    seg = segment("قصفت القوات السعودية مواقع المسلحين قرب صعدة.")
    found = resources.places.find(seg)
    kept = resources.place_resolver.resolve(list(found), resources.places.countries_described(seg))
    actors = resources.actor_resolver.resolve(resources.actors.find(seg), kept, None)
    assert any(a.canonical == "Military Forces of Saudi Arabia" for a in actors)


@pytest.mark.parametrize("text", [
    "وتسلل المهربون قرب الحدود السعودية ليلا.",
    "سقطت قذيفة داخل الأراضي السعودية دون إصابات.",
    "وحاولت الجماعة استهداف الحدود الجنوبية السعودية بالقذائف.",
    "وصل الوفد إلى العاصمة السعودية الرياض صباحا.",
    "وتبادل المهربون إطلاق النار مع دورية قرب الحدود اليمنية السعودية.",
    "وتعمل المحلات في المدن السعودية كافة.",
])
def test_land_nouns_keep_the_country(resources, text):
    assert ("السعودية", "SA") in places(resources, text)


@pytest.mark.parametrize("text", [
    "وصل الوزير إلى السعودية أمس.",
    "وقعت الاتفاقية مع الإمارات والسعودية.",
    "وأشاد بمواقف المملكة العربية السعودية الثابتة.",
    "السعودية",
])
def test_the_country_by_its_name_stays(resources, text):
    assert any(cc == "SA" for _, cc in places(resources, text))


def test_kingdom_read_by_the_adjective(resources):
    text = "وقالت الهيئة السعودية للأرصاد إن الأمطار ستشمل معظم مناطق المملكة."
    assert ("المملكة", "SA") in places(resources, text)
    text = "وقالت وزارة الداخلية البحرينية إن الشرطة انتشرت في مناطق المملكة."
    assert ("المملكة", "BH") in places(resources, text)


def test_locative_kingdom_keeps_its_first_reading(resources):
    # an adjective of a man from elsewhere does not move a kingdom named as a location
    assert ("المملكة", "SA") in places(resources, "وقال المدرب المغربي إنه يقيم في المملكة منذ سنوات.")


def test_adjective_still_votes_for_an_ambiguous_town(resources):
    # "القوات السعودية" is no place, but it says the article is about Saudi Arabia as the name did
    text = "وقالت القوات السعودية إن الدفاعات الجوية اعترضت صاروخا فوق نجران."
    assert ("نجران", "SA") in places(resources, text)
    assert "السعودية" not in names(resources, text)


def test_unkept_mention_casts_no_vote(resources):
    # الداخلة here is "incoming" (an adjective), not Dakhla in Morocco: the kingdom is not Morocco
    text = "وارتفعت الاستثمارات الداخلة إلى المملكة هذا العام."
    assert places(resources, text) == [("المملكة", "SA")]


@pytest.mark.parametrize("text", ["القوات", "الحدود", "المملكة"])
def test_one_word_texts(resources, text):
    places(resources, text)


def test_country_named_by_its_name_before_its_description(resources):
    from rasd.resolve.places import distinct_places
    text = "وصل الوفد إلى المملكة أمس، وتجول في مناطق المملكة، ثم غادر السعودية."
    saudi = [p for p in distinct_places(kept_places(resources, text)) if p.country == "SA"]
    assert len(saudi) == 1
    assert saudi[0].name == "السعودية"
    assert "المملكة" in saudi[0].aliases
