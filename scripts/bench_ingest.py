#!/usr/bin/env python
"""End-to-end ingest throughput (read, extract, store) on SQLite and PostgreSQL; Dask scaling.

    .venv/bin/python scripts/bench_ingest.py [--n 10000] [--pg URL] [--dask-n 4000] [--skip-dask]

The corpus: the seed and dev articles in --n variants (distinct content
hashes), one JSON Lines file.  Each ingest runs in a fresh process (one
core for Rasd; PostgreSQL's server process is extra), timed by the wall
clock, with the time spent in the pipeline measured apart so the store's
own cost per article shows.  PostgreSQL: --pg URL, else RASD_TEST_PG, else
a throwaway server from scripts/ci/postgres.sh.  Dask: extraction of
--dask-n articles on a LocalCluster of 1 then 2 single-threaded workers.
Targets (issue 5): SQLite >= 30 articles/s per core; PostgreSQL within 2x.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchpg import pg_server

ROOT = Path(__file__).resolve().parents[1]
SQLITE_TARGET = 30.0
PG_MAX_RATIO = 2.0


def write_corpus(path: Path, n: int) -> None:
    texts = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with open(ROOT / "tests" / "data" / "gold" / name, encoding="utf-8") as fh:
            texts += [r for r in map(json.loads, fh) if r.get("text")]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            r = texts[i % len(texts)]
            fh.write(json.dumps({"id": f"{r['id']}-{i}", "published": r.get("published"), "url": r.get("url"),
                                 "outlet": r.get("outlet"),
                                 "text": f"{r['text']}\n\nنشر هذا التقرير ضمن أرشيف الأخبار، النسخة {i}."},
                                ensure_ascii=False) + "\n")


class TimedPipeline:
    def __init__(self):
        from rasd.pipeline import Pipeline

        self.pipe = Pipeline()
        self.seconds = 0.0

    def extract(self, article):
        t = time.perf_counter()
        try:
            return self.pipe.extract(article)
        finally:
            self.seconds += time.perf_counter() - t


def child_ingest(corpus: str, db: str) -> dict:
    from rasd.ingest.files import read_all
    from rasd.ingest.runner import ingest_items
    from rasd.store.db import Store

    t0 = time.perf_counter()
    store = Store(db)
    pipe = TimedPipeline()
    pipe.pipe.resources  # noqa: B018 - load the lexicons and indexes before the clock starts
    setup = time.perf_counter() - t0
    t1 = time.perf_counter()
    s = ingest_items(read_all([corpus]), store, pipe)
    wall = time.perf_counter() - t1
    t2 = time.perf_counter()
    s2 = ingest_items(read_all([corpus]), store, pipe)       # a re-run: everything already there
    rerun = time.perf_counter() - t2
    n = s.stored
    return {"stored": n, "failed": len(s.failures), "rerun_duplicates": s2.duplicates, "setup_s": setup,
            "wall_s": wall, "art_per_s": n / wall, "ms_extract": 1000 * pipe.seconds / max(n, 1),
            "ms_store_read": 1000 * (wall - pipe.seconds) / max(n, 1), "rerun_ms_per_article": 1000 * rerun / max(n, 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def fresh_pg_db(base: str) -> tuple[str, callable]:
    import psycopg

    server = base.rsplit("/", 1)[0]
    name = f"rasd_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server + "/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(server + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return f"{server}/{name}", drop


def child_dask(corpus: str, workers: int, out: str) -> dict:
    from rasd.scale.dask_engine import run_dask_extract, start_local_cluster

    t0 = time.perf_counter()
    client, cluster = start_local_cluster(workers)
    client.run(lambda: __import__("rasd.scale.dask_engine", fromlist=["x"]).worker_pipeline(
        __import__("rasd.scale.dask_engine", fromlist=["x"])._default_factory).resources)   # load on every worker
    setup = time.perf_counter() - t0
    t1 = time.perf_counter()
    n = run_dask_extract(corpus, out, client=client, partitions=4 * workers, log=lambda _m: None)
    wall = time.perf_counter() - t1
    mem = client.run(lambda: __import__("resource").getrusage(__import__("resource").RUSAGE_SELF).ru_maxrss / 1024.0)
    client.close()
    cluster.close()
    return {"workers": workers, "n": n, "setup_s": setup, "wall_s": wall, "art_per_s": n / wall,
            "worker_peak_rss_mb": max(mem.values()),
            "client_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--dask-n", type=int, default=4000)
    ap.add_argument("--pg", help="PostgreSQL server URL (a fresh database is created on it)")
    ap.add_argument("--skip-pg", action="store_true")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        res = child_ingest(*rest) if kind == "ingest" else child_dask(rest[0], int(rest[1]), rest[2])
        print(json.dumps(res))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    try:
        return run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(args, tmp: Path) -> int:
    corpus = tmp / "corpus.jsonl"
    write_corpus(corpus, args.n)
    print(f"rasd ingest benchmark: {args.n} articles ({corpus.stat().st_size / 2**20:.1f} MiB of JSON Lines), "
          f"{os.cpu_count()} cores")
    rows = []
    sq = run_child("ingest", str(corpus), f"sqlite:///{tmp / 'bench.sqlite'}")
    rows.append(("SQLite", sq))
    pg = None
    if not args.skip_pg:
        base, stop = pg_server(args.pg, required=False)
        if base is None:
            print("PostgreSQL: no server (pass --pg URL); skipped")
        else:
            url, drop = fresh_pg_db(base)
            try:
                pg = run_child("ingest", str(corpus), url)
                rows.append(("PostgreSQL", pg))
            finally:
                drop()
                stop()
    print(f"{'store':<11} {'stored':>7} {'art/s':>7} {'ms extract':>10} {'ms store+read':>13} {'ms re-run':>9} "
          f"{'peak MB':>8}")
    for name, r in rows:
        print(f"{name:<11} {r['stored']:>7} {r['art_per_s']:>7.1f} {r['ms_extract']:>10.2f} {r['ms_store_read']:>13.2f} "
              f"{r['rerun_ms_per_article']:>9.2f} {r['peak_rss_mb']:>8.0f}")
    ok = sq["art_per_s"] >= SQLITE_TARGET and sq["stored"] == args.n
    print(f"SQLite: {sq['art_per_s']:.1f} articles/s on one core (target >= {SQLITE_TARGET:.0f}): "
          f"{'ok' if sq['art_per_s'] >= SQLITE_TARGET else 'BELOW TARGET'}")
    if pg:
        ratio = sq["art_per_s"] / pg["art_per_s"]
        ok &= ratio <= PG_MAX_RATIO and pg["stored"] == args.n
        print(f"PostgreSQL takes {ratio:.2f}x SQLite's time per article (target <= {PG_MAX_RATIO:.0f}x): "
              f"{'ok' if ratio <= PG_MAX_RATIO else 'ABOVE TARGET'}")
    if not args.skip_dask:
        dn = min(args.dask_n, args.n)
        dcorpus = tmp / "dask.jsonl"
        write_corpus(dcorpus, dn)
        d = [run_child("dask", str(dcorpus), str(w), str(tmp / f"dask-out-{w}")) for w in (1, 2)]
        print(f"{'dask workers':<13} {'articles':>8} {'art/s':>7} {'speed-up':>8} {'start s':>7} {'worker MB':>9} "
              f"{'client MB':>9}")
        for r in d:
            print(f"{r['workers']:<13} {r['n']:>8} {r['art_per_s']:>7.1f} {r['art_per_s'] / d[0]['art_per_s']:>8.2f} "
                  f"{r['setup_s']:>7.1f} {r['worker_peak_rss_mb']:>9.0f} {r['client_peak_rss_mb']:>9.0f}")
        print(f"(the machine has {os.cpu_count()} cores; the client and scheduler share them with the workers)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
