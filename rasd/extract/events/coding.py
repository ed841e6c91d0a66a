"""Incidents coded the way ACLED coders code them: the dead of each
sentence given to its incident, the ACLED type and sub-type decided by
target, victims and who gains ground, and the `Event` record with its
evidence, trigger, place, actors and fatalities.
"""
from __future__ import annotations

from collections.abc import Callable

from rasd.extract.casualties import Casualty, toll
from rasd.extract.document import Document
from rasd.extract.events.model import CIVILIAN_SIDES, STATE_KINDS, TERRITORY, Hit, Incident, territory_side
from rasd.extract.events.reading import token_stems
from rasd.extract.events.triggers import AIR_AFTER, AIR_BEFORE, qualified_incident
from rasd.extract.lexicon import EventLexicon
from rasd.model import ActorRef, Event, PlaceMention, PlaceRef
from rasd.resolve.places import offset_point
from rasd.text.clitics import without_article

# words before an actor's name a noun of aircraft may stand at and still name its aircraft ("طائرات التحالف", "الطائرات
# الحربية التركية"); roles.AIR_OWNER_REACH reads owners of aircraft the same way
_AIRCRAFT_REACH = 2

# distance of a count to an incident's trigger of its sentence outside the count's clause: before the
# count, then after it (the incident before a toll is its incident more often than the one after)
_BEFORE_THE_COUNT, _AFTER_THE_COUNT, _NOT_IN_THE_SENTENCE = 50, 100, 999


# --- the dead ---------------------------------------------------------------------------------------

def attach_casualties(doc: Document, incidents: list[Incident], counts_of: Callable[[int], list[Casualty]],
                      tally: Callable[[int], bool] = lambda s: False,
                      set_apart: Callable[[Casualty, Hit], bool] = lambda c, h: False,
                      recalled: Callable[[Casualty], bool] = lambda c: False) -> None:
    """Each sentence's counts of dead and wounded go to the incident of that sentence whose trigger is
    nearest, not one after the count that a word of time sets apart from it ("وقتل أكثر من مائتي مدني قبل أن
    يتمكن المقاتلون من دحره": `set_apart`); a sentence of counts with no incident, to the incident just before
    when it gave no toll, unless the sentence is a `tally` over a long time or opens on other news ("إلى ذلك");
    not the dead of an incident
    `recalled` in passing there ("بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32 قتيلا")."""
    by_sentence: dict[int, list[Incident]] = {}
    ending: dict[int, list[Incident]] = {}     # incidents by their last sentence (one pass, not a scan per sentence)
    for inc in incidents:
        for s in inc.sentences:
            by_sentence.setdefault(s, []).append(inc)
        ending.setdefault(max(inc.sentences), []).append(inc)
    hits_at: dict[tuple[int, int], list] = {}  # (incident, sentence) -> its hits there, found once
    for k, inc in enumerate(incidents):
        for h in inc.hits:
            hits_at.setdefault((k, h.sentence), []).append(h)
    index = {id(inc): k for k, inc in enumerate(incidents)}
    for s in doc.seg.sentences:
        owners = by_sentence.get(s.index)
        if not owners:
            # the incident just before takes the counts of a sentence of its own, unless they are a tally
            before = _incident_before(ending.get(s.index - 1, []))
            owners = before if before and not tally(s.index) else []
        if not owners:
            continue   # no incident to take them: the sentence's counts are not looked for
        told_here = s.index in by_sentence
        for c in counts_of(s.index):
            if not told_here and recalled(c):
                continue
            clause = doc.clause(c.first_token)
            near = [[h for h in hits_at.get((index[id(i)], s.index), ()) if not set_apart(c, h)] for i in owners]
            if told_here and not any(near):
                continue   # every incident of the sentence is set apart from the count: another's toll
            distances = [_distance(hits, c, clause) for hits in near]
            owners[distances.index(min(distances))].casualties.append(c)


def _incident_before(prev: list[Incident]) -> list[Incident]:
    """An outcome sentence right after an incident that gave no toll ("وأفادت حصيلة ... بمقتل 18");
    after one that did, its counts are parts and running totals, not another report.  `prev`: the
    incidents whose last sentence is the one before."""
    return [i for i in prev[-1:] if not any(c.kind == "killed" for c in i.casualties)]


