"""Field names as a coder reads them, for error messages and the problem summary."""

from __future__ import annotations

import re

FIELD_LABELS: dict[str, str] = {
    "event_date": "Date",
    "event_date_end": "End date",
    "time_precision": "Time precision",
    "place_id": "Place",
    "location": "Location",
    "country_code": "Country",
    "admin1": "Admin 1",
    "admin2": "Admin 2",
    "admin3": "Admin 3",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "geo_precision": "Geo precision",
    "near": "Near",
    "event_type": "Event type",
    "sub_event_type": "Sub-event type",
    "actor1": "Actor 1",
    "assoc_actor_1": "Associated with actor 1",
    "actor2": "Actor 2",
    "assoc_actor_2": "Associated with actor 2",
    "fatalities": "Fatalities (best)",
    "fatalities_low": "Fatalities (low)",
    "fatalities_high": "Fatalities (high)",
    "injured": "Injured",
    "kidnapped": "Kidnapped",
    "arrested": "Arrested",
    "attack_type": "Attack type",
    "target_type": "Target type",
    "weapon_type": "Weapon type",
    "suicide": "Suicide attack",
    "property_damage": "Property damage",
    "seized_vehicles": "Vehicles seized",
    "seized_weapons": "Weapons seized",
    "items_seized": "Items seized",
    "notes": "Notes",
    "tags": "Tags",
    "status": "Status",
    "sources": "Sources",
    "claims": "Claims",
}

SOURCE_LABELS: dict[str, str] = {
    "publication": "publication",
    "url": "URL",
    "citation": "citation",
    "published": "date",
    "language": "language",
    "source_scale": "scale",
    "reliability": "reliability",
    "author": "author",
    "killed": "killed",
    "injured": "injured",
    "kidnapped": "kidnapped",
    "arrested": "arrested",
}

CLAIM_LABELS: dict[str, str] = {
    "claimant": "claimant",
    "channel": "channel",
    "original_text": "text",
    "language": "language",
    "translation": "translation",
    "date_written": "date as written",
    "claim_date": "date",
    "killed": "killed",
    "wounded": "wounded",
    "vehicles_seized": "vehicles seized",
    "weapons_seized": "weapons seized",
    "competing": "competing claim",
}

_CHILD = re.compile(r"^(?P<child>sources|claims)\[(?P<row>\d+)\](?:\.(?P<key>\w+))?$")
_LISTED = re.compile(r"^(?P<name>\w+)\[(?P<row>\d+)\]$")


def split_child(field: str) -> tuple[str, int, str | None] | None:
    """``sources[1].url`` as ("sources", 1, "url"); None for a top-level field."""
    match = _CHILD.match(field)
    if match is None:
        return None
    return match["child"], int(match["row"]), match["key"]


def top_field(field: str) -> str:
    """The form field an error belongs to (``assoc_actor_1[0]`` -> ``assoc_actor_1``)."""
    child = split_child(field)
    if child is not None:
        return child[0]
    match = _LISTED.match(field)
    return match["name"] if match else field


def describe(field: str) -> str:
    """A field name a coder recognises: ``sources[0].published`` -> "Source 1, date"."""
    child = split_child(field)
    if child is not None:
        name, row, key = child
        labels = SOURCE_LABELS if name == "sources" else CLAIM_LABELS
        what = f"{'Source' if name == 'sources' else 'Claim'} {row + 1}"
        return f"{what}, {labels.get(key, key)}" if key else what
    match = _LISTED.match(field)
    if match:
        return f"{FIELD_LABELS.get(match['name'], match['name'])} #{int(match['row']) + 1}"
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())
