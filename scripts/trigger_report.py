"""How often each event family's trigger words occur on a real news stream, by newspaper section.

    python scripts/trigger_report.py [FEED.jsonl.gz] [--markdown] [--examples N]

The feed defaults to ../shared/corpus/saudinewsnet/articles.jsonl.gz (it is read there, never copied
into the repository).  Counts are raw: every listed phrase and every form of a family's lemmas, before
the checks that decide whether a trigger reports an incident (extract/events/factuality.py,
extract/sense.py).  A family whose words are frequent on sports or economy pages needs those checks; a
new trigger word is checked here, and with ../shared/tools/kwic.py, before it lands.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

from rasd.extract.events.triggers import trigger_matches
from rasd.extract.lexicon import load_event_lexicon
from rasd.text.morph import FormIndex
from rasd.text.segment import segment

FEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
QUIET = ("sports", "economy", "technology")


def _articles(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def count(path: Path, examples: int):
    lex, forms = load_event_lexicon(), FormIndex.load()
    hits: dict[str, Counter] = defaultdict(Counter)
    docs: Counter = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    rng = random.Random(7)
    for art in _articles(path):
        section = art.get("section") or "none"
        docs[section] += 1
        seg = segment(art["text"])
        doc = SimpleNamespace(seg=seg)
        words = [t.norm for t in seg.tokens]
        for s in seg.sentences:
            # every token of the sentence may start a trigger here (no precomputed candidate starts)
            for m in trigger_matches(doc, lex, forms, words, s.first_token, s.last_token,
                                     list(range(s.first_token, s.last_token))):
                fam = m.trigger.family
                hits[fam][section] += 1
                if examples and rng.random() < 0.02 and len(samples[fam]) < examples:
                    samples[fam].append(f"[{section}] {s.text[:160]}")
    return lex, hits, docs, samples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("feed", nargs="?", default=str(FEED))
    ap.add_argument("--markdown", action="store_true", help="one table row per family, for the lexicon README")
    ap.add_argument("--examples", type=int, default=0, help="random sentences per family")
    args = ap.parse_args()
    path = Path(args.feed)
    if not path.exists():
        raise SystemExit(f"{path} not found: the feed lives in ../shared beside the project")
    lex, hits, docs, samples = count(path, args.examples)
    quiet_docs = sum(docs[s] for s in QUIET)
    for fam in lex.families:
        total = sum(hits[fam].values())
        per100 = 100 * total / max(1, sum(docs.values()))
        quiet = 100 * sum(hits[fam][s] for s in QUIET) / max(1, quiet_docs)
        politics = 100 * hits[fam]["politics"] / max(1, docs["politics"])
        if args.markdown:
            f = lex.families[fam]
            print(f"| `{fam}` | {f.type} / {f.sub_type} | {total} | {per100:.1f} | {politics:.1f} | {quiet:.1f} |")
        else:
            print(f"{fam:22s} {total:6d} hits  {per100:6.1f}/100 articles  politics {politics:6.1f}  quiet {quiet:5.1f}")
            for line in samples[fam]:
                print("    " + line)


if __name__ == "__main__":
    main()
