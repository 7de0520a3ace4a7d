"""Writing field-level history inside a unit of work."""

from __future__ import annotations

import json
from typing import Any, Protocol

from sqlalchemy.orm import Session

from sahel_desk.model import HistoryEntry, new_id, utcnow
from sahel_desk.store.records import to_plain


def encode(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class HistoryWriter:
    """One change set: every entry shares a change id, a user, a time and a reason."""

    def __init__(self, session: Session, user: str, reason: str | None = None):
        self.session = session
        self.user = user
        self.reason = reason
        self.change_id = new_id()
        self.at = utcnow()
        self.count = 0

    def record(
        self, entity: str, entity_id: str, field: str, old: Any, new: Any,
        incident_id: str | None = None,
    ) -> None:
        self.session.add(HistoryEntry(
            change_id=self.change_id, incident_id=incident_id, entity=entity,
            entity_id=entity_id, field=field, old_value=encode(old), new_value=encode(new),
            user=self.user, at=self.at, reason=self.reason,
        ))
        self.count += 1


class HistorySink(Protocol):
    """Where a change set's entries go: the session (HistoryWriter) or a row batch."""

    user: str
    count: int

    def record(self, entity: str, entity_id: str, field: str, old: Any, new: Any,
               incident_id: str | None = None) -> None: ...


CHILD_ENTITIES = {"sources": "source", "claims": "claim"}


def record_diff(
    history: HistorySink, incident_id: str, old: dict[str, Any], new: dict[str, Any], *,
    entity: str = "incident", entity_id: str | None = None, child_prefix: str = "",
) -> None:
    """One history entry per changed field, child added or removed, and child field.

    A pending revision records its edits as entity "revision" (children as
    "revision_source" and "revision_claim"), apart from the approved record's.
    """
    owner, owner_id = entity, entity_id or incident_id
    for name, value in new.items():
        if name in CHILD_ENTITIES:
            continue
        if old.get(name) != value:
            history.record(owner, owner_id, name, old.get(name), value, incident_id)
    for child, child_entity in CHILD_ENTITIES.items():
        kind = child_prefix + child_entity
        before = {row["id"]: row for row in old.get(child, [])}
        after = {row["id"]: row for row in new.get(child, [])}
        for child_id, row in after.items():
            if child_id not in before:
                history.record(kind, child_id, "*", None, row, incident_id)
                continue
            for key, value in row.items():
                if before[child_id].get(key) != value:
                    history.record(kind, child_id, key, before[child_id].get(key), value,
                                   incident_id)
        for child_id, row in before.items():
            if child_id not in after:
                history.record(kind, child_id, "*", row, None, incident_id)
        if [r["id"] for r in before.values()] != [r["id"] for r in after.values()] and (
            set(before) == set(after)
        ):
            history.record(owner, owner_id, f"{child}.order", list(before), list(after),
                           incident_id)


