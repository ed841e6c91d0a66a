"""Developer aid: every trigger of a gold article, kept or dropped, with its incident before merging."""
import sys

from rasd.eval.run import article_of
from rasd.eval.scorer import load_jsonl
from rasd.extract.document import Document
from rasd.extract.events import EventExtractor
from rasd.pipeline import Pipeline

gold = load_jsonl(sys.argv[1])
pipe = Pipeline()
r = pipe.resources
captured = {}
orig_hits = EventExtractor.hits


def spy_hits(self, doc, untold=None):
    captured["doc"] = doc
    captured["hits"] = orig_hits(self, doc, untold)
    return captured["hits"]


EventExtractor.hits = spy_hits
only_sentences = {int(a) for a in sys.argv[3:]}
for gid in sys.argv[2:3]:
    ex = pipe.extract(article_of(gold[gid]))
    doc: Document = captured["doc"]
    toks = doc.seg.tokens
    kept = {(h.first, h.last) for h in captured["hits"]}
    for s in doc.seg.sentences:
        if only_sentences and s.index not in only_sentences:
            continue
        found = list(r.events.lex.triggers.scan(toks, s.first_token, s.last_token))
        if not found:
            continue
        print(f"--- s{s.index}: {doc.seg.text.raw[s.start:s.end][:200]}")
        for m in found:
            t = m.payloads[0]
            status = "KEEP" if (m.first, m.last) in kept else "drop"
            line = f"   {status} {t.family:18s} {t.pos:5s} {' '.join(x.text for x in toks[m.first:m.last])}"
            if status == "KEEP":
                h = next(h for h in captured["hits"] if (h.first, h.last) == (m.first, m.last))
                inc = r.events.incident(doc, h)
                line += (f" | place={inc.place.name if inc.place else None} date={inc.date.date if inc.date else None}"
                         f" a1={inc.actor1.canonical or inc.actor1.name if inc.actor1 else None}"
                         f" a2={inc.actor2.canonical or inc.actor2.name if inc.actor2 else None}")
            print(line)
    for e in ex.events:
        print("  EVENT", e.sub_type, "@", e.place.name if e.place else None, e.date, "| T=", e.trigger.text,
              "| a1", e.actor1.label if e.actor1 else None, "| a2", e.actor2.label if e.actor2 else None,
              "| f", e.fatalities, "| s", e.sentence)
