"""groupadj24: a group's nisba adjective on a weapon or an attack names its doer, as a nationality names a state's
forces ("القذائف الحوثية" are the Houthis' shells); the adjectives come from the registry (actors.yaml
`adjectives`).

Every sentence here was written for these tests (none is taken from an article).
"""

from event_helpers import doers

HOUTHIS = "Houthi Movement"


def test_a_definite_adjective_after_a_definite_blow(extract):
    assert HOUTHIS in doers(extract, "أصيب ثلاثة أطفال بعد سقوط المقذوف الحوثي على حي سكني في مدينة نجران مساء أمس.")


def test_the_adjective_after_a_word_qualifying_the_blow(extract):
    assert HOUTHIS in doers(extract, "قتل راع وأصيب اثنان جراء سقوط قذائف الغدر الحوثية على قرية في محافظة الطوال.")


def test_the_adjective_of_an_attack(extract):
    assert HOUTHIS in doers(extract, "قتل مزارعان في القصف الحوثي على بلدة في مديرية حرض صباح اليوم.")


def test_a_genitive_after_the_blow_is_not_an_adjective(extract):
    # "مواقع الحوثي": the Houthis are the side hit, and the definiteness does not agree with a blow either
    found = doers(extract, "قصفت طائرات التحالف مواقع الحوثي في صعدة فقتل عشرة مسلحين.")
    assert HOUTHIS not in found


def test_the_registry_gives_the_adjectives(extract):
    from rasd.recognise.actors import load_actor_lexicon

    adjectives = load_actor_lexicon().group_adjectives()
    assert adjectives["الحوثيه"].canonical == HOUTHIS
    assert "الحوثيين" not in adjectives   # a plural is a noun of the men, who may be the side hit


def test_the_blow_a_force_answers_keeps_the_answering_force(extract):
    # the sentence's news is the answer: the nisba on the blow answered does not make its group the doer
    text = "ردت المدفعية السعودية صباح أمس على القذائف الحوثية بقصف مواقع المتمردين قرب الحدود."
    assert HOUTHIS not in doers(extract, text)


def test_a_text_of_the_blow_and_its_adjective_alone(extract):
    # the rule reads the word before the adjective and before the trigger: a text of two words must not break it
    assert isinstance(doers(extract, "القصف الحوثي"), list)
