"""One incident, one event: the hits of an article merged into incidents.

Triggers that describe the same incident are merged — in a sentence when
they agree on place and date, a death report ("أسفر عن مقتل 21 شخصا")
with the incident of its sentence, a definite mention ("الهجوم") with the
incident it points back to, the same dead counted again ("الإرهابيون
العشرة"), a headline with the body's incident.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from collections.abc import Callable

from rasd.extract.casualties import LEADER, Casualty
from rasd.extract.document import DatedSpan, Document
from rasd.extract.events.coding import flown
from rasd.extract.events.factuality import (
    a_verbal_noun,
    answer_act,
    bare_today,
    counted_since,
    governed_as_background,
    joined_to_background,
    recalled_after_a_while,
    recurring,
)
from rasd.extract.events.model import (
    CIVILIAN_SIDES,
    TERRITORY,
    VIOLENT,
    Hit,
    Incident,
    actor_key,
    coarse,
    place_id,
    place_kind,
    same_named_actor,
    specificity,
    territory_side,
)
from rasd.extract.events.reading import (after_since, bare_stems, object_pronoun, one_side, passive_tense, stems,
                                         token_stems)
from rasd.extract.events.setting import (_CONJUNCTION, date_for, dates_agree, day_in_week, long_past, recent,
                                         same_ground, same_place, speakers_complementiser, told_before_announced,
                                         TOWN_KINDS, two_towns)
from rasd.extract.lexicon import EventLexicon, RoleWords
from rasd.geo import haversine_km as km
from rasd.model import PlaceMention
from rasd.text.morphology import COMPLEMENTISERS
from rasd.text.segment import COMMAS, OPENING_QUOTES

ANAPHORA_REACH = 3         # sentences a definite mention ("الهجوم") may point back over
SAME_DEAD_REACH = 2        # sentences over which the same count of dead tells the same incident
NEAR_SENTENCES = 2         # sentences over which an incident told again is the same one
NEAR_SAME_SPOT = 3         # ... and over which it is when both tellings name the same place
DISTANCE_REACH = 4         # tokens between a unit of distance and the place it measures from ("كلم من بلدة")
HEADLINE_SENTENCES = 6     # sentences at the top that may be headlines
HEADLINE_WORDS = 25        # a longer first line is body text, not a headline


# what to do with an earlier incident when a new one comes (see _verdict)
_ARTICLE = "ال"
MERGE_LOOKBACK = 40   # incidents an article rarely tells more of, between two mentions of one
_ACCUSATIVE_ALIF = "ا"
_STOP, _SKIP, _ABSORB, _ABSORB_KEEP_TYPE = "stop", "skip", "absorb", "absorb, keeping its type"


def points_back(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """"الهجوم" points back to an incident told before; "الهجوم الذي استهدف ..." introduces one of its own."""
    toks = doc.seg.tokens
    W = lex.words
    specified = False
    # the relative right after the trigger or after one adjective ("التفجير الكبير الذي ضرب")
    rel = next((k for k in (hit.last, hit.last + 1) if k < len(toks) and toks[k].norm in W.relative_after_trigger),
               None)
    if rel is not None and (rel == hit.last or toks[hit.last].norm.startswith(_ARTICLE)):
        nxt = lex.triggers.match_at(toks, rel + 1) if rel + 1 < len(toks) else None
        specified = nxt is not None or toks[min(rel + 1, len(toks) - 1)].norm in W.specifying_verbs
    return hit.trigger.pos == "noun" and hit.trigger.definite and not specified and not counted_out(doc, lex, hit)


DEMONSTRATIVE_REACH = 2   # tokens after a taking where a demonstrative of its ground may stand ("سيطرتها على تلك")


def ground_pointed_back(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A taking whose ground is named by a demonstrative ("سقوط تلك المواقع بيد القوات", "بعد سيطرتها على هذه
    المناطق"): the ground told before, so the taking told before (kwic.py: 11 takings before a demonstrative and a
    noun of ground on the feed; 2 retell a taking just told, the rest are aims, which code nothing)."""
    if hit.family not in TERRITORY:
        return False
    toks = doc.seg.tokens
    s1 = doc.sentence_bounds(hit.sentence)[1]
    for k in range(hit.last, min(hit.last + DEMONSTRATIVE_REACH, s1 - 1)):
        if toks[k].norm in lex.words.demonstratives:
            return toks[k + 1].norm.startswith(_ARTICLE)
    return False


COUNT_REACH = 3   # tokens before a trigger searched for a count of incidents ("عددا من الغارات")


