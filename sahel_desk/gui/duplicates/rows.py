"""The merge, field by field: one row per choice the merge makes (date, place, type,
actors, fatalities and the single fields) and one per thing kept from both records
(sources, claims, tags, associated actors, notes).

Each row shows both records' values, the value the merged record takes and why. The
value taken is marked (a tick, bold, a tint); a choice can be turned to the other
record's value, and back to the codebook's default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from sahel_desk.duplicates.merging import CHOICES
from sahel_desk.gui.duplicates import values as v
from sahel_desk.gui.duplicates.loading import PairData
from sahel_desk.gui.i18n.bidi import PDI
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.review.bidi import right_to_left

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
#: a row's name ("fatalities") on any of its cells
NAME_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: which record's value the row takes: "keep", "other" or "both"
TAKEN_ROLE = int(Qt.ItemDataRole.UserRole) + 2

FIELD, KEPT, OTHER, MERGED, WHY = range(5)
SIDES = {KEPT: "keep", OTHER: "other"}
TICK = "✔ "
#: a right-to-left isolate: a cell's text in an Arabic window, whatever it starts with
RLI = "\u2067"
_TAKEN = QColor("#dcefdc")
_MERGED = QColor("#eef4fc")
_SAME = QColor("#6b7280")

#: why a row keeps both records' values
BOTH_WHY = QT_TRANSLATE_NOOP("PairRows", "kept from both records")
CHOSEN = QT_TRANSLATE_NOOP("PairRows", "your choice")


@dataclass(frozen=True)
class PairRow:
    name: str
    label: str
    kept: str
    other: str
    #: the merged record's value, and which side it comes from, by default
    default_merged: str
    default_taken: str
    default_why: str
    #: a choice the user may turn (rows kept from both may not)
    choosable: bool
    taken: str = ""

    @property
    def current(self) -> str:
        return self.taken or self.default_taken

    @property
    def chosen(self) -> bool:
        return self.current != self.default_taken

    @property
    def merged(self) -> str:
        if not self.chosen:
            return self.default_merged
        return self.kept if self.current == "keep" else self.other

    @property
    def why(self) -> str:
        return (QCoreApplication.translate("PairRows", CHOSEN) if self.chosen
                else self.default_why)

    @property
    def same(self) -> bool:
        """Both records say the same: nothing to choose, nothing to mark."""
        return self.kept == self.other

    def takes(self, side: str) -> bool:
        """Whether the merged record takes this side's value (marked with a tick)."""
        value = self.kept if side == "keep" else self.other
        if self.same or value == v.NOTHING:
            return False
        return self.current in (side, "both") and (self.current != "both" or not self.choosable)


def rows_of(data: PairData) -> list[PairRow]:
    """The proposal's choices, then what is kept from both, for ``data``."""
    rows: list[PairRow] = []
    by_name = {c.name: c for c in data.proposal.choices}
    for name in CHOICES:
        choice = by_name.get(name)
        if choice is None:
            continue
        if name == "actors":
            kept, other = v.actors_of(data.keep), v.actors_of(data.other)
            merged = other if choice.taken == "other" else kept
        else:
            kept = v.choice_text(name, choice.kept)
            other = v.choice_text(name, choice.other)
            merged = v.choice_text(name, choice.value)
        if kept == v.NOTHING and other == v.NOTHING:
            continue  # neither record has it: nothing to choose
        if name == "place" and kept == other and choice.kept != choice.other:
            # one place in words, two points: the coordinates tell them apart
            kept, other = v.with_point(kept, choice.kept), v.with_point(other, choice.other)
            merged = other if choice.taken == "other" else kept
        rows.append(PairRow(name, v.label_of(name), kept, other, merged, choice.taken,
                            message(choice.why), choice.kept != choice.other))
    both = QCoreApplication.translate("PairRows", BOTH_WHY)
    keep, away = data.keep, data.other
    for name, kept_items, other_items in (
            ("sources", v.sources_of(keep), v.sources_of(away)),
            ("claims", v.claims_of(keep), v.claims_of(away)),
            ("tags", list(keep.tags), list(away.tags)),
            ("assoc_actors", v.assoc_of(keep), v.assoc_of(away))):
        if not kept_items and not other_items:
            continue
        rows.append(PairRow(name, v.label_of(name), v.listed(kept_items), v.listed(other_items),
                            v.listed([*kept_items, *other_items]), "both", both, False))
    notes = data.proposal.changes.get("notes", keep.notes)
    if keep.notes or away.notes:
        rows.append(PairRow("notes", v.label_of("notes"), v.notes_of(keep), v.notes_of(away),
                            v.notes_text(str(notes)), "both", both, False))
    return rows


