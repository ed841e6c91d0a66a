"""Whether an article is an opinion piece (a column, an editorial, an essay) rather than a news report.

Read from its words alone: a page's address would tell for some outlets, but the pipeline is not given it
everywhere and other papers publish their columns under the paths of their news.  A column argues in a
voice of its own (first person, words that weigh or urge, questions and exclamations), outside quotation
marks and outside the speech a report gives after a colon; a news report attributes what it tells (قال،
أعلن، بحسب); an interview asks its questions on lines of their own.  The words are `genre.yaml`'s.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import not_

from rasd.lexicons import LexiconError, load_yaml
from rasd.text.normalise import norm
from rasd.text.segment import CLOSING_QUOTES, OPENING_QUOTES, QUOTES, Segmented, token_norms

_CONJUNCTIONS = ("و", "ف")   # read before a cue word ("وأعتقد", "فنحن")
_COLON = ":"
_QUESTION_ENDS = ("?", "؟")


@dataclass(frozen=True)
class GenreLexicon:
    voice: frozenset[str]        # first-person and rhetorical words
    marks: frozenset[str]        # "?" and "!"
    reporting: frozenset[str]
    speech_openers: frozenset[str]   # with `reporting`: what opens speech after a colon
    min_words: int
    min_voice: int
    voice_per_report: float
    speech_reach: int
    interview_questions: int
    question_line_max_words: int
    quote_max_words: int
    talk_headline: frozenset[str] = frozenset()   # a headline of talks, calls, appeals, condolences or speech
    headline_max_words: int = 0
    speaker_max_words: int = 0   # a headline's colon after at most this many words gives a speaker's words
    # `voice` and `reporting` each also after a joining و or ف, made once here: a word is in one of them exactly
    # when `_in` says so of the list, and `count_voice` asks every word of an article in C (speed41)
    voice_joined: frozenset[str] = field(init=False, repr=False, compare=False)
    reporting_joined: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "voice_joined", _joined(self.voice))
        object.__setattr__(self, "reporting_joined", _joined(self.reporting))


def load_genre_lexicon() -> GenreLexicon:
    data = load_yaml("genre.yaml") or {}
    try:
        reporting = frozenset(norm(str(w)) for w in data["reporting"])
        return GenreLexicon(
            frozenset(norm(str(w)) for key in ("first_person", "rhetoric") for w in data[key]),
            frozenset(str(m) for m in data["marks"]), reporting,
            reporting | frozenset(norm(str(w)) for w in data["speech_openers"]),
            int(data["min_words"]), int(data["min_voice"]), float(data["voice_per_report"]),
            int(data["speech_reach"]), int(data["interview_questions"]), int(data["question_line_max_words"]),
            int(data["quote_max_words"]), frozenset(norm(str(w)) for key in ("talk_headline", "speech_headline")
                                                    for w in data.get(key) or ()),
            int(data.get("headline_max_words") or 0), int(data.get("speaker_max_words") or 0))
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"genre.yaml: missing or malformed field ({exc})") from exc


def _in(word: str, words: frozenset[str]) -> bool:
    return word in words or (word[:1] in _CONJUNCTIONS and word[1:] in words)


def _joined(words: frozenset[str]) -> frozenset[str]:
    """`words` and each after a joining conjunction: for a word (never empty), `w in _joined(words)` is `_in(w, words)`
    (each conjunction is one letter, so a word that begins with it and whose rest is listed is that letter before a
    listed word); never "", which stands for a mark in `Segmented.words`."""
    return words.union([c + w for c in _CONJUNCTIONS for w in words]).difference([""])


def _words(seg: Segmented) -> Sequence[str]:
    """Each token's norm, "" for punctuation (`Segmented.words`; made here for a Segmented built without them)."""
    if len(seg.words) == len(seg.tokens):
        return seg.words
    return [t.norm if t.is_word else "" for t in seg.tokens]


@dataclass
class _Count:
    words: int = 0
    voice: int = 0
    reports: int = 0


def _line_break_between(raw: str, a, b) -> bool:
    return "\n" in raw[a.end:b.start]


def _quoted(seg: Segmented, lex: GenreLexicon) -> list[bool]:
    """For each token, whether it is someone else's voice: inside quotation marks (from an opening mark, or a
    straight one, to its closing mark, within `quote_max_words` words and the same line), or after the colon
    of a speaker ("وأضاف: ...") to the end of the line."""
    toks = seg.tokens
    inside = [False] * len(toks)
    k = 0
    # only a mark opens another voice: the marks, picked in C ("" in the words), are the only tokens looked at
    # (a Python step per token of the article before; speed41)
    for mark in compress(range(len(toks)), map(not_, _words(seg))):
        if mark < k:
            continue
        end = _closing(seg, mark, lex)
        if end is None:
            continue
        inside[mark + 1:end] = [True] * (end - mark - 1)
        k = end + 1 if end < len(toks) and toks[end].text in QUOTES else end   # past a closing mark
    return inside


