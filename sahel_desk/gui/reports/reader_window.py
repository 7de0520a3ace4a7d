"""File > Code from a report: the report's text beside the drafts read from it.

The reader only proposes. Choosing a draft marks its entry in the text and
opens it in the incident form, filled with the values saving it would store
(status draft, the report as its source, tagged with the report's name) and
the fields the reader was unsure of listed above it. Accepting saves it
through the form's own save, so the coder's edits and the codebook's checks
go with it; discarding leaves it unsaved. Entries saved from the same report
before show as such and are not offered again.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.dates import DateField
from sahel_desk.gui.dialogs.brought_in import BroughtInPanel
from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.i18n.labels import codebook_label, message
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.reports.drafts_model import DraftsModel, DraftState
from sahel_desk.gui.reports.opening import OpenedReport, open_report
from sahel_desk.gui.reports.report_view import ReportView
from sahel_desk.gui.reports.unsure_note import UnsureNote
from sahel_desk.gui.review.bidi import isolate, paragraph
from sahel_desk.gui.review.text import counted
from sahel_desk.reports.model import ProposedDraft, ReportReading
from sahel_desk.services.drafts import DraftStore
from sahel_desk.services.report_reader import report_tag
from sahel_desk.store.records import IncidentRecord

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

#: the review state a draft accepted here is saved in
ACCEPTED_STATUSES = frozenset({"draft"})
#: columns whose width follows their content; the others share what is left
_FITTED = (0, 1, 5)
#: the most rows the drafts table shows before it scrolls, and the most of the height
#: it takes (the form needs the rest)
_TABLE_ROWS = 10
_TABLE_SHARE = 0.4
#: the report's text keeps at least this share of the width when the form makes room
_TEXT_SHARE = 1 / 3


def draft_title(draft: ProposedDraft) -> str:
    """"2017-05-07 · Gao · Armed clash": the draft's date, place and event type."""
    values = draft.values
    event = values.get("sub_event_type") or values.get("event_type")
    return " · ".join(isolate(part) for part in (
        values.get("event_date") or "?", values.get("location") or values.get("admin1") or "?",
        codebook_label(event) if event else "?"))


