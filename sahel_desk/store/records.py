"""Plain dataclasses the services hand out: safe to keep after the session
closes, to pass between threads, and to turn into JSON."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any


def to_plain(value: Any) -> Any:
    """Dataclasses, dates and tuples as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


@dataclasses.dataclass(frozen=True)
class ActorRecord:
    id: str
    name: str
    actor_type: int
    aliases: tuple[str, ...] = ()
    parent_id: str | None = None
    parent_name: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    country: str | None = None
    family: str | None = None
    description: str | None = None


@dataclasses.dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    actor_type: int


@dataclasses.dataclass(frozen=True)
class PlaceRecord:
    id: str
    name: str
    country_code: str
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    ascii_name: str = ""
    alternate_names: tuple[str, ...] = ()
    feature_class: str | None = None
    feature_code: str | None = None
    population: int = 0
    origin: str = "custom"
    geonames_id: int | None = None
    added_by: str | None = None
    #: how often its name, country, admin units or coordinates changed (1: never)
    location_version: int = 1


@dataclasses.dataclass(frozen=True)
class SourceRecord:
    id: str
    publication: str
    author: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    source_scale: str | None = None
    reliability: str | None = None
    citation: str | None = None
    killed: int | None = None
    injured: int | None = None
    kidnapped: int | None = None
    arrested: int | None = None


@dataclasses.dataclass(frozen=True)
class ClaimRecord:
    id: str
    claimant: ActorRef | None
    channel: str | None
    original_text: str
    language: str | None = None
    translation: str | None = None
    date_written: str | None = None
    claim_date: date | None = None
    killed: int | None = None
    wounded: int | None = None
    vehicles_seized: int | None = None
    weapons_seized: int | None = None
    competing: bool = False


@dataclasses.dataclass(frozen=True)
class IncidentRecord:
    """An incident with its derived codes (disorder type, inter codes, interaction)."""

    id: str
    human_id: str
    status: str
    revision: int
    event_date: date | None
    event_date_end: date | None
    time_precision: int | None
    disorder_type: str | None
    event_type: str | None
    sub_event_type: str | None
    #: the gazetteer place the location is linked to (for search, filters and maps)
    place: PlaceRecord | None
    #: the location as coded: what exports, bundles and history carry
    location: str | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float | None
    longitude: float | None
    #: its place's name, admin units or coordinates changed in the gazetteer since the
    #: location was taken from it or compared with it
    place_changed: bool
    geo_precision: int | None
    near: bool
    actor1: ActorRef | None
    assoc_actor_1: tuple[ActorRef, ...]
    actor2: ActorRef | None
    assoc_actor_2: tuple[ActorRef, ...]
    inter1: int | None
    inter2: int | None
    interaction: str | None
    interaction_code: int | None
    civilian_targeting: str | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    injured: int | None
    kidnapped: int | None
    arrested: int | None
    attack_type: str | None
    target_type: str | None
    weapon_type: str | None
    suicide: bool | None
    property_damage: str | None
    seized_vehicles: int | None
    seized_weapons: int | None
    items_seized: str | None
    notes: str
    tags: tuple[str, ...]
    sources: tuple[SourceRecord, ...]
    claims: tuple[ClaimRecord, ...]
    acled_event_id: str | None
    acled_timestamp: int | None
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime


@dataclasses.dataclass(frozen=True)
class IncidentRow:
    """One line of the incident list: what the table and `incidents list` show."""

    id: str
    human_id: str
    event_date: date | None
    event_date_end: date | None
    country_code: str | None
    admin1: str | None
    location: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    status: str
    updated_by: str
    updated_at: datetime


@dataclasses.dataclass(frozen=True)
class Page:
    rows: tuple[IncidentRow, ...]
    total: int
    offset: int
    limit: int


@dataclasses.dataclass(frozen=True)
class IncidentFilter:
    """What the list, the CLI and exports filter on; every part is optional."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    statuses: tuple[str, ...] = ()
    text: str | None = None
    tag: str | None = None
    updated_by: str | None = None
    #: True: only approved incidents with edits waiting in a pending revision; False: none
    has_pending: bool | None = None


@dataclasses.dataclass(frozen=True)
class HistoryRecord:
    id: int
    change_id: str
    incident_id: str | None
    entity: str
    entity_id: str
    field: str
    old_value: Any
    new_value: Any
    user: str
    at: datetime
    reason: str | None


@dataclasses.dataclass(frozen=True)
class CommentRecord:
    id: str
    incident_id: str
    field: str | None
    parent_id: str | None
    user: str
    at: datetime
    text: str
    resolved: bool
    resolved_by: str | None = None
    resolved_at: datetime | None = None


@dataclasses.dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema_revision: str
    integrity: tuple[str, ...]
    foreign_keys: tuple[str, ...]
    counts: dict[str, int]
