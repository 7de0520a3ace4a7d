"""Sources and claims of one incident, edited one at a time.

Each call is an incident update (one transaction, a new revision, history),
so a source added here and one added through the form behave the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sahel_desk.errors import NotFoundError
from sahel_desk.services.records import IncidentRecord

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


class ChildService:
    def __init__(self, desk: Desk, child: str, label: str):
        self.desk = desk
        self.child = child
        self.label = label

    def list(self, incident_ref: str) -> list[dict[str, Any]]:
        """The working rows: a pending revision's when an approved incident has one."""
        return self.desk.incidents.working_state(incident_ref)[self.child]

    def add(self, incident_ref: str, values: Mapping[str, Any], *, reason: str | None = None
            ) -> IncidentRecord:
        rows = self.list(incident_ref)
        return self.desk.incidents.update(
            incident_ref, {self.child: [*rows, dict(values)]}, reason=reason)

    def update(self, incident_ref: str, child_id: str, changes: Mapping[str, Any], *,
               reason: str | None = None) -> IncidentRecord:
        rows = self.list(incident_ref)
        self._index(rows, child_id)
        rows = [{**row, **changes} if row["id"] == child_id else row for row in rows]
        return self.desk.incidents.update(incident_ref, {self.child: rows}, reason=reason)

    def remove(self, incident_ref: str, child_id: str, *, reason: str | None = None
               ) -> IncidentRecord:
        rows = self.list(incident_ref)
        self._index(rows, child_id)
        rows = [row for row in rows if row["id"] != child_id]
        return self.desk.incidents.update(incident_ref, {self.child: rows}, reason=reason)

    def _index(self, rows: list[dict[str, Any]], child_id: str) -> int:
        for i, row in enumerate(rows):
            if row["id"] == child_id:
                return i
        raise NotFoundError(f"The incident has no {self.label} '{child_id}'.")
