"""speed22: the classes made many times an article are dataclasses that are not frozen (a frozen class's
__init__ sets each field through object.__setattr__), and keep the equality and hash a frozen class gives."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from rasd.extract.events.factuality import TriggerAt
from rasd.extract.movements import Motion
from rasd.model import Sentence, Span
from rasd.recognise.dates import DateExpr
from rasd.text.morph.model import Analysis, Form
from rasd.text.segment import segment

_ANALYSIS = Analysis(pos="verb", tense="past", voice="active")


def _samples() -> list[object]:
    span = Span(4, 12, "قصفت الطائرات")
    return [
        span,
        Span(0, 0, ""),
        Sentence(0, 0, 30, "اشتبك المسلحون مع دورية شرطة.", 0, 6),
        Form("وانسحبت", "انسحب", _ANALYSIS, proclitics="و", cut=1),
        DateExpr(span, 0, 1, 3, year=2016, month=5, day=12, relative="past"),
        Motion(2, 3, "go", "verb", gender="pl", tense="past", lemma="انسحب"),
        TriggerAt(1, 2, "قصف", ("قصف",), 0, 9, 0, 5, "past"),
    ]


def _frozen_twin(obj: object) -> object:
    """The same value in a frozen dataclass with the same fields (what the class was before speed22)."""
    cls = type(obj)
    fields = dataclasses.fields(cls)
    twin = dataclasses.make_dataclass(cls.__name__, [(f.name, object) for f in fields], frozen=True)
    return twin(*(getattr(obj, f.name) for f in fields))


@pytest.mark.parametrize("obj", _samples(), ids=lambda o: type(o).__name__)
def test_hash_and_equality_as_when_frozen(obj):
    twin = _frozen_twin(obj)
    copy = dataclasses.replace(obj)
    assert copy == obj and copy is not obj
    assert hash(obj) == hash(copy) == hash(twin)     # the fields' tuple, as a frozen class hashes it
    assert repr(obj).split("(", 1)[1] == repr(twin).split("(", 1)[1]
    assert {obj: 1}[copy] == 1
    assert pickle.loads(pickle.dumps(obj)) == obj


@pytest.mark.parametrize("cls", [Span, Sentence, Form, DateExpr, Motion, TriggerAt])
def test_init_is_plain_stores(cls):
    params = cls.__dataclass_params__
    assert params.eq and not params.frozen and cls.__hash__ is not None
    assert "__setattr__" not in cls.__init__.__code__.co_names


def test_segmented_sentences_and_spans():
    seg = segment("قصفت المدفعية قرية شمال المدينة. وقتل مدنيان.")
    assert [s.text for s in seg.sentences] == ["قصفت المدفعية قرية شمال المدينة.", "وقتل مدنيان."]
    assert len({s: s.index for s in seg.sentences}) == 2
    one = segment("قصف")
    assert len(one.sentences) == 1 and hash(one.sentences[0]) == hash(dataclasses.replace(one.sentences[0]))
