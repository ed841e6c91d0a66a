"""Read-only tables of the GeoNames index that unpickle as a few strings and arrays.

The index's dicts of lists (normalised name -> rows, row -> Latin names or name skeletons) were about
250,000 small objects of the compiled resources (a list per name, an int per row, a str per alternate
name), a fifth of unpickling the resources at every start (2026-12-06).  A process reads a few dozen of
their entries an article.  Here each table is kept as one string of its keys or texts and arrays of
numbers, unpickled as a handful of objects; an entry is made when it is read (a binary search for a
name, kept for the next time; a slice of the texts for a row).  They answer as the dicts they replace:
the same values in the same order, and iteration in the order of the table they were made from.
`GeoIndex` turns its plain tables into these when it is pickled; a table these cannot hold (a key or
text with the separator in it) is pickled as it is.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

SEP = "\x00"   # between keys and after each text: GeoNames' names and Rasd's normalised keys never hold it


def _ends(lengths) -> array:
    """Offsets 0, l0, l0+l1, ... (one more than the lengths)."""
    out = array("i", [0])
    total = 0
    for n in lengths:
        total += n
        out.append(total)
    return out


class NameRows(Mapping):
    """str -> list[int] (a name's rows), answered by binary search over the sorted names."""

    __slots__ = ("_keys", "_order", "_rows", "_seen", "_starts")

    def __init__(self, joined: str, order: array, starts: array, rows: array) -> None:
        self._keys = joined.split(SEP) if len(starts) > 1 else []   # sorted
        self._order, self._starts, self._rows = order, starts, rows  # order: the sorted index of each key as given
        # names read before -> their rows (one list per name, as the dict held), so that a name the feed
        # names every day costs one look-up; at most as many as the table holds
        self._seen: dict[str, list[int]] = {}

    @classmethod
    def of(cls, table: Mapping[str, Sequence[int]]) -> Mapping[str, Sequence[int]]:
        """The same table as a NameRows, or `table` itself when a key holds the separator."""
        if isinstance(table, NameRows):
            return table
        given = list(table)
        if any(SEP in k for k in given):
            return table
        by_name = sorted(range(len(given)), key=given.__getitem__)
        keys = [given[i] for i in by_name]
        order = array("i", [0] * len(given))
        for pos, i in enumerate(by_name):
            order[i] = pos
        values = [table[k] for k in keys]
        return cls(SEP.join(keys), order, _ends(map(len, values)), array("i", [r for v in values for r in v]))

    def __reduce__(self):
        return (type(self), (SEP.join(self._keys), self._order, self._starts, self._rows))

    def _find(self, key) -> int:
        keys = self._keys
        if type(key) is not str:
            return -1
        i = bisect_left(keys, key)
        return i if i < len(keys) and keys[i] == key else -1

    def get(self, key, default=None):
        rows = self._seen.get(key) if type(key) is str else None   # the resolver asks ~16 names an article
        if rows is None:
            i = self._find(key)
            if i < 0:
                return default
            rows = self._seen[key] = self._rows[self._starts[i]:self._starts[i + 1]].tolist()
        return rows

    def __getitem__(self, key) -> list[int]:
        rows = self.get(key)
        if rows is None:
            raise KeyError(key)
        return rows

    def __contains__(self, key) -> bool:
        return self._find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        keys = self._keys
        return (keys[i] for i in self._order)

    def __len__(self) -> int:
        return len(self._keys)


class RowTexts(Mapping):
    """int -> list[str] or set[str] (a row's names), the rows ascending as given; a row's collection is made
    from one slice of a string when read."""

    __slots__ = ("_as_set", "_keys", "_starts", "_text")

    def __init__(self, keys: array, starts: array, text: str, as_set: bool) -> None:
        self._keys, self._starts, self._text, self._as_set = keys, starts, text, as_set

    @classmethod
    def of(cls, table: Mapping[int, Sequence[str] | set[str]]) -> Mapping:
        """The same table as a RowTexts, or `table` itself when it is not rows ascending to lists (or to
        sets) of texts without the separator."""
        if isinstance(table, RowTexts) or not table:
            return table
        keys = list(table)
        values = list(table.values())
        as_set = isinstance(values[0], set)
        kind = set if as_set else list
        if (any(type(k) is not int for k in keys) or any(a >= b for a, b in zip(keys, keys[1:], strict=False))
                or any(type(v) is not kind for v in values)
                or any(SEP in t for v in values for t in v)):
            return table
        parts = ["".join(t + SEP for t in v) for v in values]
        return cls(array("i", keys), _ends(map(len, parts)), "".join(parts), as_set)

    def __reduce__(self):
        return (type(self), (self._keys, self._starts, self._text, self._as_set))

    def _find(self, key) -> int:
        keys = self._keys
        if type(key) is not int:
            return -1
        i = bisect_left(keys, key)
        return i if i < len(keys) and keys[i] == key else -1

    def _value(self, i: int):
        texts = self._text[self._starts[i]:self._starts[i + 1]].split(SEP)
        texts.pop()                      # each text ends with the separator: the last piece is empty
        return set(texts) if self._as_set else texts

    def get(self, key, default=None):
        i = self._find(key)
        return self._value(i) if i >= 0 else default

    def __getitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._value(i)

    def __contains__(self, key) -> bool:
        return self._find(key) >= 0

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._keys)

