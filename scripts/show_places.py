"""Developer aid: the place mentions of a text (or of gold article ids) with their decisions."""
import sys

from rasd.eval.scorer import load_jsonl
from rasd.pipeline import Pipeline
from rasd.text.segment import segment

pipe = Pipeline()
r = pipe.resources
args = sys.argv[1:]
if args and args[0].endswith(".jsonl"):
    gold = load_jsonl(args[0])
    texts = [gold[i]["text"] for i in args[1:]]
else:
    texts = args
for text in texts:
    seg = segment(text)
    ms = r.places.find(seg)
    kept = {id(m) for m in r.place_resolver.resolve(list(ms))}
    for m in ms:
        c = m.resolved
        print("KEEP" if id(m) in kept else "drop", repr(m.name), m.key, "cue=", m.cue, "loc=", m.locative,
              (c.name_en, c.country, c.source, round(m.confidence, 2)) if c else None,
              repr(text[max(0, m.span.start - 25):m.span.end + 15]))
