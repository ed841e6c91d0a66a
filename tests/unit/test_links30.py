"""links30: a story's link line that restates the headline after the body ("رابط الخبر بصحيفة ...: <the headline>",
closing some 8 in 100 unsectioned feed pages) tells nothing the headline does not.  Its incident goes where the headline's
went, not to the incident told just before it: its toll and trigger do not make a destroyed car bomb the headline's
deadly attack; where the headline's toll is a sum over the body's incidents, the link line tells no incident either.  A sentence that opens with
the verb رابط and restates nothing is read as before.

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import events

LINKED = ("مقتل 5 جنود بهجوم في الأنبار\n\n"
          "قتل خمسة جنود أمس في هجوم لمسلحين على نقطة تفتيش قرب مدينة الرمادي. "
          "وأفاد مصدر أن القوات الأمنية دمرت عجلة مفخخة قرب مدينة هيت.\n")
LINK = "رابط الخبر بصحيفة المدينة: مقتل 5 جنود بهجوم في الأنبار"


def _by_place(extract, text):
    return {e.place.name: e for e in events(extract, text) if e.place is not None}


def test_the_link_line_gives_its_toll_to_no_incident_before_it(extract):
    at = _by_place(extract, LINKED + LINK)
    assert at["الرمادي"].sub_type == "Armed clash" and at["الرمادي"].fatalities == 5
    assert at["هيت"].sub_type == "Disrupted weapons use" and not at["هيت"].fatalities


def test_the_link_line_after_a_full_stop_on_the_last_line(extract):
    at = _by_place(extract, LINKED.rstrip("\n") + " " + LINK)
    assert at["هيت"].sub_type == "Disrupted weapons use" and not at["هيت"].fatalities


def test_the_link_line_changes_nothing(extract):
    def key(text):
        return sorted((e.sub_type, e.place.name if e.place else None, e.fatalities) for e in events(extract, text))
    assert key(LINKED + LINK) == key(LINKED)


def test_the_headline_is_still_read_with_a_link_line(extract):
    """A headline with its toll over a body that names the attack but not its dead."""
    text = ("مقتل 5 جنود بهجوم في الأنبار\n\n"
            "هاجم مسلحون أمس نقطة تفتيش للجيش قرب مدينة الرمادي، بحسب مصدر أمني.\n" + LINK)
    at = _by_place(extract, text)
    assert at["الرمادي"].fatalities == 5


def test_tolls_of_a_roundup_stay_their_own(extract):
    text = ("مقتل 18 مسلحا في عمليات للجيش شمال العراق\n\n"
            "قتل 18 مسلحا في حوادث متفرقة شمال العراق. وأفاد مصدر عسكري أن 6 مسلحين قتلوا أثناء محاولتهم الهجوم على "
            "القوات العراقية قرب بلدة بيجي.\nمن جهة أخرى أعلنت مصادر أمنية أن 12 مسلحا قتلوا كما دمرت القوات العراقية "
            "عجلتين مفخختين قرب مدينة تكريت.\nرابط الخبر بصحيفة المدينة: مقتل 18 مسلحا في عمليات للجيش شمال العراق")
    at = _by_place(extract, text)
    assert at["بيجي"].fatalities == 6 and at["تكريت"].fatalities == 12


def test_a_sentence_opening_with_the_verb_is_still_read(extract):
    """Guard: رابط "was stationed" opening a sentence that restates no headline."""
    text = "اشتباكات على الحدود\n\nرابط الجنود قرب بلدة الطوال بعد أن قتل مسلحون جنديين في هجوم على موقع للجيش."
    at = _by_place(extract, text)
    assert at["الطوال"].fatalities == 2
