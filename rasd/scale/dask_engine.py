"""Distributed extraction on Dask: `rasd extract --engine dask`.

The client cuts the corpus (a JSON Lines file or a directory, exactly as
`rasd extract` reads it) into contiguous partitions of about equal size in
bytes, without reading the articles: a plain JSON Lines file is cut at line
starts (found by looking for newlines), other files are taken whole.  One
task per partition reads its own slices and files, extracts them and writes
its own part under the output directory (`part-00000.jsonl`, or `.parquet`),
atomically (written aside, then renamed), so the parts in order are the
single-process output in order; it returns only counts and failures.  So
the client neither parses nor ships texts nor gathers results, and the
workers start at once.  That needs the workers to see the corpus and the
output directory at the same paths (a shared file system); the client
checks this first (same sizes and modification times, a marker file in the
output directory), and when they do not, it reads the corpus itself, ships
the articles and writes the parts from what the tasks return.

Each worker process loads the pipeline's resources once (a `Pipeline`
pickles to an empty recipe) and keeps them for every later partition.

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
import mmap
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.ingest.files import (IngestFailure, expand, is_jsonl, is_plain_jsonl, label, open_regular, read_all,
                               read_jsonl_range, read_path)
from rasd.ingest.runner import FailureLog, save_with_retry
from rasd.model import Article

PARTITION_TARGET = 250         # articles per partition at most by default: bounds task memory and retry cost
PARTITION_BYTES = 1 << 20      # the same bound when the workers read the corpus: ~250 feed articles as JSON Lines
# partitions per worker at least: the last ones finish close together, so no worker waits long for the
# others at the end (with 2 per worker, a worker sat idle for up to a quarter of the run: scripts/bench_dask.py)
PARTS_PER_WORKER = 8
# the last partitions shrink, each to a (2 x workers)-th of what is left, down to this share of a full one:
# the workers then finish within a small partition's time of each other (scripts/bench_dask.py)
TAPER_FLOOR = 1 / 8
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


@dataclass(frozen=True)
class Piece:
    """What a task reads itself: the lines of a plain JSON Lines file from byte `start` to `end`, the
    first of them line `first_line`; or, with `end` None, a whole file of any kind `rasd extract` reads."""
    path: str
    size: int
    start: int = 0
    end: int | None = None
    first_line: int = 1

    def read(self) -> Iterator[Article | IngestFailure]:
        if self.end is None:
            return read_path(Path(self.path))
        return read_jsonl_range(Path(self.path), self.start, self.end, self.first_line)


@dataclass
class Job:
    """One partition's task: the articles the client read, or the pieces the worker reads itself."""
    part: int
    items: list[Article] | list[Piece]
    store_url: str | None = None        # a store the workers write themselves (PostgreSQL)
    return_extractions: bool = False    # for a store the client writes (SQLite)
    part_path: str | None = None        # the worker writes the part here; without it the records go back
    fmt: str = "jsonl"


def _job_articles(job: Job) -> tuple[list[Article], list[tuple[str, str]]]:
    """The articles of a job, and (source, reason) for what could not be read."""
    if not job.items or isinstance(job.items[0], Article):
        return list(job.items), []
    articles, skipped = [], []
    for piece in job.items:
        for x in piece.read():
            if isinstance(x, Article):
                articles.append(x)
            else:
                skipped.append((x.source, x.reason))
    return articles, skipped


def _emit(job: Job, out: dict[str, Any]) -> None:
    """The partition's records: written to the job's part (by this worker), else returned as JSON
    Lines text (encoded here, so the client only writes a string) or, for Parquet, as records."""
    if job.fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out["records"])
        if job.part_path:
            write_jsonl_part(Path(job.part_path), text)
        else:
            out["jsonl"] = text
        out["records"] = None
    elif job.part_path:
        write_parquet_part(Path(job.part_path), out["records"])
        out["records"] = None
    out["written"] = bool(job.part_path)


def extract_partition(job: Job, factory: Callable[[], Any] = _default_factory) -> dict[str, Any]:
    """Runs on a worker: read (when the job holds pieces), extract, store and write one partition;
    never raises for one bad article."""
    from rasd.export.jsonl import prediction_record

    started, cpu_started = time.perf_counter(), time.process_time()
    pipe = worker_pipeline(factory)
    store, failures = worker_store(job.store_url) if job.store_url else (None, None)
    articles, skipped = _job_articles(job)
    out: dict[str, Any] = {"part": job.part, "records": [], "extractions": [], "failures": [], "skipped": skipped,
                           "stored": 0, "duplicates": 0, "pid": os.getpid()}
    return_extractions = job.return_extractions
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
        for source, reason in skipped + out["failures"]:
            failures.record(source, reason)
    out["n"] = len(out["records"])
    _emit(job, out)
    out["seconds"], out["cpu_seconds"] = time.perf_counter() - started, time.process_time() - cpu_started
    return out


