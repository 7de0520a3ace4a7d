"""What reading a claim yields: suggestions a coder accepts or ignores, never applied.

Each suggestion keeps the exact character span it came from so the GUI can
highlight the words behind it next to the field it would fill.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: The kinds of suggestion, in the order a coder usually reviews them.
KINDS = (
    "date",
    "channel",
    "claimant",
    "place",
    "actor",
    "killed",
    "wounded",
    "vehicles_seized",
    "weapons_seized",
    "captured",
)


@dataclass(frozen=True)
class Suggestion:
    """One finding: ``text[start:end] == source_text`` in the claim it came from.

    ``value`` is None for a count claimed without a number (the note says so).
    ``candidates`` lists (name, score) pairs when a lookup offered several.
    """

    kind: str
    value: Any
    start: int
    end: int
    source_text: str
    note: str = ""
    candidates: tuple[tuple[str, float], ...] = field(default=())


@dataclass(frozen=True)
class ClaimReading:
    """A claim's text and everything read from it."""

    text: str
    hijri_written: str | None
    hijri: tuple[int, int, int] | None
    gregorian_date: dt.date | None
    weekday_note: str
    channel: str | None
    claimant: str | None
    suggestions: tuple[Suggestion, ...]
    first_line: int = 1

    def of_kind(self, kind: str) -> tuple[Suggestion, ...]:
        """The suggestions of one kind, in text order."""
        return tuple(s for s in self.suggestions if s.kind == kind)

    def count(self, kind: str) -> int | None:
        """The claimed number for a count kind, summed over mentions; None if none given."""
        values = [s.value for s in self.of_kind(kind) if isinstance(s.value, int)]
        return sum(values) if values else None
