"""Sources: the reports the incident is coded from, edited in a table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.form.field_box import ERROR_MARK
from sahel_desk.gui.form.group import FormGroup
from sahel_desk.gui.form.inputs import codebook_labels
from sahel_desk.gui.form.labels import describe
from sahel_desk.gui.form.languages import LANGUAGES, language_label
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.form.problems import field_problem
from sahel_desk.gui.form.sources_model import COLUMN_OF, COLUMNS, SourcesModel, looks_like_url

WIDTHS = {"publication": 150, "url": 220, "citation": 150, "published": 96, "language": 86,
          "source_scale": 120, "reliability": 86}
COUNT_WIDTH = 72


def typed_into(editor: QWidget) -> bool:
    """Whether the coder has typed into this cell editor since it opened."""
    if isinstance(editor, QComboBox):
        edit = editor.lineEdit()
        return edit is not None and edit.isModified()
    return isinstance(editor, QLineEdit) and editor.isModified()


class CellDelegate(QStyledItemDelegate):
    """Never refills an editor the coder is typing into.

    A view refills the open editor of every cell a ``dataChanged`` covers (a problem
    marked as the record is checked, a total recomputed); the keystrokes typed since
    the editor opened would be lost.
    """

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if not typed_into(editor):
            super().setEditorData(editor, index)


class ChoiceDelegate(CellDelegate):
    """A drop-down of ``choices`` (stored value -> what the user reads); ``editable`` also
    takes other text. The model reads a label back as its stored value."""

    def __init__(self, choices: Mapping[str, str], *, editable: bool, parent: Any = None):
        super().__init__(parent)
        self.choices = dict(choices)
        self.editable = editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.editable)
        combo.addItem("", None)
        for value, label in self.choices.items():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        if typed_into(editor):
            return
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        found = editor.findData(value) if value else 0
        if found >= 0:
            editor.setCurrentIndex(found)
        elif self.editable:
            editor.setEditText(index.data(Qt.ItemDataRole.DisplayRole) or value)

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class SourcesView(QTableView):
    """The table; Ctrl+V with a link on the clipboard fills the current row's URL."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self.state() != \
                QAbstractItemView.State.EditingState:
            text = QGuiApplication.clipboard().text()
            model = self.model()
            if isinstance(model, SourcesModel) and text.strip():
                current = self.currentIndex()
                if looks_like_url(text):
                    model.paste_url(current.row() if current.isValid() else -1, text)
                    row = current.row() if current.isValid() else model.rowCount() - 1
                    self.setCurrentIndex(model.index(row, COLUMN_OF["url"]))
                elif current.isValid():
                    model.setData(current, text.strip())
                event.accept()
                return
        super().keyPressEvent(event)


class SourcesGroup(FormGroup):
    """Several sources, each with its own reported numbers; add and remove rows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("Sources"))
        self.model = SourcesModel(self)
        self.view = SourcesView()
        self.view.setObjectName("sources")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.view.setWordWrap(False)
        self.view.setMinimumHeight(130)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in COLUMNS:
            width = WIDTHS.get(column.key, COUNT_WIDTH)
            self.view.setColumnWidth(COLUMN_OF[column.key], width)
        # The URL takes the width left over, so a wide form shows every column at once.
        header.setSectionResizeMode(COLUMN_OF["url"], QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(
            COLUMN_OF["source_scale"], ChoiceDelegate(codebook_labels(tx.SOURCE_SCALES),
                                                      editable=True, parent=self.view))
        self.view.setItemDelegateForColumn(
            COLUMN_OF["reliability"], ChoiceDelegate(codebook_labels(tx.SOURCE_RELIABILITY),
                                                     editable=False, parent=self.view))
        self.view.setItemDelegateForColumn(
            COLUMN_OF["language"], ChoiceDelegate(
                {code: language_label(code) for code in LANGUAGES}, editable=True,
                parent=self.view))

        self.add_button = QPushButton(self.tr("Add so&urce"))
        self.add_button.clicked.connect(self.add_source)
        self.remove_button = QPushButton(self.tr("Remove source"))
        self.remove_button.clicked.connect(self.remove_current)
        self.hint = QLabel(self.tr("Type into a cell to edit it; paste a link (Ctrl+V) to fill "
                                   "the URL. Each source keeps the numbers it reports."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.model.rowsEdited.connect(self.changed)
        self.model.modelReset.connect(self._fit_height)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._fit_height()
        self._update_buttons()

    def add_source(self) -> int:
        row = self.model.add_source()
        index = self.model.index(row, COLUMN_OF["publication"])
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.model.removeRows(current.row(), 1)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())

    def _fit_height(self, *_args: object) -> None:
        """Show every row up to eight without an inner scroll bar."""
        rows = min(max(self.model.rowCount(), 2), 8)
        header = self.view.horizontalHeader().sizeHint().height()
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        height = header + rows * self.view.verticalHeader().defaultSectionSize() + scroll + 4
        self.view.setMinimumHeight(height)
        self.view.setMaximumHeight(height)
        self._update_buttons()

    def show_problems(self, problems: Mapping[tuple[int, str], str], general: list[str]) -> None:
        """Tint the cells at fault; say what is wrong under the table."""
        self.model.set_problems(problems)
        lines = [field_problem(describe(f"sources[{row}].{key}" if key else f"sources[{row}]"),
                               message)
                 for (row, key), message in sorted(problems.items())]
        lines = general + lines
        self.problem_label.setText("\n".join(f"{ERROR_MARK} {line}" for line in lines))
        self.problem_label.setVisible(bool(lines))

    def values(self) -> dict[str, Any]:
        return {"sources": self.model.rows()}

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self.model.set_rows(values.get("sources") or [])

    def forget_ids(self) -> None:
        """For a copy saved as a new incident: its sources are new rows too."""
        self.model.set_rows([{**row, "id": None} for row in self.model.rows()])
