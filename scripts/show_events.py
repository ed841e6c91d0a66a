"""Developer aid: the incidents of gold articles with their triggers, places and actors."""
import sys

from rasd.eval.scorer import load_jsonl
from rasd.eval.run import article_of
from rasd.pipeline import Pipeline

gold = load_jsonl(sys.argv[1])
pipe = Pipeline()
for gid in sys.argv[2:]:
    ex = pipe.extract(article_of(gold[gid]))
    print("=" * 10, gid)
    for m in ex.place_mentions:
        c = m.resolved
        print("  place", m.name, m.sentence, c.name_en if c else None, c.kind if c else m.cue_kind)
    for a in ex.actor_mentions:
        print("  actor", a.name, a.sentence, a.canonical, a.kind, "generic" if a.generic else "")
    for e in ex.events:
        print("  EVENT", e.type, "/", e.sub_type, "@", e.place.name if e.place else None, "| T=", e.trigger.text,
              "| a1", e.actor1.label if e.actor1 else None, "| a2", e.actor2.label if e.actor2 else None,
              "| f", e.fatalities, "| s", e.sentence)
