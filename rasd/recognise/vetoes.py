"""Names in context: when a place or actor name is part of something else.

A town's name inside a club's (ريال مدريد، ميلان الإيطالي), a company's or a
medium's name (شركة قطر للغاز، نيويورك تايمز), a person's title (الملكة
صوفيا), an idiom (حجر الزاوية، مسقط رأس) or a sentence about sport
(تعادل مع ضيفه ليفربول) is no place; an alias after a demonstrative (هذه
القاعدة) or a club's namesake in a sports sentence (الشباب) is no actor.
The words are data (`rasd/lexicons/name_vetoes.yaml`); this module only
reads the words around a mention.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from operator import attrgetter

from rasd.lexicons import load_yaml
from rasd.model import Token
from rasd.text.clitics import readings
from rasd.text.matcher import PhraseMatcher, name_tokens
from rasd.text.segment import CLOSING_QUOTES, OPENING_QUOTES, QUOTES, Segmented


@dataclass(frozen=True)
class VetoLexicon:
    before: PhraseMatcher[str]          # phrase -> "team" | "organisation" | "media" | "person" | "group" | "verb"
    after: PhraseMatcher[str]
    idioms: PhraseMatcher[str]
    sports_words: PhraseMatcher[str]
    demonstratives: frozenset[str]       # also the words that make such an alias a place ("مشارف القاعدة")
    club_homonyms: frozenset[tuple[str, ...]]
    quoted_media: frozenset[tuple[str, ...]] = frozenset()   # «الشرق الأوسط»: a newspaper between quotes
    given_names: frozenset[str] = frozenset()   # as written; a definite word after one is a family name
    titles: frozenset[str] = frozenset()        # الرئيس، نظيره: with a nationality adjective, a person's name follows
    # places22: foreign given names (normalised); one word after one is the family name (بريجيت باردو)
    foreign_given_names: frozenset[str] = frozenset()
    # places22: place names that are also given names (normalised: صلاح الدين، أوري، ميلان)
    given_name_places: frozenset[str] = frozenset()

    @classmethod
    def empty(cls) -> "VetoLexicon":
        return cls(PhraseMatcher(), PhraseMatcher(), PhraseMatcher(), PhraseMatcher(), frozenset(), frozenset())


def load_vetoes() -> VetoLexicon:
    data = load_yaml("name_vetoes.yaml") or {}
    before: PhraseMatcher[str] = PhraseMatcher()
    after: PhraseMatcher[str] = PhraseMatcher()
    for what in ("team", "national_team", "organisation", "media", "person", "group", "verb"):
        for w in data.get(f"{what}_before") or []:
            before.add(w, what)
        for w in data.get(f"{what}_after") or []:
            after.add(w, what)
    idioms: PhraseMatcher[str] = PhraseMatcher()
    for w in data.get("idioms") or []:
        idioms.add(w, "idiom")
    sports: PhraseMatcher[str] = PhraseMatcher()
    for w in data.get("sports_words") or []:
        sports.add(w, "sport")
    return VetoLexicon(before, after, idioms, sports,
                       frozenset(t for key in ("demonstratives", "place_words_before")
                                 for w in data.get(key) or [] for t in name_tokens(w)),
                       frozenset(name_tokens(w) for w in data.get("club_homonyms") or []),
                       frozenset(name_tokens(w) for w in data.get("quoted_media") or []),
                       _given_names(data),
                       _words(data, "titles_before_adjective"),
                       _words(data, "foreign_given_names"),
                       _phrases(data, "given_name_places"))


def _words(data: dict, key: str) -> frozenset[str]:
    """The normalised one-word entries of a list of the file."""
    return frozenset(t for w in data.get(key) or [] for t in name_tokens(w))


def _phrases(data: dict, key: str) -> frozenset[str]:
    """The entries of a list of the file, normalised, their words joined by one space (as a mention's key)."""
    return frozenset(" ".join(name_tokens(w)) for w in data.get(key) or [])


def _given_names(data: dict) -> frozenset[str]:
    """The project's list of common given names (casualties.yaml named_person) as written, one word each,
    without those that also read as a preposition and a noun (name_vetoes.yaml not_given_names: باسم)."""
    names = ((load_yaml("casualties.yaml") or {}).get("named_person") or {}).get("given_names") or []
    names = [*names, *(data.get("women_given_names") or [])]   # placesfalse19: "لجين الأحمدي" is a woman
    return frozenset(w for w in names if " " not in w) - frozenset(data.get("not_given_names") or [])


class Vetoes:
    """Answers, for a stretch of tokens, what else it may be part of."""

    def __init__(self, lex: VetoLexicon, seg: Segmented):
        self.lex = lex
        self.seg = seg
        self._sporty: set[int] | None = None

    def _ends_at(self, matcher: PhraseMatcher[str], first: int, span: int = 3) -> str | None:
        """A phrase of `matcher` that ends right before token `first` (up to `span` words long)."""
        toks = self.seg.tokens
        for k in matcher.positions(self.seg.words, max(0, first - span), first):
            m = matcher.match_at(toks, k)
            if m is not None and m.last == first:
                return m.payloads[0]
        return None

    def context(self, first: int, last: int) -> str | None:
        """Why the name on tokens [first, last) is part of another name, or None."""
        toks = self.seg.tokens
        what = self._ends_at(self.lex.before, first) or self._ends_before_quote(first)
        if what:
            return what
        if last < len(toks):
            m = self.lex.after.match_at(toks, last)
            if m is not None:
                return m.payloads[0]
        for k in self.lex.idioms.positions(self.seg.words, max(0, first - 3), first + 1):
            m = self.lex.idioms.match_at(toks, k)
            if m is not None and m.last > first:
                return "idiom"
        if self._quoted(first, last) and tuple(t.norm for t in toks[first:last]) in self.lex.quoted_media:
            return "organisation"   # "لـ«الشرق الأوسط»": the newspaper
        return None

    def _ends_before_quote(self, first: int) -> str | None:
        """'وكالة أنباء "الأناضول"', 'جريدة «كردستان»': a kind of name before the opening quotation mark of a
        quoted name (places16: 1,978 "agency, paper, company or channel + opening quote" on the feed)."""
        toks = self.seg.tokens
        if first < 2 or toks[first - 1].is_word or not _opens(toks[first - 1], toks[first]):
            return None
        return self._ends_at(self.lex.before, first - 1)

    def family_name(self, first: int, last: int) -> bool:
        """One definite word right after a given name written alone ("علي الأحمدي", "علي حسن الأحمدي"):
        the person's family name, a nisba of a place, not the place."""
        toks = self.seg.tokens
        if last - first != 1 or first == 0 or not toks[first].norm.startswith("ال"):
            return False
        before = toks[first - 1]
        # the name as written: normalised, على "on" would read as علي
        return before.is_word and before.text in self.lex.given_names and \
            self.seg.text.raw[before.end:toks[first].start] == " "

    def foreign_family_name(self, first: int, last: int) -> bool:
        """One word right after a foreign given name ("بريجيت باردو", "جون هيوستن", "لويس فيغو"): the person's
        family name, not the town (foreign family names take no article, so any word)."""
        toks = self.seg.tokens
        if last - first != 1 or first == 0:
            return False
        before = toks[first - 1]
        return before.is_word and before.norm in self.lex.foreign_given_names and \
            self.seg.text.raw[before.end:toks[first].start] == " "

    def titled(self, first: int, adjectives: Collection[str]) -> bool:
        """A name right after a title and a nationality adjective ("نظيره الكاميروني بول بيا", "الرئيس
        الأمريكي جون"): a person's given name, not a place."""
        toks = self.seg.tokens
        if first < 2 or not all(t.is_word for t in toks[first - 2:first]):
            return False
        adjective, title = toks[first - 1].norm, toks[first - 2].norm
        return adjective.startswith("ال") and adjective in adjectives and \
            any(r.stem in self.lex.titles for r in readings(title))

    def _quoted(self, first: int, last: int) -> bool:
        """The tokens [first, last) stand alone between quotation marks."""
        toks = self.seg.tokens
        return first > 0 and last < len(toks) and _opens(toks[first - 1], toks[first]) and \
            _closes(toks[last], toks[last - 1])

    def sporty(self, sentence: int) -> bool:
        """Whether a sentence is about sport (one of the sports words in it)."""
        if self._sporty is None:
            # every sentence of the article at once, from the places where a sports word may start
            seg, sports = self.seg, self.lex.sports_words
            self._sporty = {seg.sentence_of(k) for k in sports.positions(seg.words)
                            if sports.match_at(seg.tokens, k) is not None}
        return sentence in self._sporty

    def after_demonstrative(self, first: int) -> bool:
        toks = self.seg.tokens
        return first > 0 and toks[first - 1].is_word and \
            bool({r.stem for r in readings(toks[first - 1].norm)} & self.lex.demonstratives)


def _opens(mark: Token, name: Token) -> bool:
    """Whether the quotation mark `mark` opens the name that follows it: an opening or a straight mark, or a
    closing one written against the name, as some papers print every mark ("لـ»الرياض»" the newspaper;
    kwic.py on the feed: 69 "»outlet»" with a closing mark on both sides, 9 of them »الرياض»)."""
    q = mark.text[-1:]
    return q in QUOTES - CLOSING_QUOTES or (q in CLOSING_QUOTES and mark.end == name.start)


def _closes(mark: Token, name: Token) -> bool:
    """Whether the quotation mark `mark` closes the name before it (a mirror of `_opens`: an opening mark
    written against the name's end closes it)."""
    q = mark.text[:1]
    return q in QUOTES - OPENING_QUOTES or (q in OPENING_QUOTES and mark.start == name.end)


def masculine_nisba(tok: Token, adjectives: Collection[str]) -> bool:
    """A definite masculine nationality adjective (الإيطالي، الفرنسي), which agrees with a club, not a town."""
    w = tok.norm
    return tok.is_word and w.startswith("ال") and w.endswith("ي") and w in adjectives


_token_start = attrgetter("start")      # a key read in C, for the bisection over the tokens


def token_range(toks: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """Tokens [first, last) covering the original offsets [start, end) (a bisection: tokens are in order)."""
    first = bisect_right(toks, start, key=_token_start) - 1     # the last token starting at or before it
    if first < 0 or not toks[first].start <= start < toks[first].end:
        return None
    last = first
    while last < len(toks) and toks[last].start < end:
        last += 1
    return first, last
