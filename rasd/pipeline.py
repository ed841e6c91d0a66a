"""The whole reading of one article, stage after stage.

    text (normalise, segment) -> recognise (numbers, dates, places, actors)
    -> resolve (calendar, gazetteer, actor registry)
    -> extract (events, movements, claims)

`Resources` holds every lexicon and index, loaded once and read-only; a
`Pipeline` is cheap to share between threads and to send to Dask workers
(it reloads its resources there instead of pickling them).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.model import Article, Extraction
from rasd.recognise.places import PlaceCueLexicon, PlaceRecogniser, load_place_cues, place_matcher
from rasd.resolve.gazetteer import Gazetteer
from rasd.resolve.places import PlaceResolver, distinct_places
from rasd.text.morphology import nisba_forms
from rasd.text.segment import segment
from rasd.text.vocabulary import Vocabulary


@dataclass
class Resources:
    gazetteer: Gazetteer
    place_cues: PlaceCueLexicon
    places: PlaceRecogniser
    place_resolver: PlaceResolver
    vocabulary: Vocabulary

    @classmethod
    def load(cls) -> "Resources":
        gaz = Gazetteer.load()
        cues = load_place_cues()
        vocab = Vocabulary.load()
        return cls(
            gazetteer=gaz,
            place_cues=cues,
            places=PlaceRecogniser(place_matcher(gaz.names()), cues, gaz.stopwords, vocab,
                                   frozenset(f for adj in gaz.adjectives for f in nisba_forms(adj))),
            place_resolver=PlaceResolver(gaz, vocab, cues.ambiguous),
            vocabulary=vocab,
        )


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class Pipeline:
    def __init__(self, resources: Resources | None = None):
        self._resources = resources

    @property
    def resources(self) -> Resources:
        if self._resources is None:
            self._resources = Resources.load()
        return self._resources

    def __getstate__(self):  # Dask/multiprocessing: ship the recipe, not the indexes
        return {}

    def __setstate__(self, state):
        self._resources = None

    def extract(self, article: Article) -> Extraction:
        r = self.resources
        seg = segment(article.text)
        numbers: list = []
        mentions = r.places.find(seg, numbers)
        mentions = r.place_resolver.resolve(mentions)
        ex = Extraction(article=article)
        ex.place_mentions = mentions
        ex.places = distinct_places(mentions)
        return ex
