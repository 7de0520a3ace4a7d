"""Each incident with its best match only, not with everything nearby.

A busy town sees several events a week; an incident coded twice has one other
record, not five. So pairs are taken best first, and an incident already
paired is not offered again: its other neighbours were merely near. A third
report of the same event is shown once the first two are merged or dismissed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def best_matches(scored: Iterable[tuple[float, str, str, T]]) -> list[tuple[float, str, str, T]]:
    """From (score, id, id, anything) candidates, the pairs in which each incident is at
    most once, best score first (ties by ids, so the answer never depends on order)."""
    taken: set[str] = set()
    chosen = []
    for item in sorted(scored, key=lambda s: (-s[0], min(s[1], s[2]), max(s[1], s[2]))):
        _, a, b, _ = item
        if a in taken or b in taken:
            continue
        taken.update((a, b))
        chosen.append(item)
    return chosen
