#!/usr/bin/env python3
"""N random feed articles for judging a rule: never a dev-snn gold article, never a quiet page (sports, economy,
technology).  --conflict keeps articles with at least three words of violence.

    python scripts/session/sample_feed.py SEED N OUT.jsonl [--conflict]

Reads ../shared beside the repository; the feed's licence forbids copying the sample into the repository."""
import gzip
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
FEED = SHARED / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
GOLD = SHARED / "gold" / "dev-snn.jsonl"
# words of violence: enough of them marks a conflict report (a sampling aid, not a classifier)
CUES = re.compile("قتل|مقتل|غارة|غارات|اشتباك|هجوم|قصف|انفجار|تفجير|مسلح|استهدف|سيطر|اغتيال|اختطاف|قذائف|معارك|صاروخ")
QUIET = {"sports", "economy", "technology"}


def main() -> int:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    conflict = "--conflict" in sys.argv
    gold = {json.loads(line)["id"] for line in GOLD.open(encoding="utf-8")}
    pool = []
    with gzip.open(FEED, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in gold or d.get("section") in QUIET:
                continue
            if conflict and len(CUES.findall(d["text"])) < 3:
                continue
            pool.append(d)
    random.Random(seed).shuffle(pool)
    with open(out, "w", encoding="utf-8") as fh:
        for d in pool[:n]:
            fh.write(json.dumps({k: d.get(k) for k in ("id", "text", "url", "outlet", "published")},
                                ensure_ascii=False) + "\n")
    print(f"{min(n, len(pool))} of {len(pool)} articles -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
