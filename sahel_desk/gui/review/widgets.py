"""Small pieces the review widgets share: a keyboard-friendly table, a quiet note."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget


def record_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A row-selecting table that Tab leaves (so Tab moves between panes)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def note_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapped, selectable line of context or of a refusal."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("reviewNote")
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setProperty("error", bool(text))
    label.style().unpolish(label)
    label.style().polish(label)


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current, selected and visible row."""
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)
