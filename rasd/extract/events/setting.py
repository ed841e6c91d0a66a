"""Where and when: the place and date of a hit from its sentence, whether
two reports are in one place, and the place of an incident whose sentences
name none.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from rasd import datespan
from rasd.extract.document import DatedSpan, Document
from rasd.extract.events.model import TERRITORY, Hit, Incident, coarse, place_id, place_kind, specificity
from rasd.extract.events.reading import after_since, names_a_time, token_stems
from rasd.extract.lexicon import EventLexicon, RoleWords
from rasd.geo import NEAR_IN_INCIDENT_KM
from rasd.geo import haversine_km as km
from rasd.model import PlaceMention
from rasd.recognise.dates import CalendarLexicon, EventOffset, event_offset
from rasd.resolve.provinces import in_province
from rasd.text.normalise import norm
from rasd.text.segment import COMMAS, QUOTES

PLACE_NEAR_KM = NEAR_IN_INCIDENT_KM  # two places this close are one incident's place (how chosen: rasd/geo.py)
# A province, region or district holds the places this close to its point: not a "near" but the reach
# of an area's single point (a governorate is some 100-300 km across); set with the place weights on
# the seed and dev articles.
AREA_NEAR_KM = 250.0
MIN_PLACE_SCORE = -4.0     # a sentence's best place scoring below this is no place of the incident
DESCRIPTION_REACH = 3      # a description word this close after the trigger, in its clause, still places it
RECENT_NUDGE = 1.5         # weight, in mentions, of a place named in the two sentences before an incident

# Score of a place by its kind: a country or region says little about where it happened
# (calibrated on the seed and dev articles; change as a set).
_KIND_PENALTY = {"country": 1.2, "continent": 3.0, "region": 2.5, "province": 0.4}
_CONJUNCTION = "و"


# --- the place of a hit ---------------------------------------------------------------------------

@dataclass
class NamedPlaces:
    """The places that name an incident: `by`, place token -> the incident's hit (the noun right before it, or a
    recalled phrase holding it); `phrase_end`, place token -> the end of that phrase."""
    by: dict[int, Hit] = field(default_factory=dict)
    phrase_end: dict[int, int] = field(default_factory=dict)


def places_for(doc: Document, lex: EventLexicon, hit: Hit, named_by: NamedPlaces | None = None) -> list[PlaceMention]:
    """The place of the hit, and, where its family codes one event per place and the place opens a list
    of places as precise as itself ("غارات على مدينتي الفوعة وكفريا"), the others of that list.  A list
    after "بين" is one stretch of ground (between two towns), not several places."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    cands = _candidates(doc, lex, hit, named_by or NamedPlaces(), s0, s1)
    if not cands:
        return []
    scores = [place_score(doc, lex.words, hit, p0, p1, m) for p0, p1, m in cands]
    best = _finer_inside(doc, lex.words, hit, cands, scores, max(range(len(cands)), key=lambda i: scores[i]))
    if scores[best] < MIN_PLACE_SCORE or (hit.trigger.definite and _origin(doc, lex.words, cands[best], s0)):
        # only descriptions and neighbours: the article's place will do; and "منفذ الهجوم رجل من أديامان": the
        # incident named again is where it was told, the attacker's town is where he came from
        return []
    chain = _coordinated(doc, lex.words, cands, best)
    # a strike's, a shelling's or a bombing's list of towns is read whole, from its first member ("دكت المقاتلات
    # مواقع في صنعاء والضالع وتعز", the best al-Dhale), its cities, towns and villages alike (`_list_level`)
    # (not a list of countries or provinces: "استهدفت مواقع للتنظيم في سوريا والعراق" is a summary of strikes)
    remote = lex.families[hit.family].type == EXPLOSIONS and _list_level(lex.words, cands[best][2]) == _SETTLEMENT
    start = _list_start(doc, lex.words, cands, best)
    # so too a list under a plural cue word of settlements or provinces ("المعارك في محافظات الضالع وأبين وشبوة":
    # the best, a member further on, does not cut off those before it; lists29)
    provinces = lex.families[hit.family].province_lists
    peers_cue = _peers_cue(doc, lex.words, cands[start][0], provinces)
    whole = _coordinated(doc, lex.words, cands, start) if remote or peers_cue is not None else chain
    if len(whole) == 1 or _quarters_of_one_town(cands, whole):
        return [cands[best][2]]
    top = max(chain, key=lambda j: (specificity(cands[j][2]), -j))
    first = cands[whole[0]][0]
    peers, close = _list_peers(doc, lex.words, hit, cands, whole, top, remote, provinces)
    own_list = close and doc.clause(first) == doc.clause(hit.first)
    if not (lex.families[hit.family].one_per_place and own_list and len(peers) > 1) or _after_between(doc, lex, first):
        return [cands[top][2]]
    return peers


def _quarters_of_one_town(cands, whole: list[int]) -> bool:
    """"اشتباكات في أحياء عصيفرة والجمهوري وحوض الأشراف": a list of quarters after their cue word is spots inside one
    town, one incident there (SCHEMA: "spots inside one town hit by one attack are one event at the town"; lists21)."""
    return all(cands[j][2].cue_kind == "neighbourhood" for j in whole)


# the precision of a city, a town and a village: settlements of a list are peers whatever their size, each a place
# attacked ("غارات على صنعاء والضالع وتعز": Sanaa a city, al-Dhale a town in the gazetteer); a province beside them is not
_SETTLEMENTS = ("city", "town", "village")


_SETTLEMENT = "settlement"


def _list_level(W: RoleWords, m: PlaceMention) -> int | str:
    """How precise a member of a list of places is, a city, a town, a village and a district named by its cue word
    alike (`_SETTLEMENTS`, `_named_a_district`)."""
    return _SETTLEMENT if place_kind(m) in _SETTLEMENTS or _named_a_district(W, m) else specificity(m)


def _named_a_district(W: RoleWords, m: PlaceMention) -> bool:
    """"قضاء المقدادية", "ناحية كنعان", "مديرية لودر": a place named after a district's cue word (event_roles.yaml
    `list_district_cues`) is a district, whatever the gazetteer makes of it (an unknown name after the cue is read as
    a province), so in a list it is a peer of towns and villages (SCHEMA: one event per town, village or district;
    lists26)."""
    return m.cue is not None and norm(m.cue) in W.list_district_cues


def _member_specificity(W: RoleWords, m: PlaceMention) -> int:
    """How precise a member of a list is (`specificity`), a district named by its cue word at least a district."""
    return max(specificity(m), TOWN_LEVEL) if _named_a_district(W, m) else specificity(m)


# kinds of place that hold others: a country, a region or a province says where the incident was only
# where its sentence names no finer place inside it
_AREA_KINDS = ("country", "region", "province")


def _finer_inside(doc: Document, W: RoleWords, hit: Hit, cands, scores: list[float], best: int) -> int:
    """The best place, or, where it is a country, region or province, the likeliest finer place inside it that the
    sentence goes on to give, after the trigger, as a location ("غارات في العراق تركزت على أهداف قرب الرمادي": the
    incident is told over the country, then placed more precisely).  A place named before the area, as the
    subject of a verb ("التي تسيطر عليها دمشق"), after a verb of saying ("قال الصحافي في تعز") or after a word of
    another incident ("هجوم آخر") does not place what is told of the area."""
    b0, _, big = cands[best]
    if place_kind(big) not in _AREA_KINDS or big.resolved is None:
        return best
    s0, _ = doc.sentence_bounds(hit.sentence)
    inside = [j for j, (p0, _, m) in enumerate(cands)
              if p0 > b0 and p0 >= hit.last and scores[j] >= MIN_PLACE_SCORE and m.resolved is not None
              and not m.agent and specificity(m) > specificity(big) and _holds(big.resolved, m.resolved)
              and _located(doc, W, p0, s0, m) and not _apart_between(doc, W, hit.last, p0)
              and not _told_by(doc, W, p0, s0, m)]
    if inside:
        return max(inside, key=lambda j: scores[j])
    return _closing_a_chain(cands, best)


def _told_by(doc: Document, W: RoleWords, p0: int, s0: int, m: PlaceMention) -> bool:
    """"في محافظة ديالى شمال شرقي بغداد", "في محافظة مأرب شرق صنعاء": the place at p0 comes right after another place
    and the words of its description (compass or locating words, event_roles.yaml `place_list_descriptions`): it is
    the point that place is told by, not a place inside the area where the incident was (lists26)."""
    toks = doc.seg.tokens
    k = p0 - 1
    if m.cue is not None and k >= 0 and toks[k].norm.endswith(norm(m.cue)):
        k -= 1   # "شرق مدينة بعقوبة": the anchor's cue word
    described = k
    while k >= 0 and toks[k].norm in W.place_list_descriptions:
        k -= 1
    if k < described and k >= 0 and (toks[k].norm in _OPENING_BRACKETS or toks[k].text in COMMAS):
        k -= 1   # spots33: "في ناحية القيارة (جنوب الموصل)": the description set in brackets; lead41: or after a
        # comma ("في محافظة الضالع، شمال عدن": Dhale, told by Aden; kwic.py: 109 "cue word + place، + compass word"
        # on the feed, most then a country, "محافظة أبين، شرق عدن" a town; on the 311 feed articles with "، + compass
        # word" outside the quiet sections, 4 changed: 2 better, 2 mixed)
    return k < described and any(q1 == k + 1 for _, q1, q in doc.places_in(s0, p0) if q is not m)


_OPENING_BRACKETS = frozenset("([")   # typography, not language: a bracket opening an aside


CHAIN_GAP = 1   # tokens between a place and the area that holds it in a chain (its cue: "ظهران الجنوب بمنطقة عسير")


def _closing_a_chain(cands, best: int) -> int:
    """"مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير لقذائف": the area (`best`) closes a chain of places each inside
    the next, its cue alone between; the place it closes is the finer one named (merges25)."""
    b0, _, big = cands[best]
    chained = [j for j, (_, p1, m) in enumerate(cands) if p1 <= b0 and b0 - p1 <= CHAIN_GAP and m.resolved is not None
               and not m.agent and specificity(m) > specificity(big) and _holds(big.resolved, m.resolved)]
    return chained[-1] if chained else best


def _apart_between(doc: Document, W: RoleWords, first: int, last: int) -> bool:
    """A verb of saying between the end of the trigger (`first`) and `last` (a statement, or its source, begins
    there), or a word of another incident ("كما قتل 12 شخصا في هجوم آخر على قرية"): what follows is not told of
    the incident before."""
    toks = doc.seg.tokens
    return any(token_stems(doc, k) & W.saying_verbs or (toks[k].norm in W.another_incident and k >= first + OWN_REACH)
               for k in range(first, last) if toks[k].is_word)


# a word of another incident this close after the trigger qualifies the trigger itself ("اشتباكات مسلحة أخرى")
OWN_REACH = 2


def _located(doc: Document, W: RoleWords, p0: int, s0: int, m: PlaceMention) -> bool:
    """The place is introduced as a location: a locative glued to it or before it, or a cue word ("بالنوفلية",
    "في سرت", "منطقة قرزة")."""
    toks = doc.seg.tokens
    prev = token_stems(doc, p0 - 1) if p0 > s0 and toks[p0 - 1].is_word else set()
    return m.span.start > toks[p0].start or bool(prev & W.locative) or bool(m.cue)


def _candidates(doc: Document, lex: EventLexicon, hit: Hit, named_by: NamedPlaces, s0: int, s1: int):
    """The places of the hit's sentence that may be where it happened, as (first token, end token, mention)."""
    # a place inside an actor's name is none; nor is a cue word before an actor's name ("معسكرات مليشيات
    # الحوثي": the group's camps, described, not a named place)
    # nor is a place that names another incident of the sentence ("ردا على هجوم سروج": `named_by`, the incident
    # nouns by the token after them), nor where something was said ("في مؤتمر صحافي عقده في أنقرة")
    others = _named_by_others(hit, named_by)
    s0 = _pushed_from(doc, lex.words, hit, s0)
    return [(p0, p1, m) for p0, p1, m in doc.places_in(s0, s1)
            if doc.inside_actor(p0, p1) is None and not (m.cue is not None and doc.actors_in(p0, p1))
            and p0 not in others and not _at_a_venue(doc, lex.words, p0, s0) and not _a_bodys_seat(doc, lex.words, p0, s0)
            and not _where_it_set_off(doc, lex.words, p0) and not _where_it_was_heading(doc, lex.words, p0, m)]


PUSH_REACH = 5   # tokens from a verb of pushing to its إلى ("ودفع بالمسلحين الأكراد إلى": 3; set on the feed's 6)


