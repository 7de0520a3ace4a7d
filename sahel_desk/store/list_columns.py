"""Keeping the incident list's name columns (actor 1, actor 2, place, region,
country) in step with the actors and places they copy.

One portable UPDATE with correlated subqueries, for some incidents or all.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, and_, select, update
from sqlalchemy.orm import Session

from sahel_desk.model import Actor, Incident, IncidentActor, Place

_CHUNK = 500


def _actor_name(role: str):
    return (
        select(Actor.name)
        .join(IncidentActor, IncidentActor.actor_id == Actor.id)
        .where(and_(IncidentActor.incident_id == Incident.id, IncidentActor.role == role))
        .order_by(IncidentActor.position)
        .limit(1)
        .scalar_subquery()
    )


def _place_value(column):
    return select(column).where(Place.id == Incident.place_id).scalar_subquery()


def _statement():
    return update(Incident).values(
        list_actor1=_actor_name("actor1"),
        list_actor2=_actor_name("actor2"),
        list_location=_place_value(Place.name),
        list_admin1=_place_value(Place.admin1),
        list_country=_place_value(Place.country_code),
    )


def refresh_list_columns(bind: Connection | Session, incident_ids: Iterable[str] | None = None
                         ) -> None:
    """Recompute the copies for the given incidents (all when None)."""
    if incident_ids is None:
        bind.execute(_statement())
        return
    ids = list(dict.fromkeys(incident_ids))
    for start in range(0, len(ids), _CHUNK):
        bind.execute(_statement().where(Incident.id.in_(ids[start:start + _CHUNK])))


def incidents_of_actor(session: Session, actor_id: str) -> list[str]:
    return list(session.scalars(
        select(IncidentActor.incident_id).where(IncidentActor.actor_id == actor_id).distinct()))


def incidents_at_places(session: Session, place_ids: Iterable[str]) -> list[str]:
    ids = list(place_ids)
    found: list[str] = []
    for start in range(0, len(ids), _CHUNK):
        found += session.scalars(
            select(Incident.id).where(Incident.place_id.in_(ids[start:start + _CHUNK])))
    return found
