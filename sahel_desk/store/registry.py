"""Adding actors and places in bulk, as an import finds names the desk lacks.

One way for every bulk writer: the access policy asked once (adding an actor,
adding a place), each actor searchable by its own name and each place by its
spellings with the keys store/names.py gives the forms and bundles, every row
checked against the database's limits (storage/fit.py) before it is written,
and a creation entry in the history. Rows go in with a few Core statements:
an ACLED file brings hundreds of new places, which the ORM writes several
times slower.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sahel_desk.model import Actor, ActorAlias, Place, PlaceName, new_id, utcnow
from sahel_desk.storage.fit import check_rows
from sahel_desk.store import policy
from sahel_desk.store.history import HistorySink
from sahel_desk.store.names import alias_values, name_values
from sahel_desk.text.normalize import strip_accents


@dataclass(frozen=True)
class NewActor:
    name: str
    actor_type: int
    aliases: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)
    #: a dated or renamed variant of another actor shares its family (and parent)
    family: str | None = None
    parent_id: str | None = None


@dataclass(frozen=True)
class NewPlace:
    """A custom place (one GeoNames lacks), with the admin units the source gave."""

    name: str
    country_code: str
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    names: tuple[str, ...] = ()
    feature_code: str = "PPL"
    id: str = field(default_factory=new_id)


def add_actors(session: Session, history: HistorySink, actors: Iterable[NewActor]) -> int:
    """Write the actors and their aliases now; returns how many."""
    wanted = list(actors)
    if not wanted:
        return 0
    policy.require(session, history.user, policy.Action.CREATE_ACTOR)
    now = utcnow()
    rows = [{"id": a.id, "name": a.name, "actor_type": a.actor_type, "family": a.family,
             "parent_id": a.parent_id, "created_by": history.user, "created_at": now,
             "updated_at": now}
            for a in wanted]
    aliases = [{"actor_id": a.id, **row} for a in wanted
               for row in alias_values(a.name, a.aliases)]
    _insert(session, Actor, rows, "name")
    _insert(session, ActorAlias, aliases, "alias")
    for a in wanted:
        history.record("actor", a.id, "*", None, {
            "name": a.name, "actor_type": a.actor_type,
            **({"aliases": list(a.aliases)} if a.aliases else {}),
            **({"family": a.family} if a.family else {}),
            **({"parent_id": a.parent_id} if a.parent_id else {})})
    return len(wanted)


def add_places(session: Session, history: HistorySink, places: Iterable[NewPlace]) -> int:
    """Write the custom places and their spellings now; returns how many."""
    wanted = list(places)
    if not wanted:
        return 0
    policy.require(session, history.user, policy.Action.ADD_PLACE)
    now = utcnow()
    rows: list[dict[str, Any]] = [{
        "id": p.id, "geonames_id": None, "name": p.name, "ascii_name": strip_accents(p.name),
        "country_code": p.country_code.upper(), "admin1": p.admin1, "admin2": p.admin2,
        "admin3": p.admin3, "latitude": p.latitude, "longitude": p.longitude,
        "feature_class": "P", "feature_code": p.feature_code, "population": 0,
        "origin": "custom", "added_by": history.user, "edited": False, "created_at": now,
        "updated_at": now} for p in wanted]
    names = [{"place_id": row["id"], **name}
             for p, row in zip(wanted, rows, strict=True)
             for name in name_values([p.name, row["ascii_name"], *p.names])]
    _insert(session, Place, rows, "name")
    _insert(session, PlaceName, names, "name")
    for p, row in zip(wanted, rows, strict=True):
        history.record("place", p.id, "*", None, {
            "name": p.name, "latitude": p.latitude, "longitude": p.longitude,
            "country_code": row["country_code"], "admin1": p.admin1, "admin2": p.admin2,
            "admin3": p.admin3, **({"alternate_names": list(p.names)} if p.names else {})})
    return len(wanted)


def _insert(session: Session, model: Any, rows: list[dict[str, Any]], label: str) -> None:
    check_rows(model.__table__, rows, label)
    if rows:
        session.connection().execute(model.__table__.insert(), rows)
