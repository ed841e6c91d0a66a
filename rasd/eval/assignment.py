"""Best one-to-one pairing of two lists (the assignment problem), for SCHEMA.md's event rule.

SCHEMA.md pairs events with the Hungarian algorithm over one weight per pair:
a fixed bonus for being a pair at all (so that one more pair outweighs any
agreement) plus the number of agreeing fields.  Where two pairings weigh
the same, the reference scorer keeps the one its Kuhn-Munkres search meets
first; `best_pairing` runs the same search (rows in order, columns scanned in
order, the first smallest slack taken), so both scorers pair the same events
for the same lists.

The search is the textbook O(n^3) version with row and column potentials,
on the square cost matrix `top - weight` (missing rows or columns weigh 0).
"""
from __future__ import annotations

from collections.abc import Sequence

_INF = float("inf")


def best_pairing(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a maximum-weight assignment of a rectangular weight matrix.

    Every row and column takes part in the square problem; pairs of weight 0 are still returned
    (the caller drops them: a weight of 0 means "not allowed").
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if not n or not m:
        return []
    size = max(n, m)
    top = max(max(row) for row in weights)
    cost = [[top - (weights[i][j] if i < n and j < m else 0) for j in range(size)] for i in range(size)]
    row_of_col = _kuhn_munkres(cost, size)
    return [(row_of_col[j] - 1, j - 1) for j in range(1, size + 1)
            if row_of_col[j] and row_of_col[j] - 1 < n and j - 1 < m]


def _kuhn_munkres(cost: list[list[float]], size: int) -> list[int]:
    """Minimum-cost perfect assignment; returns, for each column 1..size, its row (1-based; 0 unused)."""
    row_pot = [0.0] * (size + 1)
    col_pot = [0.0] * (size + 1)
    row_of_col = [0] * (size + 1)      # column 0 is the virtual start of each augmenting search
    for row in range(1, size + 1):
        row_of_col[0] = row
        came_from = _grow_tree(cost, size, row_pot, col_pot, row_of_col)
        _augment(row_of_col, came_from)
    return row_of_col


def _grow_tree(cost, size, row_pot, col_pot, row_of_col) -> tuple[list[int], int]:
    """Dijkstra-like growth of the alternating tree from the new row until a free column is reached;
    updates the potentials and returns the tree (each column's predecessor) with that free column."""
    min_slack = [_INF] * (size + 1)
    came_from = [0] * (size + 1)
    in_tree = [False] * (size + 1)
    col = 0
    while True:
        in_tree[col] = True
        row, delta, next_col = row_of_col[col], _INF, 0
        for j in range(1, size + 1):
            if in_tree[j]:
                continue
            slack = cost[row - 1][j - 1] - row_pot[row] - col_pot[j]
            if slack < min_slack[j]:
                min_slack[j], came_from[j] = slack, col
            if min_slack[j] < delta:
                delta, next_col = min_slack[j], j
        for j in range(size + 1):
            if in_tree[j]:
                row_pot[row_of_col[j]] += delta
                col_pot[j] -= delta
            else:
                min_slack[j] -= delta
        col = next_col
        if row_of_col[col] == 0:
            return came_from, col


def _augment(row_of_col: list[int], tree: tuple[list[int], int]) -> None:
    """Flip the alternating path that ends at the free column found by `_grow_tree`."""
    came_from, col = tree
    while col:
        prev = came_from[col]
        row_of_col[col] = row_of_col[prev]
        col = prev
