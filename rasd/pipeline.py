"""The whole reading of one article, stage after stage.

    text (normalise, segment) -> recognise (numbers, dates, places, actors)
    -> resolve (calendar, gazetteer, actor registry)
    -> extract (events, movements, claims, notes)

`Resources` holds every lexicon and index, loaded once and read-only; a
`Pipeline` is cheap to share between threads and to send to Dask workers
(it reloads its resources there instead of pickling them).
"""
from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass, field

from rasd import bundle
from rasd.extract.casualties import CasualtyFinder, VictimNamer
from rasd.extract.attribution import ForceNamer
from rasd.extract.claims import ClaimExtractor, load_claim_lexicon
from rasd.extract.document import DatedSpan, Document
from rasd.extract.events import EventExtractor
from rasd.extract.lexicon import load_casualty_lexicon, load_event_lexicon
from rasd.extract.movements import MovementExtractor, load_movement_lexicon
from rasd.extract.notes import event_note
from rasd.model import Article, DateMention, Extraction
from rasd.recognise.actors import ActorLexicon, ActorRecogniser, load_actor_lexicon
from rasd.recognise.domain import DomainLexicon, load_domain_lexicon, profile as domain_profile
from rasd.recognise.dates import CalendarLexicon, find_dates, load_calendar_lexicon
from rasd.recognise.numbers import NumberLexicon, find_numbers, load_number_lexicon
from rasd.recognise.places import PlaceCueLexicon, PlaceRecogniser, load_place_cues, place_matcher
from rasd.recognise.roles import load_agency
from rasd.recognise.vetoes import load_vetoes
from rasd.resolve.actors import ActorResolver, distinct_actors
from rasd.resolve.calendar import after_publication, resolve_all, writing_day
from rasd.resolve.gazetteer import Gazetteer
from rasd.resolve.places import PlaceResolver, ProperName, distinct_places, drop_actor_shadows
from rasd.text.matcher import (PhraseMatcher, SharedAnswers, WordTest, learn_words, learned_answers,
                               learned_first_words, reachable)
from rasd.text.morph import FormIndex
from rasd.text.morphology import nisba_forms
from rasd.text.page import PageLexicon, body_end, load_page_lexicon
from rasd.text.segment import segment
from rasd.text.vocabulary import Vocabulary


@dataclass
class Resources:
    page: PageLexicon
    gazetteer: Gazetteer
    place_cues: PlaceCueLexicon
    places: PlaceRecogniser
    place_resolver: PlaceResolver
    vocabulary: Vocabulary
    actor_lexicon: ActorLexicon
    actors: ActorRecogniser
    actor_resolver: ActorResolver
    calendar: CalendarLexicon
    numbers: NumberLexicon
    domains: DomainLexicon
    events: EventExtractor
    movements: MovementExtractor
    claims: ClaimExtractor
    # every WordTest and PhraseMatcher above, listed when compiled so that loading need not look for them,
    # and which of them answer each learned word true, and which phrase matchers each first word of a
    # name begins (rasd.text.matcher.SharedAnswers)
    lexicon_tests: tuple = ()
    lexicon_answers: dict = field(default_factory=dict)
    lexicon_firsts: dict = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Resources":
        """The compiled resources (rasd/bundle.py): built from the lexicons once, then read in one go."""
        resources = bundle.load(cls.build)
        # the memos are made anew when unpickled: have them answer articles together
        SharedAnswers(resources.lexicon_tests, resources.lexicon_answers, resources.lexicon_firsts)
        return resources

    @classmethod
    def build(cls) -> "Resources":
        """Every lexicon and index read from its source files."""
        gaz = Gazetteer.load()
        forms = FormIndex.load()  # one index for events and movements
        cues = load_place_cues()
        calendar = load_calendar_lexicon()   # one for dates and for the events' counts from another incident
        vocab = Vocabulary.load()
        agency = load_agency()
        vetoes = load_vetoes()
        actor_lex = load_actor_lexicon()
        role_templates = {r.name: r.template for p in actor_lex.heads.phrases() for r in actor_lex.heads.get(p)}
        casualties = CasualtyFinder(load_casualty_lexicon(), actor_lex.adjectives)
        claims = ClaimExtractor(load_claim_lexicon(), casualties, vocab,
                                VictimNamer(role_templates, actor_lex.country_en, actor_lex.entry_for_canonical),
                                ForceNamer(actor_lex.heads, actor_lex.country_en, actor_lex.entry_for_canonical))
        resources = cls(
            page=load_page_lexicon(),
            gazetteer=gaz,
            place_cues=cues,
            places=PlaceRecogniser(place_matcher(gaz.names() + sorted(cues.descriptive)), cues, gaz.stopwords, vocab,
                                   {f: iso for adj, iso in gaz.adjectives.items() for f in nisba_forms(adj)}, agency, vetoes,
                                   gaz.broad_names(), forms.rules.pronouns_longest_first,
                                   gaz.stoplisted_places(), actor_lex.by_alias),
            place_resolver=PlaceResolver(gaz, vocab, cues.ambiguous, cues.vowelled, cues.descriptive, cues.local_cues,
                                         proper_name=ProperName(cues.classifiers, cues.honorifics),
                                         district_cues=cues.district_cues,
                                         words_after_preposition=cues.after_preposition,
                                         short_by_hamza=cues.short_by_hamza),
            vocabulary=vocab,
            actor_lexicon=actor_lex,
            actors=ActorRecogniser(actor_lex, vocab, cues.locative, agency, cues.ambiguous, vetoes),
            actor_resolver=ActorResolver(actor_lex),
            calendar=calendar,
            numbers=load_number_lexicon(),
            domains=load_domain_lexicon(),
            events=EventExtractor(load_event_lexicon(vocab.zipf_by_word), casualties, role_templates, actor_lex.country_en,
                                  actor_lex.adjectives, actor_lex.entry_for_canonical,
                                  country_place=CountryPlace(gaz), speaker_of=claims.speaker, forms=forms,
                                  calendar=calendar, group_adjectives=actor_lex.group_adjectives()),
            movements=MovementExtractor(load_movement_lexicon(), forms),
            claims=claims,
        )
        # the lexicons' answers for the vocabulary's words, asked once here instead of in every process.
        # The vocabulary's own table is the list of words asked (a dict answers `in` as a set does): a
        # frozenset copy of its 180k words cost ~15% of unpickling the resources at every start
        learn_words(resources, vocab.zipf_by_word)
        resources.lexicon_tests = tuple(reachable(resources, (WordTest, PhraseMatcher)))
        resources.lexicon_answers = learned_answers(resources.lexicon_tests)
        resources.lexicon_firsts = learned_first_words(resources.lexicon_tests)
        return resources


