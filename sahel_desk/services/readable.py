"""State values as a person reads them: names instead of ids, labels for codes.

Used by the review differences and the history timeline, so a reviewer sees
"JNIM" and "Gao, Gao, ML" rather than two UUIDs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.model import Actor, Place

FIELD_LABELS: dict[str, str] = {
    "acled_event_id": "ACLED event id",
    "acled_timestamp": "ACLED timestamp",
    "event_date": "Date",
    "event_date_end": "End date",
    "time_precision": "Time precision",
    "event_type": "Event type",
    "sub_event_type": "Sub-event type",
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
    "rejection": "Rejection",
}

CHILD_LABELS: dict[str, dict[str, str]] = {
    "sources": {
        "publication": "publication", "author": "author", "url": "URL", "published": "date",
        "language": "language", "source_scale": "scale", "reliability": "reliability",
        "citation": "citation", "killed": "killed", "injured": "injured",
        "kidnapped": "kidnapped", "arrested": "arrested",
    },
    "claims": {
        "claimant": "claimant", "channel": "channel", "original_text": "text",
        "language": "language", "translation": "translation",
        "date_written": "date as written", "claim_date": "date", "killed": "killed",
        "wounded": "wounded", "vehicles_seized": "vehicles seized",
        "weapons_seized": "weapons seized", "competing": "competing claim",
    },
}

CHILD_NOUNS = {"sources": "Source", "claims": "Claim"}

STATUS_LABELS: dict[str, str] = {
    **{status: status.replace("_", " ").capitalize() for status in tx.STATUSES},
    "discarded": "Discarded",
}

REJECTION_LABELS = {"not_an_event": "not an event", "out_of_scope": "out of scope",
                    "duplicate": "duplicate"}

_ACTOR_FIELDS = ("actor1", "actor2", "claimant")
_ACTOR_LISTS = ("assoc_actor_1", "assoc_actor_2")


def label_of(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


class Readable:
    """Reads names once per session; unknown ids are shown as they are."""

    def __init__(self, session: Session):
        self.session = session
        self._names: dict[tuple[str, str], str] = {}

    def actor(self, actor_id: str) -> str:
        key = ("actor", actor_id)
        if key not in self._names:
            actor = self.session.get(Actor, actor_id)
            self._names[key] = actor.name if actor else actor_id
        return self._names[key]

    def place(self, place_id: str) -> str:
        key = ("place", place_id)
        if key not in self._names:
            place = self.session.get(Place, place_id)
            self._names[key] = (
                ", ".join(p for p in (place.name, place.admin1, place.country_code) if p)
                if place else place_id)
        return self._names[key]

    def value(self, field: str, value: Any) -> Any:
        """One field's value for display; None stays None (nothing coded)."""
        if value is None:
            return None
        if field in _ACTOR_FIELDS:
            return self.actor(value)
        if field in _ACTOR_LISTS:
            return "; ".join(self.actor(a) for a in value) or None
        if field == "place_id":
            return self.place(value)
        if field == "status":
            return STATUS_LABELS.get(value, value)
        if field == "rejection":
            return self.rejection(value)
        if field in ("time_precision", "geo_precision"):
            table = tx.TIME_PRECISION if field == "time_precision" else tx.GEO_PRECISION
            return f"{value}: {table[value]}" if value in table else value
        if field in ("sources", "claims"):
            return "; ".join(self.child(field, row) for row in value) or None
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or None
        return value

    def child_value(self, child: str, key: str, value: Any) -> Any:
        if value is None:
            return None
        if key == "claimant":
            return self.actor(value)
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value

    def child_name(self, child: str, row: dict[str, Any]) -> str:
        """What a source or claim is called: its publication, or claimant and channel."""
        if child == "sources":
            return row.get("publication") or row.get("url") or row.get("citation") or "?"
        claimant = self.actor(row["claimant"]) if row.get("claimant") else "?"
        return f"{claimant} via {row.get('channel') or '?'}"

    def child(self, child: str, row: dict[str, Any]) -> str:
        """A source or claim in one line: what it is, when, and the numbers it gives."""
        if child == "sources":
            when = row.get("published")
            counts = ("killed", "injured", "kidnapped", "arrested")
        else:
            when = row.get("claim_date") or row.get("date_written")
            counts = ("killed", "wounded", "vehicles_seized", "weapons_seized")
        numbers = ", ".join(f"{k.replace('_', ' ')} {row[k]}" for k in counts
                            if row.get(k) is not None)
        name = self.child_name(child, row)
        text = f"{name}, {when}" if when else name
        return f"{text} ({numbers})" if numbers else text

    def rejection(self, value: dict[str, Any]) -> str:
        code = str(value.get("reason_code") or "")
        why = REJECTION_LABELS.get(code, code) or "rejected"
        if value.get("duplicate_of_human_id"):
            why += f" of {value['duplicate_of_human_id']}"
        return f"{why}: {value['reason']}" if value.get("reason") else why
