"""A field with room for its problem: a red frame and the message in words below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

ERROR_MARK = "⚠"
MESSAGE_MIN_WIDTH = 190


class FieldBox(QFrame):
    """Wraps one or more editors; ``set_problem`` frames them and says what is wrong."""

    def __init__(self, *editors: QWidget, stretch_last: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldBox")
        self.setProperty("invalid", False)
        self.editors = editors
        row = self._row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for editor in editors:
            row.addWidget(editor)
        if not stretch_last:
            row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("fieldProblem")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)

    def add_trailing(self, widget: QWidget) -> None:
        """Something shown after the editors on the same line (a hint, a derived value)."""
        self._row.insertWidget(len(self.editors), widget)

    def set_problem(self, message: str | None) -> None:
        invalid = bool(message)
        self.message.setText(f"{ERROR_MARK} {message}" if message else "")
        # Room for a few words a line, even under a field as narrow as a count.
        self.message.setMinimumWidth(MESSAGE_MIN_WIDTH if invalid else 0)
        self.message.setVisible(invalid)
        if self.property("invalid") != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)

    def problem(self) -> str | None:
        text = self.message.text()
        return text.removeprefix(f"{ERROR_MARK} ") if text else None

    def focus(self) -> None:
        if self.editors:
            self.editors[0].setFocus(Qt.FocusReason.OtherFocusReason)
