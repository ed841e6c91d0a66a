#!/usr/bin/env python
"""The real news feed as a benchmark: throughput, memory, failures and quiet-page false events.

    .venv/bin/python scripts/bench_feed.py [FEED.jsonl.gz] [--n N] [--out PRED.jsonl] [--json]

FEED defaults to ../shared/corpus/saudinewsnet/articles.jsonl.gz (18,967 articles of 14 Saudi
newspapers; its licence forbids copying it into the repository, so it is read from there).  The
articles are read, checked and extracted exactly as `rasd extract` does (rasd.ingest.files.read_all,
each article under its time budget, a failing article reported and skipped), in this one process on
one core.  Reported:

* start-up: seconds to load the pipeline's lexicons and indexes (apart from the articles);
* articles/s per core: articles extracted per CPU second of extraction (reading included);
* peak RSS of the process, resources included; mean and longest article;
* extracted / reported (with the reasons, counted) - every article is one or the other;
* quiet-section false events: events per 100 articles of the sports, economy and technology
  sections (the feed's `section` field), the figure ../shared/tools/stream_check.py prints as
  "false events per 100 articles" (same sections, same definition: every event found on those
  pages counts as a false one).

Speed and memory are measured here, never by timed tests (DEVELOPERS.md).
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
QUIET = ("sports", "economy", "technology")      # as in ../shared/tools/stream_check.py


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0   # Linux: KiB


def sections(feed: Path) -> dict[str, str | None]:
    opener = gzip.open if feed.suffix == ".gz" else open
    with opener(feed, "rt", encoding="utf-8") as fh:
        return {r["id"]: r.get("section") for r in map(json.loads, fh) if r.get("id")}


def limited(feed: Path, n: int | None, tmp: Path) -> Path:
    """The first n lines of the feed, in a temporary file (outside the repository)."""
    if not n:
        return feed
    opener = gzip.open if feed.suffix == ".gz" else open
    out = tmp / "feed-part.jsonl"
    with opener(feed, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for k, line in enumerate(src):
            if k >= n:
                break
            dst.write(line)
    return out


def quiet_rate(pred_events: dict[str, int], section_of: dict[str, str | None]) -> dict:
    arts = [i for i in pred_events if section_of.get(i) in QUIET]
    events = sum(pred_events[i] for i in arts)
    by = Counter()
    for i in arts:
        by[section_of[i]] += 1
    return {"articles": len(arts), "events": events,
            "false_events_per_100": round(100 * events / len(arts), 1) if arts else None,
            "articles_by_section": dict(by)}


def run(feed: Path, out: Path | None, budget: float | None) -> dict:
    from rasd.export.jsonl import prediction_record
    from rasd.ingest.files import IngestFailure, read_all
    from rasd.ingest.runner import extract_one, failure_reason
    from rasd.pipeline import Pipeline

    rss0 = peak_rss_mb()
    t0 = time.perf_counter()
    pipe = Pipeline()
    pipe.resources  # noqa: B018
    startup = time.perf_counter() - t0
    events: dict[str, int] = {}
    reasons: Counter = Counter()
    chars = longest = 0
    sink = open(out, "w", encoding="utf-8") if out else None
    cpu0, w0 = time.process_time(), time.perf_counter()
    try:
        for item in read_all([feed]):
            if isinstance(item, IngestFailure):
                reasons[item.reason.split(" (")[0]] += 1
                continue
            try:
                ex = extract_one(pipe, item, budget)
            except Exception as exc:  # noqa: BLE001 - reported, as rasd extract does
                reasons[failure_reason(exc).split(" (")[0]] += 1
                continue
            events[item.id] = len(ex.events)
            chars += len(item.text)
            longest = max(longest, len(item.text))
            if sink is not None:
                sink.write(json.dumps(prediction_record(ex), ensure_ascii=False) + "\n")
    finally:
        if sink is not None:
            sink.close()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - w0
    n = len(events)
    return {"feed": str(feed), "startup_s": round(startup, 2), "extracted": n,
            "reported": sum(reasons.values()), "reasons": dict(reasons.most_common()),
            "cpu_s": round(cpu, 1), "wall_s": round(wall, 1),
            "articles_per_s_per_core": round(n / cpu, 1) if cpu else None,
            "mean_chars": round(chars / n) if n else 0, "longest_chars": longest,
            "peak_rss_mb": round(peak_rss_mb(), 0), "rss_before_load_mb": round(rss0, 0),
            "events": sum(events.values()), "_events": events}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("feed", nargs="?", default=str(FEED))
    ap.add_argument("--n", type=int, default=0, help="only the first N articles")
    ap.add_argument("--out", help="also write the predictions (SCHEMA.md layout) here")
    ap.add_argument("--time-budget", type=float, default=None, help="seconds per article (default: the pipeline's)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    feed = Path(args.feed)
    if not feed.exists():
        print(f"no feed at {feed} (../shared is not there?)", file=sys.stderr)
        return 2
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        res = run(limited(feed, args.n, Path(tmp)), Path(args.out) if args.out else None, args.time_budget)
    res["feed"] = str(feed)
    res["quiet_sections"] = quiet_rate(res.pop("_events"), sections(feed))
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
        return 0
    q = res["quiet_sections"]
    print(f"feed: {res['feed']}" + (f" (first {args.n})" if args.n else ""))
    print(f"start-up (lexicons and indexes): {res['startup_s']} s; peak RSS {res['peak_rss_mb']:.0f} MB")
    print(f"{res['extracted']} extracted, {res['reported']} reported; {res['cpu_s']} s CPU, {res['wall_s']} s wall; "
          f"{res['articles_per_s_per_core']} articles/s per core (mean {res['mean_chars']} characters, "
          f"longest {res['longest_chars']})")
    for reason, k in res["reasons"].items():
        print(f"  {k:6d}  {reason}")
    print(f"quiet sections ({', '.join(QUIET)}): {q['articles']} articles, {q['events']} events: "
          f"{q['false_events_per_100']} false events per 100 articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
