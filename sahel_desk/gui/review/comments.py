"""Comment threads on a record or on one of its fields: read, write, resolve.

The panel shows the threads on the field chosen in the comparison (or on the
whole record). Enter in the text box posts: into the selected thread while it
is open, else as a new thread. "Resolve" closes the selected thread. Anyone
may comment: researchers answer reviewers here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import UserError
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolate, isolated, reply_mark
from sahel_desk.gui.review.fields import diff_title
from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import when
from sahel_desk.gui.review.widgets import (
    error_text,
    note_label,
    record_table,
    select_row,
    show_error,
)
from sahel_desk.services.history import CommentService
from sahel_desk.store.records import CommentRecord

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_GREY = QColor("#6b7280")


def threaded(comments: Sequence[CommentRecord]) -> list[CommentRecord]:
    """Each thread's first comment (oldest thread first) followed by its replies."""
    roots = [c for c in comments if c.parent_id is None]
    replies = [c for c in comments if c.parent_id is not None]
    ordered: list[CommentRecord] = []
    for root in sorted(roots, key=lambda c: c.at):
        ordered.append(root)
        ordered += sorted((r for r in replies if r.parent_id == root.id), key=lambda c: c.at)
    known = {c.id for c in ordered}
    return ordered + [r for r in replies if r.id not in known]


class CommentModel(RecordTableModel):
    """Comments in thread order; ``labels`` names the fields they are on."""

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("On"), self._on),
            (self.tr("Who"), lambda c: c.user),
            (self.tr("When"), lambda c: when(c.at)),
            (self.tr("State"), self._state),
            (self.tr("Comment"), self._text),
        ], parent)
        self.labels: dict[str, str] = {}
        self._roots: dict[str, CommentRecord] = {}

    def set_rows(self, rows: Sequence[CommentRecord]) -> None:
        self._roots = {c.id: c for c in rows if c.parent_id is None}
        super().set_rows(rows)

    def root_of(self, comment: CommentRecord) -> CommentRecord:
        """The thread's first comment, which holds whether the thread is resolved."""
        return self._roots.get(comment.parent_id or "", comment)

    def _state(self, comment: CommentRecord) -> str:
        root = self.root_of(comment)
        if comment is not root:
            return ""
        if root.resolved:
            return self.tr("resolved by {user}").format(**isolated(user=root.resolved_by))
        return self.tr("open")

    def _on(self, comment: CommentRecord) -> str:
        if not comment.field:
            return self.tr("Whole record")
        return self.labels.get(comment.field) or diff_title(comment.field)

    @staticmethod
    def _text(comment: CommentRecord) -> str:
        """A reply starts with an arrow that turns towards where the line starts."""
        text = isolate(comment.text)
        return f"{reply_mark()} {text}" if comment.parent_id else text

    def styled(self, comment: CommentRecord, column: int, role: int) -> object:
        return _GREY if role == FOREGROUND and self.root_of(comment).resolved else None


