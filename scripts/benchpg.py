"""A PostgreSQL server for the benchmark scripts: the one given, RASD_TEST_PG's, or a throwaway one started by
scripts/ci/postgres.sh (loopback only)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

POSTGRES_SH = Path(__file__).resolve().parent / "ci" / "postgres.sh"


def pg_server(explicit: str | None, required: bool = True):
    """(server URL, stop function).  When no server can be started: exit with the reason if `required`,
    else (None, a no-op) so that the caller can skip PostgreSQL."""
    url = explicit or os.environ.get("RASD_TEST_PG")
    if url:
        return url, lambda: None
    out = subprocess.run(["bash", str(POSTGRES_SH), "start"], capture_output=True, text=True)
    if out.returncode != 0:
        if required:
            raise SystemExit(f"could not start PostgreSQL: {out.stderr[-2000:]}")
        return None, lambda: None
    kv = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    return kv["url"], lambda: subprocess.run(["bash", str(POSTGRES_SH), "stop", kv["dir"]], capture_output=True)
