"""Distributed extraction on Dask: `rasd extract --engine dask`.

The client reads the corpus (a JSON Lines file or a directory, exactly as
`rasd extract` does), cuts the articles into contiguous partitions and
submits one task per partition.  Each worker process loads the pipeline's
resources once (a `Pipeline` pickles to an empty recipe) and keeps them
for every later partition.  Results come back to the client, which writes
one part per partition under the output directory (`part-00000.jsonl`, or
`.parquet`), each atomically (written aside, then renamed), so the parts in
order are the single-process output in order.

With `--db`: a PostgreSQL store is written by the workers themselves, each
article in its own transaction (a shared server is what lets many machines
write); a SQLite store is a file on the client's machine, so the client
writes it from the returned extractions.  Either way an article already
stored (same content hash) is skipped, so a partition that Dask re-runs
after a worker died does not double anything.

Without a scheduler address a LocalCluster with two single-threaded worker
processes on 127.0.0.1 is started (and stopped at the end).  See
docs/scaling.md for a real cluster.
"""
from __future__ import annotations

import bisect
import itertools
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rasd.ingest.files import IngestFailure, read_all
from rasd.ingest.runner import FailureLog, save_with_retry
from rasd.model import Article

PARTITION_TARGET = 250         # articles per partition at most by default: bounds task memory and retry cost
# partitions per worker at least: the last ones finish close together, so no worker waits long for the
# others at the end (with 2 per worker, a worker sat idle for up to a quarter of the run: scripts/bench_dask.py)
PARTS_PER_WORKER = 8
PARQUET_JSON_COLUMNS = ("places", "actors", "events", "movements", "claims")

# per worker process: pipelines and stores survive from one task to the next
_PIPELINES: dict[str, Any] = {}
_STORES: dict[str, Any] = {}


def _default_factory():
    from rasd.pipeline import Pipeline

    return Pipeline()


def _factory_key(factory: Callable[[], Any]) -> str:
    return f"{getattr(factory, '__module__', '?')}.{getattr(factory, '__qualname__', repr(factory))}"


def worker_pipeline(factory: Callable[[], Any]):
    key = _factory_key(factory)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = _PIPELINES[key] = factory()
    return pipe


def worker_store(url: str):
    """(Store, FailureLog) of this worker process for `url`."""
    got = _STORES.get(url)
    if got is None:
        from rasd.store.db import Store

        store = Store(url)
        got = _STORES[url] = (store, FailureLog(store))
    return got


