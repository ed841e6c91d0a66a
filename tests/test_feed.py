"""The real feed (../shared/corpus/saudinewsnet): 2,000 of its articles through `rasd extract`, every
one extracted or reported with a reason.  Skipped when ../shared is not beside the project.

The feed's licence forbids copying it into the repository: the test reads it from ../shared and
writes its sample to a temporary directory only.
"""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
N = 2000
STEP = 9          # every 9th article: all the newspapers and sections, not only the first days


@pytest.mark.slow
def test_two_thousand_feed_articles_are_each_extracted_or_reported(tmp_path):
    if not FEED.exists():
        pytest.skip(f"the feed is not there ({FEED}): ../shared is absent")
    sample = tmp_path / "feed-sample.jsonl"
    ids = []
    with gzip.open(FEED, "rt", encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
        for k, line in enumerate(src):
            if k % STEP == 0 and len(ids) < N:
                ids.append(json.loads(line)["id"])
                dst.write(line)
    assert len(ids) == N
    pred = tmp_path / "pred.jsonl"
    r = subprocess.run([sys.executable, "-m", "rasd.cli", "extract", str(sample), "-o", str(pred)], cwd=ROOT,
                       capture_output=True, text=True, timeout=3600, check=False)
    assert r.returncode == 0, r.stderr[-3000:]
    extracted = [json.loads(x)["id"] for x in pred.read_text(encoding="utf-8").splitlines()]
    # each report names the article by its line in the sample, with a reason after the colon
    reported = {}
    for line in r.stderr.splitlines():
        m = re.match(rf"skipped {re.escape(str(sample))}:(\d+): (.+)$", line)
        if m:
            reported[int(m.group(1))] = m.group(2)
    assert all(len(reason) > 8 for reason in reported.values()), reported
    extracted_lines = {ids.index(i) + 1 for i in extracted}
    assert len(extracted) == len(extracted_lines)                 # nothing twice
    assert extracted_lines.isdisjoint(reported)                   # nothing both
    assert extracted_lines | set(reported) == set(range(1, N + 1))   # nothing lost
    assert f"{len(extracted)} articles extracted, {len(reported)} reported" in r.stderr
