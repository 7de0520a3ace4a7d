"""An incident's state at an earlier point, rebuilt from its history.

A point is a history entry id and means "just after that entry's change
set". The approved record (entities incident, source, claim) is rebuilt by
undoing, newest first, every later entry from the stored row: this is exact
even when a creation entry holds only part of the state (demo data). A
pending revision (entities revision, revision_source, revision_claim) is
replayed forward from its "*" entry, which holds the state it started from.
The *working state* at a point is the pending revision open then, if any,
else the record.
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sahel_desk.errors import NotFoundError
from sahel_desk.model import HistoryEntry, Incident
from sahel_desk.store.history import decode
from sahel_desk.store.records import to_plain
from sahel_desk.store.state import DEFAULT_STATE, state_of
from sahel_desk.text.message import Text

#: entity -> the state's child list it edits (None: the record itself)
ROW_ENTITIES: dict[str, str | None] = {"incident": None, "source": "sources", "claim": "claims"}
REVISION_ENTITIES: dict[str, str | None] = {
    "revision": None, "revision_source": "sources", "revision_claim": "claims",
}
REVISION_ENDS = ("approved", "discarded")


def apply_entry(state: dict[str, Any], child: str | None, entry: HistoryEntry, value: Any
                ) -> None:
    """Set what ``entry`` changed to ``value`` (its new value forward, its old one back)."""
    field = entry.field
    if child is None:
        if field == "*":
            if value is not None:
                state.clear()
                state.update(copy.deepcopy({**to_plain(DEFAULT_STATE), **value}))
        elif field.endswith(".order"):
            key = field.removesuffix(".order")
            rows = state.get(key) or []
            by_id = {row["id"]: row for row in rows}
            order = value or []
            state[key] = [by_id[i] for i in order if i in by_id] + [
                row for row in rows if row["id"] not in order]
        elif field in DEFAULT_STATE:
            state[field] = copy.deepcopy(value)
        return
    rows = state.setdefault(child, [])
    if field == "*":
        rows[:] = [row for row in rows if row["id"] != entry.entity_id]
        if value is not None:
            rows.append(copy.deepcopy(value))
        return
    for row in rows:
        if row["id"] == entry.entity_id:
            row[field] = copy.deepcopy(value)


def point_of(session: Session, inc: Incident, entry_id: int) -> HistoryEntry:
    """The entry, checked to belong to the incident."""
    entry = session.get(HistoryEntry, entry_id)
    if entry is None or entry.incident_id != inc.id:
        raise NotFoundError(Text("{incident} has no history entry {entry_id}.",
                                 incident=inc.human_id, entry_id=entry_id))
    return entry


def end_of_change(session: Session, entry: HistoryEntry) -> int:
    return int(session.scalar(select(func.max(HistoryEntry.id)).where(
        HistoryEntry.change_id == entry.change_id,
        HistoryEntry.incident_id == entry.incident_id)) or entry.id)


def row_state_at(session: Session, inc: Incident, point: int) -> dict[str, Any]:
    """The record's state just after history entry ``point`` (plain JSON values)."""
    state: dict[str, Any] = to_plain(state_of(inc))
    later = session.scalars(
        select(HistoryEntry).where(HistoryEntry.incident_id == inc.id,
                                   HistoryEntry.entity.in_(ROW_ENTITIES),
                                   HistoryEntry.id > point)
        .order_by(HistoryEntry.id.desc()))
    for entry in later:
        apply_entry(state, ROW_ENTITIES[entry.entity], entry, decode(entry.old_value))
    return state


def revision_state_at(session: Session, incident_id: str, point: int) -> dict[str, Any] | None:
    """The pending revision open just after ``point``, or None."""
    state: dict[str, Any] | None = None
    entries = session.scalars(
        select(HistoryEntry).where(HistoryEntry.incident_id == incident_id,
                                   HistoryEntry.entity.in_(REVISION_ENTITIES),
                                   HistoryEntry.id <= point)
        .order_by(HistoryEntry.id))
    for entry in entries:
        new = decode(entry.new_value)
        if entry.entity == "revision" and entry.field == "*":
            state = {**to_plain(DEFAULT_STATE), **new} if new is not None else None
        elif state is None:
            continue
        elif entry.entity == "revision" and entry.field == "status" and new in REVISION_ENDS:
            state = None
        else:
            apply_entry(state, REVISION_ENTITIES[entry.entity], entry, new)
    return state


def working_state_at(session: Session, inc: Incident, entry_id: int) -> dict[str, Any]:
    """What a form would have shown just after ``entry_id``'s change."""
    point = end_of_change(session, point_of(session, inc, entry_id))
    pending = revision_state_at(session, inc.id, point)
    return pending if pending is not None else row_state_at(session, inc, point)
