"""A date field that reads what researchers type and keeps it until they fix it.

"07/05/2017", "7/5/17", "7 mai 2017", "7 May 2017", "٧ مايو ٢٠١٧" and "2017-05-07" are
all 7 May 2017 (sahel_desk.text.dates reads them, day first). As the coder types,
:attr:`DateField.reading` says the day understood in the user's language
("dimanche 7 mai 2017") or which part is wrong ("le 31 avril n'existe pas"); the text
typed is never replaced or erased. A stored day is shown in the locale's short form.

The owner places :attr:`DateField.reading` beside the field, or the field and its
reading together with :meth:`DateField.stacked`; when it does not, the reading floats
under the field while the field has focus. An owner that shows problems itself (the
form's field boxes, with the codebook's message) passes ``says_problems=False``: the
reading then says the day understood and what is still to type, never a second
message. Alt+Down or F4 (or the calendar button) opens a calendar to pick the day
with the keyboard.

The value API is the form's editors': ``value()`` is a date, the text as typed when
it does not read as a date (for the codebook's check to name), or None when empty;
``set_value()`` takes a date, a text or None. ``date_value()``/``set_date_value()``
and ``dateChanged`` are QDateEdit-like, for filters.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from sahel_desk.gui.dates.calendar_popup import CalendarPopup
from sahel_desk.gui.dates.formats import long_text, short_text
from sahel_desk.gui.dates.reading import DateReading
from sahel_desk.gui.i18n.labels import message
from sahel_desk.text.dates import DateProblem, UnreadableDate, read_date_text, starts_a_name

# "0" before "07", a short year before its last digits: still being typed, not wrong
_ZERO_SO_FAR = (DateProblem.DAY_OUT_OF_RANGE, DateProblem.MONTH_OUT_OF_RANGE)
_NAME_SO_FAR = (DateProblem.NOT_A_MONTH, DateProblem.NOT_A_DATE)
# a date that cannot be read is framed in red (the reading beside says why)
PROBLEM_STYLE = 'QLineEdit[dateProblem="true"] { border: 1px solid #c62828; border-radius: 3px; }'


def problem_text(error: UnreadableDate) -> str:
    """What the date reader found wrong, in the user's language, as a line of its own
    (the same words the codebook's check and the command line use)."""
    text = message(error.reason())
    return text[:1].upper() + text[1:]


def calendar_icon(color: QColor) -> QIcon:
    """A small calendar page, drawn in the text colour (no icon theme needed)."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        painter.setPen(QPen(color, unit))
        page = QRectF(2 * unit, 3 * unit, 12 * unit, 11 * unit)
        painter.drawRoundedRect(page, unit, unit)
        painter.fillRect(QRectF(2 * unit, 3 * unit, 12 * unit, 3 * unit), color)
        for x in (5, 11):
            painter.drawLine(QPoint(round(x * unit), round(1.5 * unit)),
                             QPoint(round(x * unit), round(4 * unit)))
        for row in (8, 11):
            for column in (4.5, 7.5, 10.5):
                painter.fillRect(QRectF(column * unit, row * unit, 1.6 * unit, 1.6 * unit), color)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class DateField(QLineEdit):
    """A day typed as the coder writes it, with a calendar and a line saying what it read."""

    # the day read (a ``datetime.date``), or None when empty or unreadable
    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, says_problems: bool = True):
        super().__init__(parent)
        self.says_problems = says_problems
        self.reading = DateReading()
        self._date: date | None = None
        self._error: UnreadableDate | None = None
        self._reference: date | None = None
        self._popup: CalendarPopup | None = None
        self._window_watched: QWidget | None = None
        self._own_texts = ("", "")  # the placeholder and tooltip this class last set
        # A button of our own inside the field (not a QLineEdit action, whose button the
        # line edit squeezes below the size the button asks for).
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("openCalendar")
        self.calendar_button.setIcon(calendar_icon(self.palette().color(self.foregroundRole())))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setStyleSheet("QToolButton { border: none; padding: 0; }")
        self.calendar_button.clicked.connect(self.open_calendar)
        self.setStyleSheet(PROBLEM_STYLE)
        self.setProperty("dateProblem", False)
        self._retranslate()
        self.textChanged.connect(self._reread)

    def _retranslate(self) -> None:
        """Our own words, again in the new language; an owner's placeholder or tooltip
        ("only for a range") stays theirs."""
        placeholder = self.tr("dd/mm/yyyy")
        tooltip = self.tr("A day, the day first: 07/05/2017, 7/5/17, 7 May 2017 or "
                          "2017-05-07. Alt+Down opens a calendar.")
        if self.placeholderText() in ("", self._own_texts[0]):
            self.setPlaceholderText(placeholder)
        if self.toolTip() in ("", self._own_texts[1]):
            self.setToolTip(tooltip)
        self._own_texts = (placeholder, tooltip)
        self.calendar_button.setToolTip(self.tr("Choose the day in a calendar (Alt+Down)"))

    # --- the value ----------------------------------------------------------------------

    def value(self) -> date | str | None:
        """The day; the text as typed when it is not one (the check names the fault);
        None when empty."""
        text = self.text().strip()
        if not text:
            return None
        day, _error = self._read(text)
        return day if day is not None else text

    def set_value(self, value: Any) -> None:
        """A day (shown in the locale's short form), a text (shown as it is) or None."""
        if isinstance(value, date):
            text = short_text(value, self.locale())
        else:
            text = "" if value is None else str(value)
        self.setText(text)
        self.setCursorPosition(0)
        self._reread()  # also when the owner blocks signals while filling

    def date_value(self) -> date | None:
        """The day, or None when empty or unreadable."""
        return self._read(self.text())[0]

    def set_date_value(self, value: date | None) -> None:
        self.set_value(value)

    def error(self) -> UnreadableDate | None:
        """Why the text is not a day (None when it is one, or empty)."""
        return self._read(self.text())[1]

    def problem(self) -> str | None:
        """Why the text is not a day, in the user's language."""
        error = self.error()
        return problem_text(error) if error is not None else None

    def set_reference(self, day: date | None) -> None:
        """The day this one is counted from (an end date's start): a date typed without
        its year takes its year, and the calendar opens on its month when empty."""
        if day == self._reference:
            return
        self._reference = day
        self._reread()

    def _read(self, text: str) -> tuple[date | None, UnreadableDate | None]:
        year = self._reference.year if self._reference is not None else None
        try:
            return read_date_text(text, year=year), None
        except UnreadableDate as exc:
            return None, exc

    # --- reading as the coder types -------------------------------------------------------

    def _reread(self) -> None:
        day, self._error = self._read(self.text())
        self._show_reading(day)
        if day != self._date:
            self._date = day
            self.dateChanged.emit(day)

    def _still_typing(self, error: UnreadableDate) -> bool:
        """A fault the next keystrokes will likely mend: the year or month not yet typed,
        "0" before "07", "201" before "2017", "sep" before "septembre"."""
        if not self.hasFocus() or self.cursorPosition() < len(self.text().rstrip()):
            return False
        if error.problem is DateProblem.MISSING:
            return True
        ends_with = self.text().rstrip().endswith(error.word)
        if error.problem in _ZERO_SO_FAR:
            return ends_with and error.word == "0"
        if error.problem is DateProblem.YEAR_DIGITS:
            return ends_with and len(error.word) < 4
        if error.problem in _NAME_SO_FAR:
            return ends_with and starts_a_name(error.word)
        return False

    def _show_reading(self, day: date | None) -> None:
        reading = self.reading
        if day is not None:
            reading.show_understood(long_text(day, self.locale()))
        elif self._error is None or self._error.problem is DateProblem.EMPTY:
            reading.clear_reading()
        elif self._still_typing(self._error):
            if self._error.problem is DateProblem.MISSING:
                reading.show_prompt(problem_text(self._error))
            else:
                reading.clear_reading()
        elif self.says_problems:
            reading.show_problem(problem_text(self._error))
        else:
            reading.clear_reading()
        problem = reading.kind == "problem"
        if self.property("dateProblem") != problem:
            self.setProperty("dateProblem", problem)
            self.style().unpolish(self)
            self.style().polish(self)
        self._place_floating()

    # --- the reading when the owner did not place it ----------------------------------------

    def _floating(self) -> bool:
        if self.reading.parent() is None:
            self.reading.make_floating(self)
        return self.reading.isWindow()

    def _place_floating(self) -> None:
        if not self._floating():
            return
        wanted = self.hasFocus() and self.reading.kind != "empty" and self.isVisible()
        if not wanted:
            self.reading.hide()
            return
        self.reading.adjustSize()
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = self.width() - self.reading.width() if right_to_left else 0
        self.reading.move(self.mapToGlobal(QPoint(x, self.height() + 1)))
        self.reading.show()
        if self._window_watched is not self.window():
            self._window_watched = self.window()
            self._window_watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The floating reading follows its window when that moves or resizes."""
        if watched is self._window_watched and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowDeactivate):
            self._place_floating()
        return super().eventFilter(watched, event)

    # --- the calendar ---------------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Show the calendar on the day read (else the reference day, else today)."""
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.chosen.connect(self._chosen)
        start = self.date_value() or self._reference or date.today()
        self._popup.open_under(self, start)

    def calendar_popup(self) -> CalendarPopup | None:
        return self._popup

    def _chosen(self, day: date) -> None:
        """The day picked replaces the text as one edit (Ctrl+Z brings the typed text back)."""
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()
        self.insert(short_text(day, self.locale()))

    # --- events -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if opens:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Alt+Down and F4 belong to the field, not to a shortcut of the window.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.key() == Qt.Key.Key_F4 or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            event.accept()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_reading(self._date)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_reading(self._date)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        if self.reading.isWindow():
            self.reading.hide()

    def sizeHint(self) -> QSize:
        """Room for "07/05/2017" or "7 mai 2017" (or a short placeholder) and the
        calendar button."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance("00/00/00000"),
                   min(metrics.horizontalAdvance(self.placeholderText() + "  "),
                       metrics.horizontalAdvance("0" * 16)))
        return QSize(text + 2 * metrics.height() + 16, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than a whole date: a long reading beside it elides instead."""
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def stacked(self) -> QWidget:
        """The field with its reading on the line below, as one widget for a layout
        (focus goes to the field); the reading's line is kept when empty, so nothing
        moves as it comes and goes."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.reading)
        box.setFocusProxy(self)
        return box

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_button()

    def _place_button(self) -> None:
        """At the field's trailing end (the left one right to left), text kept clear of it."""
        button = self.calendar_button
        size = button.sizeHint()
        height = min(size.height(), max(self.height() - 4, 0))
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = 3 if right_to_left else self.width() - size.width() - 3
        button.setGeometry(x, (self.height() - height) // 2, size.width(), height)
        margin = size.width() + 2
        self.setTextMargins(margin if right_to_left else 0, 0, 0 if right_to_left else margin, 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_button()
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self._show_reading(self._date)
