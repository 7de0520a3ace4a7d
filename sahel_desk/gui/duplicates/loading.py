"""What the pair window reads, off the GUI thread, in one go: the pair's score and
reasons, the merge the codebook proposes, both records and who may do what."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sahel_desk.services.desk import Desk
from sahel_desk.services.duplicates import DuplicatePair, MergeProposal, MergeResult
from sahel_desk.store.policy import REVIEWER_ROLES
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.review_records import Rejection


@dataclass(frozen=True)
class PairData:
    """Two incidents side by side, ``keep`` first."""

    pair: DuplicatePair
    proposal: MergeProposal
    keep: IncidentRecord
    other: IncidentRecord
    #: why each rejected record was rejected (by incident id)
    rejections: dict[str, Rejection]
    role: str

    @property
    def reviewer(self) -> bool:
        return self.role in REVIEWER_ROLES

    def record(self, incident_id: str) -> IncidentRecord:
        return self.keep if incident_id == self.keep.id else self.other


def load_pair(desk: Desk, keep: str, other: str) -> PairData:
    """The pair with ``keep`` as the record kept (ids or human ids)."""
    proposal = desk.duplicates.merge_proposal(keep, other)
    kept = desk.incidents.get(keep)
    merged = desk.incidents.get(other)
    pair = desk.duplicates.compare(kept.id, merged.id)
    rejections = {}
    for record in (kept, merged):
        if record.status == "rejected":
            found = desk.review.rejection(record.id)
            if found is not None:
                rejections[record.id] = found
    return PairData(pair, proposal, kept, merged, rejections, desk.role)


def merge_pair(desk: Desk, keep: str, other: str, prefer: Mapping[str, str],
               reason: str | None) -> MergeResult:
    return desk.duplicates.merge(keep, other, prefer=prefer, reason=reason)
