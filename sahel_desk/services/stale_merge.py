"""Saving a form whose record someone else changed meanwhile, without losing either.

The form knows the state it loaded (the base); the database holds the newer
state. Fields only the form changed are saved, fields only the other person
changed stay, and a field both changed differently keeps the stored value and
becomes a conflict, resolved in the same conflicts view as exchange
conflicts ("local" is the stored value, "remote" the form's). One transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sahel_desk.exchange.merge import changed_keys, three_way
from sahel_desk.model import Conflict, utcnow
from sahel_desk.store import revisions
from sahel_desk.store.history import encode
from sahel_desk.store.records import IncidentRecord, to_plain
from sahel_desk.store.state import DEFAULT_STATE, state_of

if TYPE_CHECKING:
    from sahel_desk.services.incidents import IncidentService

FORM_ORIGIN = "an unsaved form"


@dataclass(frozen=True)
class MergedSave:
    """The record as saved, and the fields left for the user to decide (paths)."""

    record: IncidentRecord
    conflicts: tuple[str, ...]
    changed_meanwhile_by: str | None
    #: the fields the other person changed since the form loaded the record
    changed_meanwhile: tuple[str, ...] = ()


def save_merging(service: IncidentService, ref: str, base: Mapping[str, Any],
                 changes: Mapping[str, Any], *, reason: str | None = None) -> MergedSave:
    desk = service.desk
    with desk.db.write() as session:
        inc = service.store.load(session, ref, for_update=True)
        pending = revisions.find(session, inc.id, for_update=True)
        stored = revisions.state_of_pending(pending) if pending else state_of(inc)
        who = pending.updated_by if pending else inc.updated_by
        base_state = service.store.validated(session, dict(DEFAULT_STATE), base)
        mine = service.store.validated(session, base_state, changes)
        result = three_way(to_plain(base_state), to_plain(stored), to_plain(mine),
                           remote_user=desk.user, remote_at=utcnow())
        part = "revision" if pending is not None or inc.status == "approved" else "record"
        for conflict in result.conflicts:
            session.add(Conflict(
                incident_id=inc.id, part=part, path=conflict.path,
                base_value=encode(conflict.base), local_value=encode(conflict.local),
                remote_value=encode(conflict.remote), remote_user=desk.user,
                remote_desk=FORM_ORIGIN, remote_at=utcnow()))
        record = service.update_in(session, inc, result.state, reason=reason)
        meanwhile = sorted({key[0] for key in changed_keys(to_plain(base_state),
                                                           to_plain(stored))})
        return MergedSave(record, tuple(c.path for c in result.conflicts), who,
                          tuple(meanwhile))
