"""The folder of built files (indexes, bundles) and how old ones are cleared out.

Every stage that compiles something once and maps it afterwards (the GeoNames index, the forms index,
the resource bundle) keeps it here, named by a signature of what it was built from.
"""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """$RASD_CACHE_DIR, or ~/.cache/rasd; created on first use."""
    d = Path(os.environ.get("RASD_CACHE_DIR") or Path.home() / ".cache" / "rasd")
    d.mkdir(parents=True, exist_ok=True)
    return d


def prune(keep: Path, pattern: str, n: int) -> None:
    """Remove all but the `n` most recent files of `keep`'s folder that match `pattern` (each edit of a
    lexicon or of the code builds a new one; worktrees and overlays may use different ones), never `keep`."""

    def built(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:  # removed meanwhile by another process
            return 0.0

    old = sorted(keep.parent.glob(pattern), key=built, reverse=True)
    for p in old[n:]:
        if p != keep:
            p.unlink(missing_ok=True)  # a process that has it open keeps reading it