@dataclass(frozen=True, eq=False)
class CountryPlace:
    """ISO2 -> (the country's Arabic name, its gazetteer entry), or None (a function that pickles)."""

    gaz: Gazetteer

    def __call__(self, iso: str):
        gaz = self.gaz
        if iso in gaz.countries and iso in gaz.country_names:
            return gaz.country_names[iso], gaz.countries[iso]
        return None


# seconds one article may take before it is given up and reported (`rasd extract/ingest --time-budget`,
# RASD_TIME_BUDGET, the API's `time_budget`): an ordinary article takes tens of milliseconds, the
# longest the store accepts (500,000 characters) a few seconds when every stage is linear
DEFAULT_TIME_BUDGET_S = float(os.environ.get("RASD_TIME_BUDGET") or 60.0)


class OverBudget(Exception):
    """An article whose extraction took longer than its time budget (it was stopped)."""


class _Stop(BaseException):
    """Raised inside the extracting thread when its time is up (a BaseException, so that no
    `except Exception` inside a stage can swallow it)."""


class _Deadline:
    """Stops the current thread's Python code after `seconds` by raising `_Stop` in it.

    A timer thread sets an asynchronous exception on the extracting thread (any thread, not only
    the main one, so the API's worker threads are bounded too).  Code running inside one C call
    (a single regular expression) is stopped when that call returns.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = True
        self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        import ctypes  # only when a deadline fires (rare): ~10 ms of every process's start-up otherwise

        with self.lock:
            if self.active:
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), ctypes.py_object(_Stop))

    def __enter__(self) -> "_Deadline":
        self.timer.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        with self.lock:
            self.active = False
            self.timer.cancel()
            if self.fired and exc_type is None:   # fired, not yet raised: withdraw it
                import ctypes

                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), None)
        # fired: the article is over its budget, whether the exception reached the extraction or was swallowed on
        # the way (a garbage-collection callback reports it as "unraisable" and goes on)
        if self.fired or (exc_type is not None and issubclass(exc_type, _Stop)):
            raise OverBudget(f"over the time budget ({self.seconds:g} s per article); the article was "
                             "stopped and not extracted") from None
        return False


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

    def extract_within(self, article: Article, seconds: float | None = DEFAULT_TIME_BUDGET_S) -> Extraction:
        """`extract(article)`, stopped with OverBudget after `seconds` (None or 0: no limit).

        The resources are loaded before the clock starts: the budget is the article's own.
        """
        if not seconds or seconds <= 0:
            return self.extract(article)
        self.resources  # noqa: B018
        try:
            with _Deadline(seconds):
                return self.extract(article)
        except _Stop:          # raised after the block ended, before the timer could be withdrawn
            raise OverBudget(f"over the time budget ({seconds:g} s per article)") from None

    def extract(self, article: Article) -> Extraction:
        r = self.resources
        published = parse_published(article.published)
        # a prefix of the text (the page's trailing tags left out): its offsets are the article's
        seg = segment(article.text[:body_end(article.text, r.page)])
        # recognise
        numbers = find_numbers(seg, r.numbers)
        date_exprs = find_dates(seg, r.calendar)
        domain = domain_profile(seg, r.domains)
        place_mentions = r.places.find(seg, numbers)
        actor_mentions = r.actors.find(seg)
        # resolve
        place_mentions = r.place_resolver.resolve(place_mentions, r.places.countries_described(seg))
        actor_mentions = r.actor_resolver.resolve(actor_mentions, place_mentions, published)
        place_mentions = drop_actor_shadows(place_mentions, actor_mentions)
        dated = []
        written = writing_day(date_exprs, published)   # "أمس" counts from the day the text was written
        for e, rd in zip(date_exprs, resolve_all(date_exprs, written), strict=True):
            dated.append(DatedSpan(e.first_token, e.last_token, e.span, rd.date, rd.precision, e))
        # extract
        doc = Document(article, seg, published, place_mentions, actor_mentions, numbers, dated, domain)
        events = r.events.extract(doc)
        for e in events:
            if after_publication(e.date, e.date_precision, published):
                # an incident is not reported before it happens: the date is a plan or an error, not the event's
                e.date, e.date_precision = None, "unknown"
            e.note = event_note(e)
        ex = Extraction(article=article)
        ex.place_mentions = place_mentions
        ex.places = distinct_places(place_mentions)
        ex.actor_mentions = actor_mentions
        ex.actors = distinct_actors(actor_mentions)
        ex.number_mentions = numbers
        ex.date_mentions = [DateMention(d.span, seg.sentence_of(d.first_token), d.date, d.precision,
                                        relative=bool(getattr(d.expr, "relative", None))) for d in dated]
        ex.events = events
        ex.movements = r.movements.extract(doc)
        ex.claims = r.claims.extract(doc)
        return ex
