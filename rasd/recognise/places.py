"""Find place names in an article.

Two sources of evidence, combined:

* the gazetteer's names (GeoNames' Arabic names, the project supplement,
  country names), looked up token by token with proclitics handled;
* cue words (`place_cues.yaml`): a name after منطقة، مدينة، وادي، منفذ ...
  is a place even when no list knows it, and a plural cue (أودية) opens a
  coordinated list (أودية سوف الجين ونفد وأم العجرم).

Relative descriptions ("100 كيلومتر جنوب الجفرة") are attached to the
mention they describe.  Which place a name refers to is decided later, in
`rasd.resolve.places`; this module only says where names are.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from rasd.lexicons import load_yaml
from rasd.model import NumberMention, PlaceMention, Span, Token
from rasd.recognise.roles import AgencyLexicon, in_agent_slot, masculine_speech_verb, past_verb, present_verb
from rasd.recognise.vetoes import Vetoes, VetoLexicon, masculine_nisba, token_range
from rasd.text.clitics import CONJUNCTIONS, PREPOSITIONS, raw_cut, reading_stems, readings
from rasd.text.matcher import PhraseMatch, PhraseMatcher, WordTest, name_tokens
from rasd.text.normalise import norm
from rasd.text.segment import COMMAS, QUOTES, Segmented, token_norms
from rasd.text.vocabulary import Vocabulary

# An unknown word after a cue is taken as a name only when it is rarer than
# this in Arabic (wordfreq Zipf scale); inside a cue's coordinated list
# (أودية X وY) the bar is higher.  Set on the seed and dev articles.
UNKNOWN_NAME_MAX_ZIPF = 3.9
UNKNOWN_LIST_NAME_MAX_ZIPF = 4.3
UNKNOWN_MULTIWORD_MAX_ZIPF = 5.0  # the first word of a two-word name after a cue
# one word after a cue that the next words locate ("منطقة العلم الواقعة شرق عدن") may be this common; the
# commonest words (البلاد، المدينة) are descriptions
PLACED_NAME_MAX_ZIPF = 5.3
HASHTAG_MAX_ZIPF = 4.0  # a hashtag's words must be rarer than this to be tried as a place name
# A stoplisted place name (الوفرة "abundance", سحاب "clouds") is read as the place after a cue word or
# as a hashtag only when it is rarer than this as a word (المدينة، الجديد are commoner).  Set on the
# feed: above it the word reading wins even there.
STOPLISTED_NAME_MAX_ZIPF = 4.5
# One indefinite word after a cue is an adjective or an inflected word, not a name, when its base
# is at least this common: the masculine of a feminine (جافة -> جاف), the base of a word with a
# pronoun (يقطنها -> يقطن); a nisba's noun (ميداني -> ميدان) must be commoner still, since village
# names end in ي too.
INFLECTED_BASE_ZIPF = 3.0
# places20: an unseen word after في ending in نا "our" is an everyday noun when the word before نا is this common
# (a scan of the feed's "في/قرب/إلى/من + unseen word in نا": أوساطنا 3.9, مشهدنا 4.5, قطاعنا 4.9, إقليمنا 4.6,
# مقدورنا 2.9 ... the only place among them, بالينا (Ballina), has a listed name before نا (بالي))
OUR_SUFFIX = "نا"
OUR_BASE_ZIPF = 3.0
# the oblique dual of a feminine noun (قلعتين), of any noun (كمينين), the feminine plural (هدنات)
_DUAL_PLURAL_ENDINGS = ("تين", "ين", "ات")
NISBA_BASE_ZIPF = 3.5
# "منطقة يرتادها": a present verb with an object pronoun after a cue is a clause when the verb is a word at all
# (places16: 146 "cue + ي/ت-word + pronoun" on the feed, the verbs all clauses: يسكنها، يقطنها، يخترقها، يرتادها)
VERB_OBJECT_BASE_ZIPF = 2.0
# A feminine nisba of an everyday noun after a cue (مذهبية، سهلية) is an adjective when it is a word
# at all (Zipf 2 and more); names of villages in ية are rarer still.
FEMININE_NISBA_MIN_ZIPF = 2.0
# ... but a rare one whose stem with the article is an everyday word or a region's name is that region's nisba
# ("بلدات أحوازية": الأحواز 3.4; a village's name in ية has no such stem: حمورية, الحمور 0)
DEFINITE_NISBA_BASE_ZIPF = 3.0
# A first word after a cue that is ل + a word this common is a preposition's phrase (لحفظ، لدفن), not a
# name (names in ل that are also ل + a word, لحج، لودر, are listed and found before this test).
GLUED_PREPOSITION_BASE_ZIPF = 4.0
# places17: a name in ة read as ب/ل/ك + a noun this common, an indefinite ة word after it, is the preposition, the
# noun and its adjective (بعقوبة تعزيرية; عقوبة is 4.4 on the vocabulary's scale)
COMMON_NOUN_ZIPF = 3.5
# places21: an unmarked indefinite accusative after a cue ("مستشفى ميدانيا", "ميناء مزدهرا") is a word the vocabulary
# knows in that form (a foreign name in ا, ممنا، رفحا، بويلا, mostly is not); set on the feed's cue + word-in-ا
ACCUSATIVE_MIN_ZIPF = 2.0
# "في حادثمقتل": two everyday words run together by a missing space (both at least this common, each of three
# letters or more) are no unseen name; an unlisted village's name split anywhere gives no two such words
# (places14, set on the feed's unseen words after في; change with UNKNOWN_NAME_MAX_ZIPF)
RUN_TOGETHER_PART_ZIPF = 4.0
# places22: after a place name that is also a given name, a word the vocabulary knows less than this (over its
# clitic readings) is a foreign family name (أرئيل 2.6, مانغا 2.5, كونديرا 2.5, ديمرتاش 0); everyday words and
# towns after such a name (شمال 5.2, وديالى as ديالي 3.5, رائد 4.4) are commoner.  Set on the feed.
FAMILY_NAME_MAX_ZIPF = 3.0


@dataclass(frozen=True)
class Cue:
    word: str
    kind: str
    keep: bool = False
    plural: bool = False
    needs_known: bool = False  # only a known name may follow (قاعدة، سوق are too common)
    name_zipf: float | None = None  # how common a one-word name after it may be (hospitals: الشفاء)
    definite_name_zipf: float | None = None  # the same for a definite word (neighbourhoods: حي الجزيرة)
    list_name_zipf: float | None = None  # how common the first word of an unlisted later name of its list may be
    # a dual's (only duals have one): how common its second name may be (منطقتي دار سعد والعلم); its list ends there
    second_name_zipf: float | None = None
    # gazetteer20: the cue word also opens the names of armed groups (جبهة النصرة): it names no place where the
    # actor registry has a name starting at it
    actor_veto: bool = False
    # lists21: an open list's (أحياء) later definite name may be commoner than list_name_zipf: quarters are named by
    # everyday definite words (أحياء عصيفرة والجمهوري)
    definite_list_name_zipf: float | None = None


@dataclass(frozen=True)
class PlaceCueLexicon:
    cues: PhraseMatcher[Cue]
    not_names: frozenset[str]
    locative: frozenset[str]
    particles: frozenset[str]
    ordinals: frozenset[str]
    directions: PhraseMatcher[float]
    units: PhraseMatcher[float]
    ambiguous: frozenset[str]
    raid_verbs: frozenset[str] = frozenset()
    vowelled: tuple[tuple[str, str], ...] = ()   # (written form with its marks, ISO2 of the place meant)
    compass_parts: frozenset[str] = frozenset()
    # الغربي -> "m", الغربية -> "f": a compass adjective after a cue's name, part of it when its gender is not the cue's
    compass_gender: dict[str, str] = field(default_factory=dict)
    descriptive: dict[str, tuple[str, ...]] = field(default_factory=dict)  # المملكة -> (SA, MA, ...)
    name_endings: frozenset[str] = frozenset()  # endings of names that are no pronoun after an unseen word
    facility_epithets: frozenset[str] = frozenset()  # الدولي of مطار عدن الدولي
    classifiers: frozenset[str] = frozenset()  # قطاع، نهر: a feature's common noun before its listed name
    honorifics: frozenset[str] = frozenset()  # المكرمة: an honorific after a town's name, no part of it
    office_domains: frozenset[str] = frozenset()  # الجوازات: after a province's cue, an administration's office
    joining_words: frozenset[str] = frozenset()  # علاقات، تربط: "X بY" after them is X with Y, not X in Y
    resumptive: frozenset[str] = frozenset()  # منها، إليه: the pronoun pointing back from a clause after a cue
    locating: frozenset[str] = frozenset()  # الواقعة، التابعة: words right after a place that say where it lies
    local_cues: frozenset[str] = frozenset()  # منطقة: the cue words (as listed) that name an area of the text's country
    district_cues: frozenset[str] = frozenset()  # مديرية، قضاء: the cue words (as listed) of a district named after its town
    homographs: tuple[str, ...] = ()  # إحياء "reviving": written forms (hamzas kept) that are no cue word
    verbal_nouns: frozenset[str] = frozenset()  # لقضاء "to spend": written forms after which only a listed name is one
    # places22: من ناحية "in terms of": two words (normalised) after which only a listed name is a place
    aspect_phrases: frozenset[tuple[str, ...]] = frozenset()
    # places21: على، عن، مع ...: prepositions besides the locative words; a cue after one is a genitive
    governors: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()  # الخميس (calendar.yaml): a day after a name says when, it names nothing
    # "الأشهر الماضية", "العام الماضي" (calendar.yaml's relative periods, their first two words): a time phrase
    # after an unknown name says when, it is no part of the name
    time_phrases: frozenset[tuple[str, ...]] = frozenset()
    # adjectives22: الأراضي، الحدود، العاصمة: definite nouns of a country's land; its nationality adjective spelled as
    # the country (السعودية) after them still places the text in the country
    land_nouns: frozenset[str] = frozenset()
    # placesfalse25: ambiguous names a preposition alone does not make a place ("في مشهد مؤثر": in a moving scene)
    after_preposition: frozenset[str] = frozenset()
    # saudiplaces27: seats named by an everyday word (تربة، المجمعة): bare, places only in a list, before the place
    # that holds them or in a dateline (`PlaceRecogniser._in_context`)
    in_context_only: frozenset[str] = frozenset()
    # placesmiss28: two-letter names read without a cue when written with their hamza (إب), as listed
    short_by_hamza: frozenset[str] = frozenset()
    # spots33: ريف، ضواحي: after في or a glued ب, the next place holds the one before, as after a cue word
    holding: frozenset[str] = frozenset()
    # commonplaces35: names that are also a masculine adjective or participle (القائم "standing", الرمادي "grey");
    # right after a definite word they agree with, no cue or preposition of their own, they are the word
    adjective_names: frozenset[str] = frozenset()

    # the words a cue reads from (`is_cue_word`), remembered per word: asked of most words of an article
    cue_words: WordTest = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cue_words", WordTest(self._reads_as_cue))

    def is_cue_word(self, word: str) -> bool:
        return self.cue_words(word)

    def _reads_as_cue(self, word: str) -> bool:
        return any(self.cues.get((r.stem,)) for r in readings(word))


def _normed(data: dict, key: str) -> frozenset[str]:
    """An optional word list of the lexicon, normalised."""
    return frozenset(norm(w) for w in data.get(key) or [])


def _as_listed(data: dict, key: str) -> frozenset[str]:
    """The words of a list as written in the lexicon (compared with a cue word as listed, not normalised)."""
    return frozenset(str(w) for w in data.get(key) or [])


def _compass_gender(data: dict) -> dict[str, str]:
    """Each compass adjective (normalised) with its gender, "m" or "f"."""
    adj = data.get("compass_adjectives") or {}
    return {norm(w): g[0] for g in ("masculine", "feminine") for w in adj.get(g) or []}


def load_place_cues() -> PlaceCueLexicon:
    data = load_yaml("place_cues.yaml")
    cues: PhraseMatcher[Cue] = PhraseMatcher()
    for entry in data["cues"]:
        for w in entry["words"]:
            cues.add(w, Cue(w, entry["kind"], bool(entry.get("keep")), bool(entry.get("plural")),
                            bool(entry.get("needs_known")), entry.get("name_zipf"), entry.get("definite_name_zipf"),
                            entry.get("list_name_zipf"), entry.get("second_name_zipf"), bool(entry.get("actor_veto")),
                            entry.get("definite_list_name_zipf")))
    directions: PhraseMatcher[float] = PhraseMatcher()
    for w, deg in data["directions"].items():
        directions.add(w, float(deg))
    units: PhraseMatcher[float] = PhraseMatcher()
    for w, km in data["distance_units"].items():
        units.add(w, float(km))
    return PlaceCueLexicon(
        cues=cues,
        not_names=frozenset(norm(w) for w in data["not_names"]),
        locative=frozenset(norm(w) for w in data["locative"]),
        particles=frozenset(norm(w) for w in data["name_particles"]),
        ordinals=frozenset(norm(w) for w in data["ordinals"]),
        directions=directions,
        units=units,
        ambiguous=frozenset(norm(w) for w in data.get("ambiguous", [])),
        raid_verbs=frozenset(norm(w) for w in data.get("raid_verbs", [])),
        vowelled=tuple((str(w), str(cc).upper()) for w, cc in (data.get("vowelled") or {}).items()),
        compass_parts=_normed(data, "compass_parts"),
        compass_gender=_compass_gender(data),
        descriptive={norm(w): tuple(str(c).upper() for c in ccs) for w, ccs in (data.get("descriptive") or {}).items()},
        name_endings=_normed(data, "name_endings_not_pronouns"),
        facility_epithets=_normed(data, "facility_epithets"),
        classifiers=_normed(data, "name_classifiers"),
        honorifics=_normed(data, "honorific_epithets"),
        office_domains=_normed(data, "office_domains"),
        resumptive=_normed(data, "resumptive_pronouns"),
        joining_words=_normed(data, "joining_words"),
        local_cues=_as_listed(data, "local_cues"),
        district_cues=_as_listed(data, "district_cues"),
        locating=_normed(data, "locating_words"),
        homographs=tuple(str(w) for w in data.get("cue_homographs") or []),
        verbal_nouns=_normed(data, "verbal_noun_forms"),
        aspect_phrases=frozenset(name_tokens(w) for w in data.get("aspect_phrases") or []),
        governors=_normed(data, "genitive_governors"),
        weekdays=_weekdays(),
        time_phrases=_time_phrases(),
        land_nouns=_normed(data, "country_land_nouns"),
        after_preposition=_normed(data, "ambiguous_after_preposition"),
        in_context_only=_normed(data, "in_context_only"),
        short_by_hamza=_as_listed(data, "short_names_by_hamza"),
        holding=_normed(data, "holding_words"),
        adjective_names=_normed(data, "adjective_names"),
    )


def _time_phrases() -> frozenset[tuple[str, ...]]:
    """The first two words of calendar.yaml's relative periods, normalised: a vague period ("الأشهر الماضية",
    "الأيام القليلة ...") or a period noun and its qualifier ("العام الماضي", "الأسبوع المقبل")."""
    cal = load_yaml("calendar.yaml")
    phrases = [w for forms in (cal.get("vague_periods") or {}).values() for w in forms]
    after = [w for forms in (cal.get("period_after") or {}).values() for w in forms]
    phrases += [f"{n} {a}" for nouns in (cal.get("period_nouns") or {}).values() for n in nouns for a in after]
    return frozenset(tuple(norm(w) for w in p.split()[:2]) for p in phrases if len(p.split()) >= 2)


def _plural_present_shape(word: str) -> bool:
    """Whether an indefinite word has the shape of a plural present verb (يسخرون، تقاتلون): ي or ت, then ون."""
    return word[:1] in ("ي", "ت") and word.endswith("ون") and len(word) >= 5


def _list_definite(cue: Cue, tok: Token) -> bool:
    """Whether a later word of a cue's list is definite ("والجمهوري") and the cue has a bar of its own for such words."""
    return cue.definite_list_name_zipf is not None and tok.norm.startswith(("وال", "ال"))


