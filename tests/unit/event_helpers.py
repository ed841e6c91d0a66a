"""Small readers of an extraction shared by the role tests (one published day for every sentence)."""

PUBLISHED = "2015-07-20"


def canonical(actor):
    return actor.canonical if actor is not None else None


def events(extract, text):
    return extract(text, PUBLISHED).events


def of_type(extract, text, sub_type):
    found = [e for e in events(extract, text) if e.sub_type == sub_type]
    assert found, [(e.sub_type, e.place and e.place.name) for e in events(extract, text)]
    return found


def doers(extract, text):
    """The canonical actor1 of each event of the text, None where it has no doer."""
    return [canonical(e.actor1) for e in events(extract, text)]


def with_trigger(extract, text, word):
    """The first event whose trigger is `word` as written."""
    found = [e for e in events(extract, text) if e.trigger.text == word]
    assert found, [(e.sub_type, e.trigger.text) for e in events(extract, text)]
    return found[0]


def kinds_tolls(evs):
    """(sub-type, place name, fatalities) of each event, sorted: what a test of one incident, one event compares."""
    return sorted((e.sub_type, e.place.name if e.place else None, e.fatalities) for e in evs)
