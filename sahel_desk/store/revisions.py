"""Pending revisions: edits to an approved incident, kept beside it until approved.

The incident row keeps the approved version, so lists, reports and exports
never show unapproved values. A pending revision holds the whole edited state
as JSON, its own review status (draft, submitted, in_review,
changes_requested) and its own revision number for stale-save checks, which
continues the incident's numbering: the first save on top of approved
revision 4 is revision 5, and every later save or step adds one.

Its edits are in the history as entity "revision" (children as
"revision_source" and "revision_claim"): a "*" entry with the state it started
from, then one entry per changed field, and "status" entries for its steps up
to "approved" or "discarded".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.codebook.validation import clean_incident_values
from sahel_desk.errors import FieldError, StaleRevisionError, ValidationError
from sahel_desk.model import (
    Actor,
    Claim,
    Incident,
    IncidentActor,
    IncidentTag,
    PendingRevision,
    Place,
    Source,
    new_id,
)
from sahel_desk.store import policy
from sahel_desk.store.history import HistorySink, HistoryWriter, record_diff
from sahel_desk.store.reading import to_record
from sahel_desk.store.records import IncidentRecord, to_plain
from sahel_desk.store.review_records import PendingRevisionRecord
from sahel_desk.store.state import (
    CLAIM_COLUMNS,
    DEFAULT_STATE,
    ROLE_FIELDS,
    SCALAR_FIELDS,
    SOURCE_COLUMNS,
    complete_children,
    state_of,
)
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.store.incidents import IncidentStore

REVISION_STATUSES = ("draft", "submitted", "in_review", "changes_requested")
REVISION_ENTITY = "revision"
CHILD_PREFIX = "revision_"


def find(session: Session, incident_id: str, *, for_update: bool = False
         ) -> PendingRevision | None:
    stmt = select(PendingRevision).where(PendingRevision.incident_id == incident_id)
    if for_update:
        stmt = stmt.with_for_update()
    return session.scalars(stmt).first()


def state_of_pending(pending: PendingRevision) -> dict[str, Any]:
    """The stored JSON state read back with the same types as ``state_of`` gives."""
    cleaned = clean_incident_values(json.loads(pending.state))
    state = {**DEFAULT_STATE, **cleaned.values}
    complete_children(state)
    return state


def _store(pending: PendingRevision, state: dict[str, Any]) -> None:
    pending.state = json.dumps(to_plain(state), ensure_ascii=False, sort_keys=True)


def content_equal(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same values apart from the review status."""
    return bool(to_plain({**a, "status": None}) == to_plain({**b, "status": None}))


def info(pending: PendingRevision, human_id: str) -> PendingRevisionRecord:
    return PendingRevisionRecord(
        id=pending.id, incident_id=pending.incident_id, human_id=human_id,
        status=pending.status, revision=pending.revision, base_revision=pending.base_revision,
        created_by=pending.created_by, created_at=pending.created_at,
        updated_by=pending.updated_by, updated_at=pending.updated_at,
    )


def record_of(session: Session, inc: Incident, pending: PendingRevision) -> IncidentRecord:
    """The pending revision as an IncidentRecord, built on a detached copy of the row."""
    state = state_of_pending(pending)
    shadow = Incident(
        id=inc.id, human_id=inc.human_id, created_by=inc.created_by, created_at=inc.created_at,
        updated_by=pending.updated_by, updated_at=pending.updated_at, revision=pending.revision,
    )
    for name in SCALAR_FIELDS:
        setattr(shadow, name, state[name])
    shadow.status = pending.status
    shadow.place = session.get(Place, state["place_id"]) if state["place_id"] else None
    links = []
    for role in ROLE_FIELDS:
        ids = state[role] if isinstance(state[role], list) else [state[role]]
        links += [IncidentActor(role=role, position=position, actor=session.get(Actor, actor_id))
                  for position, actor_id in enumerate(i for i in ids if i)]
    shadow.actor_links = links
    shadow.tags = [IncidentTag(tag=tag) for tag in state["tags"]]
    shadow.sources = [
        Source(id=row["id"], position=i, **{k: row[k] for k in SOURCE_COLUMNS})
        for i, row in enumerate(state["sources"])
    ]
    shadow.claims = [
        Claim(id=row["id"], position=i, claimant_id=row["claimant"],
              claimant=session.get(Actor, row["claimant"]) if row["claimant"] else None,
              **{k: row[k] for k in CLAIM_COLUMNS})
        for i, row in enumerate(state["claims"])
    ]
    return to_record(shadow)