class ReaderWindow(QWidget):
    """``saved(IncidentRecord)`` follows each draft saved from here; ``reportRead(path)``
    each report read; ``pair_requested(first, second)`` asks to compare two incidents side
    by side (a likely duplicate a draft saved from the report brought in)."""

    saved = Signal(object)
    reportRead = Signal(str)
    pair_requested = Signal(str, str)

    def __init__(self, desk: Desk, operations: Operations, drafts: DraftStore,
                 parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.operations = operations
        self.drafts = drafts
        self.folder = folder or Path.home()
        self.opened: OpenedReport | None = None
        self._forms: dict[int, IncidentForm] = {}
        self._room_made = False
        #: each form's values as filled in, to tell an edited draft from an untouched one
        self._filled: dict[int, dict[str, Any]] = {}
        self._edited_when_accepted: dict[int, bool] = {}
        self._reading = Path()
        # the incidents saved from the report shown, whose likely duplicates are listed
        self._saved_ids: list[str] = []
        self.setWindowTitle(self.tr("Code from a report"))
        self._build()
        self._fit_to_screen()
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.setPlaceholderText(self.tr("A report or an article: plain text or Markdown"))
        self.path.returnPressed.connect(self.read)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.report_date = DateField()
        self.report_date.setObjectName("reportDate")
        self.report_date.setToolTip(self.tr(
            "The report's date, which relative dates (\"two days later\", \"last week\") "
            "count from. Empty: the date under the title, or the month the title names."))
        self.report_date.returnPressed.connect(self.read)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.clicked.connect(self.read)
        # no mnemonics here: the form below uses most letters
        date_label = QLabel(self.tr("Report's date:"))
        file_label = QLabel(self.tr("File:"))
        top = QHBoxLayout()
        top.addWidget(file_label)
        top.addWidget(self.path, 3)
        top.addWidget(browse)
        top.addSpacing(12)
        top.addWidget(date_label)
        top.addWidget(self.report_date, 1)
        top.addWidget(self.read_button)

        self.summary = QLabel()
        self.summary.setObjectName("readerSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.runner = TaskRunner(self.operations)
        self.runner.finished.connect(self._shown)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        # two rows: the form below needs the height
        self.duplicates = BroughtInPanel(rows=2)
        self.duplicates.setObjectName("broughtIn")
        self.duplicates.pair_requested.connect(self.pair_requested)

        self.text = ReportView()
        self.text.entryClicked.connect(self.select_row)

        self.model = DraftsModel(self)
        self.table = QTableView()
        self.table.setObjectName("draftsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.accept_button = QPushButton(self.tr("Accept as draft"))
        self.accept_button.setObjectName("acceptDraft")
        self.accept_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.accept_button.setToolTip(self.tr(
            "Save this draft as shown in the form (status draft, the report as its source, "
            "tagged with the report's name). Ctrl+Enter"))
        self.accept_button.clicked.connect(self.accept_current)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.setShortcut(QKeySequence("Ctrl+Delete"))
        self.discard_button.setToolTip(self.tr(
            "Leave this draft unsaved; on a discarded one, propose it again. Ctrl+Delete"))
        self.discard_button.clicked.connect(self.discard_current)
        self.state_label = QLabel()
        self.state_label.setObjectName("draftState")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.accept_button)

        self.unsure = UnsureNote()
        self.unsure.fieldChosen.connect(self._go_to_field)
        self.placeholder = QLabel(self.tr(
            "Read a report, then choose a draft to see it in the incident form."))
        self.placeholder.setObjectName("readerPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 14px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)

        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.setSpacing(4)
        review_layout.addLayout(buttons)
        review_layout.addWidget(self.unsure)
        review_layout.addWidget(self.stack, 1)

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.table)
        self.right.addWidget(review)
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 3)
        self.right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.runner)
        layout.addWidget(self.summary)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.splitter, 1)

    def _fit_to_screen(self) -> None:
        """Most of the screen, whatever its size (a 1366x768 laptop included)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(max(640, int(room.width() * 0.92)), max(480, int(room.height() * 0.9)))

    # --- reading ---------------------------------------------------------------------------

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Report to read"), str(self.folder),
            self.tr("Reports (*.txt *.md *.markdown);;All files (*)"))
        if chosen:
            self.folder = Path(chosen).parent
            self.path.setText(chosen)
            self.read()

    def open_file(self, path: str | Path) -> None:
        """Read ``path`` (as if chosen and read by the coder)."""
        self.path.setText(str(path))
        self.read()

    def read(self) -> None:
        """Read the file named in the path field, off the GUI thread."""
        if self.runner.running:
            return
        text = self.path.text().strip()
        if not text:
            self.summary.setText(self.tr("Choose a report file first."))
            self.path.setFocus()
            return
        report_date = self.report_date.date_value()
        if self.report_date.problem():
            self.summary.setText(html.escape(self.report_date.problem() or ""))
            self.report_date.setFocus()
            return
        if self._unsaved_forms() and not self._confirm_new_reading():
            return
        path = Path(text).expanduser()
        desk = self.desk
        self.summary.setText("")
        self.read_button.setEnabled(False)
        self._reading = path
        self.runner.start(lambda progress: open_report(desk, path, report_date,
                                                       progress=progress),
                          self.tr("Reading {name}").format(name=path.name))

    def _cancelled(self) -> None:
        self.read_button.setEnabled(True)
        self.summary.setText(self.tr("Reading cancelled."))

    def _failed(self, why: str) -> None:
        self.read_button.setEnabled(True)
        self.summary.setText(self.tr("Not read: {why}").format(why=html.escape(why)))

    def _shown(self, opened: OpenedReport) -> None:
        self.read_button.setEnabled(True)
        self._drop_forms()
        self.opened = opened
        reading = opened.reading
        self.setWindowTitle(self.tr("Code from a report — {name}").format(
            name=isolate(reading.name)))
        self.text.show_report(reading.text, reading.drafts)
        self.model.set_drafts(reading.drafts, opened.saved_keys)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if column not in _FITTED:
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 170))
        self._show_summary()
        self._fit_table()
        first = self.model.next_proposed(-1)
        self.select_row(first if first is not None else 0)
        self.table.setFocus()
        self.reportRead.emit(str(self._reading))

    def _fit_table(self) -> None:
        """As tall as its rows (up to a few), so the form below gets the rest."""
        rows = min(self.model.rowCount(), _TABLE_ROWS)
        wanted = (self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                  + sum(self.table.rowHeight(r) for r in range(rows))
                  + self.table.horizontalScrollBar().sizeHint().height())
        total = sum(self.right.sizes())
        table = min(wanted, int(total * _TABLE_SHARE))
        self.right.setSizes([table, total - table])

    def _make_room(self, form: IncidentForm) -> None:
        """Once, when the first form shows: widen its side to the form's own width (no
        sideways scrolling), the text keeping a third."""
        if self._room_made:
            return
        self._room_made = True
        text, right = self.splitter.sizes()
        short = form.content.minimumSizeHint().width() - form.scroll_area.viewport().width()
        if short <= 0:
            return
        wider = min(right + short, int((text + right) * (1 - _TEXT_SHARE)))
        self.splitter.setSizes([text + right - wider, wider])

    def _show_summary(self) -> None:
        if self.opened is None:
            return
        reading = self.opened.reading
        kind = self.tr("a list of entries") if reading.kind == "list" else self.tr("an article")
        counts = self.model.counts()
        numbers = {"proposed": counts[DraftState.PROPOSED],
                   "accepted": counts[DraftState.ACCEPTED],
                   "discarded": counts[DraftState.DISCARDED],
                   "before": counts[DraftState.SAVED_BEFORE]}
        if numbers["before"]:
            decided = self.tr("{proposed} to decide, {accepted} accepted, {discarded} "
                              "discarded, {before} saved before.").format(**numbers)
        else:
            decided = self.tr("{proposed} to decide, {accepted} accepted, {discarded} "
                              "discarded.").format(**numbers)
        drafts = len(reading.drafts)
        self.summary.setText(paragraph(counted(self.tr(
            "<b>{name}</b>: {kind}, {dated}; %n draft(s), tag <i>{tag}</i>. {decided}", "",
            drafts), drafts).format(
                name=isolate(html.escape(reading.name)), kind=kind, dated=self._dated(reading),
                tag=isolate(html.escape(report_tag(reading.name))), decided=decided)))

    def _dated(self, reading: ReportReading) -> str:
        """When the report was written, and where the reader found that."""
        if reading.report_date is None:
            return self.tr("undated")
        date = isolate(reading.report_date.isoformat())
        source = reading.report_date_source
        if source == "given":
            return self.tr("dated {date} (the date given)").format(date=date)
        if source == "the line under the title":
            return self.tr("dated {date} (the line under the title)").format(date=date)
        if source == "the end of the month the title names":
            return self.tr("dated {date} (the end of the month the title names)").format(
                date=date)
        return self.tr("dated {date} ({source})").format(
            date=date, source=html.escape(message(source)))

    # --- choosing a draft ---------------------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Make ``row`` the current draft. (QTableView.selectRow finds no column to
        select in a right-to-left table and leaves no current row.)"""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def form_of(self, row: int) -> IncidentForm | None:
        return self._forms.get(row)

    def current_form(self) -> IncidentForm | None:
        row = self.current_row()
        return self._forms.get(row) if row is not None else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else None
        self.text.show_entry(row if row is not None else -1)
        entry = self.model.row_at(row) if row is not None else None
        self.unsure.show_draft(entry.draft if entry is not None else None)
        if entry is None or entry.state is DraftState.SAVED_BEFORE:
            self.placeholder.setText(self.tr(
                "This entry was saved from this report before: find it in the incident list "
                "by its tag.") if entry is not None else self.tr(
                "Read a report, then choose a draft to see it in the incident form."))
            self.stack.setCurrentWidget(self.placeholder)
        else:
            form = self._forms.get(row) if row is not None else None
            if form is None and row is not None:
                form = self._new_form(row)
            if form is not None:
                form.setEnabled(entry.state is not DraftState.DISCARDED)
                self.stack.setCurrentWidget(form)
        self._update_buttons()

    def _new_form(self, row: int) -> IncidentForm | None:
        if self.opened is None:
            return None
        draft = self.opened.reading.drafts[row]
        form = IncidentForm(self.desk, self.operations, self.drafts)
        form.action_bar.hide()  # accepting saves; the form's own buttons would bypass it
        form.loaded.connect(lambda r=row, f=form: self._form_filled(r, f))
        form.saved.connect(lambda record, r=row: self._form_saved(r, record))
        form.restore_values(self.opened.form_values[row],
                            title=self.tr("Line {line}: {title}").format(
                                line=draft.line, title=draft_title(draft)))
        self._forms[row] = form
        self.stack.addWidget(form)
        return form

    def _form_filled(self, row: int, form: IncidentForm) -> None:
        if not shiboken6.isValid(form):
            return
        form.set_statuses(ACCEPTED_STATUSES)
        if form.isVisible():
            self._make_room(form)
        if row not in self._filled:
            self._filled[row] = form.values()
        self._update_buttons()

    def ready(self, row: int) -> bool:
        """Whether the draft's form is filled and may be accepted."""
        form = self._forms.get(row)
        return form is not None and row in self._filled and not form.is_busy()

    def _go_to_field(self, name: str) -> None:
        form = self.current_form()
        if form is not None:
            form.go_to_field(name)

    # --- deciding ------------------------------------------------------------------------------

    def accept_current(self) -> bool:
        """Save the current draft as the form shows it; False when not started (the form
        says why: fields to fix, or still loading)."""
        row = self.current_row()
        entry = self.model.row_at(row) if row is not None else None
        form = self._forms.get(row) if row is not None else None
        if entry is None or form is None or entry.state not in (DraftState.PROPOSED,
                                                                DraftState.ACCEPTED):
            return False
        if entry.state is DraftState.PROPOSED and row is not None:
            self._edited_when_accepted[row] = form.values() != self._filled.get(row)
        return form.save()

    def _form_saved(self, row: int, record: IncidentRecord) -> None:
        entry = self.model.row_at(row)
        if entry is None:
            return
        first = entry.state is DraftState.PROPOSED
        self.model.set_state(row, DraftState.ACCEPTED, human_id=record.human_id,
                             edited=self._edited_when_accepted.get(row, False))
        self._show_summary()
        self.saved.emit(record)
        self._list_duplicates(record.id)
        if first and self.current_row() == row:
            self._advance(row)
        self._update_buttons()

    def _list_duplicates(self, incident_id: str) -> None:
        """The likely duplicates the drafts saved from this report brought in, asked
        again after each save (a draft edited after saving may meet others)."""
        if incident_id not in self._saved_ids:
            self._saved_ids.append(incident_id)
        ids = list(self._saved_ids)
        self.operations.run(self.desk.duplicates.brought_in, ids,
                            on_done=lambda found: self.duplicates.set_pairs(found.pairs),
                            channel=f"brought-in-{id(self)}")

    def discard_current(self) -> None:
        """Leave the current draft unsaved; on a discarded one, propose it again."""
        row = self.current_row()
        entry = self.model.row_at(row) if row is not None else None
        if entry is None or row is None:
            return
        form = self._forms.get(row)
        if entry.state is DraftState.PROPOSED:
            self.model.set_state(row, DraftState.DISCARDED)
            if form is not None:
                form.discard_draft()
                form.setEnabled(False)
            self._show_summary()
            self._advance(row)
        elif entry.state is DraftState.DISCARDED:
            self.model.set_state(row, DraftState.PROPOSED)
            if form is not None:
                form.setEnabled(True)
            self._show_summary()
        self._update_buttons()

    def _advance(self, row: int) -> None:
        following = self.model.next_proposed(row)
        if following is not None:
            self.select_row(following)

    def _update_buttons(self) -> None:
        row = self.current_row()
        entry = self.model.row_at(row) if row is not None else None
        state = entry.state if entry is not None else None
        self.accept_button.setText(self.tr("Save changes") if state is DraftState.ACCEPTED
                                   else self.tr("Accept as draft"))
        self.accept_button.setEnabled(row is not None and self.ready(row)
                                      and state in (DraftState.PROPOSED, DraftState.ACCEPTED))
        self.discard_button.setText(self.tr("Propose again") if state is DraftState.DISCARDED
                                    else self.tr("Discard"))
        self.discard_button.setEnabled(state in (DraftState.PROPOSED, DraftState.DISCARDED))
        self.state_label.setText(
            self.tr("Line {line}: {state}").format(line=entry.draft.line,
                                                   state=self.model.state_text(entry))
            if entry is not None else "")

    # --- leaving --------------------------------------------------------------------------------

    def _unsaved_forms(self) -> list[int]:
        """Rows whose form holds edits not saved: an accepted draft changed since, or a
        proposal the coder edited (one only looked at is not work to keep)."""
        return [row for row, form in self._forms.items()
                if shiboken6.isValid(form) and form.is_dirty() and (
                    self._row_state(row) is DraftState.ACCEPTED
                    or (self._row_state(row) is DraftState.PROPOSED and row in self._filled
                        and form.values() != self._filled[row]))]

    def _row_state(self, row: int) -> DraftState | None:
        entry = self.model.row_at(row)
        return entry.state if entry is not None else None

    def _confirm_new_reading(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Edited drafts not accepted"),
            self.tr("You edited drafts of this report without accepting them. Read another "
                    "report anyway? The edits are kept as unsaved drafts you can restore "
                    "from the File menu."))
        return answer == QMessageBox.StandardButton.Yes

    def _drop_forms(self) -> None:
        """Keep unsaved edits for File > Restore unsaved drafts; forget the rest."""
        edited = set(self._unsaved_forms())
        for row, form in self._forms.items():
            if not shiboken6.isValid(form):
                continue
            if row in edited:
                form.save_draft_now()
            else:
                form.discard_draft()
            self.stack.removeWidget(form)
            form.deleteLater()
        self._forms = {}
        self._filled = {}
        self._edited_when_accepted = {}
        self._saved_ids = []
        self.duplicates.set_pairs(())
        self.stack.setCurrentWidget(self.placeholder)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing hides the window, empty: a reading under way is cancelled."""
        if self.runner.running:
            self.runner.cancel()
        self._drop_forms()
        self.opened = None
        self.model.set_drafts((), frozenset())
        self.text.clear_report()
        event.accept()
