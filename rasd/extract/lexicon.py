"""Loading the extraction lexicons: event triggers, casualty words, claims.

Trigger families in `events.yaml` list verbs by their past-tense 3rd person
masculine form; the conjugated forms news uses are generated here (a small,
regular part of Arabic morphology: suffixes of the past, prefixes and
suffixes of the present, attached object pronouns, the future prefix س).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from functools import cached_property

from rasd.lexicons import LexiconError, load_yaml
from rasd.text.clitics import ARTICLE, reading_stems, readings
from rasd.text.matcher import PhraseMatcher, WordTest, name_tokens
from rasd.text.morphology import before_possessive
from rasd.text.normalise import norm

PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و")
PRESENT_PREFIXES = ("ي", "ت", "ن")
PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "ين", "وا", "و")
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


@dataclass(frozen=True)
class Trigger:
    family: str
    pos: str            # verb | noun | form
    tense: str = ""     # past | present | future (verbs)
    definite: bool = False
    lemma: str = ""     # the normalised lemma, for a trigger found by its lemma (rasd.text.morph)
    participle: bool = False  # a participle of the lemma (Family.participles): it names the doers, not the incident


def verb_forms(past: str) -> dict[str, str]:
    """Normalised conjugated forms of a verb given in the past 3ms -> tense."""
    stem = norm(past)
    out: dict[str, str] = {}
    for suf in PAST_SUFFIXES:
        form = stem + suf
        out.setdefault(form, "past")
        base = form[:-1] if form.endswith("وا") else form  # استهدفوا + ه -> استهدفوه
        for obj in OBJECT_SUFFIXES:
            out.setdefault(base + obj, "past")
    pres = stem[1:] if stem.startswith("ا") and len(stem) > 3 else stem
    for p in PRESENT_PREFIXES:
        for suf in PRESENT_SUFFIXES:
            form = p + pres + suf
            out.setdefault(form, "present")
            out.setdefault("س" + form, "future")
            for obj in OBJECT_SUFFIXES:
                out.setdefault(form + obj, "present")
    return out


def noun_forms(noun: str) -> dict[str, bool]:
    """Normalised forms of a noun phrase -> definite?

    "ضربة جوية" also matches "الضربة الجوية" (article on noun and adjective)
    and "الضربة جوية"-free idafa forms such as "عبوة الناسفة" are not made.
    """
    toks = name_tokens(noun)
    if not toks:
        return {}
    out = {" ".join(toks): toks[0].startswith("ال")}
    if not toks[0].startswith("ال"):
        with_article = ["ال" + t if not t.startswith("ال") else t for t in toks]
        out.setdefault(" ".join(with_article), True)
        out.setdefault(" ".join(["ال" + toks[0], *toks[1:]]), True)
    if not any(t.startswith("ال") for t in toks):
        # the indefinite accusative writes an alif: "نصبوا كمينا", "شنت قصفا مدفعيا"
        accusative = [t + "ا" if t[-1] not in "اهوء" and not t.endswith("ات") else t for t in toks]
        out.setdefault(" ".join(accusative), False)
    for form in _possessed_noun(toks):
        out.setdefault(form, True)
    return out


# Possessive suffixes on a one-word feminine or plural trigger noun ("كثفت الطائرات من غاراتها", "عمليته"):
# ة is written ت before them (normalised text has ه for ة).  Not on other nouns, whose suffixed forms are
# often a verb with its object ("قصفها": bombed it).
_POSSESSIVES = ("ه", "ها", "هم", "هما")


def _possessed_noun(toks: list[str]) -> list[str]:
    w = toks[0] if len(toks) == 1 else ""
    if len(w) < 4 or w.startswith("ال") or not w.endswith(("ات", "ه")):
        return []
    return [before_possessive(w) + p for p in _POSSESSIVES]


@dataclass
class Family:
    id: str
    type: str
    sub_type: str
    priority: int
    needs_for: dict[str, frozenset[str]] = field(default_factory=dict)
    not_with: frozenset[str] = frozenset()
    outcome: bool = False      # a death report: its own incident only when nothing else is reported
    not_after: PhraseMatcher[str] | None = None  # words right after the trigger that cancel it
    territory: frozenset[str] = frozenset()  # ground words one of which must follow a change of territory
    nominal_object: bool = False  # the noun's complement (and a pronoun on it) is the object: actor2
    with_deaths: str | None = None  # the family an incident of this one becomes when people were killed
    participles: bool = False  # its lemmas' participles report it too ("المنسحبين"); default: they describe
    one_per_place: bool = False  # a list of places after the trigger makes one incident each (ACLED)
    # lemma -> words one of which must follow it within GROUND_MARKER_REACH tokens ("انسحب من")
    ground_marker: dict[str, frozenset[str]] = field(default_factory=dict)
    standing: bool = False  # a state that holds: "in force since" a date long past, it was made then, not now
    not_before: frozenset[str] = frozenset()  # words right before the trigger (or its count) that cancel it
    # a list of provinces after a plural cue makes one incident each ("المعارك في محافظات الضالع وأبين"; lists29)
    province_lists: bool = False
    # two words right before the trigger that cancel it (a `not_before` entry of two words): "منصات إطلاق القذائف"
    not_before_pairs: frozenset[tuple[str, str]] = frozenset()
    # a trigger a word of exposure governs by a glued ل ("تعرض المركز لقذائف") has happened: its need is met
    exposure_meets_needs: bool = False
    # a trigger by ب after a word of death or wounding in its clause ("قتل ثلاثة جنود بقذيفة") has hit: its need is met
    harm_meets_needs: bool = False
    # form -> nouns one of which must be its object by a glued ل a few words after it ("تصدت المقاومة لمحاولة
    # تقدم": a verb of facing tells a fight only where what it faced was an attack; repel37)
    object_of: dict[str, frozenset[str]] = field(default_factory=dict)
    # its subject or its object after على that is no ground ("سيطرت فرق الدفاع المدني على حريق": a fire; gaps38)
    not_objects: frozenset[str] = frozenset()


@dataclass
class Qualifier:
    id: str
    words: PhraseMatcher[str]
    applies_to: frozenset[str]
    sets: str
    # only where no other trigger of the sentence tells an incident the trigger may be part of (one_incident)
    alone: bool = False
    # also as the subject a complementiser opens the trigger's clause with, however far before it
    as_subject: bool = False
    # only as the trigger's object: the word right after it, or after a count ("أحرقوا ثلاثة شبان")
    object_only: bool = False
    # only after the trigger, in its near window ("قصف بالبراميل"): before it, the word belongs to another act
    after_only: bool = False
    # read when the incident is coded, anywhere in the clause of every hit that tells it (the sides of a clash, named
    # after بين, may stand several words on: "مواجهات بين قوات الأمن التركية ومتظاهرين"), not on each hit as triggers
    # are found: the incident (how its tellings fold into one) stays as it was, only its family changes
    at_coding: bool = False
    # at coding, anywhere in the sentence of a hit that tells it, not only near it in its clause: what a crowd threw
    # is often told in the clause before the soldiers' fire ("ألقت مجموعة الحجارة على السياج وإن الجنود أطلقوا النار")
    in_sentence: bool = False


def word_set(words, where: str) -> frozenset[str]:
    """A lexicon list of single words, normalised as the text is (`norm`)."""
    out = set()
    for w in words or []:
        key = norm(str(w))
        if " " in key:
            raise LexiconError(f"{where}: {w!r} is several words; this list holds single words")
        out.add(key)
    return frozenset(out)


def load_word_lists(name: str, cls):
    """A YAML file of named single-word lists as an instance of the dataclass `cls`, one field per list."""
    data = load_yaml(name) or {}
    wanted = {f.name for f in fields(cls)}
    missing, unknown = wanted - set(data), set(data) - wanted
    if missing or unknown:
        raise LexiconError(f"{name}: lists missing {sorted(missing)}, unknown {sorted(unknown)}")
    return cls(**{k: word_set(v, f"{name}: {k}") for k, v in data.items()})


@dataclass(frozen=True)
class Alliance:
    """Sides that fight as one in a war (alliances.yaml): actor ids, the war's country, the span it held."""

    sides: frozenset[str]
    country: str
    start: dt.date | None = None
    end: dt.date | None = None

    def holds(self, a: str | None, b: str | None, country: str | None, day: dt.date | None) -> bool:
        """Actors `a` and `b` (ids), two sides of this alliance, in a report of `day` about `country` (either
        unknown: no bar)."""
        return a != b and a in self.sides and b in self.sides and (country is None or country == self.country) \
            and (day is None or (self.start is None or self.start <= day) and (self.end is None or day <= self.end))


