"""Counts of killed and wounded people, with the side they belong to.

"مقتل 12 جنديا", "15 شخصا على الأقل قتلوا", "لقي 4 من أفراد الجيش الصومالي
مصرعهم", "مقتل جنديين", "قتل أيضا جندي", "21 قتيلا", "أحصينا 21 جثة".
Each count knows its side (armed forces, militants, civilians, unspecified
people) so that an incident's toll can add the sides and keep the lowest
figure when reports of one side disagree (ACLED's conservative rule).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress

from rasd.extract.document import Document
from rasd.extract.lexicon import CasualtyLexicon
from rasd.text.clitics import reading_stems, readings, without_article
from rasd.text.matcher import WordTest
from rasd.text.morphology import COMPLEMENTISERS
from rasd.text.segment import QUOTES, token_norms

WINDOW_BEFORE = 5   # tokens between a kill word and its count ("أسفر عن مقتل 12", "قتل أيضا خلال مواجهة أمس جندي")
TALLY_WINDOW = 12   # tokens before a count searched for a tally word ("ليبلغ إجمالي القتلى ... 65")
WINDOW_AFTER = 5    # tokens between a count's noun and a kill word after it
NAMED_CUE_REACH = 2  # tokens from a kill word to a named person it kills ("قتل مسلحون الجندي سامي")
NAME_REACH = 5      # words of a person's name after the given name ("سامي معوض عوض الله الحربي")
# tokens before "الذي استشهد" searched for the person it tells of: his name, rank and unit may stand between
# ("الشهيد الرقيب أول سيف ... - رحمه الله - من القوة الإماراتية المشاركة في عمليات التحالف، الذي استشهد": 17;
# set on the feed's 48 such relatives, the longest 17)
RELATIVE_REACH = 20
# tokens before "استشهدوا" searched for the people named as its subject ("العريف أحمد المجايشي والجندي أول محمد العمري
# وزميلهم الجندي أول حسن ناصر بشيري من منسوبي حرس الحدود بمركز المسيال بقطاع ظهران الجنوب بمنطقة عسير استشهدوا": 27;
# set on the feed's 12 copies of that sentence)
NAMED_SUBJECT_REACH = 30

GROUP = "group"               # the key of a named group's dead among the sides of a toll
# the side of one person of a post (casualties.yaml office_holders: "مقتل القيادي", "قتل والي الموصل"): whose man
# he is, the words do not say. Listed with others he is one more ("مقتل آمر الفوج وجنديين": 3); told apart from
# other counts of the incident he is most often one of them ("خمسة عناصر من القاعدة قتلوا" and "مقتل القيادي
# ...": 5), so the toll is at least one, not a side of its own summed with the others, nor the lowest report of
# the people of no side ("مقتل القيادي ... و7 من مرافقيه" is not one dead)
LEADER = "leader"
_NO_SIDE = (None, "people", LEADER)   # counts whose side the words do not say
THREAT_REACH = 4   # tokens before a post holder searched for a word of threat or order ("هدد تنظيم الدولة بقتل رئيس")
PARTITIVE = "من"              # "9 مقاتلين من المقاومة": right before the name, not "من قبل" (by)
GROUP_REACH = 4               # tokens after a counted noun searched for the group it belongs to
GROUP_KINDS = frozenset({"non-state armed group", "militia", "pro-government militia"})   # actors.yaml kinds
STATE_FORCE_KINDS = frozenset({"state force"})   # actors.yaml: a state's armed forces, whose dead are the armed side
PERIOD_REACH = 4              # words after "منذ"/"خلال" searched for a span of months ("منذ نحو 4 أشهر")
PRONOUN_REACH = 6             # tokens before "وأردوه قتيلا" searched for the count of the one it kills
NOUN_WORDS = 2                # words after a count's noun read as its own before a count joined to it ("سائحا أجنبيا")
JOINED_REACH = 2              # tokens from a count of dead to a count of "others" joined after it ("9 وأصيب 50 آخرون")
SUPERSEDED_REACH = 6          # tokens after a count searched for "حصيلة أولية" ("مصرع جنديين ... في حصيلة أولية")
KILLED_OR_WOUNDED_REACH = 4   # tokens before a number searched for "مقتل وإصابة"
LIST_REACH = 8                # tokens from a counted noun to the next count of its list ("28 عنصرا من الجيش ومليشيا الحشد و18")
LIST_LENGTH = 3               # counts after the first searched for the list's word of killing
MIXED = "mixed"                 # a count of the dead and the wounded together ("15 قتيلا وجريحا")
CLAUSE_COMMAS = frozenset({"،", ",", "؛", ";"})   # punctuation that, before a word joined by و, opens another clause
_THAT = "ان"                    # "دون أن يصاب أحد": the particle between a negation and its verb
_CONJUNCTION = "و"              # "و7 مدنيين": a count joined to the one before
_WITH = "مع"                    # "قتل مع اثنين من مرافقيه": his men dead with him
_INDEFINITE_NISBA = ("يا", "ي")  # "تشاديا", "أفغاني": an indefinite nisba, as normalised
_HAMZA_ALIF = "أإ"               # "وأحد" (and one), as written before normalisation
_ACCUSATIVE = "ا"               # the tanween alif of an indefinite accusative ("جنديا"), as normalised
_ARTICLE, _DEFINITE = "ال", ("ال", "وال")  # the article, alone or after و
_NISBA = ("ي", "يه")             # the nisba endings, masculine and feminine (ة normalised to ه)


@dataclass
class Casualty:
    kind: str                 # killed | wounded | mixed (both together) | none (an outcome with nobody killed)
    value: int | None
    low: int | None
    high: int | None
    side: str | None          # armed | militant | civilian | people | None
    first_token: int
    last_token: int
    sentence: int
    tally: bool = False       # an aggregate over several incidents or days
    approx: bool = False
    noun_last: int = 0        # token after the counted noun
    country: str | None = None
    additional: bool = False  # "عنصر آخر", "3 جنود آخرين": more dead besides a count already given
    definite: bool = False    # "الإرهابيون العشرة": a count already given, referred to again
    listed_only: bool = False  # a relative ("ابنه"): a count only in a list with others
    names: tuple[str, ...] = ()  # the people counted by name ("الجندي سامي الحربي"): who, not only how many
    superseded: bool = False  # an earlier or first toll ("حصيلة سابقة"): another count of the same dead stands
    group: str | None = None  # the named side the dead belong to ("18 حوثيا", "4 قتلى في صفوف المقاومة")
    together: int | None = None  # of a mixed count, its figure ("66 قتيلا وجريحا": 66 dead and wounded)
    part: bool = False        # a part of the count before ("22 شخصا بينهم 21 سائحا")
    companions: bool = False  # "و7 من مرافقيه": the men of the person counted before, dead with him
    by_relative: bool = False  # "الشهيد ... الذي استشهد", "العريف أحمد ... استشهدوا": read from the people told before a
    # verb of martyrdom; the toll of an incident told there, no death report of its own


def _joined_right_after(doc: Document, prev: Casualty, c: Casualty) -> bool:
    """The count `c` comes right after `prev`'s noun, or after the noun's nisba ("12 سائحا أجنبيا وشرطي"), joined by
    و glued to it ("و2 من رجال الشرطة") or standing alone before it ("و 2")."""
    toks = doc.seg.tokens
    k = c.first_token
    end = prev.noun_last
    for _ in range(NOUN_WORDS):
        if end < k and (_nisba_after(doc, end - 1) or _an_indefinite_accusative(toks[end])):
            end += 1   # the noun's nisba, or a counted noun the lexicon does not hold ("12 سائحا أجنبيا")
    prev = replace(prev, noun_last=end)
    if k == prev.noun_last:
        return toks[k].norm.startswith(_CONJUNCTION)
    return k == prev.noun_last + 1 and toks[k - 1].norm == _CONJUNCTION


def _matches_before(lex_matcher, seg, start: int, end: int) -> bool:
    """Whether a name of `lex_matcher` starts in tokens start..end-1 and ends by token end (`seg`: Segmented);
    only the tokens where one may start are tried."""
    toks = seg.tokens
    for k in lex_matcher.positions(seg.words, max(start, 0), end):
        m = lex_matcher.match_at(toks, k)
        if m is not None and m.last <= end + 1:
            return True
    return False


class CasualtyFinder:
    def __init__(self, lex: CasualtyLexicon, adjectives: dict[str, str] | None = None):
        self.lex = lex
        self.adjectives = adjectives or {}
        self._person_noun = WordTest(self._counts_a_person)
        self._named_head = WordTest(self._heads_a_name)
        self._kills_one_by_pronoun = WordTest(self._a_killing_with_its_pronoun)

    def _a_killing_with_its_pronoun(self, word: str) -> bool:
        """"وأردوه": a verb of killing whose object pronoun is the one killed (casualties.yaml killed.by_pronoun)."""
        return bool(_bare_stems(word) & self.lex.killed_by_pronoun)

    def _heads_a_name(self, word: str) -> bool:
        """"الجندي", "والعريف": a definite person noun or rank, which a given name may follow."""
        heads = self.lex.named_heads
        for s in reading_stems(word):     # a loop, not any(generator): asked once for every new word
            if without_article(s) in heads:
                return True
        return False

    def _counts_a_person(self, word: str) -> bool:
        """A dual or singular noun of a person ("جنديين", "جندي"), or of a post ("القيادي"): where a count without
        numerals may be."""
        stems = [r.stem for r in readings(word)]
        return not (self.lex.duals.isdisjoint(stems) and self.lex.singulars.isdisjoint(stems)
                    and self.lex.dual_heads.isdisjoint(stems) and self.lex.relatives.isdisjoint(stems)) \
            or self._of_a_post(stems)

    def _of_a_post(self, stems: list[str]) -> bool:
        """"القيادي", "والي", "قائدا": a noun of a post or rank (casualties.yaml office_holders), with or without
        the article."""
        heads = self.lex.office_heads
        for s in stems:     # a loop, not any(generator): asked for every word tested as a count (~20 an article)
            if without_article(s) in heads or s in heads:
                return True
        return False

    def _holder_killed(self, doc: Document, k: int, first: int) -> int | None:
        """The token after one person of a post at `k` killed or wounded: right after a word of killing or wounding
        (not one that also means "to cite": "واستشهد رئيس الرابطة قائلا"), the noun of his post after him when it
        has no article ("قتل والي الموصل", "مقتل آمر الفوج وجنديين": the next count is joined past it); None where
        no such word stands right before."""
        toks = doc.seg.tokens
        lo = max(first, k - NAMED_CUE_REACH)
        if not self._death_word_right_before(doc, k, first) or _after_other_fate(toks, lo, k, self.lex.other_fates) > lo or \
                any(_bare_stems(toks[j].norm) & self.lex.office_not_after for j in range(lo, k)) or \
                any(_bare_stems(toks[j].norm) & self.lex.threats for j in range(max(first, k - THREAT_REACH), k)):
            return None   # "من بين القتلى القيادي": one of the dead counted; "هدد بقتل رئيس": a threat
        construct = not toks[k].norm.startswith(_DEFINITE) and k + 1 < len(toks) and toks[k + 1].is_word and \
            toks[k + 1].norm.startswith(_ARTICLE)
        return k + 2 if construct else k + 1

    def _dual_construct(self, doc: Document, k: int, stems: list[str]) -> bool:
        """"ضابطي شرطة", "ضابطا شرطة": a dual whose nun fell before the noun it is of."""
        toks = doc.seg.tokens
        return not self.lex.dual_heads.isdisjoint(stems) and k + 1 < len(toks) and \
            toks[k + 1].norm in self.lex.dual_complements

    def _side_after(self, doc: Document, k: int, end: int) -> tuple[str | None, int]:
        """Side of the people noun at `k` ("12 جنديا", "10 من مقاتلي", "4 من أفراد الجيش")."""
        toks = doc.seg.tokens
        if k >= end:
            return None, k
        m = self.lex.people.match_at(toks, k)
        if m is not None:
            return m.payloads[0], m.last
        if toks[k].norm in self.lex.partitive and k + 1 < end:
            m = self.lex.people.match_at(toks, k + 1)
            if m is not None:
                return m.payloads[0], m.last
            # "من بين القتلى" / "من الجيش"
            if toks[k + 1].norm in self.lex.armed_bodies:
                return "armed", k + 2
        return None, k

    def find(self, doc: Document, first: int, last: int) -> list[Casualty]:
        """The counts of killed and wounded in tokens first..last-1, in text order."""
        out: list[Casualty] = []
        used: set[int] = set()
        for n in doc.numbers_in(first, last):
            c = self._counted(doc, n, out)
            if c is not None:
                out.append(c)
                used.update(range(n.first_token, c.noun_last))
        self._add_without_numerals(doc, first, last, out, used)
        self._add_named(doc, first, last, out, used)
        out.extend(self._killed_by_relative(doc, first, last, out))
        out.extend(self._named_before_verb(doc, first, last, out))
        out.extend(self._killed_by_pronoun(doc, first, last, out))
        out.extend(self._vague_counts(doc, first, last, used))
        out.extend(self._wounded_told(doc, first, last))
        out.sort(key=lambda c: c.first_token)
        for c in out:
            self._mark_whose(doc, c)
        _share_the_group(doc, out)
        self._over_a_span_told_before(doc, first, last, out)
        return self._join_lists(doc, out)

    def _over_a_span_told_before(self, doc: Document, first: int, last: int, out: list[Casualty]) -> None:
        """"إن 173 مدنيا قتلوا وأصيب العشرات بالإضافة إلى مقتل مقاتل جراء الغارات خلال هذه الفترة": a span that points
        back to one told before (casualties.yaml spans_told_before, after خلال/منذ) sets the counts before it in its
        sentence over that span, tallies, unless a day or a tally word stands between ("قتل 5 أمس ...", "ليبلغ عدد
        القتلى 50 خلال هذه الفترة": only the total)."""
        if not out:
            return   # no count to set over a span: the tokens are not scanned (the claims stage reads every article whole)
        toks = doc.seg.tokens
        tally_spans, told_before = self.lex.tally_spans, self.lex.spans_told_before
        spans = [j for j in range(first, last - 1) if toks[j].norm in tally_spans
                 and told_before.match_at(toks, j + 1) is not None]
        if not spans:
            return
        for c in out:
            s1 = doc.sentence_bounds(c.sentence)[1]
            j = next((j for j in spans if c.first_token < j < s1), None)
            if j is None or c.tally or doc.dates_in(c.noun_last, j):
                continue
            if not any(self.lex.tally.match_at(toks, k) is not None
                       for k in self.lex.tally.positions(doc.seg.words, c.noun_last, j)):
                c.tally = True

    def _add_without_numerals(self, doc: Document, first: int, last: int, out: list[Casualty], used: set[int]) -> None:
        """Counts without numerals: duals ("مقتل جنديين") and singulars ("قتل جندي"), added to `out`."""
        toks = doc.seg.tokens
        for k in self._person_noun.positions(doc.seg.words, first, last):
            if k in used or self._counted_with(doc, k, out) or _numeral_after(doc, k):
                continue   # "مدني واحد", "مسلحين اثنين": the numeral after the noun counts it
            stems = [r.stem for r in readings(toks[k].norm)]
            relative = not self.lex.relatives.isdisjoint(stems)
            value, end, post = self._value_without_numeral(doc, k, first, stems, relative)
            if value and end > k:
                c = self._uncounted(doc, k, first, out, stems, value, end)
                if c is not None and post:
                    self._mark_the_holder(doc, c, stems, last)
                if c is not None and relative:
                    c.listed_only = True
                if c is not None and self._joined_to_count(doc, k, out) and out[-1].side == c.side and \
                        out[-1].kind == c.kind:
                    out[-1] = replace(out[-1], value=out[-1].value + c.value, noun_last=c.noun_last, listed_only=False,
                                      last_token=c.last_token)  # "مقتل ضابط ومجند": two of one side
                elif c is not None:
                    out.append(c)

    def _value_without_numeral(self, doc: Document, k: int, first: int, stems: list[str],
                               relative: bool) -> tuple[int, int, bool]:
        """The count of the dual or singular noun at `k` (0 where it counts no one), the token after it, and
        whether it is one person of a post (office_holders: "القيادي", "والي الموصل")."""
        construct = self._dual_construct(doc, k, stems)
        value = 2 if construct or not self.lex.duals.isdisjoint(stems) else \
            1 if relative or not self.lex.singulars.isdisjoint(stems) else 0
        if not value and self._of_a_post(stems):
            return 1, self._holder_killed(doc, k, first) or k, True
        return value, k + 2 if construct else k + 1, False

    def _mark_the_holder(self, doc: Document, c: Casualty, stems: list[str], last: int) -> None:
        """A post holder's side ("الضابط": an officer is of the armed side; else LEADER), and who he is, by his post
        and the word after it (not another incident's one dead told again)."""
        c.side = c.side or next((self.lex.sides[b] for s in stems if (b := without_article(s)) in self.lex.sides),
                                LEADER)
        toks = doc.seg.tokens
        c.names = (" ".join(toks[j].norm for j in range(c.first_token, min(c.noun_last + 1, last))),)

    def _killed_by_pronoun(self, doc: Document, first: int, last: int, out: list[Casualty]) -> list[Casualty]:
        """"وأردوه قتيلا": one dead, told by the object pronoun of أردى right before a word of the dead; none where a
        count of dead ends within PRONOUN_REACH tokens before it (the pronoun's noun: "على شرطي وأردوه قتيلا")."""
        toks = doc.seg.tokens
        found: list[Casualty] = []
        for k in self._kills_one_by_pronoun.positions(doc.seg.words, first, last - 1):
            if not toks[k].is_word or not _bare_stems(toks[k + 1].norm) & self.lex.killed_self or \
                    any(c.kind == "killed" and k - PRONOUN_REACH <= c.noun_last <= k for c in out):
                continue
            found.append(Casualty("killed", 1, None, None, None, k, k + 1, doc.seg.sentence_of(k), noun_last=k + 2))
        return found

    def _mark_whose(self, doc: Document, c: Casualty) -> None:
        """Whether the count is an earlier toll, and the named group or state force whose dead it gives."""
        c.superseded = self._superseded(doc, c)
        k = c.first_token - 1
        c.part = k >= 0 and bool(reading_stems(doc.seg.tokens[k].norm) & self.lex.inclusion)
        c.group = self._group(doc, c, GROUP_KINDS)
        if c.group is None and c.side != "civilian" and self._group(doc, c, STATE_FORCE_KINDS):
            c.side = "armed"   # "11 قتيلا في صفوف القوات الموالية", "28 عنصرا من الجيش العراقي": a state's side

    def _group(self, doc: Document, c: Casualty, kinds: frozenset[str]) -> str | None:
        """The named armed group (of `kinds`) whose dead a count gives: the counted noun is its name ("18
        حوثيا"), or the name follows the noun after a word of belonging or right after من ("4 قتلى سقطوا في صفوف
        المقاومة", "5 من عناصر الحوثي", "9 مقاتلين من المقاومة"); not a name after the count that tells who
        attacked ("20 مدنيا في هجوم لجماعة بوكو حرام")."""
        end = max(c.noun_last, c.last_token)
        toks = doc.seg.tokens
        if end < len(toks) and toks[end].norm in self.lex.another:
            end += 1   # "وأصيب 50 آخرون من المقاومة": the group after "others"
        c1 = doc.clause(c.first_token)[1]
        for a0, _, a in doc.actors_in(c.first_token, min(c1, end + GROUP_REACH)):
            if not (a.kind in kinds and (a.actor_id or kinds is STATE_FORCE_KINDS)):
                continue   # a state's forces need no entry of their own ("عنصرين من الشرطة التركية")
            if a0 <= end or (a0 == end + 1 and toks[end].norm == PARTITIVE) or \
                    any(reading_stems(toks[k].norm) & self.lex.belonging for k in range(max(end, a0 - 2), a0)):
                return a.actor_id or a.kind
        return None

    def _vague_counts(self, doc: Document, first: int, last: int, used: set[int]) -> list[Casualty]:
        """People counted without a number ("جرح عدد من الشرطيين", "عددا كبيرا من المصلين أصيبوا"): value None,
        of a people noun or a noun of dead or wounded right after the amount."""
        out: list[Casualty] = []
        toks = doc.seg.tokens
        for m in self.lex.vague_counts.scan(toks, first, last, doc.seg.words):
            if m.first in used or m.last >= last:
                continue
            sent_first, sent_last = doc.sentence_bounds(doc.seg.sentence_of(m.first))
            side, noun_end = self._side_after(doc, m.last, sent_last)
            if side is None and not self._dead_or_wounded_noun(toks[m.last].norm):
                continue   # "سقوط عدد من قذائف الهاون": no people
            noun_end = max(noun_end, m.last + 1)
            mixed = self._killed_or_wounded_before(doc, m.first, sent_first, self.lex.killed_or_wounded_verbs) or \
                self._killed_or_wounded(doc, m.last, noun_end, sent_last) is not None   # "مقتل وجرح عدد من"
            kind = MIXED if mixed else self._kind(doc, m.first, noun_end, sent_first, sent_last)
            if kind is None:
                continue
            c = Casualty(kind, None, None, None, side, m.first, m.last, doc.seg.sentence_of(m.first),
                         approx=True, noun_last=noun_end)
            c.tally = self._is_tally(doc, m.first, sent_first)
            out.append(c)
        return out

    def _wounded_told(self, doc: Document, first: int, last: int) -> list[Casualty]:
        """Wounded told by a bare plural as an incident's outcome ("ما أدى إلى سقوط جرحى", "أوقع جرحى"; a verb of outcome
        within reach before it or in it): value None; not a report of them ("أكد وقوع إصابات في صفوف الجيش": casualties
        of any kind), not after a negation within reach ("لم ترد أنباء عن وقوع إصابات"), nor before a noun of the dead
        ("سقوط جرحى وقتلى": the dead are told too)."""
        out: list[Casualty] = []
        toks = doc.seg.tokens
        for m in self.lex.wounded_told.scan(toks, first, last, doc.seg.words):
            lo = max(first, m.first - self.lex.harm_reach - 1)
            if not any(reading_stems(toks[j].norm) & self.lex.outcome_links for j in range(lo, m.first + 1)) or \
                    _matches_before(self.lex.harm_negations, doc.seg, lo, m.first) or \
                    any(_bare_stems(toks[j].norm) & self.lex.killed_self for j in range(m.last, min(last, m.last + 2))):
                continue
            out.append(Casualty("wounded", None, None, None, None, m.first, m.last, doc.seg.sentence_of(m.first),
                                approx=True, noun_last=m.last))
        return out

    def _own_kind(self, word: str) -> str | None:
        """The kind a dual of the dead or wounded tells by itself ("وسقط قتيلين", "قتيلان من الحزب", "جريحين"), with
        no word of killing or wounding before it; None for any other noun (casualties.yaml self_counting)."""
        stems = _bare_stems(word)
        return "killed" if stems & self.lex.killed_self else "wounded" if stems & self.lex.wounded_self else None

    def _dead_or_wounded_noun(self, word: str) -> bool:
        """"القتلى", "جرحى": a noun that is itself a count of dead or wounded."""
        stems = _bare_stems(word)
        return not (stems.isdisjoint(self.lex.killed_self) and stems.isdisjoint(self.lex.wounded_self))

    def _superseded(self, doc: Document, c: Casualty) -> bool:
        """Whether an earlier or first toll is named in the count's clause: anywhere before it, as what tells the
        count ("أعلن في حصيلة سابقة أن عدد الضحايا الذين سقطوا بفعل القصف هو 57"), or within SUPERSEDED_REACH tokens
        after it ("مصرع جنديين وإصابة 24 آخرين في حصيلة أولية")."""
        c0, c1 = doc.clause(c.first_token)
        toks = doc.seg.tokens
        lo, hi = c0, min(c1, max(c.noun_last, c.last_token) + SUPERSEDED_REACH)
        return any(self.lex.superseded.match_at(toks, k) is not None
                   for k in self.lex.superseded.positions(doc.seg.words, lo, hi))

    def _add_named(self, doc: Document, first: int, last: int, out: list[Casualty], used: set[int]) -> None:
        """Named people, counted one each: "استشهاد العريف أحمد ...، والجندي أول محمد ..." (two)."""
        for k in self._named_head.positions(doc.seg.words, first, last):
            if k in used or not self._death_word_right_before(doc, k, first):
                continue
            ends = self._named_list(doc, k, last)
            if not ends:
                continue
            stems = [b for r in readings(doc.seg.tokens[k].norm) if (b := without_article(r.stem))]
            c = self._uncounted(doc, k, first, out, stems, len(ends), ends[-1])
            if c is not None:
                c.names = tuple(self._names(doc, k, ends))
                c.tally = False   # "ويوثق التقرير قتل الطفل الفلسطيني علي ...": people named are one incident's, no tally
                out.append(c)
                used.update(range(k, ends[-1]))

    def _killed_by_relative(self, doc: Document, first: int, last: int, out: list[Casualty]) -> list[Casualty]:
        """"جثمان الشهيد الجندي سعد ... الذي استشهد": one dead (two after "اللذين استشهدا"), told by a relative pronoun
        and a verb of martyrdom right after it (casualties.yaml killed_by_relative), where a person stands within
        RELATIVE_REACH tokens before it in its sentence and no count of dead there counts him already; not where the
        verb's subject or what it cites comes after it ("الغارة التي استشهد فيها", "التي استشهدت ببعض أبياتها")."""
        toks = doc.seg.tokens
        found: list[Casualty] = []
        # only the tokens right before a verb of martyrdom (the first test of `_martyr_relative`), picked in C over
        # the article's norms: most sentences hold none, and a Python call per token of every article was ~3% of
        # the pipeline's lines (speed41)
        verb_after = map(self.lex.relative_verbs.__contains__, token_norms(doc.seg)[first + 1:last])
        for k in compress(range(first, last - 1), verb_after):
            value = self._martyr_relative(doc, k, last)
            if not value:
                continue
            lo = max(doc.sentence_bounds(doc.seg.sentence_of(k))[0], first, k - RELATIVE_REACH)
            people = [j for j in range(k - 1, lo - 1, -1) if toks[j].is_word and self._a_person(toks[j].norm)]
            if not people or any(c.kind == "killed" and lo <= c.first_token < k for c in out):
                continue
            c = Casualty("killed", value, None, None, next(filter(None, map(self._side_of, (toks[j].norm for j in people))),
                         None), k, k + 2, doc.seg.sentence_of(k), noun_last=k + 2, by_relative=True)
            c.names = self._names_before(doc, people, k)
            found.append(c)
        return found

    def _martyr_relative(self, doc: Document, k: int, last: int) -> int:
        """How many died by the relative pronoun at `k` and the verb of martyrdom right after it ("الذي استشهد": 1,
        "اللذين استشهدا": 2); 0 where there is none, or the verb's subject or what it cites comes after it."""
        toks = doc.seg.tokens
        lex = self.lex
        if k + 1 >= last or toks[k + 1].norm not in lex.relative_verbs or \
                (k + 2 < last and _bare_stems(toks[k + 2].norm) & lex.relative_not_before):
            return 0
        stems = _bare_stems(toks[k].norm)
        return 1 if stems & lex.relative_one else 2 if stems & lex.relative_two else 0

    def mourned_between(self, doc: Document, first: int, last: int) -> bool:
        """Whether a relative of martyrdom ("الذي استشهد") stands in tokens first..last-1: what comes before it is
        told of the dead man (his funeral, prayer or condolence), not of how he died."""
        return any(self._martyr_relative(doc, k, len(doc.seg.tokens)) for k in range(first, last))

    def _named_before_verb(self, doc: Document, first: int, last: int, out: list[Casualty]) -> list[Casualty]:
        """"العريف أحمد ... والجندي أول محمد ... وزميلهم الجندي أول حسن ... استشهدوا": people named one by one (a head and
        a given name) within NAMED_SUBJECT_REACH tokens before a dual or plural verb of martyrdom (casualties.yaml
        named_before_verb), two or more, one dead each; not where a count of dead stands between."""
        toks = doc.seg.tokens
        found: list[Casualty] = []
        # the verbs picked in C over the article's norms, not token by token in Python (speed41)
        for k in compress(range(first, last), map(self.lex.subject_verbs.__contains__, token_norms(doc.seg)[first:last])):
            lo = max(doc.sentence_bounds(doc.seg.sentence_of(k))[0], first, k - NAMED_SUBJECT_REACH)
            heads = [j for j in range(lo, k) if self._named_head(toks[j].norm) and self._name_after(doc, j, k)]
            if len(heads) < 2 or any(c.kind == "killed" and lo <= c.first_token < k for c in out):
                continue
            side = next(filter(None, map(self._side_of, (toks[j].norm for j in heads))), None)
            c = Casualty("killed", len(heads), None, None, side, heads[0], k + 1, doc.seg.sentence_of(k),
                         noun_last=k + 1, by_relative=True)
            c.names = tuple(n for j in heads for n in self._names(doc, j, [self._name_after(doc, j, k)]))
            found.append(c)
        return found

    def _names_before(self, doc: Document, people: list[int], k: int) -> tuple[str, ...]:
        """The names of the people a relative at `k` tells of, where a head names them ("الشهيد الجندي أول حسن بشيري"):
        who they are, so that the same dead told again elsewhere are not counted twice."""
        for j in reversed(people):
            if self._named_head(doc.seg.tokens[j].norm):
                ends = self._named_list(doc, j, k)
                if ends:
                    return tuple(self._names(doc, j, ends))
        return ()

    def _a_person(self, word: str) -> bool:
        """A person a relative pronoun may tell of: a named_person head, a person noun or a killed_by_relative
        antecedent ("الجندي", "مواطن", "الفقيد", "شهيدي")."""
        return self._heads_a_name(word) or self._counts_a_person(word) or \
            bool(_bare_stems(word) & self.lex.relative_antecedents)

    def _side_of(self, word: str) -> str | None:
        """The side of a person noun ("الجندي": armed), if the lexicon gives one."""
        return next((self.lex.sides[b] for b in _bare_stems(word) if b in self.lex.sides), None)

    def _death_word_right_before(self, doc: Document, k: int, first: int) -> bool:
        """"استشهاد العريف", "قتل مسلحون الجندي": a named person is a casualty only right after the word
        that kills or wounds (not "قال النقيب نور ... إن اثنين قتلوا": the one who tells it)."""
        lo = max(first, k - NAMED_CUE_REACH)
        return _matches_before(self.lex.killed_before, doc.seg, lo, k) or _matches_before(self.lex.wounded_before, doc.seg, lo, k)

    def _names(self, doc: Document, k: int, ends: list[int]) -> list[str]:
        """The names of the people listed from the head at `k` (one per end), normalised, ranks left out."""
        toks = doc.seg.tokens
        names, start = [], k
        for end in ends:
            names.append(" ".join(toks[j].norm for j in range(start + 1, end)
                                  if toks[j].is_word and toks[j].norm not in self.lex.rank_words))
            start = end + 1 if end < len(toks) and not toks[end].is_word else end
        return names

    def _named_list(self, doc: Document, k: int, last: int) -> list[int]:
        """The ends of the named people listed from `k` on: a head with a given name after it, then more
        joined by و (a comma may stand before it); empty when no given name follows the head."""
        toks = doc.seg.tokens
        ends: list[int] = []
        while k < last:
            end = self._name_after(doc, k, last)
            if end is None:
                break
            ends.append(end)
            k = end + 1 if end < last and not toks[end].is_word else end
            if not (k < last and toks[k].norm.startswith(_CONJUNCTION) and self._named_head(toks[k].norm)):
                break
        return ends

    def _name_after(self, doc: Document, k: int, last: int) -> int | None:
        """The token after the name of the person the head at `k` names ("الجندي أول سامي الحربي"), if any."""
        toks = doc.seg.tokens
        j = k + 1
        while j < last and toks[j].norm in self.lex.rank_words:
            j += 1
        if j < last and _a_nisba(toks[j].norm):
            j += 1   # "استشهاد الطفل الفلسطيني علي", "استشهد الشاب الفلسطيني «محمد ...»": the head's nisba first
        if j < last and not toks[j].is_word and toks[j].text in QUOTES:
            j += 1
        if j >= last or toks[j].norm not in self.lex.given_names:
            return None
        end = j + 1
        while end < min(last, j + 1 + NAME_REACH) and toks[end].is_word and \
                not toks[end].norm.startswith(_CONJUNCTION):
            end += 1
        return end

    @staticmethod
    def _join_lists(doc: Document, out: list[Casualty]) -> list[Casualty]:
        """"وقتل ابنه وثلاثة من أقاربه", "مقتل 3 جنود و2 من رجال الشرطة": people of one side listed with و right
        after each other are one count, their sum; so are a count of no side and those listed with it ("مقتل 12 سائحا
        وشرطي": 13, where the larger figure of no side had swallowed the policeman; "مقتل مدني وجندي و4 أشخاص": 6).
        Such a list is of no side, and its counts of a side stay as its parts (whose dead they are). People of two
        named sides stay apart: the toll adds the sides."""
        joined: list[Casualty] = []
        parts: list[Casualty] = []   # the counts of two sides summed, kept as parts: whose dead they are
        for c in out:
            if joined and _joinable(doc, joined[-1], c):
                joined[-1] = _sum_of(joined[-1], c, parts)
                while len(joined) > 1 and joined[-1].side is None and _joinable(doc, joined[-2], joined[-1]):
                    joined[-2:] = [_sum_of(joined[-2], joined[-1], parts)]   # the list's earlier counts of named sides
            else:
                joined.append(c)
        return sorted([c for c in joined if not c.listed_only] + parts, key=lambda c: c.first_token)

    def no_deaths(self, doc: Document, first: int, last: int) -> list[Casualty]:
        """Outcomes with nobody killed in tokens first..last-1 ("ولم يسفر الانفجار عن إصابات"), as
        counts of kind "none" (value 0): an incident they go to has a toll of 0 unless it counts dead."""
        toks = doc.seg.tokens
        spans = [(m.first, m.last) for m in self.lex.no_deaths.scan(toks, first, last, doc.seg.words)]
        taken = {k for a, b in spans for k in range(a, b)}
        spans += [s for s in self._negated_harm(doc, first, last) if s[0] not in taken]
        return [Casualty("none", 0, None, None, None, a, b, doc.seg.sentence_of(a), noun_last=b)
                for a, b in sorted(spans)]

    def _negated_harm(self, doc: Document, first: int, last: int) -> list[tuple[int, int]]:
        """"لم يخلف القصف أية إصابات", "دون أن يصاب أحد بأذى", "ولا إصابات": a negation, a word of outcome
        and a word of harm within reach of it (casualties.yaml: no_harm), as token spans."""
        toks, lex = doc.seg.tokens, self.lex
        out: list[tuple[int, int]] = []
        for k in lex.harm_negations.positions(doc.seg.words, first, last):
            neg = lex.harm_negations.match_at(toks, k)
            if neg is None or (out and k < out[-1][1]):
                continue
            end = self._harm_after(doc, neg.last, last, 0)
            at = neg.last + 1 if neg.last < last and toks[neg.last].norm == _THAT else neg.last  # "دون أن يصاب"
            if end is None:
                outcome = lex.harm_outcomes.match_at(toks, at) if at < last else None
                end = self._harm_after(doc, outcome.last, last, lex.harm_reach) if outcome is not None else None
            if end is not None:
                out.append((k, end))
        return out

    def _harm_after(self, doc: Document, k: int, last: int, reach: int) -> int | None:
        """The end of a word of harm among the `reach` + 1 words from `k` on (words only, in the sentence)."""
        toks = doc.seg.tokens
        for j in range(k, min(last, k + reach + 1)):
            if not toks[j].is_word:
                return None
            m = self.lex.harm_words.match_at(toks, j)
            if m is not None and m.last <= last:
                return m.last
        return None

    def _counted(self, doc: Document, n, out: list[Casualty]) -> Casualty | None:
        """The count a number gives, when words around it say people were killed or wounded."""
        if not _a_count(n) or self._no_people(doc, n):
            return None
        sentence = doc.seg.sentence_of(n.first_token)
        sent_first, sent_last = doc.sentence_bounds(sentence)
        side, noun_end, definite_count = self._counted_noun(doc, n, sent_first, sent_last)
        if noun_end < sent_last and self.lex.both_sides.match_at(doc.seg.tokens, noun_end) is not None:
            side = None   # "25 مقاتلا من الطرفين": the dead of both sides together, a total
        mixed_end = self._killed_or_wounded(doc, n.last_token, noun_end, sent_last)
        # "مقتل وإصابة 7 جنود"; the two verbs only before an amount with no figure ("قتل وجرح عشرات من عناصر التنظيم"),
        # as before "عدد من" (a figure before them may count the dead: "شخصا قتل وأصيب 15")
        verbs = self.lex.killed_or_wounded_verbs if n.value is None else None
        if mixed_end is None and self._killed_or_wounded_before(doc, n.first_token, sent_first, verbs):
            mixed_end = noun_end
        if mixed_end is not None:  # "15 قتيلا وجريحا": the dead among them are not counted
            return Casualty(MIXED, None, None, None, side, n.first_token, n.last_token, sentence,
                            approx=n.approx, noun_last=mixed_end, together=n.value)
        kind, listed = self._kind_of_count(doc, n, (side, noun_end), (sent_first, sent_last), out)
        companions = self._of_his_men(doc, n)
        if kind is None and companions:
            kind = self._fate_before(doc, n.first_token, sent_first)
        if kind is None:
            return None
        c = Casualty(kind, *n.as_count(), side, n.first_token, n.last_token,
                     sentence, approx=n.approx, noun_last=noun_end)
        c.tally = self._is_tally(doc, n.first_token, sent_first) or self._tally_after(doc, noun_end, sent_last) or (
            bool(out) and out[-1].tally and out[-1].sentence == c.sentence and c.first_token - out[-1].noun_last <= 6)
        c.country = self._nationality(doc, noun_end, sent_last)
        # a list's next count past what describes the first is more dead besides it, of whatever side ("4 ضباط برتب
        # عالية، و9 عناصر"), not another report of the first's side
        c.additional = self._another(doc, noun_end, sent_last) or \
            (listed and n.first_token - out[-1].noun_last > 2 and not companions)
        c.definite = definite_count
        c.companions = companions
        return c

    def _of_his_men(self, doc: Document, n) -> bool:
        """"و7 من مرافقيه", "مع اثنين من حراسه": a number joined by و (or مع) before من and a noun of a man's own men
        with its pronoun (casualties.yaml companions)."""
        toks = doc.seg.tokens
        k, j = n.first_token, n.last_token
        joined = toks[k].norm.startswith(_CONJUNCTION) or (k > 0 and toks[k - 1].norm in (_CONJUNCTION, _WITH))
        return joined and j + 1 < len(toks) and toks[j].norm == PARTITIVE and toks[j + 1].norm in self.lex.companions

    def _fate_before(self, doc: Document, k: int, sent_first: int) -> str | None:
        """Killed or wounded, by the nearest word of killing or wounding within LIST_REACH tokens before `k` (the
        word that tells the fate of the man whose men are counted at `k`: "وقتل القيادي أبو كهلان الحوثي و20 من
        مرافقيه")."""
        lo = _after_other_fate(doc.seg.tokens, max(sent_first, k - LIST_REACH), k, self.lex.other_fates)
        for kind in ("killed", "wounded"):
            if self._nearest_is(doc, lo, k, kind):
                return kind
        return None

    def _kind_of_count(self, doc: Document, n, noun: tuple[str | None, int], bounds: tuple[int, int],
                       out: list[Casualty]) -> tuple[str | None, bool]:
        """Killed or wounded, by the words around the number, of the list it ends, or of the count before it in a
        list it continues ("13 من رجال الأمن، و7 مدنيين، و45 إرهابيا"); and whether it continues such a list."""
        side, noun_end = noun
        sent_first, sent_last = bounds
        kind = self._kind(doc, n.first_token, noun_end if side else n.last_token, sent_first, sent_last)
        if kind is None:
            kind = self._kind_of_the_list(doc, n, noun_end, sent_last)
        sentence = doc.seg.sentence_of(n.first_token)
        if kind is None and out and out[-1].sentence == sentence and \
                self._next_in_list(doc, n, out[-1], side or self._of_a_named_side(doc, n)):
            return out[-1].kind, True
        return kind, False

    @staticmethod
    def _next_in_list(doc: Document, n, prev: Casualty, side: str | None) -> bool:
        """The number is joined by و (glued, "و12", or a word of its own, "و 12") to the count before: right after it,
        or, counting people of its own (`side`), past what describes the first, with no number between ("قتل التنظيم 4
        ضباط آخرين برتب عميد وعقيد، و12 عنصرا آخر")."""
        toks = doc.seg.tokens
        k = n.first_token
        if not (toks[k].norm.startswith(_CONJUNCTION) or (k > 0 and toks[k - 1].norm == _CONJUNCTION)):
            return False
        gap = k - prev.noun_last
        return 0 <= gap <= 2 or (side is not None and 0 <= gap <= LIST_REACH and not doc.numbers_in(prev.noun_last, k))

    @staticmethod
    def _of_a_named_side(doc: Document, n) -> str | None:
        """"25 قتيلا من الحوثيين و13 من المقاومة", "34 عنصرا من حزب الله و17 من قوات النظام": a number right before من
        and a named armed group or state force counts that side's men, with no people noun of its own; the side's kind
        ("militant", "armed"), or None.  (`_mark_whose` then names the group.)"""
        toks = doc.seg.tokens
        k = n.last_token
        if k >= len(toks) or toks[k].norm != PARTITIVE:
            return None
        for a0, _, a in doc.actors_in(k + 1, min(len(toks), k + 2)):
            if a0 == k + 1 and a.kind in GROUP_KINDS and a.actor_id:
                return "militant"
            if a0 == k + 1 and a.kind in STATE_FORCE_KINDS:
                return "armed"
        return None

    def _no_people(self, doc: Document, n) -> bool:
        """Whether a number counts no people: an age, a span or a distance ("طفل عمره 18 شهرا", "على مسافة 700
        كيلومتر تقريبا": a unit in or right after its span), or a unit's name ("«الفرقة 30»")."""
        toks = doc.seg.tokens
        not_people = self.lex.not_people
        # a loop, not any(generator): asked of ~10 numbers an article, a generator costs ~2.5k instructions to start
        for k in range(n.first_token + 1, min(n.last_token + 1, len(toks))):
            if toks[k].norm in not_people:
                return True
        return self._names_a_unit(doc, n.first_token) or self._adjective_of_a_thing(doc, n)

    def _adjective_of_a_thing(self, doc: Document, n) -> bool:
        """"من عائلة واحدة", "في يوم واحد": one or two after a noun that counts no people, with a preposition before
        that noun (casualties.yaml: numeral_adjective_after), is the noun's adjective, not a count."""
        toks = doc.seg.tokens
        k = n.first_token
        if n.value not in (1, 2) or k < 2 or not toks[k - 1].is_word or \
                toks[k].norm.startswith(_CONJUNCTION) and (n.value == 2 or _joined_one(toks[k].text)):
            # "واحدة" itself starts with و; "وأحد", "واثنان" join a count
            return False
        return toks[k - 2].norm in self.lex.numeral_adjective_after and self.lex.people.match_at(toks, k - 1) is None

    def _names_a_unit(self, doc: Document, k: int) -> bool:
        """Whether the number at `k` follows a noun of a military unit ("الفرقة 30", "«الفرقة 30»"), naming it; not one
        joined to it by و ("مقتل آمر الفوج وثلاثة جنود": more dead)."""
        toks = doc.seg.tokens
        if toks[k].norm.startswith(_CONJUNCTION) and toks[k].norm != _CONJUNCTION:
            return False
        j = k - 1
        if j > 0 and not toks[j].is_word and toks[j].text in QUOTES:
            j -= 1
        return j >= 0 and toks[j].norm in self.lex.unit_names

    def _kind_of_the_list(self, doc: Document, n, noun_end: int, sent_last: int) -> str | None:
        """"25 حوثيا وعشرة من رجال المقاومة سقطوا قتلى", "28 عنصرا من الجيش و18 مقاتلا من التنظيم قتلوا": counts
        listed with و in one clause share the word of killing or wounding after the last of them (only after it:
        the next count's own word before it is not the first's)."""
        toks = doc.seg.tokens
        clause_end = min(doc.clause(n.first_token)[1], sent_last)
        for _ in range(LIST_LENGTH):
            nxt = doc.numbers_in(noun_end, min(clause_end, noun_end + LIST_REACH))[:1]
            if not nxt or not _a_count(nxt[0]) or not (toks[nxt[0].first_token].norm.startswith(_CONJUNCTION) or
                                                       toks[nxt[0].first_token - 1].norm == _CONJUNCTION):
                return None   # "و18" is two tokens, "وعشرة" one
            m = nxt[0]
            side, m_end, _ = self._counted_noun(doc, m, m.first_token, sent_last)
            noun_end = m_end if side else m.last_token
            kind = self._kind(doc, m.first_token, noun_end, m.first_token, sent_last)
            if kind is not None:
                return kind
        return None

    def _killed_or_wounded(self, doc: Document, first: int, noun_end: int, sent_last: int) -> int | None:
        """The end of "قتيلا وجريحا", "بين قتيل وجريح" right after a number (or as its noun), or None."""
        toks = doc.seg.tokens
        for k in self.lex.killed_or_wounded.positions(doc.seg.words, first, min(sent_last, noun_end + 1)):
            m = self.lex.killed_or_wounded.match_at(toks, k)
            if m is not None:
                return m.last
        return None

    def _killed_or_wounded_before(self, doc: Document, first: int, sent_first: int, verbs=None) -> bool:
        """Whether "مقتل وإصابة" ends right before a number at `first` (a hedge such as نحو between), or one
        of the pairs of verbs `verbs` does ("قتل وأصيب عدد من", for an amount without a number)."""
        toks = doc.seg.tokens
        lo, pair = max(sent_first, first - KILLED_OR_WOUNDED_REACH), self.lex.killed_or_wounded_before
        at = pair.positions(doc.seg.words, lo, first)   # (only where a name may start)
        if verbs:
            at = sorted(set(at).union(verbs.positions(doc.seg.words, lo, first)))
        for k in at:
            m = pair.match_at(toks, k) or (verbs.match_at(toks, k) if verbs else None)
            if m is not None and first - m.last <= 1:
                return True
        return False

    def _counted_noun(self, doc: Document, n, sent_first: int, sent_last: int) -> tuple[str | None, int, bool]:
        """The side of the noun a number counts, the token after that noun, and whether the count is
        definite ("الإرهابيون العشرة": a count already given, referred to again)."""
        toks = doc.seg.tokens
        side, noun_end = None, n.last_token
        # the counted noun may sit inside the number's span ("15 شخصا على الأقل")
        for k in range(n.first_token + 1, min(sent_last, n.last_token + 1)):
            side, end = self._side_after(doc, k, sent_last)
            if side is not None:
                return side, max(end, n.last_token), False
        if n.first_token > sent_first:
            # the numeral after its noun: "إرهابيين اثنين", "الإرهابيون العشرة"; after its noun and the noun's nisba:
            # "جنديا تشاديا واحدا"
            k = n.first_token - 2 if n.first_token - 2 >= sent_first and _nisba_after(doc, n.first_token - 2) \
                and self.lex.people.match_at(toks, n.first_token - 2) is not None else n.first_token - 1
            before = self.lex.people.match_at(toks, k)
            if before is not None and before.last in (k + 1, n.first_token):
                definite = toks[n.first_token - 1].norm.startswith(_DEFINITE) and \
                    toks[n.first_token].norm.startswith(_ARTICLE)
                return before.payloads[0], noun_end, definite
        return None, noun_end, False

    def _uncounted(self, doc: Document, k: int, first: int, out: list[Casualty], stems: list[str],
                   value: int, end: int) -> Casualty | None:
        """A count of `value` (one or two) without a numeral, by the dual or singular noun at `k` whose
        stems are `stems`: "قتل جندي", "مقتل جنديين"."""
        if k > 0 and doc.numbers_in(k - 2, k) and not self._joined_to_count(doc, k, out):
            return None  # the noun of a counted phrase already taken (not one more joined to it: "10 مدنيين وجندي")
        if out and out[-1].noun_last == k and out[-1].value == value and out[-1].first_token >= first and \
                not doc.seg.tokens[k].norm.startswith("و"):
            return None  # "عنصر إرهابي": the adjective of the person just counted, not a second person
        if k > first and reading_stems(doc.seg.tokens[k - 1].norm) & self.lex.singular_adjective_after:
            return None  # "هجوم مسلح", "موقع عسكري": an adjective of the thing before, no person
        side = next((self.lex.sides.get(s) for s in stems if s in self.lex.sides), None)
        if side is None and end > k + 1:
            side = self.lex.sides.get(doc.seg.tokens[k + 1].norm)   # "ضابطي شرطة": the side of the police
        sent_first, sent_last = doc.sentence_bounds(doc.seg.sentence_of(k))
        kind = self._own_kind(doc.seg.tokens[k].norm) or self._kind(doc, k, end, sent_first, sent_last, strict=True)
        if kind is None:
            return None
        c = Casualty(kind, value, None, None, side, k, end, doc.seg.sentence_of(k), noun_last=end)
        c.tally = self._is_tally(doc, k, sent_first)
        c.country = self._nationality(doc, end, sent_last)
        c.additional = self._another(doc, end, sent_last)
        return c

    @staticmethod
    def _counted_with(doc: Document, k: int, out: list[Casualty]) -> bool:
        """"17 جنديا وضابطا", "13 جنديا وشرطيا": a singular in the accusative (its tanween alif) joined right after the
        accusative noun a figure counts is counted by that figure too, not one more (a figure of 11 to 99 takes such a
        noun); not where a numeral follows it ("22 جنديا ومدنيا واحدا": one more)."""
        toks = doc.seg.tokens
        word = toks[k].norm
        if not (word.startswith(_CONJUNCTION) and word.endswith(_ACCUSATIVE)) or doc.numbers_in(k + 1, k + 2):
            return False
        return any(c.noun_last == k and c.value is not None and c.noun_last - 1 > c.last_token - 1 and
                   toks[c.noun_last - 1].norm.endswith(_ACCUSATIVE) for c in out)

    @staticmethod
    def _joined_to_count(doc: Document, k: int, out: list[Casualty]) -> bool:
        """"مقتل ضابط ومجند": a person joined by و to the one counted right before is one more dead."""
        return bool(out) and out[-1].noun_last == k and doc.seg.tokens[k].norm.startswith("و")

    def _kind(self, doc: Document, first: int, after: int, sent_first: int, sent_last: int,
              strict: bool = False) -> str | None:
        toks = doc.seg.tokens
        # a self-counting noun: "21 قتيلا", "60 مصابا", "و2130 جريحا"
        if not strict:
            for k in _noun_positions(toks, first, after):
                stems = _bare_stems(toks[k].norm)   # "عشرات الجرحى": with the article
                if stems & self.lex.killed_self:
                    return "killed"
                if stems & self.lex.wounded_self:
                    return "wounded"
        lo = _after_other_fate(toks, max(sent_first, first - WINDOW_BEFORE), first, self.lex.other_fates)
        # a tally reaches further back: "ليبلغ إجمالي القتلى في المواجهات التي بدأت يوم الإثنين 65"
        if not strict and self._is_tally(doc, first, sent_first) and _matches_before(
                self.lex.killed_before, doc.seg, max(sent_first, first - TALLY_WINDOW), first):
            return "killed"
        # "مقتل 18 شخصا وإصابة أكثر من ثلاثين": the nearest cue decides; none before a word of another fate
        # ("قتلوا وفقد 15 آخرون", "مقتل عنصر واعتقال 13 آخرين")
        if _matches_before(self.lex.killed_before, doc.seg, lo, first) and not self._nearest_is(doc, lo, first, "wounded"):
            return "killed"
        if _matches_before(self.lex.wounded_before, doc.seg, lo, first):
            return "wounded"
        hi = min(sent_last, after + WINDOW_AFTER)
        words = doc.seg.words
        if not (self.lex.killed_after.positions(words, after, hi) or self.lex.wounded_after.positions(words, after, hi)):
            return None   # no word of killing or wounding may start after the count (a stop word only ends the search)
        for k in range(after, hi):
            if toks[k].norm in COMPLEMENTISERS or toks[k].norm in self.lex.clause_openers:
                break  # "وقال اثنان من السكان إن تسعة قتلوا": the two speak; the dead are counted after إن
                # ("واعتقلت 13 شخصا بينما قتل عنصر": the word of killing is the next clause's)
            if toks[k].norm in self.lex.accused or reading_stems(toks[k].norm) & self.lex.accused:
                break  # "ثلاثة أشخاص يشتبه في مشاركتهم في قتل": suspects of the killing
            if self.lex.killed_after.match_at(toks, k) is not None:
                return "killed"
            if self.lex.wounded_after.match_at(toks, k) is not None:
                return "wounded"
        return None

    def _nearest_is(self, doc: Document, lo: int, first: int, kind: str) -> bool:
        toks = doc.seg.tokens
        for k in range(first - 1, lo - 1, -1):
            if self.lex.wounded_before.match_at(toks, k) is not None:
                return kind == "wounded"
            if self.lex.killed_before.match_at(toks, k) is not None:
                return kind == "killed"
        return False

    def _is_tally(self, doc: Document, first: int, sent_first: int) -> bool:
        toks = doc.seg.tokens
        tally = self.lex.tally
        return any(tally.match_at(toks, k) is not None
                   for k in tally.positions(doc.seg.words, max(sent_first, first - TALLY_WINDOW), first))

    def _tally_after(self, doc: Document, k: int, end: int) -> bool:
        """"37 مسلحا خلال أسبوع من المواجهات": the span of time right after the count; or, further on before the
        next number, one of months or years, a war's start or a month ("في القتال الذي تشهده اليمن منذ نحو 4 أشهر",
        "خلال يوليو الحالي")."""
        toks = doc.seg.tokens
        for j in range(k, min(end, k + 3)):
            m = self.lex.tally.match_at(toks, j)
            if m is not None and toks[j].norm in self.lex.tally_spans:
                return True
        # a part named in the count's phrase does not end it ("قتلت 3042 من التنظيم بينهم عشرات القياديين خلال 10 أشهر")
        nxt = [n for n in doc.numbers_in(k, end)
               if not (n.first_token > 0 and reading_stems(toks[n.first_token - 1].norm) & self.lex.inclusion)]
        # nor does an aside in parentheses count against the reach ("قتلت 3042 من تنظيم (داعش) وجبهة النصرة (تنظيم
        # القاعدة في بلاد الشام) بينهم ... خلال 10 أشهر")
        stop = min(end, nxt[0].first_token if nxt else end)
        for j in range(k, min(stop, _past_its_asides(doc, k, stop, TALLY_WINDOW))):
            if _opens_a_clause(toks, j):
                return False   # "بمقتل سبعين مقاتلا، وتحاصر القوات المدينة منذ العام 2013": the span is another clause's
            if toks[j].norm in self.lex.tally_spans and self._a_long_span(doc, j + 1, end) and \
                    not doc.compares_before(j, self.lex.superlatives, lo=k):
                return True   # not "في أعنف هجمات تشهدها كابل منذ بداية العام": a comparison with the past
        return False

    def _a_long_span(self, doc: Document, k: int, end: int) -> bool:
        """Whether a span of months or years, a start or a month opens within PERIOD_REACH words from `k` ("نحو 4
        أشهر", "اندلاع الصراع", "يوليو الحالي"), or right at `k` a span that points back to one told before ("هذه
        الفترة": casualties.yaml spans_told_before)."""
        toks = doc.seg.tokens
        told = self.lex.spans_told_before.match_at(toks, k) if k < end else None
        if told is not None and told.last <= end:
            return True   # "خلال هذه الفترة": the span a tally told before
        hi = min(end, k + PERIOD_REACH)
        if any(_bare_stems(toks[j].norm) & self.lex.tally_periods for j in range(k, hi)):
            return True
        return any(_names_a_month_or_year(d) for d in doc.dates_in(k, hi))

    def death_untold(self, doc: Document, firsts: list[int], counts: list[Casualty]) -> Casualty | None:
        """Where a trigger of an incident, at one of the tokens `firsts`, tells a killing ("قتلت", "مقتل") and
        `counts`, the incident's, hold no count of the dead but wounded or an outcome ("وأصابت اثنين من أبنائه"): a count
        of dead of no figure, so that the toll is unknown rather than 0 (someone died); else None."""
        toks = doc.seg.tokens
        if not counts or any(c.kind in ("killed", MIXED) for c in counts):
            return None
        first = next((k for k in firsts if self.lex.killing_triggers.match_at(toks, k) is not None), None)
        if first is None:
            return None
        return Casualty("killed", None, None, None, None, first, first + 1, doc.seg.sentence_of(first),
                        approx=True, noun_last=first + 1)

    def opens_another_topic(self, doc: Document, sentence: int) -> bool:
        """Whether the sentence opens on another item of news ("إلى ذلك، قتل ...", "من جهة أخرى"): its counts are
        not the toll of the incident told before it."""
        first, last = doc.sentence_bounds(sentence)
        toks = doc.seg.tokens
        return any(self.lex.topic_shifts.match_at(toks, k) is not None for k in range(first, min(last, first + 2)))

    def _another(self, doc: Document, k: int, end: int) -> bool:
        """"عنصر إرهابي آخر", "ثلاثة جنود آخرين": "another" within two words after the noun, not after a word
        joined by و ("قتل شرطي وأصيب آخر": the other one is the wounded)."""
        toks = doc.seg.tokens
        for j in range(k, min(end, k + 2)):
            if toks[j].norm in self.lex.another:
                return True
            if toks[j].norm.startswith(_CONJUNCTION):
                return False
        return False

    def _nationality(self, doc: Document, k: int, end: int) -> str | None:
        """"6 جنود ليبيين", "4 جنود صوماليين": the victims' country."""
        toks = doc.seg.tokens
        if k < end and toks[k].is_word:
            return self.adjectives.get(toks[k].norm)
        return None


def _past_its_asides(doc: Document, k: int, end: int, words: int) -> int:
    """The token `words` tokens after `k` (at most `end`), the tokens of parenthetical asides not counted."""
    j = k
    while j < end and words > 0:
        nxt = doc.past_aside(j, end)
        if nxt == j:
            j, words = j + 1, words - 1
        else:
            j = nxt
    return j


def _opens_a_clause(toks, j: int) -> bool:
    """A comma, then a word joined by و: the start of another clause ("، وتحاصر")."""
    return not toks[j].is_word and toks[j].text in CLAUSE_COMMAS and j + 1 < len(toks) and \
        toks[j + 1].norm.startswith(_CONJUNCTION)


def _numeral_after(doc: Document, k: int) -> bool:
    """Whether the noun at `k` has its numeral right after it ("مدني واحد", "مسلحين اثنين": Arabic puts only one and
    two after the noun); not a count joined to it by و ("ابنه وثلاثة من أقاربه", "ابنه و2")."""
    j = k + 2 if _nisba_after(doc, k) else k + 1   # "جنديا تشاديا واحدا": the noun's nisba stands between
    nxt = doc.numbers_in(j, j + 1)
    if not nxt or nxt[0].first_token != j or nxt[0].value not in (1, 2):
        return False
    tok = doc.seg.tokens[j]
    return (nxt[0].value == 1 and not _joined_one(tok.text)) or not tok.norm.startswith(_CONJUNCTION)


def _nisba_after(doc: Document, k: int) -> bool:
    """The word after `k` is an indefinite adjective of belonging ("جنديا تشاديا", "جندي أفغاني", as normalised)."""
    toks = doc.seg.tokens
    if k + 1 >= len(toks) or not toks[k + 1].is_word:
        return False
    word = toks[k + 1].norm
    return len(word) > 3 and not word.startswith(_ARTICLE) and not word.startswith(_CONJUNCTION) and \
        word.endswith(_INDEFINITE_NISBA)


def _an_indefinite_accusative(tok) -> bool:
    """"سائحا", "أجنبيا": a word in the indefinite accusative (the tanween alif, no article, no و before it), as a
    count from eleven on puts its noun."""
    word = tok.norm
    return tok.is_word and len(word) > 3 and word.endswith(_ACCUSATIVE) and not word.startswith(_ARTICLE) and \
        not word.startswith(_CONJUNCTION)


def _joined_one(text: str) -> bool:
    """"وأحد", "وإحدى": one joined by و to the count before ("جندي وأحد المسلحين": two), not "واحد", the numeral
    that follows its noun (normalised, both read "واحد": the hamza as written tells them apart)."""
    return len(text) > 2 and text[0] == _CONJUNCTION and text[1] in _HAMZA_ALIF


def _a_nisba(word: str) -> bool:
    """A definite adjective of belonging ("الفلسطيني", "الفلسطينية", as normalised): the article and the nisba ending."""
    return word.startswith(_ARTICLE) and len(word) > 4 and word.endswith(_NISBA)


def _names_a_month_or_year(d) -> bool:
    """A date that names a month or a year, no day in it ("يوليو الحالي", "أبريل الماضي"; not "ليل الخميس/ الجمعة",
    a night the calendar widens to its month)."""
    e = d.expr
    return e is not None and (e.month is not None or e.year is not None) and e.day is None and e.weekday is None \
        and not e.overnight


def _share_the_group(doc: Document, out: list[Casualty]) -> None:
    """"فيما قتل 9 وأصيب 50 آخرون من المقاومة", "مقتل 8 وإصابة 35 من المقاومة", "قتل سبعة وجرح 42 من المقاومة": a count
    of dead with no noun of its own, joined right before a count of "others" or of wounded whose side is named (a
    group, a state's forces "من الجيش", or a class of people "من المتطرفين"), is of that side too: the one noun
    after both counts them both.  A person counted by a noun of no side ("شخص") takes the side of "others" only ("مقتل
    قيادي وخمسة مسلحين آخرين"), not of wounded told after him ("مقتل شخص وإصابة 4 جنود": the man may be no soldier)."""
    for c, nxt in zip(out, out[1:], strict=False):
        if c.kind == "killed" and c.group is None and c.side in _NO_SIDE and c.noun_last == c.last_token \
                and (nxt.additional or nxt.kind == "wounded" and doc.numbers_in(c.first_token, c.last_token)) \
                and _a_named_side(nxt) and nxt.sentence == c.sentence \
                and 0 <= nxt.first_token - c.noun_last <= JOINED_REACH:
            c.group, c.side = nxt.group, nxt.side


def _joinable(doc: Document, prev: Casualty, c: Casualty) -> bool:
    """Whether `c` is listed with و right after `prev` as more of the same dead or wounded (see `_join_lists`)."""
    return prev.kind == c.kind and prev.sentence == c.sentence and _one_side_or_none(prev, c) and \
        (_joined_right_after(doc, prev, c) or _his_men_after(doc, prev, c)) and not (c.additional or c.definite or prev.definite) \
        and prev.tally == c.tally and prev.value is not None and c.value is not None \
        and prev.low is None and c.low is None


def _his_men_after(doc: Document, prev: Casualty, c: Casualty) -> bool:
    """`c` counts the men of the one person counted by `prev`, listed after what names him ("مقتل القيادي أبو أحمد
    الكازمي وأربعة من مرافقيه": five), with no other number between."""
    return c.companions and prev.value == 1 and 0 <= c.first_token - prev.noun_last <= LIST_REACH and \
        not doc.numbers_in(prev.noun_last, c.first_token)


def _sum_of(prev: Casualty, c: Casualty, parts: list[Casualty]) -> Casualty:
    """The count of `prev` and `c` listed together; of no side where they are of two, and then those of a side are
    kept in `parts` as parts of it (the toll counts the sum, the victims are still whose they are)."""
    s = replace(prev, value=prev.value + c.value, noun_last=c.noun_last, listed_only=False,
                last_token=max(prev.last_token, c.last_token), approx=prev.approx or c.approx)
    if (prev.side, prev.group) != (c.side, c.group):
        s.side, s.group = None, None   # people of any side
        parts.extend(replace(x, part=True, listed_only=False) for x in (prev, c) if x.side not in (None, "people"))
    return s


def _one_side_or_none(prev: Casualty, c: Casualty) -> bool:
    """Two counts of one side, or one of them of no side ("مقتل 12 سائحا وشرطي"): of two named sides ("4 مدنيين
    وجندي") each stays its side's figure, and the toll adds the sides."""
    return prev.side == c.side or prev.side in _NO_SIDE or c.side in _NO_SIDE


def _a_named_side(c: Casualty) -> bool:
    """The count's side is named: a group, or a class of people other than "people" of no side."""
    return c.group is not None or c.side not in (None, "people")


@lru_cache(maxsize=1 << 16)   # a pure function of the word, asked of the words around every count
def _bare_stems(word: str) -> frozenset[str]:
    """The stems of `word`, with and without the article ("الجرحى" -> "الجرحي", "جرحي")."""
    stems = reading_stems(word)
    bare = set()
    for s in stems:     # a loop, not a set comprehension (~10 an article)
        b = without_article(s)
        if b:
            bare.add(b)
    return stems | bare


def _after_other_fate(toks, lo: int, first: int, other_fates: frozenset[str]) -> int:
    """The token after the last word of another fate than death in tokens lo..first-1 ("وفقد", "واعتقال"), or `lo`
    when there is none."""
    for k in range(first - 1, lo - 1, -1):
        if not other_fates.isdisjoint(reading_stems(toks[k].norm)):
            return k + 1
    return lo


def _noun_positions(toks, first: int, after: int) -> range:
    """Where the noun a number at `first` counts may stand, `after` being the token after its span or noun:
    inside a hedged span ("أربعة جرحى على الأقل"), right after it, or after a quotation mark ("108 «شهداء»")."""
    end = min(after + 1, len(toks))
    if end < len(toks) and not toks[end - 1].is_word and toks[end - 1].text in QUOTES:
        end += 1
    return range(first + 1, end)


def _a_count(n) -> bool:
    """A number that may count people: not a percentage, not without a value, not a year."""
    if n.unit_hint == "%" or n.value is None and n.low is None:
        return False
    return not (n.value is not None and 1900 <= n.value <= 2100 and float(n.value).is_integer() and not n.hedge)


def toll(casualties: list[Casualty]) -> int | None:
    """Deaths of one incident: the lowest report per side, summed over sides.

    Unspecified "people" counts include every side, so the total is at
    least the largest of them.
    """
    casualties = _standing(casualties)
    killed = [c for c in casualties if c.kind == "killed" and not c.tally and c.value is not None]
    if not killed and any(c.kind in ("killed", MIXED) and not c.tally for c in casualties):
        return None  # only vague counts of the dead, or of dead and wounded together: unknown, not zero
    if not killed:
        # only wounded, or "no casualties": reported, and nobody died (SCHEMA.md)
        outcome = [c for c in casualties if c.kind in ("wounded", "none") and not c.tally]
        return 0 if outcome else None
    leaders = max((c.value for c in killed if c.side == LEADER), default=0)   # at least the one leader killed
    others = _toll_of_sides([c for c in killed if c.side != LEADER])
    return leaders if others is None else max(others, leaders)


def _toll_of_sides(killed: list[Casualty]) -> int | None:
    """The lowest report per side, summed over sides; at least the largest count of people of no side."""
    if not killed:
        return None
    by_side, people = _dead_by_side(killed)
    sides = sum(by_side.values())
    if people:
        return max(min(people), sides)
    return sides if by_side else None


def _standing(casualties: list[Casualty]) -> list[Casualty]:
    """The counts that stand: a first or earlier toll ("حصيلة سابقة") gives way to a count of the dead that
    replaced it, and is the toll only where there is none; a figure of the dead and wounded together is no
    count of the dead; a part of a larger count is none either."""
    casualties = _no_other_count(casualties)
    current = [c for c in casualties if not c.superseded]
    if any(c.kind == "killed" and not c.tally and c.value is not None for c in current):
        return current
    return casualties


def _no_other_count(casualties: list[Casualty]) -> list[Casualty]:
    """The counts less those that are another count's figure: one told elsewhere as the dead and wounded together
    ("ارتفاع حصيلة التفجير إلى 66 شخصا" in the title, "66 قتيلا وجريحا" in the text), and a part where the whole it
    belongs to is counted ("57 مدنيا بينهم 12 طفلا وست نساء")."""
    both = {c.together for c in casualties if c.kind == MIXED and c.together is not None}
    casualties = [c for c in casualties if not (c.kind == "killed" and c.value in both)]
    whole = max((c.value for c in casualties if c.kind == "killed" and not c.part and c.value is not None), default=0)
    return [c for c in casualties if not (c.part and c.value is not None and c.value <= whole)]


def _dead_by_side(killed: list[Casualty]) -> tuple[dict[str | tuple[str, str], int], list[int]]:
    """The lowest count per side (a class of people, or (GROUP, a named group)), and the counts of people of no
    side; "another" dead added to both."""
    by_side: dict[str | tuple[str, str], int] = {}
    more: dict[str | tuple[str, str], int] = {}  # "another" dead, on top of that side's figure
    people: list[int] = []
    told: dict[tuple, int] = {}   # "another" counts by (side, figure): the sentence that told them first
    # a named group's own figure, by (side, figure): the sentence that gave it ("و8 من المقاومة" listed after the
    # Houthis' dead, and "مقتل 8 من المقاومة" in the next sentence: the same eight)
    plain = {(_side_key(c), c.value): c.sentence for c in killed if not c.additional and c.group}
    for c in killed:
        v = c.value  # a vague amount ("عشرات") states no toll
        if v is None:
            continue
        side = _side_key(c)   # two named groups' dead are two sides, whatever their class
        if c.additional and _told_again(c, side, told, plain):
            continue
        if c.additional:
            more[side or "people"] = more.get(side or "people", 0) + v
        elif side in (None, "people"):
            people.append(v)
        else:
            by_side[side] = min(by_side.get(side, v), v)
    groups = [side for side in by_side if isinstance(side, tuple)]
    if len(groups) == 1 and "militant" in by_side:
        # the one group named and fighters of no name are one side, the lowest report standing ("10 إرهابيين
        # تابعين لتنظيم داعش" told again as "10 إرهابيين"; "خمسة قتلى من عناصر الحزب" and "عنصرين فقط"); not fighters
        # told as more dead besides ("20 من عناصر داعش و5 مسلحين آخرين": added below)
        by_side[groups[0]] = min(by_side[groups[0]], by_side.pop("militant"))
    for side, v in more.items():
        if side == "people":
            people = [x + v for x in people] or [v]
        else:
            by_side[side] = by_side.get(side, 0) + v
    return by_side, people


def _told_again(c: Casualty, side, told: dict[tuple, int], plain: dict[tuple, int]) -> bool:
    """Whether an "another" count is the same dead told again: "وخمسة مسلحين آخرين" in each telling of one incident
    (`told`, filled here: the sentence that told such a count first; "جندي آخر" in two sentences is as often a second
    soldier, who died later), or a named group's figure given as its own in another sentence (`plain`)."""
    key = (side, c.value)
    return c.value > 1 and (told.setdefault(key, c.sentence) != c.sentence or plain.get(key, c.sentence) != c.sentence)


def _side_key(c: Casualty):
    """The side a count of the dead is summed under: (GROUP, its named group; two named groups' dead are two sides,
    whatever their class), else its class of people."""
    return (GROUP, c.group) if c.group else c.side


GOVERNMENT_OF, MILITARY_OF = "Government of ", "Military Forces of "   # ACLED's names of a state's two sides
CROWD_ROLES = frozenset({"civilians", "protesters", "rioters"})   # the unorganised sides, named by their country
POLICE_OF = "Police Forces of "


class VictimNamer:
    """Names the victims' side as an ACLED actor: "Military Forces of Somalia", "Civilians (Nigeria)"."""

    def __init__(self, templates: dict[str, str], country_en: dict[str, str], entry_for_canonical=None):
        self.templates = templates
        self.country_en = country_en
        self.entry_for_canonical = entry_for_canonical

    def armed_forces_of(self, actor):
        """The registry's armed forces of a government ("Government of X" -> "Military Forces of X", the
        Arabic name kept: SCHEMA.md's bare country name is an alias of both), or None."""
        canonical = getattr(actor, "canonical", None) or ""
        if not canonical.startswith(GOVERNMENT_OF) or self.entry_for_canonical is None:
            return None
        country = canonical[len(GOVERNMENT_OF):]
        entry = self.entry_for_canonical(MILITARY_OF + country)
        if entry is None:
            # a country the registry has no forces for ("السلطات البحرينية"): ACLED's name for them all the same,
            # never for a government that is no country's ("Government of National Accord")
            if country.removeprefix("the ") not in self.country_en.values():
                return None
            return replace(actor, canonical=MILITARY_OF + country, actor_id=None, kind="state force")
        return replace(actor, canonical=entry.canonical, actor_id=entry.id, kind=entry.kind or actor.kind)

    def forces_of(self, actor, police_named: set[str]):
        """The forces of a government that arrests or seizes (SCHEMA.md: the authorities of a country that
        arrest, seize or raid are its "Military Forces of X", its "Police Forces of X" where the article
        names that police; `police_named`: the canonical names of the police forces it names), or None."""
        canonical = getattr(actor, "canonical", None) or ""
        police = POLICE_OF + canonical[len(GOVERNMENT_OF):]
        if canonical.startswith(GOVERNMENT_OF) and police in police_named and self.entry_for_canonical is not None:
            entry = self.entry_for_canonical(police)
            if entry is not None:
                return replace(actor, canonical=entry.canonical, actor_id=entry.id, kind=entry.kind or actor.kind)
        return self.armed_forces_of(actor)

    def __call__(self, doc: Document, side: str | None, country: str | None):
        from rasd.model import ActorRef

        if country is None:
            votes = doc.place_countries       # counted once per article, not once per casualty
            country = votes.most_common(1)[0][0] if votes else None
        role = {"armed": "military", "civilian": "civilians", "protester": "protesters", "rioter": "rioters"}.get(side or "")
        if country is None or role is None or role not in self.templates:
            return None
        name = self.templates[role].format(country=self.country_en.get(country, country))
        entry = self.entry_for_canonical(name) if self.entry_for_canonical else None
        return ActorRef(name=name, canonical=entry.canonical if entry else name,
                        actor_id=entry.id if entry else None,
                        kind=role if role in CROWD_ROLES else "state force")
