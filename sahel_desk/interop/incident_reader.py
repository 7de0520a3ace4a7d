"""Incidents in bulk, as the same ``IncidentRecord`` values ``desk.incidents.get``
returns, without one ORM object per incident.

The matching incidents stream from one query, and their actor links, tags,
sources and claims from one query per table in the same order; actors and
places come from small caches. Memory stays bounded by the batch size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import BugError
from sahel_desk.model import (
    Actor,
    ActorAlias,
    Claim,
    Incident,
    IncidentActor,
    IncidentTag,
    Place,
    PlaceName,
    Source,
)
from sahel_desk.storage.portable import dialect_name, sort_key
from sahel_desk.store.reading import place_changed
from sahel_desk.store.records import (
    ActorRef,
    ClaimRecord,
    IncidentRecord,
    PlaceRecord,
    SourceRecord,
)

BATCH_SIZE = 2000
_R = TypeVar("_R")
#: Ids per IN list, well under every database's parameter limit.
_IN_CHUNK = 900

_INCIDENT_COLUMNS = (
    "id", "human_id", "status", "revision", "event_date", "event_date_end", "time_precision",
    "event_type", "sub_event_type", "place_id", "location", "country_code", "admin1",
    "admin2", "admin3", "latitude", "longitude", "place_version", "geo_precision", "near",
    "fatalities",
    "fatalities_low", "fatalities_high", "injured", "kidnapped", "arrested", "attack_type",
    "target_type", "weapon_type", "suicide", "property_damage", "seized_vehicles",
    "seized_weapons", "items_seized", "notes", "acled_event_id", "acled_timestamp",
    "created_by", "created_at", "updated_by", "updated_at",
)
_SOURCE_COLUMNS = (
    "id", "publication", "author", "url", "published", "language", "source_scale",
    "reliability", "citation", "killed", "injured", "kidnapped", "arrested",
)
_CLAIM_COLUMNS = (
    "id", "claimant_id", "channel", "original_text", "language", "translation",
    "date_written", "claim_date", "killed", "wounded", "vehicles_seized", "weapons_seized",
    "competing",
)


@dataclass
class ActorInfo:
    """An actor of the registry, with what the Actors sheet and the summary need."""

    id: str
    name: str
    actor_type: int
    parent_id: str | None
    family: str | None
    valid_from: date | None
    valid_to: date | None
    country: str | None
    description: str | None
    aliases: list[str] = field(default_factory=list)


class ActorRegistry:
    """Every actor, loaded once: names for rows, parent links for the summary."""

    def __init__(self, actors: Iterable[ActorInfo]):
        self.by_id = {a.id: a for a in actors}
        self.refs = {a.id: ActorRef(a.id, a.name, a.actor_type) for a in self.by_id.values()}

    def ancestors(self, actor_id: str) -> list[str]:
        """The groups ``actor_id`` belongs to, nearest first (Katiba Macina -> JNIM)."""
        found: list[str] = []
        current = self.by_id.get(actor_id)
        while current and current.parent_id and current.parent_id not in found:
            if current.parent_id == actor_id or current.parent_id not in self.by_id:
                break
            found.append(current.parent_id)
            current = self.by_id[current.parent_id]
        return found


def load_registry(session: Session) -> ActorRegistry:
    rows = session.execute(select(
        Actor.id, Actor.name, Actor.actor_type, Actor.parent_id, Actor.family,
        Actor.valid_from, Actor.valid_to, Actor.country, Actor.description,
    )).all()
    actors = [ActorInfo(*row) for row in rows]
    by_id = {a.id: a for a in actors}
    for actor_id, alias in session.execute(
            select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id)):
        if actor_id in by_id:
            by_id[actor_id].aliases.append(alias)
    return ActorRegistry(actors)


def _in_chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start:start + _IN_CHUNK]


class PlaceCache:
    """Places by id, fetched in bulk the first time an incident uses them."""

    def __init__(self) -> None:
        self.records: dict[str, PlaceRecord] = {}

    def fetch(self, session: Session, ids: Iterable[str | None]) -> None:
        missing = sorted({i for i in ids if i and i not in self.records})
        for chunk in _in_chunks(missing):
            for row in session.execute(select(
                    Place.id, Place.name, Place.country_code, Place.latitude, Place.longitude,
                    Place.admin1, Place.admin2, Place.admin3, Place.ascii_name,
                    Place.feature_class, Place.feature_code, Place.population, Place.origin,
                    Place.geonames_id, Place.added_by, Place.location_version
                    ).where(Place.id.in_(chunk))):
                self.records[row.id] = PlaceRecord(
                    id=row.id, name=row.name, country_code=row.country_code,
                    latitude=row.latitude, longitude=row.longitude, admin1=row.admin1,
                    admin2=row.admin2, admin3=row.admin3, ascii_name=row.ascii_name,
                    feature_class=row.feature_class, feature_code=row.feature_code,
                    population=row.population, origin=row.origin,
                    geonames_id=row.geonames_id, added_by=row.added_by,
                    location_version=row.location_version)

    def alternate_names(self, session: Session, ids: Iterable[str]) -> dict[str, list[str]]:
        """Other names of the given places (for the Places sheet)."""
        names: dict[str, list[str]] = defaultdict(list)
        for chunk in _in_chunks(sorted(ids)):
            for place_id, name in session.execute(
                    select(PlaceName.place_id, PlaceName.name)
                    .where(PlaceName.place_id.in_(chunk)).order_by(PlaceName.id)):
                names[place_id].append(name)
        return names


Filter = Callable[[Select], Select]
def _order(dialect: str, event_date: Any = Incident.event_date,
           human_id: Any = Incident.human_id) -> tuple[Any, ...]:
    """Date order, undated drafts first on every backend (as the incident list does)."""
    return sort_key(event_date, dialect=dialect), human_id



def count_matching(session: Session, apply_filter: Filter) -> int:
    stmt = apply_filter(select(func.count(Incident.id)).select_from(Incident))
    return int(session.scalar(stmt) or 0)


def incident_batches(
    session: Session, apply_filter: Filter, registry: ActorRegistry, places: PlaceCache,
    size: int = BATCH_SIZE,
) -> Iterator[list[IncidentRecord]]:
    """Records of the incidents the filter selects, in date order, ``size`` at a time.

    Close the generator (``contextlib.closing``) when stopping before the end.

    ``apply_filter`` adds the filter's conditions to a select over ``Incident``.
    One query streams the incidents and one per child table streams their
    children in the same order, so each batch takes its children off the front
    of those streams: five queries in all, whatever the number of incidents.
    All run in the session's transaction, so they read one snapshot.
    """
    conn = session.connection().execution_options(yield_per=size)
    table = Incident.__table__
    dialect = dialect_name(conn)
    incidents = conn.execute(apply_filter(
        select(*(table.c[name] for name in _INCIDENT_COLUMNS)).order_by(*_order(dialect))))
    only = apply_filter(select(Incident.id))
    matching = None if only.whereclause is None else only
    links = _stream(conn, matching, size, IncidentActor, ("role", "position", "actor_id"),
                    ("role", "position"))
    tags = _stream(conn, matching, size, IncidentTag, ("tag",))
    sources = _stream(conn, matching, size, Source, _SOURCE_COLUMNS, ("position",))
    claims = _stream(conn, matching, size, Claim, _CLAIM_COLUMNS, ("position",))
    try:
        for partition in incidents.partitions(size):
            rows = [dict(zip(_INCIDENT_COLUMNS, row, strict=True)) for row in partition]
            ids = {row["id"] for row in rows}
            places.fetch(session, (row["place_id"] for row in rows))
            children = _Children(
                links=links.take(ids), tags=tags.take(ids),
                sources={k: [_source(v) for v in vs]
                         for k, vs in sources.take(ids).items()},
                claims=claims.take(ids))
            yield [_record(row, children, registry, places) for row in rows]
        for name, stream in (("actor links", links), ("tags", tags), ("sources", sources),
                             ("claims", claims)):
            stream.check_drained(name)
    finally:
        # On PostgreSQL the five results are server-side cursors: close them here, also
        # when the caller stops early (a cancelled export), not whenever the garbage
        # collector comes by after the transaction has ended.
        incidents.close()
        for stream in (links, tags, sources, claims):
            stream.result.close()


def _stream(conn: Connection, matching: Select | None, size: int, model: Any,
            columns: Sequence[str], order: Sequence[str] = ()) -> _ChildStream:
    """A child table's rows for the matching incidents, in the incidents' order.

    Both tables are aliased so that the filter's own subqueries (an actor or a
    tag condition) stay independent of this query.
    """
    child = model.__table__.alias("child")
    incident = Incident.__table__.alias("parent")
    stmt = (select(child.c.incident_id, *(child.c[name] for name in columns))
            .join(incident, incident.c.id == child.c.incident_id)
            .order_by(*_order(dialect_name(conn), incident.c.event_date, incident.c.human_id),
                      *(child.c[name] for name in order)))
    if matching is not None:
        stmt = stmt.where(child.c.incident_id.in_(matching))
    return _ChildStream(conn.execute(stmt), size)


class _ChildStream:
    """Child rows in the incidents' order, taken off the front a batch at a time."""

    def __init__(self, result: Any, size: int):
        self.result = result
        self.parts = result.partitions(size)
        self.buffer: Sequence[Any] = next(self.parts, [])
        self.pos = 0

    def take(self, ids: set[str]) -> dict[str, list[tuple]]:
        found: dict[str, list[tuple]] = defaultdict(list)
        while self.buffer:
            buffer, pos, end = self.buffer, self.pos, len(self.buffer)
            while pos < end and buffer[pos][0] in ids:
                found[buffer[pos][0]].append(buffer[pos][1:])
                pos += 1
            self.pos = pos
            if pos < end:
                break
            self.buffer, self.pos = next(self.parts, []), 0
        return found

    def check_drained(self, name: str) -> None:
        if self.pos < len(self.buffer):
            raise BugError(
                f"Export: {name} of incident {self.buffer[self.pos][0]} came out of order.")


