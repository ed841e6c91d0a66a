#!/usr/bin/env python3
"""Measure the form index: build time, file size, load time and lookup cost per token.

usage: bench_forms.py [--lemmas N] [--tokens M] [--feed FILE.jsonl.gz]

Builds an index of N lemma entries (the lexicons' own lemmas, topped up with
verbs of libqutrub's dictionary in forms I, IV, VII, VIII and X and with
noun phrases, to reach N), writes it to a temporary file, then times:
  - the build (generation + compilation), per lemma;
  - loading it (open + map + the small pickled header) in fresh processes;
  - `analyse()` per token over M tokens of the feed (or of generated forms
    when the feed is absent), with and without the per-word memo.
Figures go to stdout; run it on a quiet machine and quote medians.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.text.morph import FormIndex, LemmaEntry, MorphRules, find_entries  # noqa: E402
from rasd.text.morph import table as tbl  # noqa: E402
from rasd.text.morph.index import build_bytes  # noqa: E402
from rasd.text.normalise import norm  # noqa: E402

FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
_WORD = re.compile(r"[\u0621-\u064a]+")
_SOUND = set("بتثجحخدذرزسشصضطظعغفقكلمنه")


def synthetic(n: int) -> list[LemmaEntry]:
    """The lexicons' lemmas, then derived forms of sound three-letter roots, then noun phrases."""
    from rasd.text.morph.verbs import dictionary, strip_vowels

    entries, _ = find_entries()
    roots = sorted({strip_vowels(d.verb).replace("\u0651", "") for ds in dictionary().values() for d in ds})
    roots = [r for r in roots if len(r) == 3 and set(r) <= _SOUND]
    patterns = ("{0}{1}{2}", "أ{0}{1}{2}", "ان{0}{1}{2}", "ا{0}ت{1}{2}", "است{0}{1}{2}")
    k = 0
    while len(entries) < n and k < len(roots) * len(patterns):
        r = roots[k // len(patterns)]
        entries.append(LemmaEntry(patterns[k % len(patterns)].format(*r), "verb", source="bench"))
        if k % 7 == 0:
            entries.append(LemmaEntry(f"{r}ة جوية", "noun", plural=(f"{r}ات جوية",), source="bench"))
        k += 1
    return entries[:n]


def feed_tokens(path: Path, m: int) -> list[str]:
    out: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            out += _WORD.findall(norm(json.loads(line).get("text") or ""))
            if len(out) >= m:
                break
    return out[:m]


def load_in_fresh_process(path: Path, runs: int = 5) -> list[float]:
    code = (
        "import time,sys;from rasd.text.morph.index import FormIndex;"
        "i0=time.perf_counter();x=FormIndex.load(__import__('pathlib').Path(sys.argv[1]));"
        "x.analyse('x');print(time.perf_counter()-i0)"
    )
    out = []
    for _ in range(runs):
        r = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True, cwd=ROOT
        )
        out.append(float(r.stdout.split()[0]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lemmas", type=int, default=5000)
    ap.add_argument("--tokens", type=int, default=200_000)
    ap.add_argument("--feed", type=Path, default=FEED)
    args = ap.parse_args()

    rules = MorphRules.load()
    entries = synthetic(args.lemmas)
    t0, c0 = time.perf_counter(), time.process_time()
    data = build_bytes(entries, rules)
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "forms.bin"
        tbl.write(path, data)
        idx = FormIndex.load(path)
        n_forms = len(idx)
        readings = sum(len(v) for _, v in idx._table.items())
        print(
            f"lemmas {len(entries)}  core forms {n_forms}  readings {readings}  "
            f"({readings / len(entries):.0f} per lemma)  analyses {len(idx.analyses)}"
        )
        per_lemma = 1000 * build_cpu / len(entries)
        print(
            f"build {build:.1f} s wall, {build_cpu:.1f} s CPU ({per_lemma:.1f} ms CPU per lemma)  "
            f"file {len(data) / 1e6:.1f} MB"
        )
        loads = load_in_fresh_process(path)
        print(
            f"load (fresh process, open + map + header): median {1000 * statistics.median(loads):.1f} ms "
            f"(runs: {', '.join(f'{1000 * x:.1f}' for x in loads)})"
        )
        if args.feed.exists():
            tokens, what = feed_tokens(args.feed, args.tokens), "feed tokens"
        else:
            tokens = [core for core, _ in idx.items()][: args.tokens]
            what = "generated forms (feed absent)"
        for memo in (False, True):
            idx = FormIndex.load(path)
            t = time.process_time()
            hits = 0
            for w in tokens:
                if not memo:
                    idx._memo.clear()
                hits += bool(idx.analyse(w))
            dt = time.process_time() - t
            print(
                f"analyse {'with' if memo else 'without'} memo: {1e6 * dt / len(tokens):.2f} µs CPU per token"
                f" over {len(tokens)} {what}; {hits} tokens with a reading"
            )


if __name__ == "__main__":
    main()
