"""Creating, reading, changing and deleting incidents: one transaction each,
validated in full, with field-level history.

The incident row always holds the approved version of an approved incident,
so lists, reports and exports read approved data; edits to it wait in a
pending revision (services/revisions.py) until a reviewer approves them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import NotFoundError, StaleRevisionError, ValidationError
from sahel_desk.model import Claim, Incident, IncidentActor, new_id, utcnow
from sahel_desk.reference.countries import country
from sahel_desk.services import access, revisions
from sahel_desk.services.history_writer import HistoryWriter
from sahel_desk.services.incident_query import IncidentQueries
from sahel_desk.services.incident_state import (
    DEFAULT_STATE,
    RefResolver,
    apply_state,
    complete_children,
    state_of,
)
from sahel_desk.services.list_columns import refresh_list_columns
from sahel_desk.services.records import (
    ActorRef,
    ClaimRecord,
    IncidentRecord,
    PlaceRecord,
    SourceRecord,
)
from sahel_desk.services.review_records import PendingRevisionRecord
from sahel_desk.services.search_text import build_search_text
from sahel_desk.storage.portable import last_number

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

CHILD_ENTITIES = {"sources": "source", "claims": "claim"}


def _load_options():
    return (
        selectinload(Incident.place),
        selectinload(Incident.actor_links).selectinload(IncidentActor.actor),
        selectinload(Incident.tags),
        selectinload(Incident.sources),
        selectinload(Incident.claims).selectinload(Claim.claimant),
    )


class IncidentService(IncidentQueries):
    """Incidents through the Desk API.

    A form loads ``working_record(id)`` and ``working_state(id)`` (the pending
    revision of an approved incident when there is one, else the incident) and
    saves with ``update(id, values, expected_revision=record.revision)``. On an
    approved incident that save creates or updates the pending revision and
    returns it; ``get``, ``state``, ``query`` and exports keep the approved row
    until ``desk.review.approve`` applies the revision.
    """

    def __init__(self, desk: Desk):
        super().__init__(desk)
        self.desk = desk

    # --- reading ------------------------------------------------------------

    def get(self, ref: str) -> IncidentRecord:
        """An incident by its id, human id (MLI-2017-0042) or ACLED event id."""
        with self.desk.db.read() as session:
            return to_record(self._load(session, ref))

    def state(self, ref: str) -> dict[str, Any]:
        """The incident's editable values as plain data (ids for references)."""
        with self.desk.db.read() as session:
            return state_of(self._load(session, ref))

    def working_state(self, ref: str) -> dict[str, Any]:
        """What a form edits: the pending revision's values, else the incident's."""
        with self.desk.db.read() as session:
            inc = self._load(session, ref)
            pending = revisions.find(session, inc.id)
            return revisions.state_of_pending(pending) if pending else state_of(inc)

    def working_record(self, ref: str) -> IncidentRecord:
        """The pending revision as a record (its status and revision number), else the
        incident; ``revision`` is what to pass as ``expected_revision`` when saving."""
        with self.desk.db.read() as session:
            inc = self._load(session, ref)
            pending = revisions.find(session, inc.id)
            return revisions.record_of(session, inc, pending) if pending else to_record(inc)

    def pending(self, ref: str) -> PendingRevisionRecord | None:
        """The pending revision of an approved incident, or None."""
        with self.desk.db.read() as session:
            inc = self._load(session, ref)
            pending = revisions.find(session, inc.id)
            return revisions.info(pending, inc.human_id) if pending else None

    def _load(self, session: Session, ref: str, *, for_update: bool = False) -> Incident:
        stmt = select(Incident).options(*_load_options()).where(
            or_(Incident.id == ref, Incident.human_id == ref, Incident.acled_event_id == ref)
        )
        if for_update:
            stmt = stmt.with_for_update()
        inc = session.scalars(stmt).first()
        if inc is None:
            raise NotFoundError(f"There is no incident '{ref}'.")
        return inc

    # --- writing --------------------------------------------------------------

    def create(self, values: Mapping[str, Any], *, reason: str | None = None) -> IncidentRecord:
        """Validate and store a new incident; returns it with its human id."""
        with self.desk.db.write() as session:
            state = self._validated(session, dict(DEFAULT_STATE), values)
            access.check_status_write(session, self.desk.user, None, state["status"])
            inc = Incident(id=new_id(), created_by=self.desk.user, updated_by=self.desk.user,
                           revision=1)
            inc.human_id = self._next_human_id(session, state)
            apply_state(session, inc, state)
            inc.search_text = build_search_text(
                inc.human_id, state["notes"], state["tags"], state["sources"], state["claims"]
            )
            session.add(inc)
            history = HistoryWriter(session, self.desk.user, reason)
            history.record("incident", inc.id, "*", None, state, incident_id=inc.id)
            session.flush()
            refresh_list_columns(session, [inc.id])
            session.expire(inc)
            return to_record(self._load(session, inc.id))

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
            inc = self._load(session, ref, for_update=True)
            return self.update_in(session, inc, changes, expected_revision=expected_revision,
                                  reason=reason, direct=direct)

    def update_in(
        self, session: Session, inc: Incident, changes: Mapping[str, Any], *,
        expected_revision: int | None = None, reason: str | None = None, direct: bool = False,
    ) -> IncidentRecord:
        """``update`` inside the caller's unit of work, on an incident loaded for update."""
        if inc.status == "approved":
            if not direct:
                return revisions.save(self, session, inc, changes,
                                      expected_revision=expected_revision, reason=reason)
            access.require_publisher(session, self.desk.user,
                                     f"change approved incident {inc.human_id} directly")
        if expected_revision is not None and inc.revision != expected_revision:
            raise StaleRevisionError(inc.human_id, expected_revision, inc.revision,
                                     inc.updated_by)
        old = state_of(inc)
        new = self._validated(session, old, changes)
        access.check_status_write(session, self.desk.user, old["status"], new["status"])
        history = HistoryWriter(session, self.desk.user, reason)
        record_diff(history, inc.id, old, new)
        if history.count == 0:
            return to_record(inc)
        self.write_state(session, inc, new)
        if direct:
            revisions.carry_into_pending(session, inc, old, new, history)
        return to_record(self._load(session, inc.id))

    def save_merging(self, ref: str, base: Mapping[str, Any], changes: Mapping[str, Any], *,
                     reason: str | None = None):
        """Save a form whose record changed meanwhile: see services/stale_merge.py."""
        from sahel_desk.services.stale_merge import save_merging

        return save_merging(self, ref, base, changes, reason=reason)

    def write_state(self, session: Session, inc: Incident, new: dict[str, Any]) -> None:
        """Store a validated state on the row as its next revision (history is the caller's)."""
        apply_state(session, inc, new)
        inc.search_text = build_search_text(
            inc.human_id, new["notes"], new["tags"], new["sources"], new["claims"]
        )
        inc.revision += 1
        inc.updated_by = self.desk.user
        inc.updated_at = utcnow()
        session.flush()
        refresh_list_columns(session, [inc.id])
        session.expire(inc)

    def delete(self, ref: str, *, reason: str | None = None) -> None:
        with self.desk.db.write() as session:
            inc = self._load(session, ref, for_update=True)
            if inc.status == "approved":
                access.require_publisher(session, self.desk.user,
                                         f"delete approved incident {inc.human_id}")
            HistoryWriter(session, self.desk.user, reason).record(
                "incident", inc.id, "*", state_of(inc), None, incident_id=inc.id
            )
            session.delete(inc)

    def validate(self, values: Mapping[str, Any], base: str | None = None) -> None:
        """Check values without saving (raises ValidationError): for forms and imports."""
        with self.desk.db.read() as session:
            start = dict(DEFAULT_STATE)
            if base:
                inc = self._load(session, base)
                pending = revisions.find(session, inc.id)
                start = revisions.state_of_pending(pending) if pending else state_of(inc)
            self._validated(session, start, values)

    def _validated(
        self, session: Session, base: dict[str, Any], changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        cleaned = clean_incident_values(changes)
        errors = list(cleaned.errors)
        state = {**base, **cleaned.values}
        complete_children(state)
        RefResolver(session).resolve(state, errors)
        _forget_acled_timestamp(base, state, changes)
        unreadable = {e.field for e in errors}
        errors.extend(e for e in check_incident(state) if e.field not in unreadable)
        if errors:
            raise ValidationError(errors, what="incident")
        return state

    def _next_human_id(self, session: Session, state: dict[str, Any]) -> str:
        from sahel_desk.model import Place

        iso3 = self.desk.default_country
        if state.get("place_id"):
            place = session.get(Place, state["place_id"])
            found = country(place.country_code) if place else None
            iso3 = found.iso3 if found else iso3
        year = (state.get("event_date") or date.today()).year
        prefix = f"{iso3}-{year}-"
        return f"{prefix}{last_number(session, Incident.human_id, prefix) + 1:04d}"


def _forget_acled_timestamp(base: dict[str, Any], state: dict[str, Any],
                            changes: Mapping[str, Any]) -> None:
    """ACLED's timestamp says when ACLED last changed the event; once a desk edits its
    data (not just its review state), the record's own last change is what counts."""
    if base.get("acled_timestamp") is None or "acled_timestamp" in changes:
        return
    if any(state[key] != base.get(key) for key in state
           if key not in ("status", "acled_timestamp")):
        state["acled_timestamp"] = None


def record_diff(
    history: HistoryWriter, incident_id: str, old: dict, new: dict, *,
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


def _actor_ref(actor) -> ActorRef:
    return ActorRef(actor.id, actor.name, actor.actor_type)


def place_record(place) -> PlaceRecord:
    return PlaceRecord(
        id=place.id, name=place.name, country_code=place.country_code,
        latitude=place.latitude, longitude=place.longitude, admin1=place.admin1,
        admin2=place.admin2, admin3=place.admin3, ascii_name=place.ascii_name,
        alternate_names=tuple(n.name for n in place.names) if "names" in place.__dict__ else (),
        feature_class=place.feature_class, feature_code=place.feature_code,
        population=place.population, origin=place.origin, geonames_id=place.geonames_id,
        added_by=place.added_by,
    )


def to_record(inc: Incident) -> IncidentRecord:
    roles: dict[str, list[ActorRef]] = {r: [] for r in ("actor1", "assoc_actor_1", "actor2",
                                                         "assoc_actor_2")}
    for link in sorted(inc.actor_links, key=lambda link: (link.role, link.position)):
        roles[link.role].append(_actor_ref(link.actor))
    actor1 = roles["actor1"][0] if roles["actor1"] else None
    actor2 = roles["actor2"][0] if roles["actor2"] else None
    inter1 = actor1.actor_type if actor1 else None
    inter2 = actor2.actor_type if actor2 else None
    side2_types = [a.actor_type for a in roles["actor2"] + roles["assoc_actor_2"]]
    return IncidentRecord(
        id=inc.id, human_id=inc.human_id, status=inc.status, revision=inc.revision,
        event_date=inc.event_date, event_date_end=inc.event_date_end,
        time_precision=inc.time_precision,
        disorder_type=tx.disorder_type_of(inc.sub_event_type),
        event_type=inc.event_type, sub_event_type=inc.sub_event_type,
        place=place_record(inc.place) if inc.place else None,
        geo_precision=inc.geo_precision, near=inc.near,
        actor1=actor1, assoc_actor_1=tuple(roles["assoc_actor_1"]),
        actor2=actor2, assoc_actor_2=tuple(roles["assoc_actor_2"]),
        inter1=inter1, inter2=inter2,
        interaction=tx.interaction_text(inter1, inter2),
        interaction_code=tx.interaction_code(inter1, inter2),
        civilian_targeting=tx.civilian_targeting(side2_types),
        fatalities=inc.fatalities, fatalities_low=inc.fatalities_low,
        fatalities_high=inc.fatalities_high, injured=inc.injured, kidnapped=inc.kidnapped,
        arrested=inc.arrested, attack_type=inc.attack_type, target_type=inc.target_type,
        weapon_type=inc.weapon_type, suicide=inc.suicide, property_damage=inc.property_damage,
        seized_vehicles=inc.seized_vehicles, seized_weapons=inc.seized_weapons,
        items_seized=inc.items_seized, notes=inc.notes,
        tags=tuple(sorted(t.tag for t in inc.tags)),
        sources=tuple(
            SourceRecord(id=s.id, publication=s.publication, author=s.author, url=s.url,
                         published=s.published, language=s.language,
                         source_scale=s.source_scale, reliability=s.reliability,
                         citation=s.citation, killed=s.killed, injured=s.injured,
                         kidnapped=s.kidnapped, arrested=s.arrested)
            for s in inc.sources
        ),
        claims=tuple(
            ClaimRecord(id=c.id, claimant=_actor_ref(c.claimant) if c.claimant else None,
                        channel=c.channel, original_text=c.original_text, language=c.language,
                        translation=c.translation, date_written=c.date_written,
                        claim_date=c.claim_date, killed=c.killed, wounded=c.wounded,
                        vehicles_seized=c.vehicles_seized, weapons_seized=c.weapons_seized,
                        competing=c.competing)
            for c in inc.claims
        ),
        acled_event_id=inc.acled_event_id, acled_timestamp=inc.acled_timestamp,
        created_by=inc.created_by, created_at=inc.created_at,
        updated_by=inc.updated_by, updated_at=inc.updated_at,
    )