def load_alliances() -> tuple[Alliance, ...]:
    """alliances.yaml, read."""
    def day(v) -> dt.date | None:
        return dt.date.fromisoformat(str(v)) if v else None
    return tuple(Alliance(frozenset(str(x) for x in e["sides"]), str(e["country"]).upper(), day(e.get("from")),
                          day(e.get("until"))) for e in load_yaml("alliances.yaml") or [])


@dataclass(frozen=True)
class RoleWords:
    """The word lists of `event_roles.yaml` (each one described there), normalised."""

    light_verbs: frozenset[str]
    going_on: frozenset[str]
    still_going_on: frozenset[str]
    continuing: frozenset[str]
    agent_markers: frozenset[str]
    hands: frozenset[str]
    before_it: frozenset[str]
    target_markers: frozenset[str]
    against: frozenset[str]
    party_with: frozenset[str]
    affiliation: frozenset[str]
    perpetrator_nouns: frozenset[str]
    responsibility: frozenset[str]
    between_sides: frozenset[str]
    side_parts: frozenset[str]
    both_sides: frozenset[str]
    fight_setting: frozenset[str]
    killing_with_subject: frozenset[str]
    own_dead_feminine: frozenset[str]
    own_dead_masculine: frozenset[str]
    martyrdom_words: frozenset[str]
    condolence_words: frozenset[str]
    source_preposition: frozenset[str]
    partitive_preposition: frozenset[str]
    partitive_heads: frozenset[str]
    relatives: frozenset[str]
    bare_complementisers: frozenset[str]
    noun_governors: frozenset[str]
    locative: frozenset[str]
    place_origin: frozenset[str]
    border: frozenset[str]
    border_nouns: frozenset[str]
    allegiance: frozenset[str]
    allegiance_links: frozenset[str]
    superlatives: frozenset[str]
    span_openers: frozenset[str]
    long_span_units: frozenset[str]
    long_span_unit_after_number: frozenset[str]
    place_description: frozenset[str]
    near_adjectives: frozenset[str]
    violence_in_general: frozenset[str]
    relative_after_place: frozenset[str]
    resumptive: frozenset[str]
    weak_place_before: frozenset[str]
    general_prepositions: frozenset[str]
    toll_words: frozenset[str]
    ranks: frozenset[str]
    losses: frozenset[str]
    count_hedges: frozenset[str]
    venturing_nouns: frozenset[str]
    venture_preposition: frozenset[str]
    place_list_links: frozenset[str]
    place_list_spots: frozenset[str]
    list_district_cues: frozenset[str]
    list_peer_cues: frozenset[str]
    list_peer_province_cues: frozenset[str]
    list_peer_including: frozenset[str]
    place_list_descriptions: frozenset[str]
    since: frozenset[str]
    relative_before_present: frozenset[str]
    background_after: frozenset[str]
    accusation: frozenset[str]
    field_sources: frozenset[str]
    background_links: frozenset[str]
    time_approximators: frozenset[str]
    time_lengths: frozenset[str]
    parts_of_day: frozenset[str]
    lengths_of_a_past: frozenset[str]
    phrase_links: frozenset[str]
    phrase_conjuncts: frozenset[str]
    answering: frozenset[str]
    answer_exceptives: frozenset[str]
    announcing_nouns: frozenset[str]
    relative_auxiliaries: frozenset[str]
    nationwide_quantifiers: frozenset[str]
    nationwide_areas: frozenset[str]
    demonstratives: frozenset[str]
    verbal_noun_heads: frozenset[str]
    approximate_place: frozenset[str]
    distance_units: frozenset[str]
    recent_span_units: frozenset[str]
    recent_span_past: frozenset[str]
    two_day_units: frozenset[str]
    night_spans: frozenset[str]
    night_nouns: frozenset[str]
    then_adverbs: frozenset[str]
    same_day_nouns: frozenset[str]
    until: frozenset[str]
    witness_verbs: frozenset[str]
    saying_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    doing_verbs: frozenset[str]
    doing_nouns: frozenset[str]
    operation_nouns: frozenset[str]
    suffering_verbs: frozenset[str]
    carrying_out_verbs: frozenset[str]
    control_verbs: frozenset[str]
    eve_and_morrow: frozenset[str]
    outbreak_verbs: frozenset[str]
    happening_verbs: frozenset[str]
    start_words: frozenset[str]
    outcome_links: frozenset[str]
    as_reported: frozenset[str]
    also_openers: frozenset[str]
    sources_told_before: frozenset[str]
    speakers_for_a_body: frozenset[str]
    not_a_body: frozenset[str]
    another_strand: frozenset[str]
    past_auxiliaries: frozenset[str]
    statement_going_on: frozenset[str]
    section_openers: frozenset[str]
    according_to: frozenset[str]
    seat_nouns: frozenset[str]
    venue_nouns: frozenset[str]
    seat_of_a_body: frozenset[str]
    seat_openers: frozenset[str]
    place_object_verbs: frozenset[str]
    town_pointers: frozenset[str]
    territory_nouns: frozenset[str]
    owned_things: frozenset[str]
    holding_verbs: frozenset[str]
    subject_suffixes: frozenset[str]
    verb_preludes: frozenset[str]
    unit_nouns: frozenset[str]
    holding_nouns: frozenset[str]
    holding_prepositions: frozenset[str]
    holder_heads: frozenset[str]
    counted_subject_verbs: frozenset[str]
    exchanging_verbs: frozenset[str]
    accusing_nouns: frozenset[str]
    past_negations: frozenset[str]
    unclear_verbs: frozenset[str]
    alternatives: frozenset[str]
    unclaimed_verbs: frozenset[str]
    unclaimed_parties: frozenset[str]
    when_conjunctions: frozenset[str]
    name_epithets: frozenset[str]
    accusing_verbs: frozenset[str]
    fought_nouns: frozenset[str]
    announced_object_markers: frozenset[str]
    declaring_verbs: frozenset[str]
    declaring_bare: frozenset[str]
    declared_pronouns: frozenset[str]
    keeping_nouns: frozenset[str]
    keeping_links: frozenset[str]
    asking_verbs: frozenset[str]
    repelling_verbs: frozenset[str]
    repelled_nouns: frozenset[str]
    foiling_verbs: frozenset[str]
    set_off_by: frozenset[str]
    attempt_nouns: frozenset[str]
    own_forces_tellers: frozenset[str]
    country_places: frozenset[str]
    target_prepositions: frozenset[str]
    fire_of: frozenset[str]
    made_in: frozenset[str]
    blow_qualifiers: frozenset[str]
    answering_verbs: frozenset[str]
    answer_manner: frozenset[str]     # the preposition of the answer after a verb of answering ("ورد الجيش بقصف")
    unknown_origin: frozenset[str]
    origin_nouns: frozenset[str]
    attributing_verbs: frozenset[str]
    attributed_to: frozenset[str]
    attribution_openers: frozenset[str]
    subjected_verbs: frozenset[str]
    blow_sources: frozenset[str]
    speaking_of_verbs: frozenset[str]
    using_verbs: frozenset[str]
    using_pronouns: frozenset[str]
    place_user_openers: frozenset[str]
    belonging_verbs: frozenset[str]
    belonging_prepositions: frozenset[str]
    cause_of_death: frozenset[str]
    struck_by: frozenset[str]
    helper_verbs: frozenset[str]
    helper_prepositions: frozenset[str]
    support_markers: frozenset[str]
    air_support: frozenset[str]
    unnamed_ground: frozenset[str]
    summary_marks: frozenset[str]
    condemning_words: frozenset[str]
    crime_nouns: frozenset[str]
    pushing_verbs: frozenset[str]
    pushed_to: frozenset[str]
    doer_nouns: frozenset[str]
    incident_prepositions: frozenset[str]
    member_nouns: frozenset[str]
    befalling_nouns: frozenset[str]
    own_members: frozenset[str]
    pointing_heads: frozenset[str]
    possessive_suffixes: frozenset[str]
    reciprocal_verbs: frozenset[str]
    also: frozenset[str]
    relative_after_trigger: frozenset[str]
    resumptive_after_trigger: frozenset[str]
    specifying_verbs: frozenset[str]
    another_incident: frozenset[str]
    assassinating: frozenset[str]
    another_of_the_same: frozenset[str]
    aircraft_nouns: frozenset[str]
    aircraft_kinds: frozenset[str]
    first_person_suffixes: frozenset[str]
    opposing: frozenset[str]
    losing_verbs: frozenset[str]
    gained_for: frozenset[str]
    starting_verbs: frozenset[str]
    separate_openers: frozenset[str]
    fronted_topics: frozenset[str]
    continuing_openers: frozenset[str]
    separate_nouns: frozenset[str]
    separate_words: frozenset[str]
    story_links: frozenset[str]
    border_with_nouns: frozenset[str]
    same_place_nouns: frozenset[str]
    sameness_words: frozenset[str]
    sequel_words: frozenset[str]
    sequel_pointers: frozenset[str]
    departure_verbs: frozenset[str]
    heading_words: frozenset[str]
    heading_to: frozenset[str]

    @cached_property
    def reporting_verbs(self) -> frozenset[str]:
        """The verbs of saying and of announcing together, asked of many words per article."""
        return self.saying_verbs | self.announcing_verbs

    @cached_property
    def telling_words(self) -> frozenset[str]:
        """What an unarmed body does to an incident before it: says, announces, condemns or speaks of it."""
        return self.reporting_verbs | self.condemning_words | self.speaking_of_verbs

    @cached_property
    def dead_or_hurt_words(self) -> frozenset[str]:
        """The nouns of what befell people and the words of a toll: a count of the dead or hurt near them."""
        return self.befalling_nouns | self.toll_words

    @cached_property
    def happening_or_witnessed(self) -> frozenset[str]:
        """The verbs whose subject or object, right after a date, is what happened that day: happening, witnessing,
        going on, breaking out (asked of every definite incident noun)."""
        return self.happening_verbs | self.witness_verbs | self.continuing | self.outbreak_verbs

    @cached_property
    def deeds_told(self) -> frozenset[str]:
        """The verbs that tell a deed done or going on when they stand before an incident noun: announcing, light
        verbs of carrying out, starting, managing, taking control, happening, witnessing, going on (genre27's
        `incidents._told_by_a_verb`, asked of every hit of a talks article)."""
        return self.announcing_verbs | self.light_verbs | self.going_on | self.happening_or_witnessed | \
            self.control_verbs | self.carrying_out_verbs | self.doing_verbs

    @cached_property
    def hit_grounds(self) -> frozenset[str]:
        """The nouns of ground a blow falls on (nationwide areas, unnamed ground, territory), asked after every strike."""
        return self.nationwide_areas | self.unnamed_ground | self.territory_nouns


