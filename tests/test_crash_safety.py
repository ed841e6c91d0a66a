"""Crash safety: SIGKILL an ingest in the middle of a batch, re-run it, nothing lost or doubled.

`rasd ingest` runs in a subprocess over a few hundred articles on a fresh
store; it is killed first while it creates the store (in the middle of the
first migration), then twice at different points while it writes, then run
to the end.  The store must then equal the store of one uninterrupted run:
every article exactly once, with exactly its own mentions, event reports,
routes and claims.  (tests/test_store_safety.py kills a first migration at
every one of its statements.)
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

N_ARTICLES = 300
ROOT = Path(__file__).resolve().parents[1]


def write_corpus(root: Path, texts: list[str]) -> Path:
    d = root / "corpus"
    d.mkdir()
    for i in range(N_ARTICLES):
        body = f"{texts[i % len(texts)]}\n\nنشر هذا التقرير ضمن أرشيف الأخبار، النسخة {i}."
        (d / f"a{i:04d}.txt").write_text(body, encoding="utf-8")
    return d


def ingest_cmd(corpus: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", db, "-q"]


def count_articles(db: str) -> int:
    eng = create_engine(db.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with eng.connect() as c:
            return c.execute(text("SELECT count(*) FROM articles")).scalar() or 0
    except Exception:
        return 0          # schema not created yet
    finally:
        eng.dispose()


def kill_after(corpus: Path, db: str, at_least: int, timeout: float = 120) -> int:
    """Start an ingest, SIGKILL it once `at_least` more articles are stored; returns the count then."""
    start = count_articles(db)
    proc = subprocess.Popen(ingest_cmd(corpus, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            n = count_articles(db)
            if n >= start + at_least:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(30)
                return n
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace")
                pytest.fail(f"the ingest finished before it could be killed (rc={proc.returncode}): {err[-2000:]}")
            time.sleep(0.005)
        pytest.fail("the ingest stored too little in time")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    return -1


def kill_during_first_migration(corpus: Path, db: str, statement: int = 25) -> None:
    import multiprocessing

    import store_killer

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(store_killer.PRELOAD)
    proc = ctx.Process(target=store_killer.run, args=(statement, ["ingest", str(corpus), "--db", db, "-q"]))
    proc.start()
    proc.join(120)
    assert proc.exitcode == -signal.SIGKILL, proc.exitcode
    assert count_articles(db) == 0


def fingerprint(db: str) -> dict:
    """Everything stored, per article content hash, independent of row ids and timing."""
    from rasd.store.schema import (ActorMentionRow, ArticleRow, ClaimRow, EventRow, EventSourceRow, MovementRow,
                                   PlaceMentionRow)

    eng = create_engine(db.replace("postgresql://", "postgresql+psycopg://"))
    out: dict = {}
    with eng.connect() as c:
        hashes = c.execute(select(ArticleRow.id, ArticleRow.content_hash)).all()
        out["articles"] = len(hashes)
        out["distinct_hashes"] = len({h for _, h in hashes})
        by_id = dict(hashes)
        for model, cols in ((PlaceMentionRow, ("place_id", "start", "end")),
                            (ActorMentionRow, ("actor_id", "start", "end")),
                            (EventSourceRow, ("evidence_start", "evidence_end", "fatalities")),
                            (MovementRow, ("evidence_start", "evidence_end")),
                            (ClaimRow, ("quantity", "value", "evidence_start"))):
            rows = c.execute(select(model.article_id, *[getattr(model, x) for x in cols])).all()
            out[model.__tablename__] = sorted((by_id[r[0]], *map(str, r[1:])) for r in rows)
        out["events"] = c.execute(select(func.count()).select_from(EventRow)).scalar()
        out["event_reports"] = c.execute(select(func.sum(EventRow.n_sources))).scalar()
    eng.dispose()
    return out


def run_crash_test(tmp_path: Path, texts: list[str], db: str, reference_db: str) -> None:
    corpus = write_corpus(tmp_path, texts)
    subprocess.run(ingest_cmd(corpus, reference_db), cwd=ROOT, check=True, capture_output=True)
    ref = fingerprint(reference_db)
    assert ref["articles"] == N_ARTICLES

    kill_during_first_migration(corpus, db)
    n1 = kill_after(corpus, db, 40)
    n2 = kill_after(corpus, db, 60)
    assert 0 < n1 < n2 < N_ARTICLES, (n1, n2)
    done = subprocess.run(ingest_cmd(corpus, db), cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "already present" in done.stdout
    got = fingerprint(db)
    assert got["articles"] == got["distinct_hashes"] == N_ARTICLES
    for key in ref:
        assert got[key] == ref[key], key
    # nothing was recorded as a failure
    eng = create_engine(db.replace("postgresql://", "postgresql+psycopg://"))
    with eng.connect() as c:
        assert c.execute(text("SELECT count(*) FROM failures")).scalar() == 0
    eng.dispose()


@pytest.mark.slow
def test_sigkill_mid_batch_sqlite(tmp_path, dev_texts):
    run_crash_test(tmp_path, [d["text"] for d in dev_texts], f"sqlite:///{tmp_path / 'crash.sqlite'}",
                   f"sqlite:///{tmp_path / 'reference.sqlite'}")


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_mid_batch_postgres(tmp_path, dev_texts, pg_url):
    run_crash_test(tmp_path, [d["text"] for d in dev_texts], pg_url, f"sqlite:///{tmp_path / 'reference.sqlite'}")
