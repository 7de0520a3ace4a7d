"""The incident list: a table model whose rows live in the database.

Sorting and filtering are SQL (through the Desk API); the model only knows
the total count and caches pages of rows, fetched off the GUI thread when the
view first asks for them. A 100,000-incident desk costs one page per screen.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sahel_desk.gui.i18n.labels import codebook_label, status_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.services.incident_query import IncidentQueries
from sahel_desk.store.records import IncidentFilter, IncidentRow, Page

# Roles compared as cached ints: reading Qt enums in data() is slow in PySide6.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: (row attribute, header, sort key understood by the service); headers are English,
#: shown translated (context ``IncidentListModel``)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("human_id", QT_TRANSLATE_NOOP("IncidentListModel", "ID"), "human_id"),
    ("event_date", QT_TRANSLATE_NOOP("IncidentListModel", "Date"), "event_date"),
    ("admin1", QT_TRANSLATE_NOOP("IncidentListModel", "Region"), "admin1"),
    ("location", QT_TRANSLATE_NOOP("IncidentListModel", "Place"), "location"),
    ("sub_event_type", QT_TRANSLATE_NOOP("IncidentListModel", "Event"), "sub_event_type"),
    ("actor1", QT_TRANSLATE_NOOP("IncidentListModel", "Actor 1"), "actor1"),
    ("actor2", QT_TRANSLATE_NOOP("IncidentListModel", "Actor 2"), "actor2"),
    ("fatalities", QT_TRANSLATE_NOOP("IncidentListModel", "Fatalities"), "fatalities"),
    ("status", QT_TRANSLATE_NOOP("IncidentListModel", "Status"), "status"),
    ("updated_by", QT_TRANSLATE_NOOP("IncidentListModel", "Last changed by"), "updated_by"),
)
LOADING = "…"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class IncidentListModel(QAbstractTableModel):
    """Rows fetched page by page; ``totalChanged`` tells the status bar the count."""

    totalChanged = Signal(int)
    pageLoaded = Signal(int)

    def __init__(self, incidents: IncidentQueries, operations: Operations,
                 page_size: int = 200, max_pages: int = 50, parent=None):
        super().__init__(parent)
        self._incidents = incidents
        self._ops = operations
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = IncidentFilter()
        self._sort_key = "event_date"
        self._descending = True
        self._total = 0
        self._pages: OrderedDict[int, tuple[IncidentRow, ...]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._channel = f"incident-list-{id(self)}"
        self._headers = [QCoreApplication.translate("IncidentListModel", c[1]) for c in COLUMNS]
        #: codebook values and states as the user reads them, looked up once each
        self._labels: dict[tuple[str, str], str] = {}

    # --- what is shown ---------------------------------------------------------

    @property
    def current_filter(self) -> IncidentFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: IncidentFilter) -> None:
        self._filter = flt
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_key = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        column = next(i for i, c in enumerate(COLUMNS) if c[2] == self._sort_key)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def refresh(self) -> None:
        """Count again and drop cached pages (after a filter, a sort or a save)."""
        self._generation += 1
        generation = self._generation
        flt, key, desc, size = self._filter, self._sort_key, self._descending, self._page_size

        def first_page() -> Page:
            return self._incidents.query(flt, sort=key, descending=desc, offset=0, limit=size)

        self._ops.run(first_page, channel=self._channel,
                      on_done=lambda page: self._reset(generation, page))

    def _reset(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total = page.total
        self._pages.clear()
        self._requested.clear()
        self._pages[0] = page.rows
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.pageLoaded.emit(0)

    # --- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and int(role) == DISPLAY \
                and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def _label(self, attribute: str, value: str) -> str:
        key = (attribute, value)
        found = self._labels.get(key)
        if found is None:
            found = status_label(value) if attribute == "status" else codebook_label(value)
            self._labels[key] = found
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        role = int(role)
        if not index.isValid() or role not in (DISPLAY, ALIGN, TOOLTIP, ID_ROLE):
            return None
        if role == ALIGN:
            return _RIGHT if COLUMNS[index.column()][0] == "fatalities" else None
        row = self.row_at(index.row())
        if row is None:
            return LOADING if role == DISPLAY else None
        if role == ID_ROLE:
            return row.id
        attribute = COLUMNS[index.column()][0]
        value = getattr(row, attribute)
        if attribute in ("status", "sub_event_type") and isinstance(value, str):
            value = self._label(attribute, value)
        elif attribute == "event_date" and row.event_date_end:
            # A row stored without a start date (by an older bundle) still shows its end.
            value = f"{_text(row.event_date)} – {row.event_date_end.isoformat()}".lstrip()
        if role == TOOLTIP:
            return _text(value) if attribute in ("actor1", "actor2", "location") else None
        return _text(value)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- rows ------------------------------------------------------------------------

    def row_at(self, row: int) -> IncidentRow | None:
        """The row if its page is loaded; otherwise asks for the page and returns None."""
        if row < 0 or row >= self._total:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def incident_id(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, incident_id: str) -> int | None:
        for number, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == incident_id:
                    return number * self._page_size + offset
        return None

    def _request(self, number: int) -> None:
        if number in self._requested:
            return
        self._requested.add(number)
        generation = self._generation
        flt, key, desc, size = self._filter, self._sort_key, self._descending, self._page_size

        def fetch() -> Page:
            return self._incidents.query(flt, sort=key, descending=desc, offset=number * size,
                                         limit=size)

        self._ops.run(fetch, on_done=lambda page: self._store(generation, number, page))

    def _store(self, generation: int, number: int, page: Page) -> None:
        self._requested.discard(number)
        if generation != self._generation:
            return
        self._pages[number] = page.rows
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(first + len(page.rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.pageLoaded.emit(number)

    def with_text(self, text: str) -> IncidentFilter:
        return replace(self._filter, text=text or None)