@dataclass
class EventLexicon:
    families: dict[str, Family]
    triggers: PhraseMatcher[Trigger]
    qualifiers: list[Qualifier]
    targets: dict[str, PhraseMatcher[str]]     # class -> matcher
    modality: dict[str, frozenset[str]]        # kind -> words (normalised)
    modality_phrases: PhraseMatcher[str]       # multi-word modality cues
    plural: frozenset[tuple[str, ...]] = frozenset()   # plural triggers that need specifics
    gapped: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # head word -> [(tail, family)]
    passive: dict[str, str] = field(default_factory=dict)  # auxiliary ("تم", "يتم") -> tense
    unnamed_militants: frozenset[str] = frozenset()  # "الجهاديون": fighters of no named group
    speaker_side: frozenset[str] = frozenset()  # families a force's spokesman tells of its own doing
    later: PhraseMatcher[str] | None = None  # "في وقت لاحق": what follows is another incident
    words: RoleWords | None = None  # event_roles.yaml: the small words read around a trigger
    # (normalised lemma, entry pos) -> families whose `lemmas:` declare it (forms from rasd.text.morph)
    lemma_families: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    charge_spares: frozenset[str] = frozenset()       # families a charge before them does not cancel
    campaign_families: frozenset[str] = frozenset()   # families whose definite noun may name a whole campaign
    one_incident: tuple[frozenset[str], ...] = ()    # groups of families that may tell one incident
    one_incident_in_sentence: tuple[frozenset[str], ...] = ()   # ... only when told in one sentence
    retold_as: dict[str, frozenset[str]] = field(default_factory=dict)  # family -> families it is told again as
    detaining_families: frozenset[str] = frozenset()  # families whose object is people held
    naming_any_violence: frozenset[str] = frozenset()  # families whose definite noun may name any violence told
    # families whose headline toll, counted by one body incident of another of them, is that incident (heads32)
    headline_tolls: frozenset[str] = frozenset()
    one_incident_in_clause: tuple[frozenset[str], ...] = ()     # ... only when told in one clause (parts38)
    parts_of_a_killing: frozenset[str] = frozenset()  # families that, folded with a death report, make a raid (raid39)
    killing_raid_as: str = "armed_clash"  # the family such a raid is coded as
    retold_parts: frozenset[str] = frozenset()  # parts folded into an incident that may tell it again (dup41)
    doerless_parts: frozenset[str] = frozenset()  # parts of an operation its next sentence tells with no doer (dup41)
    outcomes_of_results: frozenset[str] = frozenset()  # families that, after a verb of resulting, are an outcome only
    # family -> other families its bare definite noun may name ("القصف" after an air strike)
    bare_names_also: dict[str, frozenset[str]] = field(default_factory=dict)
    # families a side announcing them, when they hit another side, tells of its own doing (announce18)
    speaker_against: frozenset[str] = frozenset()
    one_incident_story: frozenset[str] = frozenset()  # families of an incident of violence a reaction piece is about
    # families an armed side announcing them as its verb's object, when they hit another side, did (announce22)
    announced_against: frozenset[str] = frozenset()
    # a weapon only one state's forces use (events.yaml signature_weapons): country -> (nouns, adjectives)
    signature_weapons: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    undone_when_attempted: frozenset[str] = frozenset()   # families an attempt or a foiling undoes
    # families whose blow, dealt by a doer named as aircraft, is of the family `flown_as` (events.yaml flown_by_aircraft)
    flown_by_aircraft: frozenset[str] = frozenset()
    flown_as: str = ""
    ground_weapons: frozenset[str] = frozenset()   # ... unless one of these weapons of the ground is named at the blow
    ground_at: frozenset[str] = frozenset()        # ... of one of these families
    grounded_kinds: frozenset[str] = frozenset()   # kinds of side that fly no aircraft: never the doer of `flown_as`
    undone_in_foiled_lists: frozenset[str] = frozenset()  # families an item of a list of foiled plots undoes
    claimed_against: frozenset[str] = frozenset()  # families a claim of responsibility names the side acted against in
    alliances: tuple[Alliance, ...] = ()   # alliances.yaml: sides that fight as one in a country and period (allies36)
    # plans41: verbs in the future ("ستتجه", "سيحاول"): the vocabulary's words that are the future prefix س on a common
    # present form (`future_verbs`), read by factuality._in_the_future
    future_verbs: frozenset[str] = frozenset()
    # the words one of whose readings heads a gapped pair, remembered per word
    gapped_heads: WordTest = field(init=False, repr=False)
    # the words one of whose readings is a word of claiming responsibility (RoleWords.responsibility)
    responsibility_words: WordTest = field(init=False, repr=False)
    # the words one of whose readings is a source on the ground or a unit of a recent span (`tells_news`)
    news_words: WordTest = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.gapped_heads = WordTest(self.heads_gapped)
        self.responsibility_words = WordTest(self.claims_responsibility)
        self.news_words = WordTest(self.tells_source_or_recent_span)

    # unions of word lists that the factuality tests ask of every trigger, made once per process, not per trigger
    @cached_property
    def ranks(self) -> frozenset[str]:
        """Superlatives and ordinal ranks (event_roles.yaml, events.yaml modality `ranks`): one incident compared."""
        return self.words.superlatives | self.modality.get("ranks", frozenset())

    @cached_property
    def span_starts(self) -> frozenset[str]:
        """The words of a start that منذ counts from (modality `reign_starts`, `span_start_words`, `starting`)."""
        return frozenset().union(*(self.modality.get(k, frozenset())
                                   for k in ("reign_starts", "span_start_words", "starting")))

    @cached_property
    def period_openers(self) -> frozenset[str]:
        """خلال/طوال and the openers of a recent period (modality `recent_span_openers`)."""
        return self.words.span_openers | self.modality.get("recent_span_openers", frozenset())

    def compatible(self, fa: str, fb: str, same_sentence: bool = False, same_clause: bool = False) -> bool:
        """Whether two families may describe the same incident (events.yaml: one_incident,
        one_incident_in_sentence where both are told in one sentence, and one_incident_in_clause where both are
        told in one clause of it)."""
        groups = self.one_incident + (self.one_incident_in_sentence if same_sentence else ()) + \
            (self.one_incident_in_clause if same_sentence and same_clause else ())
        return fa == fb or any(fa in g and fb in g for g in groups)

    def claims_responsibility(self, word: str) -> bool:
        """Whether a reading of `word` is a word of claiming an attack ("تبنى", "مسؤوليتها")."""
        return self.words is not None and not reading_stems(word).isdisjoint(self.words.responsibility)

    def tells_source_or_recent_span(self, word: str) -> bool:
        """Whether a reading of `word` is a source on the ground or a unit of a recent span ("مصادر",
        "الساعات"), the words `rasd.extract.events.factuality.tells_news` looks around."""
        w = self.words
        if w is None:
            return False
        stems = reading_stems(word)
        return not (stems.isdisjoint(w.field_sources) and stems.isdisjoint(w.recent_span_units))

    def heads_gapped(self, word: str) -> bool:
        """Whether a reading of `word` (proclitics off) is the head of a gapped pair ("فجر ... نفسه")."""
        gapped = self.gapped
        for r in readings(word):     # a loop, not any(generator): asked once for every new word
            if r.stem in gapped:
                return True
        return False


