"""Morphology: forms generated from lemmas, the compiled index, its cache and collisions.

Every lemma and sentence here was written for these tests (tests/data/lemmas/sample.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rasd.lexicons import LexiconError
from rasd.text.morph import FormIndex, LemmaEntry, MorphRules, VerbError, find_entries, noun_forms, verb_forms
from rasd.text.morph.entries import entries_in, lemma_files
from rasd.text.morph.generate import generate, with_clitics
from rasd.text.morph.index import index_path
from rasd.text.normalise import norm, normalise
from rasd.text.segment import tokenise

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "lemmas" / "sample.yaml"


@pytest.fixture(scope="module")
def rules() -> MorphRules:
    return MorphRules.load()


@pytest.fixture(scope="module")
def sample_entries() -> list[LemmaEntry]:
    entries, problems = entries_in(yaml.safe_load(SAMPLE.read_text(encoding="utf-8")), "sample.yaml")
    assert not problems
    return entries


@pytest.fixture(scope="module")
def idx(sample_entries, rules) -> FormIndex:
    return FormIndex.from_entries(sample_entries, rules, zipf={})


def readings(idx: FormIndex, word: str, lemma: str) -> list:
    return [f for f in idx.analyse(norm(word)) if f.lemma == norm(lemma)]


def has(idx: FormIndex, word: str, lemma: str, **want) -> bool:
    """Whether `word` has a reading of `lemma` whose analysis (or Form property) matches `want`."""
    for f in readings(idx, word, lemma):
        if all((getattr(f, k) if hasattr(f, k) else getattr(f.analysis, k)) == v for k, v in want.items()):
            return True
    return False


# -- the ten forms and the kinds of root -------------------------------------------


@pytest.mark.parametrize(
    "lemma, word, want",
    [
        # I, sound
        ("قتل", "قتلت", dict(pos="verb", tense="past", voice="active", person=3, number="sg", gender="f")),
        ("قتل", "يقتلون", dict(pos="verb", tense="present", person=3, number="pl")),
        ("قتل", "قُتل", dict(pos="verb", tense="past", voice="passive")),
        ("قتل", "يُقتل", dict(pos="verb", tense="present", voice="passive")),
        ("قتل", "قاتل", dict(pos="participle", voice="active")),
        ("قتل", "المقتولين", dict(pos="participle", voice="passive", definite=True)),
        ("قتل", "قتلا", dict(pos="masdar", number="sg")),
        # II
        ("فجّر", "فجّروا", dict(pos="verb", tense="past", number="pl")),
        ("فجّر", "المفجرين", dict(pos="participle", definite=True)),
        ("فجّر", "تفجيرات", dict(pos="masdar", number="pl")),
        ("فجّر", "فُجّرت", dict(pos="verb", voice="passive")),
        # III
        ("قاتل", "قوتل", dict(pos="verb", tense="past", voice="passive")),
        ("قاتل", "مقاتلين", dict(pos="participle", voice="active", number="pl")),
        ("قاتل", "قتال", dict(pos="masdar")),
        ("قاتل", "مقاتلة", dict(pos="masdar")),
        # IV
        ("أطلق", "أطلقوا", dict(pos="verb", tense="past")),
        ("أطلق", "أُطلق", dict(pos="verb", voice="passive")),
        ("أطلق", "مطلقيها", dict(pos="participle", slot="bound", enclitic="ها")),
        ("أطلق", "إطلاق", dict(pos="masdar")),
        # V
        ("تقدّم", "يتقدمون", dict(pos="verb", tense="present")),
        ("تقدّم", "المتقدمة", dict(pos="participle", gender="f", definite=True)),
        ("تقدّم", "تقدما", dict(pos="masdar", case=("acc",))),
        # VI
        ("تراجع", "تراجعت", dict(pos="verb", tense="past")),
        ("تراجع", "متراجعين", dict(pos="participle")),
        # VII
        ("انسحب", "انسحبن", dict(pos="verb", person=3, number="pl", gender="f")),
        ("انسحب", "منسحبين", dict(pos="participle", voice="active")),
        ("انسحب", "المنسحبون", dict(pos="participle", number="pl", case=("nom",))),
        ("انسحب", "منسحبتين", dict(pos="participle", gender="f", number="du")),
        ("انسحب", "منسحبات", dict(pos="participle", gender="f", number="pl")),
        ("انسحب", "انسحابات", dict(pos="masdar", number="pl")),
        (
            "انسحب",
            "انسحب",
            dict(pos="verb", voice="passive"),
        ),  # only the impersonal passive of an intransitive
        # VIII
        ("اعتقل", "اعتُقل", dict(pos="verb", voice="passive")),
        ("اعتقل", "معتقلين", dict(pos="participle", voice="passive")),
        ("اعتقل", "اعتقالات", dict(pos="masdar", number="pl")),
        # IX
        ("احمرّ", "احمرت", dict(pos="verb", tense="past")),
        ("احمرّ", "احمرار", dict(pos="masdar")),
        # X
        ("استهدف", "استُهدفت", dict(pos="verb", voice="passive")),
        ("استهدف", "مستهدفين", dict(pos="participle")),
        ("استهدف", "استهداف", dict(pos="masdar")),
        # quadriliteral: its passive keeps the letters (سُيطِر)
        ("سيطر", "سيطرت", dict(pos="verb", tense="past")),
        ("سيطر", "سُيطر", dict(pos="verb", voice="passive")),
        ("سيطر", "المسيطرة", dict(pos="participle", definite=True)),
        ("سيطر", "سيطرة", dict(pos="masdar")),
        # hollow
        ("قاد", "قادت", dict(pos="verb", tense="past", gender="f")),
        ("قاد", "يقود", dict(pos="verb", tense="present")),
        ("قاد", "قِيد", dict(pos="verb", tense="past", voice="passive")),
        ("قاد", "يُقاد", dict(pos="verb", tense="present", voice="passive")),
        ("قاد", "قائد", dict(pos="participle", voice="active")),
        ("قاد", "القادة", dict(pos="participle", number="pl", definite=True)),
        ("قاد", "قيادة", dict(pos="masdar")),
        # defective
        ("رمى", "رمت", dict(pos="verb", tense="past", gender="f")),
        ("رمى", "يرمون", dict(pos="verb", tense="present")),
        ("رمى", "رُمي", dict(pos="verb", voice="passive")),
        ("رمى", "رامٍ", dict(pos="participle", voice="active")),
        ("رمى", "الرامي", dict(pos="participle", definite=True)),
        ("رمى", "مرمي", dict(pos="participle", voice="passive")),
        # assimilated
        ("وصل", "يصل", dict(pos="verb", tense="present")),
        ("وصل", "واصلين", dict(pos="participle", voice="active")),
        ("وصل", "وصول", dict(pos="masdar")),
        # doubled
        ("شن", "شنت", dict(pos="verb", tense="past")),
        ("شن", "شننا", dict(pos="verb", person=1, number="pl")),
        ("شن", "يشن", dict(pos="verb", tense="present")),
        ("فر", "الفارين", dict(pos="participle", voice="active", definite=True)),
        ("فر", "فرار", dict(pos="masdar")),
        # hamzated
        ("أسر", "يأسر", dict(pos="verb", tense="present")),
        ("أسر", "مأسورين", dict(pos="participle", voice="passive")),
        ("أسر", "الأسرى", dict(pos="participle", voice="passive", number="pl", definite=True)),
        # weak roots in derived forms
        ("استعاد", "استعادت", dict(pos="verb", tense="past")),
        ("استعاد", "استُعيدت", dict(pos="verb", voice="passive")),
        ("استعاد", "يستعيد", dict(pos="verb", tense="present")),
        ("استعاد", "استعادة", dict(pos="masdar")),
        ("اعتدى", "اعتدوا", dict(pos="verb", tense="past")),
        ("اعتدى", "المعتدين", dict(pos="participle", definite=True)),
        ("اعتدى", "معتدٍ", dict(pos="participle", voice="active")),
        ("اعتدى", "اعتداءات", dict(pos="masdar", number="pl")),
        ("اتجه", "متجهين", dict(pos="participle")),
        ("اتجه", "اتجاه", dict(pos="masdar")),
        ("احتل", "احتللنا", dict(pos="verb", person=1)),
        ("احتل", "المحتلة", dict(pos="participle", definite=True)),
        ("احتل", "احتلال", dict(pos="masdar")),
    ],
)
def test_forms_of_each_verb_pattern(idx, lemma, word, want):
    got = [
        (f.pos, f.tense, f.voice, f.analysis.person, f.analysis.number) for f in readings(idx, word, lemma)
    ]
    assert has(idx, word, lemma, **want), f"{word}: {got}"


def test_the_lemma_hints_pick_the_reading(rules):
    # قاد could be يقود (lead) or يقيد (tie): the entry's `present` decides; a note says when it is missing
    lead = {f.surface for f in verb_forms("قاد", present="يقود", rules=rules)}
    tie = {f.surface for f in verb_forms("قاد", present="يقيد", rules=rules)}
    assert "يقود" in lead and "يقيد" not in lead
    assert "يقيد" in tie and "يقود" not in tie
    _, notes = generate(LemmaEntry("قاد", "verb"), rules)
    assert any("present" in n for n in notes)
    # a written shadda is form II, not the form I the dictionary also knows
    assert "تفجير" in {f.surface for f in verb_forms("فجّر", rules=rules)}
    assert "تفجير" not in {f.surface for f in verb_forms("فجر", rules=rules)}
    assert "تفجير" in {f.surface for f in verb_forms("فجر", form="2", rules=rules)}


def test_not_a_verb_is_an_error_not_a_crash(rules):
    with pytest.raises(VerbError):
        verb_forms("كتابات", rules=rules)
    forms, notes = generate(LemmaEntry("كتابات", "verb", source="x.yaml:1"), rules)
    assert forms == [] and notes and "x.yaml:1" in notes[0]


# -- the test the issue asks for: every lemma of every lexicon ---------------------


def _all_verb_entries(sample_entries):
    entries, problems = find_entries()
    assert not problems, problems
    return [e for e in entries + sample_entries if e.pos == "verb"]


def test_every_lexicon_verb_has_participles_and_passive(sample_entries, rules):
    verbs = _all_verb_entries(sample_entries)
    assert len(verbs) >= len([e for e in sample_entries if e.pos == "verb"])
    for e in verbs:
        forms, notes = generate(e, rules)
        kinds = {(f.pos, f.voice) for f in forms}
        assert ("participle", "active") in kinds, (e.source, e.lemma, notes)
        assert ("participle", "passive") in kinds, (e.source, e.lemma, notes)
        assert ("verb", "passive") in kinds, (e.source, e.lemma, notes)


# -- clitics ----------------------------------------------------------------------


@pytest.mark.parametrize("lemma", ["انسحب", "قاد", "رمى", "قدرة", "ضربة جوية", "أسر"])
def test_every_written_form_is_found_again(idx, rules, sample_entries, lemma):
    """Generation and lookup agree: each clitic form generated is analysed back to its reading."""
    entry = next(e for e in sample_entries if e.lemma == lemma)
    forms, _ = generate(entry, rules)
    for f in with_clitics(forms, rules):
        words = f.surface.split()
        found = {
            (g.analysis, g.proclitics, g.enclitic)
            for n, g in idx.match(words, 0)
            if n == len(words) and g.lemma == f.lemma
        }
        assert (f.analysis, f.proclitics, f.enclitic) in found, f


def test_proclitics_and_pronouns_in_sentences(idx):
    text = (
        "انسحب المسلحون من القرية وخرجوا منسحبين نحو الجبال، وسيستهدفون الطريق. "
        "واعتقلته الشرطة قبل أن يفر، وقالت إن قدرتها لم تتأثر بالانسحاب."
    )
    words = {t.norm for t in tokenise(normalise(text)) if t.is_word}
    assert {"منسحبين", "وسيستهدفون", "واعتقلته", "قدرتها", "بالانسحاب", "يفر"} <= words
    assert has(idx, "منسحبين", "انسحب", pos="participle")
    assert has(idx, "وسيستهدفون", "استهدف", tense="future", proclitics="وس")
    assert has(idx, "واعتقلته", "اعتقل", pos="verb", enclitic="ه", has_object_pronoun=True)
    assert has(idx, "قدرتها", "قدرة", pos="noun", enclitic="ها", definite=False)
    assert has(idx, "بالانسحاب", "انسحب", pos="masdar", proclitics="ب", definite=True)
    assert has(idx, "يفر", "فر", pos="verb", tense="present")
    assert not any(idx.analyse(w) for w in ("الجبال", "الطريق", "الشرطه"))


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("بيقتل", "قتل"),  # a preposition never comes before a verb
        ("سقتل", "قتل"),  # nor the future letter before a past
        ("المنسحبينها", "انسحب"),  # a pronoun never follows the article's form
        ("منسحبونه", "انسحب"),  # nor a plural that keeps its ن
        ("قدرةها", "قدرة"),  # ة is written ت before a pronoun
    ],
)
def test_impossible_clitics_give_no_reading(idx, word, lemma):
    assert not readings(idx, word, lemma)


def test_future_and_subjunctive(idx):
    assert has(idx, "ستنسحب", "انسحب", tense="future", person=3, gender="f")
    assert has(idx, "لينسحبوا", "انسحب", tense="present", proclitics="ل")
    assert not has(idx, "لينسحبون", "انسحب", proclitics="ل")  # ل wants the subjunctive
    assert idx.future_before(norm("سوف"))


# -- nouns -------------------------------------------------------------------------


def test_noun_forms_accusative_dual_plural_pronoun(rules):
    kamin = noun_forms("كمين", plural=["كمائن"], rules=rules)
    assert any(
        f.surface == "كمينا" and f.analysis.case == ("acc",) and f.analysis.number == "sg" for f in kamin
    )
    assert {"الكمين", "كمينين", "كماين", "الكماين"} <= {f.surface for f in kamin}
    qudra = {f.surface for f in noun_forms("قدرة", rules=rules)}
    assert {"قدره", "القدره", "قدرت", "قدرتان", "قدرات", "القدرات"} <= qudra
    assert "قدرها" not in qudra and "قدرها" not in {
        f.surface for f in noun_forms("قدرة", clitics=True, rules=rules)
    }
    assert "قدرتها" in {f.surface for f in noun_forms("قدرة", clitics=True, rules=rules)}
    # no alif after ة or اء
    assert "اعتداءا" not in {f.surface for f in noun_forms("اعتداء", dual=False, rules=rules)}


def test_noun_phrases_agree(idx, rules):
    phrase = {f.surface for f in noun_forms("ضربة جوية", plural=["ضربات جوية"], rules=rules)}
    assert {"ضربه جويه", "الضربه الجويه", "ضربات جويه", "الضربات الجويه", "ضربتين جويتين"} <= phrase
    assert "الضربه جويه" not in phrase and "ضربه الجويه" not in phrase
    mortar = {f.surface for f in noun_forms("قصف مدفعي", rules=rules)}
    assert "قصفا مدفعيا" in mortar
    words = [norm(w) for w in ["وشنت", "الطائرات", "ضرباتها", "الجوية", "على", "المواقع"]]
    [(n, f)] = [(n, f) for n, f in idx.match(words, 2) if f.lemma == norm("ضربة جوية")]
    assert n == 2 and f.enclitic == "ها" and f.analysis.number == "pl"
    words = [norm(w) for w in ["سقطت", "قذائف", "الهاون", "على", "الحي"]]
    assert any(n == 2 and f.definite for n, f in idx.match(words, 1) if f.lemma == norm("قذيفة هاون"))


# -- collisions --------------------------------------------------------------------


def test_collisions_are_flagged(rules):
    entries = [
        LemmaEntry("قاد", "verb", present="يقود", masdar=("قيادة",)),
        LemmaEntry("قيد", "noun", gloss="restriction", plural=("قيود",)),
        LemmaEntry("فجّر", "verb"),
        LemmaEntry("فجر", "noun", gloss="dawn", plural=()),
    ]
    zipf = {
        "قيد": 5.1,
        "قاد": 4.3,
        "يقود": 4.4,
        "قايد": 5.0,
        "قياده": 5.0,
        "نقد": 4.3,
        "قدت": 2.5,
        "فقدت": 4.2,
    }
    idx = FormIndex.from_entries(entries, rules, zipf=zipf)
    assert {"shared", "common"} <= idx.flags("قيد")
    assert {(f.lemma, f.entry_pos) for f in idx.analyse("قيد")} == {("قاد", "verb"), ("قيد", "noun")}
    assert "above_lemma" in idx.flags("نقد")  # "criticism", not often "we lead" (jussive)
    assert not idx.flags("يقود")
    assert "shared" in idx.flags("فجر")  # blew up / dawn
    # فقدت (she lost) is far more common than قدت (I led): not split into ف + قدت
    assert not idx.analyse("فقدت") and idx.analyse("قدت")
    assert idx.shadowed["فقدت"] == "قدت"


def test_a_pronoun_suffix_never_shadows(rules):
    # استعادتها (its recovery) is as common as استعادت: a pronoun suffix is no sign of another word
    zipf = {"استعادتها": 3.1, "استعادت": 3.3, "استعاد": 3.6, "استعاده": 4.4}
    idx = FormIndex.from_entries([LemmaEntry("استعاد", "verb")], rules, zipf=zipf)
    got = {(f.pos, f.enclitic) for f in idx.analyse("استعادتها")}
    assert {("masdar", "ها"), ("verb", "ها")} <= got


def test_not_forms_drop_a_form(rules):
    forms = {f.surface for f in verb_forms("قاد", present="يقود", not_forms=["قيد", "نقد"], rules=rules)}
    assert "قيد" not in forms and "نقد" not in forms and "يقاد" in forms


# -- lemma entries, cache, overlay --------------------------------------------------


def test_bad_entries_are_reported_not_fatal():
    data = {
        "families": {
            "a": {
                "lemmas": [
                    {"lemma": "انسحب", "pos": "verb"},
                    {"lemma": "هرب"},
                    {"lemma": "فر", "pos": "verb", "colour": "red"},
                ]
            }
        }
    }
    entries, problems = entries_in(data, "events.yaml")
    assert [e.lemma for e in entries] == ["انسحب"] and entries[0].source == "events.yaml:families/a/lemmas/0"
    assert len(problems) == 2 and all("events.yaml" in p for p in problems)
    with pytest.raises(LexiconError):
        LemmaEntry.from_mapping({"lemma": "فر", "pos": "verb", "masdar": 3}, "x")


def test_cache_round_trip_and_overlay(tmp_path, monkeypatch):
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RASD_LEXICONS", str(overlay))
    before = FormIndex.load()
    assert not before.analyse(norm("المتسلقين"))
    path_before = index_path()
    assert path_before.exists()

    # an analyst's overlay declares a lemma in a family of events.yaml
    (overlay / "events.yaml").write_text(
        "families:\n  climbing:\n    lemmas:\n      - {lemma: تسلّق, pos: verb}\n", encoding="utf-8"
    )
    assert overlay / "events.yaml" in lemma_files()
    after = FormIndex.load()
    assert index_path() != path_before and index_path().exists()
    [f] = [f for f in after.analyse(norm("المتسلقين")) if f.analysis.number == "pl" and f.voice == "active"]
    assert f.lemma == "تسلق" and f.pos == "participle" and f.definite
    assert any("events.yaml:families/climbing/lemmas/0" in e.sources for e in after.entries)
    assert after.sources(f) == ("events.yaml:families/climbing/lemmas/0",)

    # loading again reads the same file and gives the same readings
    again = FormIndex.load()
    assert again.signature == after.signature
    assert again.analyse(norm("وتسلقوا")) == after.analyse(norm("وتسلقوا"))
    assert len(list((tmp_path / "cache").glob("forms-index-*.bin"))) == 2
