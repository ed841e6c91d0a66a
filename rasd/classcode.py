"""The methods `dataclasses` writes for Rasd's classes, compiled once and kept in the cache folder.

On Python 3.11, `@dataclass` writes the source of every method it adds (`__init__`, `__repr__`, `__eq__`,
`__hash__`, and `__setattr__`/`__delattr__` for a frozen class) and compiles each with `exec` when the
class is made.  Rasd makes about 86 dataclasses when the pipeline is imported: about 380 compilations,
about 55 ms of every process's start (a third of importing the pipeline, 2026-12-06).  `install()` gives
the `dataclasses` module an `exec` of its own that looks each source up in a table of the code compiled
from it before (a marshal file in the cache folder) and compiles only the sources it does not hold.  Code
compiled from the same source text with the same flags is the same code, so the classes are the same;
classes of other packages are compiled as before and not kept.  The table is only ever a cache: a file
that cannot be read is ignored, and deleting it costs one compilation of each method.
"""
from __future__ import annotations

import atexit
import builtins
import importlib.util
import marshal
import os
import sys
import threading

# sources kept at most: more than Rasd's classes make (about 380), so that edited classes can add theirs;
# past it the table keeps only what the current process compiled
MAX_SOURCES = 4000

_lock = threading.Lock()
_table: dict[str, object] | None = None    # source -> code object; read from the file on first use
_new = 0                                   # sources compiled by this process and not yet written


def _path():
    from rasd.cache import cache_dir

    tag = f"{importlib.util.MAGIC_NUMBER.hex()}-{sys.flags.optimize}"   # a bytecode of this interpreter only
    return cache_dir() / f"dataclass-code-{tag}.marshal"


def _read() -> dict[str, object]:
    try:
        table = marshal.loads(_path().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _ours(globals_: dict | None) -> bool:
    name = (globals_ or {}).get("__name__", "")
    return isinstance(name, str) and (name == "rasd" or name.startswith("rasd."))


def cached_exec(source, globals_=None, locals_=None):
    """`exec` as `dataclasses` calls it (a source, a module's globals, a namespace), compiling a source
    of Rasd's modules only when the table does not hold it."""
    global _table, _new
    if globals_ is None:
        import dataclasses

        globals_ = vars(dataclasses)   # what the built-in exec called from there would use
    if not isinstance(source, str):
        return builtins.exec(source, globals_, locals_)
    if not _ours(globals_):
        # compiled here as there: with the flags of the dataclasses module's own frame (none), not with
        # those of this module's `from __future__` (the built-in exec of a source inherits its caller's)
        return builtins.exec(compile(source, "<string>", "exec", dont_inherit=True), globals_, locals_)
    with _lock:
        if _table is None:
            _table = _read()
        code = _table.get(source)
        if code is None:
            code = _table[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new += 1
    return builtins.exec(code, globals_, locals_)


def install() -> None:
    """Have `dataclasses` compile through the table (idempotent)."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is not cached_exec:
        dataclasses.exec = cached_exec   # a module global shadows the built-in for that module only
        atexit.register(save)


def save() -> None:
    """Write the table when this process compiled sources it did not hold (merged with the file's)."""
    global _new
    with _lock:
        if not _new or _table is None:
            return
        table = {**_read(), **_table} if len(_table) < MAX_SOURCES else dict(_table)
        if len(table) > MAX_SOURCES:
            table = dict(_table)
        _new = 0
    try:
        path = _path()
        tmp = path.with_suffix(f".{os.getpid()}.tmp")   # several processes may write at once
        tmp.write_bytes(marshal.dumps(table))
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only cache folder: the next process compiles again
