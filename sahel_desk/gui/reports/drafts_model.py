"""The drafts a report was read into, one row each, with what the coder decided."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sahel_desk.gui.i18n.labels import codebook_label, message
from sahel_desk.gui.review.bidi import isolate, slants
from sahel_desk.gui.review.fields import value_text
from sahel_desk.reports.model import ProposedDraft

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
#: the row's :class:`DraftRow` on any cell
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_MUTED = QColor("#7a7a7a")
_ACCEPTED = QColor("#1d6b2f")


class DraftState(Enum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DISCARDED = "discarded"
    #: saved from this report before this reading (by anyone)
    SAVED_BEFORE = "saved before"


@dataclass(frozen=True)
class DraftRow:
    draft: ProposedDraft
    state: DraftState = DraftState.PROPOSED
    #: the saved incident's human id, once accepted
    human_id: str | None = None
    #: the coder changed a value before accepting
    edited: bool = False


#: the columns, named as the draft's fields (an empty place shows the region)
COLUMNS = ("line", "event_date", "location", "event_type", "actor1", "fatalities", "state")


class DraftsModel(QAbstractTableModel):
    """Rows in the report's order. An empty value the reader was unsure of reads
    "unsure" in grey, its reason in the tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[DraftRow] = []
        self._headers = {
            "line": self.tr("Line"), "event_date": self.tr("Date"),
            "location": self.tr("Place"), "event_type": self.tr("Event type"),
            "actor1": self.tr("Actor 1"),
            "fatalities": self.tr("Fatalities"), "state": self.tr("State"),
        }

    # --- content ----------------------------------------------------------------------

    def set_drafts(self, drafts: Sequence[ProposedDraft], saved_keys: frozenset[str]) -> None:
        self.beginResetModel()
        self._rows = [DraftRow(d, DraftState.SAVED_BEFORE if d.key in saved_keys
                               else DraftState.PROPOSED) for d in drafts]
        self.endResetModel()

    def rows(self) -> list[DraftRow]:
        return list(self._rows)

    def row_at(self, row: int) -> DraftRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_state(self, row: int, state: DraftState, *, human_id: str | None = None,
                  edited: bool | None = None) -> None:
        current = self._rows[row]
        self._rows[row] = replace(current, state=state, human_id=human_id or current.human_id,
                                  edited=current.edited if edited is None else edited)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def next_proposed(self, after: int) -> int | None:
        """The next row still waiting for a decision, wrapping round; None when none is."""
        count = len(self._rows)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self._rows[row].state is DraftState.PROPOSED:
                return row
        return None

    def counts(self) -> dict[DraftState, int]:
        found = dict.fromkeys(DraftState, 0)
        for row in self._rows:
            found[row.state] += 1
        return found

    def state_text(self, row: DraftRow) -> str:
        if row.state is DraftState.ACCEPTED:
            text = self.tr("accepted, edited") if row.edited else self.tr("accepted")
            return (self.tr("{state} ({id})").format(state=text, id=isolate(row.human_id))
                    if row.human_id else text)
        return {DraftState.PROPOSED: self.tr("proposed"),
                DraftState.DISCARDED: self.tr("discarded"),
                DraftState.SAVED_BEFORE: self.tr("saved before")}[row.state]

    def _value(self, row: DraftRow, name: str) -> Any:
        draft = row.draft
        if name == "line":
            return draft.line
        if name == "state":
            return self.state_text(row)
        value = draft.value(name)
        if name == "location" and value is None:
            value = draft.value("admin1")
        if name == "event_type":
            # the sub-event type says the event type too, and is what a coder checks
            value = draft.value("sub_event_type") or value
        return value

    def _shown(self, row: DraftRow, name: str, value: Any) -> str:
        """A value as the user reads it: the codebook's words in their language."""
        if name in ("line", "state"):
            return str(value)
        shown_as = "sub_event_type" if name == "event_type" and row.draft.value(
            "sub_event_type") else name
        return value_text(shown_as, value)

    def _unsure(self, row: DraftRow, name: str) -> str | None:
        if name in ("line", "state") or self._value(row, name) is not None:
            return None
        return row.draft.unsure.get(name)

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and int(role) == DISPLAY
                and 0 <= section < len(COLUMNS)):
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        role = int(role)
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        unsure = self._unsure(row, name)
        if role == DISPLAY:
            value = self._value(row, name)
            if value is None:
                return self.tr("unsure") if unsure else ""
            return self._shown(row, name, value)
        if role == TOOLTIP:
            if unsure:
                return self.tr("Left empty: {reason}").format(reason=message(unsure))
            if name == "event_type" and row.draft.value("sub_event_type"):
                # "›" is mirrored by the text itself in a right-to-left line
                return self.tr("{event_type} › {sub_event_type}").format(
                    event_type=codebook_label(row.draft.value("event_type")),
                    sub_event_type=codebook_label(row.draft.value("sub_event_type")))
            value = self._value(row, name)
            return (self._shown(row, name, value) if value is not None and name != "line"
                    else None)
        if role == FOREGROUND:
            if unsure or row.state in (DraftState.DISCARDED, DraftState.SAVED_BEFORE):
                return _MUTED
            if row.state is DraftState.ACCEPTED and name == "state":
                return _ACCEPTED
            return None
        if role == FONT and (unsure or row.state is DraftState.DISCARDED):
            font = QFont()
            font.setItalic(bool(unsure) and slants(str(self.data(index, DISPLAY) or "")))
            font.setStrikeOut(row.state is DraftState.DISCARDED and name != "state")
            return font
        if role == ALIGN and name in ("line", "fatalities"):
            return _RIGHT
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
