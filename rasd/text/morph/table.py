"""A read-only string -> small-integer-list table in one flat file, used in place.

A Python dict of half a million forms takes a second to unpickle; this table
is opened with one read (or a memory map) and is usable at once, whatever its
size, because nothing is rebuilt: an open-addressing hash table of key
numbers (CRC-32 of the UTF-8 key, linear probing, load ≤ 0.5) over
concatenated keys and values, all unsigned 32-bit integers in the machine's
byte order.  Lookup costs a CRC, one or two probes and a bytes compare.

Layout: header | meta (pickled, small) | slots | key offsets | keys | value offsets | values | bytes_per_key
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAGIC = b"RASDTBL1"
_HEADER = struct.Struct("<8sIIIIIIIII")  # magic, n_keys, n_slots, meta, slots, koff, keys, voff, vals, extra
_ALIGN = 8


def _pad(n: int) -> int:
    return (-n) % _ALIGN


def build(items: dict[str, list[int]], meta: Any, extra: bytes = b"") -> bytes:
    """Serialise `items` (key -> value ids < 2**32), a picklable `meta` and `extra` bytes
    (the same number for every key, in the order of `items`)."""
    keys = list(items)
    n = len(keys)
    n_slots = 8
    while n_slots < 2 * n:
        n_slots *= 2
    mask = n_slots - 1
    slots = array("I", bytes(4 * n_slots))
    koff, voff, vals = array("I", [0]), array("I", [0]), array("I")
    blob = bytearray()
    for i, k in enumerate(keys):
        kb = k.encode("utf-8")
        blob += kb
        koff.append(len(blob))
        vals.extend(items[k])
        voff.append(len(vals))
        h = zlib.crc32(kb) & mask
        while slots[h]:
            h = (h + 1) & mask
        slots[h] = i + 1
    if n and len(extra) % n:
        raise ValueError("extra must hold the same number of bytes for every key")
    sections = [
        pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL),
        slots.tobytes(),
        koff.tobytes(),
        bytes(blob),
        voff.tobytes(),
        vals.tobytes(),
        bytes(extra),
    ]
    head = _HEADER.pack(MAGIC, n, n_slots, *(len(s) for s in sections))
    out = bytearray(head + bytes(_pad(len(head))))
    for s in sections:
        out += s + bytes(_pad(len(s)))
    return bytes(out)


def write(path: Path, data: bytes) -> None:
    """Write atomically (several processes may build at once: each its own temporary file)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class Table:
    """An opened table: `get(key)` -> tuple of value ids (empty when absent)."""

    def __init__(self, buf: bytes | mmap.mmap) -> None:
        head = _HEADER.unpack_from(buf, 0)
        if head[0] != MAGIC:
            raise ValueError("not a Rasd table")
        self.n, n_slots = head[1], head[2]
        self._mask = n_slots - 1
        pos = _HEADER.size + _pad(_HEADER.size)
        parts = []
        for length in head[3:]:
            parts.append((pos, length))
            pos += length + _pad(length)
        view = memoryview(buf)
        (m0, m1), (s0, s1), (k0, k1), (b0, _), (v0, v1), (x0, x1), (e0, e1) = parts
        self.meta = pickle.loads(view[m0 : m0 + m1])
        self._slots = view[s0 : s0 + s1].cast("I")
        self._koff = view[k0 : k0 + k1].cast("I")
        self._voff = view[v0 : v0 + v1].cast("I")
        self._vals = view[x0 : x0 + x1].cast("I")
        self._buf, self._k0, self._e0 = (
            buf,
            b0,
            e0,
        )  # keys and extra bytes are sliced from the buffer: no copy
        self._width = e1 // self.n if self.n else 0

    @classmethod
    def open(cls, path: Path) -> Table:
        with open(path, "rb") as f:
            try:
                buf: bytes | mmap.mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError):  # an empty file or a file system without mmap
                buf = f.read()
        return cls(buf)

    def _find(self, kb: bytes) -> int:
        mask, slots, koff, buf, k0 = self._mask, self._slots, self._koff, self._buf, self._k0
        h = zlib.crc32(kb) & mask
        while True:
            s = slots[h]
            if not s:
                return -1
            i = s - 1
            if buf[k0 + koff[i] : k0 + koff[i + 1]] == kb:
                return i
            h = (h + 1) & mask

    def _extra_of(self, i: int) -> bytes:
        a = self._e0 + i * self._width
        return self._buf[a : a + self._width]

    def get(self, key: str) -> tuple[int, ...]:
        i = self._find(key.encode("utf-8"))
        if i < 0:
            return ()
        return tuple(self._vals[self._voff[i] : self._voff[i + 1]])

    def lookup(self, key: str) -> tuple[tuple[int, ...], bytes]:
        """(values, extra bytes) of `key` in one probe; ((), b"") when absent."""
        i = self._find(key.encode("utf-8"))
        if i < 0:
            return (), b""
        return tuple(self._vals[self._voff[i] : self._voff[i + 1]]), self._extra_of(i)

    def __contains__(self, key: str) -> bool:
        return self._find(key.encode("utf-8")) >= 0

    def extra(self, key: str) -> bytes:
        """The extra bytes stored for `key` (empty when absent)."""
        i = self._find(key.encode("utf-8"))
        return self._extra_of(i) if i >= 0 else b""

    def items(self) -> Iterator[tuple[str, tuple[int, ...]]]:
        koff, voff, buf, k0 = self._koff, self._voff, self._buf, self._k0
        for i in range(self.n):
            key = buf[k0 + koff[i] : k0 + koff[i + 1]]
            yield bytes(key).decode("utf-8"), tuple(self._vals[voff[i] : voff[i + 1]])

    def __len__(self) -> int:
        return self.n


BYTE_ORDER = sys.byteorder
