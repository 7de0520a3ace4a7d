"""The rows of the review queue (or of the work sent back to a researcher)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.review.table_model import RecordTableModel
from sahel_desk.gui.review.text import counted, state_label, when
from sahel_desk.store.review_records import QueueRow, ReviewQueue

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_REVISION = QColor("#8a4600")



def kind_label(kind: str) -> str:
    if kind == "incident":
        return QCoreApplication.translate("QueueModel", "New record")
    if kind == "revision":
        return QCoreApplication.translate("QueueModel", "Revision")
    return kind


def _count(key: str, n: int) -> str:
    """One count of the queue, the number in bold (a literal per count, for its plurals)."""
    translate = QCoreApplication.translate
    if key == "submitted":
        text = translate("QueueModel", "<b>%n</b> submitted", "", n)
    elif key == "in_review":
        text = translate("QueueModel", "<b>%n</b> in review", "", n)
    elif key == "revision_submitted":
        text = translate("QueueModel", "<b>%n</b> revision(s) submitted", "", n)
    else:
        text = translate("QueueModel", "<b>%n</b> revision(s) in review", "", n)
    return counted(text, n)


def counts_text(queue: ReviewQueue) -> str:
    """"3 submitted · 1 in review · 1 revision submitted · 0 revisions in review"."""
    return " · ".join(_count(key, queue.counts.get(key, 0)) for key in (
        "submitted", "in_review", "revision_submitted", "revision_in_review"))


class QueueModel(RecordTableModel):
    """Oldest first, as the service orders them; revisions of approved records in brown."""

    FATALITIES = 8

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("ID"), lambda r: r.human_id),
            (self.tr("Kind"), lambda r: kind_label(r.kind)),
            (self.tr("State"), lambda r: state_label(r.status)),
            (self.tr("Waiting since"), lambda r: when(r.waiting_since)),
            (self.tr("Date"), lambda r: r.event_date),
            (self.tr("Event type"), lambda r: codebook_label(r.event_type) or None),
            (self.tr("Place"), lambda r: r.location),
            (self.tr("Actor 1"), lambda r: r.actor1),
            (self.tr("Fatalities"), lambda r: r.fatalities),
            (self.tr("Submitted by"), lambda r: r.submitted_by or r.coded_by),
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