def counted_out(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """"شنت الطائرات عددا من الغارات على معسكر الاستقبال": a definite plural counted out by a word of number
    (events.yaml modality: aggregate) names new incidents, not ones told before."""
    first = hit.first
    s0 = doc.sentence_bounds(hit.sentence)[0]
    if first - 1 >= s0 and stems(doc, first - 1, first) & lex.modality.get("aggregate", frozenset()):
        return True
    toks = doc.seg.tokens
    return any((pm := lex.modality_phrases.match_at(toks, k)) is not None and pm.last == first
               and pm.payloads[0] == "aggregate" for k in range(max(s0, first - COUNT_REACH), first))


CLAIM_REACH = 5   # tokens from a word of claiming to the incident it claims, its subject between


def claimed_again(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """An incident named by a verbal noun made definite by what it governs, after a word of claiming ("وتبنت
    جبهة النصرة خطف العناصر", "أعلن التنظيم مسؤوليته عن تفجير المسجد"): the incident the report told, now
    claimed, pointing back to it as "الهجوم" does.  What a claim governs is a noun, even where its letters
    also spell a verb (خطف).  So is the object of a word of condemning (event_roles.yaml condemning_words: "ودانت
    الجامعة العربية بشدة اقتحام قوات الاحتلال باحات المسجد", "أدان الرئيس الهجوم"): a reaction names the incident
    the story told, it does not tell another (SCHEMA.md: the incident a reaction is about is coded once).  A claim
    or a condemnation that gives its own day or a place finer than a country ("تبنى الأكراد الأربعاء قتل شرطيين في
    جيلان بينار") may be the first telling: it is read as the others are."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    if doc.dates_in(s0, s1) or any(not coarse(m) for _, _, m in doc.places_in(s0, s1)):
        return False
    toks = doc.seg.tokens
    j0 = max(doc.clause(hit.first)[0], hit.first - CLAIM_REACH)
    if stems(doc, j0, hit.first) & lex.words.condemning_words:
        return True   # what is condemned is an incident named, however its noun is made definite
    return _governs_a_definite(doc, hit) and any(lex.claims_responsibility(toks[j].norm) for j in range(j0, hit.first))


def told_as_another(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """"في هجوم آخر", "هجمات مماثلة": the trigger tells an incident other than those told before; so does a verb
    whose subject, right after it, is such a noun ("استهدفت غارة أخرى رتلا")."""
    toks = doc.seg.tokens
    if hit.last >= len(toks):
        return False
    if toks[hit.last].norm in lex.words.another_incident:
        return True
    if hit.trigger.pos != "verb":
        return False
    noun = lex.triggers.match_at(toks, hit.last)
    return noun is not None and noun.last < len(toks) and noun.payloads[0].pos == "noun" and \
        toks[noun.last].norm in lex.words.another_incident


def opens_as_separate(doc: Document, W: RoleWords, sentence: int) -> bool:
    """"وفي حادثة منفصلة، قتل جندي ...", "وفي عملية أخرى منفصلة، اعتقلت ...": the sentence opens by saying that
    what it tells is another incident than the one told before it (event_roles.yaml: separate_openers)."""
    first, last = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    if last - first < 4 or toks[first].norm not in W.separate_openers:
        return False
    return toks[first + 1].norm in W.separate_nouns and toks[first + 2].norm in W.separate_words


PAIR_REACH = 6       # words from a definite noun to the same noun joined by و ("الهجوم في سوروتش والهجوم")


def second_of_a_pair(doc: Document, k: int) -> bool:
    """The word at k is a definite noun joined by و to the same noun a few words before ("بين الهجوم في سوروتش
    والهجوم الذي أوقع أربعة قتلى في ديار بكر"): another of a kind, named in passing beside the first."""
    toks = doc.seg.tokens
    word = toks[k].norm
    if not word.startswith(_CONJUNCTION + _ARTICLE):
        return False
    s0, _ = doc.sentence_bounds(doc.seg.sentence_of(k))
    return any(toks[j].norm == word[1:] for j in range(max(s0, k - PAIR_REACH), k))


def named_again(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A mention that may restate an incident told far before: one that points back, or a verbal noun
    made definite by what it governs."""
    return points_back(doc, lex, hit) or (hit.trigger.pos == "noun" and definite_by_construct(doc, hit))


def definite_by_construct(doc: Document, hit: Hit) -> bool:
    """A verbal noun made definite by what it governs ("تفجير المسجد", "هجوم داعش", "اختطاف الموظفين"):
    the next word carries the article or opens a named place or actor."""
    if hit.trigger.tense or doc.seg.tokens[hit.last - 1].norm.endswith(_ACCUSATIVE_ALIF):
        return False  # "كمينا للجيش": an indefinite accusative governs nothing
    return _governs_a_definite(doc, hit)


def _governs_a_definite(doc: Document, hit: Hit) -> bool:
    """The word right after the trigger, in its sentence, is bare and definite: with the article, or a name with
    no preposition glued to it; an opening quotation mark before a name is no word ("باعتقال «القاعدة» لخمسة")."""
    toks = doc.seg.tokens
    k = hit.last
    if k < len(toks) and toks[k].text in OPENING_QUOTES:
        k += 1
    if k >= len(toks) or not toks[k].is_word or doc.seg.sentence_of(k) != hit.sentence:
        return False
    named = [m for _, _, m in doc.places_in(k, k + 1)] + [a for _, _, a in doc.actors_in(k, k + 1)]
    return toks[k].norm.startswith(_ARTICLE) or any(m.span.start == toks[k].start for m in named)


def title_sentences(doc: Document) -> set[int]:
    """Headlines: the sentences of short first lines (with no final full stop) before the body text."""
    out: set[int] = set()
    raw = doc.seg.text.raw
    for s in doc.seg.sentences[:HEADLINE_SENTENCES]:
        line_start = raw.rfind("\n", 0, s.start) + 1
        line_end = raw.find("\n", s.end)
        line_end = len(raw) if line_end < 0 else line_end
        line = raw[line_start:line_end].strip()
        if line_end == len(raw) or len(line.split()) > HEADLINE_WORDS or \
                (line.endswith(".") and not line.endswith("..")):
            break
        out.add(s.index)
    return out


def story_link_sentences(doc: Document, lex: EventLexicon) -> set[int]:
    """The sentences of a story's link line ("رابط الخبر بصحيفة ...: مقتل 15 من داعش شرق الرمادي"): from a
    sentence opening with a link word to the end of its line, the headline restated after the body."""
    out: set[int] = set()
    raw, toks = doc.seg.text.raw, doc.seg.tokens
    line_end = -1
    for s in doc.seg.sentences:
        if s.start < line_end:
            out.add(s.index)
            continue
        s0, s1 = doc.sentence_bounds(s.index)
        first = next((k for k in range(s0, s1) if toks[k].is_word), None)
        if first is not None and toks[first].norm in lex.words.story_links:
            out.add(s.index)
            line_end = raw.find("\n", s.start)
            line_end = len(raw) if line_end < 0 else line_end
    return out


def restated_link_sentences(doc: Document, lex: EventLexicon) -> set[int]:
    """The sentences of a story's link line that restates the article's first line word for word ("رابط الخبر
    بصحيفة ...: مقتل 15 من داعش شرق الرمادي" under that headline): it tells nothing the headline does not; its
    incident goes where the headline's went (`absorb_title`), and its toll to no incident told before it."""
    links = story_link_sentences(doc, lex)
    if not links:
        return set()
    raw = doc.seg.text.raw
    headline = _letters(raw.strip().split("\n", 1)[0])
    start = min(doc.seg.sentences[i].start for i in links)
    line_end = raw.find("\n", start)
    link = _letters(raw[start:len(raw) if line_end < 0 else line_end])
    return links if headline and link != headline and link.endswith(headline) else set()


_ENTITY = re.compile(r"&#?\w+;")   # an HTML character reference left in a page's headline ("&#8220;")


def _letters(line: str) -> str:
    """The letters and digits of a line, without its punctuation, spaces or HTML character references."""
    return "".join(ch for ch in _ENTITY.sub("", line) if ch.isalnum())


# --- sentence by sentence -------------------------------------------------------------------------

def gather(doc: Document, lex: EventLexicon, hits: list[Hit], counts_of: Callable[[int], list[Casualty]],
           read: Callable[[Hit], Incident], dropped: list[Hit] = ()) -> list[Incident]:
    """The article's incidents, sentence by sentence: each reporting hit is read (`read`) into an
    incident and merged into one told before when it tells it again; `dropped`: the acts told as no incident
    (triggers.find_hits), which make the background of their sentence no news."""
    titles = title_sentences(doc) | story_link_sentences(doc, lex)
    incidents: list[Incident] = []
    by_sentence: dict[int, list[Hit]] = {}
    for hit in hits:
        by_sentence.setdefault(hit.sentence, []).append(hit)
    untold: dict[int, list[Hit]] = {}
    for d in dropped:
        untold.setdefault(d.sentence, []).append(d)
    # the lead, which background_kept keeps as the news even where it tells it only as background
    lead = next((s.index for s in doc.seg.sentences if s.index not in title_sentences(doc)), None)
    for sent in sorted(by_sentence):
        _add_sentence(doc, lex, (by_sentence[sent], untold.get(sent, [])), counts_of(sent), read,
                      (sent in titles, sent == lead), incidents)
    return incidents


FOILING_FAMILY = "disrupted_weapons"
WITHDRAWAL = "withdrawal"   # a side leaving ground (events.yaml)
GROUND_CHANGES = TERRITORY | {WITHDRAWAL}
FOILED_REACH = 2   # tokens between a foiling verb and the attack it governs ("أحبطت القوات هجوما")


def _foiled(hits: list[Hit], hit: Hit) -> bool:
    """Whether a trigger of the family of foiled attacks stands just before `hit`, governing it."""
    return any(h.family == FOILING_FAMILY and 0 <= hit.first - h.last <= FOILED_REACH for h in hits)


def _governed_as_background(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A trigger in a clause of time that sets it before something else ("بعد معارك", "بعد أن قصفت")."""
    s0, _ = doc.sentence_bounds(hit.sentence)
    return governed_as_background(doc, lex, hit.first, s0) or \
        (a_verbal_noun(doc, hit.trigger, hit.first, hit.last) and joined_to_background(doc, lex, hit.first, s0))   # "بعد تحرير المدينة ودحر"


RELATIVE_OPENING = 2   # auxiliaries between a relative pronoun and the past verb that opens its clause ("التي كان قد
                       # استولى عليها")
HEAD_TRIGGER_REACH = 3   # words from the end of an incident noun to a relative clause's head: its adjectives
                         # ("التفجيرين الإرهابيين اللذين", "الهجمات الصاروخية التي", "الحادث الإجرامي الذي")
RELATIVE_DATE_REACH = 8   # tokens after the clause's verb a day of its own may stand at, past a comma ("التي هاجمت
                          # المصلى الواقع في منطقة بونك بطهران، صباح الأربعاء": 7)
HEAD_PLACE_REACH = 4     # words from a place name to a relative clause's head: its description ("مدينة تلبيسة بريف
                         # حمص الشمالي التي")


def _past_of_a_thing(doc: Document, lex: EventLexicon, hit: Hit, hits: list[Hit]) -> bool:
    """background42: a past verb opening a relative clause on a noun that is neither an incident nor a place ("وصل
    فريق لإصلاح المؤسسات التي خربتها الهجمات", "الأسلحة التي استولى عليها المتطرفون", "الألغام التي زرعها المتمردون",
    "قواتها التي اقتحمت الموقع"): the clause tells which thing, person or side it is by its past, not news (SCHEMA.md:
    relative clauses are background).  Not a clause on an incident noun or its adjectives ("التفجير الذي استهدف السوق",
    "الحادث الإجرامي الذي": that incident told), nor on a place or its description (`_relative_on_a_place` weighs
    those), nor one after a comma; whether the background stays is weighed as for any other (`_only_background`: its
    own date, its dead told first, the article's other news); `hits`: the sentence's, its incident nouns among them."""
    s0, s1 = doc.sentence_bounds(hit.sentence)
    if lex.families[hit.family].outcome or not _a_past_act(doc, lex, hit, s0):
        return False
    if doc.dates_in(hit.last, min(s1, hit.last + RELATIVE_DATE_REACH)):
        return False   # "قوات الأمن التي هاجمت المصلى الواقع في منطقة بونك بطهران، صباح الأربعاء": told with its day
    toks = doc.seg.tokens
    k = hit.first - 1
    while k > s0 and hit.first - 1 - k < RELATIVE_OPENING and toks[k].norm in lex.words.relative_auxiliaries:
        k -= 1
    if k <= s0 or toks[k].norm not in lex.words.relative_after_trigger:
        return False
    head = k - 1
    if not toks[head].is_word or doc.places_in(max(s0, head - HEAD_PLACE_REACH), head + 1):
        return False
    nouns = lex.words.verbal_noun_heads | lex.modality.get("place_heads", frozenset())
    if any(bare_stems(doc, j) & nouns or _incident_noun_at(doc, lex, j)
           for j in range(max(s0, head - HEAD_TRIGGER_REACH), head + 1)):
        return False
    return not any(o.trigger.pos == "noun" and o.last <= head + 1 < o.last + HEAD_TRIGGER_REACH for o in hits)


def _incident_noun_at(doc: Document, lex: EventLexicon, j: int) -> bool:
    """A noun of an incident family's triggers at token j, whether or not its own hit was kept: "مثل الهجوم الذي
    استهدف بوابة للجيش" describes the attack it names, though the example's noun itself is no hit (lead41, after
    background42's rule took such a clause for the past of a thing)."""
    m = lex.triggers.match_at(doc.seg.tokens, j)
    return m is not None and any(t.pos == "noun" for t in m.payloads)


def _a_past_act(doc: Document, lex: EventLexicon, hit: Hit, s0: int) -> bool:
    """The hit is a verb in the past, or a verbal noun after a past passive auxiliary ("تم تحريرها")."""
    if hit.trigger.pos == "verb":
        return hit.trigger.tense == "past"
    return passive_tense(lex, doc, hit.first, s0) == "past"


def _recalled_after_a_while(doc: Document, lex: EventLexicon, hits: list[Hit], heads: list[Hit] = ()) -> list[Hit]:
    """The hits a length of time counts from ("بعد أيام من تحريرها"), and those of a clause describing them or of
    the phrase of a death report so counted from (`heads`: "بعد أيام على مقتل خمسة جنود في هجوم")."""
    def recalled_at(h: Hit) -> bool:
        return recalled_after_a_while(doc, lex, h.first, doc.sentence_bounds(h.sentence)[0])
    recalled = [h for h in hits if recalled_at(h)]
    return recalled + _held_by(doc, lex, hits, recalled + [h for h in heads if recalled_at(h)], recalled)


def _reporting_hits(doc: Document, lex: EventLexicon, sent_hits: list[Hit], counts: list[Casualty],
                   untold: list[Hit] = ()) -> list[Hit]:
    """A death report is an incident of its own unless the sentence reports violence it results from,
    and only when it counts or names its dead ("قتل 5 جنود"), not "الانتفاضة التي قتل فيها", nor the dead of
    an act told as no incident (`untold`, `_fell_in_no_incident`)."""
    heads = _death_reports(lex, sent_hits)
    incident_hits = _without_outcomes_of_acts(doc, lex, [h for h in sent_hits if h not in heads])
    main = _told_hits(doc, lex, incident_hits, heads)
    violent = [h for h in main if h.family in VIOLENT]
    deaths = _deaths_reported(doc, lex, sent_hits, untold)
    recalled = _recalled_after_a_while(doc, lex, incident_hits, heads)
    if recalled:
        # the dead told after an incident recalled from the past are its dead ("بعد أيام على هجوم ... أودى بحياة 32")
        deaths = [d for d in deaths if d.first < min(h.first for h in recalled)]
    counts = _licensing(counts)
    if deaths and not violent and not counts:
        deaths = []
    main = _without_raids_of_the_dead(doc, lex, main, bool(violent or deaths and counts))
    if counts and _answering(doc, lex, deaths, violent):
        # "قتل شرطيين ردا على الهجوم الانتحاري": the dead of what answers an attack, not of the attack
        return [h for h in main if h not in violent] + deaths
    return main + _deaths_of_their_own(doc, lex, deaths, violent)


def _licensing(counts: list[Casualty]) -> list[Casualty]:
    """The counts that make a death report of their own. Not a post holder told killed, with no number or name read:
    as often history in passing ("منذ مقتل زعيم القاعدة", "مقتل الزعيم ... عام 2011") as news; he is the toll of an
    incident told there. Nor the people told before a verb of martyrdom ("جثمان الشهيد ... الذي استشهد"): a funeral's,
    condolence's or directive's aside, whose sentence is about the mourning (at the mourners' town), not an incident
    (martyr37)."""
    return [c for c in counts if c.side != LEADER and not c.by_relative]


def _deaths_of_their_own(doc: Document, lex: EventLexicon, deaths: list[Hit], violent: list[Hit]) -> list[Hit]:
    """The sentence's death reports told as an incident: where it tells no violence, or only an answer to them."""
    return deaths if deaths and (not violent or _answered_deaths(doc, lex, deaths, violent)) else []


def _answered_deaths(doc: Document, lex: EventLexicon, deaths: list[Hit], violent: list[Hit]) -> bool:
    """"قتل جندي بنيران المسلحين، ورد الجيش بقصف مواقعهم": every violent hit of the sentence is an answer told after
    the deaths (`factuality.answer_act`); they fell in the blow it answers, an incident of its own."""
    return all(answer_act(doc, lex, h.first) for h in violent) and \
        min(d.first for d in deaths) < min(h.first for h in violent)


def _death_reports(lex: EventLexicon, hits: list[Hit]) -> list[Hit]:
    """The hits of a family that is only an outcome (a death report: "مقتل", "لقي مصرعه")."""
    return [h for h in hits if lex.families[h.family].outcome]


def _fell_in_no_incident(doc: Document, lex: EventLexicon, death: Hit, untold: list[Hit]) -> bool:
    """"وقتل عشرات المدنيين في غارات شبه يومية على المدينة": the dead fell in violence the factuality tests told as
    no incident (`untold`) because it recurs (factuality.recurring: a habit, a word of frequency), named after them
    in their clause behind a preposition of the incident (في، خلال، جراء); they are its dead, not an incident of
    their own.  Violence dropped as only general ("قتلوا في معارك قرب البلدة") is where the dead fell: they stay told;
    so do the dead a day in their clause sets on it ("قتل خمسة مدنيين أمس في الغارات التي تشنها طائرات التحالف")."""
    if any(_a_tally_of(doc, lex, death, u) for u in untold):
        return True
    start, end = doc.clause(death.first)
    if doc.dates_in(start, end):
        return False
    return any(u.family in VIOLENT and death.last <= u.first < end and u.first > 0 and
               token_stems(doc, u.first - 1) & lex.words.incident_prepositions and
               recurring(doc, lex, u.first, u.last, u.trigger) for u in untold)


TALLY_REACH = 10  # tokens from a plural act told as no incident to the death report of a relative clause on it (its
                  # doer and target between: "الغارات التي يشنها الجيش على جبال قنديل والتي أدت إلى مقتل")


def _a_tally_of(doc: Document, lex: EventLexicon, death: Hit, u: Hit) -> bool:
    """"في الغارات التي يشنها الجيش والتي أدت لمقتل 260", "سلسلة الهجمات التي أودت بحياة 300 شخص": the dead of a
    relative clause with a verb of resulting (events.yaml modality `resulting`) on a plural act told as no incident
    (`untold`: violence in general, a campaign, a habit) are its running tally, not an incident's toll; no day
    of their own in the sentence ("التي أدت أمس إلى مقتل") makes them one."""
    if u.family not in VIOLENT or not u.last <= death.first <= u.last + TALLY_REACH or \
            tuple(t.norm for t in doc.seg.tokens[u.first:u.last]) not in lex.plural:
        return False
    toks = doc.seg.tokens
    between = range(u.last, death.first)
    if any(not toks[k].is_word and toks[k].text not in ",،" for k in between):
        return False
    resulting = lex.modality.get("resulting", frozenset())
    if not any(toks[k].norm in lex.words.relatives for k in between):
        return False
    if not (any(token_stems(doc, k) & resulting for k in between) or
            (death.trigger.pos == "verb" and toks[death.first - 1].norm in lex.words.relatives)):
        return False  # "التي أودت بحياة": the death report's own verb is the outcome
    s0, s1 = doc.sentence_bounds(death.sentence)
    return not any(d.precision == "day" for d in doc.dates_in(s0, s1))


ARREST = "arrest"   # events.yaml


def _without_raids_of_the_dead(doc: Document, lex: EventLexicon, main: list[Hit], fought: bool) -> list[Hit]:
    """The sentence's hits, less a raid where the sentence tells deaths or a clash (`fought`): their operation."""
    return [h for h in main if not _raid(doc, lex, h)] if fought else main


def _raid(doc: Document, lex: EventLexicon, h: Hit) -> bool:
    """An arrest told by a raid word alone ("حملة مداهمات", "داهمت"): beside deaths or a clash in its sentence it is
    the operation they were part of ("قتل 12 مسلحا في حملة مداهمات"), not arrests of its own."""
    raids = lex.modality.get("raids", frozenset())
    return h.family == ARREST and any(token_stems(doc, k) & raids for k in range(h.first, h.last))


RESULT_REACH = 12   # words from a verb of resulting to an outcome it lists ("أسفر عن مقتل وجرح العشرات وتدمير")


def _without_outcomes_of_acts(doc: Document, lex: EventLexicon, hits: list[Hit]) -> list[Hit]:
    """"ما أسفر عن مقتل سبعة مسلحين، وتدمير مخزنين", "أسفر الهجوم عن تدمير عشر عربات": a verbal noun of a family
    that is only an outcome after a verb of resulting (events.yaml `outcomes_of_results`), with that verb a few
    words before it, is what an act brought about, not an incident of its own: the act told before it in the
    sentence, or the clause a resumptive ما before the verb points back to ("اشتبكت القوة مع عناصر التنظيم، ما أسفر
    عن"). With neither ("الجريمة التي نفذها مستوطنون وأدت إلى إحراق منزل") it is the incident."""
    return [h for h in hits if not _outcome_of_an_act(doc, lex, h, hits)]


def _outcome_of_an_act(doc: Document, lex: EventLexicon, h: Hit, hits: list[Hit]) -> bool:
    if h.trigger.pos != "noun" or h.family not in lex.outcomes_of_results:
        return False
    resulting = lex.modality.get("resulting", frozenset())
    s0 = doc.sentence_bounds(h.sentence)[0]
    verbs = [k for k in range(max(s0, h.first - RESULT_REACH), h.first) if token_stems(doc, k) & resulting]
    if not verbs or h.first == verbs[-1] + 1:
        return False   # "حيث أدى تفجير سيارة مفخخة إلى مقتل 19": the noun right after the verb is its subject
    resumed = verbs[0] > s0 and doc.seg.tokens[verbs[0] - 1].norm in lex.modality.get("resumptive", frozenset())
    return resumed or any(o.family not in lex.outcomes_of_results and o.last <= h.first for o in hits)


def _deaths_reported(doc: Document, lex: EventLexicon, sent_hits: list[Hit], untold: list[Hit] = ()) -> list[Hit]:
    """The sentence's death reports, but not a death counted from ("أول شخص يعتقل منذ مقتل شاب"), nor the dead of an
    act told as no incident (`untold`, `_fell_in_no_incident`)."""
    return [h for h in sent_hits if lex.families[h.family].outcome and
            not counted_since(doc, lex, h.first, doc.sentence_bounds(h.sentence)[0]) and
            not _fell_in_no_incident(doc, lex, h, untold)]


def _answering(doc: Document, lex: EventLexicon, deaths: list[Hit], violent: list[Hit]) -> bool:
    """Every violent hit of the sentence only the background the deaths answer or follow, told after the deaths
    or in a clause of its own before them ("ردا على هجوم سروج، قتل مسلحون شرطيين")."""
    if not deaths or not violent:
        return False
    first_death = min(d.first for d in deaths)
    if first_death > min(h.first for h in violent) and any(doc.clause(h.first)[1] > first_death for h in violent):
        return False
    return len([h for h in _background(doc, lex, violent) if not _cause_of_the_dead(doc, lex, deaths, h, violent)]) \
        == len(violent)


CAUSE_REACH = 12   # tokens from a death report to the word of cause after it ("مقتل شخص وإصابة ثمانية آخرين بجروح
                   # متفاوتة إثر"); calibrated on sample 2293
CAUSE_MIDDLE = 2   # words between that word and the act's trigger ("إثر تعرضهم لإطلاق نار")


def _cause_of_the_dead(doc: Document, lex: EventLexicon, deaths: list[Hit], hit: Hit, violent: list[Hit]) -> bool:
    """"قتل ثلاثة جنود إثر قصف مدفعي": the act after a word of cause (event_roles.yaml `cause_of_death`) told
    right after a death report of its sentence is how those dead died, not background they follow; only an act of
    another event type than the report's (a shelling, a bombing: "إثر استهداف رتل" leaves a battle's dead as they are,
    at their own place), and only an act of one kind in the clause after that word ("إثر تفجير دبابة بقذيفة
    مضادة للدروع": a tank blown up by a shell tells no bombing)."""
    toks = doc.seg.tokens
    s0, _ = doc.sentence_bounds(hit.sentence)
    c1 = doc.clause(hit.first)[1]
    for k in range(hit.first - 1, max(s0, hit.first - 1 - CAUSE_MIDDLE) - 1, -1):
        if not toks[k].is_word:
            return False
        if token_stems(doc, k) & lex.words.cause_of_death or toks[k].norm in lex.words.struck_by:
            if len({lex.families[h.family].sub_type for h in violent if k < h.first < c1}) > 1:
                return False
            return any(d.sentence == hit.sentence and d.last <= k <= d.last + CAUSE_REACH
                       and lex.families[d.family].type != lex.families[hit.family].type for d in deaths)
    return False


def _told_hits(doc: Document, lex: EventLexicon, main: list[Hit], heads: list[Hit] = ()) -> list[Hit]:
    """The sentence's incident hits that tell an incident: not a foiled attack, not background (`heads`: the
    sentence's death reports, whose phrase may hold background: "بعد مقتل خمسة جنود في هجوم")."""
    # "سيطرت المقاومة على المدينة بعد معارك": a verbal noun after بعد/إثر beside another incident of the
    # sentence is its background (SCHEMA.md), not an incident of its own
    # (and a side leaving ground: "بعد انسحاب قوات الجيش من المدينة")
    fighting = VIOLENT | GROUND_CHANGES
    # "أحبطت القوات هجوما": the attack a foiling verb governs never happened
    foiled = [h for h in main if h.family in fighting and _foiled(main, h)]
    past = _not_the_news(doc, lex, main)
    main = [h for h in main if h not in foiled and h not in past]
    background = _background(doc, lex, [h for h in main if h.family in fighting], heads, main)
    told = [h for h in main if h not in background]
    acts = _without_air_support(doc, lex, told, fighting)
    if any(h.family in fighting for h in acts):
        return acts
    return _told_alone(doc, lex, main, background, heads)


def _told_alone(doc: Document, lex: EventLexicon, main: list[Hit], background: list[Hit], heads: list[Hit]) -> list[Hit]:
    """The hits a sentence that tells no act of fighting beside its background keeps (see `_told_hits`)."""
    # background42: a past act of a relative clause on a thing ("مبنى الاتصالات الذي سيطرت عليه المقاومة") keeps the
    # sentence's other background untold, as it did when it was read as news; `_add_sentence` weighs it as background
    things = [h for h in background if _past_of_a_thing(doc, lex, h, main)]
    if things:
        return things
    # alone in its sentence, background still tells what a reaction is about ("أدان الهجوم بعد أن"), but
    # not a past counted from ("هبطت الطائرة بعد أيام من تحريرها"): that is not what the sentence reports
    recalled = _recalled_after_a_while(doc, lex, main, heads)
    # ... nor ground that changed hands before what the sentence tells, with no day of its own ("وصل الوفد إلى عدن
    # أمس بعد تحريرها من الميليشيات"): a reaction is to an attack, not to a town's taking, which the reports of
    # its day tell; dated, it is told in a sentence of its own ("بعد خروج مقاتلي داعش من سرت مطلع ديسمبر 2016")
    return [h for h in main if h not in recalled and not (
        h.family in GROUND_CHANGES and h in background and not _dated_after_it(doc, h, lex.words.since))]


AIR_STRIKE = "airstrike"   # events.yaml
SUPPORT_REACH = 2          # tokens from a word of support to the air power it names ("بدعم من طائرات التحالف")


def _without_air_support(doc: Document, lex: EventLexicon, told: list[Hit], fighting: set[str]) -> list[Hit]:
    """"استعادت القوات مدعومة بضربات جوية من التحالف مواقع": the strikes are how the act was done, one incident;
    with no other act of fighting told in the sentence they are what it tells."""
    support = [h for h in told if _air_support(doc, lex, h)]
    if support and any(h.family in fighting and h not in support for h in told):
        return [h for h in told if h not in support]
    return told


def _air_support(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """An air strike named right after a word of support (event_roles.yaml `air_support`: "مدعومة بضربات جوية",
    "بمساعدة غارات التحالف"): the support of another act of its sentence, if the sentence tells one."""
    if hit.family != AIR_STRIKE:
        return False
    c0, _ = doc.clause(hit.first)
    return any(token_stems(doc, k) & lex.words.air_support for k in range(max(c0, hit.first - SUPPORT_REACH), hit.first))


def _not_the_news(doc: Document, lex: EventLexicon, hits: list[Hit]) -> list[Hit]:
    """Hits a sentence names but does not tell: ground that changed hands in a relative clause on a side, with no
    day of its own, that side's past ("أشاد بمقاتلي المقاومة الذين تمكنوا من طرد المسلحين"; on a place it may be
    the news: "دخلوا المقر الذي تمت استعادته"); the second of a pair of one noun ("الصلة بين الهجوم في سوروتش
    والهجوم الذي أوقع أربعة قتلى"), another incident named in passing (SCHEMA.md: a noun phrase inside a clause
    about something else)."""
    return [h for h in hits if _past_of_a_side(doc, lex, h) or
            (h.trigger.pos == "noun" and second_of_a_pair(doc, h.first))]


def _past_of_a_side(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    return hit.family in GROUND_CHANGES and _in_a_relative_clause_on_a_side(doc, lex, hit) and \
        not _dated_after_it(doc, hit, lex.words.since)


RELATIVE_CLAUSE_REACH = 3   # words from a relative pronoun to the trigger of its clause ("الذين تمكنوا من طرد")
HUMAN_RELATIVE = "الذين"    # the relative pronoun of people


def _in_a_relative_clause_on_a_side(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """The trigger opens, or nearly, a relative clause on people or on a side named right before it."""
    c0, _ = doc.clause(hit.first)
    for k in range(max(c0, hit.first - RELATIVE_CLAUSE_REACH), hit.first):
        word = doc.seg.tokens[k].norm
        if word in lex.words.relatives and (word == HUMAN_RELATIVE or
                                            any(a1 == k for _, a1, _ in doc.actors_in(max(c0, k - 8), k))):
            return True
    return False


def _dated_after_it(doc: Document, hit: Hit, since: frozenset[str]) -> bool:
    """A date after the trigger in its clause: the day of what it tells, not of the clause before it, nor the
    start of a span it has held since ("التي تسيطر على صنعاء منذ سبتمبر")."""
    _, c1 = doc.clause(hit.first)
    return any(d.first_token >= hit.last and not after_since(doc, since, d) for d in doc.dates_in(hit.last, c1))


def _its_dead_told_first(lex: EventLexicon, sent_hits: list[Hit], counts: list[Casualty], hit: Hit) -> bool:
    """"لقي 5 من المسلحين مصرعهم إثر انفجار عبوة ناسفة": dead counted, or a death told, before a clause of cause
    are the sentence's news, and the incident of that clause is how they died, not background."""
    return any(c.kind != "none" and c.last_token <= hit.first for c in counts) or \
        any(lex.families[h.family].outcome and h.last <= hit.first for h in sent_hits)


def _unnamed_background(doc: Document, lex: EventLexicon, sent_hits: list[Hit], counts: list[Casualty], hit: Hit,
                        inc: Incident) -> bool:
    """Background that is no more than that: not an incident the reader knows by its name ("بعد تفجير زليتن",
    what reactions are to), not one dated in its clause ("بعد خروج مقاتلي داعش من سرت مطلع ديسمبر"), and not the
    cause of dead told before it ("لقي 5 مسلحين مصرعهم إثر انفجار عبوة"; the dead of what answers an incident,
    "قتلت رجلا ردا على هجوم", are not its dead).  A noun made definite by the article alone ("بعد التفجير
    الانتحاري", "بعد المجزرة") names no incident by itself: it points back to one the reader knows from the
    article, and where the article has not told it, it is background as an unnamed one is."""
    if inc.named and not _by_the_article_alone(hit) or _dated_after_it(doc, hit, lex.words.since):
        return False
    return inc.answered or not _its_dead_told_first(lex, sent_hits, counts, hit)


def _by_the_article_alone(hit: Hit) -> bool:
    """The trigger's noun carries the article ("التفجير", "الهجمات الإرهابية"): a noun with the article governs no
    name, so nothing after it names the incident as "تفجير زليتن" or "مجزرة خان بني سعد" does."""
    return hit.trigger.definite


def _background(doc: Document, lex: EventLexicon, hits: list[Hit], heads: list[Hit] = (),
                sentence_hits: list[Hit] | None = None) -> list[Hit]:
    """The hits governed by a word of time or cause, those opening a relative clause on one of them, and those
    inside the phrase of one of them or of a death report so governed (`heads`); `sentence_hits`: the sentence's hits, whose
    incident nouns a relative clause may describe (`_past_of_a_thing`; `hits` where not given)."""
    nouns = hits if sentence_hits is None else sentence_hits
    background = [h for h in hits if _governed_as_background(doc, lex, h) or _past_of_a_thing(doc, lex, h, nouns)]
    return background + _held_by(doc, lex, hits, background + [h for h in heads if _governed_as_background(doc, lex, h)],
                                 background)


def _held_by(doc: Document, lex: EventLexicon, hits: list[Hit], anchors: list[Hit], taken: list[Hit]) -> list[Hit]:
    """The hits, not `taken`, held by the background incidents `anchors`: a relative clause on one, or the act its
    phrase ties to it, and in turn what is held by those (in text order): "بعد أيام على مقتل خمسة جنود في تفجير
    سيارة مفخخة استهدف دورية" — the bombing, its car bomb (the bombing's complement) and the clause on it."""
    held: list[Hit] = []
    for h in sorted(hits, key=lambda x: x.first):
        if h in taken:
            continue
        if any(_describes_background(doc, lex, b, h) or _in_phrase_of(doc, lex, b, h) or
               _continues_a_clause_on(doc, lex, b, h) for b in anchors) or any(
                h.first == b.last and h.trigger.pos == "noun" == b.trigger.pos for b in held):
            held.append(h)
            anchors = anchors + [h]
    return held


PHRASE_REACH = 6   # words between a background noun and the preposition that ties an act to it ("مقتل خمسة جنود في")


def _in_phrase_of(doc: Document, lex: EventLexicon, b: Hit, h: Hit) -> bool:
    """The hit is tied by a preposition (event_roles.yaml `phrase_links`) to the noun phrase of the background
    incident `b`, with only words of that phrase between: "بعد أيام على مقتل خمسة جنود في هجوم", "عقب إصابة
    ثلاثة مدنيين جراء قصف" — the act the background's dead died in is that background, not news.  A conjunct
    in it is a noun of its toll (`phrase_conjuncts`: "مقتل خمسة وإصابة عشرة في هجوم"), not a clause of its own."""
    toks = doc.seg.tokens
    link = h.first - 1
    if b.trigger.pos != "noun" and not lex.families[b.family].outcome:
        return False
    if not b.last <= link <= b.last + PHRASE_REACH or toks[link].norm not in lex.words.phrase_links:
        return False
    return all(t.is_word and t.norm not in COMPLEMENTISERS and t.norm not in lex.words.relative_after_trigger
               and (not t.norm.startswith(_CONJUNCTION) or t.norm[1:] in lex.words.phrase_conjuncts)
               for t in toks[b.last:link])


RELATIVE_REACH = 3   # tokens from a background noun to the relative pronoun of the clause that describes it


def _describes_background(doc: Document, lex: EventLexicon, b: Hit, h: Hit) -> bool:
    """The hit opens a relative clause on a background incident: "ردا على هجوم سروج الذي استهدف ناشطين", or,
    after an indefinite noun, a verb clause with no relative pronoun ("بعد أيام على تفجير انتحاري دام استهدف")."""
    toks = doc.seg.tokens
    k = h.first - 1
    if h.first == b.last and doc.seg.sentence_of(k) == h.sentence:
        # the verb right after the noun ("في تفجير استهدف دورية")
        return h.trigger.pos == "verb" and b.trigger.pos == "noun" and not b.trigger.definite
    if not b.last <= k <= b.last + RELATIVE_REACH or doc.seg.sentence_of(k) != h.sentence:
        return False
    if toks[k].norm in lex.words.relative_after_trigger:
        return True
    between = toks[b.last:h.first]
    return (h.trigger.pos == "verb" and b.trigger.pos == "noun" and not b.trigger.definite
            and all(t.is_word and not t.norm.startswith(_CONJUNCTION) for t in between))


_PREPOSITION_LETTERS = "بلفك"   # a preposition glued to a noun with a possessive ("بسيارته"): no verb of a clause
CLAUSE_ON_REACH = 16   # tokens from a background noun to a later verb of the clause that describes it, its subject,
                       # object and place between ("على إطلاق النار الذي شهدته دار للسينما في مدينة ... وقتل فيه";
                       # set on the feed's kwic: 15 such clauses after a word of time, cause or answer, none longer)


def _continues_a_clause_on(doc: Document, lex: EventLexicon, b: Hit, h: Hit) -> bool:
    """The hit is a later verb of a clause that describes the background incident `b` (see `_later_verb_of_a_clause`):
    "بعد الهجوم الذي نفذه التنظيم في المدينة وقتل فيه 30" — the toll and the target of that past incident are that
    background, not news."""
    return h.sentence == b.sentence and b.last < h.first and \
        any(b.last <= opener <= b.last + RELATIVE_REACH - 1 and _opens_a_clause_on(doc, lex, b.trigger, opener)
            for opener in _later_verb_of_a_clause(doc, lex, h))


def _not_of_a_past(doc: Document, lex: EventLexicon, hits: list[Hit]) -> list[Hit]:
    """The hits but those of a clause on a past a length of time counts from (`_in_a_clause_on_a_past`)."""
    return [h for h in hits if not _in_a_clause_on_a_past(doc, lex, h)]


def _in_a_clause_on_a_past(doc: Document, lex: EventLexicon, h: Hit) -> bool:
    """The hit is a later verb of a clause on a noun that a length of time counts from, a trigger or not ("بعد عامين
    على إطلاق النار الذي شهدته دار للسينما في المدينة وقتل فيه 12 شخصا", "بعد ثلاثة أيام على هجوم انتحاري نسبته
    الحكومة إلى التنظيم واستهدف طلابا"): the past the sentence counts from (factuality.recalled_after_a_while)."""
    s0, _ = doc.sentence_bounds(h.sentence)
    return any(recalled_after_a_while(doc, lex, j, s0)
               for opener in _later_verb_of_a_clause(doc, lex, h)
               for j in range(max(s0, opener - RELATIVE_REACH), opener))


def _later_verb_of_a_clause(doc: Document, lex: EventLexicon, h: Hit) -> list[int]:
    """The tokens that may open the clause whose later verb the hit is: a verb joined by و, or one followed by a
    pronoun that points back to an incident (event_roles.yaml `resumptive_after_trigger`: "قتل خلاله"), with no mark,
    complementiser or word of a new clause (modality `chain_breaks`) between it and a relative pronoun or a verb
    carrying a pronoun (CLAUSE_ON_REACH tokens back at most)."""
    toks = doc.seg.tokens
    if h.trigger.pos != "verb":
        return []
    resumed = h.last < len(toks) and toks[h.last].norm in lex.words.resumptive_after_trigger
    if not (toks[h.first].norm.startswith(_CONJUNCTION) or resumed):
        return []
    s0, _ = doc.sentence_bounds(h.sentence)
    breaks = lex.modality.get("chain_breaks", frozenset())
    openers = []
    for k in range(h.first - 1, max(s0, h.first - CLAUSE_ON_REACH) - 1, -1):
        t = toks[k]
        if t.norm in COMMAS and resumed:
            continue   # "الذي شهدته دار للسينما في مدينة س، وقتل فيه": the pronoun ties the verb back past a comma
        if not t.is_word or t.norm in COMPLEMENTISERS or t.norm in breaks or \
                (t.norm.startswith(_CONJUNCTION) and t.norm[1:] in COMPLEMENTISERS):
            break
        if t.norm in lex.words.relative_after_trigger or \
                (object_pronoun(t.text) and t.norm[:1] not in _PREPOSITION_LETTERS):
            openers.append(k)
    return openers


def _opens_a_clause_on(doc: Document, lex: EventLexicon, trig, k: int) -> bool:
    """Token k opens a clause on the incident noun before it: a relative pronoun, or, after an indefinite noun, a verb
    that carries a pronoun pointing back to it ("هجوم انتحاري دام نسبته الحكومة")."""
    return doc.seg.tokens[k].norm in lex.words.relative_after_trigger or \
        (not trig.definite and trig.pos == "noun")


def _background_of_no_incident(doc: Document, lex: EventLexicon, untold: list[Hit], hit: Hit) -> bool:
    """"وواصل التنظيم شن هجمات خاطفة داخل المدينة على الرغم من طرده ... بعد اخفاق هجوم ضخم شنه الشهر الماضي": the
    act the sentence tells is no incident (a habit, a purpose, a plan: `untold`, dropped by the factuality tests), so
    what it sets that act against is background to no news: not kept as what a reaction is about because it is named
    or dated.  The untold act is the clause's own (not governed as background itself) and stands before the
    background in its clause: not a purpose inside the background's phrase ("بعد هجوم شنه التنظيم أمس لاستعادة
    البلدة"), nor an incident named in a clause of its own whose claim is negated ("ولم تتبن أي جهة الهجوم، بينما
    هدد الحزب بالرد إثر الغارات التي شنها الجيش الجمعة")."""
    clause = doc.clause(hit.first)
    return any(d.family in VIOLENT | GROUND_CHANGES and d.last <= hit.first and doc.clause(d.first) == clause
               and not _governed_as_background(doc, lex, d) for d in untold)


def _only_background(doc: Document, lex: EventLexicon, sentence_hits: tuple[list[Hit], list[Hit]],
                     counts: list[Casualty], hit: Hit, inc: Incident) -> bool:
    """A hit of background (`_add_sentence`) that stays no more than that: unnamed and undated, or set against an act
    the sentence tells as no incident; either way not the cause of dead told before it."""
    sent_hits, untold = sentence_hits
    if _unnamed_background(doc, lex, sent_hits, counts, hit, inc):
        return True
    return _background_of_no_incident(doc, lex, untold, hit) and \
        (inc.answered or not _its_dead_told_first(lex, sent_hits, counts, hit))


def _mark_background(doc: Document, lex: EventLexicon, sentence: tuple[tuple[list[Hit], list[Hit]], list[Casualty]],
                     in_background: bool, heading: tuple[bool, bool], inc: Incident) -> None:
    """Whether the incident is told only as background (`_only_background`), and whether it then lends nothing to
    a merge: not in the headline or the lead (`_add_sentence`'s `heading`), which keep it as the news."""
    sentence_hits, counts = sentence
    inc.as_background = in_background and _only_background(doc, lex, sentence_hits, counts, inc.main, inc)
    inc.lends_nothing = inc.as_background and not any(heading)


def _add_sentence(doc: Document, lex: EventLexicon, sentence_hits: tuple[list[Hit], list[Hit]], counts: list[Casualty],
                  read: Callable[[Hit], Incident], heading: tuple[bool, bool], incidents: list[Incident]) -> None:
    """The sentence's incidents (`sentence_hits`: its hits, and the acts it tells as no incident), each merged into
    one told before or added; `heading`: whether the sentence is a headline, and whether it is the lead."""
    sent_hits, untold = sentence_hits
    in_title = heading[0]
    sent_hits = _not_of_a_past(doc, lex, sent_hits)
    sentence_hits = (sent_hits, untold)
    chosen = _reporting_hits(doc, lex, sent_hits, counts, untold)
    # "وقتل الإرهابيون العشرة في هجوم ...": the dead already counted, so the incident already told
    recalled = next((c.value for c in counts if c.definite and c.kind == "killed"), None)
    dead, civilians_killed = _the_dead(counts)
    # what _told_hits kept of the background only because the sentence tells nothing else (an arrest "بعد تبادل
    # لإطلاق النار" is told with the shooting it ended)
    as_background = _background(doc, lex, [h for h in chosen if h.family in VIOLENT | GROUND_CHANGES],
                                _death_reports(lex, sent_hits), sent_hits)
    if any(h not in as_background and not lex.families[h.family].outcome for h in chosen):
        as_background = []
    death_places: list[PlaceMention | None] = []
    for hit in sorted(chosen, key=lambda h: h.first):
        inc = read(hit)
        _mark_background(doc, lex, (sentence_hits, counts), hit in as_background, heading, inc)
        if lex.families[hit.family].outcome:
            # death reports of one sentence are one incident, unless they happened in different places
            # ("قتل شخص في مخيم بدالوري، وقال سكان بولابرين إن تسعة قتلوا هناك")
            if death_places and (inc.place is None or any(p is None or same_place(p, inc.place)
                                                          for p in death_places)):
                continue
            death_places.append(inc.place)
        inc.in_title = in_title
        inc.dead = set(dead)
        inc.clause_dead = _dead_in_its_clause(doc, counts, hit)
        inc.civilians_killed = civilians_killed
        if recalled is not None and recall(lex, incidents, inc, recalled):
            continue
        if not merge_into(doc, lex, incidents, inc):
            incidents.append(inc)


def _dead_in_its_clause(doc: Document, counts: list[Casualty], hit: Hit) -> set[int | str]:
    """The dead counted in the clause of the hit ("وسقوط أكثر من 3 قتلى وعدد من الجرحى في قصف حي الروضة"), as
    `_the_dead` counts them."""
    clause = doc.clause(hit.first)
    return _the_dead([c for c in counts if doc.clause(c.first_token) == clause])[0]


def _the_dead(counts: list[Casualty]) -> tuple[set[int | str], bool]:
    """The sentence's dead as counted, or by name where they are named (two soldiers named apart are not one dead
    told again), not a part of a count ("خمسة عناصر من بينهم قيادي": the one leader is no toll, and another
    incident's one dead is not this one's told again); and whether civilians are among them."""
    dead = {d for c in counts if c.kind == "killed" and not c.tally and not c.part and c.value
            for d in (c.names or (c.value,))}
    return dead, any(c.kind == "killed" and c.side in CIVILIAN_SIDES for c in counts)


def recall(lex: EventLexicon, incidents: list[Incident], inc: Incident, value: int) -> bool:
    """Fold `inc` into the earlier incident whose sentences counted the same dead."""
    for prev in reversed(incidents):
        if lex.compatible(prev.family, inc.family) and value in prev.dead:
            absorb(lex, prev, inc, keep_type=True)
            return True
    return False


# --- one incident told again ----------------------------------------------------------------------

def merge_into(doc: Document, lex: EventLexicon, incidents: list[Incident], inc: Incident) -> bool:
    """Fold `inc` into an earlier incident it describes again (one of the MERGE_LOOKBACK told last: a
    long article does not cost a scan of all its incidents per mention)."""
    # the incident at the mention's own place is asked first; if it is not the one, the others are asked in
    # turn as always, its verdict kept for its own turn (asked once; its stop stops only there)
    there = _at_its_own_place(doc, lex, incidents, inc)
    there_verdict = _verdict(doc, lex, there, inc) if there is not None else None
    if there_verdict in (_ABSORB, _ABSORB_KEEP_TYPE):
        _absorb_told(doc, lex, there, inc, there_verdict)
        return True
    for prev in reversed(incidents[-MERGE_LOOKBACK:]):
        verdict = there_verdict if prev is there else _verdict(doc, lex, prev, inc)
        if verdict == _STOP:
            break
        if verdict == _SKIP:
            continue
        _absorb_told(doc, lex, prev, inc, verdict)
        return True
    only = _only_one_pointed_back(doc, lex, incidents, inc) or _the_one_named_by_its_town(doc, lex, incidents, inc)
    if only is not None:
        absorb(lex, only, inc, keep_type=True)
        return True
    return False


def _the_one_named_by_its_town(doc: Document, lex: EventLexicon, incidents: list[Incident],
                               inc: Incident) -> Incident | None:
    """"ويأتي هجوم مايدوغوري عقب ..." paragraphs after "فجرت انتحارية نفسها في سوق في مايدوغوري": a noun that names
    any violence (events.yaml naming_any_violence) made definite by its town names the one incident of a violent kind
    the story told at that town, on a day that agrees; where it told two there (a city of many attacks), the town
    does not say which."""
    if inc.family not in lex.naming_any_violence or inc.main.trigger.pos != "noun" or not inc.restates or \
            inc.another or inc.separate or inc.in_title or inc.place is None or coarse(inc.place):
        return None
    there = [p for p in incidents if p.family in VIOLENT and not p.in_title and p.place is not None
             and doc.same_item(p.sentence, inc.sentence) and same_place(p.place, inc.place)]
    return there[0] if len(there) == 1 and dates_agree(there[0].date, inc.date) else None


def _absorb_told(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, verdict: str) -> None:
    absorb(lex, prev, inc, keep_type=verdict == _ABSORB_KEEP_TYPE or _massacre_and_taking(prev, inc),
           reference_point=_approximate(doc, lex, inc.place) or _a_speakers_place_only(doc, lex, inc),
           lends_no_date=_older_than_undated_news(doc, prev, inc))


def _massacre_and_taking(prev: Incident, inc: Incident) -> bool:
    """An attack that killed civilians, then ground taken in it ("هاجم التنظيم البلدة واحتل أبنية فيها، وقتل مئتي
    مدني"): violence against civilians, which the taking does not retype."""
    return prev.family in FIGHTS and inc.family in TERRITORY and prev.civilians_killed


def _at_its_own_place(doc: Document, lex: EventLexicon, incidents: list[Incident], inc: Incident) -> Incident | None:
    """"الهجوم في سوروتش" points back to the incident told at that very place, before one told since at a town
    near it: the latest such incident of a kind it may tell, where the mention names its own place."""
    if not inc.definite or inc.place is None or inc.place.resolved is None or not _own_place(doc, inc):
        return None
    here = inc.place.resolved.id
    return next((p for p in reversed(incidents[-MERGE_LOOKBACK:]) if p.place is not None
                 and p.place.resolved is not None and p.place.resolved.id == here
                 and lex.compatible(p.family, inc.family)), None)


OWN_DAY_REACH = 6     # tokens after a definite mention within which a day is its own ("الهجوم الانتحاري السبت")
OWN_PLACE_REACH = 3   # tokens after a mention within which a place is the mention's own ("التفجير في الكرادة")


def _only_one_pointed_back(doc: Document, lex: EventLexicon, incidents: list[Incident], inc: Incident) -> Incident | None:
    """"الهجوم" pointing back, in a sentence whose place is not the mention's own ("ولم تعلن أي جهة المسؤولية عن
    الهجوم، إلا أن متشددي داعش نفذوا ... في بغداد", "تجمعوا في إسطنبول احتجاجا على التفجير"), when the story has
    told one incident of its kind before it: the mention can only point back to that one."""
    if not _pointing_back_from_its_place(doc, inc):
        return None
    told = [p for p in incidents if not p.in_title and doc.same_item(p.sentence, inc.sentence)
            and lex.compatible(p.family, inc.family) and p.family not in TERRITORY]
    if len(told) != 1 or told[0].recalled or not dates_agree(told[0].date, inc.date):
        return None
    prev = told[0]
    kind_agrees = inc.family in lex.naming_any_violence or inc.family == prev.family or \
        inc.family in lex.retold_as.get(prev.family, ())
    return prev if kind_agrees else None


def _pointing_back_from_its_place(doc: Document, inc: Incident) -> bool:
    """A mention that points back ("الهجوم", or a name in a speaker's words), not a headline, "another", separate or
    ground taken, with no place of its own, and no time counted from it ("قبل ساعات من الهجوم على منزل الدوابشة": an
    incident of its own)."""
    if not (inc.definite or _named_in_a_speakers_words(doc, inc)):
        return False
    return not (inc.another or inc.separate or inc.in_title or inc.family in TERRITORY or inc.recalled or
                inc.answered or _own_place(doc, inc))


def _named_in_a_speakers_words(doc: Document, inc: Incident) -> bool:
    """"وأضاف «إن قيام قوات الاحتلال باقتحام المسجد عمل همجي»", "قال إن حرق الرضيع جريمة": a verbal noun made definite
    by what it governs (`named_again`), in a speaker's words (after a complementiser of its sentence), names an
    incident the story told, as "الهجوم" does: a reaction speaks of the incident, it does not tell another."""
    if not inc.restates or inc.main.trigger.pos != "noun":
        return False
    s0 = doc.sentence_bounds(inc.sentence)[0]
    return any(t.norm in COMPLEMENTISERS for t in doc.seg.tokens[s0:inc.main.first])


def _own_place(doc: Document, inc: Incident) -> bool:
    """The incident's place is before its mention in its sentence ("وفي محافظة إب، تحتدم المواجهات"), in its
    clause, or just after it: the place the mention names, not one of a later clause ("المسؤولية عن الهجوم، إلا
    أن مسلحين نفذوا ... في بغداد")."""
    if inc.place is None or inc.place.sentence != inc.sentence:
        return False
    k = doc.token_of(inc.place.span.start)
    c0, c1 = doc.clause(inc.main.first)
    return k < inc.main.first or c0 <= k < c1 or k - inc.main.last <= OWN_PLACE_REACH


def _verdict(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, runs: bool = True) -> str:
    """Whether `inc` tells `prev` again (absorb), is another incident (skip), or is too far from it and
    everything before it (stop).  `runs`: a part of a run told after its toll is kept apart from it, for
    `without_sums` to weigh once all the parts are told."""
    apart = _kept_apart(doc, prev, inc)
    if apart is not None:
        return apart
    if _at_the_next_place(doc, lex.words, prev, inc):
        return _SKIP  # "وفي لحج، قالت المقاومة إنها فرضت سيطرتها على وادي عقان": the next place's incident
    gap = inc.sentence - max(prev.sentences)
    if gap == 1 and _goes_on_from(doc, lex, prev, inc):
        return _ABSORB_KEEP_TYPE
    if gap > ANAPHORA_REACH and not inc.restates:
        return _STOP
    if gap > 0 and not inc.definite and _another_time(doc, lex, prev, inc):
        return _SKIP
    if gap > 0 and _dated_by_the_sentence_before(doc, inc):
        return _SKIP  # "قاد هجوما في غروزني في ديسمبر 2014. وقتل حينها 14 ضابطا": that time's, not the news told
    if _told_apart(doc, lex, prev, inc, runs):
        return _SKIP
    if gap > ANAPHORA_REACH:
        return _far_restatement(lex, prev, inc)
    told = _told_again(doc, lex, prev, inc, gap)
    if told is not None:
        return told
    if inc.sentence not in prev.sentences and told_as_later(doc, lex, inc.sentence):
        return _SKIP  # "وأعلن الجيش في وقت لاحق أنه قتل 12 من المهاجمين": what happened next
    return _same_setting(doc, lex, prev, inc, gap)


def _another_time(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """Of two incidents in two sentences, the later not named by a definite noun: one is recalled as of another time
    than the other, so the later does not tell the earlier again."""
    if prev.recalled:
        return True   # "... ردا على هجوم سروج. وشن الحزب هجوما الجمعة": what the next sentence tells is news
    if inc.recalled:
        return True   # "قتل شرطيان ... . وذلك بعد يومين على هجوم انتحاري في سوروتش": an earlier incident
    # fat42: "... غداة هجوم انتحاري أسفر عن 13 قتيلا. وقتل 37 شخصا الجمعة في تفجيرين": news of its own day
    return inc.date is not None and _named_the_day_before(doc, lex, prev)


def _named_the_day_before(doc: Document, lex: EventLexicon, prev: Incident) -> bool:
    """fat42: every report of `prev` is a trigger right after "the morrow of" or "the eve of" (event_roles.yaml
    eve_and_morrow: "قررت السلطات منع النقاب، غداة هجوم انتحاري أسفر عن 13 قتيلا"): an incident of another day than
    the sentence that names it, which an undefined incident dated in a later sentence does not tell again."""
    return all(h.first - 1 >= doc.sentence_bounds(h.sentence)[0] and token_stems(doc, h.first - 1) & lex.words.eve_and_morrow
               for h in prev.hits)


def _goes_on_from(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """`inc`, told in the sentence right after `prev`'s, goes on with it: the same incident at its spots ("حيث
    ..."), or its toll ("ونتج عن ذلك مقتل ...")."""
    return _goes_on_with(doc, lex, prev, inc) or _outcome_of_the_sentence_before(doc, lex, prev, inc)


def _goes_on_with(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """"أغار الطيران بكثافة على معسكرات جنوب صنعاء. حيث تم قصف معسكري ...": a sentence that opens with حيث
    (event_roles.yaml `continuing_openers`) goes on with the sentence before; what it tells of violence of the type
    told there, at no other place than its, no other doer and not "another", is that incident at its spots."""
    s0 = doc.sentence_bounds(inc.sentence)[0]
    if doc.seg.tokens[s0].norm not in lex.words.continuing_openers or inc.another or inc.family in TERRITORY:
        return False
    if not (lex.compatible(prev.family, inc.family) or
            lex.families[prev.family].type == lex.families[inc.family].type):
        return False
    return (inc.place is None or same_place(prev.place, inc.place)) and _doers_agree(prev, inc)


OUTCOME_OPENING = 3   # words from a sentence's start to a verb of resulting that opens it ("وقد نتج عن ذلك"); set on
                      # the feed's 33 sentences that open with a verb of resulting and a demonstrative
OUTCOME_POINTER = 2   # words from that verb to the demonstrative that is its subject or object ("أدى ذلك", "نتج عن ذلك")


def _outcome_of_the_sentence_before(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """"تعرض مركز حدودي لقذائف من داخل اليمن. وقد نتج عن ذلك مقتل العريف ...", "أطلق مسلحون النار على موقع للجيش.
    وأدى ذلك إلى مقتل جندي": a death report in a sentence that opens with a verb of resulting (events.yaml modality
    `resulting`) whose subject or object is a demonstrative (event_roles.yaml `demonstratives`) is the toll of the
    violence the sentence before told, at no other place: that incident's dead, not a fight of their own."""
    if not lex.families[inc.family].outcome or prev.family not in VIOLENT or inc.another or inc.in_title:
        return False
    s0 = doc.sentence_bounds(inc.sentence)[0]
    toks = doc.seg.tokens
    words = [k for k in range(s0, inc.main.first) if toks[k].is_word]
    resulting = lex.modality.get("resulting", frozenset())
    verb = next((i for i, k in enumerate(words[:OUTCOME_OPENING]) if token_stems(doc, k) & resulting), None)
    if verb is None or not any(toks[k].norm in lex.words.demonstratives
                               for k in words[verb + 1:verb + 1 + OUTCOME_POINTER]):
        return False
    return _one_place(prev.place, inc.place)


def _told_apart(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, runs: bool) -> bool:
    """Kinds that cannot be one, other ground, a fight and a taking apart, or (`runs`) a part of a run told after
    its toll."""
    return _kinds_apart(doc, lex, prev, inc) or _other_ground(doc, lex.words, prev, inc) \
        or _fight_and_taking_apart(doc, lex, prev, inc) or (runs and _a_part_of_its_run(doc, lex, prev, inc))


def _dated_by_the_sentence_before(doc: Document, inc: Incident) -> bool:
    """The incident's date was told in a sentence before its own ("حينها", "آنذاك": setting.date_for)."""
    return inc.date is not None and inc.date.first_token < doc.sentence_bounds(inc.sentence)[0]


def _older_than_undated_news(doc: Document, prev: Incident, inc: Incident) -> bool:
    """`prev`, told by a verb or an indefinite noun, has no date, and `inc`, folded into it from a later sentence
    where a verb or an indefinite noun tells it, is dated before the news and not as far back as history ("دخلت
    القوات الجامعة واشتبكت مع المسلحين. وأطلقت القوات في أبريل عملية عسكرية في المحافظة", "إلى أن شنت قوات
    مشتركة هجوما كبيرا في وقت سابق من العام الحالي"): an earlier incident told as background to the news, whose
    date is not the news's (a year alone names no day of news either).  An incident named by a definite noun
    ("بمناسبة مرور عام على احتلال المدينة") is one known before, whose day a later sentence may tell; a definite
    noun ("وكان الهجوم قد وقع في مارس") points back and tells its day; a date of history still dates it, so that
    the story stays history (`setting.history`)."""
    d = inc.date
    if prev.date is not None or prev.named or d is None or not d.date or inc.definite or doc.published is None \
            or inc.sentence <= prev.sentence:
        return False
    return not long_past(d, doc.published) and (d.precision == "year" or not recent(doc, d))


def _kinds_apart(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """Kinds of incident that cannot be one: not told together (events.yaml: one_incident), or told together
    only in one sentence and at one place, not merely near; a bare noun of a wider kind ("القصف") joins them.
    The sentence's death report placed only by a reference point near the incident ("شمال مدينة عدن") is at its
    place."""
    if _bare_name_of(doc, lex, prev, inc) or lex.compatible(prev.family, inc.family) or \
            _a_part_told_again(lex, prev, inc) or _flown_told_again(doc, lex, prev, inc):
        return False
    one_clause = _in_one_clause(doc, lex, prev, inc) and not _toll_of_another_act(doc, lex, prev, inc)
    return not lex.compatible(prev.family, inc.family, inc.sentence in prev.sentences, one_clause) \
        or not (_one_place(prev.place, inc.place) or _referred_death(doc, lex, prev, inc))


def _flown_told_again(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """dup41: `prev`, a blow by a doer named as aircraft (coding.flown: "بدأت مقاتلات تركية حملة قصف لمخيمات الحزب في
    شمال العراق", a shelling by its word), is the air strike it is coded as, so that an air strike told in a later
    sentence ("وأكدت الحكومة أن المقاتلات قصفت سبعة أهداف للحزب في شمال العراق") may be it told again, at its own
    place (both placed, at one place: "كذلك" does not carry it to another town)."""
    return inc.family == lex.flown_as and inc.sentence > max(prev.sentences) and prev.place is not None and \
        inc.place is not None and same_place(prev.place, inc.place) and flown(doc, lex, prev)


def _a_part_told_again(lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """dup41: `prev` already holds, as a part folded in where the kinds are one only in a clause, a mention of `inc`'s
    kind (events.yaml retold_parts: "قتلت قوات الأمن مسلحا واعتقلت 16 آخرين" is one clash that holds its arrests), and
    `inc` tells that part again in a later sentence ("وقالت الوزارة إن قوات الأمن تمكنت من القبض على 13 عنصرا"): the
    kinds do not keep it apart; its place, day and sides still decide, as for any telling of one kind."""
    return inc.family in lex.retold_parts and prev.family != inc.family and \
        any(h.family == inc.family for h in prev.hits)


TOLL_REACH = 3   # words before a death report within which a verb of resulting makes it another act's toll ("تفجير
                 # أسفر عن مقتل شرطيين ... واعتقال بعضهم"); set on the feed's 119 articles with a killing and an
                 # arrest or seizure in one sentence (raid39)


def _toll_of_another_act(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """Of a death report and a part of a raid (events.yaml parts_of_a_killing), the death report is told as what
    another act brought about (a verb of resulting, events.yaml modality `resulting`, at most TOLL_REACH words before
    it or as its first word: "تفجير أسفر عن مقتل شرطيين تم تحديد هويتهم واعتقال بعضهم"), or on another day ("اعتقال
    خلية مسؤولة عن عملية قتل مستوطن الشهر الماضي"): that act's toll or the arrests' cause, and the arrests a later
    act, not a raid that killed."""
    if lex.families[inc.family].outcome and prev.family in lex.parts_of_a_killing:
        hits = [inc.main]
    elif lex.families[prev.family].outcome and inc.family in lex.parts_of_a_killing:
        hits = [h for h in prev.hits if h.sentence == inc.sentence]
    else:
        return False
    if not dates_agree(prev.date, inc.date):
        return True
    resulting = lex.modality.get("resulting", frozenset())
    s0 = doc.sentence_bounds(inc.sentence)[0]
    return any(token_stems(doc, k) & resulting for h in hits for k in range(max(s0, h.first - TOLL_REACH), h.first + 1)
               if doc.seg.tokens[k].is_word)


def _in_one_clause(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """`inc`'s trigger stands in the clause of one of `prev`'s (between the same marks of one sentence), the later
    of the two not told as what came before or after the other (a word of `background_after` at most
    SEQUENCE_REACH words before it): "قتلت القوات مسلحا واعتقلت 12 آخرين في اشتباكات", not "فتحوا النار على السيارة،
    فيما ذكرت الوكالة أن ستة اعتقلوا", nor "ألقي القبض على ثلاثة مطلوبين بعد تبادل لإطلاق النار" (the arrest is the
    news, the fight its setting)."""
    here = doc.clause(inc.main.first)
    toks = doc.seg.tokens
    for h in prev.hits:
        if h.sentence != inc.sentence or doc.clause(h.first) != here:
            continue
        first, later = (h, inc.main) if h.first <= inc.main.first else (inc.main, h)
        before = [k for k in range(max(first.last, later.first - SEQUENCE_REACH), later.first) if toks[k].is_word]
        if not any(toks[k].norm in lex.words.background_after for k in before):
            return True
    return False


SEQUENCE_REACH = 2   # words before a trigger within which بعد/إثر/عقب tells it as before the other ("بعد تبادل لإطلاق
                     # النار"); set on the feed's 69 articles with an arrest and a fight in one clause (parts38)


def _referred_death(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """`inc` is a death report of a sentence `prev` is told in, placed by a reference point near `prev`'s place
    ("سيطرتهم على بلدتي الوهط وصبر التابعتين لمحافظة لحج شمال مدينة عدن، بعد معارك اسفرت عن مقتل 30")."""
    return inc.sentence in prev.sentences and lex.families[inc.family].outcome and \
        _same_or_referred(doc, lex, prev.place, inc.place)


def _bare_name_of(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """`inc` is told by a bare definite noun ("القصف", one word) that also names incidents of `prev`'s kind
    (events.yaml: bare_names_also).  Of ground taken, neither fighting said to go on ("القتال مستمر بالقاعدة",
    event_roles.yaml still_going_on) nor "this battle" (a demonstrative before it points back to a fight)."""
    k = inc.main.first
    if not (inc.definite and inc.main.last - k == 1 and prev.family in lex.bare_names_also.get(inc.family, ())):
        return False
    if prev.family not in TERRITORY:
        return True
    return not (k > 0 and doc.seg.tokens[k - 1].norm in lex.words.demonstratives) and \
        not stems(doc, inc.main.last, doc.clause(k)[1]) & lex.words.still_going_on


def _kept_apart(doc: Document, prev: Incident, inc: Incident) -> str | None:
    """What keeps `inc` from telling `prev` whatever both say: a headline, another item of a roundup, "آخر"."""
    if prev.in_title != inc.in_title:
        # the headline is folded into the body at the end, not the body into it; nor is a story's link line told
        # after the body ("رابط الخبر: ...") folded into the incident told last, only into the one it restates
        return _SKIP
    if not doc.same_item(prev.sentence, inc.sentence):
        return _STOP  # another item of a roundup of news: another story
    if inc.another and not _subject_of_its_verb(prev, inc):
        return _STOP  # "في هجوم آخر": not one told before
    if inc.separate and inc.sentence not in prev.sentences:
        return _STOP  # "وفي حادثة منفصلة، ...": not one told before
    if inc.shifted and inc.sentence not in prev.sentences and not inc.restates:
        return _STOP  # "من جهة أخرى، أعلنت مصادر أن 20 عنصرا قتلوا", "أما في محافظة الضالع، فقد ...": other news
    if prev.answering != inc.answering and _answer_and_blow(prev, inc):
        return _SKIP  # "سقطت قذائف على القرية. وردت المدفعية بقصف مواقعهم": the blow and the answer, two incidents
    return None


def _answer_and_blow(a: Incident, b: Incident) -> bool:
    """Of an answer and an incident not told as one (`Incident.answering`), the blow it answers: told in another
    sentence, unless by the same doer; in its sentence, only by another doer named ("قتل جندي بنيران المسلحين، ورد
    الجيش بقصف مواقعهم"), not a clause with none that goes on with the answer ("ورد الجيش بقصف المواقع وتم تدميرها")."""
    x, y = a.actor1, b.actor1
    if x is not None and y is not None:
        return not same_named_actor(x, y)
    return b.sentence not in a.sentences


def _subject_of_its_verb(prev: Incident, inc: Incident) -> bool:
    """`inc`'s trigger stands right after a verb `prev` is told by: "استهدفت غارة أخرى", one incident."""
    return any(h.sentence == inc.sentence and h.last == inc.main.first and h.trigger.pos == "verb" for h in prev.hits)


def _far_restatement(lex: EventLexicon, prev: Incident, inc: Incident) -> str:
    """A definite mention far from the incident of its kind told before ("التفجير" paragraphs later, "تفجير
    المسجد" in a report of the trial) tells it again, unless it names another place or another day.  Its kind
    may be one the incident is told again as (events.yaml retold_as: "تفجير سروج" after the suicide bombing)."""
    if inc.family != prev.family and inc.family not in lex.retold_as.get(prev.family, ()):
        return _SKIP  # far apart, another kind of violence is another incident
    places_agree = inc.place is None or (prev.place is not None and not coarse(prev.place) and
                                         not coarse(inc.place) and same_place(prev.place, inc.place))
    return _ABSORB_KEEP_TYPE if places_agree and dates_agree(prev.date, inc.date) else _SKIP


FIGHTS = {"attack", "armed_clash"}


def _other_ground(doc: Document, W: RoleWords, prev: Incident, inc: Incident) -> bool:
    """A town taken and a town retaken are two incidents, and so are two places changing hands."""
    same_sentence = inc.sentence in prev.sentences
    if prev.family in TERRITORY and inc.family in TERRITORY and not (inc.definite and not same_sentence):
        if territory_side(prev) != territory_side(inc):
            return True
        if _doers_differ(doc, W.between_sides, prev, inc):
            return True  # "احتل التنظيم أبنية فيها قبل أن يتمكن المقاتلون الأكراد من دحره": two sides, two changes
        if not same_sentence and not same_ground(prev.place, inc.place) and not _spots_then_one(doc, W, prev, inc):
            return True
    return False


SPOTS_REACH = 1   # sentences from a taking of unnamed spots in a place to a spot of it named


def _spots_then_one(doc: Document, W: RoleWords, prev: Incident, inc: Incident) -> bool:
    """"تمكنت المقاومة أمس من السيطرة على مواقع جديدة في مدينة تعز. ... سيطرت أمس على جبل حقاقة": unnamed spots
    taken in a place (event_roles.yaml `unnamed_ground`), then, the next sentence, a spot in that place taken (not
    another town): the one taking told first in sum.  The day and the side are asked as for any two tellings."""
    if inc.sentence - max(prev.sentences) > SPOTS_REACH:
        return False
    a, b = prev.place, inc.place
    if a is None or b is None or a.resolved is None or b.resolved is None or coarse(a) or coarse(b) \
            or two_towns(a, b) or not same_place(a, b):
        return False
    return _unnamed_spots_in(doc, W, prev) != _unnamed_spots_in(doc, W, inc)


def _unnamed_spots_in(doc: Document, W: RoleWords, inc: Incident) -> bool:
    """The incident's place is named after unnamed ground its taking governs ("السيطرة على مواقع جديدة في ... تعز")."""
    m = inc.place
    if m is None or m.sentence != inc.sentence:
        return False
    k = doc.token_of(m.span.start)
    before = [h for h in inc.hits if h.sentence == inc.sentence and h.last <= k]
    return bool(before) and any(token_stems(doc, j) & W.unnamed_ground for j in range(before[-1].last, k))


def _fight_and_taking_apart(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """A fight and a taking told in one sentence that are two incidents: by two sides ("هاجم التنظيم نقطة للجيش،
    فيما استعادت القوات حيا"), or a taking told by no verb of its own clause: a verbal noun after a fight is often
    its aim ("خاضت القوات معارك لاستعادة القاعدة"), a verb after a relative pronoun the place's past ("عمليتها
    لاستعادة سرت التي سيطر عليها الجهاديون في 2015"), one in a clause of time or concession its background
    ("شن التنظيم هجمات على الرغم من طرده من بعض المناطق")."""
    if (prev.family in TERRITORY) == (inc.family in TERRITORY) or not {prev.family, inc.family} & FIGHTS:
        return False
    taking, fight = (prev, inc) if prev.family in TERRITORY else (inc, prev)
    # a taking a side managed is told as a verb tells it, to the fight of its sentence, or to a fight of a later
    # one that names no place of its own ("واسفرت المواجهات التي وقعت أمس عن مقتل 29"; not "وأكد المصدر أن المعارك
    # في مديرية أخرى أسفرت عن مقتل 42": the battles of that place)
    managed = inc.sentence in prev.sentences or not _own_place(doc, fight)
    told = any((h.trigger.pos == "verb" or (managed and _a_managed_taking(doc, lex, h)))
               and not token_stems(doc, h.first - 1) & lex.words.relatives
               and not _governed_as_background(doc, lex, h) for h in taking.hits)
    # "هاجم التنظيم البلدة ... قبل أن يتمكن المقاتلون من دحره": "before" between sets the taking apart
    ends = [h.last for h in prev.hits if h.sentence == inc.sentence and h.last <= inc.main.first]
    later = bool(ends) and bool(stems(doc, max(ends), inc.main.first) & lex.words.before_it)
    return _doers_differ(doc, lex.words.between_sides, prev, inc) or not told or later


MANAGED_TAKING_REACH = 2   # words before a taking's verbal noun within which a past verb of managing makes it told
                           # ("تمكنت من السيطرة", "استطاعت فرض سيطرتها"; dup41, on the feed's conflict pool)


def _a_managed_taking(doc: Document, lex: EventLexicon, h: Hit) -> bool:
    """dup41: a taking told by its verbal noun as what a side managed (a past verb of managing, events.yaml modality
    `managing`, up to MANAGED_TAKING_REACH words before it: "القوات تقدمت في إطار عملية واسعة واستطاعت فرض سيطرتها
    على مناطق", "تمكنت المقاومة من السيطرة على البلدة بعد معارك"): told as done, as a verb tells it, not an aim."""
    managing = lex.modality.get("managing", frozenset())
    s0 = doc.sentence_bounds(h.sentence)[0]
    return any(token_stems(doc, k) & managing for k in range(max(s0, h.first - MANAGED_TAKING_REACH), h.first))


def _pointing_back(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, gap: int) -> bool:
    """`inc` points back to `prev`: a definite mention or a death report of its sentence and place, a death placed
    by a reference point near it, or a mention that points back ("الهجوم") or says "also" close after it; not one
    that names a day of its own another than `prev`'s (`_two_days`)."""
    if _two_days(doc, lex, prev, inc):
        return False
    if inc.sentence in prev.sentences and (inc.definite or lex.families[inc.family].outcome) and \
            same_place(prev.place, inc.place):
        return True
    if _referred_death(doc, lex, prev, inc):
        return True
    # "وقتل أيضا جندي" (also) points back ... on the same day: "وقتل أيضا خلال مواجهة أمس جندي" is not
    # Monday's attack
    also = bool(stems(doc, *doc.sentence_bounds(inc.sentence)) & lex.words.also) and \
        gap <= ANAPHORA_REACH and dates_agree(prev.date, inc.date) and not _an_act_of_its_own(lex, prev, inc)
    anaphoric = (inc.definite or also) and gap <= ANAPHORA_REACH
    # "الهجوم" points back whatever else its sentence names, unless another place; "also" does not join another
    # town's own dead ("وقصف المتمردون أيضا ...، وسقوط 3 قتلى في قصف حي الروضة")
    return anaphoric and not _elsewhere(doc, lex, prev, inc) and not _town_by_town(doc, lex, prev, inc)


def _two_days(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """"العمليتين الانتحاريتين اللتين نفذتهما فتاتان الأربعاء" after a bombing told on Sunday, "الانفجار الجديد مساء
    السبت" after Wednesday's bombings: a mention ("الهجوم", a death report) that names in its own clause, near it, a
    day of its own (not the day it was announced), another than the day the incident before was told on (its own
    day too), is another incident, however much the two are alike.  Not ground taken (a taking and the battle for
    it are told over days), nor a mention after a demonstrative."""
    a, b = prev.date, inc.date
    if not (_a_named_day(a) and _a_named_day(b)) or prev.announced or inc.announced or \
            _a_saying_day(doc, prev) or _a_saying_day(doc, inc):
        return False
    if prev.family in GROUND_CHANGES or inc.family in GROUND_CHANGES or _after_a_demonstrative(doc, lex, inc):
        return False  # ground is taken over days ("المعركة التي تمت للسيطرة على البلدة"); "هذه الاعتقالات" points back
    c0, c1 = doc.clause(inc.main.first)
    k, first, last = b.first_token, inc.main.first, inc.main.last
    near = last <= k < last + OWN_DAY_REACH or (c0 <= k < first)
    return c0 <= k < c1 and near and not dates_agree(a, b) and not _one_day_announced(prev, inc)


_DAYS_BY_TODAY = frozenset({"today", "yesterday", "day_before_yesterday"})   # recognise.dates `relative` values


def _a_named_day(d: DatedSpan | None) -> bool:
    """A day named by its weekday or counted from today ("السبت", "أمس"), not by a feast ("بعيد الفطر") or a date."""
    e = d.expr if d is not None and d.precision == "day" else None
    return e is not None and (getattr(e, "weekday", None) is not None or getattr(e, "relative", None) in _DAYS_BY_TODAY)


def _a_saying_day(doc: Document, inc: Incident) -> bool:
    """The incident's day stands before a complementiser its trigger follows ("قال مسؤولون اليوم إن العشرات سقطوا",
    "أعلنت السلطات أمس أن مسلحا قتل"): the day of the saying, not of the incident."""
    d, k = inc.date, inc.main.first
    return d is not None and d.last_token <= k and \
        any(t.norm in COMPLEMENTISERS for t in doc.seg.tokens[d.last_token:k])


def _after_a_demonstrative(doc: Document, lex: EventLexicon, inc: Incident) -> bool:
    """The mention stands after a demonstrative ("هذه الاعتقالات"): it points back, whatever day its clause names."""
    k = inc.main.first
    return k > 0 and doc.seg.tokens[k - 1].norm in lex.words.demonstratives


def _an_act_of_its_own(lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """"وكذلك فجر المقاتلون عبوة بدورية ما أدى إلى مقتل أربعة" after "هاجم المقاتلون حاجزا وقتلوا جنديين":
    "also" before an act (not a bare death report, "وقتل أيضا جندي") with dead of its own adds another incident to
    a list of them, it does not add to the one told before."""
    return not lex.families[inc.family].outcome and _own_dead(prev, inc)


def _told_again(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, gap: int) -> str | None:
    """A mention that points back ("الهجوم", "وقتل أيضا جندي"), a death report of the same sentence and
    place, or the same dead counted again; None when none of these."""
    same_sentence = inc.sentence in prev.sentences
    if _pointing_back(doc, lex, prev, inc, gap):
        return _ABSORB
    if not same_sentence and inc.dead & prev.dead and gap <= SAME_DEAD_REACH and \
            _same_or_referred(doc, lex, prev.place, inc.place) and prev.family not in TERRITORY and \
            not _town_by_town(doc, lex, prev, inc):
        # "أعلنت الوزارة مقتل خمسة إرهابيين خلال عملية ... وقالت إن وحداتها تمكنت من القضاء على خمسة
        # إرهابيين": the same dead told again, whatever the day is called
        return _ABSORB_KEEP_TYPE
    if _victims_pointed_back(doc, lex, prev, inc, gap):
        if not _near_in_one_country(prev.place, inc.place):
            inc.place, inc.also_at = None, []   # a square or quarter the gazetteer finds elsewhere: the town told first
        return _ABSORB_KEEP_TYPE
    return None


def _victims_pointed_back(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, gap: int) -> bool:
    """"أعدم التنظيم 12 مدنيا في البلدة. وقال المرصد إنه أعدمهم بشكل جماعي في ساحتها": a verb of the kind just told
    with its dead, after it, its object a pronoun of people (events.yaml modality `people_pronouns`) and no count
    of its own (in the same sentence, no other), on a day that agrees, tells those victims again, wherever else its
    sentence names."""
    h = inc.main
    if h.trigger.pos != "verb" or inc.family != prev.family or not prev.dead or not inc.dead <= prev.dead \
            or not 0 <= gap <= ANAPHORA_REACH or h.first <= prev.main.last:
        return False
    word = doc.seg.tokens[h.last - 1].norm
    return any(word.endswith(p) and len(word) > len(p) + 2 for p in lex.modality.get("people_pronouns", ())) \
        and dates_agree(prev.date, inc.date)


REFERENCE_POINT_KM = 100.0   # how far from a place given as a reference point ("جنوب كابول") the incident may lie


def _same_or_referred(doc: Document, lex: EventLexicon, a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two tellings' places can be one incident's (`same_place`), or one is only a reference point ("في غارة على
    حاجز في ولاية لوغار جنوب كابول", then "حاكم منطقة بركي براك ... وقتل 14 جنديا") in the country of the other,
    near enough for a reference."""
    if same_place(a, b):
        return True
    if a is None or b is None or a.resolved is None or b.resolved is None or coarse(a) or coarse(b):
        return False
    return (_approximate(doc, lex, a) or _approximate(doc, lex, b)) and \
        _within_in_one_country(a.resolved, b.resolved, REFERENCE_POINT_KM)


def _within_in_one_country(ra, rb, limit_km: float) -> bool:
    """Two resolved places of one country, both with a point, at most `limit_km` apart."""
    return ra.country is not None and ra.country == rb.country and None not in (ra.lat, rb.lat) \
        and km((ra.lat, ra.lon), (rb.lat, rb.lon)) <= limit_km


def _elsewhere(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """Both incidents placed precisely (finer than a country or region, not only "near" a place), and in
    different places: "التفجير الكبير ... في الكرادة" after a bombing in another district is another one."""
    a, b = prev.place, inc.place
    if a is None or b is None or a.resolved is None or b.resolved is None or coarse(a) or coarse(b):
        return False
    return not (same_place(a, b) or _approximate(doc, lex, a) or _approximate(doc, lex, b)
                or _a_speakers_place_only(doc, lex, inc))


def _approximate(doc: Document, lex: EventLexicon, m: PlaceMention) -> bool:
    """A place given as a reference point ("قرب العاصمة مقديشو", "على بعد 10 كلم من البلدة"): a word of nearness
    or direction just before, or a unit of distance a few words before; or the place of a speaker who tells the
    incident ("وأفاد المكتب الإعلامي للمقاومة في إقليم آزال بأن الهجوم أسفر عن ...": where he is, near it or not;
    the incident told before at a place of its own keeps that place, `absorb`)."""
    if m is None or m.sentence >= len(doc.seg.sentences):
        return False
    k = doc.token_of(m.span.start)
    s0 = doc.sentence_bounds(m.sentence)[0]
    return bool(stems(doc, max(s0, k - 2), k) & lex.words.approximate_place
                or stems(doc, max(s0, k - DISTANCE_REACH), k) & lex.words.distance_units)


def _a_speakers_place_only(doc: Document, lex: EventLexicon, inc: Incident) -> bool:
    """A mention that points back ("الهجوم", "التفجير") placed only by where its speaker is ("وأفاد المكتب الإعلامي
    للمقاومة في إقليم آزال بأن الهجوم أسفر عن ...", "وقال في تصريح أدلى به في أنقرة إن التفجير ..."): that place is a
    reference point to the incident told before, not another place of it (`setting.speakers_complementiser`)."""
    m = inc.place
    if not inc.definite or m is None or m.sentence >= len(doc.seg.sentences):
        return False
    comp = speakers_complementiser(doc, lex.words, doc.token_of(m.span.start), doc.token_of(m.span.end - 1) + 1)
    # the mention is in what he says ("حاكم منطقة بركي براك حيث حصلت الغارة إن ...": not in his own phrase)
    return comp is not None and any(h.sentence == m.sentence and h.first > comp for h in inc.hits)


def told_as_later(doc: Document, lex: EventLexicon, sentence: int) -> bool:
    """The sentence tells what happened next ("في وقت لاحق")."""
    s0, s1 = doc.sentence_bounds(sentence)
    return lex.later is not None and any(lex.later.match_at(doc.seg.tokens, k) is not None
                                         for k in lex.later.positions(doc.seg.words, s0, s1))


def _same_setting(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident, gap: int) -> str:
    """The same incident by its date, place and sides, told again nearby."""
    same_sentence = inc.sentence in prev.sentences
    # a later sentence adds details; only "الهجوم ..." may retype
    keep = _ABSORB_KEEP_TYPE if inc.sentence != prev.sentence else _ABSORB
    # in a sentence it already spans, the incident's date there is what the sentence says
    # (unless it spans it only by a mention pointing back, "المواجهات")
    here = [date_for(doc, h, lex.words) for h in prev.hits
            if h.sentence == inc.sentence and not h.trigger.definite] or [prev.date]
    if not any(dates_agree(d, inc.date) for d in here) and not _one_day_announced(prev, inc):
        return _SKIP
    if same_sentence and _same_sides(prev, inc) and (coarse(prev.place) or coarse(inc.place)):
        # "تبنى أول هجوم له في غرب إفريقيا، وأعلن مسؤوليته عن الهجوم الذي استهدف موقعا للجيش
        # البوركيني": the same two sides, once placed by region and once by place
        return keep
    if not (same_place(prev.place, inc.place) or _announced_in_the_country(prev, inc)) or \
            (same_sentence and _introduced_elsewhere(doc, prev, inc)) or _town_by_town(doc, lex, prev, inc):
        return _SKIP
    return keep if _near_and_agreeing(lex, prev, inc, gap, same_sentence) else _SKIP


def _announced_in_the_country(prev: Incident, inc: Incident) -> bool:
    """One telling dated by its announcement and placed only in a country or region, the other on its own earlier
    day at a town there ("خطفت جبهة النصرة ثمانية عناصر ... وانتقلوا الى سوريا، بحسب ما ذكر المرصد الخميس" then
    "خطف عناصر من جبهة النصرة مساء الاربعاء ... قرب مدينة اعزاز"): the announcement sums up the incident the
    next account places."""
    return _one_day_announced(prev, inc) and (coarse(prev.place) or coarse(inc.place)) and _within(prev.place, inc.place)


def _town_by_town(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """A toll told town by town ("وقتل طفلان في غارة على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية
    جوزف. وقتل 15 آخرون في قصف على بلدة سراقب"): an indefinite mention at another town than the incident told
    before, with its own place in its own clause, and its own dead, the same sentence or (`_a_town_of_its_own`) a
    sentence of its own, is another incident, however near the towns are (SCHEMA.md: one event per town attacked)."""
    if inc.definite or not _own_place(doc, inc):
        return False
    # dead of its own, or a sentence of its own that opens on its place (a roundup's next town: its count may
    # happen to equal the one told before, "قتل 5 جنود ... في الرمادي. وفي مدينة الفلوجة قتل 5 مدنيين ...")
    own = _own_dead(prev, inc) or _a_roundup_item(doc, lex.words, prev, inc)
    apart = all(doc.clause(h.first) != doc.clause(inc.main.first) for h in prev.hits)
    if not apart:
        return False
    if two_towns(prev.place, inc.place):
        # in a sentence of its own, another town is another incident unless its dead are those told already
        # ("قتل سبعة في قصف على بلدة تل رفعت. وقصفت القوات قرية حيان": the village is shelled too, not the toll's)
        return own or inc.sentence in prev.sentences or _a_town_of_its_own(doc, lex, prev, inc)
    same_sentence = inc.sentence in prev.sentences
    reach = SPOTS_OF_A_TOWN_KM if same_sentence else SPOTS_TOLD_APART_KM
    if _a_town_and_a_spot_elsewhere(prev.place, inc.place, reach) and _placed_by_its_clause(doc, inc) \
            and not _possessed_noun(doc, inc.main):
        # a town and a spot of another town, as two towns are (split41): "قصفت القوات بلدة دوما، وسقطت قذيفة هاون
        # في حي المزة بدمشق"; "قصفت الطائرات قاعدة العند. كما قصفت المقاتلات تعزيزات للحوثيين في منطقة كرش"
        return own or same_sentence or _a_town_of_its_own(doc, lex, prev, inc)
    # a named locality ("منطقة الكمب غرب مدينة تعز") with dead of its own, in a sentence of its own
    return own and _two_spots(prev.place, inc.place)


def _at_the_next_place(doc: Document, W: RoleWords, prev: Incident, inc: Incident) -> bool:
    """`inc` is told in a sentence that opens on another place than `prev`'s (`_a_roundup_item`), and its own clause
    names a place of its own, neither `prev`'s nor one holding it or held by it: however it names the incident (a
    definite noun, a pronoun: "وفي لحج، قالت المقاومة إنها فرضت سيطرتها على وادي عقان" after Aden's Tawahi taken),
    it tells that place's incident, not `prev` again.  Not where its only place is the one the sentence opens on
    ("وفي بغداد، قال مسؤول إن الهجوم ...": a speaker's city)."""
    p, q = prev.place, inc.place
    if p is None or q is None or p.resolved is None or q.resolved is None or coarse(q) or q.sentence != inc.sentence:
        return False
    opening = _opening_place(doc, W, inc.sentence)
    if opening is None or opening.span.start >= q.span.start:
        return False
    k = doc.token_of(q.span.start)
    c0, c1 = doc.clause(inc.main.first)
    in_its_clause = c0 <= k < c1 or 0 <= k - inc.main.last <= OWN_PLACE_REACH
    return in_its_clause and not _within(p, q) and _a_roundup_item(doc, W, prev, inc)


OPENING_PLACE_REACH = 3   # tokens from a sentence's opening في/وفي to the place it sets ("وفي مدينة الفلوجة": a cue)


def _opening_place(doc: Document, W: RoleWords, sentence: int) -> PlaceMention | None:
    """The place a sentence opens on: "وفي مدينة الفلوجة، ...", "أما في جوبر، ..." (event_roles.yaml
    `separate_openers`, after one of `fronted_topics` or none)."""
    s0, s1 = doc.sentence_bounds(sentence)
    toks = doc.seg.tokens
    k = s0 + 1 if toks[s0].norm in W.fronted_topics else s0
    if k >= s1 or toks[k].norm not in W.separate_openers:
        return None
    opening = doc.places_in(k + 1, min(s1, k + OPENING_PLACE_REACH + 1))
    return opening[0][2] if opening else None


def _a_roundup_item(doc: Document, W: RoleWords, prev: Incident, inc: Incident) -> bool:
    """`inc` is told in a sentence after `prev`'s that opens by setting another place than `prev`'s (`_opening_place`:
    "وفي مدينة الفلوجة، قتل ...", "وفي جبهة البلق استهدفت إحدى الغارات ...", "أما في جوبر، فقد ..."): how a roundup
    of a day's incidents goes on to the next town.  Not a sentence that opens on a place `prev` was told at, by the
    same name ("قصفوا مناطق في محافظتي عدن وتعز ... وفي محافظة تعز، قصف ...": the incident told before, now in its
    parts), nor on a country."""
    if inc.sentence in prev.sentences:
        return False
    m = _opening_place(doc, W, inc.sentence)
    if m is None:
        return False
    told = prev.sentences | ({prev.place.sentence} if prev.place is not None else set())
    return place_kind(m) != "country" and not _told_at(doc, told, m)


def _told_at(doc: Document, sentences: set[int], m: PlaceMention) -> bool:
    """One of `sentences` names the place `m` names: by its name (with or without its cue word: "محافظتي عدن وتعز",
    "محافظة تعز"), or by another name of the place it is resolved to."""
    for k in sentences:
        if k >= len(doc.seg.sentences):
            continue
        s0, s1 = doc.sentence_bounds(k)
        for _, _, o in doc.places_in(s0, s1):
            if o.name == m.name or o.key == m.key or \
                    (o.resolved is not None and m.resolved is not None and o.resolved.id == m.resolved.id):
                return True
    return False


def _a_town_of_its_own(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """In a sentence of its own, another town is another incident unless its dead are those told already: "قتل
    سبعة في قصف على بلدة تل رفعت. وقصفت القوات قرية حيان" (the village is shelled too; the toll is the town's).
    Not a town named only as a reference point ("مواقع شمال مدينة ...", often a sum of spots told apart), nor one
    told in a relative clause ("عقب الهجوم الأول الذي استهدف مركزا في بلدة ...": a noun described, not news)."""
    h = inc.main
    if (inc.dead and inc.dead <= prev.dead) or _approximate(doc, lex, inc.place):
        return False
    if h.trigger.pos == "verb" and h.first > 0 and token_stems(doc, h.first - 1) & lex.words.relatives:
        return False
    # the text points back: the town was named where the incident was told ("كمين في قرية ... التابعة لبلدة ...", then
    # "استهداف بقية العناصر في البلدة ..."), or a place told is named by a noun ("غارات على موقع غرب العاصمة")
    return not (_named_there(doc, lex, prev.sentences, inc.place) or _placed_by_one_told(doc, lex.words, inc.sentence))


def _placed_by_one_told(doc: Document, W: RoleWords, sentence: int) -> bool:
    """The sentence places something by a place told before: a word of nearness or direction (`approximate_place`)
    before a noun pointing back to a place (`same_place_nouns`: "غرب العاصمة", "قرب المدينة")."""
    s0, s1 = doc.sentence_bounds(sentence)
    return any(token_stems(doc, k) & W.approximate_place and token_stems(doc, k + 1) & W.same_place_nouns
               for k in range(s0, s1 - 1))


def _named_there(doc: Document, lex: EventLexicon, sentences: set[int], m: PlaceMention | None) -> bool:
    """One of `sentences` names the place `m` is resolved to, not merely as a reference point ("شرقي حلب")."""
    if m is None or m.resolved is None:
        return False
    for k in sentences:
        if k >= len(doc.seg.sentences):
            continue
        s0, s1 = doc.sentence_bounds(k)
        if any(o.resolved is not None and o.resolved.id == m.resolved.id and not _approximate(doc, lex, o)
               for _, _, o in doc.places_in(s0, s1)):
            return True
    return False


def _own_dead(prev: Incident, inc: Incident) -> bool:
    """`inc` counts dead `prev` has not counted: in a sentence of its own, a count the incident told before did not
    give ("قتل شخص في مايدوغوري", then "قتل 12 مدنيا وجنديا واحدا في بلدة فوتوكول": a one that happens to agree
    is no toll told again); in a sentence `prev` is told in, a count in its own clause ("..، وسقوط 3 قتلى في قصف حي
    الروضة")."""
    if inc.sentence in prev.sentences:
        return bool(inc.clause_dead) and not inc.clause_dead <= prev.clause_dead
    return bool(prev.dead) and bool(inc.dead) and not inc.dead <= prev.dead


_SPOT_KINDS = frozenset({"city", "town", "village", "area", "neighbourhood"})

# How far from a town's point its own quarters, bases and spots lie: a spot named this far or further from a town is
# in another town (set on the feed's merges of one sentence (split41): Aden's al-Tawahi 6 km and Taiz's Hadnan 4 km
# from their cities' points; Damascus's al-Mezzeh 12 km from Douma, al-Anad base 18 km from al-Hawta).
SPOTS_OF_A_TOWN_KM = 10.0
# ... and, told in a sentence of its own, further: a city's districts (Aden's Dar Saad, 13 km from the city's point)
# are told again in the sentences after the city's incident (set on the same merges)
SPOTS_TOLD_APART_KM = 15.0


# tokens after a trigger within which its clause's place is its own ("بينما قصفت قوات النظام مناطق في بلدة بيت جن":
# 5; set on the feed's merges of one sentence, split41)
CLAUSE_PLACE_REACH = 8


def _placed_by_its_clause(doc: Document, inc: Incident) -> bool:
    """The incident's place is named in its trigger's clause, before the trigger or a few words after it (its object
    or its location), not at the end of a long clause that goes on to tell something else ("ودمرت المدرعات قبل أن
    يستخدمها الحوثيون في هجماتهم المتكررة على منفذ الطوال")."""
    if inc.place is None or inc.place.sentence != inc.sentence:
        return False
    k = doc.token_of(inc.place.span.start)
    c0, _ = doc.clause(inc.main.first)
    return c0 <= k < inc.main.first or 0 <= k - inc.main.last <= CLAUSE_PLACE_REACH


def _possessed_noun(doc: Document, hit: Hit) -> bool:
    """A noun trigger with a pronoun attached ("في هجماتهم المتكررة على منفذ الطوال"): the acts of a side named
    before, not an incident the clause tells."""
    return hit.trigger.pos == "noun" and object_pronoun(doc.seg.tokens[hit.last - 1].text)


_HOLDING_KINDS = frozenset({"continent", "country", "region", "province", "district"})   # areas that hold towns


def _a_town_and_a_spot_elsewhere(a: PlaceMention | None, b: PlaceMention | None, apart_km: float) -> bool:
    """A town and a named spot finer than a province (a quarter, a base, an area, a village) that is not one of its
    spots: not the same place, neither holding the other, and at least `apart_km` apart ("قصفت القوات بلدة
    دوما، وسقطت قذيفة هاون في حي المزة بدمشق": a quarter of another city).  Two spots neither of which is a town
    may be quarters of one city, one event there (SCHEMA.md), and are left alone."""
    if a is None or b is None or a.resolved is None or b.resolved is None or \
            place_kind(a) in _HOLDING_KINDS or place_kind(b) in _HOLDING_KINDS:
        return False
    ra, rb = a.resolved, b.resolved
    if ra.id == rb.id or (ra.kind in TOWN_KINDS) == (rb.kind in TOWN_KINDS) or None in (ra.lat, rb.lat):
        return False
    return km((ra.lat, ra.lon), (rb.lat, rb.lon)) >= apart_km


def _two_spots(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two named spots, towns or localities, not the same one."""
    if a is None or b is None or a.resolved is None or b.resolved is None:
        return False
    return a.resolved.id != b.resolved.id and a.resolved.kind in _SPOT_KINDS and b.resolved.kind in _SPOT_KINDS


def _introduced_elsewhere(doc: Document, prev: Incident, inc: Incident) -> bool:
    """"منفذ الهجوم الانتحاري في سروج، وقتل ضابطا شرطة في هجوم بمدينة أورفا أمس": after an incident named by a
    definite noun, an indefinite noun in a clause of its own at another named place introduces another
    incident, however near the two places are."""
    hit = inc.main
    if not prev.named or hit.trigger.pos != "noun" or hit.trigger.definite or definite_by_construct(doc, hit):
        return False
    if any(doc.clause(h.first) == doc.clause(hit.first) for h in prev.hits):
        return False
    a, b = prev.place, inc.place
    return a is not None and b is not None and a.resolved is not None and b.resolved is not None and \
        a.resolved.id != b.resolved.id


def _near_and_agreeing(lex: EventLexicon, prev: Incident, inc: Incident, gap: int, same_sentence: bool) -> bool:
    """Told in the same sentence, or close by with no other doer and, for another kind of violence,
    something that ties it to this incident."""
    a, b = prev.actor1, inc.actor1
    if a and b and not same_named_actor(a, b) and not same_sentence:
        return False
    if same_sentence:
        return True
    if _untied_retype(lex, prev, inc, gap):
        return False  # another kind of violence sentences later, with nothing tying it to this incident
    agree = a is None or b is None or same_named_actor(a, b)
    same_spot = inc.place is not None and prev.place is not None and same_place(prev.place, inc.place)
    near = gap <= NEAR_SENTENCES or (gap <= NEAR_SAME_SPOT and same_spot)
    return near and agree and (inc.place is None or prev.place is None or same_place(prev.place, inc.place))


def _untied_retype(lex: EventLexicon, prev: Incident, inc: Incident, gap: int) -> bool:
    """Another type of event, with a place missing on one side and not the same doer a sentence on, with
    dead of its own ("قتل 16 ... في هجوم نفذته المقاومة ... . كما لقي 12 آخرون مصرعهم إثر انفجار عبوة":
    two tolls of two kinds of violence are two incidents), or in another town ("هاجم مسلحون مركزا للشرطة في
    العريش. وقصفت طائرات مواقع قرب رفح")."""
    a, b = prev.actor1, inc.actor1
    retyped = lex.families[inc.family].type != lex.families[prev.family].type
    same_actor = a is not None and b is not None and same_named_actor(a, b)
    own_dead = bool(prev.dead) and bool(inc.dead) and not (prev.dead & inc.dead)
    # dup41: a part of an operation told with no doer and no place in the next sentence ("وأوضح البيان أنه تمت
    # مصادرة أسلحة وذخيرة" after the raid) is tied to it as the same doer is (events.yaml doerless_parts)
    tied = gap <= 1 and (same_actor or (b is None and inc.place is None and inc.family in lex.doerless_parts))
    return retyped and (own_dead or two_towns(prev.place, inc.place)
                        or ((inc.place is None or prev.place is None) and not tied))


def _same_sides(a: Incident, b: Incident) -> bool:
    """Both incidents name both sides, and the same ones."""
    return None not in (a.actor1, a.actor2, b.actor1, b.actor2) and \
        actor_key(a.actor1) == actor_key(b.actor1) and actor_key(a.actor2) == actor_key(b.actor2)


# a later account that refines the kind of the same incident: the bomb was a suicide bomber's (SCHEMA.md:
# a bombing is a suicide bomb where the text says the attacker blew himself up)
REFINEMENTS = {("explosion", "suicide_bomb")}


def absorb(lex: EventLexicon, prev: Incident, inc: Incident, keep_type: bool = False,
           reference_point: bool = False, lends_no_date: bool = False) -> None:
    """`prev` takes `inc`'s hits, sentences and dead, and whatever facts it lacks or `inc` says better
    (a place given only as a reference point is better than a country or a region only); its date too, unless
    `lends_no_date` (`_older_than_undated_news`)."""
    _absorb_family(lex, prev, inc, keep_type)
    prev.hits.extend(inc.hits)
    prev.sentences |= inc.sentences
    prev.as_background = prev.as_background and (inc.as_background or _named_again_only(inc))
    prev.lends_nothing = prev.lends_nothing and prev.as_background
    prev.dead |= inc.dead
    prev.clause_dead |= inc.clause_dead
    prev.civilians_killed |= inc.civilians_killed
    _absorb_place(prev, inc, reference_point)
    # its own day, not the day it was announced; the day within "this week"
    if (prev.date is None or _announced_then_told(prev, inc) or day_in_week(inc.date, prev.date)) and \
            _dated_by(lex, prev, inc, keep_type) and not lends_no_date:
        prev.date, prev.announced = inc.date, inc.announced
    _absorb_sides(prev, inc)
    prev.target = prev.target or inc.target
    if not prev.also_at:
        prev.also_at = [p for p in inc.also_at if prev.place is None or place_id(p) != place_id(prev.place)]


def _the_news_types(prev: Incident, inc: Incident) -> bool:
    """`prev` told only as background (`lends_nothing`, decided per mention before any merge) and `inc` news told
    as an incident of its own, not a definite or named mention that points back ("عقب تفجيرات سوروج" tells the
    background again): the merged incident is of the news's type, not the background's ("بعد التفجير الانتحاري في
    سوروتش ... فجروا قنبلة صغيرة في شمدينلي": a bomb, not a suicide bomb)."""
    return prev.lends_nothing and not inc.as_background and not (inc.definite or inc.named)


def _absorb_family(lex: EventLexicon, prev: Incident, inc: Incident, keep_type: bool) -> None:
    """`prev` takes `inc`'s family where it ranks higher or refines it; a killing and a part of its raid folded
    together (events.yaml parts_of_a_killing: "مقتل مسلح واعتقال 13 آخرين") are the raid, of the family it is
    coded as, whatever the ranks."""
    fams = lex.families
    if _the_news_types(prev, inc):
        prev.family, keep_type = inc.family, True
    # a death report told first takes, even where a mention's type is kept, the type of the act it is told again
    # with ("مقتل 10 مدنيين في بعقوبة. وقالت إن عبوة ناسفة انفجرت ... ما أدى إلى مقتل 10 مدنيين": a bombing); a
    # fight or an attack leaves it as it is (its dead say whether civilians were attacked: coding._by_target)
    keep_type = keep_type and not (fams[prev.family].outcome and fams[inc.family].type != fams[prev.family].type)
    if _a_part_of_a_killing(lex, prev.family, inc.family) or _a_part_of_a_killing(lex, inc.family, prev.family):
        prev.family = lex.killing_raid_as
    elif (not keep_type and fams[inc.family].priority > fams[prev.family].priority) or \
            (prev.family, inc.family) in REFINEMENTS:
        prev.family = inc.family


def _a_part_of_a_killing(lex: EventLexicon, killing: str, part: str) -> bool:
    """`killing` is a death report and `part` an act a raid that killed also did (events.yaml parts_of_a_killing)."""
    return lex.families[killing].outcome and part in lex.parts_of_a_killing


def _named_again_only(inc: Incident) -> bool:
    """"واستهدف الهجوم السيطرة على عاصمة المحافظة" after "بعد اخفاق هجوم ضخم شنه الشهر الماضي": a mention that only
    points back to an incident told as background, with no day, dead or headline of its own, tells it no more
    than the clause did, and leaves it background."""
    return inc.definite and not inc.in_title and inc.date is None and not inc.dead


def _absorb_sides(prev: Incident, inc: Incident) -> None:
    """`prev` takes `inc`'s actor1 and actor2 where it has none."""
    hit_side = prev.actor2 or inc.actor2
    if not (inc.definite and inc.actor1_guessed) and \
            not (inc.actor1_guessed and hit_side is not None and same_named_actor(inc.actor1, hit_side)):
        # "ولم تعلق بعد جماعة بوكو حرام على الهجوم": a mention that points back names no doer by itself; nor
        # is a doer only guessed the side another account of it tells was hit ("سيارة ملغومة استهدفت نقطة
        # تابعة للوحدات ... وقال متحدث باسم الوحدات إن انفجارات وقعت")
        prev.actor1 = prev.actor1 or inc.actor1
    prev.actor2 = prev.actor2 or inc.actor2


def _absorb_place(prev: Incident, inc: Incident, reference_point: bool) -> None:
    """`prev` takes `inc`'s place where it has none or `inc`'s is more precise, unless `inc`'s is only a reference
    point ("قرب مقديشو") and `prev`'s is finer than a country or region."""
    if prev.place is None or (inc.place is not None and not (reference_point and not coarse(prev.place))
                              and specificity(inc.place) > specificity(prev.place)):
        prev.place = inc.place  # the base "في السالينى" is more precise than "قرب مقديشو"


def _announced_then_told(prev: Incident, inc: Incident) -> bool:
    """`prev` is dated only by its announcement and `inc` gives a day before it, in the month up to it: the
    incident's own day."""
    return prev.announced and not inc.announced and _a_day_of_its_own(inc.date) and \
        told_before_announced(inc.date, prev.date)


def _told_then_announced(prev: Incident, inc: Incident) -> bool:
    """`prev` has its own day and `inc`, told after it, is dated only by the day it was announced, in the month
    after that day ("نفذ التحالف 20 غارة ... أمس" then "وقال بيان ... اليوم: إن خمس غارات قرب الرمادي قصفت"):
    the statement tells the strikes of the day before again; `prev` keeps its own day (`absorb`)."""
    return inc.announced and not prev.announced and _a_day_of_its_own(prev.date) and \
        told_before_announced(prev.date, inc.date)


def _a_day_of_its_own(d) -> bool:
    """An incident's own day, or the month of a night or of two days: not a vague span of recent days or weeks
    ("وكانت تركيا استهدفت في الأيام الأخيرة مواقع ...", a week), which names no day an announcement stood for and
    does not join an incident announced on a day after it ("أعلن المقاتلون الأكراد الاثنين أن الدبابات التركية
    قصفت قرية")."""
    return d is not None and d.precision in ("day", "month") and not d.some_recent_day


def _one_day_announced(prev: Incident, inc: Incident) -> bool:
    """One of two tellings is dated by its announcement, the other by its own day before it: their dates do not
    keep them apart."""
    return _announced_then_told(prev, inc) or _told_then_announced(prev, inc)


def _dated_by(lex: EventLexicon, prev: Incident, inc: Incident, later_sentence: bool) -> bool:
    """Whether `inc`'s date may date `prev`: not another kind of violence told after an incident named as one
    known before ("وأثار تفجير سروج غضبا. ... حملة استهدفت أفرادا ... أطلقت الجمعة")."""
    fams = lex.families
    return not (later_sentence and prev.named and fams[inc.family].type != fams[prev.family].type)


def one_per_place(incidents: list[Incident]) -> list[Incident]:
    """An incident told of several places in one list becomes one incident per place (ACLED: one event
    per town attacked), each with no toll of its own: a toll for them all is a claim (SCHEMA.md)."""
    out: list[Incident] = []
    for inc in incidents:
        out.append(inc)
        if not inc.also_at:
            continue
        inc.casualties = []
        there = {place_id(p): _told_there_too(incidents, inc, p) for p in inc.also_at}
        for told in there.values():
            if told is not None:
                _fill_from(inc, told)
        for place in inc.also_at:
            if there[place_id(place)] is None:
                out.append(replace(inc, place=place, also_at=[], hits=list(inc.hits), sentences=set(inc.sentences)))
        inc.also_at = []
    return out


def _told_there_too(incidents: list[Incident], inc: Incident, place: PlaceMention) -> Incident | None:
    """Another incident of the same family, told in the sentence of `inc`'s list, at that place of the list
    ("تشهد جبهتا القتال في تعز ومأرب معارك ضارية": the fighting at مأرب is the list's, told once)."""
    here = place_id(place)
    return next((o for o in incidents if o is not inc and o.family == inc.family and o.place is not None
                 and place_id(o.place) == here and o.sentences & inc.sentences), None)


def _fill_from(inc: Incident, told: Incident) -> None:
    """The list's incident takes the sides and the day its sentence gives the fighting at one of its places
    ("جبهات القتال في تعز ولحج اللتين تشهدان مواجهات منذ أيام بين المقاومة والميليشيا"), where it names none."""
    if inc.actor1 is None:
        inc.actor1, inc.actor1_guessed = told.actor1, told.actor1_guessed
    inc.actor2 = inc.actor2 or told.actor2
    if inc.date is None:
        inc.date, inc.announced = told.date, told.announced


SUM_REACH = 3   # sentences after a toll within which the incidents it sums up are told


def _a_part_of_its_run(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """`prev` is a toll of a run told in one sentence ("قتل 15 حوثيا في مواجهات بمحافظة الضالع") and `inc`, told
    in one of the sentences after it, one incident of the run, with fewer dead, elsewhere in its place ("وقتل 9
    منهم في منطقة قعطبة")."""
    counts = [d for d in prev.dead if isinstance(d, int)]
    if prev.sentences != {prev.sentence} or len(counts) != 1 or len(prev.dead) != 1 or prev.in_title \
            or not 0 < inc.sentence - prev.sentence <= SUM_REACH:
        return False
    own = _own_count(prev, inc, all(lex.families[h.family].outcome for h in prev.hits))
    return own is not None and own < counts[0] and _told_as_a_run(doc, lex.words, prev)


def without_sums(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> list[Incident]:
    """A toll told first, then incident by incident ("أفادت مصادر أمس بمقتل 24 مدنيا في مدينة بعقوبة. وقالت إن عبوة
    ناسفة انفجرت ... ما أدى إلى مقتل ستة مدنيين. وأشارت إلى مقتل 18 مدنيا ... جراء سقوط قذائف هاون على ناحية
    هبهب"): a death report, in a headline or the body, whose count is the sum of the dead of the two or more
    incidents told right after it, there or near, tells no incident of its own (SCHEMA.md: a toll over several coded
    events is a claim), and is not folded into the first of them; those it sums take its day where they name none."""
    out = []
    joined: set[int] = set()
    for inc in incidents:
        if id(inc) in joined:
            continue
        summed = _summed_after(doc, lex, incidents, inc)
        if not summed:
            out.append(inc)
            joined |= _one_part_joined(doc, lex, incidents, inc)
        for o in summed:
            _a_part_of(lex, o, inc)
    return out


def _a_part_of(lex: EventLexicon, part: Incident, whole: Incident) -> None:
    """A part of a toll told first takes its day and its sides where it names none, and, told by a bare death
    report ("وقتل 9 منهم في منطقة قعطبة"), the kind of violence the toll was told with ("في مواجهات")."""
    _fill_from(part, whole)
    if lex.families[part.family].outcome and not lex.families[whole.family].outcome:
        part.family = whole.family


def _one_part_joined(doc: Document, lex: EventLexicon, incidents: list[Incident], inc: Incident) -> set[int]:
    """A toll of a run told with only one of its incidents after it is that incident's toll, as any toll told
    before its incident: the part kept apart while the run was read (`_a_part_of_its_run`) is folded into it."""
    part = next((o for o in incidents if o is not inc and not o.in_title and doc.same_item(o.sentence, inc.sentence)
                 and _a_part_of_its_run(doc, lex, inc, o)), None)
    if part is None:
        return set()
    verdict = _verdict(doc, lex, inc, part, runs=False)
    if verdict not in (_ABSORB, _ABSORB_KEEP_TYPE):
        return set()
    _absorb_told(doc, lex, inc, part, verdict)
    return {id(part)}


def _summed_after(doc: Document, lex: EventLexicon, incidents: list[Incident], inc: Incident) -> list[Incident]:
    """The incidents told right after `inc` whose dead add up to its one count (two or more), or none."""
    counts = [d for d in inc.dead if isinstance(d, int)]
    if len(counts) != 1 or len(inc.dead) != 1:
        return []
    # a toll told with its kind ("قتل 28 مدنيا في قصف جوي ... على محافظة حلب") sums up only incidents told at other
    # places (its towns); a bare death report any told there or near
    reported = all(lex.families[h.family].outcome for h in inc.hits)
    last = max(inc.sentences)
    after = sorted((o for o in incidents if o is not inc and not o.in_title and last < o.sentence <= last + SUM_REACH
                    and doc.same_item(o.sentence, inc.sentence)), key=lambda o: o.sentence)
    parts = _adding_up(inc, after, counts[0], reported)
    if not parts and _told_as_a_run(doc, lex.words, inc):
        parts = _parts_of_a_run(inc, after, counts[0], reported)
    return parts


def _adding_up(inc: Incident, after: list[Incident], whole: int, reported: bool) -> list[Incident]:
    """The first two or more of `after`, each with its own dead, placed in `inc`'s country near it (elsewhere than
    it unless `inc` is a bare death report), whose dead add up to `whole`; or none."""
    total = 0
    for k, o in enumerate(after):
        own = _own_count(inc, o, reported)
        if own is None:
            return []
        total += own
        if total >= whole:
            return after[:k + 1] if total == whole and k >= 1 else []
    return []


def _own_count(inc: Incident, o: Incident, reported: bool) -> int | None:
    """The dead `o` counts, where it may be a part of `inc`'s toll: placed in its country near it, and elsewhere
    than it unless `inc` is a bare death report; else None."""
    own = [d for d in o.dead if isinstance(d, int)]
    if not own or not _near_in_one_country(inc.place, o.place) or not (reported or _elsewhere_in(inc, o)):
        return None
    return max(own)


def _told_as_a_run(doc: Document, W: RoleWords, inc: Incident) -> bool:
    """The clause of the toll tells a run of incidents (event_roles.yaml summary_marks: "في مواجهات متفرقة",
    "جراء غارات على مواقعهم")."""
    c0, c1 = doc.clause(inc.main.first)
    return bool(stems(doc, c0, c1) & W.summary_marks)


def _parts_of_a_run(inc: Incident, after: list[Incident], whole: int, reported: bool) -> list[Incident]:
    """A toll of a run told first, then its incidents one by one, each with fewer dead than the toll ("لقي 13
    حوثيا مصرعهم في مواجهات متفرقة بالضالع. ... قتل 9 منهم في قعطبة. ... ومقتل 6 في سناح"): the counts need not
    add up (sources count apart, some dead fall elsewhere).  Two or more such parts, in a row, together fewer than
    twice the toll; or none."""
    parts: list[Incident] = []
    total = 0
    for o in after:
        if o.place is None:
            continue  # "وكانت حصيلة غير نهائية للتفجير ... أفادت عن مقتل 17": a part told again, where it is told
        own = _own_count(inc, o, reported)
        if own is None or own >= whole:
            break
        parts.append(o)
        total += own
    # twice the toll: calibrated on the summaries of the two summary18 samples (parts told by other sources
    # overlap a little); far more dead than the toll are other incidents
    return parts if len(parts) >= 2 and total < 2 * whole else []


def absorb_title(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> None:
    """A headline restates the body's incident (of its own item, in a roundup of news items): keep the
    body's, with the headline's facts."""
    links = restated_link_sentences(doc, lex)
    went: list[tuple[Incident, Incident]] = []   # each headline's incident, and the one that holds it now
    for t in [i for i in incidents if i.in_title]:
        if t.sentence in links:
            _follow_the_headline(lex, incidents, went, t)
            continue
        went.append((t, t))
        # of its kind, or one that holds a part of its kind (dup41: "الأمن يعتقل 16 مشتبها" over the raid that
        # killed one and arrested 16: `_a_part_told_again`)
        told = [i for i in incidents if not i.in_title and doc.same_item(i.sentence, t.sentence)
                and (lex.compatible(i.family, t.family) or _a_part_told_again(lex, i, t))]
        # a headline with its dead placed by the border its town lies on names the neighbour, not where: the body
        # incident in the neighbour is not it ("30 قتيلا بتفجير انتحاري في بلدة تركية على حدود سوريا" over the bombing
        # in the Turkish town and a car bomb told after it across the border); its dead tell which it is
        body = None if t.dead and _across_a_border(doc, lex.words, t.place) else _body_told(told, t)
        only = _the_one_it_restates(doc, lex, incidents, told, t) if body is None else None
        headline = _headline_restated(lex, incidents, t)
        if body is not None or only is not None:
            # a headline placed apart from the body's incident does not move it
            absorb(lex, body or only, t, reference_point=only is not None)
            incidents.remove(t)
            went[-1] = (t, body or only)
        elif headline is not None:
            absorb(lex, headline, t)
            incidents.remove(t)
            went[-1] = (t, headline)


def _the_one_it_restates(doc: Document, lex: EventLexicon, incidents: list[Incident], told: list[Incident],
                         title: Incident) -> Incident | None:
    """The body incident a headline restates where none of its kind is at its place (`told`: the body's incidents
    of its kind): the one in its country, the one that counts its dead, the one unplaced, or the one of another kind
    that counts its dead (`_its_toll_told_otherwise`)."""
    only = _only_one_there(told, title)
    placed = replace(title, place=None) if _placed_apart(doc, lex, title) else title
    return only or _the_one_with_its_dead(told, placed) or _the_one_unplaced(told, placed) or \
        _its_toll_told_otherwise(doc, lex, incidents, told, placed)


def _placed_apart(doc: Document, lex: EventLexicon, title: Incident) -> bool:
    """A headline placed only by the border its town lies on ("مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا"), or
    by the country of the side it hit (`_its_targets_country`), names a place where it did not happen: its dead, not
    its place, tell which body incident it is."""
    return _across_a_border(doc, lex.words, title.place) or _its_targets_country(title)


def _its_toll_told_otherwise(doc: Document, lex: EventLexicon, incidents: list[Incident], told: list[Incident],
                             title: Incident) -> Incident | None:
    """The one body incident of another kind that counts a headline's dead, where none of its own kind (`told`) does
    ("12 قتيلا في قصف على قرية" over "قتل 12 شخصا ... في غارات جوية ... على قرية"): a headline names the act loosely,
    its toll tells which incident it is, where it is at the headline's place (events.yaml `headline_tolls`;
    `_the_one_with_its_dead` keeps two body incidents with its dead, and one on another day, apart from it)."""
    kinds = lex.headline_tolls
    if not title.dead or title.family not in kinds or any(title.dead <= i.dead for i in told):
        return None
    others = [i for i in incidents if not i.in_title and i.family in kinds and i.family != title.family
              and not lex.compatible(i.family, title.family) and doc.same_item(i.sentence, title.sentence)]
    # of another kind, it must also be at the headline's place (or inside it, or near): a country's toll of the
    # same size elsewhere is another incident
    found = _the_one_with_its_dead(others, title)
    return found if found is not None and same_place(found.place, title.place) else None


def _follow_the_headline(lex: EventLexicon, incidents: list[Incident], went: list[tuple[Incident, Incident]],
                         link: Incident) -> None:
    """A link line restating the headline (`restated_link_sentences`) is that headline told again: its incident
    joins the one that now holds the headline's incident of its kind (`went`), and where the headline told none
    that stands (a sum over the incidents of the body: `without_sums`), it tells none either."""
    holder = next((h for t, h in went if any(h is i for i in incidents) and lex.compatible(t.family, link.family)),
                  None)
    if holder is not None:
        absorb(lex, holder, link)
    incidents.remove(link)


def _elsewhere_in(whole: Incident, part: Incident) -> bool:
    """`part` is placed, at another place than `whole` (a town of its province, a village near its town)."""
    a, b = whole.place, part.place
    return a is not None and b is not None and a.resolved is not None and b.resolved is not None and \
        a.resolved.id != b.resolved.id


def _body_told(told: list[Incident], title: Incident) -> Incident | None:
    """The body incident at the headline's place; for an unplaced headline with its dead ("البشمركة تقتل 22 داعشيا"
    over a bombing, a shelling and the fight that killed 22), the one that counts them before the first of its kind."""
    body = next((i for i in told if same_place(i.place, title.place)), None)
    if title.place is None and title.dead:
        return _the_one_with_its_dead(told, title) or body
    return body


def _across_a_border(doc: Document, W: RoleWords, m: PlaceMention | None) -> bool:
    """The place is named as a neighbour, after a word of border ("على الحدود مع سوريا"): event_roles.yaml `border`,
    `border_nouns`."""
    if m is None or m.sentence >= len(doc.seg.sentences):
        return False
    k = doc.token_of(m.span.start)
    s0 = doc.sentence_bounds(m.sentence)[0]
    toks = doc.seg.tokens
    return (k - 1 >= s0 and toks[k - 1].norm in W.border) or (k - 2 >= s0 and toks[k - 2].norm in W.border_nouns)


def _headline_restated(lex: EventLexicon, incidents: list[Incident], link: Incident) -> Incident | None:
    """A headline told before `link` (a story's link line restating it) of its kind and place: the same incident,
    where the body does not tell it."""
    return next((i for i in incidents if i.in_title and i is not link and i.sentence < link.sentence
                 and lex.compatible(i.family, link.family) and same_place(i.place, link.place)), None)


def _only_one_there(told: list[Incident], title: Incident) -> Incident | None:
    """The one body incident of the headline's kind (`told`), where the headline places its incident in that
    incident's country, or at a place not found on the map, on a day that agrees ("مقتل خمسة في اشتباكات قرب
    ميناء نفطي في شرق ليبيا" over a body that tells one clash, at أجدابيا): a headline restates its story's
    incident, however it names the place."""
    if len(told) != 1 or title.place is None or told[0].place is None:
        return None
    a, b = told[0].place.resolved, title.place.resolved
    if a is not None and b is not None and (a.country is None or a.country != b.country):
        return None
    return told[0] if dates_agree(told[0].date, title.date) else None


def _its_targets_country(inc: Incident) -> bool:
    """The incident's place is only the country of the side it hit, guessed from that side's name
    (`setting.target_country_place`: "غارات تركية جديدة على متمردي حزب العمال الكردستاني"), not a place told."""
    return inc.place is not None and inc.actor2 is not None and inc.place.span == inc.actor2.span


def _the_one_unplaced(told: list[Incident], title: Incident) -> Incident | None:
    """A headline that names no place and counts no dead ("غارات تركية جديدة على متمردي حزب العمال" over a body that
    tells one series of strikes, in northern Iraq): where the body tells one incident of its kind, on a day that
    agrees and by no other doer, that is the one it restates; with two or more the headline does not say which."""
    if title.place is not None or title.dead or len(told) != 1:
        return None
    return told[0] if dates_agree(told[0].date, title.date) and _doers_agree(told[0], title) else None


def _the_one_with_its_dead(told: list[Incident], title: Incident) -> Incident | None:
    """The one body incident of the headline's kind (`told`) that counts the headline's dead, in its country, on a
    day that agrees ("مقتل 33 مسلحا بانفجار سيارة مفخخة بالموصل" over "بمقتل 33 مسلحا ... في قضاء البعاج" among
    other bombings): a headline gives its story's toll, however it names the place."""
    if not title.dead:
        return None
    same = [i for i in told if title.dead <= i.dead]
    if len(same) > 1:
        # two body incidents count as many dead ("مقتل عسكريين اثنين في تفجير ... بديار بكر" over the bombing and a
        # killing of two policemen days before): the headline tells the one of its own kind
        same = [i for i in same if i.family == title.family]
    if len(same) != 1 or not dates_agree(same[0].date, title.date):
        return None
    a = same[0].place.resolved if same[0].place is not None else None
    b = title.place.resolved if title.place is not None else None
    return same[0] if a is None or b is None or (a.country is not None and a.country == b.country) else None


def background_kept(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> list[Incident]:
    """An incident told only as background ("وبدأت دوامة العنف إثر هجوم انتحاري في سوروتش") is what the article
    is about where it is a reaction to it (SCHEMA.md): its headline or lead tells it, or the article tells no
    other incident.  In an article about something else it is background, not coded."""
    if all(inc.as_background for inc in incidents):
        return incidents
    titles = title_sentences(doc)
    lead = next((s.index for s in doc.seg.sentences if s.index not in titles), None)
    return [inc for inc in incidents if not inc.as_background or inc.in_title or lead in inc.sentences]


OPENING_SENTENCES = 2   # body sentences at an opinion piece's start that name what it is about
RETURNS_TO = 2          # sentences an opinion piece must tell of one place to be about what happened there
OWN_DAY = ("day", "week")   # date precisions that set an incident on a day of its own, not in a month of argument
ANNOUNCING_OPENING = 2  # words at a sentence's start a verb of announcing may stand at ("أعلنت الوزارة عن إحباط")
DOING_REACH = 6         # words from a verb of doing or carrying out to the verbal noun it governs ("قامت الجبهة بشن هجوم")


def opinion_kept(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> list[Incident]:
    """What an opinion piece tells as news (`_told_as_news`), as SCHEMA.md codes it: the incident the piece is about,
    once (`_about`), and any earlier incident told in a sentence of its own with its own day ("والثانية قتلت الجندي
    ... بتاريخ 29-2-1436هـ"); the history, comparisons, slogans and attacks it names as argument are not events."""
    news = [inc for inc in incidents if _told_as_news(doc, lex.words, inc)]
    about = _about(doc, incidents, news)
    return [inc for inc in news if any(inc is a for a in about) or _own_day(inc)]


def talk_kept(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> list[Incident]:
    """An article whose headline tells talks, a call, an appeal or condolences and no incident ("أوباما وأردوغان
    يبحثان التعاون ضد داعش"): an incident it names only by a noun after its opening is what the talks or the
    appeal cite ("في ظل سيطرة مليشيات"، "تكرر عمليات اغتيال الصحفيين"، "الجرائم التي شملت القصف ... والاعتقال",
    "حسم معركة الفلوجة مرهون") — background, a plan or a theme, not news (SCHEMA.md).  It keeps what it names in
    its headline or its opening (the incident a reaction is about) and what it tells as news: by a verb in the
    past, on a day of its own, with its dead or wounded, or as the object of a verb that tells a deed done or
    going on (`_told_by_a_verb`: "بدأت تشكيلات الجبهة هجوما"، "تشهد مديرية لودر أعنف المواجهات")."""
    titles = title_sentences(doc)
    if any(inc.in_title or inc.sentences & titles for inc in incidents):
        return incidents
    opening = set(sorted(s.index for s in doc.seg.sentences if s.index not in titles)[:OPENING_SENTENCES])
    return [inc for inc in incidents if inc.sentences & opening or inc.casualties
            or any(_told_done(doc, lex, h) for h in inc.hits) or _own_day(inc)]


def _told_done(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A hit told as a deed done or going on: a verb in the past; a verbal noun after a past passive auxiliary ("جرى
    توقيف"، "تم إلقاء القبض على"); the object of a verb of doing (`_told_by_a_verb`); or a noun whose own verb of
    happening or going on follows it ("معارك دارت بين القوات"، "اشتباكات تدور في")."""
    if hit.trigger.tense == "past" or _told_by_a_verb(doc, lex.words, hit):
        return True
    s0, s1 = doc.sentence_bounds(hit.sentence)
    if passive_tense(lex, doc, hit.first, s0) == "past":
        return True
    return hit.trigger.pos == "noun" and hit.last < s1 and \
        bool(token_stems(doc, hit.last) & (lex.words.happening_or_witnessed | lex.words.going_on))


def _told_by_a_verb(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """A verb of announcing, carrying out, starting, managing, taking control, happening, going on or witnessing
    stands within DOING_REACH words before the trigger in its sentence, with no complementiser between ("أعلنت
    المقاومة الشعبية سيطرتها على مواقع"، "تمكنت القوات من تدمير"، "تدور معارك عنيفة في منطقة"; not "وأكد الشيوخ أن
    حسم معركة الفلوجة مرهون", where the verb governs a clause)."""
    verbs = W.deeds_told
    s0, _ = doc.sentence_bounds(hit.sentence)
    for k in range(hit.first - 1, max(s0, hit.first - DOING_REACH) - 1, -1):
        if doc.seg.tokens[k].norm in COMPLEMENTISERS:
            return False
        if token_stems(doc, k) & verbs:
            return True
    return False


def _about(doc: Document, incidents: list[Incident], news: list[Incident]) -> list[Incident]:
    """The incident told as news that an opinion piece is about: those its headline tells; else the first its
    opening tells; else the one at the place it returns to in the most sentences."""
    titled = [inc for inc in news if inc.in_title]
    if titled or not news:
        return titled
    titles = title_sentences(doc)
    opening = set(sorted(s.index for s in doc.seg.sentences if s.index not in titles)[:OPENING_SENTENCES])
    first = [inc for inc in news if inc.sentences & opening]
    if first:
        return [min(first, key=lambda inc: inc.main.first)]
    returned = _returned_to(incidents, news)
    return [returned] if returned is not None else []


def _own_day(inc: Incident) -> bool:
    """Dated to a day or a week, not by a bare "اليوم" (also "nowadays" in a column)."""
    d = inc.date
    return d is not None and d.precision in OWN_DAY and not bare_today(d)


def _returned_to(incidents: list[Incident], news: list[Incident]) -> Incident | None:
    """The incident told as news at the place (a town or finer) the piece tells of in the most sentences, at least
    RETURNS_TO: a column returns to what it is about ("استهدفت سجن الحائر ..." and "فبادر السائق إلى تفجير نفسه")."""
    told: dict[str, set[int]] = {}
    for inc in incidents:
        if inc.place is not None and not coarse(inc.place):
            told.setdefault(place_id(inc.place), set()).update(inc.sentences)
    best = max(told, key=lambda p: len(told[p]), default=None)
    if best is None or len(told[best]) < RETURNS_TO:
        return None
    there = [inc for inc in news if inc.place is not None and place_id(inc.place) == best]
    return min(there, key=lambda inc: inc.main.first) if there else None


def _headline_news(doc: Document, inc: Incident) -> bool:
    """A headline tells news in the present ("إرهابي يقتل خاله"), or by a noun with its dead or its town
    ("مقتل عشرين في تفجير انتحاري بالحلة"); a noun alone is a theme ("من غسيل المخ إلى تعلم الذبح")."""
    if inc.main.trigger.tense == "present" or inc.dead:
        return True
    return any(not coarse(m) for _, _, m in doc.places_in(*doc.sentence_bounds(inc.main.sentence)))


def _told_as_news(doc: Document, W: RoleWords, inc: Incident) -> bool:
    """An incident an opinion piece tells as something that happened: by a verb in the past ("ألقت السلطات القبض
    عليهم", "فجر نفسه في مسجد"), as the object of a verb of announcing at a sentence's opening or of doing
    ("أعلنت وزارة الداخلية عن إحباط عملية تهريب", "قامت الجبهة بشن هجوم"), or set on a day of its own.  A noun alone names what an argument cites ("بعد كل الجرائم المصورة من ... والتفجيرات الانتحارية", "في كل مرة
    يحدث فيها تفجير", "ذكرى مجزرة غزة"), unless a headline tells it (`_headline_news`)."""
    if inc.main.trigger.tense == "past" or _own_day(inc) or (inc.in_title and _headline_news(doc, inc)):
        return True
    first = inc.main.first
    s0, _ = doc.sentence_bounds(inc.main.sentence)
    doing = W.doing_verbs | W.carrying_out_verbs
    return any(token_stems(doc, k) & W.announcing_verbs for k in range(s0, min(first, s0 + ANNOUNCING_OPENING))) or \
        any(token_stems(doc, k) & doing for k in range(max(s0, first - DOING_REACH), first))


# --- one incident told again far on, in other words --------------------------------------------------

def merge_retold(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> list[Incident]:
    """An incident told again paragraphs later in other words ("قصفت الطائرات التركية أهدافا لداعش" in the
    lead, "واستهدفت طائرات تركية ... مواقع لداعش" further on) is the incident told first, where it is the one
    incident of its kind that the article places there (a town, or the country that holds it) and their
    days and doers do not differ.  Two towns, two days or two doers stay two incidents, and so do two items of a
    roundup of news."""
    out: list[Incident] = []
    for inc in incidents:
        earlier = [prev for prev in out if _retells(lex, prev, inc) and doc.same_item(prev.sentence, inc.sentence)]
        if len(earlier) == 1 and _alone_there(lex, earlier[0], inc, incidents):
            absorb(lex, earlier[0], inc, keep_type=True)
            continue
        again = [prev for prev in out if (_retold_in_sum(prev, inc) or _same_dead_nearby(lex, prev, inc)
                                          or _taking_told_then_its_spots(doc, lex, prev, inc))
                 and doc.same_item(prev.sentence, inc.sentence)]
        if len(again) == 1:
            absorb(lex, again[0], inc, keep_type=True)
        else:
            out.append(inc)
    return out


def _taking_told_then_its_spots(doc: Document, lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """"وسيطرت المقاومة أمس على مواقع للمتمردين غرب المحافظة", then, the next sentence, "وقال مصدر: نفذت المقاومة
    هجوما على مواقع في منطقة الفاو وسيطرت على ثلاثة منها": one taking, told in sum at a place and then at a spot
    of it with the unnamed ground it took (`_spots_then_one`), by the same side on a day that agrees.  Asked once
    each sentence's hits are one incident: a fight told with the taking in the later sentence no longer keeps it
    apart."""
    if not _told_later_as_news(prev, inc) or prev.family not in TERRITORY or inc.family not in TERRITORY:
        return False
    if territory_side(prev) != territory_side(inc) or not _doers_agree(prev, inc) or \
            not dates_agree(prev.date, inc.date):
        return False
    return _spots_then_one(doc, lex.words, prev, inc)


SAME_DEAD_KM = 100.0   # how far apart two tellings of the same dead may place one incident (a town and its district)


def _same_dead_nearby(lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """"الهجوم الانتحاري الاثنين ... أوقع 32 قتيلا في سوروتش", paragraphs on "وكان الإقليم نفسه قد شهد تفجيرا
    انتحاريا أمس الأول أسفر عن مقتل 32 شخصا"; "مقتل ثمانية مسلحين في كمين بمدينة رداع", then "كمينا ... في جبل
    الثعالب بقيفة رداع ما أسفر عن مقتل 8": the same count of dead (two or more), in incidents of kinds one incident
    may be told as, placed in one country within SAME_DEAD_KM of each other (or the later unplaced), on days at most
    one apart (a day named by two clocks), one of them dated, is one incident told twice, however far apart the
    tellings."""
    # told after the incident's first telling, though between two of its tellings ("شهدت مدينة مروة هجوما ... أسفر عن
    # سقوط عشرين قتيلا", then "وقتل 20 شخصا ... بحسب حصيلة", then "الهجوم الانتحاري الذي وقع مساء أول من أمس")
    if inc.sentence <= prev.sentence or inc.sentence in prev.sentences or inc.another or inc.in_title \
            or prev.family in TERRITORY or inc.family in TERRITORY:
        return False
    shared = prev.dead & inc.dead
    if not any(isinstance(d, str) or d >= 2 for d in shared):
        return False
    if not (lex.compatible(prev.family, inc.family) or inc.family in lex.retold_as.get(prev.family, ())):
        return False
    return _near_in_one_country(prev.place, inc.place) and _a_day_apart_at_most(prev.date, inc.date) and \
        _doers_agree(prev, inc)


def _near_in_one_country(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """The later telling names no place (it tells where the one before happened), or both lie in one country,
    one holding the other or within SAME_DEAD_KM."""
    if b is None:
        return True
    if a is None or a.resolved is None or b.resolved is None or a.resolved.country is None \
            or a.resolved.country != b.resolved.country:
        return False
    return _holds_place(a, b) or _holds_place(b, a) or _within_in_one_country(a.resolved, b.resolved, SAME_DEAD_KM)


def _a_day_apart_at_most(a: DatedSpan | None, b: DatedSpan | None) -> bool:
    """At least one dated, and the two agree or are days at most one apart."""
    if a is None and b is None:
        return False
    if dates_agree(a, b):
        return True
    return a.precision == b.precision == "day" and a.date is not None and b.date is not None \
        and abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) <= 1


def _retold_in_sum(prev: Incident, inc: Incident) -> bool:
    """"قصفت طائرات حربية تركية مواقع للمتطرفين في سلسلة غارات" in the lead, "وشنت مقاتلات تركية الجمعة للمرة
    الأولى سلسلة غارات على مواقع للتنظيم في سورية" further on: one doer named in both (not guessed), one kind, one
    day named in both, and a place no finer than one country or region in both is one day's strikes told again
    in sum; with a town in either, or another day, they stay apart (`_retells` asks those)."""
    if not _told_later_as_news(prev, inc) or inc.family != prev.family:
        return False
    return _one_coarse_place(prev.place, inc.place) and _one_day_named(prev.date, inc.date) and \
        _one_doer_named(prev, inc)


def _told_later_as_news(prev: Incident, inc: Incident) -> bool:
    """`inc` is told after `prev`, neither a headline, a recalled or answered incident, nor "another"."""
    return inc.sentence > max(prev.sentences) and not (inc.another or inc.answered or prev.in_title or inc.in_title
                                                       or prev.recalled or prev.answered or inc.recalled)


def _one_coarse_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Both placed at one country or region, and no finer."""
    return a is not None and b is not None and a.resolved is not None and b.resolved is not None and \
        coarse(a) and coarse(b) and a.resolved.id == b.resolved.id


def _one_day_named(a: DatedSpan | None, b: DatedSpan | None) -> bool:
    """Both resolved to a date, and the dates agree."""
    return a is not None and b is not None and bool(a.date) and bool(b.date) and dates_agree(a, b)


def _one_doer_named(a: Incident, b: Incident) -> bool:
    """Both name a doer (not a guess), and the same."""
    x, y = a.actor1, b.actor1
    return x is not None and y is not None and not (a.actor1_guessed or b.actor1_guessed) and same_named_actor(x, y)


def _retells(lex: EventLexicon, prev: Incident, inc: Incident) -> bool:
    """`inc`, told after `prev`, may tell it again: a kind it may be told as, its place, its day, its doer."""
    if inc.sentence <= max(prev.sentences) or inc.another or inc.separate or inc.answered or prev.in_title or \
            inc.in_title or (inc.shifted and not inc.restates):
        return False
    if (prev.recalled or prev.answered) and not inc.definite:
        return False  # "ردا على هجوم كركوك ... . وشن مسلحون هجوما الجمعة": what follows a recalled incident is news
    if not (inc.family == prev.family or inc.family in lex.retold_as.get(prev.family, ())):
        return False
    if _takers_disagree(prev, inc):
        return False
    # a sentence that names no place tells where the article's incident of its kind happened
    return (inc.place is None or _within(prev.place, inc.place)) and \
        (dates_agree(prev.date, inc.date) or _one_day_announced(prev, inc)) and \
        _doers_agree(prev, inc)


def _takers_disagree(prev: Incident, inc: Incident) -> bool:
    """`inc` takes ground for the other side than `prev` does; not when it tells a taking of `prev`'s own kind and
    names no taker ("سيطرت قواتنا على البلدة" after "تمكنت القوات الحكومية من السيطرة على معقل للحركة"): its side is
    unknown, not the other side's (doers23)."""
    if inc.family not in TERRITORY or territory_side(prev) == territory_side(inc):
        return False
    return not (inc.family == prev.family and inc.actor1 is None and prev.actor1 is not None)


def _within(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Both placed, at one place or one inside the other (a country and its town): not merely near, and
    not both only at a country's or region's level (two incidents "in Syria" are often two)."""
    if a is None or b is None or a.resolved is None or b.resolved is None or (coarse(a) and coarse(b)):
        return False
    return a.resolved.id == b.resolved.id or _holds_place(a, b) or _holds_place(b, a)


def _one_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """One place, or one inside the other (a country or a region of one and its town), or one side unplaced."""
    if a is None or b is None:
        return True
    if a.resolved is None or b.resolved is None:
        return a.key == b.key
    return a.resolved.id == b.resolved.id or _holds_place(a, b) or _holds_place(b, a)


def _holds_place(big: PlaceMention, small: PlaceMention) -> bool:
    """A country (or region of one country) that holds the other place."""
    return coarse(big) and big.resolved.country is not None and big.resolved.country == small.resolved.country


def _doers_differ(doc: Document, between: frozenset[str], a: Incident, b: Incident) -> bool:
    """Both incidents have doers, and they are different actors, not partners joined in one sentence."""
    x, y = a.actor1, b.actor1
    return x is not None and y is not None and not same_named_actor(x, y) and not one_side(doc, between, x, y)


def _doers_agree(a: Incident, b: Incident) -> bool:
    """No two different doers named (a doer guessed from the article is no evidence either way)."""
    x, y = a.actor1, b.actor1
    if x is None or y is None or a.actor1_guessed or b.actor1_guessed:
        return True
    return same_named_actor(x, y)


def _told_after_a_named_town(other: Incident, inc: Incident) -> bool:
    """`other` is first told after `inc`, which names a place finer than a country or region."""
    return inc.place is not None and inc.place.resolved is not None and not coarse(inc.place) and \
        min(other.sentences) > inc.sentence


def _alone_there(lex: EventLexicon, prev: Incident, inc: Incident, told: list[Incident]) -> bool:
    """`prev` is the only incident of a kind `inc` may tell that the article places in their country (`told`:
    all its incidents), or, where `inc` names no place, the only one in the article: a restatement can only be
    of it.  Two bombings in one city, or two strikes at two towns of one country, leave a third telling alone.
    A telling that names its town ("وفي تطور لاحق، قال سكان إن 27 شخصا قتلوا حين سقطت مقاتلة على سوق في بلدة
    أريحا") retells what was told before it: an incident told only after it ("عدة غارات صباح اليوم" on that town)
    is no rival."""
    others = [o for o in told if o is not prev and o is not inc and lex.compatible(o.family, inc.family)
              and not _told_after_a_named_town(o, inc)]
    if inc.place is None:
        return not others
    country = prev.place.resolved.country
    return not any(o.place is not None and o.place.resolved is not None and o.place.resolved.country == country
                   for o in others)


# --- a story about one incident, retold by its reactions ------------------------------------------------

def fold_into_the_one_told(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> list[Incident]:
    """A reaction piece tells one incident of violence with its day and place at its top ("استشهد رضيع ... يوم أمس
    جراء إحراق مستوطنين لمنزلهم في مدينة نابلس") and then names it again in its speakers' words ("إن حرق الرضيع
    جريمة"، "وخوفا من اندلاع أعمال عنف بعد جريمة الإحراق"، "هذا الاعتداء"), each at the speaker's city or country
    and undated: those mentions are the one incident (SCHEMA.md: the incident a reaction is about is coded once).
    The story is about one incident only where every other incident of violence it tells (events.yaml
    `one_incident_story`) is such a mention of a kind that may tell it; a second incident told as news (a verb with
    a place of its own, another day, another toll, "هجوم آخر") keeps every mention where it was (a roundup)."""
    if len(incidents) < 2:
        return incidents
    one = _the_one_told(doc, lex, incidents)
    if one is None:
        return incidents
    kinds = lex.one_incident_story
    retold = [inc for inc in incidents if inc is not one and inc.family in kinds]
    if not retold or not all(_retells_the_one(doc, lex, one, inc) for inc in retold):
        return incidents
    for inc in retold:
        if not _near_in_one_country(one.place, inc.place):
            inc.place = None   # the speaker's city or country, not where it happened
        inc.also_at = []       # nor is any other place its sentence lists
        absorb(lex, one, inc, keep_type=True)
    return [inc for inc in incidents if not any(inc is r for r in retold)]


def _the_one_told(doc: Document, lex: EventLexicon, incidents: list[Incident]) -> Incident | None:
    """The first incident of violence, told at the story's top (its headline or its first OPENING_SENTENCES body
    sentences) on a day of its own and at a place finer than a country."""
    first = next((inc for inc in incidents if inc.family in lex.one_incident_story), None)
    if first is None or not _own_day(first) or first.place is None or coarse(first.place):
        return None
    titles = title_sentences(doc)
    top = titles | set(sorted(s.index for s in doc.seg.sentences if s.index not in titles)[:OPENING_SENTENCES])
    return first if first.in_title or first.sentences & top else None


def _retells_the_one(doc: Document, lex: EventLexicon, one: Incident, inc: Incident) -> bool:
    """A later mention that names `one` again: of a kind that may tell it, by no other doer, not "another" or set
    apart, with no dead `one` has not, no day before `one`'s, and either a noun that names a known incident ("حرق
    الرضيع"، "الهجوم") with no town of its own elsewhere, or a telling with no day, place or dead of its own."""
    if inc.another or inc.separate or inc.shifted or not inc.dead <= one.dead or _answers(doc, lex.words, inc):
        return False
    if not _may_tell(lex, one, inc) or not _doers_agree(one, inc):
        return False   # another doer named is another deed ("وتمكنت ميليشيات الحوثي من حرق منزل" after their attackers')
    if _names_a_known_deed(doc, lex, inc.main):
        return _not_before(one.date, inc.date) and \
            (not _placed_after(doc, inc) or coarse(inc.place) or _near_in_one_country(one.place, inc.place))
    return inc.date is None and inc.place is None and not inc.dead


def _names_a_known_deed(doc: Document, lex: EventLexicon, hit: Hit) -> bool:
    """A noun that names an incident known ("الهجوم"، "حرق الرضيع"، "جريمة الإحراق"), not one counted out ("وشنت
    الطائرات عددا من الغارات": new ones)."""
    if hit.trigger.pos != "noun" or counted_out(doc, lex, hit):
        return False
    return hit.trigger.definite or definite_by_construct(doc, hit) or _named_a_crime(doc, lex.words, hit)


def _may_tell(lex: EventLexicon, one: Incident, inc: Incident) -> bool:
    """`inc`'s kind may tell `one` (events.yaml one_incident, naming_any_violence, retold_as)."""
    return lex.compatible(one.family, inc.family) or inc.family in lex.naming_any_violence \
        or inc.family in lex.retold_as.get(one.family, ())


def _answers(doc: Document, W: RoleWords, inc: Incident) -> bool:
    """Its sentence tells an answer before the mention ("ردت القوات على مصدر النيران ... لإطلاق قذائف الهاون"): another
    act, the answer to the one told."""
    s0, _ = doc.sentence_bounds(inc.sentence)
    return bool(stems(doc, s0, inc.main.first) & W.answering_verbs)


def _named_a_crime(doc: Document, W: RoleWords, hit: Hit) -> bool:
    """A noun of crime right before the verbal noun ("جريمة حرق وقتل عائلة"، "بعد جريمة الإحراق"): a deed known."""
    return hit.first > 0 and bool(token_stems(doc, hit.first - 1) & W.crime_nouns)


def _placed_after(doc: Document, inc: Incident) -> bool:
    """The mention's place follows it within OWN_PLACE_REACH tokens ("تفجير الكرادة"، "الهجوم على مسجد في سوسة"): the
    place it names.  One before it is the sentence's, often its speaker's ("ودعت الخارجية الأردنية في عمان إلى
    محاسبة المسؤولين عن هذا الاعتداء"); one further on is often a later clause's ("بعد جريمة الإحراق فرضت الشرطة
    قيودا على دخول المسجد الأقصى في القدس")."""
    if inc.place is None or inc.place.sentence != inc.sentence:
        return False
    k = doc.token_of(inc.place.span.start)
    return inc.main.last <= k <= inc.main.last + OWN_PLACE_REACH


def _not_before(day: DatedSpan | None, d: DatedSpan | None) -> bool:
    """`d` is unknown, agrees with `day`, or lies after it (the day a reaction was told)."""
    if d is None or day is None or dates_agree(day, d):
        return True
    return bool(d.date and day.date) and d.date[:len(day.date)] >= day.date[:len(d.date)]
