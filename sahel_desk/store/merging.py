"""Merging two records of one event: one recorded change.

The kept record takes the merged values (duplicates/merging.py decides them) and
the other is rejected as its duplicate, with the link the review's rejection
keeps: every entry of both shares one change id, who, when and why, so the
history shows one merge, bundles carry it like any change, and reopening the
rejected record brings it back. Merging approved records is a reviewer's act
(the access policy); a record with a pending revision is settled first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from sahel_desk.errors import ConflictError, InputError
from sahel_desk.model import Incident, utcnow
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistoryWriter, record_diff
from sahel_desk.store.incidents import IncidentStore
from sahel_desk.store.state import state_of
from sahel_desk.text.message import Text


def merge_reason(kept_human_id: str) -> str:
    """The reason a merge records when the person gave none (a form shows it as no
    reason of their own)."""
    return f"duplicate of {kept_human_id}"


def merge(store: IncidentStore, session: Session, keep: Incident, other: Incident,
          changes: Mapping[str, Any], *, user: str, reason: str | None = None) -> str:
    """Write the merge of ``other`` into ``keep`` (both loaded for update); returns the
    change id."""
    if keep.id == other.id:
        raise InputError(Text("{incident} is one incident: name the one to keep and the "
                              "one to merge into it.", incident=keep.human_id))
    for inc in (keep, other):
        if inc.status == "rejected":
            raise ConflictError(Text("{incident} is rejected: reopen it to merge it.",
                                     incident=inc.human_id))
    approved = "approved" in (keep.status, other.status)
    policy.require(session, user, policy.Action.MERGE_APPROVED if approved
                   else policy.Action.MERGE_DUPLICATES,
                   Text("merge {other} into {keep}", other=other.human_id,
                        keep=keep.human_id))
    for inc in (keep, other):
        if revisions.find(session, inc.id) is not None:
            raise ConflictError(Text("{incident} has a pending revision: approve or discard "
                                     "it before merging.", incident=inc.human_id))
    why = reason or merge_reason(keep.human_id)
    history = HistoryWriter(session, user, why)
    old = state_of(keep)
    new = store.validated(session, old, changes)
    record_diff(history, keep.id, old, new)
    if history.count:
        store.write_state(session, keep, new, user=user)
    # The other becomes rejected as a duplicate, as a reviewer's rejection records it.
    history.record("incident", other.id, "status", other.status, "rejected", other.id)
    history.record("incident", other.id, "rejection", None, {
        "reason_code": "duplicate", "reason": why, "duplicate_of": keep.id,
        "duplicate_of_human_id": keep.human_id}, other.id)
    other.status = "rejected"
    other.revision += 1
    other.updated_by = user
    other.updated_at = utcnow()
    session.flush()
    return history.change_id