def _listed(data: dict, key: str) -> frozenset[str]:
    """A list of names (of families) as given in events.yaml, or none."""
    return frozenset(data.get(key) or [])


def _groups(data: dict, key: str) -> tuple[frozenset[str], ...]:
    """Groups of families as given in events.yaml (one_incident and its kin), or none."""
    return tuple(frozenset(g) for g in data.get(key) or [])


# plans41: a word of the vocabulary is a verb in the future when it is the future prefix س on a present form (ي, ت, ن
# + at least two letters) that is itself a common word.  Zipf 3 (once per million words): set on the 1,405 such words
# of the vocabulary, read as a list (a few names with a common tail, "سيرينا", are listed apart in events.yaml modality
# `not_future`)
FUTURE_PREFIX = "س"
FUTURE_MIN_LETTERS = 5
FUTURE_PRESENT_MIN_ZIPF = 3.0


def future_verbs(zipf_by_word: dict[str, float], not_future: frozenset[str]) -> frozenset[str]:
    """The vocabulary's verbs in the future: س + a common present form ("ستتجه": تتجه), not a listed name."""
    return frozenset(w for w in zipf_by_word
                     if len(w) >= FUTURE_MIN_LETTERS and w[0] == FUTURE_PREFIX and w[1] in PRESENT_PREFIXES and
                     zipf_by_word.get(w[1:], 0.0) >= FUTURE_PRESENT_MIN_ZIPF and w not in not_future)


