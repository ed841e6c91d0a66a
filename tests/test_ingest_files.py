"""Reading files: encodings of Arabic news, charset declarations, JSON Lines, limits."""
from __future__ import annotations

import codecs
import json

import pytest

from rasd.ingest import files
from rasd.ingest.files import BadInput, IngestFailure, check_text, decode, read_all
from rasd.ingest.html import article_from_html, declared_charset, decode_html
from rasd.model import Article


@pytest.fixture(scope="module")
def text(dev_texts) -> str:
    # dev-000 encodes in both Windows-1256 and ISO-8859-6 (no curly quotes)
    return dev_texts[0]["text"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256",
                                      "iso-8859-6"])
def test_decode_arabic_encodings(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_iso_8859_6_is_not_read_as_windows_1256(text):
    # both code pages decode these bytes; only one gives Arabic throughout
    assert decode(text.encode("iso-8859-6")) == text


def test_declared_charset_is_respected_when_valid(text):
    data = text.encode("cp1256")
    assert decode(data, declared="windows-1256") == text
    # a declaration the bytes are not valid in is ignored (real sites get it wrong)
    # UTF-8 under a Windows-1256 label (common): not read as "ظ…ط§" mojibake
    assert decode(text.encode("utf-8"), declared="windows-1256") == text
    assert decode(data, declared="utf-8") == text
    assert decode(data, declared="no-such-charset") == text


def test_html_meta_and_http_charset(text):
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f"<title>خبر</title></head><body><p>{text}</p></body></html>")
    data = page.encode("cp1256")
    assert declared_charset(data) == "windows-1256"
    assert text in decode_html(data)
    # the HTTP charset wins over <meta>
    assert text in decode_html(page.replace("windows-1256", "utf-8").encode("cp1256"), http_charset="windows-1256")


def test_wrong_declared_charset_that_decodes_gives_a_reason(text):
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'
    with pytest.raises(BadInput, match="not Arabic"):
        article_from_html(decode_html(page.encode("cp1256")), source="x.html")


def test_binary_and_empty():
    with pytest.raises(BadInput, match="empty"):
        decode(b"  \n")
    with pytest.raises(BadInput, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def test_check_text_reasons():
    with pytest.raises(BadInput, match="not Arabic"):
        check_text("Fighting continued near the city on Tuesday, officials said. " * 5)
    with pytest.raises(BadInput, match="too long"):
        check_text("قتل " * (files.MAX_CHARS // 3))


def test_read_all_mixed_directory(tmp_path, dev_texts):
    (tmp_path / "a.txt").write_bytes(dev_texts[0]["text"].encode("cp1256"))
    (tmp_path / "b.html").write_text(f"<html><body><article><p>{dev_texts[1]['text']}</p></article></body></html>",
                                     encoding="utf-8")
    rows = [json.dumps({"id": d["id"], "text": d["text"], "published": d["published"]}, ensure_ascii=False)
            for d in dev_texts[2:5]]
    rows.insert(1, '{"id": "broken", "text": ')
    rows.append(json.dumps({"id": "nodate", "text": dev_texts[5]["text"], "published": "12/05/2016"}))
    (tmp_path / "c.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    got = list(read_all([tmp_path]))
    arts = [g for g in got if isinstance(g, Article)]
    fails = [g for g in got if isinstance(g, IngestFailure)]
    assert len(arts) == 5
    assert {a.id for a in arts} >= {d["id"] for d in dev_texts[2:5]}
    assert [f.source.rsplit("/", 1)[-1] for f in fails] == ["c.jsonl:2", "c.jsonl:5"]
    assert "not valid JSON" in fails[0].reason and "ISO date" in fails[1].reason


def test_jsonl_is_streamed_past_the_file_limit(tmp_path, dev_texts, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 20_000)
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(40):
            d = dev_texts[i % len(dev_texts)]
            fh.write(json.dumps({"id": f"x{i}", "text": d["text"]}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 20_000
    assert sum(isinstance(x, Article) for x in read_all([path])) == 40


def test_size_limit_names_the_size(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_text("ب" * 2000, encoding="utf-8")
    [f] = list(read_all([p]))
    assert isinstance(f, IngestFailure) and "too large" in f.reason


def test_jsonl_with_html_records(tmp_path, dev_texts):
    d = dev_texts[3]
    rec = {"id": "h1", "url": "https://example.org/a", "published": "2016-08-30",
           "html": f"<html><head><title>t</title></head><body><article><p>{d['text']}</p></article></body></html>"}
    (tmp_path / "h.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [a] = list(read_all([tmp_path / "h.jsonl"]))
    assert isinstance(a, Article) and a.id == "h1" and a.published == "2016-08-30"
    assert d["text"].split("\n")[0][:40] in a.text


def test_utf16_jsonl(tmp_path, dev_texts):
    line = json.dumps({"id": "u", "text": dev_texts[0]["text"]}, ensure_ascii=False) + "\n"
    (tmp_path / "u.jsonl").write_bytes(codecs.BOM_UTF16_LE + line.encode("utf-16-le"))
    [a] = list(read_all([tmp_path / "u.jsonl"]))
    assert isinstance(a, Article) and a.text == dev_texts[0]["text"]


def _seen(items):
    return [(x.id, x.text) if isinstance(x, Article) else (x.source, x.reason) for x in items]


def test_jsonl_slices_read_as_the_whole_file(tmp_path, dev_texts, monkeypatch):
    """A plain JSON Lines file cut at line starts (what Dask workers each read): the slices' articles and
    failures, in order, are the whole file's, down to the line numbers the failures name."""
    from rasd.scale.dask_engine import jsonl_pieces

    monkeypatch.setattr(files, "MAX_BYTES", 8_000)
    lines = [json.dumps({"id": f"r{i}", "text": dev_texts[i % len(dev_texts)]["text"][:3000]}, ensure_ascii=False)
             for i in range(12)]
    lines[3] = '{"id": "broken", "text": '
    lines[5] = ""
    lines[7] = json.dumps({"id": "long", "text": "ب" * 9000}, ensure_ascii=False)   # over the limit: skipped
    path = tmp_path / "c.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8"))        # no newline at the end
    whole = _seen(read_all([path]))
    assert files.is_plain_jsonl(path) and len(whole) == 11
    for n in (1, 2, 3, 5, 12, 40):
        pieces = jsonl_pieces(path, n)
        assert 1 <= len(pieces) <= n and pieces[0].start == 0 and pieces[-1].end == path.stat().st_size
        assert all(a.end == b.start for a, b in zip(pieces, pieces[1:], strict=False))
        assert [x for p in pieces for x in _seen(p.read())] == whole, n
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(b"")
    assert not files.is_plain_jsonl(gz) and not files.is_plain_jsonl(tmp_path / "missing.jsonl")
