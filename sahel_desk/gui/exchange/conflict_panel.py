"""One conflict side by side: this desk's value beside the other desk's, the value
before both edits, and the three ways to settle it (keep ours, take theirs, type
another value) with a reason for the history.

The panel only collects the answer; ``resolveRequested(choice, value)`` asks the
window to run it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.exchange.conflict_items import ConflictItem, typed_value
from sahel_desk.gui.review.bidi import isolate, isolated, paragraph
from sahel_desk.gui.review.text import shown, when
from sahel_desk.gui.review.widgets import note_label


def words(value: Any) -> str:
    """A value in the panel: "not coded" rather than a dash, which is easy to miss."""
    if value is None or value == "":
        return QCoreApplication.translate("ConflictPanel", "not coded")
    return isolate(shown(value))


class _Fitted(QScrollArea):
    """As tall as its content (two short numbers take little room), scrolling only past
    ``most`` pixels (two long notes side by side)."""

    def __init__(self, most: int = 360, parent: QWidget | None = None):
        super().__init__(parent)
        self.most = most
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        width = self.viewport().width() or super().sizeHint().width()
        if inner is None:
            height = 0
        elif inner.hasHeightForWidth():
            height = inner.heightForWidth(width)
        else:
            height = inner.sizeHint().height()
        return QSize(super().sizeHint().width(), min(max(height, 0), self.most) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 120))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # a new width wraps the values over another height


class _Side(QFrame):
    """One desk's value under a title, with the button that chooses it."""

    def __init__(self, name: str, button: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel()
        self.title.setObjectName("sideTitle")
        self.title.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("sideValue")
        self.value.setWordWrap(True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class ConflictPanel(QWidget):
    """``resolveRequested(choice, value)``: "local", "remote" or "value" and its value."""

    resolveRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.item: ConflictItem | None = None
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.context = note_label()
        self.ours = _Side("oursSide", self.tr("Keep this desk's  ({keys})").format(
            keys=isolate("Ctrl+1")))
        self.theirs = _Side("theirsSide", self.tr("Take theirs  ({keys})").format(
            keys=isolate("Ctrl+2")))
        self.ours.title.setText(self.tr("This desk"))
        self.base = note_label()
        self.base.setObjectName("baseNote")

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("valueEditor")
        self.editor.setTabChangesFocus(True)
        lines = self.editor.fontMetrics().lineSpacing() * 2
        self.editor.setFixedHeight(lines + 2 * self.editor.frameWidth() + 10)
        self.editor.setPlaceholderText(self.tr(
            "Type another value (a number, a name, yes or no; separate several with ;). "
            "Empty means not coded."))
        self.use_button = QPushButton(self.tr("Use this value"))
        self.edit_note = note_label()
        self.reason = QLineEdit()
        self.reason.setObjectName("conflictReason")
        self.reason.setPlaceholderText(self.tr(
            "Why (optional): kept in the incident's history, e.g. \"army communiqué of 9 "
            "May\""))
        self.allowed_note = note_label()

        sides = QWidget()
        row = QHBoxLayout(sides)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ours, 1)
        row.addWidget(self.theirs, 1)
        self.sides_area = _Fitted()
        self.sides_area.setWidget(sides)

        other = QGridLayout()
        other.addWidget(QLabel(self.tr("Another value")), 0, 0, Qt.AlignmentFlag.AlignTop)
        other.addWidget(self.editor, 0, 1)
        other.addWidget(self.use_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        other.addWidget(self.edit_note, 1, 1, 1, 2)
        other.addWidget(QLabel(self.tr("Reason")), 2, 0)
        other.addWidget(self.reason, 2, 1, 1, 2)
        other.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.context)
        layout.addWidget(self.sides_area)
        layout.addWidget(self.base)
        layout.addLayout(other)
        layout.addWidget(self.allowed_note)
        layout.addStretch(1)

        self.ours.button.clicked.connect(self.keep_ours)
        self.theirs.button.clicked.connect(self.take_theirs)
        self.use_button.clicked.connect(self.use_value)
        self._allowed = True
        self._busy = False
        self.show_item(None)

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.ours.button, self.theirs.button, self.use_button

    def show_item(self, item: ConflictItem | None) -> None:
        """Show one conflict (None: nothing selected); the reason box is kept for the next."""
        self.item = item
        if item is None:
            self.title.setText("")
            self.context.setText("")
            for side in (self.ours, self.theirs):
                side.value.setText("")
            self.theirs.title.setText(self.tr("The other desk"))
            self.base.setText("")
            self.editor.setPlainText("")
            self._update_enabled()
            return
        record = item.record
        self.title.setText(paragraph(self.tr("<b>{incident}</b> · {field}").format(
            incident=isolate(html.escape(item.incident)), field=html.escape(item.label))))
        found = when(record.found_at)
        if record.remote_at:
            context = self.tr(
                "Both desks changed this since they last exchanged. {sender} changed it on "
                "{when}; the difference was found here on {found}.").format(
                    **isolated(sender=item.sender, when=when(record.remote_at), found=found))
        else:
            context = self.tr(
                "Both desks changed this since they last exchanged. {sender} changed it; the "
                "difference was found here on {found}.").format(
                    **isolated(sender=item.sender, found=found))
        self.context.setText(context)
        self.ours.value.setText(words(item.local))
        self.theirs.title.setText(self.tr("The other desk: {sender}").format(
            **isolated(sender=item.sender)))
        self.theirs.value.setText(words(item.remote))
        self.base.setText(self.tr("Before both edits: {value}").format(
            value=words(item.base)) if item.base is not None
            else self.tr("Before both edits: not known"))
        self.sides_area.updateGeometry()
        self.editor.setPlainText(item.typed)
        self.edit_note.setText("" if item.editable else self.tr(
            "This one is settled by keeping one side: another value cannot be typed here."))
        self._update_enabled()

    def set_allowed(self, allowed: bool, note: str = "") -> None:
        """Whether the user may resolve conflicts; ``note`` says why not."""
        self._allowed = allowed
        self.allowed_note.setText(note)
        self.allowed_note.setVisible(bool(note))
        self._update_enabled()

    def set_busy(self, busy: bool) -> None:
        """While a decision runs, nothing else may be decided."""
        self._busy = busy
        for button in self.buttons():
            button.setEnabled(self._may(button))

    def _may(self, button: QPushButton) -> bool:
        if self.item is None or not self._allowed or self._busy:
            return False
        return button is not self.use_button or self.item.editable

    def _update_enabled(self) -> None:
        for button in self.buttons():
            button.setEnabled(self._may(button))
        editable = self.item is not None and self.item.editable
        self.editor.setEnabled(editable)
        self.edit_note.setVisible(self.item is not None and not self.item.editable)

    # --- answers -------------------------------------------------------------------

    def keep_ours(self) -> None:
        if self._may(self.ours.button):
            self.resolveRequested.emit("local", None)

    def take_theirs(self) -> None:
        if self._may(self.theirs.button):
            self.resolveRequested.emit("remote", None)

    def use_value(self) -> None:
        if self.item is not None and self._may(self.use_button):
            self.resolveRequested.emit("value",
                                       typed_value(self.item, self.editor.toPlainText()))

    def reason_text(self) -> str | None:
        return self.reason.text().strip() or None
