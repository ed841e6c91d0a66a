"""Articles from files: plain text, JSON Lines, HTML pages, directories of them.

Every input yields either an `Article` or an `IngestFailure` that says in
words what is wrong with it; one bad file never stops a batch.  Encodings
seen in Arabic news (UTF-8 with or without BOM, UTF-16 with or without
BOM, Windows-1256, ISO-8859-6) are detected; a charset the input declares
(HTTP header, HTML <meta>) is respected when the bytes are valid in it.

JSON Lines files (also gzipped: `.jsonl.gz`) are read one line at a time,
so a corpus file may be far larger than the limit for a single article.

Only regular files are read (a symbolic link is followed to one): a named
pipe, a device such as /dev/zero or a socket is reported, never opened for
reading, and every byte limit is enforced on what is actually read, not on
the size the file system claims.  A directory is walked once however many
symbolic links lead back into it.  What an article must be is checked by
rasd.ingest.validate, the validator the API uses too.
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rasd.ingest import validate
from rasd.ingest.validate import (MAX_CHARS, MIN_ARABIC_LETTERS, MIN_ARABIC_SHARE, BadInput,  # noqa: F401
                                  arabic_share, check_text)
from rasd.model import Article

MAX_BYTES = 5 * 1024 * 1024        # a text file or one JSON line larger than this is refused: no article is
MAX_HTML_BYTES = 15 * 1024 * 1024  # saved pages carry scripts and inline images: a larger limit
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
# single-byte Arabic code pages, in order of preference when both decode equally well
_ARABIC_CODEPAGES = ("cp1256", "iso-8859-6")


@dataclass
class IngestFailure:
    source: str
    reason: str


def normalise_charset(name: str | None) -> str | None:
    """A codec name Python knows for a declared charset, or None for an unknown label."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = {"windows-1256": "cp1256", "x-cp1256": "cp1256", "arabic": "iso-8859-6",
             "iso-8859-6-i": "iso-8859-6", "iso-8859-6-e": "iso-8859-6", "asmo-708": "iso-8859-6",
             # browsers treat latin-1 labels as windows-1252 (WHATWG Encoding Standard)
             "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in every other byte of ASCII, and Arabic in 0x06xx."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for enc, hi in (("utf-16-le", odd), ("utf-16-be", even)):
        if hi and sum(1 for b in hi if b in (0, 6)) / len(hi) > 0.8:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text, trying the encodings Arabic news is published in.

    Order: a byte-order mark; the declared charset, when the bytes are valid in it (but
    non-ASCII bytes that are valid UTF-8 are UTF-8 whatever the label says);
    UTF-16 without BOM; UTF-8; the Arabic code page that reads as the most Arabic;
    charset-normalizer's best guess.
    """
    if not data.strip():
        raise BadInput("empty file")
    for step in (_by_bom, lambda d: _as_declared(d, declared), _by_nul_bytes, _as_utf8, _by_arabic_codepage,
                 _by_guess):
        text = step(data)
        if text is not None:
            return text
    raise BadInput("not valid text in any encoding tried (UTF-8, UTF-16, Windows-1256, ISO-8859-6)")


def _by_bom(data: bytes) -> str | None:
    """Text after a UTF-8 or UTF-16 byte-order mark (BadInput when the bytes after it are not valid)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInput(f"invalid UTF-8 after a UTF-8 byte-order mark (byte {exc.start})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("invalid UTF-16 after a UTF-16 byte-order mark (truncated?)") from None
    return None


def _as_declared(data: bytes, declared: str | None) -> str | None:
    """The declared charset, when the bytes are valid in it; UTF-8 when they are valid UTF-8."""
    enc = normalise_charset(declared)
    if not enc or enc.startswith("utf-16"):   # a UTF-16 label on bytes without a BOM is always wrong in HTML
        return None
    if enc != "utf-8" and not data.isascii():
        # UTF-8 served under a legacy label is the commonest error on Arabic sites, and Windows-1256
        # decodes any bytes (into "ظ…ط§" mojibake); non-ASCII bytes that are valid UTF-8 are UTF-8
        text = _as_utf8(data)
        if text is not None:
            return text
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None                           # declared wrongly: detect instead


def _by_nul_bytes(data: bytes) -> str | None:
    """NUL bytes near the start: UTF-16 without a BOM, else a binary file (BadInput)."""
    if b"\x00" not in data[:4096]:
        return None
    text = _utf16_guess(data)
    if text is None:
        raise BadInput("binary file (contains NUL bytes), not text")
    return text


def _as_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _by_arabic_codepage(data: bytes) -> str | None:
    """The Arabic code page whose reading has the largest share of Arabic letters (enough of them)."""
    best: tuple[float, str] | None = None
    for cp in _ARABIC_CODEPAGES:
        try:
            text = data.decode(cp)
        except UnicodeDecodeError:
            continue
        share = arabic_share(text)
        if share >= MIN_ARABIC_SHARE and (best is None or share > best[0] + 1e-9):
            best = (share, text)
    return best[1] if best is not None else None


def _by_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover
        return None
    guess = from_bytes(data).best()
    return str(guess) if guess is not None else None


def article_id_for(text: str, hint: str | None = None) -> str:
    if hint:
        return re.sub(r"[^\w.-]+", "_", hint)[:80]
    digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
    return f"a-{digest}"


def article_from_record(rec: object, source: str) -> Article:
    """One JSON Lines record ({"text"| "html", "id", "url", "published", ...}) -> Article."""
    if not isinstance(rec, dict):
        raise BadInput("a JSON Lines record must be an object")
    published = validate.check_published(rec.get("published") or rec.get("date"))
    rid = rec.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    text = rec.get("text")
    if not isinstance(text, str) and isinstance(rec.get("html"), str):
        from rasd.ingest.html import article_from_html

        art = article_from_html(rec["html"], source=source, url=validate.check_field("url", rec.get("url")))
        art.id = rid or art.id
        art.published = published or art.published
        art.outlet = rec.get("outlet") or art.outlet
        art.title = rec.get("title") or art.title
        return validate.article(art)
    if not isinstance(text, str):
        raise BadInput('a JSON Lines record needs a "text" string')
    check_text(text)
    return validate.article(Article(
        id=rid or article_id_for(text), text=text, url=rec.get("url"), outlet=rec.get("outlet"),
        published=published, title=rec.get("title"), language=rec.get("language") or "ar", source_path=source,
    ))


_article_from_record = article_from_record   # the name of the first version


def label(path: Path) -> str:
    """A path as text that can be printed and stored: a file name that is not valid UTF-8 keeps its
    odd bytes as \\x escapes (Python holds them as lone surrogates, which no terminal or database takes)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"),
          (stat.S_ISCHR, "a character device such as /dev/zero"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> BadInput:
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return BadInput(f"not a regular file ({kind}); only files are read")


def open_regular(path: Path) -> IO[bytes]:
    """`path` opened for reading when it is (or links to) a regular file; BadInput otherwise.

    The type is checked before opening (opening a named pipe would wait for a writer) and again on
    the open file (in case the path was replaced in between); nothing blocks.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise _not_regular(os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(mode)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(fh: IO[bytes], limit: int, what: str = "file") -> bytes:
    """At most `limit` bytes of `fh`; BadInput when there are more (counted as they are read)."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{what} too large (more than {limit / 2**20:.0f} MiB; the limit is {limit / 2**20:.0f} MiB)")
    return data


class _LongLine:
    """A JSON line over the limit, skipped without being held in memory."""

    def __init__(self, size: int):
        self.size = size


def _lines(fh: IO[bytes], limit: int) -> Iterator[bytes | _LongLine]:
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:                        # skip the rest of it, a block at a time
                chunk = fh.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield _LongLine(size)
        else:
            yield line


def _json_failure(where: str, exc: json.JSONDecodeError, line: str) -> IngestFailure:
    msg = re.sub(r"\s+at$", "", exc.msg)    # json's messages end in "at" before the position
    cut = msg.startswith("Unterminated") or exc.pos >= len(line.rstrip())
    hint = " (the line is cut short?)" if cut else ""
    return IngestFailure(where, f"not valid JSON: {msg[:1].lower() + msg[1:]} at column {exc.colno}{hint}")


def _record(raw: bytes, where: str) -> Article | IngestFailure:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return IngestFailure(where, f"not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8")
    try:
        return article_from_record(json.loads(line), where)
    except json.JSONDecodeError as exc:
        return _json_failure(where, exc, line)
    except RecursionError:
        return IngestFailure(where, "not valid JSON: nested too deeply")
    except BadInput as exc:
        return IngestFailure(where, str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser error in one record must not stop the file
        return IngestFailure(where, f"{type(exc).__name__}: {exc}")


def _jsonl_lines(fh: IO[bytes], src: str, gz: bool) -> Iterator[bytes | _LongLine] | IngestFailure:
    head = fh.read(4)
    fh.seek(0)
    if not gz and (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (len(head) == 4 and 0 in head)):
        # UTF-16 JSON Lines (rare): decoded whole, within a limit
        try:
            data = read_limited(fh, MAX_BYTES * 4, "UTF-16 JSON Lines file")
        except BadInput as exc:
            return IngestFailure(src, f"{exc}; convert it to UTF-8")
        return iter([ln.encode("utf-8") for ln in decode(data).splitlines()])
    return _lines(gzip.open(fh) if gz else fh, MAX_BYTES)   # streamed


def _read_jsonl(path: Path, gz: bool = False) -> Iterator[Article | IngestFailure]:
    src = label(path)
    with open_regular(path) as fh:
        lines = _jsonl_lines(fh, src, gz)
        if isinstance(lines, IngestFailure):
            yield lines
            return
        yield from _jsonl_records(lines, src, 1)


def _jsonl_records(lines: Iterable[bytes | _LongLine], src: str, first_line: int) -> Iterator[Article | IngestFailure]:
    """The records of `lines`, the first of them line `first_line` of the file `src`."""
    lineno = first_line - 1
    try:
        for lineno, raw in enumerate(lines, start=first_line):
            where = f"{src}:{lineno}"
            if isinstance(raw, _LongLine):
                yield IngestFailure(where, f"record too large ({raw.size / 2**20:.1f} MiB; the limit is "
                                           f"{MAX_BYTES / 2**20:.0f} MiB)")
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            if raw.strip():
                yield _record(raw, where)
    except (OSError, EOFError, zlib.error) as exc:   # a damaged or truncated .gz
        yield IngestFailure(f"{src}:{lineno + 1}", f"damaged compressed file ({exc}); the lines before were read")


def is_jsonl(path: Path) -> bool:
    """A JSON Lines file by its name (`.jsonl`, `.ndjson`, gzipped or not)."""
    return _is_jsonl(path)[0]


def is_plain_jsonl(path: Path) -> bool:
    """A JSON Lines file that is neither gzipped nor UTF-16: one whose lines start at byte offsets that
    can be found by looking for newlines, so that several processes can each read a slice of it."""
    jsonl, gz = _is_jsonl(path)
    if not jsonl or gz:
        return False
    try:
        with open_regular(path) as fh:
            head = fh.read(4)
    except (OSError, BadInput):
        return False
    return not (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (len(head) == 4 and 0 in head))


def _lines_within(fh: IO[bytes], size: int) -> Iterator[bytes | _LongLine]:
    """The lines of `fh` from where it stands that begin within the next `size` bytes."""
    read = 0
    if size <= 0:
        return
    for line in _lines(fh, MAX_BYTES):
        yield line
        read += line.size if isinstance(line, _LongLine) else len(line)
        if read >= size:
            return


def read_jsonl_range(path: Path, start: int, end: int, first_line: int) -> Iterator[Article | IngestFailure]:
    """The records of a plain JSON Lines file (`is_plain_jsonl`) on the lines from byte `start` to byte
    `end`, both the start of a line (or the file's end); the first of them is line `first_line`.

    A slice of the file, read by one of several processes, gives the same articles and failures
    ("file:line") as the same lines read with the whole file.
    """
    src = label(path)
    try:
        with open_regular(path) as fh:
            fh.seek(start)
            yield from _jsonl_records(_lines_within(fh, end - start), src, first_line)
    except BadInput as exc:
        yield IngestFailure(src, str(exc))
    except OSError as exc:
        yield IngestFailure(src, f"cannot read: {exc.strerror or exc}")


def _is_jsonl(path: Path) -> tuple[bool, bool]:
    """(JSON Lines?, gzipped?) from the file name."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return Path(name[:-3]).suffix in JSONL_SUFFIXES, True
    return path.suffix.lower() in JSONL_SUFFIXES, False


def read_path(path: Path) -> Iterator[Article | IngestFailure]:
    """Articles of one file (a JSON Lines file may hold many)."""
    path = Path(path)
    src = label(path)
    try:
        jsonl, gz = _is_jsonl(path)
        if jsonl:
            yield from _read_jsonl(path, gz)
            return
        suffix = path.suffix.lower()
        limit = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_BYTES
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise BadInput(f"file too large ({size / 2**20:.1f} MiB; the limit is {limit / 2**20:.0f} MiB)")
            data = read_limited(fh, limit)
        if suffix in HTML_SUFFIXES:
            from rasd.ingest.html import article_from_html, decode_html

            yield validate.article(article_from_html(decode_html(data), source=src))
            return
        text = decode(data)
        check_text(text)
        yield validate.article(Article(id=article_id_for(text, path.stem), text=text, source_path=src))
    except BadInput as exc:
        yield IngestFailure(src, str(exc))
    except OSError as exc:
        yield IngestFailure(src, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - a parser error must not stop the batch
        yield IngestFailure(src, f"{type(exc).__name__}: {exc}")


def _identity(p: Path) -> tuple:
    """What makes two paths the same file or directory (device and inode), or the path when it cannot be read."""
    try:
        st = p.stat()
        return (st.st_dev, st.st_ino)
    except OSError:
        return (str(p),)


def _walk(root: Path, seen_dirs: set, out: list[Path]) -> None:
    """Every non-hidden entry that is not a directory under `root`, each directory listed once."""
    found: list[Path] = []
    stack = [root]
    while stack:
        d = stack.pop()
        key = _identity(d)
        if key in seen_dirs:
            continue                 # a symbolic link back into a directory already walked
        seen_dirs.add(key)
        try:
            entries = list(d.iterdir())
        except OSError:
            found.append(d)          # reported as unreadable by read_all
            continue
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.is_dir():
                stack.append(e)
            else:
                found.append(e)
    out.extend(sorted(found))


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and every file under directories named, in a stable order; each file and each
    directory once, however many symbolic links or arguments lead to it."""
    walked: list[Path] = []
    seen_dirs: set = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            _walk(p, seen_dirs, walked)
        else:
            walked.append(p)
    out: list[Path] = []
    seen_files: set = set()
    for f in walked:
        key = _identity(f) if f.is_file() else (str(f),)   # special files are each reported where they are
        if key not in seen_files:
            seen_files.add(key)
            out.append(f)
    return out


def read_all(paths: Iterable[str | Path]) -> Iterator[Article | IngestFailure]:
    for path in expand(paths):
        if not path.exists():
            what = "broken symbolic link" if path.is_symlink() else "no such file or directory"
            yield IngestFailure(label(path), what)
            continue
        if path.is_dir():
            yield IngestFailure(label(path), "cannot list the directory (permission denied?)")
            continue
        yield from read_path(path)
