"""Mapping the sender's actor and place ids onto this desk's.

An actor is the same actor when it has the same ACLED name (a merged actor
stands for the one it was merged into); a place is the same place when it has
the same GeoNames id, or the same id for a custom place. What this desk lacks
is created with the sender's id, so that it maps to itself next time.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.exchange.merge import Entry
from sahel_desk.model import Actor, Place
from sahel_desk.store.names import set_aliases, set_names

ACTOR_FIELDS = ("actor1", "actor2")
ACTOR_LIST_FIELDS = ("assoc_actor_1", "assoc_actor_2")
RECORD_ENTITIES = ("incident", "revision")
CLAIM_ENTITIES = ("claim", "revision_claim")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class RefMap:
    """The sender's ids as this desk's, creating the actors and places it lacks."""

    def __init__(self, session: Session, actors: dict[str, dict], places: dict[str, dict],
                 *, write: bool):
        self.session = session
        self.actors = actors
        self.places = places
        self.write = write
        self._actor_ids: dict[str, str] = {}
        self._place_ids: dict[str, str] = {}
        self.incident_ids: dict[str, str] = {}
        self.actors_added: list[str] = []
        self.places_added: list[str] = []
        self._by_name = {name: (actor_id, merged) for actor_id, name, merged in session.execute(
            select(Actor.id, Actor.name, Actor.merged_into_id))}

    # --- actors --------------------------------------------------------------

    def actor(self, remote_id: str | None) -> str | None:
        if remote_id is None or not isinstance(remote_id, str):
            return remote_id
        if remote_id not in self._actor_ids:
            spec = self.actors.get(remote_id)
            self._actor_ids[remote_id] = (
                self._actor_by_name(spec["name"], spec) if spec else remote_id)
        return self._actor_ids[remote_id]

    def _actor_by_name(self, name: str, spec: dict | None) -> str:
        seen: set[str] = set()
        while name in self._by_name and name not in seen:
            seen.add(name)
            actor_id, merged_into = self._by_name[name]
            if merged_into is None:
                return actor_id
            target = self.session.get(Actor, merged_into)
            if target is None:
                return actor_id
            name = target.name
        if name in self._by_name:
            return self._by_name[name][0]
        return self._new_actor(name, spec or {"name": name, "actor_type": 8})

    def _new_actor(self, name: str, spec: dict) -> str:
        remote_id = next((i for i, s in self.actors.items() if s is spec), None)
        actor_id = remote_id if remote_id and self.session.get(Actor, remote_id) is None else None
        actor = Actor(name=name, actor_type=spec["actor_type"],
                      valid_from=_day(spec.get("valid_from")), valid_to=_day(spec.get("valid_to")),
                      country=spec.get("country"), family=spec.get("family"),
                      description=spec.get("description"),
                      created_by=spec.get("created_by") or "exchange")
        if actor_id:
            actor.id = actor_id
        set_aliases(actor, [a for a, _lang in spec.get("aliases", [])])
        if self.write:
            self.session.add(actor)
            self.session.flush()
        else:
            actor.id = actor.id or actor_id or f"new:{name}"
        self._by_name[name] = (actor.id, None)
        self.actors_added.append(name)
        if spec.get("parent") and self.write:
            actor.parent_id = self._actor_by_name(spec["parent"], self._spec_named(spec["parent"]))
        return actor.id

    def _spec_named(self, name: str) -> dict | None:
        return next((s for s in self.actors.values() if s["name"] == name), None)

    # --- places ----------------------------------------------------------------

    def place(self, remote_id: str | None) -> str | None:
        if remote_id is None or not isinstance(remote_id, str):
            return remote_id
        if remote_id not in self._place_ids:
            self._place_ids[remote_id] = self._local_place(remote_id)
        return self._place_ids[remote_id]

    def _local_place(self, remote_id: str) -> str:
        spec = self.places.get(remote_id)
        if spec is None:
            return remote_id
        if spec.get("geonames_id") is not None:
            found = self.session.scalar(
                select(Place.id).where(Place.geonames_id == spec["geonames_id"]))
            if found:
                return found
        if self.session.get(Place, remote_id) is not None:
            return remote_id
        place = Place(id=remote_id, geonames_id=spec.get("geonames_id"), name=spec["name"],
                      ascii_name=spec.get("ascii_name") or "",
                      country_code=spec["country_code"], admin1=spec.get("admin1"),
                      admin2=spec.get("admin2"), admin3=spec.get("admin3"),
                      latitude=spec["latitude"], longitude=spec["longitude"],
                      feature_class=spec.get("feature_class"),
                      feature_code=spec.get("feature_code"),
                      population=spec.get("population") or 0,
                      origin=spec.get("origin") or "custom", added_by=spec.get("added_by"))
        set_names(place, spec.get("names") or [])
        if self.write:
            self.session.add(place)
            self.session.flush()
        self.places_added.append(spec["name"])
        return remote_id

    def custom_places(self) -> None:
        """Bring in every custom place the sender listed, used or not."""
        for remote_id, spec in self.places.items():
            if spec.get("origin") == "custom":
                self.place(remote_id)

    # --- values ----------------------------------------------------------------

    @overload
    def state(self, state: dict[str, Any]) -> dict[str, Any]: ...

    @overload
    def state(self, state: None) -> None: ...

    def state(self, state: dict[str, Any] | None) -> dict[str, Any] | None:
        """A (possibly partial) plain state with this desk's ids."""
        if not isinstance(state, dict):
            return state
        out = dict(state)
        for name in ACTOR_FIELDS:
            if name in out:
                out[name] = self.actor(out[name])
        for name in ACTOR_LIST_FIELDS:
            if isinstance(out.get(name), list):
                out[name] = [self.actor(a) for a in out[name]]
        if "place_id" in out:
            out["place_id"] = self.place(out["place_id"])
        if isinstance(out.get("claims"), list):
            out["claims"] = [self.claim(row) for row in out["claims"]]
        return out

    def claim(self, row: Any) -> Any:
        if isinstance(row, dict) and "claimant" in row:
            return {**row, "claimant": self.actor(row["claimant"])}
        return row

    def entry(self, entry: Entry) -> Entry:
        """The entry with this desk's ids in its values and its incident id."""
        entity_id = entry.entity_id
        if entry.entity in RECORD_ENTITIES:
            entity_id = self.incident_ids.get(entity_id, entity_id)
            convert = self._record_value(entry.field)
        elif entry.entity in CLAIM_ENTITIES:
            convert = (self.claim if entry.field == "*" else
                       self.actor if entry.field == "claimant" else None)
        else:
            convert = None
        if convert is None:
            if entity_id == entry.entity_id:
                return entry
            return Entry(entry.change_id, entry.entity, entity_id, entry.field,
                         entry.old_value, entry.new_value, entry.user, entry.at, entry.reason)
        return Entry(entry.change_id, entry.entity, entity_id, entry.field,
                     _recode(entry.old_value, convert), _recode(entry.new_value, convert),
                     entry.user, entry.at, entry.reason)

    def _record_value(self, field: str):
        if field == "*":
            return self.state
        if field in ACTOR_FIELDS:
            return self.actor
        if field in ACTOR_LIST_FIELDS:
            return lambda ids: [self.actor(a) for a in ids] if isinstance(ids, list) else ids
        if field == "place_id":
            return self.place
        return None


def _recode(text: str | None, convert) -> str | None:
    if text is None:
        return None
    return json.dumps(convert(json.loads(text)), ensure_ascii=False, sort_keys=True)
