"""Developer loop: extract a gold file's articles and score them (no store)."""
import json
import sys
import time

from rasd.eval.scorer import load_jsonl, score
from rasd.export.jsonl import prediction_record
from rasd.model import Article
from rasd.pipeline import Pipeline

gold = load_jsonl(sys.argv[1])
pipe = Pipeline()
pipe.resources  # noqa: B018 - load the lexicons and indexes before the clock starts
t = time.time()
preds = {}
for d in gold.values():
    ex = pipe.extract(Article(id=d["id"], text=d["text"], url=d.get("url"), outlet=d.get("outlet"), published=d.get("published")))
    preds[d["id"]] = prediction_record(ex)
dt = time.time() - t
res = score(gold, preds)
for k, v in res.items():
    print(f"{k:10s}", json.dumps(v, ensure_ascii=False))
print(f"{len(gold)} articles in {dt:.2f}s")
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for p in preds.values():
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
