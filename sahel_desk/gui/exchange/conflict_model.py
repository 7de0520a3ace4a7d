"""The list of open conflicts: one row per field two desks changed differently."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sahel_desk.gui.exchange.conflict_items import ConflictItem
from sahel_desk.gui.review.table_model import DISPLAY, TOOLTIP, RecordTableModel
from sahel_desk.gui.review.text import when

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_OURS = QColor("#174a8b")
_THEIRS = QColor("#8a4600")


class ConflictModel(RecordTableModel):
    """Oldest first, as the service orders them; this desk's value in blue, theirs in
    brown, the same colours as the side-by-side panel."""

    LOCAL = 2
    REMOTE = 3
    WHOLE = (1, LOCAL, REMOTE)

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("Incident"), lambda c: c.incident),
            (self.tr("Field"), lambda c: c.label),
            (self.tr("This desk"), lambda c: c.local),
            (self.tr("Other desk"), lambda c: c.remote),
            (self.tr("From"), lambda c: c.sender),
            (self.tr("When"), lambda c: when(c.when)),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        """Values are often cut short in their cells: their tooltip gives them whole."""
        if (int(role) == TOOLTIP and index.isValid() and index.column() in self.WHOLE
                and 0 <= index.row() < self.rowCount()):
            return self.text(index.row(), index.column())
        return super().data(index, role)

    def styled(self, item: ConflictItem, column: int, role: int) -> object:
        if role == FOREGROUND and column == self.LOCAL:
            return _OURS
        if role == FOREGROUND and column == self.REMOTE:
            return _THEIRS
        return None

    def row_of(self, conflict_id: str) -> int | None:
        return next((i for i, c in enumerate(self.rows()) if c.id == conflict_id), None)