class _CommentEdit(QLineEdit):
    """Enter posts (``returnPressed``); Escape hands the focus back."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CommentsPanel(QWidget):
    """``changed()`` after a comment is posted or a thread resolved (the panel has
    already reloaded its comments)."""

    changed = Signal()

    def __init__(self, comments: CommentService, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._service = comments
        self._operations = operations
        self._channel = f"comments-{id(self)}"
        self.incident_id: str | None = None
        self.field: str | None = None
        self._label = ""
        self._comments: list[CommentRecord] = []
        self.title = QLabel()
        self.title.setObjectName("commentsTitle")
        self.title.setWordWrap(True)
        self.all_box = QCheckBox(self.tr("All comments"))
        self.all_box.setToolTip(self.tr("Show the comments on every field, not only the "
                                        "chosen one"))
        self.all_box.toggled.connect(lambda _on: self._show())
        self.model = CommentModel(self)
        self.view = record_table(self.model)
        self.view.setObjectName("comments")
        for column, width in enumerate((150, 80, 120, 120)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_args: self._update_buttons())
        self.view.setMinimumHeight(90)
        self.edit = _CommentEdit()
        self.edit.setObjectName("commentEdit")
        self.edit.returnPressed.connect(self.post)
        self.resolve_button = QPushButton(self.tr("Resolve thread"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.note = note_label()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.all_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit, 1)
        bottom.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.note)
        self._say("")
        self.set_target(None)

    # --- what is shown -------------------------------------------------------------------

    def set_comments(self, incident_id: str | None, comments: Sequence[CommentRecord],
                     labels: dict[str, str] | None = None) -> None:
        """Show ``comments``; ``labels`` names the fields as the comparison does."""
        if labels is not None:
            self.model.labels = dict(labels)
        self.incident_id = incident_id
        self._comments = list(comments)
        self._say("")
        self._show_title()
        self._show()

    def set_target(self, field: str | None, label: str = "") -> None:
        """Comment on ``field`` (None: on the whole record) from now on; ``label`` names
        it as the comparison does."""
        self.field, self._label = field, (label or diff_title(field)) if field else ""
        self._show_title()
        self._show()

    def _show_title(self) -> None:
        """Says what a comment typed now goes on, or, with nothing open, how to start."""
        if self.incident_id is None:
            self.title.setText(self.tr("<b>Comments</b> — choose an item in the queue, then "
                                       "a field, to read and write comments on it."))
        elif self.field:
            self.title.setText(self.tr("<b>Comments on {field}</b>").format(
                field=html.escape(self._label)))
        else:
            self.title.setText(self.tr("<b>Comments on the whole record</b>"))

    def comments(self) -> list[CommentRecord]:
        return list(self._comments)

    def _show(self) -> None:
        shown = self._comments if self.all_box.isChecked() else [
            c for c in self._comments if c.field == self.field]
        self.model.set_rows(threaded(shown))
        if shown:
            select_row(self.view, self.model.rowCount() - 1)
        self._update_buttons()

    def selected(self) -> CommentRecord | None:
        return self.model.row_at(self.view.currentIndex().row())

    def open_thread(self) -> CommentRecord | None:
        """The open thread a new comment goes into (the selected one), if any."""
        comment = self.selected()
        if comment is None:
            return None
        root = self.model.root_of(comment)
        return None if root.resolved or root.field != self.field else root

    # --- writing --------------------------------------------------------------------------

    def start_comment(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def post(self) -> bool:
        text = self.edit.text().strip()
        if not text or self.incident_id is None:
            return False
        self.edit.setEnabled(False)
        service, incident_id, field = self._service, self.incident_id, self.field
        thread = self.open_thread()
        parent = thread.id if thread else None
        self._operations.run(lambda: service.add(incident_id, text, field=field,
                                                 parent_id=parent),
                             on_done=lambda _c: self._posted(), on_error=self._failed)
        return True

    def _posted(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.edit.clear()
        self.edit.setEnabled(True)
        self.edit.setFocus()
        self._reload()

    def resolve_selected(self) -> bool:
        comment = self.selected()
        if comment is None:
            return False
        root = self.model.root_of(comment)
        self._operations.run(self._service.resolve, root.id, not root.resolved,
                             on_done=lambda _c: self._reload(), on_error=self._failed)
        return True

    def _reload(self) -> None:
        if self.incident_id is None:
            return
        incident_id = self.incident_id
        self._operations.run(self._service.for_incident, incident_id, channel=self._channel,
                             on_done=lambda found: self._reloaded(incident_id, found),
                             on_error=self._failed)

    def _reloaded(self, incident_id: str, found: list[CommentRecord]) -> None:
        if not shiboken6.isValid(self) or incident_id != self.incident_id:
            return
        self.set_comments(incident_id, found)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.edit.setEnabled(True)
        if isinstance(error, UserError):
            self._say(error_text(error))
        else:
            self._operations.report(error)

    def _say(self, text: str) -> None:
        """A refusal under the comment box, which takes no room when there is none."""
        show_error(self.note, text)
        self.note.setVisible(bool(text))

    def _update_buttons(self) -> None:
        thread = self.open_thread()
        if self.incident_id is None:
            hint = self.tr("Choose an item to comment on it")
        elif thread is not None and self.field:
            hint = self.tr("Reply to {user} on {field}: type and press Enter").format(
                **isolated(user=thread.user), field=self._label)
        elif thread is not None:
            hint = self.tr("Reply to {user} on the whole record: type and press Enter"
                           ).format(**isolated(user=thread.user))
        elif self.field:
            hint = self.tr("Comment on {field}: type and press Enter").format(
                field=self._label)
        else:
            hint = self.tr("Comment on the whole record: type and press Enter")
        self.edit.setPlaceholderText(hint)
        comment = self.selected()
        self.resolve_button.setEnabled(comment is not None)
        resolved = comment is not None and self.model.root_of(comment).resolved
        self.resolve_button.setText(self.tr("Reopen thread") if resolved
                                    else self.tr("Resolve thread"))
