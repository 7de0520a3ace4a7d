"""A message strip inside the form: a refused save is explained where the work is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

KINDS = ("error", "warning", "info")


class Banner(QFrame):
    """Hidden until something needs saying; the close button hides it again.

    ``shown`` follows each message shown, so the form can keep the field being typed
    into in view above it.
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "info")
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        self._actions = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addLayout(self._actions)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "error",
                     actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        """Show ``text``; each action is a button that runs its callback and hides the banner."""
        assert kind in KINDS, kind
        self.label.setText(text)
        self._set_actions(actions)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()
        self.shown.emit()

    def _set_actions(self, actions: Sequence[tuple[str, Callable[[], object]]]) -> None:
        for button in self.buttons:
            self._actions.removeWidget(button)
            button.hide()  # at once: deleted later, it would cover the new message till then
            button.deleteLater()
        self.buttons = []
        for title, callback in actions:
            button = QPushButton(title)
            button.clicked.connect(lambda _=False, run=callback: self._clear_and_run(run))
            self._actions.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)

    def _clear_and_run(self, callback: Callable[[], object]) -> None:
        self.clear()
        callback()

    def clear(self) -> None:
        self.label.clear()
        self._set_actions(())
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def kind(self) -> str:
        return str(self.property("kind"))
