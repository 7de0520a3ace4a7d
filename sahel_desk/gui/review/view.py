"""One item under review: the record beside what it is compared with, its comment
threads, its history, and the reviewer's decision.

Opening a submitted record as a reviewer takes it into review. A decision
runs off the GUI thread; ``decided(incident_id)`` follows a step that worked,
and a refusal is said in the decision box.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import StaleRevisionError, UserError
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolate, isolated, paragraph
from sahel_desk.gui.review.comments import CommentsPanel
from sahel_desk.gui.review.comparison import ReviewItem, load_item
from sahel_desk.gui.review.decision import Decision, DecisionPanel
from sahel_desk.gui.review.diff_model import DiffModel
from sahel_desk.gui.review.text import (
    pending_note,
    role_word,
    state_label,
    when,
)
from sahel_desk.gui.review.timeline import TimelinePanel
from sahel_desk.gui.review.widgets import error_text, note_label, record_table, select_row
from sahel_desk.services.desk import Desk
from sahel_desk.store.review_records import QueueRow

WAITING = ("submitted", "in_review")
#: the keys of the review window and what they do, in the legend under it
KEYS = (
    ("J / K, Ctrl+↓ / Ctrl+↑", QT_TRANSLATE_NOOP("ReviewView", "next / previous item")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ReviewView", "approve")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("ReviewView", "request changes")),
    ("Ctrl+Shift+J", QT_TRANSLATE_NOOP("ReviewView", "reject")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("ReviewView", "comment on the selected field")),
    ("Ctrl+Shift+M", QT_TRANSLATE_NOOP("ReviewView", "comment on the record")),
    ("Enter", QT_TRANSLATE_NOOP("ReviewView", "post a comment")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("ReviewView", "open in the form")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("ReviewView", "history")),
    ("F5", QT_TRANSLATE_NOOP("ReviewView", "refresh")),
    ("Tab", QT_TRANSLATE_NOOP("ReviewView", "next pane")),
)


def legend(keys: tuple[tuple[str, str], ...], context: str) -> str:
    """"Keys: J / K next / previous item · Ctrl+Enter approve · ...", each key isolated so
    that it reads left to right in an Arabic line."""
    title = QCoreApplication.translate("ReviewView", "<b>Keys</b>")
    items = (QCoreApplication.translate("ReviewView", "{keys} {action}").format(
        keys=isolate(keys), action=QCoreApplication.translate(context, action))
        for keys, action in keys)
    return f"{title} &nbsp; " + " · ".join(items)


def run_decision(desk: Desk, ref: str, revision: int, decision: Decision):
    """One review step, refused if the record changed since ``revision`` was read."""
    review = desk.review
    if decision.verb == "approve":
        return review.approve(ref, decision.reason, expected_revision=revision)
    if decision.verb == "request_changes":
        return review.request_changes(ref, decision.reason or "", expected_revision=revision)
    return review.reject(ref, decision.reason_code or "", decision.reason or "",
                         duplicate_of=decision.duplicate_of, expected_revision=revision)


class ReviewView(QWidget):
    """``decided(str)`` after a step; ``changed(str)`` after a comment or a revert;
    ``openRequested(str)`` asks for the incident form; ``itemLoaded(ReviewItem)``."""

    decided = Signal(str)
    changed = Signal(str)
    openRequested = Signal(str)
    itemLoaded = Signal(object)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self._channel = f"review-item-{id(self)}"
        self.row: QueueRow | None = None
        self.item: ReviewItem | None = None
        self._busy = False

        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setWordWrap(True)  # a long id and state in French still fit a laptop
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.summary = note_label()
        self.pending_note = note_label()
        self.pending_note.setObjectName("pendingNote")
        self.request_note = note_label()
        self.request_note.setObjectName("requestNote")
        self.open_button = QPushButton(self.tr("Open in form"))
        self.open_button.setToolTip(self.tr("Edit this record in the incident form (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_in_form)

        self.diff = DiffModel(self)
        self.diff_view = record_table(self.diff)
        self.diff_view.setObjectName("reviewDiff")
        self.diff_view.setWordWrap(True)
        rows = self.diff_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(24)
        palette = self.diff_view.palette()  # a see-through selection keeps changes visible
        palette.setColor(QPalette.ColorRole.Highlight, QColor(37, 99, 235, 70))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#111827"))
        self.diff_view.setPalette(palette)
        for column, width in enumerate((230, 230, 230)):
            self.diff_view.setColumnWidth(column, width)
        self.diff_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._field_chosen(current.row()))
        self.only_changed = QCheckBox(self.tr("Only changed fields"))
        self.only_changed.toggled.connect(self._only_changed)
        self.record_button = QPushButton(self.tr("Comment on the whole record"))
        self.record_button.clicked.connect(self.comment_on_record)
        self.comments = CommentsPanel(desk.comments, operations)
        self.comments.changed.connect(self._comments_changed)
        self.comments.edit.escaped.connect(self.diff_view.setFocus)

        changes = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.only_changed)
        bar.addStretch(1)
        bar.addWidget(self.record_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.diff_view)
        split.addWidget(self.comments)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        changes_layout = QVBoxLayout(changes)
        changes_layout.setContentsMargins(0, 4, 0, 0)
        changes_layout.addLayout(bar)
        changes_layout.addWidget(split, 1)
        self.timeline = TimelinePanel(desk.history, operations)
        self.timeline.reverted.connect(self._reverted)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(changes, self.tr("Changes and comments"))
        self.tabs.addTab(self.timeline, self.tr("History"))

        self.decision = DecisionPanel()
        self.decision.approve_button.clicked.connect(self.approve)
        self.decision.changes_button.clicked.connect(self.request_changes)
        self.decision.reject_button.clicked.connect(self.reject)
        self.legend = QLabel(legend(KEYS, "ReviewView"))
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.pending_note)
        layout.addWidget(self.request_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.decision)
        layout.addWidget(self.legend)
        self.show_row(None)

    def panes(self) -> list[QWidget]:
        """The widgets Tab goes through, in order: fields, comments, comment box, decision."""
        return [self.diff_view, self.comments.view, self.comments.edit,
                *self.decision.focus_order()]

    # --- opening ------------------------------------------------------------------------

    def show_row(self, row: QueueRow | None, *, force: bool = False) -> None:
        """Show the item of a queue row (None: nothing to review)."""
        if (not force and row is not None and self.row is not None and self.item is not None
                and row.incident_id == self.row.incident_id
                and self.item.user == self._desk.user):
            self.row = row
            return
        self.row = row
        self.item = None
        self.decision.clear()
        if row is None:
            self.title.setText(paragraph(self.tr("<b>Nothing to review</b>")))
            self.summary.setText(self.tr("The queue is empty with these filters."))
            for label in (self.pending_note, self.request_note):
                label.hide()
            self.diff.set_fields([])
            self.comments.set_comments(None, [])
            self.comments.set_target(None)
            self.timeline.clear()
            self._update_actions()
            return
        self.title.setText(paragraph(self.tr("<b>{id}</b> — loading…").format(
            id=isolate(html.escape(row.human_id)))))
        self._update_actions()
        desk, ref = self._desk, row.incident_id
        self._operations.run(lambda: load_item(desk, ref, start=True),
                             channel=self._channel, on_done=self._loaded,
                             on_error=self._load_failed)

    def reload(self) -> None:
        self.show_row(self.row, force=True)

    def _loaded(self, item: ReviewItem) -> None:
        if not shiboken6.isValid(self) or self.row is None or \
                item.record.id != self.row.incident_id:
            return
        self.item = item
        record = item.record
        self.title.setText(paragraph(self._title(item)))
        self.summary.setText(self._summary(item, self.row))
        self.pending_note.setText(pending_note())
        self.pending_note.setVisible(item.pending is not None)
        request = item.last_request if record.status == "changes_requested" else None
        if request is not None:
            self.request_note.setText(self.tr("Changes requested by {user}, {when}: {reason}"
                                              ).format(**isolated(user=request.user,
                                                                  when=when(request.at),
                                                                  reason=request.reason)))
        self.request_note.setVisible(request is not None)
        before, after = item.titles
        self.diff.set_header(1, before)
        self.diff.set_header(2, after)
        self.diff.set_fields(item.fields)
        self.diff.set_comments(item.comments)
        self.comments.set_comments(record.id, item.comments,
                                   {f.field: self.diff.title(f) for f in item.fields})
        changed = self.diff.changed_rows()
        if self.diff.rowCount():
            select_row(self.diff_view, changed[0] if changed else 0)
        else:
            self.comments.set_target(None)
        self.timeline.show_entries(item.timeline, record.id)
        self._update_actions()
        self.itemLoaded.emit(item)

    def _title(self, item: ReviewItem) -> str:
        """"MLI-2017-0042 — revision of an approved record, in review"."""
        values = {"id": isolate(html.escape(item.record.human_id)),
                  "state": state_label(item.record.status)}
        if item.pending is not None:
            return self.tr("<b>{id}</b> — revision of an approved record, state: {state}"
                           ).format(**values)
        return self.tr("<b>{id}</b> — new record, state: {state}").format(**values)

    def _summary(self, item: ReviewItem, row: QueueRow | None) -> str:
        """Who coded, submitted and last changed the record, one sentence each."""
        record = item.record
        parts = [self.tr("Coded by {user}.").format(**isolated(user=row.coded_by))
                 if row is not None else ""]
        if row is not None and row.submitted_by:
            parts.append(self.tr("Submitted by {user}.").format(
                **isolated(user=row.submitted_by)))
        parts.append(self.tr("Last change by {user}, {when}.").format(
            **isolated(user=record.updated_by, when=when(record.updated_at))))
        if item.started:
            parts.append(self.tr("Taken into review now."))
        return " ".join(p for p in parts if p)

    def _load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, UserError):
            self.title.setText(paragraph(self.tr("<b>Could not open this item</b>")))
            self.summary.setText(error_text(error))
            self.item = None
            self._update_actions()
        else:
            self._operations.report(error)

    def _only_changed(self, only: bool) -> None:
        """Show only the changes (or every field), keeping the chosen field chosen."""
        current = self.diff.row_at(self.diff_view.currentIndex().row())
        self.diff.set_only_changed(only)
        row = self.diff.row_of(current.field) if current else None
        if row is not None:
            select_row(self.diff_view, row)

    # --- comments -------------------------------------------------------------------------

    def _field_chosen(self, row: int) -> None:
        chosen = self.diff.row_at(row)
        if chosen is not None:
            self.comments.set_target(chosen.field, self.diff.title(chosen))

    def comment_on_field(self) -> None:
        """Ctrl+M: write a comment on the selected field (the first change if none)."""
        if self.item is None:
            return
        self.tabs.setCurrentIndex(0)
        row = self.diff_view.currentIndex().row()
        if row < 0 and self.diff.rowCount():
            changed = self.diff.changed_rows()
            select_row(self.diff_view, changed[0] if changed else 0)
        self._field_chosen(self.diff_view.currentIndex().row())
        self.comments.start_comment()

    def comment_on_record(self) -> None:
        if self.item is None:
            return
        self.tabs.setCurrentIndex(0)
        self.diff_view.clearSelection()
        self.comments.set_target(None)
        self.comments.start_comment()

    def _comments_changed(self) -> None:
        self.diff.set_comments(self.comments.comments())
        if self.item is not None:
            self.timeline.load(self.item.record.id)
            self.changed.emit(self.item.record.id)

    def _reverted(self, record) -> None:
        self.changed.emit(record.id)
        self.reload()

    # --- deciding --------------------------------------------------------------------------

    def approve(self) -> bool:
        return self._decide("approve")

    def request_changes(self) -> bool:
        return self._decide("request_changes")

    def reject(self) -> bool:
        return self._decide("reject")

    def may_decide(self) -> bool:
        return (self.item is not None and not self._busy and self.item.may_decide
                and self.item.record.status in WAITING)

    def _decide(self, verb: str) -> bool:
        if not self.may_decide():
            return False
        decision = self.decision.decision(verb)
        if decision is None:
            return False
        assert self.item is not None
        record = self.item.record
        self._busy = True
        self._update_actions()
        self.decision.say("")
        self._operations.run(run_decision, self._desk, record.id, record.revision, decision,
                             on_done=lambda _r: self._decided(record.id),
                             on_error=self._decision_failed)
        return True

    def _decided(self, incident_id: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.decision.clear()
        self._update_actions()
        self.decided.emit(incident_id)

    def _decision_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._update_actions()
        if isinstance(error, StaleRevisionError):
            self.decision.say(self.tr("Not done: {why} The item is shown again as it is now."
                                      ).format(why=error_text(error)))
            self.reload()
        elif isinstance(error, UserError):
            self.decision.say(self.tr("Not done: {why}").format(why=error_text(error)))
        else:
            self._operations.report(error)

    # --- misc -------------------------------------------------------------------------------

    def open_in_form(self) -> None:
        if self.row is not None:
            self.openRequested.emit(self.row.incident_id)

    def _update_actions(self) -> None:
        item = self.item
        self.open_button.setEnabled(self.row is not None)
        self.record_button.setEnabled(item is not None)
        self.comments.edit.setEnabled(item is not None)
        if item is None:
            self.decision.set_allowed(False, "")
        elif not item.may_decide:
            self.decision.set_allowed(False, self.tr(
                "{user} is a {role}: reviewers and administrators take these decisions. You "
                "can comment, and fix the record in the form (Ctrl+O).").format(
                    **isolated(user=item.user), role=role_word(item.role)))
        elif item.record.status not in WAITING:
            self.decision.set_allowed(False, self.tr(
                "Sent back to the researcher: waiting for a new submission."))
        else:
            self.decision.set_allowed(not self._busy, "")
