"""Small, regular pieces of Arabic morphology that lookups need.

Only what is regular enough to generate: the forms of a nisba (nationality)
adjective from its masculine singular (ليبي -> الليبي، ليبية، الليبيين ...),
and whether "قد" hedges the verb after it.
"""
from __future__ import annotations

from rasd.model import Token
from rasd.text.clitics import readings
from rasd.text.normalise import norm


def nisba_forms(masculine: str) -> set[str]:
    """Normalised forms of a nationality adjective given as masculine singular without ال."""
    base = norm(masculine)
    if not base:
        return set()
    stems = {base}
    if base.endswith("ي"):
        # feminine, plurals, and the dual (سعوديان، سعوديتان; the oblique dual is the plural's form)
        stems |= {base + "ه", base + "ون", base + "ين", base[:-1] + "يون", base + "تين", base + "ان", base + "تان"}
    forms = set(stems)
    forms |= {"ال" + s for s in stems}
    return forms


# "أن/إن" and their forms with a pronoun: what follows is what someone says ("قال إن", "أعلنت أنها")
COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"})
# ... those with the pronoun "he" ("أنه"), and the endings (normalised) that make a noun feminine or a plural of
# things ("الشرطة", "السلطات"), which "he" cannot point back to
MASCULINE_COMPLEMENTISERS = frozenset({"انه", "بانه"})
FEMININE_ENDINGS = ("ه", "ات")

# forms of كان before "قد" that make a pluperfect ("كانت قد أطلقت": had launched)
_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كنا", "وكان", "وكانت", "وكانوا", "وكانا"})


def before_possessive(word: str) -> str | None:
    """The form a normalised noun takes before a possessive suffix: ة (normalised ه) written ت (غاره -> غارت),
    a sound masculine plural without its nun (مقاتلين -> مقاتلي); None after a long vowel (جنديا)."""
    if word.endswith("ه"):
        return word[:-1] + "ت"
    if word.endswith(("ين", "ون")):
        return word[:-1]
    return None if word[-1:] in "اىي" else word


def hedges_a_present_verb(words: list[str], k: int) -> bool:
    """Whether the particle at `k` ("قد", normalised) hedges the verb after it.

    قد before a present-tense verb means "may" ("قد يتوجهون"); before a past-tense verb it
    asserts ("قد أطلقت": has launched).  A verb in ي or ن is present; one in ت is present
    unless the particle is joined to و/ل/ف or follows كان, where a past form-V verb
    ("وقد تمكن", "كانت قد تسللت") is far more common than a feminine present.
    """
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if nxt[:1] in ("ي", "ن"):
        return True
    if nxt[:1] == "ت":
        joined = words[k] != "قد"
        after_kana = k > 0 and words[k - 1] in _KANA
        return not (joined or after_kana)
    return False


def hedged(tokens: list[Token], lo: int, hi: int, particles: frozenset[str]) -> bool:
    """Whether one of `particles` ("قد") between tokens lo and hi hedges the present-tense verb after it."""
    start = max(0, lo - 1)  # the word before the particle tells a pluperfect ("كانت قد")
    words = [t.norm for t in tokens[start:min(len(tokens), hi + 1)]]
    return any({r.stem for r in readings(tokens[k].norm)} & particles and hedges_a_present_verb(words, k - start)
               for k in range(lo, hi))