def _distance(hits, c: Casualty, clause: tuple[int, int]) -> int:
    """How far a count is from an incident's hits in its sentence (`hits`).  In the toll's own clause:
    "قتل 11 عسكريا ... في هجوم"; otherwise the incident before it: "الهجوم الذي استهدف بوابة ...، مما
    أسفر عن مقتل 12 جنديا، وكذلك الهجوم الذي ..."."""
    here = [abs(h.first - c.first_token) if clause[0] <= h.first < clause[1] else
            (_BEFORE_THE_COUNT + c.first_token - h.first if h.first <= c.first_token
             else _AFTER_THE_COUNT + h.first - c.first_token)
            for h in hits]
    return min(here) if here else _NOT_IN_THE_SENTENCE


# --- the event --------------------------------------------------------------------------------------

def _dead_uncounted(inc: Incident) -> bool:
    """People were killed, in a number not given or in a tally over days ("مقتل العشرات من عناصر التنظيم وتدمير
    عدد من عجلاته خلال اليومين الماضيين")."""
    return any(c.kind == "killed" and (c.value is None or c.value > 0) for c in inc.casualties)


def people_killed(inc: Incident) -> bool:
    """The incident killed people, counted or not: a family with `with_deaths` is coded as that one."""
    return bool(toll(inc.casualties)) or _dead_uncounted(inc)


def code_event(doc: Document, lex: EventLexicon, inc: Incident, victims) -> Event:
    """The ACLED event of an incident (`victims` names the victims' side when no actor2 is named)."""
    fam = lex.families[inc.family]
    if fam.with_deaths and people_killed(inc):
        inc.family = fam.with_deaths  # "مقتل خمسة إرهابيين ... وضبط أسلحة": a fight, not a seizure
        fam = lex.families[inc.family]
    if flown(doc, lex, inc):
        inc.family = lex.flown_as  # "وقصف طيران التحالف ... كما قصف معسكرات": the aircraft's blow is an air strike
        fam = lex.families[inc.family]
    if qualified_incident(doc, lex, inc) != inc.family:
        inc.family = qualified_incident(doc, lex, inc)  # "مواجهات بين قوات الأمن ومتظاهرين": a riot
        fam = lex.families[inc.family]
    a1, a2 = _sides(inc, fam, victims)
    if inc.family in AUTHORITY_ACTS and a1 is not None:
        # "ألقت السلطات السعودية القبض على": the authorities that arrest or seize are the state's forces
        a1 = victims.forces_of(a1, {a.canonical for a in doc.actors if a.canonical}) or a1
    etype, sub = _by_target(inc, a1, a2, fam.type, fam.sub_type, inc.main.trigger.lemma in lex.words.assassinating)
    a2 = _crowd_faced(a1, a2, etype)
    a1 = _crowd(doc, inc, a1, etype, victims)
    if inc.family in TERRITORY:
        # who gains the ground decides: "سيطرت القوات" regains, "استعاد التنظيم السيطرة" overtakes
        sub = ("Government regains territory" if territory_side(inc) == "state"
               else "Non-state actor overtakes territory")
    hit = inc.main
    date, precision = (inc.date.date, inc.date.precision) if inc.date and inc.date.date else (None, "unknown")
    target = _ref(a2) or victim_ref(doc, inc, etype, victims)
    return Event(type=etype, sub_type=sub, evidence=doc.sentence_span(inc.sentence),
                 trigger=doc.text_span(hit.first, hit.last), date=date, date_precision=precision,
                 place=place_ref(inc.place), actor1=_ref(_named_attacker(etype, a1, target)), actor2=target,
                 fatalities=toll(inc.casualties), sentence=inc.sentence)


