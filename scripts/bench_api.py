"""Latency of GET /api/events and /api/timeline on a store of a million events, SQLite or PostgreSQL.

    .venv/bin/python scripts/bench_api.py [--events 1000000] [--requests 400] [--db PATH | --pg [URL]]
                                          [--keep] [--reuse PATH_OR_URL] [--rounds 3]
                                          [--timeline-requests 200] [--json]

The store is derived from real extractions: the five sample articles are run
through the pipeline (or, when it cannot run, their gold reading is used), and
their events are replicated with jittered dates and coordinates, each copy
keeping its type, actors and a source row pointing at the real article.  The
copies are written with plain INSERTs (the store's triggers keep its counts, as
for any writer); then SQLite is analysed and its write-ahead log checkpointed,
PostgreSQL vacuumed and analysed, as a store that has been running would be.

--pg starts a throwaway PostgreSQL server (scripts/ci/postgres.sh) unless a
server URL is given (a fresh database is created on it and dropped at the end).
--reuse times an existing store (built with --keep) without building it again.

Then each endpoint is timed through the whole HTTP stack (in-process ASGI, so no
socket noise) with filters like the page's: /api/events with a box (12x8
degrees around a reported place) + a 2-13 month period + one type, limit 100;
/api/timeline with a box + one type, per month; and a few others for
comparison.  --rounds repeats the timing over the same requests and reports the
median of each round's percentiles (the machine is shared: a single round is noisy).
Beside the wall clock it reports the CPU time each request took in this process
(the HTTP stack, the query layer, and SQLite, which runs inside it), which other
programs on a busy machine disturb far less, and for PostgreSQL the server's mean
CPU per request.
Targets (issue 15): /api/events p95 < 50 ms and /api/timeline p95 < 200 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import func, insert, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchpg import pg_server  # noqa: E402 - beside this script
from rasd.store import queries  # noqa: E402 - the checkout, after sys.path
from rasd.store.db import Store  # noqa: E402 - the checkout, after sys.path
from rasd.store.schema import EventRow, EventSourceRow  # noqa: E402 - the checkout, after sys.path

TARGETS_P95_MS = {"events": 50.0, "timeline": 200.0}
FIRST_DAY = dt.date(2012, 1, 1)
DAYS = 13 * 365
BATCH = 5000


def seed_store(url: str) -> str:
    """Fill `url` with the five samples; say how they were read."""
    store = Store(url)
    try:
        from rasd.ingest.files import expand, read_all
        from rasd.ingest.runner import ingest_items

        summary = ingest_items(read_all(expand([ROOT / "samples"])), store)
        if summary.stored:
            return "pipeline"
    except Exception as exc:  # noqa: BLE001 - the pipeline is not runnable here: fall back on the gold reading
        print(f"pipeline unavailable ({type(exc).__name__}: {exc}); using the gold reading of the samples")
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest_web import gold_extractions

    for ex in gold_extractions():
        store.save(ex)
    return "gold"


def jittered_date(rng: random.Random) -> tuple[str, str, str, str]:
    """(event_date, precision, date_start, date_end): 80 % days, 17 % months, 3 % years."""
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    precision = rng.choices(["day", "month", "year"], weights=[80, 17, 3])[0]
    if precision == "day":
        return day.isoformat(), precision, day.isoformat(), day.isoformat()
    if precision == "month":
        end = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) - dt.timedelta(days=1)
        return day.isoformat()[:7], precision, f"{day.isoformat()[:7]}-01", end.isoformat()
    return str(day.year), precision, f"{day.year}-01-01", f"{day.year}-12-31"


def replicate(store: Store, n_events: int, rng: random.Random) -> int:
    """Add copies of the stored events until there are `n_events`, with jittered dates and places."""
    with store.Session() as s:
        seeds = s.execute(select(EventRow)).scalars().all()
        sources = {r.event_id: r for r in s.execute(select(EventSourceRow)).scalars().all()}
        templates = [(e, sources[e.id]) for e in seeds if e.id in sources]
        have = len(seeds)
    if not templates:
        raise SystemExit("no events to replicate: the seed extraction found none")
    # a column the database computes itself (none in the models today) is not written
    columns = [c.name for c in EventRow.__table__.columns if c.name != "id" and c.computed is None]
    batch_events, batch_sources = [], []
    next_id = max(e.id for e, _ in templates) + 1
    made = 0
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        if store.dialect == "sqlite":   # a bulk load: let SQLite keep the indexes it is filling in memory
            conn.exec_driver_sql("PRAGMA cache_size = -1000000")
        while have + made < n_events:
            event, source = templates[made % len(templates)]
            row = {c: getattr(event, c) for c in columns}
            date, precision, start, end = jittered_date(rng)
            row.update(id=next_id, event_date=date, time_precision=precision, date_start=start, date_end=end,
                       n_sources=1)
            if event.lat is not None:
                row["lat"] = max(-89.0, min(89.0, event.lat + rng.uniform(-1.5, 1.5)))
                row["lon"] = max(-179.0, min(179.0, event.lon + rng.uniform(-1.5, 1.5)))
            if event.fatalities is not None or rng.random() < 0.3:
                row["fatalities"] = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20, 40])
            batch_events.append(row)
            batch_sources.append({"event_id": next_id, "article_id": source.article_id, "evidence": source.evidence,
                                  "evidence_start": source.evidence_start, "evidence_end": source.evidence_end,
                                  "trigger_start": source.trigger_start, "trigger_end": source.trigger_end,
                                  "fatalities": row["fatalities"], "event_date": date})
            next_id += 1
            made += 1
            if len(batch_events) >= BATCH:
                conn.execute(insert(EventRow.__table__), batch_events)
                conn.execute(insert(EventSourceRow.__table__), batch_sources)
                batch_events, batch_sources = [], []
                if made % 100_000 < BATCH:
                    print(f"  {have + made} events ({time.perf_counter() - t0:.0f} s)", flush=True)
        if batch_events:
            conn.execute(insert(EventRow.__table__), batch_events)
            conn.execute(insert(EventSourceRow.__table__), batch_sources)
        if store.dialect == "postgresql":   # the explicit ids went past the sequence
            conn.execute(text("SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events))"))
    settle(store)
    return made


def settle(store: Store) -> None:
    """What a running store has had time to do: statistics, and the write-ahead log or dead rows cleared."""
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def random_request(rng: random.Random, types: list[str], spots: list[tuple[float, float]]) -> dict:
    """A filter like the page's: a map view (bbox) around a reported place, a brushed year or so, a type."""
    lon, lat = rng.choice(spots)
    w = lon - rng.uniform(2, 10)
    s = lat - rng.uniform(2, 6)
    start = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - 400))
    end = start + dt.timedelta(days=rng.randrange(60, 400))
    return {"bbox": f"{w:.3f},{s:.3f},{w + 12:.3f},{s + 8:.3f}", "date_from": start.isoformat(),
            "date_to": end.isoformat(), "type": rng.choice(types), "limit": 100}


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {"p50": statistics.median(ordered), "p95": pick(0.95), "p99": pick(0.99), "max": ordered[-1]}