def _closing(seg: Segmented, k: int, lex: GenreLexicon) -> int | None:
    """Where the other voice opened at token `k` ends (its closing mark, or the end of a speaker's line), or
    None where `k` opens none."""
    toks, raw = seg.tokens, seg.text.raw
    opener = toks[k].text
    if opener == _COLON:
        return _speech_end(seg, k) if _after_a_speaker(seg, k, lex) else None
    if opener not in QUOTES or opener in CLOSING_QUOTES:
        return None
    words = 0
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if _line_break_between(raw, toks[j - 1], t):
            return None
        if t.is_word:
            words += 1
            if words > lex.quote_max_words:
                return None
        elif t.text in QUOTES and (t.text in CLOSING_QUOTES or (t.text == opener and opener not in OPENING_QUOTES)):
            return j
    return None


def _after_a_speaker(seg: Segmented, colon: int, lex: GenreLexicon) -> bool:
    """Whether a word that opens speech stands within `speech_reach` words before the colon, on its line."""
    toks, raw = seg.tokens, seg.text.raw
    words = 0
    j = colon - 1
    while j >= 0 and words < lex.speech_reach and not _line_break_between(raw, toks[j], toks[j + 1]):
        if toks[j].is_word:
            words += 1
            if _in(toks[j].norm, lex.speech_openers):
                return True
        j -= 1
    return False


def _speech_end(seg: Segmented, colon: int) -> int:
    """The first token after the colon's line (or the end)."""
    toks, raw = seg.tokens, seg.text.raw
    j = colon + 1
    while j < len(toks) and not _line_break_between(raw, toks[j - 1], toks[j]):
        j += 1
    return j


def count_voice(seg: Segmented, lex: GenreLexicon) -> _Count:
    """The article's words, the words and marks of the writer's own voice (outside others' voices) and its words
    of reporting."""
    inside = _quoted(seg, lex)
    words = _words(seg)
    c = _Count()
    # every word asked in C (`GenreLexicon.voice_joined`, `reporting_joined`); only the few words of the voice and
    # the marks are looked at one by one (a Python step and two calls of `_in` per word before; speed41)
    c.words = len(words) - words.count("")
    reporting = lex.reporting_joined
    c.reports = sum(map(reporting.__contains__, words))
    for k in compress(range(len(words)), map(lex.voice_joined.__contains__, words)):
        if not inside[k] and words[k] not in reporting:
            c.voice += 1
    norms, marks = token_norms(seg), lex.marks
    for k in compress(range(len(words)), map(not_, words)):
        if not inside[k] and norms[k] in marks:
            c.voice += 1
    return c


def question_lines(text: str, lex: GenreLexicon) -> int:
    """Lines after the first that hold only a short question: an interviewer's."""
    lines = (line.strip() for line in text.split("\n")[1:])
    return sum(1 for line in lines if line.endswith(_QUESTION_ENDS) and len(line.split()) <= lex.question_line_max_words)


def reads_as_opinion(seg: Segmented, lex: GenreLexicon) -> bool:
    """Whether the article argues in its writer's voice rather than reports: long enough, with `min_voice` words or
    marks of that voice, and that voice `voice_per_report` times its words of reporting or more; an interview
    (`interview_questions` lines of questions) is not."""
    c = count_voice(seg, lex)
    return (c.words >= lex.min_words and c.voice >= lex.min_voice and c.voice >= lex.voice_per_report * c.reports
            and question_lines(seg.text.raw, lex) < lex.interview_questions)


def headline_talks(seg: Segmented, lex: GenreLexicon) -> bool:
    """Whether the article's first line (its headline) tells talks, a call, an appeal, a visit or condolences
    (`talk_headline`: "أوباما وأردوغان يبحثان التعاون ضد داعش", "أوروبا تدعو المؤتمر الوطني ..."), a piece
    whose incidents are what the talks cite unless it tells them as news."""
    end = seg.text.raw.find("\n")
    if end < 0:
        return False   # no line of its own: no headline
    words = [t for t in seg.tokens if t.start < end and t.is_word]
    return len(words) <= lex.headline_max_words and any(_in(t.norm, lex.talk_headline) for t in words)


def headline_speaker(seg: Segmented, lex: GenreLexicon) -> int | None:
    """Where the article's first line (its headline) gives someone's words after a colon, the colon's token: a
    speaker of at most `speaker_max_words` words, a colon, then what he said ("كيري: يمكن لحلفائنا الاعتماد
    علينا"، "وزير الداخلية اليمني لـ«المدينة»: لا مشاركة للقاعدة في القتال"); else None.  Such a piece tells a
    statement, an interview or a claim, and its incidents are what the speaker cites unless it tells them as news.
    (Whether the words before the colon name a speaker or only the place of the news, "اليمن: ...", is the
    caller's to read from the places.)"""
    end = seg.text.raw.find("\n")
    if end < 0:
        return None   # no line of its own: no headline
    line = [t for t in seg.tokens if t.start < end]
    if sum(1 for t in line if t.is_word) > lex.headline_max_words:
        return None
    before = 0
    for k, t in enumerate(line):
        if t.is_word:
            before += 1
        elif t.text == _COLON:
            # a colon with the speaker before it and his words after it
            speaks = 1 <= before <= lex.speaker_max_words and any(u.is_word for u in line[k + 1:])
            return k if speaks else None
    return None