def flown(doc: Document, lex: EventLexicon, inc: Incident) -> bool:
    """The incident's doer is named as aircraft ("طائرات التحالف ... ودمرت مجموعة من الدبابات", "وقصف طيران التحالف
    ... كما قصف معسكرات", "الطائرات الحربية التركية أطلقت 4 قذائف"): its blow, told by a verb of its own (events.yaml
    `flown_by_aircraft`), is an air strike.  The doer's name opens with a noun of aircraft (event_roles.yaml
    `aircraft_nouns`) or has one just before it, not after a word of backing ("بدعم من طيران التحالف"); and no
    weapon of the ground is named at the trigger ("ترافقت مع قصف مدفعي", "قصف بقذائف الهاون": the ground forces'
    shelling told beside the aircraft's strikes; flown_by_aircraft `ground`)."""
    span = getattr(inc.actor1, "span", None)   # a doer made up for the incident (a crowd, victims) has no mention
    if span is None or inc.main.trigger.family not in lex.flown_by_aircraft or inc.family == lex.flown_as:
        return False
    W = lex.words
    a0 = doc.token_of(span.start)
    backing = lex.modality.get("backing", frozenset())
    c0, c1 = doc.clause(inc.main.first)
    near = range(max(c0, inc.main.first - AIR_BEFORE), min(c1, inc.main.last + AIR_AFTER))
    if inc.main.trigger.family in lex.ground_at and \
            any({without_article(x) or x for x in token_stems(doc, k)} & lex.ground_weapons for k in near):
        return False
    for k in range(max(0, a0 - _AIRCRAFT_REACH), a0 + 1):
        if {without_article(x) or x for x in token_stems(doc, k)} & W.aircraft_nouns:
            return not any(doc.seg.tokens[j].norm in backing for j in range(max(0, k - _AIRCRAFT_REACH), k))
    return False


def _named_attacker(etype: str, a1, target):
    """actor1, but none for unidentified gunmen on soldiers or police: SCHEMA.md codes that attack as a clash with
    no actor1 (ACLED's "Unidentified Armed Group (X)" stays for their attacks on others)."""
    return None if etype == "Battles" and _unidentified(a1) and _state_force(target) else a1


def _unidentified(a) -> bool:
    """Gunmen the report cannot name ("مسلحون مجهولون")."""
    return a is not None and (getattr(a, "kind", None) == "unidentified" or
                              (getattr(a, "canonical", None) or "").startswith("Unidentified"))


def _state_force(a) -> bool:
    """A state's soldiers or police as the side attacked."""
    return a is not None and (a.canonical or "").startswith(("Military Forces", "Police Forces"))


def _crowd(doc: Document, inc: Incident, a1, etype: str, victims):
    """A demonstration's actor1: its crowd, "Protesters (X)" or "Rioters (X)" of the country it is in (ACLED), the
    organisers (where named) being associated with it; where no one is named, and where the actor read is no crowd
    ("اعتصم معلمون أمام مبنى البرلمان", "تزامنا مع مرور عام على احتلال داعش سنجار تظاهر مئات": the body whose
    building the crowd stood before, or a side named in passing, did not demonstrate).  Other events keep a1."""
    if etype not in CROWD_TYPES or a1 is not None and getattr(a1, "kind", None) not in NOT_A_CROWD:
        return a1
    here = inc.place.resolved.country if inc.place is not None and inc.place.resolved is not None else None
    return victims(doc, CROWD_TYPES[etype], here)


def _crowd_faced(a1, a2, etype: str):
    """A demonstration's actor2: the state's force read as the doer of a clash with a crowd ("مواجهات بين قوات الأمن
    ومتظاهرين", "اشتبكت الشرطة مع محتجين"), or in a riot an armed group's ("اشتباكات بين مواطنين ومسلحي التنظيم ...
    ردوا عليهم بالحجارة"), is the side the crowd faced (ACLED: Rioters (X) against the police), where no other side is
    named or the side named is the crowd itself; an armed group named in a peaceful protest is what it was about."""
    faced = STATE_KINDS if etype != "Riots" else FACED_KINDS
    if etype not in CROWD_TYPES or a1 is None or getattr(a1, "kind", None) not in faced:
        return a2
    if a2 is None or getattr(a2, "kind", None) in CROWD_KINDS:
        return a1
    return a2


def _sides(inc: Incident, fam, victims):
    """actor1 and actor2 as ACLED codes them."""
    a1, a2 = inc.actor1, inc.actor2
    if a1 is not None and getattr(a1, "kind", None) == "civilians" or _civilian_name(a1):
        a1, a2 = None, a2 or a1  # civilians suffer violence, they are never its doers (ACLED)
    if a1 is not None and a2 is not None and ((a1.actor_id or a1.name) == (a2.actor_id or a2.name) or
                                              a1.canonical and a1.canonical == a2.canonical):
        a2 = None  # one actor is not both sides of its own incident
    if fam.type in FIGHTING_TYPES and a1 is not None:
        # SCHEMA.md: the state said to strike or fight is its armed forces ("قالت الولايات المتحدة إنها شنت")
        a1 = victims.armed_forces_of(a1) or a1
    return a1, a2


# the families whose doer, where the text names a government, is its forces (SCHEMA.md: arrests, seizures)
AUTHORITY_ACTS = frozenset({"arrest", "disrupted_weapons"})

