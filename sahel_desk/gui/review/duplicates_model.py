"""The rows of the duplicates queue: pairs of incidents that may be one event, best first,
each side as a reviewer recognises it and the reasons in words."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale, QModelIndex, Qt

from sahel_desk.gui.duplicates.reasons import reasons_text as joined_reasons
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import state_label
from sahel_desk.services.duplicates import DuplicatePair, PairSide

ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def reasons_text(pair: DuplicatePair) -> str:
    """Every reason of a pair, strongest first, in the user's language."""
    return joined_reasons(pair.reasons)


def kind_of(side: PairSide) -> str | None:
    """The finest type coded: the sub-event type, else the event type."""
    return codebook_label(side.sub_event_type or side.event_type) or None


def score_text(score: float) -> str:
    """A score as the user's locale writes a number: 0.78, 0,78."""
    return QLocale().toString(score, "f", 2)


class DuplicatesModel(RecordTableModel):
    """One row per pair (``DuplicatePair``), in the order ``find`` gave them."""

    SCORE = 0
    REASONS = 11

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("Score"), lambda p: score_text(p.score)),
            (self.tr("Incident"), lambda p: p.a.human_id),
            (self.tr("Date"), lambda p: p.a.event_date),
            (self.tr("Place"), lambda p: p.a.location),
            (self.tr("Type"), lambda p: kind_of(p.a)),
            (self.tr("State"), lambda p: state_label(p.a.status)),
            (self.tr("Other incident"), lambda p: p.b.human_id),
            (self.tr("Date"), lambda p: p.b.event_date),
            (self.tr("Place"), lambda p: p.b.location),
            (self.tr("Type"), lambda p: kind_of(p.b)),
            (self.tr("State"), lambda p: state_label(p.b.status)),
            (self.tr("Why"), reasons_text),
        ], parent)

    def styled(self, pair: DuplicatePair, column: int, role: int) -> object:
        if role == ALIGN and column == self.SCORE:
            return _RIGHT
        return None

    def pair_at(self, row: int) -> DuplicatePair | None:
        return self.row_at(row)

    def rows_naming(self, ids: Iterable[str | None], *, both: bool) -> list[int]:
        """The rows whose pair names these incidents (ids or human ids): all of them
        (``both``) or any one."""
        wanted = {i for i in ids if i}

        def names(side: PairSide) -> bool:
            return side.id in wanted or side.human_id in wanted

        return [row for row, pair in enumerate(self._rows)
                if (names(pair.a) and names(pair.b)) or (not both and (names(pair.a)
                                                                      or names(pair.b)))]

    def remove_rows(self, rows: Iterable[int]) -> int:
        """Take these rows out (a pair settled); how many were."""
        taken = 0
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                taken += 1
        return taken
