#!/usr/bin/env python
"""Pipeline throughput: recognition only, and the full pipeline, per core, with peak memory.

    .venv/bin/python scripts/bench_pipeline.py [--n 2000]

The corpus is the five seed articles and the 30 dev articles, repeated to
--n articles.  Each mode runs in a fresh single-threaded process (one core),
so articles/s is articles/s per core, and peak RSS is that process's peak,
resources included.  Recognition = segmentation + numbers, dates, places and
actors (no resolution, no extraction).  Targets (issue 5): recognition
>= 50 articles/s/core and < 600 MB; full pipeline >= 30 articles/s/core.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"recognition": 50.0, "full": 30.0}
MAX_RSS_MB = 600.0


def corpus(n: int) -> list[dict]:
    texts = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with open(ROOT / "tests" / "data" / "gold" / name, encoding="utf-8") as fh:
            texts += [{"id": r["id"], "text": r["text"], "published": r.get("published")}
                      for r in map(json.loads, fh) if r.get("text")]
    return [texts[i % len(texts)] for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0   # Linux: KiB


def child(mode: str, n: int) -> dict:
    """Runs in the measuring process."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from rasd.model import Article
    from rasd.pipeline import Pipeline

    docs = [Article(id=f"{d['id']}-{i}", text=d["text"], published=d["published"]) for i, d in enumerate(corpus(n))]
    rss0 = peak_rss_mb()
    t0 = time.perf_counter()
    pipe = Pipeline()
    r = pipe.resources
    load_s = time.perf_counter() - t0
    if mode == "recognition":
        from rasd.recognise.dates import find_dates
        from rasd.recognise.numbers import find_numbers
        from rasd.text.segment import segment

        def run(a):
            seg = segment(a.text)
            numbers = find_numbers(seg, r.numbers)
            find_dates(seg, r.calendar)
            r.places.find(seg, numbers)
            r.actors.find(seg)
    else:
        run = pipe.extract
    run(docs[0])                                   # warm caches outside the timing
    cpu0, t1 = time.process_time(), time.perf_counter()
    for a in docs:
        run(a)
    wall, cpu = time.perf_counter() - t1, time.process_time() - cpu0
    chars = sum(len(a.text) for a in docs)
    return {"mode": mode, "n": n, "load_s": load_s, "wall_s": wall, "cpu_s": cpu,
            "art_per_s_core": n / cpu if cpu else float("inf"), "ms_per_article": 1000 * cpu / n,
            "us_per_kchar": 1e6 * cpu / (chars / 1000), "peak_rss_mb": peak_rss_mb(), "rss_before_mb": rss0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--child", choices=sorted(TARGETS), help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.n)))
        return 0
    results = []
    for mode in ("recognition", "full"):
        out = subprocess.run([sys.executable, __file__, "--child", mode, "--n", str(args.n)], cwd=ROOT,
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"rasd pipeline benchmark: {args.n} articles (seeds + dev repeated), one process, one core")
    print(f"{'mode':<12} {'art/s/core':>10} {'target':>7} {'ms/art':>7} {'us/kchar':>9} {'load s':>7} "
          f"{'peak MB':>8} {'ok':>3}")
    ok_all = True
    for r in results:
        ok = r["art_per_s_core"] >= TARGETS[r["mode"]] and (r["mode"] != "recognition" or r["peak_rss_mb"] < MAX_RSS_MB)
        ok_all &= ok
        print(f"{r['mode']:<12} {r['art_per_s_core']:>10.1f} {TARGETS[r['mode']]:>7.0f} {r['ms_per_article']:>7.2f} "
              f"{r['us_per_kchar']:>9.0f} {r['load_s']:>7.2f} {r['peak_rss_mb']:>8.0f} {'yes' if ok else 'NO':>3}")
    rec, full = results
    print(f"recognition is {100 * rec['ms_per_article'] / full['ms_per_article']:.0f}% of the full pipeline's "
          f"time; peak memory limit for recognition {MAX_RSS_MB:.0f} MB")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
