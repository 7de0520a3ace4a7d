"""Writing a reviewer's answer to an exchange conflict onto the incident.

A conflict names a path in the incident's state: a field ("fatalities"), a
child's field ("sources/<id>/killed"), a whole child ("claims/<id>": kept or
removed) or the record itself ("*": kept or deleted). The chosen value is
written like any edit, validated and recorded in the history, in the
caller's transaction.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from sahel_desk.model import Conflict
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistoryWriter, record_diff
from sahel_desk.store.records import to_plain
from sahel_desk.store.state import state_of
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


def changes_with(state: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """The changes (to pass to validation) that set ``path`` to ``value`` in ``state``."""
    parts = path.split("/")
    if len(parts) == 1:
        return {path: value}
    kind, child_id = parts[0], parts[1]
    rows = copy.deepcopy(to_plain(state.get(kind) or []))
    index = next((i for i, row in enumerate(rows) if row["id"] == child_id), None)
    if len(parts) == 2:  # the whole child: present (a row) or removed (None)
        if value is None and index is not None:
            rows.pop(index)
        elif value is not None and index is None:
            rows.append(value)
        elif value is not None and index is not None:
            rows[index] = value
    elif index is not None:
        rows[index][parts[2]] = value
    return {kind: rows}


def changes_for(desk: Desk, session: Session, conflict: Conflict, chosen: Any, reason: str
                ) -> None:
    """Apply the chosen value of ``conflict`` (see the module docstring)."""
    store = desk.store
    inc = store.load(session, conflict.incident_id, for_update=True)
    if conflict.path == "*":
        if chosen == "deleted":
            store.delete(session, inc, user=desk.user, reason=reason)
        return
    if conflict.part == "revision":
        pending = revisions.find(session, inc.id)
        if pending is None:
            return
        base = revisions.state_of_pending(pending)
        policy.require(session, desk.user, policy.Action.REVISE_APPROVED,
                       Text("edit approved incident {incident}", incident=inc.human_id))
        revisions.save(store, session, inc, changes_with(base, conflict.path, chosen),
                       user=desk.user, expected_revision=None, reason=reason)
        return
    old = state_of(inc)
    if old["status"] == "approved":  # approved since the conflict was found: written directly
        policy.require(session, desk.user, policy.Action.WRITE_APPROVED,
                       Text("change approved incident {incident} directly",
                            incident=inc.human_id))
    else:
        policy.require(session, desk.user, policy.Action.EDIT_INCIDENT,
                       Text("edit {incident}", incident=inc.human_id))
    new = store.validated(session, old, changes_with(old, conflict.path, chosen))
    history = HistoryWriter(session, desk.user, reason)
    record_diff(history, inc.id, old, new)
    if history.count == 0:
        return
    store.write_state(session, inc, new, user=desk.user)
    if old["status"] == "approved":
        revisions.carry_into_pending(session, inc, old, new, history)
