"""Number and date inputs with an empty state, shown as "—".

A claim that gives no number is not a claim of zero, and a claim without a
readable date has no date: both must stay distinguishable from a real value.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QSpinBox, QWidget

EMPTY = "—"
#: Stands for "no date"; real dates are always later than this.
_NO_DATE = QDate(1900, 1, 1)
_SEPARATORS = ("-", "/", ".")
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


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


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty; Delete or Backspace on a whole date empties it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # An ISO date reads left to right in Arabic too: a date edit laid out right to left
        # when given its format shows the parts reversed (07-05-2017).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(EMPTY)
        self.setDate(_NO_DATE)

    def date_value(self) -> dt.date | None:
        """The date, or None when empty."""
        date = self.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_date_value(self, value: dt.date | None) -> None:
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def stepBy(self, steps: int) -> None:
        if self.date_value() is None:
            self.setDate(QDate.currentDate())  # step from today, not from 1900
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        whole = self.lineEdit().selectedText() == self.text()
        if event.key() in _CLEAR_KEYS and whole and self.date_value() is not None:
            self.set_date_value(None)
            return
        if event.text() in _SEPARATORS and self.lineEdit().hasSelectedText():
            return  # already moved on to the next part: "2017-05-03" types as written
        if self.date_value() is None and _starts_typing(event):
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)