def _pushed_from(doc: Document, W: RoleWords, hit: Hit, s0: int) -> int:
    """Where the places that may be the hit's start: after a verb of pushing whose إلى governs the trigger ("ودفع
    بالمسلحين الأكراد إلى شن هجمات": the act follows its cause, named before, elsewhere); else the sentence's start."""
    toks = doc.seg.tokens
    k = hit.first - 1
    if k > s0 and toks[k].norm not in W.pushed_to:
        k -= 1   # the light verb's noun between ("إلى شن هجمات")
    if k <= s0 or toks[k].norm not in W.pushed_to:
        return s0
    for j in range(k - 1, max(s0, k - PUSH_REACH) - 1, -1):
        if token_stems(doc, j) & W.pushing_verbs:
            return j
    return s0


SPEAKER_REACH = 8       # tokens from a verb of saying to a place in its subject ("وقال أحد الضباط في بلدة موبتي")
COMPLEMENT_GAP = 8      # tokens from that place to the complementiser ("في تعز لـ«الشرق الأوسط» بأن", "القريبة عبر
                        # الهاتف أمس إن"); both set on the feed's speaker phrases (places32: 328 articles)


def speakers_complementiser(doc: Document, W: RoleWords, p0: int, p1: int) -> int | None:
    """"وقال أحد الضباط في بلدة موبتي القريبة إن المهاجمين فجروا العبوات", "وأفاد المكتب الإعلامي للمقاومة في إقليم
    آزال بأن الهجوم أسفر عن ...": where the place at tokens p0..p1 stands in the subject of a verb of saying
    (event_roles.yaml `saying_verbs`), a few words before the complementiser (`bare_complementisers`) that opens what
    is said, that complementiser's token: the place says where the speaker is, which may or may not be where what
    he tells happened.  None where the place stands in no such phrase."""
    toks = doc.seg.tokens
    s0, s1 = doc.sentence_bounds(doc.seg.sentence_of(p0))
    comp = next((k for k in range(p1, min(s1, p1 + COMPLEMENT_GAP + 1)) if toks[k].norm in W.bare_complementisers),
                None)
    if comp is None:
        return None
    for k in range(p0 - 1, max(s0, p0 - SPEAKER_REACH) - 1, -1):
        if toks[k].norm in W.bare_complementisers:
            return None   # the place is in an earlier complement: what was said, not who said it
        if toks[k].is_word and token_stems(doc, k) & W.saying_verbs:
            said = any(token_stems(doc, j) & W.saying_verbs for j in range(p1, comp) if toks[j].is_word)
            return None if said else comp
    return None


DEPARTURE_REACH = 8   # tokens from a verb of setting off to the place it names ("انطلقت من قاعدة ... في ولاية X")


def _where_it_set_off(doc: Document, W: RoleWords, p0: int) -> bool:
    """The place at p0 is in the clause of a verb of setting off followed by من ("طائرات أقلعت من قاعدة في
    ديار بكر"): where the aircraft or the convoy came from."""
    toks = doc.seg.tokens
    c0 = doc.clause(p0)[0]
    return any(toks[k + 1].norm in W.place_origin and token_stems(doc, k) & W.departure_verbs
               for k in range(max(c0, p0 - DEPARTURE_REACH), p0 - 1))


DESTINATION_REACH = 4  # tokens from a word of heading to the إلى before the place ("في طريقها من المحافظات الشمالية إلى")


def _where_it_was_heading(doc: Document, W: RoleWords, p0: int, m: PlaceMention) -> bool:
    """The place at p0 is where a convoy or reinforcements were heading: إلى or نحو (and a cue word) right before
    it and a word of heading a few words before that, in its clause ("تعزيزات كانت متجهة إلى محافظة تعز")."""
    toks = doc.seg.tokens
    k = p0 - 1
    if m.cue is not None and k > 0 and toks[k].norm not in W.heading_to:
        k -= 1  # the cue word before the name ("إلى محافظة تعز")
    if k < 1 or toks[k].norm not in W.heading_to:
        return False
    c0 = doc.clause(p0)[0]
    return any(token_stems(doc, j) & W.heading_words for j in range(max(c0, k - DESTINATION_REACH), k))


def _origin(doc: Document, W: RoleWords, cand, s0: int) -> bool:
    """The place is named as an origin ("من أديامان", "من مدينة أديامان")."""
    p0, _, m = cand
    k = p0 - 1
    if m.cue is not None and k > s0 and doc.seg.tokens[k].norm not in W.place_origin:
        k -= 1  # the cue word before the name
    return k >= s0 and doc.seg.tokens[k].is_word and bool(token_stems(doc, k) & W.place_origin)


def _named_by_others(hit: Hit, named_by: NamedPlaces) -> set[int]:
    """The places that name another incident: right after its noun, or further on in its phrase for a hit told
    before it (a place further on in a recalled incident's phrase is still the place of what that phrase tells
    after it: "بعد أيام على الهجوم الذي أوقع 32 قتيلا في سروج") or after the phrase's clause ("وفي أعقاب الهجوم
    في سروج، أعلن الحزب ...")."""
    return {p for p, h in named_by.by.items()
            if h is not hit and (p == h.last or hit.first < h.first or hit.first >= named_by.phrase_end.get(p, 1 << 30))}


def _list_peers(doc: Document, W: RoleWords, hit: Hit, cands, whole: list[int], top: int,
                towns_struck: bool, provinces: bool = True) -> tuple[list[PlaceMention], bool]:
    """The places of the list `whole` that are each an incident's, and whether the list opens close enough after
    the trigger to be its own (its clause is checked by the caller); `provinces`: whether a province's plural cue
    makes its members peers (`_peers_cue`)."""
    first = cands[whole[0]][0]
    start = _list_phrase_start(doc, W, hit, cands[whole[0]])
    level = specificity(cands[top][2])
    # the sides a fight is between, before a list opened by a cue word for settlements ("بين قوات النظام والفصائل
    # في قريتي حندرات والمسلمية"), neither describe the list nor put it far from its trigger; without the cue word
    # ("بين المقاومة والحوثيين على أطراف تعز ولحج") the list stays as before (recall14's guard)
    sides = _between_sides(doc, W, hit.last, start) if cands[whole[0]][2].cue is not None else set()
    if (_after_an_actor(doc, W, start) and not sides) or coarse(cands[top][2]):
        # "سيطرت قوات المقاومة في محافظتي الضالع وعدن على المثلث": the list right after an actor may be the
        # actor's own description; only a list of places alike, close by, is the trigger's; so too a list of
        # countries ("استهدفت مواقع للتنظيم في سوريا والعراق" further on sums up strikes)
        # (alike: a city, a town, a village and a district named by its cue as one, `_list_level`; lists26)
        top_level = _list_level(W, cands[top][2])
        return [cands[j][2] for j in whole if _list_level(W, cands[j][2]) == top_level], \
            hit.last <= first <= hit.last + LIST_REACH
    cue = _peers_cue(doc, W, first, provinces)
    if cue is not None:
        # "في محافظات الضالع وأبين وشبوة", "قرب 8 مدن منها الموصل والفلوجة": the cue says what each member is,
        # whatever the gazetteer makes of its name (a town, a province): each is a place of the incident (lists29)
        # the sides of a fight before a list of provinces put it far from its trigger, as before (recall18: "اشتباكات
        # بين قوات الجيش ومسلحي القبائل في محافظتي مأرب والجوف" sums up a front); before settlements they do not
        if token_stems(doc, cue) & W.list_peer_province_cues:
            sides = set()
        return [cands[j][2] for j in whole], _opens_close_after(doc, hit, min(start, cue), sides) or \
            (towns_struck and _towns_struck_list(doc, W, hit, cue, cands))
    if towns_struck:
        # a strike's list of towns: its cities, towns and villages alike, opening further on (`_towns_struck_list`)
        top_level = _list_level(W, cands[top][2])
        return [cands[j][2] for j in whole if _list_level(W, cands[j][2]) == top_level], \
            _opens_close_after(doc, hit, start, sides) or _towns_struck_list(doc, W, hit, first, cands)
    return _peers(W, [cands[j][2] for j in whole], level), _opens_close_after(doc, hit, start, sides)


# a list of places is the trigger's own when it opens this close after it, in its clause ("غارات على
# مواقع في الفوعة وكفريا"); further on it belongs to something else (a route, a description)
LIST_REACH = 4
# ... and, for a strike, a shelling or a bombing on towns, further: a verb's subject and object, or the verb a noun
# is the subject of, stand between ("دكت مقاتلات التحالف مواقع للمتمردين في صنعاء والضالع وتعز", "أصابت الغارات
# أهدافا قرب مدن بينها الموصل ومخمور"; set on the two recall14 samples, seeds 2064 and 2164)
TOWNS_STRUCK_REACH = 10


def _towns_struck_list(doc: Document, W: RoleWords, hit: Hit, first: int, cands) -> bool:
    """Whether a strike's, a shelling's or a bombing's list of towns opening at token `first` is still the trigger's
    own though further than `LIST_REACH` on: up to `TOWNS_STRUCK_REACH` words, with no other place before it and
    not as an origin ("من")."""
    toks = doc.seg.tokens
    # a country or region before the list is where its towns lie ("أصابت الغارات في العراق أهدافا قرب مدن بينها
    # تكريت وبيجي"; lists29), another town is another incident's place
    return hit.last <= first <= hit.last + TOWNS_STRUCK_REACH and \
        not any(hit.last <= p0 < first and not coarse(m) for p0, _, m in cands) and \
        not (token_stems(doc, first - 1) & W.place_origin or toks[first].norm.startswith("من"))


PEERS_CUE_REACH = 3   # words from "منها/بينها" back to the plural cue ("8 مدن عراقية منها", "تسع مدن بينها")


def _peers_cue(doc: Document, W: RoleWords, first: int, provinces: bool) -> int | None:
    """The token of the plural or dual cue word of settlements (event_roles.yaml `list_peer_cues`: "قريتي دويزات
    والحود"), or, with `provinces`, of provinces (`list_peer_province_cues`: "في محافظات الضالع وأبين"), right before
    the list of places opening at token `first`, or before "منها/بينها" (`list_peer_including`) by at most
    PEERS_CUE_REACH words ("قرب 8 مدن عراقية منها الموصل والفلوجة"): a list whose members are all of the cue's kind,
    whatever the gazetteer makes of each name; None where there is no such cue (lists29)."""
    toks = doc.seg.tokens
    cues = W.list_peer_cues | W.list_peer_province_cues if provinces else W.list_peer_cues
    k = first - 1
    if k < 0 or not toks[k].is_word:
        return None
    if token_stems(doc, k) & cues:
        return k
    if toks[k].norm not in W.list_peer_including:
        return None
    return next((j for j in range(k - 1, max(0, k - PEERS_CUE_REACH) - 1, -1)
                 if toks[j].is_word and token_stems(doc, j) & cues), None)


def _list_phrase_start(doc: Document, W: RoleWords, hit: Hit, cand) -> int:
    """The first token of the phrase of a list's first place: its cue word and its preposition ("في محافظتي")."""
    p0, _, m = cand
    toks = doc.seg.tokens
    # the cue as listed ("محافظة", "قرى") against the token's normalised form ("بمحافظه", "قري")
    start = p0 - 1 if m.cue is not None and p0 - 1 >= hit.last and toks[p0 - 1].norm.endswith(norm(m.cue)) else p0
    if start - 1 >= hit.last and toks[start - 1].is_word and token_stems(doc, start - 1) & W.locative:
        start -= 1
    return start


def _after_an_actor(doc: Document, W: RoleWords, start: int) -> bool:
    """An actor's name ends right before token `start`, and it is no holder of a post or a thing named in construct
    right before it: "قصفت المدفعية مواقع الحوثيين في مدينتي حرض وميدي" tells where the positions hit lie, not who the
    Houthis are (lists34)."""
    return any(a1 == start and not _holder_of_a_post(doc, W, a0)
               for a0, a1, _ in doc.actors_in(max(0, start - ACTOR_SPAN), start))


def _holder_of_a_post(doc: Document, W: RoleWords, a0: int) -> bool:
    """The actor at a0 completes a post or a thing in construct, the word right before it, without the article
    (event_roles.yaml `owned_things`: "مواقع الحوثيين", "ثكنات داعش", "مواقع للتنظيم"): the side holding what was hit
    (as roles._post_of reads it; doers23)."""
    if a0 < 1 or not doc.seg.tokens[a0 - 1].is_word:
        return False
    return not doc.seg.tokens[a0 - 1].norm.startswith(("ال", "وال")) and bool(token_stems(doc, a0 - 1) & W.owned_things)


ACTOR_SPAN = 8   # tokens an actor's name may span ("قوات الحزام الأمني التابعة للمجلس الانتقالي")


def _opens_close_after(doc: Document, hit: Hit, start: int, sides: set[int] = frozenset()) -> bool:
    """Whether a list of places opens this close after the trigger (LIST_REACH), counted to the first word of the
    list's phrase (`_list_phrase_start`: "في محافظتي مأرب وتعز") and without the words of a date between
    ("انفجار عبوتين الليلة الماضية في قضاء بلدروز والمقدادية") nor those of `sides` (`_between_sides`)."""
    if start < hit.last:
        return False
    dated = {k for d in doc.dates_in(hit.last, start) for k in range(d.first_token, d.last_token)}
    return sum(1 for k in range(hit.last, start) if k not in dated and k not in sides) <= LIST_REACH


