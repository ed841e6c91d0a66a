"""SCHEMA.md's comparison rules: the name form, the place, actor, source and date rules.

The scorer normalises names its own way, exactly as SCHEMA.md ("Scoring")
defines it, and never through the pipeline's normaliser
(rasd/text/normalise.py): that one also folds Persian and Maghrebi letters,
Eastern digits and presentation forms, and it changes with the pipeline,
while the scores must not.  So ک is not ك here, and ڤ is not ق.

Where SCHEMA.md's wording leaves a detail open, the reference scorer
(../shared/tools/score.py) decides; tests/unit/test_scorer.py checks that
both give the same scores.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rasd import datespan

# "remove diacritics and tatweel": the Arabic combining marks (harakat, tanwin, shadda, sukun,
# superscript alef, Quranic annotation signs) and the tatweel U+0640
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# "أ إ آ ٱ → ا; ة → ه; ى → ي; ؤ → و; ئ → ي"; "replace _ with a space"
_LETTERS = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                          "\u0629": "\u0647", "\u0649": "\u064a", "\u0624": "\u0648", "\u0626": "\u064a",
                          "_": " "})
_ARTICLE = "\u0627\u0644"   # ال


def norm(s: Any) -> str:
    """SCHEMA.md's `norm`, lower-cased (canonical English names compare case-insensitively)."""
    return _norm_text(str(s)) if s else ""


@lru_cache(maxsize=1 << 16)    # a scoring run compares the same few thousand names many times
def _norm_text(s: str) -> str:
    s = _MARKS.sub("", s).translate(_LETTERS).lstrip("#")
    return " ".join(s.split()).lower()


def without_article(normalised: str) -> str:
    """Each word without a leading ال (a word of three letters or fewer keeps it: الي, الم)."""
    return " ".join(w[2:] if w.startswith(_ARTICLE) and len(w) > 3 else w for w in normalised.split())


def names_match(pred: Any, gold_names: Iterable[Any]) -> bool:
    """The place rule: norm(pred) equals norm of a gold name, or they are equal once ال is removed."""
    p = norm(pred)
    if not p:
        return False
    bare = without_article(p)
    for g in gold_names:
        g = norm(g)
        if g and (p == g or bare == without_article(g)):
            return True
    return False


def place_names(gold_place: dict) -> list:
    return [gold_place.get("name"), *(gold_place.get("aliases") or [])]


def named_place_forms(name: Any, gold_places: list[dict]) -> list:
    """A place named by an event or a route, with the aliases of the gold place of that name."""
    key = norm(name)
    return [name, *(a for gp in gold_places if norm(gp.get("name")) == key for a in (gp.get("aliases") or []))]


def coords(x: dict) -> tuple[float, float] | None:
    """(lat, lon) of a record, or None when either is missing or not a number."""
    lat, lon = x.get("lat"), x.get("lon")
    if lat is None or lon is None:
        return None
    try:
        return float(lat), float(lon)
    except (TypeError, ValueError):
        return None


def _forms(actor: Any) -> list[str]:
    """The names a predicted actor goes by: canonical and Arabic name of a record, or the string."""
    if isinstance(actor, dict):
        forms = [actor.get("canonical"), actor.get("name")]
    else:
        forms = [actor]
    return [str(f) for f in forms if f and str(f).strip()]


def _gold_forms(gold_label: str, gold_actors: list[dict]) -> list[str]:
    """A gold label with every name of the gold actors it names (canonical, Arabic name, aliases)."""
    out = [gold_label]
    for a in gold_actors:
        if gold_label in (a.get("canonical"), a.get("name")):
            out += [a.get("canonical"), a.get("name"), *(a.get("aliases") or [])]
    return [str(f) for f in out if f]


def actor_matches(pred: Any, gold_label: Any, gold_actors: list[dict]) -> bool:
    """The actor rule: a name equal (case-insensitive) to a name of the gold actor, or equal by the
    name rule to one; nobody matches nobody."""
    if pred is None or gold_label is None:
        return pred is None and gold_label is None
    golds = _gold_forms(gold_label, gold_actors)
    exact = {g.strip().lower() for g in golds}
    return any(f.strip().lower() in exact or names_match(f, golds) for f in _forms(pred))


def gold_actor_label(gold_actor: dict) -> Any:
    """How a gold actor is named to the actor rule: its canonical name (its Arabic name without one)."""
    return gold_actor.get("canonical") or gold_actor.get("name")


def _contained(a: str, b: str) -> bool:
    """One normalised name inside the other word for word, the shorter being two words or more."""
    shorter = a if len(a) <= len(b) else b
    return len(shorter.split()) >= 2 and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def source_matches(pred: Any, gold: Any, gold_actors: list[dict]) -> bool:
    """The claim-source rule: the actor rule, or one name contained word for word in the other (a rank
    or title before a name).  A list on either side is a set of equivalent sources."""
    if isinstance(pred, list):
        return any(source_matches(p, gold, gold_actors) for p in pred) if pred else gold in (None, [])
    if isinstance(gold, list):
        return any(source_matches(pred, g, gold_actors) for g in gold) if gold else pred is None
    if actor_matches(pred, gold, gold_actors):
        return True
    if pred is None or gold is None:
        return False
    g = norm(gold)
    return any(_contained(norm(f), g) for f in _forms(pred))


def dates_compatible(a: Any, b: Any, precision_a: str | None = None, precision_b: str | None = None) -> bool:
    """The date rule: either is null, or the spans they denote overlap (a week spans seven days)."""
    return datespan.overlap(a, b, precision_a, precision_b)
