"""Plain data passed between Rasd's stages.

Every stage takes and returns these dataclasses; none of them holds a
reference to a database, a lexicon or another stage.  Offsets (`start`,
`end`) always index the *original* article text, never a normalised view.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One document as it enters the pipeline."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) of publication, when known
    title: str | None = None
    language: str = "ar"
    source_path: str | None = None


# Never changed once made, but not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a generic call, several times a plain store), and ~22 are made an article; unsafe_hash
# gives it the hash a frozen class has (of its fields)
@dataclass(unsafe_hash=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str


class Token:
    """A word, number or punctuation mark; `norm` is its matching form.  Never changed once made.

    A plain class with slots, not a frozen dataclass: segmentation makes one per token of every article
    (a frozen dataclass sets each field through object.__setattr__), and every stage reads their fields
    (a slot is read without a dictionary)."""

    __slots__ = ("end", "index", "is_word", "norm", "start", "text")

    def __init__(self, index: int, start: int, end: int, text: str, norm: str, is_word: bool) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.is_word = is_word

    def _fields(self) -> tuple:
        return (self.index, self.start, self.end, self.text, self.norm, self.is_word)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Token(index={self.index!r}, start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"norm={self.norm!r}, is_word={self.is_word!r})")


# Never changed once made, but not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a generic call, several times a plain store), and ~10 are made an article; unsafe_hash
# gives it the hash a frozen class has (of its fields)
@dataclass(unsafe_hash=True)
class Sentence:
    """A sentence of the text: its original span and its tokens (first_token .. last_token - 1)."""

    index: int
    start: int
    end: int
    text: str
    first_token: int  # index into the document's token list
    last_token: int   # exclusive


# --- recognition -----------------------------------------------------------


@dataclass
class PlaceCandidate:
    """One gazetteer entry a name could refer to."""

    id: str                 # "gn:<geonameid>", "sup:<key>", "cc:<ISO>"
    name_en: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str               # country, city, town, village, wadi, region, ...
    population: int = 0
    admin1: str | None = None
    source: str = "geonames"  # geonames | supplement | country | translit | context
    score: float = 0.0
    capital: bool = False   # a national capital


@dataclass
class PlaceMention:
    span: Span                      # the name itself, proclitics excluded
    name: str                       # base form as written (no و/ب/ل/ف/ك)
    key: str                        # normalised matching key
    sentence: int
    candidates: list[PlaceCandidate] = field(default_factory=list)
    cue: str | None = None          # cue word that introduced it (وادي، منطقة، ...)
    cue_kind: str | None = None     # kind the cue announces (wadi, border_crossing, ...)
    cue_plural: bool = False        # the cue names several (أحياء، قرى): "أحياء جدة" is the city's quarters
    offset_km: float | None = None  # "100 كيلومتر جنوب الجفرة": distance ...
    bearing: float | None = None    # ... and compass bearing in degrees from the named place (also alone: "غربي بغداد")
    locative: bool = False          # after في/من/إلى/قرب..., or in a list of places
    unlisted: bool = False          # an unseen word after a locative preposition, known to no list
    agent: bool = False             # the subject of a verb next to it ("قالت فرنسا"): an actor's slot
    written: str | None = None      # the whole first word when proclitics were stripped (وكالة for كالة)
    named_after: str | None = None  # key of the place inside a facility's name (بيروت of مرفأ بيروت)
    stoplisted: bool = False        # a stoplisted name (سحاب "clouds") a cue word or a '#' made a place
    country_said: str | None = None  # ISO2 a nationality adjective right after the name gives ("طرابلس اللبنانية")
    in_next: bool = False           # the next mention, right after في/ب, says where this one lies (المنصورة في عدن)
    after_and: str | None = None    # the key read as و + a listed name, when the whole word is a name too (وجدة: Oujda, or و + جدة)
    resolved: PlaceCandidate | None = None
    confidence: float = 0.0
    named: Span | None = None       # the proper name inside `span` where less (غزة of قطاع غزة, مكة of مكة المكرمة)
    adjective_slot: bool = False    # right after an indefinite word in ة, as an adjective would stand (دراسة حديثة)
    joined: bool = False            # an unseen word joined by و to the place before it ("في دار سعد وجعولة")
    definite_slot: bool = False     # a definite word right after a definite word, as an adjective stands (اللحية البيضاء)
    # adjectives22: a country named as a definite word's adjective ("القوات السعودية"): evidence of the article's
    # country, as the adjective is, but no place of its own
    as_adjective: bool = False
    described: bool = False         # a description standing for a country (المملكة): the country's name is preferred
    # saudiplaces27: a seat named by an everyday word (تربة "soil") read bare in a list or before the place that holds
    # it: a place only beside a place of its own country (rasd.resolve.places)
    needs_mate: bool = False


@dataclass
class ActorMention:
    span: Span
    name: str                       # as written, proclitics excluded
    sentence: int
    actor_id: str | None = None     # registry key; None for pattern-only actors
    canonical: str | None = None    # English canonical name
    kind: str | None = None
    country: str | None = None
    generic: bool = False           # anaphoric ("التنظيم") or unspecific mention
    weak: bool = False              # an alias that is also an everyday word ("القاعدة"): needs the article's support
    descriptive: bool = False       # "جنود ليبيين", "طائرات أمريكية": described, not named


@dataclass
class DateMention:
    span: Span
    sentence: int
    date: str | None                # ISO at the given precision, None if unresolved
    precision: str                  # day, week, month, year, unknown
    relative: bool = False


@dataclass
class NumberMention:
    """A quantity as written: digits, number words, or a vague amount.

    `value` is the number stated (also when hedged: "أكثر من 100" has
    value 100 and low 100); `low`/`high` bound it where the text does
    ("ما لا يقل عن", "لا يزيد عن", "عشرات"); vague amounts have no value.
    """

    span: Span
    sentence: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    hedge: str | None = None        # approx | at_least | more_than | at_most | less_than | range | vague
    first_token: int = 0            # token range of the whole expression, hedge included
    last_token: int = 0             # exclusive
    unit_hint: str | None = None    # "%" for percentages

    def as_count(self) -> tuple[int | None, int | None, int | None]:
        """value, low and high as whole numbers (a count of people or things), None where absent."""
        return tuple(round(v) if v is not None else None for v in (self.value, self.low, self.high))  # type: ignore[return-value]


# --- extraction ------------------------------------------------------------


@dataclass
class PlaceRef:
    """A resolved place as it is referred to by an event, route or claim."""

    name: str
    id: str | None = None
    name_en: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None
    admin1: str | None = None
    span: Span | None = None
    relation: str | None = None     # "100 km S of" style relative description

    @classmethod
    def of(cls, m: PlaceMention) -> PlaceRef:
        """The reference to a place mention: its resolution, or a context id for a place no list has."""
        c = m.resolved
        return cls(name=m.name, id=c.id if c else f"ctx:{m.key}", name_en=c.name_en if c else None,
                   country=c.country if c else None, lat=c.lat if c else None, lon=c.lon if c else None,
                   kind=c.kind if c else m.cue_kind, admin1=c.admin1 if c else None, span=m.span)


@dataclass
class ActorRef:
    name: str                       # Arabic, as written
    canonical: str | None = None
    actor_id: str | None = None
    span: Span | None = None
    kind: str | None = None

    @property
    def label(self) -> str:
        return self.canonical or self.name

    @classmethod
    def of(cls, a: ActorMention) -> ActorRef:
        return cls(name=a.name, canonical=a.canonical, actor_id=a.actor_id, span=a.span, kind=a.kind)


@dataclass
class Event:
    type: str
    sub_type: str
    evidence: Span
    trigger: Span
    date: str | None = None
    date_precision: str = "unknown"
    place: PlaceRef | None = None
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    fatalities: int | None = None
    note: str = ""
    sentence: int = 0


@dataclass
class Movement:
    actor: ActorRef | None
    path: list[PlaceRef]
    evidence: Span
    trigger: Span | None = None
    sentence: int = 0


@dataclass
class Claim:
    quantity: str                   # fighters, killed, wounded, captured, displaced, weapons
    evidence: Span
    value: int | None = None
    low: int | None = None
    high: int | None = None
    approx: bool = False
    actor: ActorRef | None = None
    place: PlaceRef | None = None
    source: ActorRef | list[ActorRef] | None = None
    sentence: int = 0


@dataclass
class Place:
    """A distinct place of an article (one per resolved entity)."""

    name: str
    id: str
    name_en: str | None
    country: str | None
    lat: float | None
    lon: float | None
    kind: str | None
    admin1: str | None = None
    source: str = "geonames"
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Actor:
    """A distinct actor of an article."""

    name: str
    canonical: str | None
    actor_id: str | None
    kind: str | None = None
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything Rasd reads out of one article."""

    article: Article
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    date_mentions: list[DateMention] = field(default_factory=list)
    number_mentions: list[NumberMention] = field(default_factory=list)


def to_plain(obj: Any) -> Any:
    """Dataclass tree -> JSON-ready dicts and lists."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(x) for x in obj]
    return obj