def extract_partition(part: int, articles: list[Article], factory: Callable[[], Any] = _default_factory,
                      store_url: str | None = None, return_extractions: bool = False,
                      as_jsonl: bool = False) -> dict[str, Any]:
    """Runs on a worker: extract (and store) one partition; never raises for one bad article.

    With `as_jsonl` the records come back as their JSON Lines text (`jsonl`), so that the worker, not
    the client, spends the time encoding them, and the client only writes a string.
    """
    from rasd.export.jsonl import prediction_record

    started, cpu_started = time.perf_counter(), time.process_time()
    pipe = worker_pipeline(factory)
    store, failures = worker_store(store_url) if store_url else (None, None)
    out: dict[str, Any] = {"part": part, "records": [], "extractions": [], "failures": [],
                           "stored": 0, "duplicates": 0, "pid": os.getpid()}
    for art in articles:
        try:
            ex = pipe.extract(art)
        except Exception as exc:  # noqa: BLE001 - one article's failure is reported, the partition goes on
            out["failures"].append((art.source_path or art.id, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        out["records"].append(prediction_record(ex))
        if return_extractions:
            out["extractions"].append(ex)
        if store is not None:
            try:
                res = save_with_retry(store, ex)
            except Exception as exc:  # noqa: BLE001 - a store error on one article is reported, the partition goes on
                out["failures"].append((art.source_path or art.id, f"storage failed: {type(exc).__name__}: {exc}"))
                continue
            out["stored" if res.stored else "duplicates"] += 1
    if failures is not None:
        for source, reason in out["failures"]:
            failures.record(source, reason)
    out["n"] = len(out["records"])
    if as_jsonl:
        out["jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out["records"])
        out["records"] = None
    out["seconds"], out["cpu_seconds"] = time.perf_counter() - started, time.process_time() - cpu_started
    return out


def split_by_length(articles: list[Article], n: int) -> list[list[Article]]:
    """`articles` in `n` contiguous slices (no empty ones) of nearly equal total text length.

    The time an article takes grows with its length, so equal lengths make partitions that take
    about equally long, and the workers finish together.
    """
    n = max(1, min(n, len(articles)))
    cum = list(itertools.accumulate((max(1, len(a.text)) for a in articles), initial=0))
    cuts = [0]
    for j in range(1, n):
        target = cum[-1] * j / n
        lo, hi = cuts[-1] + 1, len(articles) - (n - j)     # every slice keeps at least one article
        k = min(max(bisect.bisect_left(cum, target, lo, hi + 1), lo), hi)
        if k > lo and target - cum[k - 1] < cum[k] - target:
            k -= 1                                          # the nearer of the two cuts around the target
        cuts.append(k)
    cuts.append(len(articles))
    return [articles[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    write(tmp)
    os.replace(tmp, path)


def write_jsonl_part(path: Path, records: list[dict] | str) -> None:
    """A part of JSON Lines: records, or their text already encoded (by the worker)."""
    def w(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            if isinstance(records, str):
                fh.write(records)
            else:
                for r in records:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    _write_atomic(path, w)


def parquet_table(records: list[dict]):
    """One row per article; the nested lists (events, places, ...) as JSON text columns.

    A fixed schema: Parquet parts written by different workers must agree, and
    nested fields whose type varies (a claim's source is a name or a list)
    would not.  Read back with pyarrow or pandas and json.loads the columns.
    """
    import pyarrow as pa

    scalar = ("id", "url", "outlet", "language", "published")
    cols: dict[str, list] = {k: [] for k in scalar + PARQUET_JSON_COLUMNS}
    for r in records:
        for k in scalar:
            v = r.get(k)
            cols[k].append(None if v is None else str(v))
        for k in PARQUET_JSON_COLUMNS:
            cols[k].append(json.dumps(r.get(k, []), ensure_ascii=False))
    schema = pa.schema([(k, pa.string()) for k in cols])
    return pa.table(cols, schema=schema)


def write_parquet_part(path: Path, records: list[dict]) -> None:
    import pyarrow.parquet as pq

    _write_atomic(path, lambda tmp: pq.write_table(parquet_table(records), tmp))


def read_output(output: str | Path) -> list[dict]:
    """The records of a partitioned output directory, in order (JSONL or Parquet parts)."""
    out: list[dict] = []
    for part in sorted(Path(output).glob("part-*")):
        if part.suffix == ".jsonl":
            with open(part, encoding="utf-8") as fh:
                out.extend(json.loads(line) for line in fh if line.strip())
        elif part.suffix == ".parquet":
            import pyarrow.parquet as pq

            for row in pq.read_table(part).to_pylist():
                for k in PARQUET_JSON_COLUMNS:
                    row[k] = json.loads(row[k]) if row[k] is not None else []
                out.append(row)
    return out


def start_local_cluster(n_workers: int = 2):
    from dask.distributed import Client, LocalCluster

    # No dashboard; the scheduler still serves a small HTTP endpoint (health checks), on 8787 unless told
    # otherwise, and warned when another program (another cluster) held that port: any free port will do.
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                           processes=True, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    return Client(cluster), cluster


def _log(msg: str) -> None:
    print(msg, file=sys.stderr)


def _read_source(source: str | Path | Iterable[Article | IngestFailure],
                 log: Callable[[str], None]) -> tuple[list[Article], list[IngestFailure]]:
    """Step 1: the articles of `source`, and what could not be read (logged here)."""
    items = list(read_all([source]) if isinstance(source, (str, Path)) else source)
    failures = [x for x in items if isinstance(x, IngestFailure)]
    for f in failures:
        log(f"skipped {f.source}: {f.reason}")
    return [x for x in items if isinstance(x, Article)], failures


def _open_store(db: str | None, failures: list[IngestFailure]):
    """Step 2: (client store, its failure log, the URL workers write to) for `db`, or Nones.

    The client creates or migrates the schema once, before the workers.  A PostgreSQL store is
    written by the workers; a SQLite file by the client, from the extractions they return.
    """
    if not db:
        return None, None, None
    from rasd.store.db import Store

    store = Store(db)
    failure_log = FailureLog(store)
    for f in failures:
        failure_log.record(f.source, f.reason)
    return store, failure_log, (db if store.dialect != "sqlite" else None)


def _prepare_output(output: str | Path) -> Path | None:
    """Step 3: the output directory, emptied of an earlier run's parts; None for stdout ("-")."""
    if str(output) == "-":
        return None
    out_dir = Path(output)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("part-*"):      # parts of an earlier run with other partitions
        stale.unlink()
    return out_dir


def _connect(client, scheduler: str | None):
    """Step 4: (client, the LocalCluster started here or None)."""
    if client is not None:
        return client, None
    if scheduler:
        from dask.distributed import Client

        return Client(scheduler), None
    return start_local_cluster()


def _submit(client, articles: list[Article], partitions: int, factory: Callable[[], Any],
            worker_store_url: str | None, want_ex: bool, as_jsonl: bool) -> list:
    """Step 5: one task per partition (PARTS_PER_WORKER per worker at least, of even text length)."""
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    n_parts = partitions if partitions > 0 else max(PARTS_PER_WORKER * n_workers,
                                                    math.ceil(len(articles) / PARTITION_TARGET))
    parts = split_by_length(articles, n_parts)
    return [client.submit(extract_partition, i, chunk, factory, worker_store_url, want_ex, as_jsonl,
                          key=f"rasd-extract-{i:05d}-{os.getpid()}-{id(parts)}", retries=2, pure=False)
            for i, chunk in enumerate(parts)]


class _Collector:
    """Step 6: takes partitions as they finish; writes their parts at once, and stdout and a
    client-side store in input order."""

    def __init__(self, fmt: str, out_dir: Path | None, store, failure_log, want_ex: bool,
                 log: Callable[[str], None], on_result: Callable[[dict], None] | None):
        self.fmt, self.out_dir, self.store, self.failure_log = fmt, out_dir, store, failure_log
        self.want_ex, self.log, self.on_result = want_ex, log, on_result
        self.done: dict[int, dict] = {}
        self.next_out = 0
        self.n = self.stored = self.dups = 0

    def take(self, res: dict) -> None:
        i = res["part"]
        if self.on_result is not None:
            self.on_result({"part": i, "pid": res["pid"], "articles": res["n"],
                            "seconds": res["seconds"], "cpu_seconds": res["cpu_seconds"]})
        self.n += res["n"]
        self.stored += res["stored"]
        self.dups += res["duplicates"]
        for source, reason in res["failures"]:
            self.log(f"failed {source}: {reason}")
        if self.out_dir is not None:
            path = self.out_dir / f"part-{i:05d}.{self.fmt}"
            if self.fmt == "jsonl":
                write_jsonl_part(path, res["jsonl"])
            else:
                write_parquet_part(path, res["records"])
            res["records"] = res["jsonl"] = None
        self.done[i] = res
        while self.next_out in self.done:
            self._in_order(self.done.pop(self.next_out))
            self.next_out += 1

    def _in_order(self, r: dict) -> None:
        if self.out_dir is None:
            sys.stdout.write(r["jsonl"])
        if self.want_ex:
            for ex in r["extractions"]:
                if save_with_retry(self.store, ex).stored:
                    self.stored += 1
                else:
                    self.dups += 1
            for source, reason in r["failures"]:
                self.failure_log.record(source, reason)


def run_dask_extract(source: str | Path | Iterable[Article | IngestFailure], output: str | Path,
                     scheduler: str | None = None, partitions: int = 0, fmt: str = "jsonl",
                     db: str | None = None, *, client=None, pipeline_factory: Callable[[], Any] | None = None,
                     log: Callable[[str], None] = _log, on_result: Callable[[dict], None] | None = None) -> int:
    """Extract `source` on Dask; returns the number of articles extracted.

    `source`: a JSON Lines file or directory (or already-read items); `output`: a directory
    for the parts, or "-" for JSON Lines on stdout; `db`: also store the results.
    `client`/`pipeline_factory` are for embedding and tests; `on_result` hears of every finished
    partition ({part, pid, articles, seconds, cpu_seconds}: scripts/bench_dask.py).
    """
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"unknown format {fmt!r} (jsonl or parquet)")
    if str(output) == "-" and fmt != "jsonl":
        raise ValueError("Parquet output needs a directory (-o DIR)")
    articles, failures = _read_source(source, log)
    client_store, failure_log, worker_store_url = _open_store(db, failures)
    out_dir = _prepare_output(output)
    if not articles:
        if client_store is not None:
            client_store.close()
        return 0
    own_cluster = None
    try:
        client, own_cluster = _connect(client, scheduler)
        from dask.distributed import as_completed

        want_ex = client_store is not None and worker_store_url is None
        futures = _submit(client, articles, partitions, pipeline_factory or _default_factory,
                          worker_store_url, want_ex, fmt == "jsonl")
        collector = _Collector(fmt, out_dir, client_store, failure_log, want_ex, log, on_result)
        for fut in as_completed(futures):
            res = fut.result()
            fut.release()
            collector.take(res)
        if db:
            log(f"store: {collector.stored} stored, {collector.dups} already present")
        return collector.n
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
        if client_store is not None:
            client_store.close()