def tapered_sizes(n: int, n_workers: int) -> list[float]:
    """The sizes (a full partition is 1) in which to cut `n` full partitions' worth of work so that
    the workers finish together: full ones while much is left, then each a (2 x workers)-th of what
    is left, down to TAPER_FLOOR; a sliver left at the end goes with the last one."""
    sizes: list[float] = []
    left = float(n)
    while left > 1e-9:
        size = min(1.0, left, max(TAPER_FLOOR, left / (2 * n_workers)))
        if left - size < TAPER_FLOOR / 2:
            size = left
        sizes.append(size)
        left -= size
    return sizes


def split_by_weight(items: list, weights: list[int], n: int, sizes: list[float] | None = None) -> list[list]:
    """`items` in `n` contiguous slices (no empty ones) of nearly equal total weight; or, given
    `sizes`, in as many slices as sizes, of weights nearly in their proportions."""
    sizes = sizes or [1.0] * n
    bounds = list(itertools.accumulate(sizes))
    n = max(1, min(len(sizes), len(items)))
    cum = list(itertools.accumulate((max(1, w) for w in weights), initial=0))
    cuts = [0]
    for j in range(1, n):
        target = cum[-1] * bounds[j - 1] / bounds[-1]
        lo, hi = cuts[-1] + 1, len(items) - (n - j)         # every slice keeps at least one item
        k = min(max(bisect.bisect_left(cum, target, lo, hi + 1), lo), hi)
        if k > lo and target - cum[k - 1] < cum[k] - target:
            k -= 1                                          # the nearer of the two cuts around the target
        cuts.append(k)
    cuts.append(len(items))
    return [items[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def split_by_length(articles: list[Article], n: int) -> list[list[Article]]:
    """`articles` in `n` contiguous slices (no empty ones) of nearly equal total text length.

    The time an article takes grows with its length, so equal lengths make partitions that take
    about equally long, and the workers finish together.
    """
    return split_by_weight(articles, [len(a.text) for a in articles], n)


def jsonl_pieces(path: Path, n: int) -> list[Piece]:
    """A plain JSON Lines file in at most `n` slices of nearly equal size, each cut at the start of a
    line; the lines before each cut are counted, so that failures name the same lines as before."""
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            return []
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            pieces: list[Piece] = []
            start, line = 0, 1
            for j in range(1, n + 1):
                newline = mm.find(b"\n", max(start, size * j // n)) if j < n else -1
                end = size if newline < 0 else newline + 1
                if end <= start:
                    continue
                pieces.append(Piece(str(path), end - start, start, end, line))
                line += mm[start:end].count(b"\n")
                start = end
                if end >= size:
                    break
    return pieces


def plan_pieces(paths: list[Path], grain: int) -> list[Piece] | None:
    """The corpus files in pieces to make partitions of: plain JSON Lines files cut at line starts
    into slices of about `grain` bytes, every other file whole; None when a JSON Lines file larger
    than that cannot be cut without reading it (gzipped, UTF-16): one task would read it all."""
    sizes = [p.stat().st_size for p in paths]
    target = max(1, grain)
    pieces: list[Piece] = []
    for path, size in zip(paths, sizes, strict=True):
        if size <= target:
            pieces.append(Piece(str(path), size))
        elif is_plain_jsonl(path):
            pieces.extend(jsonl_pieces(path, math.ceil(size / target)))
        elif is_jsonl(path):
            return None
        else:
            pieces.append(Piece(str(path), size))
    return pieces


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


def _list_source(source: str | Path) -> tuple[list[Path], list[IngestFailure]]:
    """Step 1 (the workers read): the files of `source` in `rasd extract`'s order, and what is not a
    file that could be read (as `read_all` reports it)."""
    files, failures = [], []
    for path in expand([source]):
        if not path.exists():
            what = "broken symbolic link" if path.is_symlink() else "no such file or directory"
            failures.append(IngestFailure(label(path), what))
        elif path.is_dir():
            failures.append(IngestFailure(label(path), "cannot list the directory (permission denied?)"))
        else:
            files.append(path)
    return files, failures


def _articles(items: Iterable[Article | IngestFailure]) -> tuple[list[Article], list[IngestFailure]]:
    """The articles among `items` (read by the client), and what could not be read."""
    items = list(items)
    return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, IngestFailure)]


def _take_source(source: str | Path | Iterable[Article | IngestFailure]):
    """Step 1: (the files of a corpus path, or None; already-read articles, or None; failures so far)."""
    if isinstance(source, (str, Path)):
        files, failures = _list_source(source)
        return files, None, failures
    articles, failures = _articles(source)
    return None, articles, failures


def _file_stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _sees(stamps: dict[str, tuple[int, int] | None], marker: str | None) -> bool:
    """Runs on every worker: whether it sees the files as the client does, and the marker file."""
    return (marker is None or os.path.exists(marker)) and all(_file_stamp(p) == s for p, s in stamps.items())


def workers_share_files(client, files: list[Path], out_dir: Path | None) -> bool:
    """Whether every worker sees `files` (same sizes and modification times) and `out_dir` as the client
    does, through a marker file written there with a random name: a local cluster, or a shared file system."""
    stamps = {str(p): _file_stamp(str(p)) for p in files}
    marker = out_dir / f".rasd-shared-{secrets.token_hex(8)}" if out_dir is not None else None
    try:
        if marker is not None:
            marker.touch()
        seen = client.run(_sees, stamps, str(marker) if marker is not None else None)
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)
    return bool(seen) and all(seen.values())


def _open_store(db: str | None):
    """Step 2: (client store, its failure log, the URL workers write to) for `db`, or Nones.

    The client creates or migrates the schema once, before the workers.  A PostgreSQL store is
    written by the workers; a SQLite file by the client, from the extractions they return.
    """
    if not db:
        return None, None, None
    from rasd.store.db import Store

    store = Store(db)
    return store, FailureLog(store), (db if store.dialect != "sqlite" else None)


def _report(failures: list[IngestFailure], log: Callable[[str], None], failure_log) -> None:
    for f in failures:
        log(f"skipped {f.source}: {f.reason}")
        if failure_log is not None:
            failure_log.record(f.source, f.reason)


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


def _part_sizes(client, partitions: int, size: int, per_part: int) -> list[float]:
    """The partitions' sizes (a full one is 1): as many equal ones as asked for; else PARTS_PER_WORKER
    full ones per worker at least and at most `per_part` of `size` in each, the last ones tapered."""
    if partitions > 0:
        return [1.0] * partitions
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    return tapered_sizes(max(PARTS_PER_WORKER * n_workers, math.ceil(size / per_part)), n_workers)


def _partitions(client, files: list[Path] | None, articles: list[Article] | None, partitions: int,
                out_dir: Path | None, log: Callable[[str], None]) -> tuple[list[list], list[IngestFailure], bool]:
    """Step 5: (the partitions, what the client found unreadable, whether the workers read the corpus
    and write the parts themselves).  Pieces in partitions of the sizes planned when the workers see
    the files, else the articles, read here, in partitions of those sizes in text length."""
    failures: list[IngestFailure] = []
    if files is not None:
        if workers_share_files(client, files, out_dir):
            total = sum(p.stat().st_size for p in files)
            sizes = _part_sizes(client, partitions, total, PARTITION_BYTES)
            pieces = plan_pieces(files, int(total * min(sizes) / sum(sizes)))
            if pieces is not None:
                return split_by_weight(pieces, [p.size for p in pieces], len(sizes), sizes), failures, True
            log("a compressed JSON Lines file cannot be cut without reading it: the client reads the corpus")
        else:
            log("the workers do not see the corpus or the output directory at the client's paths: "
                "the client reads the corpus and writes the parts")
        articles, failures = _articles(read_all(files))
    sizes = _part_sizes(client, partitions, len(articles), PARTITION_TARGET)
    return split_by_weight(articles, [len(a.text) for a in articles], len(sizes), sizes), failures, False


def _submit(client, parts: list[list], jobs: dict[str, Any], out_dir: Path | None, fmt: str,
            factory: Callable[[], Any]) -> list:
    """Step 6: one task per partition."""
    return [client.submit(extract_partition,
                          Job(i, chunk, part_path=str(out_dir / f"part-{i:05d}.{fmt}") if out_dir else None,
                              fmt=fmt, **jobs),
                          factory, key=f"rasd-extract-{i:05d}-{os.getpid()}-{id(parts)}", retries=2, pure=False)
            for i, chunk in enumerate(parts)]


class _Collector:
    """Step 7: takes partitions as they finish; writes the parts the workers did not write at once,
    and stdout and a client-side store in input order."""

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
        for source, reason in res["skipped"]:
            self.log(f"skipped {source}: {reason}")
        for source, reason in res["failures"]:
            self.log(f"failed {source}: {reason}")
        if self.out_dir is not None and not res["written"]:
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
            for source, reason in r["skipped"] + r["failures"]:
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
    files, articles, failures = _take_source(source)
    client_store, failure_log, worker_store_url = _open_store(db)
    _report(failures, log, failure_log)
    out_dir = _prepare_output(output)
    if not files and not articles:
        if client_store is not None:
            client_store.close()
        return 0
    own_cluster = None
    try:
        client, own_cluster = _connect(client, scheduler)
        from dask.distributed import as_completed

        parts, failures, shared = _partitions(client, files, articles, partitions, out_dir, log)
        _report(failures, log, failure_log)
        want_ex = client_store is not None and worker_store_url is None
        jobs = {"store_url": worker_store_url, "return_extractions": want_ex}
        futures = _submit(client, parts, jobs, out_dir if shared else None, fmt,
                          pipeline_factory or _default_factory)
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
