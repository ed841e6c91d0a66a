"""speed25: `normalise` replaces each kind of changing character an article holds with one str.replace
instead of looking every character up through str.translate; the view and its offsets must stay the same."""
from __future__ import annotations

import pytest

from rasd.text import normalise as N
from rasd.text.segment import segment


def _reference(raw: str) -> tuple[str, list[int], bool]:
    """The view, offsets and whether they are a plain range, as str.translate over the table gives them."""
    text = raw.translate(N._TABLE)
    if len(text) == len(raw) and N._UNEVEN.search(raw) is None:
        return text, list(range(len(raw))), True
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        offsets += [i] * len(ch.translate(N._TABLE))
    return text, offsets, False


TEXTS = [
    "",
    "ا",
    "ق",
    " ",
    "قُتِلَ",
    "قصف الطيران مدينة الرمادي صباح اليوم",
    "أعلنت الشرطة إلقاء القبض على ثلاثة مسلحين",
    "سقطت قذيفة على حيّ سكنيّ في المدينـــة",
    "ﻻ حول ﷲ ﻷن",
    "بلغ عدد القتلى ٣٢ شخصاً و١٥٠ جريحاً؛ فهل من مزيد؟",
    "#حلب_تحترق\u00a0الآن",
    "NATO قال إن Ankara\u200cوافقت",
    "ee\u0301 İstanbul",
    "\u064b\u064c\u0640",
    "كتبَ\nوقرأَ.",
    "abc def 123",
]


@pytest.mark.parametrize("raw", TEXTS)
def test_view_and_offsets_as_translate_gives_them(raw):
    nt = N.normalise(raw)
    text, offsets, plain = _reference(raw)
    assert nt.norm == text
    assert list(nt.offsets) == offsets
    assert isinstance(nt.offsets, range) == plain
    assert nt.raw is raw


def test_every_character_of_the_basic_plane():
    chars = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF) + "\U0001F600"
    nt = N.normalise(chars)
    text, offsets, _ = _reference(chars)
    assert nt.norm == text
    assert list(nt.offsets) == offsets


def test_every_form_is_final():
    # so replacing one kind of character after another gives what one pass of the table gives
    assert not [c for c, m in N._MAPPED.items() if any(x in N._MAPPED for x in m)]
    assert all(c in N._USUAL or N._UNUSUAL.fullmatch(c) for c in N._MAPPED)
    assert not any(N._UNUSUAL.fullmatch(c) for c in N._USUAL)


def test_same_character_many_times_and_next_to_others():
    raw = "ةةة أأ ىى" * 3 + "ﻻﻻ"
    assert N.normalise(raw).norm == raw.translate(N._TABLE)


def test_tokens_keep_their_original_spans():
    raw = "قُتِلَ جنديّ في مدينـة ﻻذقية"
    seg = segment(raw)
    assert [t.text for t in seg.tokens] == [raw[t.start:t.end] for t in seg.tokens]
    assert [t.norm for t in seg.tokens] == ["قتل", "جندي", "في", "مدينه", "لاذقيه"]
    assert seg.tokens[0].text == "قُتِلَ"


def test_many_kinds_go_through_the_table():
    raw = "".join(sorted(N._MAPPED)[:N._FEW_KINDS + 5]) + " نص"
    assert N.normalise(raw).norm == raw.translate(N._TABLE)
    raw = "".join(sorted(N._MAPPED)[:N._FEW_KINDS]) + " نص"
    assert N.normalise(raw).norm == raw.translate(N._TABLE)


@pytest.mark.parametrize("length", [len(N._NUMBERS) - 1, len(N._NUMBERS), len(N._NUMBERS) + 7])
def test_long_texts_with_diacritics(length):
    unit = "قُتِلَ جنديّ، "
    raw = (unit * (length // len(unit) + 1))[:length]
    nt = N.normalise(raw)
    text, offsets, _ = _reference(raw)
    assert nt.norm == text
    assert list(nt.offsets) == offsets
