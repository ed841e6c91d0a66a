"""Distributed extraction: a 2-worker local Dask cluster gives exactly the single-process output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed", reason="dask[distributed] is needed for the Dask engine")

from rasd.scale import dask_engine
from rasd.scale.dask_engine import read_output, run_dask_extract, split
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


def test_split_is_contiguous_and_complete():
    items = list(range(10))
    parts = split(items, 3)
    assert parts == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert split(items, 50) == [[i] for i in items]
    assert split([], 4) == []


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
