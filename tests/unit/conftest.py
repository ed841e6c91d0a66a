"""One loaded pipeline for the whole session (its indexes are read-only)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    from rasd.pipeline import Pipeline

    pipe = Pipeline()
    pipe.resources  # noqa: B018 - load once
    return pipe


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published=None) -> Extraction"""
    from rasd.model import Article

    def run(text: str, published: str | None = None, article_id: str = "t"):
        return pipeline.extract(Article(id=article_id, text=text, published=published))

    return run


@pytest.fixture(scope="session")
def resources(pipeline):
    """The loaded indexes (places, actors, resolver) of the session's pipeline."""
    return pipeline.resources
