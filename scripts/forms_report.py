#!/usr/bin/env python3
"""Show every form Rasd generates for a lemma, how often each occurs on the feed, and its collisions.

usage: forms_report.py LEMMA... [--noun] [--form N] [--present يقود] [--masdar X,Y] [--plural X,Y]
                       [--feed FILE.jsonl.gz | --no-feed] [--all] [--top K]

A lemma declared in a lexicon file is shown with that entry's hints; another one is
generated from the options (a verb unless --noun).  For each compiled form (no
proclitics, no pronoun suffix) the report prints its readings, its frequency as a
word (wordfreq Zipf), how many feed tokens it accounts for (with every clitic
variant), and flags:
  shared       another lemma of the lexicons (or a listed homograph) has this form too
  common       one of the few hundred most frequent words
  above_lemma  far more frequent than the lemma's citation forms: probably mostly another word
  not split    written words that look like this form with a clitic but are far more common
               than it: another word (فقدت is not ف + قدت); lookups do not split them
Vet the flagged forms in context with ../shared/tools/kwic.py and drop the bad ones with
`not_forms:` in the entry.

The feed (../shared/corpus/saudinewsnet/articles.jsonl.gz) is read from where it is; its word
counts are cached under the cache folder (RASD_CACHE_DIR), never in the repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.text.morph import FormIndex, LemmaEntry, MorphRules, find_entries  # noqa: E402
from rasd.cache import cache_dir  # noqa: E402
from rasd.text.normalise import norm  # noqa: E402
from rasd.text.vocabulary import Vocabulary  # noqa: E402

FEED = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
_WORD = re.compile(r"[\u0621-\u064a]+")


def feed_counts(path: Path) -> Counter[str]:
    """Normalised word counts of the feed, cached by the feed file's size and time."""
    st = path.stat()
    key = hashlib.sha1(f"{path.resolve()}:{st.st_size}:{int(st.st_mtime)}".encode()).hexdigest()[:12]
    cached = cache_dir() / f"feed-words-{key}.pkl.gz"
    if cached.exists():
        with gzip.open(cached, "rb") as f:
            return pickle.load(f)
    print(f"counting the words of {path} once (cached in {cached}) ...", file=sys.stderr)
    counts: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                counts.update(_WORD.findall(norm(json.loads(line).get("text") or "")))
            except (ValueError, AttributeError):
                continue  # a bad line never stops the count
    with gzip.open(cached, "wb") as f:
        pickle.dump(counts, f, protocol=pickle.HIGHEST_PROTOCOL)
    return counts


def entry_for(lemma: str, args: argparse.Namespace, known: list[LemmaEntry]) -> LemmaEntry:
    key = norm(lemma)
    for e in known:
        if e.key == key and (not args.noun or e.pos == "noun"):
            return e

    def split(s: str | None) -> tuple[str, ...] | None:
        return tuple(x.strip() for x in s.split(",") if x.strip()) if s is not None else None

    return LemmaEntry(
        lemma=lemma,
        pos="noun" if args.noun else "verb",
        form=args.form or "",
        present=args.present or "",
        masdar=split(args.masdar),
        plural=split(args.plural),
        source="command line",
    )


def describe(f) -> str:
    a = f.analysis
    bits = [a.pos, a.tense, a.voice, "/".join(a.mood)]
    if a.person:
        bits.append(f"{a.person}{a.number}{a.gender}")
    elif a.number:
        bits.append(a.number + a.gender)
    bits.append("def" if a.definite else "")
    bits.append({"bound": "+pron", "open": "(+pron)", "free": ""}[a.slot])
    return " ".join(b for b in bits if b)


def feed_hits(own: FormIndex, counts: Counter[str] | None) -> dict[str, Counter[str]]:
    """For each compiled form of the lemma, the feed's written words it accounts for."""
    by_core: dict[str, Counter[str]] = defaultdict(Counter)
    for word, n in (counts or {}).items():
        found = own.analyse(word)
        if found:
            by_core[found[0].core][word] += n
    return by_core


