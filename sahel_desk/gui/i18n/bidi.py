"""Left-to-right values inside a right-to-left window.

In Arabic the whole window mirrors, but ids, dates, numbers, paths, URLs and Latin
names must still read left to right. Qt's bidi algorithm orders a value by the
paragraph's direction, so in a right-to-left table cell "-0.04472" shows as
"0.04472-" and "Is 9 the army's figure?" as "?Is 9 the army's figure". Putting
each value in a first-strong isolate (Unicode FSI ... PDI) lets it take its own
direction while the cell keeps its right alignment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    """``value`` as text that keeps its own direction inside a sentence of another
    (a path or an id in an Arabic status line); unchanged in a left-to-right window."""
    text = str(value)
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{FSI}{text}{PDI}"


class IsolatingStyle(QProxyStyle):
    """The application's style, but every item view cell's text isolated (see above):
    one place for every table and list of the GUI."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_ItemViewItem
                and isinstance(option, QStyleOptionViewItem) and option.text
                and not option.text.startswith(FSI)):
            option = QStyleOptionViewItem(option)
            option.text = f"{FSI}{option.text}{PDI}"
        super().drawControl(element, option, painter, widget)


def numbers_left_to_right(*edits: QLineEdit) -> None:
    """Line edits holding numbers (coordinates, counts) laid out left to right, so
    "-0.04472" does not show as "0.04472-" in an Arabic window; right-aligned there
    like the window's other fields."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    for edit in edits:
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
