"""Writing field-level history inside a unit of work."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from sahel_desk.model import HistoryEntry, new_id, utcnow
from sahel_desk.services.records import to_plain


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
