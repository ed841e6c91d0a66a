#!/usr/bin/env python
"""Does the pipeline's work grow linearly with an article's length?

    .venv/bin/python scripts/bench_long.py [--sizes 40000,160000,480000] [--kind mixed|repeated]
                                           [--profile 160000] [--top 25] [--stages]

Builds one article of each size and extracts it (no time budget), reporting CPU seconds per 100,000
characters at each size and the ratio between the largest and the smallest per-character cost
(issue 13's target: <= 2; 1.0 is perfectly linear).

Articles: `mixed` (default) concatenates the seed and dev articles of tests/data/gold, in turn, into
one long report, so sentences, names and numbers vary as in real text; `repeated` repeats one
sentence (issue 13's reproduction: the worst case for any pass over pairs of similar items).

`--stages` times each stage of the pipeline separately (recognition, resolution, events, movements,
claims), so a super-linear stage stands out.  `--profile N` runs cProfile on the N-character article
and prints the functions with the most time of their own, with their call counts (a count that grows
with the square of the length is the sign of a pass over pairs).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REPEATED = ("قال مصدر عسكري إن قوات الجيش اشتبكت مع مسلحين في مدينة سرت يوم الثلاثاء، وأسفرت الاشتباكات "
            "عن مقتل ثلاثة جنود وإصابة خمسة آخرين، فيما أعلن تنظيم الدولة سيطرته على حي في المدينة. ")


def gold_texts() -> list[str]:
    texts = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with open(ROOT / "tests" / "data" / "gold" / name, encoding="utf-8") as fh:
            texts += [r["text"] for r in map(json.loads, fh) if r.get("text")]
    return texts


def article_text(size: int, kind: str) -> str:
    if kind == "repeated":
        parts, n = [], 0
        while n < size:
            parts.append(REPEATED)
            n += len(REPEATED)
        return "".join(parts)[:size]
    texts = gold_texts()
    parts, n, i = [], 0, 0
    while n < size:
        t = texts[i % len(texts)] + "\n\n"
        parts.append(t)
        n += len(t)
        i += 1
    return "".join(parts)[:size]


def stage_times(pipe, article) -> dict[str, float]:
    """CPU seconds of each stage, run in the pipeline's order (mirrors Pipeline.extract)."""
    from rasd.extract.document import DatedSpan, Document
    from rasd.pipeline import parse_published
    from rasd.recognise.dates import find_dates
    from rasd.recognise.numbers import find_numbers
    from rasd.resolve.calendar import resolve as resolve_date
    from rasd.resolve.places import drop_actor_shadows
    from rasd.text.segment import segment

    r = pipe.resources
    out: dict[str, float] = {}

    def timed(name, fn):
        t0 = time.process_time()
        res = fn()
        out[name] = out.get(name, 0.0) + time.process_time() - t0
        return res

    published = parse_published(article.published)
    seg = timed("segment", lambda: segment(article.text))
    numbers = timed("numbers", lambda: find_numbers(seg, r.numbers))
    dates = timed("dates", lambda: find_dates(seg, r.calendar))
    places = timed("places", lambda: r.places.find(seg, numbers))
    actors = timed("actors", lambda: r.actors.find(seg))
    places = timed("resolve places", lambda: r.place_resolver.resolve(places))
    actors = timed("resolve actors", lambda: r.actor_resolver.resolve(actors, places))
    places = timed("resolve places", lambda: drop_actor_shadows(places, actors))

    def dated():
        out_ = []
        for e in dates:
            rd = resolve_date(e, published)
            out_.append(DatedSpan(e.first_token, e.last_token, e.span, rd.date, rd.precision, e))
        return out_

    ds = timed("resolve dates", dated)
    doc = Document(article, seg, published, places, actors, numbers, ds)
    timed("events", lambda: r.events.extract(doc))
    timed("movements", lambda: r.movements.extract(doc))
    timed("claims", lambda: r.claims.extract(doc))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="40000,160000,480000")
    ap.add_argument("--kind", choices=("mixed", "repeated"), default="mixed")
    ap.add_argument("--stages", action="store_true", help="time each stage separately")
    ap.add_argument("--profile", type=int, default=0, help="profile the article of this size")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from rasd.model import Article
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    t0 = time.perf_counter()
    pipe.resources  # noqa: B018
    load = time.perf_counter() - t0
    pipe.extract(Article(id="warm", text=article_text(3000, args.kind)))
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    for size in sizes:
        art = Article(id=f"long-{size}", text=article_text(size, args.kind), published="2016-05-12")
        if args.stages:
            st = stage_times(pipe, art)
            cpu = sum(st.values())
        else:
            c0 = time.process_time()
            pipe.extract(art)
            cpu = time.process_time() - c0
            st = {}
        rows.append({"chars": size, "cpu_s": round(cpu, 3), "s_per_100k": round(cpu / size * 1e5, 3),
                     "stages_s_per_100k": {k: round(v / size * 1e5, 3) for k, v in st.items()}})
    per_char = [r["s_per_100k"] for r in rows]
    ratio = max(per_char) / min(per_char) if min(per_char) > 0 else float("inf")
    result = {"kind": args.kind, "load_s": round(load, 2), "sizes": rows, "ratio_max_min": round(ratio, 2),
              "target_ratio": 2.0}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"pipeline loaded in {load:.1f} s; article kind: {args.kind}")
        for r in rows:
            print(f"{r['chars']:>8,} chars  {r['cpu_s']:8.2f} s CPU  {r['s_per_100k']:7.2f} s per 100k chars")
            for k, v in r["stages_s_per_100k"].items():
                print(f"{'':12s}{k:16s}{v:8.3f} s per 100k")
        print(f"largest / smallest cost per character: {ratio:.2f} (target <= 2)")
    if args.profile:
        art = Article(id="profiled", text=article_text(args.profile, args.kind), published="2016-05-12")
        prof = cProfile.Profile()
        prof.enable()
        pipe.extract(art)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime").print_stats(args.top)
        print(f"\n--- profile of one {args.profile:,}-character article (by own time) ---")
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
