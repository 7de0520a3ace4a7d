"""A number input with an empty state, shown as "—".

A claim that gives no number is not a claim of zero: it must stay
distinguishable from a real value. (Dates are gui/dates' DateField.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

EMPTY = "—"


def _starts_typing(event: QKeyEvent) -> bool:
    return bool(event.text()) and event.text().isprintable() and not (
        event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))


class OptionalSpinBox(QSpinBox):
    """A non-negative count that may be left empty ("—" means not claimed)."""

    def __init__(self, parent: QWidget | None = None, maximum: int = 100_000):
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(EMPTY)
        self.setValue(-1)
        self.setAccelerated(True)

    def number(self) -> int | None:
        """The count, or None when empty."""
        return None if self.value() < 0 else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos  # clearing the text empties the field
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        if not text.strip() or text == EMPTY:
            return -1
        return super().valueFromText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.number() is None and _starts_typing(event):
            self.lineEdit().selectAll()  # type over the "—" instead of after it
        super().keyPressEvent(event)
