"""The type-ahead field both pickers are built on.

Searching happens off the GUI thread through :class:`Operations`, a short
debounce keeps fast typists from queueing a search per letter, and every
request is numbered so an answer older than one already shown (or one asked
for before the field was cleared or a choice was made) is dropped.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sahel_desk.gui.operations import Operations

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
CREATE_ROLE = Qt.ItemDataRole.UserRole + 3

DEBOUNCE_MS = 120
MAX_VISIBLE_ROWS = 8
MAX_POPUP_WIDTH = 760
_PAD = 6

_channels = itertools.count(1)

Index = QModelIndex | QPersistentModelIndex


def isolated(text: str) -> str:
    """``text`` as a bidi isolate, so an Arabic name inside an English line cannot
    reorder the punctuation and numbers around it."""
    return f"\u2068{text}\u2069"


def is_rtl(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (Arabic)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class HitListModel(QAbstractListModel):
    """Search hits as rows, optionally followed by one "create ..." row.

    ``describe`` turns a hit into its title and detail line, so the same model
    serves actors and places.
    """

    def __init__(self, describe: Callable[[Any], tuple[str, str]],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._describe = describe
        self._rows: list[tuple[Any, str, str]] = []
        self._create: tuple[str, str] | None = None

    def set_hits(self, hits: Sequence[Any], create: tuple[str, str] | None = None) -> None:
        """Replace the rows; ``create`` is the (title, detail) of the trailing create row."""
        self.beginResetModel()
        self._rows = [(hit, *self._describe(hit)) for hit in hits]
        self._create = create
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit_count(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._create else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() < len(self._rows):
            hit, title, detail = self._rows[index.row()]
        else:
            assert self._create is not None
            hit, (title, detail) = None, self._create
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == DETAIL_ROLE:
            return detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n{detail}" if detail else title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}. {detail}" if detail else title
        if role == HIT_ROLE:
            return hit
        if role == CREATE_ROLE:
            return hit is None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the name in bold, then the details that tell similar
    names apart (type, parent, dates; or admin path, coordinates, kind)."""

    def _fonts(self, option: QStyleOptionViewItem, create: bool) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(not create)  # no italics: many fonts have no italic Arabic
        detail = QFont(option.font)
        detail.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, detail_font = self._fonts(option, bool(index.data(CREATE_ROLE)))
        title, detail = QFontMetrics(title_font), QFontMetrics(detail_font)
        width = max(title.horizontalAdvance(index.data() or ""),
                    detail.horizontalAdvance(index.data(DETAIL_ROLE) or ""))
        return QSize(width + 3 * _PAD, title.height() + detail.height() + 2 * _PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        title_font, detail_font = self._fonts(opt, bool(index.data(CREATE_ROLE)))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        detail_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        area = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD, -_PAD)
        title_height = QFontMetrics(title_font).height()
        painter.save()
        painter.setPen(opt.palette.color(text_role))
        _draw_line(painter, QRect(area.left(), area.top(), area.width(), title_height),
                   index.data() or "", title_font)
        painter.setPen(opt.palette.color(detail_role))
        _draw_line(painter, QRect(area.left(), area.top() + title_height + 2, area.width(),
                                  area.height() - title_height - 2),
                   index.data(DETAIL_ROLE) or "", detail_font)
        painter.restore()


def _draw_line(painter: QPainter, rect: QRect, text: str, font: QFont) -> None:
    """One line, elided if too long; Arabic runs right-to-left from the right edge."""
    rtl = is_rtl(text)
    painter.setFont(font)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    align = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(rect, int(align), shown)


HitT = TypeVar("HitT")
ItemT = TypeVar("ItemT")


