"""Which way a text runs, so fields holding Arabic read and edit right to left."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget

_RTL_CLASSES = frozenset(("R", "AL"))


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first letter that has one (as the Unicode bidi rules do)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def is_arabic_script(text: str) -> bool:
    """Whether the text's first letter is Arabic script (bidi class AL)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind == "AL"
    return False


def follow_text(widget: QTextEdit | QLineEdit, text: str) -> None:
    """Lay the widget out in the direction of its text; text without letters keeps it."""
    direction = strong_direction(text)
    if direction is None:
        if text.strip():
            return
        direction = _default_direction(widget)
    if widget.layoutDirection() == direction:
        return
    widget.setLayoutDirection(direction)
    if isinstance(widget, QTextEdit):
        # Each line still runs its own way; lines without letters (a bare date, a
        # blank line) follow the widget.
        document = widget.document()
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(direction)
        document.setDefaultTextOption(option)


def _default_direction(widget: QWidget) -> Qt.LayoutDirection:
    parent = widget.parentWidget()
    return parent.layoutDirection() if parent else Qt.LayoutDirection.LeftToRight
