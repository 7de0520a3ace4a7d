"""Gathering what a bundle carries: changed incidents with their whole history,
comments, and the actors and places they point at.

Actor and place ids differ from desk to desk (each desk made its own built-in
rows), so the bundle names them: actors by their ACLED name, places by
GeoNames id or, for custom places, by the id they were made with, which
travels with them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, func, or_, select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.exchange.merge import Entry
from sahel_desk.model import (
    Actor,
    Claim,
    Comment,
    HistoryEntry,
    Incident,
    IncidentActor,
    IncidentTag,
    PendingRevision,
    Place,
    Source,
)
from sahel_desk.store import dismissals
from sahel_desk.store.state import CLAIM_COLUMNS, SCALAR_FIELDS, SOURCE_COLUMNS

BATCH = 500
#: fields (on the record or a pending revision) whose values are place ids
PLACE_FIELDS = ("place_id",)


def last_history_id(session: Session) -> int:
    return int(session.scalar(select(func.max(HistoryEntry.id))) or 0)


def changed_incident_ids(session: Session, after_history_id: int) -> list[str]:
    """Incidents (deleted ones too) with a history entry newer than ``after_history_id``."""
    rows = session.execute(
        select(HistoryEntry.incident_id, func.min(HistoryEntry.id))
        .where(HistoryEntry.id > after_history_id, HistoryEntry.incident_id.is_not(None))
        .group_by(HistoryEntry.incident_id).order_by(func.min(HistoryEntry.id)))
    return [row[0] for row in rows if row[0] is not None]


def history_of(session: Session, incident_ids: Iterable[str]) -> dict[str, list[Entry]]:
    """Every history entry of these incidents, in local order (read straight from the
    connection, like :func:`plain_states`)."""
    found: dict[str, list[Entry]] = {}
    ids = list(incident_ids)
    session.flush()
    conn = session.connection()
    for start in range(0, len(ids), BATCH):
        rows = conn.execute(
            select(HistoryEntry.incident_id, HistoryEntry.change_id, HistoryEntry.entity,
                   HistoryEntry.entity_id, HistoryEntry.field, HistoryEntry.old_value,
                   HistoryEntry.new_value, HistoryEntry.user, HistoryEntry.at,
                   HistoryEntry.reason)
            .where(HistoryEntry.incident_id.in_(ids[start:start + BATCH]))
            .order_by(HistoryEntry.id))
        for (incident_id, change_id, entity, entity_id, field, old_value, new_value, user,
             at, reason) in rows:
            if incident_id is not None:
                found.setdefault(incident_id, []).append(Entry(
                    change_id, entity, entity_id, field, old_value, new_value, user, at,
                    reason))
    return found


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date_columns(model: Any, names: tuple[str, ...]) -> tuple[str, ...]:
    """The columns of ``names`` that hold dates: the only ones a plain state
    holds otherwise than the database gives them."""
    table = model.__table__
    return tuple(name for name in names
                 if isinstance(table.c[name].type, Date))


#: the fields of a state, of its sources and of its claims that hold dates
STATE_DATES = _date_columns(Incident, SCALAR_FIELDS)
SOURCE_DATES = _date_columns(Source, SOURCE_COLUMNS)
CLAIM_DATES = _date_columns(Claim, CLAIM_COLUMNS)


def dated(state: dict[str, Any]) -> dict[str, Any]:
    """A plain state (of valid values: see exchange/schema.py) with its dates as dates,
    as the codebook's rules compare them; nothing else is read or cleaned."""
    return _convert(state, date.fromisoformat, str)


def undated(state: dict[str, Any]) -> dict[str, Any]:
    """A typed state with its dates as ISO text: the plain state it is stored as."""
    return _convert(state, date.isoformat, date)


def _convert(state: dict[str, Any], convert: Any, kind: type) -> dict[str, Any]:
    out = dict(state)
    for name in STATE_DATES:
        if isinstance(out.get(name), kind):
            out[name] = convert(out[name])
    for child, names in (("sources", SOURCE_DATES), ("claims", CLAIM_DATES)):
        rows = out.get(child)
        if not isinstance(rows, list):
            continue
        copied = []
        for row in rows:
            if isinstance(row, dict) and any(isinstance(row.get(n), kind) for n in names):
                row = {**row, **{n: convert(row[n]) for n in names
                                 if isinstance(row.get(n), kind)}}
            copied.append(row)
        out[child] = copied
    return out


