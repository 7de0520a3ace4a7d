"""Keeping the incident list's name columns (actor 1, actor 2, location,
region, country) in step with the actors and coded location they copy.

One portable UPDATE with correlated subqueries, for some incidents or all;
and :class:`ListNames`, the same copies worked out for rows a bulk writer is
about to insert (an UPDATE of 100,000 rows just inserted costs seconds). The
same step notes the version of its place an incident's location was written
against, where a write left it unset (see store/location.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, func, select, update
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


def _place_version():
    return func.coalesce(Incident.place_version, select(Place.location_version).where(
        Place.id == Incident.place_id).scalar_subquery())


def _statement():
    return update(Incident).values(
        list_actor1=_actor_name("actor1"),
        list_actor2=_actor_name("actor2"),
        list_location=func.substr(Incident.location, 1, 300),
        list_admin1=func.substr(Incident.admin1, 1, 300),
        list_country=Incident.country_code,
        place_version=_place_version(),
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
    coded location, as :func:`refresh_list_columns` would set them once they are: the
    name of the first actor 1 and actor 2 (lowest position), the location's name,
    region and country, and the version of the linked place. Names and versions are
    read once per actor and place, for a whole batch."""

    def __init__(self) -> None:
        self.actors: dict[str, str] = {}
        self.places: dict[str, int] = {}

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
            row["list_actor1"] = self.actors.get(one[1]) if one else None
            row["list_actor2"] = self.actors.get(two[1]) if two else None
            row["list_location"] = row.get("location")
            row["list_admin1"] = row.get("admin1")
            row["list_country"] = row.get("country_code")
            if row.get("place_version") is None:
                row["place_version"] = self.places.get(row.get("place_id") or "")

    def _load(self, bind: Connection | Session, actor_ids: set[str], place_ids: set[str]
              ) -> None:
        wanted = sorted(actor_ids - self.actors.keys())
        for start in range(0, len(wanted), _CHUNK):
            for actor_id, name in bind.execute(select(Actor.id, Actor.name).where(
                    Actor.id.in_(wanted[start:start + _CHUNK]))):
                self.actors[actor_id] = name
        wanted = sorted(place_ids - self.places.keys())
        for start in range(0, len(wanted), _CHUNK):
            for place_id, version in bind.execute(
                    select(Place.id, Place.location_version)
                    .where(Place.id.in_(wanted[start:start + _CHUNK]))):
                self.places[place_id] = version


def incidents_of_actor(session: Session, actor_id: str) -> list[str]:
    return list(session.scalars(
        select(IncidentActor.incident_id).where(IncidentActor.actor_id == actor_id).distinct()))
