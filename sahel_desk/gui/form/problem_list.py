"""The summary of everything wrong with the record; choosing a line goes to the field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sahel_desk.gui.form.field_box import ERROR_MARK

FIELD_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 3  # below the fields, the form keeps most of a laptop screen


class ProblemList(QWidget):
    """Hidden while the record has no problem; ``shown`` when it appears or grows."""

    fieldChosen = Signal(str)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName("fieldProblem")
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.hide()

    def show_problems(self, lines: Sequence[tuple[str, str]]) -> None:
        """``lines`` are (field, text) pairs, in form order."""
        self.list.clear()
        for field, text in lines:
            item = QListWidgetItem(f"{ERROR_MARK} {text}")
            item.setData(FIELD_ROLE, field)
            self.list.addItem(item)
        count = len(lines)
        self.caption.setText(
            self.tr("1 problem to fix before this record can be saved (choose it to go to "
                    "its field):") if count == 1 else
            self.tr("%n problems to fix before this record can be saved (choose one to go "
                    "to its field):", "", count))
        rows = min(count, MAX_ROWS)
        before = (self.isVisible(), self.list.height())
        if rows:
            height = sum(self.list.sizeHintForRow(i) for i in range(rows))
            self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(count))
        if count and (not before[0] or self.list.height() > before[1]):
            self.shown.emit()

    def texts(self) -> list[str]:
        return [self.list.item(i).text().removeprefix(f"{ERROR_MARK} ")
                for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.fieldChosen.emit(item.data(FIELD_ROLE))
