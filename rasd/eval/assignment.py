"""Best one-to-one pairing of two lists (the assignment problem), for the event rule.

`best_pairing` finds, among all one-to-one pairings that use only allowed
pairs, one with the most pairs and, among those, the largest total weight.
It grows the pairing one pair at a time along the augmenting path that adds
the most weight (successive shortest paths, with Bellman-Ford because
re-pairing gives weight back); after k steps the pairing is the heaviest
of all pairings with k pairs, and the last step is the largest k there is.
The result depends only on the weights, not on the order of either list.

Scoring lists are short (a few dozen events per article at most), so the
plain O(k · V · E) search is fast enough and needs no numeric library.
"""
from __future__ import annotations

from collections.abc import Mapping


def best_pairing(weights: Mapping[tuple[int, int], int], n_left: int, n_right: int) -> list[tuple[int, int]]:
    """Pairs (i, j), sorted, of a maximum-cardinality pairing of greatest total weight.

    `weights[(i, j)]` is the weight of pairing left item i with right item j; pairs that are not
    keys are not allowed.  Weights are integers (exact arithmetic: no ties lost to rounding).
    """
    edges: list[list[tuple[int, int]]] = [[] for _ in range(n_left)]
    for (i, j), w in weights.items():
        if 0 <= i < n_left and 0 <= j < n_right:
            edges[i].append((j, w))
    left_of: list[int | None] = [None] * n_right     # the left item each right item is paired with
    right_of: list[int | None] = [None] * n_left
    while True:
        path = _best_augmenting_path(edges, left_of, right_of, n_right)
        if path is None:
            break
        for i, j in path:                         # pair along the path; earlier pairs shift over
            left_of[j], right_of[i] = i, j
    return sorted((i, j) for j, i in enumerate(left_of) if i is not None)


def _best_augmenting_path(edges: list[list[tuple[int, int]]], left_of: list[int | None],
                          right_of: list[int | None], n_right: int) -> list[tuple[int, int]] | None:
    """The augmenting path that adds the most weight, as the (left, right) pairs it creates.

    Costs are negated weights: from a free left item (cost 0) along an unpaired edge to a right
    item (cost -w), and from a paired right item back over its pair to its left item (cost +w).
    """
    # cheapest known cost of reaching each item; None: not reached (yet)
    cost_left: list[int | None] = [0 if r is None else None for r in right_of]
    cost_right: list[int | None] = [None] * n_right
    came_from: list[int | None] = [None] * n_right     # the left item the best path to j leaves from
    for _ in range(len(edges) + n_right + 1):           # Bellman-Ford: there are no negative cycles
        if not _relax(edges, left_of, right_of, cost_left, cost_right, came_from):
            break
    ends = [j for j in range(n_right) if left_of[j] is None and cost_right[j] is not None]
    if not ends:
        return None
    j: int | None = min(ends, key=lambda k: (cost_right[k], k))
    path: list[tuple[int, int]] = []
    while j is not None:
        i = came_from[j]
        path.append((i, j))
        j = right_of[i]            # the right item i gives up (None at the path's free start)
    return path


def _relax(edges, left_of, right_of, cost_left, cost_right, came_from) -> bool:
    """One Bellman-Ford round over every edge; True when some cost went down."""
    changed = False
    for i, ci in enumerate(cost_left):
        if ci is None:
            continue
        for j, w in edges[i]:
            c = ci - w
            if right_of[i] == j or (cost_right[j] is not None and c >= cost_right[j]):
                continue
            cost_right[j], came_from[j] = c, i
            changed = True
            back = left_of[j]
            if back is not None:
                via = c + _weight(edges[back], j)
                if cost_left[back] is None or via < cost_left[back]:
                    cost_left[back] = via
    return changed


def _weight(edges_of_left: list[tuple[int, int]], j: int) -> int:
    return next(w for jj, w in edges_of_left if jj == j)
