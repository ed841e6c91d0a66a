"""Distributed extraction: a 2-worker local Dask cluster gives exactly the single-process output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed", reason="dask[distributed] is needed for the Dask engine")

from rasd.scale import dask_engine
from rasd.scale.dask_engine import read_output, run_dask_extract, split_by_length, split_by_weight, tapered_sizes
from rasd.model import Article
from rasd.store.db import Store
from rasd.store.queries import summary

N = 300


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, dev_texts) -> Path:
    path = tmp_path_factory.mktemp("dask") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            d = dev_texts[i % len(dev_texts)]
            fh.write(json.dumps({"id": f"{d['id']}-{i}", "published": d["published"], "url": d["url"],
                                 "text": f"{d['text']}\n\nنشر هذا التقرير ضمن أرشيف الأخبار، النسخة {i}."},
                                ensure_ascii=False) + "\n")
        fh.write('{"id": "broken", "text": \n')
    return path


@pytest.fixture(scope="module")
def single_process(corpus) -> list[dict]:
    """The reference: `rasd extract` with the local engine."""
    from rasd.cli import app

    out = corpus.parent / "local.jsonl"
    r = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert r.exit_code == 0, r.output
    with open(out, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def client():
    client, cluster = dask_engine.start_local_cluster(2)
    yield client
    client.close()
    cluster.close()


def test_split_is_contiguous_complete_and_even_in_length():
    def arts(*lengths):
        return [Article(id=str(i), text="ب" * n) for i, n in enumerate(lengths)]

    def ids(parts):
        return [[a.id for a in p] for p in parts]

    even = arts(*[10] * 10)
    assert ids(split_by_length(even, 3)) == [["0", "1", "2"], ["3", "4", "5", "6"], ["7", "8", "9"]]
    assert ids(split_by_length(even, 50)) == [[str(i)] for i in range(10)]
    assert split_by_length([], 4) == []
    # one long article gets a partition to itself; the short ones share theirs
    assert ids(split_by_length(arts(1, 1, 1, 1, 100, 1, 1, 1, 1), 3)) == [["0", "1", "2", "3"], ["4"],
                                                                          ["5", "6", "7", "8"]]
    for n in range(1, 12):
        parts = split_by_length(arts(5, 80, 3, 3, 40, 7, 1, 1, 60, 2), n)
        assert len(parts) == min(n, 10) and all(parts)
        assert [a.id for p in parts for a in p] == [str(i) for i in range(10)]
    lengths = [sum(len(a.text) for a in p) for p in split_by_length(arts(*range(1, 201)), 8)]
    assert max(lengths) - min(lengths) <= 200      # within one article of equal


def test_tapered_partitions_end_small():
    """The last partitions shrink, so that the workers end within a small partition's time of each other."""
    sizes = tapered_sizes(40, 2)
    assert sum(sizes) == pytest.approx(40) and sizes[:36] == [1.0] * 36
    assert all(a >= b for a, b in zip(sizes[:-2], sizes[1:-1], strict=True)) and max(sizes[-4:]) < 0.2
    assert all(s >= 1 / 8 for s in sizes) and tapered_sizes(8, 1)[-1] < 0.2
    parts = split_by_weight(list(range(1000)), [1] * 1000, len(sizes), sizes)
    assert [x for p in parts for x in p] == list(range(1000)) and len(parts) == len(sizes)
    assert [len(p) for p in parts[:36]] == [25] * 36 and len(parts[-2]) == 3


@pytest.mark.slow
def test_two_workers_equal_single_process(corpus, single_process, client, tmp_path):
    assert len(single_process) == N
    out = tmp_path / "parts"
    n = run_dask_extract(corpus, out, partitions=6, client=client, log=lambda _m: None)
    assert n == N
    parts = sorted(p.name for p in out.glob("part-*"))
    assert parts == [f"part-{i:05d}.jsonl" for i in range(6)]
    assert read_output(out) == single_process
    # both workers took part
    pids = client.run(lambda: __import__("os").getpid())
    assert len(pids) == 2