def flags_of(
    core: str, entry: LemmaEntry, own: FormIndex, others: FormIndex, counts: Counter[str] | None
) -> set[str]:
    """What to vet about one compiled form: collisions with other lemmas, frequency, shadowed words."""
    flags = set(own.flags(core) - {"shared", "shadowed"})
    shadows = sorted(w for w, c in own.shadowed.items() if c == core)
    if shadows:
        seen = " ".join(f"{w} {counts.get(w, 0)}" if counts else w for w in shadows)
        flags.add(f"not split (another word): {seen}")
    other = {(g.lemma, g.entry_pos, g.gloss) for g in others.readings(core)}
    other -= {(entry.key, entry.pos, entry.gloss)}
    if other:
        flags.add(
            "shared: " + ", ".join(f"{lem}/{p}" + (f" ({g})" if g else "") for lem, p, g in sorted(other))
        )
    return flags


def report(
    entry: LemmaEntry,
    others: FormIndex,
    counts: Counter[str] | None,
    zipf: dict[str, float],
    show_all: bool,
    top: int,
) -> None:
    own = FormIndex.from_entries([entry], MorphRules.load(), zipf=zipf)
    print(f"\n=== {entry.lemma} ({entry.pos}; {entry.source or 'command line'})")
    for p in own.problems:
        print(f"  note: {p}")
    by_core = feed_hits(own, counts)
    rows = [
        (core, forms, sum(by_core[core].values()), flags_of(core, entry, own, others, counts))
        for core, forms in own.items()
    ]
    rows.sort(key=lambda r: (-r[2], r[0]))
    on_feed = f"; {sum(r[2] for r in rows)} feed tokens" if counts is not None else ""
    print(f"  {len(rows)} compiled forms{on_feed}")
    hidden = 0
    for core, forms, hits, flags in rows:
        if not show_all and counts is not None and hits == 0 and not flags:
            hidden += 1
            continue
        readings = "; ".join(sorted({describe(f) for f in forms}))
        print(f"  {core:<16} {hits:>6}  zipf {zipf.get(core, 0.0):4.1f}  {readings}")
        if flags:
            print(f"  {'':<16} {'':>6}  !! {'; '.join(sorted(flags))}")
        if hits:
            print(
                f"  {'':<16} {'':>6}     " + ", ".join(f"{w} {n}" for w, n in by_core[core].most_common(top))
            )
    if hidden:
        print(f"  ({hidden} more forms never occur on the feed and have no flag; --all lists them)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lemmas", nargs="+")
    ap.add_argument("--noun", action="store_true", help="the lemmas are nouns or noun phrases")
    ap.add_argument("--form", help="verb form 1-10, Q1, Q2")
    ap.add_argument("--present", help="imperfect 3ms, to choose a form-I vowel class (يقود)")
    ap.add_argument("--masdar", help="verbal nouns, comma-separated")
    ap.add_argument("--plural", help="plurals, comma-separated (nouns)")
    ap.add_argument("--feed", type=Path, default=FEED)
    ap.add_argument("--no-feed", action="store_true")
    ap.add_argument("--all", action="store_true", help="also list forms never seen on the feed")
    ap.add_argument("--top", type=int, default=4, help="clitic variants shown per form")
    args = ap.parse_args()

    known, problems = find_entries()
    for p in problems:
        print(f"lexicon problem: {p}", file=sys.stderr)
    counts = None
    if not args.no_feed:
        if args.feed.exists():
            counts = feed_counts(args.feed)
        else:
            print(f"feed {args.feed} not found: frequencies on the feed are not shown", file=sys.stderr)
    others = FormIndex.load()
    zipf = Vocabulary.load().zipf_by_word
    for lemma in args.lemmas:
        report(entry_for(lemma, args, known), others, counts, zipf, args.all, args.top)


if __name__ == "__main__":
    main()
