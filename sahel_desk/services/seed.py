"""What a new desk starts with: the built-in Sahel actors and a starter
gazetteer, so that it is usable offline before any import."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.model import Actor, Place
from sahel_desk.reference.builtin_actors import BUILTIN_ACTORS
from sahel_desk.reference.starter import starter_places
from sahel_desk.store.names import set_aliases, set_names
from sahel_desk.text.normalize import strip_accents


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
            actor = session.get_one(Actor, existing[spec.name])
            if actor.parent_id is None:
                actor.parent_id = existing[spec.parent]
    return added


def seed_places(session: Session) -> int:
    """The starter gazetteer (admin1 regions and towns), skipping GeoNames ids present."""
    known = set(session.scalars(select(Place.geonames_id).where(Place.geonames_id.is_not(None))))
    added = 0
    for spec in starter_places():
        if spec.geonames_id in known:
            continue
        known.add(spec.geonames_id)
        place = Place(
            geonames_id=spec.geonames_id, name=spec.name, ascii_name=strip_accents(spec.name),
            country_code=spec.country_code, admin1=spec.admin1, latitude=spec.latitude,
            longitude=spec.longitude, feature_class="A" if spec.feature_code == "ADM1" else "P",
            feature_code=spec.feature_code, population=spec.population, origin="starter",
        )
        set_names(place, spec.alternate_names)
        session.add(place)
        added += 1
    return added
