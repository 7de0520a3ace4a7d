"""The common shape of the form's groups: values in, values out, one box per field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from sahel_desk.gui.form.field_box import FieldBox
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.pickers.form_errors import focus_target


class FormGroup(QGroupBox):
    """One part of the form. ``changed`` fires on every edit the coder makes."""

    changed = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self._boxes: dict[str, FieldBox] = {}

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        raise NotImplementedError

    def boxes(self) -> dict[str, FieldBox]:
        """The box of each field this group edits, for marking problems."""
        return dict(self._boxes)

    def box(self, name: str, *editors: QWidget, stretch_last: bool = False,
            also: tuple[str, ...] = ()) -> FieldBox:
        """The box of field ``name`` (and of the fields ``also`` names, edited beside it)."""
        found = FieldBox(*editors, stretch_last=stretch_last)
        for field in (name, *also):
            self._boxes[field] = found
        return found


def add_pairs(grid: QGridLayout, pairs: Sequence[tuple[str, QWidget]], *, per_row: int = 1,
              first_row: int = 0, stretch: bool = True) -> int:
    """Lay out (label, field) pairs in a grid, ``per_row`` pairs a line; returns the next row.

    Fields keep to the top of their cell, so a message under one field does not push
    its neighbours out of line. With ``stretch`` the fields share the width; without,
    they keep their natural width and the line ends in empty space. Labels are buddies
    of their field's first editor, so Alt+letter jumps to it.
    """
    row = first_row
    top = Qt.AlignmentFlag.AlignTop
    for i, (text, widget) in enumerate(pairs):
        column = (i % per_row) * 2
        if i and column == 0:
            row += 1
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | top)
        label.setContentsMargins(0, 6, 0, 0)
        buddy = widget.editors[0] if isinstance(widget, FieldBox) and widget.editors else widget
        label.setBuddy(focus_target(buddy))  # a picker's line edit, not the picker
        grid.addWidget(label, row, column, top)
        grid.addWidget(widget, row, column + 1, top)
    for i in range(per_row):
        grid.setColumnStretch(i * 2 + 1, 1 if stretch else 0)
    if not stretch:
        grid.setColumnStretch(per_row * 2, 1)
    return row + 1
