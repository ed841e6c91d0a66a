"""The data the event steps pass along: a trigger hit, an incident, and the
small facts about actors and places that several steps ask.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rasd.extract.casualties import Casualty
from rasd.extract.document import DatedSpan
from rasd.extract.lexicon import Trigger
from rasd.model import ActorMention, PlaceMention

# Families the code treats apart (ids of events.yaml).
TERRITORY = {"overtake", "regain"}                                  # changes of control
CIVILIAN_SIDES = ("civilian", "people")   # casualty sides that are not combatants (casualties.Casualty.side)
GROUND_ATTACKS = {"attack", "explosion", "suicide_bomb", "shelling"}
GROUP_ACTIVITIES = {"checkpoint", "base"}  # what armed groups do on the ground besides attacks ("أقاموا معسكرات")
VIOLENT = {"attack", "armed_clash", "explosion", "suicide_bomb", "airstrike", "shelling", "abduction"}

STATE_KINDS = {"state force", "military", "police", "government", "government body", "foreign state",
               "international force"}
FORCE_KINDS = {"state force", "military", "police"}  # actor kinds whose spokesman tells of his own force's doing
COARSE_KINDS = ("country", "region", "continent")


@dataclass
class Hit:
    """A trigger that reports an incident: its family, tokens and sentence."""

    family: str
    first: int
    last: int
    trigger: Trigger
    sentence: int


@dataclass
class Incident:
    """One incident as the article tells it: the hits that report it and its arguments."""

    family: str
    hits: list[Hit]
    sentence: int
    sentences: set[int] = field(default_factory=set)
    place: PlaceMention | None = None
    date: DatedSpan | None = None
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    target: str | None = None              # armed | civilian | property
    casualties: list[Casualty] = field(default_factory=list)
    definite: bool = False
    restates: bool = False                 # may tell again an incident told far before (incidents.named_again)
    another: bool = False                  # "هجوم آخر": told as another incident than any before
    separate: bool = False                 # its sentence opens "وفي حادثة منفصلة": another than those told before it
    shifted: bool = False                  # its sentence opens on other news ("من جهة أخرى", "أما في محافظة ...")
    in_title: bool = False
    named: bool = False                    # a definite noun names it ("تفجير المسجد"): an incident known before
    answered: bool = False                 # named as what the main clause answers ("ردا على هجوم"): not its doer
    answering: bool = False                # the answer a verb of answering governs ("ورد الجيش بقصف"): not the blow
    recalled: bool = False                 # recalled as other than its sentence's news ("بعد أيام على الهجوم")
    # told only in a clause of time or cause ("إثر هجوم انتحاري في سوروتش") of a sentence that tells no other
    # incident: what a reaction is about, or background to an article about something else (incidents.background_kept)
    as_background: bool = False
    # told only as background and not in the headline or the lead, which keep it as the news: it lends a merge no
    # place, type, date, side or dead (incidents._background_lends_nothing)
    lends_nothing: bool = False
    ground_lost: bool = False              # control its actor2 lost ("فقد الحوثيون السيطرة على"), roles.ground_lost
    actor1_guessed: bool = False           # actor1 from the sentence's likeliest doer, not from a cue
    claimed: bool = False                  # actor1 from a sentence of claiming (roles.responsibility)
    announced: bool = False                # its date is the day it was announced ("أعلنت أمس إحباط"), not its own
    dead: set[int | str] = field(default_factory=set)  # the counts of dead its sentences give, or their names
    # the counts of dead given in the clauses of its hits ("..., وسقوط 3 قتلى في قصف حي الروضة": this mention's own)
    clause_dead: set[int | str] = field(default_factory=set)
    civilians_killed: bool = False  # its sentences count civilians killed
    # other places its trigger names in one list ("غارات على X وY"): one event each (ACLED: one per town)
    also_at: list[PlaceMention] = field(default_factory=list)
    # ownplace42: the country of the side hit, taken as the place where its sentence names none (setting.fill_places
    # keeps a finer place of the text in that country over it)
    side_country: PlaceMention | None = None

    @property
    def main(self) -> Hit:
        return self.hits[0]


def is_state(a) -> bool:
    return a.kind in STATE_KINDS or (a.canonical or "").startswith(("Military Forces", "Police Forces", "Government"))


def actor_key(a) -> str | None:
    """What makes two actors one side (the registry id, else the canonical name, else the name)."""
    return None if a is None else (a.actor_id or a.canonical or a.name)


def same_named_actor(a, b) -> bool:
    """Two mentions of one actor by id or, for actors not in the registry, by the canonical name they were
    given ("الهند" and "القوات الهندية" as Military Forces of India), else by name."""
    return actor_key(a) == actor_key(b)


def place_kind(m: PlaceMention) -> str | None:
    return m.resolved.kind if m.resolved else m.cue_kind


def place_id(m: PlaceMention) -> str:
    return m.resolved.id if m.resolved else m.key


def specificity(m: PlaceMention) -> int:
    """How precise a place is, from a country (0) to a neighbourhood or a checkpoint (7)."""
    kind = place_kind(m)
    if kind == "region" and m.resolved is not None and not m.resolved.country:
        return -1  # a region of several countries ("غرب إفريقيا") says less than one of them
    return {"country": 0, "continent": 0, "region": 1, "province": 2, "district": 3, "city": 4, "town": 5,
            "village": 6, "wadi": 6, "place": 6, "neighbourhood": 7, "landmark": 7, "hospital": 7, "checkpoint": 7}.get(kind or "", 4)


def coarse(m: PlaceMention | None) -> bool:
    """A country, region or continent: a place that says little about where it happened."""
    return m is not None and place_kind(m) in COARSE_KINDS


# the government's affiliates: ground they take is the government's (ACLED: Government regains territory)
GOVERNMENT_AFFILIATE_KINDS = {"pro-government militia"}


def on_government_side(a) -> bool:
    return is_state(a) or a.kind in GOVERNMENT_AFFILIATE_KINDS


def territory_side(inc: Incident) -> str:
    """Who gains the ground in a change of control: "state" (the government or its affiliates) or
    "non-state" (as the event is coded)."""
    a1 = inc.actor1
    if inc.ground_lost and a1 is None and inc.actor2 is not None:
        # only the side that lost it is named ("فقد الحوثيون السيطرة على"): the ground went the other way
        return "non-state" if on_government_side(inc.actor2) else "state"
    if inc.family == "overtake":
        return "state" if a1 is not None and on_government_side(a1) else "non-state"
    return "non-state" if a1 is not None and not on_government_side(a1) else "state"
