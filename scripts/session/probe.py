#!/usr/bin/env python3
"""What Rasd reads in texts you write: places, actors and events with their fields.

    .venv/bin/python scripts/session/probe.py "نص أول" ["نص ثان" ...] [--published YYYY-MM-DD]

Each argument is one article ("\\n\\n" between a title and a body)."""
import sys

from rasd.model import Article
from rasd.pipeline import Pipeline


def main() -> int:
    args = sys.argv[1:]
    published = "2015-07-28"
    if "--published" in args:
        i = args.index("--published")
        published = args[i + 1]
        del args[i:i + 2]
    pipe = Pipeline()
    for n, text in enumerate(args):
        text = text.replace("\\n", "\n")
        ex = pipe.extract(Article(id=f"probe-{n}", text=text, published=published))
        print("=" * 8, text[:80])
        for m in ex.place_mentions:
            c = m.resolved
            print("  place", m.name, "->", (c.name_en, c.kind, round(c.lat, 2), round(c.lon, 2)) if c else None)
        for a in ex.actor_mentions:
            print("  actor", a.name, "->", a.canonical, a.kind, "generic" if a.generic else "")
        for e in ex.events:
            print("  EVENT", e.type, "/", e.sub_type, "@", e.place.name if e.place else None, "| date", e.date,
                  "| a1", e.actor1.label if e.actor1 else None, "| a2", e.actor2.label if e.actor2 else None,
                  "| fat", e.fatalities, "| trigger", e.trigger.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
