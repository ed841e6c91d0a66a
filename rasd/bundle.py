"""The compiled resources: every lexicon, the gazetteer and the form index in one binary file.

Loading Rasd's resources from their sources means parsing a few megabytes of
YAML and TSV, normalising tens of thousands of names and building the phrase
matchers: seconds, in every process, every Dask worker and every test run.
Compiling also asks every phrase matcher and word test about the vocabulary's
180k words once (rasd.text.matcher.learn_words, a few seconds), so that a
process does not ask them again of each word it meets for the first time.
Instead, the first process compiles them once (`build`) and writes the result
to the cache folder (RASD_CACHE_DIR, else ~/.cache/rasd) as one pickle, named
by a hash of everything it was made from:

* every lexicon file, packaged and overlaid (RASD_LEXICONS), by name and content;
* the word-frequency table and the other data files under rasd/text/data;
* Rasd's own code (a change to a loader or a class changes what is compiled);
* the GeoNames index it read (its name carries the GeoNames data's signature)
  and the form index's signature (lemmas, morphology rules, conjugator).

A later process reads that file in one go (`load`).  Editing a lexicon or the
code gives a new hash, so the next process compiles again; the last
KEEP_BUNDLES files are kept (worktrees and overlays may use different ones).
The file is only ever a cache: deleting it costs one rebuild.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rasd.cache import cache_dir, prune

BUNDLE_VERSION = 1
KEEP_BUNDLES = 8
SIGNATURES = "bundle-signatures.json"   # file stamp -> signature (`signature`)
KEEP_SIGNATURES = 64
BUNDLE_VERSION_STAMP = f"{BUNDLE_VERSION}:{sys.version_info[:2]}:{sys.byteorder}"
# Net new container objects between two collections of the collector's young generation (Python's default
# is 700).  An article leaves a few hundred behind it (the lexicon memos grow by the words it brings), so at
# the default the collector ran about once an article, and every tenth time walked the older generations
# too, whose memos and records grow with the feed; at 10,000, about once every 30 articles.
YOUNG_COLLECTION = 10_000
PACKAGE_DIR = Path(__file__).resolve().parent

T = TypeVar("T")


def input_files() -> list[Path]:
    """The files a bundle is compiled from: the lexicons (and overlays), the data tables, the code."""
    from rasd.lexicons import LEXICON_DIR, overlay_dirs

    files = sorted(p for p in LEXICON_DIR.iterdir() if p.is_file())
    for d in overlay_dirs():
        files += sorted(p for p in d.iterdir() if p.is_file()) if d.is_dir() else []
    files += sorted(p for p in (PACKAGE_DIR / "text" / "data").iterdir() if p.is_file())
    files += sorted(p for p in PACKAGE_DIR.rglob("*.py") if "static" not in p.parts)
    return files


def signature() -> str:
    """A hash of every input of the bundle (see the module's docstring).  Reading and hashing its 3 MB of
    files took 12-18 ms of every start: the hash is remembered (`SIGNATURES`) under a stamp of the files'
    paths, sizes, modification and change times and inodes, and the files are read again only when one of
    them was written, replaced, added or removed since (a write always moves its file's change time)."""
    from rasd.resolve.gazetteer import index_path as geonames_index
    from rasd.text.morph import index as forms

    files = input_files()   # the form index's files are among them (lexicon folders, text/data, the code)
    stamp = _stamp(files, geonames_index().name, forms.source_stamp())
    memo = cache_dir() / SIGNATURES
    known = _read_signatures(memo)
    sig = known.get(stamp)
    if sig is None:
        sig = _content_signature(files)
        _write_signatures(memo, known, stamp, sig)
    return sig


def _stamp(files: list[Path], *extra: str) -> str:
    """A hash of the files' paths and stat (not their content), and of `extra`."""
    h = hashlib.sha1("\0".join((BUNDLE_VERSION_STAMP,) + extra).encode())
    for p in files:
        try:
            st = p.stat()
            h.update(f"{p}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}\0".encode())
        except OSError:
            h.update(f"{p}\0-\0".encode())
    return h.hexdigest()


def _read_signatures(path: Path) -> dict[str, str]:
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def _write_signatures(path: Path, known: dict[str, str], stamp: str, sig: str) -> None:
    known.pop(stamp, None)
    known[stamp] = sig                                   # the newest last; the oldest dropped past KEEP_SIGNATURES
    kept = dict(list(known.items())[-KEEP_SIGNATURES:])
    tmp = path.with_suffix(f".{os.getpid()}.tmp")        # several processes may write at once
    try:
        tmp.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only cache folder: the next process hashes the files again


def _content_signature(files: list[Path]) -> str:
    """The hash of the bundle's inputs by content (`signature` remembers it)."""
    from rasd.resolve.gazetteer import index_path as geonames_index
    from rasd.text.morph.index import signature as forms_signature

    h = hashlib.sha1(f"{BUNDLE_VERSION}:{sys.version_info[:2]}:{sys.byteorder}".encode())
    for p in files:
        h.update(str(p.relative_to(PACKAGE_DIR) if p.is_relative_to(PACKAGE_DIR) else p.name).encode())
        h.update(b"\0" + p.read_bytes() + b"\0")
    h.update(geonames_index().name.encode())
    h.update(forms_signature().encode())
    return h.hexdigest()[:16]


def bundle_path() -> Path:
    return cache_dir() / f"resources-{signature()}.pkl"


def build(make: Callable[[], T], path: Path | None = None) -> T:
    """Compile the resources with `make` and write them to the bundle file; return them."""
    path = path or bundle_path()
    resources = make()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # several processes may build at once
    with open(tmp, "wb") as f:
        pickle.dump(resources, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    prune(path, "resources-*.pkl", KEEP_BUNDLES)
    return resources


def load(make: Callable[[], T]) -> T:
    """The resources from the bundle file of the current inputs, compiled with `make` first when the
    cache has none (or holds one this Python cannot read).  Sets the collector to the pipeline's pace
    (`YOUNG_COLLECTION`) on the way."""
    gc.set_threshold(max(YOUNG_COLLECTION, gc.get_threshold()[0]), *gc.get_threshold()[1:])
    path = bundle_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return build(make, path)
    enabled = gc.isenabled()
    gc.disable()  # unpickling a million objects: the collector would walk them again and again
    try:
        resources = pickle.loads(data)
    except Exception:  # noqa: BLE001 - a truncated or incompatible file is rebuilt, whatever broke it
        return build(make, path)
    finally:
        if enabled:
            gc.enable()
    # The resources live as long as the process: set apart from the collector's generations (with
    # whatever else the process holds by now), so that its full collections, a few in every few hundred
    # articles, no longer walk their million objects each time.
    gc.freeze()
    return resources