def _bars(cue: Cue, tok: Token, found: Sequence[PlaceMention]) -> tuple[float | None, bool, float | None]:
    """How common an unknown name after `cue` may be: its one-word bar, whether stoplisted words are no name,
    and the bar of a longer name's first word (None: the defaults)."""
    if cue.second_name_zipf is not None and len(found) == 1:
        # a dual names two places: the word joined to its first name is the second, however everyday (العلم)
        return cue.second_name_zipf, False, cue.second_name_zipf
    if found and _list_definite(cue, tok):
        return cue.definite_list_name_zipf, True, None
    definite = cue.definite_name_zipf is not None and tok.norm.startswith("ال")
    return (cue.definite_name_zipf if definite else cue.name_zipf), not definite, None


def _weekdays() -> frozenset[str]:
    """The weekdays of calendar.yaml, normalised (الخميس، الجمعه)."""
    days = load_yaml("calendar.yaml").get("weekdays") or {}
    return frozenset(norm(w) for forms in days.values() for w in forms)




def _mention(seg: Segmented, first: int, last: int, cut: int, restored_al: bool,
             key: str | None = None) -> PlaceMention:
    toks = seg.tokens
    start, end = raw_cut(toks[first], cut), toks[last - 1].end
    text = seg.text.raw[start:end]
    name = ("ا" + text) if restored_al else text
    phrase = [r for r in readings(toks[first].norm) if r.cut == cut and r.restored_al == restored_al]
    first_norm = phrase[0].stem if phrase else toks[first].norm[cut:]
    key = key or " ".join([first_norm] + [t.norm for t in toks[first + 1:last]])
    return PlaceMention(span=Span(start, end, text), name=" ".join(name.split()), key=key,
                        sentence=seg.sentence_of(first), written=toks[first].norm if cut else None)


_VOWEL_MARKS = re.compile("[\u064b-\u0652\u0640]")  # short vowels, tanween, shadda, sukun and tatweel
_LOCATIVE_PREPS = {"في", "قرب", "بقريه", "بلده", "بمنطقه"}


@dataclass
class _Starts:
    """An article's token indexes where `PlaceRecogniser.find` may find something (`any`, in order),
    and those where each of its tests may: a cue, a listed name, a definite cue, an unlisted place
    after it (`unseen`), a hashtag.  Sets from the shared lexicon answers, so that a test is not
    tried where its first word rules it out."""

    any: list[int]
    cue: set[int]
    name: set[int]
    definite: set[int]
    unseen: set[int]
    hashtag: set[int]
# cue kinds of facilities and camps, which everyday words name (مقابر العائلة، معسكر الفريق "the team's camp")
_FACILITIES = {"landmark", "hospital", "camp"}
_HOLDERS = {"province", "city", "capital", "town"}  # cue kinds of what holds a located area (بمحافظة لحج)
_PREPOSITION_CLITICS = set("بلك")  # attached prepositions (و and ف only join)
_TANWEEN = set("\u064b\u064c\u064d")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")   # a word of Arabic letters only (hamza to yaa), read in C
# Cues whose names often run on into an adjective: حي الجيزة البحرية, وادي سوف الجين.
_EXTENDABLE = {"neighbourhood", "wadi", "area"}
# placesmiss27: kinds whose cue is part of the name but that, unlike facilities (جسر جوي، شارع كورنيش), are named
# after a place: a stoplisted town's name after the cue is still read ("وادي حرض", "وادي شقراء")
_NAMED_FEATURES = {"wadi"}
# Cues that an ordinal names ("الحي الثالث", "المنطقة الرابعة"); "المدينة الأولى", "الدولة الأولى", "العاصمة الثانية",
# "الولاية الثالثة" rank a town, a state or a term (places16: 43 "definite cue + ordinal" on the feed, the 12 names
# all districts and areas)
_NAMED_BY_ORDINAL = {"neighbourhood", "area"}


# a key read in C (no Python frame per step of a bisection over the tokens)
_start = attrgetter("start")


_end = attrgetter("end")


def _reads_stoplisted(cue: Cue) -> bool:
    """Whether a stoplisted town's name may follow the cue as its place: a cue that is no part of the name
    ("محافظة عمران"), or a feature named after a place ("وادي حرض"); not a facility's ("شارع كورنيش")."""
    return not cue.keep or cue.kind in _NAMED_FEATURES


def _feminine_cue(word: str) -> bool:
    """Whether a cue word (its first word: "مدينة" of "مدينة ساحلية") is feminine: its ة, normalised to ه."""
    return norm(word.split()[0]).endswith("ه")


def _masculine_province(m: PlaceMention, adjective: str) -> bool:
    """A masculine adjective (…ي) after a name a masculine province cue introduced (إقليم، قضاء): it agrees with
    the cue.  placesfalse19: kwic.py finds 44 "إقليم/قضاء + name + definite …ي" on the feed; every nationality
    adjective there names the province's country (إقليم ريازان الروسي، بكتيكا الأفغاني، كردستان الإيراني).  So does
    one after a port's or an airport's name ("ميناء كاليه الفرنسي", "مطار بلاكبوش البريطاني": kwic.py, 50 "ميناء/مطار
    + name + nationality adjective" on the feed, each the facility's country; not a camp's or a base's, whose adjective
    may be its people's or its owner's: "مخيم اليرموك الفلسطيني", "قاعدة إنجرليك الأميركية")."""
    return adjective.endswith("ي") and m.cue_kind in _COUNTRY_AGREEING_CUE_KINDS and m.cue is not None \
        and not _feminine_cue(m.cue)


_COUNTRY_AGREEING_CUE_KINDS = ("province", "port", "airport")


def _token_starting_at(toks: Sequence[Token], offset: int) -> int | None:
    """Index of the token that starts at an original offset, if one does (binary search; the last
    one when a single original character gave several tokens: a ligature such as ﷺ)."""
    k = bisect.bisect_right(toks, offset, key=_start) - 1
    return k if k >= 0 and toks[k].start == offset else None


def _has_tanween(tok: Token) -> bool:
    return not _TANWEEN.isdisjoint(tok.text)     # a set test in C, not a generator over the characters


def _joined_hamza_word(tok: Token, known: PhraseMatch[str]) -> bool:
    """"وأرى" "and I see" is no Warri (واري once normalised): a word written with a hamza on the alif right
    after an initial و or ف is that conjunction and a word of its own; names that begin with وا/فا (واسط، فاس)
    are never written so (places16: 23 "وأرى" and 115 "وأدى" on the feed, no place)."""
    bare = _VOWEL_MARKS.sub("", tok.text)     # the marks (one character each) left out, in C
    return known.reading.cut == 0 and bare[:1] in "وف" and bare[1:2] in "أإ"




def _starts_clause(tok: Token) -> bool:
    return tok.norm.startswith("و") and len(tok.norm) > 2


def _token_containing(toks: Sequence[Token], offset: int, strict: bool = False) -> Token | None:
    """The token containing an original offset (strictly inside it with `strict`), found by bisection:
    tokens are sorted and do not overlap, and a scan of every token per mention would make a long
    article quadratic."""
    k = bisect.bisect_right(toks, offset, key=_start) - 1
    if k < 0:
        return None
    t = toks[k]
    inside = t.start < offset < t.end if strict else t.start <= offset < t.end
    return t if inside else None


def _arabic_letter_word(tok: Token) -> bool:
    """Whether a token is a word that starts with an Arabic letter (not a digit, not Latin)."""
    return tok.is_word and not tok.norm[0].isdigit() and "\u0621" <= tok.norm[0] <= "\u064a"


def _pronoun_suffixed(tok: Token, stem: str) -> bool:
    """Whether a word of more than three letters ends in the pronoun ه (نفوذه), not a taa marbuta."""
    return tok.text.rstrip()[-1:] == "ه" and len(stem) > 3


_AND = "و"
# a past verb of the plural, alone or with its object ("وأمطروهم"): no place's name ends so after و
_PLURAL_PAST_ENDINGS = ("وا", "وهم", "وها", "وهما", "وهن", "وه", "وني", "ونا")
_BRACKETS = frozenset("()")
_COLON = ":"
BRACKETED_LIST_TOKENS = 16  # tokens a bracketed list after a plural cue may run to ("قرى (أ، وب، وج)")
BRACKETED_NAME_WORDS = 3   # words a name in brackets after a cue may have ("قرية (دوما)", "مدينة (عين العرب)")
# marks a name may stand between after its cue: quotation marks, and brackets ("بين منطقتي (المهدية) و(الماسورة)")
NAME_MARKS = QUOTES | {"(", ")"}


_NAME_MARK_CHARS = "".join(sorted(NAME_MARKS))
# how much of a long text between two names `_words_between` spells out first (in characters): three words
# of news Arabic fit in it nearly always; a speed setting only, the answer does not depend on it
_BETWEEN_HEAD = 40


def _kept_words(text: str) -> list[str]:
    """The normalised words of a raw text, a bracket or quote mark alone not counted as a word."""
    return [w for w in norm(text).split() if w.strip(_NAME_MARK_CHARS)]


def _words_between(raw: str, start: int, end: int) -> list[str]:
    """The words of raw[start:end] (`_kept_words`), or, when there are three or more, some three or more of
    them (`_says_in` asks no more of a longer text). A long text is first spelled out only in its head: the
    normalisation works character by character, so each word of the head is the start of a distinct word of
    the whole, and three words in the head are three in the whole."""
    if end - start > _BETWEEN_HEAD:
        head = _kept_words(raw[start:start + _BETWEEN_HEAD])
        if len(head) >= 3:
            return head
    return _kept_words(raw[start:end])


def _skip_quotes(toks: Sequence[Token], j: int, end: int) -> int:
    """The first token from `j` that is no quotation mark or bracket around a name."""
    while j < end and not toks[j].is_word and toks[j].norm in NAME_MARKS:
        j += 1
    return j


def _bracketed_list(toks: Sequence[Token], j: int, end: int) -> bool:
    """"قرى (مشرعة، وحدنان)": after a plural cue, an open bracket at j - 1 holds its list of names when the bracket
    closes within a few tokens and a comma or a word joined by و stands inside."""
    if toks[j - 1].norm != "(":
        return False
    for k in range(j, min(end, j + BRACKETED_LIST_TOKENS)):
        if toks[k].norm == ")":
            return any(t.norm in COMMAS or (t.is_word and t.norm.startswith(_AND)) for t in toks[j + 1:k])
    return False


