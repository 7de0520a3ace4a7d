"""A read-only table over a list of plain records, the base of the review tables.

Each column is a header (already in the user's language) and a function of the
record; subclasses add colours and fonts through :meth:`RecordTableModel.styled`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sahel_desk.gui.review.bidi import slants
from sahel_desk.gui.review.text import shown

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FONT = int(Qt.ItemDataRole.FontRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
RECORD_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: a cell longer than this gets the whole text as its tooltip
LONG = 60

Column = tuple[str, Callable[[Any], Any]]


class RecordTableModel(QAbstractTableModel):
    """Rows are records; ``RECORD_ROLE`` on any cell gives the row's record."""


    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._headers = [title for title, _ in columns]
        self._rows: list[Any] = []

    # --- content ---------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_header(self, column: int, title: str) -> None:
        if self._headers[column] != title:
            self._headers[column] = title
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def text(self, row: int, column: int) -> str:
        return shown(self._columns[column][1](self._rows[row]))

    def styled(self, record: Any, column: int, role: int) -> Any:
        """Colours, fonts and alignment for one cell; None keeps the view's default."""
        return None

    # --- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and int(role) == DISPLAY
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        role = int(role)
        record = self._rows[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == DISPLAY:
            return self.text(index.row(), index.column())
        if role == TOOLTIP:
            text = self.text(index.row(), index.column())
            return text if len(text) > LONG or "\n" in text else None
        styled = self.styled(record, index.column(), role)
        if (role == FONT and isinstance(styled, QFont) and styled.italic()
                and not slants(self.text(index.row(), index.column()))):
            styled = QFont(styled)
            styled.setItalic(False)
        return styled

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