def _between_sides(doc: Document, W: RoleWords, lo: int, hi: int) -> set[int]:
    """The tokens of the sides a fight is between, when they stand between the trigger and the list of its places
    ("اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة في قريتي حندرات والمسلمية"): بين (`between_sides`) and
    what follows it up to the second side's name, which ends right before the list's phrase (SIDES_GAP), within two
    names' length of بين; none otherwise."""
    toks = doc.seg.tokens
    k = next((j for j in range(max(lo, hi - 2 * ACTOR_SPAN), hi) if toks[j].norm in W.between_sides), None)
    if k is None:
        return set()
    end = max((a1 for _, a1, _ in doc.actors_in(k + 1, hi) if hi - a1 <= SIDES_GAP), default=None)
    if end is None or any(not toks[j].is_word for j in range(k + 1, hi)):
        return set()   # no side right before the list; or a comma, a bracket: the list is not right after the sides
    return set(range(k, end))


SIDES_GAP = 2   # words between the second side and the list's first word ("والفصائل في محيط قريتي")


# from this precision on (a district, a town, a village: specificity) a list's places are places attacked one by
# one, whatever the precision of each ("منطقتي الوهط وصبر": a village and an area)
TOWN_LEVEL = 3
SPOT_LEVEL = 7   # a neighbourhood, a landmark, a checkpoint: a spot inside a town


def _peers(W: RoleWords, places: list[PlaceMention], level: int) -> list[PlaceMention]:
    """The places of a list that are each an incident's: those as precise as the most precise; or, in a list of
    towns and villages, each that holds none of the others (a province named with its town is the town's)."""
    if not TOWN_LEVEL <= level < SPOT_LEVEL:
        # provinces; or a list with a quarter in it ("في مناطق المعلا والتواهي وكريتر"): spots of one town, of
        # which only the most precise are told apart
        return [m for m in places if specificity(m) == level]
    towns = [m for m in places if _member_specificity(W, m) >= TOWN_LEVEL]   # "قضاء س وناحية ص" (lists26)
    return [m for m in towns if not any(o is not m and o.resolved is not None and m.resolved is not None
                                        and o.resolved.id != m.resolved.id and _holds(m.resolved, o.resolved)
                                        for o in towns)]


def _after_between(doc: Document, lex: EventLexicon, p0: int) -> bool:
    """Whether a list of places opens right after "بين" (or one noun after it: "بين مدينتي")."""
    toks = doc.seg.tokens
    return any(k >= 0 and toks[k].norm in lex.words.between_sides for k in (p0 - 1, p0 - 2))


def _coordinated(doc: Document, W: RoleWords, cands, best: int) -> list[int]:
    """"بين مصراتة وسرت ووادي سوف الجين": the places joined by و after the best one, or by "وفي" with its comma or
    not ("في قضاء تلعفر وفي الموصل", "في المدينة الخضراء، وفي لحج")."""
    toks = doc.seg.tokens
    chain = [best]
    past = best   # the last candidate read: a description's place is read and skipped
    for j in range(best + 1, len(cands)):
        if j <= past:
            continue
        past = j
        if _linked_by_a_preposition(doc, W, cands[chain[-1]][1], cands[j][0]) \
                or _linked_by_spots(doc, W, cands[chain[-1]][1], cands[j]):
            chain.append(j)
            continue
        after = _across_a_description(doc, W, cands, chain[-1], j)
        if after is not None:
            chain.append(after)   # "في مدينة تعز الواقعة شمالي عدن وفي مأرب" (lists26)
            past = after
            continue
        gap = cands[j][0] - cands[chain[-1]][1]
        if gap > 1 or not toks[cands[j][0]].norm.startswith(_CONJUNCTION) and gap != 1:
            break
        between = toks[cands[chain[-1]][1]].norm
        if gap == 1 and between != _CONJUNCTION and not (between.startswith(_CONJUNCTION) and (
                cands[j][2].cue is not None or between[len(_CONJUNCTION):] in W.list_district_cues)):
            break  # "وسرت ووادي سوف الجين": a cue word with و may sit between; a district's though the name is
            # known without it ("مديرية لودر وناحية مكيراس", lists26)
        chain.append(j)
    return chain


DESCRIPTION_WORDS = 4   # words of a description of where a list's member lies ("الواقعة شمالي عدن", "غرب الموصل")


def _across_a_description(doc: Document, W: RoleWords, cands, last: int, j: int) -> int | None:
    """"في مدينة تعز الواقعة شمالي عدن وفي مأرب", "في قضاء سنجار غرب الموصل وناحية الحردانية": right after the member
    `last`, a description of where it lies (a locating or compass word, event_roles.yaml `place_list_descriptions`,
    and the place it is told by, with its cue word), then the list's link right before the next member ("وفي" with
    no comma before it, or و glued to the member's cue word): the index of that member, from `j` on; None where no
    such description and link follow (lists26)."""
    toks = doc.seg.tokens
    end = cands[last][1]
    if end >= len(toks) or toks[end].norm not in W.place_list_descriptions:
        return None
    told_by: set[int] = set()
    for k in range(j, min(len(cands), j + 3)):
        start, stop, m = cands[k]
        words = [t for t in range(end, start) if toks[t].is_word]
        if len(words) > DESCRIPTION_WORDS + 1:
            return None
        # a member starting at the description's own word has no words before it, so no link
        if words and words[-1] == start - 1 and _a_list_link(doc, W, words[-1], m) and \
                all(t in told_by or toks[t].norm in W.place_list_descriptions for t in words[:-1]):
            return k
        told_by.update(range(start - (1 if m.cue is not None else 0), stop))
    return None


def _a_list_link(doc: Document, W: RoleWords, t: int, m: PlaceMention) -> bool:
    """Token t links a list of places on to the place m: "وفي" right after a word (no comma), or و glued to m's cue
    word or to a district's ("ومدينة تعز", "وناحية الحردانية")."""
    toks = doc.seg.tokens
    w = toks[t].norm
    if w in W.place_list_links:
        return toks[t - 1].is_word
    rest = w[len(_CONJUNCTION):]
    return w.startswith(_CONJUNCTION) and ((m.cue is not None and rest == norm(m.cue)) or rest in W.list_district_cues)


def _list_start(doc: Document, W: RoleWords, cands, best: int) -> int:
    """The first member of the list of places the best one stands in: the earliest place before it whose list
    (`_coordinated`) reaches it; the best place itself where none does."""
    return next((j for j in range(best) if best in _coordinated(doc, W, cands, j)), best)


def _linked_by_a_preposition(doc: Document, W: RoleWords, end: int, start: int) -> bool:
    """Only a list's link word with its preposition ("وفي"), a comma before it or not, between tokens end and
    start."""
    words = [k for k in range(end, start) if doc.seg.tokens[k].is_word]
    return len(words) == 1 and words[0] == start - 1 and doc.seg.tokens[words[0]].norm in W.place_list_links


def _linked_by_spots(doc: Document, W: RoleWords, end: int, cand) -> bool:
    """A list carried on by و with a plural noun of spots, "other" or not, and في again, before the next place or its
    cue word ("قصف مناطق في بلدة أ ومناطق أخرى في بلدة ب", "غارات على مواقع في أ ومواقع في ب"): each town named with
    spots of its own is a member of the list (lists22)."""
    start, _, m = cand
    words = [doc.seg.tokens[k].norm for k in range(end, start) if doc.seg.tokens[k].is_word]
    if m.cue is not None and words and words[-1] == norm(m.cue):
        words.pop()
    if len(words) < 2 or len(words) > 3 or words[-1] != _LOCATIVE:
        return False
    head = words[0]
    return head.startswith(_CONJUNCTION) and head[len(_CONJUNCTION):] in W.place_list_spots \
        and all(w in W.another_incident for w in words[1:-1])


