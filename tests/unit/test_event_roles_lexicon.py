"""The word lists the event extractor reads (event_roles.yaml, casualties.yaml) are lexicon data:
normalised on loading, single words only, extendable through RASD_LEXICONS."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from rasd.extract.lexicon import (
    RoleWords,
    load_casualty_lexicon,
    load_event_lexicon,
    load_word_lists,
    word_set,
)
from rasd.lexicons import LexiconError


def test_every_role_list_is_loaded_and_normalised():
    words = load_event_lexicon().words
    assert isinstance(words, RoleWords)
    # written in ordinary spelling, compared in rasd's normalised form
    assert "علي" in words.against and "على" not in words.against
    assert "مسووليتها" in words.responsibility
    assert "بدات" in words.light_verbs
    assert "الواقعه" in words.place_description
    assert all(w and " " not in w for field in RoleWords.__dataclass_fields__ for w in getattr(words, field))


def test_casualty_word_lists_are_loaded_and_normalised():
    lex = load_casualty_lexicon()
    assert lex.armed_bodies >= {"الجيش", "الشرطه", "الامن"}
    assert {"اخر", "اخري", "الاخرين"} <= lex.another
    assert lex.tally_spans == {"خلال", "منذ"}
    assert lex.partitive == {"من"}


def test_a_multi_word_entry_is_refused():
    with pytest.raises(LexiconError, match="several words"):
        word_set(["شن", "شن هجوما"], "event_roles.yaml: light_verbs")


def test_an_overlay_extends_a_role_list(tmp_path, monkeypatch):
    (tmp_path / "event_roles.yaml").write_text("light_verbs: [أطلقوا, دشّن]\n", encoding="utf-8")
    monkeypatch.setenv("RASD_LEXICONS", str(tmp_path))
    words = load_word_lists("event_roles.yaml", RoleWords)
    assert "دشن" in words.light_verbs          # the overlay's word, normalised (no shadda)
    assert "نفذ" in words.light_verbs          # the packaged words stay


def test_an_unknown_or_missing_list_is_refused(tmp_path, monkeypatch):
    @dataclass(frozen=True)
    class Two:
        first: frozenset[str]
        second: frozenset[str]

    (tmp_path / "event_roles.yaml").write_text("first: [في]\n", encoding="utf-8")
    monkeypatch.setenv("RASD_LEXICONS", str(tmp_path))
    with pytest.raises(LexiconError, match="missing"):
        load_word_lists("event_roles.yaml", Two)
