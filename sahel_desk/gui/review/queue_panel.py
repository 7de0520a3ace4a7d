"""The left pane of the review window: counts, filters and the queue itself.

Two modes: the review queue (what waits for a reviewer, oldest first) and the
records sent back to the current user with changes requested.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sahel_desk.codebook.taxonomy import EVENT_TYPES
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolated, paragraph
from sahel_desk.gui.review.queue_model import QueueModel, counts_text
from sahel_desk.gui.review.text import counted
from sahel_desk.gui.review.widgets import record_table, select_row
from sahel_desk.reference.countries import ADMIN1_NAMES
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter
from sahel_desk.store.review_records import QueueRow, ReviewQueue

QUEUE = "queue"
RETURNED = "returned"


@dataclass(frozen=True)
class _Loaded:
    rows: tuple[QueueRow, ...]
    mode: str
    user: str


class QueuePanel(QWidget):
    """``rowChosen(QueueRow | None)`` when the current row changes (None: queue empty);
    ``reloaded()`` after every refresh."""

    rowChosen = Signal(object)
    reloaded = Signal()

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self._channel = f"review-queue-{id(self)}"
        self.mode = QUEUE
        self._keep: tuple[str | None, int] = (None, 0)
        self.heading = QLabel()
        self.heading.setObjectName("queueHeading")
        self.counts = QLabel()
        self.counts.setObjectName("queueCounts")
        for line in (self.heading, self.counts):
            line.setWordWrap(True)  # the queue may be narrow beside the item
            line.setTextFormat(Qt.TextFormat.RichText)

        self.state = QComboBox()
        for label, value in ((self.tr("Submitted and in review"), ""),
                             (self.tr("Submitted"), "submitted"),
                             (self.tr("In review"), "in_review")):
            self.state.addItem(label, value)
        self.kind = QComboBox()
        for label, value in ((self.tr("New records and revisions"), ""),
                             (self.tr("New records"), "incident"),
                             (self.tr("Revisions of approved records"), "revision")):
            self.kind.addItem(label, value)
        self.event_type = QComboBox()
        self.event_type.addItem(self.tr("All event types"), "")
        for name in EVENT_TYPES:
            self.event_type.addItem(codebook_label(name), name)
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), "")
        for name in sorted(set(ADMIN1_NAMES.values())):
            self.region.addItem(name, name)
        narrow = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        for combo in (self.state, self.kind, self.event_type, self.region):
            # a long translation does not widen the queue past a laptop's half screen
            combo.setSizeAdjustPolicy(narrow)
            combo.setMinimumContentsLength(12)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search notes, sources, claims, actors"))
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.state, self.kind, self.event_type, self.region):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.filters = QWidget()
        row1 = QHBoxLayout()
        row1.addWidget(self.state)
        row1.addWidget(self.kind)
        row2 = QHBoxLayout()
        row2.addWidget(self.event_type)
        row2.addWidget(self.region)
        filters = QVBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addLayout(row1)
        filters.addLayout(row2)
        filters.addWidget(self.text)

        self.model = QueueModel(self)
        self.view = record_table(self.model)
        self.view.setObjectName("reviewQueue")
        self._fitted = False  # columns fitted to the first rows, in the user's language
        self._quiet = False
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)

    # --- loading -----------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.filters.setVisible(mode == QUEUE)
        self.counts.setVisible(mode == QUEUE)
        self._keep = (None, 0)
        self.reload()

    def current_filter(self) -> IncidentFilter:
        state = self.state.currentData()
        return IncidentFilter(statuses=(state,) if state else (),
                              event_type=self.event_type.currentData() or None,
                              admin1=self.region.currentData() or None,
                              text=self.text.text().strip() or None)

    def reload(self, keep: str | None = None) -> None:
        """Fetch the rows again; the row of ``keep`` (default: the current one) stays
        current, or the row now at its place when it left (the next one)."""
        current = self.current()
        self._keep = (keep or (current.incident_id if current else None),
                      max(self.view.currentIndex().row(), 0))
        desk, mode, flt, kind = self._desk, self.mode, self.current_filter(), \
            self.kind.currentData()

        def fetch() -> tuple[_Loaded, ReviewQueue | None]:
            if mode == RETURNED:
                return _Loaded(tuple(desk.review.returned_to()), mode, desk.user), None
            queue = desk.review.queue(flt)
            rows = tuple(r for r in queue.rows if not kind or r.kind == kind)
            return _Loaded(rows, mode, desk.user), queue

        self._operations.run(fetch, channel=self._channel, on_done=self._show)

    def _show(self, found: tuple[_Loaded, ReviewQueue | None]) -> None:
        if not shiboken6.isValid(self):
            return
        loaded, queue = found
        keep_id, keep_row = self._keep
        self.heading.setText(paragraph(self._heading(loaded)))
        self.counts.setText(paragraph(counts_text(queue)) if queue else "")
        self._quiet = True
        try:
            self.model.set_rows(loaded.rows)
            row = self.model.row_of(keep_id) if keep_id else None
            if row is None and loaded.rows:
                row = min(keep_row, len(loaded.rows) - 1)
            if row is not None:
                select_row(self.view, row)
            if loaded.rows and not self._fitted:
                self._fit_columns()
        finally:
            self._quiet = False
        self.rowChosen.emit(self.model.row_at(row) if row is not None else None)
        self.reloaded.emit()

    def _fit_columns(self) -> None:
        """Once: each column as wide as its words (a French or Arabic state is longer
        than the English), none wider than a long place name needs."""
        self._fitted = True
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 170))

    def _heading(self, loaded: _Loaded) -> str:
        count = len(loaded.rows)
        if loaded.mode == RETURNED:
            return counted(self.tr("<b>Returned to {user}: %n record(s)</b>", "", count),
                           count).format(**isolated(user=html.escape(loaded.user)))
        return counted(self.tr("<b>Review queue: %n waiting</b>, oldest first", "", count),
                       count)

    def _current_changed(self, current, _previous) -> None:
        if not self._quiet:
            self.rowChosen.emit(self.model.row_at(current.row()))

    # --- moving ---------------------------------------------------------------------

    def current(self) -> QueueRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def step(self, delta: int) -> bool:
        """Move to the next (1) or previous (-1) row; False at either end."""
        row = self.view.currentIndex().row() + delta
        if not 0 <= row < self.model.rowCount():
            return False
        select_row(self.view, row)
        return True