@dataclass
class _Children:
    """One batch's actor links, tags, sources and claims, by incident id."""

    links: dict[str, list[tuple]]
    tags: dict[str, list[tuple]]
    sources: dict[str, list[SourceRecord]]
    claims: dict[str, list[tuple]]


def _claim(values: tuple, registry: ActorRegistry) -> ClaimRecord:
    (claim_id, claimant_id, channel, text, language, translation, written, day, killed,
     wounded, vehicles, weapons, competing) = values
    return ClaimRecord(
        id=claim_id, claimant=registry.refs.get(claimant_id) if claimant_id else None,
        channel=channel, original_text=text, language=language, translation=translation,
        date_written=written, claim_date=day, killed=killed, wounded=wounded,
        vehicles_seized=vehicles, weapons_seized=weapons, competing=bool(competing))


def _frozen(cls: type[_R], values: dict[str, Any] | Iterable[tuple[str, Any]]) -> _R:
    """An instance of the frozen dataclass ``cls`` holding ``values``, one per field
    (a dict, or ``(field, value)`` pairs).

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``:
    16 microseconds for an incident's 46 fields, a second and a half per 100,000.
    These records have no ``__post_init__`` and the reader gives every field, so
    filling the instance's ``__dict__`` makes the very same object.
    """
    record = object.__new__(cls)
    record.__dict__.update(values)
    return record


