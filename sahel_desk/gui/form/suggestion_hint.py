"""A name a claim mentions, offered to a picker: the coder still confirms the match."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from sahel_desk.gui.pickers.typeahead import TypeAheadField, isolated


def search_in(picker: TypeAheadField, text: str) -> None:
    """Type ``text`` into the picker as the coder would, so its popup offers matches."""
    edit = picker.line_edit()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    edit.setText(text)
    edit.textEdited.emit(text)


class SuggestionHint(QWidget):
    """"The claim mentions X" with one button per picker it could go to.

    ``sentence`` is the whole (translated) sentence, with ``{name}`` where the name goes.
    """

    def __init__(self, sentence: str, targets: Sequence[tuple[str, TypeAheadField]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._sentence = sentence
        self._text = ""
        self.label = QLabel()
        self.label.setObjectName("hint")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        for title, picker in targets:
            button = QPushButton(title)
            button.setToolTip(self.tr("Search for this name there; choose the match yourself"))
            button.clicked.connect(lambda _=False, p=picker: search_in(p, self._text))
            layout.addWidget(button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Ignore this suggestion"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def offer(self, text: str) -> None:
        self._text = text
        self.label.setText(self._sentence.format(name=isolated(text)))
        self.show()

    def text(self) -> str:
        return self._text
