"""What sources and claims say about the toll, beside what the coder codes.

The codebook is conservative: when sources disagree the best estimate is the
lowest reported number, and a perpetrator's claim is context, never a count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication


def _numbers(rows: Iterable[Mapping[str, Any]], key: str) -> list[int]:
    return [row[key] for row in rows
            if isinstance(row.get(key), int) and not isinstance(row.get(key), bool)
            and row[key] >= 0]


def reported_range(sources: Iterable[Mapping[str, Any]], key: str = "killed"
                   ) -> tuple[int, int] | None:
    """Lowest and highest number the sources report, or None when none gives one."""
    numbers = _numbers(sources, key)
    return (min(numbers), max(numbers)) if numbers else None


def conservative_best(sources: Iterable[Mapping[str, Any]], key: str = "killed") -> int | None:
    """The codebook's default best estimate: the lowest number reported."""
    found = reported_range(sources, key)
    return found[0] if found else None


def spread_text(sources: Iterable[Mapping[str, Any]], key: str = "killed") -> str | None:
    """"sources report 7–11" when they disagree, "sources report 7" when they agree."""
    rows = list(sources)
    numbers = _numbers(rows, key)
    if not numbers:
        return None
    low, high = min(numbers), max(numbers)
    if len(numbers) == 1:
        return QCoreApplication.translate("TollGroup", "1 source reports {number}").format(
            number=low)
    if low == high:
        return QCoreApplication.translate("TollGroup", "sources report {number}").format(
            number=low)
    return QCoreApplication.translate("TollGroup", "sources report {low}–{high}").format(
        low=low, high=high)


def claimed_text(claims: Iterable[Mapping[str, Any]], key: str) -> str | None:
    """"claimed: 17" (or "claimed: 17, 4" for several claims): shown, never copied."""
    numbers = _numbers(claims, key)
    if not numbers:
        return None
    return QCoreApplication.translate("TollGroup", "claimed: {numbers}").format(
        numbers=", ".join(map(str, numbers)))
