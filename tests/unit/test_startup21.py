"""Start-up (issue 15): the dataclasses' compiled methods, the compact GeoNames tables, the remembered
bundle signature.  Each must answer exactly as what it replaces."""
from __future__ import annotations

import dataclasses
import os
import pickle
import sys
import time
import types
from array import array

import pytest

from rasd import bundle, classcode
from rasd.resolve.gazetteer import GeoIndex
from rasd.resolve.tables import SEP, NameRows, RowTexts

_CLASS = '''
from __future__ import annotations
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Point:
    name: str
    lat: float = 0.0
    tags: list = field(default_factory=list, hash=False)

@dataclass(order=True)
class Count:
    n: int
    word: str = "قتيل"
'''


def _module(name: str) -> types.ModuleType:
    mod = types.ModuleType(name)
    sys.modules[name] = mod
    try:
        exec(compile(_CLASS, f"<{name}>", "exec"), mod.__dict__)
    finally:
        del sys.modules[name]
    return mod


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(classcode, "_table", None)
    monkeypatch.setattr(classcode, "_new", 0)
    return tmp_path


def test_dataclasses_compile_through_the_table():
    assert dataclasses.exec is classcode.cached_exec


def test_cached_classes_equal_compiled_ones(fresh_table, monkeypatch):
    with monkeypatch.context() as m:
        m.delattr(dataclasses, "exec")                          # the standard library's own way
        reference = _module("rasd._probe")
    assert classcode._new == 0
    ours, first_again, theirs = _module("rasd._probe"), _module("rasd._probe"), _module("elsewhere._probe")
    assert classcode._new > 0 and classcode._table            # ours were compiled into the table once
    kept = dict(classcode._table)
    for mod in (reference, ours, first_again, theirs):
        p = mod.Point("عدن", 12.8)
        assert p == mod.Point("عدن", 12.8) and p != mod.Point("عدن", 1.0)
        assert repr(p) == "Point(name='عدن', lat=12.8, tags=[])"
        assert hash(p) == hash(mod.Point("عدن", 12.8))
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.lat = 1.0
        assert mod.Count(2) < mod.Count(3) and mod.Count(1).word == "قتيل"
    for name in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__"):
        fns = [getattr(m.Point, name) for m in (reference, ours, first_again, theirs)]
        codes = [getattr(f, "__wrapped__", f).__code__ for f in fns]
        assert len({(c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_flags) for c in codes}) == 1, name
        assert len({repr(f.__annotations__) for f in fns}) == 1, name   # no `from __future__` inherited
    assert set(classcode._table) == set(kept)                 # the second making hit the table


def test_table_is_written_and_read_back(fresh_table):
    _module("rasd._probe")
    compiled = dict(classcode._table)
    classcode.save()
    files = list(fresh_table.glob("dataclass-code-*.marshal"))
    assert len(files) == 1
    assert set(classcode._read()) == set(compiled)
    classcode.save()                                          # nothing new: not written again
    assert classcode._new == 0


def test_unreadable_table_is_ignored(fresh_table):
    classcode._path().write_bytes(b"\x00not a marshal file")
    assert classcode._read() == {}
    mod = _module("rasd._probe")
    assert mod.Point("حلب").name == "حلب"


# -- the compact tables --------------------------------------------------------------------------------

_ROWS = {"صنعاء": [4, 1], "عدن": [7], "تعز": [], "المكلا": [3, 9, 2], "الحديدة": [0]}


def test_name_rows_answer_as_the_dict():
    t = pickle.loads(pickle.dumps(NameRows.of(_ROWS)))
    assert isinstance(t, NameRows)
    assert list(t) == list(_ROWS) and len(t) == len(_ROWS)
    for k, v in _ROWS.items():
        assert t[k] == v and t.get(k) == v and k in t and type(t.get(k)) is list
    assert dict(t.items()) == _ROWS
    assert t.get("عدن") is t["عدن"]                   # one list per name, as the dict held
    assert t.get("مأرب") is None and t.get("مأرب", ()) == () and "مأرب" not in t
    assert t.get(None) is None and 5 not in t
    with pytest.raises(KeyError):
        t["مأرب"]


def test_name_rows_empty_and_with_separator():
    empty = pickle.loads(pickle.dumps(NameRows.of({})))
    assert len(empty) == 0 and list(empty) == [] and empty.get("عدن") is None
    odd = {"a" + SEP + "b": [1]}
    assert NameRows.of(odd) is odd


