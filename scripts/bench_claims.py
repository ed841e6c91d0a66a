#!/usr/bin/env python
"""Cost of the claims ledger (and of routes) on long articles: seconds per 100k characters.

    .venv/bin/python scripts/bench_claims.py [--sizes 40000 160000 480000]

Each long article is the seed and dev articles' text joined and repeated to
the size asked (many figures, speakers and places, as a long report or a
pasted bundle has), or with --text sentence one sentence with two disputed
tolls repeated (issue 13's worst case: every figure in one group).  The document is built once per size (recognition and
resolution, not timed); then `claims.extract` and `movements.extract` are
timed on it.  Issue 13: the per-character cost at the largest size may be at
most twice that at the smallest (work linear in article length).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# one sentence of a toll told by a source, repeated: every figure falls in one group of tolls
SENTENCE = "وقال مصدر أمني إن 12 جنديا قتلوا في هجوم على نقطة تفتيش قرب مدينة سرت، بينما قالت حركة الشباب إن 30 جنديا قتلوا. "


def long_text(size: int, kind: str = "articles") -> str:
    if kind == "sentence":
        return (SENTENCE * (size // len(SENTENCE) + 1))[:size]
    parts = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with open(ROOT / "tests" / "data" / "gold" / name, encoding="utf-8") as fh:
            parts += [json.loads(line)["text"] for line in fh if line.strip()]
    block = "\n\n".join(parts)
    return (block * (size // len(block) + 1))[:size]


def document(pipe, text: str):
    """The Document the extractors read, built as Pipeline.extract builds it."""
    from rasd.extract.document import DatedSpan, Document
    from rasd.model import Article
    from rasd.recognise.dates import find_dates
    from rasd.recognise.numbers import find_numbers
    from rasd.resolve.calendar import resolve as resolve_date
    from rasd.resolve.places import drop_actor_shadows
    from rasd.text.segment import segment

    r = pipe.resources
    seg = segment(text)
    numbers = find_numbers(seg, r.numbers)
    places = r.place_resolver.resolve(r.places.find(seg, numbers))
    actors = r.actor_resolver.resolve(r.actors.find(seg), places)
    places = drop_actor_shadows(places, actors)
    dated = []
    for e in find_dates(seg, r.calendar):
        rd = resolve_date(e, None)
        dated.append(DatedSpan(e.first_token, e.last_token, e.span, rd.date, rd.precision, e))
    return Document(Article(id="bench", text=text), seg, None, places, actors, numbers, dated)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[40000, 160000, 480000])
    ap.add_argument("--text", choices=("articles", "sentence"), default="articles",
                    help="the gold articles joined, or one sentence with two tolls repeated")
    args = ap.parse_args()
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    r = pipe.resources
    warm = document(pipe, long_text(2000))
    r.claims.extract(warm)                                  # warm caches outside the timing
    r.movements.extract(warm)
    rows = []
    for size in args.sizes:
        doc = document(pipe, long_text(size, args.text))
        row = {"chars": size, "figures": len(doc.numbers)}
        for name, extractor in (("claims", r.claims), ("movements", r.movements)):
            t0 = time.process_time()
            found = extractor.extract(doc)
            cpu = time.process_time() - t0
            row[name] = {"cpu_s": round(cpu, 3), "s_per_100k": round(cpu / size * 1e5, 4), "found": len(found)}
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    for name in ("claims", "movements"):
        costs = [row[name]["s_per_100k"] for row in rows]
        ratio = max(costs) / min(costs) if min(costs) else float("inf")
        print(f"{name}: largest/smallest per-character cost = {ratio:.2f} (target <= 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
