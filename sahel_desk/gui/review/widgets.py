"""Small pieces the review, exchange and report widgets share: a keyboard-friendly
table, a quiet note, a refusal in the user's language, a window sized to the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from sahel_desk.errors import UserError
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.review.bidi import right_to_left
from sahel_desk.text.message import text_of

if TYPE_CHECKING:
    from sahel_desk.gui.form.banner import Banner
    from sahel_desk.gui.operations import Operations


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


def error_text(error: BaseException) -> str:
    """What the domain said when it refused (a UserError), in the user's language: the
    message as raised, so that a translation of its template can be found."""
    return message(text_of(error))


def report_failure(banner: Banner, operations: Operations, error: BaseException) -> None:
    """A write that failed, said in the window's banner: a refusal as the domain said it;
    anything else as an internal error, with the details sent to the log and the crash
    report."""
    if isinstance(error, UserError):
        banner.show_message(error_text(error), "error")
        return
    banner.show_message(QCoreApplication.translate(
        "ReviewWidgets", "That stopped on an internal error; see the log file. Nothing was "
        "changed."), "error")
    operations.report(error)


def lines_follow_layout(edit: QPlainTextEdit) -> None:
    """Lines of sentences in the user's language, laid out as the window is: in Arabic
    right to left and against the right edge (a plain text box keeps left to right and
    the left edge otherwise, whatever the window's direction)."""
    if not right_to_left():
        return
    option = edit.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)
