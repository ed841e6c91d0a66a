"""Incidents, coded the way ACLED coders code them: a short pipeline of named steps.

1. `triggers`   find the trigger words of `events.yaml`, sentence by sentence, and let
                qualifiers refine them (a suicide bomber, aircraft);
2. `factuality` keep those that report an incident (not negated, intended, feared,
                weighed, future, a purpose, a topic, a habit, a description, background);
3. `roles`      read who did it (actor1) and to whom (actor2), and what was attacked;
4. `setting`    read its place and date;
5. `incidents`  merge the hits that tell one incident (same sentence, a mention that points
                back, the same dead, a headline);
6. `setting`    give incidents whose sentences name no place the article's place;
7. `coding`     give each incident its dead; `roles` gives the doers the article names
                elsewhere (a claim of responsibility, the group it is about, a spokesman);
                `coding` makes the ACLED event.

Each step is a module of functions over plain data (`model.Hit`, `model.Incident`, the
`Document`); `EventExtractor` holds the loaded lexicons and runs the steps in order.
The words the steps read come from `events.yaml` and `event_roles.yaml`.
"""
from __future__ import annotations

import datetime as dt

from collections.abc import Callable
import bisect
import dataclasses
import re

from rasd.extract.casualties import Casualty, CasualtyFinder, VictimNamer
from rasd.extract.document import Document
from rasd.extract.genre import GenreLexicon, headline_speaker, headline_talks, load_genre_lexicon, reads_as_opinion
from rasd.extract.events import coding, incidents, roles, setting, triggers
from rasd.extract.events.factuality import (
    answer_act,
    answered_from,
    counts_a_run,
    a_verbal_noun,
    governed_as_background,
    joined_to_background,
    recalled_after_a_while,
    recalled_apart,
    tells_news,
    told_as_history,
)
from rasd.extract.events.model import TERRITORY, Hit, Incident
from rasd.extract.events.setting import OPENING_MARKS as OPENING
from rasd.extract.events.reading import stems, stems_with_and_without_article, token_stems
from rasd.extract.lexicon import EventLexicon, Trigger
from rasd.extract.sense import SenseLexicon, SentenceEvidence, load_sense_lexicon, means_violence
from rasd.model import ActorRef, Event, PlaceMention
from rasd.recognise.dates import CalendarLexicon
from rasd.resolve.provinces import province_key, province_name
from rasd.text.morphology import COMPLEMENTISERS
from rasd.text.morph import FormIndex

__all__ = ["EventExtractor", "Hit", "Incident"]

RUN_REACH = 2   # words before the partitive where a word of a run may stand ("سلسلة جديدة من")
DOING_REACH = 6      # words back from "ب" and a verbal noun to the "did" that governs it (its subject between)
PASSIVE_REACH = 12   # words back from a joined verbal noun to the passive auxiliary of the first one
ANNOUNCED_REACH = setting.ANNOUNCED_REACH   # words from "as" to the report's date, its subject between
HAPPENING_REACH = 8      # tokens from a verb of happening back from the date before its noun (its subject between)
CARRYING_REACH = 12      # words from a verb of carrying out to its object (its subject and a date between);
# 8 until dates31: a long subject ("أحكمت القوات المدعومة بمقاتلين من العشائر الموالية للدولة أمس، سيطرتها") ran past it;
# 12 changed 1 date on 162 feed articles with such a verb and a day after it (right), none wrong


def _words_back(doc: Document, k: int, n: int, s0: int) -> int:
    """The token `n` words before token `k` (punctuation not counted), not before `s0`."""
    toks = doc.seg.tokens
    while k > s0 and n > 0:
        k -= 1
        n -= toks[k].is_word
    return k

ALSO_OPENING = 2         # words from an opening "كما" to the trigger ("كما شنت مقاتلات", "كما قتل")
SECTION_PLACE_REACH = 3  # tokens from a section's locative to its place ("وفي محافظة شبوة": the cue word between)
REPORT_OPENING = 2       # words at a sentence's start its verb of saying may stand at ("وقالت", "وفي بيان قال")
SAYS_TOO_REACH = 4       # words from a verb of saying to what is said, its subject and "أيضا" between ("وقالت القوات
#                          الجوية أيضا إن"; dates33: kwic.py's 41 such openings on the feed hold 0 to 3 words of subject)
SPEAKER_REACH = 12       # words of a speaker's subject, from the verb of saying to what is said ("وقال اندريه ليسينكو،
#                          المتحدث باسم الجيش، في إفادة صحافية بالتلفزيون المحلي إن": 9; speakers34: on the 634 feed
#                          articles with such a speaker, 935 of its 965 subjects run 1 to 12 words)
BODY_WORDS = 4           # words after the speaker word that may name its body ("الناطق الرسمي باسم قوات البيشمركة")
BODY_WORD_LETTERS = 3    # letters of a stem naming a speaker's body, so no short remnant matches ("جيش", "شرطة")
ROUNDUP_GOES_BACK = 6    # sentences back from a section of a roundup to the incident told last with its day (dates30: on
#                          the feed sample of seed 2606 the sections stood 1 to 5 sentences after it)
ROUNDUP_DAYS_BACK = 2   # days before publication the roundup's day may lie ("أمس", "أول من أمس"; dates30: on the 299
#                         feed articles with a section opening, the days 4 and 12 back were another incident's)
STRAND_OPENING = 3       # words at a sentence's start that may open another strand ("ومن ناحية ثانية"، "وفي هذه الأثناء")
REPORT_GOES_BACK = 6     # sentences back from a report that goes on with one told before to that report's day (dates29:
#                          on the feed samples of seed 2591 the lead stood 1 to 4 sentences before, one background between)
OUTCOME_LINK_REACH = 1   # words from the start of the clause after the incident's to its link ("، مما أسفر")
ANSWER_REACH = 3         # words from a word of answer to the count it governs ("ردا على مقتل أحد جنودها")
_JOINED_DEFINITE = "وال"   # the conjunction glued to the article
_BY = ("ب", "وب")           # the preposition of "قام ب", glued
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.\w+$")   # GeoNames' admin1 code ("YE.14"), not a province's name
FIGHT_VERB_REACH = 3   # words before a fight's noun, in its clause, searched for a verb of its taking place or going on
#                        ("تستمر فيه المواجهات", "اندلعت أمس مواجهات", "تصاعدت حدة المواجهات"; as war37's
#                        BATTLE_VERB_REACH, set on the feed's 53 articles holding such a verb before مواجهات/معركة)


def _told_happening(doc: Document, lex: EventLexicon, first: int) -> bool:
    """Whether a verb of fighting taking place, going on or flaring up (event_roles.yaml going_on, happening_verbs)
    stands shortly before token `first` in its clause ("وتستمر المواجهات في مديرية لودر")."""
    c0 = doc.clause(first)[0]
    return bool(stems(doc, max(c0, first - FIGHT_VERB_REACH), first) & (lex.words.going_on | lex.words.happening_verbs))


