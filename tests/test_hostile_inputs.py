"""Inputs a hostile or unlucky user gives: markup in every text field, symlink loops, special files,
broken and deeply nested JSON, long report lines, and one validator for the CLI, the feed reader and the API.

Every Arabic sentence here was written for these tests.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.ingest import validate
from rasd.ingest.files import BadInput, IngestFailure, article_from_record, expand, read_all
from rasd.model import Article

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("أعلنت السلطات المحلية في مدينة سرت أن قوات الأمن اشتبكت مع مجموعة مسلحة قرب الميناء مساء الأحد، "
        "وقال مسؤول إن اثنين من عناصر الأمن أصيبا بجروح طفيفة خلال الاشتباك الذي دام ساعة.")
MARKUP = ["[/]", "[bold]x", "[red]أحمر[/red]", "[link=http://evil.example]x[/link]", "[/bold]]["]


def runner() -> CliRunner:
    return CliRunner()


# --- markup is text ----------------------------------------------------------------------------------------

def test_markup_in_every_field_of_a_record_is_stored_and_reported_as_text(tmp_path):
    rows = []
    for i, m in enumerate(MARKUP):
        rows.append({"id": f"{m}-{i}", "text": f"{TEXT} {m} {i}", "url": f"https://example.org/{m}", "outlet": m,
                     "title": m, "published": "2015-07-21"})
        rows.append({"id": f"bad-{i}", "text": TEXT, "published": m})   # refused, and the reason quotes it
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.sqlite'}"
    for _ in range(2):                                    # a re-run meets the same failures
        r = runner().invoke(app, ["ingest", str(src), "--db", db, "-q"])
        assert r.exit_code == 0, r.output
        for m in MARKUP:
            assert f"got '{m}'" in r.output, (m, r.output)
    out = tmp_path / "pred.jsonl"
    r = runner().invoke(app, ["extract", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert {json.loads(x)["outlet"] for x in out.read_text(encoding="utf-8").splitlines()} == set(MARKUP)


def test_a_file_named_with_markup_is_reported_by_its_name(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "[bold]x.txt").write_text("too short", encoding="utf-8")
    (d / "good.txt").write_text(TEXT, encoding="utf-8")
    r = runner().invoke(app, ["ingest", str(d), "--db", f"sqlite:///{tmp_path / 'n.sqlite'}", "-q"])
    assert r.exit_code == 0, r.output
    assert "[bold]x.txt" in r.output


def test_report_lines_are_not_wrapped_in_a_pipe(tmp_path):
    long_date = "2015-07-21 but " + "و" * 150
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": TEXT, "published": long_date}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "y", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "rasd.cli", "ingest", str(src), "--db",
                        f"sqlite:///{tmp_path / 'w.sqlite'}", "-q"], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    [line] = [x for x in r.stderr.splitlines() if "in.jsonl:1" in x]
    assert long_date in line


# --- what a directory holds ------------------------------------------------------------------------------

def test_a_symlink_loop_is_followed_once(tmp_path):
    d = tmp_path / "batch"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    (d / "sub" / "b.txt").write_text(TEXT + " ب", encoding="utf-8")
    (d / "bad.txt").write_text("x", encoding="utf-8")
    os.symlink(".", d / "loop")
    os.symlink("..", d / "sub" / "up")
    os.symlink(d / "sub", tmp_path / "alias")
    got = list(read_all([d, tmp_path / "alias", d / "a.txt"]))
    assert sorted(type(g).__name__ for g in got) == ["Article", "Article", "IngestFailure"]
    assert len({Path(p).resolve() for p in expand([d, d / "loop", tmp_path / "alias"])}) == 3


def _read_with_timeout(paths, seconds=30.0):
    box: list = []
    t = threading.Thread(target=lambda: box.append(list(read_all(paths))), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "reading hung"
    return box[0]


def test_special_files_are_refused_without_reading_them(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text(TEXT, encoding="utf-8")
    os.symlink("/dev/zero", d / "zero.txt")
    os.symlink("/dev/zero", d / "zero.jsonl")
    os.mkfifo(d / "pipe.txt")
    os.mkfifo(tmp_path / "fifo-target")
    os.symlink(tmp_path / "fifo-target", d / "to-fifo.html")
    got = _read_with_timeout([d])
    fails = {Path(f.source).name: f.reason for f in got if isinstance(f, IngestFailure)}
    assert sorted(fails) == ["pipe.txt", "to-fifo.html", "zero.jsonl", "zero.txt"]
    assert all("not a regular file" in r for r in fails.values()), fails
    assert sum(isinstance(g, Article) for g in got) == 1


def test_the_byte_limit_holds_while_reading(tmp_path, monkeypatch):
    from rasd.ingest import files

    monkeypatch.setattr(files, "MAX_BYTES", 5000)
    p = tmp_path / "a.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": TEXT * 50}, ensure_ascii=False))   # no newline for 5 kB+
        fh.write("\n" + json.dumps({"id": "next", "text": TEXT}, ensure_ascii=False) + "\n")
    got = _read_with_timeout([p])
    assert isinstance(got[0], IngestFailure) and "too large" in got[0].reason
    assert isinstance(got[1], Article) and got[1].id == "next"


# --- broken JSON ---------------------------------------------------------------------------------------------

def test_json_errors_read_as_sentences(tmp_path):
    p = tmp_path / "b.jsonl"
    line = json.dumps({"id": "cut", "text": TEXT}, ensure_ascii=False)
    p.write_text(line[:60] + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + line + "\n", encoding="utf-8")
    got = list(read_all([p]))
    cut, deep, ok = got
    assert isinstance(ok, Article)
    assert "not valid JSON" in cut.reason and " at at " not in cut.reason and "cut short" in cut.reason, cut.reason
    assert "not valid JSON" in deep.reason and "nested" in deep.reason and "Recursion" not in deep.reason


def test_gzipped_json_lines_are_read(tmp_path):
    import gzip

    p = tmp_path / "feed.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"g{i}", "text": f"{TEXT} {i}", "section": "sports"}, ensure_ascii=False) + "\n")
    got = list(read_all([p]))
    assert [a.id for a in got] == ["g0", "g1", "g2"]
    assert got[1].source_path.endswith("feed.jsonl.gz:2")


# --- one validator -------------------------------------------------------------------------------------------

BAD_FIELDS = [
    ("published", "9999-99-99"), ("published", "0000-00-00"), ("published", "2015-02-30"), ("published", "أمس"),
    ("text", "0"), ("text", "Fighting was reported near the port on Sunday, officials said. " * 4),
    ("outlet", "o" * 201), ("url", "u" * 2001), ("title", "t" * 1001), ("outlet", "a\x00b"),
    ("outlet", ["a", "list"]),
]


@pytest.mark.parametrize("field,value", BAD_FIELDS)
def test_the_cli_refuses_what_the_api_refuses(field, value):
    rec = {"id": "x", "text": TEXT, field: value}
    with pytest.raises(BadInput):
        article_from_record(rec, "in.jsonl:1")
    fields = {"text": TEXT, field: value}
    with pytest.raises(BadInput):
        validate.article(Article(id="x", **fields))


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from fastapi.testclient import TestClient

    from rasd.serve.app import create_app
    from rasd.store.db import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('v') / 'v.sqlite'}")
    with TestClient(create_app(store, token="t")) as c:
        yield c


@pytest.mark.parametrize("field,value", BAD_FIELDS)
def test_the_api_refuses_what_the_cli_refuses(api, field, value):
    r = api.post("/api/articles", json={"text": TEXT, field: value}, headers={"X-Rasd-Token": "t"})
    assert r.status_code == 422, r.text
    assert field in json.dumps(r.json()["detail"])


def test_both_accept_a_timestamp_and_keep_its_day(api):
    a = article_from_record({"id": "x", "text": TEXT, "published": "2015-07-21T10:30:00+03:00"}, "in.jsonl:1")
    assert a.published == "2015-07-21"
    r = api.post("/api/articles", json={"text": TEXT, "published": "2015-07-21T10:30:00+03:00"},
                 headers={"X-Rasd-Token": "t"})
    assert r.status_code == 201, r.text
    stored = api.get(f"/api/articles/{r.json()['article_id']}").json()
    assert stored["published"] == "2015-07-21"


def test_the_openapi_date_pattern_refuses_impossible_dates(api):
    import re

    spec = api.get("/openapi.json").json()
    pattern = spec["components"]["schemas"]["NewArticle"]["properties"]["published"]["anyOf"][0]["pattern"]
    for bad in ("0000-00-00", "9999-99-99", "2015-13-01", "2015-00-10", "2015-01-32"):
        assert not re.search(pattern, bad), bad
    for good in ("2015-07-21", "0001-01-01", "2015-07-21T10:30:00Z"):
        assert re.search(pattern, good), good


def test_the_openapi_period_pattern_refuses_the_year_zero(api):
    import re

    spec = api.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    pattern = params["date_from"]["schema"]["anyOf"][0]["pattern"]
    for bad in ("0000", "0000-01", "0000-00-00", "2015-13", "2015-02-00"):
        assert not re.search(pattern, bad), bad
        assert api.get("/api/events", params={"date_from": bad}).status_code == 422
    for good in ("0001", "2015", "2015-07", "2015-07-21"):
        assert re.search(pattern, good), good


def test_a_file_name_that_is_not_utf8_is_read_stored_and_reported(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    good = os.path.join(os.fsencode(d), b"\xff\xfe-good.txt")
    bad = os.path.join(os.fsencode(d), b"\xff-short.txt")
    with open(good, "wb") as fh:
        fh.write(TEXT.encode("utf-8"))
    with open(bad, "wb") as fh:
        fh.write("قصير".encode("utf-8"))
    r = runner().invoke(app, ["ingest", str(d), "--db", f"sqlite:///{tmp_path / 'u.sqlite'}", "-q"])
    assert r.exit_code == 0, r.output
    assert "1 stored, 0 already present, 1 failed" in r.output
    assert "\\xff-short.txt" in r.output
