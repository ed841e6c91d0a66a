#!/usr/bin/env python
"""Dask scaling: extraction of feed articles on a local cluster of 1, then 2 single-threaded workers.

    .venv/bin/python scripts/bench_dask.py [--n 10000] [--rounds 3] [--workers 1 2] [--partitions 0]
                                           [--corpus PATH] [--json]

The corpus is the first --n articles of the newspaper feed
(../shared/corpus/saudinewsnet/articles.jsonl.gz, real lengths; it is read, never
copied into the repository); the script says so and stops when it is absent.
Each run is a fresh process that starts a LocalCluster, loads the pipeline's
resources on every worker, then times `run_dask_extract` end to end (read the
corpus, partition, extract, write the parts).  Runs alternate 1 and 2 workers
round after round, so that a change in the machine's load hits both alike;
the speed-up is the median over rounds of each round's ratio, for the
extraction alone and for the whole command (cluster start and resource loading
included).  Per run it also reports where the time went: the client's own CPU
time, the workers' CPU time in tasks, and how busy each worker was (the rest is
waiting: for a task, for the last partition, for the CPU).
Acceptance (issue 15): 2 workers >= 1.8x one worker on 10,000 feed articles.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
TARGET = 1.8


def write_corpus(feed: Path, path: Path, n: int) -> tuple[int, int]:
    """The first n feed articles as JSON Lines (id, text, url, outlet, published); (articles, characters)."""
    count = chars = 0
    with gzip.open(feed, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for line in src:
            if count >= n:
                break
            r = json.loads(line)
            if not r.get("text"):
                continue
            out.write(json.dumps({k: r.get(k) for k in ("id", "text", "url", "outlet", "published")},
                                 ensure_ascii=False) + "\n")
            count += 1
            chars += len(r["text"])
    return count, chars


def child(corpus: str, workers: int, out: str, partitions: int) -> dict:
    """One run, in its own process."""
    sys.path.insert(0, str(ROOT))
    from rasd.scale import dask_engine

    t0 = time.perf_counter()
    client, cluster = dask_engine.start_local_cluster(workers)
    started = time.perf_counter() - t0
    t1 = time.perf_counter()
    client.run(_load_resources)
    warm = time.perf_counter() - t1
    before = client.run(_cpu)
    results: list[dict] = []

    def log(_m: str) -> None:
        pass

    t2 = time.perf_counter()
    cpu2 = time.process_time()
    try:
        n = dask_engine.run_dask_extract(corpus, out, client=client, partitions=partitions, log=log,
                                         on_result=results.append)
    except TypeError:   # an engine from before on_result (to measure it): no per-task figures
        n = dask_engine.run_dask_extract(corpus, out, client=client, partitions=partitions, log=log)
    wall = time.perf_counter() - t2
    client_cpu = time.process_time() - cpu2
    after = client.run(_cpu)
    worker_cpu = sum(after[w] - before[w] for w in after)
    busy: dict[int, float] = {}
    for r in results:
        busy[r["pid"]] = busy.get(r["pid"], 0.0) + r["seconds"]
    results = results or [{"seconds": float("nan"), "cpu_seconds": float("nan")}]
    client.close()
    cluster.close()
    return {"workers": workers, "n": n, "parts": len(results), "start_s": started, "warm_s": warm,
            "extract_s": wall, "total_s": started + warm + wall, "art_per_s": n / wall,
            "client_cpu_s": client_cpu, "worker_cpu_s": worker_cpu,
            "task_s": sum(r["seconds"] for r in results), "task_cpu_s": sum(r["cpu_seconds"] for r in results),
            "busy_fraction": [round(b / wall, 3) for b in sorted(busy.values(), reverse=True)],
            "longest_task_s": max(r["seconds"] for r in results),
            "client_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
            "load": os.getloadavg()}


def _load_resources() -> None:
    from rasd.scale import dask_engine

    dask_engine.worker_pipeline(dask_engine._default_factory).resources  # noqa: B018


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_child(corpus: Path, workers: int, out: Path, partitions: int) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(workers), str(out), str(partitions)],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partitions", type=int, default=0, help="0: the engine's default")
    ap.add_argument("--corpus", type=Path, default=FEED)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        corpus, workers, out, partitions = args.child
        print(json.dumps(child(corpus, int(workers), out, int(partitions))))
        return 0
    if not args.corpus.exists():
        print(f"the feed is not here ({args.corpus}): nothing to measure (it lives in ../shared beside the project)")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-dask-"))
    try:
        return run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(args, tmp: Path) -> int:
    corpus = tmp / "feed.jsonl"
    n, chars = write_corpus(args.corpus, corpus, args.n)
    print(f"Dask benchmark: {n} feed articles ({chars / n:.0f} characters on average), {os.cpu_count()} cores, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs: dict[int, list[dict]] = {w: [] for w in args.workers}
    print(f"{'round':>5} {'workers':>7} {'start s':>7} {'load s':>6} {'extract s':>9} {'art/s':>6} {'client cpu':>10} "
          f"{'task cpu':>8} {'busy':>11} {'longest':>7} {'load avg':>8}")
    for rnd in range(args.rounds):
        for w in args.workers:
            r = run_child(corpus, w, tmp / f"out-{w}", args.partitions)
            runs[w].append(r)
            print(f"{rnd + 1:>5} {w:>7} {r['start_s']:>7.1f} {r['warm_s']:>6.1f} {r['extract_s']:>9.1f} "
                  f"{r['art_per_s']:>6.1f} {r['client_cpu_s']:>10.1f} {r['task_cpu_s']:>8.1f} "
                  f"{'/'.join(f'{b:.2f}' for b in r['busy_fraction']):>11} {r['longest_task_s']:>7.1f} "
                  f"{r['load'][0]:>8.2f}", flush=True)
    result = {"n": n, "rounds": args.rounds, "runs": runs}
    if len(args.workers) >= 2:
        one, many = args.workers[0], args.workers[-1]
        for what in ("extract_s", "total_s"):
            ratios = [a[what] / b[what] for a, b in zip(runs[one], runs[many], strict=True)]
            result[f"speedup_{what}"] = statistics.median(ratios)
            print(f"speed-up {one} -> {many} workers, {'extraction' if what == 'extract_s' else 'whole run'}: "
                  f"median {statistics.median(ratios):.2f}x (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
        met = result["speedup_extract_s"] >= TARGET
        print(f"target >= {TARGET}x on the extraction: {'met' if met else 'NOT MET'}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
