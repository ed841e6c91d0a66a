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

import json
import math
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rasd.ingest.files import IngestFailure, read_all
from rasd.ingest.runner import FailureLog, save_with_retry
from rasd.model import Article

PARTITION_TARGET = 1000        # articles per partition at most by default: bounds task memory and retry cost
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
                      store_url: str | None = None, return_extractions: bool = False) -> dict[str, Any]:
    """Runs on a worker: extract (and store) one partition; never raises for one bad article."""
    from rasd.export.jsonl import prediction_record

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
    return out


def split(items: list, n: int) -> list[list]:
    """`items` in `n` contiguous, nearly equal slices (no empty ones)."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return [p for p in out if p]


def _write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    write(tmp)
    os.replace(tmp, path)


def write_jsonl_part(path: Path, records: list[dict]) -> None:
    def w(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
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

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0",
                           processes=True)
    return Client(cluster), cluster


def _log(msg: str) -> None:
    print(msg, file=sys.stderr)


def run_dask_extract(source: str | Path | Iterable[Article | IngestFailure], output: str | Path,
                     scheduler: str | None = None, partitions: int = 0, fmt: str = "jsonl",
                     db: str | None = None, *, client=None, pipeline_factory: Callable[[], Any] | None = None,
                     log: Callable[[str], None] = _log) -> int:
    """Extract `source` on Dask; returns the number of articles extracted.

    `source`: a JSON Lines file or directory (or already-read items); `output`: a directory
    for the parts, or "-" for JSON Lines on stdout; `db`: also store the results.
    `client`/`pipeline_factory` are for embedding and tests.
    """
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"unknown format {fmt!r} (jsonl or parquet)")
    to_stdout = str(output) == "-"
    if to_stdout and fmt != "jsonl":
        raise ValueError("Parquet output needs a directory (-o DIR)")
    factory = pipeline_factory or _default_factory
    items = list(read_all([source]) if isinstance(source, (str, Path)) else source)
    articles = [x for x in items if isinstance(x, Article)]
    failures = [x for x in items if isinstance(x, IngestFailure)]
    for f in failures:
        log(f"skipped {f.source}: {f.reason}")
    client_store = None
    worker_store_url = None
    if db:
        from rasd.store.db import Store

        client_store = Store(db)          # creates or migrates the schema once, before the workers
        failure_log = FailureLog(client_store)
        for f in failures:
            failure_log.record(f.source, f.reason)
        if client_store.dialect != "sqlite":
            worker_store_url = db
    out_dir = None
    if not to_stdout:
        out_dir = Path(output)
        out_dir.mkdir(parents=True, exist_ok=True)
        for stale in out_dir.glob("part-*"):      # parts of an earlier run with other partitions
            stale.unlink()
    if not articles:
        return 0

    own_cluster = None
    if client is None:
        if scheduler:
            from dask.distributed import Client

            client = Client(scheduler)
        else:
            client, own_cluster = start_local_cluster()
    try:
        from dask.distributed import as_completed

        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        n_parts = partitions if partitions > 0 else max(2 * n_workers, math.ceil(len(articles) / PARTITION_TARGET))
        parts = split(articles, n_parts)
        want_ex = client_store is not None and worker_store_url is None
        futures = [client.submit(extract_partition, i, chunk, factory, worker_store_url, want_ex,
                                 key=f"rasd-extract-{i:05d}-{os.getpid()}-{id(parts)}", retries=2, pure=False)
                   for i, chunk in enumerate(parts)]
        done: dict[int, dict] = {}
        next_out = 0
        n = stored = dups = 0
        for fut in as_completed(futures):
            res = fut.result()
            fut.release()
            i = res["part"]
            n += len(res["records"])
            stored += res["stored"]
            dups += res["duplicates"]
            for source, reason in res["failures"]:
                log(f"failed {source}: {reason}")
            if out_dir is not None:
                path = out_dir / f"part-{i:05d}.{fmt}"
                (write_jsonl_part if fmt == "jsonl" else write_parquet_part)(path, res["records"])
                res["records"] = None
            done[i] = res
            # stdout and a SQLite store are written in input order, as partitions arrive
            while next_out in done:
                r = done.pop(next_out)
                if to_stdout:
                    for rec in r["records"]:
                        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
                if want_ex:
                    for ex in r["extractions"]:
                        if save_with_retry(client_store, ex).stored:
                            stored += 1
                        else:
                            dups += 1
                    for source, reason in r["failures"]:
                        failure_log.record(source, reason)
                next_out += 1
        if db:
            log(f"store: {stored} stored, {dups} already present")
        return n
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
        if client_store is not None:
            client_store.close()