def plain_states(session: Session, incident_ids: list[str]) -> dict[str, dict[str, Any]]:
    """``to_plain(state_of(inc))`` for many incidents, read with a few Core queries
    (ten times faster than loading ORM objects; tests check they agree). The
    queries go straight to the connection: ORM row handling would add a third."""
    session.flush()
    conn = session.connection()
    columns = [getattr(Incident, name) for name in SCALAR_FIELDS]
    days = STATE_DATES
    states: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(Incident.id, *columns)
                               .where(Incident.id.in_(incident_ids))):
        state = dict(zip(SCALAR_FIELDS, row[1:], strict=True))
        for name in days:
            if state[name] is not None:
                state[name] = state[name].isoformat()
        state.update(actor1=None, actor2=None, assoc_actor_1=[], assoc_actor_2=[], tags=[],
                     sources=[], claims=[])
        states[row[0]] = state
    for incident_id, role, actor_id in conn.execute(
            select(IncidentActor.incident_id, IncidentActor.role, IncidentActor.actor_id)
            .where(IncidentActor.incident_id.in_(incident_ids))
            .order_by(IncidentActor.incident_id, IncidentActor.role, IncidentActor.position)):
        state = states[incident_id]
        if role in ("actor1", "actor2"):
            if state[role] is None:
                state[role] = actor_id
        else:
            state[role].append(actor_id)
    for incident_id, tag in conn.execute(
            select(IncidentTag.incident_id, IncidentTag.tag)
            .where(IncidentTag.incident_id.in_(incident_ids)).order_by(IncidentTag.tag)):
        states[incident_id]["tags"].append(tag)
    source_columns = [getattr(Source, name) for name in SOURCE_COLUMNS]
    days = SOURCE_DATES
    for row in conn.execute(
            select(Source.incident_id, Source.id, *source_columns)
            .where(Source.incident_id.in_(incident_ids)).order_by(Source.position)):
        source = {"id": row[1], **dict(zip(SOURCE_COLUMNS, row[2:], strict=True))}
        for name in days:
            if source[name] is not None:
                source[name] = source[name].isoformat()
        states[row[0]]["sources"].append(source)
    claim_columns = [getattr(Claim, name) for name in CLAIM_COLUMNS]
    days = CLAIM_DATES
    for row in conn.execute(
            select(Claim.incident_id, Claim.id, Claim.claimant_id, *claim_columns)
            .where(Claim.incident_id.in_(incident_ids)).order_by(Claim.position)):
        claim = {"id": row[1], "claimant": row[2],
                 **dict(zip(CLAIM_COLUMNS, row[3:], strict=True))}
        for name in days:
            if claim[name] is not None:
                claim[name] = claim[name].isoformat()
        states[row[0]]["claims"].append(claim)
    return states


def incident_items(session: Session, incident_ids: list[str]) -> list[dict[str, Any]]:
    """One item per incident: its row facts, plain state, pending revision and history."""
    items: list[dict[str, Any]] = []
    for start in range(0, len(incident_ids), BATCH):
        batch = incident_ids[start:start + BATCH]
        rows = {row.id: row for row in session.execute(
            select(Incident.id, Incident.human_id, Incident.acled_event_id, Incident.revision,
                   Incident.created_by, Incident.created_at, Incident.updated_by,
                   Incident.updated_at).where(Incident.id.in_(batch)))}
        states = plain_states(session, list(rows))
        pendings = {p.incident_id: p for p in session.scalars(
            select(PendingRevision).where(PendingRevision.incident_id.in_(batch)))}
        history = history_of(session, batch)
        for incident_id in batch:
            row = rows.get(incident_id)
            item: dict[str, Any] = {
                "id": incident_id,
                "history": [e.as_list() for e in history.get(incident_id, [])],
                "state": None, "pending": None,
            }
            if row is not None:
                item.update(
                    human_id=row.human_id, acled_event_id=row.acled_event_id,
                    revision=row.revision, created_by=row.created_by,
                    created_at=_iso(row.created_at), updated_by=row.updated_by,
                    updated_at=_iso(row.updated_at), state=states[incident_id])
                pending = pendings.get(incident_id)
                if pending is not None:
                    item["pending"] = {
                        "state": json.loads(pending.state), "status": pending.status,
                        "base_revision": pending.base_revision, "revision": pending.revision,
                        "created_by": pending.created_by, "created_at": _iso(pending.created_at),
                        "updated_by": pending.updated_by, "updated_at": _iso(pending.updated_at),
                    }
            items.append(item)
    return items


