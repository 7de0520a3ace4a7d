"""What a reviewer compares: the record under review beside its reference version.

The reference is the approved incident for a pending revision; otherwise the
last approved version in the history (for an approved incident, the one
before the current approval) or, never approved, the first submission, or
the record as created.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.model import HistoryEntry, Incident
from sahel_desk.services.readable import CHILD_LABELS, CHILD_NOUNS, Readable, label_of
from sahel_desk.services.replay import end_of_change, row_state_at
from sahel_desk.store import revisions
from sahel_desk.store.history import decode
from sahel_desk.store.records import to_plain
from sahel_desk.store.review_records import FieldChange
from sahel_desk.store.state import DEFAULT_STATE, state_of

#: compared field by field; the review status is the workflow's, not the content's
COMPARED = tuple(name for name in DEFAULT_STATE if name not in ("status", "sources", "claims"))


def review_diff(session: Session, inc: Incident) -> list[FieldChange]:
    pending = revisions.find(session, inc.id)
    if pending is not None:
        before = to_plain(state_of(inc))
        after = to_plain(revisions.state_of_pending(pending))
    else:
        after = to_plain(state_of(inc))
        before = row_state_at(session, inc, _reference_point(session, inc))
    return field_changes(Readable(session), before, after)


def _reference_point(session: Session, inc: Incident) -> int:
    approvals: list[int] = []
    submissions: list[int] = []
    first: int | None = None
    entries = session.execute(
        select(HistoryEntry.id, HistoryEntry.entity, HistoryEntry.field,
               HistoryEntry.new_value)
        .where(HistoryEntry.incident_id == inc.id,
               HistoryEntry.field.in_(("*", "status")),
               HistoryEntry.entity.in_(("incident", "revision")))
        .order_by(HistoryEntry.id))
    for entry_id, entity, field, raw in entries:
        first = entry_id if first is None else first
        new = decode(raw)
        if entity == "incident" and field == "*":
            status = new.get("status") if isinstance(new, dict) else None
        elif entity == "revision" and field == "*":
            continue
        else:
            status = new
        if status == "approved":
            approvals.append(entry_id)
        elif status == "submitted" and entity == "incident":
            submissions.append(entry_id)
    if inc.status == "approved":
        approvals = approvals[:-1]
    chosen = (approvals[-1] if approvals else submissions[0] if submissions else first)
    if chosen is None:
        return 0
    return end_of_change(session, session.get_one(HistoryEntry, chosen))


def field_changes(readable: Readable, before: dict[str, Any], after: dict[str, Any]
                  ) -> list[FieldChange]:
    """Every difference between two plain states, scalar fields first, then children."""
    changes = [
        FieldChange(name, label_of(name), readable.value(name, before.get(name)),
                    readable.value(name, after.get(name)))
        for name in COMPARED if before.get(name) != after.get(name)
    ]
    for child in ("sources", "claims"):
        changes += _child_changes(readable, child, before.get(child) or [],
                                  after.get(child) or [])
    return changes


def _child_changes(readable: Readable, child: str, before: list[dict], after: list[dict]
                   ) -> list[FieldChange]:
    noun = CHILD_NOUNS[child]
    old = {row["id"]: row for row in before}
    new_ids = {row["id"] for row in after}
    changes: list[FieldChange] = []
    for i, row in enumerate(after):
        if row["id"] not in old:
            changes.append(FieldChange(f"{child}[{i}]", f"{noun} {i + 1} added", None,
                                       readable.child(child, row)))
            continue
        previous = old[row["id"]]
        for key, label in CHILD_LABELS[child].items():
            if previous.get(key) != row.get(key):
                changes.append(FieldChange(
                    f"{child}[{i}].{key}",
                    f"{noun} {i + 1} ({readable.child_name(child, row)}): {label}",
                    readable.child_value(child, key, previous.get(key)),
                    readable.child_value(child, key, row.get(key))))
    for j, row in enumerate(before):
        if row["id"] not in new_ids:
            changes.append(FieldChange(f"{child}[{j}]", f"{noun} {j + 1} removed",
                                       readable.child(child, row), None))
    return changes
