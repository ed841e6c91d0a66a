"""How soon the analyst's page answers over a store the size of a feed (issue 17: within 2 s), in Chromium.

    .venv/bin/python scripts/bench_page.py [--events 100000] [--visits 5] [--json]

Builds tests/feed_store.py's generated store (July-August 2015, history told in
passing, scattered noise, routes) in a temporary SQLite file, starts `rasd
serve` over it, opens the page once to warm the server and the browser's cache,
then opens it `--visits` times more in Debian's Chromium (Playwright,
/usr/bin/chromium) and reads `rasd.state.readyAt`: milliseconds from the
navigation's start until the page has drawn its map, timeline and lists.  It
prints each visit, the median and the worst, with the load average beside them
(the machine is shared; a test asserts what the page shows, this script how fast).
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))   # the generated feed store the page's tests use

from feed_store import fill  # noqa: E402

from rasd.store.db import Store  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
TARGET_MS = 2000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(url: str, cwd: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--db", url, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd,
                            env={**os.environ, "RASD_TOKEN": "bench-token"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"{base}/api/summary", timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("rasd serve did not start")


def _visits(base: str, n: int) -> list[float]:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True).new_page()
        times = []
        for _ in range(n + 1):                       # the first visit warms the server and the cache
            page.goto(base + "/")
            page.wait_for_function("window.rasd && window.rasd.state.ready", timeout=120_000)
            times.append(page.evaluate("rasd.state.readyAt"))
        browser.close()
    return times[1:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--visits", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"needs Debian's Chromium at {CHROMIUM} (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="rasd-bench-page-") as work:
        url = f"sqlite:///{Path(work) / 'feed.sqlite'}"
        store = Store(url)
        fill(store, args.events)
        store.close()
        proc, base = _serve(url, work)
        try:
            times = _visits(base, args.visits)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    out = {"events": args.events, "visits_ms": [round(t) for t in times], "median_ms": round(statistics.median(times)),
           "worst_ms": round(max(times)), "target_ms": TARGET_MS, "load_average": os.getloadavg()}
    if args.json:
        print(json.dumps(out))
        return
    print(f"page ready over {args.events:,} events: " + ", ".join(f"{t:.0f}" for t in times) + " ms")
    print(f"median {out['median_ms']} ms, worst {out['worst_ms']} ms (target < {TARGET_MS} ms); "
          f"load average {', '.join(f'{x:.1f}' for x in out['load_average'])}")


if __name__ == "__main__":
    main()
