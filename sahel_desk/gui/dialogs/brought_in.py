"""The likely duplicates an import, a bundle or a report's drafts brought in.

The ACLED import dialog, the bundle receive dialog and the report reader show
the pairs their service found (``desk.duplicates.brought_in``) in this one
panel: the score, both records by human id, the reasons in words, and on each
row a "Compare side by side" button. The panel opens nothing itself: it emits
``pair_requested(first_id, second_id)`` and the main window opens the pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.duplicates.reasons import reasons_text as pair_reasons
from sahel_desk.gui.geometry import clamp_to_screen
from sahel_desk.gui.review.bidi import isolate, paragraph
from sahel_desk.gui.review.text import counted
from sahel_desk.services.duplicates import DuplicatePair, PairSide

SCORE, FIRST, SECOND, REASONS, COMPARE = range(5)
# rows shown before the table scrolls (the dialogs must fit a 1366x768 laptop)
SHOWN_ROWS = 4
#: the least of the reasons the list shows beside the records (all of them read below)
REASONS_ROOM = 80


def reasons_text(pair: DuplicatePair) -> str:
    """The pair's reasons in the user's language, as the pair window words them."""
    return pair_reasons(pair.reasons)


def side_text(side: PairSide) -> str:
    """A record as the list names it: its human id, date and place."""
    return QCoreApplication.translate("BroughtInPanel", "{human_id} ({date}, {place})").format(
        human_id=isolate(side.human_id or ""),
        date=side.event_date.isoformat() if side.event_date else "?",
        place=isolate(side.location or "-"))


class BroughtInModel(QAbstractTableModel):
    """The pairs, one a row: score, the two records, the reasons (and the button's column)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pairs: tuple[DuplicatePair, ...] = ()

    def set_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = tuple(pairs)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Score"), self.tr("Incident"), self.tr("May be the same event as"),
                self.tr("Why"), "")[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == SCORE:  # as the user's language writes numbers: 0,72 in French
                return QLocale().toString(pair.score, "f", 2)
            if column == FIRST:
                return side_text(pair.a)
            if column == SECOND:
                return side_text(pair.b)
            if column == REASONS:
                return reasons_text(pair)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BroughtInPanel(QWidget):
    """The list of likely duplicates brought in, hidden while there are none.
    ``pair_requested(first, second)``: the two incident ids to compare side by side."""

    pair_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, rows: int = SHOWN_ROWS):
        super().__init__(parent)
        self.rows = rows
        self.title = QLabel("")
        self.title.setWordWrap(True)
        self.model = BroughtInModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (to its buttons, then on)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (SCORE, FIRST, SECOND, COMPARE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.compare(index.row()))
        # the selected pair's reasons in full: in a dialog the column has little room
        self.reasons = QLabel()
        self.reasons.setObjectName("broughtInReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.reasons)
        self.hide()

    def set_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        """Show these pairs (none hides the panel)."""
        self.model.set_pairs(pairs)
        count = len(self.model.pairs)
        self.title.setText(counted(self.tr(
            "%n likely duplicate(s) brought in: each may be the same event as a record "
            "already here. Compare them side by side to merge or dismiss them.", "", count),
            count))
        for row in range(count):
            button = QPushButton(self.tr("Compare side by side"))
            button.setAutoDefault(False)  # Enter in a dialog never opens a pair
            button.clicked.connect(lambda _checked=False, row=row: self.compare(row))
            self.view.setIndexWidget(self.model.index(row, COMPARE), button)
            QWidget.setTabOrder(self.button(row - 1) if row else self.view, button)
        if count:
            self.view.setFixedHeight(self._height(min(count, self.rows)))
            self.view.setCurrentIndex(self.model.index(0, REASONS))
            self.view.setMinimumWidth(self._width())
        self._show_current()
        self.setVisible(bool(count))
        if count:
            self._widen_window()

    def _show_current(self) -> None:
        row = self.view.currentIndex().row()
        pair = self.model.pairs[row] if 0 <= row < len(self.model.pairs) else None
        # a line that starts with an id reads right to left in Arabic all the same
        self.reasons.setText(paragraph(self.tr("{first} and {second}: {reasons}").format(
            first=isolate(pair.a.human_id or ""), second=isolate(pair.b.human_id or ""),
            reasons=reasons_text(pair))) if pair is not None else "")

    def _widen_window(self) -> None:
        """The dialog as wide as the list needs (a dialog's own minimum size wins over its
        layout's), within its screen."""
        window = self.window()
        if window is self or not window.isVisible():
            return
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalMinimumSize().width()
        if window.width() < wanted:
            window.resize(wanted, window.height())
            clamp_to_screen(window)

    def _width(self) -> int:
        """Room for the score, both records, a little of the reasons and the button: a
        dialog as narrow as its other fields (the import dialog in Arabic) put the
        Compare button out of view."""
        columns = sum(max(self.view.sizeHintForColumn(c),
                          self.view.horizontalHeader().sectionSizeHint(c))
                      for c in (SCORE, FIRST, SECOND, COMPARE))
        return (columns + REASONS_ROOM + 2 * self.view.frameWidth()
                + self.view.verticalScrollBar().sizeHint().width())

    def _height(self, rows: int) -> int:
        row = max(self.view.verticalHeader().defaultSectionSize(),
                  self.view.sizeHintForRow(0))
        frame = 2 * self.view.frameWidth()
        return self.view.horizontalHeader().sizeHint().height() + rows * row + frame + 2

    def button(self, row: int) -> QPushButton:
        widget = self.view.indexWidget(self.model.index(row, COMPARE))
        assert isinstance(widget, QPushButton)
        return widget

    def compare(self, row: int) -> None:
        if 0 <= row < len(self.model.pairs):
            pair = self.model.pairs[row]
            self.pair_requested.emit(pair.a.id or "", pair.b.id or "")
