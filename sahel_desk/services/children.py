"""Sources and claims of one incident, edited one at a time.

Each call is an incident update (one transaction, a new revision, history),
so a source added here and one added through the form behave the same. The
rows are read, edited and saved against the revision read: when another desk
saved the incident in between (PostgreSQL lets two desks write at once), the
edit is made again on its rows instead of saving over them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sahel_desk.errors import NotFoundError, StaleRevisionError
from sahel_desk.store import revisions
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.state import state_of
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


#: an incident's sources or claims as plain rows (``list`` is ChildService.list in the class)
Rows = list[dict[str, Any]]
#: how often an edit is redone on rows someone else saved meanwhile before giving up
_ATTEMPTS = 3


class ChildService:
    def __init__(self, desk: Desk, child: str, label: str):
        self.desk = desk
        self.child = child
        self.label = label

    def list(self, incident_ref: str) -> Rows:
        """The working rows: a pending revision's when an approved incident has one."""
        rows: Rows = self.desk.incidents.working_state(incident_ref)[self.child]
        return rows

    def add(self, incident_ref: str, values: Mapping[str, Any], *, reason: str | None = None
            ) -> IncidentRecord:
        return self._edit(incident_ref, lambda rows: [*rows, dict(values)], reason)

    def update(self, incident_ref: str, child_id: str, changes: Mapping[str, Any], *,
               reason: str | None = None) -> IncidentRecord:
        def edit(rows: Rows) -> Rows:
            self._index(rows, child_id)
            return [{**row, **changes} if row["id"] == child_id else row for row in rows]

        return self._edit(incident_ref, edit, reason)

    def remove(self, incident_ref: str, child_id: str, *, reason: str | None = None
               ) -> IncidentRecord:
        def edit(rows: Rows) -> Rows:
            self._index(rows, child_id)
            return [row for row in rows if row["id"] != child_id]

        return self._edit(incident_ref, edit, reason)

    def _edit(self, incident_ref: str,
              edit: Callable[[Rows], Rows],
              reason: str | None) -> IncidentRecord:
        """Save ``edit`` of the working rows, never over rows saved by someone else since
        they were read: a stale save is redone on the newer rows (a few times at most)."""
        for attempt in range(_ATTEMPTS):
            rows, revision = self._working(incident_ref)
            try:
                return self.desk.incidents.update(incident_ref, {self.child: edit(rows)},
                                                  expected_revision=revision, reason=reason)
            except StaleRevisionError:
                if attempt == _ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _working(self, incident_ref: str) -> tuple[Rows, int]:
        """The working rows and the revision they belong to, read in one snapshot."""
        with self.desk.db.read() as session:
            inc = self.desk.store.load(session, incident_ref)
            pending = revisions.find(session, inc.id)
            state = revisions.state_of_pending(pending) if pending else state_of(inc)
            return state[self.child], pending.revision if pending else inc.revision

    def _index(self, rows: Rows, child_id: str) -> int:
        for i, row in enumerate(rows):
            if row["id"] == child_id:
                return i
        raise NotFoundError(Text("The incident has no source '{id}'.", id=child_id)
                                 if self.child == "sources" else
                                 Text("The incident has no claim '{id}'.", id=child_id))
