"""Right-to-left reading of mixed text in the review, exchange and report windows.

gui.i18n.bidi isolates every table cell and gives :func:`isolate`; here are the
pieces these windows add: several values of one sentence isolated at once, and
the arrow before a reply, which must point the way the line reads.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sahel_desk.gui.i18n.bidi import isolate

__all__ = ["isolate", "isolated", "paragraph", "reply_mark", "right_to_left", "slants"]

#: a strong right-to-left character: a cell that starts with it reads right to left
RLM = "\u200f"


def right_to_left() -> bool:
    """Whether the application is laid out right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolated(**values: Any) -> dict[str, str]:
    """The named values of a ``str.format`` call, each isolated (None as nothing)."""
    return {name: isolate("" if value is None else value) for name, value in values.items()}


def paragraph(rich: str) -> str:
    """A label's rich text that may start with a value (an id, a file name), as a
    right-to-left paragraph in a mirrored window: Qt's rich text takes a paragraph's
    direction from its first letter, isolated or not. (The label must be told its text
    is rich: the mark before the first tag hides it from Qt's guess.)"""
    return f"{RLM}{rich}" if right_to_left() else rich


def reply_mark() -> str:
    """The arrow before a reply, at the start of the line and turned towards its text:
    "↳ text" left to right, "text ↲" right to left."""
    return f"{RLM}↲" if right_to_left() else "↳"


def slants(text: str) -> bool:
    """Whether ``text`` may be set in italics: not when it holds right-to-left letters,
    which have no italics (and the oblique fonts many systems have no Arabic glyphs:
    the letters would show as empty boxes)."""
    return not any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)
