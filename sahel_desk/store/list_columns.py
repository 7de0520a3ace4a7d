"""Keeping the incident list's name columns (actor 1, actor 2, place, region,
country) in step with the actors and places they copy.

One portable UPDATE with correlated subqueries, for some incidents or all;
and :class:`ListNames`, the same copies worked out for rows a bulk writer is
about to insert (an UPDATE of 100,000 rows just inserted costs seconds).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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


class ListNames:
    """The list columns of incident rows not yet inserted, from their actor links and
    place, as :func:`refresh_list_columns` would set them once they are: the name of
    the first actor 1 and actor 2 (lowest position), the place's name, region and
    country. Names are read once per actor and place, for a whole batch."""

    def __init__(self) -> None:
        self.actors: dict[str, str] = {}
        self.places: dict[str, tuple[str, str | None, str]] = {}

    def fill(self, bind: Connection | Session, incidents: list[dict[str, Any]],
             links: Iterable[dict[str, Any]]) -> None:
        first: dict[tuple[str, str], tuple[int, str]] = {}
        for link in links:
            if link["role"] in ("actor1", "actor2"):
                key = (link["incident_id"], link["role"])
                if key not in first or link["position"] < first[key][0]:
                    first[key] = (link["position"], link["actor_id"])
        self._load(bind, {actor_id for _, actor_id in first.values()},
                   {row["place_id"] for row in incidents if row.get("place_id")})
        for row in incidents:
            one, two = first.get((row["id"], "actor1")), first.get((row["id"], "actor2"))
            place = self.places.get(row.get("place_id") or "")
            row["list_actor1"] = self.actors.get(one[1]) if one else None
            row["list_actor2"] = self.actors.get(two[1]) if two else None
            row["list_location"], row["list_admin1"], row["list_country"] = (
                place or (None, None, None))

    def _load(self, bind: Connection | Session, actor_ids: set[str], place_ids: set[str]
              ) -> None:
        wanted = sorted(actor_ids - self.actors.keys())
        for start in range(0, len(wanted), _CHUNK):
            for actor_id, name in bind.execute(select(Actor.id, Actor.name).where(
                    Actor.id.in_(wanted[start:start + _CHUNK]))):
                self.actors[actor_id] = name
        wanted = sorted(place_ids - self.places.keys())
        for start in range(0, len(wanted), _CHUNK):
            for place_id, name, admin1, country_code in bind.execute(
                    select(Place.id, Place.name, Place.admin1, Place.country_code)
                    .where(Place.id.in_(wanted[start:start + _CHUNK]))):
                self.places[place_id] = (name, admin1, country_code)


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
