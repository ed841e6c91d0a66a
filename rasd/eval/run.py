"""Extract the texts of a gold file, for scoring."""
from __future__ import annotations

from rasd.export.jsonl import prediction_record
from rasd.model import Article
from rasd.pipeline import Pipeline


def article_of(doc: dict) -> Article:
    return Article(id=str(doc["id"]), text=doc["text"], url=doc.get("url"), outlet=doc.get("outlet"),
                   published=doc.get("published"), language=doc.get("language") or "ar")


def predict_gold(gold_docs: dict[str, dict], pipeline: Pipeline | None = None) -> dict[str, dict]:
    pipe = pipeline or Pipeline()
    return {doc_id: prediction_record(pipe.extract(article_of(doc))) for doc_id, doc in gold_docs.items()}
