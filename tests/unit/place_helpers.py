"""The place mentions a text keeps after recognition and resolution, shared by the place tests."""
from rasd.text.segment import segment


def kept_places(resources, text: str) -> list:
    """The resolved place mentions of `text`, the countries it describes taken into account."""
    seg = segment(text)
    found = resources.places.find(seg)
    return resources.place_resolver.resolve(list(found), resources.places.countries_described(seg))
