"""The suggestions read from a claim, as a table the coder works through row by row.

Rows are only suggestions: the model records which ones the coder accepted,
and the editor decides what accepting does. A suggestion that cannot fill a
claim field (a number claimed vaguely, captives) stays visible as information.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sahel_desk.claims.reading import ClaimReading, Suggestion
from sahel_desk.codebook.validation import CLAIM_COUNT_FIELDS
from sahel_desk.gui.i18n.labels import codebook_label, message
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
SUGGESTION_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ACCEPTED_ROLE = int(Qt.ItemDataRole.UserRole) + 2

COLUMNS = (QT_TRANSLATE_NOOP("SuggestionModel", "Fills"),
           QT_TRANSLATE_NOOP("SuggestionModel", "Value"),
           QT_TRANSLATE_NOOP("SuggestionModel", "Note"))
#: What accepting a suggestion of each kind fills; places and actors go to the incident form.
#: English; shown translated (context ``SuggestionModel``).
FILLS = {
    "date": QT_TRANSLATE_NOOP("SuggestionModel", "Claim date"),
    "channel": QT_TRANSLATE_NOOP("SuggestionModel", "Channel"),
    "claimant": QT_TRANSLATE_NOOP("SuggestionModel", "Claimant"),
    "place": QT_TRANSLATE_NOOP("SuggestionModel", "Incident place"),
    "actor": QT_TRANSLATE_NOOP("SuggestionModel", "Incident actor"),
    "killed": QT_TRANSLATE_NOOP("SuggestionModel", "Killed"),
    "wounded": QT_TRANSLATE_NOOP("SuggestionModel", "Wounded"),
    "vehicles_seized": QT_TRANSLATE_NOOP("SuggestionModel", "Vehicles seized"),
    "weapons_seized": QT_TRANSLATE_NOOP("SuggestionModel", "Weapons seized"),
    "captured": QT_TRANSLATE_NOOP("SuggestionModel", "Captured (no field)"),
}
ACCEPTABLE_KINDS = frozenset(("date", "channel", "claimant", "place", "actor",
                              *CLAIM_COUNT_FIELDS))
ACCEPTED_MARK = "✓ "
_ACCEPTED_COLOUR = QBrush(QColor("#1e6b2a"))
_INFO_COLOUR = QBrush(QColor("#6b6b6b"))
# Isolates keep an Arabic run from reordering the Latin text around it.
_ISOLATE, _END_ISOLATE = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """Text of either direction, safe to embed in a left-to-right label."""
    return f"{_ISOLATE}{text}{_END_ISOLATE}"


def can_accept(suggestion: Suggestion) -> bool:
    """Whether accepting this suggestion would fill something."""
    return suggestion.kind in ACCEPTABLE_KINDS and suggestion.value is not None


def fills(kind: str) -> str:
    """What a suggestion of ``kind`` fills, in the user's language."""
    english = FILLS.get(kind)
    return QCoreApplication.translate("SuggestionModel", english) if english else kind


def value_text(suggestion: Suggestion) -> str:
    """The value as the coder reads it; a date keeps the Hijri date it was read from."""
    value = suggestion.value
    if value is None:
        return "—"
    if suggestion.kind == "date":
        day = QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
        shown = QCoreApplication.translate("SuggestionModel", "{date} ({day}) · Hijri {hijri}")
        return shown.format(date=value.isoformat(), day=day, hijri=isolated(suggestion.source_text))
    if suggestion.kind == "channel" and isinstance(value, str):
        return isolated(codebook_label(value))
    return isolated(str(value))


def note_text(suggestion: Suggestion) -> str:
    """The parser's note, plus other names a lookup offered."""
    parts = [message(suggestion.note)] if suggestion.note else []
    others = []
    for name, _score in suggestion.candidates:
        if name != suggestion.value and name not in others:
            others.append(name)
    if others:
        parts.append(QCoreApplication.translate("SuggestionModel", "also: {names}").format(
            names=", ".join(isolated(name) for name in others)))
    return "; ".join(parts)


class SuggestionModel(QAbstractTableModel):
    """One row per suggestion of the last reading, in text order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._reading: ClaimReading | None = None
        self._rows: tuple[Suggestion, ...] = ()
        self._accepted: set[int] = set()

    # --- content ------------------------------------------------------------------
    def set_reading(self, reading: ClaimReading | None) -> None:
        self.beginResetModel()
        self._reading = reading
        self._rows = reading.suggestions if reading else ()
        self._accepted = set()
        self.endResetModel()

    @property
    def reading(self) -> ClaimReading | None:
        return self._reading

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def can_accept(self, row: int) -> bool:
        return can_accept(self._rows[row])

    def is_accepted(self, row: int) -> bool:
        return row in self._accepted

    def mark_accepted(self, row: int) -> None:
        if row in self._accepted:
            return
        self._accepted.add(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def accepted_total(self, kind: str) -> int | None:
        """The sum of the accepted mentions of a count, None when none is accepted."""
        values = [s.value for row, s in enumerate(self._rows)
                  if s.kind == kind and row in self._accepted and isinstance(s.value, int)]
        return sum(values) if values else None

    # --- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == DISPLAY
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("SuggestionModel", COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        suggestion = self._rows[row]
        if role == DISPLAY:
            if column == 0:
                mark = ACCEPTED_MARK if row in self._accepted else ""
                return mark + fills(suggestion.kind)
            return value_text(suggestion) if column == 1 else note_text(suggestion)
        if role == TOOLTIP:
            return self._tooltip(row, suggestion)
        if role == FOREGROUND:
            if row in self._accepted:
                return _ACCEPTED_COLOUR
            return None if can_accept(suggestion) else _INFO_COLOUR
        if role == SUGGESTION_ROLE:
            return suggestion
        if role == ACCEPTED_ROLE:
            return row in self._accepted
        return None

    def _tooltip(self, row: int, suggestion: Suggestion) -> str:
        lines = [QCoreApplication.translate("SuggestionModel", "{fills}: {value}").format(
                     fills=fills(suggestion.kind), value=value_text(suggestion)),
                 QCoreApplication.translate("SuggestionModel", "Read from: {text}").format(
                     text=isolated(suggestion.source_text))]
        if note := note_text(suggestion):
            lines.append(note)
        if row in self._accepted:
            lines.append(QCoreApplication.translate("SuggestionModel", "Accepted."))
        elif can_accept(suggestion):
            lines.append(QCoreApplication.translate("SuggestionModel",
                                                    "Enter or double-click accepts it."))
        else:
            lines.append(QCoreApplication.translate("SuggestionModel",
                                                    "Nothing to fill: shown for information."))
        return "\n".join(lines)
