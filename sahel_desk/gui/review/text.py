"""How review values read in tables: minutes not microseconds, a dash for nothing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sahel_desk.services.readable import STATUS_LABELS

NOTHING = "—"


def when(value: datetime | None) -> str:
    """A time to the minute (history times are UTC)."""
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def shown(value: Any) -> str:
    """One value as a cell shows it; None is "not coded", not an empty string."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return when(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def state_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")

PENDING_NOTE = ("Pending revision: the approved version stays in reports until this is "
                "approved.")
