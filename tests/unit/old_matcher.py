"""The phrase matcher's `match_at` as it was before speed39, shared by the speed tests that compare the new one with it."""
from rasd.text.matcher import PhraseMatch, PhraseMatcher

def old_match_at(matcher: PhraseMatcher, tokens, i):
    """PhraseMatcher.match_at as it was before speed39 (the words after the first by a comprehension), for the
    speed tests to compare the new one with."""
    tok = tokens[i]
    if not tok.is_word:
        return None
    found = matcher._memo[tok.norm]
    if found == ():
        return None
    best, longest, room, after = None, 0, len(tokens) - i, ()
    for reading, lengths in found:
        for n in lengths:
            if n <= longest:
                break
            if n > room:
                continue
            if len(after) < n - 1:
                after = tuple([t.norm for t in tokens[i + 1:i + n]])
            phrase = (reading.stem,) + after[:n - 1]
            hit = matcher._payloads.get(phrase)
            if hit is not None:
                best = PhraseMatch(i, i + n, reading, phrase, tuple(hit))
                longest = n
                break
    return best
