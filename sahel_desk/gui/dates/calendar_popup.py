"""The calendar a date field opens (Alt+Down, F4 or its button): arrows move, Enter
chooses, Escape closes without changing anything."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget

from sahel_desk.gui.dates.formats import from_qdate, to_qdate


class CalendarPopup(QFrame):
    """A month grid in a popup under its field; ``chosen`` carries the day picked."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePickerCalendar")
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)

    def open_under(self, anchor: QWidget, day: date) -> None:
        """Show the month of ``day`` with ``day`` selected, under ``anchor`` (above it when
        the screen has no room below), keeping to the screen."""
        self.setLocale(anchor.locale())
        self.calendar.setLocale(anchor.locale())
        self.setLayoutDirection(anchor.layoutDirection())
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        size = self.sizeHint()
        right_to_left = anchor.layoutDirection() == Qt.LayoutDirection.RightToLeft
        corner = QPoint(anchor.width() - size.width() if right_to_left else 0, anchor.height())
        where = anchor.mapToGlobal(corner)
        screen = anchor.screen().availableGeometry()
        if where.y() + size.height() > screen.bottom():
            where.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - size.height())
        where.setX(max(screen.left(), min(where.x(), screen.right() - size.width())))
        where.setY(max(screen.top(), where.y()))
        self.move(where)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def selected(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def _choose(self, day) -> None:  # QDate
        self.hide()
        self.chosen.emit(from_qdate(day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