class EventExtractor:
    def __init__(self, lex: EventLexicon, casualties: CasualtyFinder, role_templates: dict[str, str],
                 country_en: dict[str, str], adjectives: dict[str, str], entry_for_canonical=None,
                 country_place=None, speaker_of=None, senses: SenseLexicon | None = None,
                 forms: FormIndex | None = None, genre: GenreLexicon | None = None,
                 calendar: CalendarLexicon | None = None, group_adjectives: dict | None = None):
        self.lex = lex
        # the resources' calendar (spans counted from another incident: setting.offset_before); without it
        # the first such count of a process loaded the packaged calendar lexicon from its YAML again
        self.calendar = calendar
        self.genre = genre or load_genre_lexicon()
        self.types = {f: fam.type for f, fam in lex.families.items()}   # family -> ACLED event type
        self.senses = senses or load_sense_lexicon()
        self.forms = forms if forms is not None else FormIndex.load()
        self.casualties = casualties
        self.adjectives = adjectives
        self.group_adjectives = group_adjectives or {}
        self.country_place = country_place  # ISO2 -> (Arabic name, PlaceCandidate) or None
        self.speaker_of = speaker_of        # (doc, token, sentence) -> who states it (claims' source finder)
        self.victims = VictimNamer(role_templates, country_en, entry_for_canonical)

    def extract(self, doc: Document) -> list[Event]:
        if not tells_news(doc, self.lex):
            return []   # an essay or a piece of history: what it names is background
        untold: list[Hit] = []
        hits = self.hits(doc, untold)
        if not hits:
            return []   # every step below reads the incidents of the hits
        counts_of = _SentenceCounts(self.casualties, doc)
        # "تفجير سروج": a place right after an incident noun names that incident, not another of its sentence
        named_by = {h.last: h for h in hits if h.trigger.pos == "noun"}
        recalled = self._recalled_phrases(doc, hits)
        # a place in a recalled phrase, or in the phrase of a named incident recalled as background, is that
        # incident's; `phrase_end`: where its phrase ends (what is told after it is told elsewhere)
        phrase_end: dict[int, int] = {}
        told_before: dict[int, list[tuple[Hit, int, int]]] = {}
        for phrase in self._named_background_phrases(doc, hits):
            told_before.setdefault(phrase[0].sentence, []).append(phrase)
        phrases = [p for ps in recalled.values() for p in ps] + [p for ps in told_before.values() for p in ps]
        for h, first, last in phrases:
            for p0, _, _ in doc.places_in(first, last):
                if named_by.setdefault(p0, h) is h:
                    phrase_end[p0] = last
        starts = [h.first for h in hits]   # in text order (find_hits sorts them)
        found = incidents.gather(doc, self.lex, hits, counts_of,
                                 lambda hit: self.incident(doc, hit, named_by, recalled, starts, phrase_end,
                                                           told_before), untold)
        found = incidents.without_sums(doc, self.lex, found)
        incidents.absorb_title(doc, self.lex, found)
        self._date_from_another_incident(doc, found)
        found = incidents.merge_retold(doc, self.lex, found)
        found = incidents.background_kept(doc, self.lex, found)
        found = incidents.fold_into_the_one_told(doc, self.lex, found)
        self._date_from_a_saying_after(doc, found, {h.sentence for h in hits})
        self._date_from_the_telling_before(doc, found)
        self._date_from_the_report_it_goes_on_with(doc, found)
        self._date_from_the_news_a_source_details(doc, found)
        self._date_from_the_roundup(doc, found)
        self._date_from_its_background_telling(doc, found, hits)
        self._date_from_the_lead(doc, found)
        borrowed = setting.fill_places(doc, found, setting.NamedPlaces(named_by, phrase_end), self.lex.words,
                                       self.country_place, self.adjectives)
        setting.leave_bomb_sites(found, borrowed, self.types, self.country_place)
        coding.attach_casualties(doc, found, lambda s: counts_of(s) + self.casualties.no_deaths(
            doc, *doc.sentence_bounds(s)), self._counts_apart_in(doc, counts_of),
            lambda c, h: self._set_apart(doc, c, h, self._of_a_background_incident(doc, c, phrases, starts), starts),
            lambda c: self._of_a_background_incident(doc, c, phrases, starts) is not None)
        self._deaths_untold(doc, found)
        roles.attribute(doc, self.lex, found, self.speaker_of)
        found = self._kept_by_genre(doc, found)
        past = told_as_history(doc)
        found = [inc for inc in incidents.one_per_place(found)
                 if not (setting.history(doc, inc) or (past and not _dated(inc)))]
        return [coding.code_event(doc, self.lex, inc, self.victims) for inc in found]

    def _deaths_untold(self, doc: Document, found: list[Incident]) -> None:
        """"قتلت ... فلاح ... وأصابت اثنين": an incident whose trigger tells a killing and whose dead no count gives
        has no toll of 0 from its wounded (casualties.yaml: killing_triggers)."""
        for inc in found:
            untold = self.casualties.death_untold(doc, [h.first for h in inc.hits], inc.casualties)
            if untold is not None:
                inc.casualties.append(untold)

    def _counts_apart_in(self, doc: Document, counts_of: Callable[[int], list[Casualty]]) -> Callable[[int], bool]:
        """`_counts_apart` for the sentences of `doc`, and a story's link line restating the headline
        (incidents.restated_link_sentences), which gives the incident told before it no toll."""
        restated = incidents.restated_link_sentences(doc, self.lex)
        return lambda s: s in restated or self._counts_apart(doc, s, counts_of)

    def _counts_apart(self, doc: Document, sentence: int, counts_of: Callable[[int], list[Casualty]]) -> bool:
        """Whether a sentence's counts are not the toll of the incident told before it: a tally over a long time
        ("ومنذ ذلك الحين قتل 11 عنصرا"), a heading of the tally the next sentence gives (`_heads_a_tally`), or a
        sentence opening on other news ("إلى ذلك، قتل ...")."""
        return counts_a_run(doc, self.lex, sentence) or self.casualties.opens_another_topic(doc, sentence) or \
            _heads_a_tally(doc, sentence, counts_of)

    def _kept_by_genre(self, doc: Document, found: list[Incident]) -> list[Incident]:
        """In an opinion piece, only what SCHEMA.md codes in one (`incidents.opinion_kept`); in a piece on talks, a
        call or an appeal, or on a speaker's words (a headline "Speaker: words"), what it tells as news
        (`incidents.talk_kept`); a report keeps all."""
        # most articles have no incident left by now, and their voice need not be read
        if not found:
            return found
        if reads_as_opinion(doc.seg, self.genre):
            return incidents.opinion_kept(doc, self.lex, found)
        colon = headline_speaker(doc.seg, self.genre)
        if headline_talks(doc.seg, self.genre) or (colon is not None and not _a_dateline(doc, colon)):
            return incidents.talk_kept(doc, self.lex, found)
        return found

    def _recalled_phrases(self, doc: Document, hits: list[Hit]) -> dict[int, list[tuple[Hit, int, int]]]:
        """By sentence, the phrases, to the end of their clause, of incidents recalled as other than the
        sentence's main one ("ردا على هجوم انتحاري وقع الاثنين في مدينة سروج"): their places and days are theirs."""
        out: dict[int, list[tuple[Hit, int, int]]] = {}
        for h in hits:
            if recalled_apart(doc, self.lex, h.first, doc.sentence_bounds(h.sentence)[0]):
                out.setdefault(h.sentence, []).append((h, h.last, doc.clause(h.first)[1]))
        return out

    def _named_background_phrases(self, doc: Document, hits: list[Hit]) -> list[tuple[Hit, int, int]]:
        """The phrases, to the end of their clause, of incidents a definite noun names in a clause of time or
        cause ("وفي أعقاب الهجوم في سروج، أعلن ..."): an incident the reader knows, told as background."""
        out = []
        for h in hits:
            s0 = doc.sentence_bounds(h.sentence)[0]
            if h.trigger.pos == "noun" and (h.trigger.definite or incidents.definite_by_construct(doc, h)) \
                    and governed_as_background(doc, self.lex, h.first, s0) \
                    and not recalled_apart(doc, self.lex, h.first, s0):
                out.append((h, h.first, doc.clause(h.first)[1]))
        return out

    def hits(self, doc: Document, untold: list[Hit] | None = None) -> list[Hit]:
        """The triggers that report an incident, each with its qualified family; `untold`, where given, gathers
        the acts told as no incident (triggers.find_hits)."""
        hits = triggers.find_hits(doc, self.lex, self._sense_check(doc), self.forms, dropped=untold)
        in_sentence: dict[int, list[Hit]] = {}
        for hit in hits:
            in_sentence.setdefault(hit.sentence, []).append(hit)
        for hit in hits:
            hit.family = triggers.qualify(doc, self.lex, hit, in_sentence[hit.sentence])
        return hits

    def _sense_check(self, doc: Document) -> triggers.Admits:
        """Whether a trigger's words mean political violence where they stand (extract/sense.py): a mention
        that points back or a death report may take the evidence of the sentences before, a headline that
        of its lead."""
        evidence = SentenceEvidence(doc, self.senses, lambda i: bool(self.casualties.find(doc, *doc.sentence_bounds(i))))
        titles = incidents.title_sentences(doc)

        def admits(trig: Trigger, sentence: int, first: int, last: int, phrase: tuple) -> bool:
            back = trig.definite or self.lex.families[trig.family].outcome or _counted_again(doc, last)
            return means_violence(trig.family, sentence, evidence, phrase, back, sentence in titles, last,
                                  _told_happening(doc, self.lex, first))
        return admits

    def incident(self, doc: Document, hit: Hit, named_by: dict[int, Hit] | None = None,
                 recalled: dict[int, list[tuple[Hit, int, int]]] | None = None,
                 starts: list[int] | None = None, phrase_end: dict[int, int] | None = None,
                 told_before: dict[int, list[tuple[Hit, int, int]]] | None = None) -> Incident:
        """One hit read as an incident of its own: place, date, actors, target; `told_before`, by sentence, the
        phrases of named incidents recalled as background (see _named_background_phrases)."""
        inc = Incident(hit.family, [hit], hit.sentence, {hit.sentence})
        places = setting.places_for(doc, self.lex, hit, setting.NamedPlaces(named_by or {}, phrase_end or {}))
        inc.place, inc.also_at = (places[0], places[1:]) if places else (None, [])
        phrases = (recalled or {}).get(hit.sentence, [])
        self._date_of(doc, hit, inc, phrases, starts or [])
        if inc.date is not None and any(
                b is not hit and first <= inc.date.first_token < last <= hit.first
                for b, first, last in phrases + (told_before or {}).get(hit.sentence, [])):
            inc.date = None  # "ومنذ الهجوم الانتحاري الاثنين في سروج، يتظاهر ...": Monday is the attack's
        inc.recalled = any(b is hit or first <= hit.first < last for b, first, last in phrases)
        inc.answering = answer_act(doc, self.lex, hit.first)
        self._actors_of(doc, hit, inc)
        return self._setting_of(doc, hit, inc)

    def _date_of(self, doc: Document, hit: Hit, inc: Incident, recalled: list[tuple[Hit, int, int]],
                 starts: list[int]) -> None:
        """The incident's date, and whether a definite noun names it (`named`); `recalled`: the phrases of the
        sentence's recalled incidents, `starts`: every trigger's first token, in order."""
        inc.date = setting.date_for(doc, hit, self.lex.words)
        if inc.date is not None and any(b is not hit and hit.first < b.first and first <= inc.date.first_token < last
                                        for b, first, last in recalled):
            inc.date = None  # "حملة اعتقالات ردا على هجوم وقع الاثنين": Monday is the attack's
        # inside a recalled incident's phrase ("بعد وقت قصير على مقتل 32 ... في تفجير انتحاري"), recalled too
        inside = any(first <= hit.first < last for b, first, last in recalled if b is not hit)
        s0 = doc.sentence_bounds(hit.sentence)[0]
        background = inside or governed_as_background(doc, self.lex, hit.first, s0) or \
            (a_verbal_noun(doc, hit.trigger, hit.first, hit.last) and joined_to_background(doc, self.lex, hit.first, s0))
        named = self._named(doc, hit, starts)
        if inc.date is not None and self._date_of_something_else(doc, hit, inc.date, (named, background), starts):
            inc.date = None
        inc.named = named
        inc.announced = inc.date is not None and (setting.announced_by_date(doc, self.lex.words, hit, inc.date)
                                                  or setting.said_on_date(doc, self.lex.words, hit, inc.date)
                                                  or setting.attributed(doc, self.lex.words, hit, inc.date))

    def _date_from_a_saying_after(self, doc: Document, found: list[Incident], told: set[int]) -> None:
        """An undated incident followed by a report that tells no incident of its own (`told`: the sentences with
        hits) and retells this one: "قتلت الاستخبارات ثلاثة مسلحين. وقال مصدر أمني أمس الخميس، «... قتلوا»" (the
        quotation goes on into the incident's next sentence), "اعتقلت القوى قياديا. وذكرت الحركة أنه تم اعتقال
        ... أمس السبت" (a word of the incident's kind, dated in its clause). Known by that report, the incident
        takes its date (SCHEMA.md)."""
        for inc in found:
            if inc.date is not None or inc.recalled:
                continue
            for s in sorted(inc.sentences):
                n = s + 1
                if n >= len(doc.seg.sentences) or n in told or not doc.same_item(s, n) \
                        or not setting.a_report(doc, self.lex.words, n):
                    continue
                if n + 1 in inc.sentences and setting.opens_a_quotation(doc, n):
                    inc.date = setting.first_date_before_quotation(doc, n)
                else:
                    # the day of its own clause, after the word, not the day of the saying before it (the
                    # report's words of incidents read whatever their sense: it names this one again)
                    raw = triggers.find_hits(doc, self.lex, forms=self.forms, sentence=n)
                    inc.date = next((d for h in raw if self.lex.compatible(h.family, inc.family)
                                     and (d := setting.date_for(doc, h, self.lex.words)) is not None
                                     and h.last <= d.first_token < doc.clause(h.first)[1]), None)
                if inc.date is not None:
                    break

    def _date_from_another_incident(self, doc: Document, found: list[Incident]) -> None:
        """An undated incident counted in days or hours from another: named after the count ("قال أوغلو أمس السبت
        ... وذلك بعد يوم من هجوم شنته الطائرات التركية": the day before Saturday), or told before it ("قتل جنديان
        قبل يومين من الهجوم على الحافلة الذي وقع أمس"): that date moved by the count; hours, the month."""
        for inc in found:
            if inc.date is None:
                s0 = doc.sentence_bounds(inc.main.sentence)[0]
                inc.date = self._counted_back_from_its_clause(doc, inc, s0) or \
                    self._counted_from_an_incident_after(doc, inc, found, s0)

    def _counted_back_from_its_clause(self, doc: Document, inc: Incident, s0: int):
        """The incident is named right after a count ("بعد يومين على هجوم"): the date told before the count in its
        sentence, moved back by it."""
        for h in inc.hits:
            if h.sentence != inc.main.sentence:
                continue
            found = setting.offset_before(doc, h.first, s0, self.calendar)
            if found is None:
                continue
            i, off = found
            anchor = next((d for d in reversed(doc.dates_in(s0, i)) if d.date), None)
            return setting.offset_date(anchor, off, -1, (i, h.first), doc) if anchor is not None else None
        return None

    def _counted_from_an_incident_after(self, doc: Document, inc: Incident, found: list[Incident], s0: int):
        """Another incident of the sentence, named right after a count that follows this one in its clause
        ("قبل يومين من الهجوم الذي وقع أمس"), dated by its own words after it: that date moved by the count."""
        hit = inc.main
        c1 = doc.clause(hit.first)[1]
        for other in found:
            d = other.date
            if other is inc or d is None or not d.date:
                continue
            for h in other.hits:
                if not hit.last <= h.first < c1 or d.first_token < h.last:
                    continue
                counted = setting.offset_before(doc, h.first, s0, self.calendar)
                if counted is not None and counted[0] >= hit.last:
                    return setting.offset_date(d, counted[1], 1, (counted[0], h.first), doc)
        return None

    def _date_from_the_telling_before(self, doc: Document, found: list[Incident]) -> None:
        """An undated incident told in a report that opens its sentence and gives no day ("وأفاد المرصد أن طائرات
        النظام شنت ست غارات على منبج", "وقالت مصادر محلية إن مقاتلات التحالف استهدفت ...") right after a sentence
        that tells an incident of the same type (a change of ground only from one) with its day ("قتل 28 مدنيا في قصف
        جوي على حلب اليوم", "وكثف طيران التحالف الجمعة غاراته"): the report details what that sentence told, and
        takes its day, where that day is recent news (not "قبل الحادي والعشرين من سبتمبر الماضي، عندما اجتاح المتمردون
        صنعاء").  Where that sentence's day is the day its incident was announced ("أفادت مصادر أمنية أمس بمقتل 24
        مدنيا. وقالت المصادر إن عبوة ناسفة انفجرت ..."), the report goes on with the same announcement, and an
        incident of any type known only by it takes the announcement's day (SCHEMA.md).  A report dated only by the
        day it was made ("نفذ التحالف 20 غارة ... أمس. وقال بيان ... اليوم إن أربع غارات قصفت ... قرب طوز خورماتو")
        details the incidents of the day told before it, in the month up to the report: that day is theirs.
        """
        by_sentence: dict[int, list[Incident]] = {}
        for inc in found:
            for s in inc.sentences:
                by_sentence.setdefault(s, []).append(inc)
        for inc in sorted(found, key=lambda i: i.main.first):
            s = inc.main.sentence
            if inc.recalled or not self._goes_on_from_the_sentence_before(doc, inc.main):
                continue
            if inc.date is None and doc.dates_in(*doc.sentence_bounds(s)):
                continue
            if inc.date is not None and not self._dated_only_by_its_report(doc, inc):
                continue
            told = self._told_before_it(doc, inc, by_sentence)
            if told:
                inc.date, inc.announced = told[0].date, told[0].announced

    def _date_from_the_report_it_goes_on_with(self, doc: Document, found: list[Incident]) -> None:
        """An undated incident told in a sentence with no date, in a report that goes on with one told before it
        (`_goes_on_with_a_report`: "وقالت المصادر إن تحالفا ... بسط سيطرته على مدينة الحوطة", "مضيفا أنه اعتقل أحد
        قادة الجماعة"): known only by that report, it takes the report's day (SCHEMA.md), the one recent day of the
        nearest sentence before it in its item that gives one, where that sentence is a report ("قالت مصادر ... إن
        المقاتلين انتزعوا السيطرة على المزيد من الأراضي اليوم الجمعة", "قال الجيش مساء الأحد إنه أنقذ ...").  A
        sentence on other news between ("من جهة أخرى") or a dated sentence that reports nothing ends the search."""
        for inc in found:
            if inc.date is not None or inc.recalled or inc.in_title:
                continue
            s = inc.main.sentence
            if doc.dates_in(*doc.sentence_bounds(s)):
                continue
            side = frozenset() if self._goes_on_with_a_report(doc, inc.main) else self._body_it_speaks_for(doc, inc.main)
            if side is None:
                continue
            day = self._day_of_the_report_before(doc, s, side)
            if day is not None:
                inc.date, inc.announced = day, True

    def _date_from_the_news_a_source_details(self, doc: Document, found: list[Incident]) -> None:
        """An undated incident told by a source in a report that opens its sentence and gives no date ("وقالت
        مصادر محلية إن القصف استهدف مدينة حرض", "وأوضح مصدر أمني أن اثنين من عناصر الصحوة قتلا بتفجير عبوة"), after
        the news told in the paper's own voice with its day ("دكت طائرات التحالف، أمس، ...", "لقي ثلاثة أشخاص
        مصرعهم في حادثين أمنيين منفصلين غرب بغداد أمس"): the source details that day's news, and the incident,
        known only by that telling, takes its day (SCHEMA.md).  Where the dated sentence before is itself a report,
        the source's is another report and the incident stays undated (dates29's and speakers34's guards: "وقال
        شهود عيان", "مصدر مطلع" after "قال الجيش مساء الاثنين"); so it does where the news is of another province,
        or of another family of its kind (storyday27's guards)."""
        for inc in found:
            if inc.date is not None or inc.recalled or inc.in_title:
                continue
            s = inc.main.sentence
            if doc.dates_in(*doc.sentence_bounds(s)) or not self._opens_a_report(doc, inc.main):
                continue
            day = self._news_told_before(doc, found, inc)
            if day is not None:
                inc.date = day

    def _news_told_before(self, doc: Document, found: list[Incident], inc: Incident):
        """The day of the news told, not reported, in the nearest sentence before `inc`'s in its item that gives a
        recent date ("سيطرت القوات الأمنية المشتركة أمس على منطقة ..."), where that is its one day and the sentence
        tells news `inc` may detail (`_tells_news_on`); None where other news, another section or another strand
        comes first (`_another_strand_after`), or that sentence is a report or gives a date of the past."""
        s = inc.main.sentence
        for b in range(s - 1, max(-1, s - 1 - REPORT_GOES_BACK), -1):
            if not doc.same_item(b, s) or self._another_strand_after(doc, b):
                return None
            b0, b1 = doc.sentence_bounds(b)
            told = doc.dates_in(b0, b1)
            if not told:
                continue
            # a date of the past ("منذ إبريل الماضي", "بين آب 2014 و22 حزيران") ends the search, and so does a day
            # further back than the news of a roundup ("قبل عشرة أيام"): what is told there is no day's news
            days = [d for d in told if setting.recent(doc, d)]
            if len(days) != len(told) or not _a_roundup_day(doc, days) or self._a_report_of_its_own(doc, b, days[0]):
                return None
            return days[0] if self._tells_news_on(doc, found, b, days[0], inc) else None
        return None

    def _tells_news_on(self, doc: Document, found: list[Incident], b: int, day, inc: Incident) -> bool:
        """Sentence `b` tells, outside a clause of background, news of `day` that `inc` may detail: an incident found
        there with that day, at `inc`'s ground, and of its family where of its kind (storyday27's guards: strikes on
        another province, or a mine after a suicide bombing, are other incidents); where no incident was kept
        there, a word of an incident dated that day or a count of the dead, at its ground or at no named place
        ("كما لقي ثلاثة أشخاص مصرعهم في حادثين أمنيين منفصلين غرب وشمال بغداد أمس": a sum of the incidents told
        after it)."""
        b0, b1 = doc.sentence_bounds(b)
        there = [p for p in found if b in p.sentences and not p.recalled]
        if there:
            return any(self._news_it_may_detail(doc, p, b, day, inc) for p in there)
        places = [m for _, _, m in doc.places_in(b0, b1)]
        if places and not any(_one_province(m, inc.place) for m in places):
            return False
        if any(not governed_as_background(doc, self.lex, h.first, b0)
               and (d := setting.date_for(doc, h, self.lex.words)) is not None and d.date == day.date
               for h in triggers.find_hits(doc, self.lex, forms=self.forms, sentence=b)):
            return True
        # a count of the dead with no word of an incident ("لقي ثلاثة أشخاص مصرعهم ... أمس")
        return bool(self.casualties.find(doc, b0, b1))

    def _news_it_may_detail(self, doc: Document, p: Incident, b: int, day, inc: Incident) -> bool:
        """Incident `p`, told in sentence `b` with `day` of its own clause, not as background, at `inc`'s province,
        and of `inc`'s family (another family is another incident: storyday27's guards, and the dates convention's
        "a report of another type is not its detail")."""
        b0, b1 = doc.sentence_bounds(b)
        return p.date is not None and p.date.date == day.date and b0 <= p.date.first_token < b1 \
            and not governed_as_background(doc, self.lex, p.main.first, doc.sentence_bounds(p.main.sentence)[0]) \
            and _one_province(p.place, inc.place) and p.family == inc.family

    def _another_strand_after(self, doc: Document, b: int) -> bool:
        """The sentence after `b` opens on other news ("من جهة أخرى": `topic_shifts`), another section of a roundup
        ("وفي محافظة تعز، ...") or another strand (`_opens_another_strand`)."""
        return self.casualties.opens_another_topic(doc, b + 1) or self._opens_a_section(doc, b + 1) \
            or self._opens_another_strand(doc, b + 1)

    def _opens_another_strand(self, doc: Document, s: int) -> bool:
        """Sentence `s` opens, among its first STRAND_OPENING words, on another strand of the news or another party's
        word ("في غضون ذلك"، "من ناحية ثانية"، "من جهته": `another_strand`)."""
        s0, s1 = doc.sentence_bounds(s)
        toks = doc.seg.tokens
        words = [k for k in range(s0, s1) if toks[k].is_word][:STRAND_OPENING]
        return any(toks[k].norm in self.lex.words.another_strand for k in words)

    def _a_report_of_its_own(self, doc: Document, b: int, day) -> bool:
        """Sentence `b` tells what someone said, announced or spoke of (`telling_words`), or has a speaker by the
        claims' reader ("ونقل الموقع عن مصادر ... ليلة السبت", "أبلغ نائب المحافظ الوطن بأن"), at its day or its end."""
        b0, b1 = doc.sentence_bounds(b)
        if any(token_stems(doc, k) & self.lex.words.telling_words for k in range(b0, b1)):
            return True
        return self.speaker_of is not None and any(self.speaker_of(doc, k, b) is not None
                                                   for k in (day.first_token, b1 - 1))

    def _date_from_the_roundup(self, doc: Document, found: list[Incident]) -> None:
        """An undated incident told in an undated sentence that opens a section of a roundup on a place ("وفي محافظة
        شبوة، قصفت مقاتلات التحالف مخازن أسلحة", "أما في مديرية باب المندب فلقي 22 متمردا مصرعهم"): one more place of
        the news the roundup tells, of the day of the incident told last before it in its item with a recent day of
        its own sentence ("كثفت طائرات التحالف غاراتها أمس على مواقع المتمردين في عدد من المحافظات").  A sentence on
        other news between ("من جهة أخرى"), or a dated one that tells no incident of that day, ends the search."""
        for inc in sorted(found, key=lambda i: i.main.first):
            if inc.date is not None or inc.recalled or inc.in_title:
                continue
            s = inc.main.sentence
            if doc.dates_in(*doc.sentence_bounds(s)) or not self._opens_a_section(doc, s):
                continue
            told = self._told_last_with_its_day(doc, found, s)
            if told is not None:
                inc.date, inc.announced = told.date, told.announced

    def _opens_a_section(self, doc: Document, s: int) -> bool:
        """The sentence opens with a locative of a roundup's section ("وفي", "ففي", "أما في": `section_openers`,
        `fronted_topics`) and names a place a few words on ("وفي العاصمة صنعاء،")."""
        W = self.lex.words
        s0, s1 = doc.sentence_bounds(s)
        toks = doc.seg.tokens
        if toks[s0].norm in W.fronted_topics and s0 + 1 < s1 and toks[s0 + 1].norm == "في":
            first = s0 + 2
        elif toks[s0].norm in W.section_openers:
            first = s0 + 1
        else:
            return False
        return any(p0 <= first + SECTION_PLACE_REACH and doc.clause(p0)[0] == s0
                   for p0, _, _ in doc.places_in(first, s1))

    def _told_last_with_its_day(self, doc: Document, found: list[Incident], s: int) -> Incident | None:
        """The incident told last before sentence `s` in its item, dated by a recent day of its own sentence (the
        first sentence back that gives a date or the last hours); None where a sentence on other news that opens no section comes first, or that dated
        sentence tells no incident of its day."""
        for b in range(s - 1, max(-1, s - 1 - ROUNDUP_GOES_BACK), -1):
            # "أما في X" shifts the place, not the day: another section of the roundup goes on with it
            if not doc.same_item(b, s) or (self.casualties.opens_another_topic(doc, b + 1)
                                           and not self._opens_a_section(doc, b + 1)):
                return None
            b0, b1 = doc.sentence_bounds(b)
            days = doc.dates_in(b0, b1)
            if not days and setting.tells_last_hours(doc, self.lex.words, b0, b1):
                return None   # "خلال الساعات الماضية": a time of its own, not the day told before it
            if not days:
                continue
            if not _a_roundup_day(doc, days):
                return None
            return next((p for p in sorted(found, key=lambda i: -i.main.first) if p.main.sentence == b
                         and not p.recalled and p.date is not None and p.date.date == days[0].date
                         and not governed_as_background(doc, self.lex, p.main.first, b0)), None)
        return None

    def _goes_on_with_a_report(self, doc: Document, hit: Hit) -> bool:
        """The hit's sentence opens with a verb of saying whose subject is the source told before ("وقالت المصادر",
        "وأوضح المصدر": `sources_told_before`) or none ("وأضاف أن"), or with a participle that goes on with a
        statement ("مضيفا أن": `statement_going_on`), and the hit is in what is said, after a complementiser."""
        W = self.lex.words
        s0 = doc.sentence_bounds(hit.sentence)[0]
        toks = doc.seg.tokens
        words = [k for k in range(s0, hit.first) if toks[k].is_word][:REPORT_OPENING]
        opening = next((k for k in words if toks[k].norm in W.statement_going_on or token_stems(doc, k) & W.saying_verbs),
                       None)
        if opening is None:
            return False
        if toks[opening].norm not in W.statement_going_on:
            after = opening + 1
            if after >= hit.first or not (toks[after].norm in W.sources_told_before or toks[after].text == ":"
                                          or _opens_what_is_said(toks[after], W) or self._says_it_too(doc, opening, hit)):
                return False   # "وأضاف: «...»": no subject, the speaker before
        # what is said opens with a complementiser, a quotation mark or a colon ("وأضاف البيان: كما استهدفت")
        return any(_opens_what_is_said(toks[k], W) or toks[k].text == ":" for k in range(opening + 1, hit.first))

    def _says_it_too(self, doc: Document, opening: int, hit: Hit) -> bool:
        """The verb of saying at `opening` goes on with the report before by its subject or an adverb between it
        and what is said: "also" ("وقالت الوكالة أيضا إن", "وقالت أيضا القوات الجوية إنها": `also`), or "the same"
        before a source told before ("وأضاف نفس المصدر أن", "وذكر ذات المصدر أن": `sameness_words`)."""
        W = self.lex.words
        toks = doc.seg.tokens
        said = next((k for k in range(opening + 1, hit.first) if _opens_what_is_said(toks[k], W) or toks[k].text == ":"),
                    None)
        if said is None:
            return False
        between = [k for k in range(opening + 1, said) if toks[k].is_word]
        if not between or len(between) > SAYS_TOO_REACH:
            return False
        first, second = between[0], between[1] if len(between) > 1 else None
        return any(toks[k].norm in W.also for k in between) or (
            toks[first].norm in W.sameness_words and second is not None and toks[second].norm in W.sources_told_before)

    def _body_it_speaks_for(self, doc: Document, hit: Hit) -> frozenset[str] | None:
        """For a hit told after a verb of saying at its sentence's start whose subject is a spokesman, an official
        or a source of a body ("وقال اندريه ليسينكو، المتحدث باسم الجيش، إن", "وقال مسؤول في الشرطة إن":
        `speakers_for_a_body`): the stems, without the article, of the words naming that body after the speaker
        word (neither a place nor `not_a_body`); None where the subject names no such speaker ("وقال شهود عيان إن")."""
        W = self.lex.words
        toks = doc.seg.tokens
        subject = self._subject_of_its_saying(doc, hit)
        if not subject or len(subject) > SPEAKER_REACH:
            return None
        speaker = next((i for i, k in enumerate(subject) if stems_with_and_without_article(doc, k) & W.speakers_for_a_body), None)
        if speaker is None:
            return None
        placed = {k for a0, a1, _ in doc.places_in(subject[0], subject[-1] + 1) for k in range(a0, a1)}
        # the body's words: up to BODY_WORDS after the speaker word, within its phrase (a comma closes the
        # apposition: "المتحدث باسم الجيش، في إفادة صحافية")
        named = []
        for k in subject[speaker + 1:speaker + 1 + BODY_WORDS]:
            if any(not toks[j].is_word for j in range(subject[speaker] + 1, k)):
                break
            named.append(k)
        body = frozenset(b for k in named if k not in placed and toks[k].norm not in W.not_a_body
                         and not stems_with_and_without_article(doc, k) & W.not_a_body
                         for b in stems_with_and_without_article(doc, k) if len(b) >= BODY_WORD_LETTERS)
        return body or None

    def _subject_of_its_saying(self, doc: Document, hit: Hit) -> list[int]:
        """The words between a verb of saying at the hit's sentence's start and the complementiser opening what is
        said that holds the hit ("وقال مصدر في الشرطة إن": مصدر في الشرطة); empty where there is no such verb."""
        W = self.lex.words
        toks = doc.seg.tokens
        words = [k for k in range(doc.sentence_bounds(hit.sentence)[0], hit.first) if toks[k].is_word]
        opening = next((k for k in words[:REPORT_OPENING] if token_stems(doc, k) & W.saying_verbs), None)
        if opening is None:
            return []
        said = next((k for k in range(opening + 1, hit.first) if _opens_what_is_said(toks[k], W)), None)
        return [k for k in words if opening < k < said] if said is not None else []

    def _day_of_the_report_before(self, doc: Document, s: int, side: frozenset[str] = frozenset()):
        """The recent day of the report that sentence `s` goes on with: the one day of the nearest sentence before
        it, in its item, that gives a recent date, where that sentence is a report (and, for a speaker of a body,
        names that body, `side`: "قال الجيش مساء الأحد إنه أنقذ" before "المتحدث باسم الجيش"); None where a sentence
        on other news comes first or the dated sentence reports nothing."""
        for b in range(s - 1, max(-1, s - 1 - REPORT_GOES_BACK), -1):
            if not doc.same_item(b, s) or self.casualties.opens_another_topic(doc, b + 1):
                return None
            days = [d for d in doc.dates_in(*doc.sentence_bounds(b)) if setting.recent(doc, d)]
            if not days:
                continue
            if not setting.a_report(doc, self.lex.words, b) or len({d.date for d in days}) != 1 \
                    or days[0].precision != "day":
                return None
            if side and not side & {x for k in range(*doc.sentence_bounds(b)) for x in stems_with_and_without_article(doc, k)}:
                return None   # a speaker of a body that report does not name: a report of its own
            return days[0]
        return None

    def _told_before_it(self, doc: Document, inc: Incident, by_sentence: dict[int, list[Incident]]) -> list[Incident]:
        """The incidents told with their day in the sentence before `inc`'s that may date it; for an undated one
        in a report, else the story's last telling of it (`_the_storys_telling`)."""
        s = inc.main.sentence
        b0, b1 = doc.sentence_bounds(s - 1)
        told = [p for p in by_sentence.get(s - 1, []) if p is not inc and not p.recalled and p.date is not None
                and p.date.date and b0 <= p.date.first_token < b1 and self._may_date_its_report(doc, p, inc)]
        if not told and inc.date is None and self._opens_a_report(doc, inc.main):
            return self._the_storys_telling(doc, inc, by_sentence)
        return told

    def _the_storys_telling(self, doc: Document, inc: Incident, by_sentence: dict[int, list[Incident]]) -> list[Incident]:
        """For an undated incident told in a report ("وقالت القيادة العسكرية إن سيارة مفخخة انفجرت عند وصول قافلة"):
        the incident of its kind that the story told last before it, across sentences of its item that tell none
        of its kind and give no day of their own ("وتبنى الجناح العسكري الهجوم على موقعه"); where that telling is
        of its family, at its ground (`_one_ground`), and dated with a recent day (its own or the lead's that it
        retells: "تبنى الحزب أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين"), the report details it and
        takes that day.  Another family or town told last (a mine after a suicide bombing, strikes on another
        province) is another incident: the report's stays undated (dates21: dating by any sentence before is too
        broad)."""
        s = inc.main.sentence
        for b in range(s - 1, -1, -1):
            if not doc.same_item(b, s):
                return []
            kin = [p for p in by_sentence.get(b, []) if p is not inc and not p.recalled and self._same_kind(p.family, inc.family)]
            if kin:
                return [p for p in kin[:1] if p.family == inc.family and _one_ground(p.place, inc.place)
                        and p.date is not None and p.date.date and p.date.first_token < doc.sentence_bounds(b)[1]
                        and self._may_date_its_report(doc, p, inc)]
            if doc.dates_in(*doc.sentence_bounds(b)):
                return []
        return []

    def _goes_on_from_the_sentence_before(self, doc: Document, hit: Hit) -> bool:
        """The hit's sentence follows one of its news item and details it: a report, or one opened by "كما"."""
        s = hit.sentence
        return s > 0 and doc.same_item(s - 1, s) and (self._opens_a_report(doc, hit) or self._goes_on_with_also(doc, hit))

    def _goes_on_with_also(self, doc: Document, hit: Hit) -> bool:
        """The hit's sentence opens with "كما" (also) and the hit is among its first words ("كما استهدفت مقاتلات
        التحالف مواقع ...", "كما انفجرت سيارة مفخخة في الزعفرانية"): one more incident of the news the sentence
        before told, not a new time (kwic.py: 99 sentences open with كما and a verb of violence on the feed; those
        after a dated incident of their kind go on with its day; a sentence with a date of its own keeps it)."""
        s0 = doc.sentence_bounds(hit.sentence)[0]
        toks = doc.seg.tokens
        k = next((j for j in range(s0, hit.first) if toks[j].is_word), hit.first)
        return k < hit.first and hit.first - k <= ALSO_OPENING and toks[k].norm in self.lex.words.also_openers

    def _may_date_its_report(self, doc: Document, told: Incident, inc: Incident) -> bool:
        """Whether the incident `told` the sentence before, with its recent day, may date `inc` of the report after
        it: one of its kind, or any known by its announcement; where `inc` has the report's day, one of its own day
        in the month up to the report."""
        if not setting.recent(doc, told.date) or not (told.announced or self._same_kind(told.family, inc.family)):
            return False
        return inc.date is None or (not told.announced and setting.told_before_announced(told.date, inc.date))

    def _dated_only_by_its_report(self, doc: Document, inc: Incident) -> bool:
        """The incident, told in what a report says (`_opens_a_report`), is dated by the day of the report, before
        the word that opens what is said, and its sentence gives no other date: the day it was told of."""
        d = inc.date
        if d is None:
            return False
        s0, s1 = doc.sentence_bounds(inc.main.sentence)
        toks, W = doc.seg.tokens, self.lex.words
        said = next((k for k in range(s0, inc.main.first) if _opens_what_is_said(toks[k], W)), None)
        return said is not None and d.last_token <= said and not doc.dates_in(d.last_token, s1)

    def _date_from_its_background_telling(self, doc: Document, found: list[Incident], hits: list[Hit]) -> None:
        """An undated incident at a town that an earlier sentence named, with its day, as background to another
        ("وتأتي السيطرة على دينسور بعد استعادة القوات لبلدة باردير الاربعاء" ... "وكان الرئيس قد أعلن عن انتزاع
        السيطرة على باردير"): the article told it once with its day; told again as its own, it is that incident,
        and keeps that day where it is recent news.  The town must be the same one, the incident of its type (a
        clash at Suruç is not the bombing told there), the day in the clause of the background telling, after its
        word; `hits`: the article's hits, background ones among them."""
        by_sentence: dict[int, list[Hit]] = {}
        for h in hits:
            by_sentence.setdefault(h.sentence, []).append(h)
        for inc in found:
            if inc.date is not None or inc.recalled or inc.place is None or _wide(inc.place):
                continue
            for s in range(inc.main.sentence):
                inc.date = next((d for h in by_sentence.get(s, []) if (d := self._background_day(doc, h, inc))
                                 is not None), None)
                if inc.date is not None:
                    break

    def _date_from_the_lead(self, doc: Document, found: list[Incident]) -> None:
        """An undated incident of the headline ("الشرطة التركية تفرق تظاهرة ضد تنظيم داعش في اسطنبول") whose lead,
        the first sentence under it, gives one recent day ("فرقت الشرطة التركية مساء الجمعة في اسطنبول مئات
        المتظاهرين"): a headline sums up its lead, and the lead's day is the headline incident's, also where an
        undated sentence of the body tells it again; not one the headline tells as background ("عودة الهدوء ... بعد نزاع قبلي أسفر عن مقتل العشرات")."""
        titles = incidents.title_sentences(doc)
        lead = max(titles, default=-1) + 1
        if not titles or lead >= len(doc.seg.sentences) or not doc.same_item(lead - 1, lead):
            return
        days = [d for d in doc.dates_in(*doc.sentence_bounds(lead)) if d.date and d.precision == "day"]
        if len({d.date for d in days}) != 1 or not setting.recent(doc, days[0]):
            return
        for inc in found:
            # told again in the body with no date there ("وهز انفجار قوي وسط العاصمة"), it is still the lead's
            if inc.date is None and not inc.recalled and inc.sentences & titles and not any(
                    doc.dates_in(*doc.sentence_bounds(s)) for s in inc.sentences - titles) and not \
                    governed_as_background(doc, self.lex, inc.main.first, doc.sentence_bounds(inc.main.sentence)[0]):
                inc.date = days[0]

    def _background_day(self, doc: Document, h: Hit, inc: Incident):
        """The recent day of `h`'s clause, after it, where `h` is told as background at `inc`'s town."""
        s0 = doc.sentence_bounds(h.sentence)[0]
        if not self._same_kind(h.family, inc.family) or not governed_as_background(doc, self.lex, h.first, s0):
            return None
        end = doc.clause(h.first)[1]
        if not any(_one_town(m, inc.place) for _, _, m in doc.places_in(h.last, end)):
            return None
        return next((d for d in doc.dates_in(h.last, end) if d.date and setting.recent(doc, d)), None)

    def _same_kind(self, a: str, b: str) -> bool:
        """Families of one type, a change of ground only with a change of ground."""
        return self.types[a] == self.types[b] and (a in TERRITORY) == (b in TERRITORY)

    def _opens_a_report(self, doc: Document, hit: Hit) -> bool:
        """The hit's sentence opens with a verb of saying ("وأفاد المرصد", "وقالت مصادر محلية") and the hit is in
        what is said, after a complementiser or a quotation mark."""
        W = self.lex.words
        s0 = doc.sentence_bounds(hit.sentence)[0]
        toks = doc.seg.tokens
        if not any(token_stems(doc, k) & W.saying_verbs for k in range(s0, min(hit.first, s0 + REPORT_OPENING))):
            return False
        # with its pronoun too ("وقال إنه", "وأضافت أنها"): dates29 saw reports so written left out
        return any(_opens_what_is_said(toks[k], W) for k in range(s0, hit.first))

    def _one_of_a_run(self, doc: Document, hit: Hit) -> bool:
        """A definite noun after a word of a run and the partitive ("شن ليل الثلاثاء الأربعاء سلسلة جديدة من
        الغارات الجوية", "موجة من الهجمات"): new incidents of a kind, not one the reader knows, so the date
        before them in their clause is theirs."""
        W = self.lex.words
        k = hit.first - 1
        s0 = doc.sentence_bounds(hit.sentence)[0]
        if k <= s0 or doc.seg.tokens[k].norm not in W.partitive_preposition:
            return False
        return bool(stems(doc, max(s0, k - RUN_REACH), k) & self.lex.modality.get("aggregate", frozenset()))

    def _predicate_of_a_light_verb(self, doc: Document, hit: Hit) -> bool:
        """A verbal noun that is the predicate of "did" ("قامت الجماعة باختطاف الإعلامي ...، مساء أمس") or joined by
        و to one under the passive auxiliary ("وفي فجر الأربعاء تم تطويق القارب واستيقافه، والقبض على شخصين"): an
        incident told now, not one the reader knows, so it is dated as a verb is."""
        word = doc.seg.tokens[hit.first].norm
        s0 = doc.sentence_bounds(hit.sentence)[0]
        if word.startswith(_BY):
            verbs, reach = self.lex.words.doing_verbs, DOING_REACH
        elif word.startswith(_JOINED_DEFINITE):
            verbs, reach = self.lex.passive.keys(), PASSIVE_REACH
        else:
            return False
        return any(token_stems(doc, k) & verbs for k in range(max(s0, hit.first - reach), hit.first))

    def _carried_out_on_a_day(self, doc: Document, hit: Hit, starts: list[int]) -> bool:
        """A noun that is the object of a verb of carrying out with a date between them ("شن سلاح الجو التركي الجمعة
        أولى غاراته", "وكثف طيران التحالف، الجمعة، غاراته"), or of taking control ("انتزعت الوحدات اليوم الاثنين
        السيطرة على بلدة"): definite by its doer's pronoun or the article, it is what was done that day, told now,
        so it is dated as a verb is; no other trigger between the two."""
        W = self.lex.words
        s0 = doc.sentence_bounds(hit.sentence)[0]
        verbs = W.carrying_out_verbs | W.control_verbs
        # the reach counts words: commas set the date off ("واصل طيران التحالف، صباح أمس الأحد، شن غاراته")
        verb = next((k for k in range(hit.first - 1, _words_back(doc, hit.first, CARRYING_REACH, s0) - 1, -1)
                     if token_stems(doc, k) & verbs and doc.dates_in(k + 1, hit.first)), None)
        if verb is None:
            return False
        k = bisect.bisect_right(starts, verb)
        return not (k < len(starts) and starts[k] < hit.first)

    def _named(self, doc: Document, hit: Hit, starts: list[int]) -> bool:
        """Whether a definite noun names the incident: not one of a run, nor a noun dated as a verb is (the
        predicate of a light verb, the complement of a helper, what was carried out or happened on a day), nor a
        participle, which names the doers ("مئات المحتجين الذين خرجوا")."""
        return hit.trigger.pos == "noun" and not hit.trigger.participle and (hit.trigger.definite or incidents.definite_by_construct(doc, hit)) \
            and not self._one_of_a_run(doc, hit) and not self._predicate_of_a_light_verb(doc, hit) \
            and not self._complement_of_a_helper(doc, hit) and not self._carried_out_on_a_day(doc, hit, starts) \
            and not self._happening_on_a_day(doc, hit)

    def _happening_on_a_day(self, doc: Document, hit: Hit) -> bool:
        """A noun right after a date (only marks between) that a verb of happening, going on, breaking out or
        witnessing opens a few words before it ("تصاعدت أمس التظاهرات", "وتواصلت صباح أمس الاثنين المعارك",
        "شهدت المدينة ظهر السبت (أمس) تفجير سيارتين"): the noun is the verb's subject or object, what happened
        that day, told now; definite by the article, it is dated as a verb is."""
        W = self.lex.words
        toks = doc.seg.tokens
        s0 = doc.sentence_bounds(hit.sentence)[0]
        before = doc.dates_in(max(s0, hit.first - HAPPENING_REACH), hit.first)
        if not before or any(toks[k].is_word for k in range(before[-1].last_token, hit.first)):
            return False
        verbs = W.happening_or_witnessed
        first = before[-1].first_token
        # the verb, its subject and the date's other words between ("شهدت مدينة تل أبيض ظهر السبت (أمس)"), no
        # mark but the commas and brackets that set a date off
        for k in range(first - 1, max(s0, first - HAPPENING_REACH) - 1, -1):
            if not toks[k].is_word and not setting.sets_off_a_date(toks[k].text):
                return False
            if token_stems(doc, k) & verbs:
                return True
        return False

    def _complement_of_a_helper(self, doc: Document, hit: Hit) -> bool:
        """A verbal noun that is the complement of a verb of managing with a date between them ("تمكنت المقاومة
        أمس من السيطرة على بلدتي الوهط وصبر", "تمكنت الدوريات صباح اليوم من القبض على"): the managing is the
        incident told now, its date is the noun's, so the noun is dated as a verb is (kwic.py: 36 feed hits of
        a helper, a day word and من or في within a clause; roles reads the helper's subject as the doer)."""
        s0 = doc.sentence_bounds(hit.sentence)[0]
        helper = roles.helper_before(doc, self.lex.words, hit, s0)
        return helper is not None and bool(doc.dates_in(helper + 1, hit.first))

    def _date_of_something_else(self, doc: Document, hit: Hit, date, how: tuple[bool, bool], starts: list[int]) -> bool:
        """Whether the sentence's date is another clause's (unless the dead counted before a cause give it their
        day) or, for an incident named by a definite noun, another trigger's between them; `how`: whether the
        incident is named, and whether it is governed as background."""
        named, background = how
        if self._on_another_day(doc, hit, date):
            return True
        if date.first_token < hit.first and self.casualties.mourned_between(doc, date.last_token, hit.first):
            return True   # "صلى المصلون أمس على الشهيد ... الذي استشهد إثر سقوط مقذوف": yesterday is the prayer's (martyr37)
        if named and (self._in_its_outcome(doc, hit, date, starts) or self._as_reported(doc, hit, date, starts)):
            return False
        if self._in_a_later_clause_of_time(doc, hit, date):
            return True
        if self._date_of_another_clause(doc, hit, date, named, background) and \
                not ((background or self._what_they_fell_in(doc, hit)) and self._outcome_told_before(doc, hit, date)):
            return True
        # "بالهجوم الانتحاري في سروج ومقتل جندي ... الخميس": Thursday is the soldier's death
        return named and _trigger_between(starts, hit, date.first_token)

    def _on_another_day(self, doc: Document, hit: Hit, date) -> bool:
        """The trigger right after "the morrow of" or "the eve of" ("قررت السلطات منع النقاب، غداة هجوم انتحاري ...، كما
        ذكرت أمس مصادر رسمية"): it happened on another day than the clause that names it, so only a date in its own
        clause after it ("غداة المجزرة التي ارتكبتها القوات أول من أمس") is its day."""
        k = hit.first - 1
        if k < doc.sentence_bounds(hit.sentence)[0] or not token_stems(doc, k) & self.lex.words.eve_and_morrow:
            return False
        return not hit.last <= date.first_token < doc.clause(hit.first)[1]

    def _in_a_later_clause_of_time(self, doc: Document, hit: Hit, date) -> bool:
        """The date is in a later clause that a word of time opens with its complementiser ("تقصف قرى صرادة، بعد
        أن تم دحرهم من عدة قرى الأسبوع الماضي", "منذ أن"): that clause's day, not the incident's; "قبل أن" tells
        what came next, in order."""
        if date.first_token < doc.clause(hit.first)[1]:
            return False
        k = doc.clause(date.first_token)[0]
        toks = doc.seg.tokens
        while k < date.first_token and not toks[k].is_word:
            k += 1
        W = self.lex.words
        opener = token_stems(doc, k)
        return k + 1 < date.first_token and bool(opener & W.background_after) and not opener & W.before_it and \
            toks[k + 1].norm in COMPLEMENTISERS

    def _in_its_outcome(self, doc: Document, hit: Hit, date, starts: list[int]) -> bool:
        """The date is after the incident, in the clause of what it caused ("أدى الانفجار إلى مقتل خمسة جنود أمس",
        "الهجوم الجوي على نقطة تفتيش، مما أسفر عن مقتل سبعة جنود الاثنين"): its own day, though the death between
        is a trigger and the clause another; that clause is the incident's, or the next one opening with the
        link, and no other incident is told between the incident and the link."""
        if date.first_token < hit.last:
            return False
        links = self.lex.words.outcome_links
        k = next((j for j in range(hit.last, date.first_token) if token_stems(doc, j) & links), None)
        if k is None:
            return False
        own0, own1 = doc.clause(hit.first)
        c0, c1 = doc.clause(k)
        opens_next = own1 <= c0 <= own1 + 1 and k - c0 <= OUTCOME_LINK_REACH
        return (c0 == own0 or opens_next) and date.first_token < c1 and not _trigger_between(starts, hit, k)

    def _as_reported(self, doc: Document, hit: Hit, date, starts: list[int]) -> bool:
        """The date is a report's that the incident is told as ("إن تتبع خلايا داعش، والقبض على أفرادها ...، كما
        أعلنت وزارة الداخلية يوم السبت"): after it, a few words after "as" and a verb of saying or announcing, with no
        other incident told between; the date nearest after the incident, so it gives none of its own."""
        if date.first_token < hit.last:
            return False
        W = self.lex.words
        toks = doc.seg.tokens
        verbs = W.reporting_verbs
        as_k = next((k for k in range(date.first_token - 1, max(hit.last, date.first_token - ANNOUNCED_REACH) - 1, -1)
                     if toks[k].norm in W.as_reported and k + 1 < date.first_token and token_stems(doc, k + 1) & verbs),
                    None)
        if as_k is None or _trigger_between(starts, hit, as_k):
            return False
        # "كما أعلنت الوزارة أمس مقتل ثلاثة جنود": "also", a report with an incident of its own after it
        end = doc.clause(date.first_token)[1]
        return not any(as_k < k < end for k in starts[bisect.bisect_left(starts, as_k):bisect.bisect_left(starts, end)])

    def _date_of_another_clause(self, doc: Document, hit: Hit, date, named: bool, background: bool) -> bool:
        """"قالت يوم السبت إن قرارها جاء بعد مقتل 32", "أعلنت أمس أن منفذ الهجوم الانتحاري ...، وقتل ... أمس":
        the day of the saying or of the next clause; an incident named by a definite noun is dated only by the
        words after it in its own clause, or by the announcement whose object it is ("أعلنت أمس القبض على")."""
        if date.first_token < hit.first and (named or background):
            return not (setting.announced_by_date(doc, self.lex.words, hit, date)
                        or (not background and self._said_of_it_alone(doc, hit, date)))
        end = doc.clause(hit.first)[1]
        # "قتل نحو 30 مسلحا في جبهات القتال، السبت، بينما ...": a day set off by commas right after the clause is
        # that clause's, as it is without the commas
        return named and date.first_token >= end and not setting.set_off_after(doc, end, date)

    def _said_of_it_alone(self, doc: Document, hit: Hit, date) -> bool:
        """The incident is told only in the complement of a saying dated by `date`, as its subject ("قالت الوزارة أمس
        الاثنين إن الانفجار الذي هز البلدة عمل إرهابي") or as what the dead counted in it fell in ("أفاد مصدر ليلة
        أمس أن 8 مسلحين قتلوا أثناء محاولتهم الهجوم"): known only by the saying, it takes the saying's day
        (SCHEMA.md), marked announced (`said_on_date`), so that a telling with a day of its own wins where the two
        fold into one.  Not a noun deeper in the complement ("أن منفذ العملية الانتحارية شاب", "أن السلطات تعرفت
        على مشتبه به في التفجير": what is said is of someone, of an incident named and known already)."""
        # a noun made definite by a place's name ("إن تفجير كركوك الانتحاري أثار غضبا") names an incident known
        # before the saying, which only reacts to it
        comp = setting.said_of_it_alone(doc, self.lex.words, hit, date) if hit.trigger.definite else None
        if comp is None:
            return False
        toks = doc.seg.tokens
        return all(not toks[k].is_word for k in range(comp + 1, hit.first)) or any(
            c.kind in ("killed", "wounded") for c in self.casualties.find(doc, comp + 1, hit.first))

    def _what_they_fell_in(self, doc: Document, hit: Hit) -> bool:
        """The trigger right after a preposition that puts the dead or hurt counted before it in the incident
        ("وقتل 8 مسلحين، مساء أمس، خلال تطهير قوات المقاومة القصر", "قتل جنديان أمس في الهجوم على")."""
        k = hit.first - 1
        return k >= doc.sentence_bounds(hit.sentence)[0] and bool(token_stems(doc, k) & self.lex.words.incident_prepositions)

    def _outcome_told_before(self, doc: Document, hit: Hit, date) -> bool:
        """Dead or wounded counted before a trigger governed as their cause, the date between ("قتل خمسة أشخاص
        أمس إثر قصف", "أصيب مقيم أمس إثر سقوط مقذوف"): the trigger is what they died or were hurt of, one
        incident, and the day is its day."""
        s0 = doc.sentence_bounds(hit.sentence)[0]
        if not date.last_token <= hit.first:
            return False
        return any(c.kind in ("killed", "wounded") and c.first_token < date.first_token
                   for c in self.casualties.find(doc, s0, hit.first))

    def _actors_of(self, doc: Document, hit: Hit, inc: Incident) -> None:
        self._sides_of(doc, hit, inc)
        if self.lex.families[hit.family].standing:
            # truce38: a state's declarer is actor1, the side asked to keep it the other party
            inc.actor1, inc.actor2 = roles.parties_of_a_state(doc, self.lex.words, hit, (inc.actor1, inc.actor2))

    def _sides_of(self, doc: Document, hit: Hit, inc: Incident) -> None:
        inc.actor1, inc.actor2 = roles.actors_for(doc, self.lex, hit)
        inc.ground_lost = roles.ground_lost(doc, self.lex, hit, inc.actor2)
        answer = answered_from(doc, self.lex, hit.first, doc.sentence_bounds(hit.sentence)[0])
        if answer is not None:
            # "ضاعف الحزب هجماته على الشرطة ردا على هجوم سروج": who answers and whom they hit are not the sides
            # of the incident answered
            start = doc.seg.tokens[answer].start
            inc.actor1, inc.actor2 = (a if a is not None and a.span.start > start else None
                                      for a in (inc.actor1, inc.actor2))
            inc.answered = True
            return
        subject = roles.country_subject(doc, self.lex.words, hit)
        if subject and (inc.actor1 is None or inc.actor1.span.start > doc.seg.tokens[max(hit.first, subject[2])].start):
            forces = self.victims(doc, "armed", subject[0])  # a country as the verb's subject
            inc.actor1 = dataclasses.replace(forces, name=subject[1]) if forces else inc.actor1
        if inc.actor1 is None:
            inc.actor1 = self._group_of_an_adjective(doc, hit)
        if inc.actor1 is None:
            inc.actor1 = self._user_of_a_signature_weapon(doc, hit)
        if inc.actor1 is None and not self._relative_on_a_noun(doc, hit):
            inc.actor1 = roles.default_actor1(doc, self.lex.words, hit, inc.actor2, self.adjectives, self.victims, self._country_name)
            inc.actor1_guessed = inc.actor1 is not None
        if hit.family == self.lex.flown_as:
            inc.actor1, inc.actor2 = roles.aircraft_as_actor2(doc, self.lex.words, (inc.actor1, inc.actor2),
                                                              self.lex.grounded_kinds)
        if hit.family == self.lex.flown_as and inc.actor1 is not None and inc.actor1.kind in self.lex.grounded_kinds:
            nationality = roles.forces_of_a_nationality(doc, self.lex.words, hit, self.adjectives, self.victims,
                                                        self._country_name)
            if nationality is not None and nationality.span is None:
                nationality = dataclasses.replace(nationality, span=doc.text_span(hit.first, hit.last))  # where it is told
            inc.actor1, inc.actor2 = roles.flying_doer(doc, self.lex.words, hit, (inc.actor1, inc.actor2), nationality,
                                                       self.lex.grounded_kinds)

    def _user_of_a_signature_weapon(self, doc: Document, hit: Hit):
        """The forces of the state whose signature weapon (events.yaml signature_weapons) the hit's own clause names
        ("قصف الطيران المروحي بالبراميل المتفجرة": the Syrian regime's), or None."""
        c0, c1 = doc.clause(hit.first)
        for iso, (nouns, adjectives) in self.lex.signature_weapons.items():
            k = next((k for k in range(c0, c1 - 1) if token_stems(doc, k) & nouns and token_stems(doc, k + 1) & adjectives),
                     None)
            forces = self.victims(doc, "armed", iso) if k is not None else None
            if forces is not None:
                # it stands where the weapon is named, as a doer read from the text does, under the name the
                # article last gave those forces, if it names them ("قوات النظام")
                named = [a.name for _, _, a in doc.actors_in(0, c1) if a.canonical == forces.canonical]
                name = named[-1] if named else forces.name
                return dataclasses.replace(forces, span=doc.text_span(k, k + 2), name=name)
        return None

    def _group_of_an_adjective(self, doc: Document, hit: Hit):
        """The group whose nisba adjective qualifies the blow ("قذائف الغدر الحوثية"): `roles.group_of_an_adjective`."""
        found = roles.group_of_an_adjective(doc, self.lex.words, hit, self.group_adjectives)
        if found is None:
            return None
        entry, k = found
        tok = doc.seg.tokens[k]
        return ActorRef(name=doc.seg.text.raw[tok.start:tok.end], canonical=entry.canonical, actor_id=entry.id,
                        kind=entry.kind)

    def _of_a_background_incident(self, doc: Document, c: Casualty, phrases: list[tuple[Hit, int, int]],
                                  starts: list[int]) -> Hit | None:
        """The incident recalled in passing (`phrases`: its hit, and its phrase to the end of its clause) whose
        dead a count gives in a relative clause of it ("اثر الهجوم الانتحاري في سوروتش ... والذي ادى الى سقوط 32
        قتيلا", "بعد أيام من تفجير انتحاري قتل ثلاثة"), or anywhere in the phrase of an incident a length of time
        counts from (`_in_a_past_counted_from`); `starts`: where every trigger starts, in text order."""
        for h, _, last in phrases:
            if h.sentence != c.sentence or c.first_token < h.last:
                continue
            if self._outcome_of(doc, h, c, starts) or self._killed_by(doc, h, c) or \
                    self._in_a_past_counted_from(doc, h, c, last):
                return h
        return None

    def _in_a_past_counted_from(self, doc: Document, h: Hit, c: Casualty, last: int) -> bool:
        """Whether the count stands in the phrase, to the end of its clause (`last`), of an incident that a length
        of time counts from ("اعتقلت الشرطة خمسة بعد أسبوع من هجوم على فندق قتل خلاله 20 سائحا", "بعد ثلاثة أيام على
        الهجوم الذي نفذه التنظيم وقتل فيه 30"): that past's dead, whatever verb of its clause tells them, not the
        toll of the news the sentence tells (factuality.recalled_after_a_while)."""
        return c.first_token < last and recalled_after_a_while(doc, self.lex, h.first, doc.sentence_bounds(h.sentence)[0])

    def _killed_by(self, doc: Document, h: Hit, c: Casualty) -> bool:
        """Whether a verb of killing or of outcome right after the hit's noun governs the count ("بعد ستة أيام من
        تفجير انتحاري قتل ثلاثة رجال شرطة": an indefinite noun's clause, with no relative pronoun)."""
        k = h.last
        if c.first_token - k != 1 or h.trigger.definite or incidents.definite_by_construct(doc, h):
            return False   # "بعد استئناف القتال قتل 26 متمردا": after a definite noun the verb is the sentence's own
        return bool(token_stems(doc, k) & self.lex.words.outcome_links) or \
            self.casualties.lex.killed_before.match_at(doc.seg.tokens, k) is not None

    def _outcome_of(self, doc: Document, h: Hit, c: Casualty, starts: list[int]) -> bool:
        """Whether the count is the outcome a relative clause of the hit's noun tells ("الهجوم ... الذي أوقع 32
        قتيلا", "والذي ادى الى سقوط 32 قتيلا"): a relative pronoun right before a verb of outcome between them,
        and no other trigger."""
        toks, w = doc.seg.tokens, self.lex.words
        return not _trigger_between(starts, h, c.first_token) and any(
            (toks[k].norm in w.relatives or token_stems(doc, k) & w.relatives) and token_stems(doc, k + 1) & w.outcome_links
            for k in range(h.last, c.first_token - 1))

    def _set_apart(self, doc: Document, c: Casualty, h: Hit, recalled: Hit | None = None,
                   starts: list[int] = ()) -> bool:
        """A count and a hit of its sentence that are not one incident's: "before" between a count and a hit
        after it ("قتل مئتي مدني قبل أن يتمكن المقاتلون من دحره"), or another of the hit's kind named in
        passing between them ("بين الهجوم في سوروتش والهجوم الذي أوقع أربعة قتلى"); a count of the dead that
        a word of answer or revenge governs ("قصفت تركيا مواقع ... ردا على مقتل أحد جنودها") is the toll of the
        incident answered, not of another hit of its sentence; the dead of an incident recalled in passing
        are not another's (`recalled`: that incident's hit, `_of_a_background_incident`)."""
        if recalled is not None and recalled.first != h.first or self._befell_before(doc, c, h, starts):
            return True
        answer = self._answering_before(doc, c)
        if answer is not None and not answer <= h.first < doc.clause(c.first_token)[1]:
            return True   # a hit in the answered phrase ("ردا على مقتل طفل في حريق أضرمه مستوطنون") is that incident
        if h.first > c.first_token:
            return bool(stems(doc, c.last_token, h.first) & self.lex.words.before_it)
        return any(incidents.second_of_a_pair(doc, k) for k in range(h.last, c.first_token))

    def _befell_before(self, doc: Document, c: Casualty, h: Hit, starts: list[int]) -> bool:
        """Whether the count follows a noun of death or wounding that a word of time governs and the hit `h`
        is told before that noun ("اندلعت الاشتباكات بعد مقتل أحد أفراد القبيلة"): an earlier incident, not the one
        told before it.  The noun itself keeps them only where no trigger of the sentence stands before it
        ("بعد شهرين من مقتل 17 شخصا في باريس"); a hit after the count is that incident told ("بعد مقتل 32 شخصا
        في تفجير انتحاري")."""
        k, s0 = c.first_token - 1, doc.sentence_bounds(c.sentence)[0]
        if h.first > k or not (k > s0 and token_stems(doc, k) & self.lex.words.befalling_nouns
                               and governed_as_background(doc, self.lex, k, s0)):
            return False
        return h.first < k or any(s0 <= t < k for t in starts)

    def _answering_before(self, doc: Document, c: Casualty) -> int | None:
        """The token of a word of answer or revenge at most ANSWER_REACH words before a count ("ردا على مقتل",
        "انتقاما لمقتل"), or None."""
        s0 = doc.sentence_bounds(c.sentence)[0]
        return next((k for k in range(c.first_token - 1, max(s0, c.first_token - ANSWER_REACH) - 1, -1)
                     if token_stems(doc, k) & self.lex.words.answering), None)

    def _country_name(self, iso: str) -> str | None:
        """A country's Arabic name (countries.tsv), or None."""
        found = self.country_place(iso) if self.country_place is not None else None
        return found[0] if found else None

    def _relative_on_a_noun(self, doc: Document, hit: Hit) -> bool:
        """A verb right after a relative pronoun whose antecedent is no actor ("هجوم سروج الذي استهدف"): its
        subject is that noun, not the likeliest doer of the sentence."""
        k = hit.first - 1
        s0 = doc.sentence_bounds(hit.sentence)[0]
        if hit.trigger.pos != "verb" or k <= s0 or doc.seg.tokens[k].norm not in self.lex.words.relatives:
            return False
        end = k   # the antecedent ends at the pronoun, or at a closing quotation mark before it
        while end - 1 > s0 and not doc.seg.tokens[end - 1].is_word:
            end -= 1
        return not any(a1 == end for _, a1, _ in doc.actors_in(max(s0, end - 8), end))

    def _setting_of(self, doc: Document, hit: Hit, inc: Incident) -> Incident:
        """The incident's target, a better place where its own is weak, and how it stands to the others."""
        inc.target = roles.target_class(doc, self.lex, hit)
        # (nor the country of the side that lost ground: "فقد الحوثيون السيطرة على المدينة" names the town told before)
        if setting.weak_place(doc, self.lex.words, inc.place) and not roles.counted(doc, self.lex.words, inc.actor2) \
                and not inc.ground_lost:
            # "هجوم على موقع للجيش البوركيني قرب الحدود مع النيجر": the target's country, not the neighbour
            # (not the country of a side only counted among the dead: "سقط قتلى من الحوثيين" says no place)
            place = setting.target_country_place(inc, hit, self.country_place)
            if place is not None and not setting.in_country_of(inc.place, place):
                if inc.place is None:
                    inc.side_country = place   # its sentence names no place: a finer one of the text may yet say
                inc.place = place
            elif place is None and setting.across_a_border(doc, self.lex.words, inc.place):
                # "زرعوا عبوات ناسفة على طريق قرب الحدود مع موريتانيا": not in the neighbour; on this side, where
                # the text last was (fill_places)
                inc.place = None
        inc.definite = incidents.points_back(doc, self.lex, hit) or incidents.claimed_again(doc, self.lex, hit) \
            or incidents.ground_pointed_back(doc, self.lex, hit)
        inc.restates = incidents.named_again(doc, self.lex, hit)
        inc.another = incidents.told_as_another(doc, self.lex, hit)
        inc.separate = incidents.opens_as_separate(doc, self.lex.words, hit.sentence)
        inc.shifted = self.casualties.opens_another_topic(doc, hit.sentence)
        return inc