# the kinds of actor a rioting crowd faces where the text reads them as a clash's doer: states' forces and armed groups
FACED_KINDS = frozenset(STATE_KINDS | {"non-state armed group", "militia", "pro-government militia"})

# the kinds of actor that are never a demonstration's crowd (ACLED: a protest's actor1 is "Protesters (X)", the
# organisers being associated with it): states' bodies and forces, armed groups, international organisations and
# media; a political group (the organisers) or a crowd named as such stays
NOT_A_CROWD = frozenset(STATE_KINDS | {"non-state armed group", "militia", "pro-government militia",
                                       "international organisation", "media", "court"})

# the event types of demonstrations, and the crowd (VictimNamer's side) that is their actor1 where no one is named
CROWD_TYPES = {"Protests": "protester", "Riots": "rioter"}
# the actor kinds of crowds (forces.yaml), which a clash's other side faces
CROWD_KINDS = frozenset({"protesters", "rioters"})

# the event types of fighting, whose doer is a state's forces, never its government
FIGHTING_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _civilian_name(a) -> bool:
    """An actor reference for civilians ("Civilians (Afghanistan)")."""
    return a is not None and (getattr(a, "canonical", None) or "").startswith("Civilians")


def _fighters_dead(inc: Incident) -> bool:
    """Whether fighters are among the incident's dead: a count of the armed or militant side, or of a named armed
    group whatever noun counts them ("سقوط قتيلين من جماعة الحوثي", "ثلاثة قتلى من التنظيم")."""
    return any(c.kind == "killed" and (c.side in ("armed", "militant") or
                                       (c.group is not None and c.side in (None, "people"))) for c in inc.casualties)


def _by_target(inc: Incident, a1, a2, etype: str, sub: str, assassination: bool = False) -> tuple[str, str]:
    """An attack on villagers is violence against civilians; one on property with no dead, destruction; an
    assassination of someone who is no fighter, soldier or policeman, violence against civilians."""
    if inc.family not in ("attack", "killing"):
        return etype, sub
    victims = [c.side for c in inc.casualties if c.kind == "killed" and c.side]
    fighters = _fighters_dead(inc)
    civilians = any(v in CIVILIAN_SIDES for v in victims) and not fighters
    state_attacker = a1 is not None and a1.kind in STATE_KINDS
    civilians = civilians or (assassination and inc.target in (None, "civilian") and not fighters)
    if inc.target == "civilian" or (civilians and inc.target in (None, "militant") and not state_attacker):
        if a2 is None or a2.kind not in STATE_KINDS:
            return "Violence against civilians", "Attack"
    elif inc.target == "property" and not victims:
        return "Strategic developments", "Looting/property destruction"
    return etype, sub


def victim_ref(doc: Document, inc: Incident, etype: str, victims) -> ActorRef | None:
    """actor2 from the victims when no actor is named: "Civilians (Nigeria)", "Military Forces of X"."""
    sides = [(c.side, c.country) for c in inc.casualties if c.kind == "killed" and c.side]
    # the victims' nationality when said ("جنود ليبيين"), else the country the incident happened in
    here = inc.place.resolved.country if inc.place is not None and inc.place.resolved is not None else None
    if etype == "Violence against civilians":
        country = next((cc for _, cc in sides if cc), None) or here
        return victims(doc, "civilian", country)
    for side, country in sides:
        if side == "armed":
            ref = victims(doc, "armed", country or here)
            if ref is not None and inc.actor1 is not None and ref.canonical == inc.actor1.canonical:
                continue  # the attackers' own dead do not make them the target
            return ref
    return None


def place_ref(m: PlaceMention | None) -> PlaceRef | None:
    """The event's place; "100 كيلومتر جنوب الجفرة" moves the point and says where it was moved from."""
    if m is None:
        return None
    ref = PlaceRef.of(m)
    c = m.resolved
    if c is not None and m.offset_km and m.bearing is not None and ref.lat is not None:
        ref.lat, ref.lon = offset_point(ref.lat, ref.lon, m.offset_km, m.bearing)
        ref.relation = f"{m.offset_km:g} km {_compass(m.bearing)} of {c.name_en}"
    return ref


def _ref(a) -> ActorRef | None:
    if a is None or isinstance(a, ActorRef):
        return a
    return ActorRef.of(a)


def _compass(bearing: float) -> str:
    names = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return names[int((bearing % 360) / 45 + 0.5) % 8]
