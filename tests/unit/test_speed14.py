"""Work a process did again that it can read compiled, and work done for nothing (speed14): the province table
from the cache folder, the events' counts from another incident read with the resources' calendar, the memos'
learned words, the words between two places spelled out only within a sentence."""
from __future__ import annotations

from rasd.resolve import provinces


def test_the_province_table_is_read_from_the_cache_as_the_lexicons_give_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    provinces._provinces.cache_clear()
    try:
        first = provinces._provinces()          # made from the lexicons and left in the cache folder
        files = list(tmp_path.glob("provinces-*.pkl"))
        assert len(files) == 1
        provinces._provinces.cache_clear()
        assert provinces._provinces() == first == provinces._from_lexicons()   # read back: the same rows
        files[0].write_bytes(b"not a pickle")   # a broken copy is made again, not trusted
        provinces._provinces.cache_clear()
        assert provinces._provinces() == first
    finally:
        provinces._provinces.cache_clear()


def test_the_events_count_from_another_incident_with_the_resources_calendar(pipeline, extract):
    r = pipeline.resources
    assert r.events.calendar is r.calendar
    # an attack named right after a count of days from the day told before it: that day moved back by it
    ex = extract("أعلن الجيش يوم الخميس 12 مارس 2015 حالة التأهب، بعد يومين على هجوم استهدف حاجزا قرب حماة "
                 "وقتل فيه ثلاثة جنود.", published="2015-03-14")
    assert [(e.date, e.date_precision) for e in ex.events] == [("2015-03-10", "day")]
    # no count: the day told is the attack's own
    ex = extract("قال الجيش يوم الخميس 12 مارس 2015 إن ثلاثة جنود قتلوا في هجوم على حاجز قرب حماة.",
                 published="2015-03-14")
    assert [(e.date, e.date_precision) for e in ex.events] == [("2015-03-12", "day")]


def test_the_memos_learned_words_are_the_vocabularys_own_table(pipeline):
    r = pipeline.resources
    asked = {id(t._memo.asked) for t in r.lexicon_tests if t._memo.asked}
    assert asked == {id(r.vocabulary.zipf_by_word)}


def test_extraction_imports_neither_the_store_nor_ctypes():
    # rasd extract and Dask workers import the pipeline and export.jsonl's records: the store (SQLAlchemy)
    # and ctypes (used only when an article's time budget runs out) cost start-up time they do not need
    import subprocess
    import sys

    code = ("import sys, rasd.pipeline, rasd.export.jsonl; "
            "print(sorted(m for m in ('sqlalchemy', 'ctypes', 'rasd.store.db') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_place_lies_in_the_next_only_within_its_sentence(pipeline):
    # _mark_in_next spells out the words between two names only when they share a sentence
    from rasd.recognise.numbers import find_numbers
    from rasd.text.segment import segment

    r = pipeline.resources

    def marked(text):
        seg = segment(text)
        return [(m.span.text, m.in_next) for m in r.places.find(seg, find_numbers(seg, r.numbers))]

    assert marked("قصفت الطائرات حي المنصورة في عدن صباح اليوم.") == [("المنصورة", True), ("عدن", False)]
    assert marked("قصفت الطائرات حي المنصورة. وفي عدن خرجت مظاهرة.") == [("المنصورة", False), ("عدن", False)]