def load_event_lexicon(zipf_by_word: dict[str, float] | None = None) -> EventLexicon:
    """events.yaml (trigger families, qualifiers, targets, modality) and event_roles.yaml, compiled; with the
    vocabulary's Zipf table (`zipf_by_word`, rasd.text.vocabulary) the verbs in the future are read from it."""
    data = load_yaml("events.yaml")
    families: dict[str, Family] = {}
    triggers: PhraseMatcher[Trigger] = PhraseMatcher()
    gapped: dict[str, list[tuple[str, str]]] = {}
    lemma_families: dict[tuple[str, str], tuple[str, ...]] = {}
    for fid, spec in data["families"].items():
        families[fid] = _family(fid, spec)
        _add_triggers(fid, spec, triggers, gapped)
        _add_lemmas(fid, spec, lemma_families)
    modality, phrases, plural = _modality(data.get("modality") or {})
    passive = {norm(w): tense for tense, words in (data.get("passive") or {}).items() for w in words}
    return EventLexicon(families, triggers, _qualifiers(data.get("qualifiers") or {}),
                        {cls: _matcher(words, cls) for cls, words in (data.get("targets") or {}).items()},
                        modality, phrases, plural, gapped, passive,
                        frozenset(norm(w) for w in data.get("unnamed_militants") or []),
                        _listed(data, "speaker_side"), _matcher(data.get("later"), "later"),
                        load_word_lists("event_roles.yaml", RoleWords), lemma_families,
                        _listed(data, "charge_spares"), _listed(data, "campaign_families"),
                        _groups(data, "one_incident"),
                        _groups(data, "one_incident_in_sentence"),
                        {f: frozenset(v) for f, v in (data.get("retold_as") or {}).items()},
                        detaining_families=_listed(data, "detaining_families"),
                        naming_any_violence=_listed(data, "naming_any_violence"),
                        headline_tolls=_listed(data, "headline_tolls"),
                        one_incident_in_clause=_groups(data, "one_incident_in_clause"),
                        parts_of_a_killing=_listed(data, "parts_of_a_killing"),
                        killing_raid_as=data.get("killing_raid_as") or "armed_clash",
                        retold_parts=_listed(data, "retold_parts"),
                        doerless_parts=_listed(data, "doerless_parts"),
                        outcomes_of_results=_listed(data, "outcomes_of_results"),
                        bare_names_also={f: frozenset(v) for f, v in (data.get("bare_names_also") or {}).items()},
                        speaker_against=_listed(data, "speaker_against"),
                        one_incident_story=_listed(data, "one_incident_story"),
                        announced_against=_listed(data, "announced_against"),
                        undone_when_attempted=_listed(data, "undone_when_attempted"),
                        undone_in_foiled_lists=_listed(data, "undone_in_foiled_lists"),
                        claimed_against=_listed(data, "claimed_against"),
                        alliances=load_alliances(),
                        signature_weapons=_signature_weapons(data.get("signature_weapons") or {}),
                        future_verbs=future_verbs(zipf_by_word or {}, modality.get("not_future", frozenset())),
                        **_flown_by_aircraft(data))


def _flown_by_aircraft(data: dict) -> dict:
    """events.yaml flown_by_aircraft: the families whose blow by aircraft is `sets`, unless a weapon of the ground is
    named at one of `ground_at`."""
    spec = data.get("flown_by_aircraft") or {}
    return {"flown_by_aircraft": _listed(spec, "families"), "flown_as": spec.get("sets") or "",
            "ground_weapons": frozenset(norm(w) for w in spec.get("ground") or []),
            "ground_at": _listed(spec, "ground_at"), "grounded_kinds": _listed(spec, "grounded_kinds")}


