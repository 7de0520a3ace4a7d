"""The review queue and the work sent back to researchers, as plain rows.

When an item entered its state and who put it there come from the history
(the latest "status" entry), so the queue is ordered by how long each item
has waited, not by when it was last touched.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from sahel_desk.model import HistoryEntry, Incident, PendingRevision
from sahel_desk.store.history import encode
from sahel_desk.store.records import IncidentFilter
from sahel_desk.store.review_records import QueueRow, ReviewQueue

if TYPE_CHECKING:
    from sahel_desk.services.incident_query import IncidentQueries

WAITING = ("submitted", "in_review")


def _status_entries(entity: str, entity_id):
    return (HistoryEntry.entity == entity, HistoryEntry.entity_id == entity_id,
            HistoryEntry.field.in_(("status", "*")))


def _latest(column, *conditions):
    return (select(column).where(*conditions).order_by(HistoryEntry.id.desc()).limit(1)
            .scalar_subquery())


def _incident_rows(states: tuple[str, ...]) -> Select:
    status_entries = _status_entries("incident", Incident.id)
    submitted = (HistoryEntry.entity == "incident", HistoryEntry.entity_id == Incident.id,
                 HistoryEntry.field == "status", HistoryEntry.new_value == encode("submitted"))
    return select(
        Incident.id, Incident.human_id, Incident.status, Incident.revision, Incident.event_date,
        Incident.event_type, Incident.list_actor1, Incident.list_location, Incident.fatalities,
        Incident.created_by,
        func.coalesce(_latest(HistoryEntry.user, *submitted), Incident.created_by),
        func.coalesce(_latest(HistoryEntry.user, *status_entries), Incident.updated_by),
        func.coalesce(_latest(HistoryEntry.at, *status_entries), Incident.updated_at),
    ).where(Incident.status.in_(states))


def _revision_rows(states: tuple[str, ...]) -> Select:
    status_entries = _status_entries("revision", PendingRevision.id)
    submitted = (HistoryEntry.entity == "revision", HistoryEntry.entity_id == PendingRevision.id,
                 HistoryEntry.field == "status", HistoryEntry.new_value == encode("submitted"))
    return select(
        Incident.id, Incident.human_id, PendingRevision.status, PendingRevision.revision,
        Incident.event_date, Incident.event_type, Incident.list_actor1, Incident.list_location,
        Incident.fatalities, PendingRevision.created_by,
        func.coalesce(_latest(HistoryEntry.user, *submitted), PendingRevision.created_by),
        func.coalesce(_latest(HistoryEntry.user, *status_entries), PendingRevision.updated_by),
        func.coalesce(_latest(HistoryEntry.at, *status_entries), PendingRevision.updated_at),
    ).select_from(PendingRevision).join(Incident, Incident.id == PendingRevision.incident_id
                                        ).where(PendingRevision.status.in_(states))


def _rows(queries: IncidentQueries, session: Session, flt: IncidentFilter,
          states: tuple[str, ...]) -> list[QueueRow]:
    plain = dataclasses.replace(flt, statuses=())
    found: list[QueueRow] = []
    for kind, stmt in (("incident", _incident_rows(states)),
                       ("revision", _revision_rows(states))):
        for row in session.execute(queries.filtered(stmt, plain, session)):
            (incident_id, human_id, status, revision, event_date, event_type, actor1, location,
             fatalities, coded_by, submitted_by, state_by, since) = row
            found.append(QueueRow(
                incident_id=incident_id, human_id=human_id, kind=kind, status=status,
                revision=revision, event_date=event_date, event_type=event_type, actor1=actor1,
                location=location, fatalities=fatalities, coded_by=coded_by,
                submitted_by=submitted_by, state_by=state_by, waiting_since=since,
            ))
    return found


def waiting(queries: IncidentQueries, session: Session, flt: IncidentFilter, *,
            oldest_first: bool, offset: int, limit: int | None) -> ReviewQueue:
    states = tuple(s for s in WAITING if not flt.statuses or s in flt.statuses)
    rows = _rows(queries, session, flt, states)
    counts = {state: 0 for state in WAITING} | {f"revision_{state}": 0 for state in WAITING}
    for row in rows:
        counts[row.status if row.kind == "incident" else f"revision_{row.status}"] += 1
    rows.sort(key=lambda r: (r.waiting_since, r.human_id), reverse=not oldest_first)
    end = None if limit is None else offset + limit
    return ReviewQueue(tuple(rows[offset:end]), len(rows), counts)


def returned(queries: IncidentQueries, session: Session, user: str) -> list[QueueRow]:
    rows = _rows(queries, session, IncidentFilter(), ("changes_requested",))
    mine = [r for r in rows if user in (r.coded_by, r.submitted_by)]
    return sorted(mine, key=lambda r: (r.waiting_since, r.human_id))
