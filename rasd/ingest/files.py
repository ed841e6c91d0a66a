"""Articles from files: plain text, JSON Lines, HTML pages, directories of them.

Every input yields either an `Article` or an `IngestFailure` that says in
words what is wrong with it; one bad file never stops a batch.  Encodings
seen in Arabic news (UTF-8 with or without BOM, UTF-16 with or without
BOM, Windows-1256, ISO-8859-6) are detected; a charset the input declares
(HTTP header, HTML <meta>) is respected when the bytes are valid in it.

JSON Lines files are read one line at a time, so a corpus file may be far
larger than the limit for a single article.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.model import Article

MAX_BYTES = 5 * 1024 * 1024        # a text file or one JSON line larger than this is refused: no article is
MAX_HTML_BYTES = 15 * 1024 * 1024  # saved pages carry scripts and inline images: a larger limit
MAX_CHARS = 400_000                # decoded article text; the longest dev/seed article is < 5,000
MIN_ARABIC_LETTERS = 40            # fewer Arabic letters than this is not an Arabic article
MIN_ARABIC_SHARE = 0.3             # share of letters that must be Arabic
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")
# single-byte Arabic code pages, in order of preference when both decode equally well
_ARABIC_CODEPAGES = ("cp1256", "iso-8859-6")


@dataclass
class IngestFailure:
    source: str
    reason: str


class BadInput(ValueError):
    """An input that cannot become an article; the message is for the user."""


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
    enc = normalise_charset(declared)
    if enc and not enc.startswith("utf-16"):   # a UTF-16 label on bytes without a BOM is always wrong in HTML
        if enc != "utf-8" and not data.isascii():
            # UTF-8 served under a legacy label is the commonest error on Arabic sites, and Windows-1256
            # decodes any bytes (into "ظ…ط§" mojibake); non-ASCII bytes that are valid UTF-8 are UTF-8
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass                              # declared wrongly: detect instead
    if b"\x00" in data[:4096]:
        text = _utf16_guess(data)
        if text is not None:
            return text
        raise BadInput("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best: tuple[float, str] | None = None
    for cp in _ARABIC_CODEPAGES:
        try:
            text = data.decode(cp)
        except UnicodeDecodeError:
            continue
        share = arabic_share(text)
        if share >= MIN_ARABIC_SHARE and (best is None or share > best[0] + 1e-9):
            best = (share, text)
    if best is not None:
        return best[1]
    try:
        from charset_normalizer import from_bytes

        guess = from_bytes(data).best()
        if guess is not None:
            return str(guess)
    except ImportError:  # pragma: no cover
        pass
    raise BadInput("not valid text in any encoding tried (UTF-8, UTF-16, Windows-1256, ISO-8859-6)")


def arabic_share(text: str) -> float:
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _ARABIC_LETTER.match(ch)) / len(letters)


def check_text(text: str) -> str:
    """The text if it is an Arabic article; BadInput with the reason otherwise."""
    if not text.strip():
        raise BadInput("empty after decoding")
    if "\x00" in text:
        raise BadInput("binary content (NUL characters)")
    if len(text) > MAX_CHARS:
        raise BadInput(f"text too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    if text.count("\ufffd") > 20:
        raise BadInput(f"damaged text ({text.count(chr(0xfffd))} undecodable characters)")
    n_arabic = len(_ARABIC_LETTER.findall(text))
    if n_arabic < MIN_ARABIC_LETTERS:
        raise BadInput(f"not Arabic text ({n_arabic} Arabic letters; at least {MIN_ARABIC_LETTERS} needed)")
    share = arabic_share(text)
    if share < MIN_ARABIC_SHARE:
        raise BadInput(f"not Arabic text (only {share:.0%} of its letters are Arabic)")
    return text


def article_id_for(text: str, hint: str | None = None) -> str:
    if hint:
        return re.sub(r"[^\w.-]+", "_", hint)[:80]
    digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
    return f"a-{digest}"


def article_from_record(rec: object, source: str) -> Article:
    """One JSON Lines record ({"text"| "html", "id", "url", "published", ...}) -> Article."""
    if not isinstance(rec, dict):
        raise BadInput("a JSON Lines record must be an object")
    published = rec.get("published") or rec.get("date")
    if published is not None and not re.match(r"^\d{4}-\d{2}-\d{2}", str(published)):
        raise BadInput(f'"published" must be an ISO date (YYYY-MM-DD), got {published!r}')
    text = rec.get("text")
    if not isinstance(text, str) and isinstance(rec.get("html"), str):
        from rasd.ingest.html import article_from_html

        art = article_from_html(rec["html"], source=source, url=rec.get("url"))
        art.id = str(rec.get("id") or art.id)
        art.published = str(published)[:10] if published else art.published
        art.outlet = rec.get("outlet") or art.outlet
        art.title = rec.get("title") or art.title
        return art
    if not isinstance(text, str):
        raise BadInput('a JSON Lines record needs a "text" string')
    check_text(text)
    return Article(
        id=str(rec.get("id") or article_id_for(text)), text=text, url=rec.get("url"), outlet=rec.get("outlet"),
        published=str(published)[:10] if published else None, title=rec.get("title"),
        language=rec.get("language") or "ar", source_path=source,
    )


_article_from_record = article_from_record   # the name of the first version


def _read_jsonl(path: Path) -> Iterator[Article | IngestFailure]:
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (len(head) == 4 and 0 in head):
            # UTF-16 JSON Lines (rare): decode whole, within the single-article limit
            size = path.stat().st_size
            if size > MAX_BYTES * 4:
                yield IngestFailure(src, f"UTF-16 JSON Lines file too large ({size / 2**20:.1f} MiB); convert it to UTF-8")
                return
            lines = [ln.encode("utf-8") for ln in decode(fh.read()).splitlines()]
        else:
            lines = fh   # streamed
        for lineno, raw in enumerate(lines, start=1):
            where = f"{src}:{lineno}"
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            if not raw.strip():
                continue
            if len(raw) > MAX_BYTES:
                yield IngestFailure(where, f"record too large ({len(raw) / 2**20:.1f} MiB; the limit is "
                                           f"{MAX_BYTES / 2**20:.0f} MiB)")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield IngestFailure(where, f"not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8")
                continue
            try:
                yield article_from_record(json.loads(line), where)
            except json.JSONDecodeError as exc:
                yield IngestFailure(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            except BadInput as exc:
                yield IngestFailure(where, str(exc))
            except Exception as exc:  # a parser error in one record must not stop the file
                yield IngestFailure(where, f"{type(exc).__name__}: {exc}")


def read_path(path: Path) -> Iterator[Article | IngestFailure]:
    """Articles of one file (a JSON Lines file may hold many)."""
    path = Path(path)
    src = str(path)
    try:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
            return
        size = path.stat().st_size
        limit = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_BYTES
        if size > limit:
            raise BadInput(f"file too large ({size / 2**20:.1f} MiB; the limit is {limit / 2**20:.0f} MiB)")
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES:
            from rasd.ingest.html import article_from_html, decode_html

            yield article_from_html(decode_html(data), source=src)
            return
        text = decode(data)
        check_text(text)
        yield Article(id=article_id_for(text, path.stem), text=text, source_path=src)
    except BadInput as exc:
        yield IngestFailure(src, str(exc))
    except OSError as exc:
        yield IngestFailure(src, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a parser error must not stop the batch
        yield IngestFailure(src, f"{type(exc).__name__}: {exc}")


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and every readable file under directories named, in a stable order."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*")
                              if not any(part.startswith(".") for part in f.relative_to(p).parts)
                              and (f.is_file() or f.is_symlink())))
        else:
            out.append(p)
    return out


def read_all(paths: Iterable[str | Path]) -> Iterator[Article | IngestFailure]:
    for path in expand(paths):
        if not path.exists():
            what = "broken symbolic link" if path.is_symlink() else "no such file or directory"
            yield IngestFailure(str(path), what)
            continue
        yield from read_path(path)