def _signature_weapons(data: dict) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """events.yaml signature_weapons: country -> (the weapon's nouns, the adjectives that must follow them)."""
    return {iso: (word_set(w.get("nouns"), f"events.yaml: signature_weapons {iso}"),
                  word_set(w.get("adjectives"), f"events.yaml: signature_weapons {iso}")) for iso, w in data.items()}


def _family(fid: str, spec: dict) -> Family:
    # a noun's needs hold for each of its forms ("صاروخا" as "صاروخ")
    needs = {form: frozenset(norm(w) for w in v) for k, v in (spec.get("needs_for") or {}).items()
             for form in {norm(k), *noun_forms(k)}}
    not_after = _matcher(spec["not_after"], fid) if spec.get("not_after") else None
    return Family(fid, spec["type"], spec["sub_type"], int(spec.get("priority", 0)), needs,
                  _spec_words(spec, "not_with"), bool(spec.get("outcome")),
                  not_after, _spec_words(spec, "territory"),
                  bool(spec.get("nominal_object")), spec.get("with_deaths"), bool(spec.get("participles")),
                  bool(spec.get("one_per_place")),
                  _word_map(spec, "ground_marker"),
                  bool(spec.get("standing")),
                  frozenset(norm(w) for w in spec.get("not_before") or [] if len(name_tokens(w)) == 1),
                  province_lists=bool(spec.get("province_lists")),
                  not_before_pairs=frozenset(tuple(norm(x) for x in name_tokens(w))
                                             for w in spec.get("not_before") or [] if len(name_tokens(w)) == 2),
                  exposure_meets_needs=bool(spec.get("exposure_meets_needs")),
                  harm_meets_needs=bool(spec.get("harm_meets_needs")),
                  object_of=_word_map(spec, "object_of"),
                  not_objects=_spec_words(spec, "not_objects"))


def _word_map(spec: dict, key: str) -> dict[str, frozenset[str]]:
    """A family's map of a word to words (`ground_marker`, `object_of`), normalised."""
    return {norm(k): frozenset(norm(w) for w in v) for k, v in (spec.get(key) or {}).items()}


def _spec_words(spec: dict, key: str) -> frozenset[str]:
    """A family's word list under `key`, normalised (empty where it has none)."""
    return frozenset(norm(w) for w in spec.get(key) or [])


def _add_lemmas(fid: str, spec: dict, lemma_families: dict[tuple[str, str], tuple[str, ...]]) -> None:
    """A family's lemma entries ({lemma: انسحب, pos: verb}): every form of them reports the family."""
    for i, entry in enumerate(spec.get("lemmas") or []):
        if not isinstance(entry, dict) or not entry.get("lemma") or entry.get("pos") not in ("verb", "noun"):
            raise LexiconError(f"events.yaml: families/{fid}/lemmas/{i}: a lemma entry needs `lemma` and `pos`")
        key = (norm(str(entry["lemma"])), str(entry["pos"]))
        if fid not in lemma_families.get(key, ()):
            lemma_families[key] = lemma_families.get(key, ()) + (fid,)


def _add_triggers(fid: str, spec: dict, triggers: PhraseMatcher[Trigger], gapped: dict) -> None:
    """A family's verbs (every generated form), nouns (with and without the article), fixed forms and
    gapped pairs."""
    for v in spec.get("verbs") or []:
        head, *rest = name_tokens(v)
        for form, tense in verb_forms(head).items():
            triggers.add((form, *rest), Trigger(fid, "verb", tense))
    for n in spec.get("nouns") or []:
        for form, definite in noun_forms(n).items():
            triggers.add(form, Trigger(fid, "noun", "", definite))
    for f in spec.get("forms") or []:
        triggers.add(f, Trigger(fid, "form", "past"))
    for head, tail in spec.get("gapped") or []:
        gapped.setdefault(norm(head), []).append((norm(tail), fid))


def _qualifiers(specs: dict) -> list[Qualifier]:
    return [Qualifier(qid, _qualifier_words(spec["words"], qid), frozenset(spec["applies_to"]), spec["sets"],
                      bool(spec.get("alone", False)), bool(spec.get("as_subject", False)),
                      bool(spec.get("object_only", False)), bool(spec.get("after_only", False)),
                      bool(spec.get("at_coding", False)), bool(spec.get("in_sentence", False)))
            for qid, spec in specs.items()]


def _qualifier_words(words, qid: str) -> PhraseMatcher[str]:
    """A qualifier's words, and a side's own of its feminine or plural nouns ("طائراتها دمرت", "آلياتهم")."""
    m = _matcher(words, qid)
    for w in words or []:
        for form in _possessed_noun(name_tokens(str(w))):
            m.add(form, qid)
    return m


def _modality(kinds: dict):
    """Single modality words by kind, multi-word modality cues, and the plural triggers that need specifics."""
    modality: dict[str, frozenset[str]] = {}
    phrases: PhraseMatcher[str] = PhraseMatcher()
    plural: set[tuple[str, ...]] = set()
    for kind, words in kinds.items():
        if kind == "plural_triggers":
            plural.update(tuple(form.split()) for w in words for form in noun_forms(w))
            continue
        singles = set()
        for w in words:
            toks = name_tokens(w)
            if len(toks) == 1:
                singles.add(toks[0])
            elif toks:
                phrases.add(toks, kind)
        modality[kind] = frozenset(singles)
    return modality, phrases, frozenset(plural)


