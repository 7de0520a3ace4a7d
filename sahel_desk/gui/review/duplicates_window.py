"""Review > Duplicates: the pairs of incidents that may be one event coded twice, best
first, to open side by side and merge or dismiss.

Finding them reads the whole desk (half a minute on 100,000 incidents), so the search
runs off the GUI thread with a progress bar and Cancel; it starts when the window first
opens and again on Find. A pair merged or dismissed leaves the list at once, without
searching again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.duplicates.scoring import DEFAULT_MIN_SCORE
from sahel_desk.gui.dates import DateField
from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolated, paragraph
from sahel_desk.gui.review.duplicates_model import DuplicatesModel, reasons_text, score_text
from sahel_desk.gui.review.text import counted
from sahel_desk.gui.review.widgets import note_label, record_table, select_row
from sahel_desk.services.desk import Desk
from sahel_desk.services.duplicates import DuplicatePair, DuplicateReport

DUPLICATES_STYLE = """
QLabel#duplicatesEmpty { color: #5b616b; font-size: 12pt; padding: 24px; }
QLabel#duplicatesReasons { background: #f4f6f9; border: 1px solid #d5dbe3;
                           border-radius: 4px; padding: 6px 8px; }
"""


#: the columns that give up width for the reasons: places, types and states
NARROWED = frozenset({3, 4, 5, 8, 9, 10})
#: what the reasons keep in view at least, and the narrowest a narrowed column gets
REASONS_ROOM = 260
MIN_WIDTH = 70


class ScoreBox(QDoubleSpinBox):
    """A score typed with a point or with the language's comma: 0.5 as the README and
    the command line write it is 0,5 in French (Qt's box refused the point outright)."""

    def _local(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point != "." else text

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(self._local(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._local(text))


class DuplicatesWindow(QWidget):
    """``pairRequested(first, second)`` asks for a pair side by side (incident ids);
    ``searched()`` follows each search that finished (not one cancelled)."""

    pairRequested = Signal(str, str)
    searched = Signal()

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._desk = desk
        self.setWindowTitle(self.tr("Sahel Desk — Possible duplicates"))
        self.setStyleSheet(DUPLICATES_STYLE)
        fit_to_screen(self, QSize(1280, 720))
        self.report: DuplicateReport | None = None
        self._asked: tuple[float, date | None] = (DEFAULT_MIN_SCORE, None)

        self.min_score = ScoreBox()
        self.min_score.setRange(0.05, 1.0)
        self.min_score.setSingleStep(0.05)
        self.min_score.setDecimals(2)
        self.min_score.setValue(DEFAULT_MIN_SCORE)
        self.min_score.setToolTip(self.tr(
            "How likely a pair must be one event to be listed, from 0 to 1. At 0.20, one "
            "pair in five listed is one event coded twice."))
        score_label = QLabel(self.tr("&Minimum score:"))
        score_label.setBuddy(self.min_score)
        self.since = DateField()
        self.since.setPlaceholderText(self.tr("any time"))
        self.since.setToolTip(self.tr(
            "Only pairs with an incident added or changed since this day (compared with the "
            "whole desk). Empty: every pair."))
        since_label = QLabel(self.tr("Changed &since:"))
        since_label.setBuddy(self.since)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search)
        self.since.returnPressed.connect(self.search)
        self.min_score.lineEdit().returnPressed.connect(self.search)
        filters = QHBoxLayout()
        filters.addWidget(score_label)
        filters.addWidget(self.min_score)
        filters.addSpacing(12)
        filters.addWidget(since_label)
        filters.addWidget(self.since)
        filters.addWidget(self.find_button)
        filters.addStretch(1)

        self.runner = TaskRunner(operations)
        self.runner.finished.connect(self._found)
        self.runner.cancelled.connect(self._cancelled)
        self.runner.failed.connect(self._failed)
        self.summary = note_label()

        self.model = DuplicatesModel(self)
        self.view = record_table(self.model)
        self.view.setObjectName("duplicatesQueue")
        self.view.activated.connect(self._open_index)
        self.view.doubleClicked.connect(self._open_index)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._fitted = False
        self.empty = QLabel()
        self.empty.setObjectName("duplicatesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)

        self.reasons = QLabel()
        self.reasons.setObjectName("duplicatesReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open side by side"))
        self.open_button.setToolTip(self.tr("Both incidents field by field, to merge them or "
                                            "mark them as two events (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reasons, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.runner)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._show_empty(self.tr("Press Find to look for incidents that may be one event "
                                 "coded twice."))
        self._show_current()

    # --- searching -------------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self.runner.running

    def search(self) -> bool:
        """Search with the filters as they stand; False when not started (a search is
        under way, or the date cannot be read)."""
        if self.runner.running:
            return False
        since = self.since.value()
        if isinstance(since, str):
            self.summary.setText(self.tr("“{text}” is not a day: correct it or empty the "
                                         "field.").format(**isolated(text=since)))
            self.since.setFocus()
            return False
        min_score = round(self.min_score.value(), 2)
        self._asked = (min_score, since)
        desk = self._desk

        def work(progress: Any) -> DuplicateReport:
            return desk.duplicates.find(since=since, min_score=min_score, progress=progress)

        self.find_button.setEnabled(False)
        self.summary.setText(self.tr("Comparing the incidents of the desk; this can take a "
                                     "minute on a large desk."))
        self.runner.start(work, self.tr("Looking for duplicates"))
        return True

    def cancel(self) -> None:
        self.runner.cancel()

    def _found(self, report: DuplicateReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.find_button.setEnabled(True)
        self.report = report
        self.model.set_rows(report.pairs)
        if report.pairs:
            if not self._fitted:
                self.pages.setCurrentWidget(self.view)  # shown, so that its width is known
                self._fit_columns()
                # the first list: Enter opens its best pair (focus asked for at opening
                # fell on the score box, the list being hidden while empty)
                if self.isActiveWindow():
                    self.view.setFocus()
            select_row(self.view, 0)
        self._show_summary()
        self.searched.emit()

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            return
        shown = self.model.rowCount()
        score = score_text(report.min_score)
        if shown:
            self.summary.setText(counted(self.tr(
                "%n pair(s) of incidents may be one event coded twice, at a score of at least "
                "{score}; the likeliest first.", "", shown), shown).format(score=score))
            self.pages.setCurrentWidget(self.view)
        elif report.pairs:
            self.summary.setText("")
            self._show_empty(self.tr("Every pair found has been merged or dismissed: nothing "
                                     "left to look at."))
        else:
            self.summary.setText("")
            self._show_empty(self.tr("No possible duplicates at a score of at least {score}: "
                                     "nothing to look at.").format(score=score))
        self._show_current()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.pages.setCurrentWidget(self.empty)

    def _cancelled(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.find_button.setEnabled(True)
        self.summary.setText(self.tr("Search cancelled; the list shows the last search that "
                                     "finished.") if self.report is not None
                             else self.tr("Search cancelled."))

    def _failed(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.find_button.setEnabled(True)
        self.summary.setText(text)

    def _fit_columns(self) -> None:
        """Once: each column as wide as its words, none wider than a long place needs,
        and the places, types and states narrower still when the reasons would otherwise
        be pushed out of a laptop's window (ids, dates and scores stay whole)."""
        self._fitted = True
        self.view.resizeColumnsToContents()
        widths = [min(self.view.columnWidth(c), 150) for c in range(DuplicatesModel.REASONS)]
        room = self.view.viewport().width() - REASONS_ROOM
        narrowed = [c for c in range(DuplicatesModel.REASONS) if c in NARROWED]
        fixed = sum(w for c, w in enumerate(widths) if c not in NARROWED)
        cap = max((w for c, w in enumerate(widths) if c in NARROWED), default=0)
        while cap > MIN_WIDTH and fixed + sum(min(widths[c], cap) for c in narrowed) > room:
            cap -= 4
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, min(width, cap) if column in NARROWED else width)

    # --- the current pair -------------------------------------------------------------------

    def current(self) -> DuplicatePair | None:
        if self.pages.currentWidget() is not self.view:
            return None
        return self.model.pair_at(self.view.currentIndex().row())

    def _show_current(self) -> None:
        pair = self.current()
        self.open_button.setEnabled(pair is not None)
        # a line that starts with an id reads right to left in Arabic all the same
        self.reasons.setText(paragraph(self.tr("{first} and {second}: {reasons}").format(
            **isolated(first=pair.a.human_id, second=pair.b.human_id),
            reasons=reasons_text(pair))) if pair is not None else "")
        self.reasons.setVisible(pair is not None)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            select_row(self.view, index.row())
            self.open_current()

    def open_current(self) -> None:
        """The current pair side by side."""
        pair = self.current()
        if pair is not None and pair.a.id and pair.b.id:
            self.pairRequested.emit(pair.a.id, pair.b.id)

    # --- settled pairs ----------------------------------------------------------------------

    def merged(self, kept: str, merged_away: str) -> None:
        """Two incidents merged: the pair, and any other naming the record now rejected,
        leave the list."""
        rows = self.model.rows_naming([kept, merged_away], both=True)
        rows += self.model.rows_naming([merged_away], both=False)
        self._settled(rows)

    def dismissed(self, first: str, second: str) -> None:
        """Two incidents marked as two events: their pair leaves the list."""
        self._settled(self.model.rows_naming([first, second], both=True))

    def _settled(self, rows: list[int]) -> None:
        if not rows:
            return
        row = self.view.currentIndex().row()
        self.model.remove_rows(rows)
        if self.model.rowCount():
            select_row(self.view, min(max(row, 0), self.model.rowCount() - 1))
        self._show_summary()