@pytest.mark.slow
def test_client_reads_and_writes_when_the_workers_do_not_see_the_files(corpus, single_process, client, tmp_path,
                                                                      monkeypatch):
    """Workers on machines without the client's files: the client reads, ships and writes; the same output."""
    out = tmp_path / "shipped"
    out.mkdir()
    assert dask_engine.workers_share_files(client, [corpus], out)
    assert not list(out.iterdir())                  # the marker file is gone
    monkeypatch.setattr(dask_engine, "workers_share_files", lambda *_a: False)
    said: list[str] = []
    assert run_dask_extract(corpus, out, partitions=4, client=client, log=said.append) == N
    assert read_output(out) == single_process
    assert any("do not see the corpus" in m for m in said) and any("skipped" in m and ":301" in m for m in said)


@pytest.mark.slow
def test_a_gzipped_corpus_is_read_by_the_client(corpus, single_process, client, tmp_path):
    """A gzipped JSON Lines file cannot be cut without reading it: the client reads it and the workers
    share its articles, rather than one task reading it all."""
    import gzip

    gz = tmp_path / "corpus.jsonl.gz"
    gz.write_bytes(gzip.compress(corpus.read_bytes()))
    said: list[str] = []
    seen: list[dict] = []
    out = tmp_path / "from-gz"
    assert run_dask_extract(gz, out, partitions=4, client=client, log=said.append, on_result=seen.append) == N
    assert read_output(out) == single_process and len(seen) == 4
    assert any("compressed" in m for m in said)


@pytest.mark.slow
def test_parquet_parts(corpus, single_process, client, tmp_path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "pq"
    assert run_dask_extract(corpus, out, fmt="parquet", client=client, log=lambda _m: None) == N
    assert all(p.suffix == ".parquet" for p in out.glob("part-*"))
    assert read_output(out) == [{k: r[k] for k in read_output(out)[0]} for r in single_process]


@pytest.mark.slow
def test_load_into_sqlite_store(corpus, client, tmp_path):
    db = f"sqlite:///{tmp_path / 'd.sqlite'}"
    out = tmp_path / "o"
    run_dask_extract(corpus, out, db=db, client=client, log=lambda _m: None)
    s = summary(Store(db))
    assert s["articles"] == N and s["failures"] == 1
    # again: nothing doubled
    run_dask_extract(corpus, out, db=db, client=client, log=lambda _m: None)
    s = summary(Store(db))
    assert s["articles"] == N and s["failures"] == 1


@pytest.mark.slow
@pytest.mark.postgres
def test_workers_write_postgres(corpus, client, tmp_path, pg_url):
    out = tmp_path / "o"
    n = run_dask_extract(corpus, out, db=pg_url, client=client, log=lambda _m: None)
    assert n == N
    store = Store(pg_url)
    assert summary(store)["articles"] == N
    # a re-run (e.g. after a lost worker) stores nothing twice
    run_dask_extract(corpus, out, db=pg_url, client=client, log=lambda _m: None)
    assert summary(store)["articles"] == N


@pytest.mark.slow
def test_cli_starts_its_own_local_cluster(corpus, single_process, tmp_path):
    from rasd.cli import app

    out = tmp_path / "cli-parts"
    r = CliRunner().invoke(app, ["extract", str(corpus), "--engine", "dask", "-o", str(out), "--partitions", "3"])
    assert r.exit_code == 0, r.output
    assert f"{N} articles extracted on Dask" in r.output
    assert read_output(out) == single_process


def test_local_cluster_does_not_warn_when_port_8787_is_taken():
    """Another program (often another cluster) on Dask's usual dashboard port: no warning, another port."""
    import socket
    import warnings

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass    # already taken by someone else: the same situation
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client, cluster = dask_engine.start_local_cluster(1)
            client.close()
            cluster.close()
    finally:
        holder.close()
    assert not [w for w in caught if "8787" in str(w.message)], [str(w.message) for w in caught]