class PairRowsModel(QAbstractTableModel):
    """The rows of :func:`rows_of`; :meth:`choose` turns a choice."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PairRow] = []
        self._titles = [self.tr("Field"), self.tr("Kept record"), self.tr("Merged away"),
                        self.tr("Merged record"), self.tr("Why")]

    # --- content -------------------------------------------------------------------

    def set_rows(self, rows: list[PairRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PairRow]:
        return list(self._rows)

    def row_of(self, name: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.name == name), None)

    def set_titles(self, kept: str, other: str) -> None:
        self._titles[KEPT], self._titles[OTHER] = kept, other
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, KEPT, OTHER)

    def choose(self, row: int, side: str) -> bool:
        """Take ``side``'s value ("keep" or "other") for the row; False when the row is no
        choice or takes it already."""
        if not 0 <= row < len(self._rows) or side not in ("keep", "other"):
            return False
        current = self._rows[row]
        taken = "" if side == current.default_taken else side
        if not current.choosable or taken == current.taken:
            return False
        self._rows[row] = dataclasses.replace(current, taken=taken)
        self.dataChanged.emit(self.index(row, 0), self.index(row, WHY))
        return True

    def switch(self, row: int) -> bool:
        """Take the value of the record the row does not take now (the kept record's
        when the toll mixes both)."""
        if not 0 <= row < len(self._rows):
            return False
        return self.choose(row, "other" if self._rows[row].current == "keep" else "keep")

    def restore(self) -> None:
        """Every choice back to the codebook's default."""
        if any(r.chosen for r in self._rows):
            self.set_rows([dataclasses.replace(r, taken="") for r in self._rows])

    def prefer(self) -> dict[str, str]:
        """The choices turned by the user, as the service's ``prefer``."""
        return {r.name: r.current for r in self._rows if r.chosen}

    def apply(self, prefer: dict[str, str]) -> None:
        """Turn the choices ``prefer`` names (after the rows were read again)."""
        for name, side in prefer.items():
            row = self.row_of(name)
            if row is not None:
                self.choose(row, side)

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and int(role) == DISPLAY
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None

    def text(self, row: PairRow, column: int) -> str:
        """A cell's text; in a right-to-left window each cell reads right to left, its
        values (isolated where they are made) in their own direction."""
        text = self._text(row, column)
        return f"{RLI}{text}{PDI}" if right_to_left() else text

    def _text(self, row: PairRow, column: int) -> str:
        if column == FIELD:
            return row.label
        if column in SIDES:
            value = row.kept if column == KEPT else row.other
            return f"{TICK}{value}" if row.takes(SIDES[column]) else value
        if column == MERGED:
            return row.merged
        return row.why

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column, role = self._rows[index.row()], index.column(), int(role)
        if role == DISPLAY:
            return self.text(row, column)
        if role == TOOLTIP:
            text = self.text(row, column)
            return text if len(text) > 80 else None
        if role == ACCESSIBLE and column in SIDES:
            taken = self.tr("taken") if row.takes(SIDES[column]) else self.tr("not taken")
            value = row.kept if column == KEPT else row.other
            return self.tr("{value} ({taken})").format(value=value, taken=taken)
        if role == ALIGN:
            # at the top of a tall row (a long note): centred, a short value or the field's
            # name sat out of view half a screen down
            return _TOP
        if role == NAME_ROLE:
            return row.name
        if role == TAKEN_ROLE:
            return row.current
        if role == FONT and ((column in SIDES and row.takes(SIDES[column]))
                             or (column == WHY and row.chosen)):
            font = QFont()
            font.setBold(True)
            return font
        if role == FOREGROUND and row.same and column != FIELD:
            return _SAME
        if role == BACKGROUND:
            if column in SIDES and row.takes(SIDES[column]):
                return _TAKEN
            if column == MERGED:
                return _MERGED
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