def _list_goes_on(cue: Cue, toks: Sequence[Token], j: int, end: int) -> bool:
    """Whether a word joined by و continues a list: a plural cue opens one (أودية X وY وZ), a
    singular cue names one place, unless it has a bar for a list's definite names: then a definite word joined by و
    is the list's next name ("حي الروضة والنسيم", quarters listed after the singular حي)."""
    # a word with tanween is indefinite, no name: "مناطق الحدبة ووصولاً إلى الساحل" (lists17)
    if not (j < end and toks[j].is_word and toks[j].norm.startswith("و") and not _has_tanween(toks[j])):
        return False
    return cue.plural or (cue.definite_list_name_zipf is not None and toks[j].norm.startswith("وال"))


class PlaceRecogniser:
    """Finds place mentions; holds only read-only lexicon data."""

    def __init__(self, names: PhraseMatcher[str], cues: PlaceCueLexicon, stopwords: frozenset[str],
                 vocabulary: Vocabulary | None = None, adjectives: Mapping[str, str] | None = None,
                 agency: AgencyLexicon | None = None, vetoes: VetoLexicon | None = None,
                 broad: frozenset[str] = frozenset(), pronouns: tuple[str, ...] = (),
                 stoplisted_places: frozenset[str] = frozenset(), actor_names: PhraseMatcher[str] | None = None):
        self.names = names
        # the actor registry's Arabic names: a cue marked actor_veto opens no place where one of them starts
        self.actor_names = actor_names
        # stoplisted names that are also GeoNames places: places only after a cue word or as a
        # hashtag, and only where the article names their country (rasd.resolve.places)
        self.stoplisted_places = frozenset(w for w in stoplisted_places
                                           if (vocabulary or Vocabulary.empty()).zipf(w) <= STOPLISTED_NAME_MAX_ZIPF)
        # in a list of places after a place ("الدمام والخبر") however common the word (الخبر "the news")
        self.stoplisted_in_list = frozenset(stoplisted_places)
        # the enclitic pronouns of morphology.yaml, longest first ("إلقائهم", "سيطرتها")
        self.pronouns = tuple(p for p in pronouns if p not in cues.name_endings)
        self.broad = broad  # names of countries, continents and regions (a national team stays a place)
        self.agency = agency or AgencyLexicon.empty()
        self.vetoes = vetoes or VetoLexicon.empty()
        self.cues = cues
        self.stopwords = stopwords
        self.vocabulary = vocabulary or Vocabulary.empty()
        # nationality adjectives in every form (الليبية، التونسي) -> ISO2: never part of a name
        self.adjectives = adjectives or {}
        # the same forms after a joining و or ف ("والتركية"): met against an article's words as a set
        self._joined_adjectives = frozenset(c + w for w in self.adjectives for c in CONJUNCTIONS)
        # the first words of the cues and of the names, in one set (one look-up per reading)
        self._first_words = frozenset(cues.cues.first_words()).union(names.first_words())
        self._starts = WordTest(self._may_start)
        # where each of `find`'s tests may succeed (`_Starts`): asked of all of an article's words at once
        self._definite = WordTest(self._may_be_definite_cue)
        self._opens_unseen = WordTest(self._may_open_unseen)

    def _may_start(self, word: str) -> bool:
        """Whether anything `find` looks for may start at a word: a cue (also definite, الحي), a
        listed name, a locative preposition or a verb of raiding (hashtags are found apart)."""
        if word in _LOCATIVE_PREPS:
            return True
        firsts, cues = self._first_words, self.cues
        for r in readings(word):  # a loop, not any(generator): asked once for every new word
            if r.stem in firsts or r.stem in cues.raid_verbs or (r.stem.startswith("ال") and cues.cues.get((r.stem[2:],))):
                return True
        return False

    def _may_be_definite_cue(self, word: str) -> bool:
        """Whether a reading of `word` is a cue with the article (الحي of "الحي الثالث", `_definite_cue`)."""
        cues = self.cues.cues
        for r in readings(word):     # a loop, not any(generator): asked once for every new word
            if r.stem.startswith("ال") and cues.get((r.stem[2:],)):
                return True
        return False

    def _may_open_unseen(self, word: str) -> bool:
        """Whether an unlisted place may follow `word` (`_unseen_after_locative`): في، قرب... or a verb of raiding."""
        return word in _LOCATIVE_PREPS or bool(reading_stems(word) & self.cues.raid_verbs)

    def _starts_in(self, seg: Segmented) -> _Starts:
        """The tokens where `find` may find something, in order, and where each of its tests may; at
        any other token every one of its tests fails, so the scan steps over them."""
        words = seg.words
        found = self._starts.positions(words)
        # the listed names only where `match_at` may find one (`PhraseMatcher.may_match`)
        names = self.names.may_match(token_norms(seg), self.names.positions(words))
        starts = _Starts(found, set(self.cues.cues.positions(words)), set(names),
                         set(self._definite.positions(words)), set(self._opens_unseen.positions(words)), set())
        raw = seg.text.raw
        p = raw.find("#")
        while p >= 0:
            k = bisect.bisect_left(seg.tokens, p + 1, key=_start)
            if k < len(seg.tokens) and seg.tokens[k].start == p + 1 and seg.tokens[k].is_word:
                starts.hashtag.add(k)
            p = raw.find("#", p + 1)
        # speed42: only where one of the tests may find something (at any other token of `found` the scan does
        # nothing but step on): about half of `found`, 35 of 73 tokens an article on the feed, once the listed
        # names are only where `match_at` may find one
        starts.any = sorted((starts.cue | starts.name | starts.definite | starts.unseen).intersection(found)
                            .union(starts.hashtag))
        return starts

    # -- unknown names after a cue -------------------------------------------
    def _name_word(self, tok: Token, first: bool, max_zipf: float = UNKNOWN_NAME_MAX_ZIPF) -> str | None:
        """Normalised stem if `tok` may be a word of an unknown place name."""
        if not _arabic_letter_word(tok):
            return None
        stem = tok.norm
        if first and self._joined(stem):
            stem = stem[1:]  # "ونفد" in a coordinated list
        if self._never_in_name(stem):
            return None
        if not first and stem in self.stopwords and stem not in self.cues.particles:
            # a later word may be an everyday word ("بئر علي"), unless it is a function word
            return None if self.vocabulary.zipf(stem) > 5.5 else stem
        if _pronoun_suffixed(tok, stem) and self._everyday_base(stem[:-1]):
            return None  # a pronoun suffix on an everyday word (نفوذه، قواته، لإدانته), not a name's ending (غومبيه)
        if first and self._everyday_first_word(stem, max_zipf):
            return None  # an everyday word (عديدة، يمتد، للنازحين)
        if self._cue_or_direction(stem):
            return None
        return stem

    def _joined(self, word: str) -> bool:
        """Whether a word is و joined to a list's next name: a word of more than three letters, or و before a
        short name particle ("وذي مهنة")."""
        return word.startswith("و") and (len(word) > 3 or word[1:] in self.cues.particles)

    def _never_in_name(self, stem: str) -> bool:
        """Whether a stem is never a word of a name: too short, a listed non-name or a locative word."""
        return (len(stem) < 2 or stem in self.cues.not_names or stem in self.cues.locative
                or (stem.startswith("ال") and stem[2:] in self.cues.not_names))

    def _everyday_first_word(self, stem: str, max_zipf: float) -> bool:
        """Whether a first word is too common to start a name (a name particle never is)."""
        return stem not in self.cues.particles and max(self.vocabulary.zipf(r.stem) for r in readings(stem)) > max_zipf

    def _cue_or_direction(self, stem: str) -> bool:
        """Whether a stem is itself a cue word or a compass direction."""
        return self.cues.is_cue_word(stem) or bool(self.cues.directions.get((stem,)))

    def _unknown_name(self, toks: Sequence[Token], j: int, end: int, in_list: bool = False,
                      bar: float | None = None, raw: str = "", area: bool = False, listed_words: bool = True,
                      first_bar: float | None = None) -> int:
        """End token index of an unknown name starting at `j` (j when none)."""
        # a cue that asks rarer names (سد) asks a rarer first word of a longer name too, by the same margin
        first_bar = first_bar or (UNKNOWN_MULTIWORD_MAX_ZIPF if bar is None else
                                  min(UNKNOWN_MULTIWORD_MAX_ZIPF, bar + UNKNOWN_MULTIWORD_MAX_ZIPF - UNKNOWN_NAME_MAX_ZIPF))
        bar = bar or (UNKNOWN_LIST_NAME_MAX_ZIPF if in_list else UNKNOWN_NAME_MAX_ZIPF)
        if area and self._placed_one_word(toks, j, end):
            return j + 1
        if j >= end or self._name_word(toks[j], first=True, max_zipf=first_bar) is None:
            return j
        if self._describes_cue(toks, j, end):
            return j  # "مناطق واسعة", "مناطق مأهولة", "مناطق طردوا منها": a description, as after a listed word
        stop = self._unknown_extent(toks, j, end, raw)
        if stop == j + 1 and self._name_word(toks[j], first=True, max_zipf=bar) is None:
            return j  # one everyday word is no name; two words ("الزهور البحرية") may be
        first = toks[j].norm[1:] if self._joined(toks[j].norm) else toks[j].norm
        if self._carries_pronoun(first) or (stop == j + 1 and self._one_word_no_name(first, bar, listed_words)):
            return j  # "مدينة يقطنها": the cue is described, not named
        return stop

    def _one_word_no_name(self, first: str, bar: float, listed_words: bool) -> bool:
        """Whether one word after a cue is no name: a particle alone ("منطقة الشيخ" after a visit by the
        sheikh), an everyday word the stoplist holds, an adjective ("منطقة جافة", "مستشفى ميداني")."""
        if first in self.cues.particles:
            return True
        if listed_words and first in self.stopwords and self.vocabulary.zipf(first) > max(3.0, bar - 0.9):
            return True
        return self._adjective(first)

    def _placed_one_word(self, toks: Sequence[Token], j: int, end: int) -> bool:
        """"منطقة العلم الواقعة شرق عدن", "منطقة صبر بمحافظة لحج": one word after a cue, however everyday,
        names the area when the words right after it say where it lies (a locating participle, a compass
        word, or ب/في with a province's or a town's cue); a description of an area is not located so."""
        if j + 2 >= end or not toks[j].is_word:
            return False
        word = toks[j].norm
        if (self.vocabulary.zipf(word) > PLACED_NAME_MAX_ZIPF or self._name_word(toks[j], first=True,
                                                                                  max_zipf=PLACED_NAME_MAX_ZIPF) is None
                or self._describes_cue(toks, j, end) or self._carries_pronoun(word) or self._adjective(word)
                or any(self._never_in_name(r.stem) or self._cue_or_direction(r.stem) for r in readings(word))):
            return False  # also "قرى بشمال شرق نيجيريا": a preposition on a compass word
        nxt = toks[j + 1].norm
        if nxt in self.cues.locating or self.cues.directions.get((nxt,)):
            return toks[j + 2].is_word
        holder = toks[j + 2].norm if nxt == "في" else nxt
        # ب locates (صبر بمحافظة لحج); و joins another ("مديرية الصحة ومديرية التربية" is a list, not a place)
        return any(c.kind in _HOLDERS for r in readings(holder) if nxt == "في" or "ب" in holder[:r.cut]
                   for c in self.cues.cues.get((r.stem,)))

    def _describes_cue(self, toks: Sequence[Token], j: int, end: int) -> bool:
        """Whether the words at `j` describe the cue before them rather than name it: a listed description, a
        clause's first word, or a plural past verb with a pronoun pointing back ("مناطق طردوا منها")."""
        word = toks[j].norm
        if word in self.cues.not_names or self._no_name_start(word) or self._accusative_agreeing(toks, j):
            return True
        return _plural_past_shape(word) and j + 1 < end and toks[j + 1].norm in self.cues.resumptive

    def _accusative_agreeing(self, toks: Sequence[Token], j: int) -> bool:
        """"تقيم مستشفى ميدانيا", "اتهم مستشفى خاصاً", "تضم ميناء استراتيجيا": an everyday word in the indefinite
        accusative right after a cue no preposition governs agrees with the cue as its adjective, the cue being a
        verb's object; a name after a cue is a genitive and takes no tanween.  The accusative is told by its written
        tanween, or, unmarked, by the shape of a nisba (…يا) or a participle (م…ا) whose form without the alif is
        an everyday word; other names in ا stay names ("بلدة عبرا", "جبل قارا", "منطقة جورا"), and so does any
        word after a preposition ("في معسكر تركيا", "إلى فندق مينا هاوس")."""
        tok = toks[j]
        word = tok.norm
        if j == 0 or word.startswith("ال") or len(word) < 4 or not word.endswith("ا") or word.endswith("اا"):
            return False
        zipf = self.vocabulary.zipf
        if zipf(word[:-1]) < INFLECTED_BASE_ZIPF:
            return False
        shaped = word.endswith("يا") or (word.startswith("م") and len(word) >= 5)
        if not (_has_tanween(tok) or (shaped and zipf(word) >= ACCUSATIVE_MIN_ZIPF)):
            return False
        return not self._governed(toks, j - 1)

    def _governed(self, toks: Sequence[Token], k: int) -> bool:
        """Whether the cue word at `k` follows a preposition: glued to it (بمستشفى، لمنطقة) or the word before."""
        cue = toks[k].norm
        if any(set(cue[:r.cut]) & _PREPOSITION_CLITICS for r in readings(cue) if self.cues.is_cue_word(r.stem)):
            return True
        if k == 0 or not toks[k - 1].is_word:
            return False
        before = reading_stems(toks[k - 1].norm)
        return bool(before & self.cues.locative or before & self.cues.governors)

    def _no_name_start(self, word: str) -> bool:
        """Whether the first word after a cue starts a clause or a description rather than a name: a
        verb in everyday use (فندق يتجمع فيه، منطقة أرسلت إليها), an indefinite nationality adjective
        (قرية تشادية), or a preposition glued to an everyday word or an article (معسكرات للمنظمة،
        سد لحفظ المياه)."""
        zipf = self.vocabulary.zipf
        # a present verb of four letters or fewer has the shape of many foreign names (تشن داي، تونغ خوا)
        verb = (len(word) >= 5 and present_verb(word, self.agency)) or past_verb(word, self.agency)
        if verb and zipf(word) >= INFLECTED_BASE_ZIPF:
            return True
        if not word.startswith("ال") and word in self.adjectives:
            return True
        return word.startswith("لل") or (word.startswith("ل") and len(word) > 3
                                          and zipf(word[1:]) >= GLUED_PREPOSITION_BASE_ZIPF)

    def _adjective(self, word: str) -> bool:
        """Whether one indefinite word after a cue is a feminine or nisba adjective of a common stem
        (جافة، ميداني); an adjective is an everyday word itself, a town named after a word (بلاطة،
        قيصري) is rarer."""
        zipf = self.vocabulary.zipf
        if word.startswith("ال") or len(word) < 4:
            return False
        if self._feminine_nisba(word):
            return True
        if zipf(word) < INFLECTED_BASE_ZIPF:
            return False
        return ((word.endswith("ه") and zipf(word[:-1]) >= INFLECTED_BASE_ZIPF)
                or (word.endswith("ي") and zipf(word[:-1]) >= NISBA_BASE_ZIPF))

    def _feminine_nisba(self, word: str) -> bool:
        """"مدينة مذهبية", "منطقة سهلية", "ولاية عثمانية": a feminine nisba (…ية) agreeing with a feminine
        cue, made from an everyday noun, is an adjective even when rare itself; a village's name in ية
        is no word at all (its Zipf below FEMININE_NISBA_MIN_ZIPF)."""
        zipf = self.vocabulary.zipf
        if not (word.endswith("يه") and len(word) >= 5):
            return False
        if zipf(word) < FEMININE_NISBA_MIN_ZIPF:
            # "مدن وبلدات أحوازية": the nisba of a region known by its article (الأحواز), rare itself
            return zipf("ال" + word[:-2]) >= DEFINITE_NISBA_BASE_ZIPF
        return zipf(word[:-2]) >= NISBA_BASE_ZIPF

    def _everyday_base(self, base: str) -> bool:
        """Whether what is left of a word without its final ه is an everyday word: as it stands, without a
        glued preposition or conjunction, or with the taa marbuta a pronoun turns into ت (إدانته: إدانة)."""
        forms = {r.stem for r in readings(base)}
        forms |= {f[:-1] + "ه" for f in forms if f.endswith("ت")}
        return any(len(f) >= 3 and self.vocabulary.zipf(f) >= INFLECTED_BASE_ZIPF for f in forms)

    def _carries_pronoun(self, word: str) -> bool:
        """Whether the first word after a cue is an everyday word with a pronoun of two letters or
        more (يقطنها، انفجارها); a lone ه or ي is also how names end."""
        if word.startswith("ال"):
            return False
        zipf = self.vocabulary.zipf
        return any(len(p) > 1 and word.endswith(p) and len(word) - len(p) >= 3
                   and (zipf(word[:-len(p)]) >= INFLECTED_BASE_ZIPF or self._verb_with_object(word, p))
                   for p in self.pronouns)

    def _verb_with_object(self, word: str, pronoun: str) -> bool:
        """"منطقة يرتادها السياح": a present verb carrying its object pronoun opens a clause that describes the
        cue (an indefinite noun takes a clause with no relative pronoun); the verb may be rarer than a noun
        there (يرتاد), since no name has the shape of a verb and a two-letter pronoun at once."""
        base = word[:-len(pronoun)]
        return (word[:1] in "يت" and len(base) >= 4 and present_verb(base, self.agency)
                and self.vocabulary.zipf(base) >= VERB_OBJECT_BASE_ZIPF)

    def _unknown_extent(self, toks: Sequence[Token], j: int, end: int, raw: str = "") -> int:
        k = j + 1
        prev = toks[j].norm[1:] if self._joined(toks[j].norm) else toks[j].norm
        while k < end and k - j < 3:
            tok = toks[k]
            stem = self._name_word(tok, first=False) or self._given_name_after_particle(tok, prev)
            if stem is None or _starts_clause(tok) or stem.startswith(("بال", "لل")) or stem in self.adjectives:
                break  # "كاييس المالية": a nationality adjective is no part of the name
            if "#" in raw[toks[k - 1].end:tok.start]:
                break  # "معهد الأورام #المنيل": a hashtag starts a name of its own
            if stem in self.cues.weekdays and prev not in self.cues.particles:
                break  # "في منطقة واردوج الخميس": the day of the report; "سوق الجمعة" is a name
            if k + 1 < end and (stem, toks[k + 1].norm) in self.cues.time_phrases:
                break  # "بمنطقة البرشاء الأشهر الماضية": when it happened, not the name's second word
            # a following word joins the name when it is definite (idafa or
            # adjective: سوف السجين، الجيزة البحرية), repeats the first (نجام
            # نجام), or follows a name particle (أم، أبو، بئر ...)
            if not (stem.startswith("ال") or stem == prev or prev in self.cues.particles):
                break
            prev = stem
            k += 1
        return k

    def _given_name_after_particle(self, tok: Token, prev: str) -> str | None:
        """"وبير أحمد", "منطقة أبو محمد": after a name particle a given name (casualties.yaml's list, as written)
        is the name's second word, however common (أحمد and محمد are above the function-word bar of `_name_word`)."""
        if prev in self.cues.particles and tok.text in self.vetoes.given_names:
            return tok.norm
        return None

    def _cue_at(self, toks: Sequence[Token], i: int):
        """The cue word starting at token i, unless it is written as another word (إحياء)."""
        cue_match = self.cues.cues.match_at(toks, i)
        if cue_match is None or self._written_as_other_word(toks[i]):
            return None
        if cue_match.payloads[0].actor_veto and self.actor_names is not None \
                and self.actor_names.match_at(toks, i) is not None:
            return None  # "جبهة النصرة" is a group the registry knows, not a front
        return cue_match

    def _written_as_other_word(self, tok: Token) -> bool:
        """A cue word's letters written with the hamza of another word (إحياء "reviving", not أحياء), with
        any proclitics before it (لإحياء) and its short vowels left out."""
        if not self.cues.homographs:
            return False
        bare = _VOWEL_MARKS.sub("", tok.text)     # the marks (one character each) left out, in C
        return bare.endswith(self.cues.homographs)

    def _after_cue(self, seg: Segmented, cue_match, end: int) -> tuple[list[PlaceMention], int]:
        """The places a cue names (one, or a list after a plural cue) and the token after them."""
        toks = seg.tokens
        cue: Cue = cue_match.payloads[0]
        if toks[cue_match.first].norm in self.cues.verbal_nouns or self._aspect_phrase(toks, cue_match.first):
            cue = replace(cue, needs_known=True)  # "لقضاء الإجازات" spends holidays; "لقضاء الفلوجة" is listed
        j = cue_match.last
        if cue.plural and j + 1 < end and toks[j].norm == _COLON:
            j += 1  # "قرى: (مشرعة، وحدنان)", "أحياء: العزيزية، وأبومرخة": a colon opens the list
        found: list[PlaceMention] = []
        while j < end:
            # quotation marks around names after a cue: أودية "حقف الطير والحصان"
            j = _skip_quotes(toks, j, end)
            if j >= end:
                break
            named = self._name_after_cue(seg, cue, j, end, found)
            if named is None:
                break
            m, j = named
            if cue.actor_veto and self._group_name(cue, m):
                break  # a quoted group name after the cue: جبهة «النصرة»
            j = self._compass_in_name(seg, cue, m, j, end)
            m.cue, m.cue_kind, m.cue_plural = cue.word, cue.kind, cue.plural
            self._keep_cue(seg, cue_match, cue, m, found)
            found.append(m)
            if cue.second_name_zipf is not None and len(found) == 2:
                break   # a dual names two places: "منطقتي أ وب، واستردوهما" has no third
            j = _skip_quotes(toks, j, end)
            if self._comma_goes_on(cue, toks, j, end):
                j += 1   # "قرى سيعة، وذي مهنة، ومحزف": a comma before و between the list's names
            if not _list_goes_on(cue, toks, j, end):
                break
            if toks[j].norm == _AND and j + 1 < end and toks[j + 1].norm in NAME_MARKS:
                j += 1   # "و(الماسورة)", "و«عكد»": the conjunction stands alone before the mark
        return found, j

    def _aspect_phrase(self, toks: Sequence[Token], first: int) -> bool:
        """"من ناحية الأداء", "ومن ناحية اليابسة": من and the cue word ناحية are "in terms of, on the side of", not
        "from the sub-district of" (place_cues.yaml aspect_phrases)."""
        return first > 0 and (toks[first - 1].norm, toks[first].norm) in self.cues.aspect_phrases

    def _group_name(self, cue: Cue, m: PlaceMention) -> bool:
        """Whether the cue word and the name after it are an armed group's name in the actor registry, however
        the name is quoted (جبهة «النصرة»)."""
        return self.actor_names is not None and name_tokens(cue.word + " " + m.name) in self.actor_names

    def _compass_in_name(self, seg: Segmented, cue: Cue, m: PlaceMention, j: int, end: int) -> int:
        """"قرية العكر الغربي": a definite compass adjective right after a singular cue's name, of the other gender
        than the cue, cannot describe the cue and is part of the name; the name it widens is what the place is named
        after (العكر), for the resolver.  Returns the token after the name."""
        toks = seg.tokens
        if cue.plural or j >= end or not toks[j].is_word or not _one_space(seg.text.raw, toks[j - 1], toks[j]):
            return j
        gender = self.cues.compass_gender.get(toks[j].norm)
        cue_gender = "f" if _feminine_cue(cue.word) else "m"
        if gender is None or gender == cue_gender or toks[j - 1].end != m.span.end:
            return j
        m.named_after = m.key
        m.key = m.key + " " + toks[j].norm
        m.span = Span(m.span.start, toks[j].end, seg.text.raw[m.span.start:toks[j].end])
        m.name = m.name + " " + toks[j].text
        return j + 1

    def _comma_goes_on(self, cue: Cue, toks: Sequence[Token], j: int, end: int) -> bool:
        """Whether a comma at `j` stands between two names of a plural cue's list: the word after it is و with a
        listed name, a name particle (وذي مهنة، وبني حشيش) or a word Arabic text never uses (ومحزف).  A comma
        then و more often starts a clause ("مناطق المملكة، وينتظر"), so an everyday word does not go on."""
        if not (cue.plural and j + 1 < end and toks[j].norm in COMMAS and _list_goes_on(cue, toks, j + 1, end)):
            return False
        word = toks[j + 1].norm[1:]
        return (self.names.match_at(toks, j + 1) is not None or word in self.cues.particles
                or self._unseen(toks[j + 1]))

    def _name_after_cue(self, seg: Segmented, cue: Cue, j: int, end: int,
                        found: list[PlaceMention]) -> tuple[PlaceMention, int] | None:
        """The name starting at `j` after a cue and the token after it; None when the cue names nothing."""
        toks = seg.tokens
        known = self.names.match_at(toks, j)
        if toks[j - 1].norm in NAME_MARKS and (quoted := self._quoted_name(toks, j, end, cue.plural)) is not None:
            # a quoted name is taken whole: معسكر "الفاروق عمر"
            m = _mention(seg, j, quoted, 0, False)
            if known is not None and known.last == quoted:
                m.key = " ".join(known.phrase)
            return m, quoted
        if toks[j - 1].norm in _BRACKETS and known is None and not (cue.plural and _bracketed_list(toks, j, end)):
            return None  # brackets hold no name of a place here: a gloss, a number
        if known is not None and self._cue_describes(toks[j], known) and not self._seat_after_cue(cue, known):
            return None  # "منطقة بين", "منطقة جديدة", "ولاية غرب": the cue describes, it does not name
        if known is not None and known.last == j + 1 and self._masculine_nisba(cue, toks[j]):
            return None  # "سوق مركزي": the cue's adjective, though a province elsewhere bears the word (Markazi)
        known = self._listed_name_after_cue(toks, known, cue, end)
        if known is not None:
            m = _mention(seg, known.first, known.last, known.reading.cut, known.reading.restored_al)
            m.key = " ".join(known.phrase)
            return m, known.last
        if cue.needs_known:
            return None
        unknown = self._unknown_after_cue(seg, cue, j, end, found)
        if unknown is None and _reads_stoplisted(cue):
            stoplisted = self._stoplisted_after_cue(seg, j, end, found)
            if stoplisted is not None:
                return stoplisted, j + 1
        return unknown

    def _stoplisted_in_lists(self, seg: Segmented, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """"في الدمام والخبر والقطيف": a stoplisted place name joined by و right after a place is the next
        place of a list, as after a cue word (the resolver still asks that the article name its country)."""
        if not self.stoplisted_in_list:
            return mentions
        toks, raw = seg.tokens, seg.text.raw
        found = {m.span.start for m in mentions}   # "محافظتي صعدة وعمران": the cue found عمران already
        out: list[PlaceMention] = []
        for m in mentions:
            out.append(m)
            k = bisect.bisect_left(toks, m.span.end, key=_end)
            while k + 1 < len(toks) and toks[k].end == m.span.end and _one_space(raw, toks[k], toks[k + 1]):
                w = toks[k + 1].norm
                if not (w.startswith("و") and w[1:] in self.stoplisted_in_list) or self._described_after(toks, k + 2):
                    break  # "والخبر الذي نشرته" is a list of words; "والوفرة الجديدة" a longer name
                m = _mention(seg, k + 1, k + 2, 1, False)
                if m.span.start in found:
                    break
                m.stoplisted = True
                out.append(m)
                k += 1
        return out

    def _unseen_in_lists(self, seg: Segmented, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """"في دار سعد وجعولة", "قرى مشرعة وحدنان": a word Arabic text never uses (`_unseen`), joined by و right
        after a place named after a cue or a locative word, is the list's next place, unlisted (villages and
        districts reported once).  Not after a country or region (their lists go on with other words), nor a
        word with the shape of a present verb (ويتسلحن) or of a plural participle (والمتوزعين)."""
        toks, raw = seg.tokens, seg.text.raw
        found = {m.span.start for m in mentions}
        out: list[PlaceMention] = []
        for m in mentions:
            out.append(m)
            if not (m.cue or m.locative) or m.key in self.broad or m.key.split()[0] in self.cues.particles:
                continue
            k = bisect.bisect_left(toks, m.span.end, key=_end)
            while k + 1 < len(toks) and toks[k].end == out[-1].span.end and _one_space(raw, toks[k], toks[k + 1]):
                if not (self._unseen_next_in_list(toks[k + 1]) or self._between_names(seg, k + 1)) \
                        or toks[k + 1].start + 1 in found:
                    break
                nxt = _mention(seg, k + 1, k + 2, 1, False)
                nxt.cue_kind, nxt.locative, nxt.unlisted, nxt.joined = "place", True, True, True
                out.append(nxt)
                k += 1
        return out

    def _between_names(self, seg: Segmented, k: int) -> bool:
        """"الوهط وصبر والفيوش": a word joined by و inside a list of places, between a place and a word Arabic text never
        uses (the list's next, unlisted place), is a place however everyday (صبر "patience"), when it is one rare-enough
        word with no shape of a verb, participle or adjective: the list does not stop at it."""
        toks, raw = seg.tokens, seg.text.raw
        if k + 1 >= len(toks) or not _one_space(raw, toks[k], toks[k + 1]) or not self._unseen_next_in_list(toks[k + 1]):
            return False
        tok = toks[k]
        word = tok.norm[1:]
        if not tok.norm.startswith(_AND) or len(word) < 3 or _has_tanween(tok) or word in self.stopwords:
            return False
        if self._name_word(tok, first=True, max_zipf=UNKNOWN_LIST_NAME_MAX_ZIPF) is None \
                or self._describes_cue(toks, k, len(toks)) or self._adjective(word) or self._carries_pronoun(word):
            return False
        return not (present_verb(word, self.agency) or past_verb(word, self.agency) or word.endswith(_PLURAL_PAST_ENDINGS))

    def _unseen_next_in_list(self, tok: Token) -> bool:
        """Whether a word is و + an unseen word that may be a place's name (`_unseen_in_lists`)."""
        w = tok.norm
        if not (w.startswith(_AND) and len(w) > 4) or _has_tanween(tok) or not self._unseen(tok):
            return False
        bare = w[1:]
        participle = bare.startswith(("م", "الم")) and bare.endswith(("ين", "ون"))
        # "ومضيقي البوسفور": the construct dual (or a nisba) of an everyday noun
        construct = bare.endswith("ي") and self.vocabulary.zipf(bare[:-1]) >= INFLECTED_BASE_ZIPF
        return not (participle or construct or present_verb(bare, self.agency) or bare.endswith(_PLURAL_PAST_ENDINGS))

    def _described_after(self, toks: Sequence[Token], k: int) -> bool:
        """Whether the word at `k` goes on from the word before it: a definite word (an adjective, a noun
        in construct) or a relative or other word listed as no name."""
        if k >= len(toks) or not toks[k].is_word:
            return False
        w = toks[k].norm
        return w.startswith("ال") or w in self.cues.not_names

    def _stoplisted_after_cue(self, seg: Segmented, j: int, end: int,
                              found: list[PlaceMention]) -> PlaceMention | None:
        """"محافظة عمران", "منطقة الوفرة": after a cue word a one-word place name that is also an
        everyday word names the place (a list's later names carry و: "مناطق سحاب والوفرة").  A
        facility's name (جسر جوي، شارع كورنيش) is not read so: everyday words name facilities."""
        toks = seg.tokens
        w = toks[j].norm
        cut = 1 if found and w.startswith("و") and w[1:] in self.stoplisted_places else 0
        if w[cut:] not in self.stoplisted_places or self._unknown_extent(toks, j, end, seg.text.raw) > j + 1:
            return None  # "بحيرة السد العالي", "منطقة علاوي الحلة": a longer name, not the one word
        m = _mention(seg, j, j + 1, cut, False)
        m.stoplisted = True
        return m

    def _seat_after_cue(self, cue: Cue, known: PhraseMatch[str]) -> bool:
        """saudiplaces27: a seat named by an everyday word (in_context_only) is named by a cue word of a town, a
        province or a facility ("مدينة المجمعة", "مستشفى العقيق"), not by an area's ("منطقة الوجه" is the face's)."""
        return len(known.phrase) == 1 and known.phrase[0] in self.cues.in_context_only and cue.kind != "area"

    def _cue_describes(self, tok: Token, known: PhraseMatch[str]) -> bool:
        """Whether the listed word after a cue is a description (a non-name, a function word, a
        direction, an indefinite word with tanween, another cue, a clause opened by ف) rather than a name."""
        phrase = known.phrase
        return bool(phrase[0] in self.cues.not_names
                    or (len(phrase) == 1 and phrase[0] in self.stopwords)
                    or self.cues.directions.get(phrase[:1]) or _has_tanween(tok)
                    or (len(phrase) == 1 and self.cues.is_cue_word(phrase[0]))
                    # ف opens a clause, no name: "في أي منطقة فسوف يتم التصدي لها"
                    or "ف" in tok.norm[:known.reading.cut])

    def _listed_name_after_cue(self, toks: Sequence[Token], known: PhraseMatch[str] | None, cue: Cue,
                               end: int) -> PhraseMatch[str] | None:
        """The listed name after a cue, unless it is only the start of a longer unknown name."""
        if known is None:
            return None
        if known.last - known.first == 1 and known.phrase[0] in self.cues.particles:
            return None  # "بن" of مدينة بن قردان is no place of its own
        if cue.kind in _EXTENDABLE and self._extends(toks, known.last, end):
            return None  # حي الجيزة البحرية is a district of its own, not Giza
        return known

    def _unknown_after_cue(self, seg: Segmented, cue: Cue, j: int, end: int,
                           found: list[PlaceMention]) -> tuple[PlaceMention, int] | None:
        """An unknown name after a cue and the token after it, or None when the words are no name."""
        toks = seg.tokens
        if self._no_unknown_name_at(cue, toks, j, found):
            return None
        bar, listed_words, first_bar = _bars(cue, toks[j], found)
        stop = self._unknown_name(toks, j, end, in_list=cue.plural and bool(found), bar=bar, raw=seg.text.raw,
                                  area=cue.kind not in _FACILITIES, listed_words=listed_words, first_bar=first_bar)
        if stop == j and not found and self._named_by_its_list(cue, seg, j, end):
            stop = j + 1  # "قرى سهرة والحيمة": the list's definite names make its indefinite first word a name
        if stop == j or (stop == j + 1 and (self._masculine_participle(cue, toks[j].norm)
                                            or self._masculine_nisba(cue, toks[j])
                                            or self._described_noun(seg, cue, stop, end))):
            return None
        cut = 1 if self._joined(toks[j].norm) and found else 0
        return _mention(seg, j, stop, cut, False), stop

    def _no_unknown_name_at(self, cue: Cue, toks: Sequence[Token], j: int, found: list[PlaceMention]) -> bool:
        """Whether the word after a cue (or the list so far) starts no unknown name: a clause joined by و, an
        administration's office, or an everyday word that ends an open list."""
        if not found and _starts_clause(toks[j]) and self.vocabulary.zipf(toks[j].norm[1:]) >= INFLECTED_BASE_ZIPF:
            return True  # "أحياء وغرس", "بلدات وأعدم": و joins a new clause to the cue, not a name
        if found and (not self._joined(toks[j].norm) or _plural_present_shape(toks[j].norm[1:])):
            return True  # "بأحياء السنابل وك14": و before a letter; "أحياء يرزقون ويسخرون": a verb, no name
        if cue.kind == "province" and any(r.stem in self.cues.office_domains for r in readings(toks[j].norm)):
            return True  # "مديرية الجوازات", "مديرية الشؤون الصحية": an administration's office, no district
        list_bar = cue.definite_list_name_zipf if _list_definite(cue, toks[j]) else cue.list_name_zipf
        # an open list (مناطق، مدن) goes on to an everyday word: "مدن المملكة وتطوير خدماتها"
        return bool(found) and list_bar is not None and self._name_word(toks[j], first=True, max_zipf=list_bar) is None

    def _named_by_its_list(self, cue: Cue, seg: Segmented, j: int, end: int) -> bool:
        """"قرى سهرة والحيمة والتعزية": after an open list's cue, one indefinite word that has the shape of an
        adjective (سهرة, as صغيرة) is the list's first name when و joins it to a definite rare name: coordinated
        adjectives agree in definiteness ("قرى صغيرة وكبيرة"), so a definite name after it is the list's next place."""
        toks = seg.tokens
        if cue.list_name_zipf is None or j + 1 >= end or not _one_space(seg.text.raw, toks[j], toks[j + 1]):
            return False
        word, nxt = toks[j].norm, toks[j + 1]
        if word.startswith(("ال", _AND)) or word in self.stopwords or word in self.cues.particles \
                or not nxt.norm.startswith(_AND + "ال") or _has_tanween(toks[j]) or _has_tanween(nxt):
            return False
        if self._name_word(toks[j], first=True) is None or self._describes_cue(toks, j, end) \
                or self._carries_pronoun(word):
            return False
        return self._name_word(nxt, first=True, max_zipf=cue.list_name_zipf) is not None

    def _masculine_participle(self, cue: Cue, word: str) -> bool:
        """"مستشفى متخصص", "مركز متقدم": after a masculine cue (no ة), one indefinite word in م whose feminine in ة
        is an everyday word too (متخصصة) is a participle agreeing with the cue, no name; after a feminine cue
        (منطقة معاصر) such a word does not agree, and names the place."""
        if cue.plural or _feminine_cue(cue.word) or word.startswith("ال") or not word.startswith("م"):
            return False
        zipf = self.vocabulary.zipf
        return len(word) >= 5 and zipf(word) >= INFLECTED_BASE_ZIPF and zipf(word + "ه") >= INFLECTED_BASE_ZIPF

    def _masculine_nisba(self, cue: Cue, tok: Token) -> bool:
        """"معسكر إعدادي", "ميناء نفطي", "حي ساحلي", "سجن انفرادي": after a masculine cue, one indefinite nisba in ي
        of an everyday noun (إعداد، نفط، ساحل) agrees with the cue as its adjective, even when the nisba itself is
        rarer than `_adjective` asks; not after a feminine cue, with which it does not agree ("قرية نعمي" is a
        village), nor a word written with ى ("وادي بردى"), nor one whose base is a verb ("شارع صاري")."""
        word = tok.norm
        if cue.plural or _feminine_cue(cue.word) or word.startswith("ال") or len(word) < 4 or not tok.text.endswith("ي"):
            return False
        zipf, base = self.vocabulary.zipf, word[:-1]
        return (zipf(word) >= FEMININE_NISBA_MIN_ZIPF and zipf(base) >= NISBA_BASE_ZIPF
                and not (past_verb(base, self.agency) or present_verb(base, self.agency)))

    def _described_noun(self, seg: Segmented, cue: Cue, k: int, end: int) -> bool:
        """"منطقة أحراج جبلية", "منطقة عمليات عسكرية": one word after a feminine cue, then an indefinite feminine
        nisba agreeing with the cue: the words describe an area, for a proper name is definite and takes no
        indefinite adjective (a name's adjective has ال: "منطقة القلمون الجبلية")."""
        toks = seg.tokens
        if k >= end or cue.plural or not _feminine_cue(cue.word) or not toks[k].is_word:
            return False
        word = toks[k].norm
        # lists21: a cue word in يه (مديرية، ناحية) starts the place the name lies in ("منطقة الكمب مديرية مقبنة")
        return (not word.startswith(("ال", "و")) and self._feminine_nisba(word) and not self.cues.is_cue_word(word)
                and _one_space(seg.text.raw, toks[k - 1], toks[k]))

    def _keep_cue(self, seg: Segmented, cue_match, cue: Cue, m: PlaceMention, found: list) -> None:
        """When the cue is part of the name (ساحة عدن, بوابة الأربعين), widen the mention over it."""
        if not cue.keep or found:
            return
        toks = seg.tokens
        tok = _token_containing(toks, m.span.start)
        if tok is not None and any(c in _PREPOSITION_CLITICS for c in seg.text.raw[tok.start:m.span.start]):
            # "مستشفى بالأردن", "مستشفى بتندوف": a hospital in the place, not one named after it
            return
        cs = raw_cut(toks[cue_match.first], cue_match.reading.cut)
        inner = seg.text.raw[m.span.start:m.span.end]
        m.span = Span(cs, m.span.end, seg.text.raw[cs:m.span.end])
        m.name = " ".join((seg.text.raw[cs:toks[cue_match.last - 1].end] + " " + inner).split())
        m.named_after = m.key
        m.key = " ".join([cue_match.reading.stem] + list(cue_match.phrase[1:]) + [m.key])
        k = _token_starting_at(toks, m.span.end + 1)
        if k is not None and toks[k].norm in self.cues.facility_epithets \
                and _one_space(seg.text.raw, m.span, toks[k]):
            # "مطار عدن الدولي": the same airport as مطار عدن, written in full
            m.span = Span(cs, toks[k].end, seg.text.raw[cs:toks[k].end])
            m.name = m.name + " " + toks[k].text

    def _quoted_name(self, toks: Sequence[Token], j: int, end: int, plural: bool = False) -> int | None:
        """End of the words between quotation marks that start at `j` (at most 5 words)."""
        k = j
        while k < end and k - j <= 5 and toks[k].is_word:
            if k > j and plural and toks[k].norm.startswith("و"):
                return None  # a quoted list (أودية "حقف الطير والحصان"): names one by one
            k += 1
        if k < end and k > j and toks[k].norm in NAME_MARKS:
            if self._name_word(toks[j], first=True, max_zipf=UNKNOWN_LIST_NAME_MAX_ZIPF) is None \
                    and self.names.match_at(toks, j) is None:
                return None
            if toks[k].norm in _BRACKETS and not self._bracketed_name(toks, j, k):
                return None
            return k
        return None

    def _bracketed_name(self, toks: Sequence[Token], j: int, k: int) -> bool:
        """Words in brackets after a cue are its name when few, joined by no و (a list in brackets: "دول
        (هولندا واستراليا وبلجيكا)") and all rare words ("محافظة (الاسم السابق)" glosses, it names nothing)."""
        words = toks[j:k]
        return len(words) <= BRACKETED_NAME_WORDS and not any(t.norm.startswith(_AND) for t in words[1:]) and \
            all(self._name_word(t, first=(n == 0)) is not None
                or self.names.match_at(toks, j + n) is not None for n, t in enumerate(words))

    def _extends(self, toks: Sequence[Token], k: int, end: int) -> bool:
        """True when the word at `k` is a definite adjective continuing a name."""
        if k >= end or not toks[k].is_word:
            return False
        w = toks[k].norm
        return (w.startswith("ال") and len(w) > 4 and w not in self.cues.not_names
                and w[2:] not in self.cues.not_names and w not in self.adjectives
                and self.names.match_at(toks, k) is None)

    def _definite_cue(self, seg: Segmented, i: int) -> PlaceMention | None:
        """"الحي الثالث": a definite cue followed by an ordinal is a name."""
        toks = seg.tokens
        if i + 1 >= len(toks):
            return None
        for r in readings(toks[i].norm):
            cues = self.cues.cues.get((r.stem[2:],)) if r.stem.startswith("ال") else None
            if cues and cues[0].kind in _NAMED_BY_ORDINAL and toks[i + 1].norm in self.cues.ordinals:
                m = _mention(seg, i, i + 2, r.cut, r.restored_al)
                c: Cue = cues[0]
                m.cue, m.cue_kind, m.cue_plural = c.word, c.kind, c.plural
                return m
        return None

    def _listed_with_its_cue(self, seg: Segmented, cue_match, i: int) -> tuple[PlaceMention, int] | None:
        """A listed name that begins with its cue word ("وادي الحياة", "شعبية سرت", "حقل الواحة"), unless
        a longer listed name follows the cue ("دولة الإمارات العربية المتحدة", not "دولة الإمارات")."""
        toks = seg.tokens
        whole = self.names.match_at(toks, i)
        if whole is None or whole.last <= cue_match.last:
            return None
        inner = self.names.match_at(toks, cue_match.last) if cue_match.last < len(toks) else None
        if inner is not None and inner.last > whole.last:
            return None
        cue: Cue = cue_match.payloads[0]
        if cue.keep:
            m = _mention(seg, whole.first, whole.last, whole.reading.cut, whole.reading.restored_al)
        else:
            # "محافظة وادي سوف" is the place "وادي سوف": the name without its cue word
            m = _mention(seg, cue_match.last, whole.last, 0, False)
        m.key = " ".join(whole.phrase)
        m.cue, m.cue_kind, m.cue_plural = cue.word, cue.kind, cue.plural
        return m, whole.last

    # -- the whole article ---------------------------------------------------
    def find(self, seg: Segmented, numbers: Sequence[NumberMention] = ()) -> list[PlaceMention]:
        toks = seg.tokens
        out: list[PlaceMention] = []
        n = len(toks)
        i = 0
        may = self._starts_in(seg)
        for c in may.any:
            if c < i:
                continue
            i = c
            cue_match = self._cue_at(toks, i) if i in may.cue else None
            if cue_match is not None:
                listed = self._listed_with_its_cue(seg, cue_match, i)
                if listed is not None:
                    out.append(listed[0])
                    i = listed[1]
                    continue
                found, j = self._after_cue(seg, cue_match, n)
                if found:
                    out.extend(found)
                    i = j
                    continue
            m_def = self._definite_cue(seg, i) if i in may.definite else None
            if m_def is not None:
                out.append(m_def)
                i += 2
                continue
            tagged = self._unlisted_hashtag(seg, i) if i in may.hashtag else None
            if tagged is not None:
                out.append(tagged)
                i = self._token_index_after(toks, tagged, i)
                continue
            unseen = self._unseen_after_locative(seg, i, may.name) if i in may.unseen else None
            if unseen is not None:
                out.append(unseen)
                i = self._token_index_after(toks, unseen, i)
                continue
            known = self.names.match_at(toks, i) if i in may.name else None
            if known is not None and self._no_listed_name(toks[i], known):
                known = None
            if known is not None:
                m = self._compass_part(seg, known)
                if m is None:
                    m = _mention(seg, known.first, known.last, known.reading.cut, known.reading.restored_al)
                    m.key = " ".join(known.phrase)
                    m.after_and = self._read_after_and(m.key, known)
                out.append(m)
                i = known.last
                continue
            i += 1
        out = self._stoplisted_in_lists(seg, out)
        self._mark_locative(seg, out)
        out = self._unseen_in_lists(seg, out)
        out = self._not_vetoed(seg, out)
        self._mark_in_next(seg, out)
        out = self._in_context(seg, out)
        self._mark_country_said(seg, out)
        self._mark_agents(seg, out)
        self._attach_relations(seg, out, numbers)
        return out

    def _no_listed_name(self, tok: Token, known: PhraseMatch[str]) -> bool:
        """Whether a listed name's words are read otherwise: tanween marks a common noun or adverb (برًا), a lone
        cue word is no name, "وأرى" is و + أرى (`_joined_hamza_word`)."""
        return _has_tanween(tok) or _joined_hamza_word(tok, known) or (
            known.last - known.first == 1 and self.cues.is_cue_word(known.phrase[0]))

    def _read_after_and(self, key: str, known: PhraseMatch[str]) -> str | None:
        """"بالرياض وجدة": a one-word name that begins with و and is also و + another listed name; the
        resolver takes the reading the article's places agree with (Jeddah, not Morocco's Oujda)."""
        if known.last - known.first != 1 or known.reading.cut or not key.startswith("و") or len(key) < 4:
            return None
        return key[1:] if self.names.get((key[1:],)) else None

    def _not_vetoed(self, seg: Segmented, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Leave out names that are part of a club's, a company's or a person's name, of an idiom,
        or a team in a sentence about sport (rasd/lexicons/name_vetoes.yaml)."""
        v = Vetoes(self.vetoes, seg)
        return [m for m in mentions if not self._vetoed(seg, m, v)]

    def _vetoed(self, seg: Segmented, m: PlaceMention, v: Vetoes) -> bool:
        if m.cue:
            return False  # "مدينة ليون": a cue word makes it a place whatever follows
        rng = token_range(seg.tokens, m.span.start, m.span.end)
        if rng is None:
            return False
        first, last = rng
        why = v.context(first, last)
        if why not in (None, "media") and not (why == "national_team" and m.key in self.broad):
            return True
        if (v.family_name(first, last) or v.foreign_family_name(first, last)) and m.key not in self.broad:
            # "علي الأحمدي": a man's family name; a country or region there is "على" written with ي (علي العراق)
            return True
        if last < len(seg.tokens) and masculine_nisba(seg.tokens[last], self.adjectives):
            return True  # "ميلان الإيطالي", "ليون الفرنسي": a club (towns are feminine)
        if self._a_man_acting(seg, m, first, last):
            return True
        if self._other_words(seg, m, v, first, last):
            return True
        m.adjective_slot = self._agreeing_adjective(seg, m, first, last)
        m.definite_slot = self._definite_after_definite(seg, m, first, last)
        if self._an_adjective_there(m):
            return True
        m.as_adjective = self._nationality_after_definite(seg, m, first, last)
        # in a sentence about sport a town or country is a team unless it is where something is
        in_place = m.locative and (not m.written or m.written.lstrip("وف")[:1] == "ب")
        return v.sporty(m.sentence) and not in_place and m.key not in self.broad

    def _an_adjective_there(self, m: PlaceMention) -> bool:
        """A name spelled as an adjective, where an adjective stands: a nationality adjective spelled as its
        country ("مقاتلة سورية", "عائلة سورية"), or a masculine adjective or participle right after a definite
        word ("الوضع القائم", "الموقف الرمادي": place_cues.yaml `adjective_names`)."""
        return (m.adjective_slot and m.key in self.adjectives) or (
            m.definite_slot and m.key in self.cues.adjective_names)

    def _agreeing_adjective(self, seg: Segmented, m: PlaceMention, first: int, last: int) -> bool:
        """A one-word name in ة right after an indefinite word in ة, with no preposition of its own, may be an
        adjective agreeing with it ("دراسة حديثة" a recent study) as well as a name in a construct ("حكومة أنقرة",
        "شرطة جدة"): the resolver weighs the adjective by how common its masculine is (حديث)."""
        toks = seg.tokens
        if last - first != 1 or first == 0 or m.locative or m.written:
            return False
        before, raw = toks[first - 1], seg.text.raw
        return (before.is_word and before.text.rstrip("\u064b\u064c").endswith("ة")
                and not any(r.stem.startswith("ال") for r in readings(before.norm))
                and m.span.text.endswith("ة") and _one_space(raw, before, toks[first])
                and not self.cues.is_cue_word(before.norm))

    def _nationality_after_definite(self, seg: Segmented, m: PlaceMention, first: int, last: int) -> bool:
        """A country whose name is also its definite feminine nationality adjective (السعودية), alone right after a
        definite word, a space between, no clitic or preposition of its own: the adjective of that word ("القوات
        السعودية", "الخطوط السعودية", "الهيئة السعودية", "العلاقات المصرية السعودية"), not the country as a place
        (SCHEMA.md); the actor it names is the actors' business.  The mention stays, marked, as evidence of the
        article's country (the resolver counts it, then leaves it out).  Not where the adjectives describe a noun
        of the country's land (الأراضي، الحدود، العاصمة: place_cues.yaml `country_land_nouns`; "الحدود اليمنية
        السعودية"), a cue word or a compass adjective ("الحدود الجنوبية السعودية"), nor after a listed place (a
        dateline)."""
        toks = seg.tokens
        if last - first != 1 or first == 0 or m.locative or m.written or m.key not in self.adjectives \
                or not m.key.startswith("ال"):
            return False
        k = first - 1
        # the noun the adjectives describe: back over other definite nationality adjectives ("المصرية السعودية")
        while k > 0 and toks[k].norm.startswith("ال") and toks[k].norm in self.adjectives \
                and _one_space(seg.text.raw, toks[k - 1], toks[k]):
            k -= 1
        head = toks[k]
        if not _arabic_letter_word(head) or not _one_space(seg.text.raw, toks[first - 1], toks[first]):
            return False
        if not self._described_by_nationality(head):
            return False
        return not any((p := self.names.match_at(toks, i)) is not None and p.last == first
                       for i in range(max(0, first - 3), first))

    def _described_by_nationality(self, head: Token) -> bool:
        """Whether a definite word's nationality adjective says whose it is rather than where (القوات، الخطوط،
        العلاقات; an adjective of its own, المصرية): not a noun of the country's land, a cue word or a compass
        adjective."""
        stems = {r.stem for r in readings(head.norm)}
        if head.norm in self.adjectives:
            return True
        return any(s.startswith("ال") and len(s) > 4 for s in stems) and not (
            stems & self.cues.land_nouns or stems & self.cues.compass_gender.keys() or self.cues.is_cue_word(head.norm))

    def _other_words(self, seg: Segmented, m: PlaceMention, v: Vetoes, first: int, last: int) -> bool:
        """A man's given name after a title and a nationality ("نظيره الكاميروني بول بيا"), or a preposition,
        a noun and its adjective read whole as a town ("بعقوبة تعزيرية")."""
        if not m.locative and m.key not in self.broad and v.titled(first, self.adjectives):
            return True
        return self._given_name_of(seg, m, last) or self._preposition_noun_adjective(seg, m, first, last)

    def _given_name_of(self, seg: Segmented, m: PlaceMention, last: int) -> bool:
        """A place name that is also a given name (name_vetoes.yaml given_name_places), right before a word the
        vocabulary barely knows: a person and a foreign family name ("صلاح الدين دميرتاش", "أوري أرئيل",
        "ميلان كونديرا"), not the place.  Not after a preposition, nor before the article, a listed place, a given
        name ("محافظ صلاح الدين رائد الجبوري": the governor's name) or a common word (صلاح الدين شمال بغداد)."""
        toks = seg.tokens
        if m.locative or m.key not in self.vetoes.given_name_places or last >= len(toks):
            return False
        after = toks[last]
        if not _arabic_letter_word(after) or after.norm.startswith("ال") or \
                not _one_space(seg.text.raw, toks[last - 1], after):
            return False
        if after.text in self.vetoes.given_names or self.names.match_at(toks, last) is not None:
            return False
        return max(self.vocabulary.zipf(r.stem) for r in readings(after.norm)) < FAMILY_NAME_MAX_ZIPF

    def _preposition_noun_adjective(self, seg: Segmented, m: PlaceMention, first: int, last: int) -> bool:
        """A name in ة that reads as ب/ل/ك and an everyday noun, followed by an indefinite word in ة that
        agrees with that noun: "طالب بعقوبة تعزيرية" (with a punishment), not Baqubah (kwic: 7 of 27 "بعقوبة +
        word" on the feed are "بعقوبة تعزيرية/انضباطية/رادعة"; the town is followed by مركز، شمال، إلى ...).
        Not after a preposition of its own ("في بعقوبة")."""
        toks = seg.tokens
        if last - first != 1 or last >= len(toks) or m.locative or m.written or not m.key.endswith("ه"):
            return False
        name, after = toks[first], toks[last]
        if not name.norm.startswith(PREPOSITIONS) or self.vocabulary.zipf(name.norm[1:]) < COMMON_NOUN_ZIPF:
            return False
        return (_arabic_letter_word(after) and not after.norm.startswith("ال") and after.text.endswith("ة")
                and _one_space(seg.text.raw, name, after))

    def _definite_after_definite(self, seg: Segmented, m: PlaceMention, first: int, last: int) -> bool:
        """A one-word definite name right after a definite word, a space between and no preposition of its own,
        stands as an adjective stands ("اللحية البيضاء", "الأراضي البيضاء", "المسطحات الخضراء"): the resolver
        reads a name that is also an everyday word there as the word, whatever country the article names."""
        toks = seg.tokens
        if last - first != 1 or first == 0 or m.locative or m.written or not m.key.startswith("ال"):
            return False
        before = toks[first - 1]
        if before.norm in self.adjectives or any(
                (k := self.names.match_at(toks, i)) is not None and k.last == first for i in range(first - 3, first)
                if i >= 0):
            return False  # a place or a nationality before it: a list or a dateline ("اليمن البيضاء")
        return (_arabic_letter_word(before) and _one_space(seg.text.raw, before, toks[first])
                and any(r.stem.startswith("ال") and len(r.stem) > 4 for r in readings(before.norm))
                and not self.cues.is_cue_word(before.norm))

    def _a_man_acting(self, seg: Segmented, m: PlaceMention, first: int, last: int) -> bool:
        """A town's name as the subject of a verb of saying in the masculine ("وأكد الأحمدي أن", "ويقول
        الشمري"): towns are feminine in Arabic (أكدت), so the name is a man's, mostly his family name once
        he was introduced.  Not a country or region, some of which are masculine (قال لبنان), nor a
        hashtag ("يقول #بيروت" in a tweet)."""
        if m.key in self.broad or m.locative or first == 0 or \
                seg.text.raw[max(0, m.span.start - 2):m.span.start].strip() == "#":
            return False
        # the verb before the name only: a name before it opens a dateline ("واشنطن – قال التحالف")
        before, cut = seg.tokens[first - 1], norm(seg.text.raw[seg.tokens[first].start:m.span.start])
        if not cut.strip("وف") and before.is_word and masculine_speech_verb(before.norm, self.agency):
            return True
        return self._nisba_then_saying(seg, m, first, last)

    def _nisba_then_saying(self, seg: Segmented, m: PlaceMention, first: int, last: int) -> bool:
        """A family name in the shape of a nisba (ال...ي) inside a sentence, followed by a masculine verb of
        saying ("بيد أن الأحمدي أشار"): the man (a town would take أشارت).  Not at a sentence's start,
        where a dateline may stand before a verb and its subject ("الرمادي قال مصدر")."""
        toks = seg.tokens
        if last - first != 1 or last >= len(toks) or m.written or not toks[first - 1].is_word:
            return False
        w = toks[first].norm
        return w.startswith("ال") and w.endswith("ي") and toks[last].is_word and \
            _one_space(seg.text.raw, toks[first], toks[last]) and \
            masculine_speech_verb(toks[last].norm, self.agency)

    def _mark_in_next(self, seg: Segmented, mentions: list[PlaceMention]) -> None:
        """"المنصورة في عدن", "جوبر بدمشق", "سمارة بمحافظة إب": the place right after في or a glued ب (a cue
        word may follow them) is where the one before lies; not after a word that joins two places
        ("علاقات تل أبيب بأنقرة")."""
        toks = seg.tokens
        for m, nxt in zip(mentions, mentions[1:], strict=False):
            if nxt.sentence != m.sentence:
                continue   # (before the words between are spelled out: they may run over paragraphs)
            # (a closing bracket or quote after the first name is no word: "قرية (دوما) في مدينة نابلس")
            between = _words_between(seg.text.raw, m.span.end, nxt.span.start)
            if not self._says_in(between):
                continue
            tok = _token_containing(toks, m.span.start)
            k = tok.index - 1 if tok is not None else -1
            if k >= 0 and toks[k].is_word and reading_stems(toks[k].norm) & self.cues.joining_words:
                continue
            m.in_next = True

    def _in_context(self, seg: Segmented, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """saudiplaces27: a seat named by an everyday word (`in_context_only`: تربة "soil", المجمعة "collected") is,
        bare, a place only where its context says so: in a list beside another place ("في الطائف وتربة والخرمة",
        "المجمعة، شقراء"), or right before the place that holds it ("في الحرث بمنطقة جازان"); both are kept as
        `needs_mate`, for the resolver to ask that the other place lie in the same country.  Alone on a dateline
        line ("حاتم النجيمي – تربة", "تربة – واس") it is a place as it stands.  After a cue word it is a place
        as any name is; in an adjective's slot ("العمليات المجمعة في الرياض"), before a word that describes it
        ("والخبر الذي نشرته") or anywhere else, after في or ب too ("في تربة خصبة"), it is the word."""
        only = self.cues.in_context_only
        if not only or not any(m.key in only for m in mentions):
            return mentions
        raw, toks = seg.text.raw, seg.tokens
        out: list[PlaceMention] = []
        for i, m in enumerate(mentions):
            if m.key not in only or m.cue is not None or m.stoplisted or _dateline(raw, m):
                out.append(m)
                continue
            if m.definite_slot or m.adjective_slot or self._described_after(toks, _token_after(toks, m)):
                continue  # "العمليات المجمعة في الرياض", "الرياض والخبر الذي نشرته": the word
            prev = mentions[i - 1] if i > 0 else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if m.in_next or _listed_beside(raw, prev, m) or _listed_beside(raw, m, nxt):
                m.needs_mate = True
                out.append(m)
        return out

    def _says_in(self, words: list[str]) -> bool:
        """Whether the words between two names say the second holds the first: في or ب, then at most a
        cue word (في مدينة، بمحافظة), or التابعة ل (and a cue word)."""
        if not words or len(words) > 2:
            return False
        first = words[0]
        if first in ("التابعه", "التابع") and len(words) == 2:
            # "منطقة القاهرة التابعة لمديرية المنصورة": belonging to
            return words[1] == "ل" or (words[1].startswith("ل") and self.cues.is_cue_word(words[1][1:]))
        if first == "في":
            return len(words) == 1 or self._holds(words[1])
        if len(words) == 1 and first == "ب":
            return True  # "جوبر بدمشق": the ب is glued to the name
        return len(words) == 1 and first.startswith("ب") and self._holds(first[1:])

    def _holds(self, word: str) -> bool:
        """A cue word (مدينة، محافظة) or a word of a place's surroundings (ريف "countryside"): after في or ب,
        the place after it holds the place before."""
        return word in self.cues.holding or self.cues.is_cue_word(word)

    def countries_described(self, seg: Segmented) -> frozenset[str]:
        """The countries the text names by a nationality adjective ("الشرطة التركية", "الحدود التونسية"),
        which says what the text is about as its place names do."""
        # the article's distinct words met against the adjectives' forms as sets (a look-up per token was
        # ~0.18 ms an article), then those with a joining و or ف
        words = set(seg.words) if seg.words else {t.norm for t in seg.tokens}
        adjectives = self.adjectives
        found = words & adjectives.keys()
        found |= {w[1:] for w in words.intersection(self._joined_adjectives)}
        return frozenset(adjectives[w] for w in found)

    def _mark_country_said(self, seg: Segmented, mentions: list[PlaceMention]) -> None:
        """"مدينة طرابلس اللبنانية", "كويتا الباكستانية": a definite feminine nationality adjective right
        after a town's name (towns are feminine) says which country it is in; so does a masculine one after
        the name of a masculine province cue, with which it agrees ("إقليم البنجاب الباكستاني")."""
        toks = seg.tokens
        for m in mentions:
            k = _token_starting_at(toks, m.span.end + 1)
            if k is None or not _one_space(seg.text.raw, m.span, toks[k]):
                continue
            w = toks[k].norm
            if w.startswith("ال") and w in self.adjectives and (w.endswith("ه") or _masculine_province(m, w)):
                m.country_said = self.adjectives[w]

    def _mark_agents(self, seg: Segmented, mentions: list[PlaceMention]) -> None:
        """Flag names in the subject slot of a verb ("قالت فرنسا", "إيران ترفض"): a country
        there is the acting party, an actor rather than a place (SCHEMA.md)."""
        toks = seg.tokens
        for m in mentions:
            if m.locative or m.cue:
                continue
            rng = token_range(toks, m.span.start, m.span.end)
            if rng is None:
                continue
            first, last = rng
            cut = seg.text.raw[toks[first].start:m.span.start]
            m.agent = in_agent_slot(toks, first, last, self.agency, norm(cut))

    def _compass_part(self, seg: Segmented, known) -> PlaceMention | None:
        """"شرق ووسط وجنوب أفريقيا": a compass word coordinated with another one is a part of the
        continent named after it, not the country (South Africa) that shares the words."""
        toks = seg.tokens
        first = known.first
        parts = self.cues.compass_parts
        if known.last - first < 2 or first == 0 or known.phrase[0] not in parts:
            return None
        joined = known.reading.cut > 0 and toks[first].norm[:1] == "و"
        prev = toks[first - 1].norm
        prev = prev[1:] if prev.startswith("و") and len(prev) > 2 else prev
        if not (joined and prev in parts):
            return None
        rest = self.names.match_at(toks, first + 1)
        if rest is None or rest.last != known.last:
            return None
        m = _mention(seg, first + 1, known.last, rest.reading.cut, rest.reading.restored_al)
        m.key = " ".join(rest.phrase)
        return m

    def _unlisted_hashtag(self, seg: Segmented, i: int) -> PlaceMention | None:
        """"#أم_الهيمان": a hashtag known to no list, of uncommon words, is tried as a place
        (the resolver keeps it only when GeoNames has it, in Latin, in a country the text names)."""
        toks = seg.tokens
        tok = toks[i]
        if not tok.is_word or seg.text.raw[max(0, tok.start - 1):tok.start] != "#":
            return None
        known = self.names.match_at(toks, i)
        if known is not None and not (known.last == i + 1 and (len(known.phrase[0]) <= 2
                                                               or known.phrase[0] in self.cues.particles)):
            return None  # a listed name: the usual path; a lone particle (أم of أم_الهيمان) is no name
        k = i + 1
        while k < len(toks) and k - i < 3 and toks[k].is_word and seg.text.raw[toks[k - 1].end:toks[k].start] == "_":
            k += 1
        words = [t.norm for t in toks[i:k]]
        # "#الوفرة": a place the stoplist holds, alone in its hashtag
        stoplisted = k == i + 1 and tok.norm in self.stoplisted_places
        if not stoplisted and not self._may_name_by_hashtag(words):
            return None
        m = _mention(seg, i, k, 0, False)
        m.cue_kind, m.unlisted, m.stoplisted = "hashtag", True, stoplisted
        return m

    def _may_name_by_hashtag(self, words: list[str]) -> bool:
        """Whether a hashtag's words may be an unlisted place's name: Arabic, uncommon, no stopword
        or cue word, not particles only."""
        return not (any(not ("\u0621" <= w[0] <= "\u064a") or (w not in self.cues.particles and (
            w in self.stopwords or self.cues.is_cue_word(w) or self.vocabulary.zipf(w) >= HASHTAG_MAX_ZIPF))
            for w in words) or all(w in self.cues.particles for w in words))

    def _unseen_after_locative(self, seg: Segmented, i: int, names_at: set[int]) -> PlaceMention | None:
        """"في السالينى", "قرب مايكاديري": a word Arabic text almost never uses, right after في or قرب,
        and known to no list, is taken as an unlisted place (villages and camps reported once).
        `names_at`: where a listed name may start."""
        toks = seg.tokens
        if i + 1 >= len(toks):
            return None
        if toks[i].norm in _LOCATIVE_PREPS:
            j = i + 1
        elif reading_stems(toks[i].norm) & self.cues.raid_verbs:
            # "اقتحم المتشددون مايكاديري": the object after the verb (and its subject)
            j = i + 2 if i + 2 < len(toks) and not self._unseen(toks[i + 1]) else i + 1
        else:
            return None
        if j in names_at and self.names.match_at(toks, j) is not None:
            return None  # a listed name: the usual path finds it
        k = j
        # "في البرقوش وطلحيان": a second word joined by و is the list's next place (`_unseen_in_lists`), as after a cue
        while k < len(toks) and k - j < 2 and self._unseen(toks[k]) and not (k > j and _starts_clause(toks[k])):
            k += 1
        if k == j:
            return None
        m = _mention(seg, j, k, 0, False)
        m.cue, m.cue_kind, m.locative = None, "place", True
        m.unlisted = True
        return m

    def _unseen(self, tok: Token) -> bool:
        w = tok.norm
        if not tok.is_word or len(w) < 4 or _ARABIC_LETTERS.fullmatch(w) is None:
            return False
        if w in self.stopwords or w in self.adjectives or w in self.cues.not_names or self.cues.is_cue_word(w):
            return False  # not_names: a listed non-name (a rank, a verb) the word list may not know
        # unseen in wordfreq's Arabic list, whole and once its proclitics are read off (loops, not all()/any()
        # over generators: asked ~10 times an article, a generator costs ~2.5k instructions to start)
        zipf = self.vocabulary.zipf
        for r in readings(w):
            if not zipf(r.stem) == 0.0:
                return False
        # ... and not an everyday noun carrying a pronoun ("إلقائهم", "سيطرتها")
        for base in _without_pronoun(w, self.pronouns) + _with_our(w):
            if zipf(base) > 0.0:
                return False
        if self._everyday_with_our(w):
            return False
        return not self._dual_or_plural_of_everyday(w) and not self._run_together(w)

    def _everyday_with_our(self, w: str) -> bool:
        """"في أوساطنا" "among us", "في مشهدنا": an everyday noun of no listed place carrying نا "our".  نا is
        no sign of a pronoun by itself (غانا، أستانا، "في بالينا" Ballina): the word before it must be common
        and no place's name."""
        base = w[:-2]
        return (w.endswith(OUR_SUFFIX) and len(base) >= _MIN_BASE and self.vocabulary.zipf(base) >= OUR_BASE_ZIPF
                and not self.names.get((base,)))

    def _run_together(self, w: str) -> bool:
        """"حادثمقتل", "هجومانتحاري": two everyday words written without the space between them."""
        zipf = self.vocabulary.zipf
        return any(zipf(w[:k]) >= RUN_TOGETHER_PART_ZIPF and zipf(w[k:]) >= RUN_TOGETHER_PART_ZIPF
                   for k in range(3, len(w) - 2))

    def _dual_or_plural_of_everyday(self, w: str) -> bool:
        """"في كمينين", "الهدنات", "القلعتين": the dual or feminine plural of an everyday noun (كمين، هدنة،
        قلعة), unseen only because the word list holds the singular."""
        bare = w[2:] if w.startswith("ال") else w
        for suffix in _DUAL_PLURAL_ENDINGS:
            stem = bare[: -len(suffix)]
            if bare.endswith(suffix) and len(stem) >= 3 and \
                    max(self.vocabulary.zipf(stem), self.vocabulary.zipf(stem + "ه")) >= INFLECTED_BASE_ZIPF:
                return True
        return False

    @staticmethod
    def _token_index_after(toks: Sequence[Token], m: PlaceMention, i: int) -> int:
        k = i
        while k < len(toks) and toks[k].start < m.span.end:
            k += 1
        return k

    def _mark_locative(self, seg: Segmented, mentions: list[PlaceMention]) -> None:
        """Flag names that sit where places sit: after a locative word or
        preposition (في مالي، بمالي، شمال مالي) or in a list of places."""
        toks = seg.tokens
        prev_end = -10
        for m in mentions:
            i = _token_starting_at(toks, m.span.start)
            if i is None:  # a proclitic before the name: ب/ل/من... attached
                tok = _token_containing(toks, m.span.start, strict=True)
                pre = tok.norm[: len(tok.norm) - len(m.key.split()[0])] if tok else ""
                m.locative = any(ch in pre for ch in "بل")
                if tok is not None and pre.startswith("و") and tok.index - 2 <= prev_end:
                    m.locative = True  # "... طرابلس والخمس"
                prev_end = tok.index if tok is not None else prev_end
                continue
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and prev.is_word:
                stems = {r.stem for r in readings(prev.norm)}
                m.locative = bool(stems & self.cues.locative) or self._after_kind_and_country(toks, i)
            # the first token from i on that ends at or after the name (tokens end in order)
            last = bisect.bisect_left(toks, m.span.end, lo=i, key=_end)
            prev_end = last if last < len(toks) else i

    def _after_kind_and_country(self, toks: Sequence[Token], i: int) -> bool:
        """"العاصمة الصينية بكين", "بالمدينة الأمريكية نيويورك": a name in apposition to a definite cue
        word and a nationality adjective is the place itself (also in a sentence about sport)."""
        if i < 2 or not toks[i - 2].is_word or toks[i - 1].norm not in self.adjectives:
            return False
        return any(r.stem.startswith("ال") and self.cues.cues.get((r.stem[2:],)) or r.stem == "العاصمه"
                   for r in readings(toks[i - 2].norm))

    # -- "100 كيلومتر جنوب الجفرة" ----------------------------------------------
    def _attach_relations(self, seg: Segmented, mentions: list[PlaceMention],
                          numbers: Sequence[NumberMention]) -> None:
        toks = seg.tokens
        num_end = {n.last_token: n for n in numbers if n.value}
        # where a direction word may begin (speed42: `_direction_before` asked `match_at` ~18 times an article on the
        # feed at words that begin none)
        directions_at = set(self.cues.directions.positions(seg.words)) if mentions else set()
        for m in mentions:
            # the token the name starts (or, after a proclitic, sits) in
            tok = _token_containing(toks, m.span.start)
            if tok is None:
                continue
            i = tok.index
            # a direction word right before the place ("جنوب الجفرة", "جنوب غربي مقديشو",
            # "جنوب مدينة سبها": a cue word may sit between)
            if i > 0 and toks[i - 1].is_word and self.cues.is_cue_word(toks[i - 1].norm):
                i -= 1
            bearing, k = self._direction_before(toks, i, directions_at)
            if bearing is None or self._joined_direction(toks[k].norm):
                continue  # "حيفا وشمال فلسطين": و joins a second place, it does not place the first
            # the bearing alone ("غربي بغداد") still says the place before it lies near this one
            m.bearing = bearing
            dist = self._distance_before(toks, k, num_end)
            if dist:
                m.offset_km = dist

    def _joined_direction(self, word: str) -> bool:
        """Whether a compass word carries a joining و (وشمال، وجنوبي; وسط is a compass word itself)."""
        return word.startswith(_AND) and not self.cues.directions.get((word,))

    def _direction_before(self, toks: Sequence[Token], i: int, directions_at: set[int]) -> tuple[float | None, int]:
        """The bearing of a direction word (one or two words) ending right before token i, and its first token
        (`directions_at`: the tokens where a direction word may begin)."""
        for span_len in (2, 1):
            s = i - span_len
            if s in directions_at:
                d = self.cues.directions.match_at(toks, s)
                if d is not None and d.last == i:
                    return d.payloads[0], s
        return None, i

    def _distance_before(self, toks: Sequence[Token], k: int, num_end: dict[int, NumberMention]) -> float | None:
        """The distance right before a direction word at `k` ("100 كيلو متر", "30 كلم"), in km."""
        for span_len in (2, 1):
            s = k - span_len
            if s < 0:
                continue
            u = self.cues.units.match_at(toks, s)
            if u is None or u.last != k:
                continue
            num = num_end.get(s)
            value = num.value if num is not None else _digits(toks[s - 1]) if s > 0 else None
            return float(value) * u.payloads[0] if value else None
        return None


def _digits(tok: Token) -> float | None:
    try:
        return float(tok.norm.replace(",", ""))
    except ValueError:
        return None


def place_matcher(names: Sequence[str]) -> PhraseMatcher[str]:
    """A phrase matcher over normalised place names; each payload is the name's key."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for key in names:
        phrase = name_tokens(key)
        if phrase:
            matcher.add(phrase, " ".join(phrase))
    return matcher


_MIN_BASE = 3


def _without_pronoun(word: str, pronouns: Sequence[str]) -> list[str]:
    """The word read as a noun or verb with a pronoun attached: its bases without the pronoun (with ت
    read back as ة/ه, the matching form of a taa marbuta)."""
    out = []
    for suffix in pronouns:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_BASE:
            base = word[: -len(suffix)]
            out.append(base)
            if base.endswith("ت"):
                out.append(base[:-1] + "ه")
            if base.endswith(("ي", "و")):
                out.append(base[:-1] + "ء")   # "إلقائهم": the hamza of إلقاء on a seat before the pronoun
    return out


def _with_our(word: str) -> list[str]:
    """A feminine noun or plural in ت carrying نا "our" ("مكالمتنا", "مباحثاتنا"): its bases.  نا alone is
    no sign of a pronoun (names end in it: غانا، أستانا), ت before it is a noun's taa."""
    if not word.endswith("تنا") or len(word) - 2 < _MIN_BASE:
        return []
    return [word[:-2], word[:-3] + "ه"]


def _plural_past_shape(word: str) -> bool:
    """The shape of a past verb of the plural (طردوا، سيطروا), which names share (أيوا، بابوا)."""
    return len(word) >= 4 and word.endswith("وا") and not word.startswith("ال")


# saudiplaces27: what stands between two places of a list: a comma or the و of the second (glued or not), and spaces
# (a space alone is no list: "فرسان رنية" are the horsemen of Ranyah)
_LIST_GAP = re.compile(r"\s*(?:[" + "".join(COMMAS) + r"]\s*\u0648?|\u0648)")
_LIST_GAP_CHARS = 4
# a reporter's byline before a place that ends its line ("حاتم النجيمي – تربة"): up to four words and a dash
_BYLINE = re.compile(r"\s*[^\s\-\u2013\u2014]+(?:\s+[^\s\-\u2013\u2014]+){0,3}\s*[-\u2013\u2014]\s*")
_DASH_AFTER = re.compile(r"\s*[-\u2013\u2014]")  # "تربة – واس": the place that opens a line, then a dash


def _token_after(toks: Sequence[Token], m: PlaceMention) -> int:
    """The index of the token after the one a mention ends in (len(toks) at the text's end)."""
    return bisect.bisect_left(toks, m.span.end, key=_end) + 1


def _listed_beside(raw: str, first: PlaceMention | None, second: PlaceMention | None) -> bool:
    """Whether two place mentions stand side by side in a list ("الطائف وتربة", "المجمعة، شقراء")."""
    if first is None or second is None or first.sentence != second.sentence:
        return False
    gap = raw[first.span.end:second.span.start]
    if second.after_and:
        gap += "\u0648"  # "الخبر وجدة": the whole word is a name too (Oujda), so its و is still in the span
    return 0 < len(gap) <= _LIST_GAP_CHARS and _LIST_GAP.fullmatch(gap) is not None


def _dateline(raw: str, m: PlaceMention) -> bool:
    """Whether a place stands alone as a dateline: ending its line after a reporter's name and a dash
    ("حاتم النجيمي – تربة"), or opening its line before a dash ("تربة – واس")."""
    start = raw.rfind("\n", 0, m.span.start) + 1
    end = raw.find("\n", m.span.end)
    before, after = raw[start:m.span.start], raw[m.span.end:len(raw) if end < 0 else end]
    if not after.strip():
        return _BYLINE.fullmatch(before) is not None
    return not before.strip() and _DASH_AFTER.match(after) is not None


def _one_space(raw: str, left, right) -> bool:
    """Only one space stands between the token (or span) `left` and the token `right` in the raw text."""
    return raw[left.end:right.start] == " "
