"""The record sheets of an export workbook: Incidents, Sources and Claims.

Incidents has the ACLED layout (see ``acled_rows``); Sources and Claims have
one row per source or claim, keyed by the incident's human id. Claims is a
right-to-left sheet, for the Arabic statements, with the date as the claim
wrote it (often Hijri) beside its Gregorian date.
"""

from __future__ import annotations

from sahel_desk.interop.acled_rows import HEADER, export_rows
from sahel_desk.interop.workbook import Column, Workbook
from sahel_desk.store.records import IncidentRecord

_KINDS = {
    **dict.fromkeys(("event_date", "range_start", "range_end"), "date"),
    **dict.fromkeys((
        "year", "time_precision", "iso", "latitude", "longitude", "geo_precision",
        "fatalities", "timestamp", "fatalities_low", "fatalities_high", "injured",
        "kidnapped", "arrested", "claimed_killed", "claimed_wounded",
        "claimed_vehicles_seized", "claimed_weapons_seized", "sources_count", "inter1_code",
        "inter2_code", "interaction_code"), "number"),
}
_WIDTHS = {
    "event_id_cnty": 16, "event_date": 11, "year": 6, "time_precision": 8,
    "disorder_type": 20, "event_type": 24, "sub_event_type": 28, "actor1": 34,
    "assoc_actor_1": 28, "inter1": 16, "actor2": 34, "assoc_actor_2": 28, "inter2": 16,
    "interaction": 30, "civilian_targeting": 18, "iso": 6, "region": 15, "country": 12,
    "location": 18, "latitude": 10, "longitude": 10, "geo_precision": 8, "source": 30,
    "source_scale": 20, "notes": 80, "fatalities": 9, "tags": 18, "timestamp": 12,
    "status": 12, "range_start": 11, "range_end": 11, "claimant": 30, "human_id": 15,
    "uuid": 37,
}
INCIDENT_COLUMNS = tuple(
    Column(name, _KINDS.get(name, "text"), _WIDTHS.get(name, 11)) for name in HEADER)

SOURCE_COLUMNS = (
    Column("human_id", width=15), Column("position", "number", 8),
    Column("publication", width=24), Column("author", width=18), Column("url", width=40),
    Column("published", "date", 11), Column("language", width=9),
    Column("source_scale", width=16), Column("reliability", width=11),
    Column("citation", width=50), Column("killed", "number", 8),
    Column("injured", "number", 8), Column("kidnapped", "number", 9),
    Column("arrested", "number", 8), Column("incident_uuid", width=37),
    Column("source_id", width=37),
)

CLAIM_COLUMNS = (
    Column("human_id", width=15), Column("position", "number", 8),
    Column("claimant", width=30), Column("channel", width=14),
    Column("date_written", width=18), Column("claim_date", "date", 11),
    Column("original_text", width=70), Column("language", width=9),
    Column("translation", width=60), Column("killed", "number", 8),
    Column("wounded", "number", 8), Column("vehicles_seized", "number", 9),
    Column("weapons_seized", "number", 9), Column("competing", "bool", 10),
    Column("coded_fatalities", "number", 9), Column("incident_uuid", width=37),
    Column("claim_id", width=37),
)


class RecordSheets:
    """Writes each incident to Incidents, its sources to Sources, its claims to Claims."""

    def __init__(self, workbook: Workbook, *, split_ranges: bool = False):
        self.split_ranges = split_ranges
        self.incidents = workbook.add_streamed_sheet("Incidents", INCIDENT_COLUMNS,
                                                     freeze_columns=1)
        self.sources = workbook.add_streamed_sheet("Sources", SOURCE_COLUMNS, freeze_columns=1)
        self.claims = workbook.add_streamed_sheet("Claims", CLAIM_COLUMNS, freeze_columns=1,
                                                  right_to_left=True)

    def add(self, record: IncidentRecord) -> None:
        key = record.human_id
        for row in export_rows(record, split_ranges=self.split_ranges):
            self.incidents.append(row, key)
        for position, s in enumerate(record.sources, start=1):
            self.sources.append([
                key, position, s.publication, s.author, s.url, s.published, s.language,
                s.source_scale, s.reliability, s.citation, s.killed, s.injured, s.kidnapped,
                s.arrested, record.id, s.id,
            ], key)
        for position, c in enumerate(record.claims, start=1):
            self.claims.append([
                key, position, c.claimant.name if c.claimant else None, c.channel,
                c.date_written, c.claim_date, c.original_text, c.language, c.translation,
                c.killed, c.wounded, c.vehicles_seized, c.weapons_seized, c.competing,
                record.fatalities, record.id, c.id,
            ], key)

    def finish(self) -> None:
        for sheet in (self.incidents, self.sources, self.claims):
            sheet.finish()

    @property
    def counts(self) -> dict[str, int]:
        return {"rows": self.incidents.next_row - 1, "sources": self.sources.next_row - 1,
                "claims": self.claims.next_row - 1}
