"""Dictionary lookup of multi-word names over a token sequence.

Names are stored as tuples of normalised tokens.  A match may start with a
word that carries proclitics (the first word only: وبني وليد, لقوات
البنيان); later words must match as written.  The longest name wins; among
readings of the first word the least stripped one is tried first, so a
name is never cut when the whole word is itself a name.
"""
from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import compress
from typing import Generic, TypeVar

from rasd.model import Token
from rasd.text.clitics import Reading, readings
from rasd.text.normalise import norm
from rasd.text.segment import _TOKEN_RE, Words

T = TypeVar("T")


def name_tokens(name: str) -> tuple[str, ...]:
    """Normalised tokens of a lexicon name, split as the tokenizer splits text."""
    return tuple(m.group() for m in _TOKEN_RE.finditer(norm(name)))


def with_article(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A phrase of a word list also with the article: "ملعب" -> "الملعب", and a noun with its adjective
    on every word, as Arabic agrees them: "جماعة مسلحة" -> "الجماعة المسلحة"."""
    if not phrase or any(w.startswith("ال") for w in phrase):
        return [phrase]
    return [phrase, tuple("ال" + w for w in phrase)]


class PhraseMatch(Generic[T]):
    """A name found at a token: tokens first..last-1, how the first word was split, what it names.

    A plain class with slots, not a frozen dataclass: matches are made by the million."""

    __slots__ = ("first", "last", "payloads", "phrase", "reading")

    def __init__(self, first: int, last: int, reading: Reading, phrase: tuple[str, ...],
                 payloads: tuple[T, ...]) -> None:
        self.first = first          # index of the first token
        self.last = last            # index after the last token
        self.reading = reading      # how the first word was split
        self.phrase = phrase
        self.payloads = payloads

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhraseMatch) and all(getattr(self, a) == getattr(other, a) for a in self.__slots__)

    def __hash__(self) -> int:
        return hash((self.first, self.last, self.reading, self.phrase, self.payloads))

    def __repr__(self) -> str:
        return (f"PhraseMatch(first={self.first!r}, last={self.last!r}, reading={self.reading!r}, "
                f"phrase={self.phrase!r}, payloads={self.payloads!r})")


# Words remembered per matcher or word test (word -> what the lexicon says of it); a memo is
# emptied when full, so a long feed cannot grow it without bound.
MEMO_LIMIT = 1 << 17
_NONE: tuple = ()
_NO_WORDS: frozenset[str] = frozenset()


class _Memo(dict):
    """word -> answer, bounded; "" (punctuation in `Segmented.words`) has the answer `empty`.  A word not
    in it yet is answered when first read (`__missing__`), so `memo[word]` always answers, and `positions`
    reads a whole span with one `map` of `__getitem__` in C: the words met for the first time (most of
    a scan's misses come from them, one per memo) cost no Python-level loop of their own.

    `learn` answers a word list once, when the resources are compiled: of the words it was given
    (`asked`) it keeps the few whose answer is not `empty` (`some`), so that a word of the list met
    for the first time in a process costs two set look-ups instead of the lexicon's test (most of a
    feed's words are in the vocabulary, and most words begin no name)."""

    __slots__ = ("asked", "compute", "empty", "shared", "slot", "some")

    def __init__(self, compute: Callable[[str], object], empty: object,
                 asked: Collection[str] = _NO_WORDS, some: frozenset[str] = _NO_WORDS) -> None:
        super().__init__()
        self.compute, self.empty = compute, empty
        self.asked, self.some = asked, some
        self.shared: SharedAnswers | None = None    # see SharedAnswers; `slot` is this memo's place in it
        self.slot = -1
        self.reset()

    def reset(self) -> None:
        self.clear()          # the same dict: a `map` in progress keeps reading it
        self[""] = self.empty

    def learn(self, words: Collection[str]) -> None:
        """Answer `words` now (see the class): `words` is shared by every memo, `some` is this one's."""
        compute, empty = self.compute, self.empty
        self.asked, self.some = words, frozenset([w for w in words if compute(w) != empty])
        self.shared = None

    def forget(self) -> None:
        """Drop what `learn` answered (the lexicon changed)."""
        self.asked = self.some = _NO_WORDS
        self.shared = None

    def __missing__(self, word: str):
        if len(self) >= MEMO_LIMIT:
            self.reset()
        found = self[word] = self.empty if word in self.asked and word not in self.some else self.compute(word)
        return found

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words with a true answer.  An article's `Words`, when this memo is
        shared (`SharedAnswers`), are answered once for all the shared memos; otherwise one `map` answers
        every word (a word not seen before is answered on the way) and `compress` keeps the true ones,
        both in C."""
        hi = len(words) if hi is None else hi
        shared = self.shared
        if shared is not None and type(words) is Words and lo >= 0:
            # (SharedAnswers.found and _Found.positions inlined for a phrase matcher's list, already whole:
            # windows of a few tokens ask this dozens of times an article)
            found = words.found
            if found is None or found.shared is not shared:
                found = shared.found(words)
            slot = self.slot
            at = found.by_slot[slot] if found.done[slot] else found.positions(self)
            return at[bisect_left(at, lo):bisect_left(at, hi)]
        return list(compress(range(lo, hi), map(self.__getitem__, words[lo:hi])))


class _TestMemo(_Memo):
    """A WordTest's memo: a word met for the first time is answered by the test itself, not through the
    WordTest's `_answer` (one Python call less for each of the ~100 such answers an article; `compute`
    stays `_answer`, for `learn`)."""

    __slots__ = ("test",)

    def __init__(self, compute: Callable[[str], object], test: Callable[[str], object]) -> None:
        super().__init__(compute, False)
        self.test = test

    def __missing__(self, word: str) -> bool:
        if len(self) >= MEMO_LIMIT:
            self.reset()
        found = self[word] = False if word in self.asked and word not in self.some else (
            bool(word) and bool(self.test(word)))      # WordTest._answer, inlined
        return found


class _Records(dict):
    """word -> the slots of the shared memos that answer it true (most often none).  Starts from `known`,
    the learned words some memo answers true (`learned_answers`, ~20k words); any other learned word has no
    slot, without asking any lexicon.  A word outside the vocabulary (rare words, numbers: ~8 new ones a
    feed article) is answered when first met: the phrase matchers from the stems of its readings
    (`firsts`: a name's first word -> the slots of the matchers with names beginning with it, which is
    what a matcher's own memo asks), and the word tests by `_Found.positions`, each asked of the word
    itself only when it scans an article with it; the slot `unlearned`, one past the memos', marks it."""

    __slots__ = ("asked", "firsts", "known", "unlearned")

    def __init__(self, asked: Collection[str], known: dict[str, tuple[int, ...]],
                 firsts: dict[str, tuple[int, ...]], unlearned: int) -> None:
        super().__init__()
        # interned as the tokens' words are (`tokenise`): a look-up then compares by identity
        self.asked, self.known = asked, {sys.intern(word): slots for word, slots in known.items()}
        self.firsts, self.unlearned = firsts, unlearned
        self.reset()

    def reset(self) -> None:
        self.clear()
        self.update(self.known)
        self[""] = ()       # punctuation: every memo answers `empty`

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) >= MEMO_LIMIT:
            self.reset()
        found = self[word] = () if word in self.asked else self._unlearned(word)
        return found

    def _unlearned(self, word: str) -> tuple[int, ...]:
        firsts = self.firsts
        slots = {slot for r in readings(word) for slot in firsts.get(r.stem, ())}
        return (self.unlearned, *sorted(slots))


class _Found:
    """What the shared memos answer over one article's words: the positions each memo answers true,
    from the words' records, and for the words outside the vocabulary the word tests' answers from the
    tests themselves (on first use, then kept for the article's later scans)."""

    __slots__ = ("by_slot", "done", "shared", "unlearned", "unlearned_words")

    def __init__(self, shared: SharedAnswers, words: Words) -> None:
        records = list(map(shared.records.__getitem__, words))
        by_slot: list[list[int]] = [[] for _ in range(shared.size + 1)]
        for i in compress(range(len(records)), records):
            for slot in records[i]:
                by_slot[slot].append(i)
        unlearned = by_slot.pop()       # the slot `_Records.unlearned`
        self.shared, self.by_slot, self.done = shared, by_slot, list(shared.by_records)
        self.unlearned, self.unlearned_words = unlearned, [words[i] for i in unlearned]

    def positions(self, memo: _Memo) -> list[int]:
        slot = memo.slot
        at = self.by_slot[slot]
        if not self.done[slot]:
            if self.unlearned:
                at.extend(compress(self.unlearned, map(memo.__getitem__, self.unlearned_words)))
                at.sort()
            self.done[slot] = True
        return at


class SharedAnswers:
    """The memos of the compiled resources' tests, answered together over an article's words: one
    look-up per word gives which of them answer it true (`_Records`), where each memo's own scan read
    its own big dict per word (~14 scans of every word of a feed article, a cache miss each).  The
    memos of the tests that learned the vocabulary (`learn_words`) take part; `known` is
    `learned_answers(tests)` and `firsts` `learned_first_words(tests)`, compiled with the resources."""

    def __init__(self, tests: Sequence[object], known: dict[str, tuple[int, ...]],
                 firsts: dict[str, tuple[int, ...]] | None = None) -> None:
        learned = _learned_memos(tests)
        self.size = len(tests)
        if firsts is None:
            firsts = learned_first_words(tests)
        self.records = _Records(learned[0][1].asked if learned else _NO_WORDS, known, firsts, self.size)
        # the slots the records answer whole, words outside the vocabulary too: the phrase matchers'
        self.by_records = [False] * self.size
        for slot, memo in learned:
            memo.shared, memo.slot = self, slot
            self.by_records[slot] = isinstance(tests[slot], PhraseMatcher)

    def found(self, words: Words) -> _Found:
        """The article's answers, worked out on first use and kept with its words."""
        found = words.found
        if found is None or found.shared is not self:
            found = words.found = _Found(self, words)
        return found


def _learned_memos(tests: Sequence[object]) -> list[tuple[int, _Memo]]:
    """(index, memo) of the tests (WordTest, PhraseMatcher) that learned the same, largest, vocabulary."""
    memos = [t._memo for t in tests]        # type: ignore[attr-defined]
    asked = max((m.asked for m in memos), key=len, default=_NO_WORDS)
    return [(i, m) for i, m in enumerate(memos) if asked and m.asked is asked]


def learned_answers(tests: Sequence[object]) -> dict[str, tuple[int, ...]]:
    """word -> the indexes of `tests` whose answer is true, for the learned words (`SharedAnswers`)."""
    slots: dict[str, list[int]] = {}
    for i, memo in _learned_memos(tests):
        for word in memo.some:
            slots.setdefault(word, []).append(i)
    return {word: tuple(s) for word, s in slots.items()}


def learned_first_words(tests: Sequence[object]) -> dict[str, tuple[int, ...]]:
    """A name's first word -> the indexes of the phrase matchers among `tests` that learned the vocabulary
    and have a name beginning with it (`_Records`: a word outside the vocabulary begins a name of
    theirs when the stem of one of its readings is such a word)."""
    slots: dict[str, list[int]] = {}
    for i, _ in _learned_memos(tests):
        test = tests[i]
        if isinstance(test, PhraseMatcher):
            for word in test.first_words():
                slots.setdefault(word, []).append(i)
    return {word: tuple(s) for word, s in slots.items()}


class WordTest:
    """A yes/no question about a normalised word, remembered per word; `positions(words)` answers
    it for every word of an article at once.  Pickled without its memo (the test must pickle:
    a method or a module-level function, not a lambda)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._memo = _TestMemo(self._answer, test)

    def _answer(self, word: str) -> bool:
        return bool(word) and bool(self._test(word))

    def __getstate__(self) -> dict:
        return {"_test": self._test, "_learned": self.learned}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["_test"])
        self.recall(state.get("_learned", (_NO_WORDS, _NO_WORDS)))

    def learn(self, words: Collection[str]) -> None:
        """Answer `words` once, at compile time (`_Memo.learn`)."""
        self._memo.learn(words)

    @property
    def learned(self) -> tuple[Collection[str], frozenset[str]]:
        """What `learn` answered: the words asked, those that passed (for an owner that pickles itself)."""
        return self._memo.asked, self._memo.some

    def recall(self, learned: tuple[Collection[str], frozenset[str]]) -> None:
        self._memo.asked, self._memo.some = learned

    def __call__(self, word: str) -> bool:
        return self._memo[word]

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words (`Segmented.words`) that pass the test."""
        return self._memo.positions(words, lo, hi)


class PhraseMatcher(Generic[T]):
    def __init__(self) -> None:
        self._payloads: dict[tuple[str, ...], list[T]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        # a name's first word -> the lengths of the names beginning with it, longest first (`_lengths`)
        self._heads: dict[str, tuple[int, ...]] = {}
        # the second word of every name of two words or more: a name can go on only with one of them (`match_at`)
        self._seconds: set[str] = set()
        # word -> ((reading, lengths), ...) for the readings of the word whose stem begins some name;
        # () for the (many) words that begin none
        self._memo = _Memo(self._candidates, _NONE)
        # word -> whether a reading of it is a whole name of one word (`may_match`)
        self._ones = _Memo(self._one_word_name, False)

    def __len__(self) -> int:
        return len(self._payloads)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._payloads

    def __getstate__(self) -> dict:
        return {"_payloads": self._payloads, "_by_first": self._by_first,
                "_known": (self._memo.asked, self._memo.some), "_seconds": self._seconds}

    def __setstate__(self, state: dict) -> None:
        self._payloads = state["_payloads"]
        self._by_first = state["_by_first"]
        self._heads = {}
        seconds = state.get("_seconds")
        self._seconds = {p[1] for p in self._payloads if len(p) > 1} if seconds is None else seconds
        self._memo = _Memo(self._candidates, _NONE, *state.get("_known", (_NO_WORDS, _NO_WORDS)))
        self._ones = _Memo(self._one_word_name, False)

    def learn(self, words: Collection[str], words_by_stem: dict[str, list[str]]) -> None:
        """Answer `words` once, at compile time (`_Memo.learn`): a word may begin a name when the stem of
        one of its readings is a name's first word (`_candidates`), so the words that may are those
        listed under the names' first words in `words_by_stem` (stem -> the words with a reading of it)."""
        some = set()
        for first in self._by_first:
            some.update(words_by_stem.get(first, ()))
        self._memo.asked, self._memo.some = words, frozenset(some)

    def add(self, name: str | tuple[str, ...], payload: T) -> None:
        phrase = name if isinstance(name, tuple) else name_tokens(name)
        if not phrase:
            return
        self._memo.reset()
        self._memo.forget()
        self._ones.reset()
        self._heads.pop(phrase[0], None)
        bucket = self._payloads.get(phrase)
        if bucket is None:
            self._payloads[phrase] = [payload]
            if len(phrase) > 1:
                self._seconds.add(phrase[1])
            heads = self._by_first.setdefault(phrase[0], [])
            heads.append(phrase)
            heads.sort(key=len, reverse=True)
        elif payload not in bucket:
            bucket.append(payload)

    def get(self, phrase: tuple[str, ...]) -> list[T]:
        return self._payloads.get(phrase, [])

    def phrases(self) -> Iterable[tuple[str, ...]]:
        return self._payloads.keys()

    def first_words(self) -> Iterable[str]:
        """The first word of every name (a lookup's stem must be one of them)."""
        return self._by_first.keys()

    def _lengths(self, first: str) -> tuple[int, ...]:
        """The lengths (in words) of the names beginning with `first`, longest first: a lookup probes
        `_payloads` once per length.  Only the lengths are worked out per process, not a table of the
        names: a first word such as "مليشيات" begins hundreds of names, and a table of them cost
        ~100x a probe to build in every process that met the word once."""
        lengths = self._heads.get(first)
        if lengths is None:
            # the set made in C (map of len): a comprehension cost ~7 us for a first word of a hundred names,
            # asked ~7 times an article (the words met first in a process)
            lengths = self._heads[first] = tuple(sorted(set(map(len, self._by_first[first])), reverse=True))
        return lengths

    def _candidates(self, word: str) -> tuple:
        """The readings of `word` whose stem begins a name, each with those names (`_head`)."""
        # a loop, not a comprehension: most words begin no name, and this runs once per word and matcher
        out = None
        by_first = self._by_first
        for reading in readings(word):
            if reading.stem in by_first:
                if out is None:
                    out = []
                out.append((reading, self._lengths(reading.stem)))
        return tuple(out) if out else _NONE

    def _one_word_name(self, word: str) -> bool:
        """Whether a reading of `word` is a name of one word (its lengths, longest first, end with 1)."""
        return any(lengths[-1] == 1 for _, lengths in self._memo[word])

    def may_match(self, norms: Sequence[str], at: Iterable[int]) -> list[int]:
        """The indexes of `at` (where a name may begin: `positions`) at which `match_at` may find one:
        a word with a reading that is a whole name, or one followed by some name's second word
        (`norms`: every token's `norm`, `token_norms`).  At any other, `match_at` tries one-word names
        only (its `_seconds` test) and finds none.  speed42: most of the gazetteer's calls at the
        places it may begin (~60 of ~68 an article on the feed) find nothing, and a call costs ~2k
        instructions, this test a few hundred."""
        ones, seconds, last = self._ones, self._seconds, len(norms) - 1
        return [k for k in at if ones[norms[k]] or (k < last and norms[k + 1] in seconds)]

    def begins(self, word: str) -> bool:
        """Whether some name may start at a token spelled `word` (a cheap test before `match_at`)."""
        return self._memo[word] is not _NONE

    def positions(self, words: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indexes (lo..hi-1) of the words (`Segmented.words`) at which some name may start."""
        return self._memo.positions(words, lo, hi)

    def starts_in(self, tokens: Sequence[Token], lo: int, hi: int) -> list[int]:
        """The indexes lo..hi-1 (in order) of the tokens at which some name may start: `match_at` finds
        nothing at any other (a window scan asks the memo inline, not through a call per token)."""
        memo = self._memo
        return [k for k in range(lo, hi) if tokens[k].is_word and memo[tokens[k].norm] is not _NONE]

    def match_at(self, tokens: Sequence[Token], i: int) -> PhraseMatch[T] | None:
        """Longest name starting at token `i` (over all readings of its first word)."""
        tok = tokens[i]
        if not tok.is_word:
            return None
        found = self._memo[tok.norm]
        if found is _NONE:
            return None
        best: PhraseMatch[T] | None = None
        longest = 0
        room = len(tokens) - i
        if room > 1 and tokens[i + 1].norm not in self._seconds:
            # speed41: no name of two words or more goes on with the next word, so only one-word names are tried: most
            # misses of the gazetteer (44 of its 54 an article on the feed) end here, without a probe
            room = 1
        # the words after the first, spelled out once for the longest name tried and sliced for the
        # shorter ones (a slice of a tuple is a tuple: with the stem before it, a key of `_payloads`)
        after: tuple[str, ...] = ()
        payloads = self._payloads
        for reading, lengths in found:
            for n in lengths:
                if n <= longest:
                    break  # longest first: nothing longer remains
                if n > room:
                    continue
                if len(after) < n - 1:
                    # one or two words spelled out as a tuple display, no comprehension: a comprehension over
                    # a slice of one token cost ~3.2k instructions, the display ~0.7k (by cachegrind), and
                    # most names tried are of two or three words (~90 such tuples an article)
                    if n == 2:
                        after = (tokens[i + 1].norm,)
                    elif n == 3:
                        after = (tokens[i + 1].norm, tokens[i + 2].norm)
                    elif n == 4:
                        # speed40: a name of four words, ~26 an article, spared its comprehension too
                        after = (tokens[i + 1].norm, tokens[i + 2].norm, tokens[i + 3].norm)
                    else:
                        after = tuple([t.norm for t in tokens[i + 1:i + n]])
                phrase = (reading.stem,) + after[:n - 1]
                hit = payloads.get(phrase)
                if hit is not None:
                    best = PhraseMatch(i, i + n, reading, phrase, tuple(hit))
                    longest = n
                    break
        return best

    def scan(self, tokens: Sequence[Token], start: int = 0, end: int | None = None,
             words: Sequence[str] | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches, left to right; `words` (`Segmented.words` of the same tokens,
        when the caller has them) spares spelling them out again.  Only the tokens where a name may
        start (`positions`) are tried."""
        end = len(tokens) if end is None else end
        if words is None:
            at = [start + k for k in self._memo.positions([t.norm if t.is_word else "" for t in tokens[start:end]])]
        else:
            at = self._memo.positions(words, start, end)
        out: list[PhraseMatch[T]] = []
        i = start
        for k in at:
            if k < i:
                continue
            m = self.match_at(tokens, k)
            if m is not None and m.last <= end:
                out.append(m)
                i = m.last
        return out


BIG_TABLE = 5000   # a dict or collection this long is a data table (gazetteer, vocabulary), holding no matcher


def reachable(root: object, kinds: tuple[type, ...]):
    """Every object of `kinds` reachable from `root` (compiled resources), each once: follows Rasd's objects,
    lists and small dicts, not the big data tables."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, kinds):
            yield obj
        elif isinstance(obj, dict):
            todo.extend(obj.values() if len(obj) < BIG_TABLE else ())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            todo.extend(obj if len(obj) < BIG_TABLE else ())
        elif type(obj).__module__.startswith("rasd"):
            todo.extend(getattr(obj, "__dict__", {}).values())
            todo.extend(getattr(obj, a) for a in getattr(type(obj), "__slots__", ()) if hasattr(obj, a))


def learn_words(root: object, words: Collection[str]) -> int:
    """Have every WordTest and PhraseMatcher reachable from `root` (compiled resources) answer
    `words` (a set, or a dict keyed by them) now, so that a process that loads them does not ask the lexicons of these words again;
    returns how many learned."""
    words_by_stem: dict[str, list[str]] = {}
    for w in words:
        for r in readings(w):
            words_by_stem.setdefault(r.stem, []).append(w)
    learned = 0
    for obj in reachable(root, (WordTest, PhraseMatcher)):
        if isinstance(obj, WordTest):
            obj.learn(words)
        else:
            obj.learn(words, words_by_stem)
        learned += 1
    return learned