@dataclass
class CasualtyLexicon:
    sides: dict[str, str]                 # normalised people noun -> side
    people: PhraseMatcher[str]            # people nouns (multi-word) -> side
    killed_before: PhraseMatcher[str]
    killed_after: PhraseMatcher[str]
    killed_self: frozenset[str]
    wounded_before: PhraseMatcher[str]
    wounded_after: PhraseMatcher[str]
    wounded_self: frozenset[str]
    no_deaths: PhraseMatcher[str]
    tally: PhraseMatcher[str]
    duals: frozenset[str]
    singulars: frozenset[str]
    singular_adjective_after: frozenset[str]
    partitive: frozenset[str] = frozenset()     # "10 من مقاتلي": between a count and its noun
    armed_bodies: frozenset[str] = frozenset()  # "من الجيش": armed forces named by their body
    tally_spans: frozenset[str] = frozenset()   # "خلال أسبوع" right after a count: a tally
    tally_periods: frozenset[str] = frozenset()  # "منذ نحو 4 أشهر", "منذ اندلاع" later in its sentence: a tally
    superlatives: frozenset[str] = frozenset()   # "أعنف ... منذ": a comparison with the past, no span
    another: frozenset[str] = frozenset()       # "جنود آخرين": dead besides a count already given
    accused: frozenset[str] = frozenset()       # "يشتبه في مشاركتهم في قتل": the counted are suspects
    not_people: frozenset[str] = frozenset()    # "18 شهرا", "49 عاما" after a number: an age or a span, no count
    numeral_adjective_after: frozenset[str] = frozenset()  # "من عائلة واحدة": before a noun and its "one", no count
    unit_names: frozenset[str] = frozenset()    # "الفرقة 30": before a number, the number names a unit
    other_fates: frozenset[str] = frozenset()   # "وفقد 15 آخرون", "واعتقال 13": the count after it is not of the dead
    inclusion: frozenset[str] = frozenset()     # "بينهم 21 سائحا": the count after it is a part of the one before
    dual_heads: frozenset[str] = frozenset()    # "ضابطي" / "ضابطا" before the noun it is of: two
    relatives: frozenset[str] = frozenset()     # "ابنه": one person, in a list with others
    killed_by_pronoun: frozenset[str] = frozenset()  # "أرداه" before "قتيلا": one person killed, told by a pronoun
    dual_complements: frozenset[str] = frozenset()  # "شرطة", "أمن": the noun of such a dual
    named_heads: frozenset[str] = frozenset()   # "جندي": with ال and a given name after it, one named person
    rank_words: frozenset[str] = frozenset()    # "أول": between such a head and the name ("الجندي أول")
    given_names: frozenset[str] = frozenset()   # "سامي": a given name
    office_heads: frozenset[str] = frozenset()  # "القيادي", "والي": one person of a post, right after a word of killing
    office_not_after: frozenset[str] = frozenset()  # "استشهد", "القتلى": before a post holder, no death of his own
    threats: frozenset[str] = frozenset()   # "هدد", "توعد" (events.yaml modality ordering): a death threatened
    companions: frozenset[str] = frozenset()   # "مرافقيه": a man's own men, counted with him ("وأربعة من مرافقيه")
    # martyr37: "الذي استشهد" after a person: his death, counted by the pronoun's number (casualties.yaml killed_by_relative)
    relative_one: frozenset[str] = frozenset()     # "الذي", "التي": one
    relative_two: frozenset[str] = frozenset()     # "اللذين", "اللذان": two
    relative_verbs: frozenset[str] = frozenset()   # "استشهد", "استشهدا": the verb of martyrdom right after it
    relative_antecedents: frozenset[str] = frozenset()  # "الفقيد", "شهيدي": a person noun the relative may follow
    relative_not_before: frozenset[str] = frozenset()   # "فيها", "ببعض": the subject follows, or the verb cites
    subject_verbs: frozenset[str] = frozenset()   # "استشهدوا": after people named one by one, their death (named_before_verb)
    killed_or_wounded: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "قتيلا وجريحا" after a count
    killed_or_wounded_before: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "مقتل وإصابة" before it
    killed_or_wounded_verbs: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "قتل وأصيب عدد من"
    superseded: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "حصيلة سابقة": an earlier toll
    spans_told_before: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "خلال هذه الفترة": a tally's span
    both_sides: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "من الطرفين": a count of every side
    belonging: frozenset[str] = frozenset()  # "في صفوف", "من عناصر": the dead's group named after them
    vague_counts: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "عدد من": people, how many not said
    wounded_told: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "سقوط جرحى": wounded, no count
    killing_triggers: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "قتلت": a trigger that tells a death
    outcome_links: frozenset[str] = frozenset()  # "أدى", "أسفر" (event_roles.yaml): what follows is the outcome
    clause_openers: frozenset[str] = frozenset()  # "بينما": a word of killing after it is the next clause's
    topic_shifts: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "إلى ذلك": a sentence on other news
    # "ولم يسفر الانفجار عن وقوع إصابات": a negation, a word of outcome, a word of harm within reach of it
    harm_negations: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    harm_outcomes: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    harm_words: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    harm_reach: int = 3


def _matcher(words, payload: str) -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for w in words or []:
        m.add(w, payload)
    return m


def _dual_construct(data: dict, part: str) -> frozenset[str]:
    """casualties.yaml's dual_construct heads ("ضابطي") or complements ("شرطة"), normalised."""
    return frozenset(norm(w) for w in (data.get("dual_construct") or {}).get(part) or [])


# Possessive suffixes on a people noun ("جنودنا", "رجال أمننا", "عناصرها"): the side stays the noun's.
# Not ه ("his"), which normalises like the feminine ة (مسلحة: armed).
POSSESSIVE_SUFFIXES = ("نا", "ها", "هم")


def _possessed(phrase: str) -> list[str]:
    """`phrase` with a possessive suffix on its last word, the article dropped: "رجال الأمن" -> "رجال أمننا".
    Not nouns ending in a vowel or in ة ("جنديا", "مقاتلة")."""
    words = [norm(w) for w in phrase.split()]
    last = words[-1]
    bare = last[2:] if last.startswith("ال") and len(last) > 4 else last
    base = before_possessive(bare) if not bare.endswith("ه") else None
    if len(words) > 2 or base is None or not last.startswith("ال") and len(words) > 1:
        return []
    return [" ".join(words[:-1] + [base + suffix]) for suffix in POSSESSIVE_SUFFIXES]


def _definite(word: str, singulars: frozenset[str]) -> str | None:
    """A one-word people noun of casualties.yaml with the article ("أطفال" -> "الأطفال", "مواطنين" -> "المواطنين"):
    counted the same after an amount or a partitive ("لمقتل عدد من الأطفال"); not a singular ("الجندي" names one
    person told before), nor a word that has it already."""
    w = norm(word)
    if " " in w or w.startswith(ARTICLE) or w in singulars:
        return None
    return ARTICLE + w


