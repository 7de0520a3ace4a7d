"""An incident's timeline (changes, review steps, comments) and reverting from it.

Shown in the incident form and in the review view. A revert is an ordinary,
recorded change: asked for confirmation first, and itself a new timeline line.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from sahel_desk.errors import UserError
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolated
from sahel_desk.gui.review.fields import timeline_title, top_label, value_text
from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import status_word, when
from sahel_desk.gui.review.widgets import (
    error_text,
    note_label,
    record_table,
    select_row,
    show_error,
)
from sahel_desk.services.history import HistoryService
from sahel_desk.store.review_records import TimelineEntry
from sahel_desk.store.state import DEFAULT_STATE

FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_GREY = QColor("#6b7280")


def _what(entry: TimelineEntry) -> str:
    """What the line is about, in the user's language."""
    what = timeline_title(entry.kind, entry.field, entry.label, entry.on_revision)
    if entry.kind == "change" and entry.on_revision:
        return QCoreApplication.translate("TimelineModel", "{what} (pending revision)").format(
            what=what)
    if entry.kind == "comment" and entry.resolved:
        return QCoreApplication.translate("TimelineModel", "{what} (resolved)").format(
            what=what)
    return what


def _value(entry: TimelineEntry, value: object) -> str:
    """A value before or after the line: a review state, a comment's text, a field's value."""
    if entry.kind in ("created", "status") and entry.field != "rejection":
        return value_text(None, status_word(value))
    if entry.kind in ("comment", "resolved"):
        return value_text(None, value)
    return value_text(entry.field, value)


def revertable_field(entry: TimelineEntry | None) -> str | None:
    """The incident field a "revert this field" sets back for this line, if any.

    A change to one source's or claim's field reverts that whole list.
    """
    if entry is None or entry.kind != "change" or entry.entry_id is None or not entry.field:
        return None
    top = entry.field.split(".")[0].split("[")[0]
    return top if top in DEFAULT_STATE and top != "status" else None


class TimelineModel(RecordTableModel):
    """One row per timeline line; review steps in bold, comments in italics."""

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("When"), lambda e: when(e.at)),
            (self.tr("Who"), lambda e: e.user),
            (self.tr("What"), _what),
            (self.tr("Before"), lambda e: _value(e, e.before)),
            (self.tr("After"), lambda e: _value(e, e.after)),
            (self.tr("Reason"), lambda e: e.reason),
        ], parent)

    def styled(self, entry: TimelineEntry, column: int, role: int) -> object:
        if role == FONT and entry.kind in ("comment", "resolved"):
            font = QFont()
            font.setItalic(True)
            return font
        if role == FONT and entry.kind in ("status", "created") and column in (2, 4):
            font = QFont()
            font.setBold(True)
            return font
        if role == FOREGROUND and (entry.resolved or entry.kind == "resolved"):
            return _GREY
        return None


class TimelinePanel(QWidget):
    """The timeline of one incident with the two reverts.

    ``reverted(IncidentRecord)`` follows a revert (the panel reloads itself).
    """

    reverted = Signal(object)
    loaded = Signal()

    def __init__(self, history: HistoryService, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._history = history
        self._operations = operations
        self._channel = f"timeline-{id(self)}"
        self.incident_ref: str | None = None
        self._locked: str | None = None
        self._busy = False
        self.model = TimelineModel(self)
        self.view = record_table(self.model)
        self.view.setObjectName("timeline")
        for column, width in enumerate((124, 80, 230, 150, 150)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.field_button = QPushButton(self.tr("Revert this field"))
        self.field_button.clicked.connect(self.revert_field)
        self.record_button = QPushButton(self.tr("Revert the whole record to here"))
        self.record_button.clicked.connect(self.revert_record)
        self.note = note_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.field_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- content ---------------------------------------------------------------------

    def load(self, ref: str) -> None:
        """Fetch the timeline of ``ref`` off the GUI thread (``loaded`` follows)."""
        self.incident_ref = ref
        self._operations.run(self._history.timeline, ref, channel=self._channel,
                             on_done=self.show_entries, on_error=self._failed)

    def show_entries(self, entries: Sequence[TimelineEntry], ref: str | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        if ref is not None:
            self.incident_ref = ref
        self.model.set_rows(entries)
        if entries:
            select_row(self.view, len(entries) - 1)
        self._update_buttons()
        self.loaded.emit()

    def clear(self) -> None:
        self.incident_ref = None
        self.model.set_rows([])
        show_error(self.note, "")
        self._update_buttons()

    def selected(self) -> TimelineEntry | None:
        return self.model.row_at(self.view.currentIndex().row())

    def set_locked(self, reason: str | None) -> None:
        """Refuse reverts while ``reason`` holds (unsaved edits in the form)."""
        self._locked = reason
        self._update_buttons()

    # --- reverting -----------------------------------------------------------------

    def revert_field(self) -> bool:
        entry = self.selected()
        field = revertable_field(entry)
        if entry is None or field is None or not self._may_revert():
            return False
        question = self.tr(
            "Set {field} back to its value after this change ({user}, {when})?\n\n"
            "The revert is saved as a new change and recorded in the history.").format(
                field=top_label(field), **isolated(user=entry.user, when=when(entry.at)))
        if not self._confirm(self.tr("Revert this field"), question):
            return False
        self._run(self._history.revert_field, self.incident_ref, field, entry.entry_id)
        return True

    def revert_record(self) -> bool:
        entry = self.selected()
        if entry is None or entry.entry_id is None or not self._may_revert():
            return False
        question = self.tr(
            "Set every field of the record back to how it was after this line ({user}, "
            "{when})? The review status stays as it is.\n\n"
            "The revert is saved as a new change and recorded in the history.").format(
                **isolated(user=entry.user, when=when(entry.at)))
        if not self._confirm(self.tr("Revert the whole record"), question):
            return False
        self._run(self._history.revert_record, self.incident_ref, entry.entry_id)
        return True

    def _may_revert(self) -> bool:
        return self.incident_ref is not None and not self._locked and not self._busy

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, work, *args) -> None:
        self._busy = True
        self._update_buttons()
        show_error(self.note, "")
        self._operations.run(work, *args, on_done=self._reverted, on_error=self._failed)

    def _reverted(self, record) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.note.setText(self.tr("Reverted: now revision {revision}.").format(
            **isolated(revision=record.revision)))
        self.reverted.emit(record)
        self.load(record.id)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._update_buttons()
        if isinstance(error, UserError):
            show_error(self.note, self.tr("Not reverted: {why}").format(
                why=error_text(error)))
        else:
            self._operations.report(error)

    # --- buttons -----------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected()
        ready = self.incident_ref is not None and not self._locked and not self._busy
        field = revertable_field(entry)
        self.field_button.setEnabled(ready and field is not None)
        self.record_button.setEnabled(ready and entry is not None and entry.entry_id is not None)
        tip = self._locked or (
            self.tr("Set {field} back to its value after the selected change").format(
                field=top_label(field)) if field else self.tr("Select a change to a field"))
        self.field_button.setToolTip(tip)
        self.record_button.setToolTip(self._locked or self.tr(
            "Set every field back to how it was after the selected line"))