def save(
    store: IncidentStore, session: Session, inc: Incident, changes: Mapping[str, Any], *,
    user: str, expected_revision: int | None, reason: str | None,
) -> IncidentRecord:
    """An edit of an approved incident: create or update its pending revision."""
    pending = find(session, inc.id, for_update=True)
    current = pending.revision if pending else inc.revision
    if expected_revision is not None and expected_revision != current:
        raise StaleRevisionError(inc.human_id, expected_revision, current,
                                 pending.updated_by if pending else inc.updated_by)
    base = state_of_pending(pending) if pending else {**state_of(inc), "status": "draft"}
    values = dict(changes)
    status = _wanted_status(session, user, base["status"], values.pop("status", None))
    new = store.validated(session, base, {**values, "status": status})
    history = HistoryWriter(session, user, reason)
    if pending is None:
        if content_equal(base, new):
            return to_record(inc)
        pending = PendingRevision(
            id=new_id(), incident_id=inc.id, base_revision=inc.revision,
            revision=inc.revision + 1, status=status, created_by=user, updated_by=user,
            created_at=history.at,
        )
        history.record(REVISION_ENTITY, pending.id, "*", None, base, inc.id)
        session.add(pending)
    elif to_plain(base) == to_plain(new):
        return record_of(session, inc, pending)
    else:
        pending.revision += 1
    record_diff(history, inc.id, base, new, entity=REVISION_ENTITY,
                                entity_id=pending.id, child_prefix=CHILD_PREFIX)
    _store(pending, new)
    pending.status = status
    pending.updated_by = user
    pending.updated_at = history.at
    session.flush()
    return record_of(session, inc, pending)


def _wanted_status(session: Session, user: str, current: str, wanted: Any) -> str:
    """A save of a revision may keep its status, or move it between draft and submitted.

    "approved" is what a form loaded from the approved row sends: it means no change.
    """
    if wanted in (None, "approved", current):
        return current
    if wanted not in REVISION_STATUSES:
        raise ValidationError([FieldError(
            "status", Text("a revision of an approved incident cannot be saved as '{wanted}' "
                           "(use {names}; approve through the review)",
                           wanted=wanted, names=', '.join(REVISION_STATUSES)))], "incident")
    policy.check_status_write(session, user, current, wanted)
    return str(wanted)


def set_status(pending: PendingRevision, status: str, history: HistoryWriter) -> None:
    """A review step on a revision: recorded, and its number moves on."""
    history.record(REVISION_ENTITY, pending.id, "status", pending.status, status,
                   pending.incident_id)
    state = json.loads(pending.state)
    state["status"] = status
    pending.state = json.dumps(state, ensure_ascii=False, sort_keys=True)
    pending.status = status
    pending.revision += 1
    pending.updated_by = history.user
    pending.updated_at = history.at


def approve(store: IncidentStore, session: Session, inc: Incident,
            pending: PendingRevision, history: HistoryWriter) -> None:
    """Apply the revision to the row (field-level history, next revision) and drop it."""
    state = {**state_of_pending(pending), "status": "approved"}
    new = store.validated(session, dict(DEFAULT_STATE), state)
    old = state_of(inc)
    history.record(REVISION_ENTITY, pending.id, "status", pending.status, "approved", inc.id)
    record_diff(history, inc.id, old, new)
    store.write_state(session, inc, new, user=history.user)
    session.delete(pending)


def discard(session: Session, pending: PendingRevision, history: HistorySink) -> None:
    history.record(REVISION_ENTITY, pending.id, "status", pending.status, "discarded",
                   pending.incident_id)
    session.delete(pending)


class Written(Protocol):
    """An incident just written: its id and the revision it is now (an ORM row, or
    what a batch wrote)."""

    @property
    def id(self) -> str: ...

    @property
    def revision(self) -> int: ...


def carry_into_pending(session: Session, inc: Written, old: dict[str, Any],
                       new: dict[str, Any], history: HistorySink) -> None:
    """A direct write to an approved row (a re-import) reaches its pending revision too,
    for every field the revision had not changed itself; its number moves on so a form
    holding it reloads. A row no longer approved has no revision: it is discarded."""
    pending = find(session, inc.id, for_update=True)
    if pending is None:
        return
    if new["status"] != "approved":
        discard(session, pending, history)
        return
    state = state_of_pending(pending)
    carried = {
        name: value for name, value in new.items()
        if name != "status" and to_plain(old.get(name)) != to_plain(value)
        and to_plain(state.get(name)) == to_plain(old.get(name))
    }
    if carried:
        updated = {**state, **carried}
        record_diff(history, inc.id, state, updated, entity=REVISION_ENTITY,
                                    entity_id=pending.id, child_prefix=CHILD_PREFIX)
        _store(pending, updated)
    session.flush()
    pending.base_revision = inc.revision
    pending.revision = max(pending.revision, inc.revision) + 1



def repoint_pending(session: Session, repoint: Callable[[dict[str, Any]], dict[str, Any]],
                    history: HistoryWriter) -> None:
    """Apply an actor merge to every pending revision too, so approving one later
    does not bring the merged-away actor back."""
    for pending in session.scalars(select(PendingRevision).with_for_update()):
        state = state_of_pending(pending)
        new = repoint(state)
        if to_plain(new) == to_plain(state):
            continue
        record_diff(history, pending.incident_id, state, new,
                                    entity=REVISION_ENTITY, entity_id=pending.id,
                                    child_prefix=CHILD_PREFIX)
        _store(pending, new)
        pending.revision += 1