def _wide(m: PlaceMention) -> bool:
    """A country, province or region: many incidents' ground, naming none."""
    return m.resolved is None or m.resolved.kind in ("country", "province", "region")


def _one_town(a: PlaceMention, b: PlaceMention) -> bool:
    return a.key == b.key or (a.resolved is not None and b.resolved is not None and a.resolved.id == b.resolved.id)


def _one_ground(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Whether two incidents may be one by their places: one names none or none the gazetteer knows ("منطقة ليجي"),
    both name one town, or both lie in one province."""
    if a is None or b is None or a.resolved is None or b.resolved is None or _one_town(a, b):
        return True
    ra, rb = a.resolved, b.resolved
    return ra.admin1 is not None and (ra.country, ra.admin1) == (rb.country, rb.admin1)


def _one_province(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """`_one_ground`, where one place's admin1 is GeoNames' code ("IQ.01") and the other's a province's name
    ("Anbar"), which do not compare: the code's side read by name from its point (resolve/provinces.py).  On the
    1716 feed conflict articles, Beit Awan and Jabal al-Turkman, al-Hamamiyat and Baghdad fell apart by them.  Two
    codes or two names compare as they are (the nearest province point is no answer where the lexicons list few
    provinces of a country: Sousse and Kairouan)."""
    if _one_ground(a, b):
        return True
    ra, rb = a.resolved, b.resolved
    if "country" in (ra.kind, rb.kind):
        return ra.country == rb.country   # a country names no ground of its own ("مصر")
    if ra.country != rb.country or not ra.admin1 or not rb.admin1 or \
            bool(_ADMIN1_CODE.match(ra.admin1)) == bool(_ADMIN1_CODE.match(rb.admin1)):
        return False
    named = [province_name(r.country, (r.lat, r.lon)) if _ADMIN1_CODE.match(r.admin1) and r.lat is not None
             and r.lon is not None else r.admin1 for r in (ra, rb)]
    return None not in named and province_key(named[0]) == province_key(named[1])


def _opens_what_is_said(tok, W) -> bool:
    """A complementiser ("أن", "إن", "بأن", "أنه": normalised, every one is in text.morphology's COMPLEMENTISERS,
    which holds event_roles.yaml's `bare_complementisers` too) or an opening quotation mark."""
    return tok.norm in COMPLEMENTISERS or tok.text in OPENING


def _a_dateline(doc: Document, colon: int) -> bool:
    """Whether every word before a headline's colon is a place ("اليمن: المقاومة تقتحم ..."، "سوريا: قوات النظام
    تقصف ..."): the place of the news, as a dateline gives it, not a speaker whose words follow."""
    covered: set[int] = set()
    for a0, a1, _ in doc.places_in(0, colon):
        covered.update(range(a0, a1))
    return all(k in covered for k in range(colon) if doc.seg.tokens[k].is_word)


def _a_roundup_day(doc: Document, days: list) -> bool:
    """The dates of a sentence give one recent day, at most ROUNDUP_DAYS_BACK before publication ("وفي 12 يوليو
    الماضي قامت انتحاريتان ...": an earlier incident, not the roundup's day)."""
    if len({d.date for d in days}) != 1 or days[0].precision != "day" or not setting.recent(doc, days[0]):
        return False
    return doc.published is None or \
        (doc.published - dt.date.fromisoformat(days[0].date)).days <= ROUNDUP_DAYS_BACK


def _dated(inc: Incident) -> bool:
    """Whether a date of the incident's own sentences resolves it."""
    return inc.date is not None and bool(inc.date.date)


def _counted_again(doc: Document, k: int) -> bool:
    """A definite number right after the trigger ("واعتقل الثلاثة في ..."): people counted before, so the
    trigger points back to what the sentences before told."""
    toks = doc.seg.tokens
    return k < len(toks) and toks[k].norm.startswith("ال") and bool(doc.numbers_in(k, k + 1))


def _trigger_between(starts: list[int], hit: Hit, token: int) -> bool:
    """Whether another trigger starts between the hit and `token` (`starts` in text order)."""
    k = bisect.bisect_left(starts, hit.last)
    while k < len(starts) and starts[k] == hit.first:
        k += 1
    return k < len(starts) and starts[k] < token


def _heads_a_tally(doc: Document, sentence: int, counts_of: Callable[[int], list[Casualty]]) -> bool:
    """The sentence's dead are a figure the next sentence gives as a tally ("3042 قتلى داعش والنصرة", a heading,
    over "أفاد المرصد بأن طائرات التحالف قتلت 3042 ... خلال 10 أشهر"): the heading of that tally, not the toll of
    the incident told before it."""
    if sentence + 1 >= len(doc.seg.sentences) or not doc.same_item(sentence, sentence + 1):
        return False
    figures = {c.value for c in counts_of(sentence) if c.kind == "killed" and c.value}
    return bool(figures) and any(c.tally and c.kind == "killed" and c.value in figures for c in counts_of(sentence + 1))


class _SentenceCounts:
    """A sentence's counts of dead and wounded (looked up often, found once)."""

    def __init__(self, finder: CasualtyFinder, doc: Document):
        self.finder = finder
        self.doc = doc
        self.found: dict[int, list[Casualty]] = {}

    def __call__(self, sentence: int) -> list[Casualty]:
        if sentence not in self.found:
            self.found[sentence] = self.finder.find(self.doc, *self.doc.sentence_bounds(sentence))
        return self.found[sentence]
