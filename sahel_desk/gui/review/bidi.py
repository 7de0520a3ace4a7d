"""Right-to-left reading of mixed text: ids, dates, numbers, URLs and Latin names kept
whole inside Arabic sentences and right-to-left table cells.

Qt lays a table cell out in the view's direction, so in Arabic "yes." reads ".yes",
and a date after Arabic words reads "07-05-2017". A value wrapped in a first-strong
isolate (FSI ... PDI) keeps its own direction and does not decide the sentence's:
a label that starts with an id still reads right to left. Nothing changes in a
left-to-right language, where the same text is shown as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FSI = "\u2068"
PDI = "\u2069"


def right_to_left() -> bool:
    """Whether the application is laid out right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(value: Any) -> str:
    """``value`` as text that keeps its own direction inside a right-to-left line."""
    text = "" if value is None else str(value)
    if not text or not right_to_left():
        return text
    return f"{FSI}{text}{PDI}"


def isolated(**values: Any) -> dict[str, str]:
    """The named values of a ``str.format`` call, each isolated."""
    return {name: isolate(value) for name, value in values.items()}


def reply_mark() -> str:
    """The arrow before a reply: it turns towards where the line starts."""
    return "↲" if right_to_left() else "↳"

