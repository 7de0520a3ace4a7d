"""The review window: the queue on the left, the item under review on the right.

Made to be worked through from the keyboard: J/K (or Ctrl+Down/Ctrl+Up) move
through the queue, Ctrl+Enter approves, Ctrl+Shift+C sends back, Ctrl+Shift+J
rejects, Ctrl+M comments on the selected field. After a decision the queue is
read again and the next item is opened.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.queue_panel import QUEUE, RETURNED, QueuePanel
from sahel_desk.gui.review.view import ReviewView
from sahel_desk.services.desk import Desk

REVIEW_STYLE = """
QLabel#reviewTitle { font-size: 14pt; }
QLabel#reviewNote { color: #5b616b; }
QLabel#reviewNote[error="true"] { color: #b3261e; font-weight: bold; }
QLabel#pendingNote { background: #fff4e0; border: 1px solid #e8c07a; border-radius: 4px;
                     padding: 4px 8px; color: #6b3f00; }
QLabel#requestNote { background: #e7f0fb; border: 1px solid #a9c4e6; border-radius: 4px;
                     padding: 4px 8px; color: #1f3b63; }
QLabel#legend { color: #5b616b; font-size: 9pt; }
QLabel#queueCounts { color: #374151; }
QPushButton#approveButton { font-weight: bold; }
"""


class ReviewWindow(QWidget):
    """``changed(str)`` after anything that changes an incident (a decision, a comment,
    a revert, the start of a review); ``openRequested(str)`` asks for the form."""

    changed = Signal(str)
    openRequested = Signal(str)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sahel Desk — Review"))
        self.setStyleSheet(REVIEW_STYLE)
        fit_to_screen(self, QSize(1500, 900))
        self.queue = QueuePanel(desk, operations)
        self.view = ReviewView(desk, operations)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        for before, after in itertools.pairwise([self.queue.view, *self.view.panes()]):
            self.setTabOrder(before, after)

        self.queue.rowChosen.connect(self.view.show_row)
        self.view.decided.connect(self._decided)
        self.view.changed.connect(self.changed)
        self.view.openRequested.connect(self.openRequested)
        self.view.itemLoaded.connect(self._item_loaded)
        self._build_actions()

    def _action(self, text: str, keys: Sequence[str], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        view = self.view
        self.next_action = self._action(self.tr("Next item"), ["J", "Ctrl+Down"],
                                        lambda: self.step(1))
        self.previous_action = self._action(self.tr("Previous item"), ["K", "Ctrl+Up"],
                                            lambda: self.step(-1))
        self.approve_action = self._action(self.tr("Approve"), ["Ctrl+Return", "Ctrl+Enter"],
                                           view.approve)
        self.changes_action = self._action(self.tr("Request changes"), ["Ctrl+Shift+C"],
                                           view.request_changes)
        self.reject_action = self._action(self.tr("Reject"), ["Ctrl+Shift+J"], view.reject)
        self.comment_action = self._action(self.tr("Comment on the selected field"),
                                           ["Ctrl+M"], view.comment_on_field)
        self.record_comment_action = self._action(self.tr("Comment on the record"),
                                                  ["Ctrl+Shift+M"], view.comment_on_record)
        self.open_action = self._action(self.tr("Open in the form"), ["Ctrl+O"],
                                        view.open_in_form)
        self.history_action = self._action(self.tr("History"), ["Ctrl+H"], self.show_history)
        self.refresh_action = self._action(self.tr("Refresh"), ["F5"], self.refresh)
        self._update_actions()

    # --- modes and moving -----------------------------------------------------------------

    def show_queue(self) -> None:
        """What waits for review, oldest first."""
        self.setWindowTitle(self.tr("Sahel Desk — Review queue"))
        self.queue.set_mode(QUEUE)
        self.queue.view.setFocus()

    def show_returned(self) -> None:
        """The current user's records sent back with changes requested."""
        self.setWindowTitle(self.tr("Sahel Desk — Returned to me"))
        self.queue.set_mode(RETURNED)
        self.queue.view.setFocus()

    def refresh(self) -> None:
        self.queue.reload()

    def step(self, delta: int) -> bool:
        return self.queue.step(delta)

    def show_history(self) -> None:
        self.view.tabs.setCurrentWidget(self.view.timeline)
        self.view.timeline.view.setFocus()

    def _decided(self, incident_id: str) -> None:
        """The item has left the queue: read it again; the next item takes its row."""
        self.changed.emit(incident_id)
        self.queue.reload()

    def _item_loaded(self, item) -> None:
        if item.started:
            self.changed.emit(item.record.id)
            self.queue.reload()
        self._update_actions()

    def _update_actions(self) -> None:
        item = self.view.item
        allowed = item is not None and item.may_decide
        for action in (self.approve_action, self.changes_action, self.reject_action):
            action.setEnabled(allowed)
