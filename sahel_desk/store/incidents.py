"""Writing one incident: validated, allowed, recorded, with its derived columns.

The services decide *what* to write (a form's save, a review step, a revert, a
conflict's resolution); this module is *how* every one of them is written, so
that each obeys the codebook, the access policy and the fit checks the same
way. Bulk writers use :mod:`sahel_desk.store.batch`, which applies the same
rules row by row.

The incident row always holds the approved version of an approved incident;
edits to it wait in a pending revision (store/revisions.py) until approved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import (
    InputError,
    NotFoundError,
    StaleRevisionError,
    ValidationError,
)
from sahel_desk.model import Claim, Incident, IncidentActor, new_id, utcnow
from sahel_desk.store import policy, revisions
from sahel_desk.store.history import HistoryWriter, record_diff
from sahel_desk.store.human_ids import HumanIds
from sahel_desk.store.list_columns import refresh_list_columns
from sahel_desk.store.location import LOCATION_FIELDS, PlaceLocations, location_of_place
from sahel_desk.store.reading import to_record
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.search_text import build_search_text
from sahel_desk.store.state import (
    DEFAULT_STATE,
    RefResolver,
    apply_state,
    complete_children,
    state_of,
)
from sahel_desk.text.message import Text


def load_options() -> tuple[Any, ...]:
    return (
        selectinload(Incident.place),
        selectinload(Incident.actor_links).selectinload(IncidentActor.actor),
        selectinload(Incident.tags),
        selectinload(Incident.sources),
        selectinload(Incident.claims).selectinload(Claim.claimant),
    )


class IncidentStore:
    """Every write of an incident and its children, inside the caller's unit of work."""

    def __init__(self, default_country: str = "MLI"):
        self.default_country = default_country

    # --- reading -------------------------------------------------------------------

    def load(self, session: Session, ref: str, *, for_update: bool = False) -> Incident:
        """An incident by id, human id (MLI-2017-0042) or ACLED event id."""
        stmt = select(Incident).options(*load_options()).where(
            or_(Incident.id == ref, Incident.human_id == ref, Incident.acled_event_id == ref)
        )
        if for_update:
            stmt = stmt.with_for_update()
        inc = session.scalars(stmt).first()
        if inc is None:
            raise NotFoundError(Text("There is no incident '{ref}'.", ref=ref))
        return inc

    def working_state(self, session: Session, inc: Incident) -> dict[str, Any]:
        """What a form edits: the pending revision's values, else the incident's."""
        pending = revisions.find(session, inc.id)
        return revisions.state_of_pending(pending) if pending else state_of(inc)

    # --- checking ------------------------------------------------------------------

    def validated(self, session: Session, base: Mapping[str, Any],
                  changes: Mapping[str, Any]) -> dict[str, Any]:
        """``base`` with ``changes`` applied, cleaned, references resolved, every codebook
        rule checked: the state to write, or a ValidationError naming every bad field."""
        cleaned = clean_incident_values(changes)
        errors = list(cleaned.errors)
        state = {**base, **cleaned.values}
        complete_children(state)
        RefResolver(session).resolve(state, errors)
        PlaceLocations(session).fill(state, base=base, given=changes.keys())
        _forget_acled_timestamp(base, state, changes)
        unreadable = {e.field for e in errors}
        errors.extend(e for e in check_incident(state) if e.field not in unreadable)
        if errors:
            raise ValidationError(errors, what="incident")
        return state

    # --- writing -------------------------------------------------------------------

    def create(self, session: Session, values: Mapping[str, Any], *, user: str,
               reason: str | None = None) -> Incident:
        """A new incident from plain values: validated, allowed, with its human id."""
        policy.require(session, user, policy.Action.CREATE_INCIDENT, Text("create an incident"))
        state = self.validated(session, dict(DEFAULT_STATE), values)
        policy.check_status_write(session, user, None, state["status"])
        inc = Incident(id=new_id(), created_by=user, updated_by=user, revision=1)
        inc.human_id = HumanIds(session, self.default_country).for_state(state)
        apply_state(session, inc, state)
        inc.search_text = build_search_text(
            inc.human_id, state["notes"], state["tags"], state["sources"], state["claims"])
        session.add(inc)
        HistoryWriter(session, user, reason).record("incident", inc.id, "*", None, state,
                                                    incident_id=inc.id)
        session.flush()
        refresh_list_columns(session, [inc.id])
        session.expire(inc)
        return inc

    def update(
        self, session: Session, inc: Incident, changes: Mapping[str, Any], *, user: str,
        expected_revision: int | None = None, reason: str | None = None, direct: bool = False,
    ) -> IncidentRecord:
        """Change some fields of an incident loaded for update.

        On an approved incident the changes go to its pending revision, which is
        returned; ``direct=True`` writes the approved row itself (publishers only).
        """
        if inc.status == "approved":
            if not direct:
                policy.require(session, user, policy.Action.REVISE_APPROVED,
                               Text("edit approved incident {incident}",
                                    incident=inc.human_id))
                return revisions.save(self, session, inc, changes, user=user,
                                      expected_revision=expected_revision, reason=reason)
            policy.require(session, user, policy.Action.WRITE_APPROVED,
                           Text("change approved incident {incident} directly",
                                incident=inc.human_id))
        else:
            policy.require(session, user, policy.Action.EDIT_INCIDENT,
                           Text("edit {incident}", incident=inc.human_id))
        if expected_revision is not None and inc.revision != expected_revision:
            raise StaleRevisionError(inc.human_id, expected_revision, inc.revision,
                                     inc.updated_by)
        old = state_of(inc)
        new = self.validated(session, old, changes)
        policy.check_status_write(session, user, old["status"], new["status"])
        history = HistoryWriter(session, user, reason)
        record_diff(history, inc.id, old, new)
        if history.count == 0:
            return to_record(inc)
        self.write_state(session, inc, new, user=user)
        if direct:
            revisions.carry_into_pending(session, inc, old, new, history)
        return to_record(self.load(session, inc.id))

    def write_state(self, session: Session, inc: Incident, new: dict[str, Any], *,
                    user: str) -> None:
        """Store a validated state as the row's next revision (history is the caller's):
        its children, search text and list columns follow."""
        apply_state(session, inc, new)
        inc.search_text = build_search_text(
            inc.human_id, new["notes"], new["tags"], new["sources"], new["claims"])
        inc.revision += 1
        inc.updated_by = user
        inc.updated_at = utcnow()
        session.flush()
        refresh_list_columns(session, [inc.id])
        session.expire(inc)

    def take_place_location(self, session: Session, inc: Incident, *, user: str,
                            reason: str | None = None) -> IncidentRecord:
        """Code the linked place's current values as the incident's location: a recorded
        change like any edit (on an approved incident, its pending revision)."""
        if inc.place is None:
            raise InputError(Text("{incident} is not linked to a gazetteer place.",
                                  incident=inc.human_id))
        record = self.update(session, inc, location_of_place(inc.place), user=user,
                             reason=reason or "location taken from the gazetteer")
        self._seen_place(session, inc.id)
        return record

    def keep_coded_location(self, session: Session, inc: Incident, *, user: str
                            ) -> IncidentRecord:
        """Keep the location as coded although its place changed: the incident stops
        saying so (nothing of the record changes)."""
        action = (policy.Action.REVISE_APPROVED if inc.status == "approved"
                  else policy.Action.EDIT_INCIDENT)
        policy.require(session, user, action, Text("keep the location of {incident}",
                                                  incident=inc.human_id))
        self._seen_place(session, inc.id)
        return to_record(self.load(session, inc.id))

    def _seen_place(self, session: Session, incident_id: str) -> None:
        """The incident's row agrees with its place, or its coder chose: note the place's
        version (an approved row waiting for its revision keeps the old one)."""
        inc = self.load(session, incident_id)
        if inc.place is None:
            return
        if inc.status == "approved" and revisions.find(session, inc.id) is not None and (
                location_of_place(inc.place) != {k: getattr(inc, k) for k in LOCATION_FIELDS}):
            return
        inc.place_version = inc.place.location_version
        session.flush()
        session.expire(inc)

    def delete(self, session: Session, inc: Incident, *, user: str,
               reason: str | None = None) -> None:
        """Remove an incident (its history stays): approved ones and other people's
        records need a publisher, one's own records only DELETE_OWN."""
        if inc.status == "approved":
            policy.require(session, user, policy.Action.DELETE_APPROVED,
                           Text("delete approved incident {incident}", incident=inc.human_id))
        elif inc.created_by != user:
            policy.require(session, user, policy.Action.DELETE_OTHERS,
                           Text("delete {incident}, which {user} created",
                                incident=inc.human_id, user=inc.created_by))
        else:
            policy.require(session, user, policy.Action.DELETE_OWN,
                           Text("delete {incident}", incident=inc.human_id))
        HistoryWriter(session, user, reason).record(
            "incident", inc.id, "*", state_of(inc), None, incident_id=inc.id)
        session.delete(inc)


def _forget_acled_timestamp(base: Mapping[str, Any], state: dict[str, Any],
                            changes: Mapping[str, Any]) -> None:
    """ACLED's timestamp says when ACLED last changed the event; once a desk edits its
    data (not just its review state), the record's own last change is what counts."""
    if base.get("acled_timestamp") is None or "acled_timestamp" in changes:
        return
    if any(state[key] != base.get(key) for key in state
           if key not in ("status", "acled_timestamp")):
        state["acled_timestamp"] = None
