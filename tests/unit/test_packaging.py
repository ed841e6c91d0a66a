"""What `pip install .` ships: every data file under rasd/ is package data.

A lexicon left out of the wheel is not an error at run time (a missing list reads as empty), so
a non-editable install would extract worse than the tests measured without saying why.
"""
import fnmatch
import importlib.util
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_data_file_under_rasd_is_package_data():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["rasd"]
    tracked = subprocess.run(["git", "ls-files", "rasd"], cwd=ROOT, capture_output=True, text=True, check=True)
    data = [f[len("rasd/"):] for f in tracked.stdout.split() if not f.endswith(".py")]
    assert data, "git ls-files found nothing under rasd/"
    # setuptools' ** matches any depth; fnmatch's * already crosses "/", which is close enough here
    missing = [f for f in data if not any(fnmatch.fnmatch(f, p.replace("**/", "")) for p in patterns)]
    assert not missing, f"not in [tool.setuptools.package-data] of pyproject.toml: {missing}"


def test_the_core_install_needs_no_extra():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {d.split("[")[0].split(">")[0].split("=")[0].split("<")[0].strip().lower() for d in deps}
    for optional in ("fastapi", "uvicorn", "psycopg", "dask", "pyarrow", "trafilatura", "feedparser", "htmldate",
                     "wordfreq", "pycountry"):
        assert optional not in names


@pytest.mark.parametrize("args, extra", [
    (["serve"], "web"),
    (["watch", "http://127.0.0.1:9/feed.xml", "--once"], "feeds"),
    (["ingest", "http://127.0.0.1:9/page.html"], "feeds"),
    (["extract", "in.jsonl", "--engine", "dask"], "dask"),
    (["export", "--db", "postgresql://rasd@127.0.0.1:9/rasd"], "pg"),
])
def test_a_command_without_its_extra_says_which_to_install(monkeypatch, args, extra):
    from typer.testing import CliRunner

    from rasd.cli import app

    missing = {"web": {"fastapi"}, "feeds": {"feedparser"}, "dask": {"distributed"}, "pg": {"psycopg"}}[extra]
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in missing else real(name, *a))
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"{lines[0].split(' needs ')[0]} needs the {extra} extra: pip install 'rasd[{extra}]'"]


def test_the_shipped_word_frequencies_replace_the_wordfreq_package():
    import gzip

    from rasd.text.vocabulary import MIN_ZIPF_KEPT, TABLE

    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        rows = dict(line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))
    assert len(rows) > 150_000 and min(map(float, rows.values())) >= MIN_ZIPF_KEPT
    assert float(rows["الجديد"]) > 4.5 and "قرزة" not in rows            # an everyday word, a village


def test_make_install_compiles_the_resources_into_the_cache():
    # a fresh machine's first extraction must not pay the resource build (tens of seconds, ~700 MB):
    # every install target runs `rasd compile`, which leaves the current bundle in the cache
    from typer.testing import CliRunner

    from rasd.bundle import bundle_path
    from rasd.cli import app

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    for target in ("install", "install-web", "install-dev"):
        recipe = makefile.split(f"\n{target}: ", 1)[1].split("\n\n", 1)[0]
        assert "$(RESOURCES)" in recipe, target
    assert "RESOURCES := $(RASD) compile" in makefile
    result = CliRunner().invoke(app, ["compile"])
    assert result.exit_code == 0, result.output
    assert bundle_path().is_file()