def _people(data: dict) -> tuple[PhraseMatcher[str], dict[str, str]]:
    """casualties.yaml's people nouns by side, with their possessed and definite forms; and each noun's side."""
    people: PhraseMatcher[str] = PhraseMatcher()
    sides: dict[str, str] = {}
    singulars = frozenset(norm(w) for w in data.get("singulars") or [])
    for side, words in data["people"].items():
        for w in words:
            people.add(w, side)
            sides.setdefault(norm(w), side)
            for form in _possessed(w):
                people.add(form, side)
            definite = _definite(w, singulars)
            if definite is not None:
                people.add(definite, side)
    return people, sides


def load_casualty_lexicon() -> CasualtyLexicon:
    data = load_yaml("casualties.yaml")
    people, sides = _people(data)
    k, wd = data["killed"], data["wounded"]
    return CasualtyLexicon(
        sides=sides, people=people,
        killed_before=_matcher(k.get("before"), "killed"),
        killed_after=_matcher(k.get("after"), "killed"),
        killed_self=frozenset(norm(w) for w in k.get("self_counting") or []),
        killed_by_pronoun=frozenset(norm(w) for w in k.get("by_pronoun") or []),
        wounded_before=_matcher(wd.get("before"), "wounded"),
        wounded_after=_matcher(wd.get("after"), "wounded"),
        wounded_self=frozenset(norm(w) for w in wd.get("self_counting") or []),
        no_deaths=_matcher(data.get("no_deaths"), "none"),
        killed_or_wounded=_matcher(data.get("killed_or_wounded"), "mixed"),
        killed_or_wounded_before=_matcher(data.get("killed_or_wounded_before"), "mixed"),
        killed_or_wounded_verbs=_matcher(data.get("killed_or_wounded_verbs"), "mixed"),
        tally=_matcher(data.get("tally"), "tally"),
        superseded=_matcher(data.get("superseded"), "superseded"),
        spans_told_before=_matcher(data.get("spans_told_before"), "span"),
        both_sides=_matcher(data.get("both_sides"), "both"),
        vague_counts=_matcher(data.get("vague_counts"), "vague"),
        wounded_told=_matcher(data.get("wounded_told"), "wounded"),
        killing_triggers=_matcher(data.get("killing_triggers"), "killing"),
        belonging=frozenset(norm(w) for w in data.get("belonging") or []),
        duals=frozenset(" ".join(name_tokens(w)) for w in data.get("duals") or []),
        singulars=frozenset(norm(w) for w in data.get("singulars") or []),
        singular_adjective_after=frozenset(norm(w) for w in data.get("singular_adjective_after") or []),
        partitive=word_set(data.get("partitive"), "casualties.yaml: partitive"),
        armed_bodies=word_set(data.get("armed_bodies"), "casualties.yaml: armed_bodies"),
        tally_spans=word_set(data.get("tally_spans"), "casualties.yaml: tally_spans"),
        tally_periods=word_set(data.get("tally_periods"), "casualties.yaml: tally_periods"),
        # one list of superlatives for events and tolls (event_roles.yaml); "أكثر من" before a count is a hedge
        superlatives=word_set(load_yaml("event_roles.yaml").get("superlatives"), "event_roles.yaml: superlatives")
        - {norm("أكثر")},
        topic_shifts=_matcher(data.get("topic_shifts"), "shift"),
        # one list of the verbs of outcome for events and tolls ("ما أدى إلى سقوط جرحى")
        outcome_links=word_set(load_yaml("event_roles.yaml").get("outcome_links"), "event_roles.yaml: outcome_links"),
        another=word_set(data.get("another"), "casualties.yaml: another"),
        clause_openers=word_set(data.get("clause_openers"), "casualties.yaml: clause_openers"),
        accused=word_set(data.get("accused"), "casualties.yaml: accused"),
        not_people=word_set(data.get("not_people"), "casualties.yaml: not_people"),
        numeral_adjective_after=word_set(data.get("numeral_adjective_after"), "casualties.yaml: numeral_adjective_after"),
        unit_names=word_set(data.get("unit_names"), "casualties.yaml: unit_names"),
        other_fates=word_set(data.get("other_fates"), "casualties.yaml: other_fates"),
        inclusion=word_set(data.get("inclusion"), "casualties.yaml: inclusion"),
        dual_heads=_dual_construct(data, "heads"),
        dual_complements=_dual_construct(data, "complements"),
        relatives=word_set(data.get("relatives"), "casualties.yaml: relatives"),
        companions=word_set(data.get("companions"), "casualties.yaml: companions"),
        **_named_person(data.get("named_person") or {}),
        **_office_holders(data.get("office_holders") or {}),
        **_killed_by_relative(data.get("killed_by_relative") or {}),
        subject_verbs=word_set((data.get("named_before_verb") or {}).get("verbs"), "casualties.yaml: named_before_verb"),
        # one list of the words of ordering and threat for events and tolls ("هدد تنظيم الدولة بقتل رئيس المجلس")
        threats=word_set(load_yaml("events.yaml")["modality"].get("ordering"), "events.yaml: modality ordering"),
        **_no_harm(data.get("no_harm") or {}),
    )


def _no_harm(data: dict) -> dict:
    """casualties.yaml's no_harm grammar, as CasualtyLexicon fields."""
    return {"harm_negations": _matcher(data.get("negations"), "not"),
            "harm_outcomes": _matcher(data.get("outcome_words"), "outcome"),
            "harm_words": _matcher(data.get("harm_words"), "harm"), "harm_reach": int(data.get("reach", 3))}


def _office_holders(data: dict) -> dict[str, frozenset[str]]:
    """casualties.yaml's office_holders lists, as CasualtyLexicon fields."""
    where = "casualties.yaml: office_holders"
    return {"office_heads": word_set(data.get("heads"), where), "office_not_after": word_set(data.get("not_after"), where)}


def _killed_by_relative(data: dict) -> dict[str, frozenset[str]]:
    """casualties.yaml's killed_by_relative lists, as CasualtyLexicon fields."""
    where = "casualties.yaml: killed_by_relative"
    return {f"relative_{key}": word_set(data.get(key), where)
            for key in ("one", "two", "verbs", "antecedents", "not_before")}


def _named_person(data: dict) -> dict[str, frozenset[str]]:
    """casualties.yaml's named_person lists, as CasualtyLexicon fields."""
    where = "casualties.yaml: named_person"
    return {"named_heads": word_set(data.get("heads"), where), "rank_words": word_set(data.get("rank_words"), where),
            "given_names": word_set(data.get("given_names"), where)}
