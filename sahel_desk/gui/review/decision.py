"""The reviewer's decision: a reason box, why a record is rejected, and three buttons.

The panel only collects and checks what the service will need (a reason to
send back or reject, a reason code, the record a duplicate duplicates); the
view runs the step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sahel_desk.gui.review.text import rejection_choice
from sahel_desk.gui.review.widgets import note_label, show_error
from sahel_desk.services.review import REJECTION_REASONS


@dataclass(frozen=True)
class Decision:
    verb: str  # "approve", "request_changes" or "reject"
    reason: str | None
    reason_code: str | None = None
    duplicate_of: str | None = None


class DecisionPanel(QGroupBox):
    """``decision(verb)`` returns the Decision, or None after saying what is missing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Decision"), parent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr(
            "Why: needed to request changes or reject, optional to approve. Shown to the "
            "researcher and kept in the history."))
        # three lines of text, whatever the font; the window gives it no more
        lines = self.reason.fontMetrics().lineSpacing() * 3
        self.reason.setFixedHeight(lines + 2 * self.reason.frameWidth() + 8)
        self.reject_code = QComboBox()
        self.reject_code.addItem(self.tr("— why reject —"), None)
        for code, label in REJECTION_REASONS.items():
            self.reject_code.addItem(rejection_choice(label), code)
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setPlaceholderText(self.tr("Duplicate of (e.g. MLI-2017-0042)"))
        self.reject_code.currentIndexChanged.connect(self._code_changed)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.changes_button = QPushButton(self.tr("Request changes"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.message = note_label()
        self.role_note = QLabel()
        self.role_note.setObjectName("reviewNote")
        self.role_note.setWordWrap(True)

        grid = QGridLayout(self)
        grid.addWidget(self.reason, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Reject as")), 1, 0)
        grid.addWidget(self.reject_code, 1, 1)
        grid.addWidget(self.duplicate_of, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.role_note, 1)
        buttons.addStretch(0)  # with no note the buttons keep their size on the right
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.reject_button)
        grid.addLayout(buttons, 2, 0, 1, 3)
        grid.addWidget(self.message, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self._code_changed()
        self.set_allowed(False, "")
        self.say("")

    def _code_changed(self) -> None:
        duplicate = self.reject_code.currentData() == "duplicate"
        self.duplicate_of.setEnabled(duplicate)
        if not duplicate:
            self.duplicate_of.clear()

    def focus_order(self) -> list[QWidget]:
        return [self.reason, self.reject_code, self.duplicate_of, self.approve_button,
                self.changes_button, self.reject_button]

    # --- state --------------------------------------------------------------------

    def set_allowed(self, allowed: bool, note: str) -> None:
        """Enable the decisions (a reviewer on a waiting record) or say why not."""
        for widget in (self.approve_button, self.changes_button, self.reject_button,
                       self.reason, self.reject_code):
            widget.setEnabled(allowed)
        self.duplicate_of.setEnabled(allowed and self.reject_code.currentData() == "duplicate")
        self.role_note.setText(note)
        self.role_note.setVisible(bool(note))

    def clear(self) -> None:
        self.reason.clear()
        self.reject_code.setCurrentIndex(0)
        self.say("")

    def say(self, text: str) -> None:
        """What is missing or was refused; no empty line under the buttons otherwise (the
        comparison above needs the room on a laptop)."""
        show_error(self.message, text)
        self.message.setVisible(bool(text))

    # --- checking ------------------------------------------------------------------

    def decision(self, verb: str) -> Decision | None:
        reason = self.reason.toPlainText().strip() or None
        if verb == "approve":
            return Decision(verb, reason)
        if verb == "request_changes":
            if not reason:
                self._missing(self.tr("Say what to change in the reason box first."),
                              self.reason)
                return None
            return Decision(verb, reason)
        code = self.reject_code.currentData()
        if code is None:
            self._missing(self.tr("Choose why the record is rejected first."),
                          self.reject_code)
            return None
        duplicate = self.duplicate_of.text().strip() or None
        if code == "duplicate" and not duplicate:
            self._missing(self.tr("Name the record this one duplicates first."),
                          self.duplicate_of)
            return None
        if not reason:
            self._missing(self.tr("Give a reason for rejecting in the reason box first."),
                          self.reason)
            return None
        return Decision(verb, reason, code, duplicate)

    def _missing(self, text: str, widget: QWidget) -> None:
        self.say(text)
        widget.setFocus()
