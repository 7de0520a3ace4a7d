"""The line beside a date field saying what it understood, or what is wrong.

It never makes room for itself: its minimum width is nil, so a long message is
elided (whole in the tooltip) instead of widening the form, and it keeps one
line's height whether it says something or not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

PROBLEM_MARK = "⚠"
UNDERSTOOD_COLOR = "#4a5360"
PROBLEM_COLOR = "#b3261e"


class DateReading(QLabel):
    """One line: the day understood in full, a problem in red, or a quiet prompt."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dateReading")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.kind = "empty"
        self._color = UNDERSTOOD_COLOR

    def make_floating(self, owner: QWidget) -> None:
        """A small tooltip-like window of ``owner`` (shown under it), framed so that it
        reads over whatever lies below."""
        self.setParent(owner, Qt.WindowType.ToolTip)
        self._restyle()

    def show_understood(self, text: str) -> None:
        self._set("understood", text, UNDERSTOOD_COLOR)

    def show_problem(self, text: str) -> None:
        self._set("problem", f"{PROBLEM_MARK} {text}", PROBLEM_COLOR)

    def show_prompt(self, text: str) -> None:
        """Something still to type ("the year is missing" while typing "7 mai")."""
        self._set("prompt", text, UNDERSTOOD_COLOR)

    def clear_reading(self) -> None:
        self._set("empty", "", UNDERSTOOD_COLOR)

    def _set(self, kind: str, text: str, color: str) -> None:
        self.kind = kind
        self._color = color
        self.setText(text)
        self.setToolTip(text)
        self._restyle()

    def _restyle(self) -> None:
        frame = ("background: #fffef8; border: 1px solid #b8b4a8; padding: 2px 6px;"
                 if self.isWindow() else "padding: 0 4px;")
        self.setStyleSheet(f"QLabel#dateReading {{ color: {self._color}; {frame} }}")

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.fontMetrics().height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        full = self.text()
        rect = self.contentsRect()
        elided = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                               max(rect.width(), 0))
        if elided == full:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(rect, int(align), elided)
