"""The report's text as read: each entry and each value found highlighted, Arabic
paragraphs right to left, the chosen entry marked and scrolled to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import accumulate

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from sahel_desk.gui.claims.direction import is_arabic_script
from sahel_desk.gui.i18n import labels
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.review.bidi import isolate
from sahel_desk.gui.review.fields import value_text
from sahel_desk.reports.model import ProposedDraft
from sahel_desk.services.readable import label_of

ENTRY_COLOUR = QColor("#eaf1fb")
VALUE_COLOUR = QColor("#ffe9a8")
CHOSEN_COLOUR = QColor("#c9dcf5")
CHOSEN_VALUE_COLOUR = QColor("#ffd76e")


def qt_positions(text: str) -> Callable[[int], int]:
    """Python's index into ``text`` as a position in a Qt document, which counts UTF-16
    units: a character beyond the Basic Multilingual Plane takes two."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return lambda index: index
    before = [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]
    return lambda index: before[max(0, min(index, len(text)))]


def entry_span(draft: ProposedDraft, text: str) -> tuple[int, int]:
    """The entry's words with its heading: the draft's own span starts after the date
    that opens its line, which a value (the date) was read from. Values read further
    away (a claim quoted below) are not the entry's."""
    line_start = text.rfind("\n", 0, draft.start) + 1
    heading = [e.start for e in draft.evidence
               if e.start is not None and line_start <= e.start < draft.start]
    return min([draft.start, *heading]), draft.end


#: what the reader reads that is not a field of the record (ACLED's claim columns)
_READER_FIELDS = {
    "claimed_by": QT_TRANSLATE_NOOP("ReportView", "Claimed by"),
    "fatalities_claimed": QT_TRANSLATE_NOOP("ReportView", "Fatalities claimed"),
}


def field_label(name: str) -> str:
    """A field the reader fills, named as the form names it, in the user's language."""
    if name in _READER_FIELDS:
        return QCoreApplication.translate("ReportView", _READER_FIELDS[name])
    return labels.field_label(label_of(name))


class ReportView(QTextEdit):
    """Read-only. ``entryClicked(row)`` when the coder clicks inside an entry's text."""

    entryClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setObjectName("reportText")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setPlaceholderText(self.tr("The report's text shows here once it is read."))
        self._entries: list[tuple[int, int]] = []
        #: (start, end, what was read there) in document positions
        self._values: list[tuple[int, int, str]] = []
        self.viewport().installEventFilter(self)

    def show_report(self, text: str, drafts: Sequence[ProposedDraft]) -> None:
        self.setPlainText(text)
        position = qt_positions(text)
        self._entries = [(position(start), position(end))
                         for start, end in (entry_span(d, text) for d in drafts)]
        self._values = []
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        self._set_directions(cursor)
        entry = QTextCharFormat()
        entry.setBackground(ENTRY_COLOUR)
        for start, end in self._entries:
            self._paint(cursor, start, end, entry)
        value = QTextCharFormat()
        value.setBackground(VALUE_COLOUR)
        for draft in drafts:
            for (start, end), said in self._spans(draft).items():
                first, last = position(start), position(end)
                self._values.append((first, last, said))
                self._paint(cursor, first, last, value)
        cursor.endEditBlock()
        self.setExtraSelections([])
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _set_directions(self, cursor: QTextCursor) -> None:
        """An Arabic paragraph (a claim quoted in the report) runs right to left, every
        other one left to right, whichever way the window itself is laid out."""
        block = self.document().begin()
        while block.isValid():
            cursor.setPosition(block.position())
            way = QTextBlockFormat(block.blockFormat())
            way.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                   if is_arabic_script(block.text())
                                   else Qt.LayoutDirection.LeftToRight)
            cursor.setBlockFormat(way)
            block = block.next()

    @staticmethod
    def _paint(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        if end <= start:
            return
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def clear_report(self) -> None:
        self.clear()
        self._entries = []
        self._values = []

    def show_entry(self, row: int) -> None:
        """Mark entry ``row`` and scroll it into view."""
        if not 0 <= row < len(self._entries):
            self.setExtraSelections([])
            return
        start, end = self._entries[row]
        marks = [self._mark(start, end, CHOSEN_COLOUR)]
        # the values found stay visible over the chosen entry's colour
        marks += [self._mark(first, last, CHOSEN_VALUE_COLOUR)
                  for first, last, _said in self._values if start <= first and last <= end]
        self.setExtraSelections(marks)
        cursor = QTextCursor(self.document())
        cursor.setPosition(end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _mark(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(self.document())
        mark.cursor.setPosition(start)
        mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark.format.setBackground(colour)
        return mark

    def entry_at(self, position: int) -> int | None:
        return next((row for row, (start, end) in enumerate(self._entries)
                     if start <= position < end), None)

    def said_at(self, position: int) -> list[str]:
        return [said for start, end, said in self._values if start <= position < end]

    def _spans(self, draft: ProposedDraft) -> dict[tuple[int, int], str]:
        """Each stretch of text a value was read from, with what was read there."""
        found: dict[tuple[int, int], list[str]] = {}
        for evidence in draft.evidence:
            if evidence.start is None or evidence.end is None or evidence.value is None:
                continue
            if evidence.end <= evidence.start:
                continue
            found.setdefault((evidence.start, evidence.end), []).append(
                self.tr("{field}: {value} ({percent}% sure)").format(
                    field=field_label(evidence.field),
                    value=isolate(value_text(evidence.field, evidence.value)),
                    percent=round(evidence.confidence * 100)))
        return {span: "\n".join(lines) for span, lines in found.items()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport():
            if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                said = self.said_at(self.cursorForPosition(event.pos()).position())
                if said:
                    QToolTip.showText(event.globalPos(), "\n".join(said), self.viewport())
                else:
                    QToolTip.hideText()
                return True
            if event.type() == QEvent.Type.MouseButtonRelease and \
                    not self.textCursor().hasSelection():
                row = self.entry_at(self.textCursor().position())
                if row is not None:
                    self.entryClicked.emit(row)
        return super().eventFilter(watched, event)