def fresh_pg_db(server_url: str, keep: bool):
    import psycopg

    server = server_url.rsplit("/", 1)[0]
    name = f"rasd_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server + "/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')

    def drop():
        if keep:
            return
        with psycopg.connect(server + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return f"{server}/{name}", drop


class ServerCpu:
    """CPU seconds used by a local PostgreSQL server's processes (its backends do the queries' work).

    Read from /proc in clock ticks (10 ms), so only totals over many requests mean anything.
    """
    def __init__(self, store: Store):
        self.postmaster = None
        if store.dialect == "postgresql":
            with store.engine.connect() as conn:
                pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            stat = Path(f"/proc/{pid}/stat")
            if stat.exists():
                self.postmaster = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        self.tick = os.sysconf("SC_CLK_TCK")

    def seconds(self) -> float:
        if self.postmaster is None:
            return 0.0
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / self.tick


def time_requests(client, store: Store, requests: list[dict], n_timeline: int, server: ServerCpu) -> dict:
    """One round: every request of every kind once; wall and CPU milliseconds per request.

    CPU: this process's (the HTTP stack, the query layer, and SQLite, which runs inside it), per
    request; and the PostgreSQL server's, as a mean per request.
    """
    out: dict[str, dict[str, list[float]]] = {}

    def timed(key: str, call) -> None:
        got = out.setdefault(key, {"wall": [], "cpu": [], "server": []})
        server_before = server.seconds() if not got["wall"] else None
        t, c = time.perf_counter(), time.process_time()
        call()
        got["wall"].append((time.perf_counter() - t) * 1000)
        got["cpu"].append((time.process_time() - c) * 1000)
        if server_before is not None:
            got["server_start"] = server_before

    def get(path: str, params: dict):
        def call():
            r = client.get(path, params=params)
            assert r.status_code == 200, r.text
        return call

    def finish(key: str) -> None:
        got = out[key]
        got["server"] = [1000 * (server.seconds() - got.pop("server_start")) / len(got["wall"])]

    for params in requests:
        timed("events", get("/api/events", params))
    finish("events")
    for params in requests:
        w, s, e, n = (float(x) for x in params["bbox"].split(","))
        flt = queries.EventFilter(bbox=(w, s, e, n), date_from=params["date_from"], date_to=params["date_to"],
                                  event_type=params["type"], limit=100)
        timed("query", lambda flt=flt: queries.events(store, flt))
    finish("query")
    for params in requests[:n_timeline]:
        timed("timeline", get("/api/timeline", {k: v for k, v in params.items() if k in ("bbox", "type")}))
    finish("timeline")
    few = requests[: max(1, min(n_timeline, len(requests)) // 4)]
    for key, make in (("events500", lambda p: get("/api/events", {**p, "limit": 500})),
                      ("timeline_week", lambda p: get("/api/timeline", {"bbox": p["bbox"], "type": p["type"],
                                                                          "interval": "week"})),
                      ("timeline_all", lambda p: get("/api/timeline", {})),
                      ("events_all", lambda p: get("/api/events", {"limit": 100}))):
        for params in few:
            timed(key, make(params))
        finish(key)
    return out


LABELS = {
    "events": "GET /api/events (box + period + type, limit 100)",
    "query": "queries.events() alone",
    "events500": "GET /api/events (the same, limit 500)",
    "timeline": "GET /api/timeline (box + type, per month)",
    "timeline_week": "GET /api/timeline (box + type, per week)",
    "timeline_all": "GET /api/timeline (no filter)",
    "events_all": "GET /api/events (no filter, limit 100)",
}


def build(args, url: str, rng: random.Random) -> None:
    t0 = time.perf_counter()
    how = seed_store(url)
    store = Store(url)
    made = replicate(store, args.events, rng)
    print(f"store: {queries.summary(store)['events']} events ({made} replicated from the samples read by the {how}), "
          f"built in {time.perf_counter() - t0:.1f} s")
    store.close()


def bench(args, url: str) -> dict:
    from fastapi.testclient import TestClient

    from rasd.serve.app import create_app

    rng = random.Random(args.seed + 1)
    store = Store(url)
    types = sorted({t["event_type"] for t in queries.facets(store)["event_types"]})
    with store.Session() as session:   # the places the samples report, where their first event is
        first = select(func.min(EventRow.id)).where(EventRow.lat.is_not(None)).group_by(EventRow.place_id)
        spots = session.execute(select(EventRow.lon, EventRow.lat).where(EventRow.id.in_(first))
                                .order_by(EventRow.id)).all()
    requests = [random_request(rng, types, spots) for _ in range(args.requests)]
    client = TestClient(create_app(store, token="bench"))
    for params in requests[:20]:                  # warm the page cache and the code paths
        client.get("/api/events", params=params)
    for params in requests[:3]:
        client.get("/api/timeline", params={"bbox": params["bbox"], "type": params["type"]})
    matched = [client.get("/api/events", params={**p, "limit": 1}).json()["total"] for p in requests]
    server = ServerCpu(store)
    rounds = [time_requests(client, store, requests, args.timeline_requests, server) for _ in range(args.rounds)]
    total = queries.summary(store)["events"]
    store.close()
    print(f"{store.dialect}, {total} events; {len(requests)} requests x {args.rounds} rounds; box 12x8 degrees around "
          f"a reported place, 2-13 month period, one type: matches per request median "
          f"{statistics.median(matched):.0f}, max {max(matched)}")
    result = {"backend": store.dialect, "events": total, "requests": len(requests), "rounds": args.rounds,
              "matches_median": statistics.median(matched), "load": os.getloadavg()}
    print(f"  {'':<50} {'wall-clock ms':^27}   {'CPU ms':^15}{'  server CPU' if server.postmaster else ''}")
    print(f"  {'':<50} {'p50':>7} {'p95':>9} {'p99':>9}   {'p50':>7} {'p95':>7}{'  ms (mean)' if server.postmaster else ''}")
    for key, label in LABELS.items():
        p = {}
        for what in ("wall", "cpu"):
            per_round = [percentiles(r[key][what]) for r in rounds]
            p[what] = {q: statistics.median(x[q] for x in per_round) for q in ("p50", "p95", "p99", "max")}
        p["server_mean"] = statistics.median(r[key]["server"][0] for r in rounds)
        result[key] = p
        server_col = f"  {p['server_mean']:9.1f}" if server.postmaster else ""
        print(f"  {label:<50} {p['wall']['p50']:7.1f} {p['wall']['p95']:9.1f} {p['wall']['p99']:9.1f}   "
              f"{p['cpu']['p50']:7.1f} {p['cpu']['p95']:7.1f}{server_col}   (n={len(rounds[0][key]['wall'])} x {len(rounds)})")
    ok = True
    for key, target in TARGETS_P95_MS.items():
        met = result[key]["wall"]["p95"] < target
        ok &= met
        print(f"{LABELS[key]}: p95 {result[key]['wall']['p95']:.1f} ms {'meets' if met else 'MISSES'} the target of "
              f"{target:.0f} ms (wall clock; CPU p95 {result[key]['cpu']['p95']:.1f} ms)")
    result["ok"] = ok
    print(f"load average during the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--timeline-requests", type=int, default=200, help="how many of the requests also time "
                        "the timeline (and a quarter of them the other comparisons)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", type=Path, help="SQLite file to build (default: a temporary one)")
    parser.add_argument("--pg", nargs="?", const="", default=None, metavar="URL",
                        help="PostgreSQL instead of SQLite: a server URL, or none to start a throwaway one")
    parser.add_argument("--reuse", help="time this existing store (a SQLite path or a PostgreSQL URL)")
    parser.add_argument("--keep", action="store_true", help="keep the store that was built")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line at the end")
    args = parser.parse_args()

    cleanups = []
    try:
        if args.reuse:
            url = args.reuse if "://" in args.reuse else f"sqlite:///{Path(args.reuse).resolve()}"
        elif args.pg is not None:
            server, stop = pg_server(args.pg or None)
            if not args.keep:
                cleanups.append(stop)
            url, drop = fresh_pg_db(server, args.keep)
            cleanups.append(drop)
            build(args, url, random.Random(args.seed))
        else:
            workdir = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
            path = args.db or workdir / "bench.sqlite"
            if path.exists():
                raise SystemExit(f"{path} exists: give a new path (or --reuse it)")
            if not args.keep and not args.db:
                cleanups.append(lambda: shutil.rmtree(workdir, ignore_errors=True))
            url = f"sqlite:///{path}"
            build(args, url, random.Random(args.seed))
        if args.keep and not args.reuse:
            print(f"kept: --reuse {url.removeprefix('sqlite:///')}")
        result = bench(args, url)
    finally:
        for clean in reversed(cleanups):
            clean()
    if args.json:
        print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
