"""Frozen records from ORM rows, for everything the store hands out."""

from __future__ import annotations

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.model import Actor, Incident, Place
from sahel_desk.store.records import (
    ActorRef,
    ClaimRecord,
    IncidentRecord,
    PlaceRecord,
    SourceRecord,
)


def _actor_ref(actor: Actor) -> ActorRef:
    return ActorRef(actor.id, actor.name, actor.actor_type)


def place_record(place: Place) -> PlaceRecord:
    return PlaceRecord(
        id=place.id, name=place.name, country_code=place.country_code,
        latitude=place.latitude, longitude=place.longitude, admin1=place.admin1,
        admin2=place.admin2, admin3=place.admin3, ascii_name=place.ascii_name,
        alternate_names=tuple(n.name for n in place.names) if "names" in place.__dict__ else (),
        feature_class=place.feature_class, feature_code=place.feature_code,
        population=place.population, origin=place.origin, geonames_id=place.geonames_id,
        added_by=place.added_by, location_version=place.location_version,
    )


def place_changed(place: PlaceRecord | None, seen_version: int | None) -> bool:
    """Whether a linked place changed since an incident's location last met it."""
    return (place is not None and seen_version is not None
            and place.location_version > seen_version)


def to_record(inc: Incident) -> IncidentRecord:
    roles: dict[str, list[ActorRef]] = {r: [] for r in ("actor1", "assoc_actor_1", "actor2",
                                                         "assoc_actor_2")}
    for link in sorted(inc.actor_links, key=lambda link: (link.role, link.position)):
        roles[link.role].append(_actor_ref(link.actor))
    actor1 = roles["actor1"][0] if roles["actor1"] else None
    actor2 = roles["actor2"][0] if roles["actor2"] else None
    inter1 = actor1.actor_type if actor1 else None
    inter2 = actor2.actor_type if actor2 else None
    side2_types = [a.actor_type for a in roles["actor2"] + roles["assoc_actor_2"]]
    place = place_record(inc.place) if inc.place else None
    return IncidentRecord(
        id=inc.id, human_id=inc.human_id, status=inc.status, revision=inc.revision,
        event_date=inc.event_date, event_date_end=inc.event_date_end,
        time_precision=inc.time_precision,
        disorder_type=tx.disorder_type_of(inc.sub_event_type),
        event_type=inc.event_type, sub_event_type=inc.sub_event_type,
        place=place, location=inc.location, country_code=inc.country_code,
        admin1=inc.admin1, admin2=inc.admin2, admin3=inc.admin3, latitude=inc.latitude,
        longitude=inc.longitude, place_changed=place_changed(place, inc.place_version),
        geo_precision=inc.geo_precision, near=inc.near,
        actor1=actor1, assoc_actor_1=tuple(roles["assoc_actor_1"]),
        actor2=actor2, assoc_actor_2=tuple(roles["assoc_actor_2"]),
        inter1=inter1, inter2=inter2,
        interaction=tx.interaction_text(inter1, inter2),
        interaction_code=tx.interaction_code(inter1, inter2),
        civilian_targeting=tx.civilian_targeting(side2_types),
        fatalities=inc.fatalities, fatalities_low=inc.fatalities_low,
        fatalities_high=inc.fatalities_high, injured=inc.injured, kidnapped=inc.kidnapped,
        arrested=inc.arrested, attack_type=inc.attack_type, target_type=inc.target_type,
        weapon_type=inc.weapon_type, suicide=inc.suicide, property_damage=inc.property_damage,
        seized_vehicles=inc.seized_vehicles, seized_weapons=inc.seized_weapons,
        items_seized=inc.items_seized, notes=inc.notes,
        tags=tuple(sorted(t.tag for t in inc.tags)),
        sources=tuple(
            SourceRecord(id=s.id, publication=s.publication, author=s.author, url=s.url,
                         published=s.published, language=s.language,
                         source_scale=s.source_scale, reliability=s.reliability,
                         citation=s.citation, killed=s.killed, injured=s.injured,
                         kidnapped=s.kidnapped, arrested=s.arrested)
            for s in inc.sources
        ),
        claims=tuple(
            ClaimRecord(id=c.id, claimant=_actor_ref(c.claimant) if c.claimant else None,
                        channel=c.channel, original_text=c.original_text, language=c.language,
                        translation=c.translation, date_written=c.date_written,
                        claim_date=c.claim_date, killed=c.killed, wounded=c.wounded,
                        vehicles_seized=c.vehicles_seized, weapons_seized=c.weapons_seized,
                        competing=c.competing)
            for c in inc.claims
        ),
        acled_event_id=inc.acled_event_id, acled_timestamp=inc.acled_timestamp,
        created_by=inc.created_by, created_at=inc.created_at,
        updated_by=inc.updated_by, updated_at=inc.updated_at,
    )
