"""Fetching what the form shows, off the GUI thread: the working state (an approved
incident's pending revision when it has one), the actor and place records its
ids stand for (pickers show names, not ids), and the states the user may set."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sahel_desk.codebook.taxonomy import STATUSES
from sahel_desk.errors import NotFoundError
from sahel_desk.store.policy import OPEN_STATUSES, REVIEWER_ROLES
from sahel_desk.store.records import ActorRecord, PlaceRecord
from sahel_desk.store.review_records import PendingRevisionRecord, Rejection

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk
    from sahel_desk.services.drafts import Draft


@dataclass(frozen=True)
class Refs:
    """Records for the ids in a set of values, keyed by the id (or name) used there."""

    actors: dict[str, ActorRecord] = field(default_factory=dict)
    places: dict[str, PlaceRecord] = field(default_factory=dict)

    def actor(self, ref: Any) -> ActorRecord | None:
        return self.actors.get(ref) if isinstance(ref, str) else None

    def place(self, ref: Any) -> PlaceRecord | None:
        return self.places.get(ref) if isinstance(ref, str) else None


@dataclass(frozen=True)
class Loaded:
    """Everything needed to fill the form at once."""

    values: dict[str, Any]
    refs: Refs
    incident_id: str | None = None
    human_id: str | None = None
    revision: int | None = None
    saved: dict[str, Any] | None = None
    #: the approved incident's revision waiting for approval, which the form edits
    pending: PendingRevisionRecord | None = None
    #: the review states the user may save in (None: not asked)
    statuses: frozenset[str] | None = None
    #: the linked place changed in the gazetteer since the location was coded
    place_changed: bool = False
    #: why a rejected record was rejected (merged away as a duplicate of which record)
    rejection: Rejection | None = None


def actor_refs(values: Mapping[str, Any]) -> set[str]:
    found = {values.get("actor1"), values.get("actor2")}
    for name in ("assoc_actor_1", "assoc_actor_2"):
        found.update(values.get(name) or [])
    for claim in values.get("claims") or []:
        if isinstance(claim, Mapping):
            found.add(claim.get("claimant"))
    return {ref for ref in found if isinstance(ref, str) and ref}


def resolve_refs(desk: Desk, values: Mapping[str, Any]) -> Refs:
    """Actor and place records for the references in ``values``; unknown ones are left out."""
    actors: dict[str, ActorRecord] = {}
    for ref in actor_refs(values):
        try:
            actors[ref] = desk.actors.get(ref)
        except NotFoundError:
            continue
    places: dict[str, PlaceRecord] = {}
    place = values.get("place_id")
    if isinstance(place, str) and place:
        with contextlib.suppress(NotFoundError):
            places[place] = desk.places.get(place)
    return Refs(actors, places)


def offered_statuses(desk: Desk) -> frozenset[str]:
    """Researchers save drafts and submit; the other states are reviewers' decisions.
    A desk without profiles is one person's, who may set any state."""
    if desk.role in REVIEWER_ROLES or not desk.profiles.list():
        return frozenset(STATUSES)
    return OPEN_STATUSES


def fetch_incident(desk: Desk, ref: str) -> Loaded:
    """What the form edits: the pending revision of an approved incident, else the incident;
    ``revision`` is what the next save passes as ``expected_revision``."""
    record = desk.incidents.get(ref)
    place_changed = record.place_changed
    pending = None
    if record.status == "approved":  # only an approved incident has a pending revision
        pending = desk.incidents.pending(record.id)
        record = desk.incidents.working_record(record.id)
    state = desk.incidents.working_state(record.id)
    rejection = desk.review.rejection(record.id) if record.status == "rejected" else None
    return Loaded(values=state, refs=resolve_refs(desk, state), incident_id=record.id,
                  human_id=record.human_id, revision=record.revision, saved=state,
                  pending=pending, statuses=offered_statuses(desk),
                  place_changed=place_changed, rejection=rejection)


def fetch_values(desk: Desk, values: Mapping[str, Any]) -> Loaded:
    return Loaded(values=dict(values), refs=resolve_refs(desk, values),
                  statuses=offered_statuses(desk))


def fetch_draft(desk: Desk, draft: Draft) -> Loaded:
    """A draft over its stored incident (kept at the draft's base revision), or as new."""
    if draft.incident_id is None:
        return fetch_values(desk, draft.values)
    try:
        record = desk.incidents.working_record(draft.incident_id)
        state = desk.incidents.working_state(record.id)
        pending = desk.incidents.pending(record.id)
    except NotFoundError:
        return fetch_values(desk, draft.values)
    revision = draft.base_revision if draft.base_revision is not None else record.revision
    shown, stored = resolve_refs(desk, draft.values), resolve_refs(desk, state)
    refs = Refs({**stored.actors, **shown.actors}, {**stored.places, **shown.places})
    rejection = desk.review.rejection(record.id) if record.status == "rejected" else None
    return Loaded(values=dict(draft.values), refs=refs, incident_id=record.id,
                  human_id=record.human_id, revision=revision, saved=state, pending=pending,
                  statuses=offered_statuses(desk), rejection=rejection)
