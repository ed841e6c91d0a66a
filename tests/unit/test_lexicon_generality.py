"""The trigger and cue lexicons hold the language of conflict reporting, not sentences of the gold.

A phrase of three words or more that occurs in exactly one gold article was most likely copied from
it (issue 9: "no lexicon entry of three words or more occurs in only one gold article").  The gold
copies in tests/data/gold/ are read; the test skips with a message when they are absent.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from rasd.lexicons import LEXICON_DIR
from rasd.text.matcher import name_tokens

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
# the lexicons of words around incidents (names of places and actors are facts of the world, not cues)
CUE_LEXICONS = ("events.yaml", "event_senses.yaml", "event_roles.yaml", "casualties.yaml", "domains.yaml")


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for x in node:
            yield from _strings(x)
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)


def _gold_texts() -> list[str]:
    files = sorted(GOLD.glob("*.jsonl"))
    if not files:
        pytest.skip(f"no gold files in {GOLD}")
    texts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts += [" " + " ".join(name_tokens(json.loads(line)["text"])) + " " for line in fh if line.strip()]
    return texts


@pytest.mark.parametrize("name", CUE_LEXICONS)
def test_no_long_phrase_of_a_cue_lexicon_comes_from_one_gold_article(name):
    texts = _gold_texts()
    with open(LEXICON_DIR / name, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    single = []
    for entry in set(_strings(data)):
        toks = name_tokens(entry)
        if len(toks) < 3:
            continue
        phrase = " " + " ".join(toks) + " "
        if sum(phrase in t for t in texts) == 1:
            single.append(entry)
    assert not single, f"{name}: phrases found in exactly one gold article: {sorted(single)}"
