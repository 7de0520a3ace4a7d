"""The export workbook, sheet by sheet, fed one incident record at a time.

Tabs: Incidents, Sources, Claims, Actors, Places, Codebook, Summary,
Export info, and Long text when some text is too long for a cell. The record
sheets are written as incidents stream in; the others at the end, from what
was counted on the way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sahel_desk.interop.acled_rows import EXTRA_MEANINGS
from sahel_desk.interop.incident_reader import ActorRegistry, PlaceCache
from sahel_desk.interop.incident_sheets import RecordSheets
from sahel_desk.interop.reference_sheets import (
    ACTOR_COLUMNS,
    CODEBOOK_COLUMNS,
    INFO_COLUMNS,
    PLACE_COLUMNS,
    Usage,
    write_actors,
    write_codebook,
    write_export_info,
    write_places,
)
from sahel_desk.interop.summary import SUMMARY_COLUMNS, SummaryTally, write_summary
from sahel_desk.interop.workbook import Workbook
from sahel_desk.store.records import IncidentRecord

SHEETS = ("Incidents", "Sources", "Claims", "Actors", "Places", "Codebook", "Summary",
          "Export info")


class ExcelExport:
    def __init__(self, path: Path, scratch: Path, registry: ActorRegistry, *, author: str,
                 split_ranges: bool = False):
        self.registry = registry
        self.book = Workbook(path, scratch, title="Sahel Desk export", author=author)
        self.records = RecordSheets(self.book, split_ranges=split_ranges)
        self.actors = self.book.add_sheet("Actors", ACTOR_COLUMNS)
        self.places = self.book.add_sheet("Places", PLACE_COLUMNS)
        self.codebook = self.book.add_sheet("Codebook", CODEBOOK_COLUMNS)
        self.summary = self.book.add_sheet("Summary", SUMMARY_COLUMNS, header=False)
        self.info = self.book.add_sheet("Export info", INFO_COLUMNS)
        self.tally = SummaryTally(registry)
        self.usage = Usage()

    def add(self, record: IncidentRecord) -> None:
        self.records.add(record)
        self.tally.add(record)
        self.usage.add(record)

    def finish(self, *, session: Session, places: PlaceCache, info: Sequence[tuple[str, Any]],
               statuses: str) -> dict[str, int]:
        """Write the sheets that sum up the incidents, with ``info`` (what was asked for)
        heading Export info; returns what was written."""
        self.records.finish()
        used = [places.records[i] for i in self.usage.places if i in places.records]
        counts = {
            **self.records.counts,
            "incidents": self.tally.incidents,
            "actors": write_actors(self.actors, self.registry, self.usage),
            "places": write_places(self.places, used, self.usage,
                                   places.alternate_names(session, self.usage.places)),
        }
        write_codebook(self.codebook)
        write_summary(self.book, self.summary, self.tally, statuses)
        counts["long_texts"] = self.book.long_texts.count
        figures = [
            ("Incidents", counts["incidents"]), ("Rows in Incidents", counts["rows"]),
            ("Sources", counts["sources"]), ("Claims", counts["claims"]),
            ("Actors", counts["actors"]), ("Places", counts["places"]),
            ("Long texts", counts["long_texts"]),
        ]
        write_export_info(self.info, [*info, *figures], column_notes())
        return counts

    def close(self) -> None:
        self.book.close()

    def discard(self) -> None:
        self.book.discard()


def column_notes() -> list[tuple[str, str, str]]:
    """Export info's explanation of the columns that need one."""
    notes = [
        ("event_id_cnty", "Incidents",
         "ACLED's event id when the incident was imported, else the Sahel Desk id"),
        ("assoc_actor_1, assoc_actor_2", "Incidents", "associated actors joined with '; '"),
        ("iso", "Incidents", "ISO 3166 numeric country code"),
        ("source", "Incidents", "publications of the sources joined with '; '"),
        ("source_scale", "Incidents", "scales of the sources joined with '-'"),
        ("tags", "Incidents", "tags joined with '; '"),
    ]
    notes += [(name, "Incidents", meaning) for name, meaning in EXTRA_MEANINGS.items()]
    notes += [
        ("date_written", "Claims", "the claim's own date as it wrote it (often Hijri)"),
        ("claim_date", "Claims", "the same date in the Gregorian calendar"),
        ("killed ... weapons_seized", "Claims", "numbers the claimant asserts"),
        ("coded_fatalities", "Claims", "the incident's coded fatalities, for comparison"),
        ("competing", "Claims", "another group claims the same incident"),
        ("killed ... arrested", "Sources", "numbers that source reported"),
    ]
    return notes
