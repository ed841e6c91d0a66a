"""Ingestion hands articles to a store interface and never reaches into the store's tables.

A change of the store's schema therefore cannot break `rasd ingest`, `rasd watch` or URL
ingestion; the data flows one way (ingest -> ... -> store).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rasd.ingest.sink import ArticleStore
from rasd.store.db import Store

INGEST = Path(__file__).resolve().parents[1] / "rasd" / "ingest"


@pytest.mark.parametrize("path", sorted(INGEST.glob("*.py")), ids=lambda p: p.name)
def test_ingest_imports_nothing_of_the_store_or_sqlalchemy(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    bad = {m for m in imported if m.startswith(("rasd.store", "sqlalchemy"))}
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_the_store_offers_everything_ingestion_asks_for():
    wanted = {name for name in vars(ArticleStore) if not name.startswith("_")} - {"url"}
    assert wanted <= set(dir(Store)), wanted - set(dir(Store))


def test_ingestion_does_not_see_a_column_it_does_not_use(tmp_path):
    """A store whose articles table has grown a column (a later schema) still takes articles."""
    from sqlalchemy import text

    from rasd.ingest.runner import ingest_items
    from rasd.model import Article

    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    with store.engine.begin() as c:
        c.execute(text("ALTER TABLE articles ADD COLUMN reviewed_by TEXT"))
    text_ar = ("قالت مصادر محلية إن اشتباكات اندلعت بين مجموعتين مسلحتين في مدينة الزاوية غرب طرابلس "
               "مساء السبت وأسفرت عن مقتل شخصين وإصابة أربعة آخرين.")
    s = ingest_items([Article(id="g", text=text_ar, url="https://example.org/g", source_path="g")], store)
    assert s.stored == 1 and not s.failures
    again = ingest_items([Article(id="g", text=text_ar, url="https://example.org/g", source_path="g")], store)
    assert again.duplicates == 1
    assert store.article_by_url("https://example.org/g").text == text_ar
