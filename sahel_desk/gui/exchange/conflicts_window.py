"""Review > Conflicts: the fields two desks changed differently, settled one by one.

The list (oldest first) is on the left, the selected conflict side by side on the
right. Up/Down move through the list, Ctrl+1 keeps this desk's value, Ctrl+2
takes the other desk's. Each answer runs ``desk.exchange.resolve`` off the GUI
thread; the list is read again and the next conflict takes the row, so a
reviewer can work through a bundle's conflicts from the keyboard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.exchange.conflict_items import ConflictItem, ConflictList, load_conflicts
from sahel_desk.gui.exchange.conflict_model import ConflictModel
from sahel_desk.gui.exchange.conflict_panel import ConflictPanel, words
from sahel_desk.gui.form.banner import Banner
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolate, paragraph
from sahel_desk.gui.review.text import counted
from sahel_desk.gui.review.view import legend
from sahel_desk.gui.review.widgets import record_table, report_failure, select_row
from sahel_desk.services.desk import Desk
from sahel_desk.services.exchange import ConflictRecord

#: the count's text when nothing waits (the empty page says it as a sentence)
EMPTY = QT_TRANSLATE_NOOP("ConflictsWindow", "No conflicts to resolve")
#: the window's keys and what they do, in the legend under it
KEYS = (
    ("↑ / ↓", QT_TRANSLATE_NOOP("ConflictsWindow", "move in the list")),
    ("Ctrl+1", QT_TRANSLATE_NOOP("ConflictsWindow", "keep this desk's")),
    ("Ctrl+2", QT_TRANSLATE_NOOP("ConflictsWindow", "take theirs")),
    ("F5", QT_TRANSLATE_NOOP("ConflictsWindow", "read the list again")),
)
CONFLICT_STYLE = """
QLabel#conflictTitle { font-size: 14pt; }
QLabel#reviewNote { color: #5b616b; }
QLabel#legend { color: #5b616b; font-size: 9pt; }
QLabel#emptyNote { color: #5b616b; font-size: 13pt; }
QLabel#sideTitle { font-weight: bold; }
QLabel#sideValue { font-size: 13pt; padding: 4px 0; }
QFrame#oursSide { background: #eef4fc; border: 1px solid #a9c4e6; border-radius: 4px; }
QFrame#oursSide QLabel { color: #174a8b; background: transparent; border: none; }
QFrame#theirsSide { background: #fdf3e7; border: 1px solid #e8c07a; border-radius: 4px; }
QFrame#theirsSide QLabel { color: #6b3f00; background: transparent; border: none; }
QFrame#banner { border-radius: 4px; }
QFrame#banner[kind="error"] { background: #fdecea; border: 1px solid #e3a29c; }
QFrame#banner[kind="info"] { background: #e7f0fb; border: 1px solid #a9c4e6; }
"""


class ConflictsWindow(QWidget):
    """``resolved(incident_id)`` after a conflict was settled (the incident changed);
    ``loaded()`` each time the list has been read."""

    resolved = Signal(str)
    loaded = Signal()

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.operations = operations
        self.setWindowTitle(self.tr("Sahel Desk — Conflicts"))
        self.setStyleSheet(CONFLICT_STYLE)
        fit_to_screen(self, QSize(1400, 760))
        self.conflicts: ConflictList | None = None
        self._keep_row: int | None = None

        self.banner = Banner()
        self.count = QLabel(self.tr("Reading the conflicts…"))
        self.count.setTextFormat(Qt.TextFormat.RichText)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.model = ConflictModel(self)
        self.view = record_table(self.model)
        for column, width in enumerate((105, 160, 120, 120, 165)):
            self.view.setColumnWidth(column, width)
        self.panel = ConflictPanel()
        self.empty = QLabel(self.tr("No conflicts to resolve."))
        self.empty.setObjectName("emptyNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.legend = QLabel(legend(KEYS, "ConflictsWindow"))
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.legend)

        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.panel.resolveRequested.connect(self.resolve)
        self.keep_action = self._action(self.tr("Keep this desk's value"), "Ctrl+1",
                                        self.panel.keep_ours)
        self.take_action = self._action(self.tr("Take the other desk's value"), "Ctrl+2",
                                        self.panel.take_theirs)
        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.reload)
        self.setTabOrder(self.view, self.panel.ours.button)

    def _action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again (off the GUI thread)."""
        desk = self.desk
        self.operations.run(load_conflicts, desk, on_done=self._loaded,
                            on_error=self._load_failed, channel=f"conflicts-{id(self)}")

    def _loaded(self, conflicts: ConflictList) -> None:
        current = self.panel.item
        row = self._keep_row
        self._keep_row = None
        self.conflicts = conflicts
        self.model.set_rows(conflicts.items)
        count = len(conflicts.items)
        if count:
            self.count.setText(paragraph(counted(self.tr(
                "<b>%n</b> open conflict(s), oldest first", "", count), count)))
        else:
            self.count.setText(self.tr(EMPTY))
        self.stack.setCurrentWidget(self.panel if count else self.empty)
        self.panel.set_allowed(conflicts.may_resolve, conflicts.refusal)
        if row is None and current is not None:
            row = self.model.row_of(current.id)
        if count:
            select_row(self.view, min(row or 0, count - 1))
        else:
            self.panel.show_item(None)
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.count.setText(self.tr("The conflicts could not be read."))
        self._report(error)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_item(self.model.row_at(current.row()) if current.isValid() else None)

    # --- settling one ------------------------------------------------------------------

    def resolve(self, choice: str, value: Any = None) -> None:
        """Settle the selected conflict: "local", "remote" or "value" (with ``value``)."""
        item = self.panel.item
        if item is None:
            return
        exchange = self.desk.exchange
        reason = self.panel.reason_text()
        self.panel.set_busy(True)
        self.banner.clear()
        self._keep_row = self.model.row_of(item.id)
        self.operations.run(
            lambda: exchange.resolve(item.id, choice, value, reason=reason),
            on_done=lambda record: self._resolved(record, choice, item),
            on_error=self._failed)

    def _resolved(self, record: ConflictRecord, choice: str, item: ConflictItem) -> None:
        self.panel.set_busy(False)
        self.panel.reason.clear()
        value = {"local": item.local, "remote": item.remote}.get(
            choice, (record.resolution or {}).get("value"))
        self.banner.show_message(self._settled(item, choice, words(value)), "info")
        self.view.setFocus()
        self.resolved.emit(record.incident_id)
        self.reload()

    def _settled(self, item: ConflictItem, choice: str, value: str) -> str:
        """"MLI-2017-0042 · Fatalities (best): kept this desk's value (9)."""
        where = {"incident": isolate(item.incident), "field": item.label, "value": value}
        if choice == "local":
            return self.tr("{incident} · {field}: kept this desk's value ({value}).").format(
                **where)
        if choice == "remote":
            return self.tr("{incident} · {field}: took {sender}'s value ({value}).").format(
                **where, sender=isolate(item.sender))
        return self.tr("{incident} · {field}: set another value ({value}).").format(**where)

    def _failed(self, error: BaseException) -> None:
        self._keep_row = None
        self.panel.set_busy(False)
        self._report(error)

    def _report(self, error: BaseException) -> None:
        report_failure(self.banner, self.operations, error)
