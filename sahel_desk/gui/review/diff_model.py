"""The comparison table: field, before, after, open comments; changes highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from sahel_desk.gui.review.comparison import ComparedField
from sahel_desk.gui.review.fields import diff_title, value_text
from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import counted
from sahel_desk.store.records import CommentRecord

BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BEFORE = QColor("#fbe3e0")
_AFTER = QColor("#dff3e4")
_FIELD = QColor("#fff4d6")
_SAME = QColor("#6b7280")
COMMENTS = 3


class DiffModel(RecordTableModel):
    """One row per field of the record under review; ``set_comments`` counts the open
    threads on each field."""

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("Field"), lambda f: ("● " if f.changed else "") + self.title(f)),
            (self.tr("Before"), lambda f: value_text(f.field, f.before)),
            (self.tr("After"), lambda f: value_text(f.field, f.after)),
            (self.tr("Comments"), lambda f: self._comment_text(f.field)),
        ], parent)
        self._open: dict[str | None, int] = {}
        self._all: list[ComparedField] = []
        self._only_changed = False

    def set_fields(self, fields: Sequence[ComparedField]) -> None:
        self._all = list(fields)
        self._apply()

    def set_only_changed(self, only: bool) -> None:
        if only != self._only_changed:
            self._only_changed = only
            self._apply()

    def _apply(self) -> None:
        self.set_rows([f for f in self._all if f.changed or not self._only_changed])

    def set_comments(self, comments: Sequence[CommentRecord]) -> None:
        self._open = {}
        for comment in comments:
            if comment.parent_id is None and not comment.resolved:
                self._open[comment.field] = self._open.get(comment.field, 0) + 1
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COMMENTS),
                                  self.index(self.rowCount() - 1, COMMENTS))

    @staticmethod
    def title(row: ComparedField) -> str:
        """The field's name in the user's language (the comments panel shows it too)."""
        return diff_title(row.field, row.label)

    def _comment_text(self, field: str) -> str:
        count = self._open.get(field, 0)
        return counted(self.tr("%n open thread(s)", "", count), count) if count else ""

    def text(self, row: int, column: int) -> str:
        if column == COMMENTS:  # blank rather than a dash: no comment is not "not coded"
            return self._comment_text(self.rows()[row].field)
        return super().text(row, column)

    def changed_rows(self) -> list[int]:
        return [i for i, f in enumerate(self.rows()) if f.changed]

    def row_of(self, field: str) -> int | None:
        return next((i for i, f in enumerate(self.rows()) if f.field == field), None)

    def styled(self, row: ComparedField, column: int, role: int) -> object:
        if role == BACKGROUND and row.changed:
            return (_FIELD, _BEFORE, _AFTER, None)[column]
        if role == FONT and row.changed and column in (0, 2):
            font = QFont()
            font.setBold(True)
            return font
        if role == FOREGROUND and not row.changed and column == 1:
            return _SAME
        return None
