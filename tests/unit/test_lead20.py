"""The seventeenth session's lead: a verb whose object is a pronoun behind a preposition ("سيطرت عليها") has its
subject after that pronoun; sentences written for these tests."""
from __future__ import annotations


def _doers(ex):
    return [e.actor1.canonical if e.actor1 else None for e in ex.events]


def test_the_taker_after_a_resumptive_pronoun_in_a_relative_clause(extract):
    text = "وزار الوزير بلدة زنجبار التي سيطرت عليها المقاومة الشعبية أمس بعد معارك مع المتمردين."
    assert "Popular Resistance (Yemen)" in _doers(extract(text))


def test_the_shooter_after_a_resumptive_pronoun(extract):
    text = "وأطلق عليه مسلحون مجهولون النار في مدينة عدن صباح أمس فأردوه قتيلا على الفور."
    doers = _doers(extract(text))
    assert doers and doers[0] and doers[0].startswith("Unidentified Armed Group")


def test_the_subject_right_after_the_verb_still_does_it(extract):
    # guard: with no pronoun between, the actor right after the verb is its subject as before
    text = "وسيطرت المقاومة الشعبية على بلدة زنجبار أمس بعد معارك عنيفة مع المتمردين الحوثيين."
    assert "Popular Resistance (Yemen)" in _doers(extract(text))


def test_the_construct_of_control_names_who_took_it(extract):
    text = "اندلعت اشتباكات بين قوات المعارضة وقوات النظام في قرية الفريكة بريف إدلب، أسفرت عن سيطرة قوات الأسد على القرية."
    takings = [e for e in extract(text).events if "territory" in e.sub_type]
    assert takings and takings[-1].actor1 and takings[-1].actor1.canonical == "Military Forces of Syria"
    assert takings[-1].sub_type == "Government regains territory"
