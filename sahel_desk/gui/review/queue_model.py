"""The rows of the review queue (or of the work sent back to a researcher)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import state_label, when
from sahel_desk.store.review_records import QueueRow, ReviewQueue

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_REVISION = QColor("#8a4600")

KIND_LABELS = {"incident": "New record", "revision": "Revision"}
COUNT_LABELS = (
    ("submitted", "submitted"),
    ("in_review", "in review"),
    ("revision_submitted", "revisions submitted"),
    ("revision_in_review", "revisions in review"),
)


def counts_text(queue: ReviewQueue) -> str:
    """"3 submitted · 1 in review · 1 revision submitted · 0 revisions in review"."""
    parts = []
    for key, label in COUNT_LABELS:
        count = queue.counts.get(key, 0)
        if count == 1:
            label = label.replace("revisions", "revision")
        parts.append(f"<b>{count}</b> {label}")
    return " · ".join(parts)


class QueueModel(RecordTableModel):
    """Oldest first, as the service orders them; revisions of approved records in brown."""

    FATALITIES = 8

    def __init__(self, parent=None):
        super().__init__([
            ("ID", lambda r: r.human_id),
            ("Kind", lambda r: KIND_LABELS.get(r.kind, r.kind)),
            ("State", lambda r: state_label(r.status)),
            ("Waiting since", lambda r: when(r.waiting_since)),
            ("Date", lambda r: r.event_date),
            ("Event type", lambda r: r.event_type),
            ("Place", lambda r: r.location),
            ("Actor 1", lambda r: r.actor1),
            ("Fatalities", lambda r: r.fatalities),
            ("Submitted by", lambda r: r.submitted_by or r.coded_by),
        ], parent)

    def styled(self, row: QueueRow, column: int, role: int) -> object:
        if role == FOREGROUND and row.kind == "revision" and column == 1:
            return _REVISION
        if role == ALIGN and column == self.FATALITIES:
            return _RIGHT
        return None

    def row_of(self, incident_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.incident_id == incident_id),
                    None)