_SOURCE_FIELDS = tuple(f.name for f in fields(SourceRecord))
_NO_ROLE: tuple[ActorRef, ...] = ()


def _source(values: tuple) -> SourceRecord:
    return _frozen(SourceRecord, zip(_SOURCE_FIELDS, values, strict=True))


def _record(row: dict[str, Any], children: _Children, registry: ActorRegistry,
            places: PlaceCache) -> IncidentRecord:
    """The record of one incident row; ``row`` becomes the record's fields."""
    incident_id = row["id"]
    roles: dict[str, list[ActorRef]] = {}
    refs = registry.refs
    for role, _position, actor_id in children.links.get(incident_id, ()):
        ref = refs.get(actor_id)
        if ref is not None:
            roles.setdefault(role, []).append(ref)
    actor1 = roles["actor1"][0] if "actor1" in roles else None
    actor2 = roles["actor2"][0] if "actor2" in roles else None
    inter1 = actor1.actor_type if actor1 else None
    inter2 = actor2.actor_type if actor2 else None
    assoc_2 = tuple(roles.get("assoc_actor_2", _NO_ROLE))
    place_id = row.pop("place_id")
    place = places.records.get(place_id) if place_id else None
    tags = children.tags.get(incident_id)
    claims = children.claims.get(incident_id)
    row.update(
        disorder_type=tx.disorder_type_of(row["sub_event_type"]),
        place=place, place_changed=place_changed(place, row.pop("place_version")),
        near=bool(row["near"]),
        actor1=actor1, assoc_actor_1=tuple(roles.get("assoc_actor_1", _NO_ROLE)),
        actor2=actor2, assoc_actor_2=assoc_2,
        inter1=inter1, inter2=inter2,
        interaction=tx.interaction_text(inter1, inter2),
        interaction_code=tx.interaction_code(inter1, inter2),
        civilian_targeting=tx.civilian_targeting(
            [a.actor_type for a in roles.get("actor2", _NO_ROLE)]
            + [a.actor_type for a in assoc_2]),
        notes=row["notes"] or "",
        tags=tuple(sorted(t for (t,) in tags)) if tags else (),
        sources=tuple(children.sources.get(incident_id, ())),
        claims=tuple(_claim(c, registry) for c in claims) if claims else (),
    )
    return _frozen(IncidentRecord, row)
