"""The lexicon files against their shapes (rasd/lexicons/schema.py), and the analysts' checks as tests.

Every file of rasd/lexicons/ has a shape, every shape a file; the packaged files (and an overlay
merged over them) fit it, and a misspelt field, a word list written as one string, a TSV with a
wrong header or a coordinate that is not a number are refused with the file and the place named.
scripts/check_actor_lexicon.py and scripts/check_places_lexicon.py (the fuller checks an analyst
runs after an edit) must report no errors.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from rasd.lexicons import LEXICON_DIR, LexiconError, load_tsv, load_yaml, schema

ROOT = Path(__file__).resolve().parents[2]
DATA_SUFFIXES = (".yaml", ".tsv", ".txt")
YAML_FILES = sorted(n for n in schema.FILES if n.endswith(".yaml"))
TSV_FILES = sorted(n for n in schema.FILES if n.endswith(".tsv"))


def test_every_lexicon_file_has_a_shape_and_every_shape_a_file():
    on_disk = {p.name for p in LEXICON_DIR.iterdir() if p.suffix in DATA_SUFFIXES}
    assert on_disk == set(schema.FILES)


@pytest.mark.parametrize("name", YAML_FILES)
def test_a_packaged_yaml_file_fits_its_shape(name):
    assert schema.check(name, load_yaml(name)) == []


@pytest.mark.parametrize("name", TSV_FILES)
def test_a_packaged_tsv_file_fits_its_columns(name):
    assert load_tsv(name)


# Fields the code reads without spelling their names, and fields known to be idle
READ_INDIRECTLY = {
    # recognise/vetoes.py composes the names: f"{what}_before", f"{what}_after"
    "name_vetoes.yaml": {f"{w}_{side}" for w in ("team", "national_team", "organisation", "media", "person", "group",
                                                 "verb")
                         for side in ("before", "after")},
    # lemma entries are read wherever they stand, by the form index (text/morph/entries.py)
    "morphology.yaml": {"homographs"},
}
IDLE = {
    # only scripts/check_actor_lexicon.py reads it: recognise/actors.py spells the joiner في itself
    "forces.yaml": {"country_by_name"},
}


@pytest.mark.parametrize("name", YAML_FILES)
def test_every_top_level_field_is_read_by_the_code(name):
    """A field no code names is data that does nothing (or a loader that forgot it)."""
    spec = schema.FILES[name]
    if "fields" not in spec:
        return
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "rasd").rglob("*.py")
                     if p.name != "schema.py")
    unread = {f for f in spec["fields"] if not re.search(rf"""["']{re.escape(f)}["']""", code)}
    # event_roles.yaml is read field by field into a dataclass of the same names
    unread = {f for f in unread if not re.search(rf"^\s+{re.escape(f)}: ", code, re.M)}
    assert unread - READ_INDIRECTLY.get(name, set()) == IDLE.get(name, set())


def _overlay(tmp_path: Path, monkeypatch, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("RASD_LEXICONS", str(tmp_path))


def test_a_misspelt_field_in_an_overlay_is_refused(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "agency.yaml", "verb: [أعلن]\n")
    with pytest.raises(LexiconError, match=r"agency\.yaml: unknown field 'verb'"):
        load_yaml("agency.yaml")


def test_a_word_list_written_as_one_string_is_refused(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "numbers.yaml", "scales:\n  - value: 1000\n    plural: آلاف\n")
    with pytest.raises(LexiconError, match=r"numbers\.yaml\.scales\[\d+\]\.plural: expected a list of words"):
        load_yaml("numbers.yaml")


def test_a_map_keyed_by_numbers_refuses_a_word_key(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "numbers.yaml", "units:\n  ثلاثة: [ثلاث]\n")
    with pytest.raises(LexiconError, match="should be a whole number"):
        load_yaml("numbers.yaml")


def test_an_overlay_that_fits_extends_the_file(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "agency.yaml", "verbs: [تعهد]\n")
    assert "تعهد" in load_yaml("agency.yaml")["verbs"]


def test_a_tsv_overlay_with_a_wrong_header_is_refused(tmp_path, monkeypatch):
    _overlay(tmp_path, monkeypatch, "places.tsv", "name_ar\tname_en\tlat\tlon\nقرية\tQarya\t30\t15\n")
    with pytest.raises(LexiconError, match="header columns"):
        load_tsv("places.tsv")


def test_a_tsv_cell_that_is_not_a_number_is_refused(tmp_path, monkeypatch):
    header = "\t".join(schema.FILES["places.tsv"]["columns"])
    row = "\t".join(["قرية", "", "Qarya", "village", "LY", "", "30.5N", "15.2", "1", ""])
    _overlay(tmp_path, monkeypatch, "places.tsv", f"{header}\n{row}\n")
    with pytest.raises(LexiconError, match=r"row 2: column lat: '30\.5N' is not a number"):
        load_tsv("places.tsv")


def test_an_unknown_file_has_no_shape():
    assert schema.check("weapons.yaml", {}) and schema.check_columns("weapons.tsv", [])


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_actor_lexicon_check_finds_no_error(capsys):
    assert _script("check_actor_lexicon").main(["--quiet"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("name", ["places.tsv", "physical.tsv"])  # geography.tsv is generated
def test_the_places_lexicon_check_finds_no_error(name, capsys):
    assert _script("check_places_lexicon").main(["--quiet", "--places", str(LEXICON_DIR / name)]) == 0, \
        capsys.readouterr().out
