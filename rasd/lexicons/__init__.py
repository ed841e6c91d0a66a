"""Rasd's language data: every file in this folder is read by generic code.

Analysts extend Rasd by editing these files (see README.md here); no Python
change is needed.  A second folder of files with the same names can be laid
over these with the RASD_LEXICONS environment variable: its YAML lists are
appended to ours and its TSV rows added, so a team keeps local additions
outside the package.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from rasd.lexicons import schema

LEXICON_DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names file and line."""


def overlay_dirs() -> list[Path]:
    """The folders laid over the packaged lexicons (RASD_LEXICONS), in order."""
    extra = os.environ.get("RASD_LEXICONS", "")
    return [Path(p) for p in extra.split(os.pathsep) if p]



def lexicon_files(name: str) -> list[Path]:
    """The packaged file `name` followed by any overlay files of that name."""
    files = [LEXICON_DIR / name]
    files += [d / name for d in overlay_dirs() if (d / name).is_file()]
    return files


def load_yaml(name: str) -> Any:
    """Packaged YAML merged with overlays (lists appended, mappings merged per key), checked against
    the file's shape in schema.py (LexiconError naming the file and the field)."""
    merged = _merged_yaml(name)
    problems = schema.check(name, merged)
    if problems:
        raise LexiconError("; ".join(problems))
    return merged


def _merged_yaml(name: str) -> Any:
    import yaml  # only when compiling: a process that loads the compiled bundle reads no YAML

    merged: Any = None
    for path in lexicon_files(name):
        if not path.exists():
            continue
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: {exc}") from exc
        merged = data if merged is None else _merge(merged, data)
    return merged


def _merge(a: Any, b: Any) -> Any:
    if isinstance(a, list) and isinstance(b, list):
        return a + b
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = _merge(out[k], v) if k in out else v
        return out
    return b if b is not None else a


def load_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header row; `#` lines are comments.  The header and the
    typed cells are checked against the file's columns in schema.py."""
    rows: list[dict[str, str]] = []
    for path in lexicon_files(name):
        with open(path, encoding="utf-8", newline="") as f:
            lines = [ln for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        problems = schema.check_columns(name, [c.strip() for c in reader.fieldnames or []])
        if problems:
            raise LexiconError(f"{path}: {problems[0]}")
        for lineno, row in enumerate(reader, start=2):
            if None in row:
                raise LexiconError(f"{path}: row {lineno} has more fields than the header")
            row = {k: (v or "").strip() for k, v in row.items()}
            for column, cell in row.items():
                problem = schema.check_cell(name, column, cell)
                if problem:
                    raise LexiconError(f"{path}: row {lineno}: {problem}")
            rows.append(row)
    return rows


def split_list(cell: str) -> list[str]:
    """A TSV cell holding several values separated by `|`."""
    return [x.strip() for x in cell.split("|") if x.strip()] if cell else []