def place_score(doc: Document, W: RoleWords, hit: Hit, p0: int, p1: int, m: PlaceMention) -> float:
    """How likely the place at tokens p0..p1 is where the hit happened (weights calibrated on the seed
    and dev articles; change as a set)."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    c0, c1 = doc.clause(hit.first)
    score = -0.15 * (p0 - hit.last) if p0 >= hit.last else -2.0 - 0.2 * (hit.first - p1)
    if c0 <= p0 < c1:
        score += 1.5
    elif p0 < hit.first and _fronted(doc, W, p0, s0):
        score = -0.5   # "أما في محافظة الضالع، فقد ...": the sentence's place, however far its trigger (as if in its clause)
    score = _after_cues(doc, W, p0, s0, m, score)
    score = _after_clause_ties(doc, W, hit, (p0, p1), c0 <= p0 < c1, score)
    if m.offset_km and any(0 <= p0 - q1 <= 4 for _, q1, q in doc.places_in(s0, p0) if q is not m):
        score -= 3.0  # "سرت (450 كلم شرق طرابلس)": the anchor of a description of the place before it
    elif _told_by(doc, W, p0, s0, m):
        score -= 3.0  # "في محافظة مأرب شرق صنعاء": so too a compass description's (lists26)
    if _acting(doc, W, p0, m):
        score -= AGENT_PENALTY  # "وبدأت طهران بناء معسكرات": a capital or country acting is its government
    if _container_of_the_place_before(doc, W, p0, s0, m):
        score -= CONTAINER_PENALTY  # "في منطقة حرض بمحافظة حجة": the province says where حرض is
    return score - _KIND_PENALTY.get(place_kind(m) or "", 0.0)


FRONTED_REACH = 4   # tokens from a sentence's start to a place its fronted topic names ("أما في محافظة الضالع")
_LOCATIVE = "في"


def _fronted(doc: Document, W: RoleWords, p0: int, s0: int) -> bool:
    """The place at p0 is the fronted topic of its sentence: the sentence opens "أما في" (event_roles.yaml
    `fronted_topics`), and the place stands in that opening clause, a few words on."""
    toks = doc.seg.tokens
    if p0 - s0 > FRONTED_REACH or p0 <= s0 + 1 or doc.clause(p0)[0] != s0:
        return False
    return toks[s0].norm in W.fronted_topics and toks[s0 + 1].norm == _LOCATIVE


WITNESS_BONUS = 2.0       # the subject of "شهد" (saw) is where the incident it names happened
WITNESS_REACH = 3         # tokens from the verb to the place: a cue word and a quotation mark may stand between
AGENT_PENALTY = 4.0       # a place named as the subject of a verb stands for an actor
CONTAINER_PENALTY = 2.0   # a province or district named right after a finer place only locates it
CONTAINER_GAP = 2         # tokens between them: a preposition and a cue word ("بمحافظة", "في ولاية")


def _container_of_the_place_before(doc: Document, W: RoleWords, p0: int, s0: int, m: PlaceMention) -> bool:
    """The place at p0 follows a finer place by a locative, or names the province that place is the seat of
    ("حرض بمحافظة حجة", "المار في ولاية فرياب", "الحوطة عاصمة محافظة لحج")."""
    toks = doc.seg.tokens
    for _q0, q1, q in doc.places_in(max(s0, p0 - CONTAINER_GAP - 6), p0):
        # "الرمادي، مركز محافظة الأنبار،": a comma may open the apposition of a seat
        comma = q1 < p0 and toks[q1].text in COMMAS and \
            any(token_stems(doc, k) & W.seat_nouns for k in range(q1 + 1, p0))
        if q is m or not 0 <= p0 - q1 - comma <= CONTAINER_GAP or specificity(q) <= specificity(m):
            continue
        between = [toks[k] for k in range(q1 + comma, p0)]
        glued = m.span.start > toks[p0].start and toks[p0].norm[:1] in _LOCATIVE_LETTERS
        if (glued or any(token_stems(doc, k) & (W.locative | W.seat_nouns) for k in range(q1, p0))) and \
                not any(t.norm.startswith(_CONJUNCTION) or not t.is_word for t in between):
            return True
    return False




_LOCATIVE_LETTERS = "ب"   # "بمحافظة": the locative preposition glued to the container


def _after_cues(doc: Document, W: RoleWords, p0: int, s0: int, m: PlaceMention, score: float) -> float:
    """`score` adjusted for the words before the place: a locative, an origin, a border (the terms are
    added one by one, in this order, so that equal scores stay equal)."""
    toks = doc.seg.tokens
    prev = token_stems(doc, p0 - 1) if p0 > s0 and toks[p0 - 1].is_word else set()
    if _located(doc, W, p0, s0, m):
        score += 1.0  # "بالنوفلية", "في سرت", "منطقة قرزة"
    if prev & W.place_origin:
        score -= 1.5  # "11 عسكريا من بوركينا فاسو": origin, not location
    if prev & W.border or (p0 - 2 >= s0 and toks[p0 - 2].norm in W.border_nouns):
        score -= 1.5  # "قرب الحدود مع النيجر": a neighbour
    if _after_allegiance(doc, W, p0, s0):
        score -= AGENT_PENALTY  # "مقاتلون موالون لروسيا": a state as a side
    return score


VENUE_REACH = 5   # words from a noun of a gathering to its place ("مؤتمر صحافي مشترك عقده أمس في أنقرة")


def _at_a_venue(doc: Document, W: RoleWords, p0: int, s0: int) -> bool:
    """A noun of a gathering where something is said a few words before the place, with no punctuation between:
    the place is where it was said."""
    toks = doc.seg.tokens
    for k in range(p0 - 1, max(s0, p0 - VENUE_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        if token_stems(doc, k) & W.venue_nouns:
            return True
    return False


SEAT_REACH = 3   # words from "ومقره" to the place it names ("ومقرها الرئيسي في جنيف")


def _a_bodys_seat(doc: Document, W: RoleWords, p0: int, s0: int) -> bool:
    """The place at p0 is a body's seat told in passing ("وذكر المرصد ومقره بريطانيا أن ...", "المجلس الذي مقره
    في باريس"): a possessed seat noun a few words before it, glued to و or after a relative or a verb of lying."""
    toks = doc.seg.tokens
    for k in range(p0 - 1, max(s0, p0 - SEAT_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        word = toks[k].norm
        glued = word.startswith(_CONJUNCTION) and word[1:] in W.seat_of_a_body
        if glued or word in W.seat_of_a_body and k > s0 and toks[k - 1].norm in W.seat_openers:
            return True
    return False


def _after_allegiance(doc: Document, W: RoleWords, p0: int, s0: int) -> bool:
    """A word of allegiance right before the place, or before its preposition ("مدعومة من إيران")."""
    toks = doc.seg.tokens
    k = p0 - 1
    if k > s0 and toks[k].norm in W.allegiance_links:
        k -= 1
    return k >= s0 and toks[k].is_word and bool(token_stems(doc, k) & W.allegiance)


def _after_clause_ties(doc: Document, W: RoleWords, hit: Hit, where: tuple[int, int], in_clause: bool,
                       score: float) -> float:
    """`score` adjusted for what ties the place to the trigger's clause: a description, a relative
    clause, a resumptive pronoun."""
    toks = doc.seg.tokens
    p0, p1 = where
    s0, _ = doc.sentence_bounds(hit.sentence)
    before2 = {toks[k].norm for k in range(max(s0, p0 - 2), p0)}
    if (before2 & W.place_description or neighbour_of_named(doc, W, p0) or _deep_in_a_description(doc, W, p0, s0)) \
            and not (in_clause and 0 <= p0 - hit.last <= DESCRIPTION_REACH):
        score -= 3.0  # "في هذا البلد الواقع بغرب إفريقيا": a description of a place already named
    if in_clause and p0 < hit.first and {s for k in range(max(s0, p0 - WITNESS_REACH), p0) for s in token_stems(doc, k)} & \
            W.witness_verbs:
        score += WITNESS_BONUS  # "وشهدت ولاية أداماوا ... هجوما انتحاريا": the place that saw it
    if p1 < len(toks) and toks[p1].norm in W.relative_after_place and 0 <= hit.first - p1 <= 3:
        score += 3.0  # "مدينة صبراتة التي استهدفتها غارة": the relative clause is about this place
    if hit.last < len(toks) and toks[hit.last].norm in W.resumptive:
        # "استعادة مدينة سرت ... بعد سيطرته عليها": the pronoun points back to the place before
        score += 2.5 - 0.1 * (hit.first - p1) if p1 <= hit.first else -3.0
    return score


# place41: tokens from a description word after a place to a place further on in that description ("ولاية سيبيتوكي،
# الواقع على الحدود البوروندية مع رواندا وجمهورية الكونغو": 7 to the second neighbour)
DESCRIPTION_CLAUSE_REACH = 8


def _deep_in_a_description(doc: Document, W: RoleWords, p0: int, s0: int) -> bool:
    """The place at p0 stands further on in a description of the place before it (event_roles `place_description`
    right after that place, or after a comma after it), with no punctuation between: "في ولاية س، الواقعة على الحدود
    مع رواندا وجمهورية الكونغو": the neighbours say where س is, not where anything happened."""
    toks = doc.seg.tokens
    for k in range(p0 - 1, max(s0, p0 - DESCRIPTION_CLAUSE_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        if toks[k].norm in W.place_description:
            end = k - 1 if k - 1 >= s0 and toks[k - 1].text in COMMAS else k
            return any(q1 == end for _, q1, _ in doc.places_in(max(s0, end - 8), end))
    return False


def neighbour_of_named(doc: Document, W: RoleWords, p0: int) -> bool:
    """"شانلي أورفة القريبة من سروج": the place at p0 only says where the place named before it is."""
    toks = doc.seg.tokens
    if p0 < 2 or toks[p0 - 1].norm not in W.place_origin or toks[p0 - 2].norm not in W.near_adjectives:
        return False
    s0 = doc.sentence_bounds(doc.seg.sentence_of(p0))[0]
    return any(q1 == p0 - 2 for _, q1, _ in doc.places_in(max(s0, p0 - 8), p0 - 2))


def weak_place(doc: Document, W: RoleWords, m: PlaceMention | None) -> bool:
    """No place, or a place named only as a neighbour or an origin ("الحدود مع النيجر")."""
    if m is None:
        return True
    k = doc.token_of(m.span.start)
    prev = {s for j in range(max(0, k - 2), k) for s in token_stems(doc, j)}
    return bool(prev & W.weak_place_before)


# ownplace42: words from a border noun to the مع before the neighbour: one adjective may stand between ("الحدود التركية
# مع سوريا"); set on the feed's «الحدود مع» and «حدودي مع» phrases
BORDER_WITH_REACH = 2
_WITH = "مع"


def across_a_border(doc: Document, W: RoleWords, m: PlaceMention | None) -> bool:
    """The place `m` is named only as the land on the other side of a border: a border noun (event_roles
    `border_with_nouns`), at most one word, مع, then the place ("قرب الحدود مع موريتانيا", "الحدود التركية مع سوريا").
    The incident happened on this side of it."""
    if m is None:
        return False
    toks = doc.seg.tokens
    k = doc.token_of(m.span.start) - 1
    s0 = doc.sentence_bounds(doc.seg.sentence_of(k + 1))[0]
    if k <= s0 or toks[k].norm != _WITH:
        return False
    for j in range(k - 1, max(s0, k - BORDER_WITH_REACH) - 1, -1):
        if not toks[j].is_word:
            return False
        if toks[j].norm in W.border_with_nouns:
            return True
    return False


def in_country_of(m: PlaceMention | None, country: PlaceMention) -> bool:
    """Whether the place `m` lies in the country `country` names: "طرد الحوثيين من عدن" keeps Aden, a town of
    the side's own country, over that country."""
    return m is not None and m.resolved is not None and country.resolved is not None and \
        m.resolved.country == country.resolved.country


def target_country_place(inc: Incident, hit: Hit, country_place) -> PlaceMention | None:
    """"هجوم على موقع للجيش البوركيني قرب الحدود مع النيجر": the country of the side attacked."""
    target_country = inc.actor2.country if inc.actor2 is not None else None
    if not target_country or country_place is None:
        return None
    found = country_place(target_country)
    if found is None:
        return None
    name, cand = found
    return PlaceMention(span=inc.actor2.span, name=name, key=name, sentence=hit.sentence, resolved=cand)


# --- the date of a hit ----------------------------------------------------------------------------

def date_for(doc: Document, hit: Hit, words: RoleWords | None = None) -> DatedSpan | None:
    """The date of the hit's sentence nearest the trigger, preferring one after it; an incident over two
    days ("السبت والأحد", "ليل السبت الأحد", "منذ صباح أمس") or over the last hours ("خلال الـ24 ساعة الماضية")
    takes the month (SCHEMA.md)."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    dates = doc.dates_in(s0, s1)
    if words is not None:
        dates = _the_hits_dates(doc, words, hit, dates)
    if not dates:
        return _undated_sentence(doc, words, hit, s0, s1) if words is not None else None
    d = min(dates, key=lambda d: abs(d.first_token - hit.first) + (0 if d.first_token >= hit.first else 2))
    if words is not None and _a_length_of(doc, words, hit, d):
        return None   # how long it has gone on: a span up to the report, no day (nor another date of the sentence)
    d = _week_just_ended(doc, _spelt_out(dates, d))
    if words is not None and d.first_token < hit.first:
        e = _after_the_day_before(doc, words, hit, dates, d)
        if e is not d:
            return e if e is None or e.precision not in ("day", "unknown") else \
                _two_days_as_month(doc, dates, e) if e.date else None
    if words is not None and _spans_from(doc, words, hit, dates, d):
        return _spanning_days(doc, d)
    return _two_days_as_month(doc, dates, d)


def _undated_sentence(doc: Document, W: RoleWords, hit: Hit, s0: int, s1: int) -> DatedSpan | None:
    """A sentence with no date: the last hours or days before publication (none across two months: no other day
    then stands for it), the night before it, or the time the sentence before told ("حينها")."""
    recent = _last_hours(doc, W, s0, s1)
    if recent is not None:
        return recent if recent.date else None
    return _last_night(doc, W, hit) or _then_before(doc, W, hit)


def _week_just_ended(doc: Document, d: DatedSpan) -> DatedSpan:
    """"This week" told of an incident in a text of the week's first day, a Monday ("نشر التنظيم شريطا يؤكد فيه
    قيامه هذا الأسبوع بخطف ثمانية مقاتلين"): the new week has had no day but that one, which the text would call
    today or yesterday; the week is the one just ended (an Arab week begins on Saturday or Sunday, and the wire
    copy a Monday paper prints was written over that weekend).  kwic.py: of the «هذا الأسبوع» of Monday pages on the
    feed, those told of a past act (an abduction told by four papers, Turkey's change of course) each fall in the
    week before; the others are plans or weekly tallies, no incident."""
    e = d.expr
    if doc.published is None or d.precision != "week" or d.date != doc.published.isoformat() or e is None \
            or e.relative != "this_week" or e.weekday is not None or e.part is not None:
        return d
    monday = doc.published - dt.timedelta(weeks=1)
    return DatedSpan(d.first_token, d.last_token, d.span, monday.isoformat(), "week", d.expr)


def _spans_from(doc: Document, W: RoleWords, hit: Hit, dates: list[DatedSpan], d: DatedSpan) -> bool:
    """The incident goes on from day `d` into a later one: after منذ or up to a later day after حتى, or a fight that
    broke out a length ago and has gone on since, up to the report."""
    if hit.family not in TERRITORY and d.precision == "day" and \
            (_since_a_day(doc, W, d) or _until_a_later_day(doc, W, dates, d)):
        return True
    return _broke_out_ago(doc, W, hit, d)


def _the_hits_dates(doc: Document, words: RoleWords, hit: Hit, dates: list[DatedSpan]) -> list[DatedSpan]:
    """The dates of the hit's sentence that may be its own: not a point a span starts from, a past compared with,
    nor a day of a relative clause on something else."""
    # what began is dated by its start ("منذ انطلاق العمليات الجوية الأميركية في أغسطس الماضي": the air campaign)
    dates = [d for d in dates if not (_since_the_start(doc, words, d) and not _in_the_since_phrase(doc, words, hit, d))]
    if hit.family not in TERRITORY:
        # "منذ ديسمبر 2011", "منذ 2014": where a span starts, never the day of an incident (a length of
        # time after منذ, "منذ ثلاثة أيام", is "ago" and dates one)
        dates = [d for d in dates if not (after_since(doc, words.since, d) and (names_a_time(d) or _a_year_back(d))
                                          and not _since_a_day(doc, words, d))]
        dates = [d for d in dates if not _in_relative_on_place(doc, words, hit, d)]
    # a relative clause that reaches a year or more back ("واستعادت القوات بعض الأراضي التي خسرتها العام الماضي")
    # tells the incident within a long story: its date stays, so that the incident is read as history
    return [d for d in dates if not _compared_since(doc, words, d) and not (
        _in_relative_on_another(doc, words, hit, d) and not (doc.published and long_past(d, doc.published)))]


SINCE_START_REACH = 14  # words from a منذ to the date that ends its phrase ("منذ أن بدأت أنقرة حملة ضربات جوية على
#                        معسكرات الحزب في شمال العراق في 24 يوليو": 13 words; a comma or حتى ends it first)


def _since_the_start(doc: Document, W: RoleWords, d: DatedSpan) -> bool:
    """The date follows "منذ" (or "منذ أن") and a word of beginning a few words before it, in one clause ("منذ بدء
    المواجهات قبل ثلاثة أشهر", "منذ بدأ الهجوم في درعا في يونيو"): the day a span began, up to the report, not an
    incident's day; not after "حتى" ("منذ بداية الحملة حتى أمس": the span's end)."""
    since = _since_phrase(doc, W, d)
    return since is not None and any(token_stems(doc, k) & (W.start_words | W.outbreak_verbs)
                                     for k in range(since + 1, min(since + 3, d.first_token)))


def _in_the_since_phrase(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The trigger stands between the منذ whose phrase the date ends and the date: it is what began then."""
    since = _since_phrase(doc, W, d)
    return since is not None and since < hit.first < d.first_token


def _since_phrase(doc: Document, W: RoleWords, d: DatedSpan) -> int | None:
    """The token of the "منذ" whose phrase the date ends, a few words back in its clause, none of them "حتى" ("منذ
    اندلاع جولة العنف الجديدة في 20 يوليو", "منذ سقوط الهدنة قبل عشرة أيام"); None where there is none."""
    toks = doc.seg.tokens
    words = 0
    for k in range(d.first_token - 1, -1, -1):
        if not toks[k].is_word or words > SINCE_START_REACH:
            return None
        stem = token_stems(doc, k)
        if stem & W.since:
            return k
        if stem & W.until:
            return None
        words += 1
    return None


def _compared_since(doc: Document, W: RoleWords, d: DatedSpan) -> bool:
    """The date follows منذ, or ends its phrase, after a superlative in its clause ("أعنف قتال وقع منذ شهر", "وهو
    الأسوأ منذ مارس 2014", "وهو أول هجوم من نوعه منذ سقوط الهدنة قبل عشرة أيام"): the past a toll or a fight is
    compared with, not a day of the incident (kwic.py: 191 superlatives a few words before منذ on the feed, every
    one a comparison; of 64 with a date a few words after منذ, each dates the past compared with: "أعنف المعارك
    منذ بدء القتال في المدينة في 2012", "أول سفينة ... منذ اندلاع الصراع في مارس")."""
    if after_since(doc, W.since, d):
        since = d.first_token if token_stems(doc, d.first_token) & W.since else d.first_token - 1
    else:
        since = _since_phrase(doc, W, d)
    return since is not None and doc.compares_before(since, W.superlatives)


def _in_relative_on_another(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The date is in a relative clause after the trigger on another noun than the trigger ("معارك تمهد لاستعادة
    الرمادي من داعش التي سيطر عليها مايو الماضي", "بصاروخ أطلقته قوة ايساف التي أنهت في ديسمبر الماضي مهمتها",
    "القبض على أفرادها ... بالتفجير الذي وقع الشهر الماضي"): it dates what that clause tells of its noun.  A
    relative pronoun right after the trigger, or after its definite adjectives, is on the trigger ("الهجوم
    الانتحاري الذي وقع أمس")."""
    if d.first_token <= hit.last:
        return False
    toks = doc.seg.tokens
    for k in range(d.first_token - 1, max(hit.last, d.first_token - RELATIVE_REACH) - 1, -1):
        if not toks[k].is_word:
            return False  # a comma or a bracket closes the clause before the date
        if toks[k].norm in W.relatives:
            return not _adjectives_of_the_trigger(doc, hit.last, k)
    return False


_DEFINITE = "ال"


def _adjectives_of_the_trigger(doc: Document, first: int, last: int) -> bool:
    """Tokens first..last-1 are definite words that name no place or actor, or quotation marks: the trigger's
    adjectives or its quoted name ("الهجوم الانتحاري الإرهابي", "تظاهرات «الربيع العربي»"), or nothing."""
    toks = doc.seg.tokens
    return all(toks[k].norm.startswith(_DEFINITE) if toks[k].is_word else toks[k].text in QUOTES
               for k in range(first, last)) and not doc.places_in(first, last) and not doc.actors_in(first, last)


def _since_a_day(doc: Document, W: RoleWords, d: DatedSpan) -> bool:
    """A day after منذ ("منذ صباح أمس", "منذ فجر الجمعة", "معارك عنيفة منذ مساء الثلاثاء"): what is told has gone
    on from that day until the report.  A day named by its weekday or date counts where it falls in the week
    before publication (kwic.py: 50 «منذ + weekday» on the feed; those of conflict are each a span up to the
    report: "اعتقلت منذ الجمعة 590 شخصا", "نحو 20 غارة منذ مساء الخميس", "وقتل سبعة أشخاص منذ الأحد الماضي")."""
    if not after_since(doc, W.since, d) or d.expr is None:
        return False
    named = d.expr.weekday is not None or d.expr.day is not None   # not a length back: "منذ يومين" is "ago"
    return d.expr.relative in _DAYS_BEFORE or (named and _in_the_week_before(doc, d))


SINCE_DAY_REACH = 7   # days before publication a day after منذ may lie and still start a span up to the report


def _in_the_week_before(doc: Document, d: DatedSpan) -> bool:
    """A resolved day in the week before publication, not the day itself."""
    if doc.published is None or d.precision != "day" or not d.date:
        return False
    return 0 < (doc.published - dt.date.fromisoformat(d.date)).days <= SINCE_DAY_REACH


_DAYS_BEFORE = ("yesterday", "day_before_yesterday")   # days named before the report's (not "منذ يومين": ago)


def _broke_out_ago(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """A fight named by a noun, with a relative clause on it saying when it broke out, a length ago ("المعارك التي
    اندلعت قبل أسبوع", "المواجهات التي انطلقت قبل نحو 10 أيام"): the day it began, and it has gone on since, up to
    the report (kwic.py: 6 on the feed, each a fight or a war still going on)."""
    if hit.trigger.pos != "noun" or d.expr is None or d.expr.relative not in _AGO or d.first_token <= hit.last:
        return False
    toks = doc.seg.tokens
    k = hit.last
    while k < d.first_token and toks[k].is_word and toks[k].norm.startswith(_DEFINITE) and \
            toks[k].norm not in W.relatives:
        k += 1   # the trigger's definite adjectives
    return k + 1 < d.first_token and toks[k].norm in W.relatives and bool(token_stems(doc, k + 1) & W.outbreak_verbs)


_AGO = ("days_ago", "weeks_ago", "months_ago", "years_ago")


def _until_a_later_day(doc: Document, W: RoleWords, dates: list[DatedSpan], d: DatedSpan) -> bool:
    """A later day of the sentence, not after publication, follows "حتى" or "لغاية", with their clitics ("اندلعت
    مساء أمس ... واستمرت حتى صباح اليوم", "الطلعات المستمرة من ليلة الخميس ولغاية أمس الجمعة"); a day to come is a
    deadline ("يبقى محتجزا حتى الأحد المقبل")."""
    last = doc.published.isoformat() if doc.published else None
    return any(e.first_token > d.last_token and e.precision == "day" and e.date and d.date and e.date > d.date
               and (last is None or e.date <= last) and token_stems(doc, e.first_token - 1) & W.until for e in dates)


def _spanning_days(doc: Document, d: DatedSpan) -> DatedSpan | None:
    """An incident from day `d` into a later day (up to publication): uncertain between days, the month, or none
    across two months (SCHEMA.md)."""
    end = doc.published or (dt.date.fromisoformat(d.date) if d.date else None)
    if not d.date or end is None or d.date[:7] != end.isoformat()[:7]:
        return None
    return DatedSpan(d.first_token, d.last_token, d.span, d.date[:7], "month", d.expr)


def _after_the_day_before(doc: Document, W: RoleWords, hit: Hit, dates: list[DatedSpan], d: DatedSpan):
    """What the trigger's clause, after it, says of a day `d` told before the trigger (the day of a saying or an
    announcement): the last hours ("ذكرت الوكالة الأربعاء أن عمليات خطف سجلت في الساعات الـ24 الأخيرة"), the
    night before it ("قال سكان اليوم الخميس إن طائرة هاجمت سيارة خلال الليل"), or the incident's own earlier day
    ("أعلنت الوزارة الأحد 19 يوليو مقتل 9 جنود إثر تعرضهم لإطلاق نار مساء الجمعة الماضي"); else `d`."""
    c1 = doc.clause(hit.first)[1]
    # not "أمس في هجوم ...، في الوقت الذي ... حققت تقدما خلال اليومين الماضيين", another clause's
    said = datespan.span(d.date, d.precision) if d.date else None
    recent = _last_hours(doc, W, hit.last, c1, said[0] if said and d.precision == "day" else None)
    if recent is not None:
        return recent
    announced = object_of_announcing(doc, W, hit, d)
    said_of = not announced and _in_the_complement_of_a_saying(doc, W, hit, d)
    if said_of or announced:
        # in a saying's complement, not a day after "بعد" or "إثر" ("إن مسلحين هاجموا حاجزا بعد اشتباكات وقعت
        # الأسبوع الماضي": another incident's)
        own = next((e for e in dates if hit.last <= e.first_token < c1 and e.date != d.date
                    and (told_before_announced(e, d) or month_told_before_announced(e, d)
                         and not _past_auxiliary_between(doc, W, hit.last, e.first_token))
                    and not _relative_between(doc, W, hit.last, e.first_token)
                    and not (said_of and any(token_stems(doc, k) & W.background_after
                                             for k in range(hit.last, e.first_token)))),
                   None)
        if own is not None:
            return own
    night = _overnight(doc, W, d.last_token, c1)   # "... هاجمت سيارة خلال الليل وقتلت أربعة"
    if night is not None:
        return _night_before(doc, d, night)
    return d


def _in_the_complement_of_a_saying(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The trigger is in the complement of a saying dated by `d` ("قالت الوزارة أول من أمس إن مسلحين خطفوا مواطنا
    ... يوم الأربعاء الماضي"): a day of its own told after it, before the saying's, is the incident's."""
    if d.last_token > hit.first or not said_on_day(doc, W, hit, d) or doc.dates_in(d.last_token, hit.first):
        return False
    return _complementiser(doc, W, d.last_token, hit.first) is not None


def _relative_between(doc: Document, W: RoleWords, k0: int, k1: int) -> bool:
    """A relative pronoun between: a date after it is the relative clause's ("أعلن الوزير أمس اعتقال المتورطين
    بالتفجير الذي استهدف الناحية الجمعة": Friday is the bombing's)."""
    toks = doc.seg.tokens
    return any(toks[k].norm in W.relatives for k in range(k0, k1))


def _past_auxiliary_between(doc: Document, W: RoleWords, k0: int, k1: int) -> bool:
    """A past auxiliary between ("غارة قتلت قياديا كان قد انضم إلى التنظيم في يونيو"): a month after it is the
    clause it opens, a relative clause on an indefinite noun or a pluperfect aside (`past_auxiliaries`)."""
    return any(token_stems(doc, k) & W.past_auxiliaries for k in range(k0, k1))


def _overnight(doc: Document, W: RoleWords, k0: int, k1: int) -> int | None:
    """The token of a night told as a span ("خلال الليل", "طوال الليل": overnight) between `k0` and `k1`."""
    toks = doc.seg.tokens
    return next((k for k in range(max(k0, 1), k1) if toks[k].norm in W.night_nouns
                 and token_stems(doc, k - 1) & W.night_spans), None)


def _night_before(doc: Document, d: DatedSpan, k: int) -> DatedSpan | None:
    """The night before day `d` ends on it: uncertain between two days, the month, or unknown across two months
    (SCHEMA.md)."""
    spanned = datespan.span(d.date, d.precision) if d.date else None
    if spanned is None:
        return None
    day = spanned[0]
    if (day - dt.timedelta(days=1)).month != day.month:
        return None
    return DatedSpan(k - 1, k + 1, doc.text_span(k - 1, k + 1), day.isoformat()[:7], "month")


def _last_night(doc: Document, W: RoleWords, hit: Hit) -> DatedSpan | None:
    """A night told as a span in the trigger's clause of a sentence with no day ("شنت القوات هجمات خلال الليل على
    جيوب للحوثيين"): the night before publication, uncertain between two days: the month, or none across two months
    (SCHEMA.md; kwic.py: 49 خلال/طوال الليل on the feed, the news ones each a night just gone)."""
    if doc.published is None:
        return None
    k = _overnight(doc, W, *doc.clause(hit.first))
    if k is None:
        return None
    today = DatedSpan(k - 1, k + 1, doc.text_span(k - 1, k + 1), doc.published.isoformat(), "day")
    return _night_before(doc, today, k)


def _then_before(doc: Document, W: RoleWords, hit: Hit) -> DatedSpan | None:
    """"Then" in the trigger's clause of a sentence with no date ("وقتل حينها 14 ضابطا", "وقد قتل آنذاك خمسة جنود"),
    or "the same day" before the trigger or in its clause ("وفي اليوم نفسه، قتل جندي", "وقتل في ذات اليوم ثلاثة"):
    the time the sentence before told, its last resolved date."""
    s0 = doc.sentence_bounds(hit.sentence)[0]
    c0, c1 = doc.clause(hit.first)
    if hit.sentence == 0 or not (any(token_stems(doc, k) & W.then_adverbs for k in range(c0, c1))
                                 or any(_the_same_day(doc, W, k) for k in range(s0, c1))):
        return None
    told = [d for d in doc.dates_in(*doc.sentence_bounds(hit.sentence - 1)) if d.date]
    return told[-1] if told else None


def _the_same_day(doc: Document, W: RoleWords, k: int) -> bool:
    """Token k is a day or night with a word of sameness after or before it ("اليوم نفسه", "ذات اليوم", "الليلة
    ذاتها") that points back to the day told before; not "the same day as" or "the same day on which", which
    points to what follows («في اليوم نفسه لدخول أنقرة الحملة», «في نفس اليوم الذي»)."""
    if not token_stems(doc, k) & W.same_day_nouns:
        return False
    toks = doc.seg.tokens
    n = len(toks)
    after = k + 1 < n and bool(token_stems(doc, k + 1) & W.sameness_words)
    before = k > 0 and bool(token_stems(doc, k - 1) & W.sameness_words)
    if not (after or before):
        return False
    nxt = k + 2 if after else k + 1
    return not (nxt < n and toks[nxt].is_word and (toks[nxt].norm.startswith("ل") or toks[nxt].norm in W.relatives))


def _a_year_back(d: DatedSpan) -> bool:
    """A year named relative to publication ("منذ بداية العام الماضي"): a point a span starts from, like "منذ 2014";
    not a length of time ("منذ عام")."""
    return d.precision == "year" and d.expr is not None and d.expr.relative is not None and d.expr.amount is None


def _a_length_of(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """Weeks, months or years after منذ, told of an incident named by a noun ("الحرب المستمرة منذ أربعة أشهر",
    "تشهد المدينة اشتباكات منذ نحو أربعة أشهر"): how long the fighting has gone on up to the report, not a day it
    happened on (kwic.py: of 224 such lengths on the feed, those told of a fight, a war or a siege are each a
    length; "ago" is told of one act with a verb: "توفي منذ شهرين", and of the act the dead fell in: "قتل جندي
    في هجوم منذ ثلاثة أسابيع")."""
    if hit.family in TERRITORY or hit.trigger.pos != "noun" or d.expr is None or d.expr.relative not in _LONG_AGO:
        return False
    k = hit.first - 1
    fell_in = k >= 0 and bool(token_stems(doc, k) & W.incident_prepositions)
    return not fell_in and after_since(doc, W.since, d)


_LONG_AGO = ("weeks_ago", "months_ago", "years_ago")


APPOSITION_REACH = 2   # tokens between a day and the full date that spells it out ("فجر الاثنين (7 مارس 2016)")


def _spelt_out(dates: list[DatedSpan], d: DatedSpan) -> DatedSpan:
    """A day the text leaves unresolved (a weekday with no publication date) followed at once by the full date
    that spells it out ("فجر الاثنين (7 مارس 2016)"): that date."""
    if d.date is not None:
        return d
    return next((e for e in dates if e.date is not None and 0 <= e.first_token - d.last_token <= APPOSITION_REACH), d)


ANNOUNCED_REACH = 8   # words from a verb of announcing to the date it gives, its subject and source between


def announced_by_date(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The incident is the object of a verb of announcing dated just before it ("أعلنت السلطات اليوم القبض على",
    "أكدت الوزارة صباح الأحد مقتل"), with no date after it in its sentence: known only by its announcement, it
    takes the announcement's date (SCHEMA.md)."""
    s1 = doc.sentence_bounds(hit.sentence)[1]
    # a date after a relative pronoun is the relative clause's ("اعتقال المتورطين بالتفجير الذي استهدف ... الجمعة")
    return not any(not _relative_between(doc, W, hit.last, e.first_token) for e in doc.dates_in(hit.last, s1)) \
        and object_of_announcing(doc, W, hit, d)


def object_of_announcing(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The incident is the object of a verb of announcing dated by `d` just before it ("أعلنت السلطات اليوم القبض
    على"), or of claiming it, an announcement by its doer ("تبنى الحزب أمس هجوما بسيارة مفخخة أدى أول من أمس إلى
    مقتل جنديين": the claim's day, and the incident's own told after it), whatever else its sentence says."""
    toks = doc.seg.tokens
    if d.last_token > hit.first or any(toks[k].norm not in W.general_prepositions and not _sets_off(toks[k].text)
                                       for k in range(d.last_token, hit.first)):
        return False
    s0 = doc.sentence_bounds(hit.sentence)[0]
    for k in range(d.first_token - 1, max(s0, d.first_token - ANNOUNCED_REACH) - 1, -1):
        # commas may set the day off ("أعلنت الوزارة، أمس، القبض على", "أعلنت الأجهزة، اليوم (الأحد)، مقتل")
        if k == d.first_token - 1 and toks[k].text in COMMAS:
            continue
        if not toks[k].is_word or toks[k].norm in W.bare_complementisers or toks[k].norm in ("ان", "إن"):
            return False
        if token_stems(doc, k) & W.announcing_verbs or token_stems(doc, k) & W.responsibility:
            return True
    return False


def sets_off_a_date(text: str) -> bool:
    """A comma or a bracket: the marks that set a date off ("شهدت المدينة، أمس،", "ظهر السبت (أمس)")."""
    return _sets_off(text) or text == "("


def _sets_off(text: str) -> bool:
    """A comma, or a bracket closing a weekday told after today or yesterday: the marks that set a date off."""
    return text in COMMAS or text == ")"


def set_off_after(doc: Document, end: int, d: DatedSpan) -> bool:
    """The date stands right after the comma that ends a clause (at token `end`) and is closed by another comma, a
    bracket or the sentence's end ("قتل نحو 30 مسلحا في جبهات القتال في اليمن، السبت، بينما", "تصاعدت حدة المعارك،
    ليلة السبت، بين", "نفذت العملية الإرهابية، فجر أمس، في قرية"): an adverb of time set off by commas, which
    news Arabic puts after the verb or noun it dates; the day is the clause's (kwic.py: 11 feed hits of a definite
    noun of violence, a clause and «، DAY،», each the day of that noun's incident)."""
    toks = doc.seg.tokens
    if end >= len(toks) or toks[end].text not in COMMAS or d.first_token != end + 1:
        return False
    # nothing but marks after the date in its own clause ("السبت (أمس)،")
    return not any(toks[k].is_word for k in range(d.last_token, doc.clause(d.first_token)[1]))


def attributed(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The date after the incident is the day of the report it is attributed to ("قتل 20 شخصا في تفجير ... بحسب
    حصيلة أعلنتها الشرطة أمس", "بحسب ما ذكر المرصد أمس الخميس", "حسبما أفاد مصدر رسمي الأربعاء"): "according
    to", or "as" before a verb of saying or announcing, a few words before it with no comma between; the incident
    was announced that day, and its own day may be told elsewhere."""
    if d.first_token < hit.last:
        return False
    toks = doc.seg.tokens
    for k in range(d.first_token - 1, max(hit.last, d.first_token - ANNOUNCED_REACH) - 1, -1):
        if not toks[k].is_word and not (k == d.first_token - 1 and toks[k].text in COMMAS):
            # a comma may set the day off ("بحسب ما ذكر المرصد السوري، الخميس"), no other mark
            return False
        if token_stems(doc, k) & W.according_to or \
                (toks[k].norm in W.as_reported and k + 1 < d.first_token and token_stems(doc, k + 1) & W.reporting_verbs):
            return True
    return False


SAID_REACH = 4   # words from a complementiser to the named incident it opens ("أن الهجوم الانتحاري")


def said_on_date(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The date is the day of a saying whose complement opens with the incident ("أكد المتمردون الاثنين أن الهجوم
    الانتحاري الذي استهدف ثكنة ... جاء ردا"): the day the incident was spoken of, not its own, which a later
    telling may give ("أن الهجوم الذي شن ... صباح الأحد")."""
    if d.last_token > hit.first:
        return False
    comp = _complementiser(doc, W, d.last_token, hit.first)
    if comp is None or hit.first - comp > SAID_REACH or doc.dates_in(d.last_token, hit.first):
        return False
    return said_on_day(doc, W, hit, d)


def _complementiser(doc: Document, W: RoleWords, lo: int, hi: int) -> int | None:
    """The first أن/إن/بأن (`bare_complementisers`, normalised: إن reads as أن) in tokens lo..hi-1, or None."""
    toks = doc.seg.tokens
    return next((k for k in range(lo, hi) if toks[k].norm in W.bare_complementisers), None)


COMPLEMENT_REACH = 10  # words from the complementiser of a saying to the incident its complement tells, in one clause
#                        ("أن 8 مسلحين يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم": 9 tokens)


def said_of_it_alone(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> int | None:
    """The complementiser of a saying dated by `d` ("قالت الوزارة أمس الاثنين إن الانفجار الذي هز البلدة عمل
    إرهابي", "أفاد مصدر ليلة أمس أن 8 مسلحين قتلوا أثناء محاولتهم الهجوم"), where the trigger is in its complement
    (one clause, quotation marks aside) and the sentence gives the incident no day after it; else None."""
    toks = doc.seg.tokens
    if d.last_token > hit.first or not said_on_day(doc, W, hit, d):
        return None
    comp = _complementiser(doc, W, d.last_token, hit.first)
    if comp is None or hit.first - comp > COMPLEMENT_REACH or doc.dates_in(d.last_token, hit.first):
        return None
    if any(not toks[k].is_word and toks[k].text not in OPENING_MARKS and toks[k].text not in _OPENING.values()
           for k in range(comp + 1, hit.first)):
        return None
    return None if doc.dates_in(hit.last, doc.sentence_bounds(hit.sentence)[1]) else comp


def said_on_day(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """A verb of saying or announcing a few words before the date, in the hit's sentence."""
    s0 = doc.sentence_bounds(hit.sentence)[0]
    return any(token_stems(doc, k) & W.reporting_verbs
               for k in range(d.first_token - 1, max(s0, d.first_token - ANNOUNCED_REACH) - 1, -1))


def a_report(doc: Document, W: RoleWords, sentence: int) -> bool:
    """The sentence reports what someone said or announced (a verb of saying or announcing in it)."""
    s0, s1 = doc.sentence_bounds(sentence)
    return any(token_stems(doc, k) & W.reporting_verbs for k in range(s0, s1))


_OPENING = {"«": "»", "“": "”"}                   # the quotation marks that come in pairs, and their closing ones
OPENING_MARKS = frozenset(_OPENING) | {'"'}


def opens_a_quotation(doc: Document, sentence: int) -> bool:
    """A quotation opened in the sentence is not closed in it: it goes on into the next."""
    s0, s1 = doc.sentence_bounds(sentence)
    text = doc.text_span(s0, s1).text
    return any(text.count(a) > text.count(b) for a, b in _OPENING.items()) or text.count('"') % 2 == 1


def first_date_before_quotation(doc: Document, sentence: int) -> DatedSpan | None:
    """The date of the saying: the sentence's first date, where it stands before the quotation opens."""
    s0, s1 = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    opened = next((k for k in range(s0, s1) if toks[k].text in OPENING_MARKS), s1)
    return next((d for d in doc.dates_in(s0, opened)), None)


RELATIVE_REACH = 6   # words from a relative pronoun on a place to a date in its clause


def _in_relative_on_place(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """The date is in a relative clause on a place named after the trigger ("الانفجار في سروج القريبة من
    كوباني التي طرد منها التنظيم في يناير"), or before it, closed before it ("وفي صنعاء التي شهدت هدوءا الأحد،
    قام مسلحون بالقبض على"): it dates what the clause tells of the place."""
    if d.last_token <= hit.first:
        return _in_relative_on_place_before(doc, W, hit, d)
    if d.first_token <= hit.last:
        return False
    toks = doc.seg.tokens
    ends = {p1 for _, p1, _ in doc.places_in(hit.last, d.first_token)}
    for k in range(hit.last, d.first_token):
        if not toks[k].is_word:
            return False  # a comma or a bracket closes the clause before the date
        if toks[k].norm in W.relative_after_place and k in ends:
            return True
    return False


def _in_relative_on_place_before(doc: Document, W: RoleWords, hit: Hit, d: DatedSpan) -> bool:
    """A relative pronoun right after a place, a few words before the date with no comma between, and the
    clause closed (a comma) between the date and the trigger."""
    toks = doc.seg.tokens
    if all(toks[k].is_word for k in range(d.last_token, hit.first)):
        return False
    s0 = doc.sentence_bounds(hit.sentence)[0]
    ends = {p1 for _, p1, _ in doc.places_in(max(s0, d.first_token - RELATIVE_REACH - 1), d.first_token)}
    for k in range(d.first_token - 1, max(s0, d.first_token - RELATIVE_REACH) - 1, -1):
        if not toks[k].is_word:
            return False
        if toks[k].norm in W.relative_after_place and k in ends:
            return True
    return False


def _two_days_as_month(doc: Document, dates: list[DatedSpan], d: DatedSpan) -> DatedSpan:
    """`d`, or its month when a second day is joined to it ("السبت والأحد", "ليل السبت الأحد")."""
    if d.precision != "day" or not d.date:
        return d
    toks = doc.seg.tokens
    for e in dates:
        if e is d or e.precision != "day" or not e.date or e.date == d.date or e.first_token < d.last_token:
            continue
        between = [toks[k].norm for k in range(d.last_token, e.first_token)]
        if len(between) <= 1 and all(w == _CONJUNCTION for w in between):
            return DatedSpan(d.first_token, e.last_token, d.span, d.date[:7], "month", d.expr)
    return d


HISTORY_DAYS = 365   # an incident over this long before publication is history told as background


def history(doc: Document, inc: Incident) -> bool:
    """An incident the article dates a year or more before its publication ("منذ أحداث عام 2001", "في عام
    2011"), or to an earlier year alone: background, not news (the gold codes nothing older than months)."""
    return doc.published is not None and inc.date is not None and long_past(inc.date, doc.published)


def long_past(d: DatedSpan, published) -> bool:
    """A resolved date whose span ends over HISTORY_DAYS before publication, or an earlier year alone."""
    spanned = datespan.span(d.date, d.precision) if d.date else None
    if spanned is None:
        return False
    if d.precision == "year" and spanned[0].year < published.year:
        return True
    return (published - spanned[1]).days > HISTORY_DAYS


def recent(doc: Document, d: DatedSpan) -> bool:
    """A resolved date that ends within ANNOUNCEMENT_LAG days before publication (or any, with no publication
    date): the day of news, not of the background."""
    spanned = datespan.span(d.date, d.precision) if d.date else None
    if spanned is None:
        return False
    return doc.published is None or (doc.published - spanned[1]).days <= ANNOUNCEMENT_LAG


LAST_HOURS_REACH = 3   # tokens from a unit of hours or days to the word that makes it the last ones


def tells_last_hours(doc: Document, W: RoleWords, s0: int, s1: int) -> bool:
    """Tokens s0..s1 tell the last hours or days before publication ("خلال الساعات الماضية"): a time of their own."""
    return _last_hours(doc, W, s0, s1) is not None


def _last_hours(doc: Document, W: RoleWords, s0: int, s1: int, end: dt.date | None = None) -> DatedSpan | None:
    """"خلال الـ24 ساعة الماضية", "في الساعات الأخيرة", "على مدار اليومين الماضيين": a span of one day back (two for
    the units of two days) up to `end`, the day of the saying told before, else publication: its month, or a span
    with no date where it reaches into the month before (SCHEMA.md: a span across two months is null; "اليومين
    الماضيين" on 1 August is 30-31 July or 31 July-1 August)."""
    end = end or doc.published
    if end is None:
        return None
    toks = doc.seg.tokens
    for k in range(s0, s1):
        stems = token_stems(doc, k)
        if stems & W.recent_span_units and \
                any(toks[j].norm in W.recent_span_past for j in range(k + 1, min(s1, k + LAST_HOURS_REACH + 1))):
            back = 2 if stems & W.two_day_units else 1
            month = end.isoformat()[:7] if (end - dt.timedelta(days=back)).month == end.month else None
            return DatedSpan(k, k + 1, doc.text_span(k, k + 1), month, "month" if month else "unknown")
    return None


def dates_agree(a: DatedSpan | None, b: DatedSpan | None) -> bool:
    """Two incidents' dates conflict only when both are resolved and do not overlap, or both are
    unresolved and say different things ("الاثنين" and "الثلاثاء")."""
    if a is None or b is None:
        return True
    if a.date and b.date:
        return datespan.overlap(a.date, b.date, a.precision, b.precision)
    if not a.date and not b.date:
        return a.key is None or b.key is None or a.key == b.key
    return True


def day_in_week(a: DatedSpan | None, b: DatedSpan | None) -> bool:
    """Whether `a` names a day of the week `b` names ("مساء الأربعاء" in "هذا الأسبوع"), or a day of the month of "a
    few days ago" (`some_recent_day`, the week before publication, vague42): the day says when.
    (A month stays: it is given where the day is uncertain, SCHEMA.md.)"""
    if a is None or b is None or a.precision != "day" or not (b.precision == "week" or _a_day_before_today(a, b)):
        return False
    sa, sb = datespan.span(a.date, a.precision), datespan.span(b.date, b.precision)
    return sa is not None and sb is not None and sb[0] <= sa[0] and sa[1] <= sb[1]


def _a_day_before_today(a: DatedSpan, b: DatedSpan) -> bool:
    """`b` is "a few days ago" (`some_recent_day`) and `a` a day not named as today: the days before publication
    ("قبل أيام" then "ووقع الهجوم الثلاثاء"), not the day of the report."""
    return b.some_recent_day and getattr(a.expr, "relative", None) != "today"


ANNOUNCEMENT_LAG = 31   # days an announcement may come after the incident it announces


def told_before_announced(own: DatedSpan | None, announcement: DatedSpan | None) -> bool:
    """Whether an incident's own date falls in the month up to the day it was announced ("كشفت الوزارة أمس عن
    إحباطها عملية تهريب" and, further on, "أحبطت العملية يوم الثلاثاء 14 يوليو"): the announcement's date only
    stood for the incident's until the text gave its own."""
    own_days = datespan.span(own.date, own.precision) if own is not None else None
    said = datespan.span(announcement.date, announcement.precision) if announcement is not None else None
    if own_days is None or said is None:
        return False
    return own_days[1] <= said[1] and (said[0] - own_days[0]).days <= ANNOUNCEMENT_LAG


def month_told_before_announced(own: DatedSpan | None, announcement: DatedSpan | None) -> bool:
    """Whether an incident's own date, told after it in the complement of the announcement, is a month (or a part
    of one: "في مطلع يوليو", "منتصف يونيو", "الشهر الجاري") that began by the day it was announced ("أعلنت الوزارة
    الثلاثاء أن غارة أدت في مطلع يوليو إلى مقتل القيادي"): the incident happened that month, on a day the text does
    not give, and the announcement's day only stood for it (SCHEMA.md: the month where the day is not known).
    `told_before_announced` wants a span that ends by the announcement, which the announcement's own month does
    not, and a day in the month before it; a month the text names is the incident's however far back (on the feed's
    1716 conflict articles, the lag made no difference)."""
    if own is None or announcement is None or own.precision != "month" or not own.date \
            or not announcement.date:
        return False
    own_days = datespan.span(own.date, own.precision)
    said = datespan.span(announcement.date, announcement.precision)
    if own_days is None or said is None:
        return False
    return own_days[0] <= said[0]


OFFSET_REACH = 6   # tokens an offset phrase may span before the incident it counts from ("بعد ثلاثة أيام فقط من")


def offset_before(doc: Document, first: int, s0: int,
                  calendar: CalendarLexicon | None = None) -> tuple[int, EventOffset] | None:
    """The span before or after another incident that ends right before token `first` ("بعد يومين على هجوم"):
    (its first token, the offset), or None.  `calendar`: the resources' (else the packaged one)."""
    i0 = max(s0, first - OFFSET_REACH)
    n = [doc.seg.tokens[k].norm for k in range(i0, first)]
    for i in range(len(n)):
        off = event_offset(n, i, len(n), calendar)
        if off is not None and off.end == len(n):
            return i0 + i, EventOffset(off.sign, off.days, first)
    return None


def offset_date(anchor: DatedSpan, off: EventOffset, sign: int, at: tuple[int, int], doc: Document) -> DatedSpan | None:
    """`anchor` moved by the offset's days times `sign` (1: the offset's own direction, -1: the other way), at the
    tokens `at`; a day's offset in hours leaves the day uncertain between two: the month, or None across two
    months (SCHEMA.md).  A month moved by days stays that month; other precisions give nothing."""
    spanned = datespan.span(anchor.date, anchor.precision) if anchor.date else None
    if spanned is None or anchor.precision not in ("day", "month"):
        return None
    text = doc.text_span(*at)
    if anchor.precision == "month":
        return DatedSpan(at[0], at[1], text, anchor.date, "month")
    day = spanned[0]
    if off.days is None:
        other = day + dt.timedelta(days=off.sign * sign)
        return DatedSpan(at[0], at[1], text, day.isoformat()[:7], "month") if other.month == day.month else None
    moved = day + dt.timedelta(days=off.days * off.sign * sign)
    return DatedSpan(at[0], at[1], text, moved.isoformat(), "day")


# --- one place or two -----------------------------------------------------------------------------

def same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two reports' places can be one incident's: the same place, one inside the other, or near."""
    if a is None or b is None:
        return True
    ra, rb = a.resolved, b.resolved
    if ra is None or rb is None:
        known = ra or rb
        # an unknown village inside a country or province the other report names
        return a.key == b.key or (known is not None and known.kind in ("country", "province", "region"))
    if ra.id == rb.id:
        return True
    if _holds(ra, rb, by_province=True) or _holds(rb, ra, by_province=True):
        return True
    if ra.lat is not None and rb.lat is not None and ra.kind != "country" and rb.kind != "country":
        return km((ra.lat, ra.lon), (rb.lat, rb.lon)) <= PLACE_NEAR_KM
    return False


def _holds(big, small, by_province: bool = False) -> bool:
    """A country holds every place in it; a province, region or district the places near it.  `by_province`
    (two reports' places, same_place): a province holds only the places (not areas) nearer its point than any
    other province's of its country (resolve/provinces.py), so that strikes in Shabwa and in Marib town stay two; the
    finer place inside an area a sentence names keeps the radius (a spot placed in the next province by its
    point is still the one the sentence names)."""
    if big.kind == "country" and small.country == big.country:
        return True
    if big.kind in _AREA_RANK and small.kind in _AREA_RANK and _AREA_RANK[small.kind] <= _AREA_RANK[big.kind]:
        return False  # two provinces (مأرب، الجوف) are two places, however near their points
    if by_province and big.kind == "province" and small.kind not in _AREA_RANK and big.lat is not None \
            and small.lat is not None and small.country == big.country:
        inside = in_province(big.country, (big.lat, big.lon), (small.lat, small.lon), big.name_en)
        if inside is not None:
            return inside and km((big.lat, big.lon), (small.lat, small.lon)) <= AREA_NEAR_KM
    if big.kind in _AREA_RANK and big.lat is not None and small.lat is not None:
        return km((big.lat, big.lon), (small.lat, small.lon)) <= AREA_NEAR_KM and small.country == big.country
    return False


# areas that hold places near their point, from the widest
_AREA_RANK = {"region": 3, "province": 2, "district": 1}


def same_ground(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """The very same place (not merely a nearby one): a neighbourhood taken is not its city taken."""
    if a is None or b is None:
        return True
    if a.resolved is not None and b.resolved is not None:
        return a.resolved.id == b.resolved.id
    return a.key == b.key


TOWN_KINDS = frozenset({"city", "town", "village"})


def two_towns(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two towns named apart (العريش، رفح), however near: one event per town (SCHEMA.md)."""
    if a is None or b is None or a.resolved is None or b.resolved is None:
        return False
    return a.resolved.id != b.resolved.id and a.resolved.kind in TOWN_KINDS and b.resolved.kind in TOWN_KINDS


# --- the place of an incident whose sentences name none -------------------------------------------

def fill_places(doc: Document, incidents: list[Incident], named_by: NamedPlaces | None = None,
                W: RoleWords | None = None, country_place=None, adjectives: dict[str, str] | None = None
                ) -> list[Incident]:
    """An incident whose sentence names no place happened where the text last was (not at a place that names
    another incident: `named_by`, see places_for; nor at one the text names only in recalled phrases), or, told
    over a whole country's extent, in that country.  Returns the incidents that took the article's place."""
    named_by = named_by or NamedPlaces()
    told = _places_told(doc, named_by, W)
    blocks = doc.item_blocks
    scopes: dict[int, tuple] = {}
    borrowed: list[Incident] = []
    before: Incident | None = None
    for inc in incidents:
        side = _side_country_alone(inc)
        if inc.place is None and _told_in_the_same_place(doc, W, inc, before):
            inc.place = before.place   # "وهاجمت الجبهة مقرا للفرقة في المنطقة نفسها"
        if inc.place is None:
            # in a roundup of news items, an item's incidents take only the item's places
            block = blocks[inc.sentence] if blocks else 0
            if block not in scopes:
                scopes[block] = _place_scope([(s, m) for s, m in told if not blocks or blocks[s] == block])
            inc.place = _place_from_text(doc, inc, *scopes[block], named_by.by, W)
            if side is not None and not _finer_in(inc, side, scopes[block][1]):
                inc.place = side   # "قتلوا 10 من الحوثيين" after a town of Yemen: that town; after none, Yemen
            elif inc.place is None or inc.place.sentence not in inc.sentences:   # the article's place
                borrowed.append(inc)
                inc.place = _nationwide_or_kept(doc, W, inc, country_place, adjectives)
        if inc.place is not None and not coarse(inc.place):
            before = inc   # "the same area" is a place of some precision, not a country named in a quote
    return borrowed


def _nationwide_or_kept(doc: Document, W: RoleWords | None, inc: Incident, country_place,
                        adjectives: dict[str, str] | None) -> PlaceMention | None:
    """The country the incident is told over (`_nationwide`), else the place it has."""
    if W is None or country_place is None:
        return inc.place
    return _nationwide(doc, W, inc, country_place, adjectives or {}) or inc.place


def _side_country_alone(inc: Incident) -> PlaceMention | None:
    """The side's country an incident took for want of a place in its sentence (ownplace42), now set aside (its place
    None) until the text gives a finer place in that country; None where the incident has a place of its own."""
    if inc.side_country is None or inc.place is not inc.side_country:
        return None
    inc.place = None
    return inc.side_country


SIDE_RECENT_REACH = 2   # ownplace42: sentences before an incident's own where the place kept over its side's country
# may be named (as RECENT_NUDGE's); set on 700 random conflict feed articles (a place further back was the article's
# dateline or capital as often as the incident's town)


def _finer_in(inc: Incident, country: PlaceMention, by_sentence: dict[int, list[PlaceMention]]) -> bool:
    """Whether the incident's place, taken from the text, is finer than a country, in `country`, and named in the few
    sentences just before its own or in the others of its sentences (ownplace42).  A place of its own sentence alone is
    one places_for passed over (a cause's, an origin: "ودفع بالمسلحين إلى شن هجمات" after a bombing's town)."""
    m = inc.place
    if m is None or coarse(m) or not in_country_of(m, country):
        return False
    near = (inc.sentences - {inc.sentence}) | set(range(inc.sentence - SIDE_RECENT_REACH, inc.sentence))
    return any(place_id(q) == place_id(m) for s in near for q in by_sentence.get(s, ()))


def _told_in_the_same_place(doc: Document, W: RoleWords | None, inc: Incident, before: Incident | None) -> bool:
    """Whether the incident is told as happening where `before` (the last incident placed with some precision,
    in the same news item) happened."""
    return W is not None and before is not None and before.place is not None and \
        doc.same_item(before.sentence, inc.sentence) and \
        (_in_the_same_place(doc, W, inc.sentence) or
         (before.sentence == inc.sentence - 1 and _a_sequel(doc, W, inc.sentence)))


def _a_sequel(doc: Document, W: RoleWords, sentence: int) -> bool:
    """Whether the sentence tells what followed the incident told just before it ("بعد ذلك", "وإثر ذلك":
    `sequel_words` + `sequel_pointers`), so that its incident, with no place of its own, happened there too."""
    s0, s1 = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    return any(toks[k].norm in W.sequel_words and toks[k + 1].norm in W.sequel_pointers for k in range(s0, s1 - 1))


def _in_the_same_place(doc: Document, W: RoleWords, sentence: int) -> bool:
    """Whether the sentence says its incident happened in the same place as the one told before ("في المنطقة
    نفسها", "في ذات المكان")."""
    s0, s1 = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    for k in range(s0, s1 - 1):
        here, after = toks[k].norm, toks[k + 1].norm
        if (token_stems(doc, k) & W.same_place_nouns and after in W.sameness_words) or \
                (here in W.sameness_words and token_stems(doc, k + 1) & W.same_place_nouns):
            return True
    return False


EXPLOSIONS = "Explosions/Remote violence"
# kinds of incident that follow a bombing (arrests, protests, a truce broken off) without happening at its site
NOT_AT_THE_BOMB_SITE = frozenset({"Strategic developments", "Protests", "Riots"})


def leave_bomb_sites(incidents: list[Incident], borrowed: list[Incident], types: dict[str, str],
                     country_place) -> None:
    """An incident of another kind that borrowed the article's place where that place is only a bombing's site
    (the arrests, protests and policy told in a piece about a bombing) happened somewhere in its country: it
    takes the country, not the bomb site.  `types`: family -> ACLED event type."""
    if country_place is None:
        return
    took = {id(b) for b in borrowed}
    own = [i for i in incidents if i.place is not None and id(i) not in took]
    sites = {place_id(i.place) for i in own if types[i.family] == EXPLOSIONS}
    sites -= {place_id(i.place) for i in own if types[i.family] != EXPLOSIONS}
    for inc in borrowed:
        m = inc.place
        if m is None or m.resolved is None or place_id(m) not in sites or types[inc.family] not in NOT_AT_THE_BOMB_SITE:
            continue
        found = country_place(m.resolved.country) if m.resolved.country else None
        if found is not None:
            name, cand = found
            inc.place = PlaceMention(span=m.span, name=name, key=name, sentence=m.sentence, resolved=cand)


def _nationwide(doc: Document, W: RoleWords, inc: Incident, country_place, adjectives: dict[str, str]):
    """The country an incident with no place of its own is told over ("اعتقل المئات من مختلف المناطق التركية",
    "في جميع أنحاء البلاد": the country named or described after the cue, else its fallback place's) or in
    ("داخل الأراضي السورية": the country named or described after the noun), or None."""
    toks = doc.seg.tokens
    s0, s1 = doc.sentence_bounds(inc.sentence)
    for k in range(s0, s1 - 1):
        if token_stems(doc, k) & W.nationwide_quantifiers and toks[k + 1].norm in W.nationwide_areas:
            own = inc.place.resolved.country if inc.place is not None and inc.place.resolved is not None else None
            return _country_at(doc, inc, k, k + 2, own, country_place, adjectives)
        if toks[k].norm in W.territory_nouns:
            found = _country_at(doc, inc, k, k + 1, None, country_place, adjectives)
            if found is not None:
                return found
    return None


def _country_at(doc: Document, inc: Incident, k: int, j: int, fallback: str | None, country_place,
                adjectives: dict[str, str]) -> PlaceMention | None:
    """The country named or described at token j (else `fallback`, an ISO code) as a place spanning tokens k..j."""
    toks = doc.seg.tokens
    s1 = doc.sentence_bounds(inc.sentence)[1]
    named = [m for _, _, m in doc.places_in(j, min(s1, j + 1)) if place_kind(m) == "country"]
    iso = (named[0].resolved.country if named and named[0].resolved else None) or \
        (adjectives.get(toks[j].norm) if j < s1 else None) or fallback
    found = country_place(iso) if iso else None
    if found is None:
        return None
    name, cand = found
    return PlaceMention(span=doc.text_span(k, min(s1, j + 1)), name=name, key=name, sentence=inc.sentence,
                        resolved=cand)


def _place_from_text(doc: Document, inc: Incident, specific, by_sentence: dict[int, list[PlaceMention]],
                     counts: Counter, named_by: dict[int, Hit], W: RoleWords | None = None) -> PlaceMention | None:
    """A place named in the incident's own sentences, however it was introduced, else the article's."""
    foreign = {doc.token_of(m.span.start) for m in by_sentence.get(inc.sentence, ())
               if (h := named_by.get(doc.token_of(m.span.start))) is not None and h not in inc.hits}
    own = [m for s in sorted(inc.sentences) for m in by_sentence.get(s, ())
           if doc.token_of(m.span.start) not in foreign and not (W is not None and _only_beside(doc, W, m, s))]
    if own:
        return max(own, key=specificity)
    # "شنت الشرطة حملة اعتقالات ردا على هجوم وقع في كركوك": the sentence names the place as another incident's,
    # so this one happened elsewhere
    elsewhere = {place_id(m) for m in by_sentence.get(inc.sentence, ()) if doc.token_of(m.span.start) in foreign}
    back = _town_pointed_back(doc, W, inc) if W is not None else None
    if back is not None and place_id(back) not in elsewhere:
        return back
    return _article_place([(s, m) for s, m in specific if place_id(m) not in elsewhere], by_sentence,
                          Counter({k: n for k, n in counts.items() if k not in elsewhere}), inc.sentence)


def _only_beside(doc: Document, W: RoleWords, m: PlaceMention, sentence: int) -> bool:
    """The place is named in the sentence only beside where things happened: a neighbour of a place named before it,
    the land across a border, a venue where something was said."""
    p0 = doc.token_of(m.span.start)
    return neighbour_of_named(doc, W, p0) or across_a_border(doc, W, m) or \
        _at_a_venue(doc, W, p0, doc.sentence_bounds(sentence)[0])


TOWN_POINTED_BACK_REACH = 2   # sentences before the incident's own where the town "البلدة" points back to may be named


def _town_pointed_back(doc: Document, W: RoleWords, inc: Incident) -> PlaceMention | None:
    """"وكانت كوباني مسرحا لمعركة ... وتمكنت القوات من طرد التنظيم من البلدة": a definite settlement noun in the
    incident's sentence (`town_pointers`) points back to the town named last in the sentences just before, in its
    news item, whatever that sentence told of it (a battle recalled there still names the town); None where there is
    no such noun or no such town."""
    s0, s1 = doc.sentence_bounds(inc.sentence)
    if not any(token_stems(doc, k) & W.town_pointers for k in range(s0, s1)):
        return None
    for s in range(inc.sentence - 1, max(-1, inc.sentence - 1 - TOWN_POINTED_BACK_REACH), -1):
        if not doc.same_item(s, inc.sentence):
            return None
        towns = [m for p0, p1, m in doc.places_in(*doc.sentence_bounds(s))
                 if place_kind(m) in _SETTLEMENTS and doc.inside_actor(p0, p1) is None]
        if towns:
            return max(towns, key=lambda m: m.span.start)
    return None


def _place_scope(specific: list[tuple[int, PlaceMention]]) -> tuple:
    """The places an incident with none of its own may take: by sentence, and the counts of the finer ones."""
    by_sentence: dict[int, list[PlaceMention]] = {}
    for s, m in specific:
        by_sentence.setdefault(s, []).append(m)
    counts = Counter(place_id(m) for _, m in specific if place_kind(m) not in ("country", "continent", "region"))
    return specific, by_sentence, counts


def _places_told(doc: Document, named_by: NamedPlaces, W: RoleWords | None) -> list[tuple[int, PlaceMention]]:
    """The article's place mentions, by sentence, that may be where its incidents happened."""
    mentions = [(p0, m) for p0, p1, m in doc.places_in(0, len(doc.seg.tokens))
                if doc.inside_actor(p0, p1) is None and not _a_capital_acting(doc, W, p0, m)]
    # "وفي أعقاب الهجوم في سروج" and nothing else of سروج: the place of a recalled incident, not where the text is
    told_here = {place_id(m) for p0, m in mentions if p0 not in named_by.phrase_end}
    return [(doc.seg.sentence_of(p0), m) for p0, m in mentions if place_id(m) in told_here
            and not (W is not None and (_after_allegiance(doc, W, p0, s0 := doc.sentence_bounds(m.sentence)[0])
                                        or _where_it_set_off(doc, W, p0) or _a_bodys_seat(doc, W, p0, s0)))]
    # ("مقاتلون موالون لروسيا": the side fighters are loyal to is no place where anything happened; nor is a
    # body's seat: "وقال المرصد ومقره لندن")


def _acting(doc: Document, W: RoleWords | None, p0: int, m: PlaceMention) -> bool:
    """The place is read as the subject of the verb beside it, a state acting; not after a verb that takes a
    place for its object, its subject unsaid ("قبل أن تدخل زنجبار": where they went)."""
    if not m.agent:
        return False
    return W is None or p0 == 0 or doc.seg.tokens[p0 - 1].norm not in W.place_object_verbs


def _a_capital_acting(doc: Document, W: RoleWords | None, p0: int, m: PlaceMention) -> bool:
    """"وقالت واشنطن", "الحملة التي بدأتها أنقرة": a city acting is its government, not where the text is (a
    country acting is also the ground of much of what it does: "وشنت تركيا غارات")."""
    return _acting(doc, W, p0, m) and not (m.resolved is not None and m.resolved.kind == "country")


def _article_place(specific, by_sentence: dict[int, list[PlaceMention]], counts: Counter,
                   sentence: int) -> PlaceMention | None:
    """The place the article keeps returning to, with a nudge for the sentences just before."""
    kept = {place_id(m) for _, m in specific}
    recent = {place_id(m) for s in range(sentence - 2, sentence) for m in by_sentence.get(s, ())} & kept
    if counts:
        # the nudge can only lift a recent place to the top: the most frequent place, or a recent one
        contenders = {max(counts, key=counts.__getitem__)} | (recent & counts.keys())
        top = max((k for k in counts if k in contenders), key=lambda k: counts[k] + (RECENT_NUDGE if k in recent else 0))
        return next(m for _, m in specific if place_id(m) == top)
    if specific:
        top = Counter(m.key for _, m in specific).most_common(1)[0][0]
        return next(m for _, m in specific if m.key == top)
    return None
