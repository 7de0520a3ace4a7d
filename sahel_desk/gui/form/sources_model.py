"""The incident's sources as a table model: one row per report, with its own numbers.

Values stay as stored (ISO language codes, the codebook's English scales and
reliabilities); the table shows them in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import SOURCE_FIELDS
from sahel_desk.gui.dates.formats import short_text
from sahel_desk.gui.form.languages import language_code, language_label
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.text.dates import UnreadableDate, parse_date
from sahel_desk.text.numbers import read_whole_number

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor("#fbe3e1")
URL_PREFIXES = ("http://", "https://", "www.")


#: Several scales in one cell are joined with this, as in ACLED's source_scale column.
SCALE_JOIN = "-"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    """English; shown translated (context ``SourcesModel``)."""
    kind: str  # "text", "date", "count", "language", "scale" or "choice"
    tip: str = ""

    def shown_title(self) -> str:
        return QCoreApplication.translate("SourcesModel", self.title)

    def shown_tip(self) -> str | None:
        return QCoreApplication.translate("SourcesModel", self.tip) if self.tip else None


COLUMNS: tuple[Column, ...] = (
    Column("publication", QT_TRANSLATE_NOOP("SourcesModel", "Publication"), "text",
           QT_TRANSLATE_NOOP("SourcesModel", "Outlet or organisation (RFI, Studio Tamani)")),
    Column("url", QT_TRANSLATE_NOOP("SourcesModel", "URL"), "text",
           QT_TRANSLATE_NOOP("SourcesModel",
                             "Link to the report; pasting a URL anywhere in a row fills it")),
    Column("citation", QT_TRANSLATE_NOOP("SourcesModel", "Citation"), "text",
           QT_TRANSLATE_NOOP("SourcesModel", "For reports without a link (radio, interview)")),
    Column("published", QT_TRANSLATE_NOOP("SourcesModel", "Date"), "date",
           QT_TRANSLATE_NOOP("SourcesModel", "Publication date, YYYY-MM-DD")),
    Column("language", QT_TRANSLATE_NOOP("SourcesModel", "Language"), "language",
           QT_TRANSLATE_NOOP("SourcesModel", "Language of the report: choose it, or type its "
                                             "name or code (fr, ar, bm…)")),
    Column("source_scale", QT_TRANSLATE_NOOP("SourcesModel", "Scale"), "scale",
           QT_TRANSLATE_NOOP("SourcesModel",
                             "Local partner, National, International… (join several with -)")),
    Column("reliability", QT_TRANSLATE_NOOP("SourcesModel", "Reliability"), "choice"),
    Column("killed", QT_TRANSLATE_NOOP("SourcesModel", "Killed"), "count",
           QT_TRANSLATE_NOOP("SourcesModel", "Killed, as this source reports")),
    Column("injured", QT_TRANSLATE_NOOP("SourcesModel", "Injured"), "count",
           QT_TRANSLATE_NOOP("SourcesModel", "Injured, as this source reports")),
    Column("kidnapped", QT_TRANSLATE_NOOP("SourcesModel", "Kidnapped"), "count",
           QT_TRANSLATE_NOOP("SourcesModel", "Kidnapped, as this source reports")),
    Column("arrested", QT_TRANSLATE_NOOP("SourcesModel", "Arrested"), "count",
           QT_TRANSLATE_NOOP("SourcesModel", "Arrested, as this source reports")),
)
COLUMN_OF = {c.key: i for i, c in enumerate(COLUMNS)}


def looks_like_url(text: str) -> bool:
    text = text.strip()
    return text.lower().startswith(URL_PREFIXES) and not any(ch.isspace() for ch in text)


def codebook_value(text: str, values: Iterable[str]) -> str:
    """The codebook's (English) value for text typed as the value or as its label in the
    user's language, whatever the case; other text as typed."""
    wanted = text.strip().casefold()
    for value in values:
        if wanted in (value.casefold(), codebook_label(value).casefold()):
            return value
    return text.strip()


def _read(kind: str, text: Any) -> Any:
    """What the coder typed, typed when it reads, as written when it does not."""
    if text is None:
        return None
    if not isinstance(text, str):
        return text
    text = text.strip()
    if not text:
        return None
    if kind == "count" and (number := read_whole_number(text)) is not None:
        return number
    if kind == "language":
        return language_code(text)
    if kind == "scale":
        return SCALE_JOIN.join(codebook_value(part, tx.SOURCE_SCALES)
                               for part in text.split(SCALE_JOIN))
    if kind == "choice":
        return codebook_value(text, tx.SOURCE_RELIABILITY)
    if kind == "date":
        try:
            return parse_date(text)  # 08/05/2017, 8 mai 2017... as the date fields read them
        except UnreadableDate:
            return text
    return text


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return short_text(value)
    return str(value)


