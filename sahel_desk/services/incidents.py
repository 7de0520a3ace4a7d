"""Incidents through the Desk API: one transaction each, written by the store.

The incident row always holds the approved version of an approved incident,
so lists, reports and exports read approved data; edits to it wait in a
pending revision (store/revisions.py) until a reviewer approves them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from sahel_desk.model import Incident
from sahel_desk.services.incident_query import IncidentQueries
from sahel_desk.store import revisions
from sahel_desk.store.incidents import IncidentStore
from sahel_desk.store.reading import to_record
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.review_records import PendingRevisionRecord
from sahel_desk.store.state import DEFAULT_STATE, state_of

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk
    from sahel_desk.services.stale_merge import MergedSave


class IncidentService(IncidentQueries):
    """Incidents through the Desk API.

    A form loads ``working_record(id)`` and ``working_state(id)`` (the pending
    revision of an approved incident when there is one, else the incident) and
    saves with ``update(id, values, expected_revision=record.revision)``. On an
    approved incident that save creates or updates the pending revision and
    returns it; ``get``, ``state``, ``query`` and exports keep the approved row
    until ``desk.review.approve`` applies the revision.
    """

    def __init__(self, desk: Desk, store: IncidentStore):
        super().__init__(desk)
        self.desk = desk
        self.store = store

    # --- reading ------------------------------------------------------------

    def get(self, ref: str) -> IncidentRecord:
        """An incident by its id, human id (MLI-2017-0042) or ACLED event id."""
        with self.desk.db.read() as session:
            return to_record(self.store.load(session, ref))

    def state(self, ref: str) -> dict[str, Any]:
        """The incident's editable values as plain data (ids for references)."""
        with self.desk.db.read() as session:
            return state_of(self.store.load(session, ref))

    def working_state(self, ref: str) -> dict[str, Any]:
        """What a form edits: the pending revision's values, else the incident's."""
        with self.desk.db.read() as session:
            return self.store.working_state(session, self.store.load(session, ref))

    def working_record(self, ref: str) -> IncidentRecord:
        """The pending revision as a record (its status and revision number), else the
        incident; ``revision`` is what to pass as ``expected_revision`` when saving."""
        with self.desk.db.read() as session:
            inc = self.store.load(session, ref)
            pending = revisions.find(session, inc.id)
            return revisions.record_of(session, inc, pending) if pending else to_record(inc)

    def pending(self, ref: str) -> PendingRevisionRecord | None:
        """The pending revision of an approved incident, or None."""
        with self.desk.db.read() as session:
            inc = self.store.load(session, ref)
            pending = revisions.find(session, inc.id)
            return revisions.info(pending, inc.human_id) if pending else None

    # --- writing --------------------------------------------------------------

    def create(self, values: Mapping[str, Any], *, reason: str | None = None) -> IncidentRecord:
        """Validate and store a new incident; returns it with its human id."""
        with self.desk.db.write() as session:
            inc = self.store.create(session, values, user=self.desk.user, reason=reason)
            return to_record(self.store.load(session, inc.id))

    def update(
        self, ref: str, changes: Mapping[str, Any], *, expected_revision: int | None = None,
        reason: str | None = None, direct: bool = False,
    ) -> IncidentRecord:
        """Change some fields. With ``expected_revision`` a stale save is refused.

        On an approved incident the changes go to its pending revision, which is
        returned; ``direct=True`` writes the approved row itself (re-imports of
        published data; reviewers and administrators only).
        """
        with self.desk.db.write() as session:
            inc = self.store.load(session, ref, for_update=True)
            return self.update_in(session, inc, changes, expected_revision=expected_revision,
                                  reason=reason, direct=direct)

    def update_in(
        self, session: Session, inc: Incident, changes: Mapping[str, Any], *,
        expected_revision: int | None = None, reason: str | None = None, direct: bool = False,
    ) -> IncidentRecord:
        """``update`` inside the caller's unit of work, on an incident loaded for update."""
        return self.store.update(session, inc, changes, user=self.desk.user,
                                 expected_revision=expected_revision, reason=reason,
                                 direct=direct)

    def save_merging(self, ref: str, base: Mapping[str, Any], changes: Mapping[str, Any], *,
                     reason: str | None = None) -> MergedSave:
        """Save a form whose record changed meanwhile: see services/stale_merge.py."""
        from sahel_desk.services.stale_merge import save_merging

        return save_merging(self, ref, base, changes, reason=reason)

    def take_place_location(self, ref: str, *, reason: str | None = None) -> IncidentRecord:
        """Take the linked place's current name, admin units and coordinates as the
        incident's location (after the gazetteer changed it): a recorded change, which
        on an approved incident waits in its pending revision."""
        with self.desk.db.write() as session:
            inc = self.store.load(session, ref, for_update=True)
            return self.store.take_place_location(session, inc, user=self.desk.user,
                                                  reason=reason)

    def keep_coded_location(self, ref: str) -> IncidentRecord:
        """Keep the location as coded although its place changed in the gazetteer."""
        with self.desk.db.write() as session:
            inc = self.store.load(session, ref, for_update=True)
            return self.store.keep_coded_location(session, inc, user=self.desk.user)

    def delete(self, ref: str, *, reason: str | None = None) -> None:
        """Remove an incident; its history stays (see IncidentStore.delete for who may)."""
        with self.desk.db.write() as session:
            inc = self.store.load(session, ref, for_update=True)
            self.store.delete(session, inc, user=self.desk.user, reason=reason)

    def validate(self, values: Mapping[str, Any], base: str | None = None) -> None:
        """Check values without saving (raises ValidationError): for forms and imports."""
        with self.desk.db.read() as session:
            start = dict(DEFAULT_STATE)
            if base:
                start = self.store.working_state(session, self.store.load(session, base))
            self.store.validated(session, start, values)