def comment_items(session: Session, incident_ids: list[str], since: datetime | None
                  ) -> list[dict[str, Any]]:
    """Comments on the incidents sent, and every comment this desk stored (made,
    resolved or received) since ``since``."""
    stmt = select(Comment)
    if since is not None:
        conditions = [Comment.recorded_at >= since]
        for start in range(0, len(incident_ids), BATCH):
            conditions.append(Comment.incident_id.in_(incident_ids[start:start + BATCH]))
        stmt = stmt.where(or_(*conditions))
    return [{
        "id": c.id, "incident_id": c.incident_id, "field": c.field, "parent_id": c.parent_id,
        "user": c.user, "at": _iso(c.at), "text": c.text, "resolved": c.resolved,
        "resolved_by": c.resolved_by, "resolved_at": _iso(c.resolved_at),
    } for c in session.scalars(stmt.order_by(Comment.at, Comment.id))]


def dismissal_items(session: Session, since: datetime | None) -> list[dict[str, Any]]:
    """Pairs marked "not the same event" since ``since`` (all when None)."""
    return [{"incident_a": d.incident_a, "incident_b": d.incident_b,
             "dismissed_by": d.dismissed_by, "dismissed_at": _iso(d.dismissed_at),
             "reason": d.reason} for d in dismissals.since(session, since)]


def actor_table(session: Session) -> dict[str, dict[str, Any]]:
    """Every actor (a few hundred): the receiver maps them by name."""
    actors = session.scalars(select(Actor).options(selectinload(Actor.aliases))).all()
    names = {a.id: a.name for a in actors}
    return {a.id: {
        "name": a.name, "actor_type": a.actor_type, "parent": names.get(a.parent_id or ""),
        "valid_from": _iso(a.valid_from), "valid_to": _iso(a.valid_to), "country": a.country,
        "family": a.family, "description": a.description,
        "merged_into": names.get(a.merged_into_id or ""), "created_by": a.created_by,
        "aliases": [[al.alias, al.language] for al in a.aliases],
    } for a in actors}


def _place_ids_in(items: list[dict[str, Any]]) -> set[str]:
    ids: set[str] = set()
    for item in items:
        for state in (item["state"], (item["pending"] or {}).get("state")):
            if state and state.get("place_id"):
                ids.add(state["place_id"])
        for row in item["history"]:
            entity, field = row[1], row[3]
            if entity not in ("incident", "revision") or field not in ("*", *PLACE_FIELDS):
                continue
            for text in (row[4], row[5]):
                value = json.loads(text) if text else None
                if isinstance(value, dict):
                    value = value.get("place_id")
                if isinstance(value, str):
                    ids.add(value)
    return ids


def place_table(session: Session, items: list[dict[str, Any]], include_custom: bool
                ) -> dict[str, dict[str, Any]]:
    """The places the items point at, and (with ``include_custom``) every custom place."""
    wanted = sorted(_place_ids_in(items))
    places: list[Place] = []
    for start in range(0, len(wanted), BATCH):
        places += session.scalars(select(Place).where(Place.id.in_(wanted[start:start + BATCH]))
                                  .options(selectinload(Place.names))).all()
    if include_custom:
        seen = {p.id for p in places}
        places += [p for p in session.scalars(
            select(Place).where(Place.origin == "custom").options(selectinload(Place.names)))
            if p.id not in seen]
    return {p.id: {
        "geonames_id": p.geonames_id, "name": p.name, "ascii_name": p.ascii_name,
        "country_code": p.country_code, "admin1": p.admin1, "admin2": p.admin2,
        "admin3": p.admin3, "latitude": p.latitude, "longitude": p.longitude,
        "feature_class": p.feature_class, "feature_code": p.feature_code,
        "population": p.population, "origin": p.origin, "added_by": p.added_by,
        "names": [n.name for n in p.names],
    } for p in places}

