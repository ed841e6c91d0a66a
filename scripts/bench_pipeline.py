#!/usr/bin/env python
"""Pipeline throughput per core on real article lengths, start-up apart, against an Aho-Corasick scan.

    .venv/bin/python scripts/bench_pipeline.py [--corpus feed|gold] [--n 2000] [--feed PATH] [--json]

Corpus: `feed` (the default when ../shared is there) takes --n articles spread evenly over the
news feed (../shared/corpus/saudinewsnet/articles.jsonl.gz, read in place: its licence forbids
copying it), checked as `rasd extract` checks them (rasd.ingest.files.read_all), so the lengths are
the feed's own; `gold` repeats the seed and dev articles of tests/data/gold (short articles).

Every measurement runs in a fresh single-threaded process (one core):

* start-up: seconds from a fresh interpreter to a loaded pipeline (imports + lexicons and indexes),
  measured in a second process, so with the compiled resources already cached (warm);
* recognition: segmentation, numbers, dates, places and actors, per CPU second (start-up excluded);
* full: the whole pipeline (`Pipeline.extract`), per CPU second (start-up excluded);
* Aho-Corasick: every name of every phrase lexicon the pipeline holds (places, actors, triggers,
  cues...), as normalised words joined by spaces, in one pyahocorasick automaton, run over the
  same articles' normalised text; the full pipeline's time over normalisation + scan (a scan needs
  the normalised text too) is the "x AC" ratio (issue 15: at most 10); over the scan alone is
  printed as well;
* peak RSS of each process, resources included.

Targets (issue 15): full pipeline >= 400 articles/s per core, <= 10x the scan, peak < 600 MB,
start-up < 0.5 s warm.  The rasd measured is the one Python imports (PYTHONPATH may point at
another checkout to compare two builds with the same script).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
TARGET_ART_S = 400.0
MAX_AC_RATIO = 10.0
MAX_RSS_MB = 600.0
MAX_STARTUP_S = 0.5
T_START = time.perf_counter()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0   # Linux: KiB


def gold_corpus(n: int) -> list[tuple[str, str, str | None]]:
    texts = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with open(ROOT / "tests" / "data" / "gold" / name, encoding="utf-8") as fh:
            texts += [(r["id"], r["text"], r.get("published")) for r in map(json.loads, fh) if r.get("text")]
    return [(f"{texts[i % len(texts)][0]}-{i}",) + texts[i % len(texts)][1:] for i in range(n)]


def feed_corpus(feed: Path, n: int) -> list[tuple[str, str, str | None]]:
    """n articles spread evenly over the feed (every k-th line), as rasd extract reads them."""
    import tempfile

    from rasd.ingest.files import IngestFailure, read_all

    with gzip.open(feed, "rt", encoding="utf-8") if feed.suffix == ".gz" else open(feed, encoding="utf-8") as fh:
        lines = fh.readlines()
    step = max(1, len(lines) // max(1, 2 * n))       # twice as many as needed: some are refused
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "part.jsonl"
        part.write_text("".join(lines[::step]), encoding="utf-8")
        arts = [a for a in read_all([part]) if not isinstance(a, IngestFailure)]
    keep = arts[:: max(1, len(arts) // n)][:n]
    return [(a.id, a.text, a.published) for a in keep]


def corpus(args) -> list[tuple[str, str, str | None]]:
    return feed_corpus(Path(args.feed), args.n) if args.corpus == "feed" else gold_corpus(args.n)


def phrase_names(resources) -> set[str]:
    """Every name of every PhraseMatcher reachable from the resources (normalised words, spaces between)."""
    from rasd.text.matcher import PhraseMatcher, reachable

    return {" ".join(p) for m in reachable(resources, (PhraseMatcher,)) for p in m.phrases()}


def child(mode: str, args) -> dict:
    """Runs in the measuring process."""
    if mode == "startup":
        t_imp = time.perf_counter()
        from rasd.pipeline import Pipeline
        imported = time.perf_counter() - t_imp
        Pipeline().resources  # noqa: B018
        return {"mode": mode, "startup_s": time.perf_counter() - T_START, "import_s": imported,
                "load_s": time.perf_counter() - t_imp - imported, "peak_rss_mb": peak_rss_mb()}
    from rasd.model import Article
    from rasd.pipeline import Pipeline

    docs = [Article(id=i, text=t, published=p) for i, t, p in corpus(args)]
    rss0 = peak_rss_mb()
    pipe = Pipeline()
    r = pipe.resources
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
    elif mode == "ac":
        import ahocorasick

        from rasd.text.normalise import normalise

        auto = ahocorasick.Automaton()
        names = phrase_names(r)
        for name in names:
            auto.add_word(name, len(name))
        auto.make_automaton()
        texts = {a.id: normalise(a.text).norm for a in docs}
        hits = [0]

        def run(a):
            hits[0] += sum(1 for _ in auto.iter(texts[a.id]))
    else:
        run = pipe.extract
    run(docs[0])                                   # warm caches outside the timing
    cpu0, t1 = time.process_time(), time.perf_counter()
    for a in docs:
        run(a)
    wall, cpu = time.perf_counter() - t1, time.process_time() - cpu0
    n = len(docs)
    chars = sum(len(a.text) for a in docs)
    out = {"mode": mode, "n": n, "mean_chars": round(chars / n), "wall_s": wall, "cpu_s": cpu,
           "art_per_s_core": n / cpu if cpu else float("inf"), "ms_per_article": 1000 * cpu / n,
           "us_per_kchar": 1e6 * cpu / (chars / 1000), "peak_rss_mb": peak_rss_mb(), "rss_before_mb": rss0}
    if mode == "ac":
        c0 = time.process_time()
        for a in docs:
            normalise(a.text)
        out.update(names=len(names), hits=hits[0], normalise_cpu_s=time.process_time() - c0)
    return out


def measure(mode: str, args) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--n", str(args.n), "--corpus", args.corpus, "--feed", args.feed]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(res: dict, args) -> bool:
    full, ac, st, rec = res["full"], res.get("ac"), res["startup"], res["recognition"]
    # the scan needs the normalised text too: normalisation counts in the scan's time
    ratio = full["cpu_s"] / (ac["cpu_s"] + ac["normalise_cpu_s"]) if ac else None
    peak = max(full["peak_rss_mb"], rec["peak_rss_mb"])
    checks = [full["art_per_s_core"] >= TARGET_ART_S, ratio is None or ratio <= MAX_AC_RATIO,
              peak < MAX_RSS_MB, st["startup_s"] < MAX_STARTUP_S]
    print(f"rasd pipeline benchmark: {full['n']} {args.corpus} articles (mean {full['mean_chars']} characters), "
          "one process per line, one core")
    print(f"{'mode':<12} {'art/s/core':>10} {'ms/art':>7} {'us/kchar':>9} {'peak MB':>8}")
    for r in (rec, full) + ((ac,) if ac else ()):
        print(f"{r['mode']:<12} {r['art_per_s_core']:>10.1f} {r['ms_per_article']:>7.2f} {r['us_per_kchar']:>9.0f} "
              f"{r['peak_rss_mb']:>8.0f}")
    if ac:
        print(f"Aho-Corasick scan: {ac['names']} names, {ac['hits']} hits, {1000 * ac['cpu_s'] / ac['n']:.2f} ms/art "
              f"+ normalisation {1000 * ac['normalise_cpu_s'] / ac['n']:.2f} ms/art; full pipeline = {ratio:.1f}x "
              f"normalisation + scan ({full['cpu_s'] / ac['cpu_s']:.0f}x the scan alone)")
    else:
        print("Aho-Corasick scan: not measured (pyahocorasick is not installed)")
    print(f"start-up (warm cache): {st['startup_s']:.2f} s ({st['import_s']:.2f} s imports, {st['load_s']:.2f} s "
          f"resources), peak {st['peak_rss_mb']:.0f} MB")
    scan_verdict = ("ok" if checks[1] else "NO") if ac else "not measured"
    print(f"targets: >= {TARGET_ART_S:.0f} art/s/core {'ok' if checks[0] else 'NO'}; <= {MAX_AC_RATIO:.0f}x scan "
          f"{scan_verdict}; peak < {MAX_RSS_MB:.0f} MB {'ok' if checks[2] else 'NO'}; "
          f"start-up < {MAX_STARTUP_S} s {'ok' if checks[3] else 'NO'}")
    return all(checks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--corpus", choices=("feed", "gold"), default="feed" if FEED.exists() else "gold")
    ap.add_argument("--feed", default=str(FEED))
    ap.add_argument("--modes", default="startup,recognition,full,ac", help="comma-separated subset")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args)))
        return 0
    modes = args.modes.split(",")
    if "startup" in modes:
        measure("startup", args)                   # the first may compile the resources: not counted
    res = {}
    for mode in modes:
        if mode == "ac":
            try:
                import ahocorasick  # noqa: F401
            except ImportError:
                continue
        res[mode] = measure(mode, args)
    if args.json or not {"startup", "recognition", "full"} <= res.keys():
        print(json.dumps(res, indent=2))
        return 0
    return 0 if report(res, args) else 1


if __name__ == "__main__":
    sys.exit(main())