class TypeAheadField(QWidget, Generic[HitT, ItemT]):
    """A line edit with a popup of search hits; subclasses say what to search and show.

    ``HitT`` is what a search returns, ``ItemT`` what a chosen hit stands for.

    Choices made in the popup (or by creating a record) are announced through
    :meth:`_announce`; :meth:`set_item` sets a value without announcing it.
    """

    def __init__(self, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._operations = operations
        self._channel = f"{type(self).__name__}-{next(_channels)}"
        self._item: ItemT | None = None
        self._requested = 0
        self._floor = 0
        self._query = ""
        self._enter_pending = False

        self._edit = QLineEdit(self)
        self._edit.setClearButtonEnabled(True)
        self._edit.textEdited.connect(self._on_text_edited)

        self._model = HitListModel(self._describe, self)
        self._popup = QListView(self._edit)
        self._popup.setWindowFlags(Qt.WindowType.Popup)
        self._popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._popup.setFocusProxy(self._edit)
        self._popup.setModel(self._model)
        self._popup.setItemDelegate(HitDelegate(self._popup))
        self._popup.setUniformItemSizes(False)
        self._popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._popup.setMouseTracking(True)
        self._popup.entered.connect(self._popup.setCurrentIndex)
        self._popup.clicked.connect(self._choose_index)
        self._popup.installEventFilter(self)
        self._edit.installEventFilter(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self._run_search(self._edit.text()))

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self._edit, 1)
        self.setFocusProxy(self._edit)

    # --- for subclasses ------------------------------------------------------------

    def _search_work(self, query: str) -> Callable[[], list[HitT]]:
        """A function to run off the GUI thread that returns the hits for ``query``."""
        raise NotImplementedError

    def _describe(self, hit: HitT) -> tuple[str, str]:
        raise NotImplementedError

    def _item_of(self, hit: HitT) -> ItemT:
        raise NotImplementedError

    def _label(self, item: ItemT) -> str:
        raise NotImplementedError

    def _tooltip(self, item: ItemT) -> str:
        return ""

    def _create_row(self, text: str) -> tuple[str, str] | None:
        """Title and detail of the trailing "create" row, or None for no such row."""
        return None

    def _create_requested(self, text: str) -> None:
        """The create row was chosen for ``text``."""

    def _announce(self, item: ItemT | None) -> None:
        """Tell listeners the user chose ``item`` (None when they cleared the field)."""

    # --- public ----------------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        return self._edit

    def popup(self) -> QListView:
        return self._popup

    def set_item(self, item: ItemT | None) -> None:
        """Show ``item`` (or nothing) without announcing it; pending answers are dropped."""
        self._item = item
        self._drop_pending()
        self._hide_popup()
        self._edit.setText(self._label(item) if item is not None else "")
        self._edit.setCursorPosition(0)
        self._edit.setToolTip(self._tooltip(item) if item is not None else "")

    # --- searching ------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        self._enter_pending = False
        if text.strip():
            self._timer.start()
            return
        self._drop_pending()
        self._hide_popup()
        if self._item is not None:
            self.set_item(None)
            self._announce(None)

    def _run_search(self, query: str) -> None:
        """Ask for hits now; only the newest answer is ever shown."""
        query = query.strip()
        if not query:
            return
        self._requested += 1
        number = self._requested
        self._operations.run(self._search_work(query), channel=self._channel,
                             on_done=lambda hits: self._on_hits(number, query, hits))

    def _drop_pending(self) -> None:
        """Forget typing not yet searched and answers not yet shown."""
        self._timer.stop()
        self._floor = self._requested
        self._enter_pending = False

    def _on_hits(self, number: int, query: str, hits: list[HitT]) -> None:
        if not shiboken6.isValid(self) or number <= self._floor:
            return
        self._floor = number
        self._query = query
        self._model.set_hits(hits, self._create_row(query))
        if self._enter_pending and number == self._requested:
            self._enter_pending = False
            if hits:  # Enter came before the answer: it meant the top hit
                self._choose_index(self._model.index(0))
                return
        if self._model.rowCount():
            self._show_popup()
        else:
            self._hide_popup()

    def _refresh(self) -> None:
        """Search again for what is typed (a filter changed), unless a choice is shown."""
        text = self._edit.text().strip()
        if text and (self._item is None or text != self._label(self._item)):
            self._run_search(text)

    # --- the popup -------------------------------------------------------------------

    def _show_popup(self) -> None:
        popup = self._popup
        rows = self._model.rowCount()
        option = QStyleOptionViewItem()
        option.initFrom(popup)
        delegate = popup.itemDelegate()
        hints = [delegate.sizeHint(option, self._model.index(r)) for r in range(rows)]
        frame = 2 * popup.frameWidth()
        height = sum(h.height() for h in hints[:MAX_VISIBLE_ROWS]) + frame
        width = max(h.width() for h in hints) + frame
        if rows > MAX_VISIBLE_ROWS:
            width += popup.verticalScrollBar().sizeHint().width()
        screen = self._edit.screen().availableGeometry()
        width = max(self._edit.width(), min(width, MAX_POPUP_WIDTH, screen.width()))
        below = self._edit.mapToGlobal(QPoint(0, self._edit.height()))
        x = min(below.x(), screen.right() - width)
        y = below.y()
        if y + height > screen.bottom():
            y = self._edit.mapToGlobal(QPoint(0, 0)).y() - height
        popup.setGeometry(max(x, screen.left()), max(y, screen.top()), width, height)
        popup.setCurrentIndex(self._model.index(0))
        if not popup.isVisible():
            popup.show()

    def _hide_popup(self) -> None:
        if self._popup.isVisible():
            self._popup.hide()

    def _move(self, key: int) -> None:
        rows = self._model.rowCount()
        row = self._popup.currentIndex().row()
        page = max(1, min(rows, MAX_VISIBLE_ROWS) - 1)
        steps: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page,
                 Qt.Key.Key_PageUp: -page}
        if row < 0:
            row = 0 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else rows - 1
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = (row + steps[key]) % rows  # wrap, so the create row is one Up away
        else:
            row = min(max(row + steps[key], 0), rows - 1)
        self._popup.setCurrentIndex(self._model.index(row))

    def _choose_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._hide_popup()
        if index.data(CREATE_ROLE):
            self._create_requested(self._edit.text().strip() or self._query)
            return
        self._choose(self._item_of(index.data(HIT_ROLE)))

    def _choose(self, item: ItemT) -> None:
        self.set_item(item)
        self._announce(item)

    # --- keys and focus ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = event if isinstance(event, QKeyEvent) \
            and event.type() == QEvent.Type.KeyPress else None
        if watched is self._popup and pressed is not None:
            # The popup holds the keyboard while open: typing belongs to the line edit.
            QApplication.sendEvent(self._edit, event)
            return True
        if watched is self._edit:
            if pressed is not None:
                return self._key_pressed(pressed)
            if isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusOut \
                    and event.reason() != Qt.FocusReason.PopupFocusReason \
                    and not self._popup.isVisible():
                self._left()
        return super().eventFilter(watched, event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        key = event.key()
        if not self._popup.isVisible():
            text = self._edit.text()
            if key == Qt.Key.Key_Down and text.strip():
                self._run_search(text)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and text.strip() and (
                    self._timer.isActive() or self._requested > self._floor):
                # Typed faster than the answer came: choose the top hit when it does.
                self._timer.stop()
                self._run_search(text)
                self._enter_pending = True
                return True
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._move(key)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose_index(self._popup.currentIndex())
            return True
        if key == Qt.Key.Key_Escape:
            self._drop_pending()
            self._hide_popup()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            index = self._popup.currentIndex()
            self._hide_popup()
            if index.isValid() and not index.data(CREATE_ROLE):
                self._choose_index(index)
            return False  # focus moves on as usual
        return False

    def _left(self) -> None:
        """Focus went elsewhere: unfinished typing gives way to the current choice."""
        self._drop_pending()
        shown = self._label(self._item) if self._item is not None else ""
        if self._edit.text() != shown:
            self.set_item(self._item)
