"""Acceptance: 1,000 inputs, 20 of them broken -> 980 stored, 20 failures with reasons.

The good inputs are the dev texts in many variants (so that their content
hashes differ), as .txt in the encodings Arabic news is published in, as
.html with and without charset declarations, and as JSON Lines records.
The real pipeline extracts them.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
from html import escape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.store.db import Store
from rasd.store.queries import list_failures, summary

N_TXT, N_HTML, N_JSONL = 600, 250, 130          # 980 good inputs
ENCODINGS = ["utf-8", "utf-8-sig", "cp1256", "utf-16", "iso-8859-6"]


def variant(text: str, i: int) -> str:
    return f"{text}\n\nنشر هذا التقرير ضمن أرشيف الأخبار، النسخة {i}."


def encodable(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def html_page(text: str, title: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang='ar'><head>{meta}<title>{escape(title)}</title>"
            f"<meta property='article:published_time' content='2016-08-02'></head><body>"
            f"<nav><a href='/'>الرئيسية</a></nav><article><h1>{escape(title)}</h1>{paras}</article></body></html>")


def build_corpus(root: Path, texts: list[str]) -> tuple[int, list[str]]:
    """Writes 980 good and 20 broken inputs under root; returns (good, names of broken)."""
    n = 0
    good_dir = root / "good"
    good_dir.mkdir(parents=True)
    for i in range(N_TXT):
        text = variant(texts[i % len(texts)], n)
        enc = ENCODINGS[i % len(ENCODINGS)]
        if not encodable(text, enc):
            enc = "utf-8"
        (good_dir / f"t{i:04d}.txt").write_bytes(text.encode(enc))
        n += 1
    for i in range(N_HTML):
        text = variant(texts[(i * 7) % len(texts)], n)
        charset = [None, "utf-8", "windows-1256"][i % 3]
        body = html_page(text, f"تقرير رقم {i}", charset)
        data = body.encode("cp1256" if charset == "windows-1256" and encodable(body, "cp1256") else "utf-8")
        (good_dir / f"h{i:04d}.html").write_bytes(data)
        n += 1
    lines = []
    for i in range(N_JSONL):
        lines.append(json.dumps({"id": f"j{i}", "text": variant(texts[(i * 3) % len(texts)], n),
                                 "published": "2016-05-12", "outlet": "test"}, ensure_ascii=False))
        n += 1
    # five broken records among the good ones
    broken_lines = ['{"id": "cut", "text": "قتل', '{"id": "notext", "body": "x"}',
                    json.dumps({"id": "baddate", "text": texts[0], "published": "أمس"}, ensure_ascii=False),
                    '["a", "list"]', json.dumps({"id": "en", "text": "Clashes were reported near Sirte. " * 10})]
    for k, bl in enumerate(broken_lines):
        lines.insert(10 + 20 * k, bl)
    (root / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    bad = root / "bad"
    bad.mkdir()
    arabic = texts[1]
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_bytes(b" \n\t\n")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(3000))
    (bad / "archive.html").write_bytes(gzip.compress(arabic.encode("utf-8")) + b"\x00" * 64)
    full = html_page(arabic, "عنوان", "utf-8")
    (bad / "truncated.html").write_text(full[: full.index("<body>") - 20], encoding="utf-8")
    (bad / "truncated-title.html").write_text("<html><head><title>اشتباكات عنيفة في", encoding="utf-8")
    latin1 = html_page(texts[0], "عنوان", "iso-8859-1")
    (bad / "wrong-charset.html").write_bytes(latin1.encode("cp1256"))
    with open(bad / "huge.txt", "wb") as fh:                      # 50 MB
        chunk = (arabic + "\n").encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    (bad / "english.txt").write_text("Fighting was reported near Sirte on Tuesday, officials said. " * 20,
                                     encoding="utf-8")
    (bad / "french.html").write_text(html_page("Des combats ont eu lieu près de Syrte mardi. " * 20, "Syrte", "utf-8"),
                                     encoding="utf-8")
    (bad / "short.txt").write_text("قتل شخصان.", encoding="utf-8")
    (bad / "nav-only.html").write_text("<html><head><title>الوسط</title></head><body><nav><a href='/'>الرئيسية</a>"
                                       "<a href='/x'>ليبيا</a></nav></body></html>", encoding="utf-8")
    os.symlink(bad / "deleted.txt", bad / "dangling.txt")
    (bad / "bad-after-bom.txt").write_bytes(codecs.BOM_UTF8 + arabic.encode("utf-8")[:200] + b"\xff\xfe\xfd" +
                                            arabic.encode("utf-8")[200:])
    (bad / "truncated-utf16.txt").write_bytes(codecs.BOM_UTF16_LE + arabic.encode("utf-16-le")[:-1])
    broken = sorted(p.name for p in bad.iterdir()) + [f"corpus.jsonl:{11 + 20 * k}" for k in range(5)]
    return n, broken


@pytest.mark.slow
def test_thousand_inputs_twenty_broken(tmp_path, dev_texts):
    from rasd.cli import app

    texts = [d["text"] for d in dev_texts]
    good, broken = build_corpus(tmp_path / "in", texts)
    assert good == 980 and len(broken) == 20
    db = f"sqlite:///{tmp_path / 'acc.sqlite'}"
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "-q"])
    assert r.exit_code == 0, r.output
    assert "980 stored, 0 already present, 20 failed" in r.output, r.output
    store = Store(db)
    assert summary(store)["articles"] == 980
    fails = list_failures(store, 100)
    assert len(fails) == 20
    got = sorted(f["source"].rsplit("/", 1)[-1] for f in fails)
    assert got == sorted(broken)
    reasons = {f["source"].rsplit("/", 1)[-1]: f["reason"] for f in fails}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["image.txt"] and "binary" in reasons["archive.html"]
    assert "too large" in reasons["huge.txt"] and "50" in reasons["huge.txt"]
    assert "not Arabic" in reasons["english.txt"] and "not Arabic" in reasons["wrong-charset.html"]
    assert "not valid JSON" in reasons["corpus.jsonl:11"]
    assert "broken symbolic link" in reasons["dangling.txt"]
    assert all(len(x) > 8 for x in reasons.values())
    # `rasd failures` lists them
    r = runner.invoke(app, ["failures", "--db", db, "--limit", "100"])
    assert r.exit_code == 0 and "20 failures" in r.output
    # a re-run stores nothing twice and lists no failure twice
    r = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "-q"])
    assert "0 stored, 980 already present, 20 failed" in r.output, r.output
    assert summary(store)["articles"] == 980 and len(list_failures(store, 100)) == 20
