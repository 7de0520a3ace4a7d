"""The reference sheets of an export workbook: Actors, Places, Codebook, Export info.

Actors and Places hold what the exported incidents use (actors with their
parent groups), so the workbook explains itself without the desk; Codebook
lists every code with its label; Export info says what was exported and how.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.interop.incident_reader import ActorRegistry
from sahel_desk.interop.workbook import Column, Sheet
from sahel_desk.reference.countries import country
from sahel_desk.store.records import IncidentRecord, PlaceRecord

ACTOR_COLUMNS = (
    Column("name", width=40), Column("actor_type", "number", 10),
    Column("actor_type_label", width=20), Column("parent", width=36),
    Column("family", width=30), Column("valid_from", "date", 11), Column("valid_to", "date", 11),
    Column("country", width=8), Column("aliases", width=60), Column("description", width=50),
    Column("incidents", "number", 10), Column("id", width=37), Column("parent_id", width=37),
)
PLACE_COLUMNS = (
    Column("name", width=22), Column("ascii_name", width=22), Column("country_code", width=8),
    Column("country", width=14), Column("iso", "number", 6), Column("region", width=15),
    Column("admin1", width=16), Column("admin2", width=16), Column("admin3", width=16),
    Column("latitude", "number", 10), Column("longitude", "number", 10),
    Column("feature_class", width=8), Column("feature_code", width=9),
    Column("population", "number", 11), Column("origin", width=10),
    Column("geonames_id", "number", 11), Column("alternate_names", width=50),
    Column("incidents", "number", 10), Column("id", width=37),
)
CODEBOOK_COLUMNS = (
    Column("list", width=26), Column("code", "any", 34), Column("label", width=50),
    Column("old_label", width=30), Column("event_type", width=26),
    Column("disorder_type", width=34),
)
#: Export info: what was exported and how, then one row per column worth explaining.
INFO_COLUMNS = (Column("item", width=34), Column("value", "any", 70),
                Column("meaning", width=90))

_STATUS_LABELS = {
    "draft": "Draft: may be incomplete",
    "submitted": "Submitted for review",
    "in_review": "In review",
    "changes_requested": "Changes requested by a reviewer",
    "approved": "Approved: published data",
    "rejected": "Rejected",
}


class Usage:
    """Which actors and places the exported incidents use, and how often."""

    def __init__(self) -> None:
        self.actors: Counter[str] = Counter()
        self.places: Counter[str] = Counter()

    def add(self, record: IncidentRecord) -> None:
        named = {a.id for a in (record.actor1, record.actor2) if a}
        named.update(a.id for a in (*record.assoc_actor_1, *record.assoc_actor_2))
        named.update(c.claimant.id for c in record.claims if c.claimant)
        self.actors.update(named)
        if record.place:
            self.places[record.place.id] += 1


def write_actors(sheet: Sheet, registry: ActorRegistry, usage: Usage) -> int:
    """Used actors and the groups above them, by name; returns how many."""
    wanted: set[str] = set()
    for actor_id in usage.actors:
        if actor_id in registry.by_id:
            wanted.add(actor_id)
            wanted.update(registry.ancestors(actor_id))
    actors = sorted((registry.by_id[i] for i in wanted), key=lambda a: a.name.casefold())
    for a in actors:
        parent = registry.by_id.get(a.parent_id) if a.parent_id else None
        kind = tx.ACTOR_TYPE_BY_CODE.get(a.actor_type)
        sheet.append([
            a.name, a.actor_type, kind.label if kind else None,
            parent.name if parent else None, a.family, a.valid_from, a.valid_to, a.country,
            "; ".join(a.aliases) or None, a.description, usage.actors.get(a.id, 0), a.id,
            a.parent_id,
        ], a.name)
    sheet.finish()
    return len(actors)


def write_places(sheet: Sheet, places: Iterable[PlaceRecord], usage: Usage,
                 alternate_names: dict[str, list[str]]) -> int:
    """Used places, by country, region and name; returns how many."""
    rows = sorted(places, key=lambda p: (p.country_code, p.admin1 or "", p.name.casefold()))
    for p in rows:
        found = country(p.country_code)
        sheet.append([
            p.name, p.ascii_name, p.country_code, found.name if found else None,
            found.iso_numeric if found else None, found.region if found else None, p.admin1,
            p.admin2, p.admin3, p.latitude, p.longitude, p.feature_class, p.feature_code,
            p.population, p.origin, p.geonames_id,
            "; ".join(alternate_names.get(p.id, ())) or None, usage.places.get(p.id, 0), p.id,
        ], p.name)
    sheet.finish()
    return len(rows)


def codebook_rows() -> list[list[Any]]:
    """Every code of the coding scheme with its label."""
    rows: list[list[Any]] = [["disorder_type", d, d] for d in tx.DISORDER_TYPES]
    rows += [["event_type", e, e] for e in tx.EVENT_TYPES]
    rows += [["sub_event_type", s.name, s.name, None, s.event_type, s.disorder_type]
             for s in tx.SUB_EVENT_TYPES]
    rows += [["inter (actor type)", t.code, t.label, t.old_label] for t in tx.ACTOR_TYPES]
    codes = [t.code for t in tx.ACTOR_TYPES]
    pairs = [(a, None) for a in codes] + [(a, b) for a in codes for b in codes if a <= b]
    rows += [["interaction", tx.interaction_code(a, b), tx.interaction_text(a, b)]
             for a, b in pairs]
    rows.append(["civilian_targeting", "Civilians targeted",
                 "civilians are on the second side (actor 2 or its associates)"])
    rows += [["time_precision", code, label] for code, label in tx.TIME_PRECISION.items()]
    rows += [["geo_precision", code, label] for code, label in tx.GEO_PRECISION.items()]
    rows += [["status (review state)", s, _STATUS_LABELS.get(s, s.replace("_", " ").capitalize())]
             for s in tx.STATUSES]
    for name, values in (
        ("attack_type (GTD)", tx.ATTACK_TYPES), ("target_type (GTD)", tx.TARGET_TYPES),
        ("weapon_type (GTD)", tx.WEAPON_TYPES), ("property_damage", tx.PROPERTY_DAMAGE),
        ("source_scale", tx.SOURCE_SCALES), ("source reliability", tx.SOURCE_RELIABILITY),
        ("claim channel", tx.CLAIM_CHANNELS),
    ):
        rows += [[name, value, value] for value in values]
    return rows


def write_codebook(sheet: Sheet) -> None:
    for row in codebook_rows():
        sheet.append(row)
    sheet.finish()


def write_export_info(sheet: Sheet, items: Sequence[tuple[str, Any]],
                      column_notes: Sequence[tuple[str, str, str]]) -> None:
    """What was exported and how, then what the less obvious columns mean."""
    for label, value in items:
        sheet.append([label, value])
    sheet.skip()
    sheet.heading(["Column", "Sheet", "Meaning"])
    for column, sheet_name, meaning in column_notes:
        sheet.append([column, sheet_name, meaning])
    sheet.finish()