def test_row_texts_answer_as_the_dict():
    lists = {2: ["Aden", "Adan"], 5: [], 9: ["Taizz"]}
    sets = {1: {"sn", ""}, 3: {"adn"}, 4: set()}
    for table in (lists, sets):
        t = pickle.loads(pickle.dumps(RowTexts.of(table)))
        assert isinstance(t, RowTexts)
        assert list(t) == list(table) and dict(t.items()) == table
        for k, v in table.items():
            assert t[k] == v and type(t[k]) is type(v) and k in t
        assert t.get(7) is None and t.get(7, []) == [] and 7 not in t and "2" not in t
    unsorted = {5: ["x"], 2: ["y"]}
    assert RowTexts.of(unsorted) is unsorted
    assert RowTexts.of({}) == {}


def _index() -> GeoIndex:
    return GeoIndex(array("q", [11, 12, 13]), array("f", [12.8, 15.3, 13.6]), array("f", [45.0, 44.2, 44.0]),
                    array("q", [800_000, 2_000_000, 600_000]), ["YE", "YE", "YE"], ["Aden", "Sanaa", "Taizz"],
                    ["YE.02", "YE.26", "YE.25"], ["city", "capital", "city"],
                    {"عدن": [0], "صنعاء": [1], "تعز": [2]}, {"adn": [0], "snaa": [1]},
                    {0: ["Adan"], 2: ["Taiz", "Taizz City"]}, capitals={1}, arabic_sounds={0: {"adn"}, 1: {"snaa"}},
                    variants={"صنعا": [1]})


def test_geo_index_pickles_compact_and_answers_the_same():
    idx = _index()
    again = pickle.loads(pickle.dumps(idx))
    assert isinstance(again.arabic, NameRows) and isinstance(again.latin_alts, RowTexts)
    assert isinstance(again.names, list) and isinstance(again.countries, list)
    for name in ("arabic", "skeleton", "variants", "latin_alts", "arabic_sounds"):
        assert dict(getattr(again, name).items()) == getattr(idx, name), name
    for name in ("countries", "names", "admin1", "kinds"):
        assert list(getattr(again, name)) == getattr(idx, name), name
    assert isinstance(idx.arabic, dict)                        # the index itself is left as it was
    assert pickle.loads(pickle.dumps(again)).arabic.get("تعز") == [2]


# -- the bundle's signature, remembered by the files' stat ---------------------------------------------

def test_signature_is_remembered_and_follows_an_edit(tmp_path, monkeypatch):
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    extra = overlay / "place_stopwords.txt"
    extra.write_text("كلمة\n", encoding="utf-8")
    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RASD_LEXICONS", str(overlay))
    first = bundle.signature()
    assert first == bundle._content_signature(bundle.input_files())
    assert (tmp_path / "cache" / bundle.SIGNATURES).is_file()
    assert bundle.signature() == first
    time.sleep(0.01)
    extra.write_text("كلمه\n", encoding="utf-8")               # the same size, another content
    os.utime(extra, ns=(extra.stat().st_atime_ns, extra.stat().st_mtime_ns))
    second = bundle.signature()
    assert second != first and second == bundle._content_signature(bundle.input_files())
    extra.unlink()
    third = bundle.signature()
    assert third not in (first, second) and third == bundle._content_signature(bundle.input_files())


def test_unreadable_signatures_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    (tmp_path / bundle.SIGNATURES).write_text("[not a table", encoding="utf-8")
    assert bundle.signature() == bundle._content_signature(bundle.input_files())


# -- the normalisation table, made once per process ----------------------------------------------------

def test_normalisation_table_as_before():
    from rasd.text import normalise as n

    def dropped_by_ranges(ch: str) -> bool:
        cp = ord(ch)
        return ch in n._DROP_CHARS or any(lo <= cp <= hi for lo, hi in n._DROP_RANGES)

    cps = range(0x10000)
    assert [cp for cp in cps if n._is_dropped(chr(cp))] == [cp for cp in cps if dropped_by_ranges(chr(cp))]
    every = {chr(cp): n._map_char(chr(cp)) for cp in cps}
    assert n._MAPPED == {c: m for c, m in every.items() if m != c}
    assert list(n._MAPPED) == sorted(n._MAPPED)
    assert n.norm("أَهْلاً بِكُمْ فِي الْمَدِينَةِ") == "اهلا بكم في المدينه"