def shown_value(kind: str, value: Any) -> str:
    """A stored value as the table shows it, in the user's language."""
    if kind == "language" and isinstance(value, str):
        return language_label(value)
    if kind == "scale" and isinstance(value, str):
        return SCALE_JOIN.join(codebook_label(part) for part in value.split(SCALE_JOIN))
    if kind == "choice" and isinstance(value, str):
        return codebook_label(value)
    return _shown(value)


def empty_source() -> dict[str, Any]:
    return {key: None for key in SOURCE_FIELDS}


class SourcesModel(QAbstractTableModel):
    """Rows of source values; cells with a problem are tinted and explain it in a tooltip."""

    #: The coder changed, added or removed a source (not emitted by ``set_rows``).
    rowsEdited = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._problems: dict[tuple[int, str], str] = {}

    # --- whole rows ---------------------------------------------------------------------

    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def set_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = []
        for row in rows:
            clean = empty_source()
            clean.update({k: _read(self._kind(k), v) for k, v in row.items() if k in clean})
            self._rows.append(clean)
        self._problems = {}
        self.endResetModel()

    def set_ids(self, ids: list[str]) -> None:
        """Give rows without an id the ids the database gave them, in row order."""
        for row, child_id in zip(self._rows, ids, strict=False):
            if row.get("id") is None:
                row["id"] = child_id

    def add_source(self, values: Mapping[str, Any] | None = None) -> int:
        """Append a row (with ``values``); returns its number."""
        row = len(self._rows)
        self.insertRows(row, 1)
        for key, value in (values or {}).items():
            self.setData(self.index(row, COLUMN_OF[key]), value)
        return row

    def set_problems(self, problems: Mapping[tuple[int, str], str]) -> None:
        """Problems by (row, field); a problem naming no column marks the row's first cell."""
        old = self._problems
        self._problems = {}
        for (row, key), message in problems.items():
            cell = (row, key if key in COLUMN_OF else "publication")
            known = self._problems.get(cell)
            self._problems[cell] = f"{known}; {message}" if known else message
        # Only the cells whose problem changed: a view refills the open editor of any cell
        # a dataChanged covers, which would throw away what the coder is typing there.
        for row, key in sorted(old.keys() | self._problems.keys()):
            if old.get((row, key)) != self._problems.get((row, key)) \
                    and 0 <= row < len(self._rows):
                cell_index = self.index(row, COLUMN_OF[key])
                self.dataChanged.emit(cell_index, cell_index, [Qt.ItemDataRole.BackgroundRole,
                                                               Qt.ItemDataRole.ToolTipRole])

    def problem(self, row: int, key: str) -> str | None:
        return self._problems.get((row, key))

    def paste_url(self, row: int, url: str) -> None:
        """Pasting a link into a row fills its URL, whatever cell was selected."""
        if row < 0 or row >= len(self._rows):
            row = self.add_source()
        self.setData(self.index(row, COLUMN_OF["url"]), url.strip())

    @staticmethod
    def _kind(key: str) -> str:
        column = COLUMN_OF.get(key)
        return COLUMNS[column].kind if column is not None else "text"

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].shown_title()
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMNS[section].shown_tip()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(COLUMNS)):
            return None
        column = COLUMNS[index.column()]
        value = self._rows[index.row()].get(column.key)
        problem = self._problems.get((index.row(), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_value(column.kind, value)
        if role == Qt.ItemDataRole.EditRole:
            return _shown(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or (_shown(value) if column.key in ("url", "citation") else None)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or not (0 <= index.row() < len(self._rows)):
            return False
        column = COLUMNS[index.column()]
        key = column.key
        if key in ("publication", "citation") and isinstance(value, str) \
                and looks_like_url(value):
            key = "url"  # a link typed or pasted as the publication belongs in URL
        new = _read(self._kind(key), value)
        row = self._rows[index.row()]
        if row.get(key) == new:
            return True
        row[key] = new
        changed = self.index(index.row(), COLUMN_OF[key])
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.DisplayRole,
                                                 Qt.ItemDataRole.EditRole])
        self.rowsEdited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, empty_source())
        self._problems = {}
        self.endInsertRows()
        self.rowsEdited.emit()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self._problems = {}
        self.endRemoveRows()
        self.rowsEdited.emit()
        return True
